"""The implementation of an approved proposal (ND 73/2023/NĐ-CP Đ9–Đ10) — pure rules: kinds, dates, indicators.

Every date is of an act already done (never after today) and follows the steps in order: the start on or after
the written approval, progress and events between the start and the end, the end on or after the start, the
result report on or after the end. A progress value is the exact decimal of ``results.parse_quantity``; it belongs
to an indicator of the approved plan, named by its number (from 1) or its key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from .dates import check_date
from .errors import ValidationError
from .proposals import Indicator
from .results import indicator_key
from .text import fold


class EventKind(StrEnum):
    """What happened during the implementation, besides progress."""

    DIFFICULTY = "difficulty"  # a difficulty the implementer reports (khó khăn, vướng mắc)
    ADJUSTMENT = "adjustment"  # the head's numbered decision adjusting the implementation
    SUSPEND = "suspend"
    RESUME = "resume"
    STOP = "stop"


class Ending(StrEnum):
    FINISHED = "finished"  # the implementer (or the head) says the plan is carried out
    STOPPED = "stopped"  # the head stopped it, with a reason


def _day(value: date, *, today: date) -> date:
    day = check_date(value)
    if day > today:
        raise ValidationError("date_in_future", value=f"{day:%d/%m/%Y}")
    return day


def _not_before(day: date, earliest: date | None, code: str) -> date:
    if earliest is not None and day < earliest:
        raise ValidationError(code, value=f"{day:%d/%m/%Y}", earliest=f"{earliest:%d/%m/%Y}")
    return day


def check_start(day: date, *, approved_on: date | None, today: date) -> date:
    """The start of the implementation: not in the future, not before the written approval."""
    return _not_before(_day(day, today=today), approved_on, "start_before_approval")


def check_during(day: date, *, started_on: date, ended_on: date | None, today: date) -> date:
    """A progress value, a difficulty or an event: between the start and the end (or today)."""
    day = _not_before(_day(day, today=today), started_on, "date_before_start")
    if ended_on is not None and day > ended_on:
        raise ValidationError("date_after_end", value=f"{day:%d/%m/%Y}", ended=f"{ended_on:%d/%m/%Y}")
    return day


def check_end(day: date, *, started_on: date, latest_event: date | None, today: date) -> date:
    """The end (finished or stopped): after the start and after everything already recorded during it."""
    day = _not_before(_day(day, today=today), started_on, "date_before_start")
    return _not_before(day, latest_event, "end_before_progress")


def check_report_day(day: date, *, ended_on: date, today: date) -> date:
    """The result report: written after the end (ND 73 Đ10), never in the future."""
    return _not_before(_day(day, today=today), ended_on, "report_before_end")


def find_indicator(indicators: Sequence[Indicator], value: object) -> tuple[int, Indicator, str]:
    """(number from 1, indicator, key) of the plan's indicator named by its number, its key, or its name typed
    with or without accents; else ``progress_indicator_unknown``."""
    text = str(value if value is not None else "").strip()
    keyed = [(n, i, indicator_key(i, n)) for n, i in enumerate(indicators, start=1)]
    for number, indicator, key in keyed:
        if text in (str(number), key):
            return number, indicator, key
    named = [k for k in keyed if fold(k[1].name) == fold(text)] if text else []
    if len(named) == 1:
        return named[0]
    raise ValidationError("progress_indicator_unknown", indicator=text)


def planned_end(indicators: Sequence[Indicator]) -> date | None:
    """The plan's last target date: when the implementation is expected to end (none when no indicator has one)."""
    dates = [i.target_date for i in indicators if i.target_date is not None]
    return max(dates) if dates else None


def parse_damage(value: object) -> bool:
    """Whether damage occurred, as typed: yes/no, có/không, true/false, 1/0; else ``damage_invalid``."""
    if isinstance(value, bool):
        return value
    text = fold(str(value if value is not None else "")).strip()
    if text in ("yes", "co", "true", "1", "co thiet hai"):
        return True
    if text in ("no", "khong", "false", "0", "khong thiet hai"):
        return False
    raise ValidationError("damage_invalid", value=str(value if value is not None else ""))
