"""A list that names tasks already in the log — the program's own export, edited in Excel and imported back, or a
list with a task a leader gave by hand — adds no second copy: a row is matched to the task by its stable key
(source number, title, lead, day given) however the task came into the log, not only when it was imported."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.services import task_export, task_import, tasks

from .meeting_support import at, office
from .xlsx_support import write_list

TODAY = date(2026, 3, 20)


@pytest.fixture
def o(demo):
    o = office(*demo)
    with at(date(2026, 3, 2), 8):
        tasks.add_task(o.ctx, actor=o.head, title="Rà soát hồ sơ đất đai thôn 4", lead="canbo",
                       assigned_on=date(2026, 3, 2), due=date(2026, 3, 13), source_number="12/UBND-VP")
        tasks.add_task(o.ctx, actor=o.head, title="Báo cáo tiến độ tái canh cà phê", lead="K'Brơi Ngọc Sơn",
                       assigned_on=date(2026, 3, 2), working_days=5, urgency="khan")
    return o


def _count(o) -> int:
    return o.ctx.db.execute("SELECT count(*) FROM tasks").fetchone()[0]


def test_the_programs_own_export_imported_back_adds_nothing(o, tmp_path):
    target = tmp_path / "nhiem-vu.xlsx"
    with at(TODAY):
        task_export.export_tasks(o.ctx, actor=o.head, period=parse_period("2026-Q1", today=TODAY), target=target)
        found = task_import.preview(o.ctx, actor=o.head, path=target)
    held = {r["ref"] for r in o.ctx.db.query("SELECT ref FROM tasks")}
    assert len(found.ready) == 0 and not found.errors
    assert {s.ref for s in found.skipped} == held and len(found.skipped) == 2
    assert [s.differences for s in found.skipped] == [(), ()]
    with at(TODAY):
        assert task_import.confirm(o.ctx, actor=o.head, preview=found).value.refs == ()
    assert _count(o) == 2


def test_a_row_of_a_task_given_by_hand_is_skipped_with_what_differs(o, tmp_path):
    # the columns of xlsx_support's HEADERS: STT, number, source date, issuer, title, lead, given, due, days, urgency
    path = write_list(tmp_path / "a.xlsx", [
        [1, "12/UBND-VP", None, "", "RÀ SOÁT HỒ SƠ ĐẤT ĐAI THÔN 4", "K'Brơi Ngọc Sơn", "02/03/2026", "20/03/2026",
         None, ""],
        [2, "", None, "", "Một việc mới", "canbo", "03/03/2026", "13/03/2026", None, ""]])
    with at(TODAY):
        found = task_import.preview(o.ctx, actor=o.head, path=path)
    assert [r.task.fields["title"] for r in found.ready] == ["Một việc mới"]
    (skipped,) = found.skipped
    assert skipped.ref == "NV-2026-001" and skipped.differences == ("Hạn xử lý (20/03/2026 ≠ 13/03/2026)",)
    assert found.refused == 1
