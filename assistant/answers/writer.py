"""Accumulates one answer's paragraphs, citations, warnings and calculation."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.citations import CitationCollector, SourceLocator, span_quote
from assistant.types import Answer, AnswerStatus, Calculation, Chunk, Language, Passage, Source


class Writer:
    """Accumulates paragraphs, citations, warnings and a calculation for one answer."""

    def __init__(self, language: Language, locator: SourceLocator, query: str) -> None:
        self.language = language
        self.query = query  # what retrieval searched for (follow-ups are rewritten self-contained)
        self._locator = locator
        self._collector = CitationCollector()
        self.paragraphs: list[str] = []
        self.warnings: list[str] = []
        self.calculation: Calculation | None = None
        # Statements the rules engine derived (a date for the year asked): numbers the verifier may trust.
        self.derived: list[str] = []

    @property
    def locator(self) -> SourceLocator:
        """Where rule sources are found in the index."""
        return self._locator

    def t(self, nb: str, en: str) -> str:
        """Pick the phrase for the answer's language."""
        return en if self.language == "en" else nb

    def cite(self, *sources: Source | None) -> str:
        """Markers for sources found in the index ("" for any that is not).

        Several quotes from one chunk (e.g. the lines of a checkbox list) become one citation whose quote is the
        passage spanning them, so a reader sees the list as it stands in the document.
        """
        by_chunk: dict[str, tuple[Chunk, list[str]]] = {}
        for source in sources:
            if source is None:
                continue
            chunk = self._locator.chunk_for(source)
            if chunk is not None:
                by_chunk.setdefault(chunk.id, (chunk, []))[1].append(source.quote)
        markers: list[str] = []
        for chunk, quotes in by_chunk.values():
            marker = self._collector.cite(chunk, span_quote(chunk.text, quotes))
            if marker not in markers:
                markers.append(marker)
        return "".join(markers)

    def cite_chunk(self, chunk: Chunk, quote: str) -> str:
        """Marker for a quote taken straight from a retrieved chunk."""
        return self._collector.cite(chunk, quote)

    def quoted(self) -> list[str]:
        """The quotes cited so far."""
        return [c.quote for c in self._collector.citations]

    def add(self, text: str) -> None:
        self.paragraphs.append(text.strip())

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def answer(self, status: AnswerStatus, passages: Sequence[Passage]) -> Answer:
        text = "\n\n".join(p for p in self.paragraphs if p)
        return Answer(
            status=status,
            language=self.language,
            text=text,
            citations=self._collector.citations,
            calculation=self.calculation,
            warnings=self.warnings,
            passages=list(passages),
        ).with_derived(self.derived)
