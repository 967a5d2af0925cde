"""RuleBook: the rule tables loaded from corpus/rules/*.yaml, with scheme and measure lookup by id or alias."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import RuleTableError, UnknownMeasure, UnknownScheme
from assistant.rules.matching import normalise, normalise_cased, phrase_score
from assistant.rules.model import Measure, Period, RuleFile, Scheme, iter_models

# libyaml's loader is ~10× faster than the pure-Python one; both are "safe" (no arbitrary objects).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SchemeMatch(BaseModel):
    """A scheme (and maybe a measure) named in a piece of text."""

    scheme_id: str = Field(description="Matched scheme id.")
    alias: str = Field(description="The alias (or id) that matched.")
    score: float = Field(description="0–1: how specific the match is (kapittel/post and full names score high).")
    measure: str | None = Field(default=None, description="Measure id, when a measure alias matched.")
    by_role: bool = Field(default=False, description="Named only by a staff role its measure funds.")
    names_role: bool = Field(default=False, description="A staff role its measures fund is named in the text.")


# Near matches: a scheme name of at least this many content words, this share of them present, weighed down.
_NEAR_MIN_WORDS = 4
_NEAR_SHARE = 0.8
_NEAR_WEIGHT = 0.8
# Score added per further, separate alias of the same scheme found in the text.
_EXTRA_PHRASE = 0.1
# A scheme named only by a staff role one of its measures funds is named at most this surely: "a new IPS project
# with four employment specialists" is about new IPS projects, though the role is a longer phrase.
_ROLE_ONLY_CAP = 0.65
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
_FILLER = frozenset({"og", "i", "til", "med", "for", "av", "på", "the", "and", "of", "with", "in", "to", "a"})
# Words that name no scheme by themselves ("ordningen fra 2019" is no name without its year).
_GENERIC_NAMES = _FILLER | {"fra", "from", "ordningen", "ordning", "scheme", "rules", "reglene", "regelverket"}


@dataclass(frozen=True)
class _Phrase:
    """An alias normalised once at load, with what it names and how specific it is."""

    text: str
    norm: str
    scheme_id: str
    measure_id: str | None
    score: float
    cased: bool = False
    # A name with its year taken out ("JMO" of "JMO 2015"): it names the scheme only where the text has the year
    # too, anywhere ("In 2015, for the JMO scheme, …").
    year: str | None = None
    role: bool = False

    def found_in(self, padded: str, padded_cased: str) -> bool:
        """Whole words only ("ips" must not match inside "tips"); texts are normalised and padded with spaces."""
        text = padded_cased if self.cased else padded
        return f" {self.norm} " in text and (self.year is None or f" {self.year} " in padded)


# Inflections of a long Norwegian noun: "arbeidsspesialisten", "jobbspesialistene" name what "arbeidsspesialist" does.
_INFLECTIONS = ("ene", "en", "et", "er")
_STEMMED_MIN = 9


# The shortest scheme name a compound may start with, and the shortest word after it.
_HEAD_MIN, _TAIL_MIN = 6, 4


def _with_stems(norm: str) -> str:
    """The normalised text, then each long inflected word's stem on its own ("|" keeps a stem out of phrases)."""
    stems = [stem for word in dict.fromkeys(norm.split()) if (stem := _stem(word))]
    return " | ".join([norm, *stems])


def _stem(word: str) -> str | None:
    if len(word) < _STEMMED_MIN:
        return None
    return next((word[: -len(ending)] for ending in _INFLECTIONS if word.endswith(ending)), None)


def _separate_phrases(best: str, found: set[str]) -> int:
    """How many of `found` neither contain nor lie inside `best` (nor each other's repeats)."""
    return sum(1 for norm in found if norm not in best and best not in norm)


def _scheme_phrases(scheme: Scheme) -> list[str]:
    phrases = [scheme.id, scheme.name, *scheme.aliases, *scheme.aliases_en, *scheme.kapittel_post]
    if scheme.name_en:
        phrases.append(scheme.name_en)
    if scheme.tilskuddskode:
        phrases.append(scheme.tilskuddskode)
    return phrases


def _measure_phrases(measure: Measure) -> list[str]:
    phrases = [measure.name, *measure.aliases, *measure.aliases_en]
    return [*phrases, measure.name_en] if measure.name_en else phrases


def _phrases(
    texts: list[str], cased: list[str], scheme_id: str, measure_id: str | None, weight: float, role: bool = False
) -> list[_Phrase]:
    """The texts normalised once (lower-cased) and the cased acronyms as written, without duplicates."""
    out: dict[tuple[str, bool], _Phrase] = {}
    for text in texts:
        norm = normalise(text)
        out.setdefault(
            (norm, False), _Phrase(text, norm, scheme_id, measure_id, weight * phrase_score(norm), role=role)
        )
    for text in texts:
        norm = normalise(text)
        *undated, year = norm.split() or [""]
        if not _YEAR_WORD.fullmatch(year):
            continue  # only a name followed by its year; in "2019-ordningen" the year is the name
        while undated and undated[-1] in _FILLER:
            undated.pop()  # "municipal substance abuse work in 2015"
        key = (" ".join(undated), False)
        if set(undated) - _GENERIC_NAMES and key not in out:
            out[key] = _Phrase(text, key[0], scheme_id, measure_id, weight * phrase_score(norm), year=year)
    for text in cased:
        norm = normalise_cased(text)
        out.setdefault((norm, True), _Phrase(text, norm, scheme_id, measure_id, weight * phrase_score(norm), True))
    return [phrase for (norm, _), phrase in out.items() if norm]


def _index(schemes: dict[str, Scheme]) -> list[_Phrase]:
    """Every scheme and measure phrase, normalised once (matching a question then only scans strings)."""
    index: list[_Phrase] = []
    for scheme in schemes.values():
        index += _phrases(_scheme_phrases(scheme), scheme.aliases_cased, scheme.id, None, 1.0)
        for measure in scheme.measures.values():
            # A measure alias names the scheme a little less surely than the scheme's own names.
            index += _phrases(_measure_phrases(measure), measure.aliases_cased, scheme.id, measure.id, 0.9)
            index += _phrases(measure.roles, [], scheme.id, measure.id, 0.9, role=True)
    return index


def _measure_index(scheme: Scheme) -> list[_Phrase]:
    """Every phrase naming a measure of the scheme, its bare id included."""
    return [
        phrase
        for measure in scheme.measures.values()
        for phrase in _phrases(
            [measure.id, *_measure_phrases(measure), *measure.roles], measure.aliases_cased, scheme.id, measure.id, 1
        )
    ]


class RuleBook:
    """All schemes of the rule tables, with their aliases normalised once for matching."""

    def __init__(self, schemes: dict[str, Scheme]) -> None:
        self.schemes = schemes
        self._phrases = _index(schemes)
        self._scheme_ids_by_phrase: dict[str, set[str]] = {}
        for phrase in self._phrases:
            if phrase.measure_id is None and phrase.year is None:
                self._scheme_ids_by_phrase.setdefault(phrase.norm, set()).add(phrase.scheme_id)
        self._measures = {scheme_id: _measure_index(scheme) for scheme_id, scheme in schemes.items()}
        # A phrase can only be in a text that holds its first word, and a near match needs most of its content
        # words: both indexes keep a question from scanning every phrase of every scheme (1 000 schemes, ~20 000
        # phrases). Positions keep the original order, so ties break as before.
        self._by_first_word: dict[tuple[str, bool], list[int]] = {}
        self._near_by_word: dict[str, list[tuple[int, int]]] = {}
        self._near_size: dict[int, int] = {}
        # Every content word of a scheme's names: breaks ties between schemes named by the same shared phrase
        # ("kommunalt rusarbeid" … "transitional").
        self._name_words: dict[str, set[str]] = {}
        for position, phrase in enumerate(self._phrases):
            if phrase.measure_id is None:
                words = {w for w in phrase.norm.split() if w not in _FILLER and len(w) > 3}
                self._name_words.setdefault(phrase.scheme_id, set()).update(words)
            self._by_first_word.setdefault((phrase.norm.split(" ", 1)[0], phrase.cased), []).append(position)
            if phrase.measure_id is not None or phrase.cased or phrase.year is not None:
                continue
            content = [w for w in phrase.norm.split() if w not in _FILLER]
            if len(content) >= _NEAR_MIN_WORDS:
                self._near_size[position] = len(content)
                for word, count in Counter(content).items():
                    self._near_by_word.setdefault(word, []).append((position, count))

    @classmethod
    def load(cls, rules_dir: Path) -> RuleBook:
        """Load and validate every *.yaml file in `rules_dir`."""
        files = sorted(Path(rules_dir).glob("*.yaml"))
        if not files:
            raise _table_error(f"No rule tables (*.yaml) found in {rules_dir}.")
        schemes: dict[str, Scheme] = {}
        for path in files:
            for scheme in load_table_file(path):
                if scheme.id in schemes:
                    raise _table_error(f"{path.name}: scheme id {scheme.id!r} is defined twice.")
                schemes[scheme.id] = scheme
        return cls(schemes)

    def scheme(self, id_or_alias: str) -> Scheme:
        """The scheme with this id or alias; UnknownScheme (listing known schemes) if none or ambiguous."""
        if id_or_alias in self.schemes:
            return self.schemes[id_or_alias]
        exact = self._scheme_ids_by_phrase.get(normalise(id_or_alias), set())
        if len(exact) == 1:
            return self.schemes[next(iter(exact))]
        if len(exact) > 1:
            several = ", ".join(sorted(exact))
            raise UnknownScheme(
                f"«{id_or_alias}» kan være flere tilskuddsordninger: {several}. Oppgi hvilken.",
                f"“{id_or_alias}” could be several grant schemes: {several}. Say which one.",
            )
        known = ", ".join(sorted(self.schemes))
        raise UnknownScheme(
            f"Ukjent tilskuddsordning «{id_or_alias}». Kjente ordninger: {known}.",
            f"Unknown grant scheme “{id_or_alias}”. Known schemes: {known}.",
        )

    def measure(self, scheme: Scheme, id_or_alias: str) -> Measure:
        """The measure of `scheme` with this id or alias; UnknownMeasure (listing the measures) otherwise."""
        if id_or_alias in scheme.measures:
            return scheme.measures[id_or_alias]
        by_id = [m for m in scheme.measures.values() if normalise(m.id) == normalise(id_or_alias)]
        if by_id:
            return by_id[0]
        wanted, wanted_cased = normalise(id_or_alias), normalise_cased(id_or_alias)
        for phrase in self._measures.get(scheme.id) or _measure_index(scheme):
            if phrase.norm == (wanted_cased if phrase.cased else wanted) and phrase.measure_id is not None:
                return scheme.measures[phrase.measure_id]
        known = ", ".join(f"{m.id} ({m.name})" for m in scheme.measures.values()) or "ingen"
        known_en = ", ".join(f"{m.id} ({m.name_en or m.name})" for m in scheme.measures.values()) or "none"
        raise UnknownMeasure(
            f"{scheme.name} har ikke tiltaket «{id_or_alias}». Tiltak i ordningen: {known}.",
            f"{scheme.name_en or scheme.name} has no measure “{id_or_alias}”. Its measures: {known_en}.",
        )

    def _named_heads(self, norm: str) -> list[str]:
        """Scheme names that start a compound before a linking s ("overgangsordningsmidler", "IPS-midler" is two
        words already): the compound is money or a thing of that scheme."""
        return [
            word[:cut]
            for word in dict.fromkeys(norm.split())
            for cut in range(_HEAD_MIN, len(word) - _TAIL_MIN + 1)
            if word[cut] == "s" and (word[:cut], False) in self._by_first_word
        ]

    def match_schemes(self, text: str) -> list[SchemeMatch]:
        """Schemes named in `text`, best first; several when ambiguous (e.g. 'FACT')."""
        norm = normalise(text)
        heads = " ".join(self._named_heads(norm))
        padded, padded_cased = f" {_with_stems(norm)} | {heads} ", f" {normalise_cased(text)} "
        # Per scheme its most specific phrase; on equal scores the longer one ("transitional scheme for municipal
        # substance abuse work" outranks the "municipal substance abuse work" inside it).
        best: dict[str, _Phrase] = {}
        found: dict[str, set[str]] = {}
        named: set[str] = set()  # the schemes named by more than a role
        roled: set[str] = set()  # the schemes a staff role of whose measures is named
        words = set(norm.split())  # the stems only complete a phrase, they do not count as words said twice
        candidates = sorted(
            position
            for key in [*((w, False) for w in set(padded.split())), *((w, True) for w in set(padded_cased.split()))]
            for position in self._by_first_word.get(key, ())
        )
        for phrase in (self._phrases[position] for position in candidates):
            if phrase.found_in(padded, padded_cased):
                found.setdefault(phrase.scheme_id, set()).add(phrase.norm)
                if not phrase.role:
                    named.add(phrase.scheme_id)
                else:
                    roled.add(phrase.scheme_id)
                current = best.get(phrase.scheme_id)
                if current is None or (phrase.score, len(phrase.norm)) > (current.score, len(current.norm)):
                    best[phrase.scheme_id] = phrase
        # A second, separate name of the same scheme in the text ("overgangsordningen … kommunalt rusarbeid")
        # makes it surer than a scheme named by one shared phrase.
        scores = {
            scheme_id: min(
                1.0 if scheme_id in named else _ROLE_ONLY_CAP,
                phrase.score + _EXTRA_PHRASE * _separate_phrases(phrase.norm, found[scheme_id]),
            )
            for scheme_id, phrase in best.items()
        }
        # A long scheme name written with a word added or changed ("adults with long-term and complex *service*
        # needs") still names the scheme, a little less surely.
        hits: Counter[int] = Counter()
        named_exactly = set(best)
        for word in words:
            for position, count in self._near_by_word.get(word, ()):
                hits[position] += count
        for position in sorted(hits):
            phrase, size = self._phrases[position], self._near_size[position]
            if phrase.scheme_id in best:
                # Words of the long name that the alias found does not have: "et FACT-team under Tilbud til voksne
                # med langvarige tjenestebehov" says four; "scheme" beside "municipal drug work" says one.
                # Words another scheme's own name found here also has name neither ("langvarige og sammensatte
                # tjenestebehov" is the adults' scheme's as much as the children's).
                others = {w for other, found in best.items() if other != phrase.scheme_id for w in found.norm.split()}
                besides = (
                    (set(phrase.norm.split()) & words) - set(best[phrase.scheme_id].norm.split()) - _FILLER - others
                )
                if phrase.scheme_id in named_exactly and hits[position] / size >= _NEAR_SHARE and len(besides) >= 2:
                    # An alias, and most of the full name besides, name the scheme as surely as its name written out.
                    scores[phrase.scheme_id] = 1.0
                continue
            if hits[position] / size >= _NEAR_SHARE:
                score = _NEAR_WEIGHT * phrase.score * hits[position] / size
                if score > scores.get(phrase.scheme_id, 0.0):
                    best[phrase.scheme_id], scores[phrase.scheme_id] = phrase, score

        # Equal scores: the scheme whose name came with its year ("jobbmestrende oppfølging i 2015") first, then
        # the one named by more separate phrases ("765.60" and "adult scheme"), then the one more of whose name
        # words the text uses.
        def name_words(scheme_id: str) -> int:
            return len(words & self._name_words.get(scheme_id, set()))

        ranked = sorted(
            best.values(),
            key=lambda p: (
                -scores[p.scheme_id],
                p.year is None,
                -len(found.get(p.scheme_id, ())),
                -name_words(p.scheme_id),
                -len(p.norm),
                p.scheme_id,
            ),
        )
        return [
            SchemeMatch(
                scheme_id=p.scheme_id,
                alias=p.text,
                score=scores[p.scheme_id],
                measure=p.measure_id or self._match_measure(p.scheme_id, padded, padded_cased),
                by_role=p.role and p.scheme_id not in named,
                names_role=p.scheme_id in roled,
            )
            for p in ranked
        ]

    def match_measure(self, scheme_id: str, text: str, skip: frozenset[str] = frozenset()) -> str | None:
        """The measure of `scheme_id` that `text` names (longest alias wins), or None; measures in `skip` are
        passed over."""
        found = self.scheme(scheme_id)
        return self._match_measure(found.id, f" {normalise(text)} ", f" {normalise_cased(text)} ", skip)

    def _match_measure(
        self, scheme_id: str, padded: str, padded_cased: str, skip: frozenset[str] = frozenset()
    ) -> str | None:
        hits: list[tuple[int, int, str]] = []
        for phrase in self._measures[scheme_id]:
            if phrase.measure_id in skip:
                continue
            # Bare one-letter ids ("A", "B") only count when the text is just that id.
            if len(phrase.norm) <= 1 and f" {phrase.norm} " != padded:
                continue
            if phrase.measure_id is not None and phrase.found_in(padded, padded_cased):
                # Of names equally long, the one said first: "IPS-beløpet … i IPS/JMO-ordningen" asks about IPS.
                at = (padded_cased if phrase.cased else padded).find(f" {phrase.norm} ")
                hits.append((len(phrase.norm), -at, phrase.measure_id))
        return max(hits)[2] if hits else None


def _table_error(message: str) -> RuleTableError:
    """A malformed-table error; its text is already English (the tables' authors read it)."""
    return RuleTableError(message, message)


def load_table_file(path: Path) -> list[Scheme]:
    """The schemes one rule-table file defines, validated (RuleTableError naming the file if malformed)."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise _table_error(f"{path.name}: cannot read rule table: {exc}") from exc
    if not isinstance(raw, dict):
        raise _table_error(f"{path.name}: a rule table must be a mapping (one scheme, or 'schemes: [...]').")
    data = raw if "schemes" in raw else {"schemes": [raw]}
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise _table_error(f"{path.name}: {where}: {first['msg']}") from exc
    for scheme in parsed.schemes:
        _check_consistency(path.name, scheme)
        _inherit_period(scheme)
    return parsed.schemes


def _inherit_period(scheme: Scheme) -> None:
    """Dated values without a period of their own are in force for the scheme's period (its document's)."""
    for _, node in iter_models(scheme):
        if isinstance(node, Period) and node is not scheme and node.valid_from is None and node.valid_to is None:
            node.valid_from, node.valid_to = scheme.valid_from, scheme.valid_to


def _check_consistency(file: str, scheme: Scheme) -> None:
    """Structural checks pydantic cannot express."""
    for key, measure in scheme.measures.items():
        if key != measure.id:
            raise _table_error(f"{file}: {scheme.id}: measure key {key!r} differs from its id {measure.id!r}.")
        if measure.kind == "per_position" and not measure.rates:
            raise _table_error(f"{file}: {scheme.id}/{key}: a per_position measure needs rates.")
        if measure.kind == "lump_sum" and measure.lump_sum is None:
            raise _table_error(f"{file}: {scheme.id}/{key}: a lump_sum measure needs lump_sum.")
        if measure.kind == "no_fixed_amount" and measure.no_fixed_amount is None:
            raise _table_error(f"{file}: {scheme.id}/{key}: say where the document states no fixed amount.")
        max_year = measure.duration.number() if measure.duration is not None else None
        for rate in measure.rates:
            if rate.year_from > rate.year_to or (max_year is not None and rate.year_to > max_year):
                raise _table_error(f"{file}: {scheme.id}/{key}: rate years {rate.year_from}–{rate.year_to} invalid.")
    for condition in scheme.conditions:
        for measure_id in condition.measures or []:
            if measure_id not in scheme.measures:
                raise _table_error(f"{file}: {scheme.id}: condition {condition.id!r} names unknown measure.")
