"""The orders of the task board, kept in SQL (``task_order``, migration ``m018_task_sort_keys``), and its pages.

Why a derived table of sort keys, and pages read after a key rather than at an offset:

- The board lists up to 100,000 tasks a page at a time and sorts them by title or by a person's name in Vietnamese
  order (ă after a, đ after d, tones only between otherwise equal words). SQLite does not know that order, and
  sorting in the interface means reading every row first (100,000 summaries on the GUI thread, then the collator
  over them). So each task's Vietnamese keys (``domain.collation.sort_key``) are stored when it is written, with
  its due day in force and its number, and an index per order lets SQLite hand out the first page of any order by
  reading 200 index entries: the cost of a page does not grow with the list.
- Pages after the first start *after* the last row read (``(key, seq) > (?, ?)``), never at an ``OFFSET``: an
  offset makes SQLite walk every row before it, so the last page of 100,000 would cost as much as reading them all.
- The keys are derived (``audit.DERIVED_TABLES``): keeping them in the audited ``tasks`` would change the hash of
  every row written before them. ``refresh`` is called by every service that writes a task, in its transaction;
  ``fill`` adds the keys of tasks written behind its back (a bulk load), noticed by comparing the counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from lamdong_desktop.domain.collation import sort_key

from .tasks_repo import Filters, Visibility, source, where_clause

# Board column → the task_order column it sorts by (ties: the task's number, ``seq``).
ORDERS = {"ref": "seq", "title": "title_key", "lead": "lead_key", "assigner": "assigner_key",
          "assigned": "assigned", "due": "due"}
_SELECT = "id, unit_code, year, number, title, lead_name, assigner_name, assigned_on, current_due_on, deleted"


def create_order_table(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE task_order (task_id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, seq INTEGER NOT NULL, "
               "title_key TEXT NOT NULL, lead_key TEXT NOT NULL, assigner_key TEXT NOT NULL, assigned TEXT NOT NULL, "
               "due TEXT NOT NULL)")
    for column in ORDERS.values():
        tail = ", seq" if column != "seq" else ""
        db.execute(f"CREATE INDEX task_order_{column} ON task_order (unit_code, {column}{tail})")


def _keys(row: dict[str, Any]) -> dict[str, Any]:
    return {"task_id": row["id"], "unit_code": row["unit_code"], "seq": int(row["year"]) * 1_000_000 + row["number"],
            "title_key": sort_key(row["title"]), "lead_key": sort_key(row["lead_name"]),
            "assigner_key": sort_key(row["assigner_name"]), "assigned": row["assigned_on"],
            "due": row["current_due_on"]}


def _store(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    db.conn.executemany(
        "INSERT OR REPLACE INTO task_order (task_id, unit_code, seq, title_key, lead_key, assigner_key, assigned, due) "
        "VALUES (:task_id, :unit_code, :seq, :title_key, :lead_key, :assigner_key, :assigned, :due)",
        [_keys(r) for r in rows])


def refresh(db: sqlite_utils.Database, task_id: str) -> None:
    """The keys of one task again after a write (inside the write's transaction); a deleted task leaves."""
    rows = list(db.query(f"SELECT {_SELECT} FROM tasks WHERE id = ?", [task_id]))
    if not rows or rows[0]["deleted"]:
        db.execute("DELETE FROM task_order WHERE task_id = ?", [task_id])
        return
    _store(db, rows)


def store_written(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> None:
    """The keys of tasks just written in a batch (inside its transaction), from the rows as written."""
    _store(db, rows)


def fill(db: sqlite_utils.Database, unit_code: str) -> int:
    """Add the keys of live tasks that have none and drop those of tasks gone; returns how many were added."""
    live = db.execute("SELECT count(*) FROM tasks WHERE unit_code = ? AND deleted = 0", [unit_code]).fetchone()[0]
    kept = db.execute("SELECT count(*) FROM task_order WHERE unit_code = ?", [unit_code]).fetchone()[0]
    if live == kept:
        return 0
    with db.atomic():
        db.execute("DELETE FROM task_order WHERE unit_code = ? AND task_id NOT IN "
                   "(SELECT id FROM tasks WHERE unit_code = ? AND deleted = 0)", [unit_code, unit_code])
        rows = list(db.query(f"SELECT {_SELECT} FROM tasks AS t WHERE unit_code = ? AND deleted = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM task_order AS k WHERE k.task_id = t.id)", [unit_code]))
        _store(db, rows)
    return len(rows)


def rebuild(db: sqlite_utils.Database) -> int:
    """Every task's keys from nothing (the migration)."""
    with db.atomic():
        db.execute("DELETE FROM task_order")
        rows = list(db.query(f"SELECT {_SELECT} FROM tasks WHERE deleted = 0"))
        _store(db, rows)
    return len(rows)


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the order's key and the number of its last row."""

    key: Any
    seq: int


def page(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, visibility: Visibility, order: str,
         descending: bool = False, after: Cursor | None = None, limit: int = 200,
         walk_order: bool = True) -> tuple[list[dict[str, Any]], Cursor | None]:
    """A page of the tasks a reader sees in ``order`` (``ORDERS``), after ``after``; and where it ended.

    ``walk_order``: read along the order's index, testing the filters on each row (right when most rows pass);
    otherwise SQLite picks (right for a narrow filter: it finds the few rows, then sorts them)."""
    column = ORDERS[order]
    where, params = where_clause(unit_code, filters, visibility)
    direction, compare = ("DESC", "<") if descending else ("ASC", ">")
    clauses = [where, "k.unit_code = ?"]
    params = [*params, unit_code]
    if after is not None:
        clauses.append(f"(k.{column}, k.seq) {compare} (?, ?)")
        params += [after.key, after.seq]
    if filters.awaiting and not walk_order:  # the few waiting tasks through their partial index, then their keys
        tables = f"{source(filters)} CROSS JOIN task_order AS k ON k.task_id = t.id"
    else:
        tables = f"task_order AS k {'CROSS JOIN' if walk_order else 'JOIN'} tasks AS t ON t.id = k.task_id"
    rows = list(db.query(
        f"SELECT t.*, k.{column} AS _order_key, k.seq AS _order_seq FROM {tables} WHERE {' AND '.join(clauses)} "
        f"ORDER BY k.{column} {direction}, k.seq {direction} LIMIT {int(limit)}", params))
    end = Cursor(rows[-1]["_order_key"], rows[-1]["_order_seq"]) if rows else None
    return rows, end


__all__ = ["ORDERS", "Cursor", "create_order_table", "fill", "page", "rebuild", "refresh"]
