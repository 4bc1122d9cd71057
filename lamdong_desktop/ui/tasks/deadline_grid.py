"""The month grid of the deadline calendar, painted: each day its count of tasks due, the overdue ones in red, days
off greyed from the unit's working calendar, today framed, the chosen day filled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lamdong_desktop.services.task_calendar import MonthLoad
from lamdong_desktop.ui.shared.table_models import ALERT_COLOR

WEEKS = 6  # every month fits in six rows starting on Monday
HEADER = 28  # the weekday names' row, in pixels
DAY_OFF_COLOR = "#e6e6e6"
OTHER_MONTH_COLOR = "#9e9e9e"
TODAY_COLOR = "#1565c0"
CHOSEN_COLOR = "#fff3c4"
COUNT_COLOR = "#1b1b1b"


@dataclass(frozen=True)
class CellLine:
    """One line of text drawn in a day's cell, and its colour."""

    text: str
    color: str
    bold: bool = False


class MonthGrid(QWidget):
    """Six weeks from the Monday on or before the first of the month; a click chooses a day of the month."""

    day_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: MonthLoad | None = None
        self.chosen: date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(7 * 64, HEADER + WEEKS * 56)

    def sizeHint(self) -> QSize:
        return QSize(7 * 80, HEADER + WEEKS * 72)

    # -- contents -------------------------------------------------------------------------------------
    def set_month(self, month: MonthLoad, chosen: date | None) -> None:
        self.month, self.chosen = month, chosen
        self.update()

    def start(self) -> date:
        assert self.month is not None
        first = self.month.first
        return first - timedelta(days=first.weekday())

    def days(self) -> list[date]:
        start = self.start()
        return [start + timedelta(days=n) for n in range(7 * WEEKS)]

    def in_month(self, day: date) -> bool:
        return self.month is not None and (day.year, day.month) == (self.month.first.year, self.month.first.month)

    def cell_lines(self, day: date) -> list[CellLine]:
        """What the cell of ``day`` says below its number (the painter draws exactly these)."""
        if self.month is None or not self.in_month(day):
            return []
        load = self.month.load(day)
        lines = []
        if load.due:
            lines.append(CellLine(self.tr("{n} việc").format(n=load.due), COUNT_COLOR, bold=True))
        if load.overdue:
            lines.append(CellLine(self.tr("{n} quá hạn").format(n=load.overdue), ALERT_COLOR, bold=True))
        return lines

    def tooltip_of(self, day: date) -> str:
        parts = [day.strftime("%d/%m/%Y")]
        if self.month is not None and day in self.month.days_off:
            parts.append(self.tr("ngày nghỉ"))
        parts += [line.text for line in self.cell_lines(day)]
        return " — ".join(parts)

    # -- geometry -------------------------------------------------------------------------------------
    def _cell_size(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER) / WEEKS

    def cell_rect(self, day: date) -> QRect:
        """The rectangle of ``day``'s cell (an empty one for a day not shown)."""
        if self.month is None:
            return QRect()
        index = (day - self.start()).days
        if not 0 <= index < 7 * WEEKS:
            return QRect()
        width, height = self._cell_size()
        column, row = index % 7, index // 7
        left, top = round(column * width), HEADER + round(row * height)
        return QRect(left, top, round((column + 1) * width) - left, HEADER + round((row + 1) * height) - top)

    def day_at(self, point: QPoint) -> date | None:
        if self.month is None or point.y() < HEADER:
            return None
        width, height = self._cell_size()
        column, row = int(point.x() // width), int((point.y() - HEADER) // height)
        if not (0 <= column < 7 and 0 <= row < WEEKS):
            return None
        return self.start() + timedelta(days=row * 7 + column)

    # -- input ----------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and day is not None and self.in_month(day):
            self.choose(day)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        step = steps.get(Qt.Key(event.key()))
        if step is None or self.month is None:
            super().keyPressEvent(event)
            return
        day = (self.chosen or self.month.first) + timedelta(days=step)
        if self.in_month(day):
            self.choose(day)

    def choose(self, day: date) -> None:
        self.chosen = day
        self.update()
        self.day_chosen.emit(day)

    def event(self, e: QEvent) -> bool:  # a tooltip per cell
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            day = self.day_at(e.pos())
            if day is not None and self.in_month(day):
                QToolTip.showText(e.globalPos(), self.tooltip_of(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    # -- painting -------------------------------------------------------------------------------------
    def _weekday_names(self) -> list[str]:
        return [self.tr("T2"), self.tr("T3"), self.tr("T4"), self.tr("T5"), self.tr("T6"), self.tr("T7"),
                self.tr("CN")]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        width, _height = self._cell_size()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for column, name in enumerate(self._weekday_names()):
            painter.setPen(QColor(ALERT_COLOR if column == 6 else COUNT_COLOR))
            painter.drawText(QRect(round(column * width), 0, round(width), HEADER), Qt.AlignmentFlag.AlignCenter,
                             name)
        if self.month is not None:
            for day in self.days():
                self._paint_cell(painter, day)
        painter.end()

    def _paint_cell(self, painter: QPainter, day: date) -> None:
        assert self.month is not None
        rect = self.cell_rect(day)
        inside = self.in_month(day)
        if day == self.chosen and inside:
            painter.fillRect(rect, QColor(CHOSEN_COLOR))
        elif inside and day in self.month.days_off:
            painter.fillRect(rect, QColor(DAY_OFF_COLOR))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day == self.month.today:
            painter.setPen(QPen(QColor(TODAY_COLOR), 3))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        font = QFont(self.font())
        font.setBold(day == self.month.today)
        painter.setFont(font)
        painter.setPen(QColor(COUNT_COLOR if inside and day not in self.month.days_off else OTHER_MONTH_COLOR))
        inner = rect.adjusted(6, 4, -6, -4)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight), str(day.day))
        top = inner.top() + painter.fontMetrics().height() + 2
        for line in self.cell_lines(day):
            font.setBold(line.bold)
            painter.setFont(font)
            painter.setPen(QColor(line.color))
            height = painter.fontMetrics().height()
            painter.drawText(QRect(inner.left(), top, inner.width(), height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line.text)
            top += height
