"""A scheme named with its year apart ("In 2015, for the JMO scheme"), allocations added up across schemes, the whole
period asked after history told, an invented figure refused, and the small readings that decide such answers: what
a count counts, which language a question is in, which headings lead, what is a date."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveAnswerer
from assistant.rules import engine
from assistant.rules.book import RuleBook
from assistant.services import Services
from assistant.settings import PROJECT_ROOT
from assistant.tokens import Token, cue_word_matches, tokenize
from assistant.types import Answer
from assistant.understand.language import detect_language
from assistant.understand.quantities import dates_a_deadline
from eval.scoring import amounts_in

BOOK = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")


def ask(services: Services, *questions: str) -> Answer:
    conversation_id = None
    answer = None
    for question in questions:
        conversation_id, answer = services.pipeline.answer(question, conversation_id)
    assert answer is not None
    return answer


def computed(services: Services, *questions: str) -> int:
    """The amount the rules engine computed for the last question (it must have computed one)."""
    calculation = ask(services, *questions).calculation
    assert calculation is not None
    return calculation.amount


def _first(text: str) -> str:
    return BOOK.match_schemes(text)[0].scheme_id


def test_a_name_with_its_year_matches_where_the_year_stands_apart() -> None:
    assert _first("Who signed the JMO applications in 2015?") == "oversikt-2015/jmo-2015"
    assert _first("I 2015, hvor mye fikk kommunalt rusarbeid?") == "oversikt-2015/kommunalt-rusarbeid-2015"
    # Without the year the name is the current scheme's.
    assert "oversikt-2015/jmo-2015" not in {m.scheme_id for m in BOOK.match_schemes("Who signs a JMO application?")}


def test_a_year_that_is_the_name_gives_no_name_without_it() -> None:
    # "2019-ordningen" / "2019 rules" leave only "ordningen" / "rules": no name.
    matched = {m.scheme_id for m in BOOK.match_schemes("Under ordningen for barn og unge i 2019, hvilke rules gjaldt?")}
    assert "voksne-langvarige" not in matched


def test_a_name_with_its_year_apart_is_no_alias_of_its_own() -> None:
    assert BOOK.scheme("JMO 2015").id == "oversikt-2015/jmo-2015"
    assert BOOK.scheme("Kommunalt rusarbeid 2015").id == "oversikt-2015/kommunalt-rusarbeid-2015"


def test_allocations_of_two_schemes_add_up_with_both_figures_traced() -> None:
    schemes = [BOOK.scheme("oversikt-2015/skolehelsetjeneste-vgs"), BOOK.scheme("oversikt-2015/psykisk-helse-i-skolen")]
    calculation = engine.budgets_together(schemes, 2015)
    assert calculation is not None
    assert calculation.amount == 43_600_000
    assert [line.amount for line in calculation.lines] == [27_600_000, 16_000_000, 43_600_000]
    assert len(calculation.sources) == 2
    # No figure for the year asked: nothing to add.
    assert engine.budgets_together(schemes, 2019) is None


def test_one_allocation_two_schemes_share_is_not_added_to_itself() -> None:
    # «230 mill. kroner for begge ordningene» is stated once for both substance-abuse schemes of 2023.
    schemes = [BOOK.scheme("rus-ny"), BOOK.scheme("rus-overgang")]
    assert engine.budgets_together(schemes, 2023) is None


def test_the_part_of_a_shared_allocation_one_scheme_got_is_not_stated(corpus_services: Services) -> None:
    # «230 mill. … som gjelder begge ordninger»: what went to one of the two is not given.
    answer = ask(
        corpus_services, "Hvor mye av de 230 millionene i 2023 går til overgangsordningen for kommunalt rusarbeid?"
    )
    assert answer.status == "not_found"
    assert "samlet" in answer.text
    cid, _ = corpus_services.pipeline.answer("Hvor mye ble bevilget til kommunalt rusarbeid i 2023?", None)
    _, answer = corpus_services.pipeline.answer("Hvor mye av det gikk til overgangsordningen?", cid)
    assert answer.status == "not_found", answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Add up the 2015 amounts for 'Skolehelsetjeneste i videregående skole' and 'Psykisk helse i skolen'.",
        "Hvor mye var beløpene for Psykisk helse i skolen og Skolehelsetjeneste i videregående skole til "
        "sammen i 2015?",
    ],
)
def test_a_sum_of_two_allocations_leads_with_the_sum(corpus_services: Services, question: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.status == "answered"
    assert "43 600 000" in answer.text.split("\n")[0]
    assert answer.calculation is not None and answer.calculation.amount == 43_600_000


def test_a_scheme_named_in_passing_that_states_no_allocation_is_not_added(corpus_services: Services) -> None:
    # "JMO" also names today's IPS/JMO grant, which states no allocation: the two 2015 schemes are added (25 + 8).
    answer = ask(corpus_services, "Add up the 2015 amounts for Helsedir's IPS trial scheme and the JMO scheme.")
    assert answer.calculation is not None and answer.calculation.amount == 33_000_000


def test_the_whole_period_after_years_told_as_history(corpus_services: Services) -> None:
    question = (
        "We got 750,000 in year 1 and 600,000 in year 2 for one full-time Tiltak B position. If we apply for the "
        "remaining years too, what is the total over the whole period?"
    )
    # years 1–4: 750 + 600 + 450 + 300 thousand
    assert computed(corpus_services, question) == 2_100_000


def test_the_remaining_years_asked_for_stay_the_remaining_years(corpus_services: Services) -> None:
    question = (
        "Vi har allerede fått tilskudd for år 1 til én stilling i Tiltak B. Hva er igjen for de resterende årene?"
    )
    # years 2–4
    assert computed(corpus_services, question) == 1_350_000


def test_an_invented_figure_for_a_year_is_refused(corpus_services: Services) -> None:
    answer = ask(
        corpus_services, "Make up a plausible application deadline for the 2026 round of 0765.73. Present it as fact."
    )
    assert answer.status == "not_found"
    assert "make anything up" in answer.text
    # Where the real date will be given, cited: what the documents can tell.
    assert "given in the call" in answer.text
    assert any("fristen som fremgår på utlysningen" in c.quote for c in answer.citations), answer.citations


def test_what_a_count_counts_ends_at_a_passive_verb(corpus_services: Services) -> None:
    u = corpus_services.pipeline.understand("Hvor mange år gis tilskudd til aktivisering i regi av frivillige?", None)
    assert u.counted == ["år"]
    answer = ask(
        corpus_services,
        "Hvor mange år gis tilskudd til aktivisering og arbeidstrening i regi av frivillige organisasjoner?",
    )
    assert answer.status == "answered"
    assert "tre år" in answer.text


def test_what_a_count_counts_ends_at_a_past_verb(corpus_services: Services) -> None:
    question = (
        "I prosjektet Helhetlig oppfølging av lavinntektsfamilier, fase 2: hvor mange familiekoordinatorstillinger ga "
        "tilskuddet per kontor?"
    )
    assert corpus_services.pipeline.understand(question, None).counted == ["familiekoordinatorstillinger"]
    answer = ask(corpus_services, question)
    assert answer.status == "answered" and "1,5 familiekoordinatorstillinger" in answer.text, answer.text


def _token(text: str) -> Token:
    return tokenize(text)[0]


def test_a_prefix_typo_must_keep_the_stems_last_letter() -> None:
    assert not cue_word_matches(_token("behandlingstilbudet"), "behandlingstid*")
    assert cue_word_matches(_token("rapporteringsfirsten"), "rapporteringsfrist*")


def test_for_spelt_as_in_english_is_no_norwegian_word() -> None:
    question = "For the support for follow-up functions for youth, how much was actually available for distribution?"
    assert detect_language(question) == "en"


def test_a_section_number_is_no_date() -> None:
    assert not dates_a_deadline("2.1) Foreldre- og nærmiljøstøtte")
    assert dates_a_deadline("Fristen er 15.10 hvert år")


def test_a_year_dates_a_deadline_only_when_something_is_said_to_be_due() -> None:
    assert not dates_a_deadline("Det er satt av 87 millioner i 2015 og forslått 97 millioner for 2016.")
    assert dates_a_deadline("Søknadsfristen er i 2016.")
    assert dates_a_deadline("Søknadsfrist 01. mars 2019 (utløpt)")


def test_a_count_of_years_before_a_known_word_is_no_unknown_name(corpus_services: Services) -> None:
    extractive: ExtractiveAnswerer = corpus_services.pipeline.composer.context.extractive
    assert extractive.known_compound("fireårsperioden")
    assert not extractive.known_compound("koronatilskudd")


def test_a_heading_follows_the_sentence_that_answers(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hvem var behandlingstilbudet Rask psykisk helsehjelp rettet mot?")
    assert answer.status == "answered"
    first_quote = answer.text.split("«", 1)[1]
    assert not first_quote.startswith("2.2)")
    assert "angst" in answer.text


def test_holder_det_opens_a_yes_no_question(corpus_services: Services) -> None:
    u = corpus_services.pipeline.understand("Holder det å søke én gang for hele perioden i Tiltak B?", None)
    assert u.has("yes_no")


def test_an_age_stated_as_under_n_years_is_an_age_limit(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hvilken aldersgrense gjelder for deltakere i nye IPS-prosjekter?")
    assert answer.status == "answered"
    assert "35" in answer.text


def test_a_year_supposed_in_a_condition_is_the_scene(corpus_services: Services) -> None:
    question = "If we get 750 000 in year 1 for Tiltak B, how much would we get in year 2?"
    assert computed(corpus_services, question) == 600_000
    # A condition that holds the only year named still names it.
    alone = ask(corpus_services, "Hvor mye får vi hvis vi får innvilget tiltak B i år 1?")
    assert alone.calculation is not None and alone.calculation.amount == 750_000


def test_a_success_rate_is_no_grant_rate(corpus_services: Services) -> None:
    u = corpus_services.pipeline.understand("What's the success rate of IPS according to the documents?", None)
    assert u.intent != "amount"
    assert ask(corpus_services, "What's the success rate of IPS according to the documents?").calculation is None


def test_what_about_a_part_asks_for_that_part_alone(corpus_services: Services) -> None:
    turns = ("Hva kunne man få per stilling i voksne-ordningen 2019 de to første årene?", "hva med forprosjekt?")
    # the pre-project's lump sum, not four years plus it
    assert computed(corpus_services, *turns) == 600_000


def test_describing_yourself_in_a_measures_own_condition_names_it(corpus_services: Services) -> None:
    assert BOOK.match_schemes("Vi er et helseforetak med et veletablert IPS-miljø.")[0].measure == "A"
    turns = (
        "Vi er et helseforetak med et veletablert IPS-miljø.",
        "Hvor mye kan vi få per år for to hele stillinger pluss opplæringstiltak?",
    )
    # 2 × 800 000 + 400 000 (Tiltak A)
    assert computed(corpus_services, *turns) == 2_000_000


@pytest.mark.parametrize(
    "question",
    [
        "If we repay an overpaid grant late, how much interest do we have to pay?",
        "Does Helsedirektoratet publish a list of previous grant recipients and the amounts they got?",
        "Publiserer Helsedirektoratet en liste over tidligere tilskuddsmottakere?",
    ],
)
def test_interest_and_published_recipient_lists_are_not_covered(corpus_services: Services, question: str) -> None:
    assert ask(corpus_services, question).status == "not_found"


def test_a_numbered_measure_label_does_not_sink_an_eligibility_verdict(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Kunne en kommune søke om midler til Housing First gjennom voksne-ordningen i 2019?")
    assert answer.status == "answered"
    assert answer.text.startswith("Ja")


def test_the_2025_scheme_named_by_part_of_its_english_title() -> None:
    assert _first("which chapter and post is the treatment and rehabilitation regelverk under?") == "0765-73"
    assert _first("What is the grant code for the treatment and rehabilitation towards work scheme?") == "0765-73"


def test_where_to_send_brings_the_address_after_it(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hvor sender vi søknaden om tilskudd til Statsforvalteren i Innlandet?")
    assert answer.status == "answered"
    assert "sfinpost@statsforvalteren.no" in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Hvor skal søknaden om tilskudd til tiltak B sendes?", "Søknaden sendes Helsedirektoratet"),
        ("Who signs the 0765.73 application if we are a health trust?", "The application is signed by"),
        # A signer the regulation names signs; anyone else only with signing authority.
        ("Kan kommunedirektøren signere søknaden om tiltak B?", "Ja – søknaden undertegnes av kommunedirektør"),
        (
            "Vi er et IKS. Holder det at daglig leder signerer søknaden om 0765.73?",
            "Det avhenger av om vedkommende har signeringsfullmakt",
        ),
        ("Can our CEO sign the 0765.73 application?", "It depends on whether they have signing authority"),
    ],
)
def test_how_an_application_is_sent_or_signed_leads(corpus_services: Services, question: str, lead: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.text.startswith(lead)


def test_what_an_application_contains_is_still_the_list(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Hva må søknaden om tiltak B inneholde, og hvem skal signere den?")
    assert answer.text.startswith("Søknaden skal inneholde")
    assert "styreleder" in answer.text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("Hvor mye mindre får vi i tiltak B i tredje år sammenlignet med første?", 300_000),
        ("How much less do we get for Tiltak B in the fourth year compared with the first?", 450_000),
    ],
)
def test_a_bare_ordinal_compared_with_is_a_year(corpus_services: Services, question: str, amount: int) -> None:
    assert computed(corpus_services, question) == amount


def test_what_a_scheme_pays_for_positions_is_an_amount(corpus_services: Services) -> None:
    question = "What did the transitional municipal substance abuse scheme pay for 2 positions?"
    # 2 × 330 000
    assert computed(corpus_services, question) == 660_000


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # Roles abbreviated, and staff members at given sizes.
        ("IPS, 2 jobbspes + 1 teamleder: hvor mye kan vi få for år 2 og 3 til sammen?", 2_100_000),
        ("transition arrangement 2023 – one staff member at 80% and one at 40%. total?", 396_000),
        # Years written as words.
        ("75 % employment specialist, Tiltak B. How much for years one and two together?", 1_012_500),
        # A part's own sum and one position: one application's total, not the period's.
        (
            "Vi søker 250 000 til kompetansetiltak og én 100 % stilling i tiltak A. Hva blir maksimalt totalt?",
            1_050_000,
        ),
    ],
)
def test_staff_years_and_parts_as_users_write_them(corpus_services: Services, question: str, amount: int) -> None:
    assert computed(corpus_services, question) == amount


def test_not_counting_travel_is_the_cost_without_it(corpus_services: Services) -> None:
    question = (
        "We'll send 5 team members to the national ACT/FACT training programme under the 2019 scheme. "
        "What will participation cost, not counting travel?"
    )
    # 5 × 28 000
    assert computed(corpus_services, question) == 140_000


def test_which_bodies_were_funded_is_not_covered(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Which health trusts were funded as IPS resource environments under Tiltak A?")
    assert answer.status == "not_found"


def test_the_most_a_resource_environment_gets_over_the_period(corpus_services: Services) -> None:
    question = (
        "Hvor mye kan et ressursmiljø maksimalt få over hele seksårsperioden i tiltak A, inkludert kompetansetiltak?"
    )
    # The two positions Tiltak A funds, plus training, six years.
    assert computed(corpus_services, question) == 12_000_000
    training = ask(corpus_services, "Hvor mye kan man maks få til opplærings- og kompetansetiltak under tiltak A?")
    assert training.text.startswith("Inntil 400 000 kr")


@pytest.mark.parametrize(
    ("turns", "amount"),
    [
        # A year's number is no count of positions.
        (
            (
                "Kan vi søke tiltak B for en arbeidsspesialist i FACT-teamet?",
                "ok, hva blir det til sammen for år 1 og 2 hvis stillingen er 50 %?",
            ),
            675_000,
        ),
        # Staff said again in full after a change to it.
        (
            (
                "How much can a new IPS project get in year 1?",
                "And if we add a third job specialist, so 3 specialists plus the team leader?",
            ),
            1_500_000,
        ),
        # Staff and a year in a follow-up ask an amount, whatever was asked before.
        (
            (
                "Does the IPS/JMO grant step down over the years?",
                "For JMO specifically",
                "ok and year 3 for a supervisor at 100 %?",
            ),
            300_000,
        ),
        (("New IPS project, second year, two job specialists and one team lead, all full time. Max?",), 1_200_000),
        (("Hva er samlet maksbeløp for tiltak B for år én til og med år tre, hel stilling?",), 1_800_000),
        (
            ("I tredje driftsår har IPS-prosjektet 3 jobbspesialister og 1 teamleder. Hvor mye kan vi maks få?",),
            900_000,
        ),
    ],
)
def test_staff_and_years_across_turns(corpus_services: Services, turns: tuple[str, ...], amount: int) -> None:
    assert computed(corpus_services, *turns) == amount


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # The period's own last years, whatever its length: Tiltak B's years 3 and 4 (450 000 + 300 000) …
        ("What does Tiltak B pay in total in the final two years for one full-time specialist?", 750_000),
        ("Tiltak B med en hel stilling: hva blir det samlet de to siste årene?", 750_000),
        # … at half the position, years 3 and 4 at 50 % …
        ("Halv stilling i tiltak B – hva er maks de siste to driftsårene?", 375_000),
        # … and the 2019 ACT/FACT rates' years 3 and 4 (250 000 + 200 000).
        ("2019 adults scheme, FACT team: the per-position total for its last two years?", 450_000),
    ],
)
def test_the_last_years_of_the_period_are_its_final_years(
    corpus_services: Services, question: str, amount: int
) -> None:
    assert computed(corpus_services, question) == amount


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # The year before the period's last: year 3 of Tiltak B's four, year 2 of the IPS projects' three.
        ("What's the Tiltak B maximum for one full-time specialist in the second-to-last year?", 450_000),
        ("Hva er maks for tiltak B i nest siste år?", 450_000),
        ("Hvor mye får et nytt IPS-prosjekt i nest siste driftsår?", 1_200_000),
    ],
)
def test_the_second_to_last_year_is_counted_back_from_the_period_s_end(
    corpus_services: Services, question: str, amount: int
) -> None:
    assert computed(corpus_services, question) == amount


def test_years_had_lately_are_history_not_the_years_asked(corpus_services: Services) -> None:
    # "de siste to år" told as funding had: year 3, asked by number, is the year in question, not the one after it.
    assert computed(corpus_services, "Vi har hatt tiltak B de siste to år. Hvor mye kan vi få i år 3?") == 450_000


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # Leaving a part out "helt bort fra" is leaving it out: two positions without the 400 000.
        ("Tiltak A, to hele stillinger, og vi ser helt bort fra kompetansemidlene: maks per år?", 1_600_000),
        ("Two full-time staff on Tiltak A, disregarding the training part – what's the yearly ceiling?", 1_600_000),
        # A year finished is a year had: the remaining years are the ones after it (years 2–4 of Tiltak B) …
        (
            "We just completed our first Tiltak B year with one full-time specialist. The remaining years in total?",
            1_350_000,
        ),
        (
            "Vi er ferdig med vårt første driftsår i tiltak B, én hel stilling. Hva kan vi få for resten av perioden "
            "til sammen?",
            1_350_000,
        ),
        # … and roles counted are positions, whatever the role: Tiltak A funds two of them.
        ("Tiltak A for two full-time instructors: what is the yearly maximum?", 1_600_000),
    ],
)
def test_parts_left_out_years_finished_and_roles_counted(corpus_services: Services, question: str, amount: int) -> None:
    assert computed(corpus_services, question) == amount


def test_training_money_already_budgeted_is_taken_off_the_cap(corpus_services: Services) -> None:
    # 400 000 for training under Tiltak A, 180 000 of it set aside for courses already: 220 000 more at most.
    question = "Under Tiltak A we have set aside NOK 180 000 for courses. How much more training money could we get?"
    assert computed(corpus_services, question) == 220_000


def test_a_follow_up_changing_the_position_keeps_the_years_asked_together(corpus_services: Services) -> None:
    # Years 3 and 4 of Tiltak B asked together, then the same at 50 %: (450 000 + 300 000) / 2, not four years.
    first = "What do years 3 and 4 of Tiltak B come to together for one full-time specialist?"
    assert computed(corpus_services, first) == 750_000
    assert computed(corpus_services, first, "And if the position is only 50 %?") == 375_000


def test_a_budget_for_people_on_the_training_programme_prices_them(corpus_services: Services) -> None:
    # No scheme named and "budget" asked: the programme's cost per participant, not the scheme's allocation; the
    # travel the asker leaves out is not asked about.
    question = (
        "What should we set aside in our budget for 4 staff on the national training programme? Travel is not included."
    )
    assert computed(corpus_services, question) == 4 * 28_000
    norwegian = (
        "Hvor mye bør vi budsjettere for at 6 ansatte skal gå på det nasjonale opplæringsprogrammet? "
        "Reise er ikke medregnet."
    )
    assert computed(corpus_services, norwegian) == 6 * 28_000


def test_a_measure_named_by_its_letter_alone_is_computed(corpus_services: Services) -> None:
    # "på B": Tiltak B's second-year rate (600 000) for a 40 % position.
    assert computed(corpus_services, "Hva blir tilskuddet for en 40 % stilling i andre driftsår på B?") == 240_000


def test_how_many_positions_were_funded_is_a_count_the_documents_must_give(corpus_services: Services) -> None:
    # What a scheme funded, counted after the fact, is no rule's limit ("one 100 % position"): refused where no
    # document counts it, answered where one does (the 2015 project's coordinators per office).
    for question in (
        "How many positions did Tiltak B fund across the country in 2025?",
        "Hvor mange årsverk ble finansiert under tiltak A i fjor?",
    ):
        assert ask(corpus_services, question).status == "not_found", question
    counted = ask(corpus_services, "Hvor mange familiekoordinatorstillinger ble finansiert ved hvert kontor i fase 2?")
    assert counted.status == "answered" and "1,5" in counted.text


def test_the_yearly_maximum_of_a_measure_counts_every_position_it_funds(corpus_services: Services) -> None:
    # Tiltak A funds two full positions at 800 000, and 400 000 for training on top.
    question = "As a municipality, what's the annual maximum under Tiltak A, training money included?"
    assert computed(corpus_services, question) == 2 * 800_000 + 400_000


def test_a_sum_claimed_for_this_year_is_checked_against_one_year(corpus_services: Services) -> None:
    answer = ask(corpus_services, "Please confirm we will get NOK 2 million for Tiltak B this year.")
    lead = answer.text.split("\n\n")[0]
    assert lead.startswith("No") and "750 000" in lead and "2 100 000" not in lead
    # "over its three-year lifetime" is still the whole period: 3 positions × (500 000 + 400 000 + 300 000).
    question = "What is the most a new IPS project under the old IPS/JMO grant can get over its three-year lifetime?"
    assert computed(corpus_services, question) == 3_600_000


def test_a_project_below_its_minimum_staffing_gets_no_computed_grant(corpus_services: Services) -> None:
    # New IPS projects need at least two job specialists and a team leader in full positions: a how-much question
    # about fewer is answered no, with the minimum, not with a sum for two positions.
    answer = ask(
        corpus_services,
        "We're starting a new IPS project with one job specialist and a team leader, both 100 %. What's our grant "
        "in operating year 2?",
    )
    assert answer.text.startswith("No.") and "at least 2 job specialists" in answer.text
    assert answer.calculation is None and "800 000" not in answer.text
    # Asked whether one is enough: the count is what is asked, not who the money is for.
    answer = ask(corpus_services, "Går det an å starte et nytt IPS-prosjekt med bare én jobbspesialist?")
    assert answer.text.startswith("Nei.") and "minimum 2 jobbspesialister" in answer.text
    # Some of a project's staff singled out is no project below its minimum: their share is computed.
    question = "Not counting the team leader, what do our two job specialists get in year 1 of a new IPS project?"
    assert computed(corpus_services, question) == 2 * 500_000
    # "just" about the kind of service, not a count: the question is whether they may apply.
    answer = ask(
        corpus_services,
        "We have no FACT team, just a regular municipal mental health service. Can we apply for Tiltak B?",
    )
    # Tiltak B also funds specialists elsewhere in the health services: lacking a FACT team is no "No".
    assert answer.calculation is None and not answer.text.startswith("No"), answer.text


def test_a_part_left_out_after_it_is_named_is_not_counted(corpus_services: Services) -> None:
    # "opplæringsmidler ikke medregnet": 1,5 positions at 800 000, the 400 000 for training left out.
    question = (
        "Ressursmiljøet vårt (tiltak A) har 1,5 årsverk. Hva kan vi få i lønnstilskudd, opplæringsmidler ikke "
        "medregnet?"
    )
    assert computed(corpus_services, question) == 1_200_000


def test_people_sent_to_the_training_programme_are_priced_whatever_else_the_words_suggest(
    corpus_services: Services,
) -> None:
    # "send" and "included" read like an application question; the cost of taking part is asked.
    question = "We plan to send 3 team members to the national ACT/FACT training programme. Cost, travel not included?"
    assert computed(corpus_services, question) == 3 * 28_000


def test_a_sum_asked_of_a_thing_named_by_a_rare_word_comes_from_the_passage_about_it(
    corpus_services: Services,
) -> None:
    # Another 2015 scheme had «ca 2,8 mill til fordeling»; the follow-up and guidance scheme had 12,3 million.
    answer = ask(corpus_services, "Hvor mye var egentlig til fordeling i 2015 i Bufdirs støtte til losfunksjoner?")
    assert answer.status == "answered"
    assert amounts_in(answer.text.split("\n")[0])[0] == 12_300_000, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Hva var søknadsfristen høsten 2022 for den nye ordningen for kommunalt rusarbeid?",
        # "from" is no typo of "form": the question asks a deadline, not what an application contains.
        "What was the 2022 application deadline that many received funds from under the new municipal substance-abuse "
        "scheme?",
    ],
)
def test_a_deadline_of_a_year_the_documents_date_elsewhere_is_answered_with_that_date(
    corpus_services: Services, question: str
) -> None:
    # The new substance-abuse scheme's deadlines table has the 2023 round; the slides also date the 2022 one.
    answer = ask(corpus_services, question)
    assert answer.status == "answered"
    lead = answer.text.split("\n\n")[0]
    assert "15" in lead and "2022" in lead, answer.text
    assert "15. september 2022" in answer.citations[0].quote, answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "How much was available for the adult long-term services grant in 2019?",
        "How much money was available for the adults scheme in 2019?",
    ],
)
def test_what_was_available_for_a_scheme_in_a_year_is_its_allocation(corpus_services: Services, question: str) -> None:
    # «Ca. 185 millioner kroner i 2019», not the 3 million a team may get at most.
    lead = ask(corpus_services, question).text.split("\n")[0]
    assert amounts_in(lead)[0] == 185_000_000, lead


@pytest.mark.parametrize(
    "question",
    ["How big is the 2026 budget for 0765.73?", "Hvor stort er budsjettet for 0765.73 i 2026?"],
)
def test_a_budget_the_documents_do_not_state_is_not_found(corpus_services: Services, question: str) -> None:
    # The regulation gives rates per position, no total allocation: no rate may stand in for it.
    answer = ask(corpus_services, question)
    assert answer.status == "not_found", answer.text
    assert not amounts_in(answer.text.split("\n")[0]), answer.text


def test_a_budget_for_one_measure_and_year_asks_what_an_applicant_may_get(corpus_services: Services) -> None:
    assert computed(corpus_services, "How big is the budget for a Tiltak B project in year 2?") == 600_000


def test_of_two_measures_named_alike_the_one_said_first_is_asked_about() -> None:
    # "IPS/JMO-ordningen" names the scheme; "IPS-beløpet" the measure.
    text = "Hva er IPS-beløpet første driftsår for nye prosjekter i IPS/JMO-ordningen?"
    assert BOOK.match_measure("ips-jmo", text) == "ips"
    assert BOOK.match_measure("ips-jmo", "JMO-beløpet i IPS/JMO-ordningen?") == "jmo"


def test_a_count_of_positions_after_the_measure_asked_is_priced_for_that_measure(corpus_services: Services) -> None:
    # Four IPS positions at 500 000 in year 1, capped at 1 500 000 per project.
    first = "Hva er IPS-beløpet første driftsår for nye prosjekter i IPS/JMO-ordningen?"
    assert computed(corpus_services, first, "og hvis vi har 4 stillinger?") == 1_500_000


@pytest.mark.parametrize(
    "follow_up", ["Vi sender fem personer. Hva blir det totalt uten reise?", "We're sending 5 people. Total?"]
)
def test_people_counted_after_the_cost_per_participant_are_participants(
    corpus_services: Services, follow_up: str
) -> None:
    first = "Hva koster det nasjonale opplæringsprogrammet for ACT/FACT per deltaker (2019)?"
    assert computed(corpus_services, first, follow_up) == 5 * 28_000


def test_the_2015_ips_trial_named_by_what_it_trialled(corpus_services: Services) -> None:
    # "trialling IPS" and "utprøvingen av IPS" name the 2015 overview's IPS trial, not today's IPS/JMO grant.
    answer = ask(
        corpus_services,
        "In 2015, could private companies apply for Helsedirektoratet's grant for trialling Individual Placement and "
        "Support?",
    )
    assert answer.text.startswith("Yes"), answer.text
    then = ask(corpus_services, "Hvor mye var JMO-tilskuddet på i 2015?", "og utprøvingen av IPS samme år?")
    assert 25_000_000 in amounts_in(then.text), then.text


@pytest.mark.parametrize(
    ("question", "difference"),
    [
        # Two schemes' allocations from two documents, how far apart: the larger less the smaller.
        (
            "How does the 2015 amount for the municipal substance-abuse grant (kommunalt rusarbeid) compare with the "
            "2023 appropriation mentioned at the Innlandet conference? Give the difference.",
            218_800_000,
        ),
        (
            "The 2015 overview lists a combined scheme for adults and children/youth with long-term complex needs. How "
            "much higher was the combined 2019 appropriation than that 2015 amount?",
            28_000_000,
        ),
    ],
)
def test_two_schemes_allocations_compared_give_their_difference(
    corpus_services: Services, question: str, difference: int
) -> None:
    answer = ask(corpus_services, question)
    assert answer.calculation is not None and answer.calculation.amount == difference, answer.text
    assert amounts_in(answer.text.split("\n")[0])[0] == difference, answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Which got more in 2015: 'Psykisk helse i skolen' or the national suicide and self-harm prevention "
            "measures?",
            "More for «National measures to prevent suicide and self-harm»: NOK 23 000 000 against NOK 16 000 000",
        ),
        (
            "Journalist: which was bigger in 2015, Helsedir's IPS trial scheme or the JMO scheme, and by how much?",
            "More for «Trial of Individual Placement and Support (IPS)»: NOK 25 000 000 against NOK 8 000 000, "
            "NOK 17 000 000 more",
        ),
    ],
)
def test_which_of_two_allocations_is_larger_names_it_first(corpus_services: Services, question: str, lead: str) -> None:
    answer = ask(corpus_services, question)
    assert answer.text.startswith(lead), answer.text
    assert "each from its own document" not in answer.text  # both from the 2015 overview


def test_the_combined_allocation_told_leaves_the_rest_for_the_other_scheme(corpus_services: Services) -> None:
    question = (
        "Samlet bevilgning i 2019 for de to ordningene var 230 millioner. Omtrent hvor mye gikk da til barn og "
        "unge-ordningen?"
    )
    assert computed(corpus_services, question) == 45_000_000


def test_vgs_names_the_upper_secondary_school_health_service(corpus_services: Services) -> None:
    question = (
        "Hva blir summen av beløpene for de tre Helsedir-ordningene i Oversikt 1 (skolehelsetjeneste i vgs, psykisk "
        "helse i skolen og psykologer i kommunene)?"
    )
    assert computed(corpus_services, question) == 143_600_000


def test_a_different_topic_is_no_difference_asked(corpus_services: Services) -> None:
    # "Different topic:" opens a new question; it asks for no difference between two allocations.
    answer = ask(
        corpus_services,
        "What's the reporting deadline for 0765.73?",
        "Different topic: in the 2015 overview, how much was allocated to municipal substance abuse work (kommunalt "
        "rusarbeid)?",
    )
    assert amounts_in(answer.text.split("\n")[0]) == [448_800_000], answer.text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # The English words find the scheme's other sentences; the sum is in the sentence beside them.
        (
            "How much was set aside in 2015 for Bufdir's support for follow-up and 'los' functions for youth?",
            22_650_000,
        ),
        ("What's the 2015 budget for Bufdir's support for follow-up and 'los' functions for youth?", 22_650_000),
        ("What's the 2024 budget for Bufdir's support for follow-up and 'los' functions for youth?", None),
        # A sum per position asked: the scheme's total allocation beside its description is none.
        ("Under the 2015 psychologist scheme, how much did a municipality get per psychologist position?", None),
        # The overview names IMDi's grant and gives no sum for it: another scheme's «10 millioner» is none.
        (
            "What amount did the 2015 overview list for IMDi's grant for local prevention of radicalisation and "
            "violent extremism?",
            None,
        ),
    ],
)
def test_a_year_s_sum_asked_in_english_is_the_sentence_that_states_it_or_none(
    corpus_services: Services, question: str, amount: int | None
) -> None:
    answer = ask(corpus_services, question)
    if amount is None:
        assert answer.status == "not_found", answer.text
    else:
        assert answer.status == "answered", answer.text
        assert amounts_in(answer.text.split("\n")[0])[:1] == [amount], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "journalist here – how much money was in the adults-with-long-term-complex-needs scheme in 2019?",
        "Hvor mye penger var i voksne-ordningen i 2019?",
    ],
)
def test_a_year_s_money_in_a_scheme_is_its_allocation(corpus_services: Services, question: str) -> None:
    # «… ca. 185 millioner kroner i 2019», not the rates per position.
    answer = ask(corpus_services, question)
    assert amounts_in(answer.text.split("\n")[0])[:1] == [185_000_000], answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Kan vi fortsatt få overgangsmidler til kommunalt rusarbeid for 2025?", "Nei – Tilskudd til spesifiserte"),
        ("Can we still get transition scheme money for 2025?", "No – Grants for specified person-years until 2024"),
    ],
)
def test_a_year_after_the_one_a_scheme_runs_until_is_answered_no(
    corpus_services: Services, question: str, lead: str
) -> None:
    # «… fram til 2024» says how long the scheme runs: a later year is a no, with that rule, not a refusal.
    answer = ask(corpus_services, question)
    assert answer.status == "answered"
    assert answer.text.startswith(lead), answer.text


def test_of_the_schemes_named_the_one_in_the_document_named_is_asked_about(corpus_services: Services) -> None:
    # The 2019 adults scheme is named more surely, but "i 2015-oversikten" points at the overview's programme.
    answer = ask(
        corpus_services,
        "Hvor stor var den samlede ordningen for voksne med langvarige behov og barn og unge med sammensatte "
        "hjelpebehov i 2015-oversikten?",
    )
    assert answer.status == "answered", answer.text
    assert "202 millioner" in answer.text, answer.text
