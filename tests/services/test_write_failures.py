"""Busy, disk full, read-only, attachments folder unusable: a specific message and nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.proposals import Section
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, calendar, proposals, staff
from lamdong_desktop.services.context import is_initialized, open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import database
from lamdong_desktop.storage.paths import DataPaths
from tests.services.meeting_support import at

from .test_proposals import full


def _counts(ctx) -> dict[str, int]:
    return {t: ctx.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in ("proposals", "audit_events", "sequences", "calendar_corrections", "proposals_fts")
            if t in ctx.db.table_names()}


@pytest.fixture
def unit(demo):
    ctx, _head = demo
    canbo = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    org = staff.list_party_orgs(ctx, actor=admin)[0].id
    return ctx, canbo, admin, org


def test_a_writer_that_waits_too_long_gets_database_busy_and_writes_nothing(unit):
    ctx, _canbo, admin, _org = unit
    before = _counts(ctx)
    other = sqlite3.connect(ctx.paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    ctx.db.execute("PRAGMA busy_timeout = 200")
    ctx.db.busy_timeout_ms = 200
    with at(date(2026, 9, 1)), pytest.raises(DomainError) as err:
        calendar.set_correction(ctx, actor=admin, day=date(2026, 9, 12), kind="workday", name="Làm bù")
    other.execute("ROLLBACK")
    other.close()
    assert err.value.code == "database_busy"
    assert "đang bận" in describe(err.value) and "lỗi không mong đợi" not in describe(err.value)
    assert _counts(ctx) == before and verify_all(ctx).ok
    with at(date(2026, 9, 1)):
        calendar.set_correction(ctx, actor=admin, day=date(2026, 9, 12), kind="workday", name="Làm bù")  # now it can


def test_a_full_disk_gets_disk_full_and_takes_no_reference_number(unit):
    ctx, canbo, _admin, org = unit
    first = proposals.create_draft(ctx, actor=canbo, content=full(org)).value
    before = _counts(ctx)
    pages = ctx.db.execute("PRAGMA page_count").fetchone()[0]
    ctx.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: not one page more
    # Long, but within every field's limit: ten sections of nearly 20,000 characters.
    big = replace(full(org, "Đề xuất rất dài"), sections={s: "nội dung " * 2200 for s in Section})
    with pytest.raises(DomainError) as err:
        proposals.create_draft(ctx, actor=canbo, content=big)
    assert err.value.code == "disk_full" and "đầy" in describe(err.value)
    ctx.db.execute("PRAGMA max_page_count = 1073741823")
    assert _counts(ctx) == before and verify_all(ctx).ok
    second = proposals.create_draft(ctx, actor=canbo, content=big).value
    assert int(second.ref.rsplit("-", 1)[1]) == int(first.ref.rsplit("-", 1)[1]) + 1  # no number lost


@pytest.mark.parametrize("how", ["query_only", "mode_ro"])
def test_a_read_only_database_gets_database_readonly_and_changes_nothing(unit, how):
    ctx, canbo, _admin, org = unit
    before = _counts(ctx)
    if how == "query_only":
        ctx.db.execute("PRAGMA query_only = 1")
    else:  # the file opened read-only, as on a write-protected USB stick
        ctx.db.close()
        conn = sqlite3.connect(f"{ctx.paths.database.as_uri()}?mode=ro", uri=True, isolation_level=None)
        ctx.db = database.Database(conn)
        ctx.db.path = ctx.paths.database
    with pytest.raises(DomainError) as err:
        proposals.create_draft(ctx, actor=canbo, content=full(org))
    assert err.value.code == "database_readonly" and "chỉ cho phép đọc" in describe(err.value)
    assert _counts(ctx) == before and verify_all(ctx).ok


def test_a_file_where_the_attachments_folder_should_be_is_named_before_anything_is_written(unit):
    ctx, *_ = unit
    paths = ctx.paths
    before = _counts(ctx)
    ctx.close()
    shutil.rmtree(paths.attachments)
    paths.attachments.write_bytes(b"not a folder")
    with pytest.raises(DomainError) as err:
        open_app(paths)
    assert err.value.code == "attachments_unwritable" and str(paths.attachments) in describe(err.value)
    paths.attachments.unlink()
    again = open_app(paths)
    assert _counts(again) == before and verify_all(again).ok
    again.close()


def test_a_demo_into_a_folder_whose_attachments_is_a_file_says_so_and_changes_nothing(tmp_path):
    paths = DataPaths(tmp_path / "demo")
    paths.root.mkdir()
    paths.attachments.write_bytes(b"x")
    with pytest.raises(DomainError) as err:
        create_demo(paths, proposals=False)
    assert err.value.code == "attachments_unwritable"
    assert sorted(p.name for p in paths.root.iterdir()) == ["attachments"]
    assert [p.name for p in tmp_path.iterdir()] == ["demo"]  # no staging folder left


@pytest.mark.parametrize(("pragma", "code"), [("max_page_count = 40", "disk_full"),
                                               ("query_only = 1", "database_readonly")])
def test_a_demo_that_meets_a_full_disk_or_a_read_only_database_leaves_nothing(tmp_path, monkeypatch, pragma, code):
    paths = DataPaths(tmp_path / "demo")
    real_connect = database.connect
    opened = []

    def failing_connect(path, **kwargs):
        db = real_connect(path, **kwargs)
        opened.append(path)
        db.conn.execute(f"PRAGMA {pragma}")
        return db

    monkeypatch.setattr(database, "connect", failing_connect)
    with pytest.raises(DomainError) as err:
        create_demo(paths)
    assert err.value.code == code
    assert opened and not paths.root.exists() and list(tmp_path.iterdir()) == []
    monkeypatch.setattr(database, "connect", real_connect)
    ctx, head = create_demo(paths, proposals=False)  # and a new try succeeds
    assert head.username == "chutich" and verify_all(ctx).ok and is_initialized(paths)
    ctx.close()
