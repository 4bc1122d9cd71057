"""Bar charts of a document (``model.Chart``) drawn with reportlab graphics, in the document's own type face.

One bar a row: the label at the left (shrunk, then shortened with "…" if it is too long for its column), the bar
from 0 to its value on a scale from 0 to the chart's ``maximum`` (drawn light grey), the value as printed after the
scale's end (never over a target's mark). A bar is green
when its target is met, red when not, grey when there is no verdict; its target is a dashed mark across its row.
The caption, bold and centred, stands above; the legend, small and italic, below. The chart is kept on one page
(a chart of many bars — a unit's 25 people — still fits an A4 page's text height).
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

from .fonts import FontFamily
from .model import Bar, Chart

MET = colors.HexColor("#2e7d32")
NOT_MET = colors.HexColor("#c62828")
NO_VERDICT = colors.HexColor("#9e9e9e")
TARGET = colors.HexColor("#212121")
AXIS = colors.HexColor("#616161")
TRACK = colors.HexColor("#eeeeee")
CAPTION_SIZE = 12.0
LABEL_SIZE = 10.0
MIN_LABEL_SIZE = 8.0
VALUE_SIZE = 10.0
LEGEND_SIZE = 9.0
ROW = 17.0  # the height of one bar's row
BAR = 11.0  # the bar's thickness in it
LABEL_FRACTION = 0.36  # of the width: the labels' column
VALUE_ROOM = 62.0  # after the scale's end: a value printed beside a full bar
GAP = 6.0


def bar_colour(bar: Bar) -> colors.Color:
    return NO_VERDICT if bar.met is None else MET if bar.met else NOT_MET


def _fitted(text: str, face: str, width: float) -> tuple[str, float]:
    """``text`` and the size it is printed at to fit ``width``: smaller down to the least size, then shortened."""
    size = LABEL_SIZE
    while size > MIN_LABEL_SIZE and stringWidth(text, face, size) > width:
        size -= 0.5
    if stringWidth(text, face, size) <= width:
        return text, size
    while text and stringWidth(text + "…", face, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def chart_drawing(chart: Chart, fonts: FontFamily, width: float) -> Drawing:
    """The chart as one drawing ``width`` points wide."""
    label_w = width * LABEL_FRACTION
    left = label_w + GAP
    scale_w = max(width - left - VALUE_ROOM, 40.0)
    caption_h = CAPTION_SIZE + 8 if chart.caption else 0.0
    legend_h = LEGEND_SIZE + 8 if chart.legend else 0.0
    rows_h = ROW * len(chart.bars)
    height = caption_h + rows_h + 4 + legend_h
    d = Drawing(width, height)
    if chart.caption:
        d.add(String(width / 2, height - CAPTION_SIZE, chart.caption, fontName=fonts.bold, fontSize=CAPTION_SIZE,
                     textAnchor="middle"))
    top = height - caption_h

    def x_of(value: float) -> float:
        return left + scale_w * min(max(value, 0.0), chart.maximum) / chart.maximum

    for n, bar in enumerate(chart.bars):
        y = top - ROW * (n + 1)
        middle = y + (ROW - BAR) / 2
        label, size = _fitted(bar.label, fonts.regular, label_w)
        d.add(String(label_w, middle + BAR / 2 - size / 3, label, fontName=fonts.regular, fontSize=size,
                     textAnchor="end"))
        end = x_of(bar.value)
        d.add(Rect(left, middle, scale_w, BAR, fillColor=TRACK, strokeColor=None))  # the scale's full length
        if end > left:
            d.add(Rect(left, middle, end - left, BAR, fillColor=bar_colour(bar), strokeColor=None))
        d.add(String(left + scale_w + 4, middle + BAR / 2 - VALUE_SIZE / 3, bar.shown, fontName=fonts.bold,
                     fontSize=VALUE_SIZE, fillColor=bar_colour(bar)))
        if bar.target is not None:
            mark = x_of(bar.target)
            d.add(Line(mark, y + 1, mark, y + ROW - 1, strokeColor=TARGET, strokeWidth=1.2,
                       strokeDashArray=[2, 1.5]))
    d.add(Line(left, top - rows_h, left, top, strokeColor=AXIS, strokeWidth=0.8))
    if chart.legend:
        d.add(String(width / 2, 2, chart.legend, fontName=fonts.italic, fontSize=LEGEND_SIZE, textAnchor="middle"))
    return d


def chart_flowables(chart: Chart, fonts: FontFamily, width: float) -> list[Flowable]:
    """The chart and the space under it, kept together on one page."""
    return [KeepTogether([Spacer(1, 4), chart_drawing(chart, fonts, width)]), Spacer(1, 10)]


__all__ = ["bar_colour", "chart_drawing", "chart_flowables"]
