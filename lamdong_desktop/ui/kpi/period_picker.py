"""Choosing the period of a KPI report: a year, a quarter, a month or two days — the periods ``services.kpi`` and
``lamdong kpi --period`` accept (``domain.kpi.parse_period`` reads the code this picker builds)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from lamdong_desktop.domain.kpi import Period, PeriodKind, parse_period
from lamdong_desktop.ui.shared.dates import date_edit, qdate, to_date, year_spin

ROMAN = ("I", "II", "III", "IV")


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.kind = QComboBox()
        for kind, words in ((PeriodKind.YEAR, self.tr("Năm")), (PeriodKind.QUARTER, self.tr("Quý")),
                            (PeriodKind.MONTH, self.tr("Tháng")), (PeriodKind.CUSTOM, self.tr("Từ ngày… đến ngày…"))):
            self.kind.addItem(words, kind.value)
        self.year = year_spin(today.year)
        self.quarter = QComboBox()
        for number, roman in enumerate(ROMAN, start=1):
            self.quarter.addItem(self.tr("Quý {roman}").format(roman=roman), number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(self.tr("Tháng {month}").format(month=number), number)
        self.month.setCurrentIndex(today.month - 1)
        self.start = date_edit(date(today.year, 1, 1))
        self.end = date_edit(today)
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Kỳ:")))
        for widget in (self.kind, self.year, self.quarter, self.month, self.start, self.dash, self.end):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.quarter, self.month):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.start.dateChanged.connect(lambda _d: self.changed.emit())
        self.end.dateChanged.connect(lambda _d: self.changed.emit())
        self._show_fields()

    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _show_fields(self) -> None:
        kind = self.current_kind()
        self.year.setVisible(kind is not PeriodKind.CUSTOM)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        self.month.setVisible(kind is PeriodKind.MONTH)
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(kind is PeriodKind.CUSTOM)

    def _kind_changed(self, _index: int) -> None:
        self._show_fields()
        self.changed.emit()

    def code(self) -> str:
        """The period as ``lamdong kpi --period`` takes it: 2026, 2026-Q3, 2026-11 or 2026-01-05:2026-02-10."""
        kind, year = self.current_kind(), self.year.value()
        if kind is PeriodKind.YEAR:
            return str(year)
        if kind is PeriodKind.QUARTER:
            return f"{year}-Q{self.quarter.currentData()}"
        if kind is PeriodKind.MONTH:
            return f"{year}-{self.month.currentData():02d}"
        return f"{to_date(self.start.date()).isoformat()}:{to_date(self.end.date()).isoformat()}"

    def period(self) -> Period:
        """The period chosen (a ``ValidationError`` when the two days are reversed)."""
        return parse_period(self.code(), today=self.today)

    def set_code(self, code: str) -> None:
        """Show the period ``code`` names (as ``lamdong kpi --period``), telling the listeners once."""
        period = parse_period(code, today=self.today)
        widgets = (self.kind, self.year, self.quarter, self.month, self.start, self.end)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
            self.year.setValue(period.start.year)
            self.quarter.setCurrentIndex((period.start.month - 1) // 3)
            self.month.setCurrentIndex(period.start.month - 1)
            if period.kind is PeriodKind.CUSTOM:
                self.start.setDate(qdate(period.start))
                self.end.setDate(qdate(period.end))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_fields()
        self.changed.emit()
