"""The deadline calendar's counts (``services.task_calendar``): each part of the one query, against tasks whose answer
is plain — due today and open (not overdue yet), open past its day, extended past its original day, done late,
cancelled — and a month outside the working calendar refused in Vietnamese."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import task_calendar, task_steps, tasks

from .meeting_support import at, office

TODAY = date(2026, 3, 20)


@pytest.fixture
def o(demo):
    return office(*demo)


def _give(o, title, due, lead="canbo"):
    with at(date(2026, 3, 2), 8):
        return tasks.add_task(o.ctx, actor=o.head, title=title, lead=lead, assigned_on=date(2026, 3, 2), due=due).value


def test_each_kind_of_task_counts_where_it_should(o):
    _give(o, "Hạn hôm nay", TODAY)
    _give(o, "Quá hạn, chưa gia hạn", date(2026, 3, 18))
    extended = _give(o, "Gia hạn qua ngày cũ", date(2026, 3, 17))
    late = _give(o, "Xong muộn", date(2026, 3, 16))
    cancelled = _give(o, "Đã hủy", TODAY)
    with at(date(2026, 3, 18)):
        task_steps.request_extension(o.ctx, actor=o.head, task_id=extended.id, new_due=date(2026, 3, 24),
                                     reason="Chờ số liệu.")
        tasks.complete(o.ctx, actor=o.head, task_id=late.id, done_on=date(2026, 3, 18), note="Xong.")
        tasks.cancel(o.ctx, actor=o.head, task_id=cancelled.id, reason="Không cần nữa.")
    with at(TODAY):
        month = task_calendar.month_load(o.ctx, date(2026, 3, 9), actor=o.head)
        listed = {day: [t.title for t in task_calendar.day_tasks(o.ctx, day, actor=o.head)]
                  for day in (TODAY, date(2026, 3, 24))}
    assert month.first == date(2026, 3, 1) and month.last == date(2026, 3, 31) and month.today == TODAY
    assert {d.day: (d.due, d.overdue) for d in month.loads.values()} == {
        date(2026, 3, 16): (1, 0),  # done late: no longer overdue
        date(2026, 3, 18): (1, 1),  # open, its day passed
        TODAY: (1, 0),  # due today, open: not yet overdue; the cancelled one is not counted
        date(2026, 3, 24): (1, 1),  # extended to the 24th, its original 17th passed: overdue (the KPIs' sense)
    }
    assert month.total == 4 and month.load(date(2026, 3, 2)) == task_calendar.DayLoad(date(2026, 3, 2))
    assert listed == {TODAY: ["Hạn hôm nay"], date(2026, 3, 24): ["Gia hạn qua ngày cũ"]}
    assert {date(2026, 3, 1), date(2026, 3, 7), date(2026, 3, 8)} <= month.days_off
    assert date(2026, 3, 2) not in month.days_off and len(month.days_off) == 9  # the weekends of March 2026


def test_a_month_outside_the_calendar_is_refused_in_vietnamese(o):
    with pytest.raises(ValidationError) as refused:
        task_calendar.month_load(o.ctx, date(1990, 5, 1), actor=o.head)
    assert "1990" in describe(refused.value)
