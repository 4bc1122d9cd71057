"""The record tables of implementations, result reports and evaluations (migrations ``m012_implementation``,
``m016_results_flow``).

ND 73/2023/NĐ-CP Đ9–Đ11: an approved proposal is carried out (start date, implementers, progress on its indicators
with evidence, difficulties, adjustments decided by the head, suspension or stop), its implementer reports the
result in writing, and a leadership meeting or council evaluates it, the head concluding with the protection ruling.
Every table has the record columns: audited by construction (``audit.classify_tables``). A released migration is
never edited: a later change to these tables is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_implementation_tables(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "implementations",
        # One live row per proposal: started once; its end (finished or stopped) and the report's due day follow.
        {"proposal_id": str, "started_on": str, "planned_end_on": str, "ended_on": str, "ended_how": str,
         "end_reason": str, "report_due_on": str, "starter_name": str},
        not_null={"proposal_id", "started_on"},
        foreign_keys=[("proposal_id", "proposals", "id")],
    )
    db.execute("CREATE UNIQUE INDEX implementations_one ON implementations (proposal_id) WHERE deleted = 0")
    _record_table(
        db,
        "implementers",
        # A snapshot of the person when named (as a meeting's members): later edits of the staff list change nothing.
        {"proposal_id": str, "person_id": str, "account_id": str, "full_name": str, "position": str,
         "ordinal": int},
        not_null={"proposal_id", "person_id", "full_name", "ordinal"},
        foreign_keys=[("proposal_id", "proposals", "id"), ("person_id", "people", "id")],
    )
    db.table("implementers").create_index(["proposal_id"])
    db.table("implementers").create_index(["account_id"])
    _record_table(
        db,
        "progress_updates",
        # indicator_key: the plan's indicator id (``results.indicator_key``); value: the exact decimal as stored.
        {"proposal_id": str, "indicator_key": str, "value": str, "measured_on": str, "note": str,
         "evidence_id": str, "recorder_name": str},
        not_null={"proposal_id", "indicator_key", "value", "measured_on"},
        foreign_keys=[("proposal_id", "proposals", "id"), ("evidence_id", "attachments", "id")],
    )
    db.table("progress_updates").create_index(["proposal_id", "measured_on"])
    _record_table(
        db,
        "implementation_events",
        # kind: difficulty | adjustment | suspend | resume | stop. An adjustment is the head's numbered decision
        # (register_entry_id, signer …), locked once its signed scan is attached.
        {"proposal_id": str, "kind": str, "noted_on": str, "text": str, "reasons": str, "new_end_on": str,
         "register_entry_id": str, "signer_person_id": str, "signer_name": str, "signer_title": str,
         "authority": str, "recorder_name": str, "scan_id": str, "locked": int},
        not_null={"proposal_id", "kind", "noted_on", "text", "locked"},
        defaults={"locked": 0},
        foreign_keys=[("proposal_id", "proposals", "id"), ("register_entry_id", "register_entries", "id"),
                      ("signer_person_id", "people", "id")],
    )
    db.table("implementation_events").create_index(["proposal_id"])
    _record_table(
        db,
        "result_reports",
        # results: the indicators measured when reported (JSON, exact decimals as text); final once submitted.
        {"proposal_id": str, "reported_on": str, "ended_on": str, "due_on": str, "late_days": int,
         "results": str, "suggested": str, "damage": int, "damage_estimate": str, "damage_cause": str,
         "explanation": str, "reporter_person_id": str, "reporter_name": str, "reporter_position": str,
         "scan_id": str, "locked": int},
        not_null={"proposal_id", "reported_on", "ended_on", "due_on", "late_days", "results", "damage",
                  "explanation", "reporter_name", "locked"},
        defaults={"late_days": 0, "damage": 0, "locked": 0},
        foreign_keys=[("proposal_id", "proposals", "id"), ("reporter_person_id", "people", "id")],
    )
    db.execute("CREATE UNIQUE INDEX result_reports_one ON result_reports (proposal_id) WHERE deleted = 0")
    _record_table(
        db,
        "evaluations",
        # The evaluators' findings (protection.Evaluation, JSON) and the ruling it gives (protection.Ruling, JSON),
        # concluded in writing by the head: one per evaluation item of a meeting, numbered from the register.
        {"proposal_id": str, "meeting_id": str, "report_id": str, "findings": str, "ruling": str, "notes": str,
         "register_entry_id": str, "title": str, "issued_on": str, "signer_person_id": str, "signer_name": str,
         "signer_title": str, "authority": str, "scan_id": str, "locked": int},
        not_null={"proposal_id", "meeting_id", "report_id", "findings", "ruling", "title", "issued_on",
                  "signer_name", "authority", "locked"},
        defaults={"locked": 0},
        foreign_keys=[("proposal_id", "proposals", "id"), ("meeting_id", "meetings", "id"),
                      ("report_id", "result_reports", "id"), ("register_entry_id", "register_entries", "id"),
                      ("signer_person_id", "people", "id")],
    )
    db.execute("CREATE UNIQUE INDEX evaluations_one_per_item ON evaluations (meeting_id, proposal_id) "
               "WHERE deleted = 0")
    db.table("evaluations").create_index(["proposal_id"])
    # An agenda item knows what it is for: approving the plan (NULL, as every item before 0.6.0) or evaluating
    # the result (ND 73 Đ11). A late column: the items recorded before keep NULL and their hash.
    items = db.table("meeting_items")
    if "purpose" not in items.columns_dict:
        items.add_column("purpose", str)


def add_adjustment_targets(db: sqlite_utils.Database) -> None:
    """Migration ``m016_results_flow``: an adjustment decision may set new targets on the plan's indicators and a new
    scope (ND 73/2023 Đ9); the result is then measured against them. Late columns (``audit.LATE_COLUMNS``): the events
    recorded before keep NULL and their hash. ``new_targets``: JSON, one ``{"key", "before", "target"}`` per indicator
    changed; ``new_scope``: the scope and subjects (phạm vi, đối tượng) as adjusted."""
    events = db.table("implementation_events")
    for column in ("new_targets", "new_scope"):
        if column not in events.columns_dict:
            events.add_column(column, str)
