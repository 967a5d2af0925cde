"""Answers when the rule tables do not answer: extractive quotes, not found, unknown measures, impossible requests."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from assistant.answers.context import Context, single_priced_measure
from assistant.answers.passage_verdict import asking_sentence, passage_verdict, required_unnamed, settling_statements
from assistant.answers.phrasing import duration_sentence, join, measure_label, scheme_name, sentence, status_warning
from assistant.answers.stated_sums import Operation, combined, spaced_decimal, two_sums, written
from assistant.answers.writer import Writer
from assistant.errors import NoFixedAmount, PositionLimitExceeded, RegelverkError, YearOutOfRange
from assistant.extractive import AskedTerms, Unit, sentences_of, split_units
from assistant.messages import not_found_text, phrase
from assistant.questions.vocabulary import vocabulary
from assistant.rules.model import Scheme
from assistant.text import QUESTION_WORD, fold_whitespace, without_trailing_remarks
from assistant.tokens import tokenize
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.model import Understanding
from assistant.understand.numbers import states_sum
from assistant.understand.quantities import CALENDAR_YEAR_RE, MONTHS, dates_a_deadline

# Below this share of the question's (IDF-weighted) terms found in one sentence, the evidence is too thin to answer.
MIN_COVERAGE = 0.2
# A sentence that states the very figure asked for (a share of the participants) is evidence in itself: it may
# cover less of the question's other words.
FIGURE_COVERAGE = 0.1
# A sentence that states the sum asked for but speaks to much less of the question than the best sentence found is
# about something else: «Maksimalt tilskuddsbeløp … kr. 800 000» is no sum for the advisory units the question names.
STATING_SHARE = 0.5
# Of the best sentences, how many may be passed over for the first one that states a sum asked for.
SUM_UNITS = 3
RATE_LINE = 100
# A place named as where something is: "i Vestland", "in Trøndelag".
_IN_PLACE = re.compile(r"\b(?:i|in)\s+(?:hele\s+|all\s+of\s+)?([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b")
# A county named in lower case, as people type it ("hvor mange FACT-team finnes i vestland?").
_IN_COUNTY = re.compile(
    r"\b(?:i|in)\s+(agder|akershus|buskerud|finnmark|innlandet|møre og romsdal|nordland|oslo|rogaland|telemark|troms|"
    r"trøndelag|vestfold|vestland|østfold)\b",
    re.IGNORECASE,
)
# A figure, a web or e-mail address: a line with one states a fact, whatever else it lacks.
_FIGURE_OR_ADDRESS = re.compile(r"\d|www\.|https?://|@")
# A heading's number ("2.2) Tjenestestøtte") is no figure.
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+")
# A numbered section's title ("2.2) Tjenestestøtte", "5.1 Tiltak A"), as opposed to a list item ("1) Kommuner").
_SECTION_HEADING = re.compile(r"^\s*\d+\.\d+[.)]?\s+\S+(?:\s+\S+){0,3}\s*$")
# A line longer than this says something, whatever its verb.
_HEADING_WORDS = 12
# Norwegian s-passives ("utlyses", "fordeles") are verbs; shorter words ending so ("les") may be anything.
_PASSIVE_MIN = 5
_YEAR = re.compile(r"(?<![\d,])((?:19|20)\d\d)(?![\d,])")
# A list line announcing something to come: «-Ny Opptrappingsplan for psykisk helse kommer».
_ANNOUNCED = re.compile(r"^[\s\-–•]*(\S.{2,80}?)\s+kommer\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Wanted:
    """What the quoted sentences must state for a question that asks for a figure: a count, a sum, a date."""

    found_in: Callable[[str], bool]
    missing_nb: str
    missing_en: str
    # The passage the sentence comes from must be about what is asked too (the year of a sum).
    from_chunk: Callable[[Chunk], bool] = lambda chunk: True
    # A figure so particular (a share of the participants) that a sentence stating it may be looked for beyond
    # the best-covering ones: what such a sentence must state. A sum or a date is stated by too many sentences.
    particular: Callable[[str], bool] | None = None
    # A figure many sentences state (a sum): the one stating it must speak to the question as much as the best
    # sentence found does, or it states a figure of something else.
    common: bool = False
    # A figure of a thing the question names (a date): the sentence stating it must come from a passage about it.
    of_the_named: bool = False
    # The sentence stating it may stand beside the best ones, in their passages (a scheme's allocation after its
    # description); not for a sum per recipient or position, which the allocation beside them is not.
    beside: bool = False

    def stated_by(self, unit: Unit) -> bool:
        """The unit states the figure, from a passage about what is asked."""
        return self.found_in(unit.text) and self.from_chunk(unit.chunk)


def _of_the_year(year: int | None, chunk: Chunk) -> bool:
    """The passage speaks of the year asked: no year asked, a document of that year, or the year in its words."""
    dated = chunk.version_date is not None and chunk.version_date.year == year
    return year is None or dated or str(year) in f"{chunk.section} {chunk.text}"


def wanted_figure(ctx: Context, u: Understanding, type_stands: bool = True) -> Wanted | None:
    """The figure the question asks for that no rule table held, so the quoted sentences must state it: a count of
    what it counts ("hvor mange FACT ung-team"), a sum ("hvor mye …", not a date like 06.10.22), a date ("når …";
    not when the deadline table gave way to a sentence: "Måtte vi ha avtale når vi søkte?" asks no date). A yes/no
    question asks none: "Må vi rapportere hvor mange pasienter som har begynt i arbeid?" asks whether to report it."""
    # "I heard the 2019 rate is 350,000 … Correct?" asks whether a sum holds: a sentence must state the sum asked of.
    claimed = u.has("hearsay") and bool(u.amounts) and u.has("asks_amount")
    # "Is there a minimum number of patients …?": whether a count is bounded asks the bound (of positions or years,
    # the rule tables hold it).
    bound = u.has("count_bound") and not u.has("positions_named") and u.intent != "duration"
    if u.has("yes_no") and not (claimed or bound):
        return None
    if u.has("identifier_asked"):
        # "What is Helsedirektoratet's organisation number?": a line saying an application gives one states none.
        return Wanted(
            _states_identifier,
            "Dokumentene oppgir ikke det nummeret.",
            "The documents do not give that number.",
        )
    if u.has("share_question"):

        def gives_share(text: str) -> bool:
            return ctx.extractive.gives_share(text, u.counted)

        return Wanted(
            gives_share,
            "Dokumentene oppgir ikke den andelen.",
            "The documents do not give that share.",
            particular=gives_share,
        )
    if u.has("count_question"):
        counted, modifiers = u.counted, u.language == "nb"  # English describing words rarely translate 1:1
        # "Hvor mange kommer i arbeid med IPS?" counts participants by their outcome.
        participants = u.has("participants") or u.has("into_work")

        # "How many FACT teams are there in Trøndelag?": the count must be of that place ("9 … i Innlandet" is not).
        places = [
            m.group(1)
            for m in [*_IN_PLACE.finditer(u.clean_text or u.text), *_IN_COUNTY.finditer(u.clean_text or u.text)]
            if m.group(1).lower() not in MONTHS and not vocabulary().in_domain(tokenize(m.group(1)))  # "i Tiltak A"
        ]

        # Who gets a job is whoever takes part ("How many people get a job …?": «60 prosent av deltakerne»).
        sharing = [] if u.has("into_work") else counted

        def share_of_participants(text: str) -> bool:
            return participants and ctx.extractive.gives_share(text, sharing)

        def counts(text: str) -> bool:
            folded = text.lower()
            in_place = all(place.lower() in folded for place in places)
            # "… i 2022?": a count of earlier years only (2020 and 2021) is no count for it; a plan for later
            # years may well be what a document of that year says ("the 2015 project … Fase 2 går fra 2016-2018").
            years = {int(y) for y in _YEAR.findall(text)}
            in_year = u.calendar_year is None or not years or max(years) >= u.calendar_year
            # "How many IPS participants get a job?" is answered by the share who do («60 prosent av deltakerne»);
            # a share of municipalities («79% av alle kommuner» in a partnership) is no count of those refused.
            stated = ctx.extractive.counts(text, counted, modifiers) or share_of_participants(text)
            return in_place and in_year and stated

        # "Hvor mange FACT-team har Innlandet i 2025?": «Vi har nå 9 …» in the 2023 slides counts 2023's.
        return Wanted(
            counts,
            "Dokumentene oppgir ikke det tallet.",
            "The documents do not give that number.",
            partial(_of_the_year, u.calendar_year),
            # A share of the participants is as particular as when asked as a share.
            particular=share_of_participants if participants else None,
        )
    # "How does Helsedirektoratet decide how much … goes to each?" asks the way, which a sentence gives.
    # "What was the grant per participant?" asks a sum as much as "how much … per participant?" does.
    # "What's the 2024 budget for …?" asks that year's sum as much as "how much …" does.
    year_budget = u.intent == "budget" and u.calendar_year is not None
    # "What were the 2023 rates per FACT Ung team?": a rate asked that no table holds is a sum the quotes must state.
    # "What were the amount and eligible applicants for IMDi's grant …?": the amount is asked beside who may apply.
    # "What's the grant per psychologist position in 2026?": a sum per position or recipient, whatever type led.
    per_one = u.has("asks_amount") and (u.has("per_recipient") or u.has("per_unit"))
    amount_asked = u.intent == "amount" or (u.intent == "eligibility" and "amount" in u.intents) or per_one
    rate_asked = amount_asked and u.has("asks_amount") and not (u.has("why") or u.has("no_sum_asked"))
    asks_sum = u.has("how_much") or (u.has("asks_amount") and u.has("per_unit")) or year_budget or rate_asked
    summing_types = ("amount", "budget", "other", "out_of_scope")
    if (u.intent in summing_types or amount_asked) and asks_sum and not u.has("method_asked"):
        year = u.calendar_year
        per_unit = u.has("per_unit")
        change = u.has("change_asked")

        actual = u.has("actual")
        # "Hvor stor ressurs skulle kontoret stille med?": a share of a position is the size asked («0,5 ressurs»).
        resource = _RESOURCE_ASKED.search(u.clean_text or u.text) is not None

        def sum_asked(text: str) -> bool:
            if resource and _RESOURCE_STATED.search(text):
                return True
            if change and _FROM_TO.search(text):
                return True  # "Hvor mye gikk overdosedødsfallene ned?": «… fra 19 til 8 overdosedødsfall»
            if actual and vocabulary().in_document("proposed").found(tokenize(text)):
                return False  # "Hvor mye ble faktisk bevilget i 2016?": «forslått 97 millioner for 2016» is a plan
            # "Hvor mye gis per deltaker i Jobbsjansen?": «Det er satt av 87 millioner» is no sum per participant.
            return states_sum(text) and (not per_unit or vocabulary().in_document("per_unit").found(tokenize(text)))

        # "How much did Jobbsjansen have in 2017?": a 2025 rate line is no sum for 2017.
        return Wanted(
            sum_asked,
            "Dokumentene oppgir ikke det beløpet.",
            "The documents do not give that amount.",
            partial(_of_the_year, year),
            common=True,
            beside=not (per_unit or u.has("per_recipient") or u.has("positions_named") or u.has("per_position")),
        )
    if u.intent == "deadline" and type_stands:
        # The years the question names, and the year after each (a report is due the year after its grant).
        asked = {int(y) + later for y in _YEAR.findall(u.clean_text or u.text) for later in (0, 1)}

        def dates_it(text: str) -> bool:
            # A date of another year is no date for the year asked.
            years = {int(y) for y in _YEAR.findall(text)}
            return dates_a_deadline(text) and (not asked or not years or bool(years & asked))

        # "When is the deadline for Jobbsjansen?": the 2019 call's «Søknadsfrist 01. mars 2019» is another scheme's.
        return Wanted(
            dates_it, "Dokumentene oppgir ingen dato for det.", "The documents give no date for it.", of_the_named=True
        )
    return None


# A size asked in positions, and one stated: "hvor stor ressurs …", «stiller med 0,5 ressurs».
_RESOURCE_ASKED = re.compile(
    r"\b(?:hvor\s+stor|how\s+much|how\s+big)\s+(?:\w+\s+)?(?:ressurs|stillingsressurs|årsverk)", re.I
)
_RESOURCE_STATED = re.compile(r"\d+(?:,\d+)?\s+(?:ressurs|stillingsressurs|årsverk|stilling)", re.IGNORECASE)
# An organisation, account or phone number written out: five digits or more, perhaps spaced or dotted.
_IDENTIFIER = re.compile(r"\d(?:[\s.]?\d){4,}")


def _states_identifier(text: str) -> bool:
    return bool(_IDENTIFIER.search(text))


# A figure's move told as "fra 19 til 8", "from 19 to 8".
_FROM_TO = re.compile(r"\b(?:fra|from)\s+\d[\d .,]*\s+(?:til|to)\s+\d", re.IGNORECASE)
# Where a sentence may be cut into clauses that each say one thing.
# "… 87 millioner i 2015 og forslått 97 millioner for 2016": "og" between two sums parts them, too (a part with no sum
# is no clause to lead with).
_CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+og\s+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
# In a question, "etter/after …" also tells which sum, not which figure ("Hvor mye var igjen til fordeling i 2015
# etter flerårige vedtak?").
_ASKED_BREAK = re.compile(r",\s+|;\s+|\s+(?:etter|after)\s+", re.IGNORECASE)
_SECOND_QUESTION = re.compile(r"(?:og|and)\s+(?:hva|hvor|hvilk\w*|what|how|which)\b", re.IGNORECASE)


def extractive_answer(
    ctx: Context,
    w: Writer,
    passages: Sequence[Passage],
    query: str,
    wanted: Wanted | None = None,
    whole_lists: bool = False,
    sums_wanted: bool = True,
    topic: str = "",
    home: frozenset[str] = frozenset(),
    verdict_for: str | None = None,
    about: Sequence[re.Pattern[str]] = (),
    operation: Operation | None = None,
    grant_for: AskedTerms | None = None,
    grant_asked: bool = False,
    told: Sequence[int] = (),
    own_words: str | None = None,
) -> Answer:
    """The retrieved sentences that best cover the question, quoted; not found when they cover too little, or when
    a figure is asked (a count, a sum, a date) and none of the best sentences states it. Without `sums_wanted`,
    sentences stating sums are left out when others answer ("Prioriteres unge deltakere?" needs no rate list).
    `verdict_for` is the yes/no question asked: the verdict the first sentence gives on it leads; of the sentences
    speaking of the subject asked about (`about`: "utsettelse"), when any does. With `operation`, two sums the first
    sentence states are added or subtracted, and the result leads. `grant_for` is what a grant is asked for: the
    sentences speaking of it lead; with `grant_asked` (whether there is such a grant is the question), none
    speaking of it is no answer. `own_words` is what a follow-up asks in its own words (the query adds the question
    before): the sum they ask for leads."""
    selection = ctx.extractive.select(query, passages, whole_lists=whole_lists, topic=topic, home=home)
    without_remarks = without_trailing_remarks(query)
    if without_remarks != query and (not selection.units or selection.coverage < MIN_COVERAGE):
        # "Do we really need a risk assessment? Seems like overkill for one position.": the remark asks nothing.
        selection = ctx.extractive.select(without_remarks, passages, whole_lists=whole_lists, topic=topic, home=home)
    if own_words and (not selection.units or selection.coverage < MIN_COVERAGE):
        # "… used for?" … "Does that include the cost of the national training programme?": the type's and the
        # question before's words dilute what the follow-up asks, which the sentences may cover on their own.
        selection = ctx.extractive.select(own_words, passages, whole_lists=whole_lists, topic=topic, home=home)
    if not selection.units or selection.coverage < MIN_COVERAGE:
        return not_found(w, passages)
    units = selection.units
    if _WHO_OR_WHICH.match(asking_sentence(query)):
        units = _with_names_nearby(units)
    if grant_for is not None:
        # "Finnes det tilskudd til erfaringskonsulenter …?": the sentences that speak of what the grant is asked
        # for lead, found among all the passages retrieved when the best ones do not.
        speaking = [unit for unit in units if _speaks_of(ctx, grant_for, unit)]
        if not speaking:
            again = ctx.extractive.select(
                query, passages, topic=topic, home=home, stating=lambda unit: _speaks_of(ctx, grant_for, unit)
            )
            speaking = [unit for unit in again.units if _speaks_of(ctx, grant_for, unit)]
        if not speaking:
            # "Finnes det tilskudd til erfaringskonsulenter?": a passage retrieval ranked too low may speak of it.
            more = _passages_speaking_of(ctx, grant_for, home, passages)
            again = ctx.extractive.select(
                query, more, topic=topic, home=home, stating=lambda unit: _speaks_of(ctx, grant_for, unit)
            )
            speaking = [unit for unit in again.units if _speaks_of(ctx, grant_for, unit)]
        if not speaking and grant_asked:
            # "Does Helsedirektoratet have a grant for IPS inside prisons?": no sentence speaks of what the grant
            # would be for; the ones retrieved speak of IPS and say nothing of it.
            return not_found(w, passages)
        units = speaking + [unit for unit in units if unit not in speaking]
    if not sums_wanted:
        # A rate line ("• 1. driftsår: Inntil 500 000 pr stilling") goes; a longer sentence that also says other
        # things stays.
        units = [unit for unit in units if not (states_sum(unit.text) and len(unit.text) < RATE_LINE)] or units
        if wanted is None and verdict_for is None:
            # After the sentence that answers, one stating a sum was not asked for («Det er satt av 87 millioner»
            # after the age range of Jobbsjansen): a unit holding it keeps its other sentences. (A yes/no question
            # may be settled by a sum: "Is there a cap per team?")
            units = units[:1] + [
                sentence
                for unit in units[1:]
                for sentence in (sentences_of(unit) if states_sum(unit.text) else [unit])
                if not states_sum(sentence.text)
            ]
    if wanted is not None:
        # The sentence with the figure leads; none among those chosen: the documents do not give it.
        stating = [unit for unit in units if wanted.stated_by(unit)]
        if not stating and wanted.beside:
            # "How much was set aside in 2015 for Bufdir's 'los' functions?": the English words found the scheme's
            # other sentences; the one stating its sum is looked for in their passages (another passage's sum is
            # another thing's), and must speak of it.
            chosen = {unit.chunk.id for unit in units}
            again = ctx.extractive.select(
                query,
                passages,
                topic=topic,
                home=home,
                stating=lambda unit: unit.chunk.id in chosen and wanted.stated_by(unit),
            )
            stating = again.units if again.coverage >= FIGURE_COVERAGE else []
        if stating and (wanted.common or wanted.of_the_named):
            stating = _speaking_to_the_question(ctx, w, query, topic, units, stating, passages, wanted.common)
        particular = wanted.particular
        if not stating and particular is not None:
            # The best sentences that do state it, if they still cover the question well enough.
            again = ctx.extractive.select(
                query,
                passages,
                topic=topic,
                home=home,
                stating=lambda unit: particular(unit.text) and wanted.from_chunk(unit.chunk),
            )
            stating = again.units if again.coverage >= FIGURE_COVERAGE else []
        if not stating:
            return not_found(w, passages, w.t(wanted.missing_nb, wanted.missing_en))
        units = stating + [unit for unit in units if unit not in stating]
    coming = _ANNOUNCED.match(fold_whitespace(units[0].text)) if verdict_for is None and wanted is None else None
    if coming is not None and _names_what_is_asked(ctx, query, coming.group(1)):
        # "Hva er innholdet i forebyggings- og behandlingsreformen?": «-Forebyggings- og behandlingsreform for
        # rusfeltet kommer» says that it is coming, nothing of what it holds.
        said = coming.group(1)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene sier bare at «{said}» kommer, ikke hva den inneholder.",
                f"The documents only say that «{said}» is coming, not what it contains.",
            ),
        )
    if verdict_for is None and all(_names_only(unit) for unit in units):
        # "What was the amount of the IMDi grant for … and who could apply?" answered with the grant's name alone:
        # the documents name it and say nothing more. (A yes/no question may be settled by a list line: "Kommuner
        # og helseforetak i fellesskap".)
        named = fold_whitespace(units[0].text)
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene nevner «{named}», men sier ikke mer om det.",
                f"The documents name «{named}» but say nothing more about it.",
            ),
        )
    # A heading chosen beside sentences that say something ("2.2) Tjenestestøtte") follows them: it would take the
    # lead from the sentence that answers.
    headings = [unit for unit in units if _names_only(unit) or _SECTION_HEADING.match(unit.text)]
    units = [unit for unit in units if unit not in headings] + headings
    # "… til fordeling i 2015? Jeg vet at rammen var høyere.": the remark after the question is told, not asked.
    sum_asked = without_trailing_remarks(own_words or query)
    asked = ctx.extractive.focus(sum_asked, topic, w.language == "en") if sums_wanted else None
    if operation is not None and asked is not None:
        # "Bufdirs los-ordning … når RNB-styrkingen regnes med?": the sums of the scheme the question names are the
        # ones to add, though another scheme's sentence with the same words was retrieved first.
        units = sorted(units, key=lambda unit: -_covers(ctx, asked, unit))
    if operation is not None and told:
        # "Losordningen fikk 22,65 mill i ramme …": the sentence stating the sum the question tells is the one.
        units = sorted(units, key=lambda unit: not _states_one_of(unit, told))
    computed = operation is not None and sums_wanted and any(_computed_lead(w, unit, operation) for unit in units)
    # The best sentences that state a sum, when the question asks for one; of them, the one that says most of what
    # is asked (the scheme named, not another's sentence alike; "til fordeling", not the «ramme» told as a remark)
    # leads, whatever sentence was retrieved first.
    stating = [unit for unit in units[:SUM_UNITS] if states_sum(unit.text)] if sums_wanted and not computed else []
    summing = max(stating, key=lambda unit: _covers(ctx, asked, unit)) if stating and asked is not None else None
    if summing is not None:
        units = [summing] + [unit for unit in units if unit is not summing]
    clause = _answering_clause(ctx, w, own_words or query, units[0].text) if sums_wanted and not computed else None
    spaced = None
    if sums_wanted and not computed:
        spaced = spaced_decimal(clause) if clause is not None else spaced_decimal(summing.text) if summing else None
    if spaced is not None:
        # «Avsatt ramme for 2015: 6, 115 mill kroner»: the sum as the one number it is, before the quote.
        lead = f"{written(spaced.value, w.language == 'en')}:"
        w.derived.append(lead)
        w.add(lead)
    if clause is not None:
        # "10 mill var bundet opp …, dvs at det for 2015 var 12,3 mill til fordeling": the sum asked about leads.
        w.add(f"«{clause}» {w.cite_chunk(units[0].chunk, clause)}")
    if verdict_for is not None:
        units = _settling_first(ctx, query, passages, topic, home, units, settling_statements(verdict_for))
    # "Kan vi få utsatt fristen?": «NB. Det gis ikke utsettelse på denne fristen.» settles it, whatever other
    # sentence shares more of the question's words.
    on_subject = [unit for unit in units if any(pattern.search(unit.text) for pattern in about)]
    if on_subject:
        units = on_subject + [unit for unit in units if unit not in on_subject]
    candidates = on_subject or units
    unnamed = (
        # A sentence under "Krav til søknaden" speaks of what goes "i søknaden" without naming it.
        required_unnamed(
            ctx.extractive,
            verdict_for,
            [f"{unit.chunk.section} {unit.text}" for unit in candidates],
            w.language == "en",
        )
        if verdict_for is not None and clause is None
        else None
    )
    if unnamed:
        # "Må kommunestyret vedta søknaden?": no sentence found names what is asked to be required; the
        # requirements they state are others'.
        return not_found(
            w,
            passages,
            w.t(
                f"Dokumentene sier ingenting om «{unnamed}» som krav.",
                f"The documents say nothing of «{unnamed}» as a requirement.",
            ),
        )
    found = (
        passage_verdict(
            ctx.extractive,
            verdict_for,
            [unit.text for unit in candidates],
            topic,
            english=w.language == "en",
            introduced=[_introduces(unit, after) for unit, after in itertools.pairwise(candidates)],
        )
        if verdict_for is not None and clause is None
        else None
    )
    verdict = found[0] if found is not None else None
    if found is not None:
        # A line introducing a list ("… vil følgende bli prioritert:") leads with the item it was read with.
        at = found[1]
        introduces = at + 1 < len(candidates) and _introduces(candidates[at], candidates[at + 1])
        leading = candidates[at : at + 2] if introduces else [candidates[at]]
        units = leading + [unit for unit in units if unit not in leading]
    w.add(phrase(f"quotes_intro_{verdict}" if verdict else "quotes_intro", w.language))
    for unit in units:
        chunk = unit.chunk
        marker = w.cite_chunk(chunk, unit.text)
        w.add(f"- «{fold_whitespace(unit.text)}» {marker}")
    _source_dates(ctx, w, [unit.chunk for unit in units])
    return w.answer("answered", passages)


def _introduces(unit: Unit, after: Unit) -> bool:
    """`unit` ends with ':' and `after` is the line right after it in the same chunk: its first item."""
    same = unit.chunk.id == after.chunk.id and not unit.chunk.text[unit.end : after.start].strip()
    return unit.intro and same


def _covers(ctx: Context, terms: AskedTerms, unit: Unit) -> float:
    """How much of `terms` the unit and its section heading say."""
    return ctx.extractive.coverage(terms, f"{unit.chunk.section} {unit.text}")


def _speaks_of(ctx: Context, terms: AskedTerms, unit: Unit) -> bool:
    return _covers(ctx, terms, unit) > 0


def _passages_speaking_of(
    ctx: Context, terms: AskedTerms, home: frozenset[str], passages: Sequence[Passage]
) -> list[Passage]:
    """The chunks of the scheme's documents (`home`; of every document without one) that speak of `terms`, as
    passages ranked after those retrieved."""
    retrieved = {passage.chunk.id for passage in passages}
    documents = sorted(home) if home else ctx.locator.document_ids
    found = [
        chunk
        for document in documents
        for chunk in ctx.locator.chunks_of(document)
        if chunk.id not in retrieved and ctx.extractive.coverage(terms, f"{chunk.section} {chunk.text}") > 0
    ]
    last = max((passage.rank for passage in passages), default=0)
    return [Passage(chunk=chunk, score=0.0, rank=last + i) for i, chunk in enumerate(found, start=1)]


def _names_what_is_asked(ctx: Context, query: str, name: str) -> bool:
    """The question names what `name` names: its rarest word ("opptrappingsplan", not "psykisk helse")."""
    rarest = ctx.extractive.rarest_term(name)
    return rarest is not None and ctx.extractive.coverage([rarest], query) > 0


def _states_one_of(unit: Unit, told: Sequence[int]) -> bool:
    """A sentence of the unit states two sums, one of them a sum the question tells."""
    return any(
        pair is not None and any(int(stated.value) in told for stated in pair)
        for pair in (two_sums(sentence.text) for sentence in sentences_of(unit))
    )


def _computed_lead(w: Writer, unit: Unit, operation: Operation) -> bool:
    """'How much more was proposed for 2016 than set aside in 2015?': the two sums the unit's sentence states, taken
    one from the other (or added), lead with the sentence they come from. False if it states no two sums."""
    found = next(((s, pair) for s in sentences_of(unit) if (pair := two_sums(s.text)) is not None), None)
    if found is None:
        return False
    sentence, pair = found[0].text, found[1]
    english = w.language == "en"
    result, first, second = written(combined(pair, operation), english), pair[0].written, pair[1].written
    if operation == "sum":
        lead = w.t(f"{result} til sammen ({first} + {second}):", f"{result} in total ({first} + {second}):")
    else:
        lead = w.t(f"{result} i forskjell ({second} – {first}):", f"A difference of {result} ({second} – {first}):")
    w.derived.append(lead)
    w.add(f"{lead} «{fold_whitespace(sentence)}» {w.cite_chunk(unit.chunk, sentence)}")
    return True


# "Which folk high schools got …?", "Who presented at the conference?": names are asked for.
_WHO_OR_WHICH = re.compile(r"\s*(?:which|who|hvilke\w*|hvem|kven|kva\s+for)\b", re.IGNORECASE)
# Two proper names in a row, as a list: "Lundheim, Peder Morset, Soltun og Ål", "Kim Åge Stenseth og Arild Bækkevold".
_NAME_LIST = re.compile(
    r"\b[A-ZÆØÅ][a-zæøå][\wæøå-]*(?:\s+[A-ZÆØÅ][a-zæøå][\wæøå-]*)*\s*(?:,|\bog\b|\band\b)\s*[A-ZÆØÅ][a-zæøå]"
)
# How far after the sentence that answers a line of names may stand and still be the one it speaks of.
_NAMES_REACH = 4


def _with_names_nearby(units: Sequence[Unit]) -> list[Unit]:
    """The names a which/who question asks for, when the sentence that answers it only speaks of them: the line of
    names right after it in its passage («Gjelder 4 folkehøgskoler …» … «Lundheim, Peder Morset, Soltun og Ål»)."""
    if not units or any(_NAME_LIST.search(unit.text) for unit in units):
        return list(units)
    for index, unit in enumerate(units):
        following = [u for u in split_units(unit.chunk, unit.rank) if u.start >= unit.end][:_NAMES_REACH]
        names = next((u for u in following if _NAME_LIST.search(u.text)), None)
        if names is not None:
            rest = [u for u in units[index + 1 :] if (u.chunk.id, u.start) != (names.chunk.id, names.start)]
            return [*units[: index + 1], names, *rest]
    return list(units)


def _settling_first(
    ctx: Context,
    query: str,
    passages: Sequence[Passage],
    topic: str,
    home: frozenset[str],
    units: Sequence[Unit],
    statements: Sequence[str],
) -> list[Unit]:
    """'Kan kommunen søke om tilskudd fra Statped-bevilgningen?': «Bevilgningen er ikke søknadsbasert», in a passage
    the chosen sentences come from (or one of the scheme's documents), settles it (no one applies) whatever sentence
    shares more of the question."""
    if not statements:
        return list(units)
    chunks = {unit.chunk.id for unit in units}
    stated = [vocabulary().in_document(statement) for statement in statements]

    def settles(unit: Unit) -> bool:
        # Any passage of the scheme's own documents may settle it ("… without involving NAV?": «Det er en
        # forutsetning … forpliktende samarbeid mellom NAV og helsetjenesten» stands under "Hvem kan søke").
        tokens = tokenize(unit.text)
        return (unit.chunk.id in chunks or unit.chunk.document_id in home) and any(
            statement.found(tokens) for statement in stated
        )

    found = ctx.extractive.select(query, passages, topic=topic, home=home, stating=settles).units[:1]
    return [*found, *(unit for unit in units if unit not in found)]


def _speaking_to_the_question(
    ctx: Context,
    w: Writer,
    query: str,
    topic: str,
    units: Sequence[Unit],
    stating: Sequence[Unit],
    passages: Sequence[Passage],
    as_much: bool = True,
) -> list[Unit]:
    """Of the `stating` units, those from a passage about the thing the question names by a word few passages use
    ("losfunksjoner", "Jobbsjansen"), if it names one, and (with `as_much`) that cover at least STATING_SHARE as
    much of what is asked as the best of `units` does (the scheme's names, `topic`, are no part of what is asked)."""

    def about(terms: list[str], chunk: Chunk) -> bool:
        return ctx.extractive.coverage(terms, f"{chunk.section} {chunk.text}") > 0

    # A rare word the passages chosen speak of ("Jobbsjansen"), not one of the question's own English words that a
    # passage or two happens to use ("support"); a name, any passage retrieved ("When is the deadline for
    # Jobbsjansen?": the 2019 call's «Søknadsfrist 01. mars 2019», chosen alone, is another scheme's).
    # A word in quotes names the thing too, however short ("the Bufdir 'los' scheme": losfunksjoner).
    names = [*ctx.extractive.distinctive_names(query), *ctx.extractive.quoted_names(query)]
    named = [
        term
        for term in dict.fromkeys([*ctx.extractive.distinctive_terms(query), *names])
        if any(about([term], unit.chunk) for unit in units)
        or (term in names and any(about([term], passage.chunk) for passage in passages))
    ]
    if named:
        # «ca 2,8 mill til fordeling» of another 2015 scheme, or a training programme's 28 000 per participant, is
        # no sum of the thing named.
        stating = [unit for unit in stating if about(named, unit.chunk)]
    focus = ctx.extractive.focus(query, topic, translate=w.language == "en")
    if not (focus.groups and as_much):
        return list(stating)

    def covers(unit: Unit) -> float:
        return ctx.extractive.coverage(focus, f"{unit.chunk.section} {unit.text}")

    best = max(covers(unit) for unit in units)
    return [unit for unit in stating if covers(unit) >= STATING_SHARE * best]


def _names_only(unit: Unit) -> bool:
    """A line that only names something (a heading, a scheme's title): no verb (an s-passive like "utlyses" is
    one), no figure, no address, no list around it."""
    if unit.is_item or unit.intro or _FIGURE_OR_ADDRESS.search(_NUMBERING.sub("", unit.text)):
        return False
    if len(unit.text.split()) > _HEADING_WORDS:
        return False  # a sentence that long says something, whatever its verb ("… retter seg mot …")
    tokens = tokenize(unit.text)
    if any(len(token.folded) >= _PASSIVE_MIN and token.folded.endswith("es") for token in tokens):
        return False
    return not vocabulary().in_document("statement_verb").found(tokens)


def _years_in(text: str) -> set[str]:
    """The calendar years a text names."""
    return {m.group("y") for m in CALENDAR_YEAR_RE.finditer(text)}


_LEFT_OUT = re.compile(r"\b(?:før|uten|utenom|unntatt|before|without|excluding|except)\s+[\wæøå-]+", re.IGNORECASE)


def _answering_clause(ctx: Context, w: Writer, query: str, text: str) -> str | None:
    """Of a sentence stating several sums, the clause with a sum that covers more of the question than the first
    such clause does; of a passage whose first sentence states none, the first sentence that does; or None."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    stating = next((s for s in sentences if states_sum(s)), None)
    # «Dette er en permanent ordning … . Det er satt av 87 millioner i 2015 …»: the sum asked for leads.
    sentence = stating if stating is not None and stating != sentences[0] else None
    clauses = [clause.strip() for clause in _CLAUSE_BREAK.split(sentence or text) if states_sum(clause)]
    if len(clauses) < 2:
        return sentence
    # What is asked stands in the part of the question with its question word ("Hvor mye var til fordeling i 2015,
    # etter flerårige vedtak fra 2014?"; "In the 2015 overview, how much was available …"): the other parts say
    # which sum, not which figure.
    translate = w.language == "en"
    parts = _ASKED_BREAK.split(query)
    # "… i 2015 (før RNB)?": what the question leaves out names no clause to pick.
    asked = _LEFT_OUT.sub(" ", next((part for part in parts if QUESTION_WORD.search(part)), query))
    # "Hvor mye var foreslått for 2016?": the one clause with the year asked is the sum asked; a year in a part that
    # only says which sum ("etter flerårige vedtak fra 2014", "når man trekker fra det som var bundet opp fra 2014")
    # is not asked, one in a second question is ("…, og hva var foreslått for 2016?").
    asking = [asked, *(part for part in parts if _SECOND_QUESTION.match(part))]
    asked_years = {year for part in asking for year in _years_in(part)}
    dated = [i for i, clause in enumerate(clauses) if _years_in(clause) & asked_years]
    if len(dated) == 1 and dated[0] > 0:
        return clauses[dated[0]]
    if len(dated) > 1:
        return sentence  # "… i 2015, og hva var foreslått for 2016?": both sums are asked
    focus = ctx.extractive.focus(asked, "", translate)
    focus = focus if focus.groups else ctx.extractive.focus(query, "", translate)
    scores = [ctx.extractive.coverage(focus, clause) for clause in clauses]
    best = max(range(len(clauses)), key=lambda i: scores[i])
    return clauses[best] if scores[best] > scores[0] else sentence


def _source_dates(ctx: Context, w: Writer, chunks: Sequence[Chunk]) -> None:
    """Warn when a quoted document is an old version or from an earlier year."""
    for chunk in chunks:
        for scheme_id in chunk.schemes:
            scheme = ctx.book.schemes.get(scheme_id)
            if scheme is not None and scheme.status != "current" and chunk.document_id in scheme.documents:
                status_warning(w, scheme)
        if chunk.version_date is not None and chunk.version_date.year < ctx.today.year - 1:
            w.warn(
                w.t(
                    f"Kilden «{chunk.title}» er fra {chunk.version_date.year}; sjekk om reglene er endret siden.",
                    f"The source «{chunk.title}» is from {chunk.version_date.year}; check whether the rules "
                    "have changed since.",
                )
            )


def ask_which_scheme(ctx: Context, w: Writer, passages: Sequence[Passage]) -> Answer:
    """'Hvor mye kan vi få?' with no scheme in sight: which one, among the schemes with amounts, current first."""
    w.add(phrase("ask_scheme", w.language))
    priced = [scheme for scheme in ctx.book.schemes.values() if scheme.measures]
    for scheme in sorted(priced, key=lambda s: s.status != "current"):
        older = "" if scheme.status == "current" else w.t(" (eldre regler)", " (older rules)")
        w.add(f"- {scheme_name(scheme, w.language)}{older}")
    return w.answer("clarify", passages)


# The longest opening line quoted whole; a longer one is cut at a word.
OPENING_QUOTE = 160


def opening_quote(chunk: Chunk) -> str:
    """The chunk's first line that has text, as a quote (cut at a word after OPENING_QUOTE characters)."""
    first_line = next((line for line in chunk.text.split("\n") if line.strip()), "")
    return first_line[:OPENING_QUOTE].rsplit(" ", 1)[0] if len(first_line) > OPENING_QUOTE else first_line


def not_found(w: Writer, passages: Sequence[Passage], reason: str | None = None) -> Answer:
    """The fixed not-found answer (with the reason, when there is one), pointing to the two closest passages."""
    w.paragraphs.clear()
    w.calculation = None
    w.add(not_found_text(w.language) + (f" {reason}" if reason else ""))
    closest = list(passages[:2])
    if closest:
        w.add(phrase("not_found_closest", w.language))
        for passage in closest:
            quote = opening_quote(passage.chunk)
            # A heading that states a sum ("… inntil kr 330.000,- for 100% stilling") would answer what was refused.
            shown = passage.chunk.section and not states_sum(passage.chunk.section)
            section = f", {passage.chunk.section}" if shown else ""
            w.add(f"- {passage.chunk.title}{section} {w.cite_chunk(passage.chunk, quote)}")
    return w.answer("not_found", passages)


def unknown_measure(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer:
    """A measure the scheme does not have: "No", and the measures it has (whatever was asked of the measure, its
    premise is what is wrong)."""
    scheme = ctx.scheme(u)
    label = f"Tiltak {u.unknown_measure}" if u.unknown_measure and len(u.unknown_measure) <= 2 else u.unknown_measure
    if scheme is not None and scheme.measures:
        known = join([measure_label(m, w.language) for m in scheme.measures.values()], w.language)
        if label is not None and not label.startswith("Tiltak "):
            # "JMO under 0765.73": a measure another scheme has, this one does not.
            w.add(
                w.t(
                    f"Nei – «{scheme.name}» har ikke {label}; tiltakene er {known}.",
                    f"No – «{scheme_name(scheme, 'en')}» has no {label}; its measures are {known}.",
                )
            )
            return w.answer("not_found", passages)
        w.add(
            w.t(
                f"Nei – jeg fant ikke {label} i regelverkene jeg har. «{scheme.name}» har disse tiltakene: {known}.",
                f"No – I could not find {label} in the regulations I have. «{scheme_name(scheme, 'en')}» has "
                f"these measures: {known}.",
            )
        )
        return w.answer("not_found", passages)
    w.add(w.t(f"Jeg fant ikke {label} i regelverkene jeg har.", f"I could not find {label} in the regulations I have."))
    return w.answer("not_found", passages)


def no_fixed_amount(w: Writer, exc: NoFixedAmount, passages: Sequence[Passage]) -> Answer:
    """A measure without a fixed amount: quote what the regulation says instead."""
    source = exc.source if isinstance(exc.source, Source) else None
    w.add(
        w.t(
            f"Regelverket oppgir ikke et fast beløp her: «{source.quote if source else exc.message}» {w.cite(source)}",
            f"The regulation states no fixed amount here: «{source.quote if source else exc.message}» {w.cite(source)}",
        )
    )
    return w.answer("answered", passages)


def impossible_request(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, exc: RegelverkError, passages: Sequence[Passage]
) -> Answer:
    """An impossible request (year 5 of four, three positions of one): say no and cite the limit.

    The error's own message echoes the user's numbers, which no source backs; the answer states the rule.
    """
    w.paragraphs.clear()
    measure = ctx.measure(scheme, u) or single_priced_measure(scheme)
    label = measure_label(measure, w.language) if measure else scheme_name(scheme, w.language)
    if isinstance(exc, YearOutOfRange) and measure is not None and measure.duration is not None:
        w.add(
            w.t(
                f"Nei. {label} gis bare i et begrenset antall år, og året du spør om ligger utenfor:",
                f"No. {label} is granted for a limited number of years only, and the year you ask about is "
                "outside them:",
            )
        )
        w.add(f"- {duration_sentence(w, measure)}")
    elif isinstance(exc, PositionLimitExceeded) and measure is not None and measure.position_limit is not None:
        limit = measure.position_limit
        name = limit.name_en if w.language == "en" and limit.name_en else limit.name
        w.add(
            w.t(
                f"Nei. {label} gir ikke tilskudd til så mange stillinger eller så høy stillingsprosent:",
                f"No. {label} does not fund that many positions or that high a percentage:",
            )
        )
        w.add(f"- {sentence(name)} {w.cite(limit.source)}")
    else:
        w.add(w.t(f"Det går ikke: {exc.message}", f"That is not possible under the rules: {exc.localized('en')}"))
    return w.answer("answered", passages)
