"""Questions whose subject the documents cannot cover, however well the scheme is known: what a named organisation
received, the rates or deadlines of a year no document covers. These are refused (status not_found) with the
reason, instead of answered with the scheme's tables as if the question had been about them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import takewhile

from assistant.answers.facts import budget_facts
from assistant.answers.phrasing import measure_label, scheme_name
from assistant.answers.writer import Writer
from assistant.citations import SourceLocator
from assistant.questions.vocabulary import Subject, vocabulary
from assistant.rules import engine
from assistant.rules.book import RuleBook
from assistant.rules.model import RuleValue, Scheme
from assistant.text import asking_sentences
from assistant.tokens import tokenize
from assistant.types import Chunk, Passage
from assistant.understand.model import Understanding
from assistant.understand.quantities import CALENDAR_YEAR_RE, year_started

# The marks that start a list item in the documents.
_LIST_MARKS = ("✓", "•", "-", "–")
# Types whose answer depends on the year asked about: a rate, an allocation, a date.
YEAR_BOUND_TYPES = frozenset({"amount", "budget", "deadline"})
# The first words of a heading that say which scheme it is about.
_NAMING_WORDS = 3
# With no scheme known, the passages that may speak of a subject the question asks about.
SUBJECT_PASSAGES = 3

# "Hvor mye fikk Gjøvik kommune", "How much did Oslo kommune receive": a grant paid to a named organisation.
_RECEIVED = re.compile(
    r"\b(fikk|mottok|har fått|har mottatt|ble tildelt|fikk tildelt|received|receive|got|was granted|were granted|"
    r"was awarded|were awarded|has been granted|have been granted)\b|\bdid\b.{1,80}?\b(?:get|receive)\b"
    r"|\bble\b.{1,80}?\b(?:tildelt|innvilget)\b|\bwas\b.{1,80}?\b(?:granted|awarded)\b",
    re.IGNORECASE,
)
# "Hvor mye gikk til Gjøvik kommune?" asks what a named body got; "… gikk til forsøk med gratis kjernetid" what
# a purpose was given.
# «Tilskudd gis til spesifiserte årsverk fram til 2024»: the last year a scheme is granted for.
_UNTIL_YEAR = re.compile(r"\b(?:fram til|frem til|til og med|until|up to)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_WENT_TO_NAME = re.compile(r"\bgikk\s+til\s+[A-ZÆØÅ]|\bwent\s+to\s+[A-ZÆØÅ]")
_NAMED_ORGANISATION = re.compile(
    r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) (?:kommune|fylkeskommune|municipality|HF|helseforetak|"
    r"universitetssykehus|sykehus|university\s+hospital|hospital)\b"
    # A hospital named by its place: "Sykehuset Innlandet", "Sykehuset i Vestfold".
    r"|\bSykehuset (?:i )?([A-ZÆØÅ][a-zæøå]+)"
    r"|\b(?:municipality|kommune) of ([A-ZÆØÅ][a-zæøå]+)"
    # A team named by its place: "FACT Sør-Østerdal", "ACT Vestfold".
    r"|\b(?:F?ACT|IPS)(?: [Uu]ng)?(?:-team| team)? ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    # A team, service or project by the place it is in: "the new FACT sikkerhet team in Innlandet",
    # "forprosjektet i Hamarregionen".
    r"|(?:\b|-)(?:team|teamet|tjenesten|service|project|(?:for)?prosjekt(?:et)?|ressursmiljø(?:et)?|office|kontoret)"
    r"\s+(?:in|i|at|ved)\s+(?:the\s+)?"
    r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    # A team of a kind by its place: "FACT sikkerhet in Innlandet", "FACT ung-teamet i Gjøvik".
    r"|\bF?ACT(?: [a-zæøå-]+){1,2} (?:in|i) ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    # A health trust by its name: "Helse Bergen", "Helse Sør-Øst".
    r"|\b(Helse [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b"
    # "… and how much of that did Oslo get?", "Hvor mye av det fikk Oslo?"
    r"|\bdid ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) (?:get|receive)\b"
    r"|\b[Hh]vor mye\b[^?.]{0,60}\b(?:fikk|mottok) ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b"
    # A place or body as the one that received: "Hvor mye fikk Innlandet …", "How much did Oslo receive …".
    r"|\b(?:[Hh]vor mye (?:fikk|mottok)|[Hh]ow much did) ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    # Asked indirectly: "Estimate how much Bergen received from 0765.73", "vet du hvor mye Hamar fikk".
    r"|\b(?:[Hh]ow much|[Hh]vor mye) ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    r" (?:received|got|has received|was granted|was awarded|fikk|mottok|har fått|har mottatt|ble tildelt)\b"
)
# "hvor mye fikk lillehammer kommune": a name written in lower case, where the words around it say it is one.
_ASKED_ORGANISATION = re.compile(
    r"\b(?:hvor\s+mye|how\s+much)\s+(?:fikk|mottok|did)\s+([a-zæøå-]+)\s+(?:kommune|fylkeskommune|municipality)\b"
    # "hvor mye fikk forprosjektet for FACT ung i hamarregionen": a place by a word that makes it one.
    r"|\b(?:hvor\s+mye|how\s+much)\s+(?:fikk|mottok|did)\b[^?.]{0,60}?\b(?:i|in)\s+"
    r"([a-zæøå-]+(?:regionen|region|distriktet|dalen))\b",
    re.IGNORECASE,
)
# "how much our neighbouring municipality received", "hva fikk nabokommunen": what another body was given, named
# by how it stands to the user rather than by its name.
_THEY = re.compile(r"\b(?:they|them|de|dem|deres)\b", re.IGNORECASE)
_OTHERS_RECEIVED = re.compile(
    r"\b(?:neighbou?ring|neighbou?r|other|another|nearby)\s+(?:municipalit(?:y|ies)|teams?|health\s+trusts?)\b"
    r"[^.?!]{0,40}?\b(?:received|got|was\s+(?:granted|awarded)|were\s+(?:granted|awarded))\b"
    r"|\b(?:nabokommune\w*|andre\s+kommuner|en\s+annen\s+kommune|andre\s+team)\b"
    r"[^.?!]{0,40}?\b(?:fikk|mottok|har\s+fått|har\s+mottatt|ble\s+tildelt)\b"
    r"|\b(?:fikk|mottok|did)\b[^.?!]{0,20}?\b(?:nabokommune\w*|andre\s+kommuner|neighbou?ring\s+municipalit\w*|"
    r"other\s+municipalities)\b"
    # "How much did the municipalities in Innlandet receive in total?", "Hvor mye fikk kommunene i Innlandet?": what
    # the bodies of a region were given.
    r"|\bdid\s+(?:the\s+)?(?:municipalities|teams)\s+in\s+(?-i:[A-ZÆØÅ])\w+\s+(?:receive|get)\b"
    r"|\b(?:municipalities|kommunene|teams|teamene)\s+(?:in|i)\s+(?-i:[A-ZÆØÅ])\w+[^.?!]{0,40}?"
    r"\b(?:received|got|fikk|mottok|har\s+fått|har\s+mottatt)\b"
    r"|\b(?:fikk|mottok)\s+(?:kommunene|teamene)\s+i\s+(?-i:[A-ZÆØÅ])",
    re.IGNORECASE,
)
# Capitalised words before "kommune" that are not names: "Our municipality received …", "Hver kommune fikk …".
_NOT_NAMES = frozenset(
    [
        "our",
        "their",
        "your",
        "my",
        "this",
        "that",
        "each",
        "every",
        "any",
        "which",
        "what",
        "the",
        "a",
        "an",
        "one",
        "vår",
        "vårt",
        "våre",
        "deres",
        "min",
        "denne",
        "hver",
        "hvilken",
        "hvilke",
        "en",
        "et",
        "alle",
        "ingen",
        "samme",
        "norway",
        "norge",
        "vi",
        "dere",
        "we",
        "you",
        "they",
        "de",
    ]
)


def _changes_after_version(u: Understanding, scheme: Scheme) -> bool:
    """What changes in the rules is asked for a calendar year after the scheme's newest document."""
    version = scheme.version_date or scheme.valid_from
    return (
        u.has("rule_changes") and u.calendar_year is not None and version is not None and u.calendar_year > version.year
    )


def names_a_recipient(u: Understanding) -> bool:
    """The question asks what a named organisation received, or who received grants (no document lists individual
    grants)."""
    # "Make up a figure for how much Hamar kommune received": the instruction dropped carries the question.
    text = u.text if u.fabrication else u.clean_text or u.text
    if u.has("earmarked"):
        return False  # the documents name who gets an earmarked grant
    if u.has("recipients_asked"):
        return True
    # "Vi fikk avslag, og vi mener søknaden var bedre enn nabokommunens som fikk innvilget. Kan vi klage?": who got
    # what, told in the scene, is not what is asked.
    told, text = text, " ".join(asking_sentences(text))
    if _OTHERS_RECEIVED.search(text):
        return True
    if _OTHERS_RECEIVED.search(told) and _RECEIVED.search(text) and _THEY.search(text):
        return True  # "Our neighbouring municipality got 500,000. How much did they get per position?"
    found = [*_NAMED_ORGANISATION.finditer(text), *_ASKED_ORGANISATION.finditer(text)]
    names = [next(name for name in m.groups() if name) for m in found]
    received = _RECEIVED.search(text) or _WENT_TO_NAME.search(text)
    return bool(received) and any(name.lower() not in _NOT_NAMES for name in names)


def years_covered(scheme: Scheme, today: date) -> tuple[int, int]:
    """The calendar years the scheme's documents speak for: its period, an open end running to this year."""
    first = scheme.valid_from.year if scheme.valid_from else 0
    last = scheme.valid_to.year if scheme.valid_to else today.year
    return first, last


def granted_until(u: Understanding, scheme: Scheme) -> RuleValue | None:
    """The duration rule saying until which year a scheme is granted («… fram til 2024»), when a yes/no question
    asks about a later calendar year."""
    if u.calendar_year is None or not (u.has("yes_no") or u.has("still_open")):
        return None
    for measure in scheme.measures.values():
        duration = measure.duration
        until = _UNTIL_YEAR.search(duration.source.quote) if duration is not None and duration.source else None
        if duration is not None and until is not None and int(until.group(1)) < u.calendar_year:
            return duration
    return None


def asked_year(u: Understanding, today: date) -> int | None:
    """The calendar year asked about: the one named, or next year's when a deadline is asked for it."""
    asked = tokenize(" ".join(asking_sentences(u.clean_text or u.text)))
    # ("Can we still apply …? We want to start a FACT team next year.": the remark's year is no deadline's.)
    next_year = vocabulary().qualifier("next_year").found(asked)
    if u.calendar_year is None and u.intent == "deadline" and next_year and not u.has("reporting_kind"):
        # "the exact deadline date for next year's funding": a year to come, whose date only its call will give.
        return today.year + 1
    return u.calendar_year


def where_the_date_is_given(w: Writer, scheme: Scheme) -> str | None:
    """The scheme's rule that its deadline is given in the call, cited: what the documents can tell of a date they do
    not give."""
    announced = next((d for d in scheme.deadlines if d.announced), None)
    if announced is None:
        return None
    return f"{w.t(announced.text, announced.text_en or announced.text)} {w.cite(announced.source)}"


def year_not_covered(u: Understanding, scheme: Scheme, today: date, locator: SourceLocator) -> bool:
    """A rate, allocation or deadline asked for a calendar year outside the scheme's period (or in the future) that
    its documents do not mention either (a 2019 document may well give the reporting deadline for 2018)."""
    year = asked_year(u, today)
    # "What were the Tiltak B rates in the 2024 version?" asks a rate whatever type it was read as; "Our team has
    # had funding since 2017 …" tells the user's own history.
    # "the maximum number of years of funding after the 2018 revision" asks a count, not a rate.
    rate_asked = u.has("asks_amount") and not (u.has("first_person") or u.has("count_question"))
    if year is None or (u.intent not in YEAR_BOUND_TYPES and not rate_asked):
        return False
    if u.years_behind is not None and any(u.has(q) for q in ("remaining", "remaining_years", "still_open")):
        # "Vi har allerede fått Tiltak B i to år (2024 og 2025). Hva er igjen?": the years named are those had.
        return False
    whether_open = (u.has("still_open") or u.has("too_late")) and not u.has("how_much")
    # A call whose application deadline was a date that has passed: that date answers any year after.
    closed = any(d.kind == "application" and d.due is not None and d.due < today for d in scheme.deadlines)
    if whether_open and (year == today.year or closed):
        # "It's December 2026 – can we still apply?": today's date told, whether it is too late asked; "kan vi
        # sende i februar neste år?" to a call that closed years ago: its dates say so. ("… og hvor mye er det i
        # potten?" asks a sum of that year.)
        return False
    told = u.clean_text or u.text
    named = [int(m.group("y")) for m in CALENDAR_YEAR_RE.finditer(told)]
    if year_started(told) == year and named == [year]:
        # "Vi fikk Tiltak B første gang i 2024 og har fått hvert år siden. Hva er satsen det siste året?": the year
        # told is when the project started, not a year asked about.
        return False
    own_year = u.year is not None and ("year" in u.inherited or u.years_behind is not None)
    if own_year and year == today.year + 1 and scheme.status == "current" and scheme.valid_to is None:
        # "We got Tiltak B for 2025 (year 1) and 2026 (year 2). What's the most for 2027?": the applicant's next
        # project year, under the rules in force until they are replaced.
        return False
    after = re.search(rf"\b(?:etter|after|since|siden)\s+{year}\b", told, re.IGNORECASE)
    if after is not None and years_covered(scheme, today)[1] > year:
        # "… hvis vi startet sent etter 2019?": a time after that year, which the scheme's period is.
        return False
    # "Hvordan fikk Statsforvalteren midlene til fordeling i 2023?" asks the way an allocation was made, no sum.
    how_made = u.has("method_asked") and not u.has("how_much")
    no_sum_asked = (u.intent == "amount" or how_made) and not (u.has("asks_amount") or u.has("how_much"))
    if no_sum_asked and _rules_stated_for(scheme, year):
        # "In 2023, how was the 765.60 money split between the county governors?": no rate asked, and the 2023
        # slides give that year's rules of the scheme whose rates are from 2019.
        return False
    if u.intent == "deadline" and any(d.announced for d in scheme.deadlines):
        # "Given in the call" holds for any year of the scheme's, but names no date for a year to come; a year
        # before its rules were set had a call of its own, which is not among the documents.
        return year > today.year or year < years_covered(scheme, today)[0]
    if u.intent == "deadline" and _dated_elsewhere(scheme, year):
        return True
    budgets = budget_facts(scheme)
    if u.intent == "budget" and u.has("together") and not budgets:
        return False  # two schemes' allocation together: the other scheme's documents may state it for that year
    if budgets and (u.intent == "budget" or (not scheme.measures and u.intent != "deadline")):
        # An allocation asked for (or a scheme known only by its allocations, the 2015 overview): the year must be
        # one they are stated for ("ca. 185 millioner kroner i 2019" is no answer for 2023). A deadline is not
        # one: the new substance-abuse scheme's 2022 deadline is in its period, whatever year its money is for.
        return not any(_stated_for(fact, year) for fact in budgets)
    first, last = years_covered(scheme, today)
    ends = scheme.valid_to.year if scheme.valid_from is None and scheme.valid_to is not None else None
    if ends is not None and year < ends and not u.has("document_named"):
        # An undated page "from before 2025" gives the rates as they stood when it was last changed, which says
        # nothing of 2012's or 2020's (unless it names that year). "In the 2015 overview, …" dates a document.
        return not locator.mentions(scheme.documents, str(year))
    if first <= year <= last:
        return False
    # A document may well give the deadline of the year before its own (the 2018 report, in 2019); a rate that
    # year is no rate it states.
    return year > today.year or u.intent != "deadline" or not locator.mentions(scheme.documents, str(year))


def _rules_stated_for(scheme: Scheme, year: int) -> bool:
    """A version of the scheme's rules of who may apply is in force in `year`."""
    return any(
        (v.valid_from is None or v.valid_from.year <= year) and (v.valid_to is None or year <= v.valid_to.year)
        for v in scheme.eligibility
        if v.valid_from is not None or v.valid_to is not None
    )


def _dated_elsewhere(scheme: Scheme, year: int) -> bool:
    """Every deadline of the scheme is a fixed date, and none falls in the year asked about or the next (a report
    on a year's grant is due the year after): 01.03.2023 is no answer to "the 2024 deadline"."""
    deadlines = scheme.deadlines
    return bool(deadlines) and all(
        d.due is not None and d.recurring is None and d.due.year not in (year, year + 1) for d in deadlines
    )


def sibling_sections(book: RuleBook, locator: SourceLocator, scheme: Scheme | None) -> list[str]:
    """The sections of `scheme`'s documents that are about another scheme sharing them (the programmes of the 2015
    overview, each a row of one table): a heading names a scheme when they start with the same words (a heading
    may cut a long name short, or give a short name of it)."""
    if scheme is None:
        return []
    own = set(scheme.documents)
    names = [o.name.lower() for o in book.schemes.values() if o is not scheme and own & set(o.documents)]
    if not names:
        return []

    def names_one(heading: str, name: str) -> bool:
        said, named = re.findall(r"\w+", heading), re.findall(r"\w+", name)
        first = min(_NAMING_WORDS, len(said), len(named))
        return said[:first] == named[:first]

    # A section that names the scheme in its text (a heading may belong to the row before) is its own, too.
    own_names = [name.lower() for name in (scheme.name, *scheme.aliases) if len(name) > 3]
    mentioned: dict[str, bool] = {}
    for chunk in (chunk for document in scheme.documents for chunk in locator.chunks_of(document)):
        text = chunk.text.lower()
        mentioned[chunk.section] = mentioned.get(chunk.section, False) or any(name in text for name in own_names)
    return [
        section
        for section, own in mentioned.items()
        if not own
        and (heading := section.split("›")[-1].strip().lower())
        and not names_one(heading, scheme.name.lower())
        and any(names_one(heading, name) for name in names)
    ]


def subject_not_covered(
    u: Understanding,
    scheme: Scheme | None,
    locator: SourceLocator,
    passages: Sequence[Passage],
    siblings: Sequence[str] = (),
) -> Subject | None:
    """The first subject the question asks about (tax, courts …) that the documents in play do not speak of: the
    scheme's documents, but for the parts on other schemes (`siblings`) or measures, or with no scheme known the
    passages found for the question (a contact person asked for one programme of the 2015 overview is not given by
    the e-mail addresses listed for others)."""
    subjects = vocabulary().subjects
    others = [*other_measures(u, scheme), *siblings]

    def covered(name: str) -> bool:
        evidence = subjects[name].evidence
        if scheme is not None:
            # What a regulation says under Tiltak A (the qualifications of its staff) says nothing of Tiltak B.
            return locator.searches(scheme.documents, evidence, skip_sections=others)
        return any(evidence.search(p.chunk.text) for p in passages[:SUBJECT_PASSAGES])

    asked = [name for name in u.subjects if name not in u.scene_subjects]
    # A subject of the scene only (the sick leave behind "can we get an extension?") is no refusal where what the
    # question asks of is spoken of.
    scene_counts = not (asked and all(covered(name) for name in asked))
    for name in u.subjects:
        if (scene_counts or name not in u.scene_subjects) and not covered(name):
            return subjects[name]
    return None


@dataclass(frozen=True)
class StatedElsewhere:
    """A subject the documents speak of only in another measure's part ("qualifications" under Tiltak A)."""

    subject: Subject
    measure: str  # the label of the measure whose part speaks of it
    lines: list[str]  # the line that does, and the list it introduces, verbatim
    chunk: Chunk


def stated_for_another_measure(
    u: Understanding, scheme: Scheme | None, locator: SourceLocator
) -> StatedElsewhere | None:
    """The subject asked about, where the documents speak of it only under a measure other than the one asked."""
    subject = subject_not_covered(u, scheme, locator, ()) if other_measures(u, scheme) else None
    return _stated_under_another(subject, u, scheme, locator) if subject is not None else None


def _stated_under_another(
    subject: Subject, u: Understanding, scheme: Scheme | None, locator: SourceLocator
) -> StatedElsewhere | None:
    """Where in another measure's part the documents speak of `subject` (not covered for the measure asked)."""
    others = other_measures(u, scheme)
    if scheme is None:
        return None
    for other in others:
        # Every other measure's part skipped but this one's: a hit is in this one's.
        chunk = locator.first_match(scheme.documents, subject.evidence, [o for o in others if o != other])
        lines = [line.strip() for line in chunk.text.splitlines() if line.strip()] if chunk is not None else []
        at = next((i for i, line in enumerate(lines) if subject.evidence.search(line)), None)
        if chunk is not None and at is not None:
            said = [lines[at]]
            if lines[at].endswith(":"):
                # The list it introduces: "… følgende kvalifikasjoner:" ✓ Helse- eller sosialfaglig utdanning …
                said += list(takewhile(lambda line: line.startswith(_LIST_MARKS), lines[at + 1 :]))
            return StatedElsewhere(subject=subject, measure=other, lines=said, chunk=chunk)
    return None


def no_for_this_measure(w: Writer, u: Understanding, scheme: Scheme, elsewhere: StatedElsewhere) -> None:
    """'Must a Tiltak B specialist have two years of IPS experience?': no, that is a requirement of Tiltak A's."""
    measure = measure_label(scheme.measures[u.measure or ""], w.language)
    label = elsewhere.subject.label(w.language)
    w.add(
        w.t(
            f"Nei – dokumentene stiller ingen {label} for {measure}; det de sier om det, gjelder {elsewhere.measure}:",
            f"No – the documents set no {label} for {measure}; what they say of it applies to {elsewhere.measure}:",
        )
    )
    for line in elsewhere.lines:
        w.add(f"- «{line}» {w.cite_chunk(elsewhere.chunk, line)}")


def other_measures(u: Understanding, scheme: Scheme | None) -> list[str]:
    """The labels of the scheme's measures other than the one the question is about (none if it names none)."""
    if scheme is None or u.measure is None or u.measure not in scheme.measures:
        return []
    return [measure.label for measure in scheme.measures.values() if measure.id != u.measure]


def unknown_budget_code(u: Understanding, locator: SourceLocator) -> str | None:
    """A budget chapter and post the question names that no document mentions ("kapittel 0765 post 74")."""
    for code in u.budget_codes:
        chapter, post = code.split(".")
        named = re.compile(
            rf"kap(?:ittel|\.)?\s*0?{chapter}\s*,?\s*post\s*{post}(?!\d)|(?<![\d.])0?{chapter}\.{post}(?!\d)",
            re.IGNORECASE,
        )
        if not locator.searches(locator.document_ids, named):
            return code
    return None


def _stated_for(fact: RuleValue, year: int) -> bool:
    """The fact is dated to a period including `year`, or its words name the year (undated figures: any year)."""
    words = f"{fact.text or ''} {fact.source.quote}"
    if str(year) in words:
        return True  # "satt av 87 millioner i 2015 og foreslått 97 millioner for 2016"
    if fact.valid_from is not None or fact.valid_to is not None:
        return fact.in_year(year)
    return not re.search(r"\b(?:19|20)\d\d\b", words)


# A sum per person served ("per deltaker", "per patient"); a sum per team or position is another question.
_PER_PERSON = re.compile(
    r"\b(?:per|pr\.?)\s+(?:deltaker|person|innbygger|bruker|pasient|participant|head|inhabitant|user|patient)",
    re.IGNORECASE,
)


# A sum per dwelling or place ("per Housing First apartment"): no rule states one.
_PER_PLACE = re.compile(
    r"\b(?:per|pr\.?|each|hver|hvert)\s+(?:[\w-]+\s+){0,2}?(?:apartment|flat|dwelling|bed|room|leilighet|bolig|"
    r"seng|rom|plass|boenhet)(?:s|er|en|et)?\b",
    re.IGNORECASE,
)


# "… build new apartments? How much per unit?": a unit is a dwelling when the question speaks of dwellings.
_PER_UNIT = re.compile(r"\b(?:per|pr\.?|each)\s+(?:unit|enhet)\b", re.IGNORECASE)
_DWELLING = re.compile(r"\b(?:apartment|flat|dwelling|leilighet|bolig|boenhet)\w*", re.IGNORECASE)


# A price by the hour or day ("ta betalt per time", "an hourly fee"): no rule states one.
_PER_HOUR = re.compile(
    r"\b(?:per|pr\.?)\s+(?:time|timen|dag|døgn|hour|day)\b|\b(?:timepris\w*|timesats\w*|dagsats\w*|hourly|daily\s+rate)",
    re.IGNORECASE,
)


def _per_person(u: Understanding, scheme: Scheme) -> bool:
    """An amount per person served, asked of a scheme whose rates are per position and which states no cost per
    participant (the 2019 training programme does)."""
    if u.intent not in ("amount", "budget") or not _PER_PERSON.search(u.clean_text or u.text):
        return False
    return _priced_per_position(scheme) and engine.cost_per_participant(scheme) is None


def _per_hour(u: Understanding, scheme: Scheme) -> bool:
    """An amount by the hour or day, asked of a scheme whose rates are per position and year."""
    asked = u.intent in ("amount", "budget") and bool(_PER_HOUR.search(u.clean_text or u.text))
    return asked and _priced_per_position(scheme)


def _per_place(u: Understanding, scheme: Scheme) -> bool:
    """An amount per dwelling, bed or place, asked of a scheme whose rates are per position."""
    text = u.clean_text or u.text
    per_place = _PER_PLACE.search(text) or (_PER_UNIT.search(text) and _DWELLING.search(text))
    return u.intent in ("amount", "budget") and bool(per_place) and _priced_per_position(scheme)


def _priced_per_position(scheme: Scheme) -> bool:
    return any(measure.kind == "per_position" for measure in scheme.measures.values())


# "the 18.11.24 version": a version of a document named by its date.
_VERSION_WORD = re.compile(r"(?:versjon|version|utgave|edition)", re.IGNORECASE)
_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.]\d)")


def asks_replaced_version(u: Understanding, scheme: Scheme | None, locator: SourceLocator) -> bool:
    """The question asks about a version, by its date, that the documents (the scheme's, or any when it names none)
    only say they replace («Erstatter tidligere versjon av 18.11.24»): its rules are not among them."""
    text = u.clean_text or u.text
    if not _VERSION_WORD.search(text):
        return False
    documents = scheme.documents if scheme is not None else locator.document_ids
    return any(
        locator.searches(
            documents,
            re.compile(rf"(?:tidligere versjon|erstatter)\D{{0,40}}{re.escape(m.group())}", re.IGNORECASE),
        )
        for m in _DATE.finditer(text)
    )


def uncovered_reason(
    w: Writer,
    u: Understanding,
    scheme: Scheme | None,
    today: date,
    passages: Sequence[Passage],
    siblings: Sequence[str] = (),
) -> str | None:
    """Why the documents cannot answer this question, or None when they may; `siblings` as subject_not_covered
    takes them."""
    code = unknown_budget_code(u, w.locator)
    if code is not None:
        # Without the code itself: a number the documents never state would not pass the verifier.
        return w.t(
            "Ingen av dokumentene nevner en tilskuddsordning under det kapittelet og den posten du oppgir.",
            "None of the documents mentions a grant scheme under the budget chapter and post you give.",
        )
    subject = subject_not_covered(u, scheme, w.locator, passages, siblings)
    if subject is not None:
        label = subject.label(w.language)
        if scheme is None:
            return w.t(f"Dokumentene sier ikke noe om {label}.", f"The documents say nothing about {label}.")
        name = scheme_name(scheme, w.language)
        elsewhere = _stated_under_another(subject, u, scheme, w.locator)
        if elsewhere is not None:
            measure = measure_label(scheme.measures[u.measure or ""], w.language)
            return w.t(
                f"Dokumentene om «{name}» sier ikke noe om {label} for {measure}; det de sier om det, gjelder "
                f"{elsewhere.measure}.",
                f"The documents on «{name}» say nothing about {label} for {measure}; what they say of it applies "
                f"to {elsewhere.measure}.",
            )
        return w.t(
            f"Dokumentene om «{name}» sier ikke noe om {label}.",
            f"The documents on «{name}» say nothing about {label}.",
        )
    if asks_replaced_version(u, scheme, w.locator):
        # Without the date: a number the documents state only in the line saying it is replaced, cited nowhere here,
        # would not pass the verifier.
        if scheme is None:
            return w.t(
                "Dokumentene er versjonen som erstatter den du spør om; den tidligere versjonen er ikke blant dem.",
                "The documents are the version that replaces the one you ask about; that earlier version is not "
                "among them.",
            )
        name = scheme_name(scheme, w.language)
        return w.t(
            f"Dokumentene om «{name}» er versjonen som erstatter den du spør om; den tidligere versjonen og "
            "reglene i den er ikke blant dokumentene.",
            f"The documents on «{name}» are the version that replaces the one you ask about; that earlier version "
            "and its rules are not among the documents.",
        )
    if scheme is not None and _per_person(u, scheme):
        return w.t(
            "Dokumentene oppgir tilskudd per stilling, ikke per deltaker eller person.",
            "The documents give grants per position, not per participant or person.",
        )
    if scheme is not None and _per_place(u, scheme):
        return w.t(
            "Dokumentene oppgir tilskudd per stilling eller prosjekt, ikke per bolig, plass eller seng.",
            "The documents give grants per position or project, not per dwelling, place or bed.",
        )
    if scheme is not None and _per_hour(u, scheme):
        return w.t(
            "Dokumentene oppgir tilskudd per stilling og år, ikke priser eller satser per time eller dag.",
            "The documents give grants per position and year, not prices or rates per hour or day.",
        )
    if scheme is not None and _changes_after_version(u, scheme):
        # "Hva er endret i regelverket for 0765.73 for 2026?": only a later version than those here would say.
        name = scheme_name(scheme, w.language)
        return w.t(
            f"Dokumentene om «{name}» er en tidligere versjon og sier ikke hva som endres for året du spør om.",
            f"The documents on «{name}» are an earlier version and do not say what changes for the year you ask about.",
        )
    if u.has("budget_to_come") and u.calendar_year is not None and u.calendar_year > today.year:
        return w.t(
            "Dokumentene sier ikke noe om statsbudsjettet for året du spør om; det er ikke lagt fram i dem.",
            "The documents say nothing about the state budget for the year you ask about; it is not in them.",
        )
    if names_a_recipient(u):
        return w.t(
            "Dokumentene viser regler for tilskuddene, ikke hva enkelte søkere har fått tildelt.",
            "The documents give the rules for the grants, not what individual applicants have been awarded.",
        )
    if scheme is not None and year_not_covered(u, scheme, today, w.locator):
        # No year in these sentences: the question's year is not evidence, and the verifier rightly drops it.
        name = scheme_name(scheme, w.language)
        last = years_covered(scheme, today)[1]
        year = asked_year(u, today) or 0
        given_in = where_the_date_is_given(w, scheme)
        if year > today.year and u.intent == "deadline" and given_in is not None:
            # The nearest rule: where the date will be given.
            return w.t(
                f"Dokumentene om «{name}» gir ingen dato for kommende år. {given_in}",
                f"The documents on «{name}» give no date for years to come. {given_in}",
            )
        if year > today.year:
            return w.t(
                f"Dokumentene om «{name}» gjelder regelverket slik det er nå; satser og frister for kommende år "
                "er ikke fastsatt i dem.",
                f"The documents on «{name}» give the rules as they are now; they do not set rates or deadlines "
                "for years to come.",
            )
        if year > last:
            return w.t(
                f"Dokumentene om «{name}» gjelder en tidligere periode, ikke året du spør om.",
                f"The documents on «{name}» cover an earlier period, not the year you ask about.",
            )
        if scheme.valid_from is None:
            return w.t(
                f"Dokumentene om «{name}» er udaterte og sier ikke hvilket år satsene gjaldt for; året du spør om, "
                "nevner de ikke.",
                f"The documents on «{name}» are undated and do not say which year their rates were for; they do not "
                "mention the year you ask about.",
            )
        return w.t(
            f"Dokumentene om «{name}» gjelder en senere periode, ikke året du spør om.",
            f"The documents on «{name}» cover a later period, not the year you ask about.",
        )
    return None
