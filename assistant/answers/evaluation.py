"""'Hvor ofte blir tilskuddsordningen evaluert?': what a regelverk says of evaluating the scheme itself («Frekvens og
omfang av evalueringer skal ta utgangspunkt i en vurdering av risiko og vesentlighet …»), quoted; a fixed interval
guessed ("hvert tredje år?") gets a no, as none is set."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.writer import Writer
from assistant.extractive import sentences_in
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.model import Understanding

_EVALUATED = re.compile(r"\bevaluer\w*|\bevaluat\w*", re.IGNORECASE)
# Of the scheme itself, not of a project or a measure's own results ("evaluering av tiltaket").
_OF_THE_SCHEME = re.compile(
    r"\b(?:\w*ordning\w*|scheme|programme|itself|selve)\b|\bhow\s+often\b|\bhvor\s+ofte\b|\bfrekvens\w*|frequen\w*",
    re.IGNORECASE,
)
_OF_OURS = re.compile(r"\b(?:vårt|vår|våre|our|prosjekt\w*|project)\b", re.IGNORECASE)
# "Hva viste den siste evalueringen?": an evaluation held and its findings, which no document reports.
_HELD = re.compile(
    r"\b(?:sist\w*|forrige|viste|resultat\w*|funn|konklu\w*|last|latest|previous|showed|found|findings?|"
    r"results?|conclu\w*)\b",
    re.IGNORECASE,
)
# "hvert tredje år", "every three years", "årlig", "annually": a fixed interval.
_INTERVAL = re.compile(
    r"\bhvert\s+(?:\w+\s+)?år\b|\bevery\s+(?:\w+\s+)?years?\b|\bårlig\w*|\bannual\w*|\byearly\b", re.IGNORECASE
)
# A sentence on evaluating the scheme: in the section on follow-up, control and evaluation.
_SECTION = re.compile(r"evaluering", re.IGNORECASE)


def evaluation_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """The sentences on evaluating the scheme, of the scheme named (with none named, of the one whose documents
    have them); None unless its evaluation is asked about."""
    text = u.clean_text or u.text
    if not (_EVALUATED.search(text) and _OF_THE_SCHEME.search(text)) or _OF_OURS.search(text) or _HELD.search(text):
        return None
    sentences = ctx.stated_once(u, _sentences)
    if not sentences:
        return None
    chunk = sentences[0][0]
    title = ctx.document_title(chunk.document_id)
    if u.has("yes_no") and _INTERVAL.search(text):
        w.add(
            w.t(
                f"Nei – regelverket setter ingen fast frekvens for evaluering av ordningen ({title}):",
                f"No – the regulation sets no fixed interval for evaluating the scheme ({title}, quoted in Norwegian):",
            )
        )
    elif u.has("yes_no"):
        # "Will the scheme itself be evaluated?": evaluations are to be held, how often by risk and materiality.
        w.add(
            w.t(
                f"Ja – ordningen skal evalueres, men hvor ofte avgjøres ut fra risiko og vesentlighet ({title}):",
                f"Yes – the scheme is to be evaluated, how often being decided by risk and materiality ({title}, "
                "quoted in Norwegian):",
            )
        )
    else:
        w.add(
            w.t(
                f"Om evaluering av ordningen ({title}):",
                f"On evaluating the scheme ({title}, quoted in Norwegian):",
            )
        )
    for each, sentence in sentences:
        w.add(f"- «{sentence}» {w.cite(Source(document_id=each.document_id, quote=sentence))}")
    return w.answer("answered", passages)


def _sentences(chunks: Sequence[Chunk]) -> list[tuple[Chunk, str]]:
    """The sentences on evaluation in a section about it (its heading aside)."""
    return [
        (chunk, sentence.text)
        for chunk in chunks
        if _SECTION.search(chunk.section)
        for sentence in sentences_in(chunk)
        if _EVALUATED.search(sentence.text) and sentence.text.strip() not in chunk.section
    ]
