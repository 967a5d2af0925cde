"""The SQLite conversation store: turns with citations/calculation/warnings, titles, feedback, migration, threads."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from assistant.applicants import ApplicantType
from assistant.conversation import Focus
from assistant.conversation_db import SQLITE_MIGRATIONS
from assistant.conversation_store import TITLE_CHARS, ConversationStore
from assistant.errors import ConversationNotFound, TurnNotFound
from assistant.types import Answer, AnswerStatus, Calculation, CalculationLine, Citation, Language, Source


def answer(
    text: str = "a",
    status: AnswerStatus = "answered",
    language: Language = "nb",
    *,
    citations: list[Citation] | None = None,
    calculation: Calculation | None = None,
    warnings: list[str] | None = None,
) -> Answer:
    return Answer(
        status=status,
        language=language,
        text=text,
        citations=citations or [],
        calculation=calculation,
        warnings=warnings or [],
    )


CITATION = Citation(
    n=1,
    document_id="regelverk-0765-73-2025",
    title="Regelverk 0765.73 (2025)",
    section="5. Tildelingskriterier › Tiltak B",
    page=None,
    quote="3. prosjekt-/driftsår: kr. 450 000",
    chunk_id="abc123",
)
CALCULATION = Calculation(
    scheme="0765-73",
    measure="B",
    amount=225_000,
    lines=[
        CalculationLine(
            kind="rate",
            text="Sats år 3: 450 000 kr",
            text_en="Rate year 3: NOK 450,000",
            amount=450_000,
            source=Source(document_id="regelverk-0765-73-2025", quote="3. prosjekt-/driftsår: kr. 450 000"),
        ),
        CalculationLine(kind="total", text="Til sammen", amount=225_000),
    ],
    assumptions=["Forholdsmessig for 50 %"],
    assumptions_en=["Pro rata for 50 %"],
)

# The schema as released before turns kept their citations (schema version 0 in PRAGMA user_version).
_OLD_SCHEMA = """
CREATE TABLE conversations (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE turns (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL, question TEXT NOT NULL, answer_text TEXT NOT NULL, status TEXT NOT NULL, focus TEXT
);
CREATE INDEX turns_by_conversation ON turns(conversation_id, seq);
"""


def test_create_get_and_append(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    assert len(cid) == 32 and int(cid, 16) >= 0
    assert store.get(cid).turns == []
    assert store.focus(cid) is None
    focus = Focus(scheme_id="0765-73", measure="B", year=3, percents=[50.0], last_intent="amount")
    first = store.append_turn(cid, "Hvor mye?", answer("Inntil 225 000 kr."), focus)
    second = store.append_turn(cid, "Og fylkeskommuner?", answer("Nei."), focus.model_copy(update={"year": 4}))
    assert (first.n, second.n) == (1, 2)
    conversation = store.get(cid)
    assert [t.question for t in conversation.turns] == ["Hvor mye?", "Og fylkeskommuner?"]
    assert [t.n for t in conversation.turns] == [1, 2]
    assert conversation.turns[0].focus == focus
    assert store.focus(cid) is not None and store.focus(cid).year == 4  # type: ignore[union-attr]
    assert conversation.focus == store.focus(cid)
    assert [t.question for t in store.history(cid, limit=1)] == ["Og fylkeskommuner?"]
    store.close()


def test_turn_keeps_what_was_shown(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    store = ConversationStore(path)
    cid = store.create()
    shown = answer(
        "Inntil 225 000 kr [1].",
        language="nb",
        citations=[CITATION],
        calculation=CALCULATION,
        warnings=["Merk: eldre kilde"],
    )
    store.append_turn(cid, "Hvor mye i år 3 for 50 %?", shown, None)
    store.close()

    turn = ConversationStore(path).get(cid).turns[0]
    assert turn.answer_text == shown.text
    assert turn.citations == [CITATION]
    assert turn.calculation == CALCULATION
    assert turn.warnings == ["Merk: eldre kilde"]
    assert turn.language == "nb"
    assert turn.feedback is None


def test_persists_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "conversations.sqlite3"
    store = ConversationStore(path)
    cid = store.create()
    focus = Focus(scheme_id="ips-jmo", measure="ips", applicant_type=ApplicantType.KOMMUNE, language="en")
    store.append_turn(cid, "Can we apply for IPS?", answer("Yes — …", "clarify", "en"), focus)
    store.close()

    reopened = ConversationStore(path)
    assert reopened.focus(cid) == focus
    turns = reopened.get(cid).turns
    assert (turns[0].question, turns[0].status, turns[0].answer_text) == ("Can we apply for IPS?", "clarify", "Yes — …")
    assert turns[0].language == "en"
    assert reopened.exists(cid)
    reopened.close()


def test_database_from_before_the_migration_keeps_working(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(_OLD_SCHEMA)
        db.execute("INSERT INTO conversations VALUES ('c1', '2026-01-02T10:00:00+00:00')")
        db.execute(
            "INSERT INTO turns (conversation_id, created_at, question, answer_text, status, focus)"
            " VALUES ('c1', '2026-01-02T10:00:01+00:00', 'Can we apply?', 'It depends.', 'clarify', ?)",
            (Focus(scheme_id="0765-73", language="en").model_dump_json(),),
        )
    db.close()

    store = ConversationStore(path)
    old = store.get("c1")
    assert old.title == "Can we apply?"
    turn = old.turns[0]
    assert (turn.n, turn.question, turn.answer_text, turn.status) == (1, "Can we apply?", "It depends.", "clarify")
    assert turn.language == "en"  # from the focus, since old rows have no language
    assert turn.citations == [] and turn.calculation is None and turn.warnings == [] and turn.feedback is None
    assert store.focus("c1") == Focus(scheme_id="0765-73", language="en")
    # New turns, feedback and titles work on the migrated file.
    store.append_turn("c1", "We are a municipality", answer("Yes [1].", citations=[CITATION]), None)
    store.set_feedback("c1", 1, "up")
    store.rename("c1", "IPS")
    again = ConversationStore(path).get("c1")
    assert again.title == "IPS"
    assert again.turns[1].citations == [CITATION] and again.turns[0].feedback is not None
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(SQLITE_MIGRATIONS)
    db.close()


def test_opening_twice_migrates_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    first = ConversationStore(path)
    second = ConversationStore(path)  # must not try to add the columns again
    cid = first.create()
    second.append_turn(cid, "q", answer(), None)
    assert len(first.get(cid).turns) == 1


def test_titles_default_to_the_first_question_and_can_be_renamed(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    assert store.get(cid).title == ""
    long_question = "Hvor mye kan vi få " + "og så videre " * 20
    store.append_turn(cid, long_question, answer(), None)
    title = store.get(cid).title
    assert len(title) == TITLE_CHARS and title.endswith("…") and title.startswith("Hvor mye kan vi få")
    assert store.rename(cid, "  Tiltak B   for   Oslo ").title == "Tiltak B for Oslo"
    assert store.get(cid).title == "Tiltak B for Oslo"
    assert store.rename(cid, "  ").title == title  # blank: back to the question
    with pytest.raises(ConversationNotFound):
        store.rename("nope", "x")


def test_summaries_newest_first_and_unknown_ids_left_out(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    older, newer = store.create(), store.create()
    store.append_turn(newer, "Second conversation", answer(), None)
    time.sleep(0.01)
    store.append_turn(older, "First conversation", answer(), None)
    store.append_turn(older, "Follow-up", answer(), None)
    summaries = store.summaries([newer, "unknown", older, older])
    assert [s.id for s in summaries] == [older, newer]  # the last active first
    assert [(s.title, s.turns) for s in summaries] == [("First conversation", 2), ("Second conversation", 1)]
    assert store.summaries([]) == []


def test_delete_removes_the_conversation_and_its_turns(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    store = ConversationStore(path)
    cid, kept = store.create(), store.create()
    store.append_turn(cid, "q", answer(), None)
    store.append_turn(kept, "q2", answer(), None)
    store.delete(cid)
    assert not store.exists(cid)
    with pytest.raises(ConversationNotFound):
        store.get(cid)
    with pytest.raises(ConversationNotFound):
        store.delete(cid)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 1
    db.close()
    assert len(store.get(kept).turns) == 1


def test_feedback_is_stored_replaced_and_listed(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    store.append_turn(cid, "Kan vi søke om Tiltak B?", answer("Det avhenger.", "clarify"), None)
    store.append_turn(cid, "Vi er en kommune", answer("Ja [1].", citations=[CITATION]), None)
    other = store.create()
    store.append_turn(other, "Hva er fristen?", answer("Fristen er …"), None)

    turn = store.set_feedback(cid, 2, "down", "  Mangler beløpet  ")
    assert turn.n == 2 and turn.feedback is not None
    assert (turn.feedback.rating, turn.feedback.comment) == ("down", "Mangler beløpet")
    assert store.set_feedback(cid, 2, "up").feedback.comment is None  # type: ignore[union-attr]
    store.set_feedback(other, 1, "down", "Feil frist")

    rated = store.rated_turns()
    assert [(r.conversation_id, r.turn.n) for r in rated] == [(cid, 2), (other, 1)]
    assert rated[0].earlier_questions == ["Kan vi søke om Tiltak B?"]
    assert rated[0].turn.citations == [CITATION]
    assert [r.turn.question for r in store.rated_turns("down")] == ["Hva er fristen?"]
    assert store.get(cid).turns[0].feedback is None


@pytest.mark.parametrize("n", [0, 3, -1])
def test_feedback_on_a_missing_turn(tmp_path: Path, n: int) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    cid = store.create()
    store.append_turn(cid, "q", answer(), None)
    store.append_turn(cid, "q2", answer(), None)
    with pytest.raises(TurnNotFound) as error:
        store.set_feedback(cid, n, "up")
    assert f"no turn {n}" in error.value.message
    with pytest.raises(ConversationNotFound):
        store.set_feedback("nope", 1, "up")


@pytest.mark.parametrize("bad_id", ["0" * 32, "nope", "", "'; DROP TABLE turns; --", "x" * 500])
def test_unknown_id(tmp_path: Path, bad_id: str) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    with pytest.raises(ConversationNotFound) as error:
        store.get(bad_id)
    assert "conversation_id null" in error.value.message
    assert len(error.value.message) < 200
    with pytest.raises(ConversationNotFound):
        store.focus(bad_id)
    with pytest.raises(ConversationNotFound):
        store.append_turn(bad_id, "q", answer(), None)
    assert not store.exists(bad_id)


def test_ids_are_unique(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    assert len({store.create() for _ in range(50)}) == 50


def test_concurrent_appends_from_threads(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3")
    ids = [store.create() for _ in range(4)]
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(25):
                cid = ids[(n + i) % len(ids)]
                store.append_turn(cid, f"q{n}-{i}", answer(), Focus(year=i % 4 + 1))
                store.focus(cid)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    total = sum(len(store.get(cid).turns) for cid in ids)
    assert total == 8 * 25
    questions = {t.question for cid in ids for t in store.get(cid).turns}
    assert len(questions) == 8 * 25
    assert all([t.n for t in store.get(cid).turns] == list(range(1, 51)) for cid in ids)


def test_two_stores_on_one_file(tmp_path: Path) -> None:
    # The CLI and the server may open the same file at once.
    path = tmp_path / "c.sqlite3"
    first, second = ConversationStore(path), ConversationStore(path)
    cid = first.create()
    second.append_turn(cid, "q", answer(status="not_found"), None)
    assert [t.status for t in first.get(cid).turns] == ["not_found"]
