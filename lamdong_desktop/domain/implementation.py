"""The implementation of an approved proposal (ND 73/2023/NĐ-CP Đ9–Đ10) — pure rules: kinds, dates, indicators.

Every date is of an act already done (never after today) and follows the steps in order: the start on or after
the written approval, progress and events between the start and the end, the end on or after the start, the
result report on or after the end. A progress value is the exact decimal of ``results.parse_quantity``; it belongs
to an indicator of the approved plan, named by its number (from 1) or its key.

An adjustment decision of the head may set new targets on the plan's indicators (``check_targets``); from its issue
on, the result is measured against the adjusted target (``adjusted``: the later decision wins), and what the plan
first said is kept beside it, for the report and the evaluation to print both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from .dates import check_date
from .errors import ValidationError
from .proposals import Indicator
from .results import indicator_key, parse_target
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


@dataclass(frozen=True)
class TargetChange:
    """An indicator's target as an adjustment decision set it: the one it replaced and the new one, as written."""

    key: str  # the indicator's key (``results.indicator_key``)
    before: str  # the target in force until then (the plan's, or an earlier adjustment's)
    target: str
    reference: str = ""  # the adjustment's number, "02/QĐ-UBND"
    issued_on: date | None = None

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "before": self.before, "target": self.target}


def check_targets(indicators: Sequence[Indicator], values: Mapping[Any, object],
                  current: Mapping[str, str] | None = None) -> tuple[TargetChange, ...]:
    """The new targets an adjustment sets, in the plan's order: each indicator named once (by its number, key or
    name), its new target a quantity as a plan writes one ("450", "≤ 20", "6,5"), different from the one in force
    (``current``, by key; the plan's where absent). Refused: ``progress_indicator_unknown``,
    ``indicator_value_invalid``, ``adjustment_target_twice``, ``adjustment_target_unchanged``."""
    found: dict[int, TargetChange] = {}
    for named, value in values.items():
        number, indicator, key = find_indicator(indicators, named)
        if number in found:
            raise ValidationError("adjustment_target_twice", indicator=indicator.name)
        text = " ".join(str(value if value is not None else "").split())
        new = parse_target(text)
        before = (current or {}).get(key, indicator.target)
        if new == _quantity(before) or text == before:
            raise ValidationError("adjustment_target_unchanged", indicator=indicator.name, target=before)
        found[number] = TargetChange(key=key, before=before, target=text)
    return tuple(found[n] for n in sorted(found))


def _quantity(text: str) -> object:
    """The target as ``parse_target`` reads it, or None for one a plan wrote that is not a number."""
    try:
        return parse_target(text)
    except ValidationError:
        return None


def latest_changes(changes: Sequence[TargetChange]) -> dict[str, TargetChange]:
    """Per indicator key, the latest of ``changes`` (in the order issued: the later wins), its ``before`` the first
    one's — what the plan said."""
    latest: dict[str, TargetChange] = {}
    for change in changes:
        latest[change.key] = replace(change, before=latest[change.key].before) if change.key in latest else change
    return latest


def adjusted(indicators: Sequence[Indicator], changes: Sequence[TargetChange]) -> tuple[
    tuple[Indicator, ...], dict[str, TargetChange]
]:
    """The plan's indicators with the targets the adjustments set (``latest_changes``), and for each indicator of the
    plan changed its latest change."""
    keyed = {indicator_key(i, n): i for n, i in enumerate(indicators, start=1)}
    latest = {k: c for k, c in latest_changes(changes).items() if k in keyed}
    return (tuple(replace(i, target=latest[k].target) if k in latest else i for k, i in keyed.items()), latest)


def current_targets(indicators: Sequence[Indicator], changes: Sequence[TargetChange]) -> dict[str, str]:
    """The target in force of each indicator, by key, after ``changes``."""
    measured, _ = adjusted(indicators, changes)
    return {indicator_key(i, n): i.target for n, i in enumerate(measured, start=1)}
