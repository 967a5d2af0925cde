"""'Is the IPS/JMO page still valid today?': whether a scheme's documents are the rules in force, from the rule
tables' status, with the line that dates the regulation in force quoted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.writer import Writer
from assistant.rules.model import Scheme
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding

# What a question on validity asks of: the rules or a document as a whole ("Is that page still valid?"), not a rule
# in them ("Does the four-year limit still apply?").
_RULES_AS_A_WHOLE = re.compile(
    r"\b(?:\w*regelverk\w*|reglene|regler|rules|regulations?|rule\s+set|page|\w*siden|\w*utlysning\w*|"
    r"announcement|call|lysark\w*|slides|dokument\w*|documents?|\w*ordning\w*|scheme|programme)\b",
    re.IGNORECASE,
)
# A claim asked to still hold ("Gjelder det fortsatt …?", "Is that still true?"), not the rules as a whole.
_CLAIM_STILL = re.compile(
    r"\b(?:gjelder|stemmer)\s+(?:det|dette)\b|\b(?:is|does)\s+(?:it|this|that)\s+still\b", re.IGNORECASE
)
# An acronym in a scheme's name ("IPS", "JMO"): the word a newer regulation's measures are named by, too.
_ACRONYM = re.compile(r"\b[A-ZÆØÅ]{3,}\b")


def still_valid_answer(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer | None:
    """Yes for a scheme whose rules are in force, no for an older version or an expired call (and the regulation
    in force for the same thing, where one is); None unless the question asks whether the rules still hold."""
    scheme = ctx.scheme(u)
    # "På den gamle siden kunne stiftelser søke. Gjelder det fortsatt …?": what was said still holding, not the rules.
    whether = (u.has("yes_no") or u.has("statement_question")) and not u.injection
    whether = whether and _CLAIM_STILL.search(u.clean_text or u.text) is None
    if not (u.has("still_valid") and whether) or scheme is None or not _asks_of_the_rules(u.clean_text or u.text):
        return None
    name = w.t(scheme.name, scheme.name_en or scheme.name)
    title = ctx.title(scheme, [])
    if scheme.status == "current":
        dated = _dating_line(ctx, w, scheme)
        w.add(
            w.t(
                f"Ja – {title} er de gjeldende reglene for «{name}»{dated}.",
                f"Yes – {title} is the set of rules in force for «{name}»{dated}.",
            )
        )
        return w.answer("answered", passages)
    if scheme.status == "old_version":
        w.add(
            w.t(
                f"Nei – {title} er en eldre versjon av reglene for «{name}».",
                f"No – {title} is an older version of the rules for «{name}».",
            )
        )
    else:
        w.add(w.t(f"Nei – reglene for «{name}» er utløpt.", f"No – the rules for «{name}» have expired."))
    last = _last_call(w, scheme)
    if last:
        w.add(
            w.t(f"Den siste søknadsfristen dokumentene gir: {last}", f"The last application deadline they give: {last}")
        )
    for newer in _in_force_for_the_same(ctx, scheme):
        dated = _dating_line(ctx, w, newer)
        newer_name = w.t(newer.name, newer.name_en or newer.name)
        w.add(
            w.t(
                f"Gjeldende regler står i {ctx.title(newer, [])} («{newer_name}»){dated}.",
                f"The rules in force are in {ctx.title(newer, [])} («{newer_name}»){dated}.",
            )
        )
    return w.answer("answered", passages)


# "… etter regelverket for 0765.73", "under the 2025 rules": the rules named as where something holds.
_WHERE = frozenset({"etter", "under", "ifølge", "iht", "i", "to", "in", "by"})


def _asks_of_the_rules(text: str) -> bool:
    """The rules or a document are what is asked of ("Is that page still valid?"), not where a thing said before
    is to hold ("Gjelder det fortsatt etter regelverket for 0765.73?")."""
    for found in _RULES_AS_A_WHOLE.finditer(text):
        before = text[: found.start()].split()
        if not before or before[-1].lower() not in _WHERE:
            return True
    return False


def _last_call(w: Writer, scheme: Scheme) -> str:
    """'«Søknadsfrist 01. mars 2019 (utløpt)»' – the latest application deadline the scheme's tables date, cited."""
    dated = [(d.due, d) for d in scheme.deadlines if d.kind == "application" and d.due is not None]
    if not dated:
        return ""
    _, last = max(dated, key=lambda pair: pair[0])
    return f"«{last.source.quote}» {w.cite(last.source)}"


def _in_force_for_the_same(ctx: Context, scheme: Scheme) -> list[Scheme]:
    """Schemes in force whose measures are named by an acronym of the older scheme's name (the IPS page's "IPS" in
    Tiltak A's name)."""
    acronyms = set(_ACRONYM.findall(scheme.name))
    return [
        other
        for other in ctx.book.schemes.values()
        if other.id != scheme.id
        and other.status == "current"
        and any(re.search(rf"\b{a}\b", m.name) for a in acronyms for m in other.measures.values())
    ]


def _dating_line(ctx: Context, w: Writer, scheme: Scheme) -> str:
    """': «Godkjent av HOD 19.09.2025»' – the line of the scheme's document giving its version date, cited; empty
    when no line gives it."""
    if scheme.version_date is None:
        return ""
    day = scheme.version_date.strftime("%d.%m.%Y")
    for document in scheme.documents:
        for chunk in ctx.locator.chunks_of(document):
            line = next((line.strip() for line in chunk.text.split("\n") if day in line), None)
            if line:
                return f": «{line}» {w.cite_chunk(chunk, line)}"
    return ""
