"""Table models over the services' frozen dataclasses, sorted with the Vietnamese collator."""

from __future__ import annotations

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
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .i18n import vietnamese_collator

T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
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

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []

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
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


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


def make_table(model: RecordTableModel[Any], parent: QWidget | None = None) -> tuple[QTableView, VietnameseSortProxy]:
    """A read-only, row-selecting, sortable table over ``model`` through a Vietnamese proxy."""
    proxy = VietnameseSortProxy(parent)
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
