"""Column widths of a table: each column as wide as its header or a sample of its cells, one text column (the title,
the trích yếu) taking the room left — never less than it needs to be read: below that, the table scrolls sideways.

Qt's own Stretch mode lets the other columns squeeze the stretched one to a few pixels (a title shown as "Lập…"),
and ResizeToContents measures every row of a large list; this measures one sample per column.
"""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 14  # the cell's margins and a little air
SORT_ARROW = 10  # the header's sort indicator
MIN_TITLE = 240  # about 35 characters of a title


class ColumnFitter(QObject):
    """Installed on ``table``'s viewport: fits its columns now and whenever the room changes (``fit_columns``)."""

    def __init__(self, table: QTableView, stretch: int, samples: Mapping[int, str], min_stretch: int,
                 cells: QFontMetrics | None = None) -> None:
        super().__init__(table)
        self.table, self.stretch, self.min_stretch = table, stretch, min_stretch
        self.cells = cells or table.fontMetrics()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        self.widths: dict[int, int] = {}
        for column in range(table.model().columnCount()):
            if column != stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.size(column, samples.get(column, ""))
        table.viewport().installEventFilter(self)  # its width is the room: told after the scroll bars are placed
        self.fit()

    def size(self, column: int, sample: str, *, most: int | None = None) -> None:
        """``column`` as wide as its header or ``sample``, whichever is wider, up to ``most`` pixels (a longer text
        is cut, whole in its tooltip); the title then takes the rest."""
        header = self.table.horizontalHeader()
        title = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(header.fontMetrics().horizontalAdvance(title) + PADDING + SORT_ARROW,
                    self.cells.horizontalAdvance(sample) + PADDING)
        self.widths[column] = min(width, most) if most is not None else width
        header.resizeSection(column, self.widths[column])

    def fit(self) -> None:
        """The stretched column takes the width the others leave, at least ``min_stretch``."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in self.widths if not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.stretch, max(self.min_stretch, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and shiboken6.isValid(self.table)
                and watched is self.table.viewport()):  # not while the table is being destroyed
            self.fit()
        return False


def fit_columns(table: QTableView, *, stretch: int, samples: Mapping[int, str] | None = None,
                min_stretch: int = MIN_TITLE, cells: QFontMetrics | None = None) -> ColumnFitter:
    """Size ``table``'s columns to their headers or ``samples`` (column → the longest usual text, measured with
    ``cells``, the table's font by default), ``stretch`` taking the rest (at least ``min_stretch`` pixels)."""
    return ColumnFitter(table, stretch, samples or {}, min_stretch, cells)
