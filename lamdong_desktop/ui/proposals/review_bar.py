"""Before the meeting, in the proposal window: the head receives it, the party committee's opinion is recorded.

ND 73/2023 Đ8.1: receiving starts the 07 working days within which the leadership meets on it; the
opinion of the party committee of the same level comes before the decision. What the signed-in person may
do is the services' answer (``ProposalView.actions``, ``review.may_record_opinion``), never decided here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import Action, Recipient
from lamdong_desktop.domain.opinions import Stance
from lamdong_desktop.domain.units import PROVINCE
from lamdong_desktop.services import attachments, proposals, review
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import date_edit, to_date
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation


class ReviewBar(QWidget):
    """The receipt line, and the buttons “Tiếp nhận” and “Ý kiến cấp ủy…” for those who may use them."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.view: proposals.ProposalView | None = None
        self.receipt_line = QLabel()
        self.receipt_line.setObjectName("receiptLine")
        self.receipt_line.setWordWrap(True)
        self.receipt_line.setTextFormat(Qt.TextFormat.PlainText)
        self.receive_button = QPushButton(self.tr("Tiếp nhận"))
        self.receive_button.setToolTip(self.tr("Ghi nhận ngày tiếp nhận; hạn họp xét là 07 ngày làm việc sau đó"))
        self.opinion_button = QPushButton(self.tr("Ý kiến cấp ủy…"))
        self.opinion_button.setToolTip(self.tr("Ghi ý kiến của cấp ủy cùng cấp trước khi quyết định"))
        self.receive_button.clicked.connect(self.receive)
        self.opinion_button.clicked.connect(self.record_opinion)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.receipt_line, 1)
        layout.addWidget(self.receive_button)
        layout.addWidget(self.opinion_button)

    def load(self, view: proposals.ProposalView | None) -> None:
        self.view = view
        proposal = view.proposal if view is not None else None
        self.receive_button.setVisible(view is not None and Action.RECEIVE in view.actions)
        self.opinion_button.setVisible(proposal is not None and review.may_record_opinion(proposal, self.actor))
        self.receipt_line.setText(self._receipt_text(proposal) if proposal is not None else "")
        self.setVisible(bool(self.receipt_line.text()) or self.receive_button.isVisibleTo(self)
                        or self.opinion_button.isVisibleTo(self))

    def _receipt_text(self, proposal: proposals.Proposal) -> str:
        if review.stage_of(proposal.state) == review.EVALUATION_STAGE:
            return self._result_opinion_text(proposal)
        try:
            receipt = review.receipt_of(self.ctx, proposal.id, actor=self.actor)
            opinions = review.party_opinions(self.ctx, proposal.id, actor=self.actor)
        except DomainError:
            return ""
        if receipt is None:
            return ""
        text = self.tr("Tiếp nhận ngày {day}; họp xét chậm nhất ngày {due}.").format(
            day=f"{receipt.received_on:%d/%m/%Y}", due=f"{receipt.meeting_due_on:%d/%m/%Y}")
        if opinions:
            last = opinions[-1]
            stance = (self.tr("đồng ý") if last.stance is Stance.AGREE else self.tr("không đồng ý"))
            text += " " + self.tr("Ý kiến cấp ủy: {body}, ngày {day}: {stance}.").format(
                body=last.body, day=f"{last.opinion_on:%d/%m/%Y}", stance=stance)
        else:
            text += " " + self.tr("Chưa có ý kiến của cấp ủy cùng cấp.")
        return text

    def _result_opinion_text(self, proposal: proposals.Proposal) -> str:
        """Once the result is reported: the party committee's opinion on it (ND 73/2023 Đ11), before the evaluation."""
        try:
            opinions = review.party_opinions(self.ctx, proposal.id, actor=self.actor, stage=review.EVALUATION_STAGE)
        except DomainError:
            return ""
        if not opinions:
            return self.tr("Chưa có ý kiến của cấp ủy cùng cấp về kết quả thực hiện.")
        last = opinions[-1]
        stance = self.tr("đồng ý") if last.stance is Stance.AGREE else self.tr("không đồng ý")
        return self.tr("Ý kiến cấp ủy về kết quả thực hiện: {body}, ngày {day}: {stance}.").format(
            body=last.body, day=f"{last.opinion_on:%d/%m/%Y}", stance=stance)

    def receive(self) -> bool:
        if self.view is None:
            return False
        proposal = self.view.proposal
        if not messages.confirm(self, self.tr(
                "Tiếp nhận đề xuất {ref} “{title}” hôm nay? Hạn họp tập thể lãnh đạo là 07 ngày làm việc kể từ "
                "ngày tiếp nhận.").format(ref=proposal.ref, title=proposal.summary.title)):
            return False
        actor, proposal_id = self.actor, proposal.id

        def received(receipt: review.Receipt) -> None:
            self.flash.emit(self.tr("Đã tiếp nhận; họp xét chậm nhất ngày {due}.").format(
                due=f"{receipt.meeting_due_on:%d/%m/%Y}"))

        return Operation(self, lambda ctx: review.receive(ctx, actor=actor, proposal_id=proposal_id)).success(
            received).failure(lambda error: messages.show_error(self, error, title=self.tr("Chưa tiếp nhận được"))
                              ).run()

    def record_opinion(self) -> PartyOpinionDialog | None:
        if self.view is None:
            return None
        dialog = PartyOpinionDialog(self.ctx, self.actor, self.view.proposal, self)
        if messages.run_dialog(dialog):
            self.flash.emit(self.tr("Đã ghi ý kiến của cấp ủy."))
        return dialog


class PartyOpinionDialog(Dialog):
    """The party committee's opinion: its date, the committee, the text, and the scanned document if attached."""

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.proposal = ctx, actor, proposal
        self.value: review.PartyOpinion | None = None
        self.setWindowTitle(self.tr("Ý kiến của cấp ủy cùng cấp"))
        intro = QLabel(self.tr("Ý kiến của cấp ủy cùng cấp về đề xuất {ref} “{title}” (Nghị định 73/2023/NĐ-CP, "
                               "khoản 1 Điều 8).").format(ref=proposal.ref, title=proposal.summary.title))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.day = date_edit(clock.today())
        # The party committee of the level that deals with it: the unit's, or the province's for a head's own proposal.
        self.body = QLineEdit(self.tr("Ban Thường vụ Tỉnh ủy {province}").format(province=PROVINCE.short_name)
                              if proposal.submitted_to is Recipient.PROVINCE else
                              self.tr("Đảng ủy {unit}").format(unit=_lower_kind(ctx.unit.name)))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        # The committee's stance is chosen, never assumed (ND 73/2023 Đ8.1: an approval cannot go against it).
        self.agree = QRadioButton(self.tr("Đồng ý"))
        self.disagree = QRadioButton(self.tr("Không đồng ý"))
        self.stances = QButtonGroup(self)
        self.stances.addButton(self.agree)
        self.stances.addButton(self.disagree)
        stance_row = QHBoxLayout()
        stance_row.addWidget(self.agree)
        stance_row.addWidget(self.disagree)
        stance_row.addStretch(1)
        self.document = QComboBox()
        self.document.addItem(self.tr("(không đính kèm)"), None)
        for attached in attachments.list_attachments(ctx, proposal.id, actor=actor):
            if not attached.mistaken:
                self.document.addItem(attached.filename, attached.id)
        form = QFormLayout()
        form.addRow(self.tr("Ngày văn bản:"), self.day)
        form.addRow(self.tr("Cấp ủy:"), self.body)
        form.addRow(self.tr("Ý kiến:"), stance_row)
        form.addRow(self.tr("Nội dung ý kiến:"), self.text)
        form.addRow(self.tr("Văn bản đã đính kèm:"), self.document)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {MISSING_COLOR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi ý kiến"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.text.setFocus()

    def accept(self) -> None:
        actor, proposal_id = self.actor, self.proposal.id
        day, body, text = to_date(self.day.date()), self.body.text(), self.text.toPlainText()
        attachment_id = self.document.currentData()
        stance = (Stance.AGREE if self.agree.isChecked() else Stance.DISAGREE if self.disagree.isChecked() else "")

        def done(value: review.PartyOpinion) -> None:
            self.value = value
            QDialog.accept(self)

        Operation(self, lambda ctx: review.record_party_opinion(
            ctx, actor=actor, proposal_id=proposal_id, opinion_on=day, body=body, text=text,
            attachment_id=attachment_id, stance=stance), ctx=self.ctx).success(done).failure(self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()


def _lower_kind(unit_name: str) -> str:
    """“Xã Di Linh” → “xã Di Linh”, as the committee's name reads (“Đảng ủy xã Di Linh”)."""
    kind, _, rest = unit_name.partition(" ")
    return f"{kind.lower()} {rest}" if rest else unit_name
