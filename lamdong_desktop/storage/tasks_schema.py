"""The tables of assigned tasks (migration ``m017_tasks``): the task log and the derived facts the KPIs count.

Record tables (audited by construction, ``audit.classify_tables``):

- ``tasks``: one row per task — its source document, title, who gave it and who leads it (a snapshot of the person
  or account when named, as a proposal's implementers), the day it was given, the deadline as given (a date or N
  working days) and the original due day it makes, the due day in force after extensions, urgency, state, its end
  (done: date, result note, attachment; cancelled: date, reason), the head's latest judgement of a delay, a link to
  a proposal being carried out, and the stable key of an imported row;
- ``task_assignees``: its co-assignees (người phối hợp), in order;
- ``task_events``: each step — progress, extension request and its decision, reassignment, cancellation, the head's
  judgement, completion — with its date, text and who.

Derived tables (``audit.DERIVED_TABLES``; rebuilt from the records and the calendar, never evidence):

- ``task_people``: a small number for each person or account who holds or gave a task, so that ``task_facts``
  stays narrow;
- ``task_facts``: per task, its days as day numbers (``date.toordinal()``; an open task "ends" on
  ``OPEN_END``), its allotted and used working days, when a done one ended against its due day (``timing``: 0
  before, 1 on, 2 after) and the calendar they were counted with. See
  ``storage/task_facts`` for why the KPIs read this table and not ``tasks``, and ``storage/kpi_repo`` for the
  queries each index serves.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_task_tables(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "tasks",
        {"unit_code": str, "ref": str, "year": int, "number": int, "title": str, "title_fold": str,
         "details": str, "source_number": str, "source_date": str, "source_issuer": str,
         "assigner_person_id": str, "assigner_account_id": str, "assigner_name": str, "assigner_position": str,
         "lead_person_id": str, "lead_account_id": str, "lead_name": str, "lead_position": str,
         "assigned_on": str, "deadline_kind": str, "deadline_days": int, "deadline_date": str, "due_on": str,
         "current_due_on": str, "urgency": str, "state": str, "done_on": str, "result_note": str,
         "result_attachment_id": str, "cancelled_on": str, "cancel_reason": str, "good_reason": int,
         "judged_on": str, "extensions": int, "proposal_id": str, "import_key": str},
        not_null={"unit_code", "ref", "year", "number", "title", "title_fold", "lead_name", "assigned_on",
                  "deadline_kind", "due_on", "current_due_on", "urgency", "state", "extensions"},
        defaults={"state": "open", "urgency": "thuong", "extensions": 0},
        foreign_keys=[("lead_person_id", "people", "id"), ("lead_account_id", "accounts", "id"),
                      ("assigner_person_id", "people", "id"), ("assigner_account_id", "accounts", "id"),
                      ("proposal_id", "proposals", "id"), ("result_attachment_id", "attachments", "id")],
    )
    tasks = db.table("tasks")
    tasks.create_index(["unit_code", "ref"], unique=True)
    tasks.create_index(["unit_code", "deleted", "state", "current_due_on"])  # the board, the overdue list
    tasks.create_index(["unit_code", "deleted", "assigned_on"])
    for column in ("lead_person_id", "lead_account_id", "assigner_person_id", "assigner_account_id", "proposal_id"):
        tasks.create_index([column])
    # An imported row is found again by its key, whatever its position in the file: importing twice adds nothing.
    db.execute("CREATE UNIQUE INDEX tasks_import_key ON tasks (unit_code, import_key) "
               "WHERE import_key IS NOT NULL AND deleted = 0")
    _record_table(
        db,
        "task_assignees",
        {"task_id": str, "person_id": str, "account_id": str, "full_name": str, "position": str, "ordinal": int},
        not_null={"task_id", "full_name", "ordinal"},
        foreign_keys=[("task_id", "tasks", "id"), ("person_id", "people", "id"), ("account_id", "accounts", "id")],
    )
    db.table("task_assignees").create_index(["task_id"])
    db.table("task_assignees").create_index(["person_id"])
    db.table("task_assignees").create_index(["account_id"])
    _record_table(
        db,
        "task_events",
        # extension: new_due_on, status requested → approved | refused, decided_on/decider_name/decision_note;
        # reassign: from_name → to_name; judgement: good_reason 1 | 0.
        {"task_id": str, "kind": str, "noted_on": str, "text": str, "new_due_on": str, "status": str,
         "decided_on": str, "decider_name": str, "decision_note": str, "good_reason": int, "from_name": str,
         "to_name": str, "attachment_id": str, "recorder_name": str},
        not_null={"task_id", "kind", "noted_on", "text"},
        foreign_keys=[("task_id", "tasks", "id"), ("attachment_id", "attachments", "id")],
    )
    db.table("task_events").create_index(["task_id", "noted_on"])
    create_fact_tables(db)


CONFIRMATION_COLUMNS = {"awaiting_confirmation": int, "confirmed_on": str, "confirmer_name": str,
                        "due_holder_person_id": str, "due_holder_account_id": str, "due_holder_name": str}


def add_confirmation(db: sqlite_utils.Database) -> None:
    """m019: ``awaiting_confirmation`` — 1 while a task recorded by someone else than its assigner waits for him,
    NULL otherwise —, ``confirmed_on``/``confirmer_name`` — when and by whom it was confirmed —, and
    ``due_holder_*``: who held the task at its original deadline when it was handed on after it. All are late columns
    (``audit.LATE_COLUMNS``): NULL in the rows written before, which keep their hashes and stand as they were counted
    (the migration blesses nothing, changes no record). The derived facts gain the holder at the deadline — the holder
    himself in every row so far, as nothing recorded it — and the indexes that read it."""
    tasks = db.table("tasks")
    for column, kind in CONFIRMATION_COLUMNS.items():
        if column not in tasks.columns_dict:
            tasks.add_column(column, kind)
    # tasks waiting for their assigner's confirmation have no fact row (they count in no KPI): counted apart
    db.execute("CREATE INDEX tasks_awaiting_confirmation ON tasks (unit_code, assigned_on) "
               "WHERE awaiting_confirmation = 1 AND deleted = 0")
    facts = db.table("task_facts")
    if "late_holder" not in facts.columns_dict:  # a database of 0.7.0: until now nothing changed hands late
        facts.add_column("late_holder", int)
        db.execute("UPDATE task_facts SET late_holder = holder")
        db.execute("DROP INDEX task_facts_late")
        db.execute("DROP INDEX task_facts_open")
    for sql in FACT_INDEXES:
        db.execute(sql)


def create_fact_tables(db: sqlite_utils.Database) -> None:
    """The derived tables and their indexes (also used to rebuild them from scratch)."""
    db.execute("CREATE TABLE task_people (n INTEGER PRIMARY KEY, unit_code TEXT NOT NULL, key TEXT NOT NULL UNIQUE)")
    db.execute(
        "CREATE TABLE task_facts (task_id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, holder INTEGER NOT NULL, "
        "head INTEGER, late_holder INTEGER, state INTEGER NOT NULL, urgency INTEGER NOT NULL, "
        "assigned INTEGER NOT NULL, "
        "due INTEGER NOT NULL, ended INTEGER NOT NULL, allotted INTEGER NOT NULL, used INTEGER, timing INTEGER, "
        "good INTEGER, extensions INTEGER NOT NULL, calendar TEXT NOT NULL)")
    for sql in FACT_INDEXES:
        db.execute(sql)


# Each index serves one query of kpi_repo, covering it (no row of the table is read):
FACT_INDEXES = (
    # cases completed in the period, per holder and timing (before, on, after the due day): a range each, counted
    # without looking at the rows; early enough among those before the due day; cancelled ones (state 2)
    "CREATE INDEX IF NOT EXISTS task_facts_done ON task_facts (unit_code, state, holder, timing, ended, allotted, "
    "used)",
    # late against the original deadline (done after it, or still open: ended = OPEN_END), per holder
    # — counted for whoever held the task at its original deadline (``late_holder``)
    "CREATE INDEX IF NOT EXISTS task_facts_late ON task_facts (unit_code, late_holder, ended, due) WHERE ended > due",
    # open (or ended later) on a day: overdue then, per head (the assigner) and the holder at the deadline, with
    # the head's judgement; and held in the period without being completed in it
    "CREATE INDEX IF NOT EXISTS task_facts_open ON task_facts (unit_code, ended, due, head, holder, late_holder, good, "
    "assigned)",
    # cancelled after the original deadline: still an overdue file, listed beside the head it came from
    "CREATE INDEX IF NOT EXISTS task_facts_cancelled_late ON task_facts (unit_code, ended, head, due) "
    "WHERE state = 2 AND ended > due",
    # orders given in the period by urgency, and very short deadlines
    "CREATE INDEX IF NOT EXISTS task_facts_orders ON task_facts (unit_code, urgency, assigned)",
    "CREATE INDEX IF NOT EXISTS task_facts_short ON task_facts (unit_code, allotted, assigned)",
    # extended tasks held in the period (the extensions are shown beside the KPIs)
    "CREATE INDEX IF NOT EXISTS task_facts_extended ON task_facts (unit_code, ended, assigned, state, holder) "
    "WHERE extensions > 0",
    # rows counted with another calendar than today's (a correction since): recounted before reading
    "CREATE INDEX IF NOT EXISTS task_facts_calendar ON task_facts (calendar)",
)
