"""The databases the conversation store runs on: one interface, an SQLite file by default, PostgreSQL as the option.

The store (`assistant/conversation_store.py`) writes its SQL once, with `?` placeholders and statements both
databases understand; a `ConversationDatabase` supplies transactions, turns the placeholders into its own, and keeps
its schema up to date. SQLite suits one server process; PostgreSQL lets several processes or machines behind a load
balancer continue each other's conversations (REGELVERK_CONVERSATIONS__URL=postgresql://…).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.errors import ConversationStoreUnavailable

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool


class Rows(Protocol):
    """What a statement returns (both sqlite3 and psycopg cursors fit)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Transaction(Protocol):
    """Statements inside one transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows: ...


class ConversationDatabase(Protocol):
    """Where the conversation store keeps its tables."""

    def transaction(self) -> AbstractContextManager[Transaction]:
        """A transaction that writes (serialised with other writers of the same conversations)."""
        ...

    def read(self) -> AbstractContextManager[Transaction]:
        """Statements that only read."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


# Each entry upgrades the schema by one version; never edit an entry once released, append a new one.
SQLITE_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: conversations and their turns (question, answer text, status, focus)
        "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS turns ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
        " created_at TEXT NOT NULL, question TEXT NOT NULL, answer_text TEXT NOT NULL, status TEXT NOT NULL,"
        " focus TEXT)",
        "CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, seq)",
    ),
    (  # 2: a turn keeps what was shown (language, citations, calculation, warnings) and its feedback; titles
        "ALTER TABLE conversations ADD COLUMN title TEXT",
        "ALTER TABLE conversations ADD COLUMN updated_at TEXT",
        "ALTER TABLE turns ADD COLUMN language TEXT",
        "ALTER TABLE turns ADD COLUMN citations TEXT",
        "ALTER TABLE turns ADD COLUMN calculation TEXT",
        "ALTER TABLE turns ADD COLUMN warnings TEXT",
        "ALTER TABLE turns ADD COLUMN feedback TEXT",
    ),
)

# PostgreSQL started at SQLite's version 2: the same tables and columns, created at once.
POSTGRES_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, title TEXT,"
        " updated_at TEXT)",
        "CREATE TABLE IF NOT EXISTS turns ("
        " seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
        " created_at TEXT NOT NULL, question TEXT NOT NULL, answer_text TEXT NOT NULL, status TEXT NOT NULL,"
        " focus TEXT, language TEXT, citations TEXT, calculation TEXT, warnings TEXT, feedback TEXT)",
        "CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns(conversation_id, seq)",
    ),
)
# Any constant: the advisory lock that serialises schema upgrades of processes starting at the same time.
_MIGRATION_LOCK = 7_346_735


class SqliteDatabase:
    """One SQLite file (WAL), shared by the server's worker threads; created readable by its owner only (0600)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Conversations may hold what users typed: create the file 0600 before SQLite opens it (SQLite gives its
        # -wal and -shm files the permissions of the database file). Only a new file is touched: closing a
        # descriptor of a file this process has open in SQLite would drop that connection's locks.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10.0, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _migrate(self) -> None:
        """Bring the file to the latest version, one version per transaction (another process may be doing the same)."""
        while True:
            with self.transaction() as db:
                version = int(db.execute("PRAGMA user_version").fetchone()[0])
                if version >= len(SQLITE_MIGRATIONS):
                    return
                for statement in SQLITE_MIGRATIONS[version]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[Transaction]:
        with self._lock:  # one connection: threads take turns, readers need no write lock
            yield self._db

    def close(self) -> None:
        with self._lock:
            self._db.close()


class _PostgresTransaction:
    """psycopg with the store's `?` placeholders."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        rows: Rows = self.connection.execute(sql.replace("?", "%s"), tuple(params))
        return rows


class PostgresDatabase:
    """A PostgreSQL database shared by any number of server processes (a small connection pool per process)."""

    def __init__(self, url: str, max_connections: int = 8) -> None:
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as exc:
            raise ConversationStoreUnavailable(
                "PostgreSQL conversations need the postgres extra: pip install -e '.[postgres]'."
            ) from exc
        self._errors: tuple[type[Exception], ...] = (psycopg.OperationalError,)
        self._pool: ConnectionPool[Any] = ConnectionPool(url, min_size=1, max_size=max_connections, open=False)
        try:
            self._pool.open(wait=True, timeout=10)
        except Exception as exc:  # psycopg_pool.PoolTimeout: the server is down, the URL or password wrong …
            self._pool.close()
            raise ConversationStoreUnavailable(
                f"Cannot connect to the PostgreSQL conversation database ({type(exc).__name__}). Check "
                "REGELVERK_CONVERSATIONS__URL and that the server is running."
            ) from exc
        self._migrate()

    def _migrate(self) -> None:
        with self.transaction() as db:
            db.execute(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
            db.execute("CREATE TABLE IF NOT EXISTS regelverk_schema (version INTEGER NOT NULL)")
            row = db.execute("SELECT max(version) FROM regelverk_schema").fetchone()
            version = int(row[0] or 0)
            for statements in POSTGRES_MIGRATIONS[version:]:
                for statement in statements:
                    db.execute(statement)
            if version < len(POSTGRES_MIGRATIONS):
                db.execute("DELETE FROM regelverk_schema")
                db.execute("INSERT INTO regelverk_schema (version) VALUES (?)", (len(POSTGRES_MIGRATIONS),))

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        try:
            with self._pool.connection() as connection, connection.transaction():
                yield _PostgresTransaction(connection)
        except self._errors as exc:
            raise ConversationStoreUnavailable(
                f"The PostgreSQL conversation database is unavailable ({type(exc).__name__}); try again shortly."
            ) from exc

    def read(self) -> AbstractContextManager[Transaction]:
        return self.transaction()

    def close(self) -> None:
        self._pool.close()


def open_database(url: str | None, data_dir: Path) -> ConversationDatabase:
    """PostgreSQL for a postgresql:// URL, else the SQLite file in the data dir."""
    if url is None:
        return SqliteDatabase(data_dir / "conversations.sqlite3")
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(url)
    raise ConversationStoreUnavailable(
        "REGELVERK_CONVERSATIONS__URL must be a postgresql:// URL (leave it unset for the SQLite file in the data dir)."
    )
