"""Numbers in questions: project year vs calendar year, percentages, positions, NOK amounts, dates."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.types import Language
from assistant.understand import extract_quantities


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("Hvor mye i år 3?", "nb", 3),
        ("Og tredje år?", "nb", 3),
        ("3. driftsår", "nb", 3),
        ("i 3. prosjekt-/driftsår", "nb", 3),
        ("i år 2", "nb", 2),
        ("andre prosjektår", "nb", 2),
        ("første år", "nb", 1),
        ("det fjerde året", "nb", 4),
        ("driftsår 4", "nb", 4),
        ("år tre", "nb", 3),
        ("og tredej år?", "nb", 3),  # typo
        ("TREDJE ÅR", "nb", 3),
        ("og tredje aar", "nb", 3),  # typed without å
        ("What about year 3?", "en", 3),
        ("What is the maximum for Tiltak B in the fourth project/operating year?", "en", 4),
        ("third year", "en", 3),
        ("in the 3rd year", "en", 3),
        ("year four", "en", 4),
        ("the second operating year", "en", 2),
        ("YEAR 2", "en", 2),
        ("our first-year grant", "en", 1),
        # A follow-up that is only an ordinal names the year.
        ("og tredje?", "nb", 3),
        ("and the fourth?", "en", 4),
        # Written with a hyphen, as a compound.
        ("what's the year-4 grant for our team?", "en", 4),
        ("the Tiltak B year-1 amount", "en", 1),
        ("hva får vi i fjerdeåret?", "nb", 4),
        # Abbreviated.
        ("what's the cap in yr 4?", "en", 4),
        ("What does Tiltak B give in Y3?", "en", 3),
        # The year the user is in, told first; the later year asked after it is the one asked.
        ("Vi er inne i femte år nå. Får vi noe i sjette år?", "nb", 6),
        ("Our team is in its second year. What will year 3 bring?", "en", 3),
        # The ordinal's point left out ("i 3 driftsår"), with or without æøå.
        ("hvor mye får vi i 2 driftsår for tiltak b", "nb", 2),
        ("hva far vi i 4 prosjektar", "nb", 4),
    ],
)
def test_project_year(text: str, language: Language, year: int) -> None:
    found = extract_quantities(text, language)
    assert found.year == year
    assert found.calendar_year is None


def test_operating_years_had_are_counted_not_asked() -> None:
    found = extract_quantities("Vi har hatt tilskudd i 2 driftsår. Hva kan vi få nå?", "nb")
    assert (found.year, found.years_behind) == (None, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # What the user got before, told ahead of the question, is history: not the year asked about.
        ("Vi fikk midler over gammel ordning i 2021. Hva blir tilskuddet for 1,5 årsverk?", "nb"),
        ("We received funding in 2020. What is the rate per position?", "en"),
    ],
)
def test_a_year_of_the_users_history_is_not_the_year_asked(text: str, language: Language) -> None:
    assert extract_quantities(text, language).calendar_year is None


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("Vi fikk 750 000 i år 1 av tiltak B og har budsjettert med 700 000 i år 2. Stemmer det?", "nb", 2),
        ("We received 750 000 in year 1 and have budgeted 700 000 for year 2. Is that right?", "en", 2),
        ("Vi fikk 750 000 i år 1 og 600 000 i år 2. Hva kan vi få i år 3?", "nb", 3),
        ("Hva får vi i år 2 hvis vi fikk fullt tilskudd?", "nb", 2),
        # A premise set out before the comma; the year asked after it.
        ("Since Tiltak B pays NOK 1 million per specialist in year one, how much would we get for year two?", "en", 2),
        ("Hvis vi starter i år 1, hva får vi i år 3?", "nb", 3),
    ],
)
def test_the_project_year_asked_is_not_the_year_of_what_was_received(text: str, language: Language, year: int) -> None:
    assert extract_quantities(text, language).year == year


@pytest.mark.parametrize(
    ("text", "language", "calendar_year"),
    [
        ("Hva er fristen i 2026?", "nb", 2026),
        ("år 2025", "nb", 2025),
        ("year 2025", "en", 2025),
        ("the 2019 announcement", "en", 2019),
        # The year since which something holds is history; another year named is the one asked about.
        ("Our team has had funding since 2017. What did the 2019 announcement say?", "en", 2019),
        ("Vi har hatt tilskudd siden 2018", "nb", 2018),
    ],
)
def test_calendar_year_is_not_a_project_year(text: str, language: Language, calendar_year: int) -> None:
    found = extract_quantities(text, language)
    assert found.calendar_year == calendar_year
    assert found.year is None
    assert found.amounts == []


@pytest.mark.parametrize(
    ("text", "language", "calendar_year"),
    [
        ("Før 2025 fikk IPS inntil 500 000 per stilling. Hva gir regelverket fra 2026?", "nb", 2026),
        ("Back in 2019 the cap was 3 million per team. What is it in 2025?", "en", 2025),
        # A document named by its year in the scene is asked about; the question's year is for a second part.
        ("The 2015 overview lists the adults' scheme. What was it given, and what did it have in 2019?", "en", 2015),
        # The question's year is the one compared with: the scene's is asked about.
        ("The 2015 overview lists a scheme for adults. How big was it, and how does that compare to 2019?", "en", 2015),
    ],
)
def test_a_year_in_the_scene_is_not_the_year_the_question_names(
    text: str, language: Language, calendar_year: int
) -> None:
    assert extract_quantities(text, language).calendar_year == calendar_year


@pytest.mark.parametrize(
    ("text", "language", "percents"),
    [
        ("en 50 % stilling", "nb", [50.0]),
        ("50% stilling", "nb", [50.0]),
        ("80 prosent", "nb", [80.0]),
        ("en halv stilling", "nb", [50.0]),
        ("halvtid", "nb", [50.0]),
        ("a half-time position", "en", [50.0]),
        ("a 60 percent position", "en", [60.0]),
        ("full-time", "en", [100.0]),
        ("en 100 %-stilling", "nb", [100.0]),
        ("37,5 % stilling", "nb", [37.5]),
        ("150 %", "nb", [150.0]),  # kept, so that the rules can say no
        ("2000 %", "nb", []),  # not a position size at all
    ],
)
def test_percents(text: str, language: Language, percents: list[float]) -> None:
    # A size said with a counted position ("a half-time position") is read as that position's staffing.
    found = extract_quantities(text, language)
    assert (found.percents or found.staffing) == percents


@pytest.mark.parametrize(
    ("text", "language", "positions"),
    [
        ("to stillinger", "nb", 2),
        ("2 stillinger", "nb", 2),
        ("12 stillinger", "nb", 12),
        ("tolv årsverk", "nb", 12),
        ("et team på 12", "nb", 12),
        ("to 100 %-stillinger", "nb", 2),
        ("tre jobbspesialister", "nb", 3),
        ("2 x 50 %", "nb", 2),
        ("2 positions", "en", 2),
        ("two positions", "en", 2),
        ("a team of 12", "en", 12),
        ("three 50% positions", "en", 3),
        ("ten full-time positions", "en", 10),
        ("TO STILLINGER", "nb", 2),
        ("to stilinger", "nb", 2),  # typo
        # A count joined to its noun as a compound.
        ("a 10-position FACT team", "en", 10),
        ("a 10-person FACT team", "en", 10),
    ],
)
def test_positions(text: str, language: Language, positions: int) -> None:
    assert extract_quantities(text, language).positions == positions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can we apply to the scheme?", "en"),  # English "to" is not two
        ("Is there a fire risk?", "en"),
        ("Hvor mye kan vi få?", "nb"),
        ("år 3", "nb"),
        ("Vi har hatt tilskudd i 2 år med stillinger", "nb"),  # a describing word never spans a unit
        ("3 of the positions are vacant", "en"),
        ("What qualifications must people hired into Tiltak A positions have?", "en"),  # a measure, not "a"
    ],
)
def test_no_positions(text: str, language: Language) -> None:
    assert extract_quantities(text, language).positions is None


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("300 000 kr", [300_000]),
        ("300.000", [300_000]),
        ("kr 300 000", [300_000]),
        ("kr. 750 000", [750_000]),
        ("kr 1,5 mill", [1_500_000]),
        ("1.5 million", [1_500_000]),
        ("3 mill. kroner", [3_000_000]),
        ("NOK 300,000", [300_000]),
        ("450000", [450_000]),
        ("500 kr", [500]),
        ("2 stillinger", []),
        ("år 2025", []),
        ("ca 12 000 innbyggere", []),  # people counted, not a sum
        ("about 12 000 inhabitants", []),
        ("gir 800k per stilling", [800_000]),  # thousands written short
        ("rundt 750 tusen", [750_000]),
        ("12 tusen innbyggere", []),
        ("vi søker 600' i år 2", [600_000]),  # thousands marked with an apostrophe
        ("the 1990's rules", []),  # a decade, not thousands
    ],
)
def test_amounts(text: str, amounts: list[int]) -> None:
    assert extract_quantities(text, "nb").amounts == amounts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Søknadsfrist 01.02.2023", date(2023, 2, 1)),
        ("innen 1. mars 2019", date(2019, 3, 1)),
        ("by March 1, 2019", date(2019, 3, 1)),
        ("on 15 September 2022", date(2022, 9, 15)),
        ("2025-09-19", date(2025, 9, 19)),
        ("who presented on 6 Jan 2023?", date(2023, 1, 6)),  # a short month name
        ("frist 1. feb. 2023", date(2023, 2, 1)),
    ],
)
def test_dates(text: str, day: date) -> None:
    found = extract_quantities(text, "nb")
    assert found.dates == [day]
    assert found.calendar_year is None  # the date's year is not read again


def test_invalid_date_is_ignored() -> None:
    assert extract_quantities("31.02.2025", "nb").dates == []


def test_everything_in_one_question() -> None:
    found = extract_quantities("Hvor mye kan vi få i år 3 for to 50 % stillinger i 2026, maks kr 900 000?", "nb")
    assert (found.year, found.positions, found.percents) == (3, 2, [50.0])
    assert found.calendar_year == 2026
    assert found.amounts == [900_000]


@pytest.mark.parametrize(
    ("text", "language", "positions", "staffing"),
    [
        ("Vi søker for 1,5 årsverk", "nb", 2, [100.0, 50.0]),
        ("a FACT team with two and a half positions", "en", 3, [100.0, 100.0, 50.0]),
        ("to og en halv stilling", "nb", 3, [100.0, 100.0, 50.0]),
        ("to og et halvt årsverk", "nb", 3, [100.0, 100.0, 50.0]),  # neuter "et halvt"
        ("halvannen stilling", "nb", 2, [100.0, 50.0]),
        # A whole position and a half one, each named.
        ("Tiltak A: én hel stilling og én halv, hele perioden", "nb", 2, [100.0, 50.0]),
        ("en hel stilling og en halv stilling", "nb", 2, [100.0, 50.0]),
        ("one full position and one half", "en", 2, [100.0, 50.0]),
        ("5.5 FTEs", "en", 6, [100.0] * 5 + [50.0]),
        ("en 0,8 stilling som arbeidsspesialist", "nb", 1, [80.0]),
        ("2 jobbspesialister og 1 teamleder", "nb", 3, []),
        ("3 job specialists and 1 team leader, all full-time", "en", 4, []),
        ("fire arbeidsspesialister og én leder", "nb", 5, []),
        ("two supervisors (veiledere) at 50 % each", "en", 2, [50.0, 50.0]),
        ("to veiledere på 50 % hver og én teamleder", "nb", 3, [50.0, 50.0, 100.0]),
        ("tre 50 % stillinger", "nb", 3, [50.0, 50.0, 50.0]),
        # Health professions count as staff; a size after the last of a list applies to it alone.
        (
            "2 sykepleiere, 1 psykolog og 1 erfaringskonsulent i 100 %, og en psykiater i 50 %",
            "nb",
            5,
            [100.0, 100.0, 100.0, 100.0, 50.0],
        ),
        ("two nurses and a psychiatrist at 50 %", "en", 3, [100.0, 100.0, 50.0]),
        # Educators and assistants are staff too: a list goes on past them.
        (
            "a psychiatrist, a psychologist, three nurses, two social educators, a peer support worker and a team "
            "leader",
            "en",
            9,
            [],
        ),
        ("to sykepleiere, to sosialpedagoger og én miljøarbeider", "nb", 5, []),
        # The second count leaves out the noun of the first.
        ("én stilling på 100 % og én på 60 %", "nb", 2, [100.0, 60.0]),
        # A role's compound is the role.
        ("to ruskonsulenter i 60 % hver", "nb", 2, [60.0, 60.0]),
        # … or the preposition before the size too; the noun written in once.
        ("én stilling 100 %, én 50 % og én 20 %", "nb", 3, [100.0, 50.0, 20.0]),
        ("one position at 100%, one 50% and one 20%", "en", 3, [100.0, 50.0, 20.0]),
        ("one position at 100 % and another at 60 %", "en", 2, [100.0, 60.0]),
        # Describing words between the count and the noun.
        ("two substance-abuse counsellors at 100% and one peer worker at 40%", "en", 3, [100.0, 100.0, 40.0]),
        ("to erfarne sykepleiere og én lege", "nb", 3, []),
        ("and for 0,8 of a position?", "en", 1, [80.0]),
        ("0,5 av en stilling", "nb", 1, [50.0]),
        # A size written right after the noun, "i full stilling", and one person named by role with no count.
        ("2 sykepleiere i full stilling og en miljøterapeut i 50 %", "nb", 3, [100.0, 100.0, 50.0]),
        ("teamleder 100 % + 2 jobbspesialister 100 %", "nb", 3, [100.0, 100.0, 100.0]),
        ("2 jobbspesialister 100 % og teamleder 50 %", "nb", 3, [100.0, 100.0, 50.0]),
        # A count before the noun the next count names; a fraction of a position after the role.
        ("we have one full-time and one 60% position", "en", 2, [100.0, 60.0]),
        ("en 80 % og en 60 % stilling", "nb", 2, [80.0, 60.0]),
        ("3 hele stillinger pluss én på 40 %", "nb", 4, [100.0, 100.0, 100.0, 40.0]),
        # A role named alone after a count is one more person.
        ("2 jobbspesialister + teamleder", "nb", 3, []),
        ("one 80 % and one 60 % position", "en", 2, [80.0, 60.0]),
        ("en arbeidsspesialist i 0,8 stilling", "nb", 1, [80.0]),
        # One size each, listed.
        ("two positions at 80% and 70%", "en", 2, [80.0, 70.0]),
        ("tre stillinger på 50 %, 60 % og 80 %", "nb", 3, [50.0, 60.0, 80.0]),
        # Some of them with a size: the others full-time.
        ("a FACT team with 6 positions, two of them at 50 %", "en", 6, [100.0] * 4 + [50.0, 50.0]),
        ("5 stillinger, hvorav to på 60 %", "nb", 5, [100.0] * 3 + [60.0, 60.0]),
        # The staff counted, then the same staff again with their sizes; the size first and the count after.
        ("three substance abuse workers: two full-time and one at 40 %", "en", 3, [100.0, 100.0, 40.0]),
        ("Vi har tre ansatte: to i full stilling og en på 50 %", "nb", 3, [100.0, 100.0, 50.0]),
        ("We only have 80 % positions, three of them.", "en", 3, [80.0, 80.0, 80.0]),
        # A role written as a compound with a hyphen.
        ("to JMO-veiledere i 50 % hver", "nb", 2, [50.0, 50.0]),
        # Sizes listed as fractions of a position, one each.
        ("Tiltak A with two positions at 0.8 and 0.6 FTE", "en", 2, [80.0, 60.0]),
        ("to stillinger på 0,5 og 0,7", "nb", 2, [50.0, 70.0]),
        ("tre stillinger på 0,5, 0,5 og 1,0", "nb", 3, [50.0, 50.0, 100.0]),
    ],
)
def test_staffing_in_decimals_words_and_roles(
    text: str, language: Language, positions: int, staffing: list[float]
) -> None:
    found = extract_quantities(text, language)
    assert (found.positions, found.staffing) == (positions, staffing)


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("år 2 og 3 til sammen", "nb", [2, 3]),
        ("år 2-4", "nb", [2, 3, 4]),
        ("andre og tredje år", "nb", [2, 3]),
        ("2. og 3. driftsår", "nb", [2, 3]),
        ("de to første årene", "nb", [1, 2]),
        ("years 2 to 4", "en", [2, 3, 4]),
        ("years 1, 2 and 4", "en", [1, 2, 4]),
        ("år 2, 3, 4 og 5 til sammen", "nb", [2, 3, 4, 5]),
        ("1., 2., 3. og 4. år", "nb", [1, 2, 3, 4]),
        ("år 2 og år 3", "nb", [2, 3]),
        ("maks over seks år", "nb", [1, 2, 3, 4, 5, 6]),
        ("over three years", "en", [1, 2, 3]),
        # "All" the years: every one of them, however many.
        ("totalen over alle tre driftsårene", "nb", [1, 2, 3]),
        ("hva får vi for alle seks årene", "nb", [1, 2, 3, 4, 5, 6]),
        ("the total over all six years", "en", [1, 2, 3, 4, 5, 6]),
        ("for all the three operating years", "en", [1, 2, 3]),
        ("year 2 and year 3", "en", [2, 3]),
        ("the second and third years", "en", [2, 3]),
        ("the first two years", "en", [1, 2]),
    ],
)
def test_several_years(text: str, language: Language, years: list[int]) -> None:
    found = extract_quantities(text, language)
    assert found.years == years
    assert found.year is None


@pytest.mark.parametrize(
    ("text", "language", "by_year"),
    [
        ("Vi har 0,5 stilling i år 1 og 0,5 i år 2. Hva blir det til sammen?", "nb", {1: [50.0], 2: [50.0]}),
        ("the specialist works 80% in year 3 and 100% in year 4", "en", {3: [80.0], 4: [100.0]}),
        ("50 % første år og 100 % andre året", "nb", {1: [50.0], 2: [100.0]}),
        ("year 1 at 60 %, year 2 full-time", "en", {1: [60.0], 2: [100.0]}),
        ("Første år var stillingen vår på 60 %, andre år øker vi til 100 %.", "nb", {1: [60.0], 2: [100.0]}),
        # A size "from" a year, or "thereafter", holds on through the years asked.
        ("60 % det første driftsåret og 100 % fra år 2. Maks de to første årene?", "nb", {1: [60.0], 2: [100.0]}),
        (
            "60 % det første året og 100 % fra år 2. Hva får vi over alle fire årene?",
            "nb",
            {1: [60.0], 2: [100.0], 3: [100.0], 4: [100.0]},
        ),
        (
            "half-time in year 1 and full-time thereafter, total for years 1-3?",
            "en",
            {1: [50.0], 2: [100.0], 3: [100.0]},
        ),
        ("50 % første år og 100 % deretter", "nb", {1: [50.0], 2: [100.0]}),
        # A size changed in a year: the size before holds in the year before it (and any earlier year asked).
        ("goes from 100 % to 50 % in year 3. What is the total for years 2 and 3?", "en", {2: [100.0], 3: [50.0]}),
        (
            "Stillingen går fra 100 % til 50 % fra år 3. Hva blir totalen for alle fire årene?",
            "nb",
            {1: [100.0], 2: [100.0], 3: [50.0], 4: [50.0]},
        ),
        # Full positions counted year by year, a count's noun left out after the first.
        (
            "to stillinger i år 1, tre stillinger fra år 2, for de tre første årene",
            "nb",
            {1: [100.0] * 2, 2: [100.0] * 3, 3: [100.0] * 3},
        ),
        ("2 stillinger i år 1 og 3 i år 2", "nb", {1: [100.0] * 2, 2: [100.0] * 3}),
        ("two positions in year 1 and three from year 2", "en", {1: [100.0] * 2, 2: [100.0] * 3}),
        # The year first, who has the staff between: "we only fill one …", "from year 2 we have two".
        (
            "In year 1 we only fill one full-time position; from year 2 we have two. Max over years 1–3?",
            "en",
            {1: [100.0], 2: [100.0] * 2, 3: [100.0] * 2},
        ),
        (
            "I år 1 har vi én stilling, fra år 2 har vi to. Hva blir maks for år 1–3?",
            "nb",
            {1: [100.0], 2: [100.0] * 2, 3: [100.0] * 2},
        ),
        (
            "In year 1 we have one full-time position and from year 2 two positions. Max for years 1-3?",
            "en",
            {1: [100.0], 2: [100.0] * 2, 3: [100.0] * 2},
        ),
        ("to stillinger i år 2 og 3", "nb", {}),
        # One size for one year is an ordinary position in that year; one size for two years is the same position.
        ("80 % stilling i år 2", "nb", {}),
        ("0,5 stilling i år 1 og 2", "nb", {}),
    ],
)
def test_a_position_sized_year_by_year(text: str, language: Language, by_year: dict[int, list[float]]) -> None:
    found = extract_quantities(text, language)
    assert found.staffing_by_year == by_year
    if by_year:
        assert found.years == sorted(by_year) and found.percents == []


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("80 % i år 3 og 100 % i år 4. Hva er maks for år 4?", "nb", 4),
        ("Stillingen går fra 100 % til 50 % i år 3. Hva får vi for år 3?", "nb", 3),
    ],
)
def test_one_of_the_years_sized_asked_alone(text: str, language: Language, year: int) -> None:
    found = extract_quantities(text, language)
    assert found.year == year and found.years == []
    assert year in found.staffing_by_year


@pytest.mark.parametrize(
    ("text", "language", "by_year"),
    [
        ("We budgeted 1.5 million in year 1 and 1.5 million again in year 2.", "en", {1: 1_500_000, 2: 1_500_000}),
        ("Budsjett år 1: 750 000, år 2: 600 000 og år 3: 450 000.", "nb", {1: 750_000, 2: 600_000, 3: 450_000}),
        # One sum for one year is a sum in that year, not a plan.
        ("Vi fikk 750 000 i år 1. Hva får vi i år 2?", "nb", {}),
    ],
)
def test_sums_bound_to_years(text: str, language: Language, by_year: dict[int, int]) -> None:
    found = extract_quantities(text, language)
    assert found.amounts_by_year == by_year
    if by_year:
        assert found.years == sorted(by_year)


def test_an_elliptic_count_leaves_the_numbers_after_it_alone() -> None:
    # "én på 60 %" is read as "én stilling på 60 %"; its span is where it stands in the question, so the sum that
    # follows is still an amount.
    text = "Vi søker Tiltak A for én stilling på 100 % og én på 60 %, pluss 250 000 kr til opplæringstiltak."
    found = extract_quantities(text, "nb")
    assert found.staffing == [100.0, 60.0]
    assert found.amounts == [250_000]


@pytest.mark.parametrize(
    ("text", "language", "participants", "amounts"),
    [
        ("Vi bruker 5 x 28 000 på det nasjonale opplæringsprogrammet.", "nb", 5, []),
        ("Tre ansatte skal på det nasjonale opplæringsprogrammet.", "nb", 3, []),
        ("Two employees will attend the national training programme.", "en", 2, []),
        # Those counted, of whom: "3 of our team members".
        ("Training programme - estimated cost for 3 of our team members, not counting travel?", "en", 3, []),
        # Staff without training is no participant count.
        ("Vi har tre ansatte i teamet og en lønnskostnad på 650 000 kr.", "nb", None, [650_000]),
    ],
)
def test_participants_in_a_training_programme(
    text: str, language: Language, participants: int | None, amounts: list[int]
) -> None:
    found = extract_quantities(text, language)
    assert found.participants == participants
    assert found.amounts == amounts


@pytest.mark.parametrize(
    ("text", "language"), [("both positions plus training", "en"), ("begge stillingene i tiltak A", "nb")]
)
def test_both_positions_are_two(text: str, language: Language) -> None:
    assert extract_quantities(text, language).positions == 2


@pytest.mark.parametrize(
    ("text", "language", "staffing"),
    [
        ("Vi har én stilling på 90 og én på 30 prosent i ordningen.", "nb", [90.0, 30.0]),
        ("We run one post at 70 and another at 50 percent.", "en", [70.0, 50.0]),
        ("Two workers at 60 and 20 % each year.", "en", [60.0, 20.0]),
    ],
)
def test_a_list_of_sizes_with_the_unit_written_once(text: str, language: Language, staffing: list[float]) -> None:
    assert extract_quantities(text, language).staffing == staffing


def test_a_number_after_a_year_word_takes_no_unit_from_the_list() -> None:
    assert extract_quantities("Hva gir år 10 og 20 % stilling?", "nb").percents == [20.0]


@pytest.mark.parametrize(
    ("text", "language", "positions"),
    [
        # A role left out or singled out is not applied for.
        ("Tre jobbspesialister og en teamleder, men teamlederen søker vi ikke for; uten teamleder altså.", "nb", 3),
        ("Four employment specialists plus a supervisor, excluding the supervisor.", "en", 4),
        ("Vi har 3 jobbspesialister og en koordinator, og søker kun for koordinatoren.", "nb", 1),
        ("two specialists + one lead", "en", 3),
        # Fewer positions applied for than the staff has.
        ("We have five full-time positions but only apply for three of them.", "en", 3),
        ("Fire stillinger à 100 %, vi søker kun om to av disse.", "nb", 2),
        # Positions counted by a pronoun, after a question per position.
        ("What if we have three of those?", "en", 3),
        ("Og hvis vi har to slike?", "nb", 2),
    ],
)
def test_the_staff_applied_for(text: str, language: Language, positions: int) -> None:
    assert extract_quantities(text, language).positions == positions


def test_one_of_them_counts_no_positions() -> None:
    # "one of them is only 50 %" sizes one of the positions before; it does not say there is one.
    assert extract_quantities("And if one of them is only 50 %?", "en").positions is None


def test_people_sent_to_a_training_programme_are_participants_not_positions() -> None:
    found = extract_quantities("Vi sender 4 teamansatte på opplæringsprogrammet.", "nb")
    assert (found.participants, found.positions) == (4, None)


def test_a_project_of_three_years_names_no_project_year() -> None:
    # "prosjekt" is a word of its own, not "prosjektår" mistyped.
    assert extract_quantities("et prosjekt 3 år med to stillinger", "nb").year is None


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("Can we apply for a 6th year of Tiltak A?", "en", 6),  # an ordinal written with digits
        # The year asked first, whichever pattern finds it, before the year told after it.
        ("Hva er satsen for vårt femte år? Vi avslutter år 4 nå.", "nb", 5),
        ("What do we get in our third year? We are in year 2 now.", "en", 3),
    ],
)
def test_the_year_asked_in_the_order_said(text: str, language: Language, year: int) -> None:
    assert extract_quantities(text, language).year == year


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi startet med tiltak B i 2023. Hva er maks for 2025?", "nb"),
        # Had from a year on: it started then.
        ("Vi har hatt tiltak B fra 2023. Hva er maks i 2025?", "nb"),
        ("Our FACT team got Tiltak B from 2023. What's the max for 2025?", "en"),
    ],
)
def test_a_calendar_year_counted_from_the_year_a_project_started(text: str, language: Language) -> None:
    found = extract_quantities(text, language)
    assert (found.calendar_year, found.year, found.years_behind) == (2025, 3, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We got 330,000 for a 100% position in 2023, but the position has now been cut to 70%.", "en"),
        ("Stillingen vår i tiltak B var 100 %, men er redusert til 70 %. Hva er maks i år 2?", "nb"),
    ],
)
def test_a_position_changed_to_a_new_size_is_that_size(text: str, language: Language) -> None:
    found = extract_quantities(text, language)
    assert (found.positions, found.staffing) == (1, [70.0])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("vi har allerede fått tiltak b-tilskudd i to år. hva kan vi få de resterende årene?", "nb"),
        ("We have already received Tiltak B for two years. What is left for the remaining years?", "en"),
    ],
)
def test_an_adverb_inside_the_verb_still_tells_the_years_had(text: str, language: Language) -> None:
    assert extract_quantities(text, language).years_behind == 2


@pytest.mark.parametrize(
    ("text", "language", "year", "behind"),
    [
        # A start told as years ago: this year is the next grant year, "next year" the one after.
        ("We started Tiltak B last year. What's the max for this year at 50 %?", "en", 2, 1),
        ("I fjor startet vi opp med tiltak B. Hvor mye kan vi få i år?", "nb", 2, 1),
        ("Vi startet med tiltak B for to år siden. Hva kan vi få neste år?", "nb", 4, 3),
        ("We began the project three years ago. What is the rate now?", "en", 4, 3),
        # A team's start is no start of its grant years.
        ("We started our FACT team two years ago. How much can we get from Tiltak B?", "en", None, None),
    ],
)
def test_a_grant_year_counted_from_a_start_told_as_years_ago(
    text: str, language: Language, year: int | None, behind: int | None
) -> None:
    found = extract_quantities(text, language)
    assert (found.year, found.years_behind) == (year, behind)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tiltak A med to stillinger, én på 80 % og én på 60 %.", "nb"),
        ("We have two positions, one at 80 % and one at 60 %.", "en"),
    ],
)
def test_a_count_then_its_members_sized_is_that_many_positions(text: str, language: Language) -> None:
    # The ones listed without a noun of their own are the positions counted, not more of them.
    found = extract_quantities(text, language)
    assert (found.positions, sorted(found.staffing)) == (2, [60.0, 80.0])


@pytest.mark.parametrize(
    ("text", "language", "year", "behind"),
    [
        # Years had, counted, then an ordinal with its noun left out: that year is asked.
        ("We've had Tiltak A funding for six years. Can we apply for a seventh?", "en", 7, 6),
        ("Vi har hatt tiltak B i fire år. Kan vi søke om et femte?", "nb", 5, 4),
        # One year had ("i ett år"): no year asked, one behind.
        ("Vi har hatt tiltak B i ett år med full stilling.", "nb", None, 1),
    ],
)
def test_years_had_then_a_later_year_asked(text: str, language: Language, year: int | None, behind: int) -> None:
    found = extract_quantities(text, language)
    assert (found.year, found.years_behind) == (year, behind)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi har fått første års tilskudd i tiltak B. Hva får vi de resterende årene?", "nb"),
        # An adverb inside the perfect.
        ("Vi har allerede fått første års Tiltak B-tilskudd. Hvor mye for de resterende årene samlet?", "nb"),
    ],
)
def test_the_first_years_grant_had_is_one_year_behind(text: str, language: Language) -> None:
    assert extract_quantities(text, language).years_behind == 1


@pytest.mark.parametrize(
    ("text", "final"),
    [
        # The measure's last year, not the calendar year before this one.
        ("What's the max for a full-time specialist in the last year of Tiltak B?", 1),
        ("We got Tiltak B last year. What's the max this year?", None),
    ],
)
def test_the_last_year_of_a_measure_is_its_final_year(text: str, final: int | None) -> None:
    assert extract_quantities(text, "en").final_years == final


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We're in our fourth and last year of Tiltak B and the specialist has gone down to 50%.", "en"),
        ("Vi er i fjerde og siste år av tiltak B.", "nb"),
    ],
)
def test_the_fourth_and_last_year_is_the_fourth(text: str, language: Language) -> None:
    assert extract_quantities(text, language).year == 4


@pytest.mark.parametrize(
    ("text", "language", "sizes"),
    [
        ("Two FACT teams in year 2: one with 9 full-time positions and one with 12.", "en", [9, 12]),
        ("Vi har to FACT-team, ett med 8 stillinger og ett med 11.", "nb", [8, 11]),
        ("Det ene teamet har 6 stillinger, det andre har 10.", "nb", [6, 10]),
        ("Two teams in years 2 and 3 with 9 and 12 positions respectively.", "en", [9, 12]),
        ("To team med henholdsvis 8 og 11 stillinger.", "nb", [8, 11]),
        # One team counted among several, sizes of positions, teams alike: no team staffed apart.
        ("One of our two teams has 8 positions.", "en", []),
        ("Our team has one at 50 % and one at 100 %.", "en", []),
        ("3 FACT teams, each with 10 positions", "en", []),
    ],
)
def test_teams_staffed_apart(text: str, language: Language, sizes: list[int]) -> None:
    assert extract_quantities(text, language).team_sizes == sizes


@pytest.mark.parametrize(
    ("text", "language", "size"),
    [
        ("one fifth of a position in tiltak B year 3", "en", 20.0),
        ("tre kvart stilling på overgangsordningen", "nb", 75.0),
        ("a three-quarter position", "en", 75.0),
        # "tre firedels": three quarters of one position, not three positions.
        ("tre firedels stilling i ar 1 tiltak b, hvor mye maks?", "nb", 75.0),
        ("en tredjedels stilling", "nb", 33.3333),
        ("two thirds of a position", "en", 66.6667),
    ],
)
def test_a_position_sized_by_a_fraction_in_words(text: str, language: Language, size: float) -> None:
    assert extract_quantities(text, language).percents == [size]


def test_a_quarter_of_something_else_is_no_size() -> None:
    assert extract_quantities("a quarter of the team", "en").percents == []


@pytest.mark.parametrize(("text", "language"), [("jmo år 2+3 til sammen?", "nb"), ("year 2+3 together", "en")])
def test_years_joined_with_a_plus_are_both_asked(text: str, language: Language) -> None:
    assert extract_quantities(text, language).years == [2, 3]


@pytest.mark.parametrize(
    ("text", "staffing"),
    [
        ("vi har egentlig to stillinger, en pa 100 og en pa 30", [30.0, 100.0]),
        ("Vi har 2 stillinger, en på 100 og en på 50.", [50.0, 100.0]),
        # A count of people is no size.
        ("Vi har 2 stillinger, en på 12 personer.", []),
    ],
)
def test_each_one_s_size_with_its_unit_left_out(text: str, staffing: list[float]) -> None:
    assert sorted(extract_quantities(text, "nb").staffing) == staffing


@pytest.mark.parametrize(
    ("text", "percents"),
    [
        # The size a sum is said to be for is no size asked.
        ("since tiltak B gives 800 000 for a full position, what do we get for 50 % in year 1?", [50.0]),
        ("Tiltak B gir 750 000 kr per 100 % stilling, hva får vi for 60 %?", [60.0]),
        # With no other size, the size of the sum asked about is the one asked.
        ("Can we get 400 000 per full-time position from the transitional scheme in 2023?", [100.0]),
    ],
)
def test_the_size_a_sum_is_for_is_no_size_asked(text: str, percents: list[float]) -> None:
    assert extract_quantities(text, "en").percents == percents


@pytest.mark.parametrize(
    ("text", "language", "staffing", "percents"),
    [
        # "eight" is a count, no typo of "eighth".
        ("FACT team in year 2: eight staff at 100 % and two at 50 %.", "en", [100.0] * 8 + [50.0] * 2, [100.0, 50.0]),
        ("Hvor mye er et halvt årsverk verdt i overgangsordningen?", "nb", [], [50.0]),
    ],
)
def test_counts_and_sizes_in_words(text: str, language: Language, staffing: list[float], percents: list[float]) -> None:
    found = extract_quantities(text, language)
    assert found.staffing == staffing
    assert found.percents == percents


def test_an_english_ordinal_with_the_norwegian_word_for_the_year() -> None:
    found = extract_quantities("Old-page IPS project (3 full-time positions), second driftsår – ceiling?", "en")
    assert (found.year, found.positions) == (2, 3)


def test_a_budget_chapter_and_post_count_no_positions() -> None:
    found = extract_quantities("How much is in the Udir grant (kap. 227 post 75)?", "en")
    assert found.positions is None
