"""Proposals, their revisions and transitions, their attachments, and the folded full-text index."""

from __future__ import annotations

import json
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
    if scope.implementer_id is not None:  # the implementers of an approved proposal (m012_implementation)
        alternatives.append("p.id IN (SELECT i.proposal_id FROM implementers AS i WHERE i.account_id = ? "
                            "AND i.deleted = 0)")
        params.append(scope.implementer_id)
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


# Ranking costs a BM25 score and a phrase check for every candidate: when the words stand together (as a
# phrase or apart) in more than this many proposals, they are not selective ("dat" alone, "can bo") and
# the phrase matches come newest first, read from the index only until the page is full.
RANK_LIMIT = 1000
# FTS5 expands a prefix by merging the lists of every word that starts with it: "th" starts hundreds of
# Vietnamese words and costs over 100 ms at 20,000 proposals. Shorter last words are matched whole
# ("xa" is xã, "ho" is hộ).
PREFIX_MIN = 3


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """Every folded word must match; the last one also as a prefix while it is being typed.

    The last word is a prefix only when it has ``PREFIX_MIN`` letters or more, and ``prefix`` is true.
    """
    words = _words(text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words[:-1]]
    last = words[-1]
    terms.append(f'"{last}"*' if prefix and len(last) >= PREFIX_MIN else f'"{last}"')
    return " ".join(terms)


def fts_phrase(text: str) -> str | None:
    """The words as one phrase: what a person typing "dat dai" usually means."""
    words = _words(text)
    return '"' + " ".join(words) + '"' if words else None


def _newest(db: sqlite_utils.Database, match: str, where: str, params: list[Any], need: int,
            seen: set[str], *, lowest: int | None = None) -> list[dict[str, Any]]:
    """Up to ``need`` proposals matching ``match`` and ``where``, newest first, none of ``seen``.

    With ``lowest``, only index rows from that row id up are considered.

    The index hands out row ids newest first a batch at a time and only those rows are read: joining
    the whole match to the table instead lets SQLite walk the table and run the match once per row.
    """
    rows: list[dict[str, Any]] = []
    bound = None
    batch = need + 16  # a few spare for rows the filters or ``seen`` drop; more rounds only if needed
    while len(rows) < need:
        ids = [r[0] for r in db.execute(
            "SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?"
            + ("" if bound is None else " AND rowid < ?") + ("" if lowest is None else " AND rowid >= ?")
            + " ORDER BY rowid DESC LIMIT ?",
            [match, *([] if bound is None else [bound]), *([] if lowest is None else [lowest]), batch])]
        if not ids:
            break
        bound = ids[-1]
        # CROSS JOIN keeps the ids as the outer loop: with IN, SQLite walks the unit's index over every row.
        found = db.query(
            f"SELECT {LIST_COLUMNS}, 0.0 AS rank FROM json_each(?) j CROSS JOIN proposals p ON p.rowid = j.value "
            f"WHERE {where} ORDER BY j.key",
            [json.dumps(ids), *params])
        rows += [row for row in found if row["id"] not in seen][: need - len(rows)]
        if len(ids) < batch:
            break
        batch = min(batch * 4, 20_000)
    return rows


def search_rows(db: sqlite_utils.Database, unit_code: str, text: str, filters: Filters, *, scope: Scope,
                limit: int = 200) -> list[dict[str, Any]]:
    """Proposals matching every folded word (đ→d, no diacritics), best first.

    First the proposals holding the words as a phrase, ranked by BM25 (the title weighs five times the
    body); then those holding all the words apart, newest first; then, while the page is not full, those
    where the last word starts a longer word (``PREFIX_MIN`` letters or more), newest first. The phrase is
    what users mean and stays selective; but when more than ``RANK_LIMIT`` proposals hold all the words
    ("dat" alone, "can bo"), ranking and phrase checks would cost tens of milliseconds at 20,000
    proposals, so the phrase pass then looks only at the newest ``RANK_LIMIT`` of them, newest first.
    """
    whole = fts_query(text, prefix=False)
    if whole is None:
        return list_rows(db, unit_code, filters, scope=scope, limit=limit)
    where, params = _where(unit_code, filters, scope)
    phrase = fts_phrase(text)
    assert phrase is not None
    # Counting the proposals that hold every word is cheap (no positions); it bounds the phrase matches.
    together = db.execute("SELECT count(*) FROM (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ? "
                          "LIMIT ?)", [whole, RANK_LIMIT + 1]).fetchone()[0]
    found: list[dict[str, Any]] = []
    if 0 < together <= RANK_LIMIT:
        found = list(db.query(
            f"SELECT {LIST_COLUMNS}, f.rank AS rank FROM "
            "(SELECT rowid, rank FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rank) f "
            f"JOIN proposals p ON p.rowid = f.rowid WHERE {where} ORDER BY f.rank LIMIT ?",
            [phrase, *params, limit],
        ))
    elif together:
        # Only the newest RANK_LIMIT proposals holding every word are checked for the phrase: when the
        # phrase is rare among them, checking them all would cost a phrase test on most of the corpus.
        # Older phrase matches still come, among the words-apart matches below.
        lowest = db.execute("SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rowid DESC "
                            "LIMIT 1 OFFSET ?", [whole, RANK_LIMIT - 1]).fetchone()[0]
        found = _newest(db, phrase, where, params, limit, set(), lowest=lowest)
    prefix = fts_query(text)
    for query in dict.fromkeys((whole, prefix)):  # the same query twice when the last word is short
        if len(found) >= limit or query is None or query == phrase or (query == whole and not together):
            continue
        found += _newest(db, query, where, params, limit - len(found), {row["id"] for row in found})
    return found


def revisions_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return revisions(db).where("proposal_id = ?", [proposal_id], order_by="revision")


def transitions_of(db: sqlite_utils.Database, proposal_id: str) -> list[dict[str, Any]]:
    return transitions(db).where("proposal_id = ?", [proposal_id], order_by="created_at, rowid")


def attachments_of(db: sqlite_utils.Database, owner_table: str, owner_id: str) -> list[dict[str, Any]]:
    return attachments(db).where("owner_table = ? AND owner_id = ?", [owner_table, owner_id],
                                 order_by="created_at, rowid")


def receipts(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "proposal_receipts", "proposal_not_found")


def party_opinions(db: sqlite_utils.Database) -> RecordStore:
    return RecordStore(db, "party_opinions", "party_opinion_not_found")


def latest_receipt(db: sqlite_utils.Database, proposal_id: str) -> dict[str, Any] | None:
    rows = list(db.query(
        "SELECT * FROM proposal_receipts WHERE proposal_id = ? AND deleted = 0 "
        "ORDER BY received_on DESC, rowid DESC LIMIT 1", [proposal_id]))
    return rows[0] if rows else None


def party_opinions_of(db: sqlite_utils.Database, proposal_id: str, stage: str | None = None) -> list[dict[str, Any]]:
    where, params = "proposal_id = ? AND deleted = 0", [proposal_id]
    if stage is not None:
        where += " AND stage = ?"
        params.append(stage)
    return list(db.query(f"SELECT * FROM party_opinions WHERE {where} ORDER BY opinion_on, rowid", params))


def implementer_accounts(db: sqlite_utils.Database, proposal_id: str) -> frozenset[str]:
    """The accounts linked to a proposal's implementers (m012_implementation): they read it as its authors do."""
    return frozenset(r[0] for r in db.execute(
        "SELECT account_id FROM implementers WHERE proposal_id = ? AND deleted = 0 AND account_id IS NOT NULL",
        [proposal_id]))
