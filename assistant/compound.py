"""Questions that ask two things ("Hvem kunne søke, og hvor mye ble satt av i 2015?"): where they split, and one
answer made of the answers to both parts."""

from __future__ import annotations

import re

from assistant.types import Answer, Citation, Language
from assistant.verify import renumber_markers

# Words that open a question: question words and the auxiliaries of a yes/no question.
_OPENERS: dict[Language, str] = {
    "nb": "hva|hvem|hvor|når|hvilke[nt]?|hvordan|hvorfor|kan|kunne|må|måtte|skal|er|var|gjelder|finnes|fikk|får",
    "en": "what|who|how|when|which|where|why|can|could|must|is|are|was|were|do|does|did|should|may|will|would",
}
# ", og hva …", " and how much …": a second question joined to the first. Only an opener right after the
# conjunction starts one ("Tiltak A og B" or "NAV og helsetjenesten" do not); "og hva om …", "and what if …" varies
# the first question, which the whole answer already answers.
_SECOND_QUESTION: dict[Language, re.Pattern[str]] = {
    "nb": re.compile(rf",?\s+og\s+(?!hva\s+(?:om|med|hvis)\b)(?=(?:{_OPENERS['nb']})\b)", re.IGNORECASE),
    "en": re.compile(rf",?\s+and\s+(?!(?:what|how)\s+(?:if|about)\b)(?=(?:{_OPENERS['en']})\b)", re.IGNORECASE),
}
# A first part that is a question of its own: it opens with an opener (or "har", "under …", "for …").
_FIRST_QUESTION: dict[Language, re.Pattern[str]] = {
    "nb": re.compile(rf"^\s*(?:{_OPENERS['nb']}|har|hadde)\b", re.IGNORECASE),
    "en": re.compile(rf"^\s*(?:{_OPENERS['en']}|under|in|for)\b", re.IGNORECASE),
}
_MIN_WORDS = 3


def split_question(text: str, language: Language) -> tuple[str, str] | None:
    """The two questions a message asks, the second still opening with its conjunction ("Og hvor mye …?"), or None
    when it asks one."""
    question = text.strip()
    if question.count("?") == 2 and question.endswith("?"):
        # "Does Tiltak A step down like Tiltak B? What's the year-3 maximum for one position?": two questions, each
        # a sentence that opens as one.
        first, second = (part.strip() + "?" for part in question[:-1].split("?"))
        asks = [_FIRST_QUESTION[language].match(part) for part in (first, second)]
        if all(asks) and min(len(first.split()), len(second.split())) >= _MIN_WORDS:
            return first, second
        return None
    if question.count("?") > 1 or not _FIRST_QUESTION[language].match(question):
        return None
    found = list(_SECOND_QUESTION[language].finditer(question))
    if len(found) != 1:
        return None  # three parts, or none: read as one question
    first, second = question[: found[0].start()].strip(), question[found[0].end() :].strip()
    if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS:
        return None
    # The second keeps its "og"/"and": it goes on from the first, whose scheme it leaves unsaid.
    conjunction = found[0].group().strip(" ,").capitalize()
    return f"{first.rstrip(',;:')}?", f"{conjunction} {second}"


def join_answers(first: Answer, second: Answer) -> Answer:
    """`first` followed by `second`, their citations numbered as one list (a quote cited by both keeps its number)."""
    citations: list[Citation] = list(first.citations)
    known = {(c.chunk_id, c.quote): c.n for c in citations}
    mapping: dict[int, int] = {}
    for citation in second.citations:
        key = (citation.chunk_id, citation.quote)
        if key not in known:
            known[key] = len(citations) + 1
            citations.append(citation.model_copy(update={"n": known[key]}))
        mapping[citation.n] = known[key]
    said = set(first.text.split("\n\n"))
    added = [p for p in renumber_markers(second.text, mapping).split("\n\n") if p not in said]
    text = "\n\n".join([first.text, *added])
    warnings = [*first.warnings, *(w for w in second.warnings if w not in first.warnings)]
    passages = [*first.passages, *(p for p in second.passages if p not in first.passages)]
    return first.model_copy(
        update={
            "text": text,
            "citations": citations,
            "calculation": first.calculation or second.calculation,
            "warnings": warnings,
            "passages": passages,
        }
    )


def adds_sources(first: Answer, second: Answer) -> bool:
    """Whether `second` quotes anything `first` does not (else it repeats what was said)."""
    quoted = [c.quote for c in first.citations]
    return any(not any(c.quote in q or q in c.quote for q in quoted) for c in second.citations)
