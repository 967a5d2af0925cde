"""What a grant may be spent on: a yes/no about another cost gets 'Nei' and the rule first; a scheme with no such
rule is answered from the passages."""

from __future__ import annotations

import pytest

from assistant.services import Services


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Kan vi bruke Tiltak B-tilskuddet til å kjøpe en bil?", "Nei – Tilskuddet under Tiltak B dekker ikke"),
        ("Can Tiltak B money be used for office equipment, e.g. laptops?", "No – Tiltak B does not cover"),
        # "money" names an amount; "be used to buy" says what is asked.
        ("Can Tiltak B money be used to buy laptops for the team?", "No – Tiltak B does not cover"),
        ("Can we use Tiltak B money to buy a car and laptops for the team?", "No – Tiltak B does not cover"),
        # Course fees as something to spend the grant on, not a price asked.
        ("Kan tiltak B-pengene brukes til kursavgifter for teamet?", "Nei – Tilskuddet under Tiltak B dekker ikke"),
        # Course fees to pay, beside other things to buy: no application fee asked about.
        (
            "Can Tiltak B money also cover a laptop, a car and some course fees for our work specialist?",
            "No – Tiltak B does not cover",
        ),
        # The users' rent: a cost the rule on what the grant covers settles, though no document names rent.
        ("Can Tiltak B pay rent for the residents in our housing project?", "No – Tiltak B does not cover"),
        # Things to buy, asked with "also cover" and a person they are for: no eligibility question.
        (
            "Can the Tiltak B money also cover a laptop, a car and a job-fair stand for our employment specialist?",
            "No – Tiltak B does not cover",
        ),
        # A false premise that it covers equipment as well as the salary: the thing bought decides.
        (
            "Since Tiltak B covers both the employment specialist's salary and equipment, can we put new laptops for "
            "the team in the budget?",
            "No – Tiltak B does not cover",
        ),
        (
            "In the transitional municipal substance abuse scheme, can we spend part of the grant on running costs "
            "like rent?",
            "No – The grant covers person-years",
        ),
        # Travel costs, which no document on Tiltak B names, are no subject left unanswered: it covers salary only.
        ("Kan tiltak B dekke innkjøp av PC-er og reiseutgifter for jobbspesialisten?", "Nei – Tilskuddet under"),
        (
            "Can the transitional (overgangsordning) money be used for operating costs like rent and equipment?",
            "No – The grant covers person-years",
        ),
    ],
)
def test_a_cost_the_grant_does_not_cover_gets_no_first(corpus_services: Services, question: str, lead: str) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert answer.citations


def test_what_it_may_be_used_for_lists_the_rule(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Hva kan overgangsordningen for kommunalt rusarbeid brukes til?", None)
    assert "kun til årsverk" in answer.text, answer.text


def test_a_salary_question_is_settled_by_whose_salary_it_pays_not_by_what_it_does_not_cover(
    corpus_services: Services,
) -> None:
    _, answer = corpus_services.pipeline.answer("Kan vi bruke Tiltak B til lønn for psykiateren i teamet?", None)
    assert answer.text.startswith("Nei – Tiltak B delfinansierer bare lønn til arbeids-"), answer.text
    assert "andre typer aktiviteter" not in answer.text.split("\n\n")[0]


def test_whether_it_funds_a_person_is_answered_by_whose_salary_it_pays(corpus_services: Services) -> None:
    """'Can Tiltak B fund an employment specialist in an ordinary service?' is no other cost: no 'No' from the rule
    on what it does not cover, the sentences on whose salary it pays answer."""
    _, answer = corpus_services.pipeline.answer(
        "We only have an ordinary municipal mental health service. Can Tiltak B fund an employment specialist there?",
        None,
    )
    assert not answer.text.startswith("No"), answer.text
    assert "utdanningsspesialist" in answer.text, answer.text


def test_running_costs_asked_is_a_use_of_funds_question_not_an_amount(corpus_services: Services) -> None:
    # "costs" and "lønn" are amount words too; running costs asked about makes it a question of what the grant
    # may be used for, not of its appropriation.
    answer = corpus_services.pipeline.answer(
        "Kan den nye ordningen for kommunalt rusarbeid dekke driftsutgifter, eller bare lønn?"
    )[1]
    assert "230" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "lead", "profession"),
    [
        (
            "Can Tiltak B be used to part-fund a psychologist position in our FACT team?",
            "No – Tiltak B part-finances the salary of the work and education specialist only",
            "psychologist",
        ),
        # Asked as whether "we get" it, and as whether it "covers" a position: no eligibility, no sum.
        ("Får vi tiltak B-tilskudd til en psykolog i FACT-teamet?", "Nei – Tiltak B delfinansierer", "psykolog"),
        ("Does Tiltak B cover a nurse position?", "No – Tiltak B part-finances", "nurse"),
        # Asked how much: nothing for that profession, whatever the specialist's rates.
        (
            "How much does Tiltak B give per year for a psychologist position in our FACT team?",
            "No – Tiltak B part-finances",
            "psychologist",
        ),
        ("Hvor mye får vi i Tiltak B for en sykepleier i ACT-teamet?", "Nei – Tiltak B delfinansierer", "sykepleier"),
        # The role set aside ("instead of an employment specialist") is not the one asked about.
        (
            "We're a municipality. Can Tiltak B in 0765.73 fund a peer support worker (erfaringskonsulent) instead of "
            "an employment specialist?",
            "No – Tiltak B part-finances",
            "not of an erfaringskonsulent",
        ),
    ],
)
def test_a_profession_the_measure_does_not_pay_for_gets_a_no(
    corpus_services: Services, question: str, lead: str, profession: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert profession in answer.text.split("\n\n")[0]
    assert answer.citations[0].quote.startswith("Tilskuddet skal delfinansiere lønnskostnader")


@pytest.mark.parametrize(
    "question",
    [
        "Dekker Tiltak B hele lønna til arbeidsspesialisten, så kommunen slipper å bruke egne midler?",
        "Does Tiltak B cover the full salary of our employment specialist?",
        "Dekker Tiltak B hele lønnen til arbeidsspesialisten vår, sånn at kommunen ikke trenger å bidra?",
        "Does Tiltak B pay the entire salary of the specialist?",
        "Dekker tiltak B-tilskuddet hele lønnskostnaden til arbeidsspesialisten?",
    ],
)
def test_the_whole_salary_asked_of_a_measure_that_part_finances_it_gets_a_no(
    corpus_services: Services, question: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(("Nei", "No")), answer.text
    assert "delfinansiere lønnskostnader" in answer.citations[0].quote


def test_the_role_the_measure_pays_for_gets_no_such_no(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Can Tiltak B fund a job specialist in our FACT team?", None)
    assert not answer.text.startswith("No"), answer.text
    _, answer = corpus_services.pipeline.answer(
        "Hvor mye får vi i Tiltak B for en jobbspesialist som er sykepleier?", None
    )
    assert answer.text.startswith("Inntil 750 000 kr"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Does Tiltak B also cover FACT ung teams, or just adult ACT and FACT teams?",
        "Kan tiltak B også brukes i de øvrige psykisk helse- og rustjenestene?",
    ],
)
def test_where_the_grant_is_spent_is_no_cost_it_does_not_cover(corpus_services: Services, question: str) -> None:
    # Teams and services asked about are where the salary is paid: «… skal ikke dekke andre typer aktiviteter» does
    # not answer them.
    _, answer = corpus_services.pipeline.answer(question, None)
    assert not answer.text.startswith(("No", "Nei")), answer.text
    assert "andre typer aktiviteter" not in answer.text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Hva kunne tilskuddet i voksne-ordningen 2019 brukes til for et ACT-team?", "Hva tilskuddet kan brukes til"),
        # No measure named: the list is said to be the teams'.
        ("What could the 2019 adults grant be spent on?", "What the grant may be used for"),
        # "X, or only salaries?" asks of X, which the list names.
        (
            "Kunne midlene fra voksne-ordningen i 2019 brukes til opplæring av teamansatte og fidelity-målinger, eller "
            "bare til lønn?",
            "Ja – tilskuddet kan benyttes til drift",
        ),
        # "Only salaries?" of a list naming more.
        ("Hva kunne tilskuddet til ACT/FACT-team brukes til i 2019? Bare lønn?", "Nei, ikke bare det – "),
    ],
)
def test_what_a_grant_may_be_used_for_is_listed_from_its_rule(
    corpus_services: Services, question: str, lead: str
) -> None:
    _, answer = corpus_services.pipeline.answer(question, None)
    assert answer.text.startswith(lead), answer.text
    assert "opplæring" in answer.text or "training" in answer.text
    assert answer.citations[0].quote.startswith("Tilskuddet kan benyttes til drift")


def test_a_list_of_what_it_may_pay_for_rules_nothing_out(corpus_services: Services) -> None:
    # «Tilskuddet kan benyttes til …» lists; it does not say that other costs are excluded: no "Nei" from it.
    _, answer = corpus_services.pipeline.answer("Kunne 2019-tilskuddet til FACT-team brukes til husleie?", None)
    assert not answer.text.startswith("Nei"), answer.text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        # "Does that include …?" asks on about the answer before: what the grant may be used for.
        (
            (
                "What could the 2019 adults scheme grant be used for in ACT/FACT teams?",
                "Does that include fidelity assessments?",
            ),
            "Yes – the grant may be used for operations",
        ),
        (("What does Tiltak B fund?", "Does it cover a laptop?"), "No"),
    ],
)
def test_a_follow_up_asking_whether_that_includes_something_asks_of_the_answer_before(
    corpus_services: Services, turns: tuple[str, str], lead: str
) -> None:
    conversation_id, _ = corpus_services.pipeline.answer(turns[0], None)
    _, answer = corpus_services.pipeline.answer(turns[1], conversation_id)
    assert answer.status == "answered", answer.text
    assert answer.text.startswith(lead), answer.text


def test_only_in_the_scene_asks_no_only(corpus_services: Services) -> None:
    # "bare ca 12 000 innbyggere" tells the region's size; the question is whether other teams may be funded.
    _, answer = corpus_services.pipeline.answer(
        "DPS-regionen vår har bare ca 12 000 innbyggere. Kunne vi etter 2019-utlysningen få tilskudd til noe annet "
        "enn ACT/FACT?",
        None,
    )
    assert not answer.text.startswith("Nei, ikke bare det"), answer.text


def test_a_cost_not_covered_is_followed_by_whose_salary_it_pays(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Kan vi bruke Tiltak B-midlene til å kjøpe inn PC-er og betale kurs for hele FACT-teamet?", None
    )
    first, second = answer.text.split("\n\n")[:2]
    assert first.startswith("Nei – Tilskuddet under Tiltak B dekker ikke"), answer.text
    assert second.startswith("Tilskuddet delfinansierer lønn til arbeids-/utdanningsspesialist"), answer.text


def test_money_for_something_new_is_settled_by_the_sentence_on_new_measures(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Our municipality already gets transitional funding for municipal substance abuse work. Can we use the "
        "transitional scheme to get money for a brand-new low-threshold project in 2023?",
        None,
    )
    assert answer.text.startswith("No"), answer.text
    assert any("Det gis ikke tilskudd til nye tiltak" in c.quote for c in answer.citations), answer.citations
    # Asked whether the scheme may start something, read as whether one may apply: the same sentence settles it.
    _, answer = corpus_services.pipeline.answer(
        "We got transition funding for substance-abuse work in 2022. Can we use the 2023 transition scheme to start "
        "a brand-new housing project?",
        None,
    )
    assert answer.text.startswith("No – «Det gis ikke tilskudd til nye tiltak gjennom overgangsordningen.»"), (
        answer.text
    )
    # The new scheme's documents say no such thing of it.
    _, answer = corpus_services.pipeline.answer(
        "Kan vi bruke ny ordning for kommunalt rusarbeid til å starte et nytt lavterskeltilbud?", None
    )
    assert "Det gis ikke tilskudd til nye tiltak" not in answer.text.split("\n\n")[0], answer.text


def test_a_profession_asked_in_a_follow_up_is_checked_against_the_measure_in_focus(corpus_services: Services) -> None:
    cid, _ = corpus_services.pipeline.answer("What does Tiltak B cover?", None)
    _, answer = corpus_services.pipeline.answer("Can we also get money for the team leader's salary?", cid)
    assert answer.text.startswith("No – Tiltak B part-finances"), answer.text


def test_staff_told_in_the_scene_leave_the_other_cost_asked_to_the_rule(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "DPS-et vårt har fått Tiltak B til en arbeids- og utdanningsspesialist. Kan vi bruke en del av tilskuddet til "
        "opplæringskurs i IPS for resten av teamet og litt nytt IT-utstyr?",
        None,
    )
    assert answer.text.startswith("Nei – Tilskuddet under Tiltak B dekker ikke"), answer.text


def test_the_whole_salary_asked_with_the_salary_told_is_the_grant_against_it(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer(
        "Lønnskostnaden for spesialisten vår i tiltak B er 680 000 kr i år 3 (100 % stilling). Dekker tilskuddet hele "
        "lønna?",
        None,
    )
    first = answer.text.split("\n\n")[0]
    assert first.startswith("Nei – tilskuddet kan dekke inntil 450 000 kr"), answer.text
    assert "230 000" in first
