"""Conversations: the focus carried across turns (scheme, measure, applicant, year …).

Storing conversations is `assistant/conversation_store.py`'s job.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from pydantic import BaseModel, Field

from assistant.answers.context import single_priced_measure
from assistant.applicants import APPLICANTS, ApplicantType
from assistant.questions.registry import question_type
from assistant.text import QUESTION_WORD
from assistant.tokens import Lexicon, tokenize
from assistant.types import Language
from assistant.understand.components import Components
from assistant.understand.model import Understanding
from assistant.understand.part_year import PartYear
from assistant.understand.quantities import (
    answers_a_count,
    bare_count,
    count_alone,
    extract_quantities,
    people_sent,
    year_started,
    years_had_listed,
)
from assistant.understand.staffing import (
    one_dropped,
    one_of_them_resized,
    resized_by_size,
    shares_for,
    some_of_them_sized,
)

if TYPE_CHECKING:
    from assistant.rules.book import RuleBook


class Focus(BaseModel):
    """What the conversation is about so far; a follow-up fills its gaps from here."""

    scheme_id: str | None = Field(default=None, description="Scheme in focus.")
    measure: str | None = Field(default=None, description="Measure id in focus (within scheme_id).")
    schemes: list[str] = Field(
        default_factory=list, description="Every scheme the last message naming any named (scheme_id first)."
    )
    applicant_type: ApplicantType | None = Field(default=None, description="What kind of applicant 'we' are.")
    year: int | None = Field(default=None, description="Project/operating year last asked about.")
    years: list[int] = Field(default_factory=list, description="Project years last asked about together.")
    percents: list[float] = Field(default_factory=list, description="Position percentages last asked about.")
    positions: int | None = Field(default=None, description="Number of positions last asked about.")
    staffing: list[float] = Field(default_factory=list, description="Size of each position last described (in %).")
    staffing_by_year: dict[int, list[float]] = Field(
        default_factory=dict,
        description="Position sizes per project year, as last told ('60 % i år 1, 100 % fra år 2').",
    )
    staffing_held_from: int | None = Field(
        default=None, description="The project year whose size, as last told, holds on ('100 % fra år 2')."
    )
    part_year: PartYear | None = Field(
        default=None, description="Positions filled part of a year, as last told ('spesialisten starter 1. august')."
    )
    language: Language = Field(default="nb", description="Language of the conversation so far.")
    last_intent: str | None = Field(default=None, description="Question type of the last in-scope question.")
    last_qualifiers: list[str] = Field(default_factory=list, description="Qualifiers of the last in-scope question.")
    last_subjects: list[str] = Field(
        default_factory=list, description="Subjects (tax, appeal …) the last in-scope question asked about."
    )
    last_question: str | None = Field(default=None, description="The last in-scope question, as asked.")
    calendar_year: int | None = Field(default=None, description="Calendar year the last question was about.")
    salary_cost: int | None = Field(default=None, description="Salary cost the last question told, in NOK.")
    participants: int | None = Field(
        default=None, description="People told to take part in a training programme (what it costs for them)."
    )
    excluded: list[str] = Field(
        default_factory=list, description="Parts of the grant the last question left out ('uten opplæringsmidler')."
    )

    @property
    def only_told(self) -> bool:
        """The last message asked nothing: it told something ("Vi er et IKS.", "… og vi har 1,5 årsverk.")."""
        return self.last_question is not None and "?" not in self.last_question


# "hva med 1,6?", "and 2.5?": a number of person-years alone, with a decimal part.
_BARE_DECIMAL = re.compile(
    r"^\W*(?:(?:og|and|men|but)\s+)?(?:(?:hva|what|how)\s+(?:med|om|about|if)\s+)?(?:med\s+|with\s+)?"
    r"(\d{1,2}[.,]\d{1,2})\s*(?:årsverk|fte|stillinger|positions)?\s*\??\s*$",
    re.IGNORECASE,
)
# Whether one may still apply, not whether something still holds ("Gjelder det fortsatt?").
_STILL_APPLY = re.compile(r"\b(?:open|åpen|åpent|apply|søke|sende|send|submit)\b", re.IGNORECASE)
# Parts of a grant a follow-up with "as well" keeps from the question before.
ADDED_PARTS = ("training", "preproject")
# Question types whose "til sammen" follow-up sums what they summed ("And in total?" after allocations told).
SUMMING_TYPES = ("amount", "budget")
# Qualifiers that count a project year from the one the conversation is in.
RELATIVE_YEARS = ("this_year", "next_year")


def _inheritable(name: str | None) -> bool:
    """A follow-up that names only an entity may take over this question type from the previous turn."""
    qtype = question_type(name) if name else None
    return qtype is not None and qtype.inherit


# "both years", "begge årene": two years the conversation spoke of.
_BOTH_YEARS = re.compile(r"\b(?:both\s+years|begge\s+(?:år|årene|disse\s+årene))\b", re.IGNORECASE)


def merge_focus(understanding: Understanding, focus: Focus | None, book: RuleBook | None = None) -> Understanding:
    """Fill what a message leaves out from the focus.

    Every in-scope message keeps the scheme, measure and applicant type of the conversation unless it names new
    ones (a new scheme drops the old measure). A follow-up ("Og tredje år?", "What about 50 %?") also keeps the
    year, percentages and positions, and the previous question type (with its qualifiers) when it names only
    entities.
    """
    if focus is None or understanding.intent == "out_of_scope":
        return understanding
    update: dict[str, object] = {}
    inherited: list[str] = []

    def inherit(name: str, value: object) -> None:
        update[name] = value
        inherited.append(name)

    def add_qualifiers(names: list[str]) -> None:
        """`names` added to the qualifiers, those read or carried so far."""
        earlier = update.get("qualifiers")
        kept = earlier if isinstance(earlier, list) else understanding.qualifiers
        update["qualifiers"] = sorted({*kept, *names})

    if not understanding.scheme_ids and focus.scheme_id:
        # "How much did kommunalt rusarbeid have in 2015?" … "and in 2023?": a year named anew may be another of the
        # schemes the question before named (the one in force that year comes first: Pipeline.understand).
        again = (
            understanding.calendar_year is not None and len(focus.schemes) > 1 and focus.schemes[0] == focus.scheme_id
        )
        inherit("scheme_ids", list(focus.schemes) if again else [focus.scheme_id])
    elif focus.scheme_id and focus.scheme_id not in understanding.scheme_ids and understanding.has("together"):
        # "Hvor mye var voksne-ordningen på i 2019?" … "og samlet med barn og unge-ordningen?": both schemes.
        inherit("scheme_ids", [focus.scheme_id, *understanding.scheme_ids])
    scheme_now = understanding.scheme_id or focus.scheme_id
    same_scheme = scheme_now == focus.scheme_id
    unnamed_measure = understanding.measure is None and understanding.unknown_measure is None
    if unnamed_measure and same_scheme and focus.measure:
        focus_measure = (
            _other_measure(book, scheme_now, focus.measure) if understanding.has("other_measure") else focus.measure
        )
        inherit("measure", _per_position_instead(book, scheme_now, focus_measure, understanding))
    elif scheme_now in focus.schemes and book is not None and focus.last_question:
        # "We run a FACT team …" (the 2019 scheme's teams or Tiltak B's) … "How much under 0765.73?": the scheme
        # named now was one of those meant, and what was described before is its measure and staff.
        measure = book.match_measure(scheme_now, focus.last_question) if unnamed_measure else understanding.measure
        if measure is not None:
            if unnamed_measure:
                inherit("measure", measure)
            same_scheme = True
    if understanding.applicant_type is None and focus.applicant_type is not None:
        inherit("applicant_type", focus.applicant_type)
        update["applicant_types"] = [focus.applicant_type]
    decimal = _BARE_DECIMAL.match(understanding.clean_text or understanding.text)
    if decimal is not None and "positions_named" in focus.last_qualifiers and not understanding.staffing:
        # "2 årsverk i overgangsordningen – hva er maks?" … "hva med 1,6?": that many person-years, sized.
        person_years = shares_for(float(decimal.group(1).replace(",", ".")))
        if person_years:
            understanding = _staffed(understanding, person_years)
    bare = bare_count(understanding.clean_text or understanding.text, understanding.years)
    alone = count_alone(understanding.clean_text or understanding.text)
    if bare and understanding.positions is None and answers_a_count(focus.last_qualifiers):
        # "Hvor mange stillinger kunne et ACT-team få?" … "Vi har 14. Hva blir maks?": 14 positions, said now
        # ("Could we get three if the third one is only 50 %?": two full-time, one at 50 %).
        sized = some_of_them_sized(understanding.clean_text or understanding.text, bare, understanding.language)
        update_sized = {"staffing": sized, "percents": sorted(set(sized))} if sized else {}
        understanding = understanding.model_copy(update={"positions": bare, **update_sized})
    elif alone and understanding.positions is None and "positions_named" in focus.last_qualifiers:
        # "Tiltak A: maks for én 100 % stilling?" … "og med to?": that many positions, as sized before.
        understanding = understanding.model_copy(update={"positions": alone})
    people = _people_for_the_training(understanding, focus)
    if people is not None:
        # "Hva koster opplæringsprogrammet per deltaker?" … "Vi sender fem personer. Hva blir det totalt?": five
        # participants, not five positions.
        understanding = understanding.model_copy(update={"participants": people, "positions": None, "staffing": []})
        add_qualifiers(["participants", "training"])
        inherited.append("participants")
    # "another position", "one more at 60 %": one, unless counted. "Drop the second position from 1 July" adds none.
    ends = understanding.part_year is not None and understanding.part_year.ends
    adds = understanding.has("added_position") and not ends
    added = (understanding.positions or 1) if adds and not understanding.staffing else None
    # (Sizes listed with no count, "positions at 100 %, 60 % and 40 %", are one position each.)
    sizes_listed = list(focus.percents) if len(focus.percents) > 1 and focus.positions is None else []
    told = list(focus.staffing) or sizes_listed or (focus.percents[:1] or [100.0]) * (focus.positions or 0)
    joined: list[float] | None = None
    if added is not None and focus.positions is not None and not understanding.percents:
        # "A FACT team with 10 positions …" then "what if we add 2 more positions?": 12, not 2.
        understanding = understanding.model_copy(update={"positions": focus.positions + added})
        inherited.append("positions")
    elif added is not None and focus.positions is not None and len(understanding.percents) == 1:
        # "Tiltak A: one full-time position." … "and one more at 60 %?": the positions before, and this one.
        joined = [*(list(focus.staffing) or [100.0] * focus.positions), *understanding.percents * added]
    elif adds and understanding.staffing and focus.positions is not None:
        # "one supervisor at 50 %" … "What if we add a second supervisor at 50 %?": the one before, and this one.
        joined = [*told, *understanding.staffing]
    if joined is not None:
        understanding = _staffed(understanding, joined)
        inherited.append("staffing")
    # "one of them … 50 %" reads as one position of 50 % on its own.
    one_sized = (understanding.positions or 1) == 1 and len(understanding.staffing) <= 1
    text = understanding.clean_text or understanding.text
    dropped = one_dropped(text, told) if one_sized else None
    if dropped is not None:
        # "3 job specialists and 1 team leader" … "what if we drop one job specialist?": three positions, not the one
        # the words "one job specialist" count.
        understanding = _staffed(understanding, dropped)
        inherited.extend(["staffing", "percents", "positions"])
    resized = one_of_them_resized(text, told, understanding.percents) if one_sized and dropped is None else None
    # "… to på 100 % og én på 50 %." … "Og hvis 50 %-stillingen økes til 80 %?": that one, by its size.
    resized = resized or (resized_by_size(text, told) if not understanding.positions else None)
    if resized is not None:
        # "We have 3 full-time positions." … "And if one of them is cut to 50 %?": 50 %, 100 % and 100 %.
        understanding = _staffed(understanding, resized)
        inherited.extend(["staffing", "percents"])
    names_staffing = understanding.positions is not None or understanding.percents or understanding.staffing
    # "Our ACT team has 12 positions." … "What's the max for us in year 1?": the team described stays the team
    # asked about, in a follow-up or in any question about "us" under the same scheme, or in any question on it
    # right after a message that only described the team ("… og vi har 1,5 årsverk." … "Hva er maks tilskudd?").
    described = focus.only_told
    about_us = understanding.has("first_person") or described
    if not names_staffing and (understanding.is_followup or (about_us and same_scheme)):
        if focus.staffing_by_year and not understanding.staffing_by_year:
            # "Our specialist works 60 % in year 1 and 100 % from year 2." … "What's the total over the four years?"
            inherit("staffing_by_year", {year: list(sizes) for year, sizes in focus.staffing_by_year.items()})
            inherit("staffing_held_from", focus.staffing_held_from)
        if focus.part_year is not None and understanding.part_year is None:
            # "Spesialisten starter 1. august." … "Hva er maks for første driftsår?": filled from August.
            inherit("part_year", focus.part_year)
        if focus.staffing:
            inherit("staffing", list(focus.staffing))
        if focus.positions is not None:
            inherit("positions", focus.positions)
        if described and not focus.staffing and focus.percents:
            # "Our employment specialist works 80 %." … "How much can we get in the first year?": the share told.
            inherit("percents", list(focus.percents))
        if "minimum_staffing" in focus.last_qualifiers and same_scheme:
            # "IPS-prosjekt, minimumsbemanning, år 1" … "hvis hver stilling koster 700 000, …": the team asked about.
            add_qualifiers(["minimum_staffing"])
            inherited.append("qualifiers")
    elif "minimum_staffing" in focus.last_qualifiers and same_scheme and understanding.has("added_position"):
        # "New IPS project, minimum staffing, year 3?" … "and if we add one more job specialist?": the minimum team,
        # and the one added.
        add_qualifiers(["minimum_staffing"])
        inherited.append("qualifiers")
    relative_year = any(understanding.has(q) for q in RELATIVE_YEARS)
    year_unsaid = understanding.calendar_year is None and not relative_year
    # Not when a scheme is named anew: "… Tiltak B … instead?" after the 2019 scheme is about today's rules.
    scheme_kept = understanding.scheme_id in (None, focus.scheme_id)
    leaning = understanding.is_followup or "scheme_ids" in inherited
    if leaning and scheme_kept and year_unsaid and focus.calendar_year is not None:
        # "Hvem kan søke 765.60 voksne i 2023 i Innlandet?" … "og hva prioriteres?": in 2023, the slides' year.
        inherit("calendar_year", focus.calendar_year)
    counted_from = understanding.year is None and focus.year is not None and relative_year
    # What the message before told of the applicant's own, under the scheme asked about now.
    told_here = same_scheme and _told_before(focus)
    listed = years_had_listed(focus.last_question or "") if told_here else None
    started = year_started(focus.last_question or "") if told_here else None
    asked = understanding.calendar_year
    if listed is not None and asked is not None and asked > listed[1] and understanding.year is None:
        # "We got Tiltak B funding in 2024 and 2025." … "How much can we get in 2026?": year 3.
        inherit("year", listed[0] + asked - listed[1])
    elif started is not None and asked is not None and asked > started and understanding.year is None:
        # "Vi starta med tiltak B i 2023 og har søkt hvert år." … "Hva kan vi få i 2026?": year 4.
        inherit("year", asked - started + 1)
    elif same_scheme and (
        counted_from or _year_told_before(understanding, focus) or _team_total_of_that_year(understanding, focus)
    ):
        # "We're in year 3." … "How much for this year and next year?": counted from the year described; "We're now
        # in year 2." … "2 job specialists and a team leader. How much max?": the year the applicant said it is in.
        inherit("year", focus.year)
    had_before = told_here and focus.year is not None
    if understanding.intent == "eligibility" and understanding.years_behind is None and had_before:
        # "We've had Tiltak B in 2023, 2024, 2025 and 2026." … "Can we apply again for 2027?": the years had.
        inherit("years_behind", focus.year)
    text_now = understanding.clean_text or understanding.text
    if understanding.final_years is None and focus.last_intent == "duration" and _THE_LAST_YEAR.search(text_now):
        # "How many years can we get it?" … "And the amount in the last year?": the period's last year, not the
        # calendar year before this one.
        understanding = understanding.model_copy(update={"final_years": 1})
        inherited.append("final_years")
    # "Og det siste året?", "And the second-to-last year?": a year of its own, counted from the period's end.
    from_the_end = understanding.final_years is not None or understanding.last_but is not None
    # "Hva er år 1?" … "Vi har allerede fått år 1 og år 2. Hva er igjen?": the years told as had replace the year
    # asked before.
    no_year = understanding.year is None and not from_the_end and understanding.years_behind is None
    if understanding.is_followup:
        if no_year and focus.year is not None and "year" not in inherited:
            inherit("year", focus.year)
        if no_year and not understanding.years and focus.years and "year" not in inherited:
            # "Tiltak B, år 1 og 2 til sammen?" … "Og hvis stillingen er 80 %?": the same years, at 80 %.
            inherit("years", list(focus.years))
        both = _BOTH_YEARS.search(understanding.clean_text or understanding.text) is not None
        if both and not understanding.years and focus.year is not None and focus.year > 1 and not focus.years:
            # "… year 1?" … "and year 2?" … "the total for both years?": the year on now and the one before it.
            inherit("years", [focus.year - 1, focus.year])
            kept = cast("list[str]", update.get("qualifiers", understanding.qualifiers))
            update["qualifiers"] = [q for q in kept if q != "whole_period"]
        if not understanding.percents and focus.percents:
            inherit("percents", list(focus.percents))
        if understanding.positions is None and focus.positions is not None and "positions" not in inherited:
            inherit("positions", focus.positions)
        names_only_applicant = bool(understanding.applicant_types) and not (
            understanding.year or understanding.percents or understanding.positions or understanding.amounts
        )
        # ("Vi er et DPS … – hvilket passer?" asks which measure, whoever asks.)
        if not understanding.explicit_intent and names_only_applicant and not understanding.has("which_measure"):
            # "Hva med fylkeskommuner?" asks whether the same holds for them: whether they may apply at all
            # (amounts and deadlines do not differ by applicant type in these regulations).
            inherit("intent", "eligibility")
            update["intents"] = ["eligibility"]
        elif (
            _other_measure_instead(understanding, focus)
            or (
                (not understanding.explicit_intent or understanding.weak_intent)
                and (
                    _names_staff_and_year(understanding)
                    or _asks_a_new_sum(understanding, focus)
                    or _quantity_after_overview(understanding, focus)
                    or _sum_for_staff_told(understanding, focus)
                )
            )
            or _sum_over_the_period(understanding, focus)
            or _sum_for_staff(understanding)
        ):
            # "For JMO specifically" … "ok and year 3 for a supervisor at 100 %?": staff and a year ask an amount,
            # whatever the question before asked; so does a sum over the years ("Hva blir det til sammen for årene
            # som er igjen?") after a question that computed none.
            inherit("intent", "amount")
            # "Can we apply for Tiltak B, and what's the max …?" asks whether it may apply, too.
            applying = understanding.explicit_intent and "eligibility" in understanding.intents
            update["intents"] = ["amount", "eligibility"] if applying else ["amount"]
        elif (
            not understanding.explicit_intent
            and understanding.has("still_open")
            and _STILL_APPLY.search(understanding.clean_text or understanding.text)
        ):
            # "Tell me about Tiltak B." … "Is it still open?": whether the call is open, which its dates answer.
            inherit("intent", "deadline")
            update["intents"] = ["deadline"]
        elif (not understanding.explicit_intent or understanding.weak_intent) and _inheritable(focus.last_intent):
            inherit("intent", focus.last_intent)
            update["intents"] = [focus.last_intent]
            # "Og for Tiltak A?" after "Hvem kan søke om Tiltak B?" still asks who may apply.
            # A year counted afresh ("og neste år?") replaces the one counted before.
            carried = [q for q in focus.last_qualifiers if not (relative_year and q in RELATIVE_YEARS)]
            if understanding.has("whole_period") and "per_year" in carried:
                # "… what's the max per year?" … "and over the full six years?": the period's sum, not a year's.
                carried.remove("per_year")
            if "total" in carried and not understanding.has("total") and _one_year_totalled(focus):
                # "year 2 total?" … "and if we add 2 more positions?": that year's total again, not the period's.
                carried.remove("total")
            update["qualifiers"] = sorted({*understanding.qualifiers, *carried})
            if same_scheme and focus.salary_cost is not None and "salary_cost" in carried and not understanding.amounts:
                # "Lønnskostnaden er 900 000. Hvor mye må vi finansiere selv første år?" … "og år 4?": the same cost.
                salary = {**understanding.components.amounts, "salary_cost": focus.salary_cost}
                inherit("components", understanding.components.model_copy(update={"amounts": salary}))
                update["amounts"] = [focus.salary_cost]
        # (An intent switched to, "What's the tax treatment of Tiltak B?" … "OK then, the max in year 2?", carries
        # no subject of the question before.)
        kept_type = "intent" in inherited and update.get("intent") == focus.last_intent
        if focus.last_subjects and (
            kept_type or (understanding.intent == focus.last_intent and not _asks_anew(understanding))
        ):
            # "Can we appeal a refusal under 0765.73?" … "what about under the 2019 voksne scheme?": the subject
            # asked about stays with the question.
            inherit("subjects", list(dict.fromkeys([*understanding.subjects, *focus.last_subjects])))
    leaning = understanding.is_followup or _PRONOUN.search(understanding.clean_text) is not None
    if leaning and focus.last_intent == "amount" and understanding.has("replaces"):
        # "What's the Tiltak B amount for year 1?" … "What was it in the previous version of the regelverk?": the
        # rates of a version replaced.
        subjects = update.get("subjects", understanding.subjects)
        assert isinstance(subjects, list)  # the subjects are set as a list above, if at all
        inherit("subjects", list(dict.fromkeys([*subjects, "earlier_version_rates"])))
    whole: list[str] = [q for q in ("the_most", "maximum_grant") if q in focus.last_qualifiers]
    staffed = understanding.positions or understanding.percents or understanding.staffing
    if understanding.is_followup and understanding.components.excluded and whole and not staffed:
        # "What's the maximum yearly Tiltak A grant, everything included?" … "And without the training money?": the
        # same whole grant, less the part left out.
        add_qualifiers(whole)
    # "… How much do we fund ourselves?" … "And in year 2 with the same salary cost?": the own share again.
    same_cost = understanding.has("salary_cost") and "asks_own_share" in focus.last_qualifiers
    own_share = (understanding.has("asks_own_share") or same_cost) and "components" not in inherited
    if own_share and same_scheme and focus.salary_cost is not None and not understanding.amounts:
        # "Our employment specialist costs us 800 000 NOK per year." … "How much do we need to self-fund in year
        # 3 of Tiltak B?": the own share of the cost told before, the scheme named again or not.
        salary = {**understanding.components.amounts, "salary_cost": focus.salary_cost}
        inherit("components", understanding.components.model_copy(update={"amounts": salary}))
        update["amounts"] = [focus.salary_cost]
        # "Each of our two positions costs 1,050,000": the cost told was each position's.
        add_qualifiers(["salary_cost", "asks_own_share", *(["each"] if "each" in focus.last_qualifiers else [])])
    asks_cost = understanding.has("asks_amount") or understanding.has("how_much")
    if understanding.is_followup and focus.participants and asks_cost and not (understanding.participants or staffed):
        # "Vi skal sende 5 teamansatte på opplæringsprogrammet." … "Hva er estimert kostnad?": for those five.
        inherit("participants", focus.participants)
        add_qualifiers(["participants", "training"])
    if understanding.is_followup and _spent_on_training(understanding, focus):
        # "Hvor mye kan vi få til opplæring?" … "Vi har planlagt tiltak for 320 000. Hvor mye har vi igjen?": the
        # sum named is spent of the training money asked about.
        used = {**understanding.components.used, "training": understanding.amounts[0]}
        inherit("components", understanding.components.model_copy(update={"used": used}))
        add_qualifiers(["training"])
    # The part of the grant asked about before stays: "How much for the training part?" … "And with two full-time
    # positions as well?"; "Under Tiltak A, can we also get money for training?" … "how much at most?".
    only_how_much = understanding.intent == "amount" and _names_nothing(understanding)
    # "… per år hvis vi også tar med opplæringsmidlene?" … "Og over hele perioden?": the same grant, summed.
    same_grant = understanding.has("also") or only_how_much or understanding.has("whole_period")
    if understanding.is_followup and same_grant:
        parts = [q for q in focus.last_qualifiers if q in ADDED_PARTS and not understanding.has(q)]
        if parts:
            add_qualifiers(parts)
            inherited.append("qualifiers")
    # "Tiltak A, to stillinger – maks uten opplæringsmidler?" … "Hva om den ene bare er 50 %?": the part left out
    # stays out until a message names it again.
    kept_out = [part for part in focus.excluded if part not in understanding.components.excluded]
    if understanding.is_followup and same_scheme and kept_out and not any(understanding.has(p) for p in kept_out):
        components = update.get("components", understanding.components)
        assert isinstance(components, Components)
        inherit("components", components.model_copy(update={"excluded": [*components.excluded, *kept_out]}))
    if not understanding.language_evident and focus.language != understanding.language:
        inherit("language", focus.language)
    if not inherited:
        return understanding
    update["inherited"] = [*understanding.inherited, *inherited]
    return understanding.model_copy(update=update)


def _staffed(understanding: Understanding, shares: list[float]) -> Understanding:
    """The understanding with these positions, one size each, as the staffing asked about."""
    return understanding.model_copy(
        update={"positions": len(shares), "staffing": shares, "percents": sorted(set(shares))}
    )


def update_focus(focus: Focus | None, understanding: Understanding) -> Focus:
    """The focus after this (merged) message; an out-of-scope message leaves it as it was."""
    current = focus or Focus()
    if understanding.intent == "out_of_scope":
        return current.model_copy(update={"language": understanding.language})
    scheme_changed = understanding.scheme_id is not None and understanding.scheme_id != current.scheme_id
    measure = understanding.measure or (None if scheme_changed or understanding.unknown_measure else current.measure)
    # "Tiltak B, en 100 % stilling?" … "og hvis stillingen er 70 %?": the staff this message names replaces the staff
    # told before, sizes and all.
    own = {"positions", "percents", "staffing"} - set(understanding.inherited)
    restaffed = any(getattr(understanding, name) not in (None, []) for name in own)
    # Sizes by year, and a part of a year, told once hold for the staff until new staff or another scheme is named.
    kept = not (restaffed or scheme_changed)
    by_year = understanding.staffing_by_year or (current.staffing_by_year if kept else {})
    held = (
        understanding.staffing_held_from if understanding.staffing_by_year or not kept else current.staffing_held_from
    )
    return Focus(
        scheme_id=understanding.scheme_id or current.scheme_id,
        measure=measure,
        schemes=current.schemes if "scheme_ids" in understanding.inherited else list(understanding.scheme_ids),
        applicant_type=understanding.applicant_type or current.applicant_type,
        year=understanding.year if understanding.year is not None else _years_behind(understanding) or current.year,
        years=list(understanding.years),
        percents=list(understanding.percents or current.percents),
        positions=understanding.positions if understanding.positions is not None else current.positions,
        staffing=list(understanding.staffing if restaffed else understanding.staffing or current.staffing),
        staffing_by_year={year: list(sizes) for year, sizes in by_year.items()},
        staffing_held_from=held,
        part_year=understanding.part_year or (current.part_year if kept else None),
        language=understanding.language,
        last_intent=understanding.intent if understanding.intent != "other" else current.last_intent,
        last_qualifiers=list(understanding.qualifiers),
        last_subjects=list(understanding.subjects),
        last_question=understanding.text,
        calendar_year=understanding.calendar_year,
        salary_cost=understanding.components.amounts.get("salary_cost"),
        excluded=list(understanding.components.excluded),
        participants=understanding.participants if understanding.has("training") else None,
    )


def _years_behind(understanding: Understanding) -> int | None:
    """'Vi har hatt tiltak B i tre år' (years 1–3, told, not asked about): the year the applicant has reached."""
    if understanding.years_behind is not None:
        return understanding.years_behind
    years = understanding.years
    told = understanding.has("first_person") and not understanding.has("asks_amount")
    return years[-1] if told and years and years[0] == 1 else None


def _names_nothing(understanding: Understanding) -> bool:
    """A message that names no scheme, measure, staff, year or sum: only what it asks ("how much at most?")."""
    return not (
        understanding.scheme_ids
        or understanding.measure
        or understanding.positions
        or understanding.staffing
        or understanding.percents
        or understanding.amounts
        or understanding.year is not None
        or understanding.years
    )


def _people_for_the_training(understanding: Understanding, focus: Focus) -> int | None:
    """Of a follow-up to a question about the cost per participant, the people it counts ("Vi sender fem personer",
    "vi sender 12 stk"), when it names no position sizes or years."""
    if not (
        understanding.is_followup
        and understanding.participants is None
        and {"participants", "training"} <= set(focus.last_qualifiers)
        and not (understanding.percents or understanding.year or understanding.has("positions_named"))
    ):
        return None
    if understanding.positions is not None:
        return understanding.positions
    return people_sent(understanding.clean_text or understanding.text, understanding.language)


def _spent_on_training(understanding: Understanding, focus: Focus) -> bool:
    """A follow-up to a question about the training money naming one sum and asking what is left or more."""
    asks_left = understanding.has("remaining") or understanding.has("additional")
    return (
        asks_left
        and "training" in focus.last_qualifiers
        and len(understanding.amounts) == 1
        and not understanding.components.amounts
        and not understanding.components.used
        and not (understanding.positions or understanding.staffing or understanding.percents)
    )


# "the last year", "det siste året": after a question on how many years, the period's last.
_THE_LAST_YEAR = re.compile(r"\bthe\s+last\s+year\b|\b(?:det\s+)?siste\s+året\b", re.IGNORECASE)
# "What was it in …?": a word standing for what the message before asked about.
_PRONOUN = re.compile(r"\b(?:it|that|den|det)\b", re.IGNORECASE)
# Openers that carry no meaning once the follow-up is spelled out ("Og …", "What about …").
_OPENERS = Lexicon(["hva med", "what about", "how about", "og", "and", "men", "but", "enn"])


def retrieval_query(understanding: Understanding, focus: Focus | None = None, book: RuleBook | None = None) -> str:
    """The text to retrieve with: the message itself, or for a message that leans on the focus, a
    self-contained query naming the scheme, measure, intent, applicant, year and positions it inherited."""
    # "Hva var rammen for foreldrestøttende tiltak i 2015?" … "Og hvor mye var til fordeling?": a topic no rule table
    # names (a programme in the 2015 overview) is carried by the words of the question before.
    topic_only = (
        focus is not None
        and focus.scheme_id is None
        and focus.last_question is not None
        and not understanding.scheme_ids
        and understanding.is_followup
    )
    if not understanding.inherited and not topic_only:
        return understanding.clean_text
    tokens = tokenize(understanding.clean_text)
    first = _OPENERS.starts(tokens, 0)
    opener = _OPENERS.length(first) if first else 0
    rest = understanding.clean_text[tokens[opener].start :] if opener < len(tokens) else ""
    parts = [rest.strip(" ?!.")]
    scheme = book.schemes.get(understanding.scheme_id) if book and understanding.scheme_id else None
    if understanding.measure:
        measure = scheme.measures.get(understanding.measure) if scheme else None
        parts.append(measure.label if measure else f"Tiltak {understanding.measure}")
    if scheme is not None:
        parts.append(scheme.name)
    elif understanding.scheme_id:
        parts.append(understanding.scheme_id)
    # A message that only told something ("Our organisation number changed.") is the scene of the question after it:
    # its words, not the type's, say what to look for.
    told = understanding.is_followup and focus is not None and focus.only_told
    qtype = question_type(understanding.intent)
    parts.append(qtype.retrieval_terms if qtype and not (told and understanding.explicit_intent) else "")
    inherited_applicant = "applicant_type" in understanding.inherited
    if understanding.applicant_type is not None and (understanding.intent == "eligibility" or not inherited_applicant):
        # "We're an HF …" then "What qualifications do the people we hire need?": who asks is not what is asked.
        parts.append(APPLICANTS[understanding.applicant_type].nb_plural)
    if understanding.year is not None:
        parts.append(f"{understanding.year}. prosjekt-/driftsår år {understanding.year}")
    if "calendar_year" in understanding.inherited:
        parts.append(str(understanding.calendar_year))
    parts.extend(f"{p:g} % stilling" for p in understanding.percents)
    if understanding.positions is not None:
        parts.append(f"{understanding.positions} stillinger")
    if focus is not None and focus.last_question and (not understanding.explicit_intent or topic_only or told):
        parts.append(focus.last_question)
    return " ".join(part for part in parts if part)


def _one_year_totalled(focus: Focus) -> bool:
    """The last question asked for the total of a year it named ("year 2 total?")."""
    last = focus.last_question or ""
    return extract_quantities(last, focus.language).year is not None


def _told_before(focus: Focus) -> bool:
    """The message before told something of the applicant's own ("we have had …") and asked no amount."""
    return "first_person" in focus.last_qualifiers and "asks_amount" not in focus.last_qualifiers


def _year_told_before(understanding: Understanding, focus: Focus) -> bool:
    """The message before told the year the applicant is in, and this one asks an amount for no year or period."""
    told = _told_before(focus)
    periodless = not any(understanding.has(q) for q in ("total", "whole_period", "remaining_years"))
    return (
        told
        and focus.year is not None
        and understanding.intent == "amount"
        and understanding.year is None
        and not understanding.years
        and periodless
    )


def _asks_anew(understanding: Understanding) -> bool:
    """The follow-up asks a question of its own, beyond "hva med …"/"what about …" (whose subject it keeps): "Hva
    med 2019-ordningen – hvem fattet vedtak der?"."""
    text = understanding.clean_text or understanding.text
    opener = _OPENERS.starts(tokenize(text))
    rest = " ".join(t.original for t in tokenize(text)[_OPENERS.length(opener) :]) if opener else text
    return bool(QUESTION_WORD.search(rest))


# "Hva om vi heller …", "What if we …": the question before, with one thing changed.
_WHAT_IF = re.compile(r"^\W*(?:(?:og|men|and|but)\s+)?(?:hva\s+(?:om|hvis)|what\s+if|hvis|if)\b", re.IGNORECASE)


def _per_position_instead(
    book: RuleBook | None, scheme_id: str | None, measure: str, understanding: Understanding
) -> str:
    """ "Hvor mye er forprosjektmidlene?" … "og hvor mye er det per stilling år 4?": a sum per position or for a
    project year is not the lump sum asked before; it is the scheme's one measure priced per position."""
    scheme = book.schemes.get(scheme_id) if book is not None and scheme_id else None
    current = scheme.measures.get(measure) if scheme is not None else None
    if scheme is None or current is None or current.kind == "per_position":
        return measure
    asks_positions = understanding.has("per_position") or understanding.year is not None or understanding.positions
    priced = single_priced_measure(scheme, per_position=True) if asks_positions else None
    return priced.id if priced is not None else measure


def _other_measure(book: RuleBook | None, scheme_id: str | None, measure: str) -> str:
    """The measure of a two-measure scheme that is not `measure` ("Tiltak A …" then "and the other measure?");
    `measure` itself when the scheme has more or fewer than two."""
    scheme = book.schemes.get(scheme_id) if book is not None and scheme_id else None
    others = [m for m in scheme.measures if m != measure] if scheme is not None else []
    return others[0] if scheme is not None and len(scheme.measures) == 2 and len(others) == 1 else measure


def _other_measure_instead(understanding: Understanding, focus: Focus) -> bool:
    """'Tiltak B, full stilling, år 2?' … 'Hva om vi heller søker Tiltak A for den samme stillingen?': the sum asked
    before, for another measure; applying is how the switch is said, not what is asked. So it is for training
    applied for on top ('Og hvis vi også søker om opplæringsmidler?')."""
    other_measure = understanding.measure is not None and understanding.measure != focus.measure
    return (
        focus.last_intent == "amount"
        and understanding.intent == "eligibility"
        and (other_measure or understanding.has("training"))
        and not understanding.applicant_types
        and bool(_WHAT_IF.search(understanding.clean_text or understanding.text))
    )


def _team_total_of_that_year(understanding: Understanding, focus: Focus) -> bool:
    """'Hvor mye får man per stilling … år 1?' … 'Vi har 5 jobbspesialister og 1 teamleder, hva blir totalen?': the
    total for the staff now told, in the year the sum before was asked for, not over the years."""
    over_years = any(understanding.has(q) for q in ("whole_period", "period_named", "remaining_years"))
    staffed = understanding.positions is not None or bool(understanding.staffing)
    return (
        focus.last_intent == "amount"
        and focus.year is not None
        and understanding.has("total")
        and staffed
        and understanding.year is None
        and not understanding.years
        and not over_years
    )


def _asks_a_new_sum(understanding: Understanding, focus: Focus) -> bool:
    summed = understanding.has("total") or understanding.has("remaining_years")
    return summed and understanding.has("asks_amount") and focus.last_intent not in SUMMING_TYPES


def _sum_for_staff_told(understanding: Understanding, focus: Focus) -> bool:
    """ "Vi har en arbeidsspesialist i 50 % i FACT-teamet." … "Hva er det meste vi kan få i år 2?": a sum asked right
    after a message that only told the staff is a sum for them, whatever the type that message was read as."""
    told = focus.only_told and bool(focus.positions or focus.staffing or focus.percents)
    return told and understanding.has("asks_amount")


def _sum_for_staff(understanding: Understanding) -> bool:
    """ "Kan vi søke overgangsordningen?" … "Hva får vi for 1,5 årsverk?": staff told and a sum asked."""
    staffed = bool(understanding.positions or understanding.percents or understanding.staffing)
    return staffed and (understanding.has("asks_amount") or understanding.has("how_much"))


def _sum_over_the_period(understanding: Understanding, focus: Focus) -> bool:
    """ "Tiltak B: hvor mye år 2?" … "Og over hele perioden?": the sum over the period, not how long it is."""
    over_it = understanding.intent == "duration" and understanding.has("whole_period")
    return over_it and focus.last_intent == "amount" and not understanding.has("asks_duration")


def _quantity_after_overview(understanding: Understanding, focus: Focus) -> bool:
    """ "Tiltak B" … "år 3" … "80 %": a project year or a position's size alone, after what the measure is, asks
    what it pays then."""
    named = understanding.year is not None or understanding.years or understanding.percents or understanding.staffing
    return focus.last_intent == "overview" and focus.measure is not None and bool(named)


def _names_staff_and_year(understanding: Understanding) -> bool:
    staffed = bool(understanding.positions or understanding.percents or understanding.staffing)
    return staffed and (understanding.year is not None or bool(understanding.years))
