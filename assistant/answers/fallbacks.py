"""Answers when the rule tables do not answer: extractive quotes, not found, unknown measures, impossible requests."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.context import Context, single_priced_measure
from assistant.answers.phrasing import duration_sentence, join, measure_label, scheme_name, sentence, status_warning
from assistant.answers.writer import Writer
from assistant.errors import NoFixedAmount, PositionLimitExceeded, RegelverkError, YearOutOfRange
from assistant.messages import not_found_text, phrase
from assistant.rules.model import Scheme
from assistant.text import fold_whitespace
from assistant.types import Answer, Chunk, Passage, Source
from assistant.understand.model import Understanding

# Below this share of the question's (IDF-weighted) terms found in one sentence, the evidence is too thin to answer.
MIN_COVERAGE = 0.2


def extractive_answer(
    ctx: Context,
    w: Writer,
    passages: Sequence[Passage],
    query: str,
    needs_number: bool = False,
    whole_lists: bool = False,
    counted: Sequence[str] = (),
    modifiers: bool = True,
) -> Answer:
    """The retrieved sentences that best cover the question, quoted; not found when they cover too little, or when
    a count is asked ("hvor mange pasienter …") and the best sentences hold no number — for a count, a number in a
    sentence that names what is counted ("9 FACT voksen team" does not count FACT ung-team)."""
    selection = ctx.extractive.select(query, passages, whole_lists=whole_lists)
    if not selection.units or selection.coverage < MIN_COVERAGE:
        return not_found(w, passages)
    units = selection.units
    if needs_number:
        # The sentence with the number leads; none among those chosen: the documents do not give it.
        numbered = [unit for unit in units if ctx.extractive.counts(unit.text, counted, modifiers)]
        if not numbered:
            return not_found(
                w, passages, w.t("Dokumentene oppgir ikke det tallet.", "The documents do not give that number.")
            )
        units = numbered + [unit for unit in units if unit not in numbered]
    w.add(phrase("quotes_intro", w.language))
    for unit in units:
        chunk = unit.chunk
        marker = w.cite_chunk(chunk, unit.text)
        w.add(f"- «{fold_whitespace(unit.text)}» {marker}")
    _source_dates(ctx, w, [unit.chunk for unit in units])
    return w.answer("answered", passages)


def _source_dates(ctx: Context, w: Writer, chunks: Sequence[Chunk]) -> None:
    """Warn when a quoted document is an old version or from an earlier year."""
    for chunk in chunks:
        for scheme_id in chunk.schemes:
            scheme = ctx.book.schemes.get(scheme_id)
            if scheme is not None and scheme.status != "current" and chunk.document_id in scheme.documents:
                status_warning(w, scheme)
        if chunk.version_date is not None and chunk.version_date.year < ctx.today.year - 1:
            w.warn(
                w.t(
                    f"Kilden «{chunk.title}» er fra {chunk.version_date.year}; sjekk om reglene er endret siden.",
                    f"The source «{chunk.title}» is from {chunk.version_date.year}; check whether the rules "
                    "have changed since.",
                )
            )


def not_found(w: Writer, passages: Sequence[Passage], reason: str | None = None) -> Answer:
    """The fixed not-found answer (with the reason, when there is one), pointing to the two closest passages."""
    w.paragraphs.clear()
    w.calculation = None
    w.add(not_found_text(w.language) + (f" {reason}" if reason else ""))
    closest = list(passages[:2])
    if closest:
        w.add(phrase("not_found_closest", w.language))
        for passage in closest:
            first_line = next((line for line in passage.chunk.text.split("\n") if line.strip()), "")
            quote = first_line[:160].rsplit(" ", 1)[0] if len(first_line) > 160 else first_line
            section = f", {passage.chunk.section}" if passage.chunk.section else ""
            w.add(f"- {passage.chunk.title}{section} {w.cite_chunk(passage.chunk, quote)}")
    return w.answer("not_found", passages)


def unknown_measure(ctx: Context, w: Writer, u: Understanding, passages: Sequence[Passage]) -> Answer:
    """A measure the scheme does not have: say so and list the measures it has."""
    scheme = ctx.scheme(u)
    label = f"Tiltak {u.unknown_measure}" if u.unknown_measure and len(u.unknown_measure) <= 2 else u.unknown_measure
    if scheme is not None and scheme.measures:
        known = join([measure_label(m, w.language) for m in scheme.measures.values()], w.language)
        w.add(
            w.t(
                f"Jeg fant ikke {label} i regelverkene jeg har. «{scheme.name}» har disse tiltakene: {known}.",
                f"I could not find {label} in the regulations I have. «{scheme_name(scheme, 'en')}» has these "
                f"measures: {known}.",
            )
        )
        return w.answer("not_found", passages)
    w.add(w.t(f"Jeg fant ikke {label} i regelverkene jeg har.", f"I could not find {label} in the regulations I have."))
    return w.answer("not_found", passages)


def no_fixed_amount(w: Writer, exc: NoFixedAmount, passages: Sequence[Passage]) -> Answer:
    """A measure without a fixed amount: quote what the regulation says instead."""
    source = exc.source if isinstance(exc.source, Source) else None
    w.add(
        w.t(
            f"Regelverket oppgir ikke et fast beløp her: «{source.quote if source else exc.message}» {w.cite(source)}",
            f"The regulation states no fixed amount here: «{source.quote if source else exc.message}» {w.cite(source)}",
        )
    )
    return w.answer("answered", passages)


def impossible_request(
    ctx: Context, w: Writer, u: Understanding, scheme: Scheme, exc: RegelverkError, passages: Sequence[Passage]
) -> Answer:
    """An impossible request (year 5 of four, three positions of one): say no and cite the limit.

    The error's own message echoes the user's numbers, which no source backs; the answer states the rule.
    """
    w.paragraphs.clear()
    measure = ctx.measure(scheme, u) or single_priced_measure(scheme)
    label = measure_label(measure, w.language) if measure else scheme_name(scheme, w.language)
    if isinstance(exc, YearOutOfRange) and measure is not None and measure.duration is not None:
        w.add(
            w.t(
                f"Nei. {label} gis bare i et begrenset antall år, og året du spør om ligger utenfor:",
                f"No. {label} is granted for a limited number of years only, and the year you ask about is "
                "outside them:",
            )
        )
        w.add(f"- {duration_sentence(w, measure)}")
    elif isinstance(exc, PositionLimitExceeded) and measure is not None and measure.position_limit is not None:
        limit = measure.position_limit
        name = limit.name_en if w.language == "en" and limit.name_en else limit.name
        w.add(
            w.t(
                f"Nei. {label} gir ikke tilskudd til så mange stillinger eller så høy stillingsprosent:",
                f"No. {label} does not fund that many positions or that high a percentage:",
            )
        )
        w.add(f"- {sentence(name)} {w.cite(limit.source)}")
    else:
        w.add(w.t(f"Det går ikke: {exc.message}", f"That is not possible under the rules: {exc.localized('en')}"))
    return w.answer("answered", passages)
