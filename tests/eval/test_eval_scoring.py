"""Scoring functions on hand-built answers: number parsing, verdicts, facts, citations, retrieval, aggregation."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.types import Answer, Chunk, Citation, Passage
from eval.schema import ExpectedSource, GoldCase, split_for
from eval.scoring import (
    amounts_in,
    citation_scores,
    detect_verdict,
    first_amount,
    forbidden_hits,
    lead_sentences,
    missing_facts,
    normalise,
    percentile,
    retrieval_scores,
    score_case,
    summarise,
)

DOC = "regelverk-0765-73-2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inntil 225 000 kr. Regelverket gir 450 000 kr", [225000, 450000]),
        ("kr. 750 000", [750000]),
        ("Maksimalt kr 750.000,- i år 1", [750000]),
        ("kr 330.000,- for 100% stilling", [330000]),
        ("maksimalt 3 mill. kroner per team", [3000000]),
        ("Ca. 185 millioner kroner i 2019", [185000000]),
        ("Beløp27,6 mill. kroner", [27600000]),
        ("1,5 mill. kr", [1500000]),
        ("1.5 million NOK", [1500000]),
        ("NOK 1,500,000 in year 1", [1500000]),
        ("Bevilgning kr. 230.000.000", [230000000]),
        ("**750 000 kr**", [750000]),
        ("år 3 [1] gir 450 000 [2]", [450000]),
        ("750\u00a0000 kr", [750000]),
        ("28 000 kr per deltaker", [28000]),
        ("inntil 10 100 % stillinger, maks 3 000 000", [3000000]),
        ("Rapporteringsfrist 01.04 og 01.03.2023, år 2019", []),
        ("en 50 % stilling i år 3", []),
        # A count of people is no sum of money.
        ("I DPS-regioner med under om lag 15 000 innbyggere", []),
        ("fewer than about 15 000 inhabitants", []),
        ("", []),
    ],
)
def test_amounts_in(text: str, expected: list[int]) -> None:
    assert amounts_in(text) == expected


def test_first_amount_is_the_lead() -> None:
    assert first_amount("Inntil 225 000 kr. 450 000 × 50 %") == 225000
    assert first_amount("Ingen beløp her.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nei — fylkeskommuner kan ikke søke [1].", "no"),
        ("**Nei.** Fylkeskommuner kan ikke søke.", "no"),
        ("No. County municipalities may not apply.", "no"),
        ("Ja — kommuner kan søke [1].", "yes"),
        ("Yes — municipalities may apply.", "yes"),
        ("Ja, hvis de har avtale med kommunen.", "conditional"),
        ("Ja, dersom dere har avtale.", "conditional"),
        ("Yes, provided they have an agreement.", "conditional"),
        ("Yes, on conditions. Foundations may apply.", "conditional"),
        ("It depends on what kind of organisation you are.", "conditional"),
        ("Det avhenger av hva slags virksomhet dere er.", "conditional"),
        ("Det kommer an på hvem dere er.", "conditional"),
        ("Only if you have an agreement with a municipality.", "conditional"),
        ("Norway has many grants.", None),
        ("Nok penger finnes ikke.", None),
        ("Inntil 225 000 kr.", None),
        ("Dette sier kildene: Nei", None),
        ("", None),
    ],
)
def test_detect_verdict(text: str, expected: str | None) -> None:
    assert detect_verdict(text) == expected


def test_normalise_folds_markup_markers_and_number_groups() -> None:
    assert normalise("Maks **750 000** kr [1], 10 100 %  og\n01.04 – 1,5 mill") == (
        "maks 750000 kr , 10100 % og 01.04 - 1,5 mill"
    )


def test_missing_facts_accepts_any_alternative_and_number_formats() -> None:
    text = "Maksimalt kr 750.000 i første driftsår; søknad for hvert år."
    assert missing_facts(text, [["750 000"], ["each year", "hvert år"]]) == []
    assert missing_facts(text, [["fire år", "four years"], ["750000"]]) == ["fire år"]


def test_forbidden_hits_does_not_confuse_can_and_cannot() -> None:
    assert forbidden_hits("County municipalities cannot apply.", ["county municipalities can apply"]) == []
    assert forbidden_hits("Fylkeskommuner kan ikke søke.", ["fylkeskommuner kan søke"]) == []
    assert forbidden_hits("Ja, fylkeskommuner  kan søke.", ["fylkeskommuner kan søke"]) == ["fylkeskommuner kan søke"]
    assert forbidden_hits("Det er 2.000.000 kr", ["2 000 000"]) == ["2 000 000"]


def _citation(quote: str, section: str = "", document_id: str = DOC, n: int = 1) -> Citation:
    return Citation(
        n=n, document_id=document_id, title="Regelverk 0765.73 (2025)", section=section, quote=quote, chunk_id=f"c{n}"
    )


SOURCE = ExpectedSource(document=DOC, section="Hvem kan søke", quote="☐ Fylkeskommuner")


def test_citation_supports_by_quote_or_section_in_the_right_document() -> None:
    by_quote = _citation("☒ Kommuner ☐ Fylkeskommuner ☒ Interkommunale selskaper")
    by_section = _citation("Tillegg, vilkår og presiseringer:", section="3. Hvem kan søke")
    wrong_doc = _citation("☐ Fylkeskommuner", document_id="ips-jmo-soknad")
    assert citation_scores([by_quote], [SOURCE]) == (1.0, 1.0)
    assert citation_scores([by_section], [SOURCE]) == (1.0, 1.0)
    assert citation_scores([wrong_doc], [SOURCE]) == (0.0, 0.0)


def test_citation_precision_counts_relevant_and_irrelevant_citations() -> None:
    good = _citation("☐ Fylkeskommuner", n=1)
    relevant = _citation("Søknaden undertegnes av kommunedirektør (gjelder kommuner og fylkeskommuner).", n=2)
    noise = _citation("Rapporteringsfrist er 01.04 året etter.", n=3)
    precision, recall = citation_scores([good, relevant, noise], [SOURCE], [["fylkeskommune"]])
    assert precision == pytest.approx(2 / 3)
    assert recall == 1.0


def test_citation_scores_undefined_without_sources_or_citations() -> None:
    assert citation_scores([_citation("x")], []) == (None, None)
    assert citation_scores([], [SOURCE]) == (None, 0.0)


def test_short_partial_quote_of_a_long_snippet_still_supports() -> None:
    source = ExpectedSource(document=DOC, quote="Det må sendes inn søknad for hvert år.")
    assert citation_scores([_citation("Det må sendes inn søknad for hvert år")], [source])[1] == 1.0
    assert citation_scores([_citation("hvert år")], [source])[1] == 0.0


def _passage(text: str, rank: int, document_id: str = DOC, section: str = "") -> Passage:
    chunk = Chunk(
        id=f"p{rank}",
        document_id=document_id,
        title="t",
        section=section,
        start=0,
        end=len(text),
        text=text,
        search_text=text,
    )
    return Passage(chunk=chunk, score=1.0 / rank, rank=rank)


def test_retrieval_recall_and_reciprocal_rank() -> None:
    passages = [_passage("Rapporteringsfrist", 1), _passage("☒ Kommuner ☐ Fylkeskommuner", 2)]
    assert retrieval_scores(passages, [SOURCE]) == (1.0, 0.5)
    other = ExpectedSource(document="ips-jmo-soknad", quote="Stiftelser")
    assert retrieval_scores(passages, [SOURCE, other]) == (0.5, 0.5)
    assert retrieval_scores([_passage("nothing", 1)], [SOURCE]) == (0.0, 0.0)
    assert retrieval_scores([], [SOURCE]) is None


def _case(**expect: Any) -> GoldCase:
    case_id = expect.pop("id", "t-case")
    return GoldCase.model_validate(
        {
            "id": case_id,
            "split": split_for(case_id),
            "category": expect.pop("category", "eligibility"),
            "language": expect.pop("language", "nb"),
            "turns": ["Kan fylkeskommuner søke om Tiltak B?"],
            "expect": expect,
        }
    )


def _answer(text: str, status: str = "answered", language: str = "nb", **kw: Any) -> Answer:
    return Answer.model_validate({"status": status, "language": language, "text": text, **kw})


SOURCES = [{"document": DOC, "section": "Hvem kan søke", "quote": "☐ Fylkeskommuner"}]


def test_score_case_all_checks_pass() -> None:
    case = _case(
        status="answered",
        verdict="no",
        facts=[["fylkeskommune"]],
        forbidden=["fylkeskommuner kan søke"],
        sources=SOURCES,
    )
    answer = _answer("Nei — fylkeskommuner kan ikke søke [1].", citations=[_citation("☐ Fylkeskommuner")])
    result = score_case(case, answer, latency_ms=12.0)
    assert result.passed and result.score == 1.0
    assert set(result.checks) == {"status", "language", "verdict", "facts", "forbidden", "citations"}
    assert result.failures == []


def test_score_case_wrong_verdict_and_forbidden_content_explain_themselves() -> None:
    case = _case(status="answered", verdict="no", forbidden=["fylkeskommuner kan søke"], sources=SOURCES)
    answer = _answer("Ja, fylkeskommuner kan søke [1].", citations=[_citation("☒ Kommuner")])
    result = score_case(case, answer)
    assert not result.passed
    assert result.checks["verdict"] == 0.0 and result.checks["forbidden"] == 0.0 and result.checks["citations"] == 0.0
    assert result.score == pytest.approx(2 / 5)
    assert any("verdict yes" in f for f in result.failures)
    assert any("forbidden content" in f for f in result.failures)


def test_score_case_amount_and_partial_facts() -> None:
    case = _case(category="amount", status="answered", amount=225000, facts=[["450 000"], ["antakelse"]])
    right = score_case(case, _answer("Inntil 225 000 kr. 450 000 kr × 50 % er en antakelse."))
    wrong = score_case(case, _answer("Regelverket gir 450 000 kr for 100 %; 225 000 kr for 50 %."))
    assert right.passed
    assert wrong.amount == 450000 and wrong.checks["amount"] == 0.0 and wrong.checks["facts"] == 0.5


def test_amount_must_lead_within_two_sentences() -> None:
    case = _case(category="amount", status="answered", amount=450000)
    late = score_case(case, _answer("Tiltak B gjelder ACT-team. Det er flere år. Inntil 450 000 kr i år 3."))
    assert late.checks["amount"] == 0.0 and not late.wrong_amount
    assert any("not in the first two sentences" in f for f in late.failures)
    early = score_case(case, _answer("Tiltak B gjelder ACT-team. Inntil kr. 450 000 i år 3. Mer tekst."))
    assert early.checks["amount"] == 1.0
    wrong = score_case(case, _answer("Inntil 600 000 kr."))
    assert wrong.wrong_amount and summarise([wrong, early]).metrics["wrong_amounts"] == 1.0


def test_lead_sentences_do_not_end_at_abbreviations_or_decimals() -> None:
    text = "Inntil kr. 750 000 for 1,5 stillinger. Jf. punkt 7 gjelder. Tredje setning."
    assert lead_sentences(text, 1) == "Inntil kr. 750 000 for 1,5 stillinger"
    assert lead_sentences(text, 2) == "Inntil kr. 750 000 for 1,5 stillinger. Jf. punkt 7 gjelder"
    assert lead_sentences("Ingen punktum her", 2) == "Ingen punktum her"


def test_a_paragraph_break_after_a_full_stop_ends_one_sentence_not_two() -> None:
    text = "Ja: kommuner kan søke [1].\n\nInntil 450 000 kr i 3. år.\n\nBeregnet for: én stilling."
    assert lead_sentences(text, 2).endswith("Inntil 450 000 kr i 3. år")


def test_no_amount_flags_any_amount_in_the_answer() -> None:
    case = _case(category="deadline", status="answered", no_amount=True)
    assert score_case(case, _answer("Fristen er 1. mars.")).checks["no_amount"] == 1.0
    flagged = score_case(case, _answer("Fristen er 1. mars. Inntil 750 000 kr."))
    assert flagged.checks["no_amount"] == 0.0 and not flagged.passed
    assert summarise([flagged]).metrics["unasked_amount_rate"] == 1.0


def test_facts_may_come_from_warnings_but_forbidden_only_from_text() -> None:
    case = _case(status="answered", facts=[["utløpt"]], forbidden=["gyldig"])
    answer = _answer("Fristen var 1. mars 2019.", warnings=["Fristen er utløpt.", "gyldig versjon"])
    result = score_case(case, answer)
    assert result.checks["facts"] == 1.0 and result.checks["forbidden"] == 1.0


def test_status_list_and_language_mismatch() -> None:
    case = _case(status=["answered", "clarify"], language="en")
    result = score_case(case, _answer("Hvilken organisasjon er dere?", status="clarify", language="nb"))
    assert result.checks == {"status": 1.0, "language": 0.0}
    assert "language nb, expected en" in result.failures


def test_refusal_case_ignores_citations_and_counts_refusal() -> None:
    case = _case(category="out_of_scope", status="not_found")
    result = score_case(case, _answer("Jeg fant ikke svar.", status="not_found", citations=[_citation("x")]))
    assert result.passed and result.refused and result.expected_refusal
    assert "citations" not in result.checks


def test_unverified_numbers_fail_the_case_without_changing_the_score() -> None:
    case = _case(status="answered")
    result = score_case(case, _answer("Svar med 999 kr."), unverified=["999"])
    assert result.score == 1.0 and not result.passed
    assert result.failures == ["unverified numbers: 999"]


def test_error_scores_zero() -> None:
    result = score_case(_case(status="answered"), None, error="InvalidInput: boom")
    assert result.score == 0.0 and not result.passed and result.error == "InvalidInput: boom"


def test_percentile_nearest_rank() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 95) == 5.0
    assert percentile([float(v) for v in range(1, 101)], 50) == 50.0
    assert percentile([float(v) for v in range(1, 101)], 95) == 95.0


def test_summarise_groups_refusals_and_latency() -> None:
    refuse = _case(id="oos-a", category="out_of_scope", status="not_found")
    answer_case = _case(id="elig-a", status="answered", verdict="no", language="en")
    results = [
        score_case(refuse, _answer("Fant ikke.", status="not_found"), latency_ms=10.0),
        score_case(answer_case, _answer("Not found.", status="not_found", language="en"), latency_ms=30.0),
        score_case(refuse, _answer("Ja.", status="answered"), latency_ms=20.0),
    ]
    summary = summarise(results)
    assert summary.n == 3
    assert summary.metrics["refusal_precision"] == 0.5
    assert summary.metrics["refusal_recall"] == 0.5
    assert summary.metrics["latency_p50_ms"] == 20.0
    assert summary.by_category["out_of_scope"].n == 2
    assert summary.by_language["en"].score == pytest.approx(summary.by_category["eligibility"].score)
    assert set(summary.by_split) <= {"dev", "heldout"}
    assert summary.score == pytest.approx(sum(r.score for r in results) / 3)
