"""What a connection keeps so as not to read the same thing twice: the schema, and a memo for the services.

Both live on the connection (``database.Database`` is a ``Memos``) and are dropped whenever what they say may have
changed: the schema when its version changes, the memo when a row changes, either at any rollback.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils


class Memos(sqlite_utils.Database):
    """sqlite-utils' database with the table and view names kept per schema version and a per-snapshot memo."""

    # The tables and views as of a schema version (``_schema``); dropped on every rollback.
    _tables: tuple[int, list[tuple[str, str]]] | None = None
    # ``snapshot_memo``: the key it was made for (rows changed, rollbacks) and the memo itself.
    _rollbacks: int = 0
    _memo: tuple[tuple[int, int], dict[Any, Any]] | None = None

    def rollback(self) -> None:
        self._forget()
        super().rollback()

    def _forget(self) -> None:
        self._tables = self._memo = None
        self._rollbacks += 1

    def snapshot_memo(self) -> dict[Any, Any] | None:
        """A dict for what the services read and build from rows, valid while nothing those rows say can change.

        Inside a transaction only, and only until this connection changes a row (SQLite's ``total_changes``) or
        rolls back: a write transaction (``BEGIN IMMEDIATE``) keeps every other writer out, and any transaction reads
        one snapshot. Outside a transaction another connection may commit at any moment: None, nothing is kept.
        A service that reads the same meeting three times in one write (to check, to act, to answer) builds it once.
        """
        if not self.conn.in_transaction:
            return None
        key = (self.conn.total_changes, self._rollbacks)
        if self._memo is None or self._memo[0] != key:
            self._memo = (key, {})
        return self._memo[1]

    def table_names(self, fts4: bool = False, fts5: bool = False) -> list[str]:
        """sqlite-utils' list of tables, read from sqlite_master once per schema version (``_schema``)."""
        if fts4 or fts5:
            return super().table_names(fts4=fts4, fts5=fts5)
        return [name for kind, name in self._schema() if kind == "table"]

    def view_names(self) -> list[str]:
        return [name for kind, name in self._schema() if kind == "view"]

    def _schema(self) -> list[tuple[str, str]]:
        """The tables and views, as (type, name) in sqlite_master's order, read once per schema version.

        sqlite-utils asks for them before every read and write of a table: ``db.table()`` and ``db[name]`` look for
        a view of that name, ``rows_where``, ``insert`` and ``columns`` check that the table exists; each was a scan
        of sqlite_master, a third of the statements a write made. ``PRAGMA schema_version`` changes with every
        schema change, committed by any connection or made in this one's open transaction; a rollback, which can
        set it back, drops the list.
        """
        version = self.conn.execute("PRAGMA schema_version").fetchone()[0]
        if self._tables is None or self._tables[0] != version:
            rows = self.conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')")
            self._tables = (version, [(kind, name) for kind, name in rows.fetchall()])
        return self._tables[1]


def snapshot_memo(db: sqlite_utils.Database) -> dict[Any, Any] | None:
    """``Memos.snapshot_memo`` of ``db``; None for a connection of another kind (nothing is kept)."""
    return db.snapshot_memo() if isinstance(db, Memos) else None
