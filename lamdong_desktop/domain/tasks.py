"""Assigned tasks and their deadlines in working days — pure rules (domain.md §5; seed II.2, IV.4–5).

- A deadline is given as a date or as **N working days** counted from the day after the assignment (BLDS Đ147);
  a date that falls on a day off moves to the next working day (BLDS Đ148): ``due_on``.
- A task finished before its due day is *trước hạn*, on it *đúng hạn*, after it — or still open after it —
  *quá hạn*: ``timeliness``. KPIs count against the **original** deadline; an extension is recorded and shown
  but never turns a late task into an early one.
- A finished case is **early enough** when ``(allotted − used) / allotted`` in working days reaches the threshold
  (default 10%, configurable 10–15%, seed II.2: "sớm hơn từ 10–15% so với thời hạn"): ``earliness``,
  ``is_early_enough``. A same-day deadline (nothing allotted) can never be early enough, and a deadline shorter than
  a configurable number of working days is a "very short deadline" the resolution wants kept to a minimum.

Where the texts leave room, this module decides:

- ``used`` counts working days in (assigned, done]: a task done on the day it was given used 0 days; one done on a
  day off counts up to that day like any other (``WorkingCalendar.working_days_between``);
- the ratio is a ``Fraction`` so that a KPI share, a report and an Excel cell never disagree by rounding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from .calendar import WorkingCalendar
from .dates import check_date
from .errors import ValidationError

DEFAULT_EARLY_THRESHOLD = Fraction(10, 100)  # seed II.2: at least 10% earlier than the deadline
MIN_EARLY_THRESHOLD = Fraction(10, 100)
MAX_EARLY_THRESHOLD = Fraction(15, 100)
DEFAULT_SHORT_DEADLINE_DAYS = 2  # fewer working days than this is a "very short deadline" (configurable)
TARGET_SHARE = Fraction(80, 100)  # seed II.2: at least 80% of cases / of individuals


class Urgency(StrEnum):
    """Độ khẩn of the assigning document (NĐ 30/2020 Đ15): the stored value is the CLI's word."""

    NORMAL = "thuong"  # Thường
    URGENT = "khan"  # Khẩn
    VERY_URGENT = "thuong_khan"  # Thượng khẩn
    FLASH = "hoa_toc"  # Hỏa tốc: to be kept to a minimum (seed IV.5)


class Timeliness(StrEnum):
    """Where a task stands against its original due day."""

    EARLY = "early"  # trước hạn: done before the due day
    ON_TIME = "on_time"  # đúng hạn: done on the due day
    LATE = "late"  # quá hạn: done after the due day
    OVERDUE = "overdue"  # quá hạn: still open after the due day
    PENDING = "pending"  # trong hạn: still open, the due day not passed


def parse_urgency(value: object) -> Urgency:
    """The urgency from its stored word, the Vietnamese name or the name typed without accents."""
    from .text import fold

    if isinstance(value, Urgency):
        return value
    text = fold(str(value or "")).replace("-", " ").replace("_", " ").strip()
    words = {"thuong": Urgency.NORMAL, "binh thuong": Urgency.NORMAL, "khan": Urgency.URGENT,
             "thuong khan": Urgency.VERY_URGENT, "hoa toc": Urgency.FLASH}
    if text not in words:
        raise ValidationError("task_urgency_invalid", value=value)
    return words[text]


def check_threshold(value: Fraction) -> Fraction:
    """The early-enough threshold must stay within the resolution's 10–15%."""
    if not MIN_EARLY_THRESHOLD <= value <= MAX_EARLY_THRESHOLD:
        raise ValidationError("task_threshold_invalid", value=f"{float(value) * 100:g}%")
    return value


def due_on(calendar: WorkingCalendar, assigned_on: date, *, due: date | None = None,
           working_days: int | None = None) -> date:
    """The due day of a task assigned on ``assigned_on``: from a date or from N working days, never both."""
    check_date(assigned_on)
    if (due is None) == (working_days is None):
        raise ValidationError("task_deadline_one_of")
    if working_days is not None:
        return calendar.due_date(assigned_on, working_days)
    assert due is not None
    check_date(due)
    if due < assigned_on:
        raise ValidationError("task_due_before_assigned", due=due.strftime("%d/%m/%Y"),
                              assigned=assigned_on.strftime("%d/%m/%Y"))
    return calendar.next_working_day(due)


def allotted_days(calendar: WorkingCalendar, assigned_on: date, due: date) -> int:
    """Working days the assigner allowed: those in (assigned, due]."""
    return max(0, calendar.working_days_between(assigned_on, due))


def used_days(calendar: WorkingCalendar, assigned_on: date, done_on: date) -> int:
    """Working days the assignee took: those in (assigned, done]."""
    return max(0, calendar.working_days_between(assigned_on, done_on))


def timeliness(due: date, *, done_on: date | None, today: date) -> Timeliness:
    """Trước hạn / đúng hạn / quá hạn against ``due`` (the original due day), or still open."""
    if done_on is None:
        return Timeliness.OVERDUE if today > due else Timeliness.PENDING
    if done_on < due:
        return Timeliness.EARLY
    return Timeliness.ON_TIME if done_on == due else Timeliness.LATE


def is_overdue(kind: Timeliness) -> bool:
    """Both a task done late and one still open past its day are "quá hạn" (domain.md §5)."""
    return kind in (Timeliness.LATE, Timeliness.OVERDUE)


def earliness(allotted: int, used: int) -> Fraction | None:
    """``(allotted − used) / allotted``; None when nothing was allotted (a same-day order)."""
    if allotted <= 0:
        return None
    return Fraction(allotted - used, allotted)


def is_early_enough(allotted: int, used: int, threshold: Fraction = DEFAULT_EARLY_THRESHOLD) -> bool:
    """A finished case at least ``threshold`` earlier than its deadline (seed II.2)."""
    ratio = earliness(allotted, used)
    return ratio is not None and ratio >= threshold


def is_short_deadline(allotted: int, short_days: int = DEFAULT_SHORT_DEADLINE_DAYS) -> bool:
    """A deadline of fewer than ``short_days`` working days: to be kept to a minimum (seed IV.5)."""
    return allotted < short_days


@dataclass(frozen=True)
class Share:
    """A KPI share beside its target: ``part`` of ``whole`` (None when there is nothing to count)."""

    part: int
    whole: int
    target: Fraction = TARGET_SHARE

    @property
    def value(self) -> Fraction | None:
        return Fraction(self.part, self.whole) if self.whole else None

    @property
    def met(self) -> bool | None:
        value = self.value
        return None if value is None else value >= self.target

    def to_json(self) -> dict[str, object]:
        value = self.value
        return {"value": None if value is None else round(float(value), 4), "part": self.part,
                "whole": self.whole, "target": float(self.target), "met": self.met}
