"""The KPIs cannot be bent through the task log (issue 10, a tester's findings): who may name whom as a task's
assigner, the confirmation a task recorded by someone else waits for, who decides extensions, reassigns and cancels,
an overdue task cancelled or handed on, the configured threshold in a task's view, the extended tasks per person and
a request for more time left behind. Each refusal is in Vietnamese and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.domain.task_rules import ExtensionStatus, Step
from lamdong_desktop.messages import describe
from lamdong_desktop.services import kpi, queue, task_steps, task_views, tasks
from lamdong_desktop.services.queue import ItemKind

from .meeting_support import at, office

TABLES = ("tasks", "task_assignees", "task_events", "task_facts", "audit_events", "sequences")


@pytest.fixture
def o(demo):
    return office(*demo)


def _counts(o) -> dict[str, int]:
    return {t: o.ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _give(o, *, by, lead="canbo", day=date(2026, 3, 2), on=None, **kw):
    kw.setdefault("working_days", 10)
    with at(on or day, 8):
        return tasks.add_task(o.ctx, actor=by, title=kw.pop("title", "Rà soát hồ sơ đất đai"), lead=lead,
                              assigned_on=day, **kw).value


def _kpis(o, period="2026", today=date(2026, 12, 2)):
    return kpi.unit_kpis(o.ctx, actor=o.head, period=parse_period(period, today=today), today=today)


def _person(result, name):
    return next((p for p in result.persons if p.full_name == name), None)


# ------------------------------------------------------------------------------------- the assigner


def test_the_assigner_must_be_the_head_or_a_leader(o):
    before = _counts(o)
    for actor, assigner in ((o.official, "thuky"), (o.leader, "canbo"), (o.official, "Đinh Công Thành")):
        with at(date(2026, 3, 2)), pytest.raises(ValidationError) as err:
            tasks.add_task(o.ctx, actor=actor, title="Việc tự ghi", lead="canbo" if actor is o.official else
                           "Bùi Thị Lan", assigner=assigner, assigned_on=date(2026, 3, 2), working_days=5)
        assert err.value.code == "task_assigner_not_manager"
        assert "không phải người đứng đầu hay lãnh đạo" in describe(err.value)
    assert _counts(o) == before  # nothing written
    # the head may name a deputy of the roster who has no account (he vouches for it)
    task = _give(o, by=o.head, lead="Bùi Thị Lan", assigner="Đinh Công Thành")
    assert task.summary.assigner.full_name == "Đinh Công Thành" and not task.summary.awaiting_confirmation


def test_a_task_an_official_logs_waits_for_its_assigner_and_counts_nowhere_until_then(o):
    # canbo logs, on 02/12, a task "given by the chairman" on 05/01, hỏa tốc, and reports it done on 06/01
    with at(date(2026, 12, 2), 9):
        task = tasks.add_task(o.ctx, actor=o.official, title="Việc tự ghi", lead="canbo", assigner="chutich",
                              assigned_on=date(2026, 1, 5), due=date(2026, 12, 31), urgency="hoa_toc").value
    assert task.summary.awaiting_confirmation
    before = _counts(o)
    with at(date(2026, 12, 2), 10), pytest.raises(ValidationError) as err:  # not before it was entered
        tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 1, 6))
    assert err.value.code == "task_done_before_entered" and "02/12/2026" in describe(err.value)
    assert _counts(o) == before
    with at(date(2026, 12, 2), 11):
        tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 12, 2))
    result = _kpis(o)
    assert (result.completed, sum(result.orders.values()), len(result.flash), result.awaiting_confirmation) == (
        0, 0, 0, 1)
    assert _person(result, "K'Brơi Ngọc Sơn") is None
    # nobody but the assigner (here the chairman) confirms: not the official, not the deputy
    for actor in (o.official, o.leader):
        with at(date(2026, 12, 2), 12), pytest.raises((PermissionDenied, ValidationError)):
            task_steps.confirm(o.ctx, actor=actor, task_id=task.ref)
    # the chairman finds it in his queue and confirms it: from then on it counts
    items = [i for i in queue.queue(o.ctx, actor=o.head, today=date(2026, 12, 2)) if i.kind is ItemKind.TASK_CONFIRM]
    assert [i.ref for i in items] == [task.ref] and "K'Brơi Ngọc Sơn" in items[0].reason
    seen = task_views.get(o.ctx, task.ref, actor=o.head)
    assert Step.CONFIRM in seen.steps
    with at(date(2026, 12, 2), 14):
        confirmed = task_steps.confirm(o.ctx, actor=o.head, task_id=task.ref).value
    assert not confirmed.summary.awaiting_confirmation and Step.CONFIRM not in confirmed.steps
    assert not [i for i in queue.queue(o.ctx, actor=o.head, today=date(2026, 12, 2))
                if i.kind is ItemKind.TASK_CONFIRM]
    result = _kpis(o)
    assert (result.completed, len(result.flash), result.awaiting_confirmation) == (1, 1, 0)
    with at(date(2026, 12, 2), 15), pytest.raises(ValidationError, match="task_already_confirmed"):
        task_steps.confirm(o.ctx, actor=o.head, task_id=task.ref)


def test_a_leader_recording_the_chairmans_task_waits_for_him_the_head_recording_a_deputys_does_not(o):
    by_leader = _give(o, by=o.leader, lead="Bùi Thị Lan", assigner="chutich")
    by_head = _give(o, by=o.head, lead="Bùi Thị Lan", assigner="phochutich")
    own = _give(o, by=o.leader, lead="Bùi Thị Lan")
    assert [t.summary.awaiting_confirmation for t in (by_leader, by_head, own)] == [True, False, False]
    assert _kpis(o).awaiting_confirmation == 1


def test_the_confirmation_does_not_hold_back_the_days_of_the_work(o):
    with at(date(2026, 3, 2), 9):
        task = tasks.add_task(o.ctx, actor=o.official, title="Báo cáo", lead="canbo", assigner="phochutich",
                              assigned_on=date(2026, 3, 2), working_days=10).value
    with at(date(2026, 3, 10)):
        task_steps.confirm(o.ctx, actor=o.leader, task_id=task.ref)
    with at(date(2026, 3, 10), 16):  # done on the 9th, recorded after the confirmation of the 10th
        done = tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 3, 9)).value
    assert done.summary.done_on == date(2026, 3, 9)
    assert _kpis(o, "2026-Q1", date(2026, 3, 20)).early.part == 1


def test_a_completion_by_the_assigner_or_the_head_may_be_dated_before_its_entry(o):
    task = _give(o, by=o.leader, day=date(2026, 3, 2), on=date(2026, 3, 20))  # entered late by the deputy herself
    with at(date(2026, 3, 20), 10):
        done = tasks.complete(o.ctx, actor=o.leader, task_id=task.ref, done_on=date(2026, 3, 10)).value
    assert done.summary.done_on == date(2026, 3, 10)


# --------------------------------------------------------------------- deciding, reassigning, cancelling


def test_a_deputy_neither_extends_reassigns_nor_cancels_the_chairmans_task(o):
    task = _give(o, by=o.head, working_days=10)  # due 16/03
    before = _counts(o)
    with at(date(2026, 3, 5)):
        asked = task_steps.request_extension(o.ctx, actor=o.leader, task_id=task.ref, new_due=date(2026, 3, 31),
                                             reason="Thêm thời gian").value
    assert asked.pending_extension is not None and asked.summary.current_due_on == date(2026, 3, 16)  # not at once
    with at(date(2026, 3, 5)), pytest.raises(PermissionDenied):
        task_steps.decide_extension(o.ctx, actor=o.leader, task_id=task.ref, approve=True)
    with at(date(2026, 3, 5)), pytest.raises(PermissionDenied):
        tasks.reassign(o.ctx, actor=o.leader, task_id=task.ref, lead="Bùi Thị Lan", reason="chuyển")
    with at(date(2026, 3, 5)), pytest.raises(PermissionDenied):
        tasks.cancel(o.ctx, actor=o.leader, task_id=task.ref, reason="không cần nữa")
    assert _counts(o)["tasks"] == before["tasks"]
    assert task_views.get(o.ctx, task.ref, actor=o.head).summary.state.value == "open"


def test_only_the_head_cancels_a_task_past_its_deadline_and_it_stays_overdue(o):
    task = _give(o, by=o.leader, working_days=5)  # due 09/03, given by the deputy herself
    before = _counts(o)
    with at(date(2026, 3, 12)), pytest.raises(PermissionDenied) as err:
        tasks.cancel(o.ctx, actor=o.leader, task_id=task.ref, reason="khong can nua")
    assert err.value.code == "task_cancel_overdue_head_only" and "09/03/2026" in describe(err.value)
    assert _counts(o) == before
    assert len(_kpis(o, "2026-Q1", date(2026, 3, 12)).open_overdue) == 1
    with at(date(2026, 3, 12)):
        tasks.cancel(o.ctx, actor=o.head, task_id=task.ref, reason="Cấp trên thu hồi văn bản.")
    result = _kpis(o, "2026-Q1", date(2026, 3, 12))
    assert len(result.open_overdue) == 0
    assert [(h.full_name, h.cancelled_overdue) for h in result.heads] == [("Ka Thị Hương", 1)]
    [line] = kpi.lines(o.ctx, result.cancelled_overdue, actor=o.head)
    assert (line.ref, line.cancelled_on, line.assigner_name) == (task.ref, date(2026, 3, 12), "Ka Thị Hương")
    son = _person(result, "K'Brơi Ngọc Sơn")
    assert son is not None and not son.without_overdue  # still overdue for whoever held it


def test_a_cancellation_before_the_deadline_is_no_overdue_file(o):
    task = _give(o, by=o.leader, working_days=5)
    with at(date(2026, 3, 4)):
        tasks.cancel(o.ctx, actor=o.leader, task_id=task.ref, reason="Không còn cần.")
    result = _kpis(o, "2026-Q1", date(2026, 3, 20))
    assert len(result.cancelled_overdue) == 0 and _person(result, "K'Brơi Ngọc Sơn").without_overdue


def test_a_task_handed_on_after_its_deadline_stays_overdue_for_whoever_held_it_then(o):
    late = _give(o, by=o.head, working_days=5)  # due 09/03, held by Sơn
    early = _give(o, by=o.head, lead="Hoàng Đức Long", working_days=10, title="Kiểm tra")  # due 16/03
    with at(date(2026, 3, 12)):
        tasks.reassign(o.ctx, actor=o.head, task_id=late.ref, lead="bui thi lan", reason="chuyen")
    with at(date(2026, 3, 5)):  # handed on before its deadline: the new holder answers for it
        tasks.reassign(o.ctx, actor=o.head, task_id=early.ref, lead="Vũ Thị Thanh Hà", reason="chuyen")
    result = _kpis(o, "2026-Q1", date(2026, 3, 20))
    overdue = {p.full_name for p in result.people_with_overdue}
    assert overdue == {"K'Brơi Ngọc Sơn", "Vũ Thị Thanh Hà"}
    son, lan = _person(result, "K'Brơi Ngọc Sơn"), _person(result, "Bùi Thị Lan")
    assert (son.late, son.open_overdue, lan.late, lan.open_overdue, lan.held) == (1, 1, 0, 0, 1)
    row = o.ctx.db.execute("SELECT due_holder_name FROM tasks WHERE ref = ?", [late.ref]).fetchone()
    assert row == ("K'Brơi Ngọc Sơn",)


# ------------------------------------------------------------------------ what the views and lists say


def test_a_tasks_view_uses_the_configured_threshold(o):
    task = _give(o, by=o.head, working_days=10)  # due 16/03: done 13/03 used 9 of 10, earliness 0.1
    with at(date(2026, 3, 13), 16):
        tasks.complete(o.ctx, actor=o.head, task_id=task.ref, done_on=date(2026, 3, 13))
    assert task_views.get(o.ctx, task.ref, actor=o.head).early_enough is True
    kpi.set_settings(o.ctx, actor=o.head, threshold="15")
    view = task_views.get(o.ctx, task.ref, actor=o.head)
    assert (float(view.earliness), view.early_enough) == (0.1, False)
    assert _kpis(o, "2026-Q1", date(2026, 3, 20)).early.part == 0


def test_the_extended_tasks_per_person_include_the_open_ones(o):
    done = _give(o, by=o.head, working_days=5)
    open_ = _give(o, by=o.head, lead="Bùi Thị Lan", working_days=5, title="Kiểm tra")
    for task in (done, open_):
        with at(date(2026, 3, 5)):
            task_steps.request_extension(o.ctx, actor=o.head, task_id=task.ref, new_due=date(2026, 3, 20),
                                         reason="Bổ sung hồ sơ.")
    with at(date(2026, 3, 6), 16):
        tasks.complete(o.ctx, actor=o.head, task_id=done.ref, done_on=date(2026, 3, 6))
    result = _kpis(o, "2026-Q1", date(2026, 3, 10))
    assert len(result.extended) == 2 == sum(p.extended for p in result.persons)


@pytest.mark.parametrize("end", ["done", "cancelled", "reassigned"])
def test_a_request_still_waiting_is_closed_when_the_task_ends_or_changes_hands(o, end):
    task = _give(o, by=o.head, working_days=10)
    with at(date(2026, 3, 5)):
        task_steps.request_extension(o.ctx, actor=o.official, task_id=task.ref, new_due=date(2026, 3, 31),
                                     reason="Chờ số liệu.")
    assert [i.kind for i in queue.queue(o.ctx, actor=o.head, today=date(2026, 3, 6))
            if i.ref == task.ref] == [ItemKind.TASK_EXTENSION]
    with at(date(2026, 3, 6), 16):
        if end == "done":
            tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 3, 6))
        elif end == "cancelled":
            tasks.cancel(o.ctx, actor=o.head, task_id=task.ref, reason="Không còn cần.")
        else:
            tasks.reassign(o.ctx, actor=o.head, task_id=task.ref, lead="Bùi Thị Lan", reason="chuyển")
    view = task_views.get(o.ctx, task.ref, actor=o.head)
    assert view.pending_extension is None
    assert [e.status for e in view.events if e.status] == [ExtensionStatus.CLOSED]
    assert not [i for i in queue.queue(o.ctx, actor=o.head, today=date(2026, 3, 6))
                if i.kind is ItemKind.TASK_EXTENSION]
