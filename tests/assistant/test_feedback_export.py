"""`regelverk feedback export`: rated turns become candidate eval cases a caseworker can review into the gold set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from assistant.cli import app
from assistant.conversation_store import ConversationStore
from assistant.settings import get_settings
from assistant.types import Answer, Calculation, Citation
from eval.schema import GoldCase

runner = CliRunner()

CITATION = Citation(
    n=1,
    document_id="regelverk-0765-73-2025",
    title="Regelverk 0765.73 (2025)",
    section="5. Tildelingskriterier › Tiltak B",
    quote="3. prosjekt-/driftsår: kr. 450 000",
    chunk_id="c1",
)


def rated_store() -> tuple[str, str]:
    """A store in the test's data dir with one thumbs-up turn (second of two) and one thumbs-down turn."""
    store = ConversationStore(get_settings().data_dir / "conversations.sqlite3")
    first = store.create()
    store.append_turn(
        first, "Kan vi søke om Tiltak B?", Answer(status="clarify", language="nb", text="Det avhenger."), None
    )
    calculation = Calculation(scheme="0765-73", measure="B", amount=450_000)
    shown = Answer(
        status="answered",
        language="nb",
        text="Inntil 450 000 kr [1].",
        citations=[CITATION],
        calculation=calculation,
        warnings=["Merk: test"],
    )
    store.append_turn(first, "Hvor mye i år 3?", shown, None)
    store.set_feedback(first, 2, "up", "Riktig og tydelig")
    second = store.create()
    store.append_turn(
        second, "What is the deadline?", Answer(status="not_found", language="en", text="I could not…"), None
    )
    store.set_feedback(second, 1, "down", "It is 1 March")
    store.close()
    return first, second


def export(*args: str) -> tuple[dict[str, Any], str]:
    result = runner.invoke(app, ["feedback", "export", *args])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout), result.stdout


def test_export_writes_rated_turns_as_candidate_cases(tmp_path: Path) -> None:
    first, second = rated_store()
    out = tmp_path / "review" / "candidates.yaml"
    result = runner.invoke(app, ["feedback", "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 rated answer(s) exported" in result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Candidate eval cases from user feedback")
    cases = yaml.safe_load(text)["cases"]
    assert [case["id"] for case in cases] == [f"fb-{first[:12]}-2", f"fb-{second[:12]}-1"]

    up, down = cases
    assert up["turns"] == ["Kan vi søke om Tiltak B?", "Hvor mye i år 3?"]
    assert up["language"] == "nb"
    assert up["feedback"]["rating"] == "up" and up["feedback"]["comment"] == "Riktig og tydelig"
    assert up["answer"]["text"] == "Inntil 450 000 kr [1]." and up["answer"]["warnings"] == ["Merk: test"]
    assert up["expect"] == {
        "status": "answered",
        "amount": 450_000,
        "sources": [{"document": CITATION.document_id, "section": CITATION.section, "quote": CITATION.quote}],
    }
    # What a caseworker does with a good case: choose a category and drop what was shown; the rest is a gold case.
    reviewed = {k: v for k, v in up.items() if k not in ("feedback", "answer")} | {"category": "conversation"}
    assert GoldCase.model_validate(reviewed).expect.amount == 450_000

    assert down["turns"] == ["What is the deadline?"] and down["language"] == "en"
    assert down["feedback"] == {"rating": "down", "comment": "It is 1 March", "given_at": down["feedback"]["given_at"]}
    assert "expect" not in down  # the shown answer was wrong: the reviewer writes the expectation


def test_export_filters_by_rating_and_prints_by_default() -> None:
    rated_store()
    body, _ = export("--rating", "down")
    assert [case["feedback"]["rating"] for case in body["cases"]] == ["down"]
    body, _ = export()
    assert len(body["cases"]) == 2


def test_export_without_feedback_and_bad_options() -> None:
    body, text = export()
    assert body["cases"] == [] and text.startswith("#")
    bad = subprocess.run(
        [sys.executable, "-c", "from assistant.cli import main; main()", "feedback", "export", "--rating", "meh"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1
    assert bad.stderr.strip() == "Error: --rating must be 'up' or 'down' (got 'meh'); leave it out to export both."
