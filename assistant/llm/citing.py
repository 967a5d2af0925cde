"""Turns the [n] markers a model wrote (numbers of the sources it was shown) into verbatim citations.

A passage is cited with the sentences of it that back the citing sentences: each sentence holding one of their
numbers, and the one sharing most words. Citations are numbered by first use, as the verifier numbers them, so a
text streamed with the same renumbering matches the final answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.citations import CitationCollector, span_quote
from assistant.llm.sources import NumberedSource, SourceList
from assistant.text import fold_whitespace
from assistant.types import Citation
from assistant.verify import cited_numbers, parse_numbers, renumber_markers, split_sentences

_WORD = re.compile(r"[^\W\d_]{3,}")


class MarkerNumbering:
    """Source number → citation number, handed out in order of first use; unknown sources get none."""

    def __init__(self, sources: SourceList) -> None:
        self._sources = sources
        self.mapping: dict[int, int] = {}

    def see(self, text: str) -> None:
        """Number the sources cited in `text` that are not numbered yet."""
        for n in cited_numbers(text):
            if n not in self.mapping and self._sources.get(n) is not None:
                self.mapping[n] = len(self.mapping) + 1

    def rewrite(self, text: str) -> str:
        """`text` with its markers renumbered (seeing them first); markers naming no source removed."""
        self.see(text)
        return renumber_markers(text, self.mapping)


def sentences_of(text: str) -> Iterator[str]:
    """The sentences of a text, line by line."""
    for line in text.split("\n"):
        if line.strip():
            yield from split_sentences(line.strip())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _number_keys(text: str) -> set[str]:
    return {key for mention in parse_numbers(fold_whitespace(text)) for key in mention.keys}


def supporting_quote(source: NumberedSource, citing: list[str]) -> str:
    """The verbatim quote from `source` that backs the sentences citing it."""
    if source.quote is not None:
        return source.quote
    candidates = list(sentences_of(source.chunk.text))
    if not candidates:
        return fold_whitespace(source.chunk.text)
    chosen: list[str] = []
    for sentence in citing:
        keys = _number_keys(sentence)
        if keys:
            chosen += [c for c in candidates if _number_keys(c) & keys]
        words = _words(sentence)
        best = max(candidates, key=lambda c: len(_words(c) & words))
        if _words(best) & words:
            chosen.append(best)
    return span_quote(source.chunk.text, chosen or candidates[:1])


def cite(text: str, sources: SourceList) -> tuple[str, list[Citation]]:
    """The text with markers renumbered by first use, and one verbatim citation per cited source."""
    numbering = MarkerNumbering(sources)
    numbering.see(text)
    citing: dict[int, list[str]] = {}
    for sentence in sentences_of(text):
        for n in cited_numbers(sentence):
            citing.setdefault(n, []).append(sentence)
    collector = CitationCollector()
    mapping: dict[int, int] = {}
    for n in sorted(numbering.mapping, key=numbering.mapping.__getitem__):
        source = sources.get(n)
        assert source is not None  # the numbering only holds known sources
        marker = collector.cite(source.chunk, supporting_quote(source, citing.get(n, [])))
        mapping[n] = int(marker.strip("[]"))
    return renumber_markers(text, mapping), collector.citations
