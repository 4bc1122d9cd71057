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

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MET_COLOR, MISSED_COLOR, NEUTRAL_COLOR = "#2e7d32", "#c62828", "#5c6f82"
TRACK_COLOR, TARGET_COLOR, SELECTED_COLOR = "#e6e9ed", "#222222", "#1565c0"
ROW_PADDING, TRACK_HEIGHT, LABEL_SHARE = 3, 14, 0.36


def _shown(text: str) -> str:
    """The text as drawn: its last three words bound together (no "0" of "mục tiêu 0" alone on a line)."""
    words = text.rsplit(" ", 2)
    return "\u00a0".join(words) if len(words) == 3 and len(words[1]) + len(words[2]) < 16 else text


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

    def __init__(self, parent: QWidget | None = None, *, inline: bool = False) -> None:
        """``inline``: each figure's text on the track's line, to its right (short texts: a count), one line a bar."""
        super().__init__(parent)
        self.inline = inline
        self._bars: list[Bar] = []
        self._rows: list[int] = []  # each bar's height at the current width
        self._selected: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- state ---------------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        if self._selected not in {b.key for b in self._bars}:
            self._selected = None
        self._fit_height()
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
    # A row is as tall as its texts need at the chart's width — the name beside, the figures under the track, each
    # wrapped — so a figure that fits on one line takes one line and the chart stays on one screen.
    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _columns(self, width: int) -> tuple[int, int, int]:
        """The label's width, the track's left and its width, at ``width`` (inline: less the texts' column)."""
        label_width = int(width * LABEL_SHARE)
        track_left = label_width + 8
        return label_width, track_left, max(40, width - track_left - 8 - self._text_column())

    def _text_column(self) -> int:
        """Inline, the width of the texts' column right of the tracks: the longest text's."""
        if not self.inline or not self._bars:
            return 0
        bold = QFontMetrics(self._bold())
        return max(bold.horizontalAdvance(b.text) for b in self._bars) + 8

    def _heights(self, width: int) -> list[int]:
        if width <= 0:
            width = self.sizeHint().width()
        label_width, _left, track_width = self._columns(width)
        plain, bold = QFontMetrics(self.font()), QFontMetrics(self._bold())
        flags = int(Qt.TextFlag.TextWordWrap)
        heights = []
        for bar in self._bars:
            label = plain.boundingRect(QRect(0, 0, max(1, label_width - 4), 10_000), flags, bar.label).height()
            if self.inline:
                heights.append(max(label, TRACK_HEIGHT, bold.height()) + 2 * ROW_PADDING)
                continue
            text = bold.boundingRect(QRect(0, 0, track_width, 10_000), flags, _shown(bar.text)).height()
            heights.append(max(label, TRACK_HEIGHT + 2 + text) + 2 * ROW_PADDING)
        return heights

    def _fit_height(self) -> None:
        """The chart's minimum height: its rows at its width (again whenever the width changes)."""
        self._rows = self._heights(self.width())
        needed = max(1, sum(self._rows))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(720, max(1, sum(self._heights(720))))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240 if self.inline else 360, max(1, sum(self._rows)))

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, sum(self._rows[:row]), self.width(), self._rows[row])

    def key_at(self, y: float) -> str | None:
        top = 0
        for bar, height in zip(self._bars, self._rows, strict=True):
            if top <= y < top + height:
                return bar.key
            top += height
        return None

    # -- drawing -------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = self._bold()
        label_width, track_left, track_width = self._columns(self.width())
        for row, bar in enumerate(self._bars):
            rect = self.row_rect(row)
            if bar.key == self._selected:
                painter.fillRect(rect, QColor("#e3f2fd"))
            painter.setPen(QColor("#000000"))
            painter.setFont(self.font())
            label_rect = QRectF(4, rect.top(), label_width - 4, rect.height())
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), bar.label)
            top = rect.top() + ROW_PADDING if not self.inline else rect.center().y() - TRACK_HEIGHT / 2
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
            if self.inline:
                text_rect = QRectF(track_left + track_width + 8, rect.top(), self._text_column(), rect.height())
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), bar.text)
                continue
            text_rect = QRectF(track_left, top + TRACK_HEIGHT + 2, track_width,
                               rect.bottom() - ROW_PADDING - (top + TRACK_HEIGHT + 2) + 1)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                            | Qt.TextFlag.TextWordWrap), _shown(bar.text))
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
