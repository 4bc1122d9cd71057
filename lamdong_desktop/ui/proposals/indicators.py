"""The "Chỉ tiêu" tab of a proposal: its quantified indicators in an editable table, checked as typed."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.calendar import MAX_DATE, MIN_DATE
from lamdong_desktop.domain.proposals import Indicator, ItemKind, MissingItem
from lamdong_desktop.ui.proposals.text import MISSING_COLOR

DATE_FORMAT = "%d/%m/%Y"
INDICATOR_COLUMNS = 5  # name, unit, baseline, target, target date
MISSING_CELL = "#fde2e1"


class DayOutOfRange(ValueError):
    """A well-formed date outside MIN_DATE…MAX_DATE, which the core refuses (``check_date``)."""


def parse_day(text: str) -> date | None:
    """dd/mm/yyyy (or d/m/yyyy); raises ValueError on anything else that is not empty, DayOutOfRange for
    a date outside the domain's range."""
    text = text.strip()
    if not text:
        return None
    day = datetime.strptime(text, DATE_FORMAT).date()
    if not MIN_DATE <= day <= MAX_DATE:
        raise DayOutOfRange(text)
    return day


class IndicatorsTab(QWidget):
    """Name, unit, baseline, target and target date of each indicator; ``edited`` on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Chỉ tiêu định lượng của hiệu quả dự kiến: mỗi chỉ tiêu cần tên, đơn vị tính, giá trị hiện tại và "
            "mục tiêu, để sau này đo được kết quả. Nhấn đúp vào ô để sửa."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, INDICATOR_COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Tên chỉ tiêu"), self.tr("Đơn vị tính"), self.tr("Hiện trạng"), self.tr("Mục tiêu"),
            self.tr("Thời hạn (dd/mm/yyyy)")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 110), (3, 110), (4, 160)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.edited.emit())
        self.add_button = QPushButton(self.tr("Thêm chỉ tiêu"))
        self.remove_button = QPushButton(self.tr("Xóa chỉ tiêu đã chọn"))
        self.add_button.clicked.connect(self._add_empty)
        self.remove_button.clicked.connect(self._remove_selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MISSING_COLOR};")
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def add_indicator(self, indicator: Indicator | None = None) -> int:
        indicator = indicator or Indicator("", "", "", "")
        table = self.table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        values = (indicator.name, indicator.unit, indicator.baseline, indicator.target,
                  indicator.target_date.strftime(DATE_FORMAT) if indicator.target_date else "")
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        first = table.item(row, 0)
        if first is not None:
            first.setData(Qt.ItemDataRole.UserRole, indicator.id)
        table.blockSignals(False)
        self.edited.emit()
        return row

    def set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            self.table.setItem(row, column, QTableWidgetItem(text))
        else:
            item.setText(text)

    def _add_empty(self) -> None:
        row = self.add_indicator()
        self.table.setCurrentCell(row, 0)  # typing starts editing the name
        self.table.setFocus()

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def _texts(self, row: int) -> list[str]:
        texts = []
        for column in range(INDICATOR_COLUMNS):
            item = self.table.item(row, column)
            texts.append(item.text() if item is not None else "")
        return texts

    def date_problems(self) -> list[str]:
        """A sentence for every target date that is not a dd/mm/yyyy date."""
        problems = []
        for row in range(self.table.rowCount()):
            text = self._texts(row)[4]
            try:
                parse_day(text)
            except DayOutOfRange:
                problems.append(self.tr("Thời hạn của chỉ tiêu thứ {n} (“{text}”) nằm ngoài khoảng {first} – {last}.")
                                .format(n=row + 1, text=text, first=MIN_DATE.strftime(DATE_FORMAT),
                                        last=MAX_DATE.strftime(DATE_FORMAT)))
            except ValueError:
                problems.append(self.tr("Thời hạn của chỉ tiêu thứ {n} (“{text}”) không phải ngày dạng dd/mm/yyyy.")
                                .format(n=row + 1, text=text))
        return problems

    def indicators(self) -> tuple[Indicator, ...]:
        found = []
        for row in range(self.table.rowCount()):
            name, unit, baseline, target, day = self._texts(row)
            if not any(t.strip() for t in (name, unit, baseline, target, day)):
                continue  # an empty row just added
            try:
                target_date = parse_day(day)
            except ValueError:
                target_date = None
            first = self.table.item(row, 0)
            found.append(Indicator(name=name, unit=unit, baseline=baseline, target=target, target_date=target_date,
                                   id=(first.data(Qt.ItemDataRole.UserRole) or "") if first else ""))
        return tuple(found)

    def mark(self, codes: set[MissingItem]) -> None:
        """Colour the empty required cells of incomplete indicators and every target date that is not a date."""
        table = self.table
        table.blockSignals(True)
        try:
            shown = 0
            for row in range(table.rowCount()):
                texts = self._texts(row)
                if any(t.strip() for t in texts):
                    shown += 1
                incomplete = MissingItem(ItemKind.INDICATOR, str(shown)) in codes and any(t.strip() for t in texts)
                bad_date = False
                try:
                    parse_day(texts[4])
                except ValueError:
                    bad_date = True
                for column in range(INDICATOR_COLUMNS):
                    item = table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem("")
                        table.setItem(row, column, item)
                    empty_required = column < 4 and not texts[column].strip()
                    is_missing = (incomplete and empty_required) or (column == 4 and bad_date)
                    item.setBackground(QBrush(QColor(MISSING_CELL)) if is_missing else QBrush())
        finally:
            table.blockSignals(False)
