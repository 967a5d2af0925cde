"""What a question asks: a primary intent plus secondary ones, scored from nb/en cue tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from assistant.understand.tokens import Lexicon, Token

Intent = Literal[
    "eligibility",
    "amount",
    "duration",
    "deadline",
    "application_requirements",
    "reporting",
    "decision_appeal",
    "overview",
    "other",
    "out_of_scope",
]

# Cue patterns per intent, with weights; `word*` is a prefix, `*word*` part of a compound (tokens.cue_word_matches).
# Order matters only to break ties: earlier intents win.
# fmt: off
INTENT_CUES: dict[Intent, tuple[tuple[str, float], ...]] = {
    "amount": (
        ("hvor mye", 4), ("how much", 4), ("beløp*", 2.5), ("*beløp*", 2.5), ("amount*", 2.5), ("sum", 1.5),
        ("maks*", 1.5), ("maximum", 1.5), ("max", 1.5), ("inntil", 1), ("up to", 1), ("kroner", 1), ("kr", 1),
        ("penger", 2), ("money", 2), ("midler", 1), ("funding", 1), ("tak", 1.5), ("cap", 1.5), ("capped", 1.5),
        ("caps", 1.5), ("per stilling", 1.5), ("per position", 1.5), ("pr stilling", 1.5), ("lønn*", 1), ("salary", 1),
        ("salaries", 1), ("beregn*", 2), ("calculat*", 2), ("regn ut", 2), ("hvor stort", 2), ("hvor store", 2),
        ("how large", 2), ("how big", 2), ("størrelse*", 1.5), ("egenfinansiering*", 1), ("own funding", 1),
        ("co-funding", 1), ("bevilgning*", 1.5), ("budget*", 0.5), ("totalt", 1), ("total", 1), ("i alt", 1),
        ("få", 0.5), ("get", 0.5), ("receive", 0.5), ("det meste", 3), ("the most", 3), ("kost*", 2), ("cost*", 2),
        ("allocated", 2), ("avsatt", 2), ("bevilget", 2),
    ),
    "eligibility": (
        ("hvem kan", 2.5), ("who can", 2.5), ("who may", 2.5), ("hvem får", 2), ("kan søke", 2), ("søke", 1.5),
        ("søker", 1), ("søkere", 1.5), ("apply", 1.5), ("applicant*", 1.5), ("eligib*", 3), ("berettig*", 3),
        ("kvalifiser*", 3), ("qualif*", 3), ("lov å søke", 3), ("allowed", 2), ("permitted", 2), ("kan vi", 1),
        ("can we", 1), ("får vi", 0.5), ("aktuelle søkere", 2), ("målgruppe*", 0.5), ("tildelingskriter*", 1),
        ("award criteria", 1), ("vilkår*", 1), ("conditions", 1),
    ),
    "duration": (
        ("hvor lenge", 3), ("how long", 3), ("varighet*", 3), ("duration", 3), ("antall år", 3), ("how many years", 3),
        ("hvor mange år", 3), ("*periode*", 2), ("period", 2), ("flerårig*", 2), ("multi-year", 2), ("multiyear", 2),
        ("forleng*", 2), ("extend*", 2), ("renew*", 2), ("av gangen", 2), ("at a time", 2), ("søke på nytt", 2),
        ("reapply", 2), ("hvert år", 1.5), ("each year", 1.5), ("every year", 1.5), ("nedtrapp*", 1),
        ("trappes ned", 1), ("step down", 1), ("until when", 3), ("til når", 2),
    ),
    "deadline": (
        ("*frist*", 3), ("deadline*", 3), ("due", 1.5), ("når", 2), ("when", 2), ("når kan", 2), ("when can", 2),
        ("when do", 1), ("when must", 2), ("når må", 2), ("dato", 1.5), ("date", 1.5), ("innen", 1), ("by when", 2),
        ("siste dag", 2), ("last day", 2), ("utløp*", 2), ("expir*", 2), ("for sent", 2), ("too late", 2),
        ("closing", 1.5), ("latest", 1), ("senest", 1.5),
    ),
    "reporting": (
        ("rapport*", 3), ("report*", 3), ("regnskap*", 2), ("accounts", 2), ("accounting", 2), ("revisor*", 2),
        ("audit*", 2), ("måloppnåelse*", 1.5), ("results", 1), ("resultat*", 1), ("evaluer*", 1),
    ),
    "application_requirements": (
        ("krav til søknad*", 4), ("søknad*", 1.5), ("application", 1.5), ("applications", 1.5), ("inneholde*", 2),
        ("contain*", 2), ("include*", 1.5), ("vedlegg*", 2), ("attach*", 2), ("dokumentasjon", 2),
        ("documentation", 2), ("*skjema*", 2), ("form", 1.5), ("forms", 1.5), ("undertegn*", 3), ("signer*", 2),
        ("sign", 2), ("signed", 2), ("signature", 2), ("budsjett*", 1.5), ("budget*", 1), ("how to apply", 3),
        ("how do we apply", 3), ("how can we apply", 3), ("how do i apply", 3), ("hvordan søke*", 3),
        ("hvordan søker", 3), ("hvordan kan vi søke", 3), ("krav", 1.5), ("requirement*", 2), ("required", 1.5),
        ("submit*", 2), ("sende*", 1), ("send", 1), ("spesifiser*", 2), ("specify", 2), ("trenger", 1), ("need", 1),
    ),
    "decision_appeal": (
        ("klage*", 3), ("appeal*", 3), ("complain*", 2), ("enkeltvedtak*", 3), ("vedtak*", 2), ("decision*", 2),
        ("decide*", 2), ("bestemmer", 2), ("avgjør*", 2), ("saksbehandling*", 2), ("case processing", 2),
        ("processing", 1.5), ("avslag*", 2), ("reject*", 2), ("refus*", 2), ("denied", 2), ("innstilling*", 2),
        ("utfall*", 1.5), ("outcome", 1.5), ("forvaltningslov*", 3), ("hvem behandler", 2), ("who processes", 2),
        ("who handles", 2), ("vurder*", 2), ("vekt på", 2), ("assess*", 2), ("evaluated", 1.5), ("priorit*", 2),
        ("kriterier", 1), ("criteria", 1),
        # follow-up and sanctions after a grant (sections 8–9 of the template)
        ("kontroll*", 2), ("control*", 2), ("check", 1.5), ("check how", 3), ("mislighold*", 3), ("misuse", 2),
        ("uriktig*", 2),
        ("incorrect information", 2), ("tilbakebetal*", 2), ("repay*", 2), ("pay back", 2), ("bortfall*", 2),
        ("for mye", 2), ("too much", 2), ("utbetal*", 1.5),
    ),
    "overview": (
        ("hva er", 1.5), ("what is", 1.5), ("what's", 1.5), ("what are", 1), ("formål*", 3), ("purpose*", 3),
        ("mål", 2), ("målet", 2), ("målene", 2), ("delmål*", 2), ("målgruppe*", 3), ("target group*", 3), ("goal*", 2),
        ("aim*", 1.5), ("objective*", 2), ("hensikt*", 2), ("beskriv*", 1.5), ("describe", 1.5), ("forklar*", 1),
        ("explain", 1), ("fortell om", 2), ("tell me about", 2), ("oversikt*", 2), ("overview", 2), ("definisjon*", 3),
        ("definition", 3), ("define", 3), ("betyr", 2), ("mean", 1.5), ("means", 1.5), ("meaning", 2),
        ("innebærer", 2), ("går ut på", 2.5), ("brukes til", 2), ("used for", 2), ("dekke*", 1.5), ("cover*", 1.5),
        ("hvilke ordninger", 2), ("which schemes", 2), ("what schemes", 2), ("hvilke tilskudd", 2),
        ("hva slags tiltak", 2), ("what kind of measures", 2),
    ),
}
# fmt: on

# Words that tie a message to grant regulations at all; without one (and without a named scheme or measure) a
# question is out of scope. Kept broad on purpose: retrieval evidence decides the rest.
# fmt: off
DOMAIN_TERMS: tuple[str, ...] = (
    "*tilskudd*", "grant*", "søk*", "apply*", "applica*", "regelverk*", "*ordning*", "scheme*", "stilling*",
    "position*", "årsverk*", "fund*", "finansier*", "*frist*", "deadline*", "rapport*", "report*", "klage*", "appeal*",
    "*vedtak*", "helsedirektorat*", "directorate*", "statsforvalter*", "fylkesmann*", "nav", "tiltak*", "measure*",
    "kommun*", "municipal*", "county", "counties", "helseforetak*", "health trust*", "driftsår*", "prosjektår*",
    "prosjekt*", "project*", "team*", "målgruppe*", "target group*", "eligib*", "kvalifis*", "subsid*",
    "egenfinansiering*", "budsjett*", "budget*", "psykisk*", "mental", "rus*", "substance", "helse*", "health",
    "behandling*", "treatment", "rehabilit*", "ips", "jmo", "act", "fact", "jobbspesialist*", "tjenest*", "stortinget",
    "kapittel", "post", "kap", "enkeltvedtak*", "søknad*", "regnskap*", "revisor*", "decide*", "decision*",
    "bestemme*", "avgjør*", "saksbehandl*", "penger*", "pengene", "midler*", "money", "funds",
)
# fmt: on

# An intent counts as secondary when it scores at least this much (one clear cue).
SECONDARY_MIN_SCORE = 2.0


_CUE_LEXICON = Lexicon(pattern for cues in INTENT_CUES.values() for pattern, _ in cues)
_CUE_WEIGHTS: dict[str, list[tuple[Intent, float]]] = {}
for _intent, _cues in INTENT_CUES.items():
    for _pattern, _weight in _cues:
        _CUE_WEIGHTS.setdefault(_pattern, []).append((_intent, _weight))
_DOMAIN_LEXICON = Lexicon(DOMAIN_TERMS)


def intent_scores(tokens: Sequence[Token]) -> dict[Intent, float]:
    """Sum of the weights of the cues found (each cue once, anywhere: word order does not matter)."""
    scores: dict[Intent, float] = {}
    for pattern in _CUE_LEXICON.matched(tokens):
        for intent, weight in _CUE_WEIGHTS[pattern]:
            scores[intent] = scores.get(intent, 0.0) + weight
    return scores


def has_domain_term(tokens: Sequence[Token]) -> bool:
    """True if any token belongs to the grant-regulation vocabulary."""
    return any(_DOMAIN_LEXICON.words(token) for token in tokens)


def rank_intents(scores: dict[Intent, float]) -> list[Intent]:
    """Intents by score, ties broken by table order; only the top one and those with a clear cue."""
    order = list(INTENT_CUES)
    ranked = sorted(scores, key=lambda intent: (-scores[intent], order.index(intent)))
    return [intent for i, intent in enumerate(ranked) if i == 0 or scores[intent] >= SECONDARY_MIN_SCORE]
