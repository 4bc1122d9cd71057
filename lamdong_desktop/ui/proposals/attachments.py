"""The "Tệp đính kèm" tab: the files of a proposal, adding more, opening one with the system viewer, and
taking one back: removed from a never-submitted draft, or marked "attached by mistake" with a reason."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import Cancelled, DomainError, ValidationError
from lamdong_desktop.messages import os_error_words
from lamdong_desktop.services import attachments, proposals
from lamdong_desktop.services.attachments import AttachmentView
from lamdong_desktop.services.changes import ATTACHMENT, PROPOSAL, Changed, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals.dialogs import MistakenDialog
from lamdong_desktop.ui.proposals.text import format_size, format_stamp, media_label
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record


class AttachmentsPanel(QWidget):
    """Lists the attachments of one proposal; its parties (author, recipient) may add files.

    Before the first submission its author may remove a file; afterwards a file is evidence and may only be
    marked "attached by mistake", with a reason.
    """

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.proposal: proposals.Proposal | None = None
        self.view: proposals.ProposalView | None = None
        self.may_attach = False
        self._open_dir: tempfile.TemporaryDirectory[str] | None = None
        self.model: RecordTableModel[AttachmentView] = RecordTableModel([
            Column(self.tr("Tên tệp"), lambda a: a.filename),
            Column(self.tr("Dung lượng"), lambda a: format_size(a.size), sort_key=lambda a: a.size, align_right=True),
            Column(self.tr("Loại"), lambda a: media_label(a.media_type)),
            Column(self.tr("Ngày đính kèm"), lambda a: format_stamp(a.created_at), sort_key=lambda a: a.created_at),
            Column(self.tr("Ghi chú"), self._remark),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        for column, width in enumerate((300, 90, 160, 130)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.add_button = QPushButton(self.tr("Đính kèm tệp…"))
        self.open_button = QPushButton(self.tr("Mở"))
        self.export_button = QPushButton(self.tr("Lưu ra thư mục…"))
        self.remove_button = QPushButton(self.tr("Xóa tệp"))
        self.mistaken_button = QPushButton(self.tr("Đánh dấu đính kèm nhầm…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.mistaken_button.clicked.connect(self.mark_selected_mistaken)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        bar = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.export_button, self.remove_button,
                       self.mistaken_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        """A file of this proposal added, removed or marked anywhere: show the list as it is now."""
        if self.proposal is None or not changes.touches(ATTACHMENT, PROPOSAL, record_id=self.proposal.id):
            return
        try:
            self.load(proposals.open_proposal(self.ctx, self.proposal.id, actor=self.actor))
        except DomainError:
            return  # gone or no longer readable: the window says so

    def _remark(self, attachment: AttachmentView) -> str:
        if attachment.mistaken:
            return self.tr("Đính kèm nhầm: {reason}").format(reason=attachment.mistaken_reason)
        return ""

    def load(self, view: proposals.ProposalView | None) -> None:
        """Show the files of the proposal in ``view``; the add button follows ``view.may_attach``."""
        proposal = view.proposal if view is not None else None
        self.view, self.proposal = view, proposal
        self.may_attach = view is not None and view.may_attach
        self.add_button.setVisible(self.may_attach)
        self.remove_button.setVisible(
            proposal is not None and attachments.may_remove_attachments(proposal, self.actor))
        self.mistaken_button.setVisible(proposal is not None and attachments.may_mark_mistaken(proposal, self.actor))
        if proposal is None:
            self.model.set_records([])
            self.note.setText(self.tr("Lưu dự thảo trước, rồi đính kèm tệp."))
        else:
            self.model.set_records(attachments.list_attachments(self.ctx, proposal.id, actor=self.actor))
            limit_mb = attachments.attachment_limit_bytes(self.ctx) // 1_000_000
            if proposal.first_submitted_at:
                note = self.tr("Mỗi tệp tối đa {limit} MB. Đề xuất đã trình nên tệp đính kèm là bằng chứng của hồ sơ: "
                               "không sửa, không xóa được, chỉ đánh dấu đính kèm nhầm kèm lý do.")
            else:
                note = self.tr("Mỗi tệp tối đa {limit} MB. Trước khi trình lần đầu, người đề xuất có thể xóa tệp "
                               "đã đính kèm; sau khi trình, tệp là bằng chứng của hồ sơ.")
            self.note.setText(note.format(limit=limit_mb))
        self._update_buttons()

    def filenames(self) -> list[str]:
        return [a.filename for a in self.model.records()]

    def selected(self) -> AttachmentView | None:
        return selected_record(self.table)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        self.mistaken_button.setEnabled(chosen is not None and not chosen.mistaken)

    def remove_selected(self) -> bool:
        """Remove the chosen file from a never-submitted draft, after asking."""
        attachment = self.selected()
        if attachment is None or self.proposal is None:
            return False
        if not messages.confirm(self, self.tr(
                "Xóa tệp “{name}” khỏi dự thảo? Việc xóa được ghi vào lịch sử.").format(name=attachment.filename)):
            return False
        actor, attachment_id = self.actor, attachment.id
        # The change notice that follows reloads this panel (and the window's history).
        return Operation(self, lambda ctx: attachments.remove_attachment(
            ctx, actor=actor, attachment_id=attachment_id)).success(
            lambda _a: self.note.setText(self.tr("Đã xóa tệp “{name}”.").format(name=attachment.filename))).run()

    def mark_selected_mistaken(self) -> bool:
        """Ask for the reason and mark the chosen file of a submitted proposal "attached by mistake"."""
        attachment = self.selected()
        if attachment is None or self.proposal is None:
            return False
        return messages.run_dialog(MistakenDialog(self.ctx, self.actor, attachment, self))

    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"), folder,
                                                      self.tr("Tất cả các tệp (*)"))
        if paths:
            self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> Operation[AttachOutcome] | None:
        """Attach each file, on a worker with its own connection (a progress dialog with “Hủy” after 500 ms).

        Every refusal (too large, unreadable, empty) is told in one message at the end. The panel and
        the window refresh from the change notice, like every other open view of this proposal.
        Returns the running operation (None without a saved proposal).
        """
        if self.proposal is None or not paths:
            return None
        actor, proposal_id, files = self.actor, self.proposal.id, list(paths)
        operation: Operation[AttachOutcome] = Operation(
            self, lambda ctx: attach_files(ctx, actor=actor, proposal_id=proposal_id, paths=files,
                                           cancel=operation.token, report=operation.report))
        operation.success(self._attached).run_in_background(
            label=self.tr("Đang đính kèm “{name}”…").format(name=files[0].name), cancellable=True)
        return operation

    def _attached(self, outcome: AttachOutcome) -> None:
        if outcome.refused:
            messages.show_error(self, "\n".join(messages.error_text(e) for e in outcome.refused),
                                title=self.tr("Không đính kèm được"))
        if outcome.cancelled:
            self.note.setText(self.tr("Đã hủy đính kèm; tệp đang chép dở không được lưu."))

    def _temp_folder(self) -> Path:
        # Opened copies stay until the window closes: the viewer may still be reading them.
        if self._open_dir is None:
            self._open_dir = tempfile.TemporaryDirectory(prefix="lamdong-mo-tep-", ignore_cleanup_errors=True)
        return Path(self._open_dir.name)

    def open_selected(self) -> Path | None:
        """Copy the chosen file out of the store and open it with the system's viewer."""
        attachment = self.selected()
        if attachment is None:
            return None
        try:
            folder = self._temp_folder() / attachment.id
            folder.mkdir(exist_ok=True)
            path = attachments.export_attachment(self.ctx, actor=self.actor, attachment_id=attachment.id, folder=folder)
        except (DomainError, OSError) as error:
            messages.show_error(self, error if isinstance(error, DomainError) else self.tr(
                "Không mở được tệp “{name}”: {detail}").format(name=attachment.filename, detail=os_error_words(error)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.show_error(self, self.tr(
                "Máy chưa có chương trình để mở tệp “{name}”. Hãy dùng “Lưu ra thư mục…”.").format(
                name=attachment.filename))
        return path

    def export_selected(self) -> Path | None:
        attachment = self.selected()
        if attachment is None:
            return None
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Lưu tệp vào thư mục"), start)
        if not folder:
            return None
        target = Path(folder) / Path(attachment.filename).name
        if target.exists() and not messages.confirm(self, self.tr(
                "Thư mục đã có tệp “{name}”. Ghi đè lên tệp đó?").format(name=target.name)):
            return None
        try:
            path = attachments.export_attachment(self.ctx, actor=self.actor, attachment_id=attachment.id, folder=folder)
        except (DomainError, OSError) as error:
            messages.show_error(self, error if isinstance(error, DomainError) else self.tr(
                "Không lưu được tệp “{name}”: {detail}").format(name=attachment.filename, detail=os_error_words(error)))
            return None
        self.note.setText(self.tr("Đã lưu “{path}”.").format(path=path))
        return path

    def cleanup(self) -> None:
        if self._open_dir is not None:
            self._open_dir.cleanup()
            self._open_dir = None


@dataclass(frozen=True)
class AttachOutcome:
    added: int
    refused: tuple[DomainError, ...]
    cancelled: bool


def attach_files(ctx: AppContext, *, actor: Actor, proposal_id: str, paths: list[Path], cancel: CancelToken,
                 report: Callable[[int, str], None]) -> Changed[AttachOutcome]:
    """On a worker: attach the files one by one; a refused file does not stop the others, a cancel does.

    The files attached before a cancel stay attached (each is complete); the one being copied leaves
    nothing behind.
    """
    added, refused, changes, cancelled = 0, [], Changes(), False
    for index, path in enumerate(paths):
        def progress(done: int, total: int, index: int = index, name: str = path.name) -> None:
            share = done / total if total else 0.0
            report(int((index + share) * 100 / len(paths)),
                   QCoreApplication.translate("AttachmentsPanel", "Đang đính kèm “{name}” ({n}/{count})…").format(
                       name=name, n=index + 1, count=len(paths)))

        try:
            done = attachments.attach_file(ctx, actor=actor, proposal_id=proposal_id, path=path, cancel=cancel,
                                           progress=progress)
        except Cancelled:
            cancelled = True
            break
        except DomainError as error:
            refused.append(error.with_traceback(None))  # without the frames of this worker
            continue
        except OSError:  # read failed half-way (a USB stick pulled out…)
            refused.append(ValidationError("attachment_unreadable", name=path.name))
            continue
        added += 1
        changes |= done.changes
    return Changed(AttachOutcome(added, tuple(refused), cancelled), changes)
