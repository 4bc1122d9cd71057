"""One write discipline: every write runs inside a transaction opened with BEGIN IMMEDIATE.

Every statement of a realistic flow (the whole demo with its 30 proposals — drafts, submissions,
returns, revisions, attachments — then a calendar correction and account changes) is recorded through
``sqlite3.Connection.set_trace_callback``; a deferred BEGIN, or a write outside an immediate
transaction, fails the test with the statement.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.storage import database
from tests.services.meeting_support import at

WRITES = {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"}
_COMMENT = re.compile(r"^(\s+|--[^\n]*\n?|/\*.*?\*/)+", re.S)


def _words(sql: str) -> list[str]:
    return _COMMENT.sub("", sql).upper().split()


@dataclass
class Recorder:
    """Follows each connection's transaction state from the statements SQLite reports."""

    problems: list[str] = field(default_factory=list)
    immediate: int = 0
    writes: int = 0
    statements: int = 0

    def attach(self, conn: sqlite3.Connection) -> None:
        state: dict[str, str | None] = {"txn": None, "savepoint": None}

        def trace(sql: str) -> None:
            words = _words(sql)
            if not words:  # "-- TRIGGER name": a statement inside a trigger of the one being run
                return
            self.statements += 1
            keyword = words[0]
            if keyword in ("BEGIN",):
                if words[1:2] != ["IMMEDIATE"]:
                    self.problems.append(f"deferred transaction: {sql.strip()}")
                if state["txn"] is not None:
                    self.problems.append(f"BEGIN inside a transaction: {sql.strip()}")
                state["txn"] = "immediate"
                self.immediate += 1
            elif keyword == "SAVEPOINT" and state["txn"] is None:
                # A top-level savepoint is a deferred transaction: sqlite-utils' query() guard, reads only.
                state["txn"], state["savepoint"] = "savepoint", words[1]
            elif keyword == "RELEASE" and state["txn"] == "savepoint" and words[-1] == state["savepoint"]:
                state["txn"] = state["savepoint"] = None
            elif keyword in ("COMMIT", "END") or (keyword == "ROLLBACK" and "TO" not in words):
                if state["txn"] == "immediate":
                    state["txn"] = None
            elif keyword in WRITES:
                self.writes += 1
                if state["txn"] != "immediate":
                    self.problems.append(f"write outside BEGIN IMMEDIATE ({state['txn']}): {sql.strip()[:200]}")

        conn.set_trace_callback(trace)


@pytest.fixture
def recorder(monkeypatch) -> Recorder:
    rec = Recorder()
    real_connect = database.connect

    def traced_connect(path, **kwargs):
        db = real_connect(path, **kwargs)
        rec.attach(db.conn)
        return db

    monkeypatch.setattr(database, "connect", traced_connect)
    return rec


def test_a_realistic_flow_never_opens_a_deferred_transaction_nor_writes_outside_one(tmp_path, recorder):
    from lamdong_desktop.services import accounts, attachments, calendar, proposals
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.services.integrity import verify_all
    from lamdong_desktop.storage.paths import DataPaths

    ctx, head = create_demo(DataPaths(tmp_path / "demo"))  # init, accounts, 30 proposals, attachments
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    with at(date(2026, 9, 1)):  # a day still to come (a past day is refused)
        calendar.set_correction(ctx, actor=admin, day=date(2026, 9, 12), kind="workday", name="Làm bù")
        calendar.remove_correction(ctx, actor=admin, day=date(2026, 9, 12))
    accounts.add_account(ctx, actor=admin, username="ketoan", full_name="Hồ Thị Kế", password="matkhau1",
                         roles=["can_bo"])
    accounts.set_roles(ctx, actor=admin, username="ketoan", roles=["can_bo", "thu_ky"])
    with pytest.raises(DomainError):
        accounts.sign_in(ctx, username="ketoan", password="sai-mat-khau")  # a failure is recorded
    canbo = accounts.sign_in(ctx, username="canbo", password="demo")
    draft = next(p for p in proposals.list_proposals(ctx, actor=canbo)
                 if p.author_id == canbo.user_id and p.state.value == "nhap")
    attachments.attach_file(ctx, actor=canbo, proposal_id=draft.id, path=_note(tmp_path))
    proposals.withdraw(ctx, actor=canbo, proposal_id=draft.id, reason="Trùng với đề xuất khác")
    assert verify_all(ctx).ok
    ctx.close()

    assert recorder.problems == []
    # The flow really wrote through the traced connections: the test would otherwise prove nothing.
    assert recorder.immediate >= 10 and recorder.writes > 500, (recorder.immediate, recorder.writes)


def _note(tmp_path):
    path = tmp_path / "bien-ban.txt"
    path.write_text("Biên bản họp thôn", encoding="utf-8")
    return path


def test_the_recorder_catches_a_deferred_transaction_and_a_bare_write(tmp_path):
    """The check itself can fail: plain sqlite-utils (deferred BEGIN) and an autocommit write are caught."""
    import sqlite_utils

    rec = Recorder()
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    rec.attach(conn)
    db = sqlite_utils.Database(conn)
    with db.atomic():
        db.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    assert any("deferred" in p for p in rec.problems)
    assert any("outside" in p and "INSERT" in p for p in rec.problems)
    conn.close()


def test_nested_atomic_blocks_are_savepoints_inside_one_immediate_transaction(data_paths):
    db = database.open_database(data_paths)
    db.execute("CREATE TABLE t (x)")
    with pytest.raises(RuntimeError), db.atomic():
        db["t"].insert({"x": 1})
        try:
            with db.atomic():
                db["t"].insert({"x": 2})
                raise ValueError("inner")
        except ValueError:
            pass
        assert [r["x"] for r in db["t"].rows] == [1]  # the inner block alone was undone
        raise RuntimeError("outer")
    assert list(db["t"].rows) == []
    assert not db.conn.in_transaction
    with db.atomic():
        db["t"].insert({"x": 3})
    assert [r["x"] for r in db["t"].rows] == [3]
    db.close()


def test_connections_wait_for_a_busy_writer_and_never_open_implicit_transactions(data_paths):
    db = database.open_database(data_paths)
    assert db.conn.isolation_level is None
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS
    db.close()


def test_a_look_at_a_closed_database_creates_no_companion_file(tmp_path):
    """mode=ro alone would leave -wal and -shm beside a WAL database: a look must change nothing."""
    import sqlite3

    from lamdong_desktop.storage.database import read_without_touching

    path = tmp_path / "a.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]
    before = path.read_bytes()
    assert read_without_touching(path, lambda c: c.execute("SELECT x FROM t").fetchall()) == [(1,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"] and path.read_bytes() == before
    # While a writer has it open, its committed rows live in its -wal: they are read through it.
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("INSERT INTO t VALUES (2)")
        writer.commit()
        assert read_without_touching(path, lambda c: c.execute("SELECT x FROM t ORDER BY x").fetchall()) == [
            (1,), (2,)]
    finally:
        writer.close()


def test_a_look_that_meets_another_connection_opening_or_closing_looks_again(tmp_path, monkeypatch):
    """A read-only look while another process opens or closes the database (its -shm half made, its companions
    half removed) gets SQLite's "attempt to write a readonly database": the folder is fine, so it looks again
    a moment later instead of telling the user the database is read-only. Any other error is raised at once."""
    import sqlite3

    from lamdong_desktop.storage import untouched
    from lamdong_desktop.storage.database import read_without_touching

    path = tmp_path / "a.db"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    monkeypatch.setattr(untouched, "_READ_PAUSE", 0.0)
    calls: list[int] = []

    def flaky(conn):
        calls.append(1)
        if len(calls) < 3:
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8 | (5 << 8)  # SQLITE_READONLY_CANTINIT
            raise error
        return conn.execute("SELECT x FROM t").fetchall()

    try:
        assert read_without_touching(path, flaky) == [(1,)] and len(calls) == 3
        calls.clear()

        def always_readonly(conn):
            calls.append(1)
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8
            raise error
        with pytest.raises(sqlite3.OperationalError):
            read_without_touching(path, always_readonly)
        assert len(calls) == untouched._READ_TRIES
        calls.clear()

        def other_error(conn):
            calls.append(1)
            return conn.execute("SELECT x FROM nowhere").fetchall()
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            read_without_touching(path, other_error)
        assert len(calls) == 1
    finally:
        writer.close()


def test_no_sqlite_utils_plugin_runs_on_the_programs_connection(data_paths):
    """sqlite-utils would call every installed plugin's prepare_connection on each connection (and scan every
    package's metadata to find them): a plugin installed beside the program has no business with our data."""
    import sqlite_utils.plugins
    from sqlite_utils import hookimpl

    called: list[object] = []

    class Intruder:
        @hookimpl
        def prepare_connection(self, conn):
            called.append(conn)

    plugin = Intruder()
    sqlite_utils.plugins.pm.register(plugin, name="intruder")
    try:
        db = database.open_database(data_paths)
        db.close()
    finally:
        sqlite_utils.plugins.pm.unregister(name="intruder")
    assert called == []
