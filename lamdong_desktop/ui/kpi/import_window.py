"""Importing a task list from Excel (issue 10 §5): the file read on a worker with its progress, the column mapping
shown (and changed with a combo box per field), the rows ready, those imported before (skipped) and the bad ones with
their row number and reason — nothing is written until "Nhập N nhiệm vụ" (``services.task_import``).

Opened from the main window's "Công cụ" menu by those who may give tasks (``task_rules.may(Step.ASSIGN)``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.task_rules import Step, require
from lamdong_desktop.domain.tasks import Urgency
from lamdong_desktop.messages import URGENCY_WORDS
from lamdong_desktop.messages.excel import IMPORT_FIELD_WORDS
from lamdong_desktop.services import task_import
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.task_import import ImportPreview, ImportResult, ReadyRow, RowError, SkippedRow
from lamdong_desktop.services.task_sheet import FIELDS, REQUIRED
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.i18n import format_date
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table
from lamdong_desktop.ui.shared.windows import open_own

UNUSED = -1


def column_name(number: int) -> str:
    """Excel's name of a column counted from 0: A, B, …, Z, AA…"""
    name, number = "", number + 1
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class ImportDialog(Dialog):
    """One import: ``open_file`` reads a file (a preview), ``confirm`` gives its ready rows."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require(Step.ASSIGN, actor.roles)
        self.ctx, self.actor = ctx, actor
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Nhập danh sách nhiệm vụ từ Excel"))
        resize_to_fit(self, 1040, 680)
        self.file_label = QLabel(self.tr("Chưa chọn tệp."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Chọn tệp…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Cột trong tệp ứng với từng thông tin (đổi nếu nhận sai)"))
        grid = QGridLayout(mapping_box)
        for number, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.combos[field] = combo
            words = IMPORT_FIELD_WORDS[field] + (" *" if field in REQUIRED else "")
            grid.addWidget(QLabel(words), number // 3, 2 * (number % 3))
            grid.addWidget(combo, number // 3, 2 * (number % 3) + 1)
        self.ready_model: RecordTableModel[ReadyRow] = RecordTableModel([
            Column(self.tr("Dòng"), lambda r: str(r.row), lambda r: r.row, align_right=True),
            Column(self.tr("Trích yếu"), lambda r: r.task.fields["title"]),
            Column(self.tr("Người chủ trì"), lambda r: r.task.lead.full_name),
            Column(self.tr("Ngày giao"), lambda r: _day(r.task.fields["assigned_on"]), lambda r: r.task.fields[
                "assigned_on"]),
            Column(self.tr("Hạn xử lý"), lambda r: format_date(r.task.due_on), lambda r: r.task.due_on),
            Column(self.tr("Mức độ khẩn"), lambda r: URGENCY_WORDS[Urgency(r.task.fields["urgency"])]),
            Column(self.tr("Số/ký hiệu văn bản"), lambda r: r.task.fields["source_number"] or ""),
        ], self)
        self.skipped_model: RecordTableModel[SkippedRow] = RecordTableModel([
            Column(self.tr("Dòng"), lambda s: str(s.row), lambda s: s.row, align_right=True),
            Column(self.tr("Lý do bỏ qua"), self._skipped_reason),
        ], self)
        self.error_model: RecordTableModel[RowError] = RecordTableModel([
            Column(self.tr("Dòng"), lambda e: str(e.row), lambda e: e.row, align_right=True),
            Column(self.tr("Lý do"), lambda e: e.reason),
        ], self, alert=lambda _e: True)
        self.tabs = QTabWidget()
        self.tables = {}
        for key, model in (("ready", self.ready_model), ("skipped", self.skipped_model), ("errors", self.error_model)):
            table, _proxy = make_table(model, self)
            table.setColumnWidth(0, 60)
            self.tables[key] = table
            self.tabs.addTab(table, "")
        self.tables["ready"].setColumnWidth(1, 340)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.confirm())
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tệp:")))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(mapping_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self._show_rows(None)

    # -- reading -------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn danh sách nhiệm vụ"), "",
                                                      self.tr("Bảng tính Excel (*.xlsx);;Mọi tệp (*)"))
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str | Path) -> Operation[Any]:
        """Read ``path`` on a worker with the columns recognised from its headers."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.preview = None
        return self._read(None, None)

    def mapping(self) -> dict[str, int]:
        """Field → column (from 0) as the combo boxes say."""
        return {field: combo.currentData() for field, combo in self.combos.items()
                if combo.currentData() is not None and combo.currentData() != UNUSED}

    def _mapping_changed(self) -> None:
        if self.preview is not None and all(c.isEnabled() for c in self.combos.values()):
            self._read(self.mapping(), self.preview.sheet.header_row)

    def _read(self, mapping: dict[str, int] | None, header_row: int | None, *, told: str = "") -> Operation[Any]:
        actor, path = self.actor, self.path
        label = self.tr("Đang đọc tệp {name}…").format(name=path.name if path else "")

        def read(ctx: AppContext) -> ImportPreview:
            return task_import.preview(ctx, actor=actor, path=path or "", mapping=mapping, header_row=header_row,
                                       progress=lambda percent: operation.report(percent, label))

        self.message.setText(self.tr("Đang đọc tệp…"))
        self._busy(True)
        operation: Operation[Any] = Operation(self, read, ctx=self.ctx)
        self.operation = operation.success(lambda found: self._previewed(found, mapping is None, told)).failure(
            lambda error: self._refused(error, keep_columns=mapping is not None)).finished(
            lambda: self._idle(operation)).run_in_background(label=label)
        return operation

    def _previewed(self, found: ImportPreview, fresh: bool, told: str = "") -> None:
        self.preview = found
        if fresh:
            self._fill_combos(found)
        self.message.setText((told + " " if told else "") + self.tr(
            "Trang tính “{sheet}”, dòng tiêu đề {header}: {ready} dòng sẵn sàng nhập, {skipped} dòng đã nhập trước "
            "đây (bỏ qua), {errors} dòng lỗi. Chưa có gì được ghi cho đến khi bấm “Nhập”.").format(
                sheet=found.sheet.name, header=found.sheet.header_row, ready=len(found.ready),
                skipped=len(found.skipped), errors=len(found.errors)) + "".join(" " + n for n in found.notes))
        self._show_rows(found)

    def _refused(self, error: DomainError, *, keep_columns: bool) -> None:
        self.message.setText(messages.error_text(error))
        if not keep_columns:
            self.preview = None
            for combo in self.combos.values():
                combo.blockSignals(True)
                combo.clear()
                combo.blockSignals(False)
        elif self.preview is not None:  # the columns chosen are not enough: show no row until they are
            self.preview = ImportPreview(sheet=self.preview.sheet, mapping=self.mapping(), ready=(), skipped=(),
                                         errors=())
        self._show_rows(None)

    def _fill_combos(self, found: ImportPreview) -> None:
        choices = [(self.tr("(không dùng)"), UNUSED)] + [
            (f"{column_name(n)}: {header}" if header else column_name(n), n)
            for n, header in enumerate(found.sheet.headers)]
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            for text, data in choices:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(found.mapping.get(field, UNUSED))))
            combo.blockSignals(False)

    def _idle(self, operation: Operation[Any]) -> None:
        if self.operation is operation:  # not when another read followed (after an import)
            self._busy(False)

    def _busy(self, busy: bool) -> None:
        has_columns = self.preview is not None and bool(self.combos["title"].count())
        for combo in self.combos.values():
            combo.setEnabled(not busy and has_columns)
        self.choose_button.setEnabled(not busy)
        ready = len(self.preview.ready) if self.preview is not None else 0
        self.import_button.setEnabled(not busy and ready > 0)

    def _show_rows(self, found: ImportPreview | None) -> None:
        ready = found.ready if found else ()
        skipped = found.skipped if found else ()
        errors = found.errors if found else ()
        self.ready_model.set_records(ready)
        self.skipped_model.set_records(skipped)
        self.error_model.set_records(errors)
        self.tabs.setTabText(0, self.tr("Sẵn sàng nhập ({count})").format(count=len(ready)))
        self.tabs.setTabText(1, self.tr("Đã nhập trước đây ({count})").format(count=len(skipped)))
        self.tabs.setTabText(2, self.tr("Dòng lỗi ({count})").format(count=len(errors)))
        if errors and not ready:
            self.tabs.setCurrentIndex(2)
        self.import_button.setText(self.tr("Nhập {count} nhiệm vụ").format(count=len(ready)))
        self.import_button.setEnabled(bool(ready))

    def _skipped_reason(self, s: SkippedRow) -> str:
        if s.differences:  # the service's sentence: the task it was imported as and what the row says otherwise
            return s.reason
        if s.ref:
            return self.tr("Đã nhập thành nhiệm vụ {ref}").format(ref=s.ref)
        return self.tr("Trùng với dòng {row} của tệp").format(row=s.same_as_row)

    # -- writing -------------------------------------------------------------------------------------
    def confirm(self) -> Operation[Any] | None:
        """Give the ready rows on a worker (all or none); the change notices reach every open view."""
        found, actor = self.preview, self.actor
        if found is None or not found.ready:
            return None

        def give(ctx: AppContext) -> Any:
            return task_import.confirm(ctx, actor=actor, preview=found)

        self._busy(True)
        self.import_button.setEnabled(False)
        operation: Operation[Any] = Operation(self, give, ctx=self.ctx)
        self.operation = operation.success(self._imported).finished(lambda: self._idle(operation)).run_in_background(
            label=self.tr("Đang nhập {count} nhiệm vụ…").format(count=len(found.ready)))
        return operation

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        header = self.preview.sheet.header_row if self.preview is not None else None
        self.preview = None
        self._show_rows(None)
        done = self.tr("Đã nhập {count} nhiệm vụ.").format(count=len(result.refs))
        self._read(self.mapping(), header, told=done)  # the file again: its rows now skipped


def _day(iso: str) -> str:
    from datetime import date

    return format_date(date.fromisoformat(iso))


def open_import(parent: QWidget, ctx: AppContext, actor: Actor) -> ImportDialog | None:
    """The import window (its own), or a refusal in a sentence."""
    return open_own(parent, lambda: ImportDialog(ctx, actor, parent))
