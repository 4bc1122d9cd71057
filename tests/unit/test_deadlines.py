"""The result report (05 working days, ND 73/2023 Đ10) and the evaluation (07 working days, Đ11): hand-computed due
days across weekends, Tết 2027, 30/4–1/5 and 2/9, and what counts as late."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.calendar import CalendarCorrection, WorkingCalendar
from lamdong_desktop.domain.deadlines import (
    EVALUATION_WITHIN_WORKING_DAYS,
    REPORT_WITHIN_WORKING_DAYS,
    evaluation_due_on,
    is_late,
    is_overdue,
    report_due_on,
    working_days_late,
)
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import EVALUATION_LATE_WORDS, REPORT_LATE_WORDS, late_text

D = date


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def test_the_limits_are_the_decrees():
    assert (REPORT_WITHIN_WORKING_DAYS, EVALUATION_WITHIN_WORKING_DAYS) == (5, 7)
    assert "05 ngày làm việc" in REPORT_LATE_WORDS and "07 ngày làm việc" in EVALUATION_LATE_WORDS


@pytest.mark.parametrize(("ended", "due"), [
    # An ordinary week: counting starts the day after (BLDS Đ147): Fri 9, Mon 12 … Thu 15.
    (D(2026, 10, 8), D(2026, 10, 15)),
    # Ended on a Saturday: Mon 12 is the first day counted.
    (D(2026, 10, 10), D(2026, 10, 16)),
    # Tết 2027 (Thu 4/2 – Wed 10/2 off): Tue 2, Wed 3, Thu 11, Fri 12, Mon 15.
    (D(2027, 2, 1), D(2027, 2, 15)),
    # Ended on the first day of Tết: Thu 11 … Wed 17.
    (D(2027, 2, 5), D(2027, 2, 17)),
    # 2026: Giỗ Tổ on Sunday 26/4 moved to Mon 27/4, then 30/4 and 1/5: Tue 28, Wed 29, Mon 4, Tue 5, Wed 6.
    (D(2026, 4, 24), D(2026, 5, 6)),
    # 2027: 30/4 (Fri) off, 1/5 a Saturday so Mon 3/5 off in its place: Tue 4 … Mon 10.
    (D(2027, 4, 29), D(2027, 5, 10)),
    # Quốc khánh 2026: Mon 31/8, Tue 1/9, Wed 2/9 off: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9.
    (D(2026, 8, 28), D(2026, 9, 9)),
    # Saturday 22/8/2026 is a make-up working day (for Mon 31/8): Fri 21, Sat 22, Mon 24, Tue 25, Wed 26.
    (D(2026, 8, 20), D(2026, 8, 26)),
])
def test_result_report_due_five_working_days_after_the_end(cal, ended, due):
    assert report_due_on(cal, ended) == due
    assert cal.is_working_day(due)


@pytest.mark.parametrize(("reported", "due"), [
    # Tết 2027: Thu 11, Fri 12, Mon 15, Tue 16, Wed 17, Thu 18, Fri 19.
    (D(2027, 2, 3), D(2027, 2, 19)),
    # Quốc khánh 2027 (Thu 2/9, Fri 3/9): Mon 6 … Tue 14.
    (D(2027, 9, 1), D(2027, 9, 14)),
    # 30/4–1/5/2026 and the weekend: Wed 29, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Mon 11.
    (D(2026, 4, 28), D(2026, 5, 11)),
    # New Year's Day 2026 (Thu): Fri 2, Mon 5 … Mon 12.
    (D(2025, 12, 31), D(2026, 1, 12)),
])
def test_evaluation_due_seven_working_days_after_the_report(cal, reported, due):
    assert evaluation_due_on(cal, reported) == due


def test_the_units_corrections_move_the_due_day():
    extra = CalendarCorrection.create(day=D(2026, 10, 14), kind="off", name="Nghỉ bù theo quyết định của tỉnh")
    assert report_due_on(WorkingCalendar([extra]), D(2026, 10, 8)) == D(2026, 10, 16)


def test_a_date_outside_the_calendar_is_refused(cal):
    with pytest.raises(ValidationError) as err:
        report_due_on(cal, D(1800, 1, 1))
    assert err.value.code == "date_out_of_range"


def test_late_is_after_the_due_day(cal):
    due = D(2026, 10, 15)
    assert not is_late(D(2026, 10, 14), due) and not is_late(due, due)
    assert is_late(D(2026, 10, 16), due)
    assert not is_late(D(2030, 1, 1), None)
    assert not is_overdue(due, today=due) and is_overdue(due, today=D(2026, 10, 16))
    assert not is_overdue(None, today=D(2030, 1, 1))


def test_how_late_in_working_days(cal):
    # The acceptance case: reported two working days after the due day, across a weekend.
    due = report_due_on(cal, D(2026, 10, 8))  # Thu 15/10
    two_late = cal.due_date(due, 2)  # Mon 19/10
    assert two_late == D(2026, 10, 19)
    assert working_days_late(cal, two_late, due) == 2 and late_text(2) == "Muộn 2 ngày làm việc"
    assert working_days_late(cal, due, due) == 0 and late_text(0) == ""
    assert working_days_late(cal, D(2026, 10, 1), due) == 0
    assert working_days_late(cal, D(2026, 10, 1), None) == 0
    # Handed in on the Saturday after a Friday due day: late by date, so at least one day late.
    assert working_days_late(cal, D(2026, 10, 17), D(2026, 10, 16)) == 1
    # Across Tết 2027: due Wed 3/2, handed in Fri 12/2 → Thu 11 and Fri 12.
    assert working_days_late(cal, D(2027, 2, 12), D(2027, 2, 3)) == 2
