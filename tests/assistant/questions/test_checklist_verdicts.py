"""A yes/no question about one line of a ☒/☐ list is answered by its box, first; other questions get the list."""

from __future__ import annotations

import pytest

from assistant.rules.book import RuleBook
from assistant.services import Services
from assistant.settings import PROJECT_ROOT
from assistant.understand import understand


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Må regnskapet for tilskudd under 0765.73 være revisorattestert?", "Nei – Revisorattestasjon"),
        # "regnskapet" names the accounts line too; the auditor's rule answers whether they are audited.
        ("Må regnskapet for Tiltak B attesteres av revisor?", "Nei – Revisorattestasjon"),
        ("Skal rapporten for 0765.73 omfatte måloppnåelse?", "Ja – Måloppnåelse"),
        ("Må søknaden for Tiltak B inneholde egenfinansiering?", "Ja – Egenfinansiering"),
        # In English, the line's Norwegian heading is found through the glossary.
        ("Does the 0765.73 report need an auditor's attestation?", "No – An auditor's attestation is not required"),
        ("Do we have to assess risk in a 0765.73 application?", "Yes – Søkerens vurdering av risiko"),
        # Asked whether a line may be left out: a ticked line is required, so no.
        ("Can we NOT include own funding in the Tiltak B application?", "No – this is required: Egenfinansiering"),
        ("Kan vi droppe budsjett i søknaden om tiltak B?", "Nei – dette kreves: Budsjett"),
        # "that" is the line the scene speaks of: results not reached, left out of the report.
        (
            "We didn't reach the results we promised in our Tiltak B application. Do we just leave that out of the "
            "report?",
            "No – this is required: Måloppnåelse",
        ),
        # Asked whether a line is optional, with a typed "isnt" opening the question.
        ("isnt a risk assessment optional for 0765.73 applications?", "No – this is required: Søkerens vurdering"),
        ("Er risikovurdering valgfritt i søknaden om 0765.73?", "Nei – dette kreves: Søkerens vurdering"),
        # The scene names what the question's "det" is about: the line on unfinished activities.
        ("Vi rakk ikke alle kursene vi lovet i søknaden for tiltak A. Må vi skrive noe om det i rapporten?", "Ja – Er"),
        # A negation inside what is asked about ("activities we did not complete") leaves nothing out.
        ("Må vi i tiltak A-rapporten forklare aktiviteter vi ikke fikk fullført?", "Ja – Er aktivitetene"),
        # A scene told with a negation, then the line asked plainly: its box.
        ("Vi har ikke budsjett ennå. Må søknaden om tiltak B inneholde budsjett?", "Ja – Budsjett"),
        # Asked whether one may apply without it: what the application must contain answers, whoever applies.
        ("Can we apply for Tiltak B without own funding?", "No – an application for"),
        ("Kan vi søke tiltak B uten egenfinansiering?", "Nei – en søknad om"),
        # The line an English question names in Norwegian wins over one its English words translate to (auditor).
        (
            "do we need agreed-upon procedures (avtalte kontrollhandlinger) from an auditor with the 0765.73 report?",
            "No – Avtalte kontrollhandlinger",
        ),
    ],
)
def test_the_box_answers(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_a_question_that_is_not_yes_no_gets_the_list(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva må rapporten for 0765.73 inneholde?", None)
    assert answer.text.startswith("Rapportering etter"), answer.text


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("Må regnskapet være revisorattestert?", True),
        ("Vi har byttet bankkonto. Må vi gi beskjed?", True),
        ("Do we need to report on results?", True),
        ("Hva må søknaden inneholde?", False),
        ("What must the report cover?", False),
        # The verb after a conjunction opens the question.
        ("And does the report need an audit?", True),
        ("Og kan vi søke igjen?", True),
        ("And what about year 2?", False),
    ],
)
def test_yes_no_questions(text: str, yes_no: bool) -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    assert understand(text, book).has("yes_no") is yes_no


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Tiltak B gir jo 750 000 hvert år, så vi får 3 millioner totalt?", True),
        ("We have 5 job specialists plus a team leader, so we'd get 3 million?", True),
        ("og år 3?", False),  # a follow-up, not a statement
        ("Hvor mye får vi for tre stillinger i tiltak B?", False),
        ("And what about three positions in year two?", False),
        ("Since Tiltak B pays 750,000 in year 1, how much would a 50% post get?", False),
    ],
)
def test_statements_asked_back(text: str, statement: bool) -> None:
    book = RuleBook.load(PROJECT_ROOT / "corpus" / "rules")
    assert understand(text, book).has("statement_question") is statement


@pytest.mark.parametrize(
    ("question", "first", "point"),
    [
        ("Hva skal rapporten for Tiltak B spesifikt belyse?", "For Tiltak B skal rapporten spesifikt belyse", "NAV"),
        ("What must the report for a Tiltak A resource environment cover?", "For Tiltak A the report", "veiledning"),
    ],
)
def test_a_measures_own_reporting_points_come_first(
    corpus_services: Services, question: str, first: str, point: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    paragraphs = answer.text.split("\n\n")
    assert paragraphs[0].startswith(first), answer.text
    assert point in "\n".join(paragraphs[1:4])


def test_without_a_measure_the_report_names_the_measures_with_their_own_points(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva må rapporten for 0765.73 inneholde?", None)
    assert "Tiltak A og Tiltak B har egne punkter" in answer.text


def test_only_the_named_main_applicant_may_lead_the_application(corpus_services: Services) -> None:
    pipeline = corpus_services.pipeline
    _, later = pipeline.answer("Kan helseforetaket være hovedsøker for 765.60-ordningen for voksne i 2023?", None)
    assert later.text.startswith("Nei. Bare kommuner kan stå som hovedsøker"), later.text
    assert "kan være med i søknaden" in later.text
    _, earlier = pipeline.answer("In 2019, could the health trust be the main applicant under the adults scheme?", None)
    assert earlier.text.startswith("Yes"), earlier.text  # the 2019 call let a health trust lead, jointly


def test_the_scheme_named_by_the_slides_words_and_where_it_was_said_keep_the_main_applicant_rule(
    corpus_services: Services,
) -> None:
    # "tilbud til voksne med langvarig oppfølging" is the slides' name; "slik det ble beskrevet" asks no overview.
    pipeline = corpus_services.pipeline
    cid, _ = pipeline.answer("Vi er et helseforetak i Innlandet.", None)
    _, answer = pipeline.answer(
        "Kan vi stå som hovedsøker for tilbud til voksne med langvarig oppfølging, slik det ble beskrevet på "
        "tilskuddskonferansen i 2023?",
        cid,
    )
    assert answer.text.startswith("Nei. Bare kommuner kan stå som hovedsøker"), answer.text


def test_a_no_for_an_applicant_in_a_partnership_gives_the_partnership_rule(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Can a user organisation apply directly to the new kommunalt rusarbeid scheme if it cooperates with the "
        "municipality?",
        None,
    )
    assert answer.text.startswith("No. Voluntary and non-profit organisations may not apply"), answer.text
    assert "the municipality is financially and administratively responsible" in answer.text


def test_a_yes_for_an_applicant_in_a_partnership_gives_the_partnership_rule_too(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Kommunen vil søke ny ordning for rusarbeid sammen med en brukerorganisasjon. Hvem står som søker og mottaker?",
        None,
    )
    assert "Ved samarbeid er kommunen økonomisk og administrativt ansvarlig" in answer.text, answer.text


def test_where_announced_and_how_to_apply_gives_both_facts(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Where is the 0765.73 grant announced and how do we apply?", None)
    assert answer.text.startswith("The scheme is announced on www.helsedirektoratet.no/tilskudd."), answer.text
    assert "Applications go to Helsedirektoratet on the prescribed form." in answer.text, answer.text


def test_what_a_measure_funds_is_a_requirement_not_a_condition_on_the_applicant(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Vi er en kommune. Kan vi søke om Tiltak B?", None)
    assert answer.text.startswith("Ja. Kommuner kan søke"), answer.text
    assert "Krav: Tiltak B gjelder arbeids-/utdanningsspesialist" in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # The year reported in (the year after the grant's) has its own rule on the accounts: the 2023 slides'.
        ("For 765.60 adults funding received in 2022, does the financial report need to be audited?", "No – The"),
        ("For the 765.60 adults scheme report in 2023, do we need auditor-certified accounts?", "No – The"),
        # "the 2022 report" is sent in 2023: the 2023 rule holds. In 2019 neither scheme's slide rule did.
        ("Does the 2022 financial report for 765.60 need to be audited?", "No – The"),
        ("Måtte regnskapet for 765.60 være revisorattestert i 2019?", "Ja – «Revisorattestert regnskap"),
        # No year asked: the rule dated to 2023 does not answer for the scheme's 2019 call.
        ("Må regnskapet for voksne-ordningen være revisorattestert?", "Ja – «Revisorattestert regnskap"),
        # The transition scheme's financial report is a self-declaration in the form.
        (
            "overgangsordningen rus 2023 - skal vi sende revisorattestert regnskap med rapporten?",
            "Nei – Økonomirapporten er en egenerklæring",
        ),
    ],
)
def test_the_accounts_rule_of_the_year_reported_in_answers(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Hva prioriteres i IPS/JMO-ordningen?", "under 35 år"),
        ("What are the two priority measures in the children and youth long-term scheme?", "Ung Arena"),
        (
            "What was prioritised in the children and youth long-term needs scheme according to the 2023 conference?",
            "4-year rule",
        ),
    ],
)
def test_what_is_prioritised_is_answered_by_the_tables(corpus_services: Services, question: str, said: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(("Dette prioriteres", "Prioritised under")), answer.text
    assert said in answer.text.split("The sources also say")[0].split("Kildene sier også")[0]


def test_whether_something_is_prioritised_is_answered_with_a_verdict(corpus_services: Services) -> None:
    # Asked whether first, then what age: the sentence that says so answers, with its yes.
    _, answer = corpus_services.pipeline.answer(
        "Are young participants prioritised for new IPS/JMO projects? Up to what age?", None
    )
    assert answer.text.startswith("Yes"), answer.text
    assert "under 35" in answer.text


def test_an_accounts_rule_two_schemes_of_one_budget_post_state_is_cited_from_both(corpus_services: Services) -> None:
    # "765.60" is both the adults' and the children's scheme: the slides state the rule for each.
    _, answer = corpus_services.pipeline.answer(
        "Må økonomirapporten for 765.60-midler vi fikk i 2022 være revisorattestert?"
    )
    assert answer.text.startswith("Nei – "), answer.text
    sections = {citation.section for citation in answer.citations if "revisorattestert" in citation.quote}
    assert len(sections) == 2, answer.citations


def test_priorities_of_a_budget_post_two_schemes_share_are_quoted_not_taken_from_one_table(
    corpus_services: Services,
) -> None:
    # "765.60" names the adults' and the children's scheme: the slides' sentence answers, not one scheme's table.
    _, answer = corpus_services.pipeline.answer(
        "Which of the three priority measures in 765.60 (2023) is given priority?"
    )
    assert "FACT team eller annen samhandlingsmodell" in answer.text.split("\n\n")[1], answer.text


def test_a_point_only_another_measures_report_covers_gets_a_no(corpus_services: Services) -> None:
    # «Antall pasienter … som har begynt i arbeid» is one of Tiltak B's report points, not Tiltak A's.
    _, answer = corpus_services.pipeline.answer(
        "Vi har Tiltak A (ressursmiljø). Skal vi rapportere antall pasienter som har begynt i arbeid?", None
    )
    assert answer.text.startswith("Nei – det punktet gjelder rapporten for Tiltak B"), answer.text
    _, answer = corpus_services.pipeline.answer(
        "Vi har Tiltak B. Skal vi rapportere antall pasienter som har begynt i arbeid?", None
    )
    assert answer.text.startswith("Ja"), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Another way of sending than the prescribed form gets the no; the body alone gets the yes.
        ("Can we send our 0765.73 application to Helsedirektoratet as a free-form letter?", "No – applications go"),
        ("Kan vi sende søknaden om tiltak B på e-post til Helsedirektoratet?", "Nei – søknaden sendes"),
        ("Skal søknaden om tiltak B sendes til Helsedirektoratet?", "Ja – søknaden sendes"),
    ],
)
def test_how_the_application_is_sent_is_settled_by_the_form_and_the_body(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_a_yes_no_on_the_report_no_checklist_line_settles_is_answered_by_the_sentences(
    corpus_services: Services,
) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Hvis resultatene våre avviker fra det vi skrev i søknaden, må vi si noe om det i rapporten (0765.73)?", None
    )
    assert answer.text.startswith("Ja"), answer.text
    assert "Er det avvik mellom forventet og oppnådde resultater og effekt skal dette belyses." in answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # The 2023 slides' closing reminder: every application goes to the county governor's post box.
        ("Where do we send the application for the new kommunalt rusarbeid scheme?", "All applications go to"),
        ("Skal søknaden for barn og unge-ordningen sendes til Helsedirektoratet?", "Nei – alle søknader sendes"),
    ],
)
def test_where_a_slides_scheme_application_goes_is_the_slides_reminder(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # Where the call is published: the table's fact, not what the scheme is.
        ("Hvor lyses tilskuddsordningen 0765.73 ut?", "Ordningen lyses ut på www.helsedirektoratet.no/tilskudd."),
        ("Where is Tiltak B announced?", "The scheme is announced on www.helsedirektoratet.no/tilskudd."),
    ],
)
def test_where_the_call_is_published_is_the_announcement_fact(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text


def test_whether_a_group_is_prioritised_in_decisions_is_about_the_priority(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Are participants under 35 prioritised in IPS/JMO grant decisions?", None
    )
    assert answer.text.startswith("Yes"), answer.text
    assert "under 35 år" in answer.text, answer.text
