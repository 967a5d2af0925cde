"""Extractive answering: pick the sentences and list items of retrieved passages that answer a question."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import takewhile

from assistant.retrieval.tokenize import NorwegianAnalyzer, default_analyzer
from assistant.text import NAME, sentence_spans
from assistant.tokens import fold, max_typos, within_distance
from assistant.types import Chunk, Passage
from assistant.understand.numbers import CARDINALS

# A sentence ends at . ! ? followed by a space and a capital/digit/quote — but not after common abbreviations.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"“(0-9])")
_LIST_ITEM = re.compile(r"^\s*(?:[•−\-✓☒☐*]|\d{1,2}[.)]|[a-h]\))\s*")
_LONG_LINE = 280
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")
# A count is a small number ("9", "1,5"), not a sum ("300 000") or a percentage.
_COUNT_OR_WORD = re.compile(
    r"(?P<count>(?<![\d.,])(?<!\d )\d{1,3}(?:,\d)?(?![\d%]| \d| ?%))|(?P<sum>[\d.,%]+)|[^\W\d_]+"
)
# A count stands at most this many words before what it counts ("9 FACT voksen team").
_COUNT_REACH = 3
# A share of a group: a percentage of ("60 prosent av deltakerne"); one before a noun is a size ("100 % stilling").
_SHARE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent|percent)\s+(?:av|blant|of|among)\b", re.IGNORECASE)
# Counts the documents write in words ("fem ulike tilskuddsordninger"); "en"/"ett" are articles as often as counts.
_COUNT_WORDS = frozenset(word for word, value in CARDINALS["nb"].items() if value >= 2)
_MIN_PART = 4
# A line that introduces a list: ends with ':', perhaps followed by a remark ("Prioritet: (kan endres)").
_INTRO = re.compile(r"[:;]\s*(?:\([^)]*\))?$")


@dataclass(frozen=True)
class Unit:
    """A sentence or list item inside a chunk, by offsets into chunk.text."""

    chunk: Chunk
    start: int
    end: int
    rank: int
    is_item: bool
    intro: bool  # ends with ':' and so introduces the items that follow

    @property
    def text(self) -> str:
        return self.chunk.text[self.start : self.end]


@dataclass(frozen=True)
class AskedTerms:
    """What a question asks, as corpus terms grouped by the word they stand for: an English word the glossary
    translates several ways ("new": ny, nye, nytt) is one word asked, found when a sentence has any of them."""

    groups: tuple[tuple[str, ...], ...]

    @property
    def terms(self) -> list[str]:
        return list(dict.fromkeys(term for group in self.groups for term in group))


@dataclass(frozen=True)
class Selection:
    """Units chosen to answer a question, best evidence first, with how well they cover it."""

    units: list[Unit]
    coverage: float


def without_list_mark(text: str) -> str:
    """A sentence or list item as quoted after a question is answered by it: blanks and its list mark ("• ") off."""
    return text.strip().lstrip("•-–✓ ")


def split_units(chunk: Chunk, rank: int) -> list[Unit]:
    """The sentences and list items of a chunk (lines, long lines split into sentences)."""
    units: list[Unit] = []
    offset = 0
    for line in chunk.text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        units += _units_in(chunk, line_start, line, _sentence_spans(line), rank, bool(_LIST_ITEM.match(line)))
    return units


def sentences_of(unit: Unit) -> list[Unit]:
    """The sentences of a unit: a line short enough to be one unit may hold several («… eller flerårig prosjekt.
    Det er satt av 87 millioner i 2015 …»)."""
    return _units_in(
        unit.chunk, unit.start, unit.text, sentence_spans(unit.text, _SENTENCE_END), unit.rank, unit.is_item
    )


def sentences_in(chunk: Chunk) -> list[Unit]:
    """Every sentence and list item of a chunk, long lines split into their sentences."""
    return [sentence for unit in split_units(chunk, 0) for sentence in sentences_of(unit)]


def _units_in(
    chunk: Chunk, offset: int, text: str, spans: Sequence[tuple[int, int]], rank: int, is_item: bool
) -> list[Unit]:
    """A unit for each span of `text` (which starts at `offset` in the chunk), its blanks trimmed; empty ones none."""
    units: list[Unit] = []
    for start, end in spans:
        said = text[start:end].strip()
        if not said:
            continue
        s = offset + start + len(text[start:end]) - len(text[start:end].lstrip())
        units.append(
            Unit(chunk=chunk, start=s, end=s + len(said), rank=rank, is_item=is_item, intro=bool(_INTRO.search(said)))
        )
    return units


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    if len(line) <= _LONG_LINE:
        return [(0, len(line))]
    return sentence_spans(line, _SENTENCE_END)


# A word used in at most this many passages, and this long, is distinctive of what they speak of.
DISTINCTIVE_CHUNKS = 3
DISTINCTIVE_LENGTH = 6
DISTINCTIVE_NAME_LENGTH = 5
# Words nearly every grant question uses: they say nothing about what in particular is asked.
GENERIC_WORDS = (
    "tilskudd",
    "tilskuddsmidler",
    "midler",
    "beløp",
    "totalt",
    "penger",
    "ordningen",
    "tilskuddsordningen",
)
# Question words and modal verbs, Norwegian and English ("Trenger vi fortsatt …?" asks what "Må vi …?" does);
# "Hva skjer med det?" asks a consequence ("skjer" is no typo of "skjema").
QUESTION_WORDS = (
    "hvem", "hva", "når", "hvor", "hvordan", "hvilke", "hvilken", "hvilket", "hvorfor", "kan", "skal", "må",
    "trenger", "skjer",
    "who", "what", "when", "where", "how", "which", "why", "can", "must", "should", "shall", "need", "happens",
    "happen",
)  # fmt: skip


# How much a word of the scheme's own names counts when choosing the sentence that answers.
TOPIC_WEIGHT = 0.25
# How much a sentence from another scheme's documents counts when the question is about a known scheme.
AWAY_WEIGHT = 0.6
# A count of years opening a compound ("fireårsperioden").
_YEARS_COUNTED = re.compile(r"(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)års?")
# The shortest part of a compound checked word by word.
_COMPOUND_PART = 4
# The shortest word that stands for the corpus compounds it starts ("bankkonto" for "bankkontonummer", "tilbake"
# in "tilbakebetalt"): shorter ones start too many words to say anything.
COMPOUND_HEAD = 6


_ACRONYM_PLURAL = re.compile(r"\b([A-ZÆØÅ]{2,})s\b")
# A single word in quotes: "the 'los' scheme", «los»; not an apostrophe inside a word ("children's").
# "los-ordning": a short word joined by a hyphen to the next, which may be the head of a corpus compound.
_HYPHEN_HEAD = re.compile(r"(?<![\w-])([^\W\d_]{3,5})-(?=[^\W\d_])")
_QUOTED_WORD = re.compile(r"(?<!\w)['\"«‘“]([^\W\d_][\w-]{1,29})['\"»’”](?!\w)")
# The most corpus terms a quoted word may start and still name them.
_QUOTED_TERMS = 3


class ExtractiveAnswerer:
    """Scores units by IDF-weighted overlap with the question's stems; weights by passage rank."""

    def __init__(self, chunks: Sequence[Chunk], analyzer: NorwegianAnalyzer | None = None) -> None:
        self._analyzer = analyzer or default_analyzer()
        df: Counter[str] = Counter()
        for chunk in chunks:
            df.update(set(self._analyzer.tokens(chunk.text)))
        n = max(len(chunks), 1)
        self._chunk_count = n
        self._idf = {term: math.log(1 + n / count) for term, count in df.items()}
        self._max_idf = max(self._idf.values(), default=0.0)
        # Fuzzy look-ups compare only terms of the same first letter and similar length; results are memoised.
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for term in self._idf:
            self._buckets.setdefault((term[:1], len(term)), []).append(term)
        self._nearest_memo: dict[str, str | None] = {}
        # "maloppnaelse" typed without æøå is "måloppnåelse".
        self._folded = {fold(term): term for term in sorted(self._idf)}
        self._ending_set: frozenset[str] | None = None
        self._sorted_terms: list[str] | None = None
        self._question_terms = {t for word in QUESTION_WORDS for t in self._analyzer.tokens(word)}

    def uncovered_words(self, question: str) -> tuple[list[str], int]:
        """Content words of the question that neither the corpus nor the glossary knows, and the content count.

        A word counts as known when one of its stems occurs in the corpus (allowing a typo or two in long words),
        or when it, or it with a neighbour, is a glossary phrase (English domain words map to Norwegian terms), or
        it is a typo of a glossary word.
        """
        # "two DPSs", "the HFs": the English plural of an acronym the corpus knows is that acronym.
        words = _WORD.findall(_ACRONYM_PLURAL.sub(self._known_acronym, question).lower())
        uncovered: list[str] = []
        content = 0
        for i, word in enumerate(words):
            stems = self._analyzer.tokens(word)
            if not stems:
                continue  # a stop word
            content += 1
            if any(self._known_stem(stem) for stem in stems):
                continue
            # The word alone, or inside a two- or three-word phrase ("right of appeal").
            phrases = [
                " ".join(words[start : start + size])
                for size in (1, 2, 3)
                for start in range(max(0, i - size + 1), min(i, len(words) - size) + 1)
            ]
            analyzer = self._analyzer
            if any(analyzer.is_glossary_phrase(p) for p in phrases) or analyzer.misspells_glossary_word(word):
                continue
            uncovered.append(word)
        return uncovered, content

    def _known_acronym(self, plural: re.Match[str]) -> str:
        acronym = plural.group(1)
        return acronym if any(self._known_stem(stem) for stem in self._analyzer.tokens(acronym)) else plural.group()

    def known_compound(self, word: str) -> bool:
        """True if the word is two words the corpus knows joined, with or without a linking s or e
        ("forprosjektmidler", "aldersgruppe"); "koronatilskudd" is not. A count of years before it ("fireårsperioden",
        "toårsperioden") is a count, not a name."""
        counted = _YEARS_COUNTED.match(word)
        if counted and self._knows(word[counted.end() :]):
            return True
        return self._parts(word, ending=True) is not None

    def compound_head(self, word: str) -> str | None:
        """The first of the two corpus words `word` joins ("risiko" of "risikovurdering"), as known_compound finds
        them; None when it joins none."""
        parts = self._parts(word, ending=True)
        return parts[0] if parts is not None else None

    def _parts(self, word: str, ending: bool) -> tuple[str, str] | None:
        """The two corpus words `word` joins, with or without a linking s or e (the first may be a verb's noun in
        -ing); with `ending`, the second may be the end of a corpus compound."""
        for cut in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1):
            head, tail = word[:cut], word[cut:]
            heads = [head, head[:-1]] if head[-1] in "se" else [head]
            # A verb's noun in -ing is the verb the corpus uses ("prioriterings-" of "prioriteres").
            heads += [h[:-3] for h in heads if h.endswith("ing")]
            known = next((h for h in heads if len(h) >= _COMPOUND_PART and self._knows(h)), None)
            if known is not None and self._knows(tail, ending=ending):
                return known, tail
        return None

    def _knows(self, word: str, ending: bool = False) -> bool:
        """Spelled as the corpus does: a part of a compound forgives no typo (else "natilskudd" is "tilskudd");
        with `ending`, the end of a corpus compound will do ("gruppe" of "målgruppe")."""
        stems = self._analyzer.tokens(word)
        if ending:
            return any(stem in self._endings() for stem in stems)
        return any(stem in self._idf for stem in stems)

    def _endings(self) -> frozenset[str]:
        if self._ending_set is None:
            self._ending_set = frozenset(
                term[cut:] for term in self._idf for cut in range(len(term) - _COMPOUND_PART + 1)
            )
        return self._ending_set

    def distinctive_terms(self, question: str) -> list[str]:
        """Words of the question that few passages use, as the corpus spells them ("jobbsjansen", "losfunksjon"):
        a question naming one is about something the documents speak of, in whatever other words it is asked. A
        name (capitalised mid-sentence: "the Tøyen area initiative") may be shorter."""
        # Typed without æøå ("gjennomforingsplan"), a word is the corpus term it folds to.
        terms = (self._as_spelt(t) or t for t in self._analyzer.tokens(question))
        return self.distinctive(terms, self._name_stems(question))

    def distinctive_names(self, question: str) -> list[str]:
        """The distinctive terms the question writes as names ("Jobbsjansen" mid-sentence)."""
        names = self._name_stems(question)
        return [term for term in self.distinctive_terms(question) if term in names]

    def _name_stems(self, question: str) -> set[str]:
        return {stem for name in NAME.findall(question) for stem in self._analyzer.tokens(name)}

    def quoted_names(self, question: str) -> list[str]:
        """The corpus terms a word the question puts in quotes names, however short: "the Bufdir 'los' scheme" is
        the one of «losfunksjoner» (a word that starts too many terms names none of them)."""
        found: list[str] = []
        for word in _QUOTED_WORD.findall(question):
            starting = self._terms_starting(fold(word.lower()))
            if 0 < len(starting) <= _QUOTED_TERMS:
                found += starting
        return found

    def distinctive(self, terms: Iterable[str], names: frozenset[str] | set[str] = frozenset()) -> list[str]:
        """Of `terms` (corpus terms), those few passages use."""
        rare = math.log(1 + self._chunk_count / DISTINCTIVE_CHUNKS)
        return [
            term
            for term in dict.fromkeys(terms)
            if len(term) >= (DISTINCTIVE_NAME_LENGTH if term in names else DISTINCTIVE_LENGTH)
            and self._idf.get(term, 0.0) >= rare
        ]

    def rarest_term(self, text: str) -> str | None:
        """The corpus term of `text` that the fewest passages use (what a line names, more than its common words)."""
        terms = [t for t in map(self._nearest, self._analyzer.tokens(text)) if t]
        return max(terms, key=lambda t: self._idf[t], default=None)

    def _known_stem(self, stem: str) -> bool:
        return self._nearest(stem) is not None

    def _nearest(self, stem: str) -> str | None:
        """The corpus term `stem` is, or is a typo/inflection of (edit distance by length), or None."""
        spelt = self._as_spelt(stem)
        if spelt is not None:
            return spelt
        if stem not in self._nearest_memo:
            self._nearest_memo[stem] = self._closest(stem)
        return self._nearest_memo[stem]

    def _as_spelt(self, stem: str) -> str | None:
        """The corpus term `stem` is, typed with or without æøå; None when it is neither."""
        return stem if stem in self._idf else self._folded.get(fold(stem))

    def _closest(self, stem: str) -> str | None:
        limit = max_typos(len(stem))
        if limit == 0:
            return None
        for length in sorted(range(len(stem) - limit, len(stem) + limit + 1), key=lambda n: abs(n - len(stem))):
            for term in self._buckets.get((stem[:1], length), ()):
                if within_distance(stem, term, limit):
                    return term
        return self._compound_of(stem)

    def _compound_of(self, stem: str) -> str | None:
        """The most common corpus compound `stem` starts ("bankkonto" → "bankkontonummer"), if it is long enough to
        be a word of its own."""
        if len(stem) < COMPOUND_HEAD + 2:
            return None
        found = self._terms_starting(stem)
        return min(found, key=lambda term: (self._idf[term], term)) if found else None

    def _terms_starting(self, stem: str) -> list[str]:
        """The corpus terms that start with `stem`, in order."""
        if self._sorted_terms is None:
            self._sorted_terms = sorted(self._idf)
        start = bisect_left(self._sorted_terms, stem)
        return list(takewhile(lambda term: term.startswith(stem), self._sorted_terms[start:]))

    def counts(self, text: str, phrase: Sequence[str], modifiers: bool = True) -> bool:
        """`text` gives a count of `phrase` (what a count question counts): a number, not a percentage or a sum,
        stands right before its last word or a compound ending in it ("9 FACT voksen team", "1,5
        familiekoordinatorstillinger"); with `modifiers`, the other words of the phrase are in `text` too ("9 FACT
        voksen team" does not count FACT ung-team); without, only those spelled exactly as the documents do ("How
        many FACT ung teams": FACT, ung). Words the documents and the glossary do not know are no test."""
        if not phrase:
            return bool(_DIGIT.search(text))
        head = self._known_terms(phrase[-1])
        rest = [
            self._known_terms(word) if modifiers else {t for t in self._analyzer.tokens(word) if t in self._idf}
            for word in phrase[:-1]
        ]
        words = [
            (
                m.group("count") is not None or m.group().lower() in _COUNT_WORDS,
                [t for t in map(self._nearest, self._analyzer.tokens(m.group())) if t],
            )
            for m in _COUNT_OR_WORD.finditer(text)
        ]
        present = {t for _, terms in words for t in terms}
        if not all(any(_part_of(t, p) for t in terms for p in present) for terms in rest if terms):
            return False
        if not head:  # a word the documents do not know ("credits"): any count will do
            return any(is_count for is_count, _ in words)
        return any(
            # The word or a compound ending in it, perhaps in the genitive ("to års erfaring").
            is_count and any(p.endswith((t, f"{t}s")) for t in head for p in words[j][1][:1])
            for i, (is_count, _) in enumerate(words)
            for j in range(i + 1, min(i + 1 + _COUNT_REACH, len(words)))
        )

    def gives_share(self, text: str, phrase: Sequence[str]) -> bool:
        """`text` gives a share of `phrase` as a percentage of it ("60 prosent av deltakerne")."""
        head = self._known_terms(phrase[-1]) if phrase else set()
        for m in _SHARE.finditer(text):
            following = self._analyzer.tokens(" ".join(text[m.end() :].split()[: _COUNT_REACH + 1]))
            # The term inside the word: inflected ("deltakerne") or the end of a compound ("jobbdeltakere").
            if not head or any(t in p for t in head for p in map(self._nearest, following) if p):
                return True
        return False

    def _known_terms(self, word: str) -> set[str]:
        """The corpus terms a question word stands for: its stem, an inflection or typo of it, its translation."""
        return {t for t in map(self._nearest, self._analyzer.query_tokens(word)) if t}

    def focus(self, question: str, topic: str, translate: bool, expanded: str = "") -> AskedTerms:
        """The question's terms that say what is asked: not its question words or numbers, not words every grant
        question uses, and not the words of `topic` (the scheme's names, the words that name the question's type).
        With `translate` (English), glossary translations stand in for the words; Norwegian words stand as they are
        (a translation adds words nobody asked about)."""
        # The words of `expanded` are left out as the glossary expands them too ("transition scheme" is
        # "overgang…"): what a question calls the scheme or the user in English is no word of what it asks.
        named = f"{topic} {expanded} {' '.join(GENERIC_WORDS)}"
        excluded = {self._nearest(t) for t in [*self._analyzer.tokens(named), *self.query_terms(expanded)]}
        # A compound's part that is a word of the topic in another form ("voksenordningen": voks, of "voksne") is
        # the topic too.
        raw = (
            self._analyzer.query_groups(question)
            if translate
            else [
                ([part], [])
                for t in self._analyzer.tokens(question)
                for part in self._split(t)
                if part == t or not any(e and (e.startswith(part) or part.startswith(e)) for e in excluded)
            ]
        )
        heads = {t for m in _HYPHEN_HEAD.finditer(question) for t in self._analyzer.tokens(m.group(1))}

        def nearest(term: str) -> str | None:
            # "Bufdirs los-ordning": «losfunksjoner» is the one corpus word "los" starts.
            found = self._nearest(term)
            starting = self._terms_starting(term) if found is None and term in heads else []
            return starting[0] if len(starting) == 1 else found

        groups: list[tuple[str, ...]] = []
        for own, translations in raw:
            # A translated word: its translations say what it means, its own spelling counts only if the corpus has
            # it as it is ("grant" is no typo of "gran"); translated only as words the question does not ask about
            # (the topic, "tilskudd"), it is none either.
            if translations and excluded.issuperset(map(self._nearest, translations)):
                continue
            group = [*translations, *(t for t in own if t in self._idf)] if translations else own
            kept = tuple(
                dict.fromkeys(
                    t
                    # A question word is left out before a near corpus term could stand in for it ("skjer": skjema).
                    for t in map(nearest, (g for g in group if g not in self._question_terms))
                    if t and len(t) > 1 and not t.isdigit() and t not in self._question_terms and t not in excluded
                )
            )
            # Two words asked may share a translation ("submit" and "application": søknad); a word said twice is
            # asked once.
            if kept and kept not in groups:
                groups.append(kept)
        return AskedTerms(tuple(groups))

    def rarest_word(self, phrase: str, translate: bool, topic: str = "") -> AskedTerms | None:
        """The word of `phrase` the fewest passages use, as its group of corpus terms (glossary translations of an
        English word), not a word of `topic` (the scheme's names): what a passage must speak of to be about the
        thing the phrase names."""
        groups = self.focus(phrase, topic, translate).groups
        if not groups:
            return None
        return AskedTerms((max(groups, key=lambda group: max(self._idf[t] for t in group)),))

    def focus_terms(self, question: str, topic: str, translate: bool, expanded: str = "") -> list[str]:
        """The terms of `focus`, ungrouped."""
        return self.focus(question, topic, translate, expanded).terms

    def coverage(self, terms: Sequence[str] | AskedTerms, text: str) -> float:
        """The IDF-weighted share of `terms` (corpus terms) that `text` contains. A group of `AskedTerms` weighs as its
        rarest term and is credited with the rarest of its terms the text has."""
        groups = terms.groups if isinstance(terms, AskedTerms) else [(t,) for t in terms]
        total = sum(max(self._idf[t] for t in group) for group in groups)
        if not total:
            return 1.0
        present = {near for t in self._analyzer.tokens(text) if (near := self._nearest(t)) is not None}
        found = (max((self._idf[t] for t in group if _in_compounds(t, present)), default=0.0) for group in groups)
        return sum(found) / total

    def unique_terms(self, question: str) -> set[str]:
        """The long words of the question, as written (no glossary expansion: "support" of "Individual Placement and
        Support" is no word asked), that only one chunk uses."""
        written = (self._nearest(t) for t in self._analyzer.tokens(question) if len(t) >= _UNIQUE_MIN)
        return {t for t in written if t and not t.isdigit() and self._idf.get(t, 0.0) >= self._max_idf}

    def has_any(self, terms: set[str], text: str) -> bool:
        """`text` uses one of the corpus terms `terms`."""
        return bool(terms & self.terms_of(text))

    def terms_of(self, text: str) -> set[str]:
        """The stems of `text`'s words."""
        return set(self._analyzer.tokens(text))

    def query_terms(self, question: str) -> list[str]:
        """Stemmed, expanded content terms of a question; a compound no document uses stands as the two corpus
        words it joins ("risikovurdering": risiko, vurdering)."""
        return list(dict.fromkeys(t for term in self._analyzer.query_tokens(question) for t in self._split(term)))

    def _split(self, term: str) -> list[str]:
        """`term`, or the terms of the two corpus words it joins when no document uses it."""
        parts = self._parts(term, ending=False) if self._nearest(term) is None else None
        return [t for part in parts for t in self._analyzer.tokens(part)] if parts else [term]

    def select(
        self,
        question: str,
        passages: Sequence[Passage],
        max_units: int = 4,
        whole_lists: bool = False,
        topic: str = "",
        home: frozenset[str] = frozenset(),
        stating: Callable[[Unit], bool] | None = None,
    ) -> Selection:
        """The units that best answer `question`, ordered by passage rank and position; with `whole_lists` (the
        question asks which ones), a chosen list item brings the other items of its list. The words of `topic`
        (the scheme's names) count for little: every passage of the scheme has them, they say nothing of what is
        asked ("Who signs an IPS/JMO application?" is about signing). So that another scheme's sentence does not win
        instead, units from outside the `home` documents (the scheme's own) count for less. With `stating`, only
        the units it accepts are candidates (those that state the figure asked for)."""
        # Numbers name schemes and years ("0765.73", "år 3") rather than what to read; inflections and typos
        # ("kontrollere" for "kontroll") map to the nearest corpus term.
        # The words that make it a question ("hvem", "når", "kan") say what kind of answer, not where it is.
        terms = list(
            dict.fromkeys(
                t
                for t in map(self._nearest, (q for q in self.query_terms(question) if q not in self._question_terms))
                if t and not t.isdigit() and t not in self._question_terms
            )
        )
        if not terms or not passages:
            return Selection(units=[], coverage=0.0)
        named = {self._nearest(t) for t in self._analyzer.tokens(topic)}
        weight = {t: self._idf[t] * (TOPIC_WEIGHT if t in named else 1.0) for t in terms}
        total, plain_total = sum(weight.values()), sum(self._idf[t] for t in terms)
        scored: list[tuple[float, float, float, Unit]] = []
        for passage in passages:
            section_terms = set(self._analyzer.tokens(passage.chunk.section))
            for unit in split_units(passage.chunk, passage.rank):
                if stating is not None and not stating(unit):
                    continue
                unit_terms = set(self._analyzer.tokens(unit.text)) | section_terms
                overlap = sum(weight[t] for t in terms if t in unit_terms) / total
                prior = 1.0 / (1.0 + 0.25 * (passage.rank - 1))
                if home and passage.chunk.document_id not in home:
                    prior *= AWAY_WEIGHT
                # Whether there is evidence at all, and which sentences are close enough to quote too, count the
                # names in full: a sentence naming the scheme is about it.
                evidence = sum(self._idf[t] for t in terms if t in unit_terms) / plain_total
                scored.append((overlap * prior, evidence * prior, evidence, unit))
        if not scored:
            return Selection(units=[], coverage=0.0)
        scored.sort(key=lambda s: -s[0])
        best_score = scored[0][0]
        best_plain = max(plain for _, plain, _, _ in scored)
        best_evidence = 0.0
        chosen: list[Unit] = []
        seen: set[str] = set()
        for score, plain, evidence, unit in scored:
            if len(chosen) >= max_units:
                break
            if score < 0.6 * best_score and plain < 0.6 * best_plain:
                continue
            said = " ".join(unit.text.split()).lower()
            if (len(unit.text) < 12 and not unit.intro) or said in seen:
                continue  # a sentence two overlapping chunks share is quoted once
            seen.add(said)
            chosen.append(unit)
            best_evidence = max(best_evidence, evidence)
        # A word of the question only one chunk uses ("bekreftelsesbrev") is what it is about: the best sentence
        # with it is quoted, though sentences sharing more common words ("sendes", "søknader") scored higher.
        unique = self.unique_terms(question) & set(terms)
        if unique and not any(self.has_any(unique, unit.text) for unit in chosen):
            with_it = [unit for _, _, _, unit in scored if self.has_any(unique, unit.text)]
            if with_it:
                chosen.append(with_it[0])
        chosen = _with_list_items(chosen, passages, max_units + 3, whole_lists)
        chosen.sort(key=lambda u: (u.rank, u.start))
        return Selection(units=chosen, coverage=best_evidence)


# A sentence saying where to send something, and the address lines that may follow it.
_SENT_TO = re.compile(r"\b(?:sendes|sende[rs]?|send|sent)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"\S+@\S+\.\w+|\bpostboks\b|\bP\.?\s?O\.?\s?box\b", re.IGNORECASE)
_ADDRESS_REACH = 3
# A word this long that only one chunk uses is what a question is about ("bekreftelsesbrev"); shorter ones are
# as often English words that happen to occur once ("support").
_UNIQUE_MIN = 8
# How many lines without a list mark after a line announcing a list ("… vil følgende bli prioritert:") are read as
# its items; a line that only ends with ':' («… samt knyttes opp til:») may be followed by paragraphs.
_UNMARKED_ITEMS = 3
_ANNOUNCES_LIST = re.compile(r"\b(?:følgende|følger|disse|these|the following)\b", re.IGNORECASE)


def _with_list_items(chosen: list[Unit], passages: Sequence[Passage], limit: int, whole_lists: bool) -> list[Unit]:
    """A chosen line that introduces a list (ends with ':') brings the list items after it; a chosen list item
    brings the items of its list (one item of "which positions …" is not the answer)."""
    result = list(chosen)
    by_chunk = {p.chunk.id: p for p in passages}

    def add(item: Unit) -> None:
        if len(result) < limit and all(item.start != r.start or item.chunk.id != r.chunk.id for r in result):
            result.append(item)

    for unit in chosen:
        sends = bool(_SENT_TO.search(unit.text))
        lists = unit.intro or (whole_lists and unit.is_item)
        if not (lists or sends):
            continue
        passage = by_chunk[unit.chunk.id]
        units = split_units(passage.chunk, passage.rank)
        at = next(i for i, u in enumerate(units) if u.start == unit.start)
        if sends:
            # "Alle søknader skal sendes Statsforvalterens postmottak …" is followed by the address itself.
            for item in units[at + 1 : at + 1 + _ADDRESS_REACH]:
                if _ADDRESS.search(item.text):
                    add(item)
        if not lists:
            continue
        if whole_lists and unit.is_item:
            # The items before it, up to the line that introduces them.
            for item in reversed(units[:at]):
                if not item.is_item:
                    break
                add(item)
        if unit.intro or unit.is_item:
            unmarked = unit.intro and bool(_ANNOUNCES_LIST.search(unit.text))
            for index, item in enumerate(units[at + 1 :]):
                # "Definisjon av «minimumsoversikt»;" introduces a line that introduces the list in turn; «Ved
                # tildeling vil følgende bli prioritert:» introduces items written without a list mark, lines of
                # their own (up to the next line that introduces something).
                unmarked = unmarked and not item.is_item and not item.intro and index < _UNMARKED_ITEMS
                if not (item.is_item or unmarked or (unit.intro and index == 0 and item.intro)):
                    break
                add(item)
    return result


def _part_of(term: str, stem: str) -> bool:
    """`term` is `stem`, or a part of the compound `stem` ("famili" in "familiekoordinatorstilling")."""
    return term == stem or (len(term) >= _MIN_PART and term in stem)


def _in_compounds(term: str, present: set[str]) -> bool:
    """`term` is among the `present` terms, or starts one of them ("tilbak" in "tilbakebetal")."""
    if term in present:
        return True
    return len(term) >= COMPOUND_HEAD and any(other.startswith(term) for other in present)
