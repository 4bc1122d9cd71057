"""``verify``: recompute the audit chain and check every audited row against its latest event.

Two passes, one authority. The first pass runs in SQLite: it renders each event and each row as JSON with
``json_object`` (keys in sorted order, no spaces: the program's canonical form) and hashes it with a SHA-256
function registered on the connection, so a row never becomes a Python object. Where that hash equals the
recorded one, the bytes hashed are exactly the bytes the program hashed when it wrote the row: the row is
proven unchanged. Only what the first pass cannot confirm — a real change, or a value that SQLite renders
differently from Python's ``json`` (a float, say) — is read into Python and checked by the very functions
that wrote the hashes (``event_hash``, ``content_hash``). The SQL pass can therefore raise a false alarm, which
the second pass clears, but never a false "unchanged".

Memory stays flat: nothing is held per row; only suspicious rows come back from SQLite.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from .audit import (
    GENESIS,
    HEAD_KEYS,
    KEYED_TABLES,
    LATE_COLUMNS,
    classify_tables,
    content_hash,
    event_hash,
    keyed_id,
    meta_value,
)

_SHA = "lamdong_sha256"
_MAX_JSON_COLUMNS = 60  # json_object takes two arguments a column; SQLite's default limit is 127 arguments


@dataclass(frozen=True)
class Problem:
    """One thing that does not match: ``kind`` is a code, the rest says where.

    ``label`` names the thing as people know it (a proposal's reference, an attachment's file name, a user
    name, a setting's key), ``owner`` the proposal it belongs to, ``detail`` the summary of the last event
    of a row that is gone.
    """

    kind: str
    table: str | None = None
    record_id: str | None = None
    seq: int | None = None
    label: str | None = None
    owner: str | None = None
    detail: str | None = None

    @property
    def where(self) -> dict[str, Any]:
        """Everything but the kind, for ``messages.describe_problem(kind, **where)``."""
        return {k: v for k, v in self.__dict__.items() if k != "kind"}


@dataclass(frozen=True)
class VerifyReport:
    events: int
    records: int
    problems: tuple[Problem, ...]
    stale_index: int = 0  # proposals missing from the search index, or index rows of no proposal
    index_rebuilt: int = 0
    # Rows the SQL pass could not confirm and Python checked one by one (its JSON differed from the
    # program's canonical form, e.g. a float): a count, not a finding.
    rechecked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: sqlite_utils.Database) -> VerifyReport:
    """Every problem the chain and the audited rows show, in the order a reader should look at them."""
    problems: list[Problem] = []
    kinds = classify_tables(db)
    if "audit_events" not in kinds:  # the log table itself was dropped: nothing can be checked against it
        return VerifyReport(events=0, records=0, problems=(Problem("log_missing"),))
    db.conn.create_function(_SHA, 1, _sha256_hex, deterministic=True)
    rechecked = [0]
    count = _verify_chain(db, problems, rechecked)
    records = 0
    # A table the log knows of that is gone entirely (dropped by hand).
    for (target_table,) in db.execute("SELECT DISTINCT target_table FROM audit_events WHERE target_table IS NOT NULL"):
        if target_table not in kinds:
            problems.append(Problem("table_missing", table=target_table))
    for table, kind in kinds.items():
        if kind in ("record", "keyed"):
            records += _verify_rows(db, table, problems, rechecked, keyed=kind == "keyed")
        elif kind == "unaccounted":
            problems.append(Problem("table_unaccounted", table=table))
    stale = _stale_index(db) if "proposals_fts" in kinds and "proposals" in kinds else 0
    return VerifyReport(events=count, records=records, problems=tuple(_named(db, p) for p in problems),
                        stale_index=stale, rechecked=rechecked[0])


def _sha256_hex(value: bytes | None) -> str | None:
    return hashlib.sha256(value).hexdigest() if isinstance(value, bytes) else None


def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]


def _json_sql(columns: list[str], alias: str) -> str:
    """SQL rendering ``{c: alias.c …}`` in the canonical form (sorted keys, as ``canonical_json``)."""
    pairs = ", ".join(f"'{c}', {alias}.[{c}]" for c in sorted(columns))
    return f"json_object({pairs})"


def _hash_sql(columns: list[str], alias: str) -> str | None:
    """SQL for the content hash of a row as ``content_hash`` computes it, or None if SQL cannot say it.

    A late column is left out of the hash while it is NULL; with several late columns, a row where some are
    NULL and others not is left to Python (NULL here means "not confirmed").
    """
    if len(columns) > _MAX_JSON_COLUMNS or any("'" in c or "]" in c for c in columns):
        return None
    late = [c for c in columns if c in LATE_COLUMNS]
    full = f"{_SHA}(CAST({_json_sql(columns, alias)} AS BLOB))"
    if not late:
        return full
    early = f"{_SHA}(CAST({_json_sql([c for c in columns if c not in LATE_COLUMNS], alias)} AS BLOB))"
    all_null = " AND ".join(f"{alias}.[{c}] IS NULL" for c in late)
    none_null = " AND ".join(f"{alias}.[{c}] IS NOT NULL" for c in late)
    return f"CASE WHEN {all_null} THEN {early} WHEN {none_null} THEN {full} END"


def _verify_chain(db: sqlite_utils.Database, problems: list[Problem], rechecked: list[int]) -> int:
    count, first_seq, last_seq = db.execute("SELECT count(*), min(seq), max(seq) FROM audit_events").fetchone()
    fields = [c for c in _columns(db, "audit_events") if c not in ("seq", "hash")]
    computed = _hash_sql(fields, "a") or "NULL"
    if count and first_seq == 1 and last_seq == count:
        # Numbered 1…count without a gap: the event before each one is seq - 1, found by its key (a window
        # over the whole log costs five times as much).
        sql = (
            "SELECT a.seq, a.seq AS n, a.prev_hash IS NOT coalesce(b.hash, ?) AS bad_link, 0 AS bad_seq, "
            f"{computed} IS NOT a.hash AS bad_hash FROM audit_events AS a "
            "LEFT JOIN audit_events AS b ON b.seq = a.seq - 1 WHERE bad_link OR bad_hash ORDER BY a.seq"
        )
    else:
        # Each event beside the one before it: its link, its sequence number and its own hash in one pass.
        sql = (
            "SELECT seq, n, prev_hash IS NOT expected_prev AS bad_link, seq IS NOT prev_seq + 1 AS bad_seq, "
            "computed IS NOT hash AS bad_hash FROM (SELECT a.seq, a.hash, a.prev_hash, "
            "lag(a.hash, 1, ?) OVER w AS expected_prev, lag(a.seq, 1, 0) OVER w AS prev_seq, "
            f"row_number() OVER w AS n, {computed} AS computed FROM audit_events AS a "
            "WINDOW w AS (ORDER BY a.seq)) "
            "WHERE bad_link OR bad_seq OR bad_hash ORDER BY seq"
        )
    for seq, n, bad_link, bad_seq, bad_hash in db.execute(sql, [GENESIS]).fetchall():
        if bad_link:
            problems.append(Problem("genesis_missing" if n == 1 else "chain_broken", seq=seq))
        elif bad_seq:
            problems.append(Problem("seq_gap", seq=seq))
        if bad_hash:
            rechecked[0] += 1
            event = next(_rows(db, "SELECT * FROM audit_events WHERE seq = ?", [seq]))
            if event_hash(event) != event["hash"]:
                problems.append(Problem("event_altered", seq=seq))
    head_seq, head_hash = meta_value(db, "audit_head_seq"), meta_value(db, "audit_head_hash")
    if not count:
        if head_seq or head_hash:
            problems.append(Problem("log_emptied", seq=int(head_seq) if head_seq and head_seq.isdigit() else None))
    else:
        last_hash = db.execute("SELECT hash FROM audit_events WHERE seq = ?", [last_seq]).fetchone()[0]
        if head_seq != str(last_seq) or head_hash != last_hash:
            problems.append(Problem("head_mismatch", seq=last_seq))
    return int(count)


def chain_problems(db: sqlite_utils.Database, *, up_to: int) -> list[Problem]:
    """What is wrong with the chain from its first event to event ``up_to``: each event's own hash, its link to the
    one before, no gap — the part of the log a head printed on paper (a dossier's list) anchors."""
    db.conn.create_function(_SHA, 1, _sha256_hex, deterministic=True)
    fields = [c for c in _columns(db, "audit_events") if c not in ("seq", "hash")]
    sql = (
        "SELECT seq, n, prev_hash IS NOT expected_prev AS bad_link, seq IS NOT prev_seq + 1 AS bad_seq, "
        "computed IS NOT hash AS bad_hash FROM (SELECT a.seq, a.hash, a.prev_hash, "
        "lag(a.hash, 1, ?) OVER w AS expected_prev, lag(a.seq, 1, 0) OVER w AS prev_seq, "
        f"row_number() OVER w AS n, {_hash_sql(fields, 'a') or 'NULL'} AS computed FROM audit_events AS a "
        "WHERE a.seq <= ? WINDOW w AS (ORDER BY a.seq)) WHERE bad_link OR bad_seq OR bad_hash ORDER BY seq"
    )
    problems: list[Problem] = []
    for seq, n, bad_link, bad_seq, bad_hash in db.execute(sql, [GENESIS, up_to]).fetchall():
        if bad_link:
            problems.append(Problem("genesis_missing" if n == 1 else "chain_broken", seq=seq))
        elif bad_seq:
            problems.append(Problem("seq_gap", seq=seq))
        if bad_hash:  # the SQL pass may raise a false alarm (a float rendered otherwise): Python decides
            event = next(_rows(db, "SELECT * FROM audit_events WHERE seq = ?", [seq]))
            if event_hash(event) != event["hash"]:
                problems.append(Problem("event_altered", seq=seq))
    return problems


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    """Stream rows as dicts straight from the cursor."""
    cursor = db.conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def _key_sql(table: str, keyed: bool, alias: str = "r") -> str:
    if not keyed:
        return f"{alias}.[id]"
    return " || '|' || ".join(f"CAST({alias}.[{c}] AS TEXT)" for c in KEYED_TABLES[table])


def _verify_rows(db: sqlite_utils.Database, table: str, problems: list[Problem], rechecked: list[int], *,
                 keyed: bool) -> int:
    key = _key_sql(table, keyed)
    skip = "r.[key] NOT IN ('audit_head_seq', 'audit_head_hash')" if table == "app_meta" else "1"
    deleted_action = f"{table}.delete"
    latest = (f"LEFT JOIN audit_events AS e ON e.seq = (SELECT max(x.seq) FROM audit_events AS x "
              f"WHERE x.target_table = ? AND x.target_id = {key})")
    rows = int(db.execute(f"SELECT count(*) FROM [{table}] AS r WHERE {skip}").fetchone()[0])
    computed = _hash_sql(_columns(db, table), "r")
    try:
        # The latest event of each row, found through the (target_table, target_id) index; only the rows
        # SQL cannot confirm come back.
        suspects = db.execute(
            f"SELECT r.rowid FROM [{table}] AS r {latest} WHERE {skip} AND (e.seq IS NULL OR e.action IS ? "
            f"OR e.content_sha256 IS NOT {computed or 'NULL'})", [table, deleted_action if keyed else None]).fetchall()
        where = "r.rowid = ?"
    except sqlite3.OperationalError:  # a table without rowid (made by hand): every row goes to Python
        suspects, where = [()], skip
    for params in suspects:
        sql = (f'SELECT r.*, e.seq AS "__audit_seq", e.content_sha256 AS "__audit_sha", '
               f'e.action AS "__audit_action" FROM [{table}] AS r {latest} WHERE {where}')
        for row in _rows(db, sql, [table, *params]):
            rechecked[0] += 1
            _check_row(table, row, problems, keyed=keyed)
    # Rows whose latest event says they exist, but which are gone (a keyed row may be gone after .delete).
    gone_ok = " AND e.action != ?" if keyed else ""
    sql = (
        "SELECT g.target_id, g.seq, e.summary FROM (SELECT target_id, max(seq) AS seq FROM audit_events "
        "WHERE target_table = ? AND target_id IS NOT NULL GROUP BY target_id) AS g "
        f"JOIN audit_events AS e ON e.seq = g.seq WHERE NOT EXISTS (SELECT 1 FROM [{table}] AS r "
        f"WHERE {key} = g.target_id){gone_ok}"
    )
    for gone in db.query(sql, [table, deleted_action] if keyed else [table]):
        if table == "app_meta" and gone["target_id"] in HEAD_KEYS:
            continue
        problems.append(Problem("record_missing", table=table, record_id=gone["target_id"], seq=gone["seq"],
                                detail=gone["summary"] or None))
    return rows


# Record tables whose rows belong to one proposal and are named by its reference (``{label}`` above).
PROPOSAL_OWNED_TABLES = ("proposal_receipts", "party_opinions", "implementations", "implementers",
                         "implementation_events", "progress_updates", "result_reports", "evaluations", "commendations")

def _check_row(table: str, row: dict[str, Any], problems: list[Problem], *, keyed: bool) -> None:
    """The authority: the row against its latest event, with the functions that wrote the hashes."""
    seq, sha, action = row.pop("__audit_seq"), row.pop("__audit_sha"), row.pop("__audit_action")
    target = keyed_id(table, row) if keyed else row["id"]
    if seq is None or (keyed and action == f"{table}.delete"):
        problems.append(Problem("record_unaudited", table=table, record_id=target, seq=seq))
    elif sha != content_hash(row):
        problems.append(Problem("record_altered", table=table, record_id=target, seq=seq))


def _stale_index(db: sqlite_utils.Database) -> int:
    missing = db.execute(
        "SELECT count(*) FROM proposals AS p WHERE p.deleted = 0 AND NOT EXISTS "
        "(SELECT 1 FROM proposals_fts AS f WHERE f.rowid = p.rowid)").fetchone()[0]
    extra = db.execute(
        "SELECT count(*) FROM proposals_fts AS f WHERE NOT EXISTS "
        "(SELECT 1 FROM proposals AS p WHERE p.rowid = f.rowid AND p.deleted = 0)").fetchone()[0]
    return int(missing) + int(extra)


def _one(db: sqlite_utils.Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


def _proposal_ref(db: sqlite_utils.Database, proposal_id: str | None) -> str | None:
    row = _one(db, "SELECT ref FROM proposals WHERE id = ?", [proposal_id])
    return row["ref"] if row else None


def _named(db: sqlite_utils.Database, problem: Problem) -> Problem:
    """The problem with the names people know: a proposal by its reference, an attachment by file name."""
    table, rid = problem.table, problem.record_id
    if not table or not rid or problem.kind == "record_missing":
        return problem
    label: str | None = None
    owner: str | None = None
    try:
        if table == "proposals":
            label = _proposal_ref(db, rid)
        elif table == "attachments":
            row = _one(db, "SELECT filename, owner_table, owner_id FROM attachments WHERE id = ?", [rid])
            if row:
                label = row["filename"]
                owner = _proposal_ref(db, row["owner_id"]) if row["owner_table"] == "proposals" else None
        elif table in ("proposal_revisions", "proposal_transitions"):
            column = "revision" if table == "proposal_revisions" else "action"
            row = _one(db, f"SELECT proposal_id, [{column}] AS label FROM [{table}] WHERE id = ?", [rid])
            if row:
                label, owner = str(row["label"]), _proposal_ref(db, row["proposal_id"])
        elif table in ("accounts", "people", "party_orgs", "calendar_corrections", "printed_documents",
                       "printed_dossiers"):
            column = {"accounts": "username", "people": "full_name", "party_orgs": "name",
                      "calendar_corrections": "day", "printed_documents": "check_line",
                      "printed_dossiers": "proposal_ref"}[table]
            row = _one(db, f"SELECT [{column}] AS label FROM [{table}] WHERE id = ?", [rid])
            label = str(row["label"]) if row else None
        elif table in PROPOSAL_OWNED_TABLES:
            row = _one(db, f"SELECT proposal_id FROM [{table}] WHERE id = ?", [rid])
            label = _proposal_ref(db, row["proposal_id"]) if row else None
        elif table == "tasks":
            row = _one(db, "SELECT ref FROM tasks WHERE id = ?", [rid])
            label = row["ref"] if row else None
        elif table in ("task_events", "task_assignees"):
            column = "strftime('%d/%m/%Y', x.noted_on)" if table == "task_events" else "x.full_name"
            row = _one(db, f"SELECT t.ref, {column} AS label FROM [{table}] AS x JOIN tasks AS t ON t.id = x.task_id "
                           "WHERE x.id = ?", [rid])
            if row:
                label, owner = str(row["label"]), row["ref"]
        elif table == "units":
            row = _one(db, "SELECT name FROM units WHERE code = ?", [rid])
            label = f"{rid} ({row['name']})" if row else rid
        elif table in KEYED_TABLES:
            label = rid
    except (sqlite3.Error, KeyError, TypeError):  # a damaged row is still reported, by its id
        return problem
    return Problem(problem.kind, table, rid, problem.seq, label, owner, problem.detail)
