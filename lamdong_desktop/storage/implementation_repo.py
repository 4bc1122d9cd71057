"""Implementations, their implementers, progress, events, result reports and evaluations (m012_implementation).

Rows only, every one through ``RecordStore`` (audited); the rules are in ``domain/`` and the services.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from lamdong_desktop.domain.meetings import MeetingState, Purpose
from lamdong_desktop.domain.votes import VoteStatus

from .records import RecordStore


def implementations(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "implementations", "implementation_not_found")


def implementers(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "implementers", "implementation_not_found")


def progress(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "progress_updates", "implementation_not_found")


def events(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "implementation_events", "adjustment_not_found")


def reports(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "result_reports", "report_not_found")


def evaluations(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "evaluations", "evaluation_not_found")


def _first(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    return rows[0] if rows else None


def implementation_of(db: sqlite_utils.Database, proposal_id: str) -> dict[str, Any] | None:
    return _first(implementations(db).where("proposal_id = ?", [proposal_id]))


def implementers_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return implementers(db).where("proposal_id = ?", [proposal_id], order_by="ordinal, rowid")


def implements(db: sqlite_utils.Database, proposal_id: str, account_id: str) -> bool:
    """Whether the account is linked to one of the proposal's implementers."""
    return db.execute("SELECT 1 FROM implementers WHERE proposal_id = ? AND account_id = ? AND deleted = 0 LIMIT 1",
                      [proposal_id, account_id]).fetchone() is not None


def progress_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    """Every progress update of a proposal in the order recorded (the later of two on one day wins)."""
    return progress(db).where("proposal_id = ?", [proposal_id], order_by="rowid")


def events_of(db: sqlite_utils.Database, proposal_id: str, kind: str | None = None) -> list[dict[str, Any]]:
    if kind is None:
        return events(db).where("proposal_id = ?", [proposal_id], order_by="noted_on, rowid")
    return events(db).where("proposal_id = ? AND kind = ?", [proposal_id, kind], order_by="noted_on, rowid")


def report_of(db: sqlite_utils.Database, proposal_id: str) -> dict[str, Any] | None:
    return _first(reports(db).where("proposal_id = ?", [proposal_id]))


def evaluations_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return evaluations(db).where("proposal_id = ?", [proposal_id], order_by="rowid")


def evaluations_of_meeting(db: sqlite_utils.Database, meeting_id: str) -> list[dict[str, Any]]:
    return evaluations(db).where("meeting_id = ?", [meeting_id], order_by="rowid")


def evaluation_for(db: sqlite_utils.Database, meeting_id: str, proposal_id: str) -> dict[str, Any] | None:
    return _first(evaluations(db).where("meeting_id = ? AND proposal_id = ?", [meeting_id, proposal_id]))


def queue_rows(db: sqlite_utils.Database, unit_code: str, states: list[str]) -> list[dict[str, Any]]:
    """Proposals of the unit in ``states`` with their implementation's dates and their report's, in one query."""
    marks = ", ".join("?" for _ in states)
    return list(db.query(
        "SELECT p.id, p.ref, p.title, p.state, p.author_id, p.submitted_to, i.started_on, i.planned_end_on, "
        "i.ended_on, i.report_due_on, r.reported_on, r.due_on AS report_limit, r.late_days "
        "FROM proposals AS p JOIN implementations AS i ON i.proposal_id = p.id AND i.deleted = 0 "
        "LEFT JOIN result_reports AS r ON r.proposal_id = p.id AND r.deleted = 0 "
        f"WHERE p.unit_code = ? AND p.deleted = 0 AND p.state IN ({marks})", [unit_code, *states]))


def implemented_by(db: sqlite_utils.Database, account_id: str) -> set[str]:
    """The proposals whose implementers include the account."""
    return {r[0] for r in db.execute("SELECT proposal_id FROM implementers WHERE account_id = ? AND deleted = 0",
                                     [account_id])}


def not_adopted(db: sqlite_utils.Database, unit_code: str, proposal_id: str | None = None) -> dict[str, dict[str, Any]]:
    """Proposal id → its latest agenda item (``meeting_id``, the meeting's ``starts_at``, the counts) when that item
    evaluated the result at a closed meeting that voted it down and no conclusion followed (ND 73/2023 Đ11): the
    result waits for another meeting. Of one proposal when ``proposal_id`` is given."""
    only, params = ("AND i.proposal_id = ? ", [proposal_id]) if proposal_id is not None else ("", [])
    rows = db.query(
        "SELECT i.proposal_id, i.meeting_id, m.starts_at, i.for_count, i.against_count, i.abstain_count "
        "FROM meeting_items AS i JOIN meetings AS m ON m.id = i.meeting_id "
        "WHERE m.unit_code = ? AND m.deleted = 0 AND i.deleted = 0 AND i.purpose = ? "
        f"AND i.vote_state = ? AND m.state = ? {only}"
        "AND i.rowid = (SELECT max(j.rowid) FROM meeting_items AS j WHERE j.proposal_id = i.proposal_id "
        "AND j.deleted = 0) "
        "AND NOT EXISTS (SELECT 1 FROM evaluations AS e WHERE e.meeting_id = i.meeting_id "
        "AND e.proposal_id = i.proposal_id AND e.deleted = 0)",
        [unit_code, Purpose.EVALUATION.value, VoteStatus.FAILED.value, MeetingState.CLOSED.value, *params])
    return {r["proposal_id"]: r for r in rows}
