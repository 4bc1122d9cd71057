"""The window of one proposal: its content page by page, indicators, criteria, files and history, and the
actions the signed-in person may take on it (Lưu, Trình / Trình lại, Trả lại, Rút, Xem bản in).

What is still missing for submission is marked as the author types; saving a draft is always allowed.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.lifecycle import Action, Recipient, recipient_for
from lamdong_desktop.domain.proposals import (
    ItemKind,
    MissingItem,
    Participant,
    ParticipantRole,
    ProposalContent,
    missing_items,
)
from lamdong_desktop.services import proposals
from lamdong_desktop.services.changes import ATTACHMENT, PARTY_ORG, PERSON, PROPOSAL, Changed, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.meetings.proposal_panel import MeetingsLine
from lamdong_desktop.ui.proposals import dialogs as proposal_dialogs
from lamdong_desktop.ui.proposals.attachments import AttachmentsPanel
from lamdong_desktop.ui.proposals.criteria import CriteriaTabMixin
from lamdong_desktop.ui.proposals.dialogs import ReasonDialog
from lamdong_desktop.ui.proposals.dossier_action import DossierAction
from lamdong_desktop.ui.proposals.form import ProposalFormMixin
from lamdong_desktop.ui.proposals.header import ProposalHeader
from lamdong_desktop.ui.proposals.history import HistoryPanel
from lamdong_desktop.ui.proposals.implementation_panel import ImplementationPanel
from lamdong_desktop.ui.proposals.indicators import IndicatorsTab
from lamdong_desktop.ui.proposals.review_bar import ReviewBar
from lamdong_desktop.ui.proposals.text import format_stamp
from lamdong_desktop.ui.proposals.validation import ValidationMixin
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import CANCEL, SAVE
from lamdong_desktop.ui.shared.layout import resize_to_fit, set_interactive
from lamdong_desktop.ui.shared.operations import Operation, on_changes

VALIDATION_DELAY_MS = 300


class ProposalWindow(ProposalFormMixin, CriteriaTabMixin, ValidationMixin, QWidget):
    """One proposal (``proposal`` None: a new draft). Read-only unless the signed-in person may edit it."""

    closed = Signal(str)  # the proposal's id ("" for a draft never saved)

    def __init__(self, ctx: AppContext, actor: Actor,
                 proposal: proposals.ProposalView | proposals.Proposal | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.actor = ctx, actor
        self.proposal: proposals.Proposal | None = None
        # What the signed-in person may do with the proposal, decided by the services (never here).
        self.view: proposals.ProposalView | None = None
        self.editable = True
        self.dirty = False
        self.missing: list[MissingItem] = []
        self.preview_dialog: QWidget | None = None
        self._loading = False
        self.validation_timer = QTimer(self)
        self.validation_timer.setSingleShot(True)
        self.validation_timer.setInterval(VALIDATION_DELAY_MS)
        self.validation_timer.timeout.connect(self.update_validation)
        resize_to_fit(self, 1100, 780)

        self.header = ProposalHeader(actor)
        # Its lines under the names the rest of the window (and its tests) use.
        self.heading, self.status_line = self.header.heading, self.header.status_line
        self.banner, self.read_only_note = self.header.banner, self.header.read_only_note

        self.tabs = QTabWidget()
        self.content_tab = self._build_content_tab()
        self.indicators_tab = IndicatorsTab()
        self.indicators_tab.edited.connect(self._changed)
        # The table and its buttons under the names the rest of the window (and its tests) use.
        self.indicator_table = self.indicators_tab.table
        self.add_indicator_button = self.indicators_tab.add_button
        self.remove_indicator_button = self.indicators_tab.remove_button
        self.indicator_note = self.indicators_tab.note
        self.criteria_tab = self._build_criteria_tab()
        self.attachments = AttachmentsPanel(ctx, actor)
        self.history = HistoryPanel(ctx, actor)
        self.implementation = ImplementationPanel(ctx, actor)  # from the approval to the protection ruling
        self.tabs.addTab(self.content_tab, self.tr("Nội dung"))
        self.tabs.addTab(self.indicators_tab, self.tr("Chỉ tiêu"))
        self.tabs.addTab(self.criteria_tab, self.tr("Tiêu chí"))
        self.tabs.addTab(self.implementation, self.tr("Thực hiện"))
        self.tabs.addTab(self.attachments, self.tr("Tệp đính kèm"))
        self.tabs.addTab(self.history, self.tr("Lịch sử"))

        self.missing_line = QLabel()
        self.missing_line.setWordWrap(True)
        self.missing_line.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.submit_button = QPushButton(self.tr("Trình"))
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.withdraw_button = QPushButton(self.tr("Rút…"))
        self.preview_button = QPushButton(self.tr("Xem bản in…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.save_button.setToolTip(self.tr("Lưu dự thảo; lưu được cả khi chưa đủ nội dung"))
        self.preview_button.setToolTip(self.tr("Kế hoạch đề xuất theo mẫu in, để in hoặc lưu thành PDF"))
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.return_button.clicked.connect(self.return_for_revision)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.close)
        self.flash = QLabel()
        self.flash.setStyleSheet("color: #1e6b35;")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash.clear)
        bar = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.return_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addWidget(self.flash, 1)
        self.dossier = DossierAction(ctx, actor, self)  # «In hồ sơ đề xuất…»: every document, built on a worker
        self.dossier.flash.connect(self._show_flash)
        bar.addWidget(self.dossier.button)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.close_button)

        self.review_bar = ReviewBar(ctx, actor, self)
        self.review_bar.flash.connect(self._show_flash)
        self.implementation.flash.connect(self._show_flash)
        self.meetings_line = MeetingsLine(ctx, actor, self)  # the meetings it was put to, its decisions
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.meetings_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.missing_line)
        layout.addLayout(bar)
        self._load(proposal)
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        """Follow what any window or view changed: this proposal, its files, the unit's people."""
        if changes.touches(PERSON, PARTY_ORG):
            self.reload_people()
        if self.proposal is None or not changes.touches(PROPOSAL, ATTACHMENT, record_id=self.proposal.id):
            return
        try:
            view = proposals.open_proposal(self.ctx, self.proposal.id, actor=self.actor)
        except DomainError:
            return  # gone or unreadable: keep showing what we have
        fresh = view.proposal
        if fresh.summary.version != self.proposal.summary.version and not self.dirty:
            self._load(view)  # changed elsewhere: show the saved text
            return
        # The text shown is the saved one (this window's own save, a file added, a change of state), or
        # the author has unsaved edits: refresh everything around the text, never the text being typed.
        self.view, self.proposal = view, fresh
        self.editable = view.may_edit
        self._set_editable(self.editable)
        self._refresh()
        self.update_validation()

    def show_status(self, text: str) -> None:
        """A quiet line (the runner's «Đã hủy.» after a cancelled job)."""
        self._show_flash(text)

    def _load(self, proposal: proposals.ProposalView | proposals.Proposal | None) -> None:
        """Show ``proposal`` (None: an empty new draft) with nothing unsaved."""
        if isinstance(proposal, proposals.Proposal):
            proposal = proposals.view_of(proposal, self.actor)
        self._loading = True
        try:
            self.view = proposal
            self.proposal = proposal.proposal if proposal is not None else None
            self.editable = proposal is None or proposal.may_edit
            self._set_editable(self.editable)
            self._fill(self.proposal.content if self.proposal is not None else self._new_content())
        finally:
            self._loading = False
        self._set_dirty(False)
        self._refresh()
        self.update_validation()

    def _new_content(self) -> ProposalContent:
        """An empty draft, with its writer already listed as the proposer and their party organisation."""
        me = next((p for p in self.participants_box.people.values() if p.account_id == self.actor.user_id),
                  None)
        if me is None:
            return ProposalContent()
        return ProposalContent(party_org_id=me.party_org_id,
                               participants=(Participant(me.full_name, me.position, ParticipantRole.PROPOSER, me.id),))

    def _changed(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self.validation_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.setWindowModified(dirty)

    # -- state ---------------------------------------------------------------------------------------
    def _set_editable(self, editable: bool) -> None:
        for line in (self.title_edit,):
            line.setReadOnly(not editable)
        for edit in (*self.section_edits.values(), *self.criterion_text.values(), self.conflict_details):
            edit.setReadOnly(not editable)
        for widget in (self.field_combo, self.org_combo, self.breakthrough_check, self.broad_check,
                       *self.criterion_met.values(), *self.criterion_not_met.values(), self.no_conflict,
                       self.has_conflict):
            set_interactive(widget, editable)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed) if editable else (
            QAbstractItemView.EditTrigger.NoEditTriggers)
        for table in (self.indicator_table, self.participants_table):
            table.setEditTriggers(triggers)
        self.participants_box.set_editable(editable)
        for button in (self.add_indicator_button, self.remove_indicator_button):
            button.setVisible(editable)

    def allowed_actions(self) -> list[Action]:
        return list(self.view.actions) if self.view is not None else []

    def visible_buttons(self) -> list[str]:
        """Texts of the action buttons shown (for tests and screenshots)."""
        buttons = (self.save_button, self.submit_button, self.return_button, self.withdraw_button,
                   self.preview_button)
        return [b.text() for b in buttons if not b.isHidden()]

    def _refresh(self) -> None:
        """Header, banner, buttons, attachments and history for the current proposal."""
        proposal = self.proposal
        actions = self.allowed_actions()
        self.save_button.setVisible(self.editable)
        resubmit = Action.RESUBMIT in actions
        self.submit_button.setText(self.tr("Trình lại") if resubmit else self.tr("Trình"))
        self.submit_button.setVisible(resubmit or Action.SUBMIT in actions or proposal is None)
        self.return_button.setVisible(Action.RETURN in actions)
        self.withdraw_button.setVisible(Action.WITHDRAW in actions)
        self.preview_button.setVisible(self.view is not None and self.view.may_print)
        self.missing_line.setVisible(self.editable)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), proposal is not None)

        if proposal is None:
            self.setWindowTitle(self.tr("Đề xuất mới[*]"))
        else:
            summary = proposal.summary
            self.setWindowTitle(self.tr("{ref} — {title}[*]").format(ref=summary.ref, title=summary.title))
        self.header.show_proposal(proposal, editable=self.editable)
        self.review_bar.load(self.view)
        self.meetings_line.load(proposal.id if proposal is not None else None)
        self.attachments.load(self.view)
        self.history.load(proposal.id if proposal is not None else None)
        self.implementation.load(self.view)
        self.dossier.load(self.view)
        self.tabs.setTabVisible(self.tabs.indexOf(self.implementation), self.implementation.relevant())

    # -- validation ----------------------------------------------------------------------------------
    def _show_flash(self, text: str) -> None:
        self.flash.setText(text)
        self._flash_timer.start(5000)

    def save(self) -> bool:
        """Save the draft (or, after a submission, a new version); incomplete content is fine."""
        if not self.editable:
            return False
        problems = self.date_problems()
        if problems:
            messages.show_error(self, "\n".join(problems))
            self.tabs.setCurrentWidget(self.indicators_tab)
            return False
        content, actor = self.content(), self.actor
        current = self.proposal
        if current is None:
            def write(ctx: AppContext) -> Changed[proposals.Proposal]:
                return proposals.create_draft(ctx, actor=actor, content=content)
        else:
            def write(ctx: AppContext) -> Changed[proposals.Proposal]:
                return proposals.update_content(ctx, actor=actor, proposal_id=current.id, content=content,
                                                expected_version=current.summary.version)
        return Operation(self, write).success(self._saved).failure(self._save_failed).run()

    def _saved(self, saved: proposals.Proposal) -> None:
        # The change notice that follows refreshes the header, buttons, files and history.
        self.proposal = saved
        self.view = proposals.view_of(saved, self.actor)
        self._set_dirty(False)
        self._show_flash(self.tr("Đã lưu lúc {time}.").format(time=format_stamp(saved.summary.updated_at)[-5:]))

    def _save_failed(self, error: DomainError) -> None:
        only_title = list(error.params.get("problems", ())) == [MissingItem(ItemKind.TITLE)]
        if error.code == "proposal_incomplete" and only_title:
            self.tabs.setCurrentWidget(self.content_tab)
            self.pages_tree.setCurrentItem(self.general_item)
            self.title_edit.setFocus()
            messages.show_error(self, self.tr("Cần có tên đề xuất để lưu dự thảo."))
        else:
            messages.show_error(self, error)

    def submit(self) -> bool:
        """Save, then submit: an incomplete proposal gets one message naming every missing item."""
        if (self.dirty or self.proposal is None) and not self.save():
            return False
        assert self.proposal is not None
        missing = missing_items(self.proposal.content)
        if missing:
            self.update_validation()
            messages.show_error(self, ValidationError("proposal_incomplete", problems=missing),
                                title=self.tr("Chưa trình được"))
            return False
        # ND 73 Đ7.1, asked of the one rule in domain/lifecycle.py.
        recipient = (self.tr("cấp tỉnh (cấp trên trực tiếp)") if recipient_for(self.actor.roles) is Recipient.PROVINCE
                     else self.tr("người đứng đầu đơn vị"))
        if not messages.confirm(self, self.tr(
                "Trình đề xuất {ref} lên {recipient}? Sau khi trình, nội dung không sửa được nữa, trừ khi đề xuất "
                "được trả lại để sửa.").format(ref=self.proposal.ref, recipient=recipient)):
            return False
        actor, proposal_id = self.actor, self.proposal.id

        def submitted(proposal: proposals.Proposal) -> None:
            # Read-only from now on: the change notice refreshes the window.
            self.proposal, self.view = proposal, proposals.view_of(proposal, self.actor)
            self._show_flash(self.tr("Đã trình."))

        return Operation(self, lambda ctx: proposals.submit(ctx, actor=actor, proposal_id=proposal_id)).success(
            submitted).failure(lambda error: messages.show_error(self, error, title=self.tr("Chưa trình được"))).run()

    def _reason_action(self, action: Action) -> bool:
        if self.proposal is None:
            return False
        if self.dirty and self.editable and messages.confirm(self, self.tr(
                "Đề xuất có thay đổi chưa lưu. Lưu trước khi rút? (Không lưu thì các thay đổi bị bỏ.)")):
            if not self.save():
                return False
        dialog = ReasonDialog(self.ctx, self.actor, self.proposal, action, self)
        if not messages.run_dialog(dialog) or dialog.result_proposal is None:
            return False
        if self.dirty:
            self._load(dialog.result_proposal)  # the unsaved edits the author chose not to keep go
        self._show_flash(self.tr("Đã trả lại.") if action is Action.RETURN else self.tr("Đã rút."))
        return True

    def return_for_revision(self) -> bool:
        return self._reason_action(Action.RETURN)

    def withdraw(self) -> bool:
        return self._reason_action(Action.WITHDRAW)

    def preview(self) -> QWidget | None:
        """Build the plan here (it reads the database), render it on a worker, show it in QtPdf."""
        if self.proposal is None:
            return None
        if self.dirty and self.editable and messages.confirm(self, self.tr(
                "Bản in lấy nội dung đã lưu. Lưu các thay đổi trước khi xem bản in?")) and not self.save():
            return None
        from lamdong_desktop.services import printed, printing
        from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog, copy_recorder

        try:
            plan = printing.proposal_plan(self.ctx, self.proposal.id, actor=self.actor)
        except DomainError as error:
            messages.show_error(self, error)
            return None
        dialog = PdfPreviewDialog(functools.partial(printing.render_plan, plan), title=self.proposal.ref,
                                  file_name=self.tr("{ref} - Kế hoạch đề xuất.pdf").format(ref=self.proposal.ref),
                                  check_target=functools.partial(printing.check_print_target, self.ctx.paths.root),
                                  record=copy_recorder(self.ctx, self.actor, printed.PLAN, self.proposal.id, plan),
                                  parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()
        dialog.start()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.dirty and self.editable:
            answer = proposal_dialogs.ask_unsaved(self)
            if answer == CANCEL or (answer == SAVE and not self.save()):
                event.ignore()
                return
        self.validation_timer.stop()
        self.attachments.cleanup()
        self.closed.emit(self.proposal.id if self.proposal is not None else "")
        event.accept()
