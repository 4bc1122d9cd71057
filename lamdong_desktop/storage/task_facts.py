"""The facts the KPIs count, one narrow derived row per task (``task_facts``), kept beside the audited ``tasks``.

Why a derived table, and why working-day counts stored in it rather than computed in the query:

- "Early enough" compares working days — ``(allotted − used) / allotted`` — and working days follow the holiday
  library plus the correction table (``domain/calendar``), which SQL does not know. Counting them in the query
  would join each task to a table of working-day ordinals three times (assigned, due, done): measured on 100,000
  tasks that join alone took 100 ms, the whole budget. The counts are therefore computed when a task is written,
  by the same functions as everywhere else (``domain.tasks.allotted_days`` / ``used_days``), and stored.
- They cannot live in ``tasks`` itself: a calendar correction changes them, and rewriting thousands of audited rows
  (a version and an audit event each) for a fact derived from the calendar would bury the real history. Here they
  are derived, like the search index: each row names the calendar it was counted with (``calendar``: a digest of
  the holiday library's version and the corrections), and ``recount`` recounts every row counted with another one
  — and any task missing from the table — before the KPIs are read. The recount goes through a table of
  working-day ordinals built once for the days concerned, so 100,000 rows cost one pass over the calendar and one
  UPDATE.
- The row is narrow (day numbers, small integers for people and states), so that the indexes of
  ``tasks_schema.create_fact_tables`` cover each KPI query: on 100,000 tasks a wide text row made even
  ``count(*)`` cost 18 ms, the narrow one 3 ms.

Every service that writes a task calls ``refresh`` in the same transaction; ``rebuild`` starts again from nothing.
A future writer of tasks outside ``services/tasks`` (a bundle merged from the province, say) must do the same: a task
added or removed behind the facts' back is noticed by ``recount`` (it compares the counts), one changed is not.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import threading
import weakref
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.task_rules import TaskState
from lamdong_desktop.domain.tasks import Urgency, allotted_days

OPEN_END = date.max.toordinal()  # an open task "ends" after every day: ended > due and ended > any day asked
STATE_CODES = {TaskState.OPEN.value: 0, TaskState.DONE.value: 1, TaskState.CANCELLED.value: 2}
URGENCY_CODES = {Urgency.NORMAL.value: 0, Urgency.URGENT.value: 1, Urgency.VERY_URGENT.value: 2,
                 Urgency.FLASH.value: 3}
_COLUMNS = ("task_id", "unit_code", "holder", "head", "late_holder", "state", "urgency", "assigned", "due", "ended",
            "allotted", "used", "timing", "good", "extensions", "calendar")
_TASK_COLUMNS = ("id, unit_code, lead_person_id, lead_account_id, assigner_person_id, assigner_account_id, state, "
                 "urgency, assigned_on, due_on, done_on, cancelled_on, good_reason, extensions, due_holder_person_id, "
                 "due_holder_account_id")
# A task counts once confirmed (one its assigner or the head recorded is, when given): ``awaiting_confirmation``.
COUNTED = "deleted = 0 AND awaiting_confirmation IS NOT 1"


@functools.cache
def _holidays_version() -> str:
    """The holiday library's version, from its installed metadata (importing it costs about 0.2 s)."""
    return importlib.metadata.version("holidays")


def calendar_signature(db: sqlite_utils.Database) -> str:
    """A digest of the calendar the counts depend on: the holiday library's version and the live corrections."""
    corrections = db.execute("SELECT day, kind FROM calendar_corrections WHERE deleted = 0 ORDER BY day").fetchall()
    text = _holidays_version() + "|" + ";".join(f"{day}={kind}" for day, kind in corrections)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def person_key(person_id: str | None, account_id: str | None) -> str | None:
    """Who a task is counted for: the person of the roster, else the account (one without a person)."""
    if person_id:
        return person_id
    return f"account:{account_id}" if account_id else None


def person_number(db: sqlite_utils.Database, unit_code: str, key: str, known: dict[str, int] | None = None) -> int:
    """The small number of a person or account in ``task_people`` (given one if new); ``known`` remembers them."""
    if known is not None and key in known:
        return known[key]
    db.execute("INSERT OR IGNORE INTO task_people (unit_code, key) VALUES (?, ?)", [unit_code, key])
    number = int(db.execute("SELECT n FROM task_people WHERE key = ?", [key]).fetchone()[0])
    if known is not None:
        known[key] = number
    return number


def people_keys(db: sqlite_utils.Database, numbers: set[int]) -> dict[int, str]:
    if not numbers:
        return {}
    marks = ",".join("?" * len(numbers))
    return {n: key for n, key in db.execute(f"SELECT n, key FROM task_people WHERE n IN ({marks})", sorted(numbers))}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _fact(db: sqlite_utils.Database, row: dict[str, Any], count: Callable[[date, date], int],
          signature: str, known: dict[str, int] | None = None) -> tuple[Any, ...]:
    assigned, due, done = _day(row["assigned_on"]), _day(row["due_on"]), _day(row["done_on"])
    assert assigned is not None and due is not None
    ended = done or _day(row["cancelled_on"])
    finished = done is not None and row["state"] == TaskState.DONE.value
    timing = (0 if done < due else 1 if done == due else 2) if finished and done else None
    holder_key = person_key(row["lead_person_id"], row["lead_account_id"])
    head_key = person_key(row["assigner_person_id"], row["assigner_account_id"])
    assert holder_key is not None
    # who held it at its original deadline, if it was handed on after it: the overdue counts for him
    late_key = person_key(row.get("due_holder_person_id"), row.get("due_holder_account_id")) or holder_key
    return (row["id"], row["unit_code"], person_number(db, row["unit_code"], holder_key, known),
            person_number(db, row["unit_code"], head_key, known) if head_key else None,
            person_number(db, row["unit_code"], late_key, known), STATE_CODES[row["state"]],
            URGENCY_CODES[row["urgency"]], assigned.toordinal(), due.toordinal(),
            ended.toordinal() if ended else OPEN_END, max(0, count(assigned, due)),
            max(0, count(assigned, done)) if finished and done else None, timing,
            row["good_reason"], row["extensions"] or 0, signature)


def _store(db: sqlite_utils.Database, facts: list[tuple[Any, ...]]) -> None:
    db.conn.executemany(f"INSERT OR REPLACE INTO task_facts ({', '.join(_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(_COLUMNS))})", facts)


def refresh(db: sqlite_utils.Database, task_id: str, calendar: WorkingCalendar) -> None:
    """Count one task again after a write (call inside the write's transaction); a deleted task, or one waiting for
    its assigner's confirmation, leaves the table."""
    rows = list(db.query(f"SELECT {_TASK_COLUMNS}, deleted, awaiting_confirmation FROM tasks WHERE id = ?",
                         [task_id]))
    if not rows or rows[0]["deleted"] or rows[0]["awaiting_confirmation"] == 1:
        db.execute("DELETE FROM task_facts WHERE task_id = ?", [task_id])
        return

    def count(start: date, end: date) -> int:  # allotted_days and used_days count alike: (start, end]
        return allotted_days(calendar, start, end)

    _store(db, [_fact(db, rows[0], count, calendar_signature(db))])


class _Ordinals:
    """Working-day ordinals over a span of days: the working days in (a, b] are ``ordinal(b) − ordinal(a)``."""

    def __init__(self, calendar: WorkingCalendar, first: date, last: date) -> None:
        self.first = first
        self.values: list[int] = []
        total, day = 0, first
        while day <= last:
            total += calendar.is_working_day(day)
            self.values.append(total)
            day += timedelta(days=1)

    def between(self, start: date, end: date) -> int:
        return self.values[(end - self.first).days] - self.values[(start - self.first).days]


# What each connection last found complete: SQLite's data_version (moves when another connection commits), the
# connection's own total_changes and the calendar's digest. While all three stay, nothing can have gone missing or
# stale, and ``recount`` does not walk the tasks again (a pass over 100,000 rows, as costly as a KPI query).
_COMPLETE: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[int, int, str]] = weakref.WeakKeyDictionary()
_COMPLETE_LOCK = threading.Lock()  # connections of several threads (the window's reader and its writer)


def _state(db: sqlite_utils.Database, signature: str) -> tuple[int, int, str]:
    return int(db.execute("PRAGMA data_version").fetchone()[0]), db.conn.total_changes, signature


def recount(db: sqlite_utils.Database, calendar: Callable[[], WorkingCalendar], *, everything: bool = False) -> int:
    """Count again every task counted with another calendar than today's, or not counted at all; drop the rows of
    tasks gone. Returns how many were counted. ``calendar`` is only built when something needs counting."""
    signature = calendar_signature(db)
    state = _state(db, signature)
    with _COMPLETE_LOCK:
        if not everything and _COMPLETE.get(db) == state:
            return 0
    counted = _recount(db, calendar, signature, everything)
    if not db.conn.in_transaction:
        state = _state(db, signature)
        with _COMPLETE_LOCK:
            _COMPLETE[db] = state
    return counted


def _recount(db: sqlite_utils.Database, calendar: Callable[[], WorkingCalendar], signature: str,
             everything: bool) -> int:
    with db.atomic():
        if everything:
            db.execute("DELETE FROM task_facts")
        stale = db.execute("SELECT 1 FROM task_facts WHERE calendar < ? OR calendar > ? LIMIT 1",
                           [signature, signature]).fetchone()
        live = db.execute(f"SELECT count(*) FROM tasks WHERE {COUNTED}").fetchone()[0]
        counted = db.execute("SELECT count(*) FROM task_facts").fetchone()[0]
        recounted = _restamp(db, calendar, signature) if stale else 0
        if live == counted:
            return recounted
        db.execute(f"DELETE FROM task_facts WHERE task_id NOT IN (SELECT id FROM tasks WHERE {COUNTED})")
        rows = list(db.query(f"SELECT {_TASK_COLUMNS} FROM tasks AS t WHERE {COUNTED} AND NOT EXISTS "
                             "(SELECT 1 FROM task_facts AS f WHERE f.task_id = t.id)"))
        if rows:
            _count_rows(db, rows, calendar(), signature)
    return recounted + len(rows)


def _count_rows(db: sqlite_utils.Database, rows: list[dict[str, Any]], calendar: WorkingCalendar,
                signature: str) -> None:
    """Count and store the facts of ``rows`` (of ``_TASK_COLUMNS``) through one table of working-day ordinals."""
    if not rows:
        return
    days = [date.fromisoformat(r[c]) for r in rows for c in ("assigned_on", "due_on", "done_on") if r[c]]
    ordinals = _Ordinals(calendar, min(days), max(days))

    def count(start: date, end: date) -> int:
        return ordinals.between(start, end) if end >= start else 0

    known: dict[str, int] = {}
    _store(db, [_fact(db, row, count, signature, known) for row in rows])


def refresh_written(db: sqlite_utils.Database, rows: list[dict[str, Any]], calendar: WorkingCalendar) -> None:
    """``refresh`` for many live tasks just inserted (a list imported), from their rows as stored (``SELECT *``):
    the same counts, one calendar digest, one INSERT (call inside the write's transaction); rows waiting for their
    assigner's confirmation are left out."""
    _count_rows(db, [r for r in rows if r.get("awaiting_confirmation") != 1], calendar, calendar_signature(db))


def _restamp(db: sqlite_utils.Database, calendar: Callable[[], WorkingCalendar], signature: str) -> int:
    """Count the working days of the rows counted with another calendar again, in one UPDATE through a temporary
    table of working-day ordinals (100,000 rows in about a second; only the counts depend on the calendar)."""
    other = "calendar < :sig OR calendar > :sig"
    first, last = db.execute(
        f"SELECT min(assigned), max(max(due, CASE WHEN ended < :open THEN ended ELSE due END)) FROM task_facts "
        f"WHERE {other}", {"sig": signature, "open": OPEN_END}).fetchone()
    ordinals = _Ordinals(calendar(), date.fromordinal(first), date.fromordinal(last))
    db.execute("CREATE TEMP TABLE IF NOT EXISTS workday_ordinals (day INTEGER PRIMARY KEY, ordinal INTEGER NOT NULL)")
    db.execute("DELETE FROM temp.workday_ordinals")
    db.conn.executemany("INSERT INTO temp.workday_ordinals (day, ordinal) VALUES (?, ?)",
                        ((first + i, value) for i, value in enumerate(ordinals.values)))
    at = "(SELECT ordinal FROM temp.workday_ordinals WHERE day = {})"
    changed = db.execute(
        f"UPDATE task_facts SET allotted = max(0, {at.format('due')} - {at.format('assigned')}), "
        f"used = CASE WHEN state = 1 THEN max(0, {at.format('ended')} - {at.format('assigned')}) END, "
        f"calendar = :sig WHERE {other}", {"sig": signature}).rowcount
    db.execute("DELETE FROM temp.workday_ordinals")
    return int(changed)


def rebuild(db: sqlite_utils.Database, calendar: Callable[[], WorkingCalendar]) -> int:
    """Drop and count every task again (the people's numbers too)."""
    with db.atomic():
        db.execute("DELETE FROM task_facts")
        db.execute("DELETE FROM task_people")
    return recount(db, calendar, everything=True)


__all__ = ["OPEN_END", "STATE_CODES", "URGENCY_CODES", "calendar_signature", "person_key", "people_keys", "rebuild",
           "recount", "refresh", "refresh_written"]
