"""Compose an answer (nb/en) from rules-module results and retrieved passages, citing sources by key.

Rule-backed intents (eligibility, amounts, durations, deadlines, reporting, decisions, application content) answer
from the rule tables, whose every value carries a verbatim source; everything else is extractive. The verifier runs
afterwards and removes whatever this module could not back. Each kind of answer lives in `assistant.answers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from assistant.answers.amounts import BUDGET, answer_amount
from assistant.answers.context import Context
from assistant.answers.eligibility import answer_eligibility
from assistant.answers.fallbacks import (
    extractive_answer,
    impossible_request,
    no_fixed_amount,
    not_found,
    unknown_measure,
)
from assistant.answers.phrasing import status_warning
from assistant.answers.rule_facts import (
    answer_application,
    answer_deadline,
    answer_decision_appeal,
    answer_duration,
    answer_overview,
    answer_reporting,
)
from assistant.answers.writer import Writer
from assistant.citations import SourceLocator
from assistant.errors import NoFixedAmount, PositionLimitExceeded, RulesError, YearOutOfRange
from assistant.extractive import ExtractiveAnswerer
from assistant.messages import phrase
from assistant.rules.book import RuleBook
from assistant.rules.model import Scheme
from assistant.rules.review import flag_unreviewed
from assistant.types import Answer, Chunk, Passage
from assistant.understand.model import Understanding

# A rule-table answer for one intent, or None when the tables do not cover the question.
Handler = Callable[[Context, Writer, Understanding, Scheme, Sequence[Passage]], Answer | None]

_HANDLERS: dict[str, Handler] = {
    "eligibility": answer_eligibility,
    "amount": answer_amount,
    "duration": answer_duration,
    "deadline": answer_deadline,
    "reporting": answer_reporting,
    "decision_appeal": answer_decision_appeal,
    "application_requirements": answer_application,
    "overview": answer_overview,
}

# With no scheme named, a question whose content words are this unknown to the corpus (1 in 3) is off-topic.
OFF_TOPIC_SHARE = 3
_LONG_WORD = 12
# A capitalised word that does not start the sentence: a name.
_NAME = re.compile(r"(?<=[\w,;:] )[A-ZÆØÅ][\wÆØÅæøå-]+")


class Composer:
    """Turns an understood question plus passages into a cited draft answer."""

    def __init__(
        self,
        book: RuleBook,
        chunks: Sequence[Chunk],
        extractive: ExtractiveAnswerer,
        today: date,
        titles: dict[str, str],
    ) -> None:
        self.context = Context(
            book=book, locator=SourceLocator(chunks), extractive=extractive, today=today, titles=titles
        )

    def compose(self, u: Understanding, passages: Sequence[Passage], query: str) -> Answer:
        """The unverified answer for `u`, given the passages retrieved for `query`."""
        answer = self._compose(u, passages, query)
        if u.injection:
            answer.warnings.insert(0, phrase("injection_ignored", u.language))
        return answer

    def _compose(self, u: Understanding, passages: Sequence[Passage], query: str) -> Answer:
        ctx = self.context
        w = Writer(u.language, ctx.locator, query)
        if u.intent == "out_of_scope" and not u.scheme_ids:
            return not_found(w, passages)
        if u.unknown_measure is not None:
            return unknown_measure(ctx, w, u, passages)
        if not u.scheme_ids and self._off_topic(u):
            return not_found(w, passages)
        handler = _HANDLERS.get(u.intent)
        scheme = ctx.scheme(u)
        if scheme is not None and BUDGET.search(u.clean_text) and u.intent not in ("deadline", "reporting"):
            handler = answer_amount  # "what was the budget/allocation for X": the scheme's budget facts
        if handler is not None and scheme is not None:
            try:
                draft = handler(ctx, w, u, scheme, passages)
            except NoFixedAmount as exc:
                return flag_unreviewed(no_fixed_amount(w, exc, passages), scheme, u.language)
            except (YearOutOfRange, PositionLimitExceeded) as exc:
                return flag_unreviewed(impossible_request(ctx, w, u, scheme, exc, passages), scheme, u.language)
            except RulesError:
                # The tables do not cover this (e.g. no rate stated): answer from the passages instead.
                draft = None
                w = Writer(u.language, ctx.locator, query)
            if draft is not None:
                # The handler built its answer already: the warning must go onto it, not only into the writer.
                status_warning(w, scheme)
                return flag_unreviewed(draft.model_copy(update={"warnings": list(w.warnings)}), scheme, u.language)
        if handler is not None and scheme is None and u.intent in ("eligibility", "amount") and not passages:
            return not_found(w, passages)
        return extractive_answer(ctx, w, passages, query)

    def _off_topic(self, u: Understanding) -> bool:
        """A question about something the corpus never mentions (sports facilities, weather, other agencies …).

        Off-topic when many of its content words are unknown to the corpus and glossary, or when an unknown word
        is a name (capitalised mid-sentence: "Arts Council", "FRIPRO") or a long compound ("kunstgressbane") —
        typos in long corpus words are already forgiven by the fuzzy vocabulary lookup.
        """
        text = u.clean_text or u.text
        uncovered, content = self.context.extractive.uncovered_words(text)
        if not uncovered:
            return False
        names = {m.group().lower() for m in _NAME.finditer(text)}
        if any(word in names or len(word) >= _LONG_WORD for word in uncovered):
            return True
        if u.language == "en":
            # English words are unknown to a Norwegian corpus unless the glossary maps them: ask for more.
            return len(uncovered) >= 2 and 2 * len(uncovered) >= content
        return len(uncovered) * OFF_TOPIC_SHARE >= content
