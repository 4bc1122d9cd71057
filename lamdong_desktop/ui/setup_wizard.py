"""First run: the installation's mode, its unit (one of the 124) and the administrator account."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lamdong_desktop.domain.accounts import Actor, check_password, normalize_username
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.units import KIND_LABELS, Unit
from lamdong_desktop.messages import describe
from lamdong_desktop.services.context import data_paths
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.services.units import list_units
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import fit_title
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record

PAGE_MODE, PAGE_UNIT, PAGE_ADMIN = range(3)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


class ModePage(QWizardPage):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cài đặt cho cấp nào?"))
        self.setSubTitle(self.tr("Chọn nơi máy tính này được dùng. Lựa chọn này không đổi được về sau."))
        self.commune = QRadioButton(self.tr("Cấp xã, phường, đặc khu — Ủy ban nhân dân và cán bộ của một đơn vị"))
        self.province = QRadioButton(self.tr("Cấp tỉnh — Ban Tổ chức Tỉnh ủy, Ủy ban nhân dân tỉnh"))
        self.commune.setChecked(True)
        folder = QLabel(self.tr("Dữ liệu sẽ được lưu tại:\n{path}").format(path=paths.root))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.commune)
        layout.addWidget(self.province)
        layout.addStretch(1)
        layout.addWidget(folder)

    def mode(self) -> str:
        return "province" if self.province.isChecked() else "commune"

    def nextId(self) -> int:
        return PAGE_ADMIN if self.province.isChecked() else PAGE_UNIT


class UnitPage(QWizardPage):
    """The 124 units with a search box that ignores accents and đ ("da lat" finds the Đà Lạt wards)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Đơn vị sử dụng"))
        self.setSubTitle(self.tr("Chọn xã, phường hoặc đặc khu của bạn trong 124 đơn vị của tỉnh Lâm Đồng."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ tên để tìm, có dấu hoặc không dấu: di linh, đà lạt…"))
        self.search.setClearButtonEnabled(True)
        self.model: RecordTableModel[Unit] = RecordTableModel(
            [
                Column(self.tr("Tên đơn vị"), lambda u: u.name),
                Column(self.tr("Loại"), lambda u: KIND_LABELS[u.kind]),
                Column(self.tr("Hình thành từ"), lambda u: u.formed_from),
            ],
            self,
        )
        self.model.set_records(list_units(None))
        self.table, self.proxy = make_table(self.model, self)
        self.table.setColumnWidth(0, 250)
        self.table.setColumnWidth(1, 70)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        self.table.doubleClicked.connect(lambda _i: self.wizard().next())
        self._update_count()

    def initializePage(self) -> None:
        # After QWizard has placed the focus (on the table, which would then pick the first row itself).
        QTimer.singleShot(0, self.search.setFocus)

    def _filter(self, text: str) -> None:
        # The service decides what matches, so the wizard and “lamdong units --search” agree.
        codes = {u.code for u in list_units(None, search=text)} if text.strip() else None
        chosen = self.selected_unit()
        self.proxy.set_predicate(None if codes is None else (lambda u: u.code in codes))
        rows = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        keep: QModelIndex | None
        if len(rows) == 1:
            keep = rows[0]
        else:  # the user's choice if still listed; never a row Qt made current on its own
            keep = next((i for i in rows if chosen is not None and self.proxy.record_at(i) == chosen), None)
        selection = self.table.selectionModel()
        if keep is None:
            selection.clearSelection()
            selection.clearCurrentIndex()
        else:
            selection.setCurrentIndex(
                keep, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_count()
        self.completeChanged.emit()

    def _update_count(self) -> None:
        self.count.setText(self.tr("{shown} / {total} đơn vị").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def selected_unit(self) -> Unit | None:
        return selected_record(self.table)

    def isComplete(self) -> bool:
        return self.selected_unit() is not None


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tài khoản quản trị"))
        self.setSubTitle(self.tr(
            "Người quản trị tạo tài khoản cho cán bộ, đặt lịch làm việc và sao lưu dữ liệu. "
            "Hãy ghi nhớ mật khẩu này."
        ))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("chữ không dấu, số, dấu chấm; ví dụ: quantri"))
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("ví dụ: Lê Quang Vinh"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.password_again)
        form.addRow(self.error)
        for edit in (self.username, self.password, self.password_again):
            edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def isComplete(self) -> bool:
        return bool(self.username.text().strip() and self.password.text() and self.password_again.text())

    def validatePage(self) -> bool:
        """Check what can be checked here, in Vietnamese next to the fields; the service checks again."""
        try:
            normalize_username(self.username.text())
            if self.password.text() != self.password_again.text():
                raise DomainError("password_mismatch")
            check_password(self.password.text())
        except DomainError as error:
            self.show_error(describe(error))
            return False
        return True


def _initialize_and_close(paths: DataPaths, **kwargs: str | None) -> Actor:
    """On a worker thread: create the database, then close it (its connection belongs to this thread)."""
    ctx, actor = initialize(paths, **kwargs)  # type: ignore[arg-type]
    ctx.close()
    return actor


class SetupWizard(QWizard):
    """Finishing creates the database in the background; on an error the wizard stays open."""

    setup_failed = Signal(str)

    def __init__(self, paths: DataPaths | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths or data_paths(None)
        self.admin: Actor | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Cài đặt lần đầu — Lâm Đồng"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.mode_page = ModePage(self.paths)
        self.unit_page = UnitPage()
        self.admin_page = AdminPage()
        self.setPage(PAGE_MODE, self.mode_page)
        self.setPage(PAGE_UNIT, self.unit_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.setStartId(PAGE_MODE)
        self.resize(720, 540)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        fit_title(self)  # a QWizard cannot derive from Dialog: the same rule, by hand
        super().showEvent(event)

    def choices(self) -> dict[str, str | None]:
        unit = self.unit_page.selected_unit()
        mode = self.mode_page.mode()
        return {
            "mode": mode,
            "unit": unit.code if (mode == "commune" and unit) else None,
            "admin_username": self.admin_page.username.text().strip(),
            "admin_password": self.admin_page.password.text(),
            # The field may be left empty: the administrator is then named "Quản trị hệ thống".
            "admin_full_name": self.admin_page.full_name.text().strip() or None,
        }

    def accept(self) -> None:
        # QWizard validates the last page in done(); the database must not be created before that.
        if self._busy or not self.validateCurrentPage():
            return
        self._set_busy(True)
        choices = self.choices()
        Operation(self, lambda paths: _initialize_and_close(paths, **choices), paths=self.paths).success(
            self._on_initialized).failure(self._on_failed).finished(lambda: self._set_busy(False)).run_in_background()

    def reject(self) -> None:
        if not self._busy:  # never abandon a half-written installation
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _on_initialized(self, actor: Actor) -> None:
        self._set_busy(False)
        self.admin = actor
        super().accept()

    def _on_failed(self, error: DomainError) -> None:
        self._set_busy(False)
        self.admin_page.show_error(describe(error))
        messages.show_error(self, error, title=self.tr("Chưa cài đặt được"))
        self.setup_failed.emit(describe(error))
