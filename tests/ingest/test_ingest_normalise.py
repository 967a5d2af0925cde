"""Normalisation: wrapped lines, hyphenation, page numbers, footers, repeats, lists, and the offset map."""

from __future__ import annotations

import pytest

from assistant.settings import PROJECT_ROOT
from ingest.normalise import normalise

CORPUS = PROJECT_ROOT / "corpus"


def norm(text: str) -> str:
    return normalise(text)[0]


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("rapportere tilbake til Helse- \nog omsorgsdepartementet (HOD)", "Helse- og omsorgsdepartementet (HOD)"),
        ("om ACT-, FACT- og FACT ung-\n\nteam  \n\nI (ACT-team, FACT ung-team) ", "ACT-, FACT- og FACT ung-team"),
        ("Signo grunn- og videre-\ngående skole. Elever i videregående skole.", "grunn- og videregående skole"),
        ("Forsøk med NAV-\nveileder i videregående skoler", "Forsøk med NAV-veileder i"),
        ("opplærings- \nog kompetansetiltak", "opplærings- og kompetansetiltak"),
        ("765.62 Kommunalt rusarbeid -\noverganngsordning", "Kommunalt rusarbeid - overganngsordning"),
    ],
)
def test_line_end_hyphens(original: str, expected: str) -> None:
    assert expected in norm(original)


def test_wrapped_lines_become_one_paragraph_and_paragraphs_are_separated() -> None:
    original = "Målet er å inkludere arbeid som et ledd i \nbehandling av personer.  \n\nNeste   avsnitt her.\n"
    assert norm(original) == "Målet er å inkludere arbeid som et ledd i behandling av personer.\n\nNeste avsnitt her."


def test_page_numbers_footer_urls_and_repeated_lines_are_dropped() -> None:
    repeated = "En overgangsordning kan ikke legge beslag på hele bevilgningen."
    original = (
        "Første side slutter her.\n \n1 \n\n"
        "https://www.helsedirektoratet.no/faglige-rad/ips\nmailto:post@example.no\n"
        f"{repeated}\n{repeated}\n\n{repeated}\n"
    )
    text = norm(original)
    assert text == f"Første side slutter her.\n\n{repeated}"


def test_a_url_that_finishes_a_sentence_is_kept() -> None:
    text = norm("Utlysningen legges også på www.statsforvalteren.no/tilskudd og på \nwww.helsedirektoratet.no\n")
    assert text.endswith("og på www.helsedirektoratet.no")


def test_list_items_and_headings_keep_their_own_lines() -> None:
    original = (
        "3. Hvem kan søke \n\n☒ Kommuner \n\n☐ Fylkeskommuner \n\nDelmål: \n• Styrke utbredelse av \n\n"
        "tilbud i kommunene \n• Øke kunnskap \n− 1. prosjekt-/driftsår: kr. 750 000 \n\n"
        "− 2. prosjekt-/driftsår: kr. 600 000 \n✓ Helse- eller sosialfaglig utdanning\n"
    )
    assert norm(original).split("\n") == [
        "3. Hvem kan søke",
        "",
        "☒ Kommuner",
        "☐ Fylkeskommuner",
        "",
        "Delmål:",
        "",
        "• Styrke utbredelse av tilbud i kommunene",
        "• Øke kunnskap",
        "",
        "− 1. prosjekt-/driftsår: kr. 750 000",
        "− 2. prosjekt-/driftsår: kr. 600 000",
        "",
        "✓ Helse- eller sosialfaglig utdanning",
    ]


def test_key_value_lines_and_numbered_headings_are_not_merged() -> None:
    original = "Innstilling fremmes av: Helsedirektoratet \nAvgjørelser fattes av: Helsedirektoratet\n"
    assert norm(original) == "Innstilling fremmes av: Helsedirektoratet\n\nAvgjørelser fattes av: Helsedirektoratet"
    assert norm("4. Krav til søknaden\nSøknaden skal sendes.").startswith("4. Krav til søknaden\n\n")


def test_offsets_map_every_character_back_to_the_original() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        original = path.read_text(encoding="utf-8")
        text, offsets = normalise(original)
        assert len(offsets) == len(text)
        assert offsets == sorted(offsets), path.name
        for index, char in enumerate(text):
            source = original[offsets[index]]
            if char.isspace():
                assert source.isspace(), (path.name, index)
            else:
                assert source == char, (path.name, index)


def test_every_word_of_the_original_survives() -> None:
    """Normalisation only drops page numbers, footer URLs and repeats; no other word may get lost."""
    original = (CORPUS / "regelverk-0765-73-behandling-rehabilitering-arbeid-2025.txt").read_text(encoding="utf-8")
    text = norm(original)
    for word in ["Kommuner", "Fylkeskommuner", "750 000", "300 000", "klagerett", "01.04", "HelseIArbeid"]:
        assert word in text
    assert "https://" not in text


def test_a_sentence_repeated_a_few_lines_later_is_content_not_a_running_header() -> None:
    duration = "Tilskudd innvilges for ett år av gangen, med mulighet for å søke om midler i totalt fire år"
    original = f"Tiltak A:\n\n{duration}\n\nMaksimalt kr 500 000 pr år.\n\nTiltak B:\n\n{duration}\n"
    assert norm(original).count(duration) == 2
