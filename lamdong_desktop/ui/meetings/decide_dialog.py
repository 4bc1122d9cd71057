"""The head's written decision on a proposal put to a meeting (ND 73/2023 Đ8.2): approve, approve as a pilot, return
or reject — a numbered Quyết định (QĐ) for the first two, a Thông báo kết luận (TB) with reasons for the others.

The number comes from the register when the service decides; the signature block is shown as the domain prints it
(``domain.register.signer_lines``). A refusal (no party opinion, a vote not passed and not overridden, no reasons)
is the service's message, shown in the dialog, and nothing is numbered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.meetings import Outcome
from lamdong_desktop.domain.register import UNIT_BODY, UNIT_HEAD_TITLE, Authority, signer_lines
from lamdong_desktop.messages import AUTHORITY_WORDS, OUTCOME_WORDS, doc_type_words
from lamdong_desktop.services import decisions, staff
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, vote_text
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import date_edit, qdate, to_date
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation

AUTHORITIES = (Authority.ON_BEHALF, Authority.DEPUTY, Authority.ON_BEHALF_DEPUTY, Authority.ACTING, Authority.NONE)


def short_title(position: str) -> str:
    """“Phó Chủ tịch UBND xã Di Linh” → “Phó Chủ tịch”: the title as the signature block prints it."""
    return position.split(" UBND")[0].strip() or position


# Refusals the record settles (the committee disagrees, the meeting concluded otherwise): those outcomes are
# disabled. A missing opinion is not one of them: it can still be recorded, and the dialog says so when tried.
LOCKING_CODES = frozenset({"party_opinion_against", "decision_against_conclusion", "vote_not_passed"})


class DecideDialog(Dialog):
    """``value``: the decision issued (``decisions.DecisionView``) once the service accepted it."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.meeting, self.item = ctx, actor, meeting, item
        self.value: decisions.DecisionView | None = None
        self.setWindowTitle(self.tr("Ra văn bản sau cuộc họp"))
        intro = QLabel(self.tr("Đề xuất {ref} “{title}” — {meeting}, {day}.").format(
            ref=item.ref, title=item.title, meeting=meeting.title, day=f"{meeting.held_on:%d/%m/%Y}"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        vote = QLabel(vote_text(item.outcome, live=False) + (
            " " + self.tr("Người đứng đầu đã phê duyệt bằng văn bản.") if item.override_reason else ""))
        vote.setWordWrap(True)
        self.outcomes: dict[Outcome, QRadioButton] = {}
        self.outcome_group = QButtonGroup(self)
        outcome_box = QVBoxLayout()
        for outcome in Outcome:
            radio = QRadioButton(f"{OUTCOME_WORDS[outcome]} — {doc_type_words(outcome.doc_type)}")
            radio.toggled.connect(self._outcome_changed)
            self.outcome_group.addButton(radio)
            self.outcomes[outcome] = radio
            outcome_box.addWidget(radio)
        # What the rule refuses now (the party committee's opinion, the vote's conclusion) is shown disabled, with
        # the reason beside it; the first outcome the rule allows is chosen.
        self.refused = decisions.refused_outcomes(ctx, actor=actor, proposal_id=item.proposal_id,
                                                  meeting_id=meeting.id)
        why = {o: messages.error_text(ValidationError(c, action=o.action.value))
               for o, c in self.refused.items() if c in LOCKING_CODES}
        for outcome, text in why.items():
            self.outcomes[outcome].setEnabled(False)
            self.outcomes[outcome].setToolTip(text)
        # One line per reason: outcomes refused for the same reason are named together ("Phê duyệt” / “Cho thực
        # hiện thí điểm").
        by_code: dict[str, list[Outcome]] = {}
        for outcome, code in self.refused.items():
            if code in LOCKING_CODES:
                by_code.setdefault(code, []).append(outcome)
        self.refusal = QLabel("\n".join(
            messages.error_text(ValidationError(code, action="” / “".join(OUTCOME_WORDS[o] for o in refused)))
            for code, refused in by_code.items()))
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(bool(self.refusal.text()))
        preferred = (Outcome.APPROVE, Outcome.REJECT) if item.vote_passed else (Outcome.REJECT, Outcome.APPROVE)
        first = next((o for o in (*preferred, *Outcome) if self.outcomes[o].isEnabled()), preferred[0])
        self.outcomes[first].setChecked(True)
        self.people = staff.list_people(ctx, actor=actor)
        self.signer = QComboBox()
        for person in self.people:
            self.signer.addItem(f"{person.full_name} — {person.position}" if person.position else person.full_name,
                                person.id)
        own = next((i for i, p in enumerate(self.people) if p.account_id == actor.user_id), 0)
        self.signer.setCurrentIndex(own)
        self.signer_title = QLineEdit()
        self.authority = QComboBox()
        for authority in AUTHORITIES:
            self.authority.addItem(AUTHORITY_WORDS[authority], authority)
        self.signature = QLabel()
        self.signature.setStyleSheet("font-weight: bold;")
        self.reasons_label = QLabel()
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMinimumHeight(100)
        self.day = date_edit(max(clock.today(), meeting.held_on))
        self.day.setMinimumDate(qdate(meeting.held_on))
        form = QFormLayout()
        form.addRow(self.tr("Kết quả:"), outcome_box)
        form.addRow("", self.refusal)
        form.addRow(self.tr("Người ký:"), self.signer)
        form.addRow(self.tr("Chức vụ người ký:"), self.signer_title)
        form.addRow(self.tr("Thẩm quyền ký:"), self.authority)
        form.addRow(self.tr("Phần ký in là:"), self.signature)
        form.addRow(self.tr("Ngày ban hành:"), self.day)
        form.addRow(self.reasons_label, self.reasons)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ALERT_COLOR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ra văn bản và cấp số"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(vote)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(640)
        self.signer.currentIndexChanged.connect(self._signer_changed)
        self.signer_title.textChanged.connect(self._update_signature)
        self.authority.currentIndexChanged.connect(self._update_signature)
        self._signer_changed()
        self._outcome_changed()

    def chosen_authority(self) -> Authority:
        return Authority(self.authority.currentData())  # Qt hands an enum's value back as a plain str

    def chosen_outcome(self) -> Outcome:
        return next(o for o, radio in self.outcomes.items() if radio.isChecked())

    def choose(self, outcome: Outcome | str) -> None:
        self.outcomes[Outcome(outcome)].setChecked(True)

    def _outcome_changed(self) -> None:
        if not hasattr(self, "reasons_label") or not any(r.isChecked() for r in self.outcomes.values()):
            return
        if self.chosen_outcome().needs_reasons:
            self.reasons_label.setText(self.tr("Lý do (bắt buộc):"))
        else:
            self.reasons_label.setText(self.tr("Căn cứ, ghi chú (không bắt buộc):"))

    def _signer_changed(self) -> None:
        person = self.people[self.signer.currentIndex()] if self.people else None
        if person is None:
            return
        self.signer_title.setText(short_title(person.position))
        # The head signs for the committee (TM.); so does the province's Chủ tịch, whom the province's account is not.
        chairman = short_title(person.position).casefold() == UNIT_HEAD_TITLE.casefold()
        heads = person.account_id == self.actor.user_id or chairman
        self.authority.setCurrentIndex(AUTHORITIES.index(Authority.ON_BEHALF if heads else Authority.ON_BEHALF_DEPUTY))
        self._update_signature()

    def _update_signature(self) -> None:
        try:
            lines = signer_lines(self.chosen_authority(), body=UNIT_BODY, head_title=UNIT_HEAD_TITLE,
                                 signer_title=self.signer_title.text())
        except DomainError as error:
            self.signature.setText(messages.error_text(error))
            return
        self.signature.setText(" / ".join(lines))

    def accept(self) -> None:
        actor, meeting_id, proposal_id = self.actor, self.meeting.id, self.item.proposal_id
        outcome, reasons, day = self.chosen_outcome(), self.reasons.toPlainText(), to_date(self.day.date())
        signer = self.signer.currentData()
        title, authority = self.signer_title.text(), self.chosen_authority()

        def done(view: decisions.DecisionView) -> None:
            self.value = view
            QDialog.accept(self)

        Operation(self, lambda ctx: decisions.decide(
            ctx, actor=actor, proposal_id=proposal_id, outcome=outcome, meeting_id=meeting_id,
            signer_person_id=signer, signer_title=title, authority=authority, reasons=reasons, issued_on=day),
            ctx=self.ctx).success(done).failure(self._failed).run()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()
