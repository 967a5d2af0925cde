"""A table answer gives way to the quoted sentence when the sentence covers what is asked and the table does not."""

from __future__ import annotations

import pytest

from assistant.services import Services


def ask(services: Services, question: str) -> str:
    _, answer = services.pipeline.answer(question, None)
    assert answer.status == "answered", answer.text
    return answer.text


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # Read as a question about what an application must contain; it asks where the call is published.
        ("Where is the call for applications for the 0765.73 grant published?", "helsedirektoratet.no/tilskudd"),
        # "emphasise" is what "legges det vekt på" says: the list of what the assessment weighs.
        ("What does Helsedirektoratet emphasise when assessing IPS/JMO applications?", "under 35 år"),
        # "ikke oppnår det vi skrev i søknaden" is what the documents call a deviation (avvik).
        ("Hva om vi ikke oppnår det vi skrev i søknaden – må det stå i rapporten?", "Er det avvik mellom forventet"),
        ("Vi nådde ikke målene vi skrev i søknaden. Hva sier regelverket om det i rapporten?", "Er det avvik"),
        # A changed bank account is what the regulation asks the recipient to report (varsle).
        ("Vi har byttet bankkonto etter at vi fikk tilskuddet. Må vi si fra?", "må varsle Helsedirektoratet"),
        # An organisation number is no applicant; telling of a change is the recipient's duty.
        (
            "Our organisation number changed after we got the 0765.73 grant decision. Do we have to tell anyone?",
            "må varsle Helsedirektoratet",
        ),
        # A reason is asked: the sentence that gives it, not the duration table.
        ("Why does the Tiltak B grant go down every year?", "økt egenfinansiering"),
    ],
)
def test_the_sentence_that_covers_the_question_wins_over_the_table(
    corpus_services: Services, question: str, sentence: str
) -> None:
    assert sentence in ask(corpus_services, question)


def test_a_sum_overpaid_asks_what_follows_not_the_rates(corpus_services: Services) -> None:
    text = ask(
        corpus_services, "We think we were overpaid by about 50,000 kroner on our 0765.73 grant. What happens now?"
    )
    assert "paid out in excess must be returned" in text, text
    assert "800 000" not in text, text


def test_the_year_a_deadline_is_asked_for_is_no_word_of_what_is_asked(corpus_services: Services) -> None:
    # "this year" is "år" to the glossary, which every rate line has: no reason to quote a rate for a deadline.
    text = ask(corpus_services, "When is the application deadline for Tiltak A this year?")
    assert text.startswith("Deadlines under"), text
    assert "750 000" not in text, text


def test_a_table_answer_with_a_verdict_stands(corpus_services: Services) -> None:
    text = ask(
        corpus_services,
        "If we're granted Tiltak B this year, is the grant renewed automatically for the following years?",
    )
    assert text.startswith("No"), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Several years at a time, or the whole period at once: no, one year at a time.
        ("Tiltak B gis vel for fire år om gangen?", "Nei"),
        ("Is Tiltak A granted once for the whole six-year period?", "No"),
        ("Do we get all four years up front for Tiltak B?", "No"),
        ("Får vi tilsagn for alle fire årene i Tiltak B på én gang?", "Nei"),
        # A grant of several years, asked as one.
        ("Is Tiltak B awarded once as a four-year grant?", "No"),
        ("Får vi et fireårig tilskudd for tiltak B?", "Nei"),
        # One year at a time, asked as such: yes.
        ("Gis Tiltak B-tilskuddet ett år om gangen?", "Ja"),
        ("Is Tiltak A funded one year at a time?", "Yes"),
    ],
)
def test_whether_a_grant_covers_several_years_at_once_is_answered_by_one_year_at_a_time(
    corpus_services: Services, question: str, verdict: str
) -> None:
    text = ask(corpus_services, question)
    assert text.startswith(verdict), text


def test_a_when_clause_is_no_deadline_question_once_the_deadline_table_gave_way(corpus_services: Services) -> None:
    text = ask(corpus_services, "Måtte vi ha samarbeidsavtale med helseforetaket når vi søkte om FACT-team i 2019?")
    assert "felles søknad" in text


def test_rate_lines_are_left_out_of_a_quoted_answer_that_asks_no_amount(corpus_services: Services) -> None:
    text = ask(corpus_services, "Prioriteres unge deltakere i nye IPS-prosjekter?")
    assert "under 35 år" in text
    assert "500 000" not in text


@pytest.mark.parametrize(
    "question",
    [
        "How much was available for distribution in 2015 under Bufdir's support for follow-up and los functions for "
        "youth?",
        # The part with the question word asks; the others say which sum (after the bound-up part), not which.
        "In the 2015 overview, how much was actually available for distribution in 2015 under Bufdir's support for "
        "follow-up and pilot functions for youth (losfunksjoner)?",
        "Hvor mye var til fordeling i 2015 for støtte til oppfølgings- og losfunksjoner for ungdom, etter flerårige "
        "vedtak fra 2014?",
        # No comma: "etter …" still says which sum, as the clause with "flerårige vedtak" does not.
        "Hvor mye var igjen til fordeling på losfunksjoner for ungdom i 2015 etter flerårige vedtak?",
    ],
)
def test_of_a_sentence_with_two_sums_the_clause_asked_about_leads(corpus_services: Services, question: str) -> None:
    # «I overkant av 10 mill var bundet opp …, dvs at det for 2015 var 12,3 mill til fordeling.»
    assert ask(corpus_services, question).startswith("«dvs at det for 2015 var 12,3 mill til fordeling.»")


@pytest.mark.parametrize(
    "question",
    [
        "How much was set aside for IMDi's Jobbsjansen in 2015?",
        "How much was set aside for Jobbsjansen in 2015, and what was proposed for 2016?",
    ],
)
def test_the_sentence_stating_the_sum_leads_a_passage_that_opens_without_one(
    corpus_services: Services, question: str
) -> None:
    # «Dette er en permanent ordning … prosjekt. Det er satt av 87 millioner i 2015 og forslått 97 millioner …»
    assert ask(corpus_services, question).startswith("«Det er satt av 87 millioner i 2015")


@pytest.mark.parametrize(
    ("question", "grant_said"),
    [
        # "How many years" asks the period only; "was there funding for a pre-project" asks its grant as well.
        (
            "Under the 2019 adult long-term services scheme, how many years could a new team get funding, and what "
            "if they also had a pre-project?",
            False,
        ),
        (
            "Under the 2019 adult scheme, was there extra funding for a pre-project, and how long could the grant "
            "period be then?",
            True,
        ),
    ],
)
def test_a_part_that_lengthens_the_period_is_given_with_the_period(
    corpus_services: Services, question: str, grant_said: bool
) -> None:
    text = ask(corpus_services, question)
    assert "up to four years" in text and "at most five years" in text, text
    assert ("600 000" in text) == grant_said


def test_who_asks_is_no_part_of_what_is_asked(corpus_services: Services) -> None:
    # "Our municipality" says who asks; the sentence on telling Helsedirektoratet of a new account number answers.
    text = ask(
        corpus_services,
        "Our municipality changed bank account. Do we have to tell Helsedirektoratet for the 0765.73 grant?",
    )
    assert "bankkontonummer" in text.split("\n\n")[1], text


def test_a_subject_the_documents_speak_of_is_answered_from_their_sentences(corpus_services: Services) -> None:
    # Deadline extensions are no column of the deadline table; the transition scheme's slides say there are none.
    text = ask(
        corpus_services,
        "Can we get an extension on the 1 February 2023 deadline for the transitional substance abuse scheme?",
    )
    assert "Det gis ikke utsettelse" in text, text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Whether the rate steps down, not whether it is granted one year at a time.
        ("Trappes tiltak A ned hvert år slik som tiltak B?", "Nei – for Tiltak A er satsen den samme hvert år"),
        ("Trappes tiltak A ned på samme måte som tiltak B?", "Nei – for Tiltak A er satsen den samme hvert år"),
        ("Does the Tiltak B grant step down every year?", "Yes – for Tiltak B the rate steps down from 750 000"),
        # Asked whether it stays the same: the verdicts turn round.
        ("Does the Tiltak B grant stay the same each year of the period?", "No – for Tiltak B the rate steps down"),
        ("Får vi like mye hvert år i Tiltak B?", "Nei – for Tiltak B trappes satsen ned"),
        ("Is the Tiltak A amount the same every year?", "Yes – for Tiltak A the rate is the same every year"),
        ("Is the transitional scheme rate constant over the years?", "Yes – for The transition scheme the rate is"),
        # Guaranteed for every year: no, granted one year at a time.
        ("Er tilskuddet garantert i alle fire år når vi først har fått tiltak B?", "Nei. Tilskudd gis for ett år"),
    ],
)
def test_whether_a_rate_steps_down_or_is_guaranteed_is_answered_from_the_rules(
    corpus_services: Services, question: str, lead: str
) -> None:
    assert ask(corpus_services, question).startswith(lead)


def test_the_table_stands_when_the_sentences_lack_the_count_asked_for(corpus_services: Services) -> None:
    # The quoted sentences speak more of "changes from year to year", but none says how many years: the duration
    # table that does is the answer, not a refusal.
    text = ask(
        corpus_services, "How many years does an IPS grant usually run, and does the sum change from year to year?"
    )
    assert "three years" in text


def test_a_step_down_confirmed_says_what_it_means_where_the_rules_say_it(corpus_services: Services) -> None:
    # Tiltak B's regulation: «trappes ned hvert år, noe som fører til krav om økt egenfinansiering».
    text = ask(corpus_services, "Trappes tilskuddet i tiltak B ned fra år til år?")
    assert text.startswith("Ja – for Tiltak B trappes satsen ned"), text
    assert "egenfinansiering" in text, text


def test_whether_other_costs_than_salaries_are_covered_is_what_the_scheme_covers(corpus_services: Services) -> None:
    # "cover salaries (årsverk), or … other costs too?" asks what the money may pay for, not the rates.
    text = ask(
        corpus_services,
        "Does the 765.60 adults scheme (2023) only cover salaries (årsverk), or can it cover other costs too?",
    )
    assert "andre utgifter enn årsverk" in text, text
    assert "300 000" not in text, text


def test_an_age_range_the_overview_gives_is_no_subject_it_leaves_out(corpus_services: Services) -> None:
    # «innvandrere mellom 18- 55»: the 2015 overview does give Jobbsjansen's ages.
    text = ask(
        corpus_services,
        "Jobbsjansen in the 2015 overview: who is it for (age range), and how much was set aside in 2015?",
    )
    assert "18-55" in text and "87 millioner" in text, text
