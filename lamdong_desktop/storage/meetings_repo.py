"""Meetings, their members, agenda, ballots, scores and opinions, and the decisions after them (m009_meetings).

Rows only, every one through ``RecordStore`` (audited); the rules are in ``domain/meetings.py`` and the services.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .implementation_repo import evaluations_of_meeting
from .records import RecordStore


def meetings(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meetings", "meeting_not_found")


def members(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meeting_members", "member_not_found")


def items(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meeting_items", "item_not_on_agenda")


def ballots(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meeting_ballots", "member_not_found")


def scores(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meeting_scores", "member_not_found")


def opinions(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "meeting_opinions", "meeting_not_found")


def decisions(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "decisions", "decision_not_found")


def list_meetings(db: sqlite_utils.Database, unit_code: str) -> list[dict[str, Any]]:
    """The unit's meetings, newest first."""
    return meetings(db).where("unit_code = ?", [unit_code], order_by="starts_at DESC, rowid DESC")


def members_of(db: sqlite_utils.Database, meeting_id: str) -> list[dict[str, Any]]:
    """The members in the order they were seated."""
    return members(db).where("meeting_id = ?", [meeting_id], order_by="rowid")


def items_of(db: sqlite_utils.Database, meeting_id: str) -> list[dict[str, Any]]:
    return items(db).where("meeting_id = ?", [meeting_id], order_by="position, rowid")


def item(db: sqlite_utils.Database, meeting_id: str, proposal_id: str) -> dict[str, Any] | None:
    rows = items(db).where("meeting_id = ? AND proposal_id = ?", [meeting_id, proposal_id])
    return rows[0] if rows else None


def items_of_proposal(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    """Every live agenda item of a proposal, oldest first (a proposal returned and resubmitted meets again)."""
    return items(db).where("proposal_id = ?", [proposal_id], order_by="rowid")


def ballots_of(db: sqlite_utils.Database, meeting_id: str, proposal_id: str | None = None) -> list[dict[str, Any]]:
    if proposal_id is None:
        return ballots(db).where("meeting_id = ?", [meeting_id], order_by="rowid")
    return ballots(db).where("meeting_id = ? AND proposal_id = ?", [meeting_id, proposal_id], order_by="rowid")


def ballot(db: sqlite_utils.Database, meeting_id: str, proposal_id: str, member_id: str) -> dict[str, Any] | None:
    rows = ballots(db).where("meeting_id = ? AND proposal_id = ? AND member_id = ?",
                             [meeting_id, proposal_id, member_id])
    return rows[0] if rows else None


def scores_of(db: sqlite_utils.Database, meeting_id: str, proposal_id: str | None = None) -> list[dict[str, Any]]:
    if proposal_id is None:
        return scores(db).where("meeting_id = ?", [meeting_id], order_by="rowid")
    return scores(db).where("meeting_id = ? AND proposal_id = ?", [meeting_id, proposal_id], order_by="rowid")


def score(db: sqlite_utils.Database, meeting_id: str, proposal_id: str, member_id: str,
          criterion: str) -> dict[str, Any] | None:
    rows = scores(db).where("meeting_id = ? AND proposal_id = ? AND member_id = ? AND criterion = ?",
                            [meeting_id, proposal_id, member_id, criterion])
    return rows[0] if rows else None


def opinions_of(db: sqlite_utils.Database, meeting_id: str) -> list[dict[str, Any]]:
    return opinions(db).where("meeting_id = ?", [meeting_id], order_by="rowid")


def decisions_of_meeting(db: sqlite_utils.Database, meeting_id: str) -> list[dict[str, Any]]:
    return decisions(db).where("meeting_id = ?", [meeting_id], order_by="rowid")


def decision_for(db: sqlite_utils.Database, meeting_id: str, proposal_id: str) -> dict[str, Any] | None:
    rows = decisions(db).where("meeting_id = ? AND proposal_id = ?", [meeting_id, proposal_id])
    return rows[0] if rows else None


def decisions_of_proposal(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return decisions(db).where("proposal_id = ?", [proposal_id], order_by="rowid")


@dataclass(frozen=True)
class AgendaRows:
    """A meeting's ballots, decisions and evaluations by proposal id, read once for all its items (oldest first; the
    first decision or evaluation of a proposal, as ``decision_for`` and ``evaluation_for`` give it)."""

    ballots: dict[str, list[dict[str, Any]]]
    decisions: dict[str, dict[str, Any]]
    evaluations: dict[str, dict[str, Any]]


def agenda_rows(db: sqlite_utils.Database, meeting_id: str) -> AgendaRows:
    ballots: dict[str, list[dict[str, Any]]] = {}
    for row in ballots_of(db, meeting_id):
        ballots.setdefault(row["proposal_id"], []).append(row)
    decided: dict[str, dict[str, Any]] = {}
    for row in decisions_of_meeting(db, meeting_id):
        decided.setdefault(row["proposal_id"], row)
    evaluated: dict[str, dict[str, Any]] = {}
    for row in evaluations_of_meeting(db, meeting_id):
        evaluated.setdefault(row["proposal_id"], row)
    return AgendaRows(ballots, decided, evaluated)


def list_decisions(db: sqlite_utils.Database, unit_code: str) -> list[dict[str, Any]]:
    """The unit's decisions, newest first (the unit through the meeting each followed)."""
    return list(db.query(
        "SELECT d.* FROM decisions AS d JOIN meetings AS m ON m.id = d.meeting_id "
        "WHERE d.deleted = 0 AND m.unit_code = ? ORDER BY d.issued_on DESC, d.rowid DESC", [unit_code]))


def queue_meetings(db: sqlite_utils.Database, unit_code: str) -> list[dict[str, Any]]:
    """Meetings that still wait for someone (not ended, or ended with the minutes not yet signed), with the
    earliest 07-working-day limit of their live items, their proposals' references and the first of them on the
    agenda, in one query."""
    return list(db.query(
        "SELECT m.id, m.title, m.level, m.state, m.starts_at, m.minutes_locked, min(i.due_on) AS due_on, "
        "group_concat(p.ref, ', ') AS refs, count(i.id) AS items, "
        "(SELECT f.proposal_id FROM meeting_items AS f WHERE f.meeting_id = m.id AND f.deleted = 0 "
        "ORDER BY f.position LIMIT 1) AS first_proposal "
        "FROM meetings AS m LEFT JOIN meeting_items AS i ON i.meeting_id = m.id AND i.deleted = 0 "
        "LEFT JOIN proposals AS p ON p.id = i.proposal_id "
        "WHERE m.unit_code = ? AND m.deleted = 0 AND m.minutes_locked = 0 "
        "GROUP BY m.id ORDER BY m.starts_at", [unit_code]))


def late_items(db: sqlite_utils.Database, unit_code: str) -> dict[str, str]:
    """Proposal id → meeting id, for live items on a meeting held (or set) after the item's limit."""
    rows = db.query(
        "SELECT i.proposal_id, i.meeting_id FROM meeting_items AS i JOIN meetings AS m ON m.id = i.meeting_id "
        "WHERE m.unit_code = ? AND m.deleted = 0 AND i.deleted = 0 AND i.due_on IS NOT NULL "
        "AND substr(m.starts_at, 1, 10) > i.due_on", [unit_code])
    return {r["proposal_id"]: r["meeting_id"] for r in rows}


def has_seat(db: sqlite_utils.Database, unit_code: str, account_id: str) -> bool:
    """Whether the account sits (sat) on any meeting of the unit: its members see the meetings area."""
    row = db.execute(
        "SELECT 1 FROM meeting_members AS m JOIN meetings AS g ON g.id = m.meeting_id "
        "WHERE m.account_id = ? AND m.deleted = 0 AND g.deleted = 0 AND g.unit_code = ? LIMIT 1",
        [account_id, unit_code]).fetchone()
    return row is not None
