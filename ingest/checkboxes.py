"""Checkbox lines of the regelverk template: ☒ = applies / may, ☐ = does not apply / may not."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.applicants import APPLICANTS
from assistant.text import fold_whitespace
from assistant.types import Checkbox

CHECKED = "☒"
UNCHECKED = "☐"

_CHECKBOX_LINE = re.compile(r"^\s*([☒☐])\s*(.*)$", re.DOTALL)


def parse_checkbox_line(line: str) -> Checkbox | None:
    """The checkbox on a line starting with ☒ or ☐, or None if the line is not one (or has no label)."""
    match = _CHECKBOX_LINE.match(line)
    if match is None:
        return None
    label = fold_whitespace(match.group(2))
    if not label:
        return None
    return Checkbox(label=label, checked=match.group(1) == CHECKED)


def is_applicant_section(section: str) -> bool:
    """True for the template's "Hvem kan søke" (who may apply) section, at any level of a section path."""
    return "hvem kan søke" in section.lower()


def _english_applicant(label: str) -> str | None:
    """English plural name of the applicant type a "Hvem kan søke" label names, if it is a known type."""
    key = label.split("(")[0].strip().lower()
    for info in APPLICANTS.values():
        if info.nb_plural.split("(")[0].strip().lower() == key:
            return info.en_plural
    return None


def render_checkbox(checkbox: Checkbox, section: str) -> str:
    """One unambiguous line, in Norwegian with an English gloss, so neither reader nor retriever misreads ☐."""
    label = checkbox.label.rstrip(" :")
    if is_applicant_section(section):
        verdict = "kan søke (may apply)" if checkbox.checked else "kan ikke søke (may not apply)"
        english = _english_applicant(label)
        if english is None:
            return f"{label}: {verdict}."
        may = "may apply" if checkbox.checked else "may not apply"
        return f"{label}: {verdict}. {english[0].upper()}{english[1:]} {may}."
    verdict = "ja / gjelder (applies)" if checkbox.checked else "nei / gjelder ikke (does not apply)"
    return f"{label}: {verdict}"


def render_checkboxes(checkboxes: Iterable[Checkbox], section: str) -> str:
    """Render every checkbox on its own line (see render_checkbox)."""
    return "\n".join(render_checkbox(checkbox, section) for checkbox in checkboxes)


def render_checkbox_lines(text: str, section: str) -> str:
    """Text with each ☒/☐ line replaced by its rendering; other lines unchanged."""
    lines = []
    for line in text.split("\n"):
        checkbox = parse_checkbox_line(line)
        lines.append(line if checkbox is None else render_checkbox(checkbox, section))
    return "\n".join(lines)
