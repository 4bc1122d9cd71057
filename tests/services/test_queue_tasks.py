"""“Việc của tôi” in the queue: the person's open tasks (lead or co-assignee) overdue, due today or this week by the
due day in force, overdue first; the head's extension requests to decide and delays to judge — never his own."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.services import queue, task_steps, tasks
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.services.queue_tasks import week_end

from .meeting_support import at, office

TODAY = date(2026, 3, 18)  # a Wednesday: this week runs to Sunday 22/03
LAN, SON = "Bùi Thị Lan", "K'Brơi Ngọc Sơn"


def _give(o, day, title, lead, **kw):
    with at(day, 8):
        return tasks.add_task(o.ctx, actor=o.head, title=title, lead=lead, assigned_on=day, **kw).value


@pytest.fixture
def o(demo):
    made = office(*demo)
    made.t = {
        "over": _give(made, date(2026, 3, 2), "Báo cáo rà soát hộ nghèo", "canbo", due=date(2026, 3, 10)),
        "today": _give(made, date(2026, 3, 9), "Kiểm tra công trình thủy lợi", "canbo", due=TODAY),
        "week": _give(made, date(2026, 3, 9), "Tổng hợp ý kiến cử tri", LAN, due=date(2026, 3, 20),
                      co_assignees=["canbo"]),
        "later": _give(made, date(2026, 3, 9), "Chuẩn bị hội nghị", "canbo", due=date(2026, 3, 25)),
        "done": _give(made, date(2026, 3, 2), "Thống kê đất công", "canbo", due=date(2026, 3, 12)),
        "other": _give(made, date(2026, 3, 2), "Rà soát bảo trợ xã hội", LAN, due=date(2026, 3, 11)),
        "judged": _give(made, date(2026, 3, 2), "Giải quyết đơn thư", LAN, due=date(2026, 3, 12)),
        "own": _give(made, date(2026, 3, 2), "Tiếp công dân định kỳ", "chutich", due=date(2026, 3, 13)),
    }
    with at(date(2026, 3, 11), 16):
        tasks.complete(made.ctx, actor=made.head, task_id=made.t["done"].id, done_on=date(2026, 3, 11), note="Xong.")
    with at(date(2026, 3, 16)):
        task_steps.request_extension(made.ctx, actor=made.official, task_id=made.t["over"].id,
                                     new_due=date(2026, 3, 27), reason="Chờ số liệu của các thôn.")
        task_steps.request_extension(made.ctx, actor=made.head, task_id=made.t["own"].id,
                                     new_due=date(2026, 3, 27), reason="Lịch tiếp dân thay đổi.")
        task_steps.judge(made.ctx, actor=made.head, task_id=made.t["judged"].id, good_reason=True,
                         reason="Chờ kết quả xác minh.")
    return made


def _tasks(o, actor, today=TODAY):
    return [(i.kind, i.ref, i.overdue) for i in queue.queue(o.ctx, actor=actor, today=today)
            if i.task_id is not None]


def test_the_official_sees_his_tasks_overdue_first_then_today_then_this_week(o):
    t = o.t
    assert week_end(TODAY) == date(2026, 3, 22)
    assert _tasks(o, o.official) == [(ItemKind.TASK, t["over"].ref, True), (ItemKind.TASK, t["today"].ref, False),
                                     (ItemKind.TASK, t["week"].ref, False)]
    items = [i for i in queue.queue(o.ctx, actor=o.official, today=TODAY) if i.task_id]
    assert [(i.task_id, i.due, i.reason) for i in items] == [
        (t["over"].id, date(2026, 3, 10), "Chủ trì"), (t["today"].id, TODAY, "Chủ trì; đến hạn hôm nay"),
        (t["week"].id, date(2026, 3, 20), "Phối hợp")]
    # next week the later task comes in; the one done never does
    assert t["later"].ref in [ref for _, ref, _ in _tasks(o, o.official, date(2026, 3, 23))]
    assert t["done"].ref not in [ref for _, ref, _ in _tasks(o, o.official, date(2026, 3, 23))]


def test_an_approved_extension_moves_the_task_by_its_due_day_in_force(o):
    with at(date(2026, 3, 17)):
        task_steps.decide_extension(o.ctx, actor=o.head, task_id=o.t["over"].id, approve=True, note="Đồng ý.")
    assert o.t["over"].ref not in [ref for _, ref, _ in _tasks(o, o.official)]  # now due 27/03: next week
    assert (ItemKind.TASK_EXTENSION, o.t["over"].ref, False) not in _tasks(o, o.head)


def test_the_head_sees_the_requests_and_delays_waiting_for_him_but_not_his_own(o):
    t = o.t
    found = _tasks(o, o.head)
    assert found[:4] == [(ItemKind.TASK_JUDGE, t["over"].ref, True), (ItemKind.TASK_EXTENSION, t["over"].ref, True),
                         (ItemKind.TASK_JUDGE, t["other"].ref, True), (ItemKind.TASK, t["own"].ref, True)]
    assert len(found) == 4  # not the task judged, not a request or delay of his own
    extension = next(i for i in queue.queue(o.ctx, actor=o.head, today=TODAY) if i.kind is ItemKind.TASK_EXTENSION)
    assert extension.reason == f"{SON} xin gia hạn đến 27/03/2026: Chờ số liệu của các thôn."
    # a leader decides extensions too, but only the head sees them in his queue; she has no task of her own here
    assert _tasks(o, o.leader) == []
    assert _tasks(o, o.secretary) == []


def test_an_item_says_what_it_is_in_json(o):
    [first, *_] = [i for i in queue.queue(o.ctx, actor=o.official, today=TODAY) if i.task_id]
    data = first.to_json()
    assert {k: data[k] for k in ("kind", "task_id", "ref", "title", "due", "overdue", "proposal_id")} == {
        "kind": "task", "task_id": o.t["over"].id, "ref": o.t["over"].ref, "title": "Báo cáo rà soát hộ nghèo",
        "due": "2026-03-10", "overdue": True, "proposal_id": None}
