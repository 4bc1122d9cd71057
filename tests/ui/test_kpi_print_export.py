"""The dashboard's "In báo cáo…" and "Xuất Excel…" on the hand-computed quarter: the report of the period shown,
rendered on a worker, previewed and recorded as every print is, with the figures of the screen; the workbook written
where the file dialog says, with the same numbers."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QThreadPool

from lamdong_desktop.services import printed, printing_kpi
from lamdong_desktop.storage import printed_repo
from lamdong_desktop.ui.kpi import figures
from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog

from ..services.meeting_support import at
from ..services.task_support import TODAY
from . import kpi_support
from .kpi_support import dashboard, kpi_json_of
from .proposal_support import KEPT, settle

quarter_template, quarter = kpi_support.quarter_template, kpi_support.quarter  # the fixtures


def _pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def _figure(view, key: str) -> str:
    """The figure of a bar without its target: "37,5% (3/8)"."""
    return view.targets.bar(key).text.split(" — ")[0]


def test_in_bao_cao_prints_the_period_shown_with_the_numbers_of_the_screen(qtbot, quarter, tmp_path, monkeypatch):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    rendered_on: list[str] = []
    real = printing_kpi.render_kpi

    def render(doc, target):
        rendered_on.append(threading.current_thread().name)
        return real(doc, target)

    monkeypatch.setattr(printing_kpi, "render_kpi", render)
    assert view.print_button.isVisible() and view.print_button.text() == "In báo cáo…"
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    preview = view.preview_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    KEPT.append(preview)
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=30_000)
    assert rendered_on and rendered_on[0] != threading.main_thread().name  # off the GUI thread
    assert preview.windowTitle() == "Xem bản in — Báo cáo chỉ tiêu quý I năm 2026"
    subject = f"2026-Q1@{TODAY.isoformat()}"
    assert printed_repo.of_subject(ctx.db, printed.KPI, "tasks", subject) == []  # a preview is no copy yet
    saved = preview.save_to(tmp_path / "bao-cao")
    text = _pdf_text(saved)
    # the figures of the dashboard, which are those of ``lamdong kpi --json`` (test_kpi_dashboard)
    expected = kpi_json_of(ctx, actors["head"])
    for key in (figures.EARLY, figures.PEOPLE, figures.BREAKTHROUGH):
        assert _figure(view, key) in text, key
    assert _figure(view, figures.EARLY) == "37,5% (3/8)" and _figure(view, figures.PEOPLE) == "33,3% (2/6)"
    assert "quý I năm 2026" in text and "20/03/2026" in text
    for ref in ("NV-2026-002", "NV-2026-009"):  # the hỏa tốc orders, listed behind their figure
        assert ref in text
    assert expected["urgent_orders"]["hoa_toc"] == 2
    assert len(printed_repo.of_subject(ctx.db, printed.KPI, "tasks", subject)) == 1  # the copy saved is recorded
    # the same paper as ``lamdong print kpi --period 2026-Q1`` on that day
    with at(TODAY, 11):
        cli = printing_kpi.print_kpi(ctx, actor=actors["head"], period="2026-Q1", target=tmp_path / "cli.pdf")
    cli_text = _pdf_text(cli)
    for key in (figures.EARLY, figures.PEOPLE, figures.BREAKTHROUGH):
        assert _figure(view, key) in cli_text
    preview.close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_in_bao_cao_follows_the_period_chosen(qtbot, quarter, tmp_path, errors_shown):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"], period="2026-02")
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    preview = view.preview_dialog
    KEPT.append(preview)
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=30_000)
    assert preview.windowTitle() == "Xem bản in — Báo cáo chỉ tiêu tháng 2 năm 2026"
    text = _pdf_text(preview.save_to(tmp_path / "thang-2"))
    assert "tháng 2 năm 2026" in text and _figure(view, figures.EARLY) in text
    assert len(printed_repo.of_subject(ctx.db, printed.KPI, "tasks", f"2026-02@{TODAY.isoformat()}")) == 1
    preview.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    # two days in the wrong order: the reason is told, no report is built
    view.set_period("2026-01-05:2026-02-10")
    view.picker.start.setDate(QDate(2026, 3, 1))
    assert view.print_report() is None and view.preview_dialog is preview
    assert errors_shown == ["Kỳ báo cáo từ 01/03/2026 đến 10/02/2026: ngày cuối trước ngày đầu."]


def test_xuat_excel_on_the_dashboard_asks_for_a_file_and_writes_the_kpi_tables(qtbot, quarter, tmp_path, monkeypatch):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    asked: list[tuple[str, str]] = []
    chosen = tmp_path / "Chỉ tiêu quý I"

    def save_file_name(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return str(chosen), "Bảng tính Excel (*.xlsx)"

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_file_name)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.exported is not None, timeout=20_000)
    settle(qtbot)
    target = chosen.with_name(chosen.name + ".xlsx")
    assert asked == [("Xuất chỉ tiêu ra tệp Excel", "Chỉ tiêu quý I năm 2026.xlsx")]
    assert view.exported == target and view.export_button.isEnabled()
    book = load_workbook(target)
    assert book["Chỉ tiêu"].freeze_panes == "A2"
    summary = [[c.value for c in row] for row in book["Chỉ tiêu"].iter_rows(min_row=2, max_row=4)]
    for row, key in zip(summary, (figures.EARLY, figures.PEOPLE, figures.BREAKTHROUGH), strict=True):
        assert f"{figures.percent(row[3])} ({row[1]}/{row[2]})" == _figure(view, key)
    assert book["Chỉ tiêu"].cell(2, 4).number_format == "0.0%"
    flash = [row[0].value for row in book["Hỏa tốc"].iter_rows(min_row=2)]
    assert flash == ["NV-2026-002", "NV-2026-009"]
    overdue = [row[0].value for row in book["Quá hạn chưa xong"].iter_rows(min_row=2)]
    assert sorted(overdue) == ["NV-2026-008", "NV-2026-009"]
