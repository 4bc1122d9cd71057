"""Indicators reached against targets: the result report's numbers (ND 73/2023 Đ10), computed exactly.

A plan's quantified indicator (``proposals.Indicator``) keeps its baseline and target as the text its author
typed ("0", "1.200", "6,5", "≤ 30", "≥ 600"); progress updates record a value on a date. This module reads those
texts as exact decimals and says, for each indicator, the latest value, the share of the planned change reached
and whether the target is met; then suggests a result class that the evaluators confirm or change.

Decisions (the lead should know):

- **direction**: the model stores none. A target written "≥ 600" or "≤ 30" states it; otherwise a target below
  its baseline means lower is better (95 → 30 ngày), above it higher is better; a target equal to its baseline
  (0 → 0 vụ) means holding the level, reached only when the latest value equals it;
- **share** = (latest − baseline) / (target − baseline): the part of the planned change achieved, 1 at the target.
  With a zero baseline it is latest / target; a zero target is no special case (12 → 0 hồ sơ quá hạn: 12 → 3 is
  75%). It is **not capped**: over-achievement reads 125%, a move the wrong way a negative share; ``reached``
  compares the value with the target, never the rounded share. There is no share when the target equals the
  baseline, or when a stated "≥"/"≤" points away from the baseline (the target was already met at the start);
- an indicator without a recorded value, or whose baseline or target is not a number, is **not reached** (its
  status says which) — the suggestion never treats a gap as success;
- the latest value is the one of the latest date; on one date the one recorded last (the input's order) wins;
  values dated after ``as_of`` (the end of the implementation) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from .dates import check_date
from .errors import ValidationError
from .proposals import Indicator
from .scoring import rounded


class Achievement(StrEnum):
    """How far the implementation reached its targets (the evaluators' finding, ND 73/2023 Đ11)."""

    COMPLETED = "completed"  # hoàn thành
    PARTLY = "partly"  # hoàn thành một phần
    NOT_COMPLETED = "not_completed"  # không hoàn thành


class Direction(StrEnum):
    HIGHER = "higher"  # more is better: the target is above the baseline, or written "≥"
    LOWER = "lower"  # less is better: the target is below the baseline, or written "≤"
    HOLD = "hold"  # the target equals the baseline: keep the level


class IndicatorStatus(StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    NO_VALUE = "no_value"  # no progress recorded (up to ``as_of``)
    UNMEASURABLE = "unmeasurable"  # the baseline or the target is not a number


# A quantity as people write it in a Vietnamese plan: "." groups thousands, "," marks decimals ("1.200", "6,5",
# "1.200,75"); a point before other than three digits is a decimal point ("0.125", "12.5"): "1.200" is twelve
# hundred, the Vietnamese reading. ASCII digits only, at most 15 before and 6 after the mark, an optional sign and
# a trailing "%" (the unit is the indicator's own). No exponent: "1e-99999" would make exact arithmetic crawl.
_GROUPED = re.compile(r"([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d{1,6}))?", re.ASCII)
_PLAIN = re.compile(r"(\d{1,15})(?:,(\d{1,6}))?", re.ASCII)
_POINT = re.compile(r"(\d{1,15})\.(\d{1,6})", re.ASCII)
_BOUNDS = (("≥", Direction.HIGHER), (">=", Direction.HIGHER), ("≤", Direction.LOWER), ("<=", Direction.LOWER))
MAX_DIGITS = 15
MAX_DECIMALS = 6


def _invalid(value: object) -> ValidationError:
    text = str(value)
    return ValidationError("indicator_value_invalid", value=text if len(text) <= 24 else text[:24] + "…")


def parse_quantity(value: object) -> Decimal:
    """A value as typed or stored, exactly: 12, "1.200", "6,5", "-2,5", "95%", Decimal("0.3"); never a float."""
    if isinstance(value, bool) or isinstance(value, float):
        raise _invalid(value)
    if isinstance(value, int):
        if abs(value) >= 10**MAX_DIGITS:
            raise _invalid(value)
        return Decimal(value)
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        if not value.is_finite() or not isinstance(exponent, int) or exponent < -MAX_DECIMALS \
                or value.adjusted() >= MAX_DIGITS:
            raise _invalid(value)
        return value
    text = str(value if value is not None else "").strip()
    if len(text) > 32:
        raise _invalid(text)
    body = text.removesuffix("%").rstrip()
    sign = ""
    if body[:1] in ("-", "−", "+"):
        sign, body = ("-" if body[0] != "+" else ""), body[1:].lstrip()
    grouped = _GROUPED.fullmatch(body)
    if grouped:
        whole, decimals = grouped.group(1).replace(".", ""), grouped.group(2) or ""
        if len(whole) > MAX_DIGITS:
            raise _invalid(text)
    else:
        found = _PLAIN.fullmatch(body) or _POINT.fullmatch(body)
        if not found:
            raise _invalid(text)
        whole, decimals = found.group(1), found.group(2) or ""
    return Decimal(f"{sign}{whole}.{decimals}" if decimals else f"{sign}{whole}")


def parse_target(value: object) -> tuple[Decimal, Direction | None]:
    """A target and the direction it states: "≥ 600" → (600, HIGHER), "≤ 30" → (30, LOWER), "90" → (90, None)."""
    text = str(value if value is not None else "").strip()
    for mark, direction in _BOUNDS:
        if text.startswith(mark):
            return parse_quantity(text[len(mark):]), direction
    return parse_quantity(value), None


@dataclass(frozen=True)
class Progress:
    """One progress update: the indicator's value on a date (the evidence is the service's business)."""

    indicator_id: str
    value: Decimal
    on: date

    @classmethod
    def create(cls, *, indicator_id: str, value: object, on: date) -> Progress:
        return cls(indicator_id=indicator_id, value=parse_quantity(value), on=check_date(on))


def indicator_key(indicator: Indicator, number: int) -> str:
    """The key progress refers to: the indicator's id, or its number from 1 for a plan saved before ids."""
    return indicator.id or str(number)


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator measured: what the result report prints in its table."""

    key: str
    indicator: Indicator
    status: IndicatorStatus
    direction: Direction | None = None
    baseline: Decimal | None = None
    target: Decimal | None = None
    latest: Decimal | None = None
    latest_on: date | None = None
    share: Fraction | None = None  # of the planned change; 1 at the target; not capped

    @property
    def reached(self) -> bool:
        return self.status is IndicatorStatus.REACHED


@dataclass(frozen=True)
class Results:
    """Every indicator measured, and the result class the numbers suggest (None for a plan without indicator)."""

    indicators: tuple[IndicatorResult, ...]
    suggested: Achievement | None

    @property
    def reached(self) -> int:
        return sum(1 for i in self.indicators if i.reached)

    @property
    def without_value(self) -> tuple[str, ...]:
        """Keys of the indicators with no value yet: what the implementer still has to record."""
        return tuple(i.key for i in self.indicators if i.status is IndicatorStatus.NO_VALUE)


def _direction(baseline: Decimal, target: Decimal, stated: Direction | None) -> Direction:
    if stated is not None:
        return stated
    if target > baseline:
        return Direction.HIGHER
    return Direction.LOWER if target < baseline else Direction.HOLD


def _is_reached(latest: Decimal, target: Decimal, direction: Direction) -> bool:
    if direction is Direction.HIGHER:
        return latest >= target
    if direction is Direction.LOWER:
        return latest <= target
    return latest == target


def _share(latest: Decimal, baseline: Decimal, target: Decimal, direction: Direction) -> Fraction | None:
    change = Fraction(target) - Fraction(baseline)
    towards = (direction is Direction.HIGHER and change > 0) or (direction is Direction.LOWER and change < 0)
    return (Fraction(latest) - Fraction(baseline)) / change if towards else None


def _latest(values: Iterable[Progress]) -> Progress | None:
    found: Progress | None = None
    for progress in values:  # the later of two on one day: the one recorded last
        if found is None or progress.on >= found.on:
            found = progress
    return found


def measure_indicator(indicator: Indicator, progress: Sequence[Progress], *, key: str = "") -> IndicatorResult:
    """One indicator against its target, from its own progress updates (in the order recorded)."""
    try:
        baseline = parse_quantity(indicator.baseline)
        target, stated = parse_target(indicator.target)
    except ValidationError:
        latest = _latest(progress)
        return IndicatorResult(key, indicator, IndicatorStatus.UNMEASURABLE,
                               latest=latest.value if latest else None, latest_on=latest.on if latest else None)
    direction = _direction(baseline, target, stated)
    latest = _latest(progress)
    if latest is None:
        return IndicatorResult(key, indicator, IndicatorStatus.NO_VALUE, direction, baseline, target)
    reached = _is_reached(latest.value, target, direction)
    return IndicatorResult(
        key, indicator, IndicatorStatus.REACHED if reached else IndicatorStatus.NOT_REACHED, direction, baseline,
        target, latest.value, latest.on, _share(latest.value, baseline, target, direction),
    )


def suggest(results: Sequence[IndicatorResult]) -> Achievement | None:
    """All targets reached → hoàn thành; some → một phần; none → không hoàn thành (the evaluators decide)."""
    if not results:
        return None
    reached = sum(1 for r in results if r.reached)
    if reached == len(results):
        return Achievement.COMPLETED
    return Achievement.PARTLY if reached else Achievement.NOT_COMPLETED


def measure(indicators: Sequence[Indicator], progress: Iterable[Progress], *, as_of: date | None = None) -> Results:
    """Every indicator of the plan against its target, from the recorded progress (values after ``as_of`` left out).

    A progress update for an indicator the plan does not have is refused (``progress_indicator_unknown``).
    """
    keys = [indicator_key(indicator, number) for number, indicator in enumerate(indicators, start=1)]
    by_key: dict[str, list[Progress]] = {key: [] for key in keys}
    for update in progress:
        if update.indicator_id not in by_key:
            raise ValidationError("progress_indicator_unknown", indicator=update.indicator_id)
        if as_of is None or update.on <= as_of:
            by_key[update.indicator_id].append(update)
    measured = tuple(measure_indicator(indicator, by_key[key], key=key)
                     for key, indicator in zip(keys, indicators, strict=True))
    return Results(measured, suggest(measured))


def share_percent(share: Fraction, places: int = 1) -> Decimal:
    """A share as a percentage rounded half away from zero, exactly: 2/3 → 66.7; 5/4 → 125.0."""
    return rounded(share * 100, places)
