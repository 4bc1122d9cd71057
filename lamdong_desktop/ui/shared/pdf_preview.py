"""Preview of a printed document (QtPdf), rendered on a worker; then print it (QPrintDialog) or save it.

Printing or saving a copy records it first (``record``, see ``copy_recorder``): a paper or a file leaves the
program only with its check code in the database, and only while the record still says what the preview shows.

Imported only when a preview is first asked for: QtPdf and the document engine stay out of start-up.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import os_error_words
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import Operation

PRINT_DPI = 300  # enough for text on paper; a 1200 dpi printer would need a 500 MB image per page


class _RenderTask:
    """One render on the thread pool. The renderer cannot be interrupted: when the user stops waiting,
    the task outlives the dialog and removes its file once the render ends."""

    def __init__(self) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="lamdong-ban-in-", ignore_cleanup_errors=True)
        self.deliver: Callable[[Path], None] | None = None
        self.fail: Callable[[BaseException], None] | None = None
        self.done = False

    def settle(self, outcome: tuple[bool, Any]) -> None:
        ok, value = outcome
        if ok:
            self.finished(value)
        else:
            self.failed(value)

    def finished(self, result: Any) -> None:
        self.done = True
        _tasks.discard(self)
        if self.deliver is not None:
            self.deliver(Path(result))
        else:
            self.folder.cleanup()

    def failed(self, error: BaseException) -> None:
        self.done = True
        _tasks.discard(self)
        if self.fail is not None:
            self.fail(error)
        self.folder.cleanup()


_tasks: set[_RenderTask] = set()


def _outcome(render: Callable[[Path], Any], target: Path) -> tuple[bool, Any]:
    """On the worker: render, and hand any failure back as a value (the dialog shows it in place)."""
    try:
        return True, render(target)
    except Exception as error:  # noqa: BLE001 - shown in the dialog, whatever it is
        if not isinstance(error, DomainError):
            logging.getLogger(__name__).exception("Rendering a preview failed")
        return False, error.with_traceback(None)


class PdfPreviewDialog(Dialog):
    """Renders ``render(target)`` to a temporary PDF on a worker, then shows it page by page.

    ``render`` must not touch the database (build its input on the GUI thread first).
    """

    loaded = Signal(int)  # the number of pages, once shown
    render_failed = Signal(str)

    def __init__(self, render: Callable[[Path], Any], *, title: str, file_name: str,
                 check_target: Callable[[Path], Path] | None = None, record: Callable[[QWidget], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.render_fn = render
        self.file_name = file_name
        # Called with this dialog before a copy is printed or saved; False (told to the user already) stops it.
        self.record = record
        # The services' rule for where a printed copy may go (never into the data folder, never over a
        # folder or a device): services.printing.check_print_target, bound to the open data folder.
        self.check_target = check_target
        self.pdf_path: Path | None = None
        self._task: _RenderTask | None = None
        self.setWindowTitle(self.tr("Xem bản in — {title}").format(title=title))
        resize_to_fit(self, 900, 1000)

        self.busy_label = QLabel(self.tr("Đang tạo bản in…"))
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(360)
        self.stop_button = QPushButton(self.tr("Hủy"))
        self.stop_button.clicked.connect(self.reject)
        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(1)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (busy, self.view, self.error_label):
            self.pages.addWidget(page)

        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Vừa chiều rộng"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Vừa trang"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Cỡ thật (100%)"), QPdfView.ZoomMode.Custom)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.page_count = QLabel()
        self.print_button = QPushButton(self.tr("In…"))
        self.save_button = QPushButton(self.tr("Lưu PDF…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.zoom)
        bar.addWidget(self.page_count)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        self._set_ready(False)

    # -- rendering -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Render on the thread pool; the dialog stays responsive (and closable) meanwhile."""
        task = _RenderTask()
        task.deliver, task.fail = self._rendered, self._failed
        self._task = task
        _tasks.add(task)
        self.pages.setCurrentIndex(0)
        render, target = self.render_fn, Path(task.folder.name) / self.file_name
        # No parent: the task, not the dialog, receives the outcome (it outlives a dialog closed early).
        Operation(None, lambda _none: _outcome(render, target)).success(task.settle).run_in_background()

    def is_busy(self) -> bool:
        return self._task is not None and not self._task.done

    def _rendered(self, path: Path) -> None:
        self.pdf_path = path
        status = self.document.load(str(path))
        if status != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            self._failed(DomainError("print_failed", detail=self.tr("tệp PDF tạo ra không đọc được")))
            return
        self.pages.setCurrentIndex(1)
        self.page_count.setText(self.tr("{n} trang").format(n=self.document.pageCount()))
        self._set_ready(True)
        self.loaded.emit(self.document.pageCount())

    def _failed(self, error: BaseException) -> None:
        text = messages.error_text(error) if isinstance(error, DomainError) else self.tr(
            "Không tạo được bản in: {detail}").format(detail=error)
        self.error_label.setText(text)
        self.pages.setCurrentIndex(2)
        self._set_ready(False)
        self.render_failed.emit(text)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button, self.zoom):
            widget.setEnabled(ready)

    def _zoom_changed(self, _index: int) -> None:
        mode = self.zoom.currentData()
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)

    def done(self, result: int) -> None:
        task, self._task = self._task, None
        self.document.close()  # before its file goes (Windows keeps open files)
        if task is not None:
            task.deliver = task.fail = None
            if task.done:
                task.folder.cleanup()
        super().done(result)

    # -- print and save ------------------------------------------------------------------------------
    def new_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name.removesuffix(".pdf"))
        printer.setFullPage(True)  # the PDF has its own margins (ND 30/2020)
        return printer

    def print_document(self) -> int:
        """Ask for the printer and pages (QPrintDialog), then print; returns the pages printed."""
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In bản kế hoạch"))
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        finally:
            dialog.deleteLater()
        if self.record is not None and not self.record(self):
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every chosen page, as an image at ``PRINT_DPI``, scaled onto the paper."""
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, self.tr("Không bắt đầu in được: máy in chưa sẵn sàng hoặc không ghi được tệp."))
            return 0
        printed = 0
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)),
                    QPdfDocumentRenderOptions(), QImage.Format.Format_RGB32, QColor("white"))
                area = QRectF(painter.viewport())
                scale = min(area.width() / points.width(), area.height() / points.height())
                width, height = points.width() * scale, points.height() * scale
                target = QRectF(area.left() + (area.width() - width) / 2, area.top() + (area.height() - height) / 2,
                                width, height)
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
            self.unsetCursor()
        return printed

    def save_pdf(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Lưu bản in thành tệp PDF"), str(Path(folder) / self.file_name), self.tr("Tệp PDF (*.pdf)"))
        return self.save_to(Path(chosen)) if chosen else None

    def save_to(self, target: Path) -> Path | None:
        if self.pdf_path is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self.check_target is not None:
            try:
                target = self.check_target(target)
            except DomainError as error:
                messages.show_error(self, error, title=self.tr("Không lưu được bản in"))
                return None
        if self.record is not None and not self.record(self):
            return None
        from lamdong_desktop.services.printing import save_copy

        try:  # whole or not at all; a failure names the chosen file (its folder, the disk), never a temporary one
            return save_copy(self.pdf_path, target)
        except DomainError as error:
            messages.show_error(self, error, title=self.tr("Không lưu được bản in"))
        except OSError as error:  # the preview's own copy went missing
            messages.show_error(self, self.tr("Không lưu được tệp “{path}”: {detail}").format(
                path=target, detail=os_error_words(error)))
        return None


def copy_recorder(ctx: AppContext, actor: Actor, source: str, subject: str, form: Any) -> Callable[[QWidget], bool]:
    """The ``record`` of a preview of ``form`` (a filled document of ``source``): ``services.printed.record_printed``
    run when a copy is made (a quick write), its changes told to every view; on a refusal (the record changed since
    the preview: ``printed_stale``) the user is told, and False."""
    from lamdong_desktop.services import printed

    def record(parent: QWidget) -> bool:
        digest = printed.digest_of(source, form)
        return Operation(parent, lambda c: printed.record_printed(c, actor=actor, source=source, subject=subject,
                                                                  digest=digest), ctx=ctx).run()

    return record
