"""m016_results_flow: an adjustment recorded before it keeps its row and its hash (its new columns stay NULL, left out
of the content hash), the chain still verifies, and an adjustment written after it stores its targets and scope."""

from __future__ import annotations

import json

import sqlite_utils

from lamdong_desktop.storage import database
from lamdong_desktop.storage.migrations import MIGRATIONS
from lamdong_desktop.storage.records import SYSTEM, RecordStore
from lamdong_desktop.storage.verify import verify


def test_an_adjustment_recorded_before_the_migration_keeps_its_hash_and_takes_targets_after(data_paths):
    data_paths.ensure()
    old = sqlite_utils.Database(data_paths.database)
    MIGRATIONS.apply(old, stop_before="m016_results_flow")
    proposals = RecordStore(old, "proposals", "proposal_not_found")
    proposal = proposals.insert({"unit_code": "LD021", "ref": "DX-2026-001", "year": 2026, "number": 1,
                                 "title": "Đề xuất", "state": "dang_thuc_hien", "author_id": "a", "content": "{}",
                                 "revision": 1}, author=SYSTEM)
    events = RecordStore(old, "implementation_events", "adjustment_not_found")
    before = events.insert({"proposal_id": proposal["id"], "kind": "adjustment", "noted_on": "2026-01-20",
                            "text": "Kéo dài thời gian", "locked": 0}, author=SYSTEM)
    old.close()

    db = database.open_database(data_paths)
    assert {"new_targets", "new_scope"} <= set(db.table("implementation_events").columns_dict)
    kept = db.table("implementation_events").get(before["id"])
    assert kept["new_targets"] is None and kept["new_scope"] is None and kept["version"] == before["version"]
    report = verify(db)
    assert report.ok, report.problems
    after = RecordStore(db, "implementation_events", "adjustment_not_found").insert(
        {"proposal_id": proposal["id"], "kind": "adjustment", "noted_on": "2026-02-02", "text": "Giảm mục tiêu",
         "locked": 0, "new_targets": json.dumps([{"key": "i2", "before": "600", "target": "450"}]),
         "new_scope": "Thêm thôn Kao Kuil"}, author=SYSTEM)
    assert json.loads(after["new_targets"])[0]["target"] == "450"
    report = verify(db)
    assert report.ok, report.problems
    db.close()
