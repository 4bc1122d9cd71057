"""Column widths of a table: each column as wide as its header or a sample of its cells, one text column (the title,
the trích yếu) taking the room left — never less than it needs to be read: below that, the table scrolls sideways.

Qt's own Stretch mode lets the other columns squeeze the stretched one to a few pixels (a title shown as "Lập…"),
and ResizeToContents measures every row of a large list; this measures one sample per column.
"""

from __future__ import annotations

from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 18  # the cell's margins and a little air
SORT_ARROW = 14  # the header's sort indicator
MIN_TITLE = 240  # about 35 characters of a title


class ColumnFitter(QObject):
    """Installed on ``table``'s viewport: fits its columns now and whenever the room changes (``fit_columns``)."""

    def __init__(self, table: QTableView, stretch: int, samples: Mapping[int, str], min_stretch: int) -> None:
        super().__init__(table)
        self.table, self.stretch, self.min_stretch = table, stretch, min_stretch
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        heads, cells = header.fontMetrics(), table.fontMetrics()
        model = table.model()
        self.widths: dict[int, int] = {}
        for column in range(model.columnCount()):
            if column == stretch:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.widths[column] = max(heads.horizontalAdvance(title) + PADDING + SORT_ARROW,
                                      cells.horizontalAdvance(samples.get(column, "")) + PADDING)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.widths[column])
        table.viewport().installEventFilter(self)  # its width is the room: told after the scroll bars are placed
        self.fit()

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
                min_stretch: int = MIN_TITLE) -> ColumnFitter:
    """Size ``table``'s columns to their headers or ``samples`` (column → the longest usual text), ``stretch``
    taking the rest (at least ``min_stretch`` pixels)."""
    return ColumnFitter(table, stretch, samples or {}, min_stretch)
