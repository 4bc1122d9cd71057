"""The signed copy of one numbered document, on screen: whether it is signed ("Chưa ký", "Đã ký", "Đã ký — Đã ký số
(…)"), its print preview, attaching the signed copy (the scan of the paper, or the PDF signed digitally), opening it.

One widget for every document that takes a signed copy — a decision or notice, the evaluation's conclusion, an
adjustment decision, the implementer's result report — over one service mechanism (``services.signed_scans``): each
box only says which record it shows (``SignedTarget``: its words, how to attach and export its copy) and whether the
person signed in may attach it. The attach runs in the background; the box follows the change notice after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.messages import SIGNED_WORDS, signed_state_words
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.services.signed_scans import DigitalSignature
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation

# The kinds "Ký số…" serves (services.record_signing.KINDS; the minutes have their own bar in the meeting window).
SIGNABLE_KINDS = frozenset({documents.DECISION, documents.EVALUATION})


@dataclass(frozen=True)
class SignedTarget:
    """The document a ``SignedCopyBar`` shows: its record, its words and its service calls."""

    record_id: str  # what the preview prints (``documents.preview``'s record)
    name: str  # how the sentences name it: "văn bản số 01/QĐ-UBND", "báo cáo kết quả DX-2026-001"
    reference: str  # the preview's title: "01/QĐ-UBND"
    file_name: str  # the preview's file: "01-QĐ-UBND - Quyết định.pdf"
    signed: bool
    digital: Sequence[DigitalSignature]
    attach: Callable[[AppContext, Path], Changed[object]]  # the service that attaches the signed copy
    export: Callable[[Path], Path]  # the service that copies it out into a folder
    title: str = ""  # how the signing dialog names it: "Quyết định số 01/QĐ-UBND" (default: ``name``)

    @classmethod
    def of(cls, ctx: AppContext, actor: Actor, view: Any, *, name: str, reference: str, file_name: str,
           attach: Callable[..., Changed[Any]], export: Callable[..., Path], key: dict[str, str],
           record_id: str = "", title: str = "") -> SignedTarget:
        """The target of a service's view (``view.id``, ``locked``, ``digital_signatures``) whose ``attach_signed``
        and ``export_scan`` name the record by ``key`` ({"decision_id": …}), as every one of them does."""
        return cls(record_id or view.id, name, reference, file_name, view.locked, view.digital_signatures,
                   lambda c, path: attach(c, actor=actor, path=path, **key),
                   lambda folder: export(ctx, actor=actor, folder=folder, **key), title)


class SignedCopyBar(QWidget):
    """The line "Đã ký …" and the buttons "Xem bản in…", "Đính kèm bản đã ký…", "Mở bản đã ký"."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener, *, kind: str | None,
                 chooser_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.scans, self.kind, self.chooser_title = ctx, actor, scans, kind, chooser_title
        self.target: SignedTarget | None = None
        self.signed_line = QLabel()
        self.signed_line.setObjectName("signedLine")
        self.preview_button = QPushButton(self.tr("Xem bản in…"))
        self.preview_button.clicked.connect(self.preview)
        self.attach_button = QPushButton(self.tr("Đính kèm bản đã ký…"))
        self.attach_button.setToolTip(self.tr("Bản chụp văn bản giấy đã ký, hoặc tệp PDF đã ký số"))
        self.attach_button.clicked.connect(lambda: self.attach_signed())
        # "Ký số…" (ui/meetings/sign_dialog.py): for the kinds services.record_signing can print and sign.
        self.sign_button = QPushButton(self.tr("Ký số…"))
        self.sign_button.setToolTip(self.tr("Ký số văn bản như đang in (tệp PKCS#12 hoặc thiết bị ký số) rồi đính kèm"))
        self.sign_button.clicked.connect(lambda: self.sign_digitally())
        self.scan_button = QPushButton(self.tr("Mở bản đã ký"))
        self.scan_button.clicked.connect(self.open_scan)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.signed_line, 1)
        for button in (self.preview_button, self.attach_button, self.sign_button, self.scan_button):
            self.row.addWidget(button)
        self.load(None)

    def add_button(self, button: QPushButton) -> None:
        """Another action on the same document (issuing it, signing it digitally), before the bar's own buttons."""
        self.row.insertWidget(1, button)

    def load(self, target: SignedTarget | None, *, may_attach: bool = False) -> None:
        """Show ``target`` (None: no document yet, nothing shown); ``may_attach``: the person signed in may attach its
        signed copy (the services check it again)."""
        self.target = target
        if target is None:
            self.signed_line.clear()
            for button in (self.preview_button, self.attach_button, self.sign_button, self.scan_button):
                button.hide()
            return
        self.signed_line.setText(signed_state_words(True, [s.signer for s in target.digital]) if target.signed else
                                 signed_state_words(False) + self.tr(": in, trình ký rồi đính kèm bản đã ký."))
        self.signed_line.setStyleSheet(f"color: {OK_COLOR if target.signed else ALERT_COLOR}; font-weight: bold;")
        self.preview_button.setVisible(self.kind is not None and documents.can_print(self.kind))
        self.attach_button.setVisible(may_attach and not target.signed)
        self.sign_button.setVisible(may_attach and not target.signed and self.kind in SIGNABLE_KINDS)
        self.scan_button.setVisible(target.signed)

    def preview(self) -> QWidget | None:
        if self.target is None or self.kind is None:
            return None
        t = self.target
        return documents.preview(self, self.ctx, self.actor, self.kind, t.record_id, title=t.reference,
                                 file_name=t.file_name)

    def attach_signed(self, path: Path | None = None) -> Operation[object] | None:
        """Attach the signed copy (asked for when ``path`` is not given), in the background."""
        if self.target is None:
            return None
        path = documents.scan_to_attach(self, self.ctx, self.chooser_title, path)
        if path is None:
            return None
        target = self.target
        if not messages.confirm(self, self.tr(
                "Đính kèm “{file}” làm bản đã ký của {name}? Sau đó văn bản không sửa được nữa.").format(
                file=path.name, name=target.name)):
            return None
        source = path
        operation: Operation[object] = Operation(self, lambda ctx: target.attach(ctx, source), ctx=self.ctx)
        return operation.success(lambda _view: self.flash.emit(self.tr("{name}: {signed}.").format(
            name=target.name[:1].upper() + target.name[1:], signed=SIGNED_WORDS))).run_in_background(
            label=self.tr("Đang đính kèm bản đã ký…"))

    def sign_digitally(self) -> QWidget | None:
        """“Ký số…”: sign the document as it prints now and attach it (``sign_dialog``)."""
        from lamdong_desktop.ui.meetings.sign_dialog import open_sign_dialog

        if self.target is None or self.kind not in SIGNABLE_KINDS:
            return None
        t = self.target
        return open_sign_dialog(self, self.ctx, self.actor, self.kind, t.record_id,
                                t.title or t.name[:1].upper() + t.name[1:], self.flash.emit)

    def open_scan(self) -> Path | None:
        if self.target is None:
            return None
        return self.scans.open(self, self.target.export, self.target.reference)


class IssuedBox(QGroupBox):
    """A numbered document that follows an item of a meeting — its decision, or its evaluation's conclusion: the line
    saying what it is (or why there is none yet), the head's button issuing it, and its signed copy."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, scans: documents.ScanOpener, *, title: str, action: str,
                 kind: str, chooser_title: str, line_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.ctx, self.actor, self.scans = ctx, actor, scans
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.may_issue = False  # the head, no document yet, the vote complete, the meeting closed
        self.line = QLabel()
        self.line.setObjectName(line_name)
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton(action)
        self.action_button.clicked.connect(self.issue)
        self.copy = SignedCopyBar(ctx, actor, scans, kind=kind, chooser_title=chooser_title)
        self.copy.flash.connect(self.flash)
        self.copy.add_button(self.action_button)
        self.signed_line, self.preview_button = self.copy.signed_line, self.copy.preview_button
        self.attach_button, self.scan_button = self.copy.attach_button, self.copy.scan_button
        self.sign_button = self.copy.sign_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.copy)

    def show_action(self, rights: Rights, *, issued: bool, waiting: str, hint: str) -> None:
        """The issuing button: the head's while there is no document; enabled once the vote is complete and nothing
        else waits (``waiting``: why not, as its tooltip; ``hint``: what it issues)."""
        complete = self.item is not None and self.item.outcome.complete
        self.action_button.setVisible(rights.head and not issued)
        self.may_issue = rights.head and not issued and complete and not waiting
        self.action_button.setEnabled(complete and not waiting)
        self.action_button.setToolTip(waiting or hint)

    def issue(self) -> object:
        """Open the dialog that issues the document (the subclass's)."""
        raise NotImplementedError

    def preview(self) -> QWidget | None:
        return self.copy.preview()

    def attach_signed(self, path: Path | None = None) -> Operation[object] | None:
        """Attach the signed copy (asked for when ``path`` is not given), in the background."""
        return self.copy.attach_signed(path)

    def sign_digitally(self) -> QWidget | None:
        return self.copy.sign_digitally()

    def open_scan(self) -> Path | None:
        return self.copy.open_scan()


__all__ = ["IssuedBox", "SignedCopyBar", "SignedTarget"]
