"""An imported list is written in batches (issue 10 performance): its rows are the very rows the single path writes,
the audit chain stays intact with one ``create`` event per task and per co-assignee, and an error in the middle of
the confirmation leaves nothing behind."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date

import pytest

from lamdong_desktop.services import accounts, task_import, tasks
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import task_facts, task_order
from lamdong_desktop.storage.paths import DataPaths

from .meeting_support import at
from .xlsx_support import HEADERS, PEOPLE, task_rows, write_list


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("import-batch") / "base"
    ctx, _ = create_demo(DataPaths(folder), proposals=False)
    ctx.close()
    return folder


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    """The 200 rows with their 3 bad ones, and a co-assignee on every third row (65 of the good ones)."""
    rows = [row + [PEOPLE[(n + 2) % len(PEOPLE)] if n % 3 == 0 else None] for n, row in enumerate(task_rows(), 1)]
    return write_list(tmp_path_factory.mktemp("import-batch-list") / "nhiem-vu.xlsx", rows, HEADERS + ["Phối hợp"])


def _open(base, tmp_path, name):
    folder = tmp_path / name
    shutil.copytree(base, folder)
    ctx = open_app(DataPaths(folder))
    return ctx, accounts.sign_in(ctx, username="chutich", password="demo")


def _rows(ctx, table, order):
    cursor = ctx.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def _count(ctx, table):
    return ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


DAY = date(2026, 3, 20)


def test_the_batch_writes_the_rows_the_single_path_writes_and_the_chain_verifies(base, sheet, tmp_path):
    batch, head = _open(base, tmp_path, "batch")
    single, head2 = _open(base, tmp_path, "single")  # the same commune: the same people and accounts
    before = _count(batch, "audit_events")
    with at(DAY):
        found = task_import.preview(batch, actor=head, path=sheet)
        assert len(found.ready) == 197 and len(found.errors) == 3
        assert sum(len(r.task.co_assignees) for r in found.ready) == 65
        result = task_import.confirm(batch, actor=head, preview=found)
        again = task_import.preview(single, actor=head2, path=sheet)
        for ready in again.ready:  # the single path: add_task's own writer, one task at a time
            with single.db.atomic():
                tasks._insert(single, head2, ready.task)
    assert len(result.value.refs) == 197
    report = verify_all(batch)
    assert report.ok, report.problems
    assert verify_all(single).ok
    # The audit: one create event for each task and each co-assignee, one for the year's numbers, nothing else.
    events = _rows(batch, "audit_events", "seq")[before:]
    ids = {r["id"] for r in _rows(batch, "tasks", "ref")}
    co_ids = {r["id"] for r in _rows(batch, "task_assignees", "id")}
    assert Counter(e["action"] for e in events) == {"tasks.create": 197, "task_assignees.create": 65,
                                                     "sequences.set": 1}
    assert {e["target_id"] for e in events if e["action"] == "tasks.create"} == ids
    assert {e["target_id"] for e in events if e["action"] == "task_assignees.create"} == co_ids
    assert all(e["prev_hash"] == p["hash"] for p, e in zip(events, events[1:], strict=False))
    # Field by field the same tasks, co-assignees and KPI facts as one by one (ids aside).
    def plain(ctx, table, order, drop):
        return [{k: v for k, v in r.items() if k not in drop} for r in _rows(ctx, table, order)]

    refs = {r["id"]: r["ref"] for ctx in (batch, single) for r in _rows(ctx, "tasks", "ref")}
    assert plain(batch, "tasks", "ref", {"id"}) == plain(single, "tasks", "ref", {"id"})
    co = [[{**r, "task_id": refs[r["task_id"]]} for r in plain(ctx, "task_assignees", "task_id, ordinal", {"id"})]
          for ctx in (batch, single)]
    assert sorted(co[0], key=str) == sorted(co[1], key=str) and len(co[0]) == 65
    facts = [sorted(({**r, "task_id": refs[r["task_id"]]} for r in _rows(ctx, "task_facts", "task_id")), key=str)
             for ctx in (batch, single)]
    assert facts[0] == facts[1] and len(facts[0]) == 197
    # The board's sort keys (task_order): every task in it, with the keys the single path stores.
    order = [sorted(({**r, "task_id": refs[r["task_id"]]} for r in _rows(ctx, "task_order", "task_id")), key=str)
             for ctx in (batch, single)]
    assert order[0] == order[1] and [r["task_id"] for r in order[0]] == sorted(refs[i] for i in ids)
    assert {r["title_key"] for r in order[0]} and all(r["seq"] == 2026_000_000 + int(r["task_id"][-3:])
                                                      for r in order[0])
    # The same event summaries too (the numbers aside: taken at once by the batch, one by one by the single path).
    summaries = [Counter(e["summary"] for e in _rows(ctx, "audit_events", "seq")[before:]
                         if e["action"] != "sequences.set") for ctx in (batch, single)]
    assert summaries[0] == summaries[1] and sum(summaries[0].values()) == 197 + 65
    batch.close()
    single.close()


@pytest.mark.parametrize("where", ["facts", "co_assignees", "order"])
def test_an_error_in_the_middle_of_the_confirmation_writes_nothing(base, sheet, tmp_path, monkeypatch, where):
    ctx, head = _open(base, tmp_path, where)
    tables = ("tasks", "task_assignees", "task_facts", "task_order", "audit_events", "sequences")
    before = {t: _count(ctx, t) for t in tables} | {"head": ctx.db.execute(
        "SELECT value FROM app_meta WHERE key = 'audit_head_hash'").fetchone()[0]}
    with at(DAY):
        found = task_import.preview(ctx, actor=head, path=sheet)

    def broken(*args, **kwargs):
        raise RuntimeError("disk pulled out")

    if where == "facts":  # after the tasks, their co-assignees and their events were inserted
        monkeypatch.setattr(task_facts, "refresh_written", broken)
    elif where == "order":  # the last write: after the facts
        monkeypatch.setattr(task_order, "store_written", broken)
    else:  # after the tasks and their events, before the co-assignees
        monkeypatch.setattr(tasks, "_co_rows", broken)
    with at(DAY), pytest.raises(RuntimeError, match="disk pulled out"):
        task_import.confirm(ctx, actor=head, preview=found)
    after = {t: _count(ctx, t) for t in tables} | {"head": ctx.db.execute(
        "SELECT value FROM app_meta WHERE key = 'audit_head_hash'").fetchone()[0]}
    assert after == before
    assert verify_all(ctx).ok
    monkeypatch.undo()
    with at(DAY):  # and the same confirmation goes through afterwards, numbered from 001
        refs = task_import.confirm(ctx, actor=head, preview=found).value.refs
    assert refs[0] == "NV-2026-001" and len(refs) == 197
    ctx.close()
