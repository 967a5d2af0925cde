"""What a question asks to be required ("Er det krav om at jobbspesialisten har førerkort?": førerkort), in the words
it names it by; and the words before the head of a thing asked about ("a", "our", "egen" …)."""

from __future__ import annotations

import itertools
import re

# Words before the head of what a grant is asked for: "a grant for a/our …", "tilskudd til en/vår …".
BEFORE_HEAD = frozenset(
    {"a", "an", "the", "our", "my", "some", "new", "brand", "brand-new", "completely", "entirely", "separate",
     "additional", "extra", "own", "en", "ei", "et", "vår", "vårt", "våre", "noen", "ny", "nytt", "nye", "helt",
     "eget", "egen", "egne", "ekstra"}
)  # fmt: skip

# "Er det krav om at jobbspesialisten har førerkort?", "Må ressursmiljøet ha egen bil?", "Does the specialist need
# a driving licence?": what a requirement would be about, to the end of its clause.
_REQUIRED_THING = re.compile(
    r"\bkrav\s+(?:om|til)\s+(?:at\s+(?:[\w-]+\s+){1,3}?(?:har|ha|skal\s+ha|må\s+ha)\s+)?(?P<krav>[^?.,;:]{2,60})"
    r"|\b(?:må|skal|trenger|bør)\s+(?:[\w-]+\s+){1,3}?ha\s+(?P<ha>[^?.,;:]{2,60})"
    r"|\bkreves\s+(?:det\s+)?(?P<kreves>[^?.,;:]{2,60})"
    # "need" as a verb: after who needs it or the "do" that asks ("complex needs" is a noun).
    r"|(?:\b(?:we|you|they|i|it|one)\s+|\b(?:do|does|did|will|would)\b[^?.]{1,60}?\s)need\s+(?!to\b)(?P<need>[^?.,;:]{2,60})"
    r"|\b(?:must\s+have|ha(?:ve|s)\s+to\s+have|required\s+to\s+have|requires?)\s+(?!to\b)(?P<must>[^?.,;:]{2,60})"
    r"|\bis\s+(?P<required>(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:required|needed|mandatory|compulsory)\b"
    # "Trenger vi vedtak i kommunestyret?": what is needed, named straight after who needs it.
    r"|\btrenger\s+(?:vi|de|dere|jeg|man|du|kommunen|søkeren)\s+(?!å\b)(?P<trenger>[^?.,;:]{2,60})"
    # "Må kommunestyret vedta søknaden?", "Does the municipal council have to approve it?": an approval required of
    # someone; what a sentence must name is who.
    r"|\b(?:må|skal|bør)\s+(?!(?:vi|de|dere|jeg|man|du)\b)(?P<vedta>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:først\s+)?"
    r"(?:vedta|godkjenne|behandle)\b"
    r"|\b(?:must|does|do|will|should)\s+(?:the|our|a)\s+(?P<approve>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:have\s+to\s+|need\s+to\s+|first\s+)?(?:approve|adopt|pass|endorse)\b",
    re.IGNORECASE,
)
# "… vedtak i kommunestyret", "approval from the council": whose or where the thing is, which a sentence saying it
# is required names too.
_OF_WHOM = frozenset({"i", "fra", "av", "in", "from", "by", "of"})
# Words that end the phrase naming a thing: what follows says whose or what for.
_PHRASE_END = frozenset(
    {"for", "to", "in", "of", "with", "from", "on", "at", "by", "and", "or", "if", "when", "before", "after", "til",
     "i", "av", "med", "fra", "på", "ved", "og", "eller", "om", "hvis", "når", "før", "etter", "som", "that", "which"}
)  # fmt: skip


def required_phrase(text: str) -> list[str]:
    """The words naming what a requirement asked about would be about ("driving licence" of "need a driving
    licence for the job?"), leading articles and owners left out; empty when the question asks of none."""
    return _required(text)[0]


def required_parts(text: str) -> tuple[list[str], list[str]]:
    """The thing a question asks to be required ("municipal council resolution"), and whose it is ("kommunestyret"
    of "vedtak i kommunestyret"), leading articles and owners left out."""
    phrase, of_whom = _required(text)
    return phrase, _without_owners(of_whom[1:])


def required_name(text: str) -> str:
    """The thing asked to be required with whose it is, as the question words it ("vedtak i kommunestyret")."""
    return " ".join(word for part in _required(text) for word in part)


def _required(text: str) -> tuple[list[str], list[str]]:
    """The thing asked to be required, and the words after it saying whose it is, from their preposition on."""
    match = _REQUIRED_THING.search(text)
    if match is None:
        return [], []
    what = next(group for group in match.groups() if group is not None)
    words = _without_owners(re.findall(r"[\w'-]+", what))
    phrase = list(itertools.takewhile(lambda w: w.lower() not in _PHRASE_END, words))
    after = words[len(phrase) :]
    # "a timeline or milestones", "budsjett og egenfinansiering": a choice offered, or a list, names more than one
    # thing; a sum ("250k") is no thing.
    if len(phrase) > 3 or [w.lower() for w in after[:1]] in (["or"], ["eller"], ["and"], ["og"]):
        return [], []
    if any(char.isdigit() for word in phrase for char in word):
        return [], []
    if not after or after[0].lower() not in _OF_WHOM:
        return phrase, []
    whose = list(itertools.takewhile(lambda w: w.lower() not in _PHRASE_END, after[1:]))[:4]
    return phrase, [after[0], *whose] if whose else []


def _without_owners(words: list[str]) -> list[str]:
    return list(itertools.dropwhile(lambda w: w.lower() in BEFORE_HEAD, words))
