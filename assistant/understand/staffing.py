"""Staffing a question describes: how many positions, of what size — in digits, decimals, words or by role.

"2,5 årsverk", "to og en halv stilling", "5.5 FTEs", "0,8 stilling" (decimal staffing: whole positions plus a part),
"2 jobbspesialister og 1 teamleder" (counted by role, summed), "two supervisors at 50 % each" (a size per position).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from assistant.types import Language
from assistant.understand.numbers import CARDINALS

# Nouns that count staff: positions, person-years, or people by their role in the team.
# fmt: off
_NOUNS_NB = (
    r"(?:100\s*%\s*-?\s*)?stilling(?:er|en|ene)?|stillingsressurs(?:er|en)?|heltidsstilling(?:er)?|årsverk(?:et|ene)?|"
    r"(?:jobb|arbeids|utdannings)spesialist(?:er|en|ene)?|arbeids-\s*(?:og|/)\s*utdanningsspesialist(?:er|en|ene)?|"
    r"(?:jobb|arbeids|utdannings)spes(?![a-zæøå])\.?|"  # "2 jobbspes + 1 teamleder"
    r"spesialist(?:er|en|ene)?|teamleder(?:e|en|ne)?|leder(?:e|en|ne)?|veileder(?:e|en|ne)?|koordinator(?:er|en)?|"
    r"(?:syke|verne)pleier(?:e|en|ne)?|psykolog(?:er|en|ene)?|psykiater(?:e|en|ne)?|leger?|legen|"
    # A role's compound counts as the role: "ruskonsulenter", "erfaringskonsulent", "rusrådgiver".
    r"[a-zæøå]*konsulent(?:er|en|ene)?|sosionom(?:er|en|ene)?|[a-zæøå]*terapeut(?:er|en|ene)?|"
    r"[a-zæøå]*rådgiver(?:e|en|ne)?|behandler(?:e|en|ne)?|(?:team|heltids)?ansatte|medarbeidere|personer|deltakere|"
    r"(?:team)?medlemmer|"
    r"instruktør(?:er|en|ene)?|mentor(?:er|en|ene)?|(?:jobb)?coach(?:er|en|ene)?|kliniker(?:e|en|ne)?|"
    r"(?:sosial|spesial)?pedagog(?:er|en|ene)?|miljøarbeider(?:e|en|ne)?|assistent(?:er|en|ene)?"
)
_NOUNS_EN = (
    r"(?:full-time\s+)?positions?|posts?|ftes?|full[- ]?timers?|full-time\s+equivalents?|person-years?|"
    r"(?:job\s+|employment\s+|work\s+|education\s+)?specialists?|(?:job|employment)\s+specs?\b|team\s+leaders?|"
    r"team\s+leads?|leaders?|leads?|supervisors?|"
    r"coordinators?|staff\s+members?|employees?|staff|people|persons?|participants|team\s+members|members|workers|nurses?|psychologists?|psychiatrists?|doctors?|"
    r"physicians?|(?:peer\s+(?:support\s+)?)?(?:workers?|specialists?|consultants?)|social\s+workers?|"
    r"(?:occupational\s+|physio)?therapists?|counsel+ors?|case\s+managers?|advisers?|advisors?|trainers?|"
    r"instructors?|mentors?|(?:job\s+)?coach(?:es)?|clinicians?|(?:social\s+)?educators?|pedagogues?|assistants?"
)
# fmt: on
# "en halv stilling", "et halvt årsverk" (neuter), nynorsk "ein halv", "eit halvt".
_HALF = {"nb": r"(?:e(?:i)?n|e(?:i)?t)\s+halvt?", "en": r"a\s+half"}
_AND = {"nb": r"og", "en": r"and"}
_ONE_AND_HALF = {
    "nb": r"halvannen|halvannet|halvannan|e(?:i)?n\s+og\s+e(?:i)?n\s+halv",
    "en": r"one\s+and\s+a\s+half",
}
# "hele", "full-time", "100 %", "half-time" (50 %) between the number and the noun.
_SIZE = (
    r"(?:(?:(?P<size>\d{1,3})\s*(?:%|prosent)|(?P<half>half-time|half\s+time|halvtids|halve|half)|full(?:e)?|hele|"
    r"full-time|heltids)\s*-?\s*)?"
)
# The size of each position written after the noun: "at 50 % each", "à 50 %", "på 50 % hver", "each at 60 %",
# "jobbspesialister 100 %", "i full stilling", "full-time".
_SIZE_AFTER = (
    r"(?:each\s+)?(?:(?:at|à|a|på|of|i)\s+)?(?P<p>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent)"
    r"(?:\s*(?:each|hver|hver av dem|stykk|apiece))?"
    r"|(?:i\s+)?(?P<full>(?:full|hel)e?\s+stilling(?:er)?|heltid|full[- ]time)"
    r"|(?:i|på|in|at)\s+(?:en\s+|a\s+)?(?P<frac>0[.,]\d+)\s*(?:stilling\w*|årsverk\w*|positions?|ftes?)"
)
_EACH = re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:{_SIZE_AFTER})", re.IGNORECASE)
_JOINED = re.compile(r"^\s*(?:,|og|and|plus|pluss|\+|samt|med)\s*$", re.IGNORECASE)


class Staffing(BaseModel):
    """Positions a question names."""

    positions: int | None = Field(default=None, description="Number of positions (a decimal rounds up).")
    shares: list[float] = Field(
        default_factory=list, description="Size of each position in % when the question gives it (2,5 → 100,100,50)."
    )
    spans: list[tuple[int, int]] = Field(default_factory=list, description="Where in the text it was said.")
    roles: list[str] = Field(
        default_factory=list, description="The noun each position was counted by ('sykepleier', 'stillinger')."
    )


# "plus a team leader", "and an employment specialist": one more person of that role.
_ARTICLES = {"nb": {}, "en": {"a": 1, "an": 1, "another": 1}}


# "bare én jobbspesialist", "just one job specialist": a count of staff stressed as too few, perhaps. ("bare en
# vanlig kommunal tjeneste" says "just a", no count of staff.)
_ONLY_ONE = {
    "nb": re.compile(rf"\b(?:bare|kun)\s+(?:én|en|ett|ei)\s+(?:[\w-]+\s+)?(?:{_NOUNS_NB})\b", re.IGNORECASE),
    "en": re.compile(rf"\b(?:only|just)\s+(?:one|a\s+single)\s+(?:[\w-]+\s+)?(?:{_NOUNS_EN})\b", re.IGNORECASE),
}


def only_one_named(text: str, language: Language) -> bool:
    """Whether the text stresses that there is only one of some staff ("med bare én jobbspesialist")."""
    return bool(_ONLY_ONE[language].search(text))


# "One of our two Tiltak A positions is only 80 %": the share named is that one position's, not every one's.
_ONE_OF = {
    "nb": re.compile(
        rf"\b(?:én|en|ei|ett|den\s+ene)\s+av\s+(?:de|dei|våre|disse)?\s*(?P<n>\d{{1,2}}|to|tre|fire|fem)\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:{_NOUNS_NB})\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\bone\s+of\s+(?:our|the|their|these)?\s*(?P<n>\d{{1,2}}|two|three|four|five)\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:{_NOUNS_EN})\b",
        re.IGNORECASE,
    ),
}
# "… for that position", "for den stillingen": the question is about the one singled out.
_THAT_ONE = {
    "nb": re.compile(r"\b(?:den|denne)\s+(?:ene\s+)?(?:stillingen|stilling)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:that|this)\s+(?:one\s+)?(?:position|post|job)\b|\bthat one\b", re.IGNORECASE),
}


def one_of_several(text: str, language: Language, positions: int | None, percents: list[float]) -> list[float] | None:
    """The staffing a question means when it sizes one of several positions ("One of our two positions is only
    80 %"): that position alone when the question asks about it ("… for that position?"), else it beside the others
    at 100 %. None when the question says no such thing."""
    m = _ONE_OF[language].search(text)
    if m is None or len(percents) != 1 or positions is None or positions < 2:
        return None
    count = m.group("n").lower()
    n = int(count) if count.isdigit() else CARDINALS[language].get(count)
    if n != positions:
        return None
    if _THAT_ONE[language].search(text[m.end() :]):
        return [percents[0]]
    return [percents[0], *[100.0] * (positions - 1)]


# "And if one of them is cut to 50 %?", "Og hvis den ene er 60 %?": one of the positions told before, by no count
# of its own.
_ONE_OF_THEM = re.compile(
    r"\b(?:(?:én|en|ei|ett)\s+av\s+(?:dem|dei|disse|stillingene|de\s+ansatte)|den\s+ene(?:\s+stillingen)?"
    r"|one\s+of\s+(?:them|those|these|the\s+(?:positions|posts|people|staff|specialists)))\b",
    re.IGNORECASE,
)


def names_one_of_them(text: str) -> bool:
    """Whether the text sizes one of the positions told before ("… if one of them is only 50 %?")."""
    return bool(_ONE_OF_THEM.search(text))


def one_of_them_resized(text: str, before: list[float], percents: list[float]) -> list[float] | None:
    """The staffing after a follow-up sizes one of the positions told before ("And if one of them is cut to 50 %?"):
    that one at the new size, the others as they were. None when the text says no such thing."""
    if len(before) < 2 or len(percents) != 1 or not names_one_of_them(text):
        return None
    return [percents[0], *before[1:]]


# "Og hvis 50 %-stillingen økes til 80 %?", "if the 50 % position goes up to 80 %": a position told before, named
# by its size, resized.
_SIZE_CHANGED = re.compile(
    r"(?P<a>\d{1,3})\s*%[-\s]*(?:stillingen|posisjonen|position|post|one)?\s+(?:\w+\s+){0,2}?"
    r"(?:økes|øker|økt|reduseres|reduserer|redusert|kuttes|endres|settes|blir|går\s+(?:opp|ned)|increases?|increased|"
    r"reduced|is\s+(?:cut|raised|reduced|increased)|cut|becomes?|goes\s+(?:up|down)|changes?|changed|moves?)\s+"
    r"(?:\w+\s+)?(?:til|to)\s+(?P<b>\d{1,3})\s*%",
    re.IGNORECASE,
)


# "what if we drop one of the positions?", "… drop one job specialist?", "Og hvis vi kutter én stilling?"; with its
# size: "And if we drop the 40 % one?", "uten 40 %-stillingen".
_DROP_WORDS = r"(?:drop|drops|dropped|remove|cut|lose|dropper|droppe|fjerner|fjerne|kutter|kutte|tar\s+bort|ta\s+bort)"
_DROPPED_SIZED = re.compile(
    rf"\b(?:{_DROP_WORDS}|without|uten)\s+(?:the\s+|den\s+|det\s+)?(?P<p>\d{{1,3}})\s*(?:%|prosent|percent)",
    re.IGNORECASE,
)
_DROPPED_ONE = re.compile(rf"\b{_DROP_WORDS}\s+(?:one|a|an|1|én|en|ei|ett)\b", re.IGNORECASE)


def one_dropped(text: str, before: list[float]) -> list[float] | None:
    """The staffing after a follow-up drops one of the positions told before: the one of the size it names, or one
    full-time one; None when the text drops none (or there is only one)."""
    if len(before) < 2:
        return None
    sized = _DROPPED_SIZED.search(text)
    left = list(before)
    if sized is not None:
        size = float(sized.group("p"))
        if size not in left:
            return None
        left.remove(size)
        return left
    if _DROPPED_ONE.search(text) is None:
        return None
    left.remove(max(left))
    return left


def resized_by_size(text: str, before: list[float]) -> list[float] | None:
    """The staffing after a follow-up resizes a position told before by naming its size ("the 50 % position goes up
    to 80 %"): that one at the new size, the others as they were. None when the text says no such thing."""
    m = _SIZE_CHANGED.search(text)
    if m is None or len(before) < 2:
        return None
    old, new = float(m.group("a")), float(m.group("b"))
    if old not in before or not 0 < new <= 100:
        return None
    resized = list(before)
    resized[resized.index(old)] = new
    return resized


def _number_pattern(language: Language) -> str:
    words = "|".join(sorted(map(re.escape, {**CARDINALS[language], **_ARTICLES[language]}), key=len, reverse=True))
    return (
        rf"(?P<n>{_ONE_AND_HALF[language]}|(?:\d{{1,3}}|{words})\s+{_AND[language]}\s+{_HALF[language]}|"
        # "about 30,000 people" is a population: a number with a thousands group counts no staff.
        rf"(?<![\d.,])\d{{1,3}}(?![.,\s]\d{{3}}(?!\d))(?:[.,]\d+)?|{words})"
    )


# Up to two describing words between the count and the noun ("two substance-abuse counsellors", "to erfarne
# sykepleiere"), never a word that starts something else ("2 år med …", "3 of the …").
_MODIFIER = (
    r"(?:(?!(?:år|året|years?|of|av|i|in|og|and|pluss|plus|samt|per|pr|kr|kroner|nok|mill\w*|til|to|for|with|med|på|at|halv\w*|half\w*|kvart\w*|quarters?|percent|prosent)\b)"
    r"[^\W\d_][\w-]*\s+){0,2}"
)


def _patterns(language: Language) -> re.Pattern[str]:
    nouns = f"{_NOUNS_NB}|{_NOUNS_EN}"
    # ("a three-person project": the count is the word before the hyphen, not the article.)
    cardinals = "|".join(sorted(map(re.escape, CARDINALS[language]), key=len, reverse=True))
    return re.compile(
        # "Tiltak A positions" names a measure, not one position; "I'm an HR adviser", "jeg er en rådgiver" the one
        # asking.
        rf"(?<![\d.,])(?<!tiltak )(?<!measure )(?<!i'm )(?<!i’m )(?<!i am )(?<!jeg er )"
        rf"\b{_number_pattern(language)}[\s-]+"
        rf"(?:x\s+|of\s+an?\s+|av\s+en\s+|i\s+(?=full|hel))?{_SIZE}{_MODIFIER}"
        rf"(?:(?!(?:{cardinals})-)[^\W\d_]+-)?(?P<noun>{nouns})\b",
        re.IGNORECASE,
    )


_PATTERNS = {language: _patterns(language) for language in ("nb", "en")}


def number_value(text: str, language: Language) -> float | None:
    """'2,5', '2.5', 'to og en halv', 'two and a half', 'halvannen', 'tre' → a number."""
    raw = re.sub(r"\s+", " ", text.strip().lower())
    if re.fullmatch(_ONE_AND_HALF[language], raw):
        return 1.5
    whole = re.fullmatch(rf"(\S+) {_AND[language]} {_HALF[language]}", raw)
    if whole:
        base = number_value(whole.group(1), language)
        return None if base is None else base + 0.5
    if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?", raw):
        return float(raw.replace(",", "."))
    value = CARDINALS[language].get(raw) or _ARTICLES[language].get(raw)
    return float(value) if value is not None else None


def shares_for(count: float) -> list[float]:
    """Whole positions at 100 % plus the remainder: 2.5 → [100, 100, 50]; 0.8 → [80]."""
    whole = math.floor(count + 1e-9)
    part = round((count - whole) * 100, 6)
    return [100.0] * whole + ([part] if part > 0 else [])


# Number words of both languages, longest first.
_ANY_COUNT_WORD = "|".join(sorted({*CARDINALS["nb"], *CARDINALS["en"]}, key=len, reverse=True))
# "én stilling på 100 % og én på 60 %": the second count leaves out the noun of the first; so do the counts of a
# breakdown after a colon ("three staff: two at 80 % and one at 40 %").
_ELLIPSIS = re.compile(
    rf"(?:,|:|\bog|\band|\bplus|\bpluss)\s+(?:{_ANY_COUNT_WORD}|another|\d{{1,2}})"
    r"(?=\s+(?:på|at|of|à|i)\s+\d{1,3}\s*(?:%|prosent|percent)"
    # "én stilling 100 %, én 50 % og én 20 %": or the size right after the count, with no noun of its own.
    r"|\s+\d{1,3}\s*(?:%|prosent|percent)(?![\s-]*(?:stilling|position|post|årsverk|fte)))",
    re.IGNORECASE,
)
_NOUN_FILLED = " stilling"


def _size_after(each: re.Match[str]) -> str:
    """The size in % a clause after the noun gives: "på 50 %", "i full stilling" (100), "i 0,8 stilling" (80)."""
    if each.group("p"):
        return str(each.group("p"))
    if each.group("frac"):
        return str(round(float(each.group("frac").replace(",", ".")) * 100, 6))
    return "100"


# "one full-time and one 60 % position", "en 80 % og en 60 % stilling": a count before the noun that the next
# count names.
_LEADING_ELLIPSIS = re.compile(
    rf"\b(?:{_ANY_COUNT_WORD}|\d{{1,2}})\s+"
    r"(?:full[- ]time|fulltids|heltids|hele|hel|full|half[- ]time|halvtids|halve|\d{1,3}\s*(?:%|prosent|percent))"
    rf"(?=(?:\s*,\s*|\s+(?:and|og|plus|\+)\s+)(?:{_ANY_COUNT_WORD}|a|an|another|\d{{1,2}})\s)",
    re.IGNORECASE,
)


def _fill_ellipsis(text: str, first_noun_end: int) -> tuple[str, list[int]]:
    """The text with the noun written out after each elliptic count that follows the first staffing noun (or comes
    right before another count), and where (in the original text) each was written in."""
    after_count = {m.end() for m in _ELLIPSIS.finditer(text, first_noun_end)}
    # "…, én 50 % og én 20 %": a count whose noun is written in after it needs none after its size too.
    before_count = {
        m.end()
        for m in _LEADING_ELLIPSIS.finditer(text)
        if not any(m.start() < position < m.end() for position in after_count)
    }
    at = sorted(after_count | before_count)
    pieces = [text[start:end] for start, end in zip([0, *at], [*at, len(text)], strict=True)]
    return _NOUN_FILLED.join(pieces), at


def _original_offset(offset: int, inserted_at: list[int]) -> int:
    """An offset in the filled text as an offset in the original text."""
    for position in inserted_at:
        if offset <= position:
            break
        offset -= min(len(_NOUN_FILLED), offset - position)
    return offset


# More sizes after the first: "at 80 % and 70 %", "på 50 %, 60 % og 80 %".
_MORE_SIZES = re.compile(r"^(?:\s*(?:,|og|and)\s*(?P<p>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent))+")
_ONE_SIZE = re.compile(r"(?P<p>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent)")


def _listed_sizes(after: str, first: str | None) -> list[float]:
    """The sizes of a list of positions, one each: the first size, then those listed right after it."""
    more = _MORE_SIZES.match(after)
    if first is None or more is None:
        return []
    return [float(first.replace(",", "."))] + [
        float(m.group("p").replace(",", ".")) for m in _ONE_SIZE.finditer(more.group())
    ]


def _with_number_words(build: Callable[[str], str]) -> dict[Language, re.Pattern[str]]:
    """The pattern `build` makes of a language's number words ("to|tre|…"), compiled for each language."""
    return {language: re.compile(build("|".join(CARDINALS[language])), re.IGNORECASE) for language in ("nb", "en")}


# Some of the positions named with a size: "two of them at 50 %", "hvorav to på 50 %", "to av dem i 50 %".
_SOME_OF_THEM = _with_number_words(
    lambda words: (
        rf"(?:\bhvorav\s+(?P<k1>\d{{1,2}}|{words})|\b(?P<k2>\d{{1,2}}|{words})\s+(?:of them|av dem|av disse|of which|"
        r"av stillingene|of the positions)"
        # "the third one is only 50 %", "den siste er bare 50 %": one of them, by its place.
        r"|\b(?P<one>the\s+(?:second|third|fourth|fifth|last)(?:\s+one|\s+position)?|den\s+(?:andre|tredje|fjerde|"
        r"femte|siste)(?:\s+stillingen)?))"
        # "… der to av stillingene bare var 50 %", "two of which are only 50 %"
        r"\s+(?:(?:bare|kun|only|just)\s+)?(?:er\s+|var\s+|are\s+|were\s+|is\s+)?(?:(?:bare|kun|only|just)\s+)?"
        r"(?:(?:at|på|i)\s+)?(?P<p>\d{1,3})\s*(?:%|prosent|percent)"
    )
)


def some_of_them_sized(text: str, positions: int, language: Language) -> list[float] | None:
    """'6 positions, two of them at 50 %', 'three … if the third one is only 50 %': the sizes of `positions`
    positions when some of them are sized (the others full-time); None when none is."""
    some = _SOME_OF_THEM[language].search(text)
    if some is None:
        return None
    count = 1.0 if some.group("one") else number_value(some.group("k1") or some.group("k2"), language)
    if count is None or count != int(count) or not 0 < count < positions:
        return None
    return [100.0] * (positions - int(count)) + [float(some.group("p"))] * int(count)


# One person named by role with a size and no count: "teamleder 100 % + 2 jobbspesialister 100 %".
_ONE_BY_ROLE = re.compile(
    r"(?<![\w-])(?P<noun>(?:team)?leder|veileder|koordinator|(?:jobb|arbeids|utdannings)?spesialist|sykepleier|"
    r"psykolog|psykiater|lege|(?:miljø|ergo|fysio)?terapeut|rådgiver|konsulent|sosionom|team leader|leader|"
    r"supervisor|coordinator|(?:job |employment )?specialist|nurse|psychologist|psychiatrist|doctor|therapist|"
    r"counsel+or)\s+(?:(?:på|at|i)\s+)?(?P<p>\d{1,3})\s*(?:%|prosent|percent)",
    re.IGNORECASE,
)


# One more person named by role alone after a count: "2 jobbspesialister + teamleder", "two specialists and a lead".
_JOINED_ROLE = re.compile(
    r"(?<![\w-])(?P<noun>teamleder(?:en)?|leder(?:en)?|veileder(?:en)?|koordinator(?:en)?|team leader|team lead|"
    r"lead|supervisor|coordinator)\b(?!\s*(?:på|at|i|in|of)?\s*\d)",
    re.IGNORECASE,
)
_JOINER_BEFORE = re.compile(r"(?:\+|\bog|\bpluss|\bplus|\band)\s+(?:the\s+|a\s+|one\s+|en\s+|én\s+)?$", re.IGNORECASE)


def _overlaps_any(match: re.Match[str], others: list[re.Match[str]]) -> bool:
    return any(match.start() < other.end() and other.start() < match.end() for other in others)


def _one_by_role(text: str, taken: list[re.Match[str]]) -> list[re.Match[str]]:
    """Roles named with a size but no count, outside the counted matches."""
    return [m for m in _ONE_BY_ROLE.finditer(text) if not _overlaps_any(m, taken)]


# "7 full-time positions and 2 half-time ones": "ones" stands in for the noun (as "ftes", of the same length, so
# the spans found still point into the text as written).
_ONES = re.compile(r"\b(half[- ]time|full[- ]time|\d{1,3}\s*%)(\s+)(ones?)\b", re.IGNORECASE)


def _ones_as_ftes(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2) + ("ftes" if match.group(3).lower() == "ones" else "fte")


def extract_staffing(text: str, language: Language) -> Staffing:
    """The staffing the text describes; role counts joined by 'og'/'and'/',' add up."""
    if language == "en":
        text = _ONES.sub(_ones_as_ftes, text)
    first = _PATTERNS[language].search(text)
    text, inserted_at = _fill_ellipsis(text, first.end()) if first is not None else (text, [])
    matches = list(_PATTERNS[language].finditer(text))
    counted: list[tuple[float, re.Match[str], list[float]]] = []
    for match in matches:
        value = number_value(match.group("n"), language)
        if value is None or value <= 0 or value > 500:
            continue
        each = _EACH.match(text[match.end() :])
        size_text = _size_after(each) if each else match.group("size") or ("50" if match.group("half") else None)
        listed = _listed_sizes(text[match.end() + each.end() :], size_text) if each and each.group("p") else []
        if len(listed) == value:
            counted.append((value, match, listed))  # "two positions at 80 % and 70 %"
        elif size_text and value == int(value):
            size = float(size_text.replace(",", "."))
            counted.append((value, match, [size] * int(value)))
        elif value != int(value):
            counted.append((value, match, shares_for(value)))
        else:
            counted.append((value, match, []))
    if counted:
        counted += [(1.0, m, [float(m.group("p"))]) for m in _one_by_role(text, matches)]
        counted += [
            (1.0, m, [])
            for m in _JOINED_ROLE.finditer(text)
            if _JOINER_BEFORE.search(text, 0, m.start()) and not _overlaps_any(m, matches)
        ]
        counted.sort(key=lambda item: item[1].start())
    if not counted:
        sized = _sized_then_counted(text, language)
        return sized if sized.positions is not None else _counted_at_a_size(text, language)
    group = _joined(text, counted)
    rest = counted[len(group) :]
    head, *tail = group
    elliptic = all(
        any(
            _original_offset(m.start(), inserted_at) <= at <= _original_offset(m.end(), inserted_at)
            for at in inserted_at
        )
        for _, m, _ in tail
    )
    if (
        tail
        and elliptic
        and head[0] > 1
        and not head[2]
        and all(shares for _, _, shares in tail)
        and sum(v for v, _, _ in tail) == head[0]
    ):
        # "to stillinger, én på 100 % og én på 50 %": the ones listed without a noun of their own are the positions
        # counted first, now with their sizes, not more of them.
        group = tail
    breakdown = _joined(text, rest) if rest else []
    if (
        breakdown
        and not any(shares for _, _, shares in group)
        and any(shares for _, _, shares in breakdown)
        and sum(v for v, _, _ in breakdown) == sum(v for v, _, _ in group)
    ):
        # "three workers: two full-time and one at 40 %": the same staff again, now with their sizes.
        group = breakdown
    spans = []
    for _, m, _ in group:
        each = _EACH.match(text[m.end() :])
        end = m.end() + (each.end() if each else 0)
        spans.append((_original_offset(m.start(), inserted_at), _original_offset(end, inserted_at)))
    group = _narrowed(text, group)
    total = sum(value for value, _, _ in group)
    # Positions named without a size are full-time when others in the list have one.
    has_sizes = any(shares for _, _, shares in group)
    shares = [share for value, _, sh in group for share in (sh or ([100.0] * int(value) if has_sizes else []))]
    positions = math.ceil(total - 1e-9)
    roles = [m.group("noun").lower() for value, m, sh in group for _ in range(len(sh) or math.ceil(value - 1e-9))]
    applied_for = _SOME_APPLIED_FOR[language].search(text)
    if applied_for is not None:
        # "tre 100 %-stillinger, men søker bare for to av dem": the count applied for, each the size named.
        count = number_value(applied_for.group("k"), language)
        if count is not None and count == int(count) and 0 < count < positions and len(set(shares)) <= 1:
            shares = shares[: int(count)]
            positions = int(count)
    some = _SOME_OF_THEM[language].search(text)
    some_sized = some_of_them_sized(text, positions, language) if not shares else None
    if some is not None and some_sized is not None:
        # "6 positions, two of them at 50 %": the others are full-time.
        shares = some_sized
        spans.append((_original_offset(some.start(), inserted_at), _original_offset(some.end(), inserted_at)))
    roles = roles if len(roles) == positions and (not shares or len(shares) == positions) else []
    return Staffing(positions=positions, shares=shares, spans=spans, roles=roles)


# Roles a question can leave out or single out ("ikke teamlederen", "only the job specialists"), by the kind of
# staff they name.
_ROLES = {
    "leader": re.compile(
        r"(?:team)?leder\w*|veileder\w*|koordinator\w*|team\s+lead(?:er)?s?|lead(?:er)?s?|supervisors?|coordinators?",
        re.IGNORECASE,
    ),
    "specialist": re.compile(
        r"(?:jobb|arbeids|utdannings)?spes\w*|(?:job\s+|employment\s+|work\s+)?specialists?", re.IGNORECASE
    ),
}
_ROLE_WORDS = "|".join(pattern.pattern for pattern in _ROLES.values())
_LEFT_OUT = re.compile(
    r"\b(?:ikke|not|except|excluding|unntatt|uten|without|bortsett\s+fra|minus|not\s+counting|ikke\s+medregnet)\s+"
    rf"(?:for\s+|om\s+)?(?:the\s+|our\s+|selve\s+|vår\s+|a\s+|en\s+)?(?P<role>{_ROLE_WORDS})\b",
    re.IGNORECASE,
)
_SINGLED_OUT = re.compile(
    r"\b(?:bare|kun|only|just)\s+(?:søke\s+|apply\s+|applying\s+)?(?:for\s+|om\s+|on\s+)?(?:the\s+|our\s+|de\s+)?"
    rf"(?P<role>{_ROLE_WORDS})\b",
    re.IGNORECASE,
)
# "søker bare for to av dem", "only applying for two of them": fewer positions than the staff named.
_SOME_APPLIED_FOR = _with_number_words(
    lambda words: (
        r"\b(?:bare|kun|only|just)\s+(?:\w+\s+){0,2}?(?:for\s+|om\s+)?"
        rf"(?P<k>\d{{1,2}}|{words})\s+(?:of them|of those|of these|av dem|av disse)\b"
        r"(?!\s*(?:er\s+|are\s+)?(?:at|på|i)?\s*\d)"  # "two of them at 50 %" sizes some of the staff instead
    )
)


def _role(noun: str) -> str | None:
    return next((role for role, pattern in _ROLES.items() if pattern.fullmatch(noun.strip())), None)


def _narrowed(
    text: str, group: list[tuple[float, re.Match[str], list[float]]]
) -> list[tuple[float, re.Match[str], list[float]]]:
    """The staff applied for: without a role the question leaves out ("men ikke teamlederen"), or only the role it
    singles out ("bare for jobbspesialistene") — when some of the staff named remain."""
    roles = [_role(m.group("noun")) for _, m, _ in group]
    left_out = {_role(m.group("role")) for m in _LEFT_OUT.finditer(text)} - {None}
    singled = {_role(m.group("role")) for m in _SINGLED_OUT.finditer(text)} - {None}
    kept = [item for item, role in zip(group, roles, strict=True) if role not in left_out]
    if singled:
        kept = [item for item, role in zip(group, roles, strict=True) if role in singled and role not in left_out]
    return kept if kept and len(kept) < len(group) else group


# "80 % positions, three of them", "50 %-stillinger, to av dem": the size first, the count after.
_SIZED_THEN_COUNT = _with_number_words(
    lambda words: (
        rf"(?P<p>\d{{1,3}})\s*%\s*-?\s*(?:positions?|posts?|stillinger|stillingar)\s*,?\s*(?:\w+\s+)?"
        rf"(?P<n>\d{{1,2}}|{words})\s+(?:of them|av dem|av disse)\b"
    )
)


# "Og hvis vi heller har to på 50 %?", "with two at 80 % instead": people counted with a size and no noun, after a
# verb of having.
_COUNTED_AT_A_SIZE = _with_number_words(
    lambda words: (
        r"\b(?:har|have|has|med|with)\s+(?:vi\s+|we\s+)?(?:heller\s+|instead\s+|nå\s+|now\s+)?"
        rf"(?P<n>\d{{1,2}}|{words})\s+(?:på|at|i|of)\s+(?P<p>\d{{1,3}})\s*(?:%|prosent|percent)"
    )
)


def _sized_then_counted(text: str, language: Language) -> Staffing:
    return _count_and_size(_SIZED_THEN_COUNT[language].search(text), language)


# "… og en på 40 %": one more group of the list, each counted and sized.
_AND_COUNTED_AT_A_SIZE = _with_number_words(
    lambda words: (
        rf"\s*(?:,|og|and|\+)\s*(?P<n>\d{{1,2}}|{words})\s+(?:på|at|i|of)\s+(?P<p>\d{{1,3}})\s*(?:%|prosent|percent)"
    )
)


def _counted_at_a_size(text: str, language: Language) -> Staffing:
    """Every group listed after a verb of having, each of its size: "har to på 50 %", "en på 100 % og en på 40 %"."""
    m = _COUNTED_AT_A_SIZE[language].search(text)
    found = _count_and_size(m, language)
    while m is not None and found.positions is not None:
        m = _AND_COUNTED_AT_A_SIZE[language].match(text, m.end())
        more = _count_and_size(m, language)
        if m is None or more.positions is None:
            break
        found = Staffing(
            positions=found.positions + more.positions,
            shares=[*found.shares, *more.shares],
            spans=[(found.spans[0][0], m.end())],
        )
    return found


def _count_and_size(m: re.Match[str] | None, language: Language) -> Staffing:
    """Positions of one size, counted by the match's `n`, sized by its `p`; none when no count of staff."""
    count = number_value(m.group("n"), language) if m else None
    if m is None or count is None or count != int(count) or not 0 < count <= 50:
        return Staffing()
    return Staffing(positions=int(count), shares=[float(m.group("p"))] * int(count), spans=[m.span()])


def _joined(
    text: str, counted: list[tuple[float, re.Match[str], list[float]]]
) -> list[tuple[float, re.Match[str], list[float]]]:
    """The first counts joined by "og"/"and"/",": one team ("2 jobbspesialister og 1 teamleder" is three)."""
    group = counted[:1]
    for item in counted[1:]:
        between = text[group[-1][1].end() : item[1].start()]
        if _JOINED.match(between) or _EACH_TAIL.match(between):
            group.append(item)
        else:
            break
    return group


# The tail of an "each" clause before the next count: "to veiledere på 50 % hver og én teamleder", "2 sykepleiere
# i full stilling og en miljøterapeut".
_EACH_TAIL = re.compile(rf"^\s*(?:{_SIZE_AFTER})\s*(?:,?\s*(?:og|and|plus|\+)|,)\s*$", re.IGNORECASE)
