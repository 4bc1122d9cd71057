"""Proposals, their revisions and transitions, their attachments, and the folded full-text index."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from lamdong_desktop.domain.access import ProposalScope as Scope
from lamdong_desktop.domain.text import fold

from .records import RecordStore


def proposals(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "proposals", "proposal_not_found")


def revisions(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "proposal_revisions", "revision_not_found")


def transitions(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "proposal_transitions", "proposal_not_found")


def attachments(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "attachments", "attachment_not_found")


def by_ref(db: sqlite_utils.Database, unit_code: str, ref: str) -> dict[str, Any] | None:
    rows = proposals(db).where("unit_code = ? AND ref = ?", [unit_code, ref.upper()])
    return rows[0] if rows else None


def index(db: sqlite_utils.Database, proposal_id: str, title: str, body: str) -> None:
    """Refresh the search row of one proposal (derived data: rebuilt, never audited)."""
    with db.atomic():
        rowid = db.execute("SELECT rowid FROM proposals WHERE id = ?", [proposal_id]).fetchone()[0]
        db.execute("DELETE FROM proposals_fts WHERE rowid = ?", [rowid])
        db.execute("INSERT INTO proposals_fts (rowid, title, body) VALUES (?, ?, ?)",
                   [rowid, fold(title), fold(body)])


def unindex(db: sqlite_utils.Database, proposal_id: str) -> None:
    db.execute("DELETE FROM proposals_fts WHERE rowid = (SELECT rowid FROM proposals WHERE id = ?)", [proposal_id])


@dataclass(frozen=True)
class Filters:
    state: str | None = None
    field: str | None = None
    party_org_id: str | None = None
    breakthrough: bool | None = None
    author_id: str | None = None
    year: int | None = None


def _visible(scope: Scope) -> tuple[str, list[Any]]:
    """The reader's visibility as SQL (domain/access.py), so that LIMIT and count(*) see only those rows.

    "Submitted at least once" is read from ``submitted_to``, set by the first submission together with
    ``first_submitted_at`` and never cleared: it is stored before the large ``content`` column, whereas
    ``first_submitted_at`` comes after it and would make every counted row read its overflow pages.
    """
    if scope.everything:
        return "1", []
    alternatives: list[str] = []
    params: list[Any] = []
    if scope.author_id is not None:
        alternatives.append("p.author_id = ?")
        params.append(scope.author_id)
    if scope.submitted:
        alternatives.append("p.submitted_to IS NOT NULL")
    elif scope.sent_to_province:
        alternatives.append("p.submitted_to = 'province'")
    return ("(" + " OR ".join(alternatives) + ")") if alternatives else "0", params


def _where(unit_code: str, filters: Filters, scope: Scope) -> tuple[str, list[Any]]:
    visible, params = _visible(scope)
    clauses = ["p.deleted = 0", "p.unit_code = ?", visible]
    params = [unit_code, *params]
    for column, value in (("state", filters.state), ("field", filters.field),
                          ("party_org_id", filters.party_org_id), ("author_id", filters.author_id),
                          ("year", filters.year)):
        if value is not None:
            clauses.append(f"p.{column} = ?")
            params.append(value)
    if filters.breakthrough is not None:
        clauses.append("p.breakthrough = ?")
        params.append(int(filters.breakthrough))
    return " AND ".join(clauses), params


LIST_COLUMNS = (
    "p.id, p.ref, p.title, p.state, p.field, p.party_org_id, p.breakthrough, p.broad, p.author_id, "
    "p.author_name, p.year, p.updated_at, p.submitted_at, p.revision, p.version"
)


def list_rows(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, scope: Scope,
              limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    where, params = _where(unit_code, filters, scope)
    sql = f"SELECT {LIST_COLUMNS} FROM proposals p WHERE {where} ORDER BY p.year DESC, p.number DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return list(db.query(sql, params))


def count_rows(db: sqlite_utils.Database, unit_code: str, filters: Filters, *, scope: Scope) -> int:
    where, params = _where(unit_code, filters, scope)
    return int(db.execute(f"SELECT count(*) FROM proposals p WHERE {where}", params).fetchone()[0])


def authors(db: sqlite_utils.Database, unit_code: str, *, scope: Scope) -> list[tuple[str, str]]:
    """(author id, name) of everyone who has written a proposal the reader may see, deleted ones aside."""
    where, params = _where(unit_code, Filters(), scope)
    sql = f"SELECT p.author_id, max(p.author_name) AS name FROM proposals p WHERE {where} GROUP BY p.author_id"
    return [(row["author_id"], row["name"] or "") for row in db.query(sql, params)]


def _words(text: str) -> list[str]:
    return [w for w in "".join(ch if ch.isalnum() else " " for ch in fold(text)).split() if w]


def fts_query(text: str) -> str | None:
    """Every folded word must match; the last one also as a prefix while it is being typed."""
    words = _words(text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words[:-1]]
    last = words[-1]
    terms.append(f'"{last}"*' if len(last) >= 2 else f'"{last}"')
    return " ".join(terms)


def fts_phrase(text: str) -> str | None:
    """The words as one phrase: what a person typing "dat dai" usually means."""
    words = _words(text)
    return '"' + " ".join(words) + '"' if words else None


def search_rows(db: sqlite_utils.Database, unit_code: str, text: str, filters: Filters, *, scope: Scope,
                limit: int = 200) -> list[dict[str, Any]]:
    """Proposals matching every folded word (đ→d, no diacritics), best first.

    Proposals holding the words as a phrase come first, ranked by BM25 (the title weighs five times the
    body); then those holding all the words apart, newest first. Ranking every loose match costs tens of
    milliseconds once common folded words ("dat" is đất, đạt and đặt) match most of the corpus; the
    phrase is what users mean and stays selective.
    """
    query = fts_query(text)
    if query is None:
        return list_rows(db, unit_code, filters, scope=scope, limit=limit)
    where, params = _where(unit_code, filters, scope)
    phrase = fts_phrase(text)
    ranked = list(db.query(
        f"SELECT {LIST_COLUMNS}, f.rank AS rank FROM "
        "(SELECT rowid, rank FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rank) f "
        f"JOIN proposals p ON p.rowid = f.rowid WHERE {where} ORDER BY f.rank LIMIT ?",
        [phrase, *params, limit],
    ))
    if len(ranked) >= limit or phrase == query:
        return ranked
    seen = {row["id"] for row in ranked}
    loose = db.query(
        f"SELECT {LIST_COLUMNS}, 0.0 AS rank FROM "
        "(SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rowid DESC) f "
        f"JOIN proposals p ON p.rowid = f.rowid WHERE {where} LIMIT ?",
        [query, *params, limit + len(seen)],
    )
    ranked += [row for row in loose if row["id"] not in seen][: limit - len(ranked)]
    return ranked


def revisions_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return revisions(db).where("proposal_id = ?", [proposal_id], order_by="revision")


def transitions_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return transitions(db).where("proposal_id = ?", [proposal_id], order_by="created_at, rowid")


def attachments_of(db: sqlite_utils.Database, owner_table: str, owner_id: str) -> list[dict[str, Any]]:
    return attachments(db).where("owner_table = ? AND owner_id = ?", [owner_table, owner_id],
                                 order_by="created_at, rowid")
