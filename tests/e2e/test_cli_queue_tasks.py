"""``lamdong queue`` lists the tasks of the person signed in — overdue first, then due this week — with their id,
reference, title, due day and kind, in Vietnamese or JSON."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths

from .test_cli_tasks import ok

TODAY = date(2026, 3, 18)


@pytest.fixture(autouse=True)
def _today():
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        yield


@pytest.fixture
def data(tmp_path):
    ctx, _ = create_demo(DataPaths(tmp_path / "data"), proposals=False)
    ctx.close()
    return str(tmp_path / "data")


def _add(data, title, assigned, due):
    return json.loads(ok("chutich", data, "task", "add", "--title", title, "--assignee", "canbo", "--assigned",
                         assigned, "--due", due, "--json"))


def test_the_queue_lists_my_tasks_overdue_first(data):
    later = _add(data, "Tổng hợp ý kiến cử tri", "2026-03-09", "2026-03-20")
    overdue = _add(data, "Báo cáo rà soát hộ nghèo", "2026-03-02", "2026-03-10")
    _add(data, "Chuẩn bị hội nghị", "2026-03-09", "2026-03-31")  # not this week
    items = [i for i in json.loads(ok("canbo", data, "queue", "--json")) if i["task_id"]]
    assert [{k: i[k] for k in ("task_id", "ref", "title", "due", "kind", "overdue")} for i in items] == [
        {"task_id": overdue["id"], "ref": overdue["ref"], "title": "Báo cáo rà soát hộ nghèo", "due": "2026-03-10",
         "kind": "task", "overdue": True},
        {"task_id": later["id"], "ref": later["ref"], "title": "Tổng hợp ý kiến cử tri", "due": "2026-03-20",
         "kind": "task", "overdue": False}]
    text = ok("canbo", data, "queue").splitlines()
    assert text[0] == f"Nhiệm vụ\t{overdue['ref']}\thạn 10/03/2026 — QUÁ HẠN\tBáo cáo rà soát hộ nghèo (Chủ trì)"
    head = json.loads(ok("chutich", data, "queue", "--json"))
    assert [(i["kind"], i["ref"]) for i in head if i["task_id"]] == [("task_judge", overdue["ref"])]
