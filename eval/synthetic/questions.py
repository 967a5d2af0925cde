"""Gold cases for a generated regelverk, in the gold-set schema (eval/schema.py): answers known from the generator.

Each document gets a few questions of different kinds (who may apply, amounts for a year, a part-time position or
several positions under a cap, training money, lump sums, durations, deadlines, who decides, appeal), about a third
in English, naming the scheme by its name or by its budget chapter and post.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from assistant.applicants import ApplicantType
from assistant.rules.model import Scheme
from eval.schema import Category, Expectation, ExpectedSource, GoldCase
from eval.synthetic.render import dotted_date
from eval.synthetic.spec import MeasureSpec, SchemeSpec
from eval.synthetic.vocabulary import ENGLISH_NUMBERS, MONTHS_EN, MONTHS_NB, NUMBER_WORDS, ORDINALS_NB

QUESTIONS_PER_DOCUMENT = 4
ENGLISH_SHARE = 0.35

# Applicant types as people name them in questions (nb, en).
_ASKERS: dict[ApplicantType, tuple[str, str]] = {
    ApplicantType.KOMMUNE: ("kommuner", "municipalities"),
    ApplicantType.FYLKESKOMMUNE: ("fylkeskommuner", "county municipalities"),
    ApplicantType.INTERKOMMUNALT_SELSKAP: ("interkommunale selskaper", "inter-municipal companies"),
    ApplicantType.STATLIG_FORETAK: ("helseforetak", "health trusts"),
    ApplicantType.FRIVILLIG_ORGANISASJON: ("frivillige organisasjoner", "voluntary organisations"),
    ApplicantType.UNIVERSITET_HOGSKOLE: ("universiteter og høyskoler", "universities"),
    ApplicantType.BEDRIFT: ("private bedrifter", "private companies"),
    ApplicantType.UTENLANDSK: ("søkere utenfor Norge", "applicants outside Norway"),
}


class _Asker:
    """Builds the questions of one document in one language, naming the scheme one way."""

    def __init__(self, spec: SchemeSpec, truth: Scheme, rng: random.Random, english: bool) -> None:
        self.spec = spec
        self.truth = truth
        self.rng = rng
        self.english = english
        by_name = rng.random() < 0.5
        if english:
            self.ref = f"under «{spec.name}»" if by_name else f"under chapter {spec.chapter} post {spec.post}"
        else:
            self.ref = f"i ordningen «{spec.name}»" if by_name else f"under kap. {spec.chapter} post {spec.post}"

    def t(self, nb: str, en: str) -> str:
        return en if self.english else nb

    def source(self, quote: str) -> ExpectedSource:
        return ExpectedSource(document=self.spec.document_id, quote=quote)

    def case(self, kind: str, category: Category, question: str, expect: Expectation) -> GoldCase:
        case_id = f"syn-{self.spec.index:04d}-{kind}"
        return GoldCase.model_validate(
            {
                "id": case_id,
                "category": category,
                "language": "en" if self.english else "nb",
                "turns": [question],
                "expect": expect,
                "notes": f"Generated from {self.spec.document_id}.",
            }
        )

    # --- one method per kind of question; each returns None when the document gives it nothing to ask ---------

    def eligibility(self) -> GoldCase | None:
        kind = self.rng.choice(list(_ASKERS))
        nb, en = _ASKERS[kind]
        entry = self.truth.eligibility[0].applicants[kind]
        assert entry.source is not None
        question = self.t(f"Kan {nb} søke om tilskudd {self.ref}?", f"Can {en} apply for a grant {self.ref}?")
        expect = Expectation(status=["answered"], verdict=[entry.verdict], sources=[self.source(entry.source.quote)])
        return self.case("eligibility", "eligibility", question, expect)

    def _per_position(self) -> MeasureSpec | None:
        measures = [m for m in self.spec.measures if m.kind == "per_position"]
        return self.rng.choice(measures) if measures else None

    def rate(self) -> GoldCase | None:
        measure = self._per_position()
        if measure is None:
            return None
        year = self.rng.randint(1, measure.years)
        question = self.t(
            f"Hva er maksimalt tilskudd for en 100 % stilling i Tiltak {measure.letter} {self.ref} i "
            f"{ORDINALS_NB[year]} driftsår?",
            f"What is the maximum grant for one full-time position in Tiltak {measure.letter} {self.ref} in year "
            f"{year}?",
        )
        expect = Expectation(
            status=["answered"], amount=measure.rates[year - 1], sources=[self._rate_source(measure, year)]
        )
        return self.case("rate", "amount", question, expect)

    def _rate_source(self, measure: MeasureSpec, year: int) -> ExpectedSource:
        for rate in self.truth.measures[measure.letter].rates:
            if rate.year_from <= year <= rate.year_to:
                return self.source(rate.source.quote)
        raise AssertionError(f"no rate for year {year}")

    def part_time(self) -> GoldCase | None:
        measure = self._per_position()
        if measure is None:
            return None
        year = self.rng.randint(1, measure.years)
        percent = self.rng.choice((20, 40, 50, 60, 80))
        question = self.t(
            f"Hvor mye kan vi få for en {percent} % stilling i Tiltak {measure.letter} {self.ref} i år {year}?",
            f"How much can we get for a {percent}% position in Tiltak {measure.letter} {self.ref} in year {year}?",
        )
        amount = measure.rates[year - 1] * percent // 100
        expect = Expectation(status=["answered"], amount=amount, sources=[self._rate_source(measure, year)])
        return self.case("part-time", "amount", question, expect)

    def capped(self) -> GoldCase | None:
        measures = [m for m in self.spec.measures if m.cap is not None]
        if not measures:
            return None
        measure = self.rng.choice(measures)
        assert measure.cap is not None
        positions = measure.cap // measure.rates[0] + 1  # just enough positions to reach the cap in year 1
        question = self.t(
            f"Hvor mye kan vi få i første år for {positions} hele stillinger i Tiltak {measure.letter} {self.ref}?",
            f"How much can we get in the first year for {positions} full-time positions in Tiltak {measure.letter} "
            f"{self.ref}?",
        )
        cap = self.truth.measures[measure.letter].caps[0]
        expect = Expectation(status=["answered"], amount=measure.cap, sources=[self.source(cap.source.quote)])
        return self.case("cap", "amount", question, expect)

    def training(self) -> GoldCase | None:
        measures = [m for m in self.spec.measures if m.training is not None]
        if not measures:
            return None
        measure = self.rng.choice(measures)
        value = self.truth.measures[measure.letter].training
        assert value is not None and measure.training is not None
        question = self.t(
            f"Hvor mye kan man få til opplærings- og kompetansetiltak i Tiltak {measure.letter} {self.ref}?",
            f"How much is available for training measures in Tiltak {measure.letter} {self.ref}?",
        )
        expect = Expectation(status=["answered"], amount=measure.training, sources=[self.source(value.source.quote)])
        return self.case("training", "amount", question, expect)

    def lump_sum(self) -> GoldCase | None:
        measures = [m for m in self.spec.measures if m.kind == "lump_sum"]
        if not measures:
            return None
        measure = self.rng.choice(measures)
        value = self.truth.measures[measure.letter].lump_sum
        assert value is not None and measure.lump_sum is not None
        question = self.t(
            f"Hvor mye kan man maksimalt få i tilskudd til Tiltak {measure.letter} {self.ref}?",
            f"What is the most we can get for Tiltak {measure.letter} {self.ref}?",
        )
        expect = Expectation(status=["answered"], amount=measure.lump_sum, sources=[self.source(value.source.quote)])
        return self.case("lump-sum", "amount", question, expect)

    def duration(self) -> GoldCase | None:
        measure = self.rng.choice(self.spec.measures)
        value = self.truth.measures[measure.letter].duration
        assert value is not None
        years = measure.years
        question = self.t(
            f"Hvor mange år kan man få tilskudd til Tiltak {measure.letter} {self.ref}?",
            f"For how many years can Tiltak {measure.letter} be funded {self.ref}?",
        )
        alternatives = [f"{NUMBER_WORDS[years]} år", f"{years} år", f"{ENGLISH_NUMBERS[years]} years", f"{years} years"]
        expect = Expectation(status=["answered"], facts=[alternatives], sources=[self.source(value.source.quote)])
        return self.case("duration", "duration", question, expect)

    def reporting_deadline(self) -> GoldCase | None:
        deadline = next(d for d in self.truth.deadlines if d.kind == "reporting")
        day, month = self.spec.reporting_day, self.spec.reporting_month
        question = self.t(f"Når er rapporteringsfristen {self.ref}?", f"When is the reporting deadline {self.ref}?")
        alternatives = [
            dotted_date(day, month),
            f"{day}. {MONTHS_NB[month - 1]}",
            f"{day} {MONTHS_EN[month - 1]}",
            f"{MONTHS_EN[month - 1]} {day}",
        ]
        expect = Expectation(status=["answered"], facts=[alternatives], sources=[self.source(deadline.source.quote)])
        return self.case("reporting-deadline", "deadline", question, expect)

    def application_deadline(self) -> GoldCase | None:
        deadline = next(d for d in self.truth.deadlines if d.kind == "application")
        question = self.t(f"Hva er søknadsfristen {self.ref}?", f"What is the application deadline {self.ref}?")
        due = self.spec.application_deadline
        if due is None:
            alternatives = ["utlysning", "announcement", "the call"]
        else:
            alternatives = [
                dotted_date(due.day, due.month, due.year),
                f"{due.day}. {MONTHS_NB[due.month - 1]} {due.year}",
                f"{due.day} {MONTHS_EN[due.month - 1]} {due.year}",
                f"{MONTHS_EN[due.month - 1]} {due.day}, {due.year}",
            ]
        expect = Expectation(status=["answered"], facts=[alternatives], sources=[self.source(deadline.source.quote)])
        return self.case("application-deadline", "deadline", question, expect)

    def decision(self) -> GoldCase | None:
        fact = self.truth.facts["decision_authority"]
        question = self.t(
            f"Hvem fatter vedtak om tilskudd {self.ref}?", f"Who decides on grant applications {self.ref}?"
        )
        expect = Expectation(
            status=["answered"], facts=[[self.spec.administrator]], sources=[self.source(fact.source.quote)]
        )
        return self.case("decision", "decision_appeal", question, expect)

    def appeal(self) -> GoldCase | None:
        fact = self.truth.facts["appeal"]
        question = self.t(
            f"Kan vi klage på vedtaket om tilskudd {self.ref}?", f"Can we appeal the grant decision {self.ref}?"
        )
        verdict = "yes" if self.spec.appeal else "no"
        expect = Expectation(status=["answered"], verdict=[verdict], sources=[self.source(fact.source.quote)])
        return self.case("appeal", "decision_appeal", question, expect)


_KINDS: tuple[Callable[[_Asker], GoldCase | None], ...] = (
    _Asker.eligibility,
    _Asker.rate,
    _Asker.part_time,
    _Asker.capped,
    _Asker.training,
    _Asker.lump_sum,
    _Asker.duration,
    _Asker.reporting_deadline,
    _Asker.application_deadline,
    _Asker.decision,
    _Asker.appeal,
)


def questions_for(spec: SchemeSpec, truth: Scheme, count: int = QUESTIONS_PER_DOCUMENT) -> list[GoldCase]:
    """`count` gold cases of different kinds about one generated document (fewer if it offers fewer kinds)."""
    rng = random.Random(f"questions:{spec.code}")
    cases: list[GoldCase] = []
    for make in rng.sample(_KINDS, len(_KINDS)):
        if len(cases) == count:
            break
        case = make(_Asker(spec, truth, rng, english=rng.random() < ENGLISH_SHARE))
        if case is not None:
            cases.append(case)
    return cases
