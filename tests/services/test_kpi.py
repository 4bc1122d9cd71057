"""The resolution's targets as KPIs on a quarter whose answers were worked out by hand (``task_support``): the unit's
shares beside their targets, the lists behind them, each person's row; another period, other settings, a corrected
calendar, and who may read them."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from lamdong_desktop.cli.kpi import kpi_json
from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.kpi import KpiSettings, parse_period
from lamdong_desktop.domain.tasks import Urgency
from lamdong_desktop.services import calendar, kpi
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import task_facts

from .meeting_support import at, office
from .task_support import ANH, DUC, EXPECTED_Q1, HA, LAN, LONG, SON, TODAY, build_quarter, comparable


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    """The quarter, built once for the module's readers (they change nothing but a copy)."""
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    ctx, head = create_demo(DataPaths(tmp_path_factory.mktemp("kpi") / "data"), proposals=False)
    o = office(ctx, head)
    build_quarter(o)
    yield o
    ctx.close()


def _kpis(o, period="2026-Q1", actor=None, **kw):
    with at(TODAY):
        return kpi.unit_kpis(o.ctx, actor=actor or o.head, period=parse_period(period, today=TODAY), **kw)


def test_the_quarter_gives_the_hand_computed_answers(quarter):
    result = _kpis(quarter)
    assert comparable(kpi_json(result, lambda tasks: kpi.lines(quarter.ctx, tasks, actor=quarter.head))) == EXPECTED_Q1


def test_the_figures_beside_their_targets(quarter):
    k = _kpis(quarter)
    assert (k.early.part, k.early.whole, k.early.value, k.early.met) == (3, 8, Fraction(3, 8), False)
    assert (k.people.value, k.people.target) == (Fraction(1, 3), Fraction(4, 5))
    assert (len(k.open_overdue), k.open_with_good_reason, k.open_without_good_reason, k.open_unjudged) == (2, 1, 1, 1)
    assert k.orders == {Urgency.NORMAL: 7, Urgency.URGENT: 1, Urgency.VERY_URGENT: 0, Urgency.FLASH: 2}
    read = lambda tasks: kpi.lines(quarter.ctx, tasks, actor=quarter.head)  # noqa: E731
    assert [t.ref for t in read(k.flash)] == ["NV-2026-002", "NV-2026-009"]
    assert [(t.ref, t.allotted) for t in read(k.short)] == [("NV-2026-009", 1)]
    assert [t.ref for t in read(k.open_overdue)] == ["NV-2026-009", "NV-2026-008"]  # the nearest due day first
    assert (k.breakthrough.value, k.breakthrough.target) == (Fraction(1, 2), Fraction(1))
    # KPIs count against the original deadline: NV-2026-003, done on 20/01 within its extension to 21/01, is late
    extended = read(k.extended)[0]
    assert (extended.ref, extended.due_on, extended.current_due_on, extended.done_on) == (
        "NV-2026-003", date(2026, 1, 16), date(2026, 1, 21), date(2026, 1, 20))
    assert [p.full_name for p in k.people_with_overdue] == [LAN, LONG, SON, HA]


def test_a_month_already_past_is_counted_as_it_stood_at_its_end(quarter):
    k = _kpis(quarter, "2026-01")
    assert k.as_of == date(2026, 1, 31)
    # done in January: NV-2025-002 (late), NV-2026-001 (20%), -002 (on the day), -003 (late), -004 (1/3)
    assert (k.early.part, k.early.whole, k.completed, k.before_due, k.on_due) == (2, 5, 5, 2, 1)
    # held in January: Sơn, Long, Hà, Lan, Ánh (Đức's task came in February); late: Hà and Lan
    assert sorted(p.full_name for p in k.persons) == sorted([SON, LONG, HA, LAN, ANH])
    assert (k.people.part, k.people.whole) == (3, 5)
    assert len(k.open_overdue) == 0  # nothing open and late on 31/01
    flash = [t.ref for t in kpi.lines(quarter.ctx, k.flash, actor=quarter.head)]
    assert (sum(k.orders.values()), flash, len(k.short)) == (4, ["NV-2026-002"], 0)


def test_a_period_ahead_counts_nothing_late(quarter):
    k = _kpis(quarter, "2026-Q2")
    assert (k.early.whole, k.people.whole, len(k.open_overdue), sum(k.orders.values())) == (0, 0, 0, 0)
    assert k.early.value is None and k.early.met is None


def test_other_settings_count_other_short_deadlines(quarter):
    k = _kpis(quarter, kpi_settings=KpiSettings(threshold=Fraction(15, 100), short_days=5))
    # given fewer than 5 working days: -009 (1), -002 (2), -010 (3), -005 (4); 20%, 1/3 and 50% stay above 15%
    short = kpi.lines(quarter.ctx, k.short, actor=quarter.head)
    assert [(t.ref, t.allotted) for t in short] == [("NV-2026-002", 2), ("NV-2026-005", 4), ("NV-2026-009", 1),
                                                    ("NV-2026-010", 3)]
    assert (k.early.part, k.early.whole) == (3, 8)


def test_the_head_sets_the_threshold_and_the_short_limit_within_the_resolution(demo):
    o = office(*demo)
    with pytest.raises(PermissionDenied):
        kpi.set_settings(o.ctx, actor=o.official, threshold="12")
    with pytest.raises(ValidationError, match="task_threshold_invalid"):
        kpi.set_settings(o.ctx, actor=o.head, threshold="20")
    assert kpi.settings(o.ctx) == KpiSettings()
    assert kpi.set_settings(o.ctx, actor=o.head, threshold="12,5", short_days="3") == KpiSettings(Fraction(1, 8), 3)
    assert kpi.settings(o.ctx) == KpiSettings(Fraction(1, 8), 3)
    assert o.ctx.db.execute("SELECT count(*) FROM audit_events WHERE target_table = 'app_meta' "
                            "AND target_id LIKE 'kpi_%'").fetchone()[0] == 2


def test_only_the_head_and_the_leaders_read_the_units_kpis(quarter):
    seen = _kpis(quarter, actor=quarter.leader)
    assert seen.early.part == 3 and len(kpi.lines(quarter.ctx, seen.flash, actor=quarter.leader)) == 2
    for reader in (quarter.official, quarter.secretary, quarter.admin):
        with pytest.raises(PermissionDenied):
            _kpis(quarter, actor=reader)
        with pytest.raises(PermissionDenied):  # nor the tasks named behind them
            kpi.lines(quarter.ctx, seen.flash, actor=reader)


def test_a_corrected_calendar_recounts_the_working_days(demo):
    o = office(*demo)
    build_quarter(o)
    before = _kpis(o)
    # Two days off declared afterwards inside NV-2026-001's deadline (16 and 19 January, its due day): its 10
    # working days now end on 21 January (BLDS Đ147–148: the deadline moves with the calendar, services/
    # task_deadlines), so it keeps its 10 days and stays early enough; the facts are counted with the new calendar.
    # (Declared the day before, as a past day is refused; the quarter's KPIs then count with them.)
    for day in (date(2026, 1, 16), date(2026, 1, 19)):
        with at(date(2026, 1, 15), 18):
            calendar.set_correction(o.ctx, actor=o.admin, day=day, kind="off", name="Nghỉ đột xuất do thiên tai")
    after = _kpis(o)
    assert (before.early.part, after.early.part, after.early.whole) == (3, 3, 8)
    assert o.ctx.db.execute("SELECT due_on FROM tasks WHERE ref = 'NV-2026-001'").fetchone()[0] == "2026-01-21"
    row = o.ctx.db.execute("SELECT allotted, used, calendar FROM task_facts AS f JOIN tasks AS t ON t.id = f.task_id "
                           "WHERE t.ref = 'NV-2026-001'").fetchone()
    assert row[0] == 10 and row[1] < 10 and row[2] == task_facts.calendar_signature(o.ctx.db)
    assert task_facts.recount(o.ctx.db, lambda: calendar.working_calendar(o.ctx)) == 0  # nothing left to recount
    assert verify_all(o.ctx).ok


def test_the_quarters_records_verify(quarter):
    assert verify_all(quarter.ctx).ok
    people = {p.full_name for p in _kpis(quarter).persons}
    assert people == {LAN, ANH, LONG, SON, DUC, HA}
