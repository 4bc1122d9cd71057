"""Working days: hand-computed cases across Tết, swapped days and make-up Saturdays, 2025–2027."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.calendar import CalendarCorrection, DayKind, WorkingCalendar
from lamdong_desktop.domain.errors import ValidationError

D = date


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        # 2025 Tết: 27/1 (Mon) – 31/1 off, then the weekend 1–2/2.
        (D(2025, 1, 24), 1, D(2025, 2, 3)),
        # Giỗ Tổ 2025 falls on Monday 7/4.
        (D(2025, 4, 4), 1, D(2025, 4, 8)),
        # Saturday 26/4/2025 is a make-up working day for Friday 2/5.
        (D(2025, 4, 24), 3, D(2025, 4, 28)),
        # 30/4, 1/5 and the swapped 2/5 are off; then the weekend.
        (D(2025, 4, 29), 1, D(2025, 5, 5)),
        # Quốc khánh 2025: Monday 1/9 and Tuesday 2/9.
        (D(2025, 8, 29), 1, D(2025, 9, 3)),
        # 2026 Tết: 16/2 (Mon) – 20/2 (Fri) off.
        (D(2026, 2, 13), 1, D(2026, 2, 23)),
        (D(2026, 2, 13), 3, D(2026, 2, 25)),
        # Giỗ Tổ 2026 is on Sunday 26/4: Monday 27/4 is the compensatory day off.
        (D(2026, 4, 24), 1, D(2026, 4, 28)),
        # … then 30/4 and 1/5 (Thu, Fri) and the weekend.
        (D(2026, 4, 24), 3, D(2026, 5, 4)),
        # Saturday 22/8/2026 is worked in exchange for Monday 31/8.
        (D(2026, 8, 21), 1, D(2026, 8, 22)),
        (D(2026, 8, 28), 1, D(2026, 9, 3)),
        # Ngày Văn hóa Việt Nam, Tuesday 24/11/2026.
        (D(2026, 11, 23), 1, D(2026, 11, 25)),
        # 2027 Tết: 4/2 (Thu) – 10/2 (Wed).
        (D(2027, 2, 3), 1, D(2027, 2, 11)),
        # 1/5/2027 is a Saturday: Monday 3/5 is the day off in its place.
        (D(2027, 4, 29), 1, D(2027, 5, 4)),
        # Quốc khánh 2027: Thursday 2/9 and Friday 3/9.
        (D(2027, 9, 1), 1, D(2027, 9, 6)),
        # An ordinary week: counting starts the day after (BLDS Đ147).
        (D(2026, 10, 5), 5, D(2026, 10, 12)),
    ],
)
def test_due_date_hand_computed(cal, start, n, due):
    assert cal.due_date(start, n) == due


@pytest.mark.parametrize(
    ("day", "worked"),
    [
        (D(2026, 2, 17), False),  # Tết
        (D(2026, 4, 27), False),  # compensatory day for Giỗ Tổ
        (D(2026, 8, 22), True),  # make-up Saturday
        (D(2026, 8, 29), False),  # ordinary Saturday
        (D(2026, 9, 2), False),
        (D(2026, 9, 3), True),
        (D(2025, 4, 26), True),
        (D(2025, 5, 2), False),
    ],
)
def test_is_working_day(cal, day, worked):
    assert cal.is_working_day(day) is worked


def test_due_day_on_a_day_off_moves_to_next_working_day(cal):
    # BLDS Đ148: a deadline that ends on a day off ends on the next working day.
    assert cal.next_working_day(D(2026, 2, 21)) == D(2026, 2, 23)
    assert cal.next_working_day(D(2026, 4, 30)) == D(2026, 5, 4)
    assert cal.next_working_day(D(2026, 5, 5)) == D(2026, 5, 5)


def test_working_days_between_excludes_start_includes_end(cal):
    assert cal.working_days_between(D(2026, 2, 13), D(2026, 2, 27)) == 5
    assert cal.working_days_between(D(2026, 2, 27), D(2026, 2, 13)) == -5
    assert cal.working_days_between(D(2026, 3, 2), D(2026, 3, 2)) == 0
    # Across the August swap: Sat 22/8 worked, Mon 31/8 – Wed 2/9 off.
    assert cal.working_days_between(D(2026, 8, 20), D(2026, 9, 3)) == 8


def test_working_days_between_across_years_with_corrections_counts_each_day():
    """The counts come from a table per year: across Tết and New Year, a leap year, corrections on both sides of a
    year's end, they are the days counted one by one."""
    cal = WorkingCalendar([
        CalendarCorrection.create(day=D(2026, 12, 26), kind="workday", name="Làm bù"),
        CalendarCorrection.create(day=D(2027, 1, 4), kind="off", name="Nghỉ thêm"),
        CalendarCorrection.create(day=D(2028, 2, 29), kind="off", name="Nghỉ thêm ngày nhuận")])
    spans = [(D(2026, 12, 24), D(2027, 1, 6)), (D(2025, 6, 30), D(2028, 3, 1)), (D(2027, 1, 29), D(2027, 2, 26)),
             (D(2028, 2, 28), D(2028, 3, 1)), (D(2026, 12, 31), D(2027, 1, 1)), (D(2027, 2, 3), D(2027, 2, 11))]
    for start, end in spans:
        one_by_one = sum(cal.is_working_day(D.fromordinal(n)) for n in range(start.toordinal() + 1,
                                                                             end.toordinal() + 1))
        assert cal.working_days_between(start, end) == one_by_one == -cal.working_days_between(end, start)
    assert cal.working_days_between(D(2026, 12, 24), D(2027, 1, 6)) == 8  # 25, 26 (made up), 28–31, 5, 6
    assert cal.working_days_between(D(2027, 2, 3), D(2027, 2, 11)) == 1  # Tết 4–10/2/2027 off
    assert not cal.is_working_day(D(2028, 2, 29)) and cal.is_working_day(D(2028, 2, 28))


def test_due_date_rejects_non_positive_periods(cal):
    with pytest.raises(ValidationError) as err:
        cal.due_date(D(2026, 1, 5), 0)
    assert err.value.code == "working_days_invalid"


def test_year_listing_2026_has_every_library_day_and_the_make_up_saturday(cal):
    days = {d.day: d for d in cal.year_days(2026)}
    for tet in (D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20)):
        assert days[tet].kind is DayKind.OFF
    assert "Tết" in days[D(2026, 2, 17)].name
    for fixed in (D(2026, 4, 30), D(2026, 5, 1), D(2026, 9, 1), D(2026, 9, 2), D(2026, 4, 27)):
        assert days[fixed].kind is DayKind.OFF
    assert "nghỉ bù" in days[D(2026, 4, 27)].name
    assert days[D(2026, 8, 22)].kind is DayKind.WORKDAY
    assert [d.day.year for d in days.values()] == [2026] * len(days)


def test_corrections_add_days_off_remove_holidays_and_add_make_up_days():
    corrections = [
        CalendarCorrection.create(day=D(2026, 3, 6), kind="off", name="Nghỉ thêm theo quyết định tỉnh"),
        CalendarCorrection.create(day=D(2026, 3, 14), kind="workday", name="Làm bù ngày 6/3"),
        CalendarCorrection.create(day=D(2026, 2, 20), kind="workday", name="Mùng bốn đi làm"),
        CalendarCorrection.create(day=D(2026, 8, 22), kind="off", name="Hủy làm bù"),
    ]
    cal = WorkingCalendar(corrections)
    assert cal.due_date(D(2026, 3, 5), 1) == D(2026, 3, 9)
    assert cal.is_working_day(D(2026, 3, 14))
    assert cal.due_date(D(2026, 2, 13), 1) == D(2026, 2, 20)
    assert not cal.is_working_day(D(2026, 8, 22))
    listed = {d.day: d for d in cal.year_days(2026)}
    assert listed[D(2026, 3, 6)].name == "Nghỉ thêm theo quyết định tỉnh"
    assert listed[D(2026, 3, 14)].kind is DayKind.WORKDAY
    assert D(2026, 2, 20) not in listed
    # The uncorrected calendar is untouched: corrections belong to one calendar object.
    assert WorkingCalendar().is_working_day(D(2026, 8, 22))


def test_correction_validation():
    with pytest.raises(ValidationError) as err:
        CalendarCorrection.create(day=D(2026, 3, 6), kind="holiday", name="x")
    assert err.value.code == "correction_kind_invalid"
    with pytest.raises(ValidationError):
        CalendarCorrection.create(day=D(2026, 3, 6), kind="off", name="   ")


# ------------------------------------------------------------------------------------------ sane ranges


def test_huge_working_day_counts_are_refused_with_the_maximum(cal):
    from lamdong_desktop.domain.calendar import MAX_WORKING_DAYS
    from lamdong_desktop.messages import describe

    assert cal.due_date(D(2026, 1, 5), MAX_WORKING_DAYS) > D(2039, 1, 1)
    with pytest.raises(ValidationError) as err:
        cal.due_date(D(2026, 1, 5), 99999999999)
    assert err.value.code == "working_days_too_many"
    assert describe(err.value) == (
        "Số ngày làm việc quá lớn (đã nhập: 99999999999); tối đa 3.650 ngày làm việc."
    )


@pytest.mark.parametrize("start", [D(9999, 12, 30), D(1, 1, 1), D(1899, 12, 31), D(2101, 1, 1)])
def test_start_dates_outside_the_sane_range_give_a_message(cal, start):
    from lamdong_desktop.messages import describe

    with pytest.raises(ValidationError) as err:
        cal.due_date(start, 1)
    assert err.value.code == "date_out_of_range"
    assert "01/01/1900 – 31/12/2100" in describe(err.value)


def test_counting_between_dates_far_outside_the_range_gives_a_message(cal):
    for far in (D(9999, 12, 30), D(1, 1, 1)):
        with pytest.raises(ValidationError) as err:
            cal.working_days_between(far, D(2026, 1, 1))
        assert err.value.code == "date_out_of_range"


def test_the_edges_of_the_range_still_count(cal):
    assert cal.due_date(D(2100, 12, 31), 1) > D(2100, 12, 31)
    late = cal.due_date(D(2100, 12, 31), 3650)
    assert cal.working_days_between(D(2100, 12, 31), late) == 3650
    assert cal.due_date(D(1900, 1, 1), 1) >= D(1900, 1, 2)


def test_a_correction_outside_the_range_is_refused():
    with pytest.raises(ValidationError) as err:
        CalendarCorrection.create(day=D(2101, 1, 1), kind="off", name="Nghỉ")
    assert err.value.code == "date_out_of_range"
    with pytest.raises(ValidationError) as err:
        CalendarCorrection.create(day=D(2026, 1, 2), kind="off", name="Nghỉ\u202ebù")
    assert err.value.code == "text_control_chars"
