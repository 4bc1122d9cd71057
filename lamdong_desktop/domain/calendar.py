"""Working days in Vietnam: the ``holidays`` library's calendar with a yearly correction table on top.

Counting follows the Civil Code (Bộ luật Dân sự 2015) Đ147–148: a period in days starts the day after
the event, and a due day that falls on a day off moves to the next working day. Public holidays follow
the Labour Code Đ112, with the exact Tết and National-Day days fixed yearly by the Prime Minister: the
library knows them (including make-up Saturdays); an administrator or a province bundle corrects them.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from .dates import MAX_DATE as MAX_DATE
from .dates import MIN_DATE as MIN_DATE
from .dates import check_date as check_date
from .errors import ValidationError
from .text import check_text

if TYPE_CHECKING:
    from holidays.countries.vietnam import Vietnam

# The dates themselves (MIN_DATE … MAX_DATE, check_date) live in .dates, which loads no holiday tables;
# they are re-exported here for the modules that need the calendar as well.
# The longest period in working days a deadline may have (about 14 years): 99999999999 would never end.
MAX_WORKING_DAYS = 3_650
LATEST_DUE_DATE = date(MAX_DATE.year + 20, 12, 31)  # beyond any due date computed from MAX_DATE
# The years whose days off the calendar lists: from 1995, when the Labour Code of 1994 took effect with its
# make-up days off (the holiday library's rules for them start there), to the last year of MAX_DATE.
FIRST_CALENDAR_YEAR = 1995
LAST_CALENDAR_YEAR = MAX_DATE.year


class DayKind(StrEnum):
    OFF = "off"  # a day off (holiday, extra day off, cancelled make-up day)
    WORKDAY = "workday"  # a working day (make-up weekend day, or a holiday no longer off)


@dataclass(frozen=True)
class CalendarCorrection:
    """One row of the yearly correction table: the date is ``kind``, for the reason ``name``."""

    day: date
    kind: DayKind
    name: str

    @classmethod
    def create(cls, *, day: date, kind: str, name: str) -> CalendarCorrection:
        """Validate and normalise a correction typed by a person or read from a bundle."""
        try:
            day_kind = DayKind(kind)
        except ValueError:
            raise ValidationError("correction_kind_invalid", kind=kind) from None
        check_date(day)
        label = check_text(name, field="correction_name", limit="name", required=True)
        return cls(day=day, kind=day_kind, name=label)


@dataclass(frozen=True)
class CalendarDay:
    """A notable day of the year: a day off, or a weekend day that is worked."""

    day: date
    name: str
    kind: DayKind


@functools.cache
def _corrected_vietnam() -> Callable[..., Vietnam]:
    """The library's Vietnam calendar with corrections applied as each year is populated.

    Built on first use: importing ``holidays.countries`` loads every country's module (about 0.2 s), which a
    command that counts no working day (``--version``, ``verify``) should not pay."""
    from holidays.countries.vietnam import Vietnam

    class CorrectedVietnam(Vietnam):
        def __init__(self, corrections: dict[int, list[CalendarCorrection]], **kwargs: object) -> None:
            self._corrections = corrections
            # holidays ships py.typed but leaves Vietnam.__init__(*args, **kwargs) unannotated.
            super().__init__(**kwargs)  # type: ignore[no-untyped-call]

        def _populate(self, year: int) -> None:
            super()._populate(year)
            for correction in self._corrections.get(year, ()):
                dict.pop(self, correction.day, None)
                if correction.kind is DayKind.OFF:
                    dict.__setitem__(self, correction.day, correction.name)
                    self.weekend_workdays.discard(correction.day)
                elif self._is_weekend(correction.day):
                    self.weekend_workdays.add(correction.day)

    return CorrectedVietnam


class WorkingCalendar:
    """Is a day worked, when is a task due, how many working days lie between two dates."""

    def __init__(self, corrections: Iterable[CalendarCorrection] = ()) -> None:
        by_year: dict[int, list[CalendarCorrection]] = defaultdict(list)
        for correction in corrections:
            by_year[correction.day.year].append(correction)
        self._corrections = dict(by_year)
        self._holidays = _corrected_vietnam()(self._corrections, language="vi")
        # Per year, the working days from 1 January through each day (``_through``), read from the library once: its
        # own count walks every day between two dates (a year of tasks counted day by day cost more than writing
        # them). A calendar never changes once built (a correction builds another one).
        self._years: dict[int, list[int]] = {}

    def _year(self, year: int) -> list[int]:
        table = self._years.get(year)
        if table is None:
            first, total, table = date(year, 1, 1), 0, []
            for n in range((date(year + 1, 1, 1) - first).days if year < date.max.year else 365):
                total += self._holidays.is_working_day(first + timedelta(days=n))
                table.append(total)
            self._years[year] = table
        return table

    def _through(self, day: date) -> int:
        """Working days from 1 January of ``day``'s year through ``day``."""
        return self._year(day.year)[day.timetuple().tm_yday - 1]

    def is_working_day(self, day: date) -> bool:
        index = day.timetuple().tm_yday - 1
        table = self._year(day.year)
        return table[index] > (table[index - 1] if index else 0)

    def day_name(self, day: date) -> str | None:
        """The holiday's Vietnamese name, or None on a day that is not a holiday."""
        return self._holidays.get(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when worked, otherwise the first working day after it (BLDS Đ148)."""
        return self._holidays.get_nth_working_day(day, 0)

    def due_date(self, start: date, working_days: int) -> date:
        """The due day of a period of ``working_days`` working days that starts after ``start``.

        BLDS Đ147: counting begins the day after ``start``; the result is the last day of the period.
        """
        if isinstance(working_days, bool) or not isinstance(working_days, int) or working_days < 1:
            raise ValidationError("working_days_invalid", value=working_days)
        if working_days > MAX_WORKING_DAYS:
            raise ValidationError("working_days_too_many", value=working_days, maximum=MAX_WORKING_DAYS)
        check_date(start)
        return self._holidays.get_nth_working_day(start, working_days)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: the day of the event is not counted, the last day is.

        Negative when ``end`` is before ``start`` (a task finished ahead of a date in the past).
        """
        # A due date computed from a late start may pass MAX_DATE: allow what MAX_WORKING_DAYS can reach.
        check_date(start, latest=LATEST_DUE_DATE)
        check_date(end, latest=LATEST_DUE_DATE)
        if end == start:
            return 0
        if end < start:
            return -self.working_days_between(end, start)
        if start.year == end.year:
            return self._through(end) - self._through(start)
        whole_years = sum(self._year(year)[-1] for year in range(start.year + 1, end.year))
        return self._year(start.year)[-1] - self._through(start) + whole_years + self._through(end)

    def year_days(self, year: int) -> list[CalendarDay]:
        """Every day off of ``year`` plus every weekend day that is worked, in date order."""
        if not FIRST_CALENDAR_YEAR <= year <= LAST_CALENDAR_YEAR:
            raise ValidationError("year_invalid", value=year, first=FIRST_CALENDAR_YEAR, last=LAST_CALENDAR_YEAR)
        _ = date(year, 1, 1) in self._holidays  # the library populates a year on first look-up
        days = [
            CalendarDay(day=d, name=name, kind=DayKind.OFF)
            for d, name in self._holidays.items()
            if d.year == year
        ]
        names = {c.day: c.name for c in self._corrections.get(year, ())}
        days += [
            CalendarDay(day=d, name=names.get(d, "Ngày làm việc bù"), kind=DayKind.WORKDAY)
            for d in self._holidays.weekend_workdays
            if d.year == year
        ]
        return sorted(days, key=lambda d: d.day)
