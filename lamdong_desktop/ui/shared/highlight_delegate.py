"""A table cell that marks where the words of a search occur, accents or not ("dat dai" marks "đất đai")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lamdong_desktop.domain.text import match_spans

HIGHLIGHT_BACKGROUND = "#ffd54f"
HIGHLIGHT_TEXT = "#1a1a1a"


LEAD_CHARACTERS = 12  # shown before a match that would otherwise be cut off at the end


def _clip(spans: list[tuple[int, int]], visible: int) -> list[tuple[int, int]]:
    return [(start, min(end, visible)) for start, end in spans if start < visible]


def fit_text(text: str, spans: list[tuple[int, int]], metrics: QFontMetrics,
             width: int) -> tuple[str, list[tuple[int, int]]]:
    """The text to paint in ``width`` pixels and the spans within it.

    Long text is cut at the end ("…"); when that would hide the first match, it is cut at the start
    instead ("…vi phạm pháp luật về đất đai…"), so that the reason a row was found stays in sight.
    """
    ellipsis = "…"
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if shown == text:
        return shown, spans
    visible = len(shown) - 1  # the last character is the ellipsis
    if not spans or spans[0][0] < visible:
        return shown, _clip(spans, visible)
    cut = max(1, spans[0][0] - LEAD_CHARACTERS)
    shown = metrics.elidedText(ellipsis + text[cut:], Qt.TextElideMode.ElideRight, width)
    moved = [(start - cut + 1, end - cut + 1) for start, end in spans if start >= cut]
    visible = len(shown) if shown == ellipsis + text[cut:] else len(shown) - 1
    return shown, _clip(moved, visible)


class HighlightDelegate(QStyledItemDelegate):
    """Paints the cell's text with the search spans (``domain.text.match_spans``) on a yellow ground."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        self._query = query

    def query(self) -> str:
        return self._query

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) offsets into ``text`` that the current search marks."""
        return match_spans(text, self._query) if self._query.strip() and text else []

    def spans_at(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[int, int]]:
        return self.spans(str(index.data() or ""))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data() or "")
        spans = self.spans(text)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, focus

        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        font = opt.font  # type: ignore[attr-defined]
        shown, shown_spans = fit_text(text, spans, QFontMetrics(font), rect.width())

        marked = QTextCharFormat()
        marked.setBackground(QColor(HIGHLIGHT_BACKGROUND))
        marked.setForeground(QColor(HIGHLIGHT_TEXT))
        ranges = []
        for start, end in shown_spans:
            selection = QTextLayout.FormatRange()
            selection.start, selection.length, selection.format = start, end - start, marked
            ranges.append(selection)

        layout = QTextLayout(shown, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()

        palette = opt.palette  # type: ignore[attr-defined]
        state = opt.state  # type: ignore[attr-defined]
        group = (QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        role = (QPalette.ColorRole.HighlightedText if state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(palette.color(group, role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top), ranges)
        painter.restore()
