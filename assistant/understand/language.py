"""Is a question Norwegian (bokmål) or English? Scored from function words and common question words."""

from __future__ import annotations

import re

from assistant.tokens import Lexicon, Token, fold, tokenize, word_matches
from assistant.types import Language


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that mark a language. Domain names that English questions borrow from Norwegian ("Tiltak B", "kommune",
# "regelverk") are deliberately absent, so they never make an English question Norwegian.
NB_WORDS = _wordset(
    """
    og eller ikke er var blir ble har hadde kan kunne skal skulle må måtte vil ville bør får fikk
    hva hvem hvor hvordan hvorfor hvilke hvilken hvilket når hvis om enn også bare
    jeg vi dere de han hun den det denne dette disse vår vårt våre oss meg deg din ditt dine sin sitt sine
    en ett et av på til fra med uten hos mellom etter før over under innen mot per pr
    som at da så nå her der slik noe noen ingen alle hele mye mange mer mest lenge lang gang
    søke søker søkere søknad søknaden søknadsfrist frist fristen beløp beløpet tilskudd tilskuddet stilling
    stillinger stillingen driftsår prosjektår tredje fjerde femte sjette første andre år året årene
    hei takk fortell forklar gjelder gi gis gitt kreves krav rapportere rapportering klage vedtak
    totalt samlet maksimalt
    """
)
EN_WORDS = _wordset(
    """
    and or not is are was were be been being has have had do does did can could shall should must will would may
    might what who where how why which when whom whose if than also only just
    i you we they he she it this that these those our ours us me my your their its
    a an of on from with without by into about between after before over under within against per
    as there here such some any none all much many more most long
    apply applying applicant applicants application applications deadline amount amounts grant grants funding
    position positions year years third fourth fifth first second get got receive eligible
    hello hi thanks please tell explain describe give given required requirements report reporting appeal
    decision the what's who's can't don't isn't doesn't we're i'm say says mean means need needs send use
    allowed maximum total rules regulations cover covers team teams people staff organisation organization
    available actually support one two three four five six seven eight nine ten
    yr yrs fulltime specialist specialists
    """
)
# Spellings both languages use ("for", "to", "men", "over", "her", "by" = town) score for neither; nor do the
# letters that name measures ("Tiltak A").
_AMBIGUOUS = (NB_WORDS & EN_WORDS) | {
    "i",
    "to",
    "at",
    "men",
    "for",
    "de",
    "so",
    "her",
    "over",
    "under",
    "per",
    "by",
    "a",
}
_NB_ONLY = NB_WORDS - _AMBIGUOUS
_EN_ONLY = EN_WORDS - _AMBIGUOUS
_NB_LETTERS = frozenset("æøå")
# Norwegian typed without æøå ("kan vi soke", "nar er fristen"), unless the plain spelling is English ("far").
# "før" folds to "for", which both languages spell.
_NB_FOLDED = frozenset(fold(w) for w in _NB_ONLY) - EN_WORDS - _NB_ONLY - _AMBIGUOUS


def _typo_matches(token: Token, word: str) -> bool:
    return len(token.text) >= 5 and len(word) >= 5 and word_matches(token.text, word)


_NB_TYPOS = Lexicon(_NB_ONLY, _typo_matches)
_EN_TYPOS = Lexicon(_EN_ONLY, _typo_matches)


def _score(tokens: list[Token], english: bool) -> float:
    """Exact hits count 1; Norwegian without æøå and typo'd longer words count a little less."""
    words, folded, typos = (_EN_ONLY, frozenset[str](), _EN_TYPOS) if english else (_NB_ONLY, _NB_FOLDED, _NB_TYPOS)
    score = 0.0
    for token in tokens:
        if token.text in words:
            score += 1.0
        elif token.folded in folded:
            score += 0.8
        elif typos.words(token):
            score += 0.7
    return score


# A name quoted in the question ('Tilbud til voksne med …', «…», "…"): the document's words, not the asker's.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?<!\w)['‘][^'’]{3,}?['’](?!\w)")


def language_scores(text: str) -> tuple[float, float]:
    """(Norwegian, English) evidence in the text; both 0 when it has no telling words ("Tiltak A?"). Quoted names
    count only when nothing outside them tells."""
    unquoted = _QUOTED.sub(" ", text)
    if unquoted != text:
        nb, en = _scores(unquoted)
        if nb or en:
            return nb, en
    return _scores(text)


def _scores(text: str) -> tuple[float, float]:
    tokens = tokenize(text)
    nb = _score(tokens, english=False)
    en = _score(tokens, english=True)
    if tokens:
        # The opening word carries the sentence's language even when Norwegian names are quoted later on.
        nb += _score(tokens[:1], english=False)
        en += _score(tokens[:1], english=True)
    if nb == en and any(letter in _NB_LETTERS for letter in text.lower()):
        # Only a tie-breaker: English questions quote Norwegian names with æøå ("Hvem kan søke").
        nb += 0.5
    return nb, en


def detect_language(text: str) -> Language:
    """'en' when English words outweigh Norwegian ones, else 'nb' (also when unsure)."""
    nb, en = language_scores(text)
    return "en" if en > nb else "nb"
