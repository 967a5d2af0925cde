"""☒/☐ lines become structured data and an unambiguous rendering."""

from __future__ import annotations

from assistant.types import Checkbox
from ingest.checkboxes import parse_checkbox_line, render_checkbox_lines, render_checkboxes


def test_checked_and_unchecked_boxes_are_parsed_with_folded_labels() -> None:
    assert parse_checkbox_line("☒ Kommuner ") == Checkbox(label="Kommuner", checked=True)
    assert parse_checkbox_line("  ☐   Frivillige og   ideelle organisasjoner  ") == Checkbox(
        label="Frivillige og ideelle organisasjoner", checked=False
    )
    assert parse_checkbox_line("☐Bedrifter") == Checkbox(label="Bedrifter", checked=False)


def test_lines_without_a_leading_box_or_label_are_not_checkboxes() -> None:
    assert parse_checkbox_line("Kommuner ☒") is None
    assert parse_checkbox_line("• Kommuner") is None
    assert parse_checkbox_line("☒   ") is None
    assert parse_checkbox_line("") is None


def test_who_may_apply_section_says_may_and_may_not_in_both_languages() -> None:
    boxes = [Checkbox(label="Kommuner", checked=True), Checkbox(label="Fylkeskommuner", checked=False)]
    rendered = render_checkboxes(boxes, "3. Hvem kan søke")
    lines = rendered.split("\n")
    assert lines[0].startswith("Kommuner: kan søke (may apply).")
    assert lines[1].startswith("Fylkeskommuner: kan ikke søke (may not apply).")
    assert "County municipalities may not apply." in lines[1]
    assert "may apply" not in lines[1].replace("may not apply", "")


def test_other_sections_say_applies_or_does_not_apply() -> None:
    boxes = [
        Checkbox(label="Egenfinansiering", checked=True),
        Checkbox(label="Revisorattestasjon: Ikke relevant for denne tilskuddsordningen", checked=False),
    ]
    lines = render_checkboxes(boxes, "7. Krav til rapporteringen").split("\n")
    assert lines[0] == "Egenfinansiering: ja / gjelder (applies)"
    assert lines[1].endswith(": nei / gjelder ikke (does not apply)")
    assert "kan søke" not in " ".join(lines)


def test_rendering_replaces_only_checkbox_lines() -> None:
    text = "3. Hvem kan søke\n\n☒ Kommuner\n☐ Bedrifter\n\nTillegg:"
    rendered = render_checkbox_lines(text, "3. Hvem kan søke")
    assert rendered.startswith("3. Hvem kan søke\n\nKommuner: kan søke (may apply).")
    assert "Bedrifter: kan ikke søke (may not apply)." in rendered
    assert "☒" not in rendered and "☐" not in rendered
    assert rendered.endswith("\n\nTillegg:")
