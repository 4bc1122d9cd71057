"""The KPI queries: each reads one covering index of ``task_facts`` (``tasks_schema.create_fact_tables``).

Days are day numbers (``date.toordinal()``): ``start`` and ``end`` of the period, ``as_of`` its last day counted. A
per-holder query walks the unit's people (``task_people``, a few dozen rows) and, for each, one range of the index
(``CROSS JOIN`` keeps that order): the result comes out grouped without sorting 100,000 rows. Nothing here knows
who may read it: the KPI service checks that first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

import sqlite_utils


@dataclass(frozen=True)
class Window:
    unit_code: str
    start: date
    end: date
    as_of: date
    threshold: Fraction
    short_days: int

    def params(self) -> dict[str, Any]:
        return {"u": self.unit_code, "s": self.start.toordinal(), "e": self.end.toordinal(),
                "a": self.as_of.toordinal(), "p": self.threshold.numerator, "q": self.threshold.denominator,
                "k": self.short_days}


def _rows(db: sqlite_utils.Database, sql: str, window: Window) -> list[tuple[Any, ...]]:
    return list(db.execute(sql, window.params()).fetchall())


def completed_by_holder(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(holder, completed, early enough, before the due day, on it) of the cases done in the period.

    Each (holder, timing) is one range of the index, counted by a scalar subquery (a GROUP BY over the joined rows
    would sort all of them first: 100,000 rows, 7 times the floor); the early-enough test runs
    only on the cases done before their due day (on it or after, nothing was left: never early enough). ``total``
    rather than ``sum``: no overflow check for each row."""
    counts: dict[int, list[int]] = {}
    for holder, timing, count in _rows(db, """
            SELECT h.n, t.v, (SELECT count(*) FROM task_facts AS f INDEXED BY task_facts_done
                              WHERE f.unit_code = :u AND f.state = 1 AND f.holder = h.n AND f.timing = t.v
                                AND f.ended BETWEEN :s AND :a)
            FROM task_people AS h CROSS JOIN (SELECT 0 AS v UNION ALL SELECT 1 UNION ALL SELECT 2) AS t
            WHERE h.unit_code = :u""", window):
        if not count:
            continue
        found = counts.setdefault(holder, [0, 0, 0, 0])
        found[0] += count
        if timing < 2:
            found[2 + timing] = count
    for holder, early in _rows(db, """
            SELECT h.n, total((f.allotted - f.used) * :q >= :p * f.allotted)
            FROM task_people AS h CROSS JOIN task_facts AS f INDEXED BY task_facts_done
              ON f.unit_code = :u AND f.state = 1 AND f.holder = h.n AND f.timing = 0 AND f.ended BETWEEN :s AND :a
            WHERE h.unit_code = :u GROUP BY h.n""", window):
        counts[holder][1] = int(early)
    return [(holder, *found) for holder, found in counts.items()]


def extended_by_holder(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(holder, extended tasks held in the period): the tasks of the list ``extended``, per holder — done or not."""
    return _rows(db, f"""
        SELECT holder, count(*) FROM task_facts INDEXED BY task_facts_extended
        WHERE unit_code = :u AND {LISTS["extended"][1]} GROUP BY holder""", window)


def late_by_holder(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(holder at the original deadline, tasks late in the period): late on some day of it — done after the original
    due day within or after the period, or still open past it — a cancelled task counting up to its cancellation. A
    task handed on after its deadline stays late for whoever held it then (``late_holder``), not for the next one."""
    return _rows(db, """
        SELECT h.n, count(*)
        FROM task_people AS h CROSS JOIN task_facts AS f INDEXED BY task_facts_late
          ON f.unit_code = :u AND f.late_holder = h.n AND f.ended >= :s AND f.ended > f.due AND f.due < :a
        WHERE h.unit_code = :u AND :a >= :s GROUP BY h.n""", window)


def held_beyond_by_holder(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(holder, tasks held in the period that were not completed in it): still open on its last day counted (or
    ended after it), or cancelled within it. With ``completed_by_holder``: every task held on some day of the period
    — given by its last day counted and not ended before it began — without walking the tasks done in it twice."""
    return _rows(db, """
        SELECT holder, count(*) FROM (
            SELECT holder FROM task_facts INDEXED BY task_facts_open
            WHERE unit_code = :u AND ended > :a AND assigned <= :a AND :a >= :s
            UNION ALL
            SELECT holder FROM task_facts INDEXED BY task_facts_done
            WHERE unit_code = :u AND state = 2 AND ended BETWEEN :s AND :a AND :a >= :s)
        GROUP BY holder""", window)


def open_overdue(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(head, holder at the original deadline, judgement, tasks) of the tasks still open on the last day counted and
    past their original due day then (the head's latest judgement: 1 good reason, 0 none, NULL not judged)."""
    return _rows(db, f"""
        SELECT head, late_holder, good, count(*) FROM task_facts INDEXED BY task_facts_open
        WHERE unit_code = :u AND {LISTS["open_overdue"][1]} GROUP BY head, holder, good""", window)


def cancelled_overdue(db: sqlite_utils.Database, window: Window) -> list[tuple[Any, ...]]:
    """(head, tasks) cancelled in the period after their original due day: overdue files all the same."""
    return _rows(db, f"""
        SELECT head, count(*) FROM task_facts INDEXED BY task_facts_cancelled_late
        WHERE unit_code = :u AND {LISTS["cancelled_overdue"][1]} GROUP BY head""", window)


def awaiting_confirmation(db: sqlite_utils.Database, window: Window) -> int:
    """Tasks given by the last day counted that wait for their assigner's confirmation (counted in no KPI)."""
    return int(_rows(db, "SELECT count(*) FROM tasks INDEXED BY tasks_awaiting_confirmation WHERE unit_code = :u "
                         "AND awaiting_confirmation = 1 AND deleted = 0 AND assigned_on <= date(:a + 1721424.5)",
                     window)[0][0])


def orders_by_urgency(db: sqlite_utils.Database, window: Window) -> dict[int, int]:
    """Urgency code → tasks given in the period (``task_facts.URGENCY_CODES``)."""
    rows = _rows(db, """
        SELECT u.code, (SELECT count(*) FROM task_facts AS f INDEXED BY task_facts_orders
                        WHERE f.unit_code = :u AND f.urgency = u.code AND f.assigned BETWEEN :s AND :a)
        FROM (SELECT 0 AS code UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) AS u""", window)
    return {code: count for code, count in rows}


# The lists behind the figures — index, condition, order: how many (``list_count``) and which, a page at a time
# (``list_ids``, read only when a list is shown).
LISTS: dict[str, tuple[str, str, str]] = {
    # open on the last day counted and past the original due day then: the nearest due day first
    "open_overdue": ("task_facts_open", "ended > :a AND due < :a AND :a >= :s", "due, assigned, task_id"),
    # cancelled in the period after the original due day: the latest cancellation first
    "cancelled_overdue": ("task_facts_cancelled_late", "state = 2 AND ended > due AND ended BETWEEN :s AND :a",
                          "ended DESC, task_id"),
    # the hỏa tốc orders given in the period
    "flash": ("task_facts_orders", "urgency = 3 AND assigned BETWEEN :s AND :a", "assigned, task_id"),
    # given in the period with fewer working days than the "very short" limit
    "short": ("task_facts_short", "allotted < :k AND assigned BETWEEN :s AND :a", "assigned, task_id"),
    # held in the period and extended
    "extended": ("task_facts_extended", "extensions > 0 AND ended >= :s AND assigned <= :a AND :a >= :s",
                 "assigned, task_id"),
}


def list_count(db: sqlite_utils.Database, window: Window, kind: str) -> int:
    index, where, _order = LISTS[kind]
    return int(_rows(db, f"SELECT count(*) FROM task_facts INDEXED BY {index} WHERE unit_code = :u AND {where}",
                     window)[0][0])


def list_ids(db: sqlite_utils.Database, window: Window, kind: str, *, limit: int | None = None,
             offset: int = 0) -> list[tuple[str, int]]:
    """(task id, working days allotted) of the list's tasks in its order; ``limit``/``offset``: one page."""
    index, where, order = LISTS[kind]
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    return [(r[0], r[1]) for r in _rows(db, f"SELECT task_id, allotted FROM task_facts INDEXED BY {index} "
                                            f"WHERE unit_code = :u AND {where} ORDER BY {order}{page}", window)]


def breakthrough_proposals(db: sqlite_utils.Database, unit_code: str, start: date, end: date) -> list[dict[str, Any]]:
    """The breakthrough proposals first submitted in the period and neither withdrawn nor rejected (seed II.4)."""
    return list(db.query(
        "SELECT id, ref, title, party_org_id, state FROM proposals WHERE unit_code = ? AND deleted = 0 "
        "AND breakthrough = 1 AND first_submitted_at IS NOT NULL AND substr(first_submitted_at, 1, 10) BETWEEN ? AND ? "
        "AND state NOT IN ('da_rut', 'khong_phe_duyet') ORDER BY ref",
        [unit_code, start.isoformat(), end.isoformat()]))


def proposals_by_state(db: sqlite_utils.Database, unit_code: str, start: date, end: date) -> dict[str, int]:
    """State → proposals first submitted in the period (drafts never submitted are their authors' alone)."""
    return {state: count for state, count in db.execute(
        "SELECT state, count(*) FROM proposals WHERE unit_code = ? AND deleted = 0 AND first_submitted_at IS NOT NULL "
        "AND substr(first_submitted_at, 1, 10) BETWEEN ? AND ? GROUP BY state ORDER BY state",
        [unit_code, start.isoformat(), end.isoformat()])}


def rulings(db: sqlite_utils.Database, unit_code: str, start: date, end: date) -> dict[str, int]:
    """Ruling kind → written conclusions of an evaluation issued in the period (ND 73/2023 Đ11)."""
    return {kind: count for kind, count in db.execute(
        "SELECT json_extract(e.ruling, '$.kind') AS kind, count(*) FROM evaluations AS e "
        "JOIN proposals AS p ON p.id = e.proposal_id WHERE p.unit_code = ? AND e.deleted = 0 "
        "AND e.issued_on BETWEEN ? AND ? GROUP BY kind ORDER BY kind",
        [unit_code, start.isoformat(), end.isoformat()])}


LINE_COLUMNS = ("id, ref, title, urgency, state, assigned_on, due_on, current_due_on, done_on, cancelled_on, "
                "lead_person_id, lead_account_id, lead_name, assigner_person_id, assigner_account_id, assigner_name, "
                "extensions, good_reason")


def lines(db: sqlite_utils.Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The few columns a KPI list shows of each task of ``ids``."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {r["id"]: r for r in db.query(
            f"SELECT {LINE_COLUMNS} FROM tasks WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
    return found
