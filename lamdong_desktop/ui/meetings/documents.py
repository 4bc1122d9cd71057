"""Printed documents of a meeting (invitation, minutes, decision or notice) and the scans of the signed ones.

The printed forms come from the printing services: ``invitation_of`` / ``render_invitation``, ``minutes_of`` /
``render_minutes``, ``decision_of`` / ``render_decision`` (each ``<kind>_of(ctx, record_id, actor=)`` and
``render_<kind>(document, target)``), in ``services.printing`` or its companion ``services.printing_meetings``.
They are being added alongside these screens, so each preview button is offered only when its pair exists
(``can_print``); until then the button stays hidden.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.file_kinds import SCAN_SUFFIXES
from lamdong_desktop.messages import os_error_words
from lamdong_desktop.services import attachments
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages

INVITATION, MINUTES, DECISION = "invitation", "minutes", "decision"
# An implementation's documents (services.printing_results): the result report, the evaluation's conclusion, an
# adjustment decision.
REPORT, EVALUATION, ADJUSTMENT = "report", "evaluation", "adjustment"


PRINTING_MODULES = ("lamdong_desktop.services.printing", "lamdong_desktop.services.printing_meetings",
                    "lamdong_desktop.services.printing_results")


def _printing() -> Any:
    from lamdong_desktop.services import printing

    return printing


def _pair(kind: str) -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """The filling and rendering functions of ``kind``, from the first printing module that has both."""
    for name in PRINTING_MODULES:
        if importlib.util.find_spec(name) is None:  # not written yet: a failing import of one that is still raises
            continue
        module = importlib.import_module(name)
        fill, render = getattr(module, f"{kind}_of", None), getattr(module, f"render_{kind}", None)
        if fill is not None and render is not None:
            return fill, render
    return None


def can_print(kind: str) -> bool:
    """Whether the printing services offer this document (its ``<kind>_of`` and ``render_<kind>``)."""
    return _pair(kind) is not None


def preview(parent: QWidget, ctx: AppContext, actor: Actor, kind: str, record_id: str, *, title: str,
            file_name: str) -> QWidget | None:
    """Fill the document here (it reads the database), render it on a worker and show it to print or save."""
    pair = _pair(kind)
    if pair is None:
        return None
    from lamdong_desktop.services import printed
    from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog, copy_recorder

    fill, render = pair
    printing = _printing()
    try:
        document = fill(ctx, record_id, actor=actor)
    except DomainError as error:
        messages.show_error(parent, error)
        return None
    # A kind the printed copies know is recorded when printed or saved (every kind this screen offers is).
    record = copy_recorder(ctx, actor, kind, record_id, document) if kind in printed.SOURCES else None
    dialog = PdfPreviewDialog(functools.partial(render, document), title=title,
                              file_name=file_name,
                              check_target=functools.partial(printing.check_print_target, ctx.paths.root),
                              record=record, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog


def scan_to_attach(parent: QWidget, ctx: AppContext, title: str, path: Path | None = None) -> Path | None:
    """The scan of a signed document to attach: ``path``, else asked for (a PDF or a scanned image). It is checked
    for what it holds before the caller asks to confirm: a text file named .pdf or a PDF cut short is refused here
    with the service's words (the service checks the copy it keeps again)."""
    if path is None:
        patterns = " ".join(f"*{suffix}" for suffix in SCAN_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileName(
            parent, title, "", QCoreApplication.translate("meetings", "Bản chụp PDF hoặc ảnh ({patterns})").format(
                patterns=patterns))
        if not chosen:
            return None
        path = Path(chosen)
    try:
        attachments.check_scan(ctx, path)
    except DomainError as error:
        messages.show_error(parent, error)
        return None
    return path


class ScanOpener:
    """Opens a signed scan with the system's viewer from a copy in a temporary folder kept until ``cleanup``."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self.opened: list[Path] = []  # what was opened (for tests)

    def open(self, parent: QWidget, export: Callable[[Path], Path], name: str) -> Path | None:
        """``export(folder)`` copies the scan out (a service call); then it is shown."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="lamdong-ban-ky-", ignore_cleanup_errors=True)
        folder = Path(self._folder.name) / str(len(self.opened))
        try:
            path = export(folder)
        except (DomainError, OSError) as error:
            words = QCoreApplication.translate("meetings", "Không mở được bản đã ký “{name}”: {detail}")
            messages.show_error(parent, error if isinstance(error, DomainError) else words.format(
                name=name, detail=os_error_words(error)))
            return None
        self.opened.append(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            words = QCoreApplication.translate("meetings", "Máy chưa có chương trình để mở tệp “{name}” (ở {path}).")
            messages.show_error(parent, words.format(name=path.name, path=path))
        return path

    def cleanup(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
