"""The signed documents of an implementation on the proposal's “Thực hiện” tab: the implementer's result report and the
adjustment decisions, each with its signed copy (``signed_copy.SignedCopyBar``: "Đã ký", the copy attached — a scan
of the paper or the PDF signed digitally — and opened); an adjustment also printed from here.

Who may attach is the services' rule (``result_reports.attach_signed``, ``adjustments.attach_signed``); the box only
offers it to those the rule lets: the report to its implementers and to the one who evaluates it, an adjustment to
the one who issued it (the head, the province at its level) and the unit's secretary.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.messages import signed_state_words
from lamdong_desktop.services import adjustments, result_reports
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.signed_copy import SignedCopyBar, SignedTarget


class ImplementationDocuments(QGroupBox):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Văn bản đã ký"))
        self.ctx, self.actor = ctx, actor
        self.scans = documents.ScanOpener()
        self.report: result_reports.ReportView | None = None
        self.adjustments: list[adjustments.AdjustmentView] = []
        # The report prints from the tab's own "Xem báo cáo…": its bar only says whether it is signed.
        self.report_copy = SignedCopyBar(ctx, actor, self.scans, kind=None,
                                         chooser_title=self.tr("Chọn bản chụp hoặc bản ký số của báo cáo đã ký"))
        self.adjustment = QComboBox()
        self.adjustment.currentIndexChanged.connect(self._show_adjustment)
        self.adjustment_copy = SignedCopyBar(
            ctx, actor, self.scans, kind=documents.ADJUSTMENT,
            chooser_title=self.tr("Chọn bản chụp hoặc bản ký số của quyết định điều chỉnh đã ký"))
        for bar in (self.report_copy, self.adjustment_copy):
            bar.flash.connect(self.flash)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Báo cáo kết quả:"), self.report_copy)
        self.form.addRow(self.tr("Quyết định điều chỉnh:"), self.adjustment)
        self.form.addRow("", self.adjustment_copy)

    def load(self, report: result_reports.ReportView | None, made: Sequence[adjustments.AdjustmentView], *,
             may_attach_report: bool) -> None:
        """Show the report (``may_attach_report``: ``result_reports.may_sign`` of the reader) and the adjustments
        issued; hidden while there is neither."""
        self.report, self.adjustments, self.may_attach_report = report, list(made), may_attach_report
        self.setVisible(report is not None or bool(made))
        self.form.setRowVisible(self.report_copy, report is not None)
        if report is not None:
            self.report_copy.load(SignedTarget.of(
                self.ctx, self.actor, report, name=self.tr("báo cáo kết quả thực hiện {ref}").format(ref=report.ref),
                reference=report.ref, file_name="", attach=result_reports.attach_signed,
                export=result_reports.export_scan, key={"proposal_id": report.proposal_id},
                record_id=report.proposal_id),
                may_attach=self.may_attach_report)
        for row in (self.adjustment, self.adjustment_copy):
            self.form.setRowVisible(row, bool(made))
        chosen = self.adjustment.currentData()
        self.adjustment.blockSignals(True)
        self.adjustment.clear()
        for view in made:
            self.adjustment.addItem(self.tr("Số {ref} ngày {day} — {state}").format(
                ref=view.reference, day=f"{view.issued_on:%d/%m/%Y}",
                state=signed_state_words(view.locked, [s.signer for s in view.digital_signatures])), view.id)
        index = self.adjustment.findData(chosen)
        self.adjustment.setCurrentIndex(index if index >= 0 else self.adjustment.count() - 1)
        self.adjustment.blockSignals(False)
        self._show_adjustment()

    def _show_adjustment(self) -> None:
        view = next((a for a in self.adjustments if a.id == self.adjustment.currentData()), None)
        if view is None:
            self.adjustment_copy.load(None)
            return
        self.adjustment_copy.load(SignedTarget.of(
            self.ctx, self.actor, view, name=self.tr("quyết định số {ref}").format(ref=view.reference),
            reference=view.reference, file_name=self.tr("{ref} - Quyết định điều chỉnh.pdf").format(
                ref=view.reference.replace("/", "-")),
            attach=adjustments.attach_signed, export=adjustments.export_scan, key={"adjustment_id": view.id}),
            may_attach=adjustments.may_sign(self.actor, view))


__all__ = ["ImplementationDocuments"]
