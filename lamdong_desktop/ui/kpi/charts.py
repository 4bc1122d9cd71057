"""Bars drawn with QPainter, each figure beside its target (issue 10 §4: no QtCharts, it needs a 160 MB wheel).

A ``BarChart`` shows a column of ``Bar``s: the figure's name, a track with the filled share (or count against the
largest count of the chart), a tick where the target lies, and the exact figures as text. A bar whose target is met
is green, one that misses it red, one without a target (the hỏa tốc orders: "as few as possible") blue-grey. The
chart's state is its bars (``bars()``), so a test reads what is drawn without looking at pixels; clicking a bar emits
``activated(key)`` — the dashboard then lists the tasks or people behind the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MET_COLOR, MISSED_COLOR, NEUTRAL_COLOR = "#2e7d32", "#c62828", "#5c6f82"
TRACK_COLOR, TARGET_COLOR, SELECTED_COLOR = "#e6e9ed", "#222222", "#1565c0"
ROW_PADDING, TRACK_HEIGHT, LABEL_SHARE = 5, 14, 0.36


@dataclass(frozen=True)
class Bar:
    """One figure: ``fill`` from 0 to 1 of the track, ``target`` where the target's tick goes (None: no tick),
    ``met`` True (green), False (red) or None (no target: neutral)."""

    key: str
    label: str
    text: str
    fill: float
    target: float | None = None
    met: bool | None = None

    @property
    def color(self) -> str:
        return NEUTRAL_COLOR if self.met is None else (MET_COLOR if self.met else MISSED_COLOR)


class BarChart(QWidget):
    """A column of bars; the row under the mouse is a link to what the figure counts."""

    activated = Signal(str)  # the key of the bar clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._selected: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- state ---------------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        if self._selected not in {b.key for b in self._bars}:
            self._selected = None
        self.setMinimumHeight(len(self._bars) * self._row_height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def bar(self, key: str) -> Bar:
        return next(b for b in self._bars if b.key == key)

    def selected(self) -> str | None:
        return self._selected

    def select(self, key: str) -> None:
        """Select ``key``'s bar and tell the listeners, as a click does."""
        self._selected = key
        self.update()
        self.activated.emit(key)

    # -- geometry ------------------------------------------------------------------------------------
    def _row_height(self) -> int:
        metrics = QFontMetrics(self.font())
        return max(TRACK_HEIGHT + 2 * metrics.height() + 2, 2 * metrics.height()) + 2 * ROW_PADDING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, max(1, len(self._bars)) * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, max(1, len(self._bars)) * self._row_height())

    def row_rect(self, row: int) -> QRectF:
        height = self._row_height()
        return QRectF(0, row * height, self.width(), height)

    def key_at(self, y: float) -> str | None:
        row = int(y // self._row_height())
        return self._bars[row].key if 0 <= row < len(self._bars) else None

    # -- drawing -------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        label_width = int(self.width() * LABEL_SHARE)
        track_left = label_width + 8
        track_width = max(40, self.width() - track_left - 8)
        for row, bar in enumerate(self._bars):
            rect = self.row_rect(row)
            if bar.key == self._selected:
                painter.fillRect(rect, QColor("#e3f2fd"))
            painter.setPen(QColor("#000000"))
            painter.setFont(self.font())
            label_rect = QRectF(4, rect.top(), label_width - 4, rect.height())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), bar.label)
            top = rect.top() + ROW_PADDING
            track = QRectF(track_left, top, track_width, TRACK_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TRACK_COLOR))
            painter.drawRoundedRect(track, 3, 3)
            fill = min(max(bar.fill, 0.0), 1.0)
            if fill > 0:
                painter.setBrush(QColor(bar.color))
                painter.drawRoundedRect(QRectF(track.left(), top, max(3.0, track_width * fill), TRACK_HEIGHT), 3, 3)
            if bar.target is not None:
                x = track.left() + track_width * min(max(bar.target, 0.0), 1.0)
                painter.setPen(QPen(QColor(TARGET_COLOR), 2))
                painter.drawLine(QPointF(x, top - 3), QPointF(x, top + TRACK_HEIGHT + 3))
            painter.setPen(QColor(bar.color))
            painter.setFont(bold)
            text_rect = QRectF(track_left, top + TRACK_HEIGHT + 2, track_width, 2 * metrics.height() + 2)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                            | Qt.TextFlag.TextWordWrap), bar.text)
        painter.end()

    # -- clicks --------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = self.key_at(event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        bar = next((b for b in self._bars if b.key == over), None)
        self.setToolTip(f"{bar.label}: {bar.text}" if bar else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self.key_at(event.position().y())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(key)
        super().mouseReleaseEvent(event)
