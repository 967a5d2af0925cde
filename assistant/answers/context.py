"""What every answer kind reads (rule book, index chunks, extractive answerer, today, titles) and its look-ups."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from assistant.citations import SourceLocator
from assistant.errors import UnknownMeasure
from assistant.extractive import ExtractiveAnswerer
from assistant.rules.book import RuleBook
from assistant.rules.model import Measure, Scheme
from assistant.types import Chunk, Source
from assistant.understand.model import Understanding

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """The composer's fixed inputs for one index generation."""

    book: RuleBook
    locator: SourceLocator
    extractive: ExtractiveAnswerer
    today: date
    titles: dict[str, str]

    def scheme(self, u: Understanding) -> Scheme | None:
        return self.book.scheme(u.scheme_id) if u.scheme_id else None

    def named_or_every(self, u: Understanding) -> list[Scheme]:
        """The schemes the question names, or with none named every scheme (to find the one a rule belongs to)."""
        return [self.book.scheme(scheme_id) for scheme_id in u.scheme_ids] or list(self.book.schemes.values())

    def stated_once(self, u: Understanding, find: Callable[[Sequence[Chunk]], list[T]]) -> list[T]:
        """What `find` finds in the chunks of one document of the schemes the question names (with none named, of
        every scheme); empty unless exactly one document has it."""
        found = [
            lines
            for scheme in self.named_or_every(u)
            for document in scheme.documents
            if (lines := find(self.locator.chunks_of(document)))
        ]
        return found[0] if len(found) == 1 else []

    def measure(self, scheme: Scheme, u: Understanding) -> Measure | None:
        """The measure the question names, if it belongs to `scheme`."""
        if u.measure and u.scheme_id == scheme.id:
            try:
                return self.book.measure(scheme, u.measure)
            except UnknownMeasure:
                return None
        return None

    def named_on_its_post(self, scheme: Scheme, u: Understanding) -> list[Scheme]:
        """The schemes the question names that share a budget post with `scheme` ("765.60" is the adults' and the
        children's scheme), `scheme` among them when it has a post."""
        posts = set(scheme.kapittel_post)
        return [self.book.scheme(s) for s in u.scheme_ids if set(self.book.scheme(s).kapittel_post) & posts]

    def document_title(self, document_id: str) -> str:
        return self.titles.get(document_id, document_id)

    def title(self, scheme: Scheme, sources: Sequence[Source | None]) -> str:
        """Short title of the document the sources come from (most of them), else of the scheme's newest one."""
        docs = [s.document_id for s in sources if s is not None]
        # On a tie the first-cited document wins (iterating a set would make the choice vary between runs).
        doc = max(docs, key=docs.count) if docs else (scheme.documents[-1] if scheme.documents else "")
        return self.document_title(doc)


def measures_named(scheme: Scheme, text: str) -> list[Measure]:
    """The scheme's measures `text` names by label or alias, as whole words ("tiltak A og tiltak B", "IPS … JMO")."""
    named = {m.id for _, m in measure_mentions(scheme, text)}
    return [m for m in scheme.measures.values() if m.id in named]


def measure_mentions(scheme: Scheme, text: str) -> list[tuple[int, Measure]]:
    """Where in `text` each measure it names by label or alias is first named, in the order they are named."""
    lowered = text.lower()
    found: list[tuple[int, Measure]] = []
    for measure in scheme.measures.values():
        starts = [
            m.start()
            for name in [measure.label, *measure.aliases]
            for m in re.finditer(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered)
        ]
        if starts:
            found.append((min(starts), measure))
    return sorted(found, key=lambda pair: pair[0])


def single_priced_measure(scheme: Scheme, per_position: bool = False) -> Measure | None:
    """The scheme's only measure with a stated amount, if it has exactly one; with `per_position`, its only measure
    priced per position (a question about positions cannot be about a lump sum)."""
    priced = [
        m
        for m in scheme.measures.values()
        if m.kind != "no_fixed_amount" and (not per_position or m.kind == "per_position")
    ]
    return priced[0] if len(priced) == 1 else None
