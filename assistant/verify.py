"""The last step of every answer: citations must quote their chunk verbatim, and every number must be traceable.

(a) A citation whose quote is not in the text of the chunk it names (or whose document/section/page disagree with
that chunk) is dropped, its [n] markers are removed, and the remaining citations are renumbered 1..k.
(b) Every number in the answer text (amounts, counts, percentages, dates, years) must occur, by normalised value,
in a cited quote, the calculation trace, a citation's title/section, or a text the caller vouches for. A sentence
with an untraced number is removed with a warning; an answer left without its lead or without substance is
downgraded to not_found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.messages import not_found_text as default_not_found_text
from assistant.text import contains_quote, fold_whitespace
from assistant.types import Answer, Calculation, Chunk, Citation, Language

_REMOVED_CLAIM: dict[Language, str] = {
    "nb": "Fjernet en påstand som ikke kunne verifiseres: {}",
    "en": "Removed a claim that could not be verified: {}",
}
_DROPPED_CITATION: dict[Language, str] = {
    "nb": "Fjernet kilde [{}]: sitatet ble ikke funnet ordrett i kilden.",
    "en": "Removed source [{}]: its quote was not found verbatim in the source.",
}
_DOWNGRADED: dict[Language, str] = {
    "nb": "Svaret kunne ikke verifiseres mot kildene og er erstattet med et «ikke funnet»-svar.",
    "en": "The answer could not be verified against its sources and was replaced by a not-found answer.",
}

# --- numbers -------------------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    # Norwegian
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12,
    # English ("april", "august", "september", "november" are shared)
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
}  # fmt: skip
# "may" is also an English verb ("10 may apply"), so a day before it is also read as a plain number.
_AMBIGUOUS_MONTHS = frozenset({"may"})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Group separators inside one number: space, no-break space, narrow no-break space, thin space.
_SEP = "[ \u00a0\u202f\u2009]"

_PLAIN_NUMBER = rf"""
    (?P<num>(?<![\d.,])
        (?P<int>\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}})+(?![\d]|[.,]\d)|\d+)
        (?:[.,](?P<frac>\d+))?
        (?:{_SEP}*(?P<scale>mill(?:ion(?:er|s)?)?|mrd|milliard(?:er)?|billions?)\b\.?)?)
"""
_NUMBER_RE = re.compile(
    rf"""
    (?P<dmy>(?<![\d.,])(?P<dmy_d>\d{{1,2}})\.{_SEP}?(?P<dmy_m>\d{{1,2}})\.{_SEP}?(?P<dmy_y>\d{{4}}|\d{{2}})(?![\d]|[.,]\d))
    | (?P<dnm>(?<![\d.,])(?P<dnm_d>\d{{1,2}})(?:\.|st|nd|rd|th)?{_SEP}*(?:of{_SEP}+)?(?P<dnm_m>{_MONTH})\b
          (?:,?{_SEP}+(?P<dnm_y>\d{{4}})(?!\d))?)
    | (?P<mnd>\b(?P<mnd_m>{_MONTH}){_SEP}+(?P<mnd_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)
          (?:,?{_SEP}+(?P<mnd_y>\d{{4}})(?!\d))?)
    | {_PLAIN_NUMBER}
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MARKER_RE = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_MARKER_WITH_SPACE_RE = re.compile(r"(?P<space>[ \u00a0]?)\[(?P<nums>\d+(?:\s*,\s*\d+)*)\]")


@dataclass(frozen=True)
class NumberMention:
    """One number as written in a text, with the ways it can be read.

    `readings` are alternatives; each is a set of normalised keys that must *all* be traced ("3 450 000" may be
    3 450 000, or "3" followed by "450 000").
    """

    raw: str
    start: int
    end: int
    readings: tuple[frozenset[str], ...]

    @property
    def keys(self) -> frozenset[str]:
        """Every key any reading mentions (what this mention vouches for when it appears in evidence)."""
        return frozenset(key for reading in self.readings for key in reading)


def _num_key(value: Decimal) -> str:
    """Canonical key of a numeric value: 750 000, 750.000 and 0,75 mill. all give 'n:750000'."""
    normal = value.normalize()
    return "n:" + format(normal, "f")


def _int_key(digits: str) -> str:
    return _num_key(Decimal(digits))


def _date_keys(day: int, month: int, year: int | None) -> frozenset[str] | None:
    """Key of a calendar date, or None if day/month are impossible."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return frozenset({f"d:{day}-{month}" if year is None else f"d:{day}-{month}-{year}"})


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _number_readings(match: re.Match[str]) -> tuple[frozenset[str], ...]:
    """Readings of a plain number match (amount, count, percentage, decimal, 'd.m' date)."""
    int_part, frac, scale = match.group("int"), match.group("frac"), match.group("scale")
    digits = re.sub(r"[^\d]", "", int_part)
    value = Decimal(f"{digits}.{frac}" if frac else digits)
    if scale:
        factor = 10**9 if scale.lower().startswith(("milliard", "mrd", "billion")) else 10**6
        return (frozenset({_num_key(value * factor)}),)
    readings: list[frozenset[str]] = [frozenset({_num_key(value)})]
    groups = re.split(_SEP, int_part)
    # "10 100 %" may be "10" then "100 %"; a trailing "000" group is never a number of its own.
    if len(groups) > 1 and not groups[1].startswith("0") and not frac:
        readings.append(frozenset({_int_key(groups[0]), _int_key("".join(groups[1:]))}))
    if frac and "." in match.group("num") and len(frac) <= 2 and len(digits) <= 2:
        day_month = _date_keys(int(digits), int(frac), None)
        if day_month:
            readings.append(day_month)
    if frac and "." in match.group("num"):
        # Codes like "0765.73" (kapittel.post) are also read as their two parts.
        readings.append(frozenset({_int_key(digits), _int_key(frac)}))
    return tuple(readings)


def _date_readings(day: str, month: int, year: str | None) -> tuple[frozenset[str], ...] | None:
    keys = _date_keys(int(day), month, _full_year(year) if year else None)
    return (keys,) if keys else None


def parse_numbers(text: str) -> list[NumberMention]:
    """Every number in `text` ([n] citation markers excluded), in order, with its normalised readings."""
    mentions: list[NumberMention] = []
    masked = _MARKER_RE.sub(lambda m: " " * len(m.group(0)), text)
    for match in _NUMBER_RE.finditer(masked):
        readings: tuple[frozenset[str], ...] | None = None
        if match.group("dmy"):
            readings = _date_readings(match.group("dmy_d"), int(match.group("dmy_m")), match.group("dmy_y"))
        elif match.group("dnm"):
            month_name = match.group("dnm_m").lower()
            readings = _date_readings(match.group("dnm_d"), _MONTHS[month_name], match.group("dnm_y"))
            if readings and month_name in _AMBIGUOUS_MONTHS and not match.group("dnm_y"):
                readings = (*readings, frozenset({_int_key(match.group("dnm_d"))}))
        elif match.group("mnd"):
            readings = _date_readings(match.group("mnd_d"), _MONTHS[match.group("mnd_m").lower()], match.group("mnd_y"))
        else:
            readings = _number_readings(match)
        if readings is None:
            # An impossible date ("45.13.2019") is just numbers.
            for inner in re.finditer(r"\d+", masked[match.start() : match.end()]):
                start, end = match.start() + inner.start(), match.start() + inner.end()
                mentions.append(NumberMention(inner.group(0), start, end, (frozenset({_int_key(inner.group(0))}),)))
            continue
        raw = text[match.start() : match.end()].strip()
        mentions.append(NumberMention(raw, match.start(), match.end(), readings))
    return mentions


def evidence_keys(texts: Iterable[str]) -> set[str]:
    """Every normalised number a set of evidence texts states, including the parts of dates (day, month, year)."""
    keys: set[str] = set()
    for text in texts:
        for mention in parse_numbers(fold_whitespace(text)):
            keys |= mention.keys
            for key in mention.keys:
                if key.startswith("d:"):
                    parts = key[2:].split("-")
                    keys.add(f"d:{parts[0]}-{parts[1]}")
                    keys.update(_int_key(p) for p in parts)
    return keys


def is_traced(mention: NumberMention, keys: set[str]) -> bool:
    """True if one reading of the mention is fully present in the evidence keys."""
    return any(reading <= keys for reading in mention.readings)


def _calculation_texts(calculation: Calculation | None) -> list[str]:
    if calculation is None:
        return []
    texts = [
        str(calculation.amount),
        calculation.scheme,
        calculation.measure or "",
        *calculation.assumptions,
        *calculation.assumptions_en,
    ]
    for line in calculation.lines:
        texts.append(line.text)
        if line.text_en is not None:
            texts.append(line.text_en)
        if line.amount is not None:
            texts.append(str(line.amount))
        if line.source is not None:
            texts += [line.source.quote, line.source.section]
    for source in calculation.sources:
        texts += [source.quote, source.section]
    return texts


def _answer_evidence(answer: Answer, trusted_texts: Sequence[str]) -> set[str]:
    texts: list[str] = [*trusted_texts, *answer.derived, *_calculation_texts(answer.calculation)]
    for citation in answer.citations:
        texts += [citation.quote, citation.title, citation.section]
        if citation.page is not None:
            texts.append(str(citation.page))
    return evidence_keys(texts)


def unverified_numbers(answer: Answer, trusted_texts: Sequence[str] = ()) -> list[str]:
    """Numbers in the answer text that no citation, calculation or trusted text states (as written)."""
    keys = _answer_evidence(answer, trusted_texts)
    return [m.raw for m in parse_numbers(fold_whitespace(answer.text)) if not is_traced(m, keys)]


# --- citations -----------------------------------------------------------------------------------------------------


def citation_is_verified(citation: Citation, chunks: Mapping[str, Chunk]) -> bool:
    """The citation names a known chunk, agrees with its document/title/section/page, and quotes it verbatim."""
    chunk = chunks.get(citation.chunk_id)
    if chunk is None:
        return False
    if citation.document_id != chunk.document_id or citation.title != chunk.title:
        return False
    if fold_whitespace(citation.section) != fold_whitespace(chunk.section):
        return False
    if citation.page is not None:
        if chunk.page is None:
            return False
        if not chunk.page <= citation.page <= (chunk.page_end or chunk.page):
            return False
    return contains_quote(chunk.text, citation.quote)


def cited_numbers(text: str) -> list[int]:
    """Citation numbers referenced by [n] / [n, m] markers, in order of appearance (repeats kept)."""
    return [int(n) for m in _MARKER_RE.finditer(text) for n in re.split(r"\s*,\s*", m.group(1))]


def renumber_markers(text: str, mapping: Mapping[int, int]) -> str:
    """Rewrite [n] markers through `mapping`; numbers it lacks are removed, and a marker left empty disappears."""

    def replace(match: re.Match[str]) -> str:
        new: list[int] = []
        for part in re.split(r"\s*,\s*", match.group("nums")):
            target = mapping.get(int(part))
            if target is not None and target not in new:
                new.append(target)
        # An emptied marker takes the space before it along, so no " ." or double space is left.
        return f"{match.group('space')}[{', '.join(str(n) for n in new)}]" if new else ""

    return _MARKER_WITH_SPACE_RE.sub(replace, text)


def _renumber(text: str, citations: list[Citation], keep_unreferenced: bool) -> tuple[str, list[Citation]]:
    """Keep citations referenced in `text` (or all, if asked), number them 1..k in the order the text first refers
    to them (a paragraph put before others keeps the reader's [1], [2] … in order), rewrite markers."""
    order = {n: i for i, n in enumerate(dict.fromkeys(cited_numbers(text)))}
    referenced = set(order)
    mapping: dict[int, int] = {}
    kept: list[Citation] = []
    for citation in sorted(citations, key=lambda c: order.get(c.n, len(order))):
        if citation.n in mapping or (citation.n not in referenced and not keep_unreferenced):
            continue
        mapping[citation.n] = len(kept) + 1
        kept.append(citation.model_copy(update={"n": len(kept) + 1}))
    return renumber_markers(text, mapping), kept


# --- sentences -----------------------------------------------------------------------------------------------------

_LIST_PREFIX_RE = re.compile(r"^(\s*(?:[-*•]|\d{1,2}[.)]|#{1,6})\s+)")
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'»”)]*\s+(?=[A-ZÆØÅ«\"“(])")
_ABBREVIATIONS = frozenset(
    {"jf", "pkt", "nr", "kap", "eks", "f.eks", "bl.a", "dvs", "m.v", "evt", "inkl", "ekskl", "ref", "vs", "e.g", "i.e",
     "s", "tlf", "kl"}
)  # fmt: skip


def split_sentences(line: str) -> list[str]:
    """Split one line into sentences, not at abbreviations ('kr.', 'f.eks.') or ordinals ('3. Hvem kan søke')."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(line):
        before = line[start : match.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        if line[match.start()] == "." and (last_word in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}", last_word)):
            continue
        sentences.append(line[start : match.end()].strip())
        start = match.end()
    if line[start:].strip():
        sentences.append(line[start:].strip())
    return sentences


def _is_statement(sentence: str) -> bool:
    """A statement (not a question) of at least two words, e.g. "Inntil 225 000 kr."."""
    plain = _MARKER_RE.sub("", sentence).strip()
    return not plain.endswith("?") and len(re.findall(r"[^\W\d_]{2,}", plain)) >= 2


@dataclass
class _Pruned:
    text: str
    removed: list[str]
    lead_removed: bool
    substantive: bool


def _prune_untraced(text: str, keys: set[str]) -> _Pruned:
    """Remove sentences with an untraced number, line by line, keeping list markers and line structure."""
    out_lines: list[str] = []
    removed: list[str] = []
    lead_seen = lead_removed = substantive = False
    for line in text.split("\n"):
        prefix_match = _LIST_PREFIX_RE.match(line)
        prefix = prefix_match.group(1) if prefix_match else ""
        body = line[len(prefix) :]
        if not body.strip():
            out_lines.append(line)
            continue
        kept: list[str] = []
        for sentence in split_sentences(body):
            ok = all(is_traced(m, keys) for m in parse_numbers(fold_whitespace(sentence)))
            if ok:
                kept.append(sentence)
            else:
                removed.append(sentence)
            if _is_statement(sentence):
                if not lead_seen:
                    lead_seen, lead_removed = True, not ok
                substantive = substantive or ok
        if kept:
            out_lines.append(prefix + " ".join(kept))
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(out_lines)).strip()
    return _Pruned(cleaned, removed, lead_removed, substantive)


def _shorten(sentence: str, limit: int = 160) -> str:
    plain = fold_whitespace(_MARKER_RE.sub("", sentence))
    plain = re.sub(r"\s+([.,;:!?])", r"\1", plain)
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


# --- the step ------------------------------------------------------------------------------------------------------


def verify(
    answer: Answer,
    chunks: Mapping[str, Chunk],
    trusted_texts: Sequence[str] = (),
    *,
    not_found_text: str | None = None,
) -> Answer:
    """Return the answer with unverifiable citations and claims removed, downgraded to not_found if nothing holds."""
    language = answer.language
    warnings = list(answer.warnings)

    # (a) citations: only verbatim quotes from the chunk they name survive.
    good: list[Citation] = []
    for citation in answer.citations:
        if citation_is_verified(citation, chunks):
            good.append(citation)
        else:
            warnings.append(_DROPPED_CITATION[language].format(citation.n))
    originally_cited = bool(cited_numbers(answer.text))
    text, citations = _renumber(answer.text, good, keep_unreferenced=True)
    checked = answer.model_copy(update={"text": text, "citations": citations})

    # (b) numbers: every sentence's numbers must be traced to the surviving evidence. Citations that only backed
    # removed claims go too, which can leave another sentence untraced: repeat until nothing more is removed.
    # A not-found answer's "closest sources" (never referenced) stay.
    removed: list[str] = []
    lead_removed: bool | None = None
    while True:
        current = checked.model_copy(update={"text": text, "citations": citations})
        pruned = _prune_untraced(text, _answer_evidence(current, trusted_texts))
        lead_removed = pruned.lead_removed if lead_removed is None else lead_removed
        removed += pruned.removed
        text, citations = _renumber(pruned.text, citations, keep_unreferenced=not originally_cited)
        if not pruned.removed:
            break
    warnings += [_REMOVED_CLAIM[language].format(_shorten(s)) for s in removed]

    lost_all_sources = bool(answer.citations) and not citations and answer.calculation is None
    gutted = bool(removed) and (lead_removed or not pruned.substantive)
    if answer.status != "not_found" and (gutted or lost_all_sources):
        warnings.append(_DOWNGRADED[language])
        return answer.model_copy(
            update={
                "status": "not_found",
                "text": not_found_text or default_not_found_text(language),
                "citations": [c.model_copy(update={"n": i}) for i, c in enumerate(good, start=1)],
                "calculation": None,
                "warnings": warnings,
            }
        )
    return answer.model_copy(update={"text": text, "citations": citations, "warnings": warnings})
