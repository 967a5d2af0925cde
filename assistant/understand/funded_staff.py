"""The staff a measure pays for, of a team a question lists by profession.

Tiltak B part-finances the work/education specialist alone: "en sykepleier 100 %, en psykolog 100 % og en
arbeidsspesialist i 60 %" asks for the specialist's 60 %, not for three positions. Professions no measure with
roles pays for are left out; a team leader only where the measure pays for its roles alone (the IPS grant funds
one); a position named by no role always stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.rules.book import RuleBook
    from assistant.understand.model import Understanding

# Clinical and other professions of a team, none of them an employment specialist.
_OTHER_PROFESSION = re.compile(
    r"(?:syke|verne)pleier\w*|psykolog\w*|psykiater\w*|leger?|legen\w*|sosionom\w*|\w*terapeut\w*|\w*pedagog\w*|"
    r"miljøarbeider\w*|nurses?|psychologists?|psychiatrists?|doctors?|physicians?|social\s+workers?|"
    r"\w*therapists?|clinicians?|\w*educators?|pedagogues?|erfaringskonsulent\w*",
    re.IGNORECASE,
)


_LEADER = re.compile(r"teamleder\w*|leaders?", re.IGNORECASE)
_INSTEAD_OF = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|i\s+stedet\s+for|istedenfor|istedet\s+for)\b[^,.;?!]*",
    re.IGNORECASE,
)
# Nouns that count positions without naming a role: kept whatever the measure pays for.
_NO_ROLE = re.compile(
    r"(?:100\s*%\s*-?\s*)?(?:heltids)?stilling\w*|stillingsressurs\w*|årsverk\w*|(?:team|heltids)?ansatte|"
    r"medarbeidere|personer|deltakere|(?:full-time\s+)?positions?|posts?|ftes?|full[- ]?timers?|"
    r"full-time\s+equivalents?|person-years?|staff(?:\s+members?)?|employees?|people|persons?|team\s+members|"
    r"participants|workers",
    re.IGNORECASE,
)


def staff_the_measure_funds(understanding: Understanding, book: RuleBook) -> Understanding:
    """The understanding with only the positions its measure funds, and the professions left out in
    `unfunded_staff`; unchanged when the measure funds any staff, or none of the roles listed, or all of them."""
    roles = understanding.staff_roles
    scheme = book.schemes.get(understanding.scheme_id or "")
    measure = scheme.measures.get(understanding.measure or "") if scheme is not None else None
    if measure is None or not measure.roles or len(roles) < 2:
        return understanding
    names = [_joined(name) for name in measure.roles]
    # "2 job specialists" is counted by "specialists", the tail of a role name.
    funded = [any(_joined(role).startswith(name) or name.endswith(_joined(role)) for name in names) for role in roles]
    # A measure that pays for its roles alone (Tiltak B) leaves out every other role named, the team leader too.
    alone = measure.roles_only is not None
    other = [bool(_OTHER_PROFESSION.fullmatch(role)) or (alone and not _NO_ROLE.fullmatch(role)) for role in roles]
    kept = [i for i in range(len(roles)) if funded[i] or not other[i]]
    if not any(funded) or len(kept) == len(roles):
        return understanding
    shares = [understanding.staffing[i] for i in kept] if understanding.staffing else []
    left_out = list(dict.fromkeys(role for i, role in enumerate(roles) if i not in kept))
    return understanding.model_copy(
        update={
            "positions": len(kept),
            "staffing": shares,
            "percents": sorted(set(shares)) if shares else understanding.percents,
            "staff_roles": [roles[i] for i in kept],
            "unfunded_staff": left_out,
        }
    )


def _joined(role: str) -> str:
    """One spelling of a double role: "arbeids- og utdanningsspesialist" as "arbeids-/utdanningsspesialist"."""
    return re.sub(r"-?\s*(?:/|\bog\b|\band\b)\s*", "/", role.lower())


def other_professions(text: str, roles: list[str]) -> list[str]:
    """'Can Tiltak B part-fund a psychologist position?': the professions the text names that are none of `roles`
    (a measure's funded roles); none when it names one of the roles too ("a psychologist and a job specialist")."""
    # "… a peer support worker instead of an employment specialist?": the role set aside is not asked about.
    # ("leader's" leaves an "s", which ends many a role's name.)
    words = [word for word in re.findall(r"[\w/-]+", _INSTEAD_OF.sub("", text)) if len(word) > 2]
    names = [_joined(name) for name in roles]
    # "a 60% employment-specialist role": a role written with a hyphen names it too.
    parts = [part for word in words if "-" in word for part in word.split("-") if len(part) > 2]
    if any(_joined(w).startswith(name) or name.endswith(_joined(w)) for w in [*words, *parts] for name in names):
        return []
    # A team leader is no profession a team's staffing leaves out (IPS pays one), but is not the role either.
    return list(
        dict.fromkeys(word.lower() for word in words if (_OTHER_PROFESSION.fullmatch(word) or _LEADER.fullmatch(word)))
    )
