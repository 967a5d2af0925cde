"""Whether a candidate for a position meets the qualifications the regulation sets for its staff ("Hun er
sykepleier med ett års IPS-erfaring og har veiledet mye. Holder det for ressursmiljøstillingen?"): each requirement
checked against what the question says of the candidate."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from assistant.answers.context import Context
from assistant.answers.phrasing import measure_label, sentence
from assistant.answers.writer import Writer
from assistant.questions.registry import QuestionType, register
from assistant.rules.model import Measure, Qualification, Scheme
from assistant.tokens import fold, tokenize
from assistant.types import Answer, Language, Passage
from assistant.understand.model import Understanding
from assistant.understand.negation import said_unmet
from assistant.understand.numbers import CARDINALS, parse_number

Status = Literal["met", "unmet", "unknown"]
# "tre års IPS-erfaring", "18 months of IPS experience", "har jobbet tre år i IPS": a length of experience.
_LENGTH: dict[Language, str] = {
    "nb": r"(?P<n>\d+(?:[.,]\d+)?|halvannet|{words})(?P<half>\s+og\s+et\s+halvt)?\s*"
    r"(?:(?P<years>års?|år)|(?P<months>måneder|mnd\.?))",
    "en": r"(?P<n>\d+(?:[.,]\d+)?|{words})(?P<half>\s+and\s+a\s+half)?\s*"
    r"(?:(?P<years>years?(?:'s?)?|yrs?)|(?P<months>months?))",
}
_LENGTH_RE: dict[Language, re.Pattern[str]] = {
    language: re.compile(pattern.format(words="|".join(CARDINALS[language])), re.IGNORECASE)
    for language, pattern in _LENGTH.items()
}
# How far from the words naming the experience ("IPS") its length may stand, within one sentence.
_REACH = 40
_MONTHS_PER_YEAR = 12
_STATUS_TEXT = {
    "met": ("oppfylt", "met"),
    "unmet": ("ikke oppfylt", "not met"),
    "unknown": ("ikke nevnt", "not mentioned"),
}


def answer_qualifications(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """Each qualification the measure's staff must have, met or not by the candidate described; a verdict first."""
    measure = ctx.measure(scheme, u) or _only_measure_with_qualifications(scheme)
    if measure is None or not measure.qualifications:
        return None
    label = measure_label(measure, w.language)
    title = ctx.title(scheme, [q.source for q in measure.qualifications])
    text = u.clean_text or u.text
    checked = [(q, _status(q, text, u.language)) for q in measure.qualifications]
    if not u.has("candidate") or all(status == "unknown" for _, status in checked):
        # "Hva er kvalifikasjonskravene for tiltak A?", "what must the people we hire have?": the requirements,
        # no one described to check against them.
        w.add(
            w.t(f"Kvalifikasjonskravene for {label} ({title}):", f"The qualifications required for {label} ({title}):")
        )
        for qualification in measure.qualifications:
            w.add(f"- {_requirement(w, qualification)} {w.cite(qualification.source)}")
        return w.answer("answered", passages)
    if any(status == "unmet" for _, status in checked):
        w.add(
            w.t(
                f"Nei – slik du beskriver kandidaten, er ikke alle kvalifikasjonskravene for {label} oppfylt "
                f"({title}):",
                f"No – as you describe the candidate, not every qualification required for {label} is met ({title}):",
            )
        )
    elif all(status == "met" for _, status in checked):
        w.add(
            w.t(
                f"Ja – slik du beskriver kandidaten, er kvalifikasjonskravene for {label} oppfylt ({title}):",
                f"Yes – as you describe the candidate, the qualifications required for {label} are met ({title}):",
            )
        )
    else:
        w.add(
            w.t(
                f"Det avhenger av det du ikke har nevnt. Kvalifikasjonskravene for {label} ({title}):",
                f"It depends on what you have not mentioned. The qualifications required for {label} ({title}):",
            )
        )
    for qualification, status in checked:
        nb, en = _STATUS_TEXT[status]
        w.add(f"- {_requirement(w, qualification)} {w.cite(qualification.source)}: {w.t(nb, en)}.")
    return w.answer("answered", passages)


def _requirement(w: Writer, qualification: Qualification) -> str:
    return sentence(w.t(qualification.text, qualification.text_en or qualification.text)).rstrip(".")


def _only_measure_with_qualifications(scheme: Scheme) -> Measure | None:
    with_them = [m for m in scheme.measures.values() if m.qualifications]
    return with_them[0] if len(with_them) == 1 else None


def _status(qualification: Qualification, text: str, language: Language) -> Status:
    """Met, unmet or not mentioned, by what the text says of the candidate."""
    if said_unmet(text, qualification.text):
        return "unmet"  # "har aldri drevet opplæring eller veiledning"
    if qualification.min_years is not None:
        years = _years_of(text, qualification.years_of, language)
        if years is None:
            return "unknown"
        return "met" if years >= qualification.min_years else "unmet"
    words = " ".join(token.folded for token in tokenize(text))
    # Word beginnings, some of more than one word ("social work").
    met = any(re.search(rf"\b{re.escape(fold(prefix))}", words) for prefix in qualification.met_by)
    return "met" if met else "unknown"


def _years_of(text: str, named: Sequence[str], language: Language) -> float | None:
    """The length of experience the text gives next to one of the `named` words ("18 months of IPS"), in years."""
    places = [m.start() for name in named for m in re.finditer(rf"\b{re.escape(name)}", text, re.IGNORECASE)]
    for m in _LENGTH_RE[language].finditer(text):
        near = [p for p in places if abs(p - m.start()) <= _REACH and "." not in _between(text, p, m.start())]
        if not near:
            continue
        raw = m.group("n").lower()
        count = 1.5 if raw == "halvannet" else CARDINALS[language].get(raw) or parse_number(raw)
        if count is None:
            continue
        count += 0.5 if m.group("half") else 0.0  # "ett og et halvt år"
        return count / _MONTHS_PER_YEAR if m.group("months") else float(count)
    return None


def _between(text: str, a: int, b: int) -> str:
    return text[min(a, b) : max(a, b)]


QUESTION_TYPE = register(
    QuestionType(
        name="qualifications",
        yields_to_evidence=False,
        description="Whether a candidate meets the qualifications the regulation sets for the staff it funds.",
        category="eligibility",
        handler=answer_qualifications,
        retrieval_terms="kvalifikasjoner utdanning arbeidserfaring fra IPS erfaring med opplæring og veiledning",
    )
)
