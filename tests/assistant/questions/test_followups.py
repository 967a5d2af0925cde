"""Follow-ups are read for what they ask, with the conversation's scheme and measure kept."""

from __future__ import annotations

import pytest

from assistant.services import Services
from eval.scoring import amounts_in


def conversation(services: Services, *turns: str) -> str:
    cid = None
    text = ""
    for turn in turns:
        cid, answer = services.pipeline.answer(turn, cid)
        text = answer.text
    return text


def test_a_part_of_the_grant_singled_out_asks_how_much(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "What can an IPS resource environment get under Tiltak A?",
        "And if we only apply for the training part?",
    )
    assert amounts_in(text.split("\n")[0]) == [400_000]


@pytest.mark.parametrize(
    ("first", "then", "lead"),
    [
        (
            "Tell me briefly about the grant for adults with long-term and complex service needs.",
            "Can we still apply for it?",
            "No – the deadlines",
        ),
        # "now" asks the same as "still": whether the call the conversation is about is open today.
        ("Hva var maks tilskudd per team for ACT/FACT i 2019?", "Kan vi søke om det nå?", "Nei – fristene"),
        ("What was the 2019 rate per ACT team position?", "Can we apply for it now?", "No – the deadlines"),
    ],
)
def test_can_we_still_apply_asks_whether_the_deadline_has_passed(
    corpus_services: Services, first: str, then: str, lead: str
) -> None:
    text = conversation(corpus_services, first, then)
    assert text.startswith(lead), text


def test_a_false_premise_about_who_may_apply_is_corrected_first(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Since voluntary organisations are eligible under the 2025 regelverk 0765.73, what do we need to include "
        "in our application?",
    )
    assert text.startswith("No: voluntary and non-profit organisations may not apply"), text


def test_the_sentences_after_a_no_for_the_applicant_give_no_verdict_of_their_own(corpus_services: Services) -> None:
    text = conversation(corpus_services, "can a private company (an AS that sells job coaching) get Tiltak B money?")
    assert text.startswith("No: companies may not apply"), text
    assert "Yes –" not in text, text


def test_an_applicant_described_earlier_is_told_first_that_it_may_not_apply(corpus_services: Services) -> None:
    text = conversation(corpus_services, "Vi er en fylkeskommune.", "Hva må søknaden om Tiltak B inneholde?")
    assert text.startswith("Nei: fylkeskommuner kan ikke søke"), text


def test_this_year_and_next_year_count_from_the_year_described(corpus_services: Services) -> None:
    pipeline = corpus_services.pipeline
    conversation, _ = pipeline.answer("Vi er i år 2 av Tiltak B, én stilling på 60 %.", None)
    _, answer = pipeline.answer("Hvor mye får vi i år og neste år til sammen?", conversation)
    assert answer.text.startswith("Til sammen inntil 630 000 kr for år 2 og 3"), answer.text
    conversation, _ = pipeline.answer("Vi er i år 2 av Tiltak B, én stilling på 60 %.", None)
    _, answer = pipeline.answer("Hva får vi neste år?", conversation)
    assert answer.text.startswith("Inntil 270 000 kr for Tiltak B i 3."), answer.text  # 60 % of 450 000


def test_a_measure_named_only_to_exclude_it_is_not_the_one_asked_about(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "We've had FACT funding for four years under the 2019 adult-scheme rules, with no pre-project. "
        "Can we get a fifth year?",
    )
    assert text.startswith("No – the year you ask about is outside the period for ACT/FACT teams"), text
    assert "600 000" not in text


def test_a_scheme_without_measures_states_its_period_and_a_grant_is_not_renewed_by_itself(
    corpus_services: Services,
) -> None:
    text = conversation(corpus_services, "Hvor lenge kan man få midler fra den nye ordningen for kommunalt rusarbeid?")
    assert "inntil 4 år" in text, text
    text = conversation(corpus_services, "Is the Tiltak B grant renewed automatically for the following years?")
    assert text.startswith("No. Grants are awarded one year at a time"), text
    # A claim that no yearly application is needed is denied ("ikke sant" is the tag, no negation of it).
    text = conversation(
        corpus_services, "Vi slipper å søke på nytt hvert år når vi først har fått tiltak B, ikke sant?"
    )
    assert text.startswith("Nei. Tilskudd gis for ett år av gangen"), text
    text = conversation(corpus_services, "Blir tiltak B fornyet automatisk?")
    assert text.startswith("Nei. Tilskudd gis for ett år av gangen"), text


def test_whether_a_pre_project_lengthens_the_period_is_answered_yes_without_its_grant(
    corpus_services: Services,
) -> None:
    text = conversation(
        corpus_services,
        "If we got pre-project money under the 2019 adults scheme, could the total grant period be longer than four "
        "years?",
    )
    assert text.startswith("Yes – With a pre-project the grant period is at most five years"), text
    assert "600 000" not in text, text


def test_the_scheme_more_of_whose_name_is_used_wins_a_tie(corpus_services: Services) -> None:
    text = conversation(
        corpus_services, "Until when does the transitional kommunalt rusarbeid scheme fund positions, and how long?"
    )
    assert "2024" in text, text


def test_both_parts_of_how_much_and_who_could_apply_are_answered(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hvem kunne søke på Helsedirektoratets ordning Utprøving av individuell jobbstøtte (IPS) i 2015, "
        "og hvor stor var den?",
    )
    assert text.startswith("Beløpet for ordningen var 25 mill. kroner i 2015."), text
    assert "Disse kan søke:" in text and "kommuner" in text


def test_a_measure_typed_without_norwegian_letters_is_still_found(corpus_services: Services) -> None:
    text = conversation(corpus_services, "kan helseforetaket vart soke om midler til et ips ressursmiljo?")
    assert "(Tiltak A)" in text, text


def test_a_total_asked_in_a_conversation_is_the_total_of_the_grant_discussed(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Vi planlegger et nytt IPS-prosjekt med to jobbspesialister og én teamleder i full stilling.",
        "Hva blir det totalt over alle tre år?",
    )
    assert text.startswith("Til sammen inntil 3 600 000 kr over 3 år"), text


def test_does_that_still_apply_asks_the_same_of_the_scheme_named(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Kan en stiftelse søke IPS/JMO-tilskudd?",
        "Gjelder det fortsatt i dag etter regelverket for 0765.73?",
    )
    assert "Stiftelser kan ikke søke om tilskudd fra «Behandling og rehabilitering" in text, text


def test_how_applicants_learn_the_outcome_is_a_case_handling_question(corpus_services: Services) -> None:
    text = conversation(corpus_services, "How are applicants told the outcome of their 0765.73 application?")
    assert "vedtaksbrev" in text, text


def test_can_we_get_money_asks_whether_not_how_much(corpus_services: Services) -> None:
    _, answer = corpus_services.pipeline.answer("Vi er en kommune. Kan vi få penger til IPS?", None)
    assert answer.text.startswith("Ja, på vilkår. Kommuner kan søke"), answer.text
    assert answer.calculation is None


def test_new_staff_named_in_a_follow_up_keep_the_year_asked_about(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hva er maks per stilling i et ACT-team første år?",
        "Og år 3?",
        "Hva blir det for 10 stillinger?",
    )
    assert text.startswith("Inntil 2 500 000 kr"), text


def test_as_well_keeps_the_part_of_the_grant_asked_about_before(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hvor mye kan vi få til opplæring i Tiltak A?",
        "Og med to hele stillinger i tillegg, hva blir totalen per år?",
    )
    assert text.startswith("Inntil 2 000 000 kr"), text  # 2 × 800 000 and the 400 000 for training


def test_a_given_training_sum_with_a_position_is_the_whole_grant_not_training_alone(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "How much can we get for training measures under Tiltak A?",
        "OK. If we only need 150 000 for training and have one full-time position, what's our maximum for the year?",
    )
    assert text.startswith("Up to 950 000 NOK"), text


def test_staff_named_in_a_follow_up_on_a_one_rate_scheme_total_one_year(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "What was the 2023 rate per full-time position in the transition scheme for municipal substance abuse work?",
        "We only have 80 % positions, three of them. What do we get in total?",
    )
    assert text.startswith("Up to 792 000 NOK"), text


def test_a_bare_number_answering_a_count_of_positions_is_that_many_positions(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hvor mange stillinger kunne et ACT-team få tilskudd til etter 2019-reglene?",
        "Vi har 14. Hva blir maks første år da?",
    )
    # Ten positions at most: "No" for the other four first, and 3 mill. per team.
    assert text.startswith("Nei, ikke for alle stillingene"), text
    assert amounts_in(text.split("\n")[0]) == [3_000_000], text


@pytest.mark.parametrize(
    ("first", "then", "total"),
    [
        # The years asked ("3 and 4") are no count of positions; "that many" is the ten the answer before gave.
        ("2019 adults scheme - max positions per FACT team?", "ok we have exactly that many. years 3 and 4 combined?",
         4_500_000),
        ("Hvor mange stillinger kunne et ACT-team få i 2019-ordningen?", "Vi har akkurat så mange. Hva blir år 2 og 3?",
         5_500_000),
    ],
)  # fmt: skip
def test_that_many_after_a_count_of_positions_is_the_count_the_measure_funds(
    corpus_services: Services, first: str, then: str, total: int
) -> None:
    text = conversation(corpus_services, first, then)
    assert amounts_in(text.split("\n")[0]) == [total], text


def test_a_terse_max_positions_question_asks_the_count(corpus_services: Services) -> None:
    text = conversation(corpus_services, "2019 adults scheme - max positions per FACT team?")
    assert text.startswith("Grants cover at most 10 100 % positions per ACT/FACT team"), text


def test_training_money_for_the_ips_word_is_the_measure_that_pays_for_training(corpus_services: Services) -> None:
    # The IPS page before 2025 pays for no courses; Tiltak A (resource environments in IPS) has 400 000 for them.
    text = conversation(
        corpus_services,
        "We are a university hospital trust with a long-established IPS service and strong results.",
        "We want money for IPS training courses for municipalities - which measure fits?",
        "how much can we get for the courses?",
    )
    assert amounts_in(text.split("\n")[0]) == [400_000], text
    assert "Tiltak A" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        (("who can apply for 0765.73?",
          "we're a municipality running a FACT team and want a job specialist in it — which measure fits?"),
         "«Tiltak B: Delfinansiering av arbeids-/utdanningsspesialist"),
        (("hva er forskjellen på tiltak A og B?",
          "vi er et DPS som vil veilede andre IPS-tilbud i regionen – hvilket passer?"),
         "«Tiltak A: Delfinansiering av midler til ressursmiljøer innen IPS»"),
        (("Which measure should a municipality with an ACT team apply under to fund an employment specialist?",),
         "«Tiltak B: Delfinansiering av arbeids-/utdanningsspesialist"),
        # Supervising and training IPS services is what a resource environment does, not running one.
        (("We are an IKS that supervises and trains IPS services across the region",
          "which measure fits us, and what's the max for the staff positions per year?"),
         "«Tiltak A: Delfinansiering av midler til ressursmiljøer innen IPS»"),
        (("Vi er et IKS som veileder IPS-tilbud i regionen. Hvilket tiltak passer for oss?",),
         "«Tiltak A: Delfinansiering av midler til ressursmiljøer innen IPS»"),
    ],
)  # fmt: skip
def test_which_measure_fits_is_answered_with_the_measure_in_its_own_words(
    corpus_services: Services, turns: tuple[str, ...], lead: str
) -> None:
    # The measure is asked, not its rates, nor whether the one asking may apply.
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text


@pytest.mark.parametrize(
    ("turns", "total"),
    [
        # A project year, then a size, after what the measure is: what it pays then.
        (("tiltak b", "år 3", "80 %"), 360_000),
        (("What is Tiltak A?", "year 2?"), 800_000),
        # The sum needed for courses is the training money, on top of the positions.
        (("hvor mye kan vi få i tiltak A?", "vi har 1,5 årsverk og trenger 200 000 til kurs"), 1_400_000),
    ],
)
def test_terse_follow_ups_ask_the_sum_for_what_they_name(
    corpus_services: Services, turns: tuple[str, ...], total: int
) -> None:
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n")[0]) == [total], text


def test_a_bare_count_after_how_many_positions_is_checked_against_the_limit(corpus_services: Services) -> None:
    text = conversation(corpus_services, "how many positions can tiltak A fund?", "so we could do 3?")
    assert text.startswith("No – Tiltak A does not fund that many positions"), text


def test_what_it_may_be_used_for_leans_on_the_measure_before(corpus_services: Services) -> None:
    text = conversation(
        corpus_services, "what does tiltak B cover", "can we use it for the specialist's laptop and travel?"
    )
    assert text.startswith("No – Tiltak B does not cover other activities or investments"), text


def test_over_the_whole_period_after_a_year_sums_the_period(corpus_services: Services) -> None:
    text = conversation(corpus_services, "Tiltak B: hvor mye år 2?", "Og over hele perioden?")
    assert amounts_in(text.split("\n")[0]) == [2_100_000], text


def test_the_maximum_grant_period_after_a_sum_asks_the_period(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "What was the 2019 pre-project (forprosjekt) amount?",
        "And then the maximum total grant period?",
    )
    assert text.startswith("Duration under"), text
    assert "at most five years" in text, text


@pytest.mark.parametrize(
    ("turns", "total"),
    [
        # … with the training money the question before took in, too.
        (("Vi vurderer å søke Tiltak A i 0765.73 med to hele stillinger.",
          "Hva blir maks per år hvis vi også tar med opplæringsmidlene?", "Og over hele perioden?"), 12_000_000),
        # "over the full six years" after a year's maximum: the period's sum, not the year's again.
        (("Tiltak A, two full-time positions plus training: what's the max per year?", "and over the full six years?"),
         12_000_000),
        # A programme no rule table names is carried by the question before; the sum asked now leads.
        (("Hva var rammen for tilskudd til foreldrestøttende tiltak i 2015?",
          "Og hvor mye var egentlig til fordeling?"), 2_800_000),
        # "de gjenværende årene …, inkludert år 3" from year 3: years 3 and 4.
        (("Vi er inne i år 3 av tiltak B med en hel stilling. Hvor mye kan vi maks få for de gjenværende årene til "
          "sammen, inkludert år 3?",), 750_000),
        # A count alone after a sum for positions: that many positions ("og tre?" is then over the limit: two).
        (("Tiltak A: maks for én 100 % stilling?", "og med to?"), 1_600_000),
        (("Tiltak A: maks for én 100 % stilling?", "og med to?", "og tre?"), 1_600_000),
        # "over de årene" after how many years: the years just named, the whole period.
        (("tiltak A, hvor mange år kan vi få?", "og hvor mye totalt over de årene med to stillinger uten opplæring?"),
         9_600_000),
        (("How many years can Tiltak A be funded?",
          "and how much in total over those years with two positions, no training?"), 9_600_000),
        # A size corrected: "I meant 60 %, not 80 %".
        (("tiltak B year 2, job specialist at 80% - how much?", "sorry, I meant 60 %, not 80 %"), 360_000),
        # Each one's size with its unit left out: "en på 100 og en på 30" (the transition scheme pro-rates).
        (("overgangsordning rusarbeid 100 %?", "vi har egentlig to stillinger, en pa 100 og en pa 30"), 429_000),
        # The scheme named as the old one is a switch, though the scheme in force names IPS too; "tre stk" counts.
        (("tiltak B år 1 full stilling?",
          "ok. og på den gamle IPS-ordninga, nytt prosjekt med tre stk i 100 % første driftsår?"), 1_500_000),
        # A sum claimed larger than any year's is a total: the true total leads.
        (("Our HF is applying for Tiltak B for one full-time specialist.",
          "I added up the four years as 750 + 600 + 450 + 300 = 2,000,000. Is that right?"), 2_100_000),
        # "de to første årene", and a size held from year 3 over the rest of the period.
        (("Vi planlegger Tiltak B i fire år for en arbeidsspesialist i FACT-teamet.",
          "Stillingen er 100 % de to første årene, men reduseres til 50 % fra år 3. Hva blir maks totalt?"),
         1_725_000),
        (("I've put 750,000 x 4 = 3,000,000 in our four-year budget for one Tiltak B specialist. That's the max, "
          "right?",), 2_100_000),
        # Our budget for our positions is a grant claimed, not the scheme's allocation.
        (("Transition scheme 2023, our municipality.",
          "We have two 50% positions; I budgeted 2 x 330,000 = 660,000. OK?"), 330_000),
        # A count corrected: "no wait, three".
        (("2019 adults scheme - how much per position in year 1?", "we'll have two positions", "no wait, three"),
         900_000),
        # A measure of the same scheme named in a follow-up ("forprosjektmidler") is the one asked about.
        (("Hva var maksimalt tilskudd per ACT-team i 2019?", "Kunne vi få forprosjektmidler i tillegg?"), 600_000),
    ],
)  # fmt: skip
def test_a_follow_up_asks_the_sum_it_names_itself(
    corpus_services: Services, turns: tuple[str, ...], total: int
) -> None:
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n")[0]) == [total], text


def test_the_new_scheme_after_the_transition_scheme_is_the_new_rusarbeid_scheme(corpus_services: Services) -> None:
    # The slides give the new scheme no rate per position: refused, not the transition scheme's rate again.
    cid, _ = corpus_services.pipeline.answer(
        "What's the 2023 per-position rate in the transition scheme for municipal substance abuse work?", None
    )
    _, answer = corpus_services.pipeline.answer("And for the new scheme?", cid)
    assert answer.status == "not_found", answer.text
    assert "new scheme" in answer.text.split("\n")[0], answer.text


def test_a_short_question_with_a_pronoun_leans_on_the_one_before(corpus_services: Services) -> None:
    text = conversation(corpus_services, "When was the 0765.73 regelverk approved?", "Which version does it replace?")
    assert "Erstatter tidligere versjon av 18.11.24" in text, text


def test_what_a_follow_up_asks_in_its_own_words_is_answered_when_the_query_dilutes_it(
    corpus_services: Services,
) -> None:
    text = conversation(
        corpus_services,
        "What could the 2019 ACT/FACT team grant be used for?",
        "Does that include the cost of the national training programme?",
    )
    assert "28 000 kr per deltaker" in text, text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        # Staff and a sum asked after who may apply: the sum.
        (("Vi fikk midler fra kommunalt rusarbeid etter gammel ordning i 2021. Kan vi søke overgangsordningen i 2023?",
          "Hva får vi for 1,5 årsverk?"), "Inntil 495 000 kr"),
        # Who may lead the application, for the scheme the message before named.
        (("Vi er et HF som vil søke 765.60 i 2023 for et nytt FACT-team.", "Kan vi stå som hovedsøker?"),
         "Nei. Bare kommuner kan stå som hovedsøker"),
        # … in the year the question before asked of (the 2019 call let a health trust lead, jointly).
        (("Hvem kunne søke på tilbud til voksne med langvarige og sammensatte tjenestebehov i 2019?",
          "Kunne helseforetaket stå som hovedsøker?"), "Ja, på vilkår."),
        # Signing as co-applicants asks whether both may apply: only one party does.
        (("Can NAV apply for the IPS/JMO grant?", "and can both NAV and the DPS sign as co-applicants?"),
         "No, not separately."),
        # A yes/no after a conjunction and a scene: the flat transition rate is not reduced in year 4.
        (("We're a municipality that got kommunalt rusarbeid funding from 2020. What's the 2023 transitional amount "
          "for our 3 full-time positions?", "And since this is our fourth year – is it reduced?"),
         "No – for The transition scheme the rate is the same as the year before"),
        # "de samme kravene" asks the question before of the measure named now: none are set for Tiltak B.
        (("Hvilke kvalifikasjoner kreves for stillingene i Tiltak A?",
          "Gjelder de samme kravene for spesialisten i Tiltak B?"),
         "Nei – dokumentene stiller ingen kvalifikasjonskrav for Tiltak B"),
        # … asked on its own, as whether one application is enough: no, too.
        (("Holder det å søke én gang for hele fireårsperioden under Tiltak B?",),
         "Nei. Tilskudd gis for ett år av gangen"),
        # A year asked after a subject no document covers carries no subject: the sum.
        (("What's the tax treatment of the Tiltak B grant?",
          "OK then, what's the max in year 2 for a full-time specialist?"), "Up to 600 000 NOK"),
        # A sum per position after the pre-project's lump sum: the measure priced per position.
        (("Hvor mye er forprosjektmidlene i 2019-ordningen?", "og hvor mye er det per stilling år 4?",
          "og for 4 stillinger?"), "Inntil 800 000 kr"),
        # One application for all the years: no, one year at a time.
        (("How many years can Tiltak A run?", "And does one application cover all those years?"),
         "No. Grants are awarded one year at a time"),
    ],
)  # fmt: skip
def test_a_follow_up_keeps_the_scheme_and_year_and_asks_what_it_says(
    corpus_services: Services, turns: tuple[str, ...], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text


def test_what_happens_to_the_amount_over_the_years_is_said_before_the_years_sums(corpus_services: Services) -> None:
    text = conversation(corpus_services, "Hvor lenge varer IPS/JMO-tilskuddet?", "Hva skjer med beløpet over årene?")
    assert text.startswith("Tilskuddet trappes ned hvert år, med krav om økt egenfinansiering."), text


def test_a_role_named_after_describing_the_team_picks_the_measure_for_that_role(corpus_services: Services) -> None:
    # The ACT team described is who "we" are; the employment specialist is funded by Tiltak B, not the 2019 scheme.
    text = conversation(
        corpus_services,
        "We're a health trust running an ACT team.",
        "how much can we get for our employment specialist, 100%, first year?",
    )
    assert amounts_in(text.split("\n")[0]) == [750_000], text


def test_a_subject_asked_in_a_follow_up_keeps_the_conversations_scheme(corpus_services: Services) -> None:
    # The transition scheme's slides say «NB. Det gis ikke utsettelse på denne fristen.»: quoted, not refused.
    text = conversation(
        corpus_services,
        "What was the deadline for the 2023 transitional municipal substance abuse scheme?",
        "Can we get an extension?",
    )
    assert "Det gis ikke utsettelse" in text, text


def test_a_year_the_user_got_money_in_before_is_not_the_year_asked_about(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Kan kommunen vår søke overgangsordningen for kommunalt rusarbeid i 2023?",
        "Vi fikk midler over gammel ordning i 2021. Hva blir tilskuddet for 1,5 årsverk?",
    )
    assert amounts_in(text.split("\n")[0]) == [495_000], text


def test_a_job_specialist_in_an_act_team_is_funded_by_tiltak_b(corpus_services: Services) -> None:
    # "Job specialist" is the IPS page's word for the role Tiltak B funds in ACT teams; the team described decides.
    text = conversation(
        corpus_services,
        "we are a health trust with an ACT team",
        "how much can we get for our full-time job specialist in year 2?",
    )
    assert amounts_in(text.split("\n")[0]) == [600_000], text


def test_a_partner_and_a_word_the_schemes_own_measures_use_change_neither_applicant_nor_scheme(
    corpus_services: Services,
) -> None:
    """ "… an agreement with the municipality to run the IPS service": still a voluntary organisation asking about
    0765.73 (whose Tiltak A funds IPS), not a municipality asking about the old IPS/JMO grant."""
    text = conversation(
        corpus_services,
        "Can a voluntary organisation apply for 0765.73?",
        "What if we have an agreement with the municipality to run the IPS service?",
    )
    assert text.startswith("No. Voluntary and non-profit organisations may not apply"), text


@pytest.mark.parametrize(
    ("told", "asked", "amount"),
    [
        # A job specialist to be hired into the team described: Tiltak B, year 1.
        (
            "Vi er en mellomstor kommune med et FACT-team og vil ansette en jobbspesialist.",
            "Hvor mye kan vi få første år?",
            750_000,
        ),
        # Next year after the three years had: year 4 of Tiltak B.
        (
            "Kommunen vår har hatt Tiltak B for en hel arbeidsspesialiststilling tre år på rad.",
            "Hva er maks vi kan få neste år?",
            300_000,
        ),
    ],
)
def test_what_the_first_message_tells_decides_the_follow_ups_amount(
    corpus_services: Services, told: str, asked: str, amount: int
) -> None:
    text = conversation(corpus_services, told, asked)
    assert amounts_in(text.split("\n")[0]) == [amount], text


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        # Tiltak B steps down 750/600/450/300 000: after year 1 come years 2–4.
        ("Hva er maks for Tiltak B i år 1?", "Og årene etter det, til sammen?", 1_350_000),
        ("What is Tiltak B's cap in year 3?", "And the years after that combined?", 300_000),
    ],
)
def test_the_years_after_that_are_the_years_after_the_one_asked_about(
    corpus_services: Services, first: str, follow_up: str, expected: int
) -> None:
    text = conversation(corpus_services, first, follow_up)
    assert amounts_in(text.split("\n")[0])[0] == expected, text


def test_a_total_for_the_year_sums_the_parts_of_one_year(corpus_services: Services) -> None:
    # Two Tiltak A posts (2 × 800 000) and 100 000 of training, in one year — not over the six years.
    text = conversation(corpus_services, "Tiltak A, two full-time posts and 100 000 for courses: total for the year?")
    assert amounts_in(text.split("\n")[0])[0] == 1_700_000, text


def test_an_eligible_applicant_asking_whether_and_how_much_is_told_yes_first(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Vi er et interkommunalt selskap med et ACT-team.",
        "Kan vi søke på tiltak B, og hva er maksbeløpet i år 3?",
    )
    first, *rest = text.split("\n\n")
    assert first.startswith("Ja:") and "interkommunale selskaper" in first, text
    assert amounts_in(rest[0])[0] == 450_000, text


def test_an_eligible_applicant_asking_only_how_much_gets_no_eligibility_lead(corpus_services: Services) -> None:
    text = conversation(corpus_services, "Vi er en kommune.", "Hva er maksbeløpet for tiltak B i år 3?")
    assert not text.startswith("Ja:"), text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # The year received last year is had; this year is the next (Tiltak B: 750/600/450/300 000).
        (("Kommunen fikk tilskudd til andre driftsår under tiltak B i fjor.", "Hva er maks i år?"), 450_000),
        (("Last year we received our second-year Tiltak B grant. What is the cap this year?",), 450_000),
        # … and the years remaining start with this one.
        (("Vi fikk tiltak B for år 2 i fjor. Hvor mye kan vi få til sammen for de resterende årene?",), 750_000),
    ],
)
def test_a_year_received_last_year_makes_this_year_the_next(
    corpus_services: Services, turns: tuple[str, ...], expected: int
) -> None:
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n")[0])[0] == expected, text


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Kommunen mottok tilskudd under tiltak A for første gang i fjor.",
            "Hva blir det til sammen for årene som er igjen?",
        ),
        (
            "We first received Tiltak A money last year. What's the most for one position for the rest of the years in "
            "total?",
        ),
    ],
)
def test_funding_received_for_the_first_time_is_one_year_had(corpus_services: Services, turns: tuple[str, ...]) -> None:
    # Tiltak A, 800 000 a year for one position: years 2–6 once year 1 is had.
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n")[0])[0] == 4_000_000, text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # The year the applicant said it is in stays the year of the next amount question: IPS year 3, 3 × 300 000.
        (
            (
                "Vi driver et IPS-prosjekt etter den gamle IPS/JMO-ordningen og er i tredje driftsår.",
                "To jobbspesialister og en teamleder, alle på full tid, hva er maks?",
            ),
            900_000,
        ),
        # "two of those" after a question per position: two positions, with the training money, 2 × 800 000 + 400 000.
        (
            (
                "Hvor mye gir tiltak A per hele stilling?",
                "Og hvis vi har to slike og søker full opplæringssum i tillegg?",
            ),
            2_000_000,
        ),
        # What the combined appropriation left for the other scheme under the same budget post: 230 − 185 million.
        (
            (
                "Hvor stor var bevilgningen til voksenordningen i 2019?",
                "Hvor mye ble da igjen til ordningen for barn og unge av den samlede bevilgningen?",
            ),
            45_000_000,
        ),
        (
            (
                "What was the budget for the adult long-term needs scheme in 2019?",
                "And roughly how much did that leave for the children and youth scheme the same year?",
            ),
            45_000_000,
        ),
        # The combined allocation told in the question, of a year the scheme asked about has no document for.
        (
            (
                "I 2019 var samlet bevilgning for voksne- og barn og unge-ordningene 230 millioner. Hvor mye gikk da "
                "omtrent til barn og unge-ordningen?",
            ),
            45_000_000,
        ),
        # A part asked "also" after a team's year: the part alone (the team was the question before).
        (
            ("FACT 2019 år 1 med 10 stillinger?", "vi vil også ha et forprosjekt først – hvor mye kan det være?"),
            600_000,
        ),
        # "pluss teamleder" is one more person, not a word describing the specialists: 3.5 positions, the cap 900 000.
        (
            (
                "IPS-prosjekt tredje driftsår, maks per stilling?",
                "vi har to og en halv jobbspesialist pluss teamleder i full stilling",
            ),
            900_000,
        ),
        # "3 positions, one of them only 50%": 2 × 330 000 + 165 000.
        (("transition scheme rusarbeid 2023 rate per FTE?", "we have 3 positions, one of them only 50%"), 825_000),
        # The overview the conversation is on: its «Kommunalt rusarbeid (2015)», not the 2023 schemes of that name.
        (("2015 overview - IPS trial grant amount?", "and kommunalt rusarbeid?"), 448_800_000),
        # The count alone after a question per position: two positions.
        (("Hva er maks for én stilling i Tiltak A?", "Og hvis vi har to?"), 1_600_000),
        # Resource persons are positions; both full time, with the training money: 2 × 800 000 + 400 000.
        (
            (
                "Vi er et interkommunalt selskap med et veletablert IPS-miljø.",
                "Hvor mye kan vi få for to ressurspersoner i Tiltak A, begge 100 %, inkludert opplæringsmidler?",
            ),
            2_000_000,
        ),
        # "vi øker til 100 % fra år 3" raises the position, it asks no difference between years: 450 000 + 300 000.
        (
            (
                "Vi er en kommune med en arbeidsspesialist i 50 % i tiltak B.",
                "Hva får vi i år 3?",
                "Og hvis vi øker til 100 % fra år 3, hva blir totalen for år 3 og 4?",
            ),
            750_000,
        ),
        # A position told before, named by its size, resized: 330 000 × (1 + 1 + 0,8).
        (
            (
                "Hva var satsen i overgangsordningen for kommunalt rusarbeid i 2023?",
                "Vi har to stillinger på 100 % og én på 50 %.",
                "Og hvis 50 %-stillingen økes til 80 %?",
            ),
            924_000,
        ),
        # "Hva blir totalen per år?" asks a sum: 800 000 for the position and the 150 000 told for training.
        (
            (
                "Hvor mye kan Tiltak A gi til opplæringstiltak?",
                "Vi trenger bare 150 000 til opplæring og har én 100 %-stilling. Hva blir totalen per år?",
            ),
            950_000,
        ),
        # A count answering the count question before, one of them sized: more than the measure funds.
        (
            (
                "How many positions can we apply for under Tiltak A?",
                "Could we get three if the third one is only 50 %?",
            ),
            1_600_000,
        ),
        # The transition scheme in other English words, then a count: 3 × 330 000.
        (("transitional drug work grant 2023 for one 100% position?", "what about 3 full positions?"), 990_000),
        # "the last year" after how many years the measure runs is the period's last: Tiltak B's year 4.
        (
            (
                "I'm asking about Tiltak B.",
                "How many years can we get it?",
                "And what's the amount in the last year for a full-time position?",
            ),
            300_000,
        ),
        # One job specialist added to the minimum team: four positions, within year 3's cap of 900 000.
        (
            (
                "New IPS project minimum staffing, year 1?",
                "and year 3?",
                "and if we add one more job specialist in year 3?",
            ),
            900_000,
        ),
    ],
)
def test_a_follow_up_computes_with_what_the_conversation_told(
    corpus_services: Services, turns: tuple[str, ...], expected: int
) -> None:
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n")[0])[0] == expected, text


def test_staff_named_in_a_follow_up_over_the_whole_period_totals_the_period(corpus_services: Services) -> None:
    # Tiltak A for two full-time positions over its six years: 2 × 800 000 × 6.
    text = conversation(
        corpus_services, "What does Tiltak A give per position?", "And two positions across the entire six years?"
    )
    assert amounts_in(text.split("\n")[0])[0] == 9_600_000, text


@pytest.mark.parametrize(
    "follow_up",
    ["Vi har brukt 150 000 allerede. Hvor mye har vi igjen?", "We have spent 150,000 so far. How much more?"],
)
def test_a_sum_spent_after_a_question_about_training_money_is_taken_off_it(
    corpus_services: Services, follow_up: str
) -> None:
    text = conversation(corpus_services, "Hva er taket for kompetansetiltak i tiltak A?", follow_up)
    assert amounts_in(text.split("\n")[0])[0] == 250_000, text


def test_a_grand_total_after_the_maximum_received_is_the_whole_periods(corpus_services: Services) -> None:
    # Tiltak B: 750 000 + 600 000 received at the maximum, 450 000 + 300 000 to come.
    text = conversation(
        corpus_services,
        "We received NOK 750,000 for year 1 and NOK 600,000 for year 2 under Tiltak B. Assuming the maximum for "
        "years 3 and 4 as well, what will the total be over the whole period?",
    )
    assert amounts_in(text.split("\n")[0])[0] == 2_100_000, text


def test_a_role_in_a_follow_up_keeps_the_project_the_conversation_is_about(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "How much can a new IPS project get in its second year?",
        "And with three employment specialists in year 1?",
    )
    lead = text.split("\n")[0]
    assert "New IPS projects" in lead and amounts_in(lead)[0] == 1_500_000, text


def test_a_role_after_a_team_named_is_the_measure_funding_that_role(corpus_services: Services) -> None:
    # The 2019 scheme funds ACT/FACT teams, not the specialist Tiltak B part-finances in them.
    text = conversation(
        corpus_services,
        "We are a municipality running a FACT team.",
        "How much could we get for one full-time employment specialist in year 2?",
    )
    assert amounts_in(text.split("\n")[0])[0] == 600_000, text


def test_a_part_asked_for_on_top_of_that_is_how_much_of_it(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "How much does Tiltak A give for one full-time position?",
        "Is there something more on top of that for training?",
    )
    lead = text.split("\n")[0]
    assert lead.startswith("Yes") and amounts_in(lead) == [400_000], text


def test_positions_added_in_a_follow_up_count_with_those_named(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Tiltak A with one full-time position: what is the most per year?",
        "And if we add 1 more position?",
    )
    assert amounts_in(text.split("\n")[0])[0] == 1_600_000, text


def test_how_much_alone_after_a_part_asked_about_is_of_that_part(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Gir tiltak A også penger til kompetansetiltak?",
        "Hvor mye maks?",
    )
    assert amounts_in(text.split("\n")[0]) == [400_000], text


@pytest.mark.parametrize("follow_up", ["Hva med 4?", "And what about 3?"])
def test_a_bare_count_after_a_question_of_how_many_positions_is_that_many(
    corpus_services: Services, follow_up: str
) -> None:
    # Tiltak A funds up to two positions: more is a no, with what two positions get.
    text = conversation(corpus_services, "Hvor mange stillinger kan tiltak A gi tilskudd til?", follow_up)
    assert text.startswith(("Nei", "No")), text


def test_the_whole_grant_with_its_training_money_is_for_every_position_funded(corpus_services: Services) -> None:
    # Tiltak A: both positions it funds and the training money, 2 × 800 000 + 400 000 (the reading says so).
    text = conversation(
        corpus_services,
        "Vi er en kommune med et godt etablert IPS-fagmiljø.",
        "Hvor mye kan vi søke om per år i tiltak A, opplæringsmidlene inkludert?",
    )
    assert amounts_in(text.split("\n")[0])[0] == 2_000_000, text


def test_a_scheme_named_in_plain_english_carries_into_the_follow_up(corpus_services: Services) -> None:
    # "a grant for psychologists" names the 2015 overview's psychologist scheme: its allocation answers the next turn.
    text = conversation(
        corpus_services,
        "Was there a grant for psychologists in the 2015 overview?",
        "how much was the total appropriation?",
    )
    assert "NOK 100 million" in text, text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        # "it" is the application just named: its signature rule.
        (
            ("Hi, I'm a consultant helping a small municipality write a 0765.73 application.", "Who should sign it?"),
            "The application is signed by the chief municipal executive",
        ),
        # A sum budgeted for the position is its cost.
        (
            (
                "What's the max Tiltak B grant in year 2?",
                "We budgeted 950,000 for the position that year. How much do we need to cover ourselves, at minimum?",
            ),
            "You must fund at least 350 000 NOK",
        ),
        # The 2019 scheme's pre-project has no year 4: the team rate of year 4 is asked.
        (
            ("Tell me the 2019 adults scheme amounts per position.", "And in year 4?"),
            "Up to 200 000 NOK for ACT/FACT teams in project/operating year 4",
        ),
        # Tiltak A and B both have a year 3: which one stays open.
        (("Hva er satsen i år 3 i 0765.73?",), "Beløpene avhenger av tiltaket"),
        # The transition scheme named as a "grant"; its rate is the same every year.
        (
            (
                "We've had the transitional substance-abuse grant for three years already. Does the amount per "
                "position go down in 2023?",
            ),
            "No – ",
        ),
        # A date the document gives only as expected is no confirmed deadline.
        (
            ("Was 1 March 2023 a confirmed deadline for the new municipal substance abuse scheme?",),
            "No – the document gives the date only as expected",
        ),
        # Whether a pre-project is funded: yes, up to its sum.
        (
            ("Kan vi få penger til et forprosjekt før vi starter FACT-teamet (2019-ordningen)?",),
            "Ja – inntil 600 000 kr",
        ),
        # Granted last year, told in the turn before; the sum is asked first, the why after it.
        (
            (
                "Our municipal FACT team got Tiltak B last year for one full-time specialist.",
                "What's the max this year, and why is it lower?",
            ),
            "Up to 600 000 NOK for Tiltak B in project/operating year 2",
        ),
        # Asked only why, with no year's sum: the sentence that gives the reason answers.
        (("Why does the Tiltak B amount go down every year? Just the reason, not the figures.",), "This is what"),
        # "it" is the scheme talked about; "since 2020" is when it began, not the year asked about.
        (
            (
                "For the municipal substance abuse transitional scheme, what's the 2023 rate?",
                "We've received it since 2020 — do we get less now?",
            ),
            "No – ",
        ),
        # Whether "that call" or "it" is still open, after a question on the scheme: the call's dates answer.
        (
            (
                "Hvor sender man søknaden om tilskudd til voksne med langvarige og sammensatte tjenestebehov?",
                "Kan vi fortsatt sende inn etter den utlysningen?",
            ),
            "Nei – fristene",
        ),
        (("Tell me about Tiltak B.", "Is it still open?"), "The documents do not say whether applications are open"),
        # People sent to the training counted by no noun of their own: participants, priced each.
        (
            (
                "Hva kostet det nasjonale opplæringsprogrammet for ACT/FACT per deltaker ifølge 2019-utlysningen?",
                "vi sender 12 stk, hva blir det totalt?",
            ),
            "Estimert kostnad: 336 000 kr for 12 deltakere",
        ),
        # Phones bought are a cost, not a phone number asked for.
        (("Hva dekker tiltak B?", "Kan vi bruke noe av pengene til å kjøpe PC-er og telefoner til teamet?"), "Nei"),
    ],
)
def test_a_follow_up_reads_what_the_turn_before_named(
    corpus_services: Services, turns: tuple[str, ...], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text


def test_a_switch_of_scheme_for_those_funded_in_a_year_keeps_the_deadline_asked_and_leads_with_that_years(
    corpus_services: Services,
) -> None:
    # "for those who got money in 2022" names recipients, not a sum: the deadline is still what is asked.
    text = conversation(
        corpus_services,
        "What's the reporting deadline for 0765.73?",
        "And for the 765.60 adults scheme, for those who got money in 2022?",
    )
    first = text.split("\n\n")[1]
    assert "1 March 2023" in first, text


def test_whether_we_are_prioritised_is_read_with_the_list_it_is_in(corpus_services: Services) -> None:
    # "Blir vi prioritert?" has no grant word but is a grant question; the slides list what is prioritised on
    # unmarked lines after «… vil følgende bli prioritert:», small municipalities first.
    text = conversation(
        corpus_services,
        "Vi er en liten kommune i Innlandet.",
        "Kan vi søke ny ordning for kommunalt rusarbeid?",
        "Blir vi prioritert?",
    )
    assert text.startswith("Ja"), text
    assert "Små kommuner" in text


@pytest.mark.parametrize(
    "turns",
    [
        ("Tell me about the rates for new JMO projects.", "year 2?"),
        ("Fortell om satsene for nye JMO-prosjekter.", "år 2?"),
    ],
)
def test_rates_asked_about_are_a_sum_so_a_year_after_them_is_that_years_rate(
    corpus_services: Services, turns: tuple[str, str]
) -> None:
    # "Tell me about" names no overview when what is told about is the rates: the JMO rate of year 2, not IPS's.
    text = conversation(corpus_services, *turns)
    assert amounts_in(text.split("\n\n")[0])[:1] == [400000], text


def test_where_an_application_was_sent_is_the_schemes_fact(corpus_services: Services) -> None:
    # "sent" is no "spent"; "where … sent" asks where it goes: the 2019 call's «Søknad for 2019 sendes Fylkesmannen».
    text = conversation(
        corpus_services,
        "Who could apply for the 2019 voksne langvarige scheme?",
        "And where did the application have to be sent?",
    )
    assert text.startswith("The 2019 application goes to the county governor (Fylkesmannen)"), text


def test_where_an_application_goes_is_no_answer_to_what_it_must_hold(corpus_services: Services) -> None:
    # The 2019 call lists no contents; where the application went is a fact, not what it had to hold.
    text = conversation(
        corpus_services,
        "We want to apply for an ACT team under the adults' long-term needs grant. What is required in "
        "the application?",
    )
    assert not text.startswith("The application must contain"), text


def test_both_years_are_the_year_on_now_and_the_one_before(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Tiltak B, year 1, full-time specialist: what's the max?",
        "and year 2?",
        "so what's the total for both years if the position is only 50 %?",
    )
    assert amounts_in(text.split("\n\n")[0])[:1] == [675_000], text  # (750 000 + 600 000) × 50 %


def test_a_request_to_switch_language_asks_nothing_of_the_application(corpus_services: Services) -> None:
    text = conversation(
        corpus_services, "Hva er satsen for Tiltak B år 2?", "sorry, in English please — and what about year 4?"
    )
    assert text.startswith("Up to 300 000 NOK for Tiltak B in project/operating year 4"), text


def test_the_sum_for_more_positions_than_funded_after_a_sum_is_the_cap(corpus_services: Services) -> None:
    # "Vi vurderte å …" (we considered) asks nothing of how an application is assessed; "mer tilskudd" asks a sum.
    text = conversation(
        corpus_services,
        "Hvor mye kunne et FACT-team med 10 stillinger få i år 2 etter 2019-reglene?",
        "Vi vurderte å utvide til 12 stillinger – ville det gitt mer tilskudd?",
    )
    first = text.split("\n")[0]
    assert first.startswith("Nei"), text
    assert amounts_in(first) == [3_000_000], text


def test_a_year_asked_of_a_programme_named_the_turn_before_is_not_a_question_without_a_scheme(
    corpus_services: Services,
) -> None:
    # Jobbsjansen (IMDi, 2015 overview) is in no rule table: the name carried from the question before keeps the
    # follow-up from asking which scheme is meant; the overview states no 2017 sum.
    text = conversation(
        corpus_services,
        "What did the 2015 overview say about Jobbsjansen's budget?",
        "How much did it actually receive in 2017?",
    )
    assert text.startswith("I could not find an answer"), text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # A question right after a message that only told something asks about what it told.
        (
            ("Our organisation number changed after we got the 0765.73 grant decision.", "Do we have to tell anyone?"),
            "må varsle Helsedirektoratet",
        ),
        # "… then?" leans on the answer before: a body that may not apply asks how it may take part.
        (
            (
                "We're a non-profit that runs peer support groups for people recovering from addiction.",
                "Can we get money from the new municipal substance abuse scheme?",
                "How could we be involved then?",
            ),
            "Yes, as a partner – but not as the applicant.",
        ),
        # The amount asked before, in a version the regulation only says it replaces.
        (
            (
                "What's the Tiltak B amount for year 1?",
                "What was it in the previous version of the regelverk from November 2024?",
            ),
            "the rates of earlier versions of the regulation",
        ),
    ],
)
def test_a_follow_up_asks_about_what_the_turns_before_set_up(
    corpus_services: Services, turns: tuple[str, ...], expected: str
) -> None:
    assert expected in conversation(corpus_services, *turns)


def test_what_the_grant_may_pay_for_is_a_follow_up_on_the_grant(corpus_services: Services) -> None:
    # "noe av det" is the grant the conversation is on, though the message names no scheme.
    text = conversation(corpus_services, "tiltak b år 1 for 100%", "kan vi bruke noe av det til å kjøpe pc og møbler?")
    assert text.startswith("Nei"), text


def test_the_adults_scheme_named_by_its_needs_keeps_the_call_in_focus(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "hva er søknadsfristen for voksne med langvarige tjenestebehov?",
        "så vi kan fortsatt sende inn nå?",
    )
    assert text.startswith("Nei – fristene"), text


@pytest.mark.parametrize(
    "question",
    [
        "siden fristen for voksne-ordninga er 1. mars, kan vi vel sende i februar neste år?",
        "Since the deadline is 1 March, can we submit in February next year for the adults scheme?",
    ],
)
def test_sending_next_year_to_a_call_that_closed_is_answered_by_its_dates(
    corpus_services: Services, question: str
) -> None:
    text = conversation(corpus_services, question)
    assert text.startswith(("Nei – fristene", "No – the deadlines")), text


def test_a_cost_told_for_each_position_is_each_one_s(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Each of our two Tiltak A positions costs NOK 1,050,000 a year.",
        "What's our own share per year for the two positions if we get the maximum?",
    )
    assert amounts_in(text.split("\n")[0])[:2] == [500_000, 2_100_000], text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        (
            [
                "Tiltak B year 1, one full-time arbeidsspesialist – max?",
                "ok, and for two arbeidsspesialister at 100 % each?",
            ],
            "No – Tiltak B does not fund that many positions",
        ),
        (["Tiltak B år 2 for én stilling?", "Takk! Og år 3?"], "Inntil 450 000 kr for Tiltak B i 3."),
    ],
)
def test_a_word_of_thanks_before_a_follow_up_keeps_it_one(
    corpus_services: Services, turns: list[str], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text
    assert "2 100 000" not in text  # not the four years' total of a year left behind


def test_a_part_added_with_plus_is_added_to_the_sum_before(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "FACT-team etter 2019-ordningen for voksne, med 8 stillinger.",
        "Hva blir maks totalt for år 1–4?",
        "Pluss maksimalt forprosjekt?",
    )
    assert text.startswith("Til sammen inntil 9 000 000 kr over 4 år"), text


def test_a_sum_asked_after_staff_was_told_is_for_them(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hei, jeg er nyansatt tilskuddsrådgiver i en kommune.",
        "Vi har en arbeidsspesialist i 50 % i FACT-teamet.",
        "Hva er det meste vi kan få i år 2?",
    )
    assert text.startswith("Inntil 300 000 kr for Tiltak B i 2. prosjekt-/driftsår"), text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        # A start month told before the question: the first year is pro-rated by months, a later one is not.
        (
            ["Vi er et DPS og vil søke Tiltak B. Spesialisten starter 1. august.", "Hva er maks for første driftsår?"],
            "Inntil 312 500 kr for Tiltak B i 1. prosjekt-/driftsår",
        ),
        (
            [
                "Vi er et DPS og vil søke Tiltak B. Spesialisten starter 1. august.",
                "Hva er maks for første driftsår?",
                "og år 2?",
            ],
            "Inntil 600 000 kr for Tiltak B i 2. prosjekt-/driftsår",
        ),
        # Sizes by year told before the question: they hold for the total asked next.
        (
            [
                "Our specialist works 60 % in year 1 and 100 % from year 2. Tiltak B.",
                "What's the total over the four years?",
            ],
            "In total up to 1 800 000 NOK over 4 years",
        ),
    ],
)
def test_staff_told_by_year_or_part_of_a_year_holds_for_the_next_question(
    corpus_services: Services, turns: list[str], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text


def test_whether_we_may_send_an_application_now_is_answered_by_the_call_s_dates(corpus_services: Services) -> None:
    text = conversation(
        corpus_services,
        "Hvem kunne søke tilskuddet Tilbud til voksne med langvarige og sammensatte tjenestebehov?",
        "Vi er en kommune. Kan vi sende søknad etter den utlysningen nå?",
    )
    assert text.startswith("Nei – fristene"), text
    assert "Ja" not in text.split("\n")[0]


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        (
            [
                "Vi skal søke tiltak A og vil starte med én stilling første år og to stillinger fra år 2.",
                "Hva blir maks for de to første årene til sammen, uten opplæringsmidler?",
            ],
            "Til sammen inntil 2 400 000 kr over 2 år",
        ),
        (
            [
                "Vi planla et FACT-team etter 2019-reglene med 6 stillinger i år 1 og 9 stillinger i år 2.",
                "Hva blir maks tilskudd de to årene til sammen?",
            ],
            "Til sammen inntil 4 500 000 kr over 2 år",
        ),
    ],
)
def test_a_total_asked_after_counts_by_year_is_over_the_years_named(
    corpus_services: Services, turns: list[str], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text
    assert "Ingen stillinger oppgitt" not in text


@pytest.mark.parametrize(
    ("turns", "lead"),
    [
        (
            ["Vi har 2 årsverk i overgangsordningen for kommunalt rusarbeid i 2023. Hva er maks?", "hva med 1,6?"],
            "Inntil 528 000 kr",
        ),
        (["Tiltak A with 2 positions, max per year?", "and 1.5?"], "Up to 1 200 000 NOK for Tiltak A per year"),
    ],
)
def test_a_number_of_person_years_alone_is_the_staff_now(
    corpus_services: Services, turns: list[str], lead: str
) -> None:
    text = conversation(corpus_services, *turns)
    assert text.startswith(lead), text
