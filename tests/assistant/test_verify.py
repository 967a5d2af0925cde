"""The verifier: citations must quote their chunk verbatim, every number must be traced, the rest is removed."""

from __future__ import annotations

import pytest

from assistant.messages import not_found_text
from assistant.types import Answer, Calculation, CalculationLine, Chunk, Citation, Language, Source
from assistant.verify import (
    cited_numbers,
    evidence_keys,
    is_traced,
    parse_numbers,
    renumber_markers,
    split_sentences,
    unverified_numbers,
    verify,
)

TITLE = "Regelverk 0765.73 (2025)"
WHO = Chunk(
    id="c-who",
    document_id="regelverk-0765-73-2025",
    title=TITLE,
    section="3. Hvem kan søke",
    page=2,
    page_end=2,
    start=0,
    end=100,
    text="☒ Kommuner ☐ Fylkeskommuner ☒ Interkommunale selskaper ☒ Statlige foretak (f.eks. RHF/HF) "
    "☐ Frivillige og ideelle organisasjoner",
    search_text="",
)
AMOUNTS = Chunk(
    id="c-amounts",
    document_id="regelverk-0765-73-2025",
    title=TITLE,
    section="5. Tildelingskriterier › Tiltak B",
    page=3,
    page_end=4,
    start=100,
    end=400,
    text="Maksimalt tilskuddsbeløp for en 100% stilling er:\n− 1. prosjekt-/driftsår: kr. 750 000\n"
    "− 2. prosjekt-/driftsår: kr. 600 000\n− 3. prosjekt-/driftsår: kr. 450 000\n"
    "− 4. prosjekt-/driftsår: kr. 300 000\nDet kan også innvilges inntil kr 400 000 til relevante "
    "opplærings- og kompetansetiltak.",
    search_text="",
)
DEADLINE = Chunk(
    id="c-deadline",
    document_id="voksne-langvarige-2019",
    title="Tilbud til voksne med langvarige og sammensatte tjenestebehov (2019)",
    section="Søknadsfrist",
    start=0,
    end=80,
    text="Søknadsfrist: 1. mars 2019. Rapporteringsfristen er 15. februar 2019. Det gis kun tilskudd til inntil "
    "10 100 % stillinger per ACT-team. Ca. 185 millioner kroner i 2019.",
    search_text="",
)
CHUNKS = {c.id: c for c in (WHO, AMOUNTS, DEADLINE)}


def cite(n: int, chunk: Chunk, quote: str, **changes: object) -> Citation:
    citation = Citation(
        n=n,
        document_id=chunk.document_id,
        title=chunk.title,
        section=chunk.section,
        page=chunk.page,
        quote=quote,
        chunk_id=chunk.id,
    )
    return citation.model_copy(update=changes)


def answer(
    text: str,
    citations: list[Citation] | None = None,
    *,
    calculation: Calculation | None = None,
    status: str = "answered",
    language: Language = "nb",
) -> Answer:
    return Answer.model_validate(
        {
            "status": status,
            "language": language,
            "text": text,
            "citations": citations or [],
            "calculation": calculation,
        }
    )


Y1 = "1. prosjekt-/driftsår: kr. 750 000"
Y3 = "3. prosjekt-/driftsår: kr. 450 000"


# --- number parsing ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("750 000 kr", "n:750000"),
        ("kr. 750 000", "n:750000"),
        ("750.000", "n:750000"),
        ("750\u00a0000", "n:750000"),
        ("750\u202f000", "n:750000"),
        ("750\u2009000", "n:750000"),
        ("1,5 mill.", "n:1500000"),
        ("1.5 million", "n:1500000"),
        ("3 mill. kroner", "n:3000000"),
        ("3 millioner", "n:3000000"),
        ("2 milliarder", "n:2000000000"),
        ("50 %", "n:50"),
        ("100%", "n:100"),
        ("27,6", "n:27.6"),
        ("01.04", "d:1-4"),
        ("1 April", "d:1-4"),
        ("1. april", "d:1-4"),
        ("1. mars 2019", "d:1-3-2019"),
        ("01. mars 2019", "d:1-3-2019"),
        ("1 March 2019", "d:1-3-2019"),
        ("March 1, 2019", "d:1-3-2019"),
        ("01.03.2019", "d:1-3-2019"),
        ("18.11.24", "d:18-11-2024"),
        ("2019", "n:2019"),
        ("Beløp27 millioner", "n:27000000"),
    ],
)
def test_parse_numbers_normalises_each_way_of_writing(written: str, key: str) -> None:
    (mention,) = parse_numbers(written)
    assert key in mention.keys


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("se [1] og [2, 3]", 0),
        ("Tiltak B [7].", 0),
        ("maks 750 000 kr i år 1 [1]", 2),
        ("24 16 37 92", 4),
        ("fra 15-25 år", 2),
    ],
)
def test_parse_numbers_counts_mentions_and_skips_markers(text: str, count: int) -> None:
    assert len(parse_numbers(text)) == count


def test_impossible_date_is_read_as_plain_numbers() -> None:
    assert [m.raw for m in parse_numbers("45.13.2019")] == ["45", "13", "2019"]


@pytest.mark.parametrize(
    ("claim", "evidence", "traced"),
    [
        ("750 000 kr", "kr. 750 000", True),
        ("75 000 kr", "kr. 750 000", False),
        ("750 kr", "kr. 750 000", False),
        ("7 500 000 kr", "kr. 750 000", False),
        ("3 mill. kroner", "3 000 000", True),
        ("3 000 000 kr", "maks. 3 mill. kroner per team", True),
        ("1,5 mill.", "1 500 000", True),
        ("15 mill.", "1 500 000", False),
        ("01.04", "1 April", True),
        ("1 April", "01.04.2025", True),
        ("1. mars 2019", "Søknadsfrist: 01.03.2019", True),
        ("1. mars 2020", "Søknadsfrist: 01.03.2019", False),
        ("2019", "Søknadsfrist: 1. mars 2019", True),
        ("2. mars", "Søknadsfrist: 1. mars 2019", False),
        ("10 stillinger", "inntil 10 100 % stillinger", True),
        ("100 %", "inntil 10 100 % stillinger", True),
        ("i år 3 450 000 kr", "3. prosjekt-/driftsår: kr. 450 000", True),
        ("kap. 0765 post 73", "Regelverk 0765.73 (2025)", True),
        ("0765.73", "Regelverk 0765.73 (2025)", True),
        ("765.74", "Regelverk 0765.73 (2025)", False),
        ("10 may apply", "inntil 10 stillinger", True),
        ("750 000", "kr. 750\n000", True),
    ],
)
def test_number_traced_by_normalised_value(claim: str, evidence: str, traced: bool) -> None:
    keys = evidence_keys([evidence])
    assert all(is_traced(m, keys) for m in parse_numbers(claim)) is traced


# --- sentences and markers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("Ja. Kommuner kan søke.", ["Ja.", "Kommuner kan søke."]),
        ("Maks er kr. 750 000. Det trappes ned.", ["Maks er kr. 750 000.", "Det trappes ned."]),
        ("Se f.eks. RHF/HF. Neste setning.", ["Se f.eks. RHF/HF.", "Neste setning."]),
        ("Se punkt 3. Hvem kan søke [1].", ["Se punkt 3. Hvem kan søke [1]."]),
        ("Hva er dere? Kommune? Ja!", ["Hva er dere?", "Kommune?", "Ja!"]),
        ("Gjelder Tiltak B. Det er alt.", ["Gjelder Tiltak B.", "Det er alt."]),
    ],
)
def test_split_sentences(line: str, sentences: list[str]) -> None:
    assert split_sentences(line) == sentences


@pytest.mark.parametrize(
    ("text", "mapping", "expected"),
    [
        ("A [1]. B [2].", {1: 1, 2: 2}, "A [1]. B [2]."),
        ("A [1]. B [2].", {2: 1}, "A. B [1]."),
        ("A [1, 2].", {2: 1}, "A [1]."),
        ("A [1,2].", {}, "A."),
        ("A [2][2].", {2: 1}, "A [1][1]."),
        ("A [3, 1].", {1: 1, 3: 2}, "A [2, 1]."),
        ("A\u00a0[7].", {}, "A."),
    ],
)
def test_renumber_markers(text: str, mapping: dict[int, int], expected: str) -> None:
    assert renumber_markers(text, mapping) == expected


def test_cited_numbers_in_order_of_appearance() -> None:
    assert cited_numbers("a [2] b [1, 3] c [2]") == [2, 1, 3, 2]


# --- (a) citations -------------------------------------------------------------------------------------------------


def test_valid_answer_passes_unchanged() -> None:
    original = answer(
        "Ja — kommuner kan søke [1]. Maksimalt 750 000 kr i første driftsår [2].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)],
    )
    result = verify(original, CHUNKS)
    assert result == original


def test_citations_are_numbered_in_the_order_the_text_refers_to_them() -> None:
    # A paragraph put before others after they were cited: the reader still sees [1] first.
    original = answer(
        "Maksimalt 750 000 kr i første driftsår [2]. Kommuner kan søke [1].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)],
    )
    result = verify(original, CHUNKS)
    assert result.text == "Maksimalt 750 000 kr i første driftsår [1]. Kommuner kan søke [2]."
    assert [c.quote for c in result.citations] == [Y1, "☒ Kommuner"]


def test_quote_differing_only_in_whitespace_is_verbatim() -> None:
    result = verify(
        answer("Beløpet er 750 000 kr [1].", [cite(1, AMOUNTS, "1. prosjekt-/driftsår:\n  kr.  750 000")]), CHUNKS
    )
    assert len(result.citations) == 1 and result.status == "answered"


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(cite(2, WHO, "Kommuner kan søke om tilskudd"), id="paraphrase"),
        pytest.param(cite(2, WHO, "☒ Fylkeskommuner"), id="flipped-checkbox"),
        pytest.param(cite(2, WHO, "☒ Kommuner", chunk_id="c-fabricated"), id="fabricated-chunk-id"),
        pytest.param(cite(2, WHO, "☒ Kommuner", document_id="ips-jmo-soknad"), id="wrong-document"),
        pytest.param(cite(2, WHO, "☒ Kommuner", section="4. Krav til søknaden"), id="wrong-section"),
        pytest.param(cite(2, WHO, "☒ Kommuner", title="Regelverk 0765.73 (2024)"), id="wrong-title"),
        pytest.param(cite(2, WHO, "☒ Kommuner", page=9), id="page-outside-chunk"),
        pytest.param(cite(2, WHO, "   "), id="empty-quote"),
        pytest.param(cite(2, WHO, Y1), id="quote-from-another-chunk"),
    ],
)
def test_unverifiable_citation_is_dropped_and_rest_renumbered(bad: Citation) -> None:
    original = answer(
        "Kommuner kan søke [1]. Interkommunale selskaper kan også søke [2]. Det kan statlige foretak også [3].",
        [cite(1, WHO, "☒ Kommuner"), bad, cite(3, WHO, "☒ Statlige foretak (f.eks. RHF/HF)")],
    )
    result = verify(original, CHUNKS)
    assert [c.n for c in result.citations] == [1, 2]
    assert [c.quote for c in result.citations] == ["☒ Kommuner", "☒ Statlige foretak (f.eks. RHF/HF)"]
    assert (
        result.text
        == "Kommuner kan søke [1]. Interkommunale selskaper kan også søke. Det kan statlige foretak også [2]."
    )
    assert any("[2]" in w for w in result.warnings)


def test_page_within_multi_page_chunk_is_accepted() -> None:
    result = verify(answer("Beløpet er 450 000 kr [1].", [cite(1, AMOUNTS, Y3, page=4)]), CHUNKS)
    assert result.citations[0].page == 4 and result.status == "answered"


def test_marker_without_citation_is_removed() -> None:
    result = verify(answer("Kommuner kan søke [1][7]. Se også [2, 7].", [cite(1, WHO, "☒ Kommuner")]), CHUNKS)
    assert result.text == "Kommuner kan søke [1]. Se også."


def test_citations_listed_out_of_order_are_numbered_in_list_order() -> None:
    original = answer(
        "Kommuner kan søke [5]. Beløpet er 750 000 kr [9].",
        [cite(5, WHO, "☒ Kommuner"), cite(9, AMOUNTS, Y1)],
    )
    result = verify(original, CHUNKS)
    assert result.text == "Kommuner kan søke [1]. Beløpet er 750 000 kr [2]."
    assert [c.n for c in result.citations] == [1, 2]


# --- (b) numbers ---------------------------------------------------------------------------------------------------


def test_number_in_chunk_but_outside_the_quote_is_removed() -> None:
    # 600 000 is in the chunk, but the citation quotes only the year-1 line.
    original = answer(
        "Kommuner kan søke [1]. Maksimalt 750 000 kr i år 1 [2]. I år 2 er det 600 000 kr [2].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)],
    )
    result = verify(original, CHUNKS)
    assert "600 000" not in result.text
    assert result.text == "Kommuner kan søke [1]. Maksimalt 750 000 kr i år 1 [2]."
    assert result.warnings == ["Fjernet en påstand som ikke kunne verifiseres: I år 2 er det 600 000 kr."]


def test_off_by_a_digit_amount_is_removed() -> None:
    original = answer(
        "Kommuner kan søke [1]. Maksimalt 75 000 kr i år 1 [2].", [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)]
    )
    result = verify(original, CHUNKS)
    assert "75 000" not in result.text
    assert unverified_numbers(original) == ["75 000"]


def test_injected_amount_is_removed_and_reported() -> None:
    original = answer(
        "Yes — municipalities may apply [1]. The grant is 999 999 kr. Year 1 gives at most 750 000 kr [2].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)],
        language="en",
    )
    result = verify(original, CHUNKS)
    assert "999" not in result.text
    assert result.text == "Yes — municipalities may apply [1]. Year 1 gives at most 750 000 kr [2]."
    assert result.warnings == ["Removed a claim that could not be verified: The grant is 999 999 kr."]
    assert result.status == "answered"


def test_number_backed_only_by_a_dropped_citation_is_removed() -> None:
    original = answer(
        "Kommuner kan søke [1]. Beløpet er 900 000 kr [2].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, "kr. 900 000")],
    )
    result = verify(original, CHUNKS)
    assert result.text == "Kommuner kan søke [1]."
    assert len(result.citations) == 1


def test_nbsp_thousands_in_answer_match_plain_space_in_quote() -> None:
    result = verify(answer("Inntil 750\u00a0000\u00a0kr [1].", [cite(1, AMOUNTS, Y1)]), CHUNKS)
    assert result.status == "answered" and "750\u00a0000" in result.text


def test_calculation_trace_vouches_for_computed_numbers() -> None:
    calculation = Calculation(
        scheme="0765-73",
        measure="B",
        amount=225_000,
        lines=[
            CalculationLine(kind="input", text="Stillingsprosent: 50 %"),
            CalculationLine(
                kind="rate",
                text="Sats for 100 % stilling, 3. prosjekt-/driftsår",
                amount=450_000,
                source=Source(document_id=AMOUNTS.document_id, section=AMOUNTS.section, quote=Y3),
            ),
            CalculationLine(kind="total", text="450 000 × 50 %", amount=225_000),
        ],
        assumptions=["Forholdsmessig beregning for 50 % stilling."],
    )
    original = answer(
        "Inntil 225 000 kr. Regelverket gir maksimalt 450 000 kr for en 100 % stilling i 3. driftsår [1]. "
        "450 000 × 50 % = 225 000 kr er en forholdsmessig beregning [1].",
        [cite(1, AMOUNTS, Y3)],
        calculation=calculation,
    )
    result = verify(original, CHUNKS)
    assert result == original
    assert unverified_numbers(original.model_copy(update={"calculation": None})) == ["225 000", "100", "50", "225 000"]


def test_a_date_the_rules_engine_derived_is_trusted_only_when_the_answer_carries_it() -> None:
    text = "For tilskudd for 2026 er rapporteringsfristen 1. april 2027."
    assert unverified_numbers(answer(text)) == ["2026", "1. april 2027"]
    derived = answer(text).with_derived(["2026", "1. april 2027"])
    assert unverified_numbers(derived) == []
    assert verify(derived, CHUNKS).text == text


def test_citation_title_section_and_page_vouch_for_their_numbers() -> None:
    original = answer(
        "Det står i regelverket for kap. 0765 post 73 (2025), punkt 3, s. 2: kommuner kan søke [1].",
        [cite(1, WHO, "☒ Kommuner")],
    )
    assert verify(original, CHUNKS) == original


def test_trusted_texts_vouch_for_numbers() -> None:
    original = answer(
        "Kommuner kan søke [1]. Tiltak B varer i høyst 4 år.", [cite(1, WHO, "☒ Kommuner")], language="nb"
    )
    assert verify(original, CHUNKS).text == "Kommuner kan søke [1]."
    trusted = verify(original, CHUNKS, ["År 5 er utenfor tiltakets varighet på 4 år."])
    assert trusted.text == original.text


def test_dates_compare_by_value_across_formats() -> None:
    ok = answer("The deadline was 1 March 2019 [1].", [cite(1, DEADLINE, "Søknadsfrist: 1. mars 2019")], language="en")
    assert verify(ok, CHUNKS).text == ok.text
    wrong = answer(
        "The deadline was 1 March 2019 [1]. Reports were due 15 February 2020 [1].",
        [cite(1, DEADLINE, "Søknadsfrist: 1. mars 2019. Rapporteringsfristen er 15. februar 2019.")],
        language="en",
    )
    assert verify(wrong, CHUNKS).text == "The deadline was 1 March 2019 [1]."


def test_markers_are_not_numbers() -> None:
    original = answer(
        "Kommuner kan søke [1]. Det kan interkommunale selskaper [2] og statlige foretak [3].",
        [cite(1, WHO, "☒ Kommuner"), cite(2, WHO, "☒ Interkommunale selskaper"), cite(3, WHO, "☒ Statlige foretak")],
    )
    assert unverified_numbers(original) == []
    assert verify(original, CHUNKS) == original


def test_list_items_are_checked_one_by_one_and_markers_kept() -> None:
    original = answer(
        "Maksimalt per 100 % stilling [1]:\n- 1. driftsår: 750 000 kr [1]\n- 2. driftsår: 650 000 kr [1]\n"
        "- 3. driftsår: 450 000 kr [2]",
        [
            cite(1, AMOUNTS, f"for en 100% stilling er:\n− {Y1}\n− 2. prosjekt-/driftsår: kr. 600 000"),
            cite(2, AMOUNTS, Y3),
        ],
    )
    result = verify(original, CHUNKS)
    assert (
        result.text == "Maksimalt per 100 % stilling [1]:\n- 1. driftsår: 750 000 kr [1]\n- 3. driftsår: 450 000 kr [2]"
    )


def test_citation_only_backing_a_removed_claim_goes_too() -> None:
    original = answer(
        "Kommuner kan søke [1]. Beløpet er 123 456 kr [2].", [cite(1, WHO, "☒ Kommuner"), cite(2, AMOUNTS, Y1)]
    )
    result = verify(original, CHUNKS)
    assert [c.quote for c in result.citations] == ["☒ Kommuner"]


# --- downgrades ----------------------------------------------------------------------------------------------------


def test_untraced_lead_downgrades_to_not_found() -> None:
    original = answer(
        "Inntil 999 000 kr. Tilskuddet gjelder lønn til en arbeids- og utdanningsspesialist [1].",
        [cite(1, AMOUNTS, Y1)],
    )
    result = verify(original, CHUNKS, not_found_text="Fant ikke svar.")
    assert result.status == "not_found"
    assert result.text == "Fant ikke svar."
    assert result.calculation is None
    assert len(result.warnings) == 2


def test_neutral_not_found_text_in_the_answer_language() -> None:
    original = answer("The grant is 17 kr.", [cite(1, AMOUNTS, Y1)], language="en")
    result = verify(original, CHUNKS)
    assert (result.status, result.text) == ("not_found", not_found_text("en"))
    assert [c.n for c in result.citations] == [1]  # the verified source is kept as the closest source


def test_answer_whose_citations_all_fail_is_downgraded() -> None:
    original = answer("Fylkeskommuner kan søke [1].", [cite(1, WHO, "☒ Fylkeskommuner")])
    result = verify(original, CHUNKS)
    assert result.status == "not_found" and result.citations == []


def test_clarifying_question_without_numbers_is_kept() -> None:
    original = answer(
        "Det kommer an på hva slags virksomhet dere er [1]. Hva slags virksomhet søker dere som?",
        [cite(1, WHO, "☒ Kommuner")],
        status="clarify",
    )
    assert verify(original, CHUNKS) == original


def test_not_found_answer_keeps_unreferenced_closest_sources() -> None:
    original = answer(not_found_text("nb"), [cite(1, WHO, "☒ Kommuner"), cite(2, WHO, "Tiltak C")], status="not_found")
    result = verify(original, CHUNKS)
    assert result.status == "not_found" and [c.quote for c in result.citations] == ["☒ Kommuner"]


def test_passages_and_language_survive() -> None:
    original = answer("Kommuner kan søke [1].", [cite(1, WHO, "☒ Kommuner")], language="en")
    result = verify(original, CHUNKS)
    assert result.language == "en" and result.passages == original.passages


def test_removal_cascades_when_a_dropped_citation_was_the_only_trace() -> None:
    # Sentence 2 has a number only the first citation's quote contains; sentence 1 (the citation's only user)
    # goes for its untraced 999 999, so its citation goes, and then sentence 2 can no longer stand.
    text = (
        "Ja. Kommuner kan søke [2].\n\n- Maksimalt 999 999 kr etter 600 000 kr [1].\n\n- Tiltak 600 000 gjelder også."
    )
    result = verify(
        answer(
            text,
            [cite(1, AMOUNTS, "2. prosjekt-/driftsår: kr. 600 000"), cite(2, WHO, "☒ Kommuner")],
        ),
        CHUNKS,
    )
    assert "999 999" not in result.text
    assert "Tiltak 600 000" not in result.text
    assert unverified_numbers(result) == []
    assert [c.quote for c in result.citations] == ["☒ Kommuner"]
