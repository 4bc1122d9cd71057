"""Tasks against their deadlines: due days, trước hạn / đúng hạn / quá hạn, earliness and KPI shares."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from lamdong_desktop.domain import tasks
from lamdong_desktop.domain.calendar import CalendarCorrection, WorkingCalendar
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.tasks import Timeliness, Urgency

D = date


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("assigned", "n", "due"),
    [
        # Tết 2026: Mon 16/2 – Fri 20/2 off; 10 working days from Wed 11/2 run 12, 13, 23–27/2, 2, 3, 4/3.
        (D(2026, 2, 11), 10, D(2026, 3, 4)),
        # Tết 2027: Thu 4/2 – Wed 10/2 off; 5 working days from Tue 2/2 run 3/2, 11, 12, 15, 16/2.
        (D(2027, 2, 2), 5, D(2027, 2, 16)),
        # 30/4 and 1/5/2026 (Thu, Fri) and the compensatory 27/4 for Giỗ Tổ: from Fri 24/4, 28, 29/4, 4, 5/5.
        (D(2026, 4, 24), 4, D(2026, 5, 5)),
        # 2/9/2026: the make-up Saturday 22/8 is worked, Mon 31/8, 1/9 and 2/9 are off.
        (D(2026, 8, 20), 2, D(2026, 8, 22)),
        (D(2026, 8, 27), 3, D(2026, 9, 4)),
        # 1/5/2027 is a Saturday: Monday 3/5 is off in its place.
        (D(2027, 4, 28), 2, D(2027, 5, 4)),
        # A task given on a Friday: counting starts the day after, weekends skipped.
        (D(2026, 10, 9), 1, D(2026, 10, 12)),
    ],
)
def test_due_day_from_working_days_hand_computed(cal, assigned, n, due):
    assert tasks.due_on(cal, assigned, working_days=n) == due


@pytest.mark.parametrize(
    ("assigned", "given", "due"),
    [
        (D(2026, 2, 10), D(2026, 2, 17), D(2026, 2, 23)),  # a date in Tết moves to the Monday after it
        (D(2026, 10, 1), D(2026, 10, 10), D(2026, 10, 12)),  # a Saturday moves to Monday (BLDS Đ148)
        (D(2026, 8, 10), D(2026, 8, 22), D(2026, 8, 22)),  # the make-up Saturday is a working day
        (D(2026, 10, 1), D(2026, 10, 1), D(2026, 10, 1)),  # due the same day
    ],
)
def test_a_due_date_on_a_day_off_moves_to_the_next_working_day(cal, assigned, given, due):
    assert tasks.due_on(cal, assigned, due=given) == due


def test_a_corrected_calendar_moves_the_due_day(cal):
    corrected = WorkingCalendar([CalendarCorrection.create(day=D(2026, 10, 12), kind="off", name="Nghỉ đột xuất")])
    assert tasks.due_on(cal, D(2026, 10, 9), working_days=1) == D(2026, 10, 12)
    assert tasks.due_on(corrected, D(2026, 10, 9), working_days=1) == D(2026, 10, 13)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({}, "task_deadline_one_of"),
        ({"due": D(2026, 10, 5), "working_days": 3}, "task_deadline_one_of"),
        ({"due": D(2026, 9, 30)}, "task_due_before_assigned"),
        ({"working_days": 0}, "working_days_invalid"),
    ],
)
def test_bad_deadlines_are_refused(cal, kwargs, code):
    with pytest.raises(ValidationError) as caught:
        tasks.due_on(cal, D(2026, 10, 1), **kwargs)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("done", "today", "kind"),
    [
        (D(2026, 10, 9), D(2026, 12, 1), Timeliness.EARLY),
        (D(2026, 10, 12), D(2026, 12, 1), Timeliness.ON_TIME),
        (D(2026, 10, 13), D(2026, 12, 1), Timeliness.LATE),
        (None, D(2026, 10, 12), Timeliness.PENDING),
        (None, D(2026, 10, 13), Timeliness.OVERDUE),
    ],
)
def test_timeliness_against_the_due_day(done, today, kind):
    assert tasks.timeliness(D(2026, 10, 12), done_on=done, today=today) is kind
    assert tasks.is_overdue(kind) is (kind in (Timeliness.LATE, Timeliness.OVERDUE))


def test_earliness_in_working_days_across_tet(cal):
    assigned = D(2026, 2, 11)
    due = tasks.due_on(cal, assigned, working_days=10)
    assert tasks.allotted_days(cal, assigned, due) == 10
    # Done Friday 27/2: 12, 13, 23, 24, 25, 26, 27 = 7 working days used; (10 − 7) / 10 = 30%.
    used = tasks.used_days(cal, assigned, D(2026, 2, 27))
    assert used == 7
    assert tasks.earliness(10, used) == Fraction(3, 10)
    assert tasks.is_early_enough(10, used)


@pytest.mark.parametrize(
    ("allotted", "used", "threshold", "enough"),
    [
        (10, 9, Fraction(10, 100), True),  # exactly 10%
        (10, 9, Fraction(15, 100), False),
        (20, 17, Fraction(15, 100), True),  # exactly 15%
        (9, 9, Fraction(10, 100), False),  # on the due day
        (9, 12, Fraction(10, 100), False),  # late
        (0, 0, Fraction(10, 100), False),  # a same-day order is never "early enough"
    ],
)
def test_early_enough(allotted, used, threshold, enough):
    assert tasks.is_early_enough(allotted, used, threshold) is enough


def test_earliness_of_nothing_allotted_is_none():
    assert tasks.earliness(0, 0) is None
    assert tasks.earliness(4, 6) == Fraction(-1, 2)


@pytest.mark.parametrize("value", [Fraction(9, 100), Fraction(16, 100)])
def test_the_threshold_stays_within_ten_to_fifteen_percent(value):
    with pytest.raises(ValidationError) as caught:
        tasks.check_threshold(value)
    assert caught.value.code == "task_threshold_invalid"
    assert tasks.check_threshold(Fraction(12, 100)) == Fraction(12, 100)


@pytest.mark.parametrize(
    ("text", "urgency"),
    [("hoa_toc", Urgency.FLASH), ("Hỏa tốc", Urgency.FLASH), ("hoa toc", Urgency.FLASH),
     ("HOẢ TỐC", Urgency.FLASH), ("thuong-khan", Urgency.VERY_URGENT), ("Thượng khẩn", Urgency.VERY_URGENT),
     ("khan", Urgency.URGENT), ("Thường", Urgency.NORMAL), ("", Urgency.NORMAL)],
)
def test_urgency_is_read_with_or_without_accents(text, urgency):
    if text == "":
        with pytest.raises(ValidationError):
            tasks.parse_urgency(text)
    else:
        assert tasks.parse_urgency(text) is urgency


def test_short_deadlines():
    assert tasks.is_short_deadline(1)
    assert not tasks.is_short_deadline(2)
    assert tasks.is_short_deadline(3, short_days=5)


def test_share_beside_its_target():
    share = tasks.Share(4, 5)
    assert share.value == Fraction(4, 5) and share.met is True
    assert tasks.Share(3, 4).met is False
    assert tasks.Share(0, 0).value is None and tasks.Share(0, 0).met is None
    assert tasks.Share(2, 3).to_json() == {"value": 0.6667, "part": 2, "whole": 3, "target": 0.8, "met": False}
