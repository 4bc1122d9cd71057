"""Indicators reached against targets: exact numbers read the Vietnamese way, directions, shares, suggestions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.proposals import Indicator
from lamdong_desktop.domain.results import (
    Achievement,
    Direction,
    IndicatorStatus,
    Progress,
    measure,
    measure_indicator,
    parse_quantity,
    parse_target,
    share_percent,
    suggest,
)
from lamdong_desktop.messages import (
    ACHIEVEMENT_WORDS,
    DIRECTION_WORDS,
    INDICATOR_STATUS_WORDS,
    describe,
    quantity_text,
    share_text,
)

D = date


def _ind(baseline: str, target: str, id: str = "i1", name: str = "Chỉ tiêu") -> Indicator:
    return Indicator(name=name, unit="hồ sơ", baseline=baseline, target=target, id=id)


def _p(value: object, day: date, id: str = "i1") -> Progress:
    return Progress.create(indicator_id=id, value=value, on=day)


@pytest.mark.parametrize(("text", "value"), [
    ("0", Decimal("0")),
    ("1.200", Decimal("1200")),  # the Vietnamese thousands dot (demo data: 1.200 thửa)
    ("12.345.678", Decimal("12345678")),
    ("6,5", Decimal("6.5")),
    ("1.200,75", Decimal("1200.75")),
    ("0.125", Decimal("0.125")),  # no thousands group starts with 0: a decimal point
    ("12.5", Decimal("12.5")),  # not three digits after the point: a decimal point
    ("95%", Decimal("95")),
    ("12,5 %", Decimal("12.5")),
    ("-2,5", Decimal("-2.5")),
    ("− 3", Decimal("-3")),  # the typographic minus
    ("+4", Decimal("4")),
    ("  30 ", Decimal("30")),
    (7, Decimal("7")),
    (Decimal("0.3"), Decimal("0.3")),
])
def test_quantities_read_exactly_the_vietnamese_way(text, value):
    assert parse_quantity(text) == value


@pytest.mark.parametrize("text", ["", "-", "%", "abc", "1e5", "1,2,3", "1.2.3", "1.20.000", "12 hồ sơ", "١٢",
                                  "1" * 16, "0," + "1" * 7, "Infinity", "NaN", 0.1, True, Decimal("1E+20"),
                                  Decimal("NaN"), Decimal("0.0000001"), 10**15])
def test_anything_else_is_refused_with_its_code(text):
    with pytest.raises(ValidationError) as err:
        parse_quantity(text)
    assert err.value.code == "indicator_value_invalid"
    assert "không phải là một số" in describe(err.value)


def test_no_float_surprise():
    assert parse_quantity("0,1") + parse_quantity("0,2") == parse_quantity("0,3")
    result = measure_indicator(_ind("0", "0,3"), [_p("0,1", D(2026, 3, 1)), _p("0,3", D(2026, 6, 1))])
    assert result.reached and result.share == 1


@pytest.mark.parametrize(("text", "value", "direction"), [
    ("≥ 600", Decimal("600"), Direction.HIGHER),
    (">=5", Decimal("5"), Direction.HIGHER),
    ("≤ 30", Decimal("30"), Direction.LOWER),
    ("<= 1.000", Decimal("1000"), Direction.LOWER),
    ("90", Decimal("90"), None),
])
def test_a_target_may_state_its_direction(text, value, direction):
    assert parse_target(text) == (value, direction)


def test_higher_is_better_and_over_achievement_is_not_capped():
    ind = _ind("0", "1.200")
    half = measure_indicator(ind, [_p("600", D(2026, 5, 1))])
    assert (half.status, half.direction, half.share) == (IndicatorStatus.NOT_REACHED, Direction.HIGHER, Fraction(1, 2))
    over = measure_indicator(ind, [_p("1.500", D(2026, 12, 1))])
    assert over.reached and over.share == Fraction(5, 4) and share_text(over.share) == "125%"
    exact = measure_indicator(_ind("35", "280"), [_p("280", D(2027, 1, 1))])
    assert exact.reached and exact.share == 1


def test_lower_is_better_when_the_target_is_below_the_baseline():
    ind = _ind("95", "30")  # thời gian giải quyết bình quân: 95 → 30 ngày
    result = measure_indicator(ind, [_p("40", D(2027, 6, 1))])
    assert result.direction is Direction.LOWER and not result.reached
    assert result.share == Fraction(55, 65) and share_text(result.share) == "84,6%"
    assert measure_indicator(ind, [_p("30", D(2027, 6, 1))]).reached
    assert measure_indicator(ind, [_p("28", D(2027, 6, 1))]).share == Fraction(67, 65)  # beyond: not capped


def test_a_zero_target_is_an_ordinary_lower_is_better_target():
    result = measure_indicator(_ind("12", "0"), [_p("3", D(2026, 9, 1))])
    assert result.direction is Direction.LOWER and result.share == Fraction(3, 4) and not result.reached
    assert measure_indicator(_ind("12", "0"), [_p("0", D(2026, 9, 1))]).reached


def test_a_target_equal_to_its_baseline_means_holding_the_level():
    hold = _ind("0", "0")  # no new violations
    assert measure_indicator(hold, [_p("0", D(2026, 9, 1))]).reached
    moved = measure_indicator(hold, [_p("2", D(2026, 9, 1))])
    assert moved.direction is Direction.HOLD and not moved.reached and moved.share is None
    assert share_text(moved.share) == "—"
    # "≥ 100" with baseline 100 states the direction: more is fine, no share (no planned change).
    stated = measure_indicator(_ind("100", "≥ 100"), [_p("104", D(2026, 9, 1))])
    assert stated.reached and stated.direction is Direction.HIGHER and stated.share is None


def test_a_stated_direction_wins_over_the_baseline():
    # "≥ 50" with a baseline of 80: the target was met at the start; reached by comparison, no share.
    result = measure_indicator(_ind("80", "≥ 50"), [_p("60", D(2026, 9, 1))])
    assert result.reached and result.share is None
    assert measure_indicator(_ind("68", "≤ 30"), [_p("31", D(2026, 9, 1))]).share == Fraction(37, 38)


def test_a_move_the_wrong_way_reads_as_a_negative_share():
    result = measure_indicator(_ind("10", "20"), [_p("8", D(2026, 9, 1))])
    assert result.share == Fraction(-1, 5) and share_text(result.share) == "-20%" and not result.reached


def test_the_latest_value_is_the_latest_date_and_on_one_day_the_last_recorded():
    ind = _ind("0", "10")
    updates = [_p("9", D(2026, 6, 1)), _p("4", D(2026, 3, 1)), _p("7", D(2026, 6, 1))]
    result = measure_indicator(ind, updates)
    assert (result.latest, result.latest_on) == (Decimal("7"), D(2026, 6, 1))


def test_missing_and_unmeasurable_indicators_are_not_reached():
    plan = [_ind("0", "10", "a"), _ind("0", "tăng 20%", "b"), _ind("5", "1", "c")]
    results = measure(plan, [_p("10", D(2026, 6, 1), "a"), _p("3", D(2026, 6, 1), "b")])
    statuses = [r.status for r in results.indicators]
    assert statuses == [IndicatorStatus.REACHED, IndicatorStatus.UNMEASURABLE, IndicatorStatus.NO_VALUE]
    assert results.indicators[1].latest == Decimal("3") and results.indicators[1].share is None
    assert results.without_value == ("c",) and results.reached == 1
    assert results.suggested is Achievement.PARTLY


def test_values_after_the_end_are_left_out():
    plan = [_ind("0", "10")]
    updates = [_p("6", D(2026, 6, 1)), _p("10", D(2026, 7, 2))]
    assert measure(plan, updates).suggested is Achievement.COMPLETED
    late = measure(plan, updates, as_of=D(2026, 7, 1))
    assert late.suggested is Achievement.NOT_COMPLETED and late.indicators[0].latest == Decimal("6")
    assert measure(plan, updates, as_of=D(2026, 5, 31)).without_value == ("i1",)


def test_indicators_without_id_are_keyed_by_their_number():
    plan = [_ind("0", "10", id=""), _ind("0", "5", id="")]
    results = measure(plan, [_p("10", D(2026, 6, 1), "1"), _p("5", D(2026, 6, 1), "2")])
    assert [r.key for r in results.indicators] == ["1", "2"] and results.suggested is Achievement.COMPLETED


def test_progress_for_an_indicator_not_in_the_plan_is_refused():
    with pytest.raises(ValidationError) as err:
        measure([_ind("0", "10")], [_p("1", D(2026, 6, 1), "ghost")])
    assert err.value.code == "progress_indicator_unknown"
    assert describe(err.value) == "Chỉ tiêu “ghost” không có trong kế hoạch của đề xuất."


def test_a_progress_value_and_date_are_checked_where_they_enter():
    with pytest.raises(ValidationError) as err:
        Progress.create(indicator_id="i1", value="nhiều", on=D(2026, 6, 1))
    assert err.value.code == "indicator_value_invalid"
    with pytest.raises(ValidationError) as err:
        Progress.create(indicator_id="i1", value="1", on=D(1800, 1, 1))
    assert err.value.code == "date_out_of_range"


def test_the_suggestion_all_some_none():
    reached = measure_indicator(_ind("0", "1"), [_p("1", D(2026, 1, 5))])
    missed = measure_indicator(_ind("0", "1"), [_p("0", D(2026, 1, 5))])
    assert suggest([reached, reached]) is Achievement.COMPLETED
    assert suggest([reached, missed]) is Achievement.PARTLY
    assert suggest([missed, missed]) is Achievement.NOT_COMPLETED
    assert suggest([]) is None  # a plan without indicators suggests nothing: the evaluators judge


def test_numbers_and_shares_print_the_vietnamese_way():
    assert quantity_text(Decimal("1200.5")) == "1.200,5" and quantity_text(Decimal("-12345")) == "-12.345"
    assert quantity_text(parse_quantity("6,5")) == "6,5" and quantity_text(Decimal("0")) == "0"
    assert share_percent(Fraction(2, 3)) == Decimal("66.7") and share_text(Fraction(2, 3)) == "66,7%"
    assert share_text(Fraction(1)) == "100%" and share_text(Fraction(1, 8), places=2) == "12,5%"
    assert share_text(Fraction(1, 200)) == "0,5%"


def test_every_status_direction_and_achievement_has_its_words():
    assert set(INDICATOR_STATUS_WORDS) == set(IndicatorStatus) and set(DIRECTION_WORDS) == set(Direction)
    assert set(ACHIEVEMENT_WORDS) == set(Achievement)
