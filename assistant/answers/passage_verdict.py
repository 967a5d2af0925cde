"""A yes or a no read from the sentence quoted first, for a yes/no question no rule table answers.

"Må søknaden ha en gjennomføringsplan?" → «Søknaden må beskrive behovet … og vise til en gjennomføringsplan med
milepæler.»: the sentence states the rule asked about, so the answer leads with "Ja". A verdict is read only from a
statement (a heading states nothing) that covers much of what is asked, and only for a question that denies
nothing ("Trenger vi ikke …?" has no safe yes) and offers no choice ("drift, eller bare lønn?"). The sentence's
polarity is that of its main clause: in «Direktoratet kan stanse utbetaling … ved mistanke om at en mottaker …
ikke oppfyller vilkårene» the "ikke" belongs to the condition. A sentence that sets a condition the question does
not state answers "it depends".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.answers.required_thing import required_name, required_parts
from assistant.extractive import AskedTerms, ExtractiveAnswerer
from assistant.questions.vocabulary import vocabulary
from assistant.tokens import Token, tokenize
from assistant.verify import split_sentences

PassageVerdict = Literal["yes", "no", "conditional"]

# The share of the question's focus terms (IDF-weighted) the sentence must contain to speak to what is asked.
VERDICT_COVERAGE = 0.25
# A quote a table answer cites was chosen for what the table says, not for the question: it must cover more.
CITED_COVERAGE = 0.4
# A required sentence must name this share of what a question would leave out ("uten å si …") to settle it.
OMITTED_COVERAGE = 0.3
CLEFT_COVERAGE = 0.5
# The words after a negation it denies.
DENIAL_REACH = 2
# Fewer words than this is a label or a list item, not a rule.
MIN_STATEMENT_WORDS = 4
_CHECKED, _UNCHECKED = "☒", "☐"
_BULLETS = ("•", "-", "–", "*")
# A list item without a verb must name this share of what is asked to say that it is included.
ITEM_COVERAGE = 0.5
# What a question asks about, and the statement that settles it with a no whatever else shares its words: «Bevilgningen
# er ikke søknadsbasert» for "Kan kommunen søke …?", «… anbefales det derfor ikke å ta den med» for "Did they
# recommend including it?", «Det gis ikke utsettelse på denne fristen» for "Kan vi få utsatt fristen?", «… har
# nulltoleranse for mislighold» for "Do they tolerate minor misuse?", «… er forbeholdt virksomheter som …» for "Can any
# service get it?", «Tilskuddet skal delfinansiere lønnskostnader» for "Does it cover the whole salary?", «… personer
# med moderate til alvorlige psykiske lidelser» for "Does it target mild anxiety?", «Det gis ikke tilskudd til nye
# tiltak …» for "Can we start a new service with it?". Each settles with a no, whether or not it says "ikke".
SETTLING = {
    "applying": "not_applied_for",
    "recommending": "not_recommended",
    "extending": "not_extended",
    "tolerating": "zero_tolerance",
    "anyone": "reserved",
    "at_once": "one_at_a_time",
    "whole_cost": "part_financed",
    "mild": "moderate_to_severe",
    "starting_new": "no_new_measures",
    # "Skal søknad og rapport sendes i hvert sitt skjema?": «Søknad og rapportering i samme digitale skjema».
    "separate_forms": "same_form",
    # "… start IPS on our own, without involving NAV?": «… forpliktende samarbeid mellom NAV og helsetjenesten».
    "alone": "jointly",
    # "Vi har ikke så mye erfaring. Kan vi søke Tiltak A?": «… forbeholdt virksomheter som har et veletablert …».
    "inexperienced": "well_established",
    # "Holder det å oppgi hvor mange stillinger …?": «… må det i tillegg til antall stillinger spesifiseres …».
    "enough": "besides",
}


def _found(name: str, tokens: list[Token]) -> bool:
    """In the question (typos forgiven)."""
    return vocabulary().qualifier(name).found(tokens)


# What an application or a report must contain or answer ("må vi … svare på om …?").
_OF_A_DOCUMENT = re.compile(
    r"\b(?:søknad\w*|application\w*|rapport\w*|report\w*|svare\s+på|answer\s+(?:whether|if))", re.IGNORECASE
)
_REQUIRED = re.compile(r"\b(?:kreves|krav|påkrevd|forutsettes|vedlegges|legges\s+ved|inneholde)\b", re.IGNORECASE)


def _stated(name: str, tokens: list[Token]) -> bool:
    """In a document's sentence (as written: "innen" is no "ingen")."""
    return vocabulary().in_document(name).found(tokens)


def _main_clause(tokens: list[Token], in_question: bool = False) -> list[Token]:
    """The tokens before the first subordinate clause."""
    clause_end = vocabulary().qualifier("clause_end") if in_question else vocabulary().in_document("clause_end")
    spans = clause_end.spans(tokens)
    return tokens[: spans[0][0]] if spans else tokens


def _denies_what_is_asked(
    extractive: ExtractiveAnswerer, sentence: str, tokens: list[Token], question_terms: set[str]
) -> bool:
    """A negation right before a word of the question, in any clause: «… egenerklæring og ikke revisorattestert
    regnskap» answers "Må regnskapet være revisorattestert?" with a no."""
    denial, left_out = vocabulary().in_document("denial"), vocabulary().in_document("left_out")
    for index, token in enumerate(tokens):
        # "f.eks." (for example) is read as the tokens "f" and "eks": no "eks." (excluding).
        excluded = left_out.found([token]) and not (index and tokens[index - 1].text.lower() == "f")
        if not (denial.found([token]) or excluded):
            continue
        following = tokens[index + 1 : index + 1 + DENIAL_REACH]
        if following and question_terms & set(
            extractive.focus_terms(sentence[following[0].start : following[-1].end], "", translate=False)
        ):
            return True
    return False


def _condition_met(
    extractive: ExtractiveAnswerer, sentence: str, tokens: list[Token], question_terms: set[str]
) -> bool:
    """Whether the question speaks of what the sentence's condition is about ("Vi har fått nytt bankkontonummer"
    for «… dersom adresse, bankkontonummer eller organisasjonsnummeret er endret»): of the condition's own words,
    not those it shares with the rule ("Tjenester … kan prioriteres dersom tjenesten vurderes …")."""
    spans = vocabulary().in_document("condition").spans(tokens)
    if not spans:
        return True
    start = tokens[spans[0][0]].start
    rule = set(extractive.focus_terms(sentence[:start], "", translate=False))
    condition = set(extractive.focus_terms(sentence[start:], "", translate=False)) - rule
    return bool(question_terms & condition)


@dataclass(frozen=True)
class Reading:
    """A verdict read from one sentence, and how much of the question that sentence covers."""

    verdict: PassageVerdict
    coverage: float
    sentence: str
    # The sentence settles the question whatever else it covers ("kun en part … kan søke", asked whether each
    # may): it outranks one that only shares more of the question's words.
    settles: bool = False
    # How much of the sentence that asks it covers, when a scene is told before that sentence.
    asking_coverage: float = 0.0


@dataclass(frozen=True)
class _Question:
    """What every sentence is read against, worked out once per question."""

    text: str
    focus: AskedTerms  # its focus terms, the topic's names left out
    terms: set[str]  # all its terms
    asked_terms: set[str]  # the terms of its main clause
    cleft_terms: list[str]  # what a cleft puts first ("Er det statsforvalteren som …")
    states_condition: bool
    each_their_own: bool  # asks whether several may each do it ("each send their own application")
    enough: bool  # asks whether one thing suffices ("Holder det å oppgi antall stillinger?")
    only: bool  # asks whether it is only one thing ("Does the scheme only cover årsverk?")
    shut_out: bool  # asks whether some are kept out ("Are people over 35 excluded?")
    more_than_only: bool  # asks whether it is more than one thing ("drift også, eller bare lønn?")
    certain: bool  # asks whether it always happens ("Blir den automatisk avvist?")
    at_submission: bool  # asks whether it had to be there when the application was sent
    contents: bool  # asks what something must contain ("Må søknaden ha med organisasjonsnummer?")
    of_a_document: bool  # … and that something is an application or a report (not a target group)
    instead_terms: set[str]  # what it would do without ("a letter instead of using a form": form)
    other_way_terms: set[str]  # what it would do instead ("email a letter …": brev)
    omitted_terms: set[str]  # what it would leave out ("… uten å si om det gjelder tiltak A eller B": tiltak, a, b)
    settled_by: tuple[str, ...]  # the statements (SETTLING) that settle it
    known_share: float  # the share of its content words some document or the glossary knows
    unique: set[str]  # its terms only one chunk uses ("bekreftelsesbrev"): what it is about
    # The terms of each part of what it asks to be required ("a municipal council resolution": the thing, its head),
    # if it does; a sentence saying yes names one term of every part.
    required: list[set[str]]
    # The terms of the sentence that asks, when a scene is told before it ("We got money under the old scheme. Can
    # we … start a new measure?"): a sentence on what is asked outranks one on the scene.
    asking_focus: AskedTerms | None


def _question(extractive: ExtractiveAnswerer, text: str, topic: str, english: bool) -> _Question | None:
    """The question to read sentences against; None when no verdict is safe for it: it denies something
    ("Trenger vi ikke …?") or offers a choice ("… eller …?")."""
    tokens = tokenize(text)
    lesser = vocabulary().qualifier("or_less").spans(tokens)
    if lesser:
        # "Trenger vi en gjennomføringsplan, eller holder det med en kort beskrivelse?": the other way asks for less
        # than the first, so the answer to the first is the answer; what follows "eller" is no choice offered.
        return _question(extractive, text[: tokens[lesser[-1][0]].start].rstrip(" ,–-") + "?", topic, english)
    # "Vi har ikke ACT- eller FACT-team. Kan vi likevel få tiltak B?": a statement setting the scene may deny or
    # offer what it likes; the sentence that asks may not.
    asking = tokenize(asking_sentence(text))
    # "… dekke drift og ikke bare lønn?" asks for more, it denies nothing.
    not_only = _within("not_only", asking)
    # "… dekke drift også, eller bare lønn?" asks whether it covers more than salaries: no choice between the two.
    or_only = _within("or_only", asking)
    # "Do we have to state whether we're applying for Tiltak A or Tiltak B?": the "or" is inside what is stated.
    embedded = _within("embedded_choice", asking)
    # "Is it required, or is it optional?": the other way is the claim denied, no choice between two things.
    or_not = _within("or_not", asking)
    # "… for an outreach team that wasn't a full ACT or FACT team?": what follows the relative clause describes
    # the thing asked about; it denies and offers nothing.
    described = vocabulary().qualifier("described_negatively").spans(asking)
    relative = set(range(described[0][0], len(asking))) if described else set()
    denies = _found(
        "denial", [token for index, token in enumerate(asking) if index not in not_only | or_not | relative]
    )
    offered = [token for index, token in enumerate(asking) if index not in or_only | embedded | or_not | relative]
    if denies or _found("alternative", offered):
        return None
    sentence = asking_sentence(text)
    # What the question's own main clause asks about ("Kan direktoratet stanse utbetalingen", not "mens de
    # undersøker om vi har brukt pengene feil").
    head = _main_clause(tokens, in_question=True)
    asked = text[: head[-1].end] if head else text
    unknown, content = extractive.uncovered_words(text)
    return _Question(
        text=text,
        focus=extractive.focus(text, topic, translate=english, expanded=topic),
        terms=set(extractive.focus_terms(text, "", translate=english)),
        asked_terms=set(extractive.focus_terms(asked, "", translate=english)),
        cleft_terms=_cleft_terms(extractive, text, tokens, english),
        states_condition=_found("condition", tokens),
        each_their_own=_found("each_their_own", tokens),
        enough=_found("enough", asking),
        of_a_document=_OF_A_DOCUMENT.search(text) is not None,
        only=_found("only", asking),
        shut_out=_found("shut_out", asking),
        more_than_only=bool(or_only),
        certain=_found("certainty", asking),
        at_submission=_found("at_submission", asking),
        contents=_found("asks_contents", asking),
        instead_terms=_instead_terms(extractive, text, tokens, english, after=True),
        other_way_terms=_instead_terms(extractive, text, tokens, english, after=False),
        omitted_terms=_omitted_terms(extractive, text, tokens, english),
        # "Vi vil bruke en arbeidsspesialist for pasienter med lett depresjon … Faller de inn under målgruppen?":
        # what settles it may be told in the scene the asking sentence points back to.
        settled_by=_settled_by(tokens),
        known_share=1 - len(unknown) / max(content, 1),
        unique=extractive.unique_terms(text),
        required=_required_terms(extractive, required_parts(sentence)[0], english),
        asking_focus=(
            extractive.focus(sentence, topic, translate=english, expanded=topic)
            if sentence.strip() != text.strip()
            else None
        ),
    )


def _within(name: str, tokens: list[Token]) -> set[int]:
    """The indexes of the tokens inside a match of the qualifier `name`."""
    return {index for start, end in vocabulary().qualifier(name).spans(tokens) for index in range(start, end + 1)}


def settling_statements(question: str) -> tuple[str, ...]:
    """The statements (document qualifiers) that settle the yes/no `question` with a no (see SETTLING)."""
    return _settled_by(tokenize(question))


def _settled_by(asking: list[Token]) -> tuple[str, ...]:
    """SETTLING's statements for what the tokens ask about."""
    return tuple(statement for asked, statement in SETTLING.items() if _found(asked, asking))


def asking_sentence(text: str) -> str:
    """The last sentence that ends in a question mark, or the whole text when none does."""
    asked = [sentence for sentence in split_sentences(text) if sentence.rstrip().endswith("?")]
    return asked[-1] if asked else text


def passage_verdict(
    extractive: ExtractiveAnswerer,
    question: str,
    units: Sequence[str],
    topic: str,
    english: bool,
    introduced: Sequence[bool] = (),
) -> tuple[PassageVerdict, int] | None:
    """The verdict the quoted `units` give on the yes/no `question`, with the index of the unit whose sentence gives
    it (that unit leads the answer); None when none gives one that is safe to lead with.

    `topic` holds the words that name what the question is about (the scheme's names): they are no evidence that
    a sentence answers it. `introduced[i]` says unit i + 1 is the first item of the list unit i introduces.
    """
    asked = _question(extractive, question, topic, english)
    if asked is None:
        return None
    by_sentence = _readings(extractive, asked, units, cited=False) + _list_readings(
        extractive, asked, units, introduced
    )
    # Two sentences of a unit may cover together what neither covers alone ("state expected results … and be
    # held to them later"): the first unit read whole, when no single sentence settles it.
    whole = _read(extractive, asked, units[0], cited=False) if units and not by_sentence else None
    readings = by_sentence or ([(whole, 0)] if whole is not None else [])
    best = max(
        readings,
        key=lambda item: (
            item[0].settles,
            # "Må vi sende bekreftelsesbrev …?": «… ingen … krav om bekreftelsesbrev» speaks of it, «Alle søknader
            # skal sendes …» shares more words.
            extractive.has_any(asked.unique, item[0].sentence),
            item[0].asking_coverage,
            item[0].coverage,
            _has_last(extractive, asked, item[0]),
        ),
        default=None,
    )
    return (best[0].verdict, best[1]) if best is not None else None


def required_unnamed(extractive: ExtractiveAnswerer, question: str, texts: Sequence[str], english: bool) -> str | None:
    """What the yes/no `question` asks to be required ("a municipal council resolution"), in its own words, when
    none of `texts` names it (a term of the thing, of its head and of whose it is); None when it asks of no such
    thing, one names it, or the message asks something more."""
    sentence = asking_sentence(question)
    if question.count("?") > 1:
        return None
    thing, whose = required_parts(sentence)
    whose_terms = set(extractive.focus_terms(" ".join(whose), "", translate=english))
    parts = _required_terms(extractive, thing, english) + ([whose_terms] if whose_terms else [])
    if not parts or any(all(_names_any(extractive, part, text) for part in parts) for text in texts):
        return None
    return required_name(sentence)


def _required_terms(extractive: ExtractiveAnswerer, thing: list[str], english: bool) -> list[set[str]]:
    """The terms of the `thing` a question asks to be required, and of its head: the group of its last word."""
    groups = extractive.focus(" ".join(thing), "", translate=english).groups
    return [set(itertools.chain.from_iterable(groups)), set(groups[-1])] if groups else []


def _sentence_terms(extractive: ExtractiveAnswerer, sentence: str) -> set[str]:
    return set(extractive.focus_terms(sentence, "", translate=False))


def _has_last(extractive: ExtractiveAnswerer, asked: _Question, reading: Reading) -> bool:
    """The sentence has the last word asked: in "Var Statped-bevilgningen søknadsbasert?" that is what is asked of
    the thing named first, so of two sentences covering as much, «Bevilgningen er ikke søknadsbasert» answers."""
    last = asked.focus.groups[-1:] if asked.focus.groups else ()
    return bool(last) and extractive.coverage(AskedTerms(last), reading.sentence) > 0


def strongest_verdict(
    extractive: ExtractiveAnswerer, question: str, quotes: Sequence[str], topic: str, english: bool
) -> tuple[Reading, int] | None:
    """Of every sentence in `quotes` (the quotes a table answer cites), the verdict of the one that covers most of
    the question, with the index of its quote; None when no sentence gives one."""
    asked = _question(extractive, question, topic, english)
    if asked is None:
        return None
    readings = _readings(extractive, asked, quotes, cited=True)
    return max(readings, key=lambda item: (item[0].settles, item[0].coverage), default=None)


def _readings(
    extractive: ExtractiveAnswerer, asked: _Question, texts: Sequence[str], cited: bool
) -> list[tuple[Reading, int]]:
    """The verdict of every sentence of `texts` that gives one, with the index of its text."""
    return [
        (reading, index)
        for index, text in enumerate(texts)
        for line in text.splitlines()
        for part in split_sentences(line)
        if (reading := _read(extractive, asked, part, cited)) is not None
    ]


def _instead_terms(
    extractive: ExtractiveAnswerer, question: str, tokens: list[Token], english: bool, after: bool
) -> set[str]:
    """'Can we email a letter instead of using a form?': the terms of what comes after "instead of" (form), or
    with `after` False those before it that it does not share (the letter: the other way)."""
    spans = vocabulary().qualifier("instead_of").spans(tokens)
    if not spans:
        return set()
    instead = set(extractive.focus_terms(question[tokens[spans[0][1]].end :], "", translate=english))
    if after:
        return instead
    return set(extractive.focus_terms(question[: tokens[spans[0][0]].start], "", translate=english)) - instead


def _omitted_terms(extractive: ExtractiveAnswerer, question: str, tokens: list[Token], english: bool) -> set[str]:
    """'Kan vi sende søknaden uten å si om det gjelder tiltak A eller B?': the terms of what would be left out (after
    "uten å", "without …ing") that the rest of the question does not share; none when nothing is left out."""
    spans = vocabulary().qualifier("omitting").spans(tokens)
    if not spans:
        return set()
    start, end = tokens[spans[0][0]].start, tokens[spans[0][1]].end
    # Up to the clause's end: "…, så velger Helsedirektoratet" says what would follow, not what is left out.
    clause = re.split(r"[,;:?]|\s(?:så|so|and then|og så)\s", question[end:], maxsplit=1)[0]
    left_out = set(extractive.focus_terms(clause, "", translate=english))
    return left_out - set(extractive.focus_terms(question[:start], "", translate=english))


def _list_readings(
    extractive: ExtractiveAnswerer, asked: _Question, units: Sequence[str], introduced: Sequence[bool]
) -> list[tuple[Reading, int]]:
    """An item read with the line introducing it («Ved tildeling av tilskudd vil følgende bli prioritert:» «Små
    kommuner og …»), which alone states nothing, with the index of the introducing line (both lead the answer)."""
    return [
        (reading, index)
        for index, (intro, item) in enumerate(itertools.pairwise(units))
        if index < len(introduced) and introduced[index]
        # "Must the application include a risk assessment?": «Søknaden skal inneholde:» covers the asking, the
        # item must name something of what is asked to be in it.
        if not asked.contents or _item_adds(extractive, asked, intro, item)
        if (reading := _read(extractive, asked, f"{intro.strip()} {item.strip()}", cited=False)) is not None
    ]


def _item_adds(extractive: ExtractiveAnswerer, asked: _Question, intro: str, item: str) -> bool:
    """The list item covers some of the question its introducing line does not."""
    if not asked.focus.groups:
        return False
    return extractive.coverage(asked.focus, f"{intro} {item}") > extractive.coverage(asked.focus, intro)


def _cleft_terms(extractive: ExtractiveAnswerer, question: str, tokens: list[Token], english: bool) -> list[str]:
    """'Er det statsforvalteren som fatter vedtak?': the terms of what the cleft puts first (statsforvalteren),
    which a sentence must contain; «vedtak fattes av: Helsedirektoratet» answers another question."""
    spans = vocabulary().qualifier("cleft").spans(tokens)
    if not spans:
        return []
    first, last = spans[0]
    inner = question[tokens[min(first + 2, last)].start : tokens[last].start]
    return extractive.focus_terms(inner, "", translate=english)


def _read(extractive: ExtractiveAnswerer, asked: _Question, sentence: str, cited: bool) -> Reading | None:
    text = sentence.strip()
    if text.endswith("?") and not asked.of_a_document:
        # «• Hvor mange eksisterende IPS-tilbud er det gitt veiledning til?» asks; it states nothing – except of a
        # report or an application, which must answer it ("do we need to report how many …?": yes, this line).
        return None
    tokens = tokenize(text)
    # "Kan både NAV-kontoret og DPS-et sende hver sin søknad?": "kun en part … kan søke" answers it, in other words.
    only_one_applies = asked.each_their_own and _stated("only_one", tokens) and _found("applying", tokens)
    settling = any(_stated(statement, tokens) for statement in asked.settled_by)
    if text.startswith((_CHECKED, _UNCHECKED)):
        statement = text[1:]
    elif asked.contents and text.startswith(_BULLETS) and not _stated("statement_verb", tokens):
        # "Må søknaden ha med organisasjonsnummer og kontonummer?" – «• informasjon om søker, adresse,
        # organisasjonsnummer, kontonummer, kontaktperson»: an item of what it must contain states that it must,
        # when it names most of what is asked.
        item = text.lstrip("".join(_BULLETS)).strip()
        coverage = extractive.coverage(asked.focus, item) if asked.focus.groups else 0.0
        return Reading("yes", coverage, text) if coverage >= ITEM_COVERAGE else None
    else:
        statement = text
        # A statement that settles the question needs no verb of its own: «• Pasienter med moderate til alvorlige
        # psykiske lidelser …» answers "mild depression?" as an item of the target group.
        verbless = not _stated("statement_verb", tokens) and not settling
        if len(tokens) < MIN_STATEMENT_WORDS or text.endswith(":") or verbless:
            return None
    coverage = extractive.coverage(asked.focus, statement) if asked.focus.groups else 0.0
    asking = asked.asking_focus
    on_asked = extractive.coverage(asking, statement) if asking is not None and asking.groups else 0.0
    # A sentence on what the asking sentence asks covers the question, whatever the scene told before it.
    coverage = max(coverage, on_asked)
    if cited:
        # Words no document or glossary knows ("does that count in our favour") are asked too, and a quote chosen
        # for another purpose has none of them.
        coverage *= asked.known_share
    # "… uten å si om det gjelder tiltak A eller B?" – «Søknaden må … beskrive hvilke av de to tiltakene …»: a
    # sentence requiring what would be left out settles it, whatever else of the question it shares.
    omits = (
        bool(asked.omitted_terms)
        and _stated("obligation", tokens)
        and extractive.coverage(sorted(asked.omitted_terms), statement) >= OMITTED_COVERAGE
    )
    settles = only_one_applies or settling or omits
    if coverage < (CITED_COVERAGE if cited else VERDICT_COVERAGE) and not settles:
        return None
    if asked.cleft_terms and extractive.coverage(asked.cleft_terms, statement) < CLEFT_COVERAGE:
        return None
    polarity = _polarity(extractive, asked, text, tokens)
    # «… eventuelt ettersendes» answers "in place when we submitted?" whatever sentence shares more words.
    settles = settles or (asked.at_submission and _stated("sent_later", tokens))
    required = _stated("obligation", tokens) or _REQUIRED.search(text) is not None or text.startswith(_CHECKED)
    if asked.contents and asked.of_a_document and polarity == "yes" and not settles and not required:
        # "Must the application include a risk assessment?": «Vurderingen av tildeling er skjønnsmessig …» shares
        # words, but only a sentence that requires something says yes to what must be included.
        return None
    names_required = all(_names_any(extractive, part, statement) for part in asked.required)
    if polarity == "yes" and not names_required and not settles:
        # "Do we need a municipal council resolution before we apply?": «Søknaden skal sendes innen fristen …»
        # speaks of applying, not of the resolution; only a sentence naming what is asked to be required says yes.
        return None
    return Reading(polarity, coverage, text, settles=settles, asking_coverage=on_asked)


def _names_any(extractive: ExtractiveAnswerer, terms: set[str], text: str) -> bool:
    """`text` uses one of `terms`, alone or as a part of a compound ("plan" in «gjennomføringsplan»)."""
    stems = extractive.terms_of(text)
    return any(stem.startswith(term) or stem.endswith(term) for stem in stems for term in terms)


def _polarity(extractive: ExtractiveAnswerer, asked: _Question, text: str, tokens: list[Token]) -> PassageVerdict:
    if text.startswith(_UNCHECKED):
        return "no"
    if text.startswith(_CHECKED):
        return "yes"
    if any(_stated(statement, tokens) for statement in asked.settled_by):
        return "no"
    if asked.at_submission and _stated("sent_later", tokens):
        # "… did we need the agreement in place when we submitted?" – «… skal vedlegges søknaden, eventuelt
        # ettersendes»: not necessarily then.
        return "conditional"
    if _stated("denial", _main_clause(tokens)) or _denies_what_is_asked(extractive, text, tokens, asked.asked_terms):
        return "no"
    if asked.each_their_own and _stated("only_one", tokens):
        return "no"  # "… men kun en part … kan søke": not each of them
    if asked.enough and _stated("besides", tokens):
        return "no"  # "… må det i tillegg til antall stillinger spesifiseres …": that alone is not enough
    if asked.more_than_only and _stated("only", tokens):
        return "no"  # «Tilskuddet gjelder midler kun til årsverk»: that one thing only
    if asked.more_than_only and _stated("other_than", tokens):
        # "Does Tiltak B also cover FACT ung teams, or just ACT and FACT teams?" – «… FACT ung- team, eller andre
        # deler av helse- og omsorgstjenesten»: more than the one thing, which is what is asked.
        return "yes"
    if asked.only and _stated("other_than", tokens):
        return "no"  # "Ordningen åpner for dekking av andre utgifter enn årsverk": not only that
    if (asked.only or asked.shut_out) and _stated("prioritised", tokens):
        # "only for participants under 35?", "are people over 35 excluded?" – «… prioriteres tilbud til deltakere
        # under 35 år»: others are not kept out.
        return "no"
    said = _sentence_terms(extractive, text) if asked.instead_terms or asked.omitted_terms else set()
    if _stated("obligation", tokens) and asked.omitted_terms & said:
        # "Kan vi sende søknaden uten å si om det gjelder tiltak A eller B?" – «Søknaden må … beskrive hvilke av de
        # to tiltakene (A eller B) …»: what must be done cannot be left out.
        return "no"
    if _stated("obligation", tokens) and asked.instead_terms & said and not asked.other_way_terms & said:
        # "a letter instead of using a form?" – «Søkere skal benytte søknadsskjema …», which says nothing of a
        # letter; «… kun en part (helsetjenesten eller NAV-kommune) kan søke» speaks of the other way too.
        return "no"
    if asked.certain and _stated("permissive", tokens):
        return "conditional"  # "Blir den automatisk avvist?" – «… kan avvises»: it may be, not always
    if asked.states_condition or _condition_met(extractive, text, tokens, asked.terms):
        return "yes"
    return "conditional"
