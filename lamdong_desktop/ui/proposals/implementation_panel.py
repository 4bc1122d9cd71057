"""The proposal window's “Thực hiện” tab: from the approval to the protection ruling (ND 73/2023 Đ9–Đ11).

Who carries it out and since when; each indicator against its target from the recorded values; the due days (the
plan's end, the result report within 05 working days, the evaluation within 07) with late ones marked; the report;
the conclusion of the evaluation with its ruling in one plain sentence. The buttons are what the services allow the
person signed in (the head starts, adjusts, suspends, stops and concludes; an implementer records and reports); the
tab follows the change notices itself, so the window needs to know nothing about implementations.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.deadlines import is_overdue
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import AWAITING_REPORT, IMPLEMENTED_STATES, RUNNING_STATES, Action, Party, State
from lamdong_desktop.domain.meetings import MeetingState
from lamdong_desktop.messages import (
    ENDING_WORDS,
    EVALUATION_LATE_WORDS,
    EVENT_KIND_WORDS,
    INDICATOR_STATUS_WORDS,
    REPORT_LATE_WORDS,
    RESULT_CLASS_WORDS,
    STATE_WORDS,
    late_text,
    quantity_text,
    ruling_sentence,
    share_text,
)
from lamdong_desktop.services import (
    adjustments,
    agenda_items,
    evaluations,
    implementation,
    meetings,
    proposals,
    result_reports,
)
from lamdong_desktop.services.changes import ATTACHMENT, DECISION, MEETING, PROPOSAL, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.implementation_views import parties
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR
from lamdong_desktop.ui.proposals.implementation_documents import ImplementationDocuments
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import on_changes

COLUMNS = ("Chỉ tiêu", "Đơn vị", "Ban đầu", "Mục tiêu", "Hiện tại", "Ngày", "Tỷ lệ", "Đánh giá")
STARTABLE = frozenset({State.APPROVED, State.PILOT})


class ImplementationPanel(QWidget):
    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.view: proposals.ProposalView | None = None
        self.work: implementation.ImplementationView | None = None
        self.report: result_reports.ReportView | None = None
        self.evaluation: evaluations.EvaluationView | None = None
        self.voted_down_on: date | None = None  # the evaluation meeting that did not adopt it (ND 73 Đ11)
        self.status = self._label("implementationStatus")
        self.dates = self._label("implementationDates")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events = self._label("implementationEvents")
        self.report_line = self._label("reportLine")
        self.evaluation_line = self._label("evaluationLine")  # the evaluation meeting's limit, and if it is missed
        self.ruling_line = self._label("rulingLine")
        self.ruling_line.setStyleSheet("font-weight: bold;")
        self.documents = ImplementationDocuments(ctx, actor)  # the report's and the adjustments' signed copies
        self.documents.flash.connect(self.flash)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (key, text) in enumerate((
                ("start", self.tr("Bắt đầu thực hiện…")), ("progress", self.tr("Ghi số liệu…")),
                ("difficulty", self.tr("Báo khó khăn…")), ("finish", self.tr("Kết thúc thực hiện…")),
                ("report", self.tr("Báo cáo kết quả…")), ("adjust", self.tr("Điều chỉnh…")),
                ("suspend", self.tr("Tạm dừng…")), ("resume", self.tr("Tiếp tục…")), ("stop", self.tr("Dừng…")),
                ("evaluate", self.tr("Kết luận đánh giá…")), ("print_report", self.tr("Xem báo cáo…")),
                ("print_evaluation", self.tr("Xem kết luận…")))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            grid.addWidget(button, n // 6, n % 6)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.dates):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        for widget in (self.events, self.report_line, self.evaluation_line, self.ruling_line):
            layout.addWidget(widget)
        layout.addWidget(self.documents)
        layout.addLayout(grid)
        on_changes(ctx, self, self._on_changes)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def relevant(self) -> bool:
        """Whether the tab has anything to show: an approved proposal, or one being (or carried) out."""
        state = self.view.proposal.state if self.view else None
        return state in STARTABLE or state in IMPLEMENTED_STATES

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if self.view is not None and changes.touches(PROPOSAL, DECISION, MEETING, ATTACHMENT, record_id=self.view.id):
            try:
                self.load(proposals.open_proposal(self.ctx, self.view.id, actor=self.actor))
            except DomainError:
                return

    def load(self, view: proposals.ProposalView | None) -> None:
        self.view = view
        self.work = self.report = self.evaluation = None
        self.voted_down_on = None
        if view is None or not self.relevant():
            self._show_buttons(set())
            self.documents.hide()
            return
        proposal = view.proposal
        try:
            self.work = implementation.find(self.ctx, proposal.id, actor=self.actor)
            self.report = result_reports.find(self.ctx, proposal.id, actor=self.actor)
            self.evaluation = evaluations.find(self.ctx, proposal.id, actor=self.actor)
            if proposal.state is State.EVALUATING:
                self.voted_down_on = agenda_items.not_adopted_on(self.ctx, proposal.id)
        except DomainError:
            pass
        self._show_status(proposal.state)
        self._show_indicators()
        self._show_report_and_ruling(proposal.state)
        self._show_buttons(self._allowed(proposal))
        try:
            made = adjustments.list_adjustments(self.ctx, proposal.id, actor=self.actor) if self.work else []
        except DomainError:
            made = []
        self.documents.load(self.report, made, may_attach_report=self.report is not None and result_reports.may_sign(
            self.ctx, self.actor, proposal))

    def _show_status(self, state: State) -> None:
        work = self.work
        if work is None:
            self.status.setText(self.tr("{state}: chưa bắt đầu thực hiện.").format(state=STATE_WORDS[state]))
            self.dates.clear()
            self.events.clear()
            return
        names = "; ".join(f"{i.full_name} ({i.position})" if i.position else i.full_name for i in work.implementers)
        self.status.setText(self.tr("{state} — bắt đầu {start}; người thực hiện: {names}.").format(
            state=STATE_WORDS[state], start=f"{work.started_on:%d/%m/%Y}", names=names))
        parts = []
        # Past the plan's end and still running is overdue, as the head's queue says (a suspension stops the clock).
        end_overdue = state is State.IMPLEMENTING and is_overdue(work.planned_end_on, today=clock.today())
        if work.planned_end_on and work.ended_on is None:
            parts.append(self.tr("kết thúc dự kiến {day}").format(day=f"{work.planned_end_on:%d/%m/%Y}")
                         + (" — " + self.tr("QUÁ HẠN") if end_overdue else ""))
        if work.ended_on and work.ending:
            parts.append(self.tr("{how} ngày {day}").format(how=ENDING_WORDS[work.ending],
                                                            day=f"{work.ended_on:%d/%m/%Y}"))
        if work.report_due_on and self.report is None:
            parts.append(self.tr("hạn báo cáo kết quả: {day}").format(day=f"{work.report_due_on:%d/%m/%Y}")
                         + (" — " + self.tr("QUÁ HẠN") if work.report_overdue else ""))
        text = "; ".join(parts)
        self.dates.setText(text[:1].upper() + text[1:])  # "Kết thúc …": the first letter only (never .capitalize())
        self.dates.setStyleSheet(f"color: {ALERT_COLOR};" if work.report_overdue or end_overdue else "")
        self.events.setText("\n".join(f"{e.noted_on:%d/%m/%Y} — {EVENT_KIND_WORDS[e.kind]}: {e.text}"
                                      for e in work.events))

    def _show_indicators(self) -> None:
        rows = self.work.results.indicators if self.work else ()
        self.table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            latest = quantity_text(r.latest) if r.latest is not None else "—"
            change = self.work.adjustment_of(r.key) if self.work else None
            target = r.indicator.target + (self.tr(" (kế hoạch: {planned}; điều chỉnh theo {ref})").format(
                planned=change.before, ref=change.reference) if change else "")
            cells = (r.indicator.name, r.indicator.unit, r.indicator.baseline, target, latest,
                     f"{r.latest_on:%d/%m/%Y}" if r.latest_on else "", share_text(r.share),
                     INDICATOR_STATUS_WORDS[r.status])
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _show_report_and_ruling(self, state: State) -> None:
        report, evaluation = self.report, self.evaluation
        if report is None:
            self.report_line.clear()
            self.evaluation_line.clear()
        else:
            late = (" — " + late_text(report.late_days) + f" ({REPORT_LATE_WORDS})") if report.late else ""
            due, overdue = self._evaluation_due(report, state)
            if self.voted_down_on is not None and state in (State.REPORTED, State.EVALUATING):
                due += " " + self.tr("Cuộc họp ngày {day} không thông qua kết quả đánh giá: người đứng đầu đưa ra "
                                     "một cuộc họp khác.").format(day=f"{self.voted_down_on:%d/%m/%Y}")
            line = self.tr("Báo cáo kết quả ngày {day}: đạt {reached}/{total} chỉ tiêu{late}.")
            self.report_line.setText(line.format(day=f"{report.reported_on:%d/%m/%Y}", reached=report.reached,
                                                 total=len(report.indicators), late=late))
            self.report_line.setStyleSheet(f"color: {ALERT_COLOR};" if report.late else "")
            self.evaluation_line.setText(due)
            self.evaluation_line.setStyleSheet(f"color: {ALERT_COLOR};" if overdue else "")
        if evaluation is None:
            self.ruling_line.clear()
            return
        result = RESULT_CLASS_WORDS[evaluation.findings.result] if evaluation.findings.result else ""
        self.ruling_line.setText(self.tr("Kết luận số {ref} ngày {day}: {result}. {ruling}").format(
            ref=evaluation.reference, day=f"{evaluation.issued_on:%d/%m/%Y}", result=result,
            ruling=ruling_sentence(evaluation.ruling)))
        self.ruling_line.setStyleSheet(f"color: {ALERT_COLOR if evaluation.ruling.flagged else OK_COLOR}; "
                                       "font-weight: bold;")

    def _evaluation_due(self, report: result_reports.ReportView, state: State) -> tuple[str, bool]:
        """The evaluation meeting's limit (07 working days from the report, ND 73 Đ11) and whether it is missed: as
        the head's queue judges it, a meeting held in time clears it, one held after the limit marks it late."""
        item = self._evaluation_item(state)
        if state is State.REPORTED or (state is State.EVALUATING and item is None):
            overdue = result_reports.evaluation_overdue(report, state)
            return self.tr("Họp đánh giá chậm nhất ngày {day}{late}.").format(
                day=f"{report.evaluation_due_on:%d/%m/%Y}", late=" — " + self.tr("QUÁ HẠN") if overdue else ""), \
                overdue
        if item is None:
            return "", False
        meeting, late = item
        held = meeting.state in (MeetingState.HELD, MeetingState.CLOSED)
        overdue = late or (state is State.EVALUATING and not held
                           and result_reports.evaluation_overdue(report, state))
        words = self.tr("Họp đánh giá ngày {day} (hạn {due})").format(day=f"{meeting.held_on:%d/%m/%Y}",
                                                                      due=f"{report.evaluation_due_on:%d/%m/%Y}")
        if late:
            words += " — " + EVALUATION_LATE_WORDS
        elif overdue:
            words += " — " + self.tr("QUÁ HẠN")
        return words + ".", overdue

    def _evaluation_item(self, state: State) -> tuple[Meeting, bool] | None:
        """The evaluation meeting (the one concluded, else the one scheduled) and whether it is late for this
        proposal."""
        if self.view is None or state not in (State.EVALUATING, State.EVALUATED):
            return None
        try:
            meeting_id = self.evaluation.meeting_id if self.evaluation is not None else \
                evaluations.open_evaluation(self.ctx, self.view.id)
            meeting = meetings.get(self.ctx, meeting_id, actor=self.actor)
            return meeting, meeting.item(self.view.id).late
        except DomainError:
            return None

    def _allowed(self, proposal: proposals.Proposal) -> set[str]:
        stands = parties(self.ctx, proposal, self.actor)
        head, doer = Party.RECIPIENT in stands, Party.IMPLEMENTER in stands
        state = proposal.state
        allowed: set[str] = set()
        if head and state in STARTABLE:
            allowed.add("start")
        if doer and (state in RUNNING_STATES or state in AWAITING_REPORT):
            allowed |= {"progress", "difficulty"}
        if (doer or head) and state is State.IMPLEMENTING:
            allowed.add("finish")
        if head and state in RUNNING_STATES:
            allowed |= {"adjust", "stop", "suspend" if state is State.IMPLEMENTING else "resume"}
        if doer and state in AWAITING_REPORT:
            allowed.add("report")
        if head and state is State.EVALUATING and self.voted_down_on is None:
            allowed.add("evaluate")
        if self.report is not None and documents.can_print(documents.REPORT):
            allowed.add("print_report")
        if self.evaluation is not None and documents.can_print(documents.EVALUATION):
            allowed.add("print_evaluation")
        return allowed

    def _show_buttons(self, allowed: set[str]) -> None:
        for key, button in self.buttons.items():
            button.setVisible(key in allowed)

    def visible_buttons(self) -> list[str]:
        """The keys of the buttons shown (for tests)."""
        return [key for key, button in self.buttons.items() if not button.isHidden()]

    # -- actions -------------------------------------------------------------------------------------
    def act(self, key: str) -> object:
        """Open the dialog (or the preview) behind button ``key``; returns it (for tests)."""
        from lamdong_desktop.ui.proposals import implementation_dialogs as dialogs

        if self.view is None:
            return None
        proposal = self.view.proposal
        if key == "print_report":
            return documents.preview(self, self.ctx, self.actor, documents.REPORT, proposal.id,
                                     title=self.tr("Báo cáo kết quả {ref}").format(ref=proposal.ref),
                                     file_name=self.tr("{ref} - Báo cáo kết quả.pdf").format(ref=proposal.ref))
        if key == "print_evaluation" and self.evaluation is not None:
            return documents.preview(self, self.ctx, self.actor, documents.EVALUATION, self.evaluation.id,
                                     title=self.evaluation.reference,
                                     file_name=self.tr("{ref} - Kết luận đánh giá.pdf").format(
                                         ref=self.evaluation.reference.replace("/", "-")))
        if key == "evaluate":
            return self.evaluate()
        steps = {"suspend": Action.SUSPEND, "resume": Action.RESUME, "stop": Action.STOP}
        if key in steps:
            dialog: object = dialogs.StepDialog(self.ctx, self.actor, proposal, steps[key], self)
        elif key == "report":
            dialog = dialogs.ReportDialog(self.ctx, self.actor, proposal, self._tally(), self)
        else:
            factory = {"start": dialogs.StartDialog, "progress": dialogs.ProgressDialog,
                       "difficulty": dialogs.DifficultyDialog, "finish": dialogs.FinishDialog,
                       "adjust": dialogs.AdjustDialog}[key]
            dialog = factory(self.ctx, self.actor, proposal, self)
        if messages.run_dialog(dialog):  # type: ignore[arg-type]
            self.flash.emit(self.tr("Đã ghi."))
        return dialog

    def _tally(self) -> str:
        if self.work is None:
            return ""
        results = self.work.results
        return self.tr("Theo số liệu đã ghi: đạt {reached}/{total} chỉ tiêu.").format(
            reached=results.reached, total=len(results.indicators))

    def evaluate(self) -> object:
        from lamdong_desktop.ui.proposals.evaluate_dialog import EvaluateDialog

        if self.view is None:
            return None
        try:
            meeting = meetings.get(self.ctx, evaluations.open_evaluation(self.ctx, self.view.id), actor=self.actor)
        except DomainError as error:
            messages.show_error(self, error)
            return None
        dialog = EvaluateDialog(self.ctx, self.actor, meeting, meeting.item(self.view.id), self)
        if messages.run_dialog(dialog) and dialog.value is not None:
            self.flash.emit(self.tr("Đã ban hành kết luận đánh giá."))
        return dialog


__all__ = ["ImplementationPanel"]
