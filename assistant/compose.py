"""Compose an answer (nb/en) from rules-module results and retrieved passages, citing sources by key.

Rule-backed intents (eligibility, amounts, durations, deadlines, reporting, decisions, application content) answer
from the rule tables, whose every value carries a verbatim source; everything else is extractive. The verifier runs
afterwards and removes whatever this module could not back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from assistant.applicants import ApplicantType, applicant_name
from assistant.citations import CitationCollector, SourceLocator, span_quote
from assistant.errors import (
    NoFixedAmount,
    PositionLimitExceeded,
    RegelverkError,
    RulesError,
    UnknownMeasure,
    YearOutOfRange,
)
from assistant.extractive import ExtractiveAnswerer
from assistant.messages import not_found_text, phrase
from assistant.rules import engine
from assistant.rules.book import RuleBook
from assistant.rules.engine import kr, pct
from assistant.rules.model import ChecklistItem, Measure, RuleValue, Scheme
from assistant.rules.results import EligibilityResult, GrantResult, PlanResult
from assistant.text import fold_whitespace
from assistant.types import Answer, AnswerStatus, Calculation, Chunk, Language, Passage, Source
from assistant.understand.model import Understanding

# "I" only in capitals: Norwegian "i" is a preposition ("Psykisk helse i skolen").
_FIRST_PERSON = re.compile(r"\b(?:(?i:vi|oss|vår|vårt|våre|jeg|meg|we|us|our|me|my)|I)\b")
_OWN_FUNDING = re.compile(
    r"egenfinansier|egenandel|egeninnsats|lønnskostnad|lønn\b|koster|own funding|co-?fund|salary|costs?\b",
    re.IGNORECASE,
)
# Questions about a scheme's total allocation rather than what one applicant can get.
_BUDGET = re.compile(r"\b(?:bevilg|avsatt|ramme|budsjett|allocat|budget|appropriat)", re.IGNORECASE)
# The sum over every year of a measure, not one year.
_TOTAL = re.compile(
    r"\b(?:totalt?|til sammen|tilsammen|i alt|samlet|altogether|in all|across all|over all|"
    r"over (?:hele|alle)|alle (?:årene|\w+ år(?:ene)?)|all (?:\w+ )?years)\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(r"klag|appeal|enkeltvedtak|complain", re.IGNORECASE)
_DECIDE = re.compile(r"vedtak|avgjør|beslut|innstill|decid|decision|approv|godkjenn|behandl", re.IGNORECASE)
# "Who may apply" asked without saying who is asking.
_WHO_MAY_APPLY = re.compile(
    r"\bhvem\b.*\bsøk|\bwho\b.*\bappl|\bkan\s+(?:vi|jeg|man|dere|en|et|de|alle)\b.*\bsøke\b|"
    r"\b(?:can|could|may)\s+(?:we|i|you|one|anyone)\b.*\bapply\b|eligib|berettig|søkerkrets|søkergruppe",
    re.IGNORECASE,
)
_EVERY_YEAR = re.compile(r"hvert år|hvert eneste år|på nytt|årlig|every year|each year|annually|again", re.IGNORECASE)
_REPORT = re.compile(r"rapport|\breport", re.IGNORECASE)
_APPLICATION = re.compile(r"søknad|søke|\bappl(?:y|ication)", re.IGNORECASE)
_TRAINING = re.compile(r"opplæring|kompetansetiltak|\btraining|competence", re.IGNORECASE)
_PER_POSITION = re.compile(r"\b(?:per|pr\.?|each|hver) (?:stilling|position|årsverk|100)", re.IGNORECASE)
_POSITION = re.compile(r"stilling|årsverk|\bposition|full-time|heltid", re.IGNORECASE)
# Below this share of the question's (IDF-weighted) terms found in one sentence, the evidence is too thin to answer.
MIN_COVERAGE = 0.2
# A rule-backed answer adds retrieved sentences that cover at least half of the question.
SUPPLEMENT_COVERAGE = 0.5
# With no scheme named, a question whose content words are this unknown to the corpus (1 in 3) is off-topic.
OFF_TOPIC_SHARE = 3
_LONG_WORD = 12
# A capitalised word that does not start the sentence: a name.
_NAME = re.compile(r"(?<=[\w,;:] )[A-ZÆØÅ][\wÆØÅæøå-]+")


class _Writer:
    """Accumulates paragraphs, citations, warnings and a calculation for one answer."""

    def __init__(self, language: Language, locator: SourceLocator, query: str) -> None:
        self.language = language
        self.query = query  # what retrieval searched for (follow-ups are rewritten self-contained)
        self._locator = locator
        self._collector = CitationCollector()
        self.paragraphs: list[str] = []
        self.warnings: list[str] = []
        self.calculation: Calculation | None = None

    def t(self, nb: str, en: str) -> str:
        """Pick the phrase for the answer's language."""
        return en if self.language == "en" else nb

    def cite(self, *sources: Source | None) -> str:
        """Markers for sources found in the index ("" for any that is not).

        Several quotes from one chunk (e.g. the lines of a checkbox list) become one citation whose quote is the
        passage spanning them, so a reader sees the list as it stands in the document.
        """
        by_chunk: dict[str, tuple[Chunk, list[str]]] = {}
        for source in sources:
            if source is None:
                continue
            chunk = self._locator.chunk_for(source)
            if chunk is not None:
                by_chunk.setdefault(chunk.id, (chunk, []))[1].append(source.quote)
        markers: list[str] = []
        for chunk, quotes in by_chunk.values():
            marker = self._collector.cite(chunk, span_quote(chunk.text, quotes))
            if marker not in markers:
                markers.append(marker)
        return "".join(markers)

    def cite_chunk(self, chunk: Chunk, quote: str) -> str:
        return self._collector.cite(chunk, quote)

    def quoted(self) -> list[str]:
        """The quotes cited so far."""
        return [c.quote for c in self._collector.citations]

    def add(self, text: str) -> None:
        self.paragraphs.append(text.strip())

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def answer(self, status: AnswerStatus, passages: Sequence[Passage]) -> Answer:
        text = "\n\n".join(p for p in self.paragraphs if p)
        return Answer(
            status=status,
            language=self.language,
            text=text,
            citations=self._collector.citations,
            calculation=self.calculation,
            warnings=self.warnings,
            passages=list(passages),
        )


def _join(items: Sequence[str], language: Language) -> str:
    """'a, b og c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    word = "and" if language == "en" else "og"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _staffing_phrase(shares: Sequence[float], language: Language) -> str:
    """' for en 50 % stilling' / ' for 3 full-time positions' — the positions a result was computed for."""
    if not shares:
        return ""
    if len(shares) == 1:
        return f" for a {pct(shares[0])} position" if language == "en" else f" for en {pct(shares[0])} stilling"
    if all(share >= 100 for share in shares):
        return f" for {len(shares)} full-time positions" if language == "en" else f" for {len(shares)} hele stillinger"
    listed = _join([pct(share) for share in shares], language)
    return f" for positions of {listed}" if language == "en" else f" for stillinger på {listed}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


class Composer:
    """Turns an understood question plus passages into a cited draft answer."""

    def __init__(
        self,
        book: RuleBook,
        chunks: Sequence[Chunk],
        extractive: ExtractiveAnswerer,
        today: date,
        titles: dict[str, str],
    ) -> None:
        self.book = book
        self.locator = SourceLocator(chunks)
        self.extractive = extractive
        self.today = today
        self.titles = titles

    # --- entry point -------------------------------------------------------------------------------------------

    def compose(self, u: Understanding, passages: Sequence[Passage], query: str) -> Answer:
        """The unverified answer for `u`, given the passages retrieved for `query`."""
        answer = self._compose(u, passages, query)
        if u.injection:
            answer.warnings.insert(0, phrase("injection_ignored", u.language))
        return answer

    def _compose(self, u: Understanding, passages: Sequence[Passage], query: str) -> Answer:
        w = _Writer(u.language, self.locator, query)
        if u.intent == "out_of_scope" and not u.scheme_ids:
            return self._not_found(w, passages)
        if u.unknown_measure is not None:
            return self._unknown_measure(w, u, passages)
        if not u.scheme_ids and self._off_topic(u):
            return self._not_found(w, passages)
        handler = self._handlers().get(u.intent)
        scheme = self._scheme(u)
        if scheme is not None and _BUDGET.search(u.clean_text) and u.intent not in ("deadline", "reporting"):
            handler = self._amount  # "what was the budget/allocation for X": the scheme's budget facts
        if handler is not None and scheme is not None:
            try:
                draft = handler(w, u, scheme, passages)
            except NoFixedAmount as exc:
                return self._no_fixed_amount(w, exc, passages)
            except (YearOutOfRange, PositionLimitExceeded) as exc:
                return self._rules_error(w, u, scheme, exc, passages)
            except RulesError:
                # The tables do not cover this (e.g. no rate stated): answer from the passages instead.
                draft = None
                w = _Writer(u.language, self.locator, query)
            if draft is not None:
                self._status_warning(w, scheme)
                return draft
        if handler is not None and scheme is None and u.intent in ("eligibility", "amount") and not passages:
            return self._not_found(w, passages)
        return self._extractive(w, u, passages, query)

    def _off_topic(self, u: Understanding) -> bool:
        """A question about something the corpus never mentions (sports facilities, weather, other agencies …).

        Off-topic when many of its content words are unknown to the corpus and glossary, or when an unknown word
        is a name (capitalised mid-sentence: "Arts Council", "FRIPRO") or a long compound ("kunstgressbane") —
        typos in long corpus words are already forgiven by the fuzzy vocabulary lookup.
        """
        text = u.clean_text or u.text
        uncovered, content = self.extractive.uncovered_words(text)
        if not uncovered:
            return False
        names = {m.group().lower() for m in _NAME.finditer(text)}
        if any(word in names or len(word) >= _LONG_WORD for word in uncovered):
            return True
        if u.language == "en":
            # English words are unknown to a Norwegian corpus unless the glossary maps them: ask for more.
            return len(uncovered) >= 2 and 2 * len(uncovered) >= content
        return len(uncovered) * OFF_TOPIC_SHARE >= content

    def _handlers(self) -> dict[str, Callable[[_Writer, Understanding, Scheme, Sequence[Passage]], Answer | None]]:
        return {
            "eligibility": self._eligibility,
            "amount": self._amount,
            "duration": self._duration,
            "deadline": self._deadline,
            "reporting": self._reporting,
            "decision_appeal": self._decision_appeal,
            "application_requirements": self._application,
            "overview": self._overview,
        }

    def _scheme(self, u: Understanding) -> Scheme | None:
        return self.book.scheme(u.scheme_id) if u.scheme_id else None

    def _measure(self, scheme: Scheme, u: Understanding) -> Measure | None:
        if u.measure and u.scheme_id == scheme.id:
            try:
                return self.book.measure(scheme, u.measure)
            except UnknownMeasure:
                return None
        return None

    def _name(self, scheme: Scheme, language: Language) -> str:
        return (scheme.name_en or scheme.name) if language == "en" else scheme.name

    def _title(self, scheme: Scheme, sources: Sequence[Source | None]) -> str:
        """Short title of the document the sources come from (most of them), else of the scheme's newest one."""
        docs = [s.document_id for s in sources if s is not None]
        doc = max(set(docs), key=docs.count) if docs else (scheme.documents[-1] if scheme.documents else "")
        return self.titles.get(doc, doc)

    def _status_warning(self, w: _Writer, scheme: Scheme) -> None:
        if scheme.status == "current":
            return
        note = (scheme.status_note_en or scheme.status_note) if w.language == "en" else scheme.status_note
        w.warn(
            w.t(
                f"Merk: dette bygger på en eldre eller utløpt kilde — {note}",
                f"Note: this is based on an old or expired source — {note}",
            )
        )

    # --- eligibility -------------------------------------------------------------------------------------------

    def _eligibility(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        if not scheme.eligibility:
            return None
        measure = self._measure(scheme, u)
        version = engine.in_force(scheme.eligibility, None, f"hvem kan søke på {scheme.name}")
        title = self.titles.get(version.document_id, version.document_id)
        name = self._name(scheme, w.language)
        what = f"«{name}»" + (f" ({self._measure_label(measure, w.language)})" if measure else "")
        if u.applicant_type is not None:
            result = engine.eligibility(self.book, scheme, u.applicant_type, measure.id if measure else None)
            self._eligibility_verdict(w, result, what, title)
            self._who_may_apply(w, scheme, title, exclude=u.applicant_type)
            return w.answer("answered", passages)
        if not _WHO_MAY_APPLY.search(w.query):
            return None  # e.g. "what must we specify when we apply": not a question of who may apply
        first_person = bool(_FIRST_PERSON.search(u.clean_text))
        w.add(
            w.t(
                f"Det avhenger av hva slags virksomhet dere er. Etter {title} gjelder dette for {what}:"
                if first_person
                else f"Etter {title} gjelder dette for {what}:",
                f"It depends on what kind of organisation you are. Under {title}, this applies to {what}:"
                if first_person
                else f"Under {title}, this applies to {what}:",
            )
        )
        self._who_may_apply(w, scheme, title, exclude=None)
        for condition in self._conditions(scheme, measure, None):
            w.add(f"- {self._condition_text(w, condition.text, condition.text_en)} {w.cite(condition.source)}")
        if first_person:
            w.add(phrase("ask_applicant", w.language))
            return w.answer("clarify", passages)
        return w.answer("answered", passages)

    def _eligibility_verdict(self, w: _Writer, result: EligibilityResult, what: str, title: str) -> None:
        kind = result.applicant_type
        plural = applicant_name(kind, w.language, plural=True)
        cite = w.cite(*result.sources[:1])
        if result.verdict == "no":
            w.add(
                w.t(
                    f"Nei. {plural[:1].upper() + plural[1:]} kan ikke søke om tilskudd fra {what} ({title}) {cite}.",
                    f"No. {plural[:1].upper() + plural[1:]} may not apply for {what} ({title}) {cite}.",
                )
            )
        elif result.verdict == "unknown":
            w.add(
                w.t(
                    f"Regelverket sier ikke uttrykkelig om {plural} kan søke om {what}: søkertypen er ikke nevnt i "
                    f"listen over hvem som kan søke ({title}).",
                    f"The regulation does not say whether {plural} may apply for {what}: that type of applicant "
                    f"is not named in the list of who may apply ({title}).",
                )
            )
        else:
            conditional = result.verdict == "conditional"
            lead = w.t("Ja, på vilkår." if conditional else "Ja.", "Yes, on conditions." if conditional else "Yes.")
            w.add(
                w.t(
                    f"{lead} {plural[:1].upper() + plural[1:]} kan søke om tilskudd fra {what} ({title}) {cite}.",
                    f"{lead} {plural[:1].upper() + plural[1:]} may apply for {what} ({title}) {cite}.",
                )
            )
            for condition in result.conditions:
                text = self._condition_text(w, condition.text, condition.text_en)
                w.add(f"- {w.t('Vilkår', 'Condition')}: {text} {w.cite(condition.source)}")

    def _who_may_apply(self, w: _Writer, scheme: Scheme, title: str, exclude: ApplicantType | None) -> None:
        version = engine.in_force(scheme.eligibility, None, f"hvem kan søke på {scheme.name}")
        yes = [(k, e) for k, e in version.applicants.items() if e.verdict in ("yes", "conditional") and k != exclude]
        no = [(k, e) for k, e in version.applicants.items() if e.verdict == "no" and k != exclude]
        if yes:
            names = [applicant_name(k, w.language, plural=True) for k, _ in yes]
            w.add(
                w.t(
                    f"Disse kan søke: {_join(names, 'nb')} {w.cite(*(e.source for _, e in yes))}.",
                    f"These may apply: {_join(names, 'en')} {w.cite(*(e.source for _, e in yes))}.",
                )
            )
            for _, entry in yes:
                if entry.verdict == "conditional" and entry.condition:
                    text = self._condition_text(w, entry.condition, entry.condition_en)
                    w.add(f"- {w.t('Vilkår', 'Condition')}: {text} {w.cite(entry.source)}")
        if no:
            names = [applicant_name(k, w.language, plural=True) for k, _ in no]
            w.add(
                w.t(
                    f"Disse kan ikke søke: {_join(names, 'nb')} {w.cite(*(e.source for _, e in no))}.",
                    f"These may not apply: {_join(names, 'en')} {w.cite(*(e.source for _, e in no))}.",
                )
            )

    def _conditions(self, scheme: Scheme, measure: Measure | None, kind: ApplicantType | None) -> list[_Cond]:
        out: list[_Cond] = []
        for condition in scheme.conditions:
            if condition.measures is not None and (measure is None or measure.id not in condition.measures):
                continue
            if condition.applicants is not None and (kind is None or kind not in condition.applicants):
                continue
            out.append(_Cond(condition.text, condition.text_en, condition.source))
        return out

    def _condition_text(self, w: _Writer, nb: str, en: str | None) -> str:
        return _sentence(en or nb) if w.language == "en" else _sentence(nb)

    # --- amounts -----------------------------------------------------------------------------------------------

    def _amount(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        text = u.clean_text
        budgets = [fact for key, fact in sorted(scheme.facts.items()) if key.startswith("budget")]
        if budgets and (_BUDGET.search(text) or not scheme.measures):
            return self._budget(w, scheme, budgets, passages)
        if not scheme.measures:
            return None
        if u.applicant_type is not None and scheme.eligibility:
            self._ineligible_note(w, scheme, u.applicant_type)
        measure = self._measure(scheme, u) or self._single_priced_measure(scheme)
        if measure is None:
            sources = [r.source for m in scheme.measures.values() for r in m.rates]
            return self._amount_overview(w, scheme, self._title(scheme, sources), passages)
        title = self._title(
            scheme, [r.source for r in measure.rates] + [measure.lump_sum.source if measure.lump_sum else None]
        )
        if measure.kind == "lump_sum":
            result = engine.max_grant(self.book, scheme, measure.id)
            self._grant_lead(w, result, measure, title)
            return w.answer("answered", passages)
        asks_training = measure.training is not None and bool(_TRAINING.search(text))
        if asks_training and not (u.positions or u.percents or _POSITION.search(text)):
            return self._training_answer(w, measure, title, passages)
        training = measure.training.number() if asks_training and measure.training is not None else None
        percents, positions = self._staffing(measure, u)
        # "Og totalt?" after a question about one year asks for the sum, not that year again.
        wants_total = bool(_TOTAL.search(text)) and (u.year is None or "year" in u.inherited)
        year_asked = None if wants_total else u.year
        varies = len({r.number() for r in measure.rates}) > 1
        if year_asked is None and (varies or wants_total):
            result_plan = engine.plan(
                self.book, scheme, measure.id, percents=percents, positions=positions, training=training
            )
            self._plan_text(w, result_plan, measure, title, percents, lead_total=wants_total)
            self._staffing_note(w, measure, u)
            return w.answer("answered", passages)
        # One rate for every year (e.g. Tiltak A): the answer is "per year", computed for the first year.
        year = year_asked if year_asked is not None else (measure.rates[0].year_from if measure.rates else None)
        result = engine.max_grant(
            self.book, scheme, measure.id, year, percents=percents, positions=positions, training=training
        )
        self._grant_lead(w, result, measure, title, per_year=year_asked is None)
        self._staffing_note(w, measure, u)
        if u.amounts and _OWN_FUNDING.search(text):
            funding = engine.own_funding(result, max(u.amounts))
            w.calculation = funding.calculation
            w.add(
                w.t(
                    f"Med en lønnskostnad på {kr(funding.salary_cost)} kr må dere selv finansiere minst "
                    f"{kr(funding.own_funding)} kr ({funding.own_share_percent:g} %).",
                    f"With a salary cost of {kr(funding.salary_cost)} NOK you must fund at least "
                    f"{kr(funding.own_funding)} NOK yourselves ({funding.own_share_percent:g} %).",
                )
            )
        return w.answer("answered", passages)

    def _staffing(self, measure: Measure, u: Understanding) -> tuple[list[float] | None, int | None]:
        """Position percentages or count for the rules module; a project's minimum staffing when none is given."""
        percents = list(u.percents)
        if u.positions and len(percents) == 1:
            percents = percents * u.positions  # "tre 100 % stillinger"
        if percents:
            return percents, None
        if u.positions:
            return None, u.positions
        if measure.min_positions is not None and not _PER_POSITION.search(u.clean_text):
            return None, measure.min_positions.number()
        return None, None

    def _staffing_note(self, w: _Writer, measure: Measure, u: Understanding) -> None:
        """Say so when the calculation assumed a project's minimum staffing."""
        minimum = measure.min_positions
        if minimum is None or u.positions or u.percents or _PER_POSITION.search(u.clean_text):
            return
        text = minimum.text_en if w.language == "en" and minimum.text_en else (minimum.text or minimum.source.quote)
        w.add(
            w.t(
                f"Ingen stillinger oppgitt, så beregningen bruker minimumsbemanningen: {_sentence(text)}",
                f"No positions given, so the calculation uses the minimum staffing: {_sentence(text)}",
            )
            + f" {w.cite(minimum.source)}"
        )

    def _training_answer(self, w: _Writer, measure: Measure, title: str, passages: Sequence[Passage]) -> Answer:
        training = measure.training
        assert training is not None
        amount = kr(training.number())
        label = self._measure_label(measure, w.language)
        marker = w.cite(training.source)
        w.add(
            w.t(
                f"Inntil {amount} kr til opplærings- og kompetansetiltak i {label} ({title}) {marker}.",
                f"Up to {amount} NOK for training and competence measures under {label} ({title}) {marker}.",
            )
        )
        return w.answer("answered", passages)

    def _budget(self, w: _Writer, scheme: Scheme, budgets: Sequence[RuleValue], passages: Sequence[Passage]) -> Answer:
        """What was allocated to the scheme as a whole (the documents' budget figures), newest first."""
        for fact in sorted(budgets, key=lambda f: f.valid_from or date.min, reverse=True):
            text = fact.text_en if w.language == "en" and fact.text_en else (fact.text or fact.source.quote)
            w.add(f"{_sentence(text)} {w.cite(fact.source)}")
        w.add(
            w.t(
                f"Dette er den samlede rammen for «{scheme.name}», ikke et beløp per søker "
                f"({self._title(scheme, [b.source for b in budgets])}).",
                f"This is the total allocation for «{self._name(scheme, 'en')}», not an amount per applicant "
                f"({self._title(scheme, [b.source for b in budgets])}).",
            )
        )
        return w.answer("answered", passages)

    def _ineligible_note(self, w: _Writer, scheme: Scheme, kind: ApplicantType) -> None:
        """An amount question from an applicant type that may not apply gets that answer first."""
        result = engine.eligibility(self.book, scheme, kind)
        if result.verdict == "no":
            plural = applicant_name(kind, w.language, plural=True)
            w.add(
                w.t(
                    f"Merk: {plural} kan ikke søke om denne ordningen {w.cite(*result.sources[:1])}. "
                    "Beløpene under gjelder søkere som kan søke.",
                    f"Note: {plural} may not apply for this scheme {w.cite(*result.sources[:1])}. "
                    "The amounts below apply to eligible applicants.",
                )
            )

    def _grant_lead(
        self, w: _Writer, result: GrantResult, measure: Measure, title: str, per_year: bool = False
    ) -> None:
        calc = result.calculation
        w.calculation = calc
        year = f" i {result.year}. prosjekt-/driftsår" if result.year else ""
        year_en = f" in project/operating year {result.year}" if result.year else ""
        if per_year:
            year, year_en = " per år", " per year"
        w.add(
            w.t(
                f"Inntil {kr(result.amount)} kr for {measure.label}{year} ({title}).",
                f"Up to {kr(result.amount)} NOK for {self._measure_label(measure, 'en')}{year_en} ({title}).",
            )
        )
        for line in calc.lines:
            if line.kind == "rate" and line.amount is not None:
                w.add(
                    w.t(
                        f"Regelverket gir maksimalt {kr(line.amount)} kr for en 100 % stilling{year} "
                        f"{w.cite(line.source)}.",
                        f"The regulation allows at most {kr(line.amount)} NOK for one 100 % position{year_en} "
                        f"{w.cite(line.source)}.",
                    )
                )
            elif line.kind in ("prorate", "cap", "limit", "note") or (line.kind == "input" and line.source):
                w.add(f"- {line.text} {w.cite(line.source)}".rstrip())
            elif line.kind == "rate" and line.source:
                w.add(f"- {line.text} {w.cite(line.source)}")
        if measure.kind == "lump_sum" and measure.lump_sum is not None:
            w.add(f"- {_sentence(measure.lump_sum.text or measure.name)} {w.cite(measure.lump_sum.source)}")
        training = [line for line in calc.lines if "opplæring" in line.text.lower() and line.source]
        for line in training:
            w.cite(line.source)
        for assumption in calc.assumptions:
            w.add(w.t(f"Antakelse: {assumption}", f"Assumption: {phrase('prorate_assumption', 'en')}"))
        if measure.training is not None and result.training_amount == 0:
            w.add(
                w.t(
                    f"I tillegg kan det gis inntil {kr(measure.training.number())} kr til opplærings- og "
                    f"kompetansetiltak {w.cite(measure.training.source)}.",
                    f"In addition, up to {kr(measure.training.number())} NOK may be granted for training and "
                    f"competence measures {w.cite(measure.training.source)}.",
                )
            )
        if measure.duration is not None:
            w.add(self._duration_sentence(w, measure))

    def _plan_text(
        self,
        w: _Writer,
        result: PlanResult,
        measure: Measure,
        title: str,
        percents: Sequence[float] | None,
        lead_total: bool = False,
    ) -> None:
        w.calculation = result.calculation
        first, last = result.years[0], result.years[-1]
        label = self._measure_label(measure, w.language)
        staffing = _staffing_phrase(first.percents, w.language)
        years = len(result.years)
        total = w.t(
            f"Til sammen inntil {kr(result.total)} kr over {years} år for {label}{staffing} ({title}).",
            f"In total up to {kr(result.total)} NOK over {years} years for {label}{staffing} ({title}).",
        )
        if lead_total:
            w.add(total)
        elif first.amount == last.amount:
            w.add(
                w.t(
                    f"Inntil {kr(first.amount)} kr per år for {label}{staffing}, i inntil {years} år ({title}):",
                    f"Up to {kr(first.amount)} NOK per year for {label}{staffing}, for up to {years} years ({title}):",
                )
            )
        else:
            w.add(
                w.t(
                    f"Inntil {kr(first.amount)} kr i 1. år for {label}{staffing}, trappet ned til "
                    f"{kr(last.amount)} kr i {last.year}. år ({title}):",
                    f"Up to {kr(first.amount)} NOK in year 1 for {label}{staffing}, stepping down to "
                    f"{kr(last.amount)} NOK in year {last.year} ({title}):",
                )
            )
        for year_result in result.years:
            rate = next((line for line in year_result.calculation.lines if line.kind == "rate"), None)
            marker = w.cite(rate.source) if rate else ""
            w.add(
                w.t(
                    f"- {year_result.year}. år: {kr(year_result.amount)} kr {marker}",
                    f"- Year {year_result.year}: {kr(year_result.amount)} NOK {marker}",
                )
            )
        if not lead_total:
            w.add(total)
        for assumption in result.calculation.assumptions:
            w.add(w.t(f"Antakelse: {assumption}", f"Assumption: {phrase('prorate_assumption', 'en')}"))
        if measure.duration is not None:
            w.add(self._duration_sentence(w, measure))

    def _amount_overview(self, w: _Writer, scheme: Scheme, title: str, passages: Sequence[Passage]) -> Answer:
        w.add(
            w.t(
                f"Beløpene avhenger av tiltaket ({title}):",
                f"The amounts depend on the measure ({title}):",
            )
        )
        for measure in scheme.measures.values():
            label = self._measure_label(measure, w.language)
            # A numbered label ("Prioriterte tiltak 2") is a heading in the document: cite it so its digit is traced.
            numbered = scheme.documents and any(ch.isdigit() for ch in measure.label)
            heading = w.cite(Source(document_id=scheme.documents[0], quote=measure.label)) if numbered else ""
            if measure.kind == "no_fixed_amount" and measure.no_fixed_amount is not None:
                source = measure.no_fixed_amount.source
                w.add(f"- {label}{heading}: «{source.quote}» {w.cite(source)}")
            elif measure.kind == "lump_sum" and measure.lump_sum is not None:
                w.add(
                    f"- {label}{heading}: {w.t('inntil', 'up to')} {kr(measure.lump_sum.number())} "
                    f"{w.t('kr', 'NOK')} {w.cite(measure.lump_sum.source)}"
                )
            else:
                # The rate quotes themselves: every number in them is its own evidence.
                rates = " … ".join(f"«{r.source.quote}»" for r in measure.rates)
                w.add(f"- {label}{heading}: {rates} {w.cite(*(r.source for r in measure.rates))}")
        w.add(w.t("Hvilket tiltak og hvilket år gjelder det?", "Which measure and which year do you mean?"))
        self._status_warning(w, scheme)
        return w.answer("answered", passages)

    # --- durations, deadlines, reporting, decisions, application -----------------------------------------------

    def _duration_sentence(self, w: _Writer, measure: Measure) -> str:
        assert measure.duration is not None
        value = measure.duration
        text = value.text_en if w.language == "en" and value.text_en else value.text
        if not text:
            text = w.t(f"Inntil {value.value} år.", f"Up to {value.value} years.")
        return f"{_sentence(text)} {w.cite(value.source)}"

    def _duration(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        measure = self._measure(scheme, u)
        measures = [measure] if measure else [m for m in scheme.measures.values() if m.duration]
        measures = [m for m in measures if m is not None and m.duration is not None]
        if not measures:
            return None
        title = self._title(scheme, [m.duration.source for m in measures if m.duration])
        yearly = [m.one_year_at_a_time for m in measures if m.one_year_at_a_time is not None]
        if _EVERY_YEAR.search(u.clean_text) and yearly and all(v.value for v in yearly):
            # "Må vi søke hvert år?" is a yes/no question about granting one year at a time.
            w.add(
                w.t(
                    f"Ja. Tilskudd gis for ett år av gangen, og det må søkes for hvert år ({title}) "
                    f"{w.cite(*(v.source for v in yearly))}.",
                    f"Yes. Grants are awarded one year at a time, so you apply for each year ({title}) "
                    f"{w.cite(*(v.source for v in yearly))}.",
                )
            )
        w.add(w.t(f"Varighet etter {title}:", f"Duration under {title}:"))
        for m in measures:
            w.add(f"- {self._measure_label(m, w.language)}: {self._duration_sentence(w, m)}")
            if m.one_year_at_a_time is not None and m.one_year_at_a_time.value:
                w.add(
                    w.t(
                        f"  Tilskudd gis for ett år av gangen {w.cite(m.one_year_at_a_time.source)}.",
                        f"  Grants are awarded one year at a time {w.cite(m.one_year_at_a_time.source)}.",
                    )
                )
        return w.answer("answered", passages)

    def _deadline(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        infos = engine.deadlines(self.book, scheme, self.today)
        if "reporting" in u.intents or _REPORT.search(u.clean_text):
            infos = [i for i in infos if i.kind != "application"] or infos
        elif _APPLICATION.search(u.clean_text):
            infos = [i for i in infos if i.kind == "application"] or infos
        if not infos:
            return None
        title = self._title(scheme, [i.source for i in infos])
        w.add(w.t(f"Frister etter {title}:", f"Deadlines under {title}:"))
        for info in infos:
            text = info.text_en if w.language == "en" and info.text_en else info.text
            flag = ""
            if info.tentative:
                flag = w.t(" (antatt dato)", " (expected date)")
            if info.expired:
                flag += w.t(" — fristen er utløpt", " — this deadline has passed")
                w.warn(
                    w.t(
                        f"Fristen er utløpt: {_sentence(info.text)}",
                        f"This deadline has passed: {_sentence(info.text_en or info.text)}",
                    )
                )
            w.add(f"- {_sentence(text)}{flag} {w.cite(info.source)}")
        return w.answer("answered", passages)

    def _reporting(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        infos = [i for i in engine.deadlines(self.book, scheme, self.today) if i.kind != "application"]
        if not infos and not scheme.reporting_requirements:
            return None
        title = self._title(scheme, [i.source for i in infos] + [i.source for i in scheme.reporting_requirements])
        w.add(w.t(f"Rapportering etter {title}:", f"Reporting under {title}:"))
        for info in infos:
            text = info.text_en if w.language == "en" and info.text_en else info.text
            expired = w.t(" — fristen er utløpt", " — this deadline has passed") if info.expired else ""
            w.add(f"- {_sentence(text)}{expired} {w.cite(info.source)}")
        self._checklist(w, scheme.reporting_requirements)
        self._supplement(w, passages)
        return w.answer("answered", passages)

    def _checklist(self, w: _Writer, items: Sequence[ChecklistItem]) -> None:
        for item in items:
            mark = w.t("Kreves", "Required") if item.checked else w.t("Kreves ikke", "Not required")
            w.add(f"- {mark}: {_sentence(item.label)} {w.cite(item.source)}")

    def _facts(self, w: _Writer, scheme: Scheme, keys: Sequence[str]) -> list[RuleValue]:
        return [scheme.facts[k] for k in keys if k in scheme.facts]

    def _fact_line(self, w: _Writer, fact: RuleValue) -> str:
        text = fact.text_en if w.language == "en" and fact.text_en else (fact.text or fact.source.quote)
        return f"- {_sentence(text)} {w.cite(fact.source)}"

    def _decision_appeal(
        self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
    ) -> Answer | None:
        asks_appeal = bool(_APPEAL.search(u.clean_text))
        asks_decision = bool(_DECIDE.search(u.clean_text))
        keys = (("appeal",) if asks_appeal else ()) + (
            ("decision_authority", "recommendation", "outcome_notice") if asks_decision else ()
        )
        facts = self._facts(w, scheme, keys)
        if not facts:
            return None  # control, priorities, criteria …: the passages answer those
        title = self._title(scheme, [f.source for f in facts])
        appeal = scheme.facts.get("appeal")
        if asks_appeal and appeal is not None and appeal.unit == "bool":
            lead = w.t(
                "Nei, det er ikke klagerett." if not appeal.value else "Ja, det er klagerett.",
                "No, there is no right of appeal." if not appeal.value else "Yes, decisions can be appealed.",
            )
            w.add(f"{lead} ({title})")
        else:
            w.add(w.t(f"Saksbehandling etter {title}:", f"Case handling under {title}:"))
        for fact in facts:
            w.add(self._fact_line(w, fact))
        self._supplement(w, passages)
        return w.answer("answered", passages)

    def _application(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        facts = self._facts(w, scheme, ("application_form", "signature", "application_content"))
        items = [i for i in scheme.application_requirements if i.checked]
        if not facts and not items:
            return None
        title = self._title(scheme, [i.source for i in items] + [f.source for f in facts])
        w.add(w.t(f"Søknaden skal inneholde ({title}):", f"The application must contain ({title}):"))
        for item in items:
            w.add(f"- {_sentence(item.label)} {w.cite(item.source)}")
        for fact in facts:
            w.add(self._fact_line(w, fact))
        self._supplement(w, passages)
        return w.answer("answered", passages)

    def _overview(self, w: _Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
        """ "What is Tiltak A?": the measure's name as the document states it, then the passages that explain it."""
        measure = self._measure(scheme, u)
        if measure is None:
            return None
        documents = [r.source.document_id for r in measure.rates] + (scheme.documents[-1:] if scheme.documents else [])
        marker = w.cite(Source(document_id=documents[0], quote=measure.name)) if documents else ""
        if not marker:
            return None
        title = self.titles.get(documents[0], documents[0])
        w.add(f"«{measure.name}» ({title}) {marker}")
        self._supplement(w, passages, intro=False)
        return w.answer("answered", passages)

    def _supplement(self, w: _Writer, passages: Sequence[Passage], intro: bool = True) -> None:
        """Add the retrieved sentences that answer the question beyond what the rule tables hold."""
        selection = self.extractive.select(w.query, passages, max_units=3)
        if selection.coverage < SUPPLEMENT_COVERAGE:
            return
        quoted = [fold_whitespace(q) for q in w.quoted()]
        added = False
        for unit in selection.units:
            text = fold_whitespace(unit.text)
            if any(text in q or q in text for q in quoted):
                continue
            if intro and not added:
                w.add(phrase("quotes_more", w.language))
            added = True
            w.add(f"- «{text}» {w.cite_chunk(unit.chunk, unit.text)}")

    # --- extractive, not found, errors -------------------------------------------------------------------------

    def _extractive(self, w: _Writer, u: Understanding, passages: Sequence[Passage], query: str) -> Answer:
        selection = self.extractive.select(query, passages)
        if not selection.units or selection.coverage < MIN_COVERAGE:
            return self._not_found(w, passages)
        w.add(phrase("quotes_intro", w.language))
        for unit in selection.units:
            chunk = unit.chunk
            marker = w.cite_chunk(chunk, unit.text)
            w.add(f"- «{fold_whitespace(unit.text)}» {marker}")
        self._source_dates(w, [unit.chunk for unit in selection.units])
        return w.answer("answered", passages)

    def _source_dates(self, w: _Writer, chunks: Sequence[Chunk]) -> None:
        """Warn when a quoted document is an old version or from an earlier year."""
        for chunk in chunks:
            for scheme_id in chunk.schemes:
                scheme = self.book.schemes.get(scheme_id)
                if scheme is not None and scheme.status != "current" and chunk.document_id in scheme.documents:
                    self._status_warning(w, scheme)
            if chunk.version_date is not None and chunk.version_date.year < self.today.year - 1:
                w.warn(
                    w.t(
                        f"Kilden «{chunk.title}» er fra {chunk.version_date.year}; sjekk om reglene er endret siden.",
                        f"The source «{chunk.title}» is from {chunk.version_date.year}; check whether the rules "
                        "have changed since.",
                    )
                )

    def _not_found(self, w: _Writer, passages: Sequence[Passage]) -> Answer:
        w.paragraphs.clear()
        w.calculation = None
        w.add(not_found_text(w.language))
        closest = [p for p in passages[:2]]
        if closest:
            w.add(phrase("not_found_closest", w.language))
            for passage in closest:
                first_line = next((line for line in passage.chunk.text.split("\n") if line.strip()), "")
                quote = first_line[:160].rsplit(" ", 1)[0] if len(first_line) > 160 else first_line
                section = f", {passage.chunk.section}" if passage.chunk.section else ""
                w.add(f"- {passage.chunk.title}{section} {w.cite_chunk(passage.chunk, quote)}")
        return w.answer("not_found", passages)

    def _unknown_measure(self, w: _Writer, u: Understanding, passages: Sequence[Passage]) -> Answer:
        scheme = self._scheme(u)
        label = (
            f"Tiltak {u.unknown_measure}" if u.unknown_measure and len(u.unknown_measure) <= 2 else u.unknown_measure
        )
        if scheme is not None and scheme.measures:
            known = _join([self._measure_label(m, w.language) for m in scheme.measures.values()], w.language)
            w.add(
                w.t(
                    f"Jeg fant ikke {label} i regelverkene jeg har. «{scheme.name}» har disse tiltakene: {known}.",
                    f"I could not find {label} in the regulations I have. «{self._name(scheme, 'en')}» has these "
                    f"measures: {known}.",
                )
            )
            return w.answer("not_found", passages)
        w.add(
            w.t(
                f"Jeg fant ikke {label} i regelverkene jeg har.", f"I could not find {label} in the regulations I have."
            )
        )
        return w.answer("not_found", passages)

    def _no_fixed_amount(self, w: _Writer, exc: NoFixedAmount, passages: Sequence[Passage]) -> Answer:
        source = exc.source if isinstance(exc.source, Source) else None
        w.add(
            w.t(
                f"Regelverket oppgir ikke et fast beløp her: «{source.quote if source else exc.message}» "
                f"{w.cite(source)}",
                f"The regulation states no fixed amount here: «{source.quote if source else exc.message}» "
                f"{w.cite(source)}",
            )
        )
        return w.answer("answered", passages)

    def _rules_error(
        self, w: _Writer, u: Understanding, scheme: Scheme, exc: RegelverkError, passages: Sequence[Passage]
    ) -> Answer:
        """An impossible request (year 5 of four, three positions of one): say no and cite the limit.

        The error's own message echoes the user's numbers, which no source backs; the answer states the rule.
        """
        w.paragraphs.clear()
        measure = self._measure(scheme, u) or self._single_priced_measure(scheme)
        label = self._measure_label(measure, w.language) if measure else self._name(scheme, w.language)
        if isinstance(exc, YearOutOfRange) and measure is not None and measure.duration is not None:
            w.add(
                w.t(
                    f"Nei. {label} gis bare i et begrenset antall år, og året du spør om ligger utenfor:",
                    f"No. {label} is granted for a limited number of years only, and the year you ask about is "
                    "outside them:",
                )
            )
            w.add(f"- {self._duration_sentence(w, measure)}")
        elif isinstance(exc, PositionLimitExceeded) and measure is not None and measure.position_limit is not None:
            limit = measure.position_limit
            name = limit.name_en if w.language == "en" and limit.name_en else limit.name
            w.add(
                w.t(
                    f"Nei. {label} gir ikke tilskudd til så mange stillinger eller så høy stillingsprosent:",
                    f"No. {label} does not fund that many positions or that high a percentage:",
                )
            )
            w.add(f"- {_sentence(name)} {w.cite(limit.source)}")
        else:
            w.add(w.t(f"Det går ikke: {exc.message}", f"That is not possible under the rules: {exc.localized('en')}"))
        return w.answer("answered", passages)

    def _single_priced_measure(self, scheme: Scheme) -> Measure | None:
        priced = [m for m in scheme.measures.values() if m.kind != "no_fixed_amount"]
        return priced[0] if len(priced) == 1 else None

    def _measure_label(self, measure: Measure, language: Language) -> str:
        return (measure.label_en or measure.label) if language == "en" else measure.label


@dataclass(frozen=True)
class _Cond:
    text: str
    text_en: str | None
    source: Source
