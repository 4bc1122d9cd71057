"""Dialogs of the official's record: the head records a commendation given (ghi nhận khen thưởng), or removes one
recorded by mistake, with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.official_record import CommendationKind
from lamdong_desktop.messages import COMMENDATION_FORMS, COMMENDATION_KIND_WORDS, commendation_words
from lamdong_desktop.services import commendations
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.official_records import CommendationView, PersonRef, RecordEntry
from lamdong_desktop.ui.proposals.dialogs import RequiredReasonDialog
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import date_edit, to_date
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.operations import Operation


class CommendationDialog(Dialog):
    """Record that ``person`` was given a commendation (or an early salary raise) for ``entry``, by a decision of a
    number and a date; a refusal is shown inside the dialog, which stays open."""

    def __init__(self, ctx: AppContext, actor: Actor, person: PersonRef, entry: RecordEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.person, self.entry = ctx, actor, person, entry
        self.saved: CommendationView | None = None
        self.setWindowTitle(self.tr("Ghi nhận khen thưởng"))
        what = QLabel(self.tr("{name} — đề xuất {ref} “{title}”").format(
            name=person.full_name, ref=entry.ref, title=entry.title))
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        for kind in CommendationKind:
            self.kind.addItem(COMMENDATION_KIND_WORDS[kind], kind.value)
        self.form = QComboBox()
        self.form.setEditable(True)
        self.form.addItems(list(COMMENDATION_FORMS))
        self.form.setCurrentIndex(0)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("ví dụ: 25/QĐ-UBND"))
        self.decided_on = date_edit(clock.today())
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {MISSING_COLOR};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Hình thức:"), self.form)
        form.addRow(self.tr("Số quyết định:"), self.reference)
        form.addRow(self.tr("Ngày quyết định:"), self.decided_on)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        actor, entry, person = self.actor, self.entry, self.person
        values = {"kind": self.kind.currentData(), "form": self.form.currentText(),
                  "reference": self.reference.text(), "decided_on": to_date(self.decided_on.date())}

        def write(ctx: AppContext) -> Changed[CommendationView]:
            return commendations.record(ctx, actor=actor, proposal_id=entry.proposal_id, person_id=person.id,
                                        **values)

        Operation(self, write, ctx=self.ctx).success(self._saved).failure(self._failed).run()

    def _saved(self, made: CommendationView) -> None:
        self.saved = made
        super().accept()

    def _failed(self, error: DomainError) -> None:
        self.error.setText(messages.error_text(error))
        self.error.show()


class RemoveCommendationDialog(RequiredReasonDialog):
    """Remove one of the commendations recorded on ``entry`` (chosen in a list), with the reason."""

    def __init__(self, ctx: AppContext, actor: Actor, entry: RecordEntry, parent: QWidget | None = None) -> None:
        # Translated before the QDialog exists (self.tr needs it), as ReasonDialog does.
        title = QCoreApplication.translate("RemoveCommendationDialog", "Xóa ghi nhận khen thưởng")
        intro = QCoreApplication.translate(
            "RemoveCommendationDialog", "Xóa một ghi nhận khen thưởng nhập nhầm của đề xuất {ref}. Nhật ký vẫn giữ "
            "ghi nhận và lý do xóa.").format(ref=entry.ref)
        prompt = QCoreApplication.translate("RemoveCommendationDialog", "Lý do xóa (bắt buộc):")
        ok_text = QCoreApplication.translate("RemoveCommendationDialog", "Xóa ghi nhận")
        super().__init__(ctx, actor, parent=parent, title=title, intro=intro, prompt=prompt, ok_text=ok_text)
        self.choice = QComboBox()
        for given in entry.commendations:
            self.choice.addItem(commendation_words(given.form, given.reference, given.decided_on), given.id)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, self.choice)  # type: ignore[attr-defined]

    def write(self, ctx: AppContext, reason: str) -> Changed[object]:
        return commendations.remove(ctx, actor=self.actor, commendation_id=self.choice.currentData(), reason=reason)
