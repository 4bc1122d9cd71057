"""The tabs of the check window: one question each, asked of a service in the background, answered in words.

Every tab is a ``CheckTab``: what to check at the top, then the verdict in one line (green when it holds, red when
it does not) and the details under it. The words are those of ``lamdong verify`` (``cli.integrity.code_lines``,
``cli.signatures.report_lines``), so the window and the command never say different things.

- ``CodeTab``: the text of a printed page's QR code, or its check line typed in (``verify --code``);
- ``PdfTab``: a PDF's digital signatures (``verify --pdf``): who signed, when, changed since or not, trusted or not,
  checked offline.

A check of a file is a ``FileCheckTab``: it chooses (or takes dropped) a PDF and implements ``operation_for`` (the
call made on a worker: plain values only, never a widget) and ``answer_of``. The dossier check (``verify
--dossier``) becomes a third tab by subclassing it and joining ``window.TABS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


@dataclass(frozen=True)
class Answer:
    """What a check found: whether it holds, its verdict in one sentence, then one line per detail."""

    ok: bool
    verdict: str
    details: tuple[str, ...] = ()


class CheckTab(QWidget):
    """The verdict line and the details box under what the subclass puts on top (``self.top``)."""

    answered = Signal(object)  # the Answer shown

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.answer: Answer | None = None
        self.operation: Operation[Any] | None = None  # the last one started (for tests)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.top = QHBoxLayout()
        self.verdict = QLabel()
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("checkDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        self.show_answer(None)

    def show_answer(self, answer: Answer | None) -> None:
        self.answer = answer
        if answer is None:
            self.verdict.clear()
            self.verdict.hide()
            self.details.clear()
            return
        self.verdict.setText(answer.verdict)
        self.verdict.setStyleSheet(f"color: {OK_COLOR if answer.ok else ALERT_COLOR}; font-weight: bold;")
        self.verdict.show()
        self.details.setPlainText("\n".join(answer.details))
        self.answered.emit(answer)

    def refused(self, error: DomainError) -> None:
        """The input is no code, no PDF …: said where the verdict goes."""
        self.show_answer(Answer(False, messages.error_text(error)))

    def ask(self, operation: Operation[Any], label: str) -> Operation[Any]:
        """Run the check in the background; its answer (or refusal) replaces the one shown."""
        self.operation = operation
        self.show_answer(None)
        return operation.failure(self.refused).run_in_background(label=label)


class CodeTab(CheckTab):
    """A paper copy: the QR code's text, or its check line (12 characters) typed from the page."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.intro.setText(self.tr(
            "Dán dòng chữ mà ứng dụng đọc mã QR trên điện thoại hiện ra (bắt đầu bằng LDV1), hoặc gõ mã kiểm tra 12 "
            "ký tự in cạnh mã QR ở chân trang. Chương trình cho biết văn bản có nội dung đó có trong dữ liệu không và "
            "có còn là bản mới nhất không."))
        self.code = QLineEdit()
        self.code.setObjectName("checkCode")
        self.code.setPlaceholderText("LDV1 QD 05/QD-UBND DX-2026-013 K3F9-Q2MX-7ABA  —  K3F9-Q2MX-7ABA")
        self.code.returnPressed.connect(lambda: self.check())
        self.check_button = QPushButton(self.tr("Kiểm tra"))
        self.check_button.clicked.connect(lambda: self.check())
        self.top.addWidget(self.code, 1)
        self.top.addWidget(self.check_button)

    def check(self, text: str | None = None) -> Operation[Any] | None:
        """Ask ``verify --code`` of ``text`` (default: what is typed)."""
        from lamdong_desktop.services.printed_verify import check_code

        if text is not None:
            self.code.setText(text)
        typed = self.code.text().strip()
        if not typed:
            self.show_answer(Answer(False, self.tr("Dán hoặc gõ mã cần kiểm tra.")))
            return None
        actor = self.actor
        operation: Operation[Any] = Operation(self, lambda ctx: check_code(ctx, actor=actor, text=typed),
                                              ctx=self.ctx)
        return self.ask(operation.success(lambda result: self.show_answer(self.answer_of(result))),
                        self.tr("Đang kiểm tra mã…"))

    def answer_of(self, result: Any) -> Answer:
        from lamdong_desktop.cli.integrity import code_lines

        verdict, *details = code_lines(result)
        return Answer(bool(result.genuine), verdict, tuple(details))


class FileCheckTab(CheckTab):
    """A check of one PDF file: chosen with “Mở tệp PDF…” or dropped on the tab, then checked at once."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.path: Path | None = None
        self.file_line = QLineEdit()
        self.file_line.setObjectName("checkFile")
        self.file_line.setReadOnly(True)
        self.file_line.setPlaceholderText(self.tr("Chọn tệp PDF, hoặc kéo thả tệp vào đây"))
        self.open_button = QPushButton(self.tr("Mở tệp PDF…"))
        self.open_button.clicked.connect(lambda: self.choose())
        self.again_button = QPushButton(self.tr("Kiểm tra lại"))
        self.again_button.clicked.connect(lambda: self.check_file(self.path) if self.path else None)
        self.again_button.setEnabled(False)
        self.top.addWidget(self.file_line, 1)
        self.top.addWidget(self.open_button)
        self.top.addWidget(self.again_button)
        self.setAcceptDrops(True)

    def choose(self) -> Operation[Any] | None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp PDF cần kiểm tra"), "",
                                                self.tr("Tệp PDF (*.pdf);;Mọi tệp (*)"))
        return self.check_file(Path(chosen)) if chosen else None

    def check_file(self, path: Path) -> Operation[Any]:
        self.path = path
        self.file_line.setText(str(path))
        self.again_button.setEnabled(True)
        operation: Operation[Any] = self.operation_for(path)
        return self.ask(operation.success(lambda result: self.show_answer(self.answer_of(result))),
                        self.tr("Đang kiểm tra {name}…").format(name=path.name))

    def operation_for(self, path: Path) -> Operation[Any]:
        """The background call that checks ``path`` (capturing plain values only)."""
        raise NotImplementedError

    def answer_of(self, result: Any) -> Answer:
        """What the check's ``result`` says, in words."""
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped(event)
        if path is not None:
            event.acceptProposedAction()
            self.check_file(path)

    @staticmethod
    def _dropped(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return files[0] if len(files) == 1 else None


class PdfTab(FileCheckTab):
    """A PDF's digital signatures, checked offline against the roots in the data folder's ``trust/``."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.intro.setText(self.tr(
            "Mở một tệp PDF đã ký số: chương trình cho biết ai ký, ký lúc nào, văn bản có bị sửa sau khi ký không và "
            "chứng thư số có thuộc chuỗi tin cậy đã cài đặt không. Kiểm tra ngoại tuyến: không dùng dịch vụ dấu thời "
            "gian, không kiểm tra chứng thư bị thu hồi."))

    def operation_for(self, path: Path) -> Operation[Any]:
        from lamdong_desktop.services.signature_checks import validate_pdf

        trust = self.ctx.paths.trust
        return Operation(self, lambda _paths: validate_pdf(path, trust_folder=trust), paths=self.ctx.paths)

    def answer_of(self, result: Any) -> Answer:
        from lamdong_desktop.cli.signatures import report_lines

        lines = report_lines(result)
        *details, conclusion = lines
        return Answer(bool(result.ok), conclusion, tuple(details))


__all__ = ["Answer", "CheckTab", "CodeTab", "FileCheckTab", "PdfTab"]
