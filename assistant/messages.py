"""Fixed answer phrases in Norwegian (nb) and English (en). Quotes from the documents stay in Norwegian."""

from __future__ import annotations

from assistant.types import Language

_PHRASES: dict[str, dict[Language, str]] = {
    "not_found": {
        "nb": "Jeg fant ikke svar på dette i regelverkene jeg har tilgang til.",
        "en": "I could not find an answer to this in the regulations I have.",
    },
    "not_found_closest": {
        "nb": "Dette er de nærmeste kildene jeg fant, men de svarer ikke på spørsmålet:",
        "en": "These are the closest sources I found, but they do not answer the question:",
    },
    "quotes_intro": {
        "nb": "Dette sier kildene:",
        "en": "This is what the sources say (quoted in Norwegian):",
    },
    "verdict_yes": {"nb": "Ja", "en": "Yes"},
    "verdict_no": {"nb": "Nei", "en": "No"},
    "verdict_conditional": {"nb": "Det avhenger av vilkår", "en": "It depends on conditions"},
    "quotes_intro_yes": {
        "nb": "Ja – dette sier kildene:",
        "en": "Yes – this is what the sources say (quoted in Norwegian):",
    },
    "quotes_intro_no": {
        "nb": "Nei – dette sier kildene:",
        "en": "No – this is what the sources say (quoted in Norwegian):",
    },
    "quotes_intro_conditional": {
        "nb": "Det avhenger av vilkår – dette sier kildene:",
        "en": "It depends on conditions – this is what the sources say (quoted in Norwegian):",
    },
    "quotes_more": {
        "nb": "Kildene sier også:",
        "en": "The sources also say (quoted in Norwegian):",
    },
    "ask_applicant": {
        "nb": "Hva slags virksomhet søker dere som (f.eks. kommune, fylkeskommune, helseforetak eller organisasjon)? "
        "Da kan jeg svare for deres tilfelle.",
        "en": "What kind of organisation are you (e.g. a municipality, county municipality, health trust or "
        "voluntary organisation)? Then I can answer for your case.",
    },
    "ask_scheme": {
        "nb": "Hvilken tilskuddsordning gjelder det? Jeg har regler for:",
        "en": "Which grant scheme do you mean? I have rules for:",
    },
    "ask_measure": {
        "nb": "Hvilket tiltak gjelder det?",
        "en": "Which measure do you mean?",
    },
    "injection_ignored": {
        "nb": "Spørsmålet inneholdt instruksjoner til assistenten; de ble ignorert. Svaret bygger bare på kildene.",
        "en": "The question contained instructions to the assistant; they were ignored. The answer relies on the "
        "sources only.",
    },
    "unreviewed_table": {
        "nb": "Merk: tallene og reglene i svaret kommer fra en regeltabell som er lest automatisk fra regelverket og "
        "ennå ikke kontrollert av en saksbehandler. Sjekk dem mot kildene.",
        "en": "Note: the figures and rules in this answer come from a rule table read automatically from the "
        "regulations and not yet checked by a caseworker. Check them against the sources.",
    },
}


def phrase(key: str, language: Language) -> str:
    """The fixed phrase `key` in `language`."""
    return _PHRASES[key][language]


def not_found_text(language: Language) -> str:
    """The one honest 'cannot answer' text."""
    return phrase("not_found", language)
