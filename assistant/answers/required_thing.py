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
    r"|\bis\s+(?P<required>(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:required|needed|mandatory|compulsory)\b",
    re.IGNORECASE,
)
# Words that end the phrase naming a thing: what follows says whose or what for.
_PHRASE_END = frozenset(
    {"for", "to", "in", "of", "with", "from", "on", "at", "by", "and", "or", "if", "when", "before", "after", "til",
     "i", "av", "med", "fra", "på", "ved", "og", "eller", "om", "hvis", "når", "før", "etter", "som", "that", "which"}
)  # fmt: skip


def required_phrase(text: str) -> list[str]:
    """The words naming what a requirement asked about would be about ("driving licence" of "need a driving
    licence for the job?"), leading articles and owners left out; empty when the question asks of none."""
    match = _REQUIRED_THING.search(text)
    if match is None:
        return []
    what = next(group for group in match.groups() if group is not None)
    words = list(itertools.dropwhile(lambda w: w.lower() in BEFORE_HEAD, re.findall(r"[\w'-]+", what)))
    phrase = list(itertools.takewhile(lambda w: w.lower() not in _PHRASE_END, words))
    # "a timeline or milestones", "budsjett og egenfinansiering": a choice offered, or a list, names more than one
    # thing; a sum ("250k") is no thing.
    if len(phrase) > 3 or [w.lower() for w in words[len(phrase) : len(phrase) + 1]] in (
        ["or"],
        ["eller"],
        ["and"],
        ["og"],
    ):
        return []
    return [] if any(char.isdigit() for word in phrase for char in word) else phrase
