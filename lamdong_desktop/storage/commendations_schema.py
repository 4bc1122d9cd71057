"""The record table of commendations actually given (migration ``m015_commendations``).

A completed proposal's ruling makes its people eligible for commendation and a salary raise 12 months early (ND
73/2023 Đ11); whether either was given is another body's decision (a Giấy khen of the commune's chairman, a Bằng khen
of the province's). The head records that decision here — its number and date, the form, who — so that the official's
record (hồ sơ cán bộ) shows what was given, not only what was suggested. A released migration is never edited: a
later change to this table is a new migration.
"""

from __future__ import annotations

import sqlite_utils

from .record_tables import _record_table


def create_commendation_table(db: sqlite_utils.Database) -> None:
    _record_table(
        db,
        "commendations",
        # kind: commendation (khen thưởng) | early_raise (nâng lương trước thời hạn); reference: the decision's
        # number as issued by whoever gave it ("25/QĐ-UBND"); the person's name and position as when recorded.
        {"proposal_id": str, "evaluation_id": str, "person_id": str, "full_name": str, "position": str,
         "kind": str, "form": str, "reference": str, "decided_on": str, "recorder_name": str},
        not_null={"proposal_id", "evaluation_id", "person_id", "full_name", "kind", "form", "reference",
                  "decided_on"},
        foreign_keys=[("proposal_id", "proposals", "id"), ("evaluation_id", "evaluations", "id"),
                      ("person_id", "people", "id")],
    )
    db.table("commendations").create_index(["person_id"])
    db.table("commendations").create_index(["proposal_id"])
