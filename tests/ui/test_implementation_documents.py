"""The “Thực hiện” tab, clicked through: the head's adjustment dialog sets a new target, which the table then shows
beside the plan's; the adjustment's and the report's signed copies are attached from the tab and then read
"Đã ký" — the same widget as the decisions' and conclusions' in the meeting window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QDesktopServices

from lamdong_desktop.services import adjustments, result_reports
from tests.files_support import pdf_bytes, write_pdf

from ..services.implementation_support import reported, started
from ..services.meeting_support import at, office
from .proposal_support import settle
from .test_implementation_panel import _window


@pytest.fixture
def o(demo):
    return office(*demo)


def _settled(qtbot, operation) -> None:
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert operation.succeeded


def test_the_head_adjusts_a_target_and_attaches_the_signed_decision(qtbot, o, on_modal, answer_yes, tmp_path,
                                                                     monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    proposal = started(o)
    with at(date(2026, 1, 20), 10):
        panel = _window(qtbot, o, o.head, proposal).implementation
        assert panel.documents.isHidden()  # nothing issued or reported yet
        refused: list[str] = []

        def adjust(dialog) -> None:
            assert dialog.targets.rowCount() == 2 and dialog.targets.item(1, 1).text() == "12 ngày"
            dialog.content.setPlainText("Điều chỉnh mục tiêu thời gian cấp giấy chứng nhận.")
            dialog.reasons.setPlainText("Hồ sơ tồn đọng nhiều hơn dự kiến.")
            dialog.set_target(2, "nhanh hơn")
            dialog.accept()
            refused.append(dialog.error.text())
            assert dialog.isVisible() and adjustments.list_adjustments(o.ctx, proposal.id, actor=o.head) == []
            dialog.set_target(2, "≤ 20")
            dialog.accept()

        on_modal(adjust)
        panel.act("adjust")
        settle(qtbot)
        assert refused and "không phải là một số" in refused[0]
        (made,) = adjustments.list_adjustments(o.ctx, proposal.id, actor=o.head)
        assert [(t.before, t.target) for t in made.targets] == [("12", "≤ 20")]
        assert panel.table.item(1, 3).text() == "≤ 20 (kế hoạch: 12; điều chỉnh theo 02/QĐ-UBND)"
        box = panel.documents
        assert box.isVisibleTo(panel) and box.adjustment.currentText() == "Số 02/QĐ-UBND ngày 20/01/2026 — Chưa ký"
        bar = box.adjustment_copy
        assert bar.attach_button.isVisibleTo(panel) and bar.preview_button.isVisibleTo(panel)
        scan = write_pdf(tmp_path / "qd-dieu-chinh.pdf", "signed adjustment")
        _settled(qtbot, bar.attach_signed(scan))
        settle(qtbot)
        assert bar.signed_line.text() == "Đã ký" and bar.attach_button.isHidden()
        assert box.adjustment.currentText().endswith("— Đã ký")
        assert bar.open_scan().read_bytes() == pdf_bytes("signed adjustment") and len(opened) == 1
        assert "quyết định số 02/QĐ-UBND" in answer_yes[0]
    # The official, its implementer, reads the decision but is not offered to attach it.
    with at(date(2026, 1, 21), 10):
        mine = _window(qtbot, o, o.official, proposal).implementation
        assert mine.documents.adjustment_copy.signed_line.text() == "Đã ký"
        assert mine.documents.adjustment_copy.attach_button.isHidden()


def test_the_implementer_attaches_his_signed_report_from_the_tab(qtbot, o, answer_yes, tmp_path):
    proposal = reported(o)
    with at(date(2026, 2, 4), 10):
        panel = _window(qtbot, o, o.official, proposal).implementation
        bar = panel.documents.report_copy
        assert bar.isVisibleTo(panel) and bar.signed_line.text().startswith("Chưa ký")
        assert bar.preview_button.isHidden() and "print_report" in panel.visible_buttons()
        assert panel.documents.adjustment.isHidden()  # no adjustment was issued
        _settled(qtbot, bar.attach_signed(write_pdf(tmp_path / "bao-cao.pdf", "signed report")))
        settle(qtbot)
        assert bar.signed_line.text() == "Đã ký" and bar.scan_button.isVisibleTo(panel)
    assert result_reports.get(o.ctx, proposal.id, actor=o.head).locked
