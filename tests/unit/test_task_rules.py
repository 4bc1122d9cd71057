"""Who may take each step of a task, the dates a step may bear, and the KPI period and settings — pure rules."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.kpi import (
    KpiSettings,
    PeriodKind,
    parse_period,
    parse_short_days,
    parse_threshold,
    threshold_percent,
)
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.task_rules import (
    Step,
    TaskStanding,
    TaskState,
    check_act_day,
    check_assigned_day,
    check_new_due,
    check_open,
    late_on,
    may,
    require,
)

HEAD, LEADER, OFFICIAL, SECRETARY = ({Role.HEAD}, {Role.LEADER}, {Role.OFFICIAL}, {Role.SECRETARY})
LEAD, CO, NOBODY = TaskStanding(is_lead=True), TaskStanding(is_co=True), TaskStanding()
GAVE = TaskStanding(is_assigner=True)


@pytest.mark.parametrize(("step", "roles", "standing", "allowed"), [
    (Step.ASSIGN, HEAD, NOBODY, True),
    (Step.ASSIGN, LEADER, NOBODY, True),
    (Step.ASSIGN, OFFICIAL, NOBODY, False),  # an official gives nobody a task …
    (Step.ASSIGN, OFFICIAL, LEAD, True),  # … but logs one given to himself
    (Step.PROGRESS, OFFICIAL, CO, True),
    (Step.PROGRESS, OFFICIAL, NOBODY, False),
    (Step.PROGRESS, SECRETARY, NOBODY, False),
    (Step.COMPLETE, OFFICIAL, LEAD, True),
    (Step.COMPLETE, OFFICIAL, CO, False),  # the lead reports the result, not a co-assignee
    (Step.COMPLETE, LEADER, NOBODY, True),
    (Step.REQUEST_EXTENSION, OFFICIAL, LEAD, True),
    (Step.REQUEST_EXTENSION, OFFICIAL, CO, False),
    (Step.DECIDE_EXTENSION, LEADER, GAVE, True),  # the task's assigner decides …
    (Step.DECIDE_EXTENSION, HEAD, NOBODY, True),  # … or the head
    (Step.DECIDE_EXTENSION, LEADER, NOBODY, False),  # not another leader (a deputy on the chairman's task)
    (Step.DECIDE_EXTENSION, LEADER, TaskStanding(is_lead=True, is_assigner=True), False),  # nor his own request
    (Step.DECIDE_EXTENSION, OFFICIAL, NOBODY, False),
    (Step.REASSIGN, LEADER, GAVE, True),
    (Step.REASSIGN, HEAD, NOBODY, True),
    (Step.REASSIGN, LEADER, NOBODY, False),
    (Step.REASSIGN, OFFICIAL, LEAD, False),
    (Step.CANCEL, HEAD, NOBODY, True),
    (Step.CANCEL, LEADER, GAVE, True),
    (Step.CANCEL, LEADER, NOBODY, False),
    (Step.CANCEL, OFFICIAL, LEAD, False),
    (Step.CONFIRM, LEADER, GAVE, True),  # the assigner confirms a task recorded by someone else
    (Step.CONFIRM, HEAD, NOBODY, False),  # nobody else for him
    (Step.CONFIRM, OFFICIAL, GAVE, False),
    (Step.JUDGE, HEAD, NOBODY, True),  # seed IV.5: the head's judgement …
    (Step.JUDGE, LEADER, NOBODY, False),
    (Step.JUDGE, HEAD, LEAD, False),  # … never of a delay of his own
])
def test_who_may_take_each_step(step, roles, standing, allowed):
    assert may(step, frozenset(roles), standing) is allowed
    if not allowed:
        with pytest.raises(PermissionDenied) as err:
            require(step, frozenset(roles), standing)
        assert err.value.params["permission"] == f"task.{step.value}"


def test_only_an_open_task_takes_the_open_steps():
    check_open(TaskState.OPEN, "NV-2026-001")
    for state in (TaskState.DONE, TaskState.CANCELLED):
        with pytest.raises(ValidationError) as err:
            check_open(state, "NV-2026-001")
        assert err.value.params == {"ref": "NV-2026-001", "task_state": state.value}


def test_a_step_bears_a_day_already_come_and_not_before_the_task():
    today, given = date(2026, 3, 20), date(2026, 3, 2)
    assert check_act_day(date(2026, 3, 2), assigned_on=given, today=today) == date(2026, 3, 2)
    with pytest.raises(ValidationError, match="task_date_in_future"):
        check_act_day(date(2026, 3, 21), assigned_on=given, today=today)
    with pytest.raises(ValidationError, match="task_date_too_early") as err:
        check_act_day(date(2026, 3, 1), assigned_on=given, today=today)
    assert err.value.params["earliest"] == "02/03/2026"
    with pytest.raises(ValidationError, match="task_date_too_early"):  # a decision before the request
        check_act_day(date(2026, 3, 5), assigned_on=given, today=today, after=date(2026, 3, 6))
    with pytest.raises(ValidationError, match="task_assigned_in_future"):
        check_assigned_day(date(2026, 3, 21), today=today)


def test_an_extension_moves_the_deadline_later_only():
    assert check_new_due(date(2026, 3, 24), current_due=date(2026, 3, 10)) == date(2026, 3, 24)
    for day in (date(2026, 3, 10), date(2026, 3, 9)):
        with pytest.raises(ValidationError, match="task_extension_not_later"):
            check_new_due(day, current_due=date(2026, 3, 10))


@pytest.mark.parametrize(("done", "day", "late"), [
    (None, date(2026, 3, 10), False),  # open, on its due day
    (None, date(2026, 3, 11), True),  # open, the day after
    (date(2026, 3, 11), date(2026, 3, 20), True),  # done late
    (date(2026, 3, 10), date(2026, 3, 20), False),  # done on the day
    (date(2026, 3, 12), date(2026, 3, 11), True),  # seen before it was done: still open and late then
])
def test_late_against_the_original_due_day(done, day, late):
    assert late_on(date(2026, 3, 10), done_on=done, day=day) is late


TODAY = date(2026, 3, 20)


@pytest.mark.parametrize(("text", "kind", "start", "end", "code"), [
    ("2026", PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31), "2026"),
    ("2026-Q3", PeriodKind.QUARTER, date(2026, 7, 1), date(2026, 9, 30), "2026-Q3"),
    ("2026-q1", PeriodKind.QUARTER, date(2026, 1, 1), date(2026, 3, 31), "2026-Q1"),
    ("2026-11", PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30), "2026-11"),
    ("2026-2", PeriodKind.MONTH, date(2026, 2, 1), date(2026, 2, 28), "2026-02"),
    ("2026-12", PeriodKind.MONTH, date(2026, 12, 1), date(2026, 12, 31), "2026-12"),
    ("2026-01-05:2026-02-10", PeriodKind.CUSTOM, date(2026, 1, 5), date(2026, 2, 10), "2026-01-05:2026-02-10"),
    ("05/01/2026:10/02/2026", PeriodKind.CUSTOM, date(2026, 1, 5), date(2026, 2, 10), "2026-01-05:2026-02-10"),
    ("", PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31), "2026"),  # none given: this year
])
def test_periods(text, kind, start, end, code):
    period = parse_period(text, today=TODAY)
    assert (period.kind, period.start, period.end, period.code) == (kind, start, end, code)


@pytest.mark.parametrize(("text", "code"), [
    ("2026-Q5", "period_invalid"), ("2026-13", "period_invalid"), ("năm nay", "period_invalid"),
    ("2026-02-30:2026-03-01", "period_invalid"), ("2026-03-01:2026-02-01", "period_reversed"),
    ("1800", "date_out_of_range"),
])
def test_bad_periods_are_refused(text, code):
    with pytest.raises(ValidationError) as err:
        parse_period(text, today=TODAY)
    assert err.value.code == code


def test_a_running_period_is_counted_up_to_today_and_one_ahead_counts_nothing():
    assert parse_period("2026", today=TODAY).as_of(TODAY) == TODAY
    assert parse_period("2025", today=TODAY).as_of(TODAY) == date(2025, 12, 31)
    ahead = parse_period("2026-Q2", today=TODAY)
    assert ahead.as_of(TODAY) < ahead.start


@pytest.mark.parametrize(("text", "value"), [("10", Fraction(1, 10)), ("12,5", Fraction(1, 8)),
                                             ("15%", Fraction(3, 20)), ("12.5 %", Fraction(1, 8))])
def test_the_threshold_is_typed_in_percent(text, value):
    assert parse_threshold(text) == value
    assert threshold_percent(value) == text.rstrip("% ").replace(".", ",")


@pytest.mark.parametrize("text", ["9", "16", "0.1", "mười", "nan", ""])
def test_a_threshold_outside_ten_to_fifteen_percent_is_refused(text):
    with pytest.raises(ValidationError, match="task_threshold_invalid"):
        parse_threshold(text)


def test_the_short_deadline_limit():
    assert parse_short_days(" 3 ") == 3
    assert KpiSettings().short_days == 2 and KpiSettings().threshold == Fraction(1, 10)
    for bad in ("0", "21", "hai", "2.5"):
        with pytest.raises(ValidationError, match="task_short_days_invalid"):
            parse_short_days(bad)
    with pytest.raises(ValidationError, match="task_threshold_invalid"):
        KpiSettings(threshold=Fraction(1, 5))
