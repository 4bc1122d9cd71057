"""The time limits after an implementation, on the unit's working-day calendar — pure functions.

- ND 73/2023 Đ10: the implementer reports the result in writing within **05 working days** of finishing;
- ND 73/2023 Đ11: the leadership meeting (or council) evaluates within **07 working days** of the report.

Both count as the 07 working days from receipt to the meeting (ND 73 Đ8.1, ``services/review.receive``):
``WorkingCalendar.due_date`` — counting starts the day after the event (BLDS Đ147) and skips days off, so the
result is itself a working day. A step done after its due day is late (``is_late``, as ``meetings.is_late``).
"""

from __future__ import annotations

from datetime import date

from .calendar import WorkingCalendar

REPORT_WITHIN_WORKING_DAYS = 5  # ND 73/2023 Đ10: "trong thời hạn 05 ngày làm việc" after the implementation ends
EVALUATION_WITHIN_WORKING_DAYS = 7  # ND 73/2023 Đ11: "trong thời hạn 07 ngày làm việc" after the result report


def report_due_on(calendar: WorkingCalendar, ended_on: date) -> date:
    """The last day for the written result report of an implementation that ended on ``ended_on``."""
    return calendar.due_date(ended_on, REPORT_WITHIN_WORKING_DAYS)


def evaluation_due_on(calendar: WorkingCalendar, reported_on: date) -> date:
    """The last day for the evaluation meeting on a result reported on ``reported_on``."""
    return calendar.due_date(reported_on, EVALUATION_WITHIN_WORKING_DAYS)


def is_late(done_on: date, due_on: date | None) -> bool:
    """A step done after its due day is late; the due day itself is on time (no due day: never late)."""
    return due_on is not None and done_on > due_on


def is_overdue(due_on: date | None, *, today: date) -> bool:
    """A step still not done is overdue once its due day has passed (domain.md §5: "quá hạn")."""
    return due_on is not None and today > due_on


def working_days_late(calendar: WorkingCalendar, done_on: date, due_on: date | None) -> int:
    """How many working days after the due day a step was done: 0 when on time.

    A late step done on a day off (a report handed in on the Saturday after a Friday due day) counts as at least
    one day late: ``is_late`` and this number never disagree.
    """
    if not is_late(done_on, due_on):
        return 0
    assert due_on is not None
    return max(1, calendar.working_days_between(due_on, done_on))
