"""Table models over the services' frozen dataclasses, sorted with the Vietnamese collator."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from lamdong_desktop.ui.shared.i18n import vietnamese_collator

T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALERT_COLOR = "#b00020"  # overdue: the red of the missing-item marks
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, the text shown, and optionally a sort key other than that text."""

    title: str
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None  # None: the shown text, collated in Vietnamese
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows are records (domain values, never DB rows); replace them all with ``set_records``."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None, *,
                 alert: Callable[[T], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._alert = alert  # rows for which it is true stand out (red, bold): overdue items

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._alert is not None and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) \
                and self._alert(record):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(ALERT_COLOR)
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the records themselves, each key computed once (see ``SourceSortingProxy``)."""
        if not 0 <= column < len(self._columns) or len(self._records) < 2:
            return
        col = self._columns[column]
        keys = [col.sort_key(r) if col.sort_key else col.display(r) for r in self._records]
        rows = list(range(len(self._records)))
        present = [row for row in rows if keys[row] is not None]
        missing = [row for row in rows if keys[row] is None]
        if all(isinstance(keys[row], str) for row in present):
            collator = vietnamese_collator()

            def by_text(a: int, b: int) -> int:
                return collator.compare(keys[a], keys[b])

            present.sort(key=functools.cmp_to_key(by_text))
        else:
            present.sort(key=lambda row: keys[row])
        descending = order == Qt.SortOrder.DescendingOrder
        # Empty values first when ascending, as VietnameseSortProxy does; Python's sort is stable.
        new_order = missing + present if not descending else present[::-1] + missing
        self.layoutAboutToBeChanged.emit()
        new_row: dict[int, int] = {old: new for new, old in enumerate(new_order)}
        self._records = [self._records[old] for old in new_order]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes, [self.index(new_row[i.row()], i.column()) for i in old_indexes])
        self.layoutChanged.emit()


class PagedRecordTableModel(RecordTableModel[T]):
    """Records fetched a page at a time as the view scrolls (Qt's ``canFetchMore``/``fetchMore``).

    The first screen of a 20,000-row list costs one small query. ``natural_order`` is the (column, order)
    the source already returns: sorting any other way first fetches the rest, so the order covers every row.
    """

    def __init__(self, columns: Sequence[Column[T]], *, page_size: int = 200,
                 natural_order: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
                 parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.natural_order = natural_order
        self._fetch: Callable[[int, int], Sequence[T]] | None = None
        self._total = 0

    def set_source(self, fetch: Callable[[int, int], Sequence[T]], total: int) -> None:
        """``fetch(offset, limit)`` returns records in the natural order; ``total`` how many there are."""
        self.beginResetModel()
        self._fetch, self._total = fetch, total
        self._records = list(fetch(0, self.page_size)) if total else []
        self.endResetModel()

    def set_records(self, records: Sequence[T]) -> None:
        """All records at once (no further fetching)."""
        self._fetch, self._total = None, len(records)
        super().set_records(records)

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._records) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        self._append(self.page_size, parent)

    def fetch_all(self) -> None:
        self._append(self._total - len(self._records), QModelIndex())

    def _append(self, count: int, parent: AnyIndex) -> None:
        if count <= 0 or not self.canFetchMore(parent) or self._fetch is None:
            return
        batch = list(self._fetch(len(self._records), count))
        if not batch:  # rows were removed since the count: stop asking
            self._total = len(self._records)
            return
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._records.extend(batch)
        self.endInsertRows()
        if len(batch) < count:
            self._total = len(self._records)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != self.natural_order and self.canFetchMore():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 20,000 rows: about half a second
            try:
                self.fetch_all()
            finally:
                QGuiApplication.restoreOverrideCursor()
        super().sort(column, order)


class VietnameseSortProxy(QSortFilterProxyModel):
    """Sorts text with ``QCollator(vi_VN)`` and filters rows with a predicate on the record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = vietnamese_collator()
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._predicate is None:
            return True
        record = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        return bool(self._predicate(record))

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if a is None or b is None:
            return a is None and b is not None
        return bool(a < b)

    def record_at(self, index: QModelIndex) -> Any:
        return index.data(RECORD_ROLE) if index.isValid() else None


class SourceSortingProxy(VietnameseSortProxy):
    """For long tables: the source model sorts itself in one Python pass (keys computed once, compared
    with the same collator) instead of Qt calling ``lessThan`` across the Python boundary n·log n times.

    The proxy itself keeps the source's order and only filters.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def make_table(model: RecordTableModel[Any], parent: QWidget | None = None, *,
               sort_in_source: bool = False) -> tuple[QTableView, VietnameseSortProxy]:
    """A read-only, row-selecting, sortable table over ``model`` through a Vietnamese proxy."""
    proxy = SourceSortingProxy(parent) if sort_in_source else VietnameseSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view, proxy


def selected_record(view: QTableView) -> Any:
    """The record of the selected row, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(RECORD_ROLE) if rows else None
