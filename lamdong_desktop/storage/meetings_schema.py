"""The record tables of meetings and decisions (migration ``m009_meetings``), apart from the list of migrations.

Every table has the record columns: audited by construction (``audit.classify_tables``). A released migration is
never edited: a later change to these tables is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .migrations import _record_table


def create_meeting_tables(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "meetings",
        {
            "unit_code": str,
            "kind": str,  # leadership | council
            "level": str,  # unit | province
            "title": str,
            "starts_at": str,  # ISO date and time, +07:00
            "place": str,
            "ends_at": str,  # the closing time, once closed
            "state": str,  # convened | held | adjourned | closed
            "quorum_num": int,  # the quorum rule as a fraction: at least num/den of the members present
            "quorum_den": int,
            "council_min": int,
            "council_max": int,
            "rubric": str,  # JSON: [{code, title, weight, max}]
            "content": str,  # diễn biến: what happened, as the secretary records it
            "conclusion": str,
            "adjourn_reason": str,
            "invitation_entry_id": str,  # register entries: the invitation (GM) and the minutes (BB)
            "minutes_entry_id": str,
            "minutes_scan_id": str,  # the attachment of the signed minutes
            "minutes_locked": int,
        },
        not_null={"unit_code", "kind", "level", "title", "starts_at", "state", "quorum_num", "quorum_den",
                  "minutes_locked"},
        defaults={"minutes_locked": 0, "quorum_num": 2, "quorum_den": 3},
    )
    db.table("meetings").create_index(["unit_code", "starts_at"])
    _record_table(
        db,
        "meeting_members",
        # A snapshot of the person when convened (name, position, account link): later edits of the staff list do
        # not change who sat on a past meeting.
        {"meeting_id": str, "person_id": str, "account_id": str, "full_name": str, "position": str, "role": str,
         "is_head": int, "attendance": str, "absence_reason": str},
        not_null={"meeting_id", "person_id", "full_name", "role", "is_head"},
        defaults={"is_head": 0},
        foreign_keys=[("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
    )
    db.table("meeting_members").create_index(["meeting_id"])
    _record_table(
        db,
        "meeting_items",
        # due_on: the item's 07-working-day limit when it was put on the agenda (the receipt's meeting_due_on).
        {"meeting_id": str, "proposal_id": str, "position": int, "due_on": str, "summary": str, "conclusion": str,
         "vote_state": str, "for_count": int, "against_count": int, "abstain_count": int, "tie_broken": int,
         "override_reason": str, "override_by": str, "override_at": str},
        not_null={"meeting_id", "proposal_id", "position", "for_count", "against_count", "abstain_count",
                  "tie_broken"},
        defaults={"for_count": 0, "against_count": 0, "abstain_count": 0, "tie_broken": 0},
        foreign_keys=[("meeting_id", "meetings", "id"), ("proposal_id", "proposals", "id")],
    )
    db.table("meeting_items").create_index(["meeting_id", "position"])
    db.table("meeting_items").create_index(["proposal_id"])
    for table, extra in (("meeting_ballots", {"choice": str}),
                         ("meeting_scores", {"criterion": str, "score": str})):
        _record_table(
            db, table, {"meeting_id": str, "proposal_id": str, "member_id": str, **extra},
            not_null={"meeting_id", "proposal_id", "member_id", *extra},
            foreign_keys=[("meeting_id", "meetings", "id"), ("proposal_id", "proposals", "id"),
                          ("member_id", "meeting_members", "id")],
        )
    # One live ballot per member and item, one live mark per member, item and criterion: a correction updates it.
    db.execute("CREATE UNIQUE INDEX meeting_ballots_one ON meeting_ballots (meeting_id, proposal_id, member_id) "
               "WHERE deleted = 0")
    db.execute("CREATE UNIQUE INDEX meeting_scores_one ON meeting_scores (meeting_id, proposal_id, member_id, "
               "criterion) WHERE deleted = 0")
    _record_table(
        db,
        "meeting_opinions",
        # proposal_id NULL: about the meeting as a whole; member_id NULL: a guest, named by speaker_name.
        {"meeting_id": str, "proposal_id": str, "member_id": str, "speaker_name": str, "speaker_position": str,
         "text": str},
        not_null={"meeting_id", "speaker_name", "text"},
        foreign_keys=[("meeting_id", "meetings", "id"), ("proposal_id", "proposals", "id"),
                      ("member_id", "meeting_members", "id")],
    )
    db.table("meeting_opinions").create_index(["meeting_id"])
    _record_table(
        db,
        "decisions",
        {"proposal_id": str, "meeting_id": str, "outcome": str, "doc_type": str, "register_entry_id": str,
         "title": str, "reasons": str, "issued_on": str, "signer_person_id": str, "signer_name": str,
         "signer_title": str, "authority": str, "scan_id": str, "locked": int},
        not_null={"proposal_id", "meeting_id", "outcome", "doc_type", "title", "issued_on", "signer_name",
                  "authority", "locked"},
        defaults={"locked": 0},
        foreign_keys=[("proposal_id", "proposals", "id"), ("meeting_id", "meetings", "id"),
                      ("register_entry_id", "register_entries", "id"), ("signer_person_id", "people", "id")],
    )
    # One decision per item of a meeting (a change needs a new numbered document, never an edit).
    db.execute("CREATE UNIQUE INDEX decisions_one_per_item ON decisions (meeting_id, proposal_id) WHERE deleted = 0")
    db.table("decisions").create_index(["proposal_id"])
