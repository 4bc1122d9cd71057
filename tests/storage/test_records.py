"""Travel-ready records: UUIDs, versions, +07:00 stamps, tombstones, and the audit chain."""

from __future__ import annotations

import re
import uuid

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound
from lamdong_desktop.storage import database
from lamdong_desktop.storage.audit import GENESIS, content_hash, event_hash
from lamdong_desktop.storage.records import Author, RecordStore

ME = Author(user_id="u-1", username="admin")
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$")


@pytest.fixture
def store(data_paths):
    db = database.open_database(data_paths)
    yield RecordStore(db, "party_orgs", "party_org_not_found")
    db.close()


def _org(name: str) -> dict:
    return {"unit_code": "LD021", "name": name, "name_fold": name.lower(), "kind": "chi_bo_truc_thuoc"}


def test_insert_stamps_uuid_version_and_local_time(store):
    row = store.insert(_org("Chi bộ thôn 1"), author=ME)
    assert uuid.UUID(row["id"]).version == 4
    assert row["version"] == 1 and row["deleted"] == 0
    assert STAMP.match(row["created_at"]) and row["created_by"] == "u-1"


def test_update_bumps_version_and_refuses_stale_edits(store):
    row = store.insert(_org("Chi bộ thôn 1"), author=ME)
    updated = store.update(row["id"], {"name": "Chi bộ thôn 2", "version": 99}, author=ME, expected_version=1)
    assert updated["version"] == 2 and updated["name"] == "Chi bộ thôn 2"
    with pytest.raises(DomainError) as err:
        store.update(row["id"], {"name": "x"}, author=ME, expected_version=1)
    assert err.value.code == "version_conflict"
    assert store.get(row["id"])["name"] == "Chi bộ thôn 2"


def test_delete_leaves_a_tombstone(store):
    row = store.insert(_org("Chi bộ thôn 1"), author=ME)
    store.delete(row["id"], author=ME)
    with pytest.raises(NotFound):
        store.get(row["id"])
    tomb = store.get(row["id"], include_deleted=True)
    assert tomb["deleted"] == 1 and tomb["version"] == 2 and STAMP.match(tomb["deleted_at"])
    assert store.where() == []


def test_every_change_appends_a_chained_audit_event_with_the_content_hash(store):
    row = store.insert(_org("Chi bộ thôn 1"), author=ME, summary="Thêm")
    store.update(row["id"], {"name": "Chi bộ thôn 2"}, author=ME)
    store.delete(row["id"], author=ME)
    events = list(store.db["audit_events"].rows_where(order_by="seq"))
    assert [e["action"] for e in events] == ["party_orgs.create", "party_orgs.update", "party_orgs.delete"]
    assert events[0]["prev_hash"] == GENESIS
    for previous, event in zip(events, events[1:], strict=False):
        assert event["prev_hash"] == previous["hash"]
    for event in events:
        assert event["hash"] == event_hash(event)
    final = store.get(row["id"], include_deleted=True)
    assert events[-1]["content_sha256"] == content_hash(final)


def test_a_failed_change_writes_no_audit_event(store):
    row = store.insert(_org("Chi bộ thôn 1"), author=ME)
    with pytest.raises(DomainError):
        store.update(row["id"], {"name": "x"}, author=ME, expected_version=5)
    assert store.db["audit_events"].count == 1
