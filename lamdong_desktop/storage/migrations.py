"""Named schema migrations. A released migration is never edited: add a new one instead.

Every migration records the program version that introduced it (``schema_versions``), so that an
older program meeting a newer database can say which version the user needs.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

# The record columns and ``_record_table`` live in ``record_tables``; the schema modules import them from here.
from .record_tables import RECORD_COLUMNS as RECORD_COLUMNS
from .record_tables import RECORD_DEFAULTS as RECORD_DEFAULTS
from .record_tables import RECORD_NOT_NULL as RECORD_NOT_NULL
from .record_tables import _record_table as _record_table

MIGRATION_SET = "lamdong"
SCHEMA_VERSIONS_TABLE = "schema_versions"
MIGRATIONS = Migrations(MIGRATION_SET)


def known_migration_names() -> set[str]:
    return {m.name for m in MIGRATIONS._migrations}


def _introduced(db: sqlite_utils.Database, name: str, app_version: str) -> None:
    db.table(SCHEMA_VERSIONS_TABLE).insert({"name": name, "app_version": app_version}, pk="name", replace=True)


@MIGRATIONS()
def m001_core(db: sqlite_utils.Database) -> None:
    """Installation settings, the unit list, local accounts."""
    db.table(SCHEMA_VERSIONS_TABLE).create({"name": str, "app_version": str}, pk="name", not_null={"app_version"})
    db.table("app_meta").create({"key": str, "value": str}, pk="key")
    # Province-owned reference data, replaced by reference bundles; codes are stable (resources/data).
    db.table("units").create(
        {
            "code": str,
            "name": str,
            "kind": str,
            "former_province": str,
            "formed_from": str,
            "parent_code": str,
            "name_fold": str,
        },
        pk="code",
        not_null={"name", "kind", "name_fold"},
    )
    # Accounts are local to one installation and never travel; they still get UUIDs and stamps.
    _record_table(
        db,
        "accounts",
        {
            "username": str,
            "full_name": str,
            "password_hash": str,
            "roles": str,
            "disabled": int,
        },
        not_null={"username", "full_name", "password_hash", "roles", "disabled"},
        defaults={"disabled": 0},
    )
    db.table("accounts").create_index(["username"], unique=True)
    # Wrong-password counters are machine-local state, not records: they neither travel nor get audited.
    db.table("login_failures").create(
        {"username": str, "failed_attempts": int, "last_failure_at": str},
        pk="username",
        not_null={"failed_attempts"},
    )
    _introduced(db, "m001_core", "0.1.0")


@MIGRATIONS()
def m002_staff(db: sqlite_utils.Database) -> None:
    """A unit's party organisations (tổ chức cơ sở đảng, chi bộ) and its staff."""
    _record_table(
        db,
        "party_orgs",
        {"unit_code": str, "name": str, "name_fold": str, "kind": str, "parent_id": str, "notes": str},
        not_null={"unit_code", "name", "name_fold", "kind"},
        foreign_keys=[("parent_id", "party_orgs", "id")],
    )
    _record_table(
        db,
        "people",
        {
            "unit_code": str,
            "full_name": str,
            "name_fold": str,
            "position": str,
            "party_org_id": str,
            "phone": str,
            "email": str,
            "account_id": str,
        },
        not_null={"unit_code", "full_name", "name_fold"},
        foreign_keys=[("party_org_id", "party_orgs", "id"), ("account_id", "accounts", "id")],
    )
    db.table("people").create_index(["unit_code", "deleted"])
    _introduced(db, "m002_staff", "0.1.0")


@MIGRATIONS()
def m003_calendar_corrections(db: sqlite_utils.Database) -> None:
    """The yearly correction table over the library's holidays (province-owned reference data)."""
    _record_table(
        db,
        "calendar_corrections",
        {"day": str, "kind": str, "name": str},
        not_null={"day", "kind", "name"},
    )
    db.table("calendar_corrections").create_index(["day"])
    _introduced(db, "m003_calendar_corrections", "0.1.0")


@MIGRATIONS()
def m004_audit_events(db: sqlite_utils.Database) -> None:
    """An append-only, hash-chained log of every state change (who, when, what, content hash)."""
    db.table("audit_events").create(
        {
            "seq": int,
            "id": str,
            "at": str,
            "actor_id": str,
            "actor_name": str,
            "action": str,
            "target_table": str,
            "target_id": str,
            "summary": str,
            "content_sha256": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
        not_null={"id", "at", "action", "hash"},
    )
    db.table("audit_events").create_index(["target_table", "target_id"])
    _introduced(db, "m004_audit_events", "0.1.0")


@MIGRATIONS()
def m005_proposals(db: sqlite_utils.Database) -> None:
    """Proposals with their revisions, lifecycle transitions, attachments, numbering and search index."""
    _record_table(
        db,
        "proposals",
        {
            "unit_code": str,
            "ref": str,  # DX-2026-007: per unit and year, never reused
            "year": int,
            "number": int,
            "title": str,
            "state": str,
            "submitted_to": str,
            "author_id": str,
            "author_name": str,
            "author_position": str,
            "field": str,
            "party_org_id": str,
            "breakthrough": int,
            "broad": int,
            "content": str,  # canonical JSON of the author's content (sections, indicators, criteria …)
            "revision": int,  # the latest revision number; 0 before the first submission
            "first_submitted_at": str,
            "submitted_at": str,
            "last_reason": str,
        },
        not_null={"unit_code", "ref", "year", "number", "title", "state", "author_id", "content", "revision"},
        defaults={"revision": 0, "breakthrough": 0, "broad": 0},
    )
    db.table("proposals").create_index(["unit_code", "ref"], unique=True)
    db.table("proposals").create_index(["state"])
    _record_table(
        db,
        "proposal_revisions",
        {"proposal_id": str, "revision": int, "content": str, "reason": str},
        not_null={"proposal_id", "revision", "content"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    db.table("proposal_revisions").create_index(["proposal_id", "revision"], unique=True)
    _record_table(
        db,
        "proposal_transitions",
        {"proposal_id": str, "action": str, "from_state": str, "to_state": str, "reason": str,
         "actor_name": str, "revision": int},
        not_null={"proposal_id", "action", "from_state", "to_state"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    db.table("proposal_transitions").create_index(["proposal_id"])
    _record_table(
        db,
        "attachments",
        {"owner_table": str, "owner_id": str, "filename": str, "sha256": str, "size": int, "media_type": str},
        not_null={"owner_table", "owner_id", "filename", "sha256", "size"},
    )
    db.table("attachments").create_index(["owner_table", "owner_id"])
    db.table("sequences").create({"scope": str, "year": int, "last": int}, pk=("scope", "year"),
                                 not_null={"last"})
    # A folded copy of title and sections (no diacritics, đ→d): FTS5's remove_diacritics leaves đ alone.
    # Its rowid is the proposal's rowid, so that a proposal's row is found without scanning the index.
    db.execute("CREATE VIRTUAL TABLE proposals_fts USING fts5(title, body, tokenize='unicode61')")
    db.execute("INSERT INTO proposals_fts (proposals_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')")
    db.table("proposals").create_index(["unit_code", "deleted", "year", "number"])
    # 0.1.0 kept no chain head apart from the log: start it at the newest event.
    last = db.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    if last:
        db.table("app_meta").upsert_all(
            [{"key": "audit_head_seq", "value": str(last[0])}, {"key": "audit_head_hash", "value": last[1]}],
            pk="key",
        )
    _introduced(db, "m005_proposals", "0.2.0")


@MIGRATIONS()
def m006_integrity(db: sqlite_utils.Database) -> None:
    """Attachments marked "attached by mistake"; the keyed tables (settings, units, sequences, login
    failures) join the audit chain: each row already present gets its first ``<table>.set`` event."""
    from .audit import HEAD_KEYS, KEYED_TABLES, audit_keyed, keyed_id

    attachments = db.table("attachments")
    for column in ("mistaken_reason", "mistaken_at", "mistaken_by"):
        if column not in attachments.columns_dict:
            attachments.add_column(column, str)
    for table, key_columns in KEYED_TABLES.items():
        if table not in db.table_names():
            continue
        audited = {
            r[0] for r in db.execute("SELECT DISTINCT target_id FROM audit_events WHERE target_table = ?", [table])
        }
        for row in list(db.query(f"SELECT * FROM [{table}] ORDER BY {', '.join(key_columns)}")):
            if table == "app_meta" and row["key"] in HEAD_KEYS:
                continue
            if keyed_id(table, row) in audited:
                continue
            audit_keyed(db, table, {c: row[c] for c in key_columns}, actor_id="system", actor_name="system",
                        summary=f"Nâng cấp 0.3.0: bắt đầu ghi nhật ký cho {table} {keyed_id(table, row)}")
    _introduced(db, "m006_integrity", "0.3.0")


@MIGRATIONS()
def m007_register(db: sqlite_utils.Database) -> None:
    """The document register (sổ đăng ký văn bản): one audited record per number taken, cancelled ones kept.

    Numbers come from the audited ``sequences`` table (scope ``REG:<unit>:<sequence>:<type>``) inside the
    transaction that records the entry; the unique index is the last line of defence against a number issued
    twice (the unit is part of it: a province database may one day hold several units' registers).
    """
    from .register_schema import create_register_table

    create_register_table(db)
    _introduced(db, "m007_register", "0.4.0")


@MIGRATIONS()
def m008_review(db: sqlite_utils.Database) -> None:
    """The head's receipt of a proposal (ND 73 Đ8.1: the 07-working-day limit for the meeting runs from it)
    and the opinions of the party committee of the same level."""
    _record_table(
        db,
        "proposal_receipts",
        # One row per receipt: a proposal returned and resubmitted is received again; the newest counts.
        {"proposal_id": str, "received_on": str, "meeting_due_on": str, "receiver_name": str},
        not_null={"proposal_id", "received_on", "meeting_due_on"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    db.table("proposal_receipts").create_index(["proposal_id", "received_on"])
    _record_table(
        db,
        "party_opinions",
        # stage: "approval" before the decision (ND 73 Đ8.1); the evaluation of results adds its own stage.
        {"proposal_id": str, "stage": str, "opinion_on": str, "body": str, "text": str, "attachment_id": str,
         "recorder_name": str},
        not_null={"proposal_id", "stage", "opinion_on", "body", "text"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    db.table("party_opinions").create_index(["proposal_id", "stage"])
    _introduced(db, "m008_review", "0.4.0")


@MIGRATIONS()
def m009_meetings(db: sqlite_utils.Database) -> None:
    """Leadership meetings and review councils (members, agenda, attendance, ballots, scores, opinions) and the
    decisions issued after them (ND 73/2023 Đ8); the tables are described in ``meetings_schema``."""
    from .meetings_schema import create_meeting_tables

    create_meeting_tables(db)
    _introduced(db, "m009_meetings", "0.4.0")


@MIGRATIONS()
def m010_party_stance(db: sqlite_utils.Database) -> None:
    """The party committee's opinion says whether it agrees (ND 73/2023 Đ8.1): an approval cannot go against a
    disagreement, and a return or a rejection after a passed vote stands only on one. A late column: the opinions
    recorded before 0.5.0 keep NULL (read as agreeing — they were the ground of approvals) and their hash."""
    opinions = db.table("party_opinions")
    if "stance" not in opinions.columns_dict:
        opinions.add_column("stance", str)
    _introduced(db, "m010_party_stance", "0.5.0")


@MIGRATIONS()
def m011_signatures(db: sqlite_utils.Database) -> None:
    """The digital signatures (chữ ký số) of an attached signed PDF, one row each, as checked when it was attached:
    the field, who (the certificate's common name, serial number and issuer), the time the signer claimed, whether
    the chain led to a trusted root then, and the content digest of the printed document it signs."""
    _record_table(
        db,
        "digital_signatures",
        {"attachment_id": str, "owner_table": str, "owner_id": str, "field": str, "signer_name": str, "serial": str,
         "issuer_name": str, "signed_at": str, "trust": str, "content_digest": str},
        not_null={"attachment_id", "owner_table", "owner_id", "field", "signer_name", "serial", "trust"},
        foreign_keys=[("attachment_id", "attachments", "id")],
    )
    db.table("digital_signatures").create_index(["owner_table", "owner_id"])
    db.table("digital_signatures").create_index(["attachment_id"])
    _introduced(db, "m011_signatures", "0.5.0")


@MIGRATIONS()
def m012_implementation(db: sqlite_utils.Database) -> None:
    """Implementation, result report and evaluation (ND 73/2023 Đ9–Đ11): implementations and their implementers,
    progress on the indicators, difficulties, adjustments, suspensions and stops, the result reports, the
    evaluations with their protection rulings, and the purpose of an agenda item (``implementation_schema``)."""
    from .implementation_schema import create_implementation_tables

    create_implementation_tables(db)
    _introduced(db, "m012_implementation", "0.6.0")


@MIGRATIONS()
def m013_printed(db: sqlite_utils.Database) -> None:
    """The printed copies (domain brief §6: a paper copy is checked against the database by its code); the table is
    described in ``printed_schema``."""
    from .printed_schema import create_printed_table

    create_printed_table(db)
    _introduced(db, "m013_printed", "0.6.0")


@MIGRATIONS()
def m014_dossier(db: sqlite_utils.Database) -> None:
    """The printed dossiers of proposals (domain brief §4: the whole dossier, proven unchanged since it was printed);
    the table is described in ``dossier_schema``."""
    from .dossier_schema import create_dossier_table

    create_dossier_table(db)
    _introduced(db, "m014_dossier", "0.6.0")


@MIGRATIONS()
def m015_commendations(db: sqlite_utils.Database) -> None:
    """The commendations (and early salary raises) actually given for a completed proposal, recorded by the head
    with the decision's number and date (``commendations_schema``)."""
    from .commendations_schema import create_commendation_table

    create_commendation_table(db)
    _introduced(db, "m015_commendations", "0.6.0")


@MIGRATIONS()
def m016_results_flow(db: sqlite_utils.Database) -> None:
    """An adjustment decision may set new targets on the plan's indicators and a new scope (ND 73/2023 Đ9): two late
    columns of ``implementation_events``, described in ``implementation_schema``."""
    from .implementation_schema import add_adjustment_targets

    add_adjustment_targets(db)
    _introduced(db, "m016_results_flow", "0.6.0")


@MIGRATIONS()
def m017_tasks(db: sqlite_utils.Database) -> None:
    """Assigned tasks, their co-assignees and steps, and the derived facts the KPIs count (``tasks_schema``)."""
    from .tasks_schema import create_task_tables

    create_task_tables(db)
    _introduced(db, "m017_tasks", "0.7.0")


@MIGRATIONS()
def m018_task_sort_keys(db: sqlite_utils.Database) -> None:
    """The task board's orders in SQL: each task's Vietnamese sort keys for its title and people, its due day in
    force and its number, indexed per order (``task_order``, derived; why in ``storage/task_order``)."""
    from .task_order import create_order_table, rebuild

    create_order_table(db)
    rebuild(db)
    _introduced(db, "m018_task_sort_keys", "0.7.0")


@MIGRATIONS()
def m019_task_confirmation(db: sqlite_utils.Database) -> None:
    """A task recorded by someone else than its assigner waits for the assigner's confirmation, and a task handed on
    after its original deadline keeps who held it then (the overdue counts for him): late columns of ``tasks``, and
    the derived facts counted again with them (``tasks_schema.add_confirmation``)."""
    from .tasks_schema import add_confirmation

    add_confirmation(db)
    _introduced(db, "m019_task_confirmation", "0.7.0")
