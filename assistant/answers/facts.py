"""Writing rule-table facts and checklists, and the retrieved sentences that add to them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.phrasing import sentence
from assistant.answers.writer import Writer
from assistant.applicants import applicant_name
from assistant.messages import phrase
from assistant.retrieval.tokenize import default_analyzer
from assistant.rules import engine
from assistant.rules.model import ChecklistItem, RuleValue, Scheme
from assistant.text import asking_sentences, fold_whitespace
from assistant.types import Answer, Passage
from assistant.understand.model import Understanding
from assistant.understand.negation import said_unmet

# A rule-backed answer adds retrieved sentences that cover at least half of the question.
SUPPLEMENT_COVERAGE = 0.5


def checklist(w: Writer, items: Sequence[ChecklistItem]) -> None:
    """One line per ☒/☐ item: required or not, cited."""
    for item in items:
        mark = w.t("Kreves", "Required") if item.checked else w.t("Kreves ikke", "Not required")
        w.add(f"- {mark}: {sentence(item.label)} {w.cite(item.source)}")


def budget_facts(scheme: Scheme) -> list[RuleValue]:
    """The scheme's budget figures, in key order."""
    return [fact for key, fact in sorted(scheme.facts.items()) if key.startswith("budget")]


def scheme_facts(scheme: Scheme, keys: Sequence[str]) -> list[RuleValue]:
    """The scheme's facts with these keys, in this order (missing ones left out)."""
    return [scheme.facts[k] for k in keys if k in scheme.facts]


def with_facts(ctx: Context, w: Writer, facts: Sequence[RuleValue], passages: Sequence[Passage]) -> Answer:
    """The answer so far, then one line per fact and the retrieved sentences that add to them."""
    for fact in facts:
        w.add(fact_line(w, fact))
    supplement(ctx, w, passages)
    return w.answer("answered", passages)


def fact_text(w: Writer, fact: RuleValue) -> str:
    """What a fact states, in the answer's language (its quote when it has no text of its own)."""
    return fact.text_en if w.language == "en" and fact.text_en else (fact.text or fact.source.quote)


def fact_sentence(w: Writer, fact: RuleValue) -> str:
    """A fact as a cited sentence in the answer's language."""
    return f"{sentence(fact_text(w, fact))} {w.cite(fact.source)}"


# "28 000 kr per deltaker (eks. reise)": what a stated figure leaves out.
_LEFT_OUT = re.compile(
    r"\b(?:eks\.|ekskl\.?|eksklusive|excluding|excl\.|not including|not counting|unntatt|utenom|ikke medregnet)\s+"
    r"(?P<what>[^\W\d_][\w-]{3,})",
    re.IGNORECASE,
)
_WITHOUT = re.compile(r"\b(?:uten|without)\s+[^\W\d_][\w-]*", re.IGNORECASE)
# "Travel not included." / "reise er ikke medregnet": left out after the word, said by the asker.
_NOT_INCLUDED = re.compile(
    r"\b[^\W\d_][\w-]*\s+(?:(?:is|are|er)\s+)?(?:not included|excluded|ikke inkludert|ikke medregnet|holdes utenfor)\b",
    re.IGNORECASE,
)
_PART = 4


def left_out_asked(w: Writer, fact: RuleValue, question: str) -> str | None:
    """What the fact says its figure leaves out, when the question asks about just that ("Hvor mye må vi regne med
    i reiseutgifter?" against "28 000 kr per deltaker (eks. reise)"): the figure is no answer to it."""
    # "… for 3 participants excluding travel" leaves it out too.
    asked = _LEFT_OUT.sub(" ", _WITHOUT.sub(" ", _NOT_INCLUDED.sub(" ", question)))
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", asked)]
    for m in _LEFT_OUT.finditer(fact_text(w, fact)):
        stem = m.group("what").lower()[: max(_PART, len(m.group("what")) - 2)]
        # "reise og opphold" asks of «reiseutgifter»: a word the left-out thing's name starts with.
        if any(word.startswith(stem) or (len(word) >= _PART and stem.startswith(word)) for word in words):
            return m.group("what")
    return None


def fact_line(w: Writer, fact: RuleValue) -> str:
    """A fact as a cited list line in the answer's language."""
    return f"- {fact_sentence(w, fact)}"


def supplement(ctx: Context, w: Writer, passages: Sequence[Passage], intro: bool = True) -> None:
    """Add the retrieved sentences that answer the question beyond what the rule tables hold."""
    selection = ctx.extractive.select(w.query, passages, max_units=3)
    if selection.coverage < SUPPLEMENT_COVERAGE:
        return
    quoted = [fold_whitespace(q) for q in w.quoted()]
    added = False
    for unit in selection.units:
        text = fold_whitespace(unit.text)
        if any(text in q or q in text for q in quoted):
            continue
        if intro and not added:
            w.add(phrase("quotes_more", w.language))
        added = True
        w.add(f"- «{text}» {w.cite_chunk(unit.chunk, unit.text)}")


def applicant_note(ctx: Context, w: Writer, u: Understanding, scheme: Scheme) -> str | None:
    """A question from (or premised on) an applicant type that may not apply gets that answer first, whatever it
    asks: "Since voluntary organisations are eligible, what must we include?" is corrected before it is answered.
    One that may, asking whether it may as well as something else ("Can we apply for Tiltak B, and what's the max
    in year 2?"), is told so first. Returns the verdict written ("yes", "no"), if any."""
    if u.applicant_type is None or not scheme.eligibility:
        return None
    result = engine.eligibility(ctx.book, scheme, u.applicant_type)
    plural = applicant_name(u.applicant_type, w.language, plural=True)
    # "Kan vi få 500 000 til opplæring?" asks about the sum, not whether "we" may apply.
    asks_a_sum = bool(u.amounts) and u.has("obtain")
    if result.verdict == "yes" and u.has("yes_no") and "eligibility" in u.intents and result.sources and not asks_a_sum:
        w.add(
            w.t(
                f"Ja: {plural} kan søke om denne ordningen {w.cite(*result.sources[:1])}.",
                f"Yes: {plural} may apply for this scheme {w.cite(*result.sources[:1])}.",
            )
        )
        return "yes"
    if result.verdict != "no":
        return None
    w.add(
        w.t(
            f"Nei: {plural} kan ikke søke om denne ordningen {w.cite(*result.sources[:1])}. "
            "Det som følger, gjelder søkere som kan søke.",
            f"No: {plural} may not apply for this scheme {w.cite(*result.sources[:1])}. "
            "What follows applies to eligible applicants.",
        )
    )
    return "no"


# Two words name the same thing when they share this long a beginning ("revisorattestert" / "revisorattestasjon").
_SAME_STEM = 6
# A Norwegian word in an English question names a line only if it is this long ("kontrollhandlinger").
_OWN_WORD = 10
_LETTERS = re.compile(r"[^\W\d_]+")


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


# "Isn't a risk assessment optional?", "Er risikovurderingen frivillig?": whether a line may be left out.
_OPTIONAL = re.compile(
    r"\b(?:optional|voluntary|not\s+(?:required|mandatory|necessary|compulsory)|valgfri\w*|frivillig\w*|"
    r"ikke\s+(?:påkrevd|obligatorisk|nødvendig|et\s+krav)|"
    # "Do we just leave that out of the report?", "Kan vi utelate det?": the line asked about, left out
    r"(?:leave|leaving)\s+(?:that|it|this|them)\s+out|(?:skip|omit|drop)\s+(?:that|it|this)|"
    r"(?:utelate|droppe|sløyfe|hoppe\s+over)\s+(?:det|den|dette))\b",
    re.IGNORECASE,
)


def asked_item(u: Understanding, items: Sequence[ChecklistItem]) -> ChecklistItem | None:
    """The ☒/☐ line the question asks about: the one whose heading (before ':') shares the longest word beginning
    with the question, if that is clearly the best."""
    if not items:
        return None
    text = u.clean_text or u.text
    # The lines are Norwegian: an English question is read with the glossary's Norwegian for its words too
    # ("auditor's attestation": revisorattestasjon), after the words it uses itself ("agreed-upon procedures
    # (avtalte kontrollhandlinger) from an auditor": the line it names, not the auditor's attestation).
    if u.language != "en":
        return _closest_item(text, items, _SAME_STEM)
    # A Norwegian word of its own must be a long one: "Tiltak B" names a measure, not a line.
    return _closest_item(text, items, _OWN_WORD) or _closest_item(default_analyzer().expand(text), items, _SAME_STEM)


def _closest_item(text: str, items: Sequence[ChecklistItem], least: int) -> ChecklistItem | None:
    """The line whose heading shares the longest word beginning (at least `least` letters) with `text`, if that is
    clearly the best."""
    asked = [word for word in _LETTERS.findall(text.lower()) if len(word) >= _SAME_STEM]

    def closeness(item: ChecklistItem) -> int:
        head = [word for word in _LETTERS.findall(item.label.split(":")[0].lower()) if len(word) >= _SAME_STEM]
        return max((_shared_prefix(a, h) for a in asked for h in head), default=0)

    ranked = sorted(items, key=closeness, reverse=True)
    best = closeness(ranked[0])
    if best < least or (len(ranked) > 1 and closeness(ranked[1]) == best):
        return None
    return ranked[0]


def checklist_verdict(w: Writer, u: Understanding, items: Sequence[ChecklistItem]) -> bool:
    """A yes/no question about one ☒/☐ line ("Må regnskapet være revisorattestert?") is answered by its box, first.

    The line is the one whose heading (before ':') shares the longest word beginning with the question, if that is
    clearly the best; otherwise nothing is written. Returns whether a verdict was written.
    """
    # "We don't need to include a risk assessment, right?": a statement asked is answered as a yes/no question.
    if not any(u.has(q) for q in ("yes_no", "statement_question", "asks_confirmation")) or not items:
        return False
    item = asked_item(u, items)
    if item is None:
        return False
    asking = " ".join(asking_sentences(u.clean_text or u.text))
    if said_unmet(asking, item.label, negation="leaving_out") or _OPTIONAL.search(asking):
        # "Can we NOT include own funding?", "Kan vi søke uten egenfinansiering?", "Isn't a risk assessment
        # optional?": asked whether it may be left out.
        verdict = w.t(
            "Nei – dette kreves" if item.checked else "Ja – dette kreves ikke",
            "No – this is required" if item.checked else "Yes – this is not required",
        )
        w.add(f"{verdict}: {sentence(item.label)} {w.cite(item.source)}")
        return True
    if not u.has("yes_no"):
        return False  # a statement's claim is read only as leaving a line out; any other polarity is not known
    verdict = w.t("Ja" if item.checked else "Nei", "Yes" if item.checked else "No")
    w.add(f"{verdict} – {sentence(item.label)} {w.cite(item.source)}")
    return True


# A sentence that asks whether: it opens with its verb ("Are …?", "Prioriteres …?").
_ASKS_WHETHER = re.compile(
    r"(?:are|is|do|does|did|can|could|will|would|was|were|er|var|blir|ble|kan|kunne|får|fikk|gis|vil|skal|må|"
    r"prioriteres)\b",
    re.IGNORECASE,
)

# "new IPS project - …", "2023: …": a topic named before the question.
_TOPIC_FIRST = re.compile(r"^[^?]{1,60}?\s[-–:]\s+|^[^?\s]{1,30}:\s+")


def priorities(ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]) -> Answer | None:
    """'What was prioritised in the children and youth scheme in 2023?': what the scheme's tables say is prioritised,
    then the sentences that add to it; None unless that is asked (not whether one thing is) and the tables say."""
    stated = [fact for key, fact in scheme.facts.items() if "priorit" in key]
    # "What share of participants must be under 35 …?" asks a figure, which the quotes must give; "Are young
    # participants prioritised? Up to what age?" asks whether first, which a sentence answers.
    figure = any(u.has(q) for q in ("yes_no", "share_question", "count_question", "how_much"))
    # "new IPS project - is it true younger participants get priority?": the topic before a dash is no question.
    whether = any(
        _ASKS_WHETHER.match(_TOPIC_FIRST.sub("", part.strip())) for part in asking_sentences(u.clean_text or u.text)
    )
    # "765.60" is the adults' and the children's scheme: whose priorities is not said, the sentences answer.
    shared = [other for other in ctx.named_on_its_post(scheme, u) if other.id != scheme.id]
    if not (u.has("priority_asked") and stated) or figure or whether or shared:
        return None
    title = ctx.title(scheme, [fact.source for fact in stated])
    w.add(w.t(f"Dette prioriteres etter {title}:", f"Prioritised under {title}:"))
    return with_facts(ctx, w, stated, passages)
