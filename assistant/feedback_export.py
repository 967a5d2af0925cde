"""`regelverk feedback export`: rated answers as candidate eval cases, for a caseworker to review into eval/gold/.

This is how real questions reach the evaluation suite. A thumbs-up case proposes the answer's status, amount and
sources as its expectation; a thumbs-down case has none, since the shown answer is what was wrong.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from assistant.conversation_store import RatedTurn, Rating
from assistant.errors import InvalidInput
from assistant.services import Services
from assistant.settings import get_settings

MAX_TURNS = 3  # what a gold case holds: the rated question and up to two before it
MAX_SOURCES = 3

_HEADER = """\
# Candidate eval cases from user feedback (`regelverk feedback export`, {day}).
# For a caseworker to review, one by one: check the answer against the sources, give the case a category,
# write or correct `expect` (thumbs-down answers have none: say what a correct answer contains), then delete
# `feedback` and `answer` and move the case into eval/gold/*.yaml. `python -m eval.check_cases DIR` checks the result.
"""


def candidate_case(rated: RatedTurn) -> dict[str, Any]:
    """One rated turn as a gold-case draft: id, language, turns, proposed expectation, and what was shown."""
    turn = rated.turn
    assert turn.feedback is not None  # rated turns have feedback by definition
    case: dict[str, Any] = {
        "id": f"fb-{rated.conversation_id[:12]}-{turn.n}",
        "language": turn.language,
        "turns": [*rated.earlier_questions, turn.question][-MAX_TURNS:],
    }
    if turn.feedback.rating == "up":
        expect: dict[str, Any] = {"status": turn.status}
        if turn.calculation is not None:
            expect["amount"] = turn.calculation.amount
        sources = [
            {"document": c.document_id, "section": c.section, "quote": c.quote} for c in turn.citations[:MAX_SOURCES]
        ]
        if sources:
            expect["sources"] = sources
        case["expect"] = expect
    case["feedback"] = {
        "rating": turn.feedback.rating,
        "comment": turn.feedback.comment,
        "given_at": turn.feedback.updated_at.isoformat(timespec="seconds"),
    }
    case["answer"] = {
        "status": turn.status,
        "text": turn.answer_text,
        "warnings": turn.warnings,
        "citations": [f"[{c.n}] {c.title}, {c.section} — “{c.quote}”" for c in turn.citations],
    }
    return case


def export_yaml(rated: list[RatedTurn], day: date) -> str:
    """The candidate cases as a commented YAML document."""
    body = yaml.safe_dump({"cases": [candidate_case(r) for r in rated]}, allow_unicode=True, sort_keys=False, width=120)
    return _HEADER.format(day=day.isoformat()) + body


def run_feedback_export_command(rating: str | None, out: Path | None) -> None:
    """Write the rated turns of the configured data dir's conversations as candidate cases (stdout by default)."""
    if rating not in (None, "up", "down"):
        raise InvalidInput(f"--rating must be 'up' or 'down' (got {rating!r}); leave it out to export both.")
    settings = get_settings()
    chosen: Rating | None = "up" if rating == "up" else "down" if rating == "down" else None
    rated = Services(settings).conversations.rated_turns(chosen)
    text = export_yaml(rated, settings.current_date())
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"Cannot write {out}: {exc.strerror or exc}. Choose another --out path.") from exc
    print(f"{len(rated)} rated answer(s) exported{f' to {out}' if out else ''}.", file=sys.stderr)
