"""RuleBook: the rule tables loaded from corpus/rules/*.yaml, with scheme and measure lookup by id or alias."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from assistant.errors import RuleTableError, UnknownMeasure, UnknownScheme
from assistant.rules.matching import contains_phrase, normalise, phrase_score
from assistant.rules.model import Measure, Period, RuleFile, Scheme

# libyaml's loader is ~10× faster than the pure-Python one; both are "safe" (no arbitrary objects).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SchemeMatch(BaseModel):
    """A scheme (and maybe a measure) named in a piece of text."""

    scheme_id: str = Field(description="Matched scheme id.")
    alias: str = Field(description="The alias (or id) that matched.")
    score: float = Field(description="0–1: how specific the match is (kapittel/post and full names score high).")
    measure: str | None = Field(default=None, description="Measure id, when a measure alias matched.")


def _scheme_phrases(scheme: Scheme) -> list[str]:
    phrases = [scheme.id, scheme.name, *scheme.aliases, *scheme.kapittel_post]
    if scheme.tilskuddskode:
        phrases.append(scheme.tilskuddskode)
    return phrases


def _measure_phrases(measure: Measure) -> list[str]:
    return [measure.name, *measure.aliases]


class RuleBook:
    """All schemes of the rule tables."""

    def __init__(self, schemes: dict[str, Scheme]) -> None:
        self.schemes = schemes

    @classmethod
    def load(cls, rules_dir: Path) -> RuleBook:
        """Load and validate every *.yaml file in `rules_dir`."""
        files = sorted(Path(rules_dir).glob("*.yaml"))
        if not files:
            raise RuleTableError(f"No rule tables (*.yaml) found in {rules_dir}.")
        schemes: dict[str, Scheme] = {}
        for path in files:
            for scheme in _load_file(path):
                if scheme.id in schemes:
                    raise RuleTableError(f"{path.name}: scheme id {scheme.id!r} is defined twice.")
                schemes[scheme.id] = scheme
        return cls(schemes)

    def scheme(self, id_or_alias: str) -> Scheme:
        """The scheme with this id or alias; UnknownScheme (listing known schemes) if none or ambiguous."""
        if id_or_alias in self.schemes:
            return self.schemes[id_or_alias]
        wanted = normalise(id_or_alias)
        exact = {s.id for s in self.schemes.values() if any(normalise(p) == wanted for p in _scheme_phrases(s))}
        if len(exact) == 1:
            return self.schemes[exact.pop()]
        if len(exact) > 1:
            raise UnknownScheme(
                f"«{id_or_alias}» kan være flere tilskuddsordninger: {', '.join(sorted(exact))}. Oppgi hvilken."
            )
        raise UnknownScheme(
            f"Ukjent tilskuddsordning «{id_or_alias}». Kjente ordninger: {', '.join(sorted(self.schemes))}."
        )

    def measure(self, scheme: Scheme, id_or_alias: str) -> Measure:
        """The measure of `scheme` with this id or alias; UnknownMeasure (listing the measures) otherwise."""
        if id_or_alias in scheme.measures:
            return scheme.measures[id_or_alias]
        wanted = normalise(id_or_alias)
        for measure in scheme.measures.values():
            if wanted in {normalise(measure.id), *(normalise(p) for p in _measure_phrases(measure))}:
                return measure
        known = ", ".join(f"{m.id} ({m.name})" for m in scheme.measures.values()) or "ingen"
        raise UnknownMeasure(f"{scheme.name} har ikke tiltaket «{id_or_alias}». Tiltak i ordningen: {known}.")

    def match_schemes(self, text: str) -> list[SchemeMatch]:
        """Schemes named in `text`, best first; several when ambiguous (e.g. 'FACT')."""
        text_norm = normalise(text)
        best: dict[str, SchemeMatch] = {}

        def offer(match: SchemeMatch) -> None:
            current = best.get(match.scheme_id)
            if current is None or match.score > current.score:
                best[match.scheme_id] = match

        for scheme in self.schemes.values():
            for phrase in _scheme_phrases(scheme):
                norm = normalise(phrase)
                if contains_phrase(text_norm, norm):
                    offer(SchemeMatch(scheme_id=scheme.id, alias=phrase, score=phrase_score(norm)))
            for measure in scheme.measures.values():
                for phrase in _measure_phrases(measure):
                    norm = normalise(phrase)
                    if contains_phrase(text_norm, norm):
                        # A measure alias names the scheme a little less surely than the scheme's own names.
                        score = 0.9 * phrase_score(norm)
                        offer(SchemeMatch(scheme_id=scheme.id, alias=phrase, score=score, measure=measure.id))
        for match in best.values():
            if match.measure is None:
                match.measure = self.match_measure(match.scheme_id, text)
        return sorted(best.values(), key=lambda m: (-m.score, m.scheme_id))

    def match_measure(self, scheme_id: str, text: str) -> str | None:
        """The measure of `scheme_id` that `text` names (longest alias wins), or None."""
        scheme = self.scheme(scheme_id)
        text_norm = normalise(text)
        hits: list[tuple[int, str]] = []
        for measure in scheme.measures.values():
            for phrase in [measure.id, *_measure_phrases(measure)]:
                norm = normalise(phrase)
                # Bare one-letter ids ("A", "B") only count when the text is just that id.
                if len(norm) <= 1 and norm != text_norm:
                    continue
                if contains_phrase(text_norm, norm):
                    hits.append((len(norm), measure.id))
        return max(hits)[1] if hits else None


def _load_file(path: Path) -> list[Scheme]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleTableError(f"{path.name}: cannot read rule table: {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleTableError(f"{path.name}: a rule table must be a mapping (one scheme, or 'schemes: [...]').")
    data = raw if "schemes" in raw else {"schemes": [raw]}
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RuleTableError(f"{path.name}: {where}: {first['msg']}") from exc
    for scheme in parsed.schemes:
        _check_consistency(path.name, scheme)
        _inherit_period(scheme, scheme)
    return parsed.schemes


def _inherit_period(node: object, scheme: Scheme) -> None:
    """Dated values without a period of their own are in force for the scheme's period (its document's)."""
    if isinstance(node, Period) and node is not scheme and node.valid_from is None and node.valid_to is None:
        node.valid_from, node.valid_to = scheme.valid_from, scheme.valid_to
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            _inherit_period(getattr(node, name), scheme)
    elif isinstance(node, dict):
        for item in node.values():
            _inherit_period(item, scheme)
    elif isinstance(node, list):
        for item in node:
            _inherit_period(item, scheme)


def _check_consistency(file: str, scheme: Scheme) -> None:
    """Structural checks pydantic cannot express."""
    for key, measure in scheme.measures.items():
        if key != measure.id:
            raise RuleTableError(f"{file}: {scheme.id}: measure key {key!r} differs from its id {measure.id!r}.")
        if measure.kind == "per_position" and not measure.rates:
            raise RuleTableError(f"{file}: {scheme.id}/{key}: a per_position measure needs rates.")
        if measure.kind == "lump_sum" and measure.lump_sum is None:
            raise RuleTableError(f"{file}: {scheme.id}/{key}: a lump_sum measure needs lump_sum.")
        if measure.kind == "no_fixed_amount" and measure.no_fixed_amount is None:
            raise RuleTableError(f"{file}: {scheme.id}/{key}: say where the document states no fixed amount.")
        max_year = measure.duration.number() if measure.duration is not None else None
        for rate in measure.rates:
            if rate.year_from > rate.year_to or (max_year is not None and rate.year_to > max_year):
                raise RuleTableError(f"{file}: {scheme.id}/{key}: rate years {rate.year_from}–{rate.year_to} invalid.")
    for condition in scheme.conditions:
        for measure_id in condition.measures or []:
            if measure_id not in scheme.measures:
                raise RuleTableError(f"{file}: {scheme.id}: condition {condition.id!r} names unknown measure.")
