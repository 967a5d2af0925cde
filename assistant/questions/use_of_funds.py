"""What a grant may be spent on: "Kan vi bruke Tiltak B til å kjøpe PC-er?" is answered by the rule that says what
it covers, and nothing else."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answers.context import Context
from assistant.answers.facts import supplement
from assistant.answers.phrasing import join, sentence, topic_names, with_verdict
from assistant.answers.writer import Writer
from assistant.extractive import sentences_in
from assistant.questions.registry import QuestionType, register
from assistant.questions.vocabulary import vocabulary
from assistant.rules.model import Condition, Measure, Scheme
from assistant.text import asking_sentences
from assistant.tokens import tokenize
from assistant.types import Answer, Chunk, Passage
from assistant.understand.funded_staff import other_professions
from assistant.understand.model import Understanding

# Names shorter than this ("B") are no sign a sentence speaks of the scheme.
MIN_SCHEME_NAME = 6
_ONLY = re.compile(r"\b(?:bare|kun|only|just)\b", re.IGNORECASE)
_OR_ONLY = re.compile(r"\b(?:eller|or)\s+(?:bare|kun|only|just)\b", re.IGNORECASE)
# "… cover FACT ung teams?", "… de øvrige tjenestene?": where the grant is spent, not on what.
_TEAMS = re.compile(r"\b(?:F?ACT(?:[- ]ung)?[- ]?team\w*|\w*tjenest\w*|services?)\b", re.IGNORECASE)


def answer_use_of_funds(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, passages: Sequence[Passage]
) -> Answer | None:
    """The rules on what the grant covers; a yes/no question about another cost gets 'Nei' first."""
    measure = ctx.measure(scheme, u)
    of_measure = [
        c for c in scheme.conditions if c.measures is None or (measure is not None and measure.id in c.measures)
    ]
    rules = [c for c in of_measure if c.kind == "covers_only"]
    others = other_professions(u.clean_text or u.text, measure.roles) if measure and measure.roles_only else []
    if others and measure is not None and measure.roles_only is not None:
        # "Can Tiltak B part-fund a psychologist position in our FACT team?", "How much for a psychologist
        # position?": the measure pays one role's salary.
        label, named = w.t(measure.label, measure.label_en or measure.label), join(others, w.language)
        w.add(
            w.t(
                f"Nei – {label} delfinansierer bare lønn til {measure.roles[0]}, ikke til {named}.",
                f"No – {label} part-finances the salary of the {_role_en(measure)} only, not of "
                f"{'an' if named[:1].lower() in 'aeiou' else 'a'} {named}.",
            )
            + f" {w.cite(measure.roles_only)}"
        )
        supplement(ctx, w, passages)
        return w.answer("answered", passages)
    whole = vocabulary().qualifier("whole_cost").found(tokenize(u.clean_text or u.text))
    if whole and measure is not None and measure.roles_only is not None:
        # "Dekker Tiltak B hele lønna, så kommunen slipper å bruke egne midler?": it part-finances the salary.
        label = w.t(measure.label, measure.label_en or measure.label)
        w.add(
            w.t(
                f"Nei – {label} delfinansierer lønn til {measure.roles[0]}; det dekker ikke hele lønnen.",
                f"No – {label} part-finances the salary of the {_role_en(measure)}; it does not cover all of it.",
            )
            + f" {w.cite(measure.roles_only)}"
        )
        supplement(ctx, w, passages)
        return w.answer("answered", passages)
    # With no measure named, what any of the scheme's measures may pay for ("What could the 2019 grant be spent on?").
    listed = [
        c
        for c in (of_measure if measure is not None else scheme.conditions)
        if c.kind == "covers" and _of_the_year(ctx, u, c)
    ]
    if not rules and listed:
        return _what_it_may_pay_for(ctx, w, u, scheme, measure, listed, passages)
    teams_asked = _TEAMS.search(u.clean_text or u.text) is not None and not u.has("other_cost")
    # "… money for a brand-new low-threshold project?": whether something new may be started, which a sentence on
    # new measures settles («Det gis ikke tilskudd til nye tiltak gjennom overgangsordningen»), not what costs are
    # covered: the scheme's own such sentence leads.
    starting_new = vocabulary().qualifier("starting_new").found(tokenize(u.clean_text or u.text))
    no_new = _no_new_measures(ctx, scheme) if starting_new and u.has("yes_no") else None
    if no_new is not None:
        chunk, sentence = no_new
        w.add(f"{w.t('Nei', 'No')} – «{sentence}» {w.cite_chunk(chunk, sentence)}")
        supplement(ctx, w, passages)
        return w.answer("answered", passages)
    # Staff told beside another cost asked of ("har fått Tiltak B til en spesialist. Kan vi bruke noe til kurs og
    # IT-utstyr?") is the scene, not what is asked.
    staff_asked = (u.positions or u.staffing) and not u.has("other_cost")
    if not rules or (u.has("yes_no") and (staff_asked or teams_asked or starting_new)):
        # The passages say what it may be used for; "can it fund an employment specialist there?" is answered by
        # what they say of whose salary it pays, "does it also cover FACT ung teams?" by where it pays it, not by
        # what it does not cover.
        return None
    title = ctx.title(scheme, [c.source for c in rules])
    # A salary is what these rules do cover, but whose salary decides: no verdict then, only the rule; unless a thing
    # bought or a running cost is asked about ("since it covers salary and equipment, can we budget new laptops?",
    # "operating costs like rent").
    if u.has("yes_no") and (not u.has("salary_cost") or u.has("other_cost")):
        first, *rest = rules
        w.add(w.t("Nei – ", "No – ") + f"{_text(w, first)} ({title}) {w.cite(first.source)}")
        if measure is not None and measure.roles_only is not None:
            # What it does pay for, after what it does not: the salary of the measure's one role.
            w.add(
                w.t(
                    f"Tilskuddet delfinansierer lønn til {measure.roles[0]}",
                    f"The grant part-finances the salary of the {_role_en(measure)}",
                )
                + f" {w.cite(measure.roles_only)}."
            )
    else:
        w.add(w.t(f"Hva tilskuddet dekker, etter {title}:", f"What the grant covers, under {title}:"))
        rest = rules
    for rule in rest:
        w.add(f"- {_text(w, rule)} {w.cite(rule.source)}")
    supplement(ctx, w, passages)
    return w.answer("answered", passages)


def _of_the_year(ctx: Context, u: Understanding, rule: Condition) -> bool:
    """The rule's document speaks for the calendar year asked (any, when none is asked or it has no date): the 2019
    call's list says nothing of what the 2023 slides say the scheme covers."""
    chunks = ctx.locator.chunks_of(rule.source.document_id)
    dated = chunks[0].version_date if chunks else None
    return u.calendar_year is None or dated is None or dated.year == u.calendar_year


def _what_it_may_pay_for(
    ctx: Context,
    w: Writer,
    u: Understanding,
    scheme: Scheme,
    measure: Measure | None,
    listed: Sequence[Condition],
    passages: Sequence[Passage],
) -> Answer | None:
    """'Hva kunne tilskuddet brukes til i 2019? Bare lønn?': what the grant may be spent on, listed (a list that
    excludes nothing else); a no first to "only that?", whatever the list names more."""
    title = ctx.title(scheme, [c.source for c in listed])
    text = u.clean_text or u.text
    # "… til opplæring og fidelity-målinger, eller bare til lønn?" asks of the first things; "Bare lønn?" of salary.
    asking = " ".join(asking_sentences(text))  # "Vi har bare 12 000 innbyggere. …": the scene asks nothing
    only_asked = _ONLY.search(asking) is not None and _OR_ONLY.search(asking) is None
    if u.has("yes_no") and not only_asked:
        # "Does that include fidelity assessments?": yes, when the rule's own sentence names what is asked; else the
        # list does not rule it out ("Kunne det brukes til husleie?") and the passages answer.
        asked = ctx.extractive.focus(_OR_ONLY.split(text)[0], topic_names(scheme), translate=u.language == "en")
        naming = [rule for rule in listed if asked.groups and ctx.extractive.coverage(asked, rule.source.quote) >= 0.5]
        if not naming:
            return None
        w.add(with_verdict(w.t("Ja", "Yes"), f"{_text(w, naming[0])} ({title}) {w.cite(naming[0].source)}"))
        return w.answer("answered", passages)
    if only_asked:
        first, *rest = listed
        # ("bare årsverk, eller også andre utgifter?": what other documents say of it follows.)
        w.add(
            with_verdict(
                w.t("Nei, ikke bare det", "No, not only that"), f"{_text(w, first)} ({title}) {w.cite(first.source)}"
            )
        )
    else:
        w.add(w.t(f"Hva tilskuddet kan brukes til, etter {title}:", f"What the grant may be used for, under {title}:"))
        rest = list(listed)
    for rule in rest:
        # The measure each rule is for, when none was named: the list may not hold for the scheme's other measures.
        labels = [scheme.measures[m] for m in rule.measures or []] if measure is None else []
        label = ", ".join(w.t(m.label, m.label_en or m.label) for m in labels)
        w.add(f"- {label + ': ' if label else ''}{_text(w, rule)} {w.cite(rule.source)}")
    if only_asked:
        # "Dekker ordningen bare årsverk?": a later document's sentence on it («åpner for dekking av andre utgifter»).
        supplement(ctx, w, passages)
    # Else the rule answers; other passages would bring rates nobody asked for.
    return w.answer("answered", passages)


def _no_new_measures(ctx: Context, scheme: Scheme) -> tuple[Chunk, str] | None:
    """The sentence of the scheme's documents saying it funds no new measures and naming the scheme (the 2023
    slides say it of the transitional scheme only)."""
    names = [name.lower() for name in (scheme.name, *scheme.aliases) if len(name) >= MIN_SCHEME_NAME]
    statement = vocabulary().in_document("no_new_measures")
    for document in scheme.documents:
        for chunk in ctx.locator.chunks_of(document):
            for unit in sentences_in(chunk):
                text = unit.text.strip().lstrip("•").strip()
                if statement.found(tokenize(text)) and any(name in text.lower() for name in names):
                    return chunk, text
    return None


def _role_en(measure: Measure) -> str:
    """The measure's role in English: the roles list Norwegian names first, English ones have several words."""
    return next((role for role in measure.roles if " " in role), measure.roles[0])


def _text(w: Writer, rule: Condition) -> str:
    return sentence(w.t(rule.text, rule.text_en or rule.text))


QUESTION_TYPE = register(
    QuestionType(
        name="use_of_funds",
        description="What the grant may be spent on: salaries only, no investments …",
        category="definition",
        handler=answer_use_of_funds,
        consumes=frozenset({"salary_cost"}),
        retrieval_terms="tilskuddet skal dekke lønnskostnader ikke andre aktiviteter eller investeringer",
    )
)
