"""The quarter whose KPIs were worked out by hand (``tests/services/task_support``), shown on the dashboard, and what
``lamdong kpi --json`` says of it: for the dashboard's tests and those of its print and export."""

from __future__ import annotations

import shutil

import pytest

from lamdong_desktop.cli.kpi import kpi_json
from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.services import kpi
from lamdong_desktop.services.context import open_app
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.ui.kpi.view import KpiView

from ..services.meeting_support import at, office
from ..services.task_support import TODAY, build_quarter
from .proposal_support import KEPT, settle


@pytest.fixture(scope="module")
def quarter_template(tmp_path_factory):
    from lamdong_desktop.services.demo import create_demo

    root = tmp_path_factory.mktemp("kpi-quarter") / "data"
    ctx, head = create_demo(DataPaths(root), proposals=False)
    o = office(ctx, head)
    build_quarter(o)
    actors = {"head": o.head, "official": o.official}
    ctx.close()
    return root, actors


@pytest.fixture
def quarter(tmp_path, quarter_template):
    root, actors = quarter_template
    copy = tmp_path / "quarter"
    shutil.copytree(root, copy)
    ctx = open_app(DataPaths(copy))
    yield ctx, actors
    ctx.close()


def dashboard(qtbot, ctx, actor, period="2026-Q1") -> KpiView:
    view = KpiView(ctx, actor, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    KEPT.append(view)
    view.set_period(period)
    qtbot.waitUntil(lambda: not view.loading, timeout=20_000)
    settle(qtbot)
    # the layout takes the bars' height
    qtbot.waitUntil(lambda: view.targets.parentWidget().height() > view.targets.minimumHeight() > 0, timeout=5_000)
    return view


def kpi_json_of(ctx, actor, period="2026-Q1"):
    """``lamdong kpi --period P --json`` (``cli.kpi.kpi_json`` over the same service, today pinned)."""
    with at(TODAY):
        result = kpi.unit_kpis(ctx, actor=actor, period=parse_period(period, today=TODAY))
        return kpi_json(result, lambda t: kpi.lines(ctx, t, actor=actor))


def share_text(share) -> str:
    value = f"{share['value'] * 100:.1f}".replace(".", ",")
    return f"{value}% ({share['part']}/{share['whole']}) — mục tiêu ≥ {share['target'] * 100:g}%"
