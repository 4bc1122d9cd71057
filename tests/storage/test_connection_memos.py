"""What a connection keeps to avoid reading the same thing twice: the table names per schema version (sqlite-utils
asks before every read and write) and a memo the services may fill while nothing changes in a transaction."""

from __future__ import annotations

import pytest

from lamdong_desktop.storage import connection_memos, database


@pytest.fixture
def db(tmp_path):
    conn = database.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE a (id TEXT PRIMARY KEY)")
    yield conn
    conn.close()


def _statements(db):
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    return seen


def test_reads_scan_sqlite_master_once_while_the_schema_stays(db):
    seen = _statements(db)
    for _ in range(5):
        assert list(db.table("a").rows_where("id = ?", ["x"])) == []
        db.table("a").insert({"id": "y"}, replace=True)
    assert sum("sqlite_master" in s for s in seen) == 1
    assert db.table_names() == ["a"]


def test_a_table_made_here_or_by_another_connection_is_seen(db, tmp_path):
    assert db.table_names() == ["a"]
    db.execute("CREATE TABLE b (id TEXT)")
    assert db.table_names() == ["a", "b"]
    other = database.connect(tmp_path / "t.db")
    try:
        other.execute("CREATE TABLE c (id TEXT)")
    finally:
        other.close()
    assert db.table_names() == ["a", "b", "c"] and db.table("c").exists()
    db.execute("CREATE VIEW v AS SELECT id FROM a")
    assert db.view_names() == ["v"] and db.table_names() == ["a", "b", "c"] and db["v"].__class__.__name__ == "View"


def test_a_rolled_back_schema_change_is_forgotten(db):
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("CREATE TABLE gone (id TEXT)")
        assert "gone" in db.table_names()
        raise RuntimeError("undo")
    assert db.table_names() == ["a"]
    with db.atomic():
        with pytest.raises(RuntimeError), db.atomic():  # a savepoint
            db.execute("CREATE TABLE gone (id TEXT)")
            assert "gone" in db.table_names()
            raise RuntimeError("undo")
        # The schema version is back where it was: a table made now takes the number the undone one had.
        db.execute("CREATE TABLE kept (id TEXT)")
        assert db.table_names() == ["a", "kept"]


def test_the_snapshot_memo_lives_inside_a_transaction_until_a_row_changes_or_a_rollback(db):
    assert connection_memos.snapshot_memo(db) is None  # outside a transaction another connection may commit any time
    with db.atomic():
        memo = connection_memos.snapshot_memo(db)
        memo["k"] = 1
        assert connection_memos.snapshot_memo(db) is memo
        list(db.table("a").rows_where("1"))  # reading changes nothing
        assert connection_memos.snapshot_memo(db) is memo
        db.table("a").insert({"id": "x"})
        after_write = connection_memos.snapshot_memo(db)
        assert after_write is not memo and after_write == {}
        after_write["k"] = 2
        with pytest.raises(RuntimeError), db.atomic():
            connection_memos.snapshot_memo(db)["k"] = 3
            raise RuntimeError("undo")  # rolled back to the savepoint: rows as before, the count of changes not
        assert connection_memos.snapshot_memo(db) == {}
    assert connection_memos.snapshot_memo(db) is None
