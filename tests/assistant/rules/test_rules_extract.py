"""Template-aware extraction of ☒/☐ lists, cross-checked against the hand-written 0765.73 table."""

from __future__ import annotations

from assistant.applicants import ApplicantType
from assistant.rules.book import RuleBook
from assistant.rules.engine import eligibility
from assistant.rules.extract import applicant_type_for_label, extract_template, scheme_from_document
from assistant.settings import PROJECT_ROOT, Settings
from assistant.text import contains_quote
from assistant.types import Document
from ingest.loaders import load_corpus_documents
from ingest.normalise import normalise

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def _document(doc_id: str) -> Document:
    docs = load_corpus_documents(Settings(corpus_dir=PROJECT_ROOT / "corpus"))
    return next(doc for doc in docs if doc.id == doc_id)


def test_extraction_of_0765_73_matches_the_rule_table() -> None:
    document = _document("regelverk-0765-73-2025")
    extraction = extract_template(document)
    scheme = BOOK.scheme("0765-73")
    version = scheme.eligibility[0]
    extracted = extraction.applicants()
    assert set(extracted) == set(version.applicants)
    for kind, box in extracted.items():
        assert version.applicants[kind].verdict == ("yes" if box.checked else "no"), kind
        assert contains_quote(document.text, box.line)
    auto = scheme_from_document(document)
    for name in ("application_requirements", "award_criteria", "reporting_requirements"):
        # The ☒/☐ boxes; a measure's own points ("Rapporteringen skal spesifikt belyse: Tiltak A: …") are no boxes.
        by_hand = [(item.checked, item.label) for item in getattr(scheme, name) if item.measures is None]
        automatic = [(item.checked, item.label) for item in getattr(auto, name)]
        assert automatic == by_hand, name


def test_documents_outside_the_template_are_not_templates() -> None:
    for doc_id in ("ips-jmo-soknad", "voksne-langvarige-2019", "tilskuddskonferansen-2023"):
        assert not extract_template(_document(doc_id)).is_template


SYNTHETIC = """Kapittel 0999 post 70

Regelverk for tilskuddsordning:
Prøveordning for lokale tiltak

1. Mål og målgruppe for ordningen

Målet er å prøve ut lokale tiltak.

3. Hvem kan søke

☐ Kommuner
☒ Fylkeskommuner
☐ Interkommunale selskaper
☐ Statlige foretak (f.eks. RHF/HF)
☒ Frivillige og ideelle organisasjoner
☒ Stiftelser
☐ Universiteter og høyskoler

Tillegg, vilkår og presiseringer:

4. Krav til søknaden

☒ Søkerens mål med tilskuddet
☐ Egenfinansiering

5. Tildelingskriterier

☐ Skjønnsmessig vurdering med grunnlag i forventet måloppnåelse
☒ Kvantifiserbare tildelingskriterier

6. Saksbehandling

Søknaden behandles av direktoratet.

7. Krav til rapporteringen fra tilskuddsmottaker

☒ Revisorattestasjon: Kreves for tilskudd over 400 000 kroner
"""


def _synthetic() -> Document:
    text, offsets = normalise(SYNTHETIC)
    return Document(
        id="syntetisk-regelverk",
        title="Prøveordning for lokale tiltak",
        short_title="Syntetisk regelverk",
        kind="regelverk",
        path="syntetisk.txt",
        text=text,
        original_text=SYNTHETIC,
        offset_map=offsets,
        content_hash="x",
    )


def test_synthetic_regelverk_with_other_boxes_ticked() -> None:
    document = _synthetic()
    extraction = extract_template(document)
    assert extraction.is_template
    ticked = {kind: box.checked for kind, box in extraction.applicants().items()}
    assert ticked == {
        ApplicantType.KOMMUNE: False,
        ApplicantType.FYLKESKOMMUNE: True,
        ApplicantType.INTERKOMMUNALT_SELSKAP: False,
        ApplicantType.STATLIG_FORETAK: False,
        ApplicantType.FRIVILLIG_ORGANISASJON: True,
        ApplicantType.STIFTELSE: True,
        ApplicantType.UNIVERSITET_HOGSKOLE: False,
    }
    scheme = scheme_from_document(document)
    assert [(i.checked, i.label) for i in scheme.application_requirements] == [
        (True, "Søkerens mål med tilskuddet"),
        (False, "Egenfinansiering"),
    ]
    assert [i.checked for i in scheme.award_criteria] == [False, True]
    assert scheme.reporting_requirements[0].label.startswith("Revisorattestasjon")
    # The engine answers eligibility for it without a hand-written table.
    assert eligibility(BOOK, scheme, "kommune").verdict == "no"
    assert eligibility(BOOK, scheme, "fylkeskommune").verdict == "yes"
    assert eligibility(BOOK, scheme, "stiftelse").sources[0].quote == "☒ Stiftelser"
    assert eligibility(BOOK, scheme, "bedrift").verdict == "unknown"


def test_applicant_labels_map_to_types() -> None:
    assert applicant_type_for_label("Statlige foretak (f.eks. RHF/HF)") is ApplicantType.STATLIG_FORETAK
    assert applicant_type_for_label("Søkere utenfor Norge (f.eks. internasjonale organisasjoner og EU)") is (
        ApplicantType.UTENLANDSK
    )
    assert applicant_type_for_label("Fylkeskommuner") is ApplicantType.FYLKESKOMMUNE
    assert applicant_type_for_label("Egenfinansiering") is None


def test_extracted_scheme_has_an_english_status_note_and_traced_prose() -> None:
    from assistant.rules.check import untraced_prose

    auto = scheme_from_document(_document("regelverk-0765-73-2025"))
    assert auto.status_note_en and "checkbox lists" in auto.status_note_en
    assert untraced_prose(auto)[1] == []
