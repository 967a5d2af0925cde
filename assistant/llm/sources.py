"""The numbered sources a model is shown: retrieved passages first, then rule sources that tools returned."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from assistant.citations import SourceLocator
from assistant.text import fold_whitespace
from assistant.types import Chunk, Source

# Characters of a passage shown to the model: enough for a section, short enough for a small context window.
PASSAGE_CHARS = 600


@dataclass(frozen=True)
class NumberedSource:
    """One source the model may cite as [n]."""

    n: int
    chunk: Chunk
    # A rule source's verbatim quote; None for a retrieved passage (the quote is chosen when it is cited).
    quote: str | None = None


class SourceList:
    """Hands out source numbers, once per passage or rule quote, in the order the model sees them."""

    def __init__(self, locator: SourceLocator) -> None:
        self._locator = locator
        self._sources: list[NumberedSource] = []
        self._numbers: dict[tuple[str, str | None], int] = {}

    def add_passage(self, chunk: Chunk) -> int:
        """The number of a retrieved chunk (the same chunk keeps its number)."""
        return self._add(chunk, None)

    def add_rule_source(self, source: Source) -> int | None:
        """The number of a rule value's source, or None when its quote is in no indexed chunk."""
        chunk = self._locator.chunk_for(source)
        return None if chunk is None else self._add(chunk, fold_whitespace(source.quote))

    def _add(self, chunk: Chunk, quote: str | None) -> int:
        key = (chunk.id, quote)
        if key not in self._numbers:
            self._numbers[key] = len(self._sources) + 1
            self._sources.append(NumberedSource(n=len(self._sources) + 1, chunk=chunk, quote=quote))
        return self._numbers[key]

    def get(self, n: int) -> NumberedSource | None:
        """The source numbered `n`, if there is one."""
        return self._sources[n - 1] if 1 <= n <= len(self._sources) else None

    def __len__(self) -> int:
        return len(self._sources)

    def __iter__(self) -> Iterator[NumberedSource]:
        return iter(self._sources)

    def render(self, n: int) -> str:
        """How source `n` is shown to the model: number, document, section and (a shortened) text."""
        source = self._sources[n - 1]
        chunk = source.chunk
        header = f"[{n}] {chunk.title}" + (f", {chunk.section}" if chunk.section else "")
        text = source.quote if source.quote is not None else fold_whitespace(chunk.text)
        if len(text) > PASSAGE_CHARS:
            text = text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        return f"{header}\n{text}"

    def evidence_texts(self) -> list[str]:
        """The full texts behind every source (what numbers in a streamed sentence may come from)."""
        return [s.quote if s.quote is not None else s.chunk.text for s in self._sources]
