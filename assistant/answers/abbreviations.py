"""What an abbreviation stands for ("Hva står FACT for?", "What does JMO stand for?"): the sentence where a document
spells it out, quoted — not whatever the scheme's rule tables say about the thing it names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import join
from assistant.answers.writer import Writer
from assistant.citations import SourceLocator
from assistant.compound import split_question
from assistant.extractive import Unit, sentences_in, without_list_mark
from assistant.rules.model import Scheme
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

# An abbreviation as written in a question: two to six capitals ("ACT", "FACT", "JMO").
_ABBREVIATION = re.compile(r"(?<![\w-])[A-ZÆØÅ]{2,6}(?![\w-])")
_WORD = re.compile(r"[^\W\d_]+")


def _initials(words: str) -> str:
    """'Assertive Community Treatment' → 'ACT'; 'Flexible ACT' → 'FACT' (a word in capitals counts whole)."""
    return "".join(word if word.isupper() else word[0] for word in _WORD.findall(words)).upper()


def _spelled_out_in(chunk: Chunk, abbreviation: str, strict: bool) -> int | None:
    """Where in the chunk the abbreviation is spelled out by words whose initials make it up, before it ("Assertive
    Community Treatment (ACT)") or after it ("FACT-modellen (Flexible ACT)", "ACT- modellen (…)"); unless `strict`,
    also by any name before it ("Individuell jobbstøtte (IPS)")."""
    found: list[int] = []
    for before in re.finditer(rf"((?:[^\W\d_]+[\s-]+){{1,6}})\(\s*{abbreviation}\s*\)", chunk.text):
        words = _WORD.findall(before.group(1))
        if not strict or any(_initials(" ".join(words[i:])) == abbreviation for i in range(len(words))):
            found.append(before.start(1))
    for after in re.finditer(rf"(?<![\w-]){abbreviation}[\w-]*(?:\s+[^\W\d_]+)?\s*\(([^()]{{4,80}})\)", chunk.text):
        if _initials(after.group(1)) == abbreviation:
            found.append(after.start())
    return min(found, default=None)


def _sentence_at(chunk: Chunk, offset: int) -> Unit | None:
    return next((unit for unit in sentences_in(chunk) if unit.start <= offset < unit.end), None)


def spelled_out(
    locator: SourceLocator, abbreviation: str, documents: Sequence[str], defining: bool = False
) -> Unit | None:
    """The first sentence that spells out the abbreviation, by its initials first, in `documents` before the rest;
    with `defining`, one that goes on to say what it is ("Individuell jobbstøtte (IPS) er en …") before any."""
    ordered = [*documents, *(d for d in locator.document_ids if d not in documents)]
    if defining:
        says_what = re.compile(rf"\(\s*{abbreviation}\s*\)\s+(?:er|is|are)\b")
        for document in ordered:
            for chunk in locator.chunks_of(document):
                offset = _spelled_out_in(chunk, abbreviation, strict=False)
                unit = _sentence_at(chunk, offset) if offset is not None else None
                if unit is not None and says_what.search(unit.text):
                    return unit
    for strict in (True, False):
        for document in ordered:
            for chunk in locator.chunks_of(document):
                offset = _spelled_out_in(chunk, abbreviation, strict)
                if offset is not None:
                    return _sentence_at(chunk, offset)
    return None


def _spelling_out_all(locator: SourceLocator, asked: Sequence[str], documents: Sequence[str]) -> Unit | None:
    """The first sentence of `documents` that spells out every abbreviation asked, each by some name."""
    for document in documents:
        for chunk in locator.chunks_of(document):
            offsets = [_spelled_out_in(chunk, abbreviation, strict=False) for abbreviation in asked]
            if all(offset is not None for offset in offsets):
                unit = _sentence_at(chunk, min(o for o in offsets if o is not None))
                if unit is not None and all(f"({abbreviation})" in unit.text for abbreviation in asked):
                    return unit
    return None


def abbreviation_answer(
    w: Writer, u: Understanding, scheme: Scheme | None, passages: Sequence[Passage], defining: bool = False
) -> Answer | None:
    """Each abbreviation the question asks about, by the sentence that spells it out (with `defining`, one saying
    what it is first: "What is IPS?"); not found when the documents use them without spelling them out; None when it
    asks about none or the documents never use them."""
    text = u.clean_text or u.text
    if not u.has("stands_for") or split_question(text, u.language) is not None:
        return None  # "What does JMO stand for, and what must JMO projects follow?" asks more than that
    asked = list(dict.fromkeys(_ABBREVIATION.findall(text)))
    documents = scheme.documents if scheme is not None else []
    # One sentence may spell out several ("ACT- modellen (Assertive …) og FACT-modellen (Flexible ACT)"); one
    # that names them all ("Individuell jobbstøtte (IPS), Jobbmestrende oppfølging (JMO) …") answers them together.
    together = _spelling_out_all(w.locator, asked, documents) if len(asked) > 1 else None
    by_sentence: dict[str, tuple[Unit, list[str]]] = {}
    for abbreviation in asked:
        unit = together or spelled_out(w.locator, abbreviation, documents, defining)
        if unit is not None:
            said = without_list_mark(unit.text)
            by_sentence.setdefault(said, (unit, []))[1].append(abbreviation)
    for said, (unit, names) in by_sentence.items():
        marker = w.cite_chunk(unit.chunk, said)
        named = join(names, w.language)
        w.add(
            w.t(
                f"{named} er skrevet ut slik i dokumentene: «{said}» {marker}",
                f"The documents spell out {named} like this: «{said}» {marker}",
            )
        )
    if by_sentence:
        return w.answer("answered", passages)
    used = [abbreviation for abbreviation in asked if w.locator.mentions_anywhere(abbreviation)]
    if used and len(used) == len(asked):
        # "Hva står LASSO for?": «… etter modell av LASSO» uses it and never says what it stands for.
        named = join(used, w.language)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene bruker {named}, men skriver ikke ut hva det står for.",
                f"The documents use {named} but do not spell out what it stands for.",
            ),
        )
    return None
