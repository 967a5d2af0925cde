"""Nynorsk questions read as bokmål: the cue words, rule tables and documents are bokmål, so a question written in
nynorsk ("Kor mykje kan ein få i tilskot?") is matched word for word in its bokmål form ("Hvor mye kan en få i
tilskudd?"). Only whole words that are nynorsk forms change; the answer is still written for the user's language."""

from __future__ import annotations

import re

# Nynorsk forms → bokmål. Only words with no other common meaning in a bokmål or English question.
# fmt: off
_WORDS: dict[str, str] = {
    # question words and small words
    "kva": "hva", "kven": "hvem", "kor": "hvor", "korleis": "hvordan", "kvifor": "hvorfor", "kvar": "hver",
"kvarandre": "hverandre", "mykje": "mye", "ikkje": "ikke", "berre": "bare", "frå": "fra",
    "ifrå": "ifra", "ein": "en", "eit": "et", "eg": "jeg", "me": "vi", "dei": "de", "deira": "deres", "ho": "hun",
    "hjå": "hos", "nokon": "noen", "noko": "noe", "nokre": "noen", "heile": "hele", "utan": "uten", "sjølv": "selv",
    "sjølve": "selve", "då": "da", "difor": "derfor", "saman": "sammen", "enno": "ennå", "framleis": "fremdeles",
    "fleire": "flere", "meir": "mer", "òg": "også", "gong": "gang", "gongen": "gangen", "tida": "tiden",
    "åra": "årene", "fyrste": "første", "lågare": "lavere", "høgare": "høyere", "høgste": "høyeste",
    "lågaste": "laveste", "eigen": "egen", "eiga": "egen", "eige": "eget", "eigne": "egne",
    # verbs
    "vere": "være", "vore": "vært", "seie": "si", "seier": "sier", "fekk": "fikk", "gjeld": "gjelder",
    "vart": "ble", "vert": "blir", "kjem": "kommer", "kome": "komme", "treng": "trenger", "veit": "vet",
    "gjere": "gjøre", "gjer": "gjør", "høyre": "høre", "krev": "krever", "ynskje": "ønske", "ønskje": "ønske",
    "søkje": "søke", "søkja": "søke", "søkjast": "søkes", "brukast": "brukes", "gjevast": "gis", "gjeve": "gitt",
    "gje": "gi", "gjev": "gir", "betalast": "betales",
    # the documents' nouns
    "søkjar": "søker", "søkjarar": "søkere", "søkjaren": "søkeren", "brukar": "bruker", "brukarar": "brukere",
    "brukarorganisasjon": "brukerorganisasjon", "brukarorganisasjonar": "brukerorganisasjoner",
    "organisasjonar": "organisasjoner", "kommunar": "kommuner", "kommunane": "kommunene",
    "fylkeskommunar": "fylkeskommuner", "helseføretak": "helseforetak", "føretak": "foretak", "statlege": "statlige",
    "stillingar": "stillinger", "stillinga": "stillingen", "ordninga": "ordningen", "ordningane": "ordningene",
    "ordningar": "ordninger", "tenester": "tjenester", "teneste": "tjeneste", "tenesta": "tjenesten",
    "tilsette": "ansatte", "spesialistar": "spesialister", "jobbspesialistar": "jobbspesialister",
    "arbeidsspesialistar": "arbeidsspesialister", "mottakar": "mottaker", "arbeidsgjevar": "arbeidsgiver",
    "løyving": "bevilgning", "løyvinga": "bevilgningen", "verksemd": "virksomhet", "verksemda": "virksomheten",
    "rekneskap": "regnskap", "rekneskapen": "regnskapet", "opplysningar": "opplysninger", "pengar": "penger",
    "vaksne": "voksne", "vaksen": "voksen", "samansette": "sammensatte", "samansett": "sammensatt",
    "stifting": "stiftelse", "stiftinga": "stiftelsen", "stiftingar": "stiftelser", "jobbar": "jobber",
    "driv": "driver", "ei": "en", "tilbod": "tilbud", "tenestebehov": "tjenestebehov", "midla": "midler",
    "midlar": "midler",
}
# fmt: on
# "tilskot", "tilskotet", "tilskotsbrev", "tilskotsmottakar": the stem of every word about grants.
_GRANT_STEM = re.compile(r"\b([Tt])ilskot")
_WORD = re.compile(r"\b\w+\b")
# "kvart år" is "hvert år"; "tre kvart stilling" is three quarters of one.
_EACH = re.compile(r"\b([Kk])vart(?=\s+(?:år|året|gong|gongen|halvår|kvartal)\b)")
# Words only nynorsk writes (and every "tilskot…"); one of them makes the question a nynorsk one ("me" or "ein"
# alone do not).
_MARKERS = frozenset(
    {"ikkje", "kva", "kven", "korleis", "kvifor", "mykje", "frå", "berre", "eg", "vere", "seie", "fekk", "heile",
     "nokon", "noko", "sjølv", "søkje", "søkja", "kor", "dei", "treng", "kjem", "vart",
     "pengar", "ordninga", "stillinga", "teneste", "tenester", "fleire", "meir", "gjere", "veit", "utan", "eit"}
)  # fmt: skip


def is_nynorsk(text: str) -> bool:
    """Whether `text` writes a word only nynorsk uses."""
    return any(word.lower() in _MARKERS or word.lower().startswith("tilskot") for word in _WORD.findall(text))


def as_bokmal(text: str) -> str:
    """`text` with its nynorsk words in their bokmål form (capitals kept), unchanged if it has none."""
    if not is_nynorsk(text):
        return text

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        bokmal = _WORDS.get(word.lower())
        if bokmal is None:
            return word
        return bokmal.capitalize() if word[0].isupper() else bokmal

    each = _EACH.sub(lambda m: "Hvert" if m.group(1).isupper() else "hvert", text)
    return _GRANT_STEM.sub(r"\1ilskudd", _WORD.sub(swap, each))
