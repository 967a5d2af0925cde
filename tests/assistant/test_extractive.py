"""Extractive selection: the sentences and list items that answer, quoted exactly from the chunk."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer, sentences_of, split_units
from assistant.types import Chunk, Passage


def _chunk(chunk_id: str, text: str, section: str = "") -> Chunk:
    return Chunk(
        id=chunk_id,
        document_id="doc",
        title="Doc",
        section=section,
        start=0,
        end=len(text),
        text=text,
        search_text=text,
    )


REPORTING = _chunk(
    "r",
    "Rapporteringsfrist er 01.04 året etter tilskuddsmidlene ble tildelt. Det skal rapporteres for kalenderåret.\n"
    "Rapporteringen skal spesifikt belyse:\n"
    "• Antall pasienter totalt pr. år\n"
    "• Har teamet samarbeidsavtale med NAV?\n"
    "Helsedirektoratet kan føre kontroll med bruken av midlene.",
    section="7. Krav til rapporteringen",
)
TARGET = _chunk(
    "t",
    "Målgruppen er pasienter som er i behandling i den kommunale helse- og omsorgstjenesten.",
    section="1. Mål og målgruppe",
)
OTHER = _chunk("o", "Søknaden skal sendes Helsedirektoratet på fastsatt skjema.", section="4. Krav til søknaden")


def _passages(*chunks: Chunk) -> list[Passage]:
    return [Passage(chunk=c, score=1.0 / i, rank=i) for i, c in enumerate(chunks, start=1)]


def test_units_are_exact_substrings_of_the_chunk() -> None:
    for unit in split_units(REPORTING, rank=1):
        assert REPORTING.text[unit.start : unit.end] == unit.text
        assert unit.text == unit.text.strip()


def test_list_items_are_marked() -> None:
    units = split_units(REPORTING, rank=1)
    assert [u.is_item for u in units] == [False, False, True, True, False]
    assert units[1].intro


def test_long_lines_split_into_sentences_but_not_at_abbreviations() -> None:
    text = ("Dette er en lang setning om tilskudd, f.eks. til kommuner og andre søkere i hele landet. " * 4).strip()
    units = split_units(_chunk("l", text), rank=1)
    assert len(units) == 4
    assert all(u.text.startswith("Dette er") for u in units)


def test_selects_the_sentence_that_answers() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    selection = answerer.select("Når er rapporteringsfristen?", _passages(REPORTING, OTHER))
    assert selection.units
    assert selection.units[0].text.startswith("Rapporteringsfrist er 01.04")
    assert selection.coverage > 0.3


def test_a_sentence_two_overlapping_chunks_share_is_quoted_once() -> None:
    overlap = _chunk("r2", REPORTING.text.split("\n")[0], section="7. Krav til rapporteringen")
    answerer = ExtractiveAnswerer([REPORTING, overlap, OTHER])
    selection = answerer.select("Når er rapporteringsfristen?", _passages(REPORTING, overlap))
    texts = [unit.text for unit in selection.units]
    assert sum(text.startswith("Rapporteringsfrist er 01.04") for text in texts) == 1, texts


def test_compounds_of_corpus_words_are_known_and_others_are_not() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    assert answerer.known_compound("rapporteringskontroll")  # rapportering + s + kontroll
    assert answerer.known_compound("pasientgruppen")  # the end of "målgruppen" will do
    assert not answerer.known_compound("koronatilskudd")


def test_an_intro_line_brings_its_list() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    selection = answerer.select("Hva skal rapporteringen spesifikt belyse?", _passages(REPORTING))
    texts = [u.text for u in selection.units]
    assert "Rapporteringen skal spesifikt belyse:" in texts
    assert "• Antall pasienter totalt pr. år" in texts


def test_target_group_question_prefers_target_group_sentence() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    selection = answerer.select("Hvem er målgruppen?", _passages(OTHER, TARGET, REPORTING))
    assert selection.units[0].chunk.id == "t"


def test_unrelated_question_has_no_coverage() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    selection = answerer.select("fotball idrettsanlegg", _passages(REPORTING, TARGET))
    assert selection.units == []
    assert selection.coverage == 0.0


def test_no_passages_no_units() -> None:
    answerer = ExtractiveAnswerer([REPORTING])
    assert answerer.select("rapporteringsfrist", []).units == []


def test_words_the_corpus_never_mentions_are_uncovered() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    uncovered, content = answerer.uncovered_words("rapporteringsfristen for fotballstadion")
    assert uncovered == ["fotballstadion"]
    assert content >= 2


def test_typos_in_long_corpus_words_are_still_covered() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    assert answerer.uncovered_words("rapporteringsfirst")[0] == []


def test_glossary_phrases_cover_english_domain_words() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    uncovered, _ = answerer.uncovered_words("What is the reporting deadline?")
    assert uncovered == []


POSITIONS = _chunk(
    "p",
    "Det kan søkes om midler til:\n"
    "• Jobbspesialister i IPS-prosjekter\n"
    "• Veileder/teamleder som skal koordinere driften av JMO/IPS\n"
    "Søknaden sendes Helsedirektoratet.",
)


def test_a_which_question_gets_the_whole_list_of_a_chosen_item() -> None:
    answerer = ExtractiveAnswerer([POSITIONS])
    question = "Hvilke stillinger kan en teamleder koordinere i IPS?"
    alone = [u.text for u in answerer.select(question, _passages(POSITIONS), max_units=1).units]
    listed = [u.text for u in answerer.select(question, _passages(POSITIONS), max_units=1, whole_lists=True).units]
    assert not any("Jobbspesialister" in text for text in alone)
    assert any("Jobbspesialister" in text for text in listed)
    assert not any("sendes" in text for text in listed)


SIGNING = _chunk(
    "s",
    "Hvem kan søke\nKommuner og helseforetak kan søke.\n"
    "For kommuner skal søknaden undertegnes av rådmannen eller den vedkommende har delegert myndigheten til.",
)


def test_question_words_do_not_pick_the_sentence() -> None:
    answerer = ExtractiveAnswerer([SIGNING, OTHER])
    selection = answerer.select("Hvem skal undertegne søknaden når kommunen søker?", _passages(SIGNING), max_units=1)
    assert selection.units[0].text.startswith("For kommuner skal søknaden undertegnes av rådmannen")


def test_a_line_ending_in_a_colon_and_a_remark_introduces_its_list() -> None:
    chunk = _chunk(
        "q", "• Prioritet: (kan endres)\n- Boligtjenester og oppfølging i bolig\n- Lavterskel helsetjenester"
    )
    units = split_units(chunk, 1)
    assert units[0].intro


def test_a_line_that_introduces_a_line_that_introduces_a_list_brings_both() -> None:
    chunk = _chunk(
        "d",
        "Definisjon av «minimumsoversikt»;\nTilskuddsordninger som bidrar direkte;\na) målgruppen, barn og unge\n"
        "b) tjenestene som bidrar\nOversikt 2",
    )
    answerer = ExtractiveAnswerer([chunk, OTHER])
    selection = answerer.select("Hva er definisjonen av minimumsoversikt?", _passages(chunk), max_units=1)
    assert [unit.text for unit in selection.units] == [
        "Definisjon av «minimumsoversikt»;",
        "Tilskuddsordninger som bidrar direkte;",
        "a) målgruppen, barn og unge",
        "b) tjenestene som bidrar",
    ]


def test_an_intro_line_brings_items_written_without_a_list_mark() -> None:
    chunk = _chunk(
        "p",
        "Ved tildeling av tilskudd vil følgende bli prioritert:\nSmå kommuner og kommuner med særlig behov.\n"
        "Tilbud som dokumenterer oppsøkende arbeid\nSøknadsfrist:\n1. mars",
    )
    answerer = ExtractiveAnswerer([chunk, OTHER])
    selection = answerer.select("Hva vil bli prioritert ved tildeling?", _passages(chunk), max_units=1)
    # Up to the next line that introduces something.
    assert [unit.text for unit in selection.units] == [
        "Ved tildeling av tilskudd vil følgende bli prioritert:",
        "Små kommuner og kommuner med særlig behov.",
        "Tilbud som dokumenterer oppsøkende arbeid",
    ]


COUNTS = ExtractiveAnswerer(
    [
        _chunk("k1", "Vi har nå 9 FACT voksen team i Innlandet. Mange deltagere på kurs i forhold til FACT Ung."),
        _chunk("k2", "Det gis inntil 300 000 per 100 % stilling i behandlingsteamet."),
        _chunk("k3", "Ordningen ble opprettet ved at fem ulike tilskuddsordninger ble samlet i 2015."),
        _chunk("k4", "Det ytes tilskudd til 1,5 familiekoordinatorstillinger per NAV-kontor."),
    ]
)


def test_a_count_names_what_it_counts() -> None:
    assert COUNTS.counts("Vi har nå 9 FACT voksen team i Innlandet.", ["FACT", "voksen", "team"])
    # Another kind of team is not counted by it; a sum or a percentage before a compound is no count of teams.
    assert not COUNTS.counts("Vi har nå 9 FACT voksen team i Innlandet.", ["FACT", "ung", "team"])
    assert not COUNTS.counts("Det gis inntil 300 000 per 100 % stilling i behandlingsteamet.", ["team"])


def test_counts_in_words_and_compounds_are_counts() -> None:
    text = "Ordningen ble opprettet ved at fem ulike tilskuddsordninger ble samlet i 2015."
    assert COUNTS.counts(text, ["tilskuddsordninger"])
    assert COUNTS.counts("Minst to års arbeidserfaring fra IPS.", ["years"], modifiers=False)  # the genitive
    assert COUNTS.counts("Det ytes tilskudd til 1,5 familiekoordinatorstillinger per NAV-kontor.", ["stillinger"])


def test_english_describing_words_are_tested_only_on_request() -> None:
    text = "Det ytes tilskudd til 1,5 familiekoordinatorstillinger per NAV-kontor."
    # "family coordinator positions": the documents write one compound, the glossary translates word by word.
    assert COUNTS.counts(text, ["family", "coordinator", "positions"], modifiers=False)
    # A word nobody knows ("credits") tests nothing: any count in the sentence will do.
    assert COUNTS.counts(text, ["credits"], modifiers=False)


def test_focus_terms_leave_out_the_topic_and_what_every_question_says() -> None:
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    focus = answerer.focus_terms(
        "Når er rapporteringsfristen for tilskuddet til pasienter?", "rapporteringsfrist", False
    )
    assert focus == ["pasient"]
    assert answerer.coverage(focus, "Antall pasienter totalt pr. år") == 1.0
    assert answerer.coverage(focus, "Søknaden skal sendes Helsedirektoratet.") == 0.0


def test_distinctive_terms_are_the_rare_long_words_of_the_corpus() -> None:
    answerer = ExtractiveAnswerer(
        [REPORTING, TARGET, OTHER, *[_chunk(f"f{i}", "Søknaden skal sendes.") for i in range(9)]]
    )
    assert answerer.distinctive_terms("Hva er rapporteringsfristen?") == ["rapporteringsfrist"]
    # A word many passages use, a short word, and a word no passage uses are not distinctive.
    assert answerer.distinctive_terms("Hvor sendes søknaden om tilskudd til fotball?") == []


def test_a_share_is_a_percentage_of_what_is_counted() -> None:
    answerer = ExtractiveAnswerer(
        [REPORTING, TARGET, OTHER, _chunk("s", "Opp mot 60 prosent av deltakerne kommer i arbeid.")]
    )
    assert answerer.gives_share("Opp mot 60 prosent av deltakerne kommer i arbeid.", ["deltakerne"])
    # The word asked in another inflection than the document's ("participants" → deltaker, "deltakerne").
    assert answerer.gives_share("Opp mot 60 prosent av deltakerne kommer i arbeid.", ["participants"])
    # A percentage of something else ("100 %-stilling") is no share of participants.
    assert not answerer.gives_share("Det er mulig å søke om midler til en 100 %-stilling.", ["deltakerne"])


def test_the_schemes_own_names_count_little_when_choosing_the_sentence() -> None:
    links = _chunk("l", "Les mer om IPS og JMO hos napha.no.", section="IPS og JMO")
    signing = _chunk("s", "Søknaden skal undertegnes av rådmannen.", section="Søknadens form")
    answerer = ExtractiveAnswerer([links, signing, OTHER])
    question = "Hvem undertegner søknaden om IPS og JMO?"
    plain = answerer.select(question, _passages(links, signing), max_units=1)
    named = answerer.select(question, _passages(links, signing), max_units=1, topic="IPS JMO")
    assert plain.units[0].text.startswith("Les mer om IPS")  # the names alone outweighed what is asked
    assert named.units[0].text == "Søknaden skal undertegnes av rådmannen."


def test_a_sentence_from_the_schemes_own_documents_wins_a_tie() -> None:
    other = Chunk(**{**OTHER.model_dump(), "id": "x", "document_id": "elsewhere"})
    home = Chunk(**{**OTHER.model_dump(), "id": "h", "document_id": "doc", "text": "Søknaden skal sendes fylket."})
    answerer = ExtractiveAnswerer([other, home])
    first = answerer.select("Hvor skal søknaden sendes?", _passages(other, home), max_units=1)
    assert first.units[0].chunk.document_id == "elsewhere"  # by rank alone
    selection = answerer.select(
        "Hvor skal søknaden sendes?", _passages(other, home), max_units=1, home=frozenset({"doc"})
    )
    assert selection.units[0].chunk.document_id == "doc"


def test_a_word_that_starts_a_corpus_compound_stands_for_it() -> None:
    """'bankkonto' is known through 'bankkontonummer', and a sentence with 'tilbakebetalt' covers 'tilbake'; a long
    word no compound starts stays unknown."""
    account = _chunk(
        "a",
        "Tilskuddsmottaker må varsle Helsedirektoratet dersom bankkontonummer er endret. "
        "Helsedirektoratet kan kreve tilskuddet tilbakebetalt. Ubrukte midler betales tilbake.",
    )
    answerer = ExtractiveAnswerer([account, REPORTING, TARGET, OTHER])
    assert answerer.uncovered_words("bankkonto")[0] == []
    assert answerer.uncovered_words("bankfilial")[0] == ["bankfilial"]
    focus = answerer.focus_terms("Kan de kreve pengene tilbake?", "", False)
    assert answerer.coverage(focus, "Helsedirektoratet kan kreve tilskuddet tilbakebetalt.") == 1.0
    assert answerer.coverage(focus, "Helsedirektoratet kan kreve rapport.") < 1.0


def test_an_english_word_with_several_translations_is_one_word_asked() -> None:
    account = _chunk("k", "Mottakeren må varsle dersom bankkontonummeret er endret, og nye vedtak gjelder fra da.")
    answerer = ExtractiveAnswerer([account, REPORTING, TARGET, OTHER])
    focus = answerer.focus("Is a new account number reported?", "", translate=True)
    # One group per word asked ("new", "account number", "reported"), however many translations the glossary
    # gives each ("reported": rapportering, rapporter, rapporteringsfrist …).
    assert len(focus.groups) == 3
    assert len(focus.terms) > 3
    # One form of each word is enough: «nye bankkontonummer» is two of the three words asked, not two of the six
    # translations.
    assert answerer.coverage(focus, "nye bankkontonummer") == pytest.approx(2 / 3, abs=0.1)
    assert answerer.coverage(focus.terms, "nye bankkontonummer") < 0.5


def test_an_english_word_is_no_typo_of_a_norwegian_one() -> None:
    place = _chunk("g", "Gran kommune fikk tilskudd til pasienter.")
    answerer = ExtractiveAnswerer([place, REPORTING, TARGET, OTHER])
    # "grant" translates to the generic «tilskudd»: nothing of it is asked, and it is not «Gran» misspelt.
    assert answerer.focus_terms("Which grant covers patients?", "", translate=True) == ["pasient"]
    # A letter on its own ("what's") is no word.
    assert "s" not in answerer.focus_terms("What's the rule for patients?", "", translate=True)


def test_a_compound_no_document_uses_is_read_as_the_corpus_words_it_joins() -> None:
    # "pasientkontroll" is in no chunk; "pasient" and "kontroll" are ("rapporteringskontroll" is not even needed).
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER])
    terms = answerer.query_terms("Hvordan foregår pasientkontrollen?")
    assert {"pasient", "kontroll"} <= set(terms), terms
    selection = answerer.select("Hvordan foregår pasientkontrollen?", _passages(OTHER, TARGET, REPORTING))
    assert selection.units and selection.units[0].chunk.id in {"t", "r"}


def test_a_need_asked_is_a_question_word_not_what_is_asked() -> None:
    # "trenger" is a corpus word here, as in the real documents; asking "Trenger vi …?" does not make it a focus.
    needs = _chunk("n", "Tjenesten trenger kontroll av pasienter.", section="Behov")
    answerer = ExtractiveAnswerer([REPORTING, TARGET, OTHER, needs])
    assert answerer.focus_terms("Trenger vi kontroll?", "", translate=False) == ["kontroll"]
    assert answerer.focus_terms("Do we need controls?", "", translate=True) == answerer.focus_terms(
        "Do we have controls?", "", translate=True
    )


def test_a_short_line_is_cut_into_its_sentences_on_request() -> None:
    line = _chunk("p", "Dette er en permanent ordning. Det er satt av 87 millioner i 2015.")
    (unit,) = split_units(line, 1)
    assert [s.text for s in sentences_of(unit)] == [
        "Dette er en permanent ordning.",
        "Det er satt av 87 millioner i 2015.",
    ]
