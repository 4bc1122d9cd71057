"""The period a KPI report covers and the settings it counts with — pure rules (seed II.2, II.4, IV.5).

A period is a year (``2026``), a quarter (``2026-Q3``), a month (``2026-11``) or two days (``2026-01-05:2026-02-10``,
or in dd/mm/yyyy), both ends included. A period still running is counted up to today (``as_of``): nothing is late
on a day that has not come.

The settings: the "early enough" threshold (10–15%, default 10%, ``domain/tasks``) and the number of working days
below which a deadline is "very short" (default 2: a task due the next working day or the same day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

from .dates import check_date
from .errors import ValidationError
from .tasks import DEFAULT_EARLY_THRESHOLD, DEFAULT_SHORT_DEADLINE_DAYS, check_threshold

MAX_SHORT_DEADLINE_DAYS = 20


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    start: date
    end: date

    @property
    def code(self) -> str:
        """The period as typed on the command line: 2026, 2026-Q3, 2026-11 or 2026-01-05:2026-02-10."""
        if self.kind is PeriodKind.YEAR:
            return f"{self.start.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()}:{self.end.isoformat()}"

    def as_of(self, today: date) -> date:
        """The last day counted: the period's end, or today while it runs (the day before it starts, if ahead)."""
        return min(self.end, max(today, self.start - timedelta(days=1)))


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _day(text: str, value: str) -> date:
    try:
        if "/" in text:
            d, m, y = (int(p) for p in text.split("/"))
            return check_date(date(y, m, d), value=value)
        return check_date(date.fromisoformat(text), value=value)
    except ValueError:
        raise ValidationError("period_invalid", value=value) from None


def year_period(year: int) -> Period:
    return Period(PeriodKind.YEAR, check_date(date(year, 1, 1)), date(year, 12, 31))


def parse_period(value: str | None, *, today: date) -> Period:
    """The period from its text; none given: the current year."""
    text = (value or "").strip().upper()
    if not text:
        return year_period(today.year)
    try:
        if re.fullmatch(r"\d{4}", text):
            return year_period(int(text))
        if match := re.fullmatch(r"(\d{4})-Q([1-4])", text):
            year, quarter = int(match.group(1)), int(match.group(2))
            return Period(PeriodKind.QUARTER, check_date(date(year, 3 * quarter - 2, 1)),
                          _month_end(year, 3 * quarter))
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            year, month = int(match.group(1)), int(match.group(2))
            return Period(PeriodKind.MONTH, check_date(date(year, month, 1)), _month_end(year, month))
    except ValueError:
        raise ValidationError("period_invalid", value=value) from None
    first, sep, last = text.partition(":")
    if not sep:
        raise ValidationError("period_invalid", value=value)
    start, end = _day(first.strip(), str(value)), _day(last.strip(), str(value))
    if end < start:
        raise ValidationError("period_reversed", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
    return Period(PeriodKind.CUSTOM, start, end)


@dataclass(frozen=True)
class KpiSettings:
    threshold: Fraction = DEFAULT_EARLY_THRESHOLD
    short_days: int = DEFAULT_SHORT_DEADLINE_DAYS

    def __post_init__(self) -> None:
        check_threshold(self.threshold)
        check_short_days(self.short_days)


def parse_threshold(value: object) -> Fraction:
    """The "early enough" threshold typed in percent ("10", "12,5", "15%"), checked to lie within 10–15%."""
    text = str(value if value is not None else "").strip().rstrip("%").strip().replace(",", ".")
    try:
        percent = Decimal(text)
    except InvalidOperation:
        raise ValidationError("task_threshold_invalid", value=value) from None
    if not percent.is_finite():
        raise ValidationError("task_threshold_invalid", value=value)
    return check_threshold(Fraction(percent) / 100)


def check_short_days(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SHORT_DEADLINE_DAYS:
        raise ValidationError("task_short_days_invalid", value=value, maximum=MAX_SHORT_DEADLINE_DAYS)
    return value


def parse_short_days(value: object) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError("task_short_days_invalid", value=value, maximum=MAX_SHORT_DEADLINE_DAYS) from None
    return check_short_days(number)


def threshold_percent(threshold: Fraction) -> str:
    """12.5% as "12,5": the Vietnamese way."""
    return f"{float(threshold * 100):g}".replace(".", ",")
