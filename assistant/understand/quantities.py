"""Numbers a question names: project year, calendar year, position percentages, positions, NOK amounts, dates."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import partial
from typing import NamedTuple

from pydantic import BaseModel, Field

from assistant.text import asking_sentences, asking_start
from assistant.tokens import Lexicon, Token, tokenize, word_matches
from assistant.types import Language
from assistant.understand.numbers import AMOUNT_RE, CARDINALS, ORDINALS, parse_number
from assistant.understand.staffing import extract_staffing, names_one_of_them

# Words the patterns below rely on; a typo'd token close to one is read as that word ("tredej" → "tredje").
# Cardinal words are left out: too many are one edit from common words ("three"/"there").
# fmt: off
VOCABULARY: tuple[str, ...] = (
    *(w for lang in ORDINALS.values() for w in lang if len(w) >= 5 and w.isalpha()), "driftsår", "driftsåret",
    "prosjektår", "prosjektåret", "tilskuddsår", "stilling", "stillinger", "stillingen", "stillingene", "prosent",
    "percent", "position", "positions", "million", "millioner", "kroner", "årsverk", "operating", "halvtid", "heltid",
    "år", "året", "første", "åtte",
)
# fmt: on
# Real words as near one of those as a typo ("IPS-prosjektet" is no "prosjektår").
# A count word is no typo of an ordinal ("eight" is not "eighth").
_NOT_TYPOS = frozenset(
    {
        "prosjekt",
        "prosjektet",
        "prosjekter",
        "prosjektene",
        "prosjektets",
        *(w for lang in CARDINALS.values() for w in lang),
    }
)

_VOCABULARY_LEXICON = Lexicon(VOCABULARY, lambda token, word: word_matches(token.text, word))

_YEAR_NB = r"(?:år|året|driftsår(?:et)?|prosjektår(?:et)?|tilskuddsår(?:et)?|prosjekt-?\s*/\s*driftsår(?:et)?)"
# "the fourth project/operating year" names the regulation's "prosjekt-/driftsår" in English; "yr 3" in a hurry.
# "second driftsår": English with the Norwegian word for the year.
_YEAR_EN = (
    r"(?:(?:project\s*/\s*operating|project|operating|operational|funding|grant|budget)\s+)?"
    r"(?:year|yr|driftsår(?:et)?|prosjektår(?:et)?)"
)


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, table), key=len, reverse=True))


def _year_patterns(language: Language) -> list[re.Pattern[str]]:
    cardinals = _words(CARDINALS[language])
    ordinals = _words(ORDINALS[language])
    if language == "nb":
        sources = [
            rf"\b{_YEAR_NB}[\s-]+(?:nr\.?\s*|nummer\s+)?(?P<n>\d{{1,2}}|{cardinals})(?![\d.,]*\d|\s*%|\s*prosent|\s*x\b|\s+stilling)\b",
            rf"(?<![\d.,])\b(?P<n>\d{{1,2}})\.\s*{_YEAR_NB}\b",
            # "hvor mye får vi i 3 driftsår": the ordinal's point left out in a hurry (a count says "i 3 år").
            r"(?<![\w.,])i\s+(?P<n>[1-9])\s+(?:drifts|prosjekt)(?:år|ar)\b(?!\s*(?:til\s+sammen|totalt|samlet))",
            rf"\b(?P<w>{ordinals})[\s-]+(?:og\s+siste\s+)?{_YEAR_NB}\b",  # "fjerde og siste år"
            rf"\b(?P<w>{ordinals})året\b",  # "fjerdeåret"
            # A follow-up that is only an ordinal ("Og tredje?") names the next year of the same question.
            rf"^\s*(?:og|men|hva med|enn)?\s*(?:det|den)?\s*(?P<w>{ordinals})\s*[?.!]?\s*$",
        ]
    else:
        sources = [
            rf"\b{_YEAR_EN}[\s-]+(?:no\.?\s*|number\s+)?(?P<n>\d{{1,2}}|{cardinals})(?![\d.,]*\d|\s*%|\s*percent|\s*x\b|\s+position)\b",
            # "third year", "our first-year grant", "our fourth and last year"
            rf"\b(?P<w>{ordinals})[\s-]+(?:and\s+(?:last|final)\s+)?{_YEAR_EN}\b",
            rf"\b(?P<w>{ordinals})\s+(?:tiltak\s+[a-c]|ips|jmo|f?act)\s+{_YEAR_EN}\b",  # "our second Tiltak B year"
            rf"\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+{_YEAR_EN}\b",  # "our 7th year"
            r"\b(?:yr\.?\s*|y)(?P<n>[1-9])\b",  # "yr 4", "Y3"
            rf"^\s*(?:and|but|what about|how about)?\s*(?:the)?\s*(?P<w>{ordinals})\s*[?.!]?\s*$",
        ]
    return [re.compile(source, re.IGNORECASE) for source in sources]


def _position_patterns(language: Language) -> list[re.Pattern[str]]:
    cardinals = _words(CARDINALS[language])
    number = rf"(?P<n>\d{{1,3}}|{cardinals})"
    size = (
        r"(?:\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent|percent)\s*-?\s*"
        r"|(?:full|half|part)[- ]?time\s+|(?:hel|hele|fulle|halve|half|full)\s+)?"
    )
    noun = (
        r"(?:(?:ressurs|heltids)?stilling(?:er|en|ene)?|stillingsressurs(?:er)?|årsverk|jobbspesialist(?:er)?|ansatte|medarbeidere|"
        r"personer|positions?|posts?|ftes?|full-time equivalents|specialists?|employees|staff|people|persons?|"
        r"full[- ]?timers?|heltidsansatte|members|(?:team)?medlemmer|ressurspersoner|ressursperson|"
        r"resource\s+persons?|(?:arbeids|utdannings)spesialist(?:er)?)"
    )
    return [
        # "10 positions", "a 10-position team", "a 10-person FACT team".
        re.compile(rf"\b{number}[\s-]+(?:x\s+)?{size}{noun}\b", re.IGNORECASE),
        re.compile(rf"\b{number}\s*[x×]\s*\d{{1,3}}\s*%", re.IGNORECASE),
        re.compile(rf"\bteam\s+(?:på|med|of|with)\s+{number}\b", re.IGNORECASE),
        re.compile(rf"\b{number}[- ](?:person|personers|manns|member)s?[- ]team\b", re.IGNORECASE),
        # "… and if we have two of those?" after a question per position: the positions, not named again.
        # ("one of them is only 50 %" sizes one of several: staffing's job).
        re.compile(
            rf"\b(?!(?:one|en|ett|én|1)\b){number}\s+(?:of\s+(?:those|them|these)|such|av\s+(?:dem|disse|de|slike)|slike|sånne)\b",
            re.IGNORECASE,
        ),
        # "Hva er maks for én stilling?" – "Og hvis vi har to?": the count alone, at the end of the question.
        re.compile(
            rf"\b(?:hvis|om|if)\s+(?:vi|we)\s+(?:har|have|ansetter|hire|får|get)\s+{number}\s*\?\s*$",
            re.IGNORECASE,
        ),
        # "both positions", "begge stillingene": two.
        re.compile(rf"\b(?P<n>both|begge)\s+(?:the\s+|de\s+)?{size}{noun}\b", re.IGNORECASE),
    ]


_PERCENT_RE = re.compile(r"(?<![\d.,])(?P<n>\d{1,4}(?:[.,]\d+)?)\s*(?:%|prosent\b|percent\b|per cent\b|pst\b)", re.I)
# A percentage above this is not a position size at all (a typo or a share of something else).
_MAX_PERCENT = 1000.0
# "tre kvart", "tre-kvart", "tre firedels", "three quarters": a fraction that opens with a count word.
_THREE_QUARTERS = r"\b(?:tre|three)[\s-]*(?:kvart\w*|quarters?|(?:fire|fjerde)dels?|(?:fire|fjerde)deler)\b"
# Positions described in words: halv stilling, half-time, full-time …
PERCENT_PHRASES: tuple[tuple[str, float], ...] = (
    (
        r"\bhalv(?:e)?\s*(?:stilling\w*|tid)\b|\bhalvtid\w*|\bhalf[- ]?time\b|\bhalf\s+(?:a\s+)?positions?\b"
        r"|\bhalvt\s+årsverk\b|\bhalf\s+(?:an?\s+)?(?:fte|person-year)\b",
        50.0,
    ),
    (
        r"\bhel(?:e)?\s*stilling\w*|\bheltid\w*|\bfull(?:e)?\s+stilling\w*|\bfull[- ]?time(?:rs?)?\b"
        # "den ene er 50 %, den andre full": the other position is a full one.
        r"|\b(?:den|det)\s+andre\s+(?:er\s+)?(?:full|hel)\b|\bthe\s+other\s+(?:one\s+)?(?:is\s+)?full\b",
        100.0,
    ),
    (_THREE_QUARTERS, 75.0),
)
# Its count word is no count of positions.
_FRACTION_WORDS = re.compile(_THREE_QUARTERS, re.IGNORECASE)
CALENDAR_YEAR_RE = re.compile(r"(?<![\d.,])(?P<y>19\d{2}|20\d{2})(?![\d]|[.,]\d)")
# fmt: off
NB_MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember",
)
# fmt: on
# fmt: off
EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)
# fmt: on
# fmt: off
# Short forms ("6 Jan 2023", "1. feb."), in both languages.
_SHORT_MONTHS = (
    "jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des",
)
_SHORT_MONTHS_EN = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)
# fmt: on
MONTHS = {
    name: i
    for names in (_SHORT_MONTHS, _SHORT_MONTHS_EN, NB_MONTHS, EN_MONTHS)
    for i, name in enumerate(names, start=1)
}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<month>{MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})\b", re.I
    ),
    re.compile(rf"\b(?P<month>{MONTH_NAMES})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
)
# A date or a time of year as documents write it: "01.04", "1. mars 2019", "innen mars", "2019".
# "15.10" is a day and month; "2.1)" numbers a section.
_DAY_OR_MONTH = rf"\b\d{{1,2}}\.\d{{1,2}}\b(?!\))|\b(?:{MONTH_NAMES})\b"
# A year is a deadline's date only when a deadline is spoken of: «Det er satt av 87 millioner i 2015» dates no
# deadline; «fristen er i 2016» would.
_DEADLINE_WORD = r"\w*frist\w*|deadlines?"
_DEADLINE_DATE = re.compile(
    rf"{_DAY_OR_MONTH}|\b(?:{_DEADLINE_WORD}|innen|due)\b[^.?!]*\b(?:19|20)\d\d\b"
    rf"|\b(?:19|20)\d\d\b[^.?!]*\b(?:{_DEADLINE_WORD})\b",
    re.IGNORECASE,
)
# People times the cost each: "5 x 28 000", "3 × kr 28 000".
_TIMES_COST = r"(?<![\d.,])(?P<n>\d{{1,3}}|{words})\s*(?:x|×|\*)\s*(?:kr\.?\s*|nok\s*)?\d{{1,3}}(?:[ \u00a0.,]\d{{3}})+"
# The rest of a sentence about training, after the count of people in it.
_ON_TRAINING = r"[^.?!]*?\b(?:opplæring\w*|kurs\w*|training|course\w*)"
# A count of people in a sentence about training: "tre ansatte skal på det nasjonale opplæringsprogrammet".
_PEOPLE_IN_TRAINING = (
    r"\b(?P<n>\d{{1,3}}|{words})\s+(?:(?:of|av)\s+(?:our|the|their|våre|de)\s+)?(?:\w+\s+){{0,2}}"
    r"(?:\w*(?:ansatte|deltakere|medarbeidere|medlemmer)|personer|employees|"
    r"participants|people|persons|staff|staff members|team members|members)"
    r"\b" + _ON_TRAINING
)
# A count sent, whatever it counts: "Vi sender 6 fra FACT-teamet …", "vi sender 12 stk".
_SENT_COUNT = (
    r"\b(?:sender|sende|send|sending|melder\s+på|sign(?:ing)?\s+up)\s+(?P<n>\d{{1,3}}|{words})\b"
    r"(?!\s*(?:%|kr\b|nok\b|prosent|percent|stilling\w*|positions?|år\b|years?))"
)
# … to training: "Vi sender 6 fra FACT-teamet på opplæringsprogrammet".
_SENT_TO_TRAINING = _SENT_COUNT + _ON_TRAINING
# The training first, the people it is for after: "what would the training programme cost for 7 team members".
_TRAINING_FOR_PEOPLE = (
    r"\b(?:opplæring\w*|kurs\w*|training|course\w*)[^.?!]*?\b(?:for|til)\s+(?P<n>\d{{1,3}}|{words})\s+"
    r"(?:(?:of|av)\s+(?:our|the|their|våre|de)\s+)?(?:\w+\s+)?"
    r"(?:ansatte|deltakere|medarbeidere|personer|teammedlemmer|people|persons|participants|staff|staff\s+members|"
    r"team\s+members|members)\b"
)
_MAX_PARTICIPANTS = 200
# "one position at 0,8 and one at 0,6": a position's size as a fraction of a full one, without the noun after it
# (with it, "i 0,8 stilling", the staffing patterns read it).
_AT_FRACTION = re.compile(
    r"\b(?P<at>at|på|in|i|med|with|har|have|has|bare|only|just|kun|til|to|er|is|blir|becomes|it['’]s|"
    r"that['’]s|det\s+er)\s+"
    # "at 0.8 and 0.6 FTE", "på 0,5 og 0,7": each fraction of a list is a size, whatever noun follows.
    r"(?:(?P<list>0[.,]\d{1,2}(?:\s*(?:,|og|and)\s*(?:0[.,]\d{1,2}|1[.,]0))+)\b(?![.,]?\d)"
    r"|(?P<f>0[.,]\d{1,2})\b(?![.,]?\d|\s*(?:%|prosent|percent|kr|nok|mill|stilling|årsverk|position|fte)))",
    re.IGNORECASE,
)
_FIRST_APPLICATION = re.compile(
    r"\b(?:first\s+time\s+(?:that\s+)?we(?:'re|\s+are)?\s+apply(?:ing)?|(?:are\s+)?applying\s+for\s+the\s+first\s+time"
    r"|our\s+first\s+application|første\s+gang\s+(?:at\s+)?vi\s+søker|søker\s+for\s+første\s+gang"
    r"|vår\s+første\s+søknad)\b",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(
    r"\s*-?\s*(?:overview|oversikt\w*|utlysning\w*|call|announcement|regelverk\w*|slides|lysark\w*|"
    r"konferanse\w*|conference)\b",
    re.IGNORECASE,
)
# The year of rules or a document: "the 2019 transitional rules", "2019-reglene", "the 2019 call".
_RULES_AFTER = re.compile(
    r"\s*-?\s*(?:\w+\s+)?(?:rules|regulations?|regler\w*|reglene|ordning\w*|scheme)\b|" + _DOCUMENT_AFTER.pattern,
    re.IGNORECASE,
)
_COMPARED_WITH = re.compile(
    r"\b(?:compared?\s+(?:to|with)|sammen(?:lign|likn)\w*\s+med|than|enn|vs\.?|versus)\s+(?:in\s+|i\s+)?$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|siden)\s*$", re.IGNORECASE)
# "now", "i år": the question is about the present, whatever year something began.
_NOW = re.compile(r"\b(?:now|today|currently|this\s+year|nå|i\s+dag|for\s+tiden|i\s+år(?!\s*\d))\b", re.IGNORECASE)
# "IPS before 2025", "reglene før 2025": the years up to the one named; the last of them is the year in question.
_BEFORE = re.compile(r"\b(?:before|prior\s+to|until|før|fram\s+til|frem\s+til)\s*$", re.IGNORECASE)
# The verbs that tell a grant or a sum was received; one list for every reading below that needs them. An adverb may
# stand inside the perfect ("Vi har allerede fått første års tilskudd").
_ADVERB = r"(?:(?:allerede|nettopp|akkurat|også|already|just|also)\s+)?"
GOT_VERB = (
    rf"fikk|mottok|har\s+{_ADVERB}fått|har\s+{_ADVERB}mottatt|ble\s+tildelt|got|received|have\s+{_ADVERB}received"
    r"|were\s+granted|was\s+granted"
)
# … and those that tell a grant was had.
_HAD_VERB = rf"(?:{GOT_VERB}|hadde|har\s+hatt|had|have\s+had)"
# "Vi fikk midler over gammel ordning i 2021. Hva blir tilskuddet …?": what the user got before, told in a sentence
# of its own ahead of the question.
_OWN_HISTORY = re.compile(rf"\b(?:vi|we)\s+{_HAD_VERB}\b[^.!?]*$", re.IGNORECASE)
_STATEMENT_END = re.compile(r"[.!](?:\s|$)")
# "Since Tiltak B pays 1 million in year one, how much for year two?": a clause that sets out a premise, before the
# comma after which the question asks.
_PREMISE_CLAUSE = re.compile(
    r"(?:^|[.!?]\s+)(?:since|as|given(?:\s+that)?|because|if|now\s+that|siden|ettersom|fordi|hvis|dersom|når|nå\s+som)"
    r"\b[^,.!?]*,",
    re.IGNORECASE,
)
# "We received Tiltak B funding … in 2025 and 2026", "vi hadde tiltak B i 2023, 2024 og 2025": the years had, counted.
_YEARS_HAD_LISTED = re.compile(
    rf"\b(?:vi\s+|we\s+|we['’]ve\s+){_HAD_VERB}\b[^.!?]*?"
    # "for 2025 (our year 1) and for 2026 (year 2)": a year told may say which project year it was.
    r"\b(?P<list>(?:19|20)\d\d(?:\s*\([^)]{0,30}\))?(?:\s*(?:,|og|and|&)\s*(?:(?:for|in|i)\s+)?(?:19|20)\d\d"
    r"(?:\s*\([^)]{0,30}\))?)+)",
    re.IGNORECASE,
)
# The calendar year a project started or was first funded ("Vi startet med tiltak B i 2024", "first funded in 2023").
_STARTED = re.compile(
    r"\b(?:startet|starta|begynte|oppstart|kom\s+i\s+gang|første\s+gang|started|began|begun"
    r"|first\s+(?:got|received|funded)|the\s+first\s+time|(?:got|received)\s+(?:our|the|its)\s+first"
    r"|fikk\s+(?:vårt|det|sitt)\s+første|første\s+tilskudd\w*"
    # "We got Tiltak B from 2024", "Vi har hatt tilskudd fra 2023": had from a year on, so it started then.
    r"|(?:got|received|had|fikk|mottok|mottatt|hatt)\s[^.?!]{0,50}?\b(?:from|fra)\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A year of the grant received in the calendar year before this one.
_LAST_YEAR = re.compile(r"\b(?:i\s+fjor|forrige\s+år|last\s+year|the\s+previous\s+year)\b", re.IGNORECASE)
# "We started Tiltak B last year", "Vi startet for to år siden": a start told as years ago, not as a calendar year.
_STARTED_AGO = {
    "nb": re.compile(
        r"\b(?:i\s+fjor|forrige\s+år|for\s+(?P<n>ett|to|tre|fire|fem|[1-5])\s+år\s+siden)\b", re.IGNORECASE
    ),
    "en": re.compile(
        r"\b(?:last\s+year|the\s+previous\s+year|(?P<n>one|two|three|four|five|[1-5])\s+years?\s+ago)\b",
        re.IGNORECASE,
    ),
}
_GRANT_STARTED = re.compile(
    r"\b(?:tiltak|measure|grant|funding|tilskudd|\w*midl|prosjekt|project|ordning|scheme)", re.IGNORECASE
)
_NEXT_YEAR = re.compile(r"\b(?:neste\s+år|til\s+neste\s+år|next\s+year|the\s+coming\s+year)\b", re.IGNORECASE)
# Where a clause starts: a sentence or list break, or "og"/"and" before a verb of its own ("og har budsjettert").
_CLAUSE_START = re.compile(
    r"[.;:!?,]\s|\s(?:og|and|men|but)\s+(?=(?:vi\s+|we\s+)?(?:har|hadde|vil|skal|planlegger|budsjetter\w*|søker|"
    r"regner|trenger|have|has|will|plan\w*|budget\w*|apply|are|expect\w*|need)\b)",
    re.IGNORECASE,
)
# "…, which was our second year", "…, som var vårt andre år": a clause that says what the one before it was.
_RELATIVE = re.compile(r"(?:which|that|som|det)\s+(?:was|were|var)\b", re.IGNORECASE)
_RECEIVED = re.compile(
    rf"\b(?:{GOT_VERB})\b"
    # "If we get 750 000 in year 1, how much in year 2?": a year supposed is the scene, like a year had.
    r"|\b(?:if|hvis|dersom|om)\s+(?:we|vi)\s+(?:get|receive|are granted|får|mottar)\b",
    re.IGNORECASE,
)
# A number followed by what it counts is no sum of money.
_COUNTED_AFTER = re.compile(
    r"\s*(?:innbyggere|inhabitants|residents|people|personer|pasienter|patients|brukere|users|deltakere|"
    r"participants|elever|pupils|students)\b",
    re.IGNORECASE,
)
# "sju år på rad", "over seks år", "for alle åtte årene", "over all six years": years 1 to N.
_IN_A_ROW = {
    "nb": r"\b(?:(?P<n>\d{{1,2}}|{words})\s+år\s+(?:på rad|i strekk|etter hverandre|til sammen|totalt|i alt)"
    r"|(?:over(?:\s+alle)?|(?:i|for)\s+alle)\s+(?:de\s+)?(?P<m>\d{{1,2}}|{words})\s+(?:drifts|prosjekt)?år(?:ene|et)?"
    # "tiltak A i seks år med to stillinger – hva blir totalen?": a count of years with a total asked after it.
    r"|(?:i|over|for)\s+(?P<k>\d{{1,2}}|{words})\s+år\b(?=[^.?!]*\b(?:totalt|totalen|til\s+sammen|samlet|i\s+alt)\b))\b",
    "en": r"\b(?:(?P<n>\d{{1,2}}|{words})\s+(?:years\s+in\s+a\s+row|consecutive\s+years|years\s+running|"
    r"years\s+in\s+total|years\s+altogether|years\s+in\s+all)"
    r"|(?:over(?:\s+all)?(?:\s+the)?|(?:for|across)\s+all(?:\s+the)?)\s+(?P<m>\d{{1,2}}|{words})\s+"
    r"(?:(?:operating|project)\s+)?years"
    r"|(?:for|over|across)\s+(?P<k>\d{{1,2}}|{words})\s+years\b(?=[^.?!]*\b(?:total|altogether|in\s+all|combined)\b))\b",
}
_MAX_YEARS_IN_A_ROW = 20
# One position whose size changes from year to year: "0,5 stilling i år 1 og 0,5 i år 2", "80% in year 3 and 100% in
# year 4", "year 1 at 60 %, year 2 full-time".
_SIZE_IN_YEAR = (
    r"(?:(?P<p>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent)|(?P<f>0[.,]\d{1,2}|1[.,]00?)(?![\d%])"
    r"|(?P<half>halv(?:e)?\s+stilling|halvtid|half[- ]time)|(?P<full>full(?:e)?\s+stilling|hel(?:e)?\s+stilling|"
    r"heltid|full[- ]time))"
    r"(?:\s*(?:stilling\w*|årsverk\w*|positions?|ftes?))?"
)
_LANG_PATTERNS = {lang: (_year_patterns(lang), _position_patterns(lang)) for lang in ("nb", "en")}


def _year_words(language: Language, listed: bool = False) -> str:
    """A project year named on its own: "år 2", "2. år", "andre året", "year 2", "the second year"; with `listed`,
    the first of several named by the plural ("years 1 and 2", "årene 3 og 4")."""
    ordinals = _words(ORDINALS[language])
    if language == "nb":
        year = rf"(?:årene|{_YEAR_NB})" if listed else _YEAR_NB
        return (
            rf"(?:{year}\s+(?P<n>\d{{1,2}})\b|(?P<d>\d{{1,2}})\.\s*{_YEAR_NB}"
            rf"|(?:det\s+)?(?P<w>{ordinals})\s+{_YEAR_NB})"
        )
    year = rf"{_YEAR_EN}s?" if listed else _YEAR_EN
    return rf"(?:{year}\s+(?P<n>\d{{1,2}})\b|(?:the\s+)?(?P<w>{ordinals})\s+{_YEAR_EN})"


_YEAR_WORDS = {language: re.compile(_year_words(language), re.IGNORECASE) for language in ("nb", "en")}


# "100 % fra år 2", "full-time from year 3 on": the size holds from that year to the end of the years asked.
_FROM = r"(?P<from>fra(?:\s+og\s+med)?|f\.?\s?o\.?\s?m\.?|from|starting(?:\s+(?:in|from|with))?|beginning(?:\s+in)?)"
# "60 % det første året og 100 % deretter", "half-time in year 1 and full-time thereafter": from the next year on.
_THEN_ON = re.compile(
    rf"{_SIZE_IN_YEAR}\s+(?:deretter|etter\s+det|etterpå|fra\s+da\s+av|videre|resten\s+av\s+(?:tiden|perioden)"
    r"|thereafter|after\s+that|afterwards|from\s+then\s+on|for\s+the\s+rest(?:\s+of\s+the\s+period)?)\b",
    re.IGNORECASE,
)


# A count of full positions in a year: "to stillinger i år 1", "three positions from year 2", "år 1: 2 stillinger".
def _counted_staff(language: Language) -> str:
    return (
        rf"(?P<c>[1-9]|{_words(CARDINALS[language])})\s+(?:(?:hele|fulle|full-time)\s+)?"
        r"(?:stillinger|stilling|positions?|posts?|årsverk|(?:jobb)?spesialist(?:er)?|(?:job\s+)?specialists?)"
    )


# "we only fill", "vi har bare", "we'll have": who has the staff, and a verb, between a year and its count.
_WE_HAVE = r"(?:(?:med|with)\s+|(?:vi|we)(?:'ll|'d)?\s+(?:[a-zæøå]+\s+){1,2}?)"


def _count_in_year_patterns(language: Language) -> list[re.Pattern[str]]:
    year = _year_words(language)
    return [
        re.compile(rf"\b{_counted_staff(language)}\s+(?:(?:i|in|for|during)\s+|{_FROM}\s+)?{year}", re.IGNORECASE),
        re.compile(
            rf"(?:(?:i|in|for)\s+|\b{_FROM}\s+)?\b{year}\s*[:,]?\s*(?:har\s+vi\s+|{_WE_HAVE})?{_counted_staff(language)}",
            re.I,
        ),
    ]


# "… og tre fra år 2", "and 3 from year 2", "from year 2 we have two": a second count, its noun left out after a
# first one.
_ELIDED_COUNT = {
    language: re.compile(
        rf"\b(?:og|and|,)\s+(?P<c>[1-9]|{_words(CARDINALS[language])})\s+"
        rf"(?:(?:i|in|for|during)\s+|{_FROM}\s+){_year_words(language)}",
        re.IGNORECASE,
    )
    for language in ("nb", "en")
}
_ELIDED_COUNT_AFTER = {
    language: re.compile(
        rf"\b{_FROM}\s+{_year_words(language)}\s*[:,]?\s*(?:har\s+vi\s+|{_WE_HAVE})?"
        rf"(?P<c>[1-9]|{_words(CARDINALS[language])})(?=\s*(?:[.;,?!]|$|\b(?:og|and)\b))",
        re.IGNORECASE,
    )
    for language in ("nb", "en")
}
_COUNT_IN_YEAR_PATTERNS = {language: _count_in_year_patterns(language) for language in ("nb", "en")}


def _size_in_year_patterns(language: Language) -> list[re.Pattern[str]]:
    year = _year_words(language, listed=True)
    return [
        re.compile(rf"{_SIZE_IN_YEAR}\s+(?:(?:i|in|for|during)\s+|{_FROM}\s+)?{year}", re.IGNORECASE),
        # "i år 3 med en 100 % spesialist", "starter opp (år 1) med en 40 % spesialist".
        re.compile(
            rf"(?:(?:i|in|for)\s+)?\(?{year}\)?\s*[:,]?\s*(?:(?:at|på|med|with|i|in)\s+)?"
            rf"(?:(?:en|ei|et|a|an|one)\s+)?{_SIZE_IN_YEAR}",
            re.I,
        ),
        # "Første år var stillingen vår på 60 %, andre år øker vi til 100 %": the size later in the same clause.
        # "year 1 our specialist is full-time": or after the verb saying what it is.
        re.compile(
            rf"{year}[^,.;:?!\d]{{0,60}}?\b(?:på|til|at|to|is|er|was|var|works|jobber|arbeider)\s+{_SIZE_IN_YEAR}",
            re.IGNORECASE,
        ),
    ]


_SIZE_IN_YEAR_PATTERNS = {language: _size_in_year_patterns(language) for language in ("nb", "en")}


class _SizesByYear(NamedTuple):
    """One position sized year by year; where it was said; the year from which the last size holds on, if said."""

    sizes: dict[int, list[float]]
    spans: list[tuple[int, int]]
    open_from: int | None
    before: float | None = None  # "går fra 100 % til 50 % i år 3": the size in the years before open_from


# "Stillingen går fra 100 % til 50 % i år 3", "goes from full-time to 50% from year 3": a size changed in a year.
def _change_in_year(language: Language) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:from|fra)\s+(?P<a>\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent|percent)|full[- ]time|heltid|hel\s+stilling)\s+"
        rf"(?:(?:ned|opp|down|up)\s+)?(?:to|til)\s+{_SIZE_IN_YEAR}\s+"
        rf"(?:(?:i|in|during|fra|from|starting(?:\s+(?:in|from|with))?|f\.?\s?o\.?\s?m\.?)\s+){_year_words(language)}",
        re.IGNORECASE,
    )


_CHANGE_IN_YEAR = {language: _change_in_year(language) for language in ("nb", "en")}
_BEFORE_SIZE = re.compile(rf"^{_SIZE_IN_YEAR}$|^(?P<heltid>heltid|hel\s+stilling)$", re.IGNORECASE)


def _sizes_by_year(text: str, language: Language) -> _SizesByYear:
    """One position sized year by year, when at least two different years each get a size."""
    found: dict[int, list[float]] = {}
    spans: list[tuple[int, int]] = []
    open_from: int | None = None
    for pattern in _SIZE_IN_YEAR_PATTERNS[language]:
        for m in pattern.finditer(text):
            year = _year_of(m, language)
            size = _size_value(m)
            if year is None or not 1 <= year <= 20 or size is None or year in found or _overlaps(m.span(), spans):
                continue
            more, end = _more_years(text, m.end(), year)
            for listed in [year, *more]:
                found.setdefault(listed, [size])
            spans.append((m.start(), end))
            if m.groupdict().get("from"):
                open_from = max([year, *more])
    counted, counted_from = _counts_by_year(text, language, spans)
    for year, count in counted.items():
        found.setdefault(year, [100.0] * count)
    open_from = open_from or counted_from
    then_on = _THEN_ON.search(text)
    if len(found) == 1 and then_on is not None and not _overlaps(then_on.span(), spans):
        size = _size_value(then_on)
        open_from = max(found) + 1
        if size is not None:
            found[open_from] = [size]
            spans.append(then_on.span())
    change = _CHANGE_IN_YEAR[language].search(text)
    changed = _changed_in_year(change, language) if change is not None else None
    if change is not None and changed is not None and set(found) <= {changed[0]}:
        year, before, after = changed
        return _SizesByYear({year - 1: [before], year: [after]}, [change.span()], year, before)
    # One size for one year, or for several listed together ("0,5 stilling i år 1 og 2"), is an ordinary position.
    if len(found) < 2 or (len({tuple(sizes) for sizes in found.values()}) < 2 and len(spans) < 2):
        return _SizesByYear({}, [], None)
    return _SizesByYear(found, spans, open_from if open_from == max(found) else None)


# ", 2 and 3", " og 4", " to 4", " og år 3": more years after the one a size is given for ("100 % in years 1 and 2");
# not a size or a count ("år 1 og 50 % i år 3", "år 1 og 2 stillinger"), nor a year with a size of its own ("year 1
# at 60 %, year 2 full-time").
_YEAR_LIST_TAIL = re.compile(
    r"\s*(?:(?:,|and|og|&)|(?P<to>-|–|to|til))\s*(?:(?:i\s+|in\s+)?(?:år|year)\s+)?(?P<n>\d{1,2})\b"
    r"(?!\s*(?:%|prosent|percent|stilling|position|post|årsverk|fte|spesialist|specialist|[.,]\d))"
    r"(?!\s*(?:at|på|i|in|med|with)?\s*(?:\d{1,3}\s*(?:%|prosent|percent)|full|hel|halv|half))",
    re.IGNORECASE,
)


def _more_years(text: str, start: int, first: int) -> tuple[list[int], int]:
    """The years listed, or the end of a range, right after year `first` ending at `start`; and where they end."""
    years: list[int] = []
    last = first
    while (m := _YEAR_LIST_TAIL.match(text, start)) is not None:
        year = int(m.group("n"))
        if not last < year <= 20:
            break
        years.extend(range(last + 1, year + 1) if m.group("to") else [year])
        last, start = year, m.end()
    return years, start


def _changed_in_year(change: re.Match[str], language: Language) -> tuple[int, float, float] | None:
    """The year a size changed in, the size before and the size after; None unless all three are read."""
    year = _year_of(change, language)
    before_match = _BEFORE_SIZE.match(change.group("a").strip())
    after = _size_value(change)
    if before_match is None or year is None or not 1 < year <= 20 or after is None:
        return None
    before = 100.0 if before_match.group("heltid") else _size_value(before_match)
    return (year, before, after) if before is not None else None


def _counts_by_year(text: str, language: Language, taken: list[tuple[int, int]]) -> tuple[dict[int, int], int | None]:
    """'To stillinger i år 1, tre stillinger fra år 2': full positions counted year by year, and the year a count
    holds from ("fra år 2"); marks their spans taken."""
    counts: dict[int, int] = {}
    open_from: int | None = None

    def count_in(matches: Iterable[re.Match[str]]) -> None:
        nonlocal open_from
        for m in matches:
            year = _year_of(m, language)
            if year is None or not 1 <= year <= 20 or year in counts or _overlaps(m.span(), taken):
                continue
            counts[year] = _number(m.group("c"), language) or 1
            taken.append(m.span())
            open_from = year if m.groupdict().get("from") else open_from

    count_in(m for pattern in _COUNT_IN_YEAR_PATTERNS[language] for m in pattern.finditer(text))
    if counts:
        # The noun left out ("og tre fra år 2") only after a count that names it.
        count_in(m for elided in (_ELIDED_COUNT, _ELIDED_COUNT_AFTER) for m in elided[language].finditer(text))
    return counts, open_from


def _years_asked_beside(by_year: _SizesByYear, text: str, language: Language) -> list[int]:
    """The years a question sizing a position year by year asks for besides those sized ("… hva får vi over alle
    fire årene?")."""
    masked = list(text)
    for start, end in by_year.spans:
        masked[start:end] = " " * (end - start)
    rest = "".join(masked)
    ranges = _year_ranges(rest, language)
    asked = ranges[0][0] if ranges else []
    in_a_row = _in_a_row(rest, language)
    if in_a_row is not None and in_a_row[0] <= _MAX_YEARS_IN_A_ROW:
        asked = list(range(1, in_a_row[0] + 1))
    return asked


def _in_a_row(text: str, language: Language) -> tuple[int, tuple[int, int]] | None:
    """'sju år på rad', 'over all six years': how many years from the first, and where it was said."""
    m = re.search(_IN_A_ROW[language].format(words=_words(CARDINALS[language])), text, re.IGNORECASE)
    if m is not None and m.group("k") and _YEARS_BEHIND[language].search(text) is not None:
        return None  # "We have had Tiltak A for four years. What's the total?": years had, not those asked
    count = _number(m.group("n") or m.group("m") or m.group("k"), language) if m is not None else None
    return (count, m.span()) if m is not None and count is not None else None


def _year_of(m: re.Match[str], language: Language) -> int | None:
    """The project year a match of `_year_words` names ("år 2", "2. år", "andre året")."""
    return _number(m.group("n") or m.groupdict().get("d") or m.group("w") or "", language)


def _held_on(by_year: _SizesByYear, asked: list[int]) -> dict[int, list[float]]:
    """'60 % det første året og 100 % fra år 2 – hva får vi over fire år?': the size from year 2 holds in years 3
    and 4 as well, when the question names years beyond it ("går fra 100 % til 50 % i år 3": and the size before,
    in the years before it)."""
    if by_year.open_from is None:
        return by_year.sizes
    held = by_year.sizes[by_year.open_from]
    sizes = by_year.sizes | {year: list(held) for year in asked if year > by_year.open_from}
    if by_year.before is not None and asked:
        sizes = {year: size for year, size in sizes.items() if year >= min(asked)}
        sizes |= {year: [by_year.before] for year in asked if year < by_year.open_from}
    return dict(sorted(sizes.items()))


# An ordinal with its noun left out, ending the question: "… apply for a fifth?", "… søke om et femte?".
_ELIDED_YEAR = {
    language: re.compile(
        rf"\b(?:a|an|the|et|en|det)\s+(?P<w>{_words(ORDINALS[language])})\s*(?:one\s*)?\?", re.IGNORECASE
    )
    for language in ("nb", "en")
}

# "Vi har hatt tiltak B i tre år" (or "i ett år"), "We have received it for three years": funding already had, not
# years asked.
_YEARS_BEHIND = {
    "nb": re.compile(
        # An adverb may stand in the verb: "har allerede fått", "have already had".
        r"\bhar\s+(?:(?:allerede|alt|nå|jo)\s+)?(?:hatt|fått|mottatt)\b[^.?!]{0,60}?\b(?:i|de\s+siste)\s+"
        r"(?P<n>ett|to|tre|fire|fem|seks|[1-6])\s+(?:sammenhengende\s+)?(?:(?:drifts|prosjekt)(?:år|ar)|år)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:have|has|'ve)\s+(?:(?:already|now)\s+)?(?:had|received|got)\b[^.?!]{0,60}?\b(?:for|in)\s+"
        r"(?:the\s+(?:last|past)\s+)?"
        # "for six consecutive years", "six straight years", "six full years"
        r"(?P<n>one|two|three|four|five|six|[1-6])\s+(?:(?:consecutive|straight|full|whole)\s+)?years?\b",
        re.IGNORECASE,
    ),
}

# "What can we get after two years?", "etter tre år": the years had before the one asked about.
_AFTER_YEARS = {
    "nb": re.compile(r"\better\s+(?P<n>ett|to|tre|fire|fem|[1-5])\s+år\b(?!\s+(?:til|og))", re.IGNORECASE),
    "en": re.compile(r"\bafter\s+(?P<n>one|two|three|four|five|[1-5])\s+years?\b", re.IGNORECASE),
}
# "Hvor mye gis det siste året?": the period's last year; "Hva fikk vi det siste året?" the year past.
_LAST_YEAR_NB = re.compile(r"\bdet\s+siste\s+året\b", re.IGNORECASE)
_PAST_VERB_NB = re.compile(rf"\b(?:{GOT_VERB}|hadde|brukte|har\s+(?:hatt|brukt))\b", re.IGNORECASE)
# "Vi fikk tiltak B i 2025 for første gang", "we first received it last year": one year of funding had.
_FIRST_RECEIVED = {
    # "… for første gang", "Vi har fått første års tilskudd": the first year had.
    "nb": re.compile(
        rf"\b(?:{GOT_VERB})\b[^.?!]{{0,60}}?\bfor\s+første\s+gang\b|\b(?:{GOT_VERB})\s+(?:\w+\s+)?første\s+års\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:{GOT_VERB})\b[^.?!]{{0,60}}?\bfor\s+the\s+first\s+time\b"
        r"|\bfirst\s+(?:got|received|were\s+granted|was\s+granted)\b",
        re.IGNORECASE,
    ),
}

# "We've just finished our first Tiltak B year", "vi har fullført andre driftsår": the years had, by the last one.
_YEARS_DONE = {
    "nb": re.compile(
        r"\b(?:fullført|avsluttet|gjennomført|ferdig\s+med)\s+(?:vårt\s+|det\s+)?(?P<o>første|andre|tredje|fjerde|femte)"
        r"\s+(?:[\wæøå-]+\s+){0,2}?(?:prosjekt|drifts)?år(?:et)?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:finished|completed|done|ended)\s+(?:with\s+)?(?:our|the)\s+(?P<o>first|second|third|fourth|fifth)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:project\s+|operating\s+)?year\b",
        re.IGNORECASE,
    ),
}

# "two years of tiltak b funding done", "to år med tilskudd bak oss": a count of years had, told as finished.
_FUNDED_YEARS_DONE = {
    "nb": re.compile(
        r"\b(?P<n>ett|to|tre|fire|fem|seks|[1-6])\s+år\s+med\s+(?:[\wæøå.-]+\s+){0,3}?(?:tilskudd|midler|støtte)\s+"
        r"(?:bak\s+oss|er\s+(?:brukt|ferdig|over|gjennomført))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<n>one|two|three|four|five|six|[1-6])\s+years?\s+of\s+(?:[\w.-]+\s+){0,3}?(?:funding|grants?|support)\s+"
        r"(?:done|completed|finished|behind\s+us|used)\b",
        re.IGNORECASE,
    ),
}

# "… but not year 1", "dersom vi ikke får noe i år 4", "except the first year": a year left out of those summed.
_YEAR_EXCLUDED = {
    "nb": re.compile(
        r"\b(?:men\s+ikke|ikke\s+medregnet|ikke\s+(?:får|fikk)\s+(?:noe|noen\s+midler|tilskudd)|får\s+ingenting|"
        r"unntatt|utenom|uten|bortsett\s+fra|minus|utelat\w*|hopp\w*\s+over|dropp\w*|trekk\w*\s+fra)\s+(?:i\s+|for\s+)?"
        r"(?:(?:prosjekt|drifts)?år\s+(?P<n>\d{1,2})\b|(?:det\s+)?(?P<w>første|andre|tredje|fjerde|femte|sjette)\s+"
        r"(?:prosjekt|drifts)?året\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:but\s+not|not\s+(?:counting|including)|except(?:\s+for)?|excluding|apart\s+from|minus|"
        r"(?:leav(?:e|ing)|omit(?:ting)?|skip(?:ping)?)(?:\s+out)?|"
        r"(?:get|receive)\s+nothing|(?:don't|do\s+not|won't|will\s+not)\s+(?:get|receive)\s+(?:anything|any\s+\w+))"
        r"\s+(?:in\s+|for\s+)?(?:(?:project\s+|operating\s+)?year\s+(?P<n>\d{1,2})\b|(?:the\s+)?"
        r"(?P<w>first|second|third|fourth|fifth|sixth)\s+year\b)",
        re.IGNORECASE,
    ),
}
# "alle årene unntatt det første", "all the years except the first": the year left out named by its ordinal alone,
# after the word for years.
_YEARS_BUT_ORDINAL = {
    "nb": re.compile(
        r"\bår(?:ene)?\s+(?:unntatt|utenom|bortsett\s+fra|uten|men\s+ikke)\s+(?:det\s+)?"
        r"(?P<w>første|andre|tredje|fjerde|femte|sjette)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\byears\s+(?:except(?:\s+for)?|but(?:\s+not)?|apart\s+from|excluding|other\s+than)\s+(?:the\s+)?"
        r"(?P<w>first|second|third|fourth|fifth|sixth)\b",
        re.IGNORECASE,
    ),
}


# "The last two years of the period", "de to siste årene": the years at the end of the period, however long it is.
_FINAL_YEARS = {
    "nb": re.compile(
        r"\b(?:de\s+(?P<a>to|tre|fire|fem|[2-5])\s+siste|(?:de\s+)?siste\s+(?P<b>to|tre|fire|fem|[2-5]))"
        r"\s+(?:prosjekt|drifts)?år(?:ene|et)?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:last|final)\s+(?P<a>two|three|four|five|[2-5])\s+(?:project\s+|operating\s+)?years\b", re.IGNORECASE
    ),
}


# "Nest siste år", "the second-to-last year": the year before the period's last, however long it is.
_LAST_BUT_ONE = {
    "nb": re.compile(r"\bnest\s+siste\s+(?:prosjekt|drifts)?år(?:et)?\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:second[\s-]+to[\s-]+last|penultimate|next[\s-]+to[\s-]+last)\s+(?:project\s+|operating\s+|funding\s+)?year\b"
        r"|\blast[\s-]+but[\s-]+one\s+(?:project\s+|operating\s+|funding\s+)?year\b",
        re.IGNORECASE,
    ),
}

# "Det siste driftsåret", "the final year of the period": the period's last year, however long it is.
_FINAL_YEAR = {
    "nb": re.compile(
        # "siste mulige tilskuddsår": the period's last year.
        r"\bsiste\s+(?:mulige\s+)?(?:(?:prosjekt|drifts|tilskudds)år(?:et)?|år(?:et)?\s+(?:i|av)\s+(?:tilskudds|prosjekt)?"
        r"perioden)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:final\s+(?:project\s+|operating\s+|funding\s+)?year|last\s+possible\s+(?:funding\s+|grant\s+)?year"
        r"|last\s+(?:project\s+|operating\s+|funding\s+)?year\s+of\s+(?:the|our)\s+(?:grant\s+|funding\s+)?period"
        # "the last year of Tiltak B": the measure's last year, not the calendar year before this one; so is "its
        # last year".
        r"|the\s+last\s+(?:project\s+|operating\s+|funding\s+)?year\s+(?:of|in|under)\s+(?:tiltak|measure)\s+[ab]"
        r"|\bits\s+last\s+(?:project\s+|operating\s+|funding\s+)?year)\b",
        re.IGNORECASE,
    ),
}


def _last_year_of_period(text: str, language: Language) -> bool:
    """'Hvor mye gis det siste året?' (the period's last year), not 'Hva fikk vi det siste året?' (the year past)."""
    return language == "nb" and bool(_LAST_YEAR_NB.search(text)) and not _PAST_VERB_NB.search(text)


def counted_years_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Where the text counts years had or the period's last years ("vi har hatt tiltak B de siste to år", "the last
    two years of the period"): a "de siste" there is no "the remaining years"."""
    return [m.span() for pattern in (_YEARS_BEHIND[language], _FINAL_YEARS[language]) for m in pattern.finditer(text)]


def years_after_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Where the text says after how many years ("How much can we get after two years?"): years had, no period."""
    return [m.span() for m in _AFTER_YEARS[language].finditer(text)]


def _amount_year_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A project year right after an amount ("1,5 mill. i år 1", "1.5 million again in year 2") or right before
    it ("år 2: 1,5 mill.")."""
    year = _year_words(language)
    return (
        re.compile(rf"\s*(?:\w+\s+)?(?:i|in|for|during)\s+{year}", re.IGNORECASE),
        re.compile(rf"{year}\s*[:,]?\s*(?:(?:at|på|med|with|i|in)\s+)?$", re.IGNORECASE),
    )


_AMOUNT_YEAR_PATTERNS = {language: _amount_year_patterns(language) for language in ("nb", "en")}


def _amounts_by_year(
    text: str, language: Language, named: list[tuple[int, re.Match[str]]], received: bool = False
) -> dict[int, int]:
    """Amounts bound to project years ("1,5 mill. i år 1 og 1,5 mill. i år 2"), when two years or more get one;
    with `received`, those told as had ("Vi har fått 750 000 i år 1 og 600 000 i år 2"), however many."""
    after, before = _AMOUNT_YEAR_PATTERNS[language]
    found: dict[int, int] = {}
    for amount, m in named:
        if _received_clause(text, m.start()) is not received:
            continue  # "Vi fikk 750 000 i år 1": what was received is history, not a sum to check
        bound = after.match(text, m.end()) or before.search(text[max(0, m.start() - 25) : m.start()])
        if bound is None:
            continue
        year = _number(bound.group("n") or bound.groupdict().get("d") or bound.group("w") or "", language)
        if year is not None and 1 <= year <= 20 and year not in found:
            found[year] = amount
    return found if len(found) >= 2 or received else {}


def _only_years_had(text: str, language: Language, found: Quantities, had: dict[int, int]) -> bool:
    """The project years the text names are only those sums were had in: a year asked by number ("år 3 og 4"), or
    named in the question itself ("Hva er JMO-satsen for år 1?" after "du har fått beskjed om at JMO gir 800 000 i
    første driftsår"), says itself which year is asked."""
    named = [*found.years, *([found.year] if found.year else [])]
    if any(year not in had for year in named):
        return False
    return not any(_YEAR_WORDS[language].search(sentence) for sentence in asking_sentences(text))


def _size_value(m: re.Match[str]) -> float | None:
    if m.group("p"):
        return parse_number(m.group("p"))
    if m.group("f"):
        return round(float(m.group("f").replace(",", ".")) * 100, 6)
    return 50.0 if m.group("half") else 100.0


# "… cut to 70 %", "if we cut a position from 100% to 70%", "går fra 100 % til 80 %": the share it has after.
_PERCENT = r"\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent|percent)"
# "the 75 % one is leaving, so just the full-time one", "bare den hele stillingen": one position is left, of this size.
_JUST_THE = re.compile(
    r"\b(?:just|only|bare|kun)\s+(?:the|den|det)\s+(?:(?P<full>full[- ]time|heltids|hele)"
    r"|(?P<p>\d{1,3})\s*(?:%|prosent|percent))[\s-]*(?:one|position|post|stilling(?:en)?)\b",
    re.IGNORECASE,
)
_CHANGED_TO = re.compile(
    r"(?:\b(?:cut|cuts|reduce|reduced|lower|lowered|increase|increased|raise|raised|change|changed|"
    r"gone\s+(?:down|up)|redusere|redusert|kutte|kuttet|nedjustert|øke|økt|endre|endret|"
    rf"satt\s+(?:ned|opp)|gått\s+(?:ned|opp))\s+(?:[\w-]+\s+){{0,3}}?(?:(?:from|fra)\s+{_PERCENT}\s+)?"
    rf"|\b(?:from|fra)\s+{_PERCENT}\s+(?:(?:ned|opp|down|up)\s+)?)"
    r"(?:to|til)\s+(?P<p>\d{1,3}(?:[.,]\d+)?)\s*(?:%|prosent|percent)",
    re.IGNORECASE,
)
# What says the staff again after a change to it: "…, so 3 specialists and a lead", "…, altså 3 stillinger".
_RESTATED = re.compile(r",\s*(?:so|i\.e\.|that is|altså|dvs\.?|det vil si)\s+(?=\S)", re.IGNORECASE)
# "til", "til og med", "t.o.m." between the first and last year of a range.
_UP_TO_NB = r"til\s+og\s+med|t\.?\s?o\.?\s?m\.?|til"


def _range_patterns(language: Language) -> list[re.Pattern[str]]:
    ordinals = _words(ORDINALS[language])
    cardinals = _words(CARDINALS[language])
    n = r"\d{1,2}"
    if language == "nb":
        sources = [
            rf"\b{_YEAR_NB}\s+(?P<a>{n})\s*(?P<m>(?:,\s*{n}\s*)+)?(?:og|-|–|\+|{_UP_TO_NB})\s*"
            rf"(?:(?:i|for)\s+{_YEAR_NB}\s+|(?:{_YEAR_NB}\s+)?)(?P<b>{n})\b"
            r"(?!\s*%)",
            rf"\b{_YEAR_NB}\s+(?P<wa>{cardinals})\s+(?:og|{_UP_TO_NB})\s+(?:{_YEAR_NB}\s+)?(?P<wb>{cardinals})\b"
            r"(?!\s+(?:stilling|år))",
            rf"(?<![\d.,])\b(?P<a>{n})\.\s*(?P<m>(?:,\s*{n}\.\s*)+)?(?:og|-|–|til)\s*(?P<b>{n})\.\s*{_YEAR_NB}",
            rf"\b(?P<wa>{ordinals})\s+(?:og|til)\s+(?P<wb>{ordinals})\s+{_YEAR_NB}",
            r"\bde\s+(?P<first>to|tre|fire|fem)\s+første\s+(?:prosjekt-?|drifts)?årene\b",
            r"\b(?:de\s+)?første\s+(?P<first>to|tre|fire|fem|[2-5])\s+(?:prosjekt-?|drifts)?år(?:ene)?\b",
            # Two years compared, in either order: "år 4 enn i år 1", "år 1 mot år 4".
            rf"\b{_YEAR_NB}\s+(?P<ca>{n})\s+(?:enn|mot|sammenlignet\s+med|sammenliknet\s+med)\s+(?:i\s+)?"
            rf"{_YEAR_NB}\s+(?P<cb>{n})\b(?!\s*%)",
            # "i tredje år sammenlignet med første": the second ordinal stands for a year too.
            rf"\b(?P<wca>{ordinals})\s+{_YEAR_NB}\s+(?:enn|mot|sammenlignet\s+med|sammenliknet\s+med|i\s+forhold\s+til)"
            rf"\s+(?:i\s+)?(?:det\s+)?(?P<wcb>{ordinals})\b(?!\s+(?:stilling|team))",
        ]
    else:
        sources = [
            rf"\b{_YEAR_EN}s?\s+(?P<a>{n})\s*(?P<m>(?:,\s*{n}\s*)+)?(?:and|-|–|\+|to|through)\s*"
            rf"(?:(?:in|for)\s+{_YEAR_EN}\s+|(?:{_YEAR_EN}\s+)?)(?P<b>{n})\b"
            r"(?!\s*%)",
            # "years one and two", "years two to four"
            rf"\b{_YEAR_EN}s\s+(?P<wa>{cardinals})\s+(?:and|to|through)\s+(?P<wb>{cardinals})\b",
            rf"\b(?P<wa>{ordinals})\s+(?:and|to|through)\s+(?:the\s+)?(?P<wb>{ordinals})\s+{_YEAR_EN}s?\b",
            r"\b(?:(?:the|its|our|their)\s+)?first\s+(?P<first>two|three|four|five|[2-5])\s+(?:project\s+|operating\s+)?"
            r"years\b",
            rf"\b{_YEAR_EN}\s+(?P<ca>{n})\s+(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?"
            rf"{_YEAR_EN}\s+(?P<cb>{n})\b(?!\s*%)",
            rf"\b(?P<wca>{ordinals})\s+{_YEAR_EN}\s+(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:in\s+)?"
            rf"(?:the\s+)?(?P<wcb>{ordinals})\b(?!\s+(?:position|team))",
        ]
    return [re.compile(source, re.IGNORECASE) for source in sources]


_RANGE_PATTERNS = {language: _range_patterns(language) for language in ("nb", "en")}


def _year_ranges(text: str, language: Language) -> list[tuple[list[int], tuple[int, int]]]:
    """Several project years named together: 'år 2 og 3' → [2, 3], 'years 2 to 4' → [2, 3, 4]."""
    found: list[tuple[list[int], tuple[int, int]]] = []
    for pattern in _RANGE_PATTERNS[language]:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            ca, cb = groups.get("ca") or groups.get("wca"), groups.get("cb") or groups.get("wcb")
            if ca and cb:
                numbers = [_number(ca, language), _number(cb, language)]
                compared = sorted({number for number in numbers if number is not None})
                if len(compared) == 2 and compared[0] >= 1:
                    found.append((compared, m.span()))
                continue
            if groups.get("first"):
                first = groups["first"].lower()
                last = int(first) if first.isdigit() else CARDINALS[language][first]
                found.append((list(range(1, last + 1)), m.span()))
                continue
            a = _number(groups.get("a") or groups.get("wa") or "", language)
            b = _number(groups.get("b") or groups.get("wb") or "", language)
            if a is None or b is None or not 1 <= a < b <= 20:
                continue
            joined = re.search(r"\b(?:og|and)\b|,|\+", m.group(0)) and not re.search(
                r"\b(?:til|to|through)\b|[-–]", m.group(0)
            )
            # "år 2, 3, 4 og 5": every year between the commas.
            middle = [int(number) for number in re.findall(r"\d+", groups.get("m") or "")]
            years = sorted({a, b, *middle}) if joined else list(range(a, b + 1))
            found.append((years, m.span()))
    return found


# "3 FACT teams, each with 10 full-time positions", "tre team med ti stillinger i hvert": several teams, each staffed
# as told (a count of teams with no "each" may be the staff of all of them together).
_TEAMS_EACH = {
    "nb": re.compile(
        r"\b(?P<n>to|tre|fire|fem|seks|[2-9])\s+(?:(?:F?ACT|ACT/FACT)-)?team(?:s|ene)?\b"
        r"(?=[^.?!]*\b(?:hver|hvert|per\s+team)\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<n>two|three|four|five|six|[2-9])\s+(?:(?:F?ACT|ACT/FACT)[- ])?teams\b"
        r"(?=[^.?!]*\b(?:each|per\s+team)\b)",
        re.IGNORECASE,
    ),
}


def _teams_each(text: str, language: Language) -> int | None:
    """How many teams the question staffs one by one ("3 FACT teams, each with 10 positions"), if it does."""
    found = _TEAMS_EACH[language].search(text)
    return _number(found.group("n"), language) if found else None


# A team's count of positions: no percentage, no count of teams ("one of our two teams").
_TEAM_SIZE_NUMBER = (
    rf"(?P<n>\d{{1,2}}|{_words({**CARDINALS['nb'], **CARDINALS['en']})})\b"
    r"(?![\d.,]*\s*(?:%|prosent|percent|per\s+cent))(?!\s+(?:F?ACT[- ])?team)"
)
# "one with 9 positions and one with 12", "det ene har 8 stillinger, det andre 11": each team with its own staff.
_TEAM_SIZED = {
    "nb": re.compile(
        r"\b(?:ett|et|det\s+ene|det\s+andre|ett\s+annet|et\s+annet|det\s+første)\s+(?:(?:F?ACT-)?team(?:et)?\s+)?"
        r"(?:med|på|har)?\s*" + _TEAM_SIZE_NUMBER,
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:one|another|the\s+other|the\s+first|the\s+second)\s+(?:(?:F?ACT\s+)?team\s+)?"
        r"(?:with|of|has|having|at|is|runs)\s+" + _TEAM_SIZE_NUMBER,
        re.IGNORECASE,
    ),
}
_TEAM_WORD = re.compile(r"\bteam(?:s|et|ene)?\b", re.IGNORECASE)
# "two teams with 9 and 12 positions respectively", "henholdsvis 8 og 11 stillinger".
_RESPECTIVE_SIZES = re.compile(
    r"(?=.*\b(?:respectively|henholdsvis)\b).*?\b(?P<a>\d{1,2})\s*(?:,|og|and|&)\s*(?P<b>\d{1,2})\b"
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:positions?|stillinger|årsverk|FTEs?|posts|staff|ansatte|respectively)\b)",
    re.IGNORECASE,
)


def _team_sizes(text: str, language: Language) -> list[int]:
    """Positions in each of several teams staffed differently ("two FACT teams: one with 9 positions and one with
    12"), in the sentence that names the teams; empty unless two or more are told."""
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        if _TEAM_WORD.search(sentence) is None:
            continue
        if (respective := _RESPECTIVE_SIZES.match(sentence)) is not None:
            return [int(respective.group("a")), int(respective.group("b"))]
        sizes = [_number(m.group("n"), language) for m in _TEAM_SIZED[language].finditer(sentence)]
        told = [size for size in sizes if size]
        if len(told) >= 2:
            return told
    return []


# "begrenset til fire år", "limited to 4 years", "for six years": a period of years claimed.
_YEARS_CLAIMED = re.compile(
    r"\b(?:(?:begrenset\s+til|limited\s+to|maks(?:imalt)?|max(?:imum)?\s+(?:of\s+)?|i\s+inntil|for\s+up\s+to|"
    r"capped\s+at)\s+"
    # "kan vi få fast tilskudd i fem år?", "can we get funding for five years?": a period to get asked for
    r"|(?:få|får|gis|get|receive|be\s+funded|funded)\b[^?.!]{0,30}?\b(?:i|for)\s+)"
    r"(?P<n>\d|to|tre|fire|fem|seks|two|three|four|five|six)\s+(?:år|years)\b"
    # "for fire år om gangen", "for four years at a time": how it is granted, no period claimed.
    r"(?!\s+(?:om|av)\s+gangen|\s+at\s+(?:a\s+time|once)|\s+på\s+(?:en|én)\s+gang|\s+in\s+one\s+go)",
    re.IGNORECASE,
)


def years_claimed(text: str, language: Language) -> int | None:
    """The number of years a question claims (or asks) a measure is funded for, where it names one."""
    found = _YEARS_CLAIMED.search(text)
    if found is None:
        return None
    word = found.group("n").lower()
    return int(word) if word.isdigit() else CARDINALS[language].get(word)


# "Vi er i fjerde år …", "We're in our fourth year …": the year the user is in, told.
_IN_YEAR = re.compile(r"\b(?:vi\s+er|we\s+are|we're|we’re)\s+(?:nå\s+|now\s+)?(?:i|in)\b", re.IGNORECASE)
# "… Kan vi søke igjen?", "Can we apply again?": asked, in a sentence after it, of the year after.
AGAIN_ASKED = re.compile(r"\b(?:igjen|på\s+nytt|again|once\s+more)\b", re.IGNORECASE)


class Quantities(BaseModel):
    """The numbers found in a question."""

    year: int | None = Field(default=None, description="Project/operating year.")
    calendar_year: int | None = Field(default=None, description="Calendar year.")
    percents: list[float] = Field(
        default_factory=list, description="Position percentages (over 100 % kept: the rules refuse them)."
    )
    positions: int | None = Field(default=None, description="Number of positions.")
    staffing: list[float] = Field(
        default_factory=list, description="Size of each position in % where the question gives it (2,5 årsverk)."
    )
    staff_roles: list[str] = Field(
        default_factory=list, description="The noun each position was counted by ('sykepleier'), where all have one."
    )
    years: list[int] = Field(default_factory=list, description="Several project years asked together ('år 2 og 3').")
    amounts_by_year: dict[int, int] = Field(
        default_factory=dict,
        description="Amounts in NOK bound to project years ('1,5 mill. i år 1, 2 mill. i år 2').",
    )
    years_behind: int | None = Field(
        default=None, description="Years of funding the applicant says it has had ('vi har hatt tiltak B i tre år')."
    )
    final_years: int | None = Field(
        default=None, description="The last years of the period asked about ('the last two years of the period')."
    )
    years_excluded: list[int] = Field(
        default_factory=list, description="Project years left out of those summed ('… but not year 1')."
    )
    last_but: int | None = Field(
        default=None, description="How many years before the period's last the year asked is ('nest siste år': 1)."
    )
    staffing_by_year: dict[int, list[float]] = Field(
        default_factory=dict,
        description="Position sizes in % per project year when they change ('80 % i år 3, 100 % i år 4').",
    )
    staffing_held_from: int | None = Field(
        default=None, description="The project year whose size holds on through later years ('100 % fra år 2')."
    )
    amounts: list[int] = Field(default_factory=list, description="NOK amounts.")
    dates: list[date] = Field(default_factory=list, description="Full dates.")
    participants: int | None = Field(
        default=None, description="People taking part in a training programme ('tre ansatte skal på opplæringen')."
    )
    teams: int | None = Field(default=None, description="Teams staffed one by one ('3 FACT teams, each with …').")
    team_sizes: list[int] = Field(
        default_factory=list, description="Positions in each of several teams staffed differently ('one with 9 …')."
    )


# "en på 100 og en på 40 prosent", "at 80 and 60 %": sizes listed with the unit written once, after the last.
_UNIT_ONCE = re.compile(
    r"(?<![\w.,])(?P<n>100|[1-9]\d)(?=\s*(?:,|og|and|or|eller|\+)\s+(?:(?:en|én|ett|one|another|the other)\s+"
    r"(?:på|at|à|of|i)\s+)?(?:100|[1-9]\d)(?:[.,]\d+)?\s*(?:%|prosent|percent|per cent))",
    re.IGNORECASE,
)
# Words before a number that make it no size: "år 10 og 20 %" is a year, "kr 50 og 60 %" a sum.
_NO_SIZE_BEFORE = re.compile(r"(?:år|året|years?|kr\.?|nok|nr\.?|no\.?)\s*$", re.IGNORECASE)
# The most sizes one list may write its unit once for ("100, 100 and 40 percent" is three).
_LONGEST_SIZE_LIST = 8
# "And if both are 50 % positions?": two positions.
_BOTH_SIZED = re.compile(
    r"\b(?:both\s+(?:are|were|at|positions?|of\s+them\s+(?:are|at))|begge\s+(?:er|på|stillingene))\b", re.IGNORECASE
)


# A share written in words: "seventy-five percent", "sytti prosent", "femti prosent".
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "tjue": 20,
    "tretti": 30,
    "førti": 40,
    "femti": 50,
    "seksti": 60,
    "sytti": 70,
    "åtti": 80,
    "nitti": 90,
}
# The units after the tens ("seventy-five"): the number words below ten, of either language.
_UNITS = {word: number for words in CARDINALS.values() for word, number in words.items() if number < 10}
_WORD_PERCENT = re.compile(
    rf"\b(?P<tens>{'|'.join(_TENS)})(?:[- ]?(?P<unit>{'|'.join(_UNITS)}))?"
    r"\s*(?P<unit_word>percent|per\s+cent|prosent)\b",
    re.IGNORECASE,
)


def _percent_as_digits(m: re.Match[str]) -> str:
    unit = _UNITS[m.group("unit").lower()] if m.group("unit") else 0
    return f"{_TENS[m.group('tens').lower()] + unit} {m.group('unit_word')}"


# "tre kvart stilling", "a three-quarter position", "one fifth of a position", "en tredjedels stilling": a size in
# words, as a percentage of a full position.
_WORD_FRACTIONS = {
    "kvart": 25.0, "quarter": 25.0, "quarters": 25.0, "femtedel": 20.0, "femtedels": 20.0, "fifth": 20.0,
    "fifths": 20.0, "tredjedel": 100 / 3, "tredjedels": 100 / 3, "third": 100 / 3, "thirds": 100 / 3,
    "fjerdedel": 25.0, "fjerdedels": 25.0, "tiendedel": 10.0, "tiendedels": 10.0, "tenth": 10.0, "tenths": 10.0,
}  # fmt: skip
_FRACTION_COUNTS = {"en": 1, "ein": 1, "ett": 1, "ei": 1, "one": 1, "a": 1, "to": 2, "two": 2, "tre": 3,
                    "three": 3, "fire": 4, "four": 4}  # fmt: skip
_WORD_FRACTION_SIZE = re.compile(
    rf"\b(?P<count>{'|'.join(_FRACTION_COUNTS)})[- ]?(?P<part>{'|'.join(_WORD_FRACTIONS)})"
    r"(?=\s+(?:of\s+(?:a|an|one)\s+)?(?:(?:full[- ]time|hel|full)\s+)?"
    r"(?:stilling\w*|årsverk\w*|position\w*|post\b|fte\b|job\b))"
    r"(?:\s+of\s+(?:a|an|one)(?:\s+(?:full[- ]time|full))?)?",
    re.IGNORECASE,
)


def _fraction_as_percent_words(m: re.Match[str]) -> str:
    share = _FRACTION_COUNTS[m.group("count").lower()] * _WORD_FRACTIONS[m.group("part").lower()]
    return f"{round(share, 4):g} %" if share <= 100 else m.group()


def canonical_text(text: str) -> str:
    """The text with typo'd key words replaced by their correct spelling, and a size's unit written out where a list
    of sizes writes it once, so the patterns below still match."""
    # Before the typo fixes, which would read "seventy" as "seventh".
    text = _WORD_FRACTION_SIZE.sub(_fraction_as_percent_words, _WORD_PERCENT.sub(_percent_as_digits, text))
    pieces: list[str] = []
    position = 0
    for token in tokenize(text):
        fix = _correction(token)
        if fix is not None:
            pieces.append(text[position : token.start])
            pieces.append(fix)
            position = token.end
    pieces.append(text[position:])
    fixed = _sizes_written_out("".join(pieces))
    # From the last size back: "100, 100 and 40 percent" writes the unit once for all three.
    for _ in range(_LONGEST_SIZE_LIST):
        unit_added = _UNIT_ONCE.sub(
            lambda m: m.group() if _NO_SIZE_BEFORE.search(m.string, 0, m.start()) else f"{m.group()} %", fixed
        )
        if unit_added == fixed:
            break
        fixed = unit_added
    return fixed


# "én hel stilling og én halv", "one full position and one half": a whole position and a half one, as sizes. ("to og
# en halv stilling" is 2,5 positions: a count before "og en halv" is left to the staffing patterns.)
_WHOLE = re.compile(r"\b(en|én|ett|one|a)\s+(?:hele?|full)(?=\s+(?:stilling|position|post|og|and)\b)", re.IGNORECASE)
# "to halve stillinger og en hel i overgangsordningen": "en hel" with its noun left out is a whole position too.
_WHOLE_ALONE = re.compile(
    r"\b(?:(en|én|ett)|(one|a))\s+(?:hele?|full)(?=\s+(?:i|in|på|til|for|under)\b|\s*[,.?!–]|\s*$)", re.IGNORECASE
)
_HALF_AFTER = re.compile(
    r"\b(stilling(?:er)?|positions?|posts?|100\s*%)\s+(og|and)\s+(en|én|one|a|\d{1,2}|to|tre|fire|fem|two|three|four|five)"
    r"\s+(?:halv|halve|half|halves)\b(?:\s+ones\b)?(?![\s-]*(?:tids|time))"
    r"(?P<noun>\s+(?:stilling\w*|positions?|posts?))?",
    re.IGNORECASE,
)

# "to stillinger, en på 100 og en på 30": each one's size, its unit left out, in a message that counts positions.
_ONE_AT_BARE_SIZE = re.compile(
    r"\b((?:en|én|ei|ett|one|den\s+andre|the\s+other)\s+(?:på|pa|at|of)\s+)(\d{1,3})\b"
    r"(?![.,]?\d|\s*(?:%|prosent|percent|kr\b|nok\b|mill|år\b|years?\b|stk\b|personer|people|pasient|patient))",
    re.IGNORECASE,
)
_WHOLE_PERCENT = 100
# "tre stk i 100 %", "3 stk. 100 % stillinger": "stk" (pieces) only says that what comes before is a count.
_PIECES = re.compile(
    rf"\b(\d{{1,3}}|{_words(CARDINALS['nb'])})\s+(?:stk|stykk(?:er)?)\b\.?(?=\s|$|[,?!])", re.IGNORECASE
)
_POSITIONS_NAMED = re.compile(r"\b(?:stilling\w*|positions?|posts?|årsverk|fte)\b", re.IGNORECASE)


# "de to første årene", "the first three years": the years counted from the first, as the patterns list them.
_FIRST_YEARS: dict[Language, re.Pattern[str]] = {
    "nb": re.compile(r"\b(?:i\s+|for\s+)?de\s+(?P<n>to|tre|fire|fem)\s+første\s+årene\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:(?:in|for|during)\s+)?the\s+first\s+(?P<n>two|three|four|five)\s+years\b", re.IGNORECASE),
}


def _first_years_listed(text: str) -> str:
    for language, pattern in _FIRST_YEARS.items():
        text = pattern.sub(partial(_years_listed, language=language), text)
    return text


def _years_listed(m: re.Match[str], language: Language) -> str:
    """ "de to første årene" as "i år 1 og 2"."""
    n = CARDINALS[language][m.group("n").lower()]
    years = [str(year) for year in range(1, n + 1)]
    joined = f"{', '.join(years[:-1])} {'og' if language == 'nb' else 'and'} {years[-1]}"
    return f"i år {joined}" if language == "nb" else f"in years {joined}"


def _sizes_written_out(text: str) -> str:
    def half(m: re.Match[str]) -> str:
        noun = m.group("noun") or (" position" if m.group(2).lower() == "and" else " stilling")
        return f"{m.group(1)} {m.group(2)} {m.group(3)} 50 %{noun}"

    def whole_alone(m: re.Match[str]) -> str:
        return f"{m.group(1)} 100 % stilling" if m.group(1) else f"{m.group(2)} 100 % position"

    def bare_size(m: re.Match[str]) -> str:
        return f"{m.group(1)}{m.group(2)} %" if 0 < int(m.group(2)) <= _WHOLE_PERCENT else m.group()

    text = _first_years_listed(_PIECES.sub(r"\1", text))
    if _POSITIONS_NAMED.search(text):
        text = _ONE_AT_BARE_SIZE.sub(bare_size, text)
    return _HALF_AFTER.sub(half, _WHOLE_ALONE.sub(whole_alone, _WHOLE.sub(r"\1 100 %", text)))


def _correction(token: Token) -> str | None:
    """The vocabulary word a typo'd token stands for, or None if it is correct or unrelated."""
    if token.text in VOCABULARY or token.text in _NOT_TYPOS:
        return None
    matches = _VOCABULARY_LEXICON.words(token)
    return min(matches, key=lambda word: (abs(len(word) - len(token.text)), word)) if matches else None


def _number(value: str, language: Language) -> int | None:
    if value.isdigit():
        return int(value)
    if value.lower() in ("both", "begge"):
        return 2
    return CARDINALS[language].get(value.lower()) or ORDINALS[language].get(value.lower())


# A percentage that sizes no position ("add a 20 % position" does).
_PERCENT_TEXT = (
    r"(?P<pct>\d{1,3}(?:[.,]\d+)?\s*(?:%|prosent\b|percent\b))(?!\s*-?\s*(?:stilling|position|post|fte|årsverk))"
)
_MARKUP = (
    # "legg til 20 % på alle beløp", "add an extra 20 %" (not "legg til én på 40 %": one more position).
    re.compile(
        rf"\b(?:legg\w*\s+(?:til|på)|add(?:s|ed|ing)?)\s+(?:(?:an?\s+)?(?:ekstra|extra)\s+)?{_PERCENT_TEXT}", re.I
    ),
    re.compile(rf"\b(?:plus|pluss)\s+{_PERCENT_TEXT}", re.I),  # not "pluss én på 40 %": one more position
    # "øk alle beløp med 20 %", "increase the amounts by 20 %" (not "øker stillingen til 80 %").
    re.compile(rf"\b(?:øk\w*|increase\w*|raise\w*)\s+(?:[\w-]+\s+){{0,2}}?(?:med|by)\s+{_PERCENT_TEXT}", re.I),
    re.compile(rf"{_PERCENT_TEXT}(?=\s*(?:ekstra|extra|påslag|on\s+top)\b)", re.IGNORECASE),
)


# "not full-time but 60 %", "ikke heltid, men 60 %": a size denied right before the one that holds.
_DENIED_BEFORE = re.compile(r"\b(?:not|isn't|ikke|no\s+longer|ikke\s+lenger)\s+(?:a\s+|en\s+)?$", re.IGNORECASE)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


_THAT_ONE = re.compile(r"\b(?:den|denne|that|this)\s+(?:stillingen|position|post|one)\b", re.IGNORECASE)


_BUDGET_LINE = re.compile(
    r"\b(?:kap(?:ittel)?|chapter|ch)\.?\s*\d{2,4}\s*,?\s*(?:post|item)\s*\d{1,3}\b", re.IGNORECASE
)


def extract_quantities(text: str, language: Language) -> Quantities:
    """Every number-like entity in the text, each span used once (a date's year is not also a calendar year)."""
    text = canonical_text(text)
    year_patterns, position_patterns = _LANG_PATTERNS[language]
    taken: list[tuple[int, int]] = []
    found = Quantities()
    # "legg på 20 % ekstra på beløpet", "add 20 % to every amount": a markup asked for, no position's size.
    taken.extend(m.span("pct") for pattern in _MARKUP for m in pattern.finditer(text))
    # "Years 1 and 2 at full time would be 1,350,000, so at 50 % …": a size a sum is worked out for, no position.
    taken.extend(m.span("size") for m in _REFERENCE_SIZE.finditer(text))
    # "kap. 227 post 75": a budget chapter and post, no 227 positions ("post") nor a count of anything.
    taken.extend(m.span() for m in _BUDGET_LINE.finditer(text))
    # "… gives 800 000 for a full position, what do we get for 50 %?": the size a sum is for, beside a size asked
    # ("Can we get 400 000 per full-time position?" asks of that size).
    for m in _SIZE_OF_A_SUM.finditer(text):
        rest = text[: m.start()] + text[m.end() :]
        if _PERCENT_RE.search(rest) or any(re.search(source, rest, re.IGNORECASE) for source, _ in PERCENT_PHRASES):
            taken.append(m.span("size"))

    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = int(m.group("m")) if "m" in m.groupdict() else MONTHS[m.group("month").lower()]
            try:
                found.dates.append(date(int(m.group("y")), month, int(m.group("d"))))
            except ValueError:
                continue
            taken.append(m.span())

    for m in [*_YEAR_EXCLUDED[language].finditer(text), *_YEARS_BUT_ORDINAL[language].finditer(text)]:
        left_out = _number(m.groupdict().get("n") or m.group("w"), language)
        if left_out is not None and not _overlaps(m.span(), taken):
            found.years_excluded.append(left_out)
            taken.append(m.span())

    by_year = _sizes_by_year(text, language)
    asked_beside: list[int] = []
    if by_year.sizes:
        asked_beside = _years_asked_beside(by_year, text, language)
        found.staffing_by_year = _held_on(by_year, asked_beside)
        # (Years asked besides the sizes, "… for years 1 to 3", were filled in already: the period is theirs.)
        found.staffing_held_from = by_year.open_from if not asked_beside else None
        found.years = sorted(found.staffing_by_year)
        taken.extend(by_year.spans)

    # "sju år på rad", "five years in a row": years 1 to N (beyond the period the rules say no).
    in_a_row = _in_a_row(text, language)
    if in_a_row is not None and 1 < in_a_row[0] <= _MAX_YEARS_IN_A_ROW and not found.years:
        found.years = list(range(1, in_a_row[0] + 1))
        taken.append(in_a_row[1])

    for years_found, span in _year_ranges(text, language):
        if not found.years and not _overlaps(span, taken):
            found.years = years_found
            taken.append(span)
            if _received_clause(text, span[0]) and _STATEMENT_END.search(text, span[1]):
                # "We received Tiltak B for 2024 and 2025 (first and second year). What's our maximum for 2026?":
                # the years told as received are had, and the question comes after them.
                found.years_behind, found.years = max(years_found), []

    # "Vi har hatt tilskudd i 3 driftsår": years had, counted, not the year asked.
    taken.extend(m.span() for m in _YEARS_BEHIND[language].finditer(text))
    candidates: list[tuple[int, re.Match[str]]] = []
    for pattern in year_patterns:
        for m in pattern.finditer(text):
            year = _number(m.group("n") if "n" in m.groupdict() else m.group("w"), language)
            if year is not None and 1 <= year <= 20 and not _overlaps(m.span(), taken):
                candidates.append((year, m))
    # In the order said, whichever pattern found them: "our fifth year? We're finishing year 4 now" asks year 5.
    candidates.sort(key=lambda candidate: candidate[1].start())
    # "Vi fikk 750 000 i år 1 og har budsjettert med 700 000 i år 2": the year of what was received is history.
    current = [(year, m) for year, m in candidates if not _received_clause(text, m.start())]
    if candidates:
        year, m = (current or candidates)[0]
        found.year = year
        if not current and _LAST_YEAR.search(_clause_of(text, m.start())):
            # "Vi fikk tilskudd for første driftsår i fjor": that year is had, the year now is the one after.
            found.years_behind, found.year = year, year + 1
        taken.append(m.span())
        premise_ends = [p.end() for p in _PREMISE_CLAUSE.finditer(text) if p.start() <= m.start() < p.end()]
        asked_later = [
            (later, n)
            for later, n in candidates
            if later > year
            and (_STATEMENT_END.search(text, m.end(), n.start()) or any(end <= n.start() for end in premise_ends))
        ]
        if asked_later:
            # "Vi er i sjette år med tiltak A. Kan vi søke om et sjuende år?": the year told first is the one the
            # user is in; a later one, asked in a sentence after it, is the year asked.
            found.years_behind, found.year = year, asked_later[0][0]
            taken.append(asked_later[0][1].span())
        elided = _ELIDED_YEAR[language].search(text, m.end())
        if elided is not None and (later := _number(elided.group("w"), language)) is not None and later > year:
            # "We're in our fourth year now. Can we apply for a fifth?": the year asked is the later one.
            found.years_behind, found.year = year, later
        statement = _STATEMENT_END.search(text, m.end())
        asked_again = (
            statement is not None
            and _IN_YEAR.search(text, 0, m.start()) is not None
            and AGAIN_ASKED.search(text, statement.end()) is not None
        )
        if asked_again and found.years_behind is None and len(candidates) == 1:
            # "Vi er i fjerde år med tiltak B. Kan vi søke igjen?": the year after the one the user is in.
            found.years_behind, found.year = year, year + 1
        if found.year in found.staffing_by_year and not asked_beside:
            # "80 % i år 3 og 100 % i år 4. Hva er maks for år 4?": one of the years sized is asked, not their sum.
            found.years = []

    found.teams = _teams_each(text, language)
    found.team_sizes = _team_sizes(text, language)
    participants = _participants(text, language)
    # "for år 1 og 2 hvis stillingen er 50 %": a year's number counts no positions, nor does the count of people
    # sent to a training programme ("5 teamansatte på opplæringsprogrammet").
    unyeared = text
    for start, end in [*taken, *([participants[2]] if participants is not None else [])]:
        unyeared = unyeared[:start] + " " * (end - start) + unyeared[end:]
    # "tre firedels stilling": three quarters of one position, not three positions.
    unyeared = _FRACTION_WORDS.sub(lambda m: " " * len(m.group()), unyeared)
    staffing = extract_staffing(_AT_FRACTION.sub(_fraction_as_percent, unyeared), language)
    restated = _RESTATED.search(unyeared)
    if restated:
        # "add a third job specialist, so 3 specialists plus the team leader": the staff said again, in full.
        again = extract_staffing(unyeared[restated.end() :], language)
        staffing = again if again.positions is not None else staffing
    changed = _CHANGED_TO.search(unyeared)
    share = parse_number(changed.group("p")) if changed is not None else None
    if share is not None and staffing.positions in (None, 1) and 0 < share <= _MAX_PERCENT:
        # "We got 330,000 for a 100% position, but the position has now been cut to 70%": the position as it is now.
        staffing = staffing.model_copy(update={"positions": 1, "shares": [share], "roles": staffing.roles[:1]})
    if staffing.positions is not None:
        found.positions = staffing.positions
        found.staffing = staffing.shares
        found.staff_roles = staffing.roles

    # "Og hvis vi bare har 0,8?": a fraction after a verb or preposition is a share of a position, too.
    sized = _AT_FRACTION.sub(_fraction_as_percent, text)
    denied_sizes: list[float] = []
    for m in _PERCENT_RE.finditer(sized):
        percent = parse_number(m.group("n"))
        if percent is not None and 0 < percent <= _MAX_PERCENT and not _overlaps(m.span(), taken):
            # "I meant 60 %, not 80 %": the size denied is no size asked, when another is said.
            denied_size = _DENIED_BEFORE.search(sized, 0, m.start()) is not None
            (denied_sizes if denied_size else found.percents).append(percent)
            taken.append(m.span())
    if not found.percents:
        found.percents = denied_sizes
    # "to og en halv stilling" is staffing, not a half-time position.
    taken.extend(staffing.spans)
    for source, phrase_percent in PERCENT_PHRASES:
        for m in re.finditer(source, text, re.IGNORECASE):
            denied = _DENIED_BEFORE.search(text, 0, m.start()) is not None and found.percents
            if phrase_percent not in found.percents and not _overlaps(m.span(), taken) and not denied:
                found.percents.append(phrase_percent)

    if found.positions is not None and found.positions == len(found.percents) > 1 and not found.staffing:
        # "2 stillinger, den ene er 50 %, den andre full": one size for each position counted.
        found.staffing = sorted(found.percents)
    if found.positions is None and _BOTH_SIZED.search(text):
        # "And if both are 50 % positions?": two positions, both of the size named.
        found.positions = 2
    for pattern in position_patterns if found.positions is None else ():
        for m in pattern.finditer(text):
            count = _number(m.group("n"), language)
            if _overlaps(m.span("n"), taken):
                continue
            if found.positions is None and count is not None and 0 < count <= 500:
                found.positions = count
                taken.append(m.span("n"))

    count = found.positions or 0
    that_one = _THAT_ONE.search(text) is not None  # "Hva er maks for den stillingen?" asks of that one alone
    if 1 < count <= 20 and len(found.percents) == 1 and not found.staffing and names_one_of_them(text) and not that_one:
        # "we have 3 positions, one of them only 50%": that one at its size, the others full time.
        found.staffing = [found.percents[0], *([100.0] * (count - 1))]
    if participants is not None:
        found.participants, span, _ = participants
        taken.append(span)  # "5 x 28 000": the cost each, not a salary or a grant

    named: list[tuple[int, re.Match[str]]] = []
    for m in AMOUNT_RE.finditer(text):
        amount = amount_value(m)
        if amount is not None and not _overlaps(m.span("num"), taken):
            found.amounts.append(amount)
            named.append((amount, m))
            taken.append(m.span())
    found.amounts_by_year = _amounts_by_year(text, language, named)
    behind = _YEARS_BEHIND[language].search(text)
    if behind is not None:
        had = behind.group("n").lower()
        found.years_behind = int(had) if had.isdigit() else CARDINALS[language].get(had)
        if in_a_row is not None and behind.start() <= in_a_row[1][0] < behind.end():
            found.years = []  # "has received it for six consecutive years": years had, none asked
        elided = _ELIDED_YEAR[language].search(text, behind.end())
        later = _number(elided.group("w"), language) if elided is not None else None
        if found.year is None and later is not None and found.years_behind is not None and later > found.years_behind:
            # "We've had Tiltak A funding for six years. Can we apply for a seventh?": the year asked.
            found.year = later
    listed = years_had_listed(text)
    if listed is not None and found.years_behind is None and found.year is None:
        found.years_behind = listed[0]
    done = _YEARS_DONE[language].search(text)
    if done is not None and found.years_behind is None:
        found.years_behind = ORDINALS[language][done.group("o").lower()]
    funded = _FUNDED_YEARS_DONE[language].search(text)
    if funded is not None and found.years_behind is None:
        found.years_behind = _number(funded.group("n"), language)
    if found.years_behind is None and found.year is None and _FIRST_RECEIVED[language].search(text):
        found.years_behind = 1
    had = _amounts_by_year(text, language, named, received=True) if found.years_behind is None else {}
    if had and _only_years_had(text, language, found, had):
        # "Vi har fått 750 000 i år 1 og 600 000 i år 2. … resten av perioden?": the years the sums were had are
        # the years behind.
        found.years_behind = max(had)
        found.year = None
        found.years = []
    final = _FINAL_YEARS[language].search(text)
    if final is not None and (behind is None or not _overlaps(final.span(), [behind.span()])):
        found.final_years = _number(final.group("a") or final.group("b"), language)
    elif _LAST_BUT_ONE[language].search(text):
        found.last_but = 1
    elif _FINAL_YEAR[language].search(text) or _last_year_of_period(text, language):
        found.final_years = 1
    after = _AFTER_YEARS[language].search(text)
    if after is not None and found.years_behind is None and found.year is None and not found.years:
        found.years_behind = _number(after.group("n"), language)
    if found.amounts_by_year and not found.years:
        found.years = sorted(found.amounts_by_year)

    named_years = [m for m in CALENDAR_YEAR_RE.finditer(text) if not _overlaps(m.span(), taken)]
    # "Our team has had funding since 2017. What did the 2019 announcement expect …?": the year since which
    # something holds is history, another year named is the one asked about.
    started = next((m for m in named_years if _STARTED.search(_clause_of(text, m.start()))), None)
    # The year a project started is history too, when another year is named.
    years = [m for m in named_years if not _told_history(text, m) and m is not started] or (
        [started] if started is not None else []
    )
    question_at = asking_start(text)
    # "How much was it then, and how does that compare to 2019?": the year compared with is not the one asked.
    in_question = [m for m in years if m.start() >= question_at and not _COMPARED_WITH.search(text[: m.start()])]
    # "the 2015 overview lists … What was it, and what did the adults' scheme have in 2019?": a document named by
    # its year in the scene is what the question asks about first.
    scene_document = any(m.start() < question_at and _DOCUMENT_AFTER.match(text, m.end()) is not None for m in years)
    if question_at and in_question and not scene_document:
        # "Før 2025 fikk nye IPS-prosjekter inntil 500 000 … Hva er maks etter 2025-regelverket?": the year the
        # question names is the one asked about; the scene's is history.
        years = in_question
    asked = [m for m in years if not _SINCE.search(text[: m.start()])]
    if not asked and not _NOW.search(text):
        asked = years  # "Hvor mye har vi fått siden 2020?" asks about that year on; "… since 2020 – less now?" not
    if asked:
        year = int(asked[0].group("y"))
        found.calendar_year = year - 1 if _BEFORE.search(text[: asked[0].start()]) else year
    # "… What did the 2019 transitional rules expect?": a year naming rules or a document counts no project year.
    names_rules = bool(asked) and _RULES_AFTER.match(text, asked[0].end()) is not None
    if started is not None and found.year is None and found.calendar_year is not None and not names_rules:
        # "Vi startet med tiltak B i 2024. Hva er maks for 2026?": the project year is counted from the start.
        count = found.calendar_year - int(started.group("y")) + 1
        if 1 < count <= 20:
            found.year, found.years_behind = count, count - 1
    if found.year is None and found.years_behind is None and found.calendar_year is None and not found.years:
        _count_from_a_start_ago(found, text, language)
    if found.year is None and found.years_behind is None and not found.years and _FIRST_APPLICATION.search(text):
        # "This is the first time we apply under 0765.73 for this position": the grant's first year.
        found.year = 1
    just = _JUST_THE.search(text)
    if just is not None:
        size = 100.0 if just.group("full") else float(just.group("p"))
        if 0 < size <= 100:
            found.positions, found.staffing, found.percents = 1, [size], [size]
    return found


def _count_from_a_start_ago(found: Quantities, text: str, language: Language) -> None:
    """'We started Tiltak B last year. What's the max for this year?': the years since the start are the years had,
    and the year asked is this one (or the next, when it says so)."""
    for statement in re.split(r"(?<=[.!?])\s+", text):
        ago = _STARTED_AGO[language].search(statement)
        started = ago is not None and (_STARTED.search(statement) or _got_it_first(statement, ago))
        if ago is None or not started or not _GRANT_STARTED.search(statement):
            continue  # "We started our FACT team two years ago": a team's start is no start of its grant years
        had = _number(ago.group("n"), language) if ago.group("n") else 1
        if had is None:
            return
        found.years_behind = had + 1 if _NEXT_YEAR.search(text) else had
        found.year = found.years_behind + 1
        return


# "Our FACT team got Tiltak B last year": granted last year, and nothing said of years before it.
_GOT = re.compile(rf"\b(?:{GOT_VERB})\b", re.IGNORECASE)
_AGAIN = re.compile(r"\b(?:too|also|again|already|as\s+well|også|igjen|allerede|på\s+nytt)\b|\d", re.IGNORECASE)


def _got_it_first(statement: str, ago: re.Match[str]) -> bool:
    """'We got Tiltak B last year' tells when the grant began: a grant named as got last year, with no sum (a sum is
    a year's rate, see questions.amount) and no 'again' or 'already' (years before it may have been had too)."""
    return ago.group("n") is None and bool(_GOT.search(statement)) and not _AGAIN.search(statement)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts; a relative clause ("…, which was our second year") belongs to
    the clause it describes ("We got 600 000 last year")."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    while starts and _RELATIVE.match(text, starts[-1]) and text[starts[-1] - 2] == ",":
        starts.pop()
    return starts[-1] if starts else 0


def _received_clause(text: str, at: int) -> bool:
    """The clause holding offset `at` tells what was received ("Vi fikk 750 000 i år 1")."""
    return bool(_RECEIVED.search(text, _clause_start(text, at), at))


def _clause_of(text: str, at: int) -> str:
    """The clause holding offset `at`."""
    end = _CLAUSE_START.search(text, at)
    return text[_clause_start(text, at) : end.start() if end else len(text)]


def _told_history(text: str, year: re.Match[str]) -> bool:
    """The year is in a statement of what the user got before, with the question still to come."""
    end = _STATEMENT_END.search(text, year.end())
    return end is not None and "?" in text[end.end() :] and bool(_OWN_HISTORY.search(text[: year.start()]))


# A count and nothing else: "og med to?", "and 3?", "Hva med tre?" (not "en"/"a", which are articles as often).
_COUNT_WORDS = "|".join(sorted({*CARDINALS["nb"], *CARDINALS["en"]} - {"en", "ei", "a", "an"}, key=len, reverse=True))
# A bare count answering a count question before it: "Vi har 14.", "We have 12.", "Hva med 3?", "so we could do 3?",
# "Could we get three if …?"
_BARE_COUNT = re.compile(
    r"\b(?:har|hadde|have|had|er|var|are|were|hva\s+med|what\s+about|how\s+about|og|and|(?:could|can)\s+do"
    rf"|kan\s+ha|kunne\s+ha|get|få|fund|finansiere)\s+(\d{{1,3}}|{_COUNT_WORDS})\b"
    r"(?!\s*(?:%|prosent|percent|kr|nok|år|years?|[.,]\d))",
    re.IGNORECASE,
)
_COUNT_ALONE = re.compile(
    # "no wait, three", "sorry, I meant 3", "nei vent, tre": a count corrected is a count alone.
    r"\W*(?:(?:no|nei|sorry|beklager|oops|wait|vent|actually|egentlig|i\s+mean[t]?|jeg\s+mente?|mente?)\W+)*"
    rf"(?:(?:og|and|men|but)\s+)?(?:(?:hva|what|how)\s+(?:med|about|om)\s+|med\s+|with\s+|for\s+)?"
    rf"(?P<n>\d{{1,2}}|{_COUNT_WORDS})(?:\s+(?:da|then|stk\.?))?\s*\??\s*",
    re.IGNORECASE,
)


def count_alone(text: str) -> int | None:
    """A message that is a count and nothing else ("og med to?", "and 3?", "Hva med tre?"): the count."""
    found = _COUNT_ALONE.fullmatch(text)
    if found is None:
        return None
    n = found.group("n").lower()
    return int(n) if n.isdigit() else CARDINALS["nb"].get(n) or CARDINALS["en"].get(n)


def bare_count(text: str, years: Sequence[int] = ()) -> int | None:
    """The count a message gives on its own ("Vi har 14.", "so we could do 3?"), if any; not one of the project
    `years` it lists ("years 3 and 4 combined?")."""
    found = _BARE_COUNT.search(text)
    said = found.group(1).lower() if found else None
    count = (int(said) if said.isdigit() else CARDINALS["nb"].get(said) or CARDINALS["en"].get(said)) if said else None
    return None if count in years else count


def answers_a_count(qualifiers: Sequence[str]) -> bool:
    """Whether the question before (its `qualifiers`) asked how many positions, so that a bare count answers it."""
    return {"count_question", "positions_named"} <= set(qualifiers)


def year_started(text: str) -> int | None:
    """The calendar year the text says a project started or was first funded ("Vi starta med tiltak B i 2023")."""
    started = next((m for m in CALENDAR_YEAR_RE.finditer(text) if _STARTED.search(_clause_of(text, m.start()))), None)
    return int(started.group("y")) if started is not None else None


def years_had_listed(text: str) -> tuple[int, int] | None:
    """How many calendar years the text lists as had ("we received … in 2025 and 2026"), and the last of them; None
    unless they are one run of years, none skipped."""
    listed = _YEARS_HAD_LISTED.search(text)
    if listed is None:
        return None
    had = sorted({int(y) for y in re.findall(r"\d{4}", listed.group("list"))})
    return (len(had), had[-1]) if had == list(range(had[0], had[-1] + 1)) else None


def _fraction_as_percent(m: re.Match[str]) -> str:
    """'at 0,8' as 'at 80%', 'at 0.8 and 0.6' as 'at 80%  and 60% ', as long as it was: the spans of what is found
    in the text stay where they were."""
    group = "list" if m.group("list") else "f"
    listed = _LISTED_FRACTION.sub(
        lambda f: f"{round(float(f.group().replace(',', '.')) * 100)}%".ljust(len(f.group())), m.group(group)
    )
    return m.group(0)[: m.start(group) - m.start()] + listed


_LISTED_FRACTION = re.compile(r"[01][.,]\d{1,2}")
# "at full time would be …", "so at 50 % that's 675,000": a size the asker works a sum out for.
_REFERENCE_SIZE = re.compile(
    r"\b(?:at|på|i|med)\s+(?P<size>full[- ]time|heltid|full\s+stilling|hel\s+stilling|\d{1,3}\s*%)\s+"
    r"(?:would|ville|it\s+would|that\s+would|that['’]s|that\s+is|it['’]s|gives|blir\s+det|gir\s+det|er\s+det)\b",
    re.IGNORECASE,
)

# "since Tiltak B gives 800 000 for a full position, what do we get for 50 %?": the size a sum is said to be for.
_SIZE_OF_A_SUM = re.compile(
    r"\d(?:[\d \u00a0.,]*\d)?\s*(?:kr\.?|nok|kroner)?\s+(?:for|per|pr\.?)\s+(?:a|an|one|en|én|ei|ett)?\s*"
    r"(?P<size>full[- ]time\s+position|full\s+position|100\s*%[- ]?(?:position|stilling)|hel\s+stilling|"
    r"full\s+stilling|heltidsstilling)",
    re.IGNORECASE,
)


def _participants(text: str, language: Language) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """How many take part in a training programme, the span that says it and that of the count: "5 x 28 000"
    (people times the cost each) or a count of people in a sentence about training ("tre ansatte skal på
    opplæringsprogrammet", "the training programme … for 7 team members")."""
    words = "|".join(CARDINALS[language])
    for pattern in (_TIMES_COST, _PEOPLE_IN_TRAINING, _SENT_TO_TRAINING, _TRAINING_FOR_PEOPLE):
        m = re.search(pattern.format(words=words), text, re.IGNORECASE)
        if m is not None:
            count = _number(m.group("n"), language)
            if count is not None and 0 < count <= _MAX_PARTICIPANTS:
                return count, m.span(), m.span("n")
    return None


def people_sent(text: str, language: Language) -> int | None:
    """How many people a message says are sent ("vi sender 12 stk"), whatever to: in a conversation on the training
    programme's cost, the participants."""
    m = re.search(_SENT_COUNT.format(words="|".join(CARDINALS[language])), text, re.IGNORECASE)
    count = _number(m.group("n"), language) if m is not None else None
    return count if count is not None and 0 < count <= _MAX_PARTICIPANTS else None


def amount_value(m: re.Match[str]) -> int | None:
    """The NOK value of an AMOUNT_RE match, or None if it is just a number (a year, a count)."""
    raw = m.group("num")
    value = parse_number(raw)
    if value is None:
        return None
    whole = m.group(0).strip().lower()
    has_currency = whole != raw.lower() and not (m.group("mill") or m.group("thousand"))
    if not has_currency and _COUNTED_AFTER.match(m.string, m.end()):
        return None  # "12 000 innbyggere" counts people
    if m.group("mill"):
        return round(value * 1_000_000)
    if m.group("thousand"):
        return round(value * 1_000)
    grouped = bool(re.fullmatch(r"\d{1,3}(?:[ \u00a0.,]\d{3})+", raw))
    if has_currency and value >= 1:
        return round(value)
    if grouped and value >= 1000:
        return round(value)
    if value >= 10_000 and not re.fullmatch(r"(?:19|20)\d{2}", raw):
        return round(value)
    return None


def dates_a_deadline(text: str) -> bool:
    """True if the text names a day or a month, or a year it says something is due in."""
    return bool(_DEADLINE_DATE.search(text))
