"""Assigned tasks, their co-assignees and their steps (``tasks_schema``), and the lists read from them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlite_utils

from .records import RecordStore


def tasks(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "tasks", "task_not_found")


def assignees(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "task_assignees", "task_not_found")


def events(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "task_events", "task_event_not_found")


def by_ref(db: sqlite_utils.Database, unit_code: str, ref: str) -> dict[str, Any] | None:
    rows = tasks(db).where("unit_code = ? AND ref = ?", [unit_code, ref.strip().upper()])
    return rows[0] if rows else None


def imported(db: sqlite_utils.Database, unit_code: str, keys: list[str]) -> dict[str, str]:
    """Import key → task id of the live tasks already imported under one of ``keys``."""
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {k: i for k, i in db.execute(
            f"SELECT import_key, id FROM tasks WHERE unit_code = ? AND deleted = 0 AND import_key IN ({marks})",
            [unit_code, *chunk])}
    return found


def co_assignees_of(db: sqlite_utils.Database, task_id: str) -> list[dict[str, Any]]:
    return assignees(db).where("task_id = ?", [task_id], order_by="ordinal")


def events_of(db: sqlite_utils.Database, task_id: str) -> list[dict[str, Any]]:
    return events(db).where("task_id = ?", [task_id], order_by="noted_on, created_at, rowid")


def pending_extension(db: sqlite_utils.Database, task_id: str) -> dict[str, Any] | None:
    rows = events(db).where("task_id = ? AND kind = 'extension' AND status = 'requested'", [task_id],
                            order_by="rowid")
    return rows[-1] if rows else None


@dataclass(frozen=True)
class Visibility:
    """Which tasks a reader sees, as SQL (``domain.access.task_scope`` plus the reader's person on the roster)."""

    everything: bool
    account_id: str | None = None
    person_id: str | None = None


@dataclass(frozen=True)
class Filters:
    """What a list of tasks is narrowed to; None: no condition.

    ``holder``: the lead assignee's person id (or ``account:<id>`` for an account with no person); ``overdue_on``:
    open tasks whose original due day is before that day (the KPIs' sense of "quá hạn"); ``mine``: tasks the reader is
    on, even for a reader who sees the whole unit; ``awaiting``: tasks someone other than their assigner recorded,
    not confirmed by him yet."""

    state: str | None = None
    holder: str | None = None
    assigner: str | None = None
    urgency: str | None = None
    overdue_on: date | None = None
    due_from: date | None = None
    due_to: date | None = None
    query: str | None = None  # folded words, each in the folded title
    proposal_id: str | None = None
    mine: bool = False
    awaiting: bool = False  # only tasks waiting for their assigner's confirmation (counted in no KPI yet)


def _own(visibility: Visibility) -> tuple[str, list[Any]]:
    who = [visibility.account_id, visibility.account_id, visibility.person_id, visibility.person_id,
           visibility.account_id, visibility.person_id]
    return ("(t.lead_account_id = ? OR t.assigner_account_id = ? OR t.lead_person_id = ? OR t.assigner_person_id = ? "
            "OR t.id IN (SELECT a.task_id FROM task_assignees AS a WHERE a.deleted = 0 AND (a.account_id = ? OR "
            "a.person_id = ?)))", who)


def _key_clause(column: str, key: str) -> tuple[str, list[Any]]:
    if key.startswith("account:"):
        return f"(t.{column}_account_id = ? AND t.{column}_person_id IS NULL)", [key.removeprefix("account:")]
    return f"t.{column}_person_id = ?", [key]


def where_clause(unit_code: str, filters: Filters, visibility: Visibility) -> tuple[str, list[Any]]:
    """The SQL condition (on ``tasks AS t``) of what ``filters`` keep of what the reader sees, and its values."""
    clauses, params = ["t.deleted = 0", "t.unit_code = ?"], [unit_code]
    if not visibility.everything or filters.mine:
        own, who = _own(visibility)
        clauses.append(own)
        params += who
    for column, value in (("state", filters.state), ("urgency", filters.urgency),
                          ("proposal_id", filters.proposal_id)):
        if value is not None:
            clauses.append(f"t.{column} = ?")
            params.append(value)
    for column, key in (("lead", filters.holder), ("assigner", filters.assigner)):
        if key:
            clause, values = _key_clause(column, key)
            clauses.append(clause)
            params += values
    if filters.awaiting:
        clauses.append("t.awaiting_confirmation = 1")
    if filters.overdue_on is not None:
        clauses.append("t.state = 'open' AND t.due_on < ?")
        params.append(filters.overdue_on.isoformat())
    if filters.due_from is not None:
        clauses.append("t.current_due_on >= ?")
        params.append(filters.due_from.isoformat())
    if filters.due_to is not None:
        clauses.append("t.current_due_on <= ?")
        params.append(filters.due_to.isoformat())
    for word in (filters.query or "").split():
        clauses.append("instr(t.title_fold, ?) > 0")
        params.append(word)
    return " AND ".join(clauses), params


def list_rows(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, visibility: Visibility,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The tasks a reader sees, the nearest due day in force first (then the reference)."""
    where, params = where_clause(unit_code, filters, visibility)
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    return list(db.query(f"SELECT t.* FROM {source(filters)} WHERE {where} ORDER BY t.current_due_on, t.ref{page}",
                         params))


def count_rows(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, visibility: Visibility) -> int:
    where, params = where_clause(unit_code, filters, visibility)
    return int(db.execute(f"SELECT count(*) FROM {source(filters)} WHERE {where}", params).fetchone()[0])


def source(filters: Filters) -> str:
    """``tasks AS t``, through the partial index of the tasks waiting for confirmation when only those are asked:
    left to itself SQLite counted them by walking the unit's 100,000 tasks (100 ms on the board's first screen)."""
    return "tasks AS t INDEXED BY tasks_awaiting_confirmation" if filters.awaiting else "tasks AS t"


def given_on(db: sqlite_utils.Database, unit_code: str, days: list[str]) -> list[dict[str, Any]]:
    """What makes each live task given on one of ``days`` the same task (``task_import.row_key``): a list's rows are
    matched with the log however its tasks came in (given by hand, imported, the program's own export sent back)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(days), 500):
        chunk = days[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found += db.query(
            "SELECT id, source_number, title, lead_person_id, lead_account_id, assigned_on FROM tasks "
            f"WHERE unit_code = ? AND deleted = 0 AND assigned_on IN ({marks})", [unit_code, *chunk])
    return found


def rows_by_id(db: sqlite_utils.Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The task rows of ``ids`` (the KPI lists), in chunks SQLite accepts."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {r["id"]: r for r in db.query(f"SELECT * FROM tasks WHERE id IN ({marks})", chunk)}
    return found


def due_counts(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, visibility: Visibility, start: date,
               end: date, today: date) -> list[tuple[str, int, int]]:
    """(day, tasks, overdue ones) for each due day in force from ``start`` to ``end`` (the deadline calendar's month,
    one query): the live tasks a reader sees, cancelled ones left out; overdue: still open past the original due day
    on ``today`` (the KPIs' sense, as ``Filters.overdue_on``).

    In three parts over the (unit, deleted, state, current due day) index, so that only the rows that need it are
    read: the done tasks are never overdue; an open one due (in force) before today is overdue, since an extension
    only moves the day later; only an open one due today or later is read for its original day (was it extended
    past it?). One grouped query over all three: 8 ms for a month of 100,000 tasks a year, 40 ms reading every row.
    """
    where, params = where_clause(unit_code, replace(filters, due_from=start, due_to=end), visibility)
    day = today.isoformat()
    sql = (f"SELECT day, count(*), sum(late) FROM ("
           f"SELECT t.current_due_on AS day, 0 AS late FROM tasks AS t WHERE {where} AND t.state = 'done' UNION ALL "
           f"SELECT t.current_due_on, 1 FROM tasks AS t WHERE {where} AND t.state = 'open' AND t.current_due_on < ? "
           f"UNION ALL SELECT t.current_due_on, t.due_on < ? FROM tasks AS t WHERE {where} AND t.state = 'open' "
           f"AND t.current_due_on >= ?) GROUP BY day")
    rows = db.execute(sql, [*params, *params, day, day, *params, day])
    return [(found, int(count), int(late or 0)) for found, count, late in rows]


def due_rows(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, visibility: Visibility,
             day: date) -> list[dict[str, Any]]:
    """The live tasks a reader sees that fall due on ``day`` (in force), by reference: what ``due_counts`` counts."""
    where, params = where_clause(unit_code, replace(filters, due_from=day, due_to=day), visibility)
    # The states named, so the (unit, deleted, state, current due day) index finds the day's rows; "+" keeps the
    # planner from walking the reference index instead (every task of the unit read).
    return list(db.query(f"SELECT t.* FROM tasks AS t WHERE {where} AND t.state IN ('open', 'done') ORDER BY +t.ref",
                         params))
