"""Dialogs of a proposal's implementation (ND 73/2023 Đ9–Đ10): start it, record a value, a difficulty, adjust,
suspend, resume or stop it, finish it, and write the result report.

Each writes through the operation runner when accepted; a refusal is the service's message, shown inside the dialog,
which stays open with nothing written. Who may do what is the services' rule; the panel only offers it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.services import adjustments, implementation, proposals, result_reports
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.meetings.dialogs import _FormDialog, signer_choice
from lamdong_desktop.ui.proposals.dialogs import RequiredReasonDialog
from lamdong_desktop.ui.shared.dates import date_edit, to_date

translate = QCoreApplication.translate


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class StartDialog(_FormDialog):
    """The head starts an approved proposal on a day, with its implementers (the proposer first by default)."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Bắt đầu thực hiện đề xuất"), self.tr("Bắt đầu thực hiện"), parent)
        self.proposal = proposal
        self.day = date_edit(clock.today())
        self.people = QListWidget()
        proposers = {p.person_id for p in proposal.content.participants if p.person_id}
        for person in implementation.implementer_choices(ctx, actor=actor, proposal_id=proposal.id):
            entry = QListWidgetItem(f"{person.full_name} — {person.position}" if person.position else person.full_name)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if person.id in proposers else Qt.CheckState.Unchecked)
            self.people.addItem(entry)
        note = QLabel(self.tr("Đề xuất {ref} “{title}”. Người thực hiện ghi số liệu từng chỉ tiêu và báo cáo kết quả "
                              "trong 05 ngày làm việc sau khi kết thúc.").format(ref=proposal.ref,
                                                                                   title=proposal.summary.title))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.form.addRow(self.tr("Ngày bắt đầu:"), self.day)
        self.form.addRow(self.tr("Người thực hiện:"), self.people)

    def chosen(self) -> list[str]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def write(self, ctx: AppContext) -> Changed[object]:
        return implementation.start(ctx, actor=self.actor, proposal_id=self.proposal.id,
                                    started_on=to_date(self.day.date()), implementers=self.chosen())


class ProgressDialog(_FormDialog):
    """An implementer records an indicator's value on a day, with its evidence file attached to the proposal."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Ghi số liệu thực hiện chỉ tiêu"), self.tr("Ghi số liệu"), parent)
        self.proposal = proposal
        self.indicator = QComboBox()
        for number, indicator in enumerate(proposal.content.indicators, start=1):
            self.indicator.addItem(f"{number}. {indicator.name} ({indicator.baseline} → {indicator.target} "
                                   f"{indicator.unit})", number)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("ví dụ 1.200 hoặc 6,5"))
        self.day = date_edit(clock.today())
        self.note = QLineEdit()
        self.evidence = QLineEdit()
        self.evidence.setReadOnly(True)
        self.evidence.setPlaceholderText(self.tr("(không bắt buộc)"))
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.clicked.connect(self.choose_evidence)
        row = QHBoxLayout()
        row.addWidget(self.evidence, 1)
        row.addWidget(choose)
        self.form.addRow(self.tr("Chỉ tiêu:"), self.indicator)
        self.form.addRow(self.tr("Giá trị đạt được:"), self.amount)
        self.form.addRow(self.tr("Ngày số liệu:"), self.day)
        self.form.addRow(self.tr("Ghi chú:"), self.note)
        self.form.addRow(self.tr("Tệp minh chứng:"), row)
        self.amount.setFocus()

    def choose_evidence(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp minh chứng"), "",
                                                self.tr("Mọi tệp (*)"))
        if chosen:
            self.evidence.setText(chosen)

    def write(self, ctx: AppContext) -> Changed[object]:
        path = Path(self.evidence.text()) if self.evidence.text() else None
        return implementation.record_progress(ctx, actor=self.actor, proposal_id=self.proposal.id,
                                              indicator=self.indicator.currentData(), value=self.amount.text(),
                                              measured_on=to_date(self.day.date()), note=self.note.text(),
                                              evidence=path)


class DifficultyDialog(RequiredReasonDialog):
    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent=parent, title=translate("DifficultyDialog", "Báo cáo khó khăn, vướng mắc"),
                         intro=translate("DifficultyDialog", "Đề xuất {ref}: khó khăn, vướng mắc trong quá trình thực "
                                         "hiện, để người đứng đầu biết và ghi vào báo cáo kết quả.").format(
                             ref=proposal.ref),
                         prompt=translate("DifficultyDialog", "Nội dung (bắt buộc):"),
                         ok_text=translate("DifficultyDialog", "Ghi"))
        self.proposal = proposal

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return implementation.report_difficulty(ctx, actor=self.actor, proposal_id=self.proposal.id, text=reason)


class StepDialog(RequiredReasonDialog):
    """The head suspends, resumes or stops the implementation, with a reason that goes into the record."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal, action: Action,
                 parent: QWidget | None = None) -> None:
        title, ok_text = {
            Action.SUSPEND: (translate("StepDialog", "Tạm dừng thực hiện"), translate("StepDialog", "Tạm dừng")),
            Action.RESUME: (translate("StepDialog", "Tiếp tục thực hiện"), translate("StepDialog", "Tiếp tục")),
            Action.STOP: (translate("StepDialog", "Dừng thực hiện đề xuất"), translate("StepDialog", "Dừng thực hiện")),
        }[action]
        intro = translate("StepDialog", "Đề xuất {ref} “{title}”.").format(ref=proposal.ref,
                                                                            title=proposal.summary.title)
        if action is Action.STOP:
            intro += " " + translate("StepDialog", "Sau khi dừng, người thực hiện vẫn báo cáo kết quả đã đạt trong 05 "
                                     "ngày làm việc.")
        super().__init__(ctx, actor, parent=parent, title=title, intro=intro,
                         prompt=translate("StepDialog", "Lý do (bắt buộc):"), ok_text=ok_text)
        self.proposal, self.action = proposal, action

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        step = {Action.SUSPEND: implementation.suspend, Action.RESUME: implementation.resume,
                Action.STOP: implementation.stop}[self.action]
        return step(ctx, actor=self.actor, proposal_id=self.proposal.id, reason=reason)


class AdjustDialog(_FormDialog):
    """The decision adjusting the implementation: what changes and why, and what it sets — new targets of the plan's
    indicators (a cell left empty keeps its target), a new scope, a new planned end; numbered QĐ from the register."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Quyết định điều chỉnh việc thực hiện"), self.tr("Ban hành và cấp số"),
                         parent)
        self.proposal = proposal
        self.content = _text_box()
        self.reasons = _text_box(70)
        work = implementation.view(ctx, proposal.id, actor=actor)
        rows = work.results.indicators
        self.targets = QTableWidget(len(rows), 3)
        self.targets.setHorizontalHeaderLabels([self.tr("Chỉ tiêu"), self.tr("Mục tiêu đang áp dụng"),
                                                self.tr("Mục tiêu mới (để trống: giữ nguyên)")])
        self.targets.verticalHeader().setVisible(False)
        self.targets.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, result in enumerate(rows):
            for column, text in enumerate((f"{row + 1}. {result.indicator.name}",
                                           f"{result.indicator.target} {result.indicator.unit}".strip())):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.targets.setItem(row, column, cell)
            self.targets.setItem(row, 2, QTableWidgetItem(""))
        self.targets.setMaximumHeight(40 + 30 * max(len(rows), 1))
        self.scope = _text_box(60)
        self.scope.setPlaceholderText(self.tr("(để trống nếu không điều chỉnh phạm vi, đối tượng)"))
        self.new_end = QCheckBox(self.tr("Điều chỉnh ngày kết thúc dự kiến đến:"))
        self.end_day = date_edit(clock.today())
        self.end_day.setEnabled(False)
        self.new_end.toggled.connect(self.end_day.setEnabled)
        # The signer from the roster of the level that issues it: the unit's, or the province's for its own decision.
        self.signer = signer_choice(ctx, actor)
        self.day = date_edit(clock.today())
        self.form.addRow(self.tr("Nội dung điều chỉnh:"), self.content)
        self.form.addRow(self.tr("Lý do điều chỉnh:"), self.reasons)
        if rows:
            self.form.addRow(self.tr("Mục tiêu các chỉ tiêu:"), self.targets)
        self.form.addRow(self.tr("Phạm vi, đối tượng mới:"), self.scope)
        self.form.addRow(self.new_end, self.end_day)
        self.form.addRow(self.tr("Người ký:"), self.signer)
        self.form.addRow(self.tr("Ngày ban hành:"), self.day)

    def set_target(self, number: int, text: str) -> None:
        """Type the new target of indicator ``number`` (from 1), as a person would in its cell."""
        cell = self.targets.item(number - 1, 2)
        assert cell is not None  # every row has its cell from the start
        cell.setText(text)

    def new_targets(self) -> dict[object, object]:
        """The targets typed, by the indicator's number (from 1); the cells left empty keep theirs."""
        found: dict[object, object] = {}
        for row in range(self.targets.rowCount()):
            cell = self.targets.item(row, 2)
            if cell is not None and cell.text().strip():
                found[row + 1] = cell.text().strip()
        return found

    def write(self, ctx: AppContext) -> Changed[object]:
        return adjustments.adjust(ctx, actor=self.actor, proposal_id=self.proposal.id,
                                  content=self.content.toPlainText(), reasons=self.reasons.toPlainText(),
                                  new_end_on=to_date(self.end_day.date()) if self.new_end.isChecked() else None,
                                  targets=self.new_targets(), new_scope=self.scope.toPlainText(),
                                  signer_person_id=self.signer.currentData(), issued_on=to_date(self.day.date()))


class FinishDialog(_FormDialog):
    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Kết thúc thực hiện đề xuất"), self.tr("Kết thúc thực hiện"), parent)
        self.proposal = proposal
        note = QLabel(self.tr("Sau khi kết thúc, người thực hiện báo cáo kết quả bằng văn bản trong 05 ngày làm việc "
                              "(Nghị định 73/2023/NĐ-CP, Điều 10)."))
        note.setWordWrap(True)
        self.day = date_edit(clock.today())
        self.form.addRow(note)
        self.form.addRow(self.tr("Ngày kết thúc:"), self.day)

    def write(self, ctx: AppContext) -> Changed[object]:
        return implementation.finish(ctx, actor=self.actor, proposal_id=self.proposal.id,
                                     ended_on=to_date(self.day.date()))


class ReportDialog(_FormDialog):
    """The implementer's written result report: the explanation, whether damage occurred, its estimate and cause.

    The indicators reached are computed from the recorded values, never typed; the report is final once sent."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal, summary: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Báo cáo kết quả thực hiện đề xuất"), self.tr("Nộp báo cáo"), parent)
        self.proposal = proposal
        note = QLabel(summary + " " + self.tr("Báo cáo đã nộp không sửa được."))
        note.setWordWrap(True)
        self.explanation = _text_box(110)
        self.damage = QCheckBox(self.tr("Có gây thiệt hại"))
        self.estimate = QLineEdit()
        self.cause = _text_box(60)
        self.damage.toggled.connect(self._damage_changed)
        self.day = date_edit(clock.today())
        self.form.addRow(note)
        self.form.addRow(self.tr("Giải trình của người thực hiện:"), self.explanation)
        self.form.addRow("", self.damage)
        self.form.addRow(self.tr("Giá trị thiệt hại ước tính:"), self.estimate)
        self.form.addRow(self.tr("Nguyên nhân thiệt hại:"), self.cause)
        self.form.addRow(self.tr("Ngày báo cáo:"), self.day)
        self._damage_changed(False)

    def _damage_changed(self, on: bool) -> None:
        self.estimate.setEnabled(on)
        self.cause.setEnabled(on)

    def write(self, ctx: AppContext) -> Changed[object]:
        damage = self.damage.isChecked()
        return result_reports.submit(ctx, actor=self.actor, proposal_id=self.proposal.id,
                                     explanation=self.explanation.toPlainText(), damage=damage,
                                     damage_estimate=self.estimate.text() if damage else "",
                                     damage_cause=self.cause.toPlainText() if damage else "",
                                     reported_on=to_date(self.day.date()))
