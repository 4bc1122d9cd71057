"""What the official's record and the yearly review read: one person's proposals, a year's evaluations, and the
commendations given (m015_commendations). Rows only; the rules are in ``domain/official_record.py``."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from lamdong_desktop.domain.proposals import ParticipantRole

from .records import RecordStore


def commendations(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "commendations", "commendation_not_found")


def commendations_of_person(db: sqlite_utils.Database, person_id: str) -> list[dict[str, Any]]:
    return commendations(db).where("person_id = ?", [person_id], order_by="decided_on, rowid")


def commendations_of_proposals(db: sqlite_utils.Database, proposal_ids: list[str]) -> list[dict[str, Any]]:
    if not proposal_ids:
        return []
    marks = ", ".join("?" for _ in proposal_ids)
    return commendations(db).where(f"proposal_id IN ({marks})", proposal_ids, order_by="decided_on, rowid")


def proposals_of_person(db: sqlite_utils.Database, unit_code: str, person_id: str,
                        account_id: str | None) -> list[dict[str, Any]]:
    """The unit's proposals submitted at least once that the person drafted (through his account), is named in as a
    proposer, or carried out; each with ``authored``, ``named_proposer`` and ``implementer`` (0/1), oldest first."""
    return list(db.query(
        "SELECT * FROM (SELECT p.id, p.ref, p.title, p.year, p.number, p.state, p.author_name, p.author_position, "
        "p.first_submitted_at, p.submitted_to, "
        "coalesce(p.author_id = :account, 0) AS authored, "
        "EXISTS (SELECT 1 FROM json_each(p.content, '$.participants') AS j "
        "WHERE json_extract(j.value, '$.person_id') = :person AND json_extract(j.value, '$.role') = :proposer) "
        "AS named_proposer, "
        "EXISTS (SELECT 1 FROM implementers AS i WHERE i.proposal_id = p.id AND i.person_id = :person "
        "AND i.deleted = 0) AS implementer "
        "FROM proposals AS p WHERE p.unit_code = :unit AND p.deleted = 0 AND p.submitted_to IS NOT NULL) "
        "WHERE authored OR named_proposer OR implementer ORDER BY year, number",
        {"account": account_id, "person": person_id, "proposer": ParticipantRole.PROPOSER.value, "unit": unit_code}))


def evaluations_in_year(db: sqlite_utils.Database, unit_code: str, year: int) -> list[dict[str, Any]]:
    """The unit's evaluations concluded (numbered) in ``year``, with their proposal's reference, title and author,
    in the order concluded."""
    return list(db.query(
        "SELECT e.*, p.ref, p.title AS proposal_title, p.author_name, p.author_position, p.content "
        "FROM evaluations AS e JOIN proposals AS p ON p.id = e.proposal_id "
        "WHERE p.unit_code = ? AND p.deleted = 0 AND e.deleted = 0 AND e.register_entry_id IS NOT NULL "
        "AND substr(e.issued_on, 1, 4) = ? ORDER BY e.issued_on, e.rowid", [unit_code, f"{year:04d}"]))


def state_counts(db: sqlite_utils.Database, unit_code: str, year: int) -> dict[str, int]:
    """How many of the unit's proposals of ``year`` (their reference's year), submitted at least once, stand in each
    state."""
    return {row["state"]: row["n"] for row in db.query(
        "SELECT state, count(*) AS n FROM proposals WHERE unit_code = ? AND deleted = 0 AND year = ? "
        "AND submitted_to IS NOT NULL GROUP BY state", [unit_code, year])}
