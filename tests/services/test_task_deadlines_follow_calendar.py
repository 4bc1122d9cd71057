"""A day declared off or worked from today on moves the due days that run through it (BLDS Đ147–148), in the
correction's own transaction: a task given "in 5 working days" keeps 5 working days, a deadline on a Saturday no
longer worked ends on the next working day, an extension's date moves only off a day off, a cancelled task and a
task due before the day keep theirs; each move audited, counted again for the KPIs, and a refused correction moves
nothing."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.tasks import Timeliness
from lamdong_desktop.services import calendar, task_steps, task_views, tasks

from .meeting_support import at, office

TODAY = date(2026, 12, 3)  # a Thursday


@pytest.fixture
def o(demo):
    return office(*demo)


def _give(o, title, **deadline):
    with at(TODAY, 8):
        return tasks.add_task(o.ctx, actor=o.head, title=title, lead="canbo", assigned_on=TODAY, **deadline).value


def _due(o, task):
    row = o.ctx.db.execute("SELECT due_on, current_due_on FROM tasks WHERE id = ?", [task.id]).fetchone()
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def test_due_days_follow_the_days_declared_off_or_worked(o):
    with at(TODAY, 9):
        assert calendar.set_correction(o.ctx, actor=o.admin, day=date(2026, 12, 12), kind="workday",
                                       name="Làm bù").value.tasks_moved == 0
    five = _give(o, "Năm ngày làm việc", working_days=5)
    saturday = _give(o, "Hạn vào thứ Bảy làm bù", due=date(2026, 12, 12))
    extended = _give(o, "Đã gia hạn", working_days=5)
    before = _give(o, "Hạn trước ngày nghỉ", due=date(2026, 12, 4))
    cancelled = _give(o, "Đã hủy", working_days=5)
    with at(TODAY, 10):
        task_steps.request_extension(o.ctx, actor=o.head, task_id=extended.id, new_due=date(2026, 12, 15),
                                     reason="Chờ số liệu.")
        tasks.cancel(o.ctx, actor=o.head, task_id=cancelled.id, reason="Không cần nữa.")
    assert _due(o, five) == (date(2026, 12, 10), date(2026, 12, 10))
    assert _due(o, saturday) == (date(2026, 12, 12), date(2026, 12, 12))
    audited = o.ctx.db.execute("SELECT count(*) FROM audit_events").fetchone()[0]

    with at(TODAY, 11):
        result = calendar.set_correction(o.ctx, actor=o.admin, day=date(2026, 12, 7), kind="off", name="Nghỉ bù")
    assert result.value.tasks_moved == 2
    assert _due(o, five) == (date(2026, 12, 11), date(2026, 12, 11))  # still five working days
    assert _due(o, extended) == (date(2026, 12, 11), date(2026, 12, 15))  # the extension's day is worked
    assert _due(o, before) == (date(2026, 12, 4), date(2026, 12, 4))
    assert _due(o, cancelled) == (date(2026, 12, 10), date(2026, 12, 10))
    assert _due(o, saturday) == (date(2026, 12, 12), date(2026, 12, 12))
    with at(TODAY, 11):
        assert task_views.get(o.ctx, five.id, actor=o.head).allotted_days == 5
    summaries = [r[0] for r in o.ctx.db.execute("SELECT summary FROM audit_events ORDER BY seq").fetchall()[audited:]]
    assert (f"{five.summary.ref}: tính lại hạn theo lịch làm việc ngày 07/12/2026: hạn ban đầu 10/12/2026 → "
            "11/12/2026, hạn đang áp dụng 10/12/2026 → 11/12/2026") in summaries

    with at(TODAY, 12):
        assert calendar.remove_correction(o.ctx, actor=o.admin, day=date(2026, 12, 12)).value == 1
    assert _due(o, saturday) == (date(2026, 12, 14), date(2026, 12, 14))  # BLDS Đ148: the next working day
    assert _due(o, five) == (date(2026, 12, 11), date(2026, 12, 11))

    # A day already gone is refused and nothing moves.
    moved = o.ctx.db.execute("SELECT group_concat(due_on) FROM tasks").fetchone()
    with at(date(2026, 12, 8), 9), pytest.raises(ValidationError):
        calendar.set_correction(o.ctx, actor=o.admin, day=date(2026, 12, 4), kind="off", name="Nghỉ")
    assert o.ctx.db.execute("SELECT group_concat(due_on) FROM tasks").fetchone() == moved


def test_a_task_done_by_the_moved_deadline_is_on_time(o):
    """Done on the 11th, after 07/12 became a day off: on time against the moved 11th, not late against the 10th, and
    counted with its five days."""
    five = _give(o, "Năm ngày làm việc", working_days=5)
    with at(TODAY, 11):
        calendar.set_correction(o.ctx, actor=o.admin, day=date(2026, 12, 7), kind="off", name="Nghỉ bù")
    with at(date(2026, 12, 11), 16):
        tasks.complete(o.ctx, actor=o.head, task_id=five.id, done_on=date(2026, 12, 11), note="Xong.")
        view = task_views.get(o.ctx, five.id, actor=o.head)
    assert view.summary.timeliness(date(2026, 12, 11)) is Timeliness.ON_TIME
    assert (view.allotted_days, view.used_days) == (5, 5)
