"""Facts a regelverk states about itself in its header: budget chapter and post, grant code, approval, which
version it replaces, who administers the scheme. Quoted line by line from the scheme's own documents (newest
first), so the answer is the sentence that says it, not the document's title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.fallbacks import not_found
from assistant.answers.phrasing import join, scheme_name, with_verdict
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import bodies, vocabulary
from assistant.rules.model import Scheme
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

# A year a question claims ("godkjent … i november 2024").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The template's header lines (and the older documents' "Referanse:" line), one per fact a question may ask for.
FIELDS: dict[str, re.Pattern[str]] = {
    "chapter_post": re.compile(r"(?:Referanse:\s*)?Kap(?:ittel|\.)\s*\d{3,4}\s*,?\s*post\s*\d{2}[^\n]*", re.I),
    "grant_code": re.compile(r"Tilskuddskode:?\s*\d+", re.I),
    "replaces": re.compile(r"Erstatter\b[^\n]*", re.I),
    "approved": re.compile(r"Godkjent av\b[^\n]*", re.I),
    "administrator": re.compile(r"[^\n.]*\bforvalter\s+(?:tilskudd|ordningen|midlene)[^\n.]*", re.I),
}


# The fields that are codes, by their names in Norwegian and English.
_CODES: dict[str, tuple[str, str]] = {
    "chapter_post": ("kapittel og post", "budget chapter and post"),
    "grant_code": ("tilskuddskode", "grant code"),
}


def _line(ctx: Context, scheme: Scheme, pattern: re.Pattern[str]) -> tuple[Chunk, str] | None:
    """(chunk, the matching line) from the scheme's newest document that has one."""
    for document_id in reversed(scheme.documents):
        for chunk in ctx.locator.chunks_of(document_id):
            match = pattern.search(chunk.text)
            if match:
                return chunk, match.group().strip()
    return None


def _known_codes(scheme: Scheme, field: str) -> list[str]:
    """The codes the rule table knows for a field ("765.62"), to find the line of a document that names them when
    the document has no header line for it (the 2023 slides head a section "765.62 Kommunalt rusarbeid …")."""
    if field == "chapter_post":
        return list(scheme.kapittel_post)
    if field == "grant_code" and scheme.tilskuddskode:
        return [scheme.tilskuddskode]
    return []


def _code_line(ctx: Context, scheme: Scheme, codes: Sequence[str]) -> tuple[Chunk, str] | None:
    """(chunk, the first line outside a web address) that names one of `codes`."""
    for code in codes:
        number = re.escape(code.lstrip("0"))
        pattern = re.compile(rf"^[^\n]*(?<![\d.])0?{number}(?![\d])[^\n]*$", re.M)
        for document_id in reversed(scheme.documents):
            for chunk in ctx.locator.chunks_of(document_id):
                for match in pattern.finditer(chunk.text):
                    if "http" not in match.group() and "%20" not in match.group():
                        return chunk, match.group().strip()
    return None


def answer_document_facts(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The header lines the question asks about; None (the passages answer) when the documents have none."""
    asked = [name for name in FIELDS if u.has(name)]
    found = [
        hit
        for name in asked
        if (hit := _line(ctx, scheme, FIELDS[name]) or _code_line(ctx, scheme, _known_codes(scheme, name))) is not None
    ]
    if not found and asked and set(asked) <= set(_CODES):
        # A code no sentence of the documents gives: none of their other sentences can stand in for it.
        name = scheme_name(scheme, w.language)
        codes = join([w.t(*_CODES[field]) for field in asked], w.language)
        return not_found(
            w,
            passages,
            w.t(f"Dokumentene om «{name}» oppgir ikke {codes}.", f"The documents on «{name}» give no {codes}."),
        )
    if not found:
        return None
    # A note on who may apply written before the lines leads: a year in the question is then context, no claim.
    noted = bool(w.paragraphs)
    for chunk, line in found:
        w.add(f"«{line}» ({ctx.document_title(chunk.document_id)}) {w.cite_chunk(chunk, line)}")
    verdict = None if noted else _claim_verdict(w, u, [line for _, line in found])
    if verdict is not None:
        w.paragraphs[0] = with_verdict(verdict, w.paragraphs[0])
    return w.answer("answered", passages)


def _claim_verdict(w: Writer, u: Understanding, lines: Sequence[str]) -> str | None:
    """'Regelverket ble godkjent av Helsedirektoratet i november 2024, ikke sant?': a year or a body the question
    claims, checked against the lines quoted: no unless every one of them is there."""
    if not (u.has("yes_no") or u.has("statement_question")):
        return None
    said = " ".join(lines)
    years = set(_YEAR.findall(u.clean_text or u.text))
    named = bodies(u.qualifiers)
    if not years and not named:
        return None
    holds = all(year in said for year in years) and named <= vocabulary().bodies_named(said)
    return w.t("Ja", "Yes") if holds else w.t("Nei", "No")


QUESTION_TYPE = register(
    QuestionType(
        name="document_facts",
        yields_to_evidence=False,
        description="What a regelverk states about itself: chapter/post, grant code, approval, replaced version, "
        "who administers it.",
        category="definition",
        handler=answer_document_facts,
        retrieval_terms="kapittel post tilskuddskode godkjent erstatter",
    )
)
