"""Citations as keys resolved in code: the composer cites (chunk, quote) pairs; this turns them into numbered refs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.text import fold_whitespace, quote_offset
from assistant.types import Chunk, Citation, Source


class CitationCollector:
    """Hands out [n] markers in order of first use; the same chunk and quote always get the same number."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, str], int] = {}
        self._citations: list[Citation] = []

    def cite(self, chunk: Chunk, quote: str) -> str:
        """Marker for `quote` from `chunk`, e.g. "[2]"."""
        quote = fold_whitespace(quote)
        key = (chunk.id, quote)
        if key not in self._keys:
            n = len(self._citations) + 1
            self._keys[key] = n
            self._citations.append(
                Citation(
                    n=n,
                    document_id=chunk.document_id,
                    title=chunk.title,
                    section=chunk.section,
                    page=_quote_page(chunk, quote),
                    quote=quote,
                    chunk_id=chunk.id,
                )
            )
        return f"[{self._keys[key]}]"

    @property
    def citations(self) -> list[Citation]:
        """The citations handed out so far, numbered from 1."""
        return list(self._citations)


def _quote_page(chunk: Chunk, quote: str) -> int | None:
    """The PDF page the quote starts on (a chunk may run over a page break); the chunk's page if not found."""
    offset = quote_offset(chunk.text, quote)
    return chunk.page if offset is None else chunk.page_at(offset)


def span_quote(text: str, quotes: Sequence[str]) -> str:
    """The whitespace-folded passage of `text` running from the first to the last of `quotes` found in it."""
    folded = fold_whitespace(text)
    spans = []
    for quote in quotes:
        q = fold_whitespace(quote)
        at = folded.find(q)
        if q and at >= 0:
            spans.append((at, at + len(q)))
    if not spans:
        return fold_whitespace(quotes[0]) if quotes else ""
    return folded[min(s for s, _ in spans) : max(e for _, e in spans)]


class SourceLocator:
    """Finds the indexed chunk that holds a source's quote (memoised: rule sources repeat across answers)."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._by_document: dict[str, list[tuple[Chunk, str]]] = {}
        for chunk in chunks:
            self._by_document.setdefault(chunk.document_id, []).append((chunk, fold_whitespace(chunk.text)))
        self._memo: dict[tuple[str, str, str], Chunk | None] = {}
        self._lowered: list[str] | None = None  # every chunk's text in lower case, made the first time it is needed

    def chunks_of(self, document_id: str) -> list[Chunk]:
        """The document's chunks, in index order."""
        return [chunk for chunk, _ in self._by_document.get(document_id, [])]

    def mentions(self, document_ids: Iterable[str], text: str) -> bool:
        """True if any chunk of these documents contains `text` (e.g. a year)."""
        return any(text in folded for document in document_ids for _, folded in self._by_document.get(document, []))

    def mentions_anywhere(self, phrase: str) -> bool:
        """True if any chunk of any document contains `phrase`, case aside (a programme's name as written)."""
        if self._lowered is None:
            self._lowered = [folded.lower() for chunks in self._by_document.values() for _, folded in chunks]
        wanted = fold_whitespace(phrase).lower()
        return any(wanted in text for text in self._lowered)

    def searches(
        self, document_ids: Iterable[str], pattern: re.Pattern[str], skip_sections: Sequence[str] = ()
    ) -> bool:
        """True if `pattern` occurs in any chunk of these documents, leaving out the chunks whose section names one
        of `skip_sections` (another measure's part of a regulation)."""
        return self.first_match(document_ids, pattern, skip_sections) is not None

    def first_match(
        self, document_ids: Iterable[str], pattern: re.Pattern[str], skip_sections: Sequence[str] = ()
    ) -> Chunk | None:
        """The first chunk of these documents (in index order) where `pattern` occurs, as `searches` reads them."""
        return next(
            (
                chunk
                for document in document_ids
                for chunk, folded in self._by_document.get(document, [])
                if not any(name in chunk.section for name in skip_sections) and pattern.search(folded)
            ),
            None,
        )

    @property
    def document_ids(self) -> list[str]:
        """Every indexed document."""
        return list(self._by_document)

    def chunk_for(self, source: Source) -> Chunk | None:
        """The chunk of the source's document containing its quote, preferring one in the named section."""
        key = (source.document_id, source.section, source.quote)
        if key not in self._memo:
            self._memo[key] = self._find(source)
        return self._memo[key]

    def _find(self, source: Source) -> Chunk | None:
        quote = fold_whitespace(source.quote)
        if not quote:
            return None
        candidates = [chunk for chunk, folded in self._by_document.get(source.document_id, []) if quote in folded]
        section = fold_whitespace(source.section).lower()
        for chunk in candidates:
            if section and section in chunk.section.lower():
                return chunk
        return candidates[0] if candidates else None
