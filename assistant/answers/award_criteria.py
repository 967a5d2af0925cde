"""'Er det faste poeng som avgjør hvem som får 0765.73, eller er det skjønn?': how applications are weighed, as the
regelverk's award criteria boxes say (☒ Skjønnsmessig vurdering, ☐ Kvantifiserbare tildelingskriterier …), whatever
question type the words suggest (what an application contains, who decides)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import supplement
from assistant.answers.phrasing import sentence
from assistant.answers.writer import Writer
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# How applications are weighed: discretion, points, a formula, criteria that decide, a share of costs.
_ASSESSMENT = re.compile(
    # ("skjønner", "skjønte": understands, no discretion.)
    r"\b(?:skjønn(?:s\w*|et)?\b|poeng\w*|formel|formelen|formler|tildelingskriteri\w*|kvantifiser\w*|regnskapsførte|"
    r"vurderes\s+søknad\w*|"
    r"søknad\w*\s+(?:blir\s+)?vurdert|hvordan\s+(?:blir\s+)?søknad\w*\s+vurdert|"
    r"discretion\w*|points?[\s-](?:system|based|scale)|scor(?:e|ing)\s+system|formula|award\s+criteria|"
    r"applications?\s+(?:are\s+|is\s+|get\s+)?(?:assessed|evaluated|judged|weighed|scored)|"
    r"recorded\s+(?:expenses|costs))\b",
    re.IGNORECASE,
)


_IS_THERE = re.compile(r"\b(?:is\s+there|are\s+there|finnes\s+det|er\s+det)\b", re.IGNORECASE)
# What a yes/no question asks of each box, by the words that name it.
_BOXES = (
    (re.compile(r"skjønn(?:s\w*|et)?\b|discretion\w*", re.IGNORECASE), "Skjønnsmessig"),
    (
        re.compile(r"poeng\w*|formel\b|formelen|kvantifiser\w*|points?[\s-]|scor(?:e|ing)|formula|quantifi\w*", re.I),
        "Kvantifiserbare",
    ),
    (re.compile(r"regnskapsførte|recorded\s+(?:expenses|costs)", re.IGNORECASE), "Andel av regnskapsførte"),
)


def award_criteria_answer(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme | None, passages: Sequence[Passage]
) -> Answer | None:
    """The scheme's award criteria boxes, the ticked ones first; a yes/no question about one box (and no choice
    between two) gets its verdict first. None unless the question asks how applications are weighed and the scheme
    has such boxes."""
    text = u.clean_text or u.text
    if scheme is None or not scheme.award_criteria or not _ASSESSMENT.search(text):
        return None
    items = sorted(scheme.award_criteria, key=lambda item: not item.checked)
    title = ctx.title(scheme, [item.source for item in items])
    # ("a fixed formula or points system?" names one box twice.)
    asked = [
        item
        for item in items
        if any(pattern.search(text) and item.label.startswith(label) for pattern, label in _BOXES)
    ]
    # "How are applications assessed – is there a points system?": the yes/no after the dash asks of a box.
    whether = any(u.has(q) for q in ("yes_no", "asks_confirmation", "statement_question")) or _IS_THERE.search(text)
    if len(asked) == 1 and whether:
        item = asked[0]
        verdict = w.t("Ja" if item.checked else "Nei", "Yes" if item.checked else "No")
        mark = w.t("gjelder" if item.checked else "gjelder ikke", "applies" if item.checked else "does not apply")
        w.add(f"{verdict} – «{item.label}» {mark}. {w.cite(item.source)}")
    w.add(w.t(f"Tildelingskriterier etter {title}:", f"Award criteria under {title}:"))
    for item in items:
        mark = w.t("gjelder", "applies") if item.checked else w.t("gjelder ikke", "does not apply")
        w.add(f"- {sentence(item.label)} ({mark}) {w.cite(item.source)}")
    supplement(ctx, w, passages)
    return w.answer("answered", passages)
