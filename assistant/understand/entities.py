"""Who and what a question names: applicant types (from assistant.applicants) and schemes/measures (via RuleBook)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.applicants import APPLICANTS, ApplicantType
from assistant.retrieval.tokenize import default_analyzer
from assistant.rules.matching import normalise
from assistant.tokens import Lexicon, Token, fold, tokenize, word_matches
from assistant.understand.negation import denied_terms, without_denied

if TYPE_CHECKING:
    from assistant.rules.book import RuleBook, SchemeMatch
    from assistant.rules.model import Measure, Scheme

# A generic noun after these asks *which* applicants, it does not say who is asking ("What organisations can apply?").
# fmt: off
WHICH_DETERMINERS: tuple[str, ...] = (
    "hvilke", "hvilken", "hvilket", "hva slags", "hva for", "hvilken type", "type", "typer", "slags", "which", "what",
    "what kind of", "what type of", "kind of", "type of", "types of", "any", "andre", "other",
)
# fmt: on
# Which-questions only neutralise these broad words; "Which municipalities …" still names municipalities.
# fmt: off
GENERIC_APPLICANT_WORDS = frozenset({
    "organisasjon", "organisasjoner", "organisation", "organization", "organisations", "organizations", "selskap",
    "enterprise", "company", "companies", "business", "businesses", "association", "council"
})
# fmt: on

# The one a user works with is a partner, not who applies ("an agreement with the municipality"); "Hva med
# fylkeskommuner?" asks about them, so a bare "med"/"with" is no such phrase.
# fmt: off
PARTNER_PHRASES: tuple[str, ...] = (
    "avtale med", "avtale med en", "avtale med et", "samarbeid med", "samarbeider med", "sammen med",
    "samarbeidsavtale med", "agreement with", "agreement with the", "agreement with a", "together with",
    "together with the", "cooperation with", "cooperation with the", "collaboration with", "collaboration with the",
    "partnership with", "partnership with the", "contract with", "contract with the", "together with a",
    "cooperation with a", "collaboration with a", "partnership with a", "contract with a", "sammen med en",
    "sammen med et", "samarbeid med en", "samarbeid med et", "partners with", "partners with a", "partners with the",
    "partnering with", "partnering with a", "partnering with the", "teams up with", "teams up with a",
    "teams up with the", "samarbeider med en", "samarbeider med et",
)
# fmt: on

# "Tiltak C", "measure C": a lettered measure, checked against the rule book.
# "Tiltak B-midlene" names Tiltak B too.
_LETTERED_MEASURE = re.compile(
    r"\b(?:tiltak(?:et)?|measure)\s+(?P<letter>[a-zA-Z])(?![\wæøåÆØÅ])(?!-(?:[a-zA-Z]\b|\s))", re.IGNORECASE
)

# Words naming a scheme as the earlier one: "den gamle IPS-ordninga", "the previous IPS page".
_OLD_WORDS = r"(?:gamle|eldre|tidligere|forrige|old|older|previous|former|earlier)"


def _synonym_pattern(synonym: str) -> str:
    """A synonym as a lexicon pattern: `^as` needs capitals, `kommune~` may be inflected (last word only)."""
    words = [t.text for t in tokenize(synonym)]
    marked = [f"^{w}" if len(w) <= 2 else w for w in words]
    if len(words[-1]) >= 5:
        marked[-1] += "~"
    return " ".join(marked)


def _synonym_word_matches(token: Token, word: str) -> bool:
    """Exact (æøå optional); typo'd for long words; `~` allows a short inflection ('bydelen', 'stiftelsene')."""
    if word.startswith("^"):
        # Two-letter names ("AS", "HF", "EU") only in capitals, so English "as" is not a company.
        return token.original.isupper() and token.text == word[1:]
    inflected = word.endswith("~")
    word = word.rstrip("~")
    # Typos only in words of seven letters or more: "count" is not "county".
    if token.folded == fold(word) or (len(word) >= 7 and word_matches(token.text, word)):
        return True
    return inflected and token.folded.startswith(fold(word)) and len(token.text) - len(word) <= 3


_SYNONYM_TYPES: dict[str, ApplicantType] = {}
for _info in APPLICANTS.values():
    for _synonym in _info.synonyms:
        _SYNONYM_TYPES.setdefault(_synonym_pattern(_synonym), _info.type)
_APPLICANT_LEXICON = Lexicon(_SYNONYM_TYPES, _synonym_word_matches)
_WHICH_LEXICON = Lexicon(WHICH_DETERMINERS)
# The word that makes "county" the name of the state's office in the county (Statsforvalteren).
_GOVERNOR = frozenset({"governor", "governors"})
# Words before "counties"/"fylker" that make them places, not applicants: "two DPSs in different counties".
_PLACES_OF = frozenset({"different", "several", "neighbouring", "neighboring", "ulike", "forskjellige", "flere"})
_REGIONS = frozenset({"counties", "fylker", "county", "fylke"})
# … or after them: "across the county border", "over fylkesgrensen".
_BOUNDARY = frozenset({"border", "borders", "line", "lines", "boundary", "boundaries", "grense", "grensen", "grenser"})
# Words that make the applicant word before them the name of a thing: "EU programme", "EU-midler", "foreign funds".
_THING_OF = frozenset(
    {"programme", "programmes", "program", "programs", "funds", "funding", "money", "directive", "law", "rules",
     "programmet", "programmer", "midler", "midlene", "fond", "direktiv", "regelverk", "regler",
     # "en svensk variant av IPS-tilskuddet", "a Danish equivalent scheme": a scheme abroad, no applicant
     "variant", "versjon", "ordning", "ordninger", "tilskuddsordning", "modell", "equivalent", "version", "scheme",
     "schemes", "model"}
)  # fmt: skip
_PARTNER_LEXICON = Lexicon(PARTNER_PHRASES)
# "Our organisation number changed": a number that identifies whoever has it, no kind of applicant.
_NUMBER_OF = frozenset({"number", "numbers", "no", "nr", "nummer", "nummeret"})


def find_applicant_types(text: str) -> list[ApplicantType]:
    """Applicant types named in the text, in order of appearance; the longest synonym wins where several overlap.

    Types named only by a broad word ("organisation", "company") come after specific ones: "a Swedish organisation
    outside Norway" is first of all about applicants outside Norway.
    """
    tokens = tokenize(text)
    matches = _APPLICANT_LEXICON.matches(tokens)
    which_ends = {index + _WHICH_LEXICON.length(p) for index, p in _WHICH_LEXICON.matches(tokens)}
    partner_ends = {index + _PARTNER_LEXICON.length(p) for index, p in _PARTNER_LEXICON.matches(tokens)}
    specific: list[ApplicantType] = []
    broad: list[ApplicantType] = []
    covered_until = 0
    for index, pattern in sorted(matches, key=lambda m: (m[0], -_APPLICANT_LEXICON.length(m[1]))):
        if index < covered_until:
            continue
        covered_until = index + _APPLICANT_LEXICON.length(pattern)
        generic = pattern.rstrip("~") in GENERIC_APPLICANT_WORDS
        if (generic and index in which_ends) or index in partner_ends:
            continue
        region = pattern.rstrip("~") in _REGIONS
        if region and index > 0 and tokens[index - 1].text in _PLACES_OF:
            continue  # "in different counties": where, not who
        if region and covered_until < len(tokens) and tokens[covered_until].text in _BOUNDARY:
            continue
        if covered_until < len(tokens) and tokens[covered_until].text in _GOVERNOR:
            continue  # "the county governor decides": an authority, no applicant
        if covered_until < len(tokens) and tokens[covered_until].text in _THING_OF and not generic:
            continue  # "Which EU programme co-funds IPS?": a programme, no applicant
        if covered_until < len(tokens) and tokens[covered_until].text in _NUMBER_OF:
            continue
        (broad if generic else specific).append(_SYNONYM_TYPES[pattern])
    denied = _self_denied(text, tokens, matches)
    found = list(dict.fromkeys([*specific, *broad]))
    if denied:
        # "We are NOT a municipality – we're a small non-profit": who we are not is not who asks ("Vi er ikke en
        # kommune. Kan vi søke?" tells no one).
        found = [kind for kind in found if kind not in denied]
    if ApplicantType.UTENLANDSK in found:
        # "en kommune i Sverige", "a Danish foundation": of whatever kind, an applicant outside Norway first.
        found.sort(key=lambda kind: kind != ApplicantType.UTENLANDSK)
    return found


# "vi er ikke kommune", "We are NOT a municipality", "we're not an IKS": a type the one asking says they are not.
_NOT_US = re.compile(
    r"\b(?:vi\s+er|jeg\s+er|we\s+are|we['’]re|i\s+am|i['’]m)\s+(?:ikke|not)\s+(?:(?:en|et|ei|a|an)\s+)?(?=\w)",
    re.IGNORECASE,
)


def _self_denied(text: str, tokens: Sequence[Token], matches: Sequence[tuple[int, str]]) -> set[ApplicantType]:
    """The applicant types named right after the one asking says they are not one."""
    starts = {m.end() for m in _NOT_US.finditer(text)}
    return {_SYNONYM_TYPES[pattern] for index, pattern in matches if tokens[index].start in starts}


def _in_force_instead(match: SchemeMatch, year: int, book: RuleBook) -> str | None:
    """ "IPS-midler etter regelverket fra 2025", "the IPS grant in 2026": the page on the IPS grant from before 2025
    is not in force that year; the scheme whose measures fund IPS and is in force then is the one asked about."""
    if book.scheme(match.scheme_id).in_year(year):
        return None
    return next(
        (
            scheme_id
            for scheme_id, scheme in book.schemes.items()
            if scheme_id != match.scheme_id and scheme.in_year(year) and _named_within(match.alias, scheme_id, book)
        ),
        None,
    )


def _named_within(alias: str, scheme_id: str, book: RuleBook) -> bool:
    """`alias` is a short word (an acronym like "IPS") that the scheme's own measure names use."""
    return len(alias.split()) == 1 and bool(_measures_named_by(alias, book.scheme(scheme_id)))


def _measures_named_by(word: str, scheme: Scheme) -> list[Measure]:
    """The scheme's measures whose names use `word` as a word ("IPS" in «… ressursmiljøer innen IPS»)."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return [measure for measure in scheme.measures.values() if pattern.search(measure.name)]


def _funds_roles(scheme_id: str, book: RuleBook) -> bool:
    scheme = book.schemes.get(scheme_id)
    return scheme is not None and any(measure.roles for measure in scheme.measures.values())


class SchemeEntities(BaseModel):
    """Schemes and the measure a question names."""

    scheme_ids: list[str] = Field(default_factory=list, description="Schemes named, best first.")
    measure: str | None = Field(default=None, description="Measure id within the first scheme.")
    unknown_measure: str | None = Field(default=None, description="A lettered measure no scheme has.")


def _name_terms(book: RuleBook, scheme_id: str) -> set[str]:
    """The terms of a scheme's names, Norwegian and English, with their glossary translations."""
    scheme = book.scheme(scheme_id)
    return set(default_analyzer().query_tokens(f"{scheme.name} {scheme.name_en or ''}"))


def _own_terms(scheme_id: str, names: dict[str, set[str]]) -> set[str]:
    """The terms of a scheme's names that no other scheme in `names` has."""
    others = set().union(*(terms for other, terms in names.items() if other != scheme_id))
    return names[scheme_id] - others


def find_schemes(
    text: str, book: RuleBook, context_scheme: str | None = None, year: int | None = None
) -> SchemeEntities:
    """Schemes and measure named in the text; a measure alone is looked up in `context_scheme` (the focus), a
    scheme named by a word another's measures use in the scheme in force in the calendar `year` named."""
    matches = book.match_schemes(text)
    asked = {match.scheme_id for match in book.match_schemes(without_denied(text))}
    if asked:
        # "Vi er en kommune uten ACT-team. Kan vi søke Tiltak B?": a scheme named only as what the user lacks
        # is not the one asked about.
        matches.sort(key=lambda match: match.scheme_id not in asked)
    denied = denied_terms(text) if len(matches) > 1 else set()
    if denied:
        # "the NEW kommunalt rusarbeid scheme (not the transitional one)": of schemes named alike, one whose own
        # name the words after the negation are is not the one asked about.
        names = {match.scheme_id: _name_terms(book, match.scheme_id) for match in matches}
        matches.sort(key=lambda match: bool(denied & _own_terms(match.scheme_id, names)))
    if context_scheme is not None:
        # "Og FACT?" names several schemes; the one the conversation is about comes first.
        matches.sort(key=lambda match: match.scheme_id != context_scheme)
        # "What about the older IPS/JMO scheme — how much for a job specialist?" on 0765.73: a scheme of older rules
        # named as the old one is a switch to it, whatever else of the conversation's scheme the words name.
        older = _older_schemes_named(text, book) - {context_scheme}
        matches.sort(key=lambda match: match.scheme_id not in older)
    # "… to run the IPS service?" in a conversation on 0765.73, whose Tiltak A funds IPS resource environments: a
    # word the conversation's own scheme uses is no switch to the scheme it names first; nor is a staff role
    # ("… with four employment specialists?" about a new IPS project) where the conversation's scheme funds such
    # specialists too (an ACT team's scheme does not: "en arbeidsspesialist" in the team is Tiltak B's).
    keep_context = (
        context_scheme is not None
        and bool(matches)
        and matches[0].scheme_id != context_scheme
        and (
            _named_within(matches[0].alias, context_scheme, book)
            or (matches[0].by_role and _funds_roles(context_scheme, book))
        )
        # "… og på den gamle IPS-ordninga?": the scheme named as the old one is another than the one in force.
        and not _named_as_old(text, matches[0].alias)
    )
    if matches and not matches[0].names_role and not _funds_roles(matches[0].scheme_id, book):
        # "50% job spec in our ACT team": a team name two schemes share, and a staff role only one of them funds
        # (an ACT team's scheme funds no specialist): the role's scheme is asked about, the team is where they work.
        shared = normalise(matches[0].alias)
        funding = next((m for m in matches[1:] if m.names_role and normalise(m.alias) == shared), None)
        if funding is not None:
            matches.sort(key=lambda match: match is not funding)
    lettered = _LETTERED_MEASURE.search(text)
    if lettered is not None:
        # "employment specialist in our ACT team, year 2 of Tiltak B": the scheme that has a measure B is the one
        # asked about; the team is where the specialist works.
        letter = lettered.group("letter").lower()
        matches.sort(key=lambda match: not any(m.lower() == letter for m in book.scheme(match.scheme_id).measures))
    coded = schemes_by_code(text, book)
    if coded:
        # "the IPS grant under chapter 0765 item 73": the budget code says which scheme, whatever else is named.
        matches.sort(key=lambda match: match.scheme_id not in coded)
    scheme_ids = list(dict.fromkeys([*(match.scheme_id for match in matches), *coded]))
    if keep_context and context_scheme is not None and not coded:
        scheme_ids = [context_scheme, *(s for s in scheme_ids if s != context_scheme)]
    if coded and scheme_ids[0] not in coded:
        scheme_ids = [*coded, *(s for s in scheme_ids if s not in coded)]
    # Only where the scheme the words name leads (not a conversation's scheme kept, nor a budget code's).
    named_first = bool(matches) and matches[0].scheme_id == scheme_ids[0] and not coded
    in_force = _in_force_instead(matches[0], year, book) if named_first and year is not None else None
    if in_force is not None:
        scheme_ids = [in_force, *(s for s in scheme_ids if s != in_force)]
    measure: str | None = None
    if in_force is not None:
        measure = book.match_measure(in_force, text)
    elif matches and matches[0].scheme_id == scheme_ids[0]:
        measure = matches[0].measure or book.match_measure(matches[0].scheme_id, text)
        if lettered is not None:
            # "four employment specialists … in Tiltak A": the measure named by its letter wins over a role's.
            measure = _scheme_has_measure(book, [matches[0].scheme_id], lettered.group("letter")) or measure
        if measure is not None:
            measure = _not_denied(book, matches[0].scheme_id, text, measure)
    elif coded:
        measure = book.match_measure(scheme_ids[0], text)
    elif context_scheme is not None and context_scheme in book.schemes:
        measure = book.match_measure(context_scheme, text)
    if coded and measure is None:
        foreign = next(
            (
                match
                for match in matches
                if match.measure is not None
                and match.scheme_id not in coded
                and not match.by_role
                # ("et IPS-prosjekt" under 0765.73, whose Tiltak A is named by IPS, is no measure it lacks.)
                and not any(_named_within(part, scheme_ids[0], book) for part in re.split(r"[\s/-]+", match.alias))
            ),
            None,
        )
        if foreign is not None:
            # "the year-1 rate for a JMO supervisor under … 0765.73": a measure of another scheme, which the scheme
            # the budget code names does not have.
            return SchemeEntities(scheme_ids=scheme_ids, measure=None, unknown_measure=foreign.alias)
    unknown: str | None = None
    lettered = _LETTERED_MEASURE.search(text)
    if lettered is not None:
        letter = lettered.group("letter")
        known = _scheme_has_measure(book, [*scheme_ids, context_scheme], letter)
        if not known and (letter.isupper() or letter.lower() not in {"i", "å"}):
            # "Tiltak C (koordinator i FACT ung-team)": a lettered measure no scheme has, whatever else it names.
            unknown = letter.upper()
        elif measure is None and known and _LETTERED_MEASURE.search(without_denied(text)):
            # ("Vi søker ikke tiltak A": the measure named only as not asked about is not the one asked about.)
            measure = known
    return SchemeEntities(scheme_ids=scheme_ids, measure=measure, unknown_measure=unknown)


def _not_denied(book: RuleBook, scheme_id: str, text: str, measure: str) -> str | None:
    """`measure`, unless the text names it only as what is not asked ("et ROP-team, ikke FACT"); then, where every
    other measure of the scheme has no fixed amount, the first of those (they share the rule for all that is not the
    named measure), or none."""
    asked = without_denied(text)
    if asked == text or book.match_measure(scheme_id, asked) is not None:
        return measure
    if any(match.scheme_id == scheme_id and match.measure == measure for match in book.match_schemes(asked)):
        return measure
    # A part added to a measure (a pre-project) is no measure of its own to ask about instead.
    others = [m for m in book.scheme(scheme_id).measures.values() if m.id != measure and m.component is None]
    if others and all(m.kind == "no_fixed_amount" for m in others):
        return others[0].id
    return None


# An old-word and the few words after it, where an earlier scheme is named ("the older IPS/JMO scheme").
_OLD_NAMING = re.compile(rf"\b{_OLD_WORDS}\b((?:\s+[\w/-]+){{1,3}})", re.IGNORECASE)


def _older_schemes_named(text: str, book: RuleBook) -> set[str]:
    """The schemes of older rules (not current) named right after an old-word."""
    named = {match.scheme_id for m in _OLD_NAMING.finditer(text) for match in book.match_schemes(m.group(1))}
    return {scheme_id for scheme_id in named if book.scheme(scheme_id).status != "current"}


def _named_as_old(text: str, alias: str) -> bool:
    """`alias` is named as an earlier scheme: "den gamle IPS-ordninga", "the old IPS scheme"."""
    return re.search(rf"\b{_OLD_WORDS}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(alias)}", text, re.IGNORECASE) is not None


def paying_for_training(entities: SchemeEntities, text: str, book: RuleBook, year: int | None) -> SchemeEntities:
    """ "How much can we get for IPS training courses?": the page on the IPS grant pays for no training, while a
    measure whose name uses the same word (Tiltak A, resource environments in IPS) has money for it; that measure is
    what is asked about. Only where the word in the text names the scheme, not where a conversation kept it."""
    first = entities.scheme_ids[0] if entities.scheme_ids else None
    if first is None or any(m.training for m in book.scheme(first).measures.values()):
        return entities
    for match in book.match_schemes(text):
        if match.scheme_id != first or len(match.alias.split()) > 1:
            continue
        for scheme_id, scheme in book.schemes.items():
            if year is not None and not scheme.in_year(year):
                continue
            paying = [m.id for m in _measures_named_by(match.alias, scheme) if m.training]
            if len(paying) == 1:
                others = [s for s in entities.scheme_ids if s != scheme_id]
                return SchemeEntities(scheme_ids=[scheme_id, *others], measure=paying[0])
    return entities


def schemes_by_code(text: str, book: RuleBook) -> list[str]:
    """The scheme whose budget chapter and post the text names ("kap. 765 post 73", "chapter 0765 item 73"); none
    when the code is shared (765.60 holds the schemes for adults and for children alike)."""
    codes = set(find_budget_codes(text))
    named = [
        scheme_id
        for scheme_id, scheme in book.schemes.items()
        if any(code.lstrip("0") in codes for code in scheme.kapittel_post)
    ]
    return named if len(named) == 1 else []


def _scheme_has_measure(book: RuleBook, scheme_ids: Sequence[str | None], letter: str) -> str | None:
    """The id of measure `letter` in the first of these schemes that has it."""
    for scheme_id in scheme_ids:
        scheme = book.schemes.get(scheme_id) if scheme_id else None
        if scheme is None:
            continue
        for measure_id in scheme.measures:
            if measure_id.lower() == letter.lower():
                return measure_id
    return None


# "kapittel 0765 post 74", "kap. 765, post 60", "0765.74": a budget chapter and post.
_BUDGET_CODE = re.compile(
    r"\bkap(?:ittel|\.)?\s*0?(?P<chapter>\d{3})\s*,?\s*post\s*(?P<post>\d{2})\b"
    r"|\b(?:chapter|kapittel)\s*0?(?P<chapter2>\d{3})\s*,?\s*(?:post|item)\s*(?P<post2>\d{2})\b"
    r"|(?<![\d.])0?(?P<chapter3>\d{3})\.(?P<post3>\d{2})(?![\d.])",
    re.IGNORECASE,
)


def without_budget_codes(text: str) -> str:
    """The text with the budget chapters and posts it names left out: "chapter 0765 item 73" names a scheme, it
    asks nothing about chapters."""
    return _BUDGET_CODE.sub(" ", text)


def find_budget_codes(text: str) -> list[str]:
    """The budget chapters and posts named, as "765.74" (no leading zero: documents write both)."""
    codes = []
    for m in _BUDGET_CODE.finditer(text):
        chapter = m.group("chapter") or m.group("chapter2") or m.group("chapter3")
        post = m.group("post") or m.group("post2") or m.group("post3")
        codes.append(f"{chapter}.{post}")
    return list(dict.fromkeys(codes))
