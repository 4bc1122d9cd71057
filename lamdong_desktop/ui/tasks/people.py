"""A people picker: the unit's roster in a combo box one can type into, a name typed with or without accents."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from lamdong_desktop.domain.text import fold
from lamdong_desktop.services.staff import Person
from lamdong_desktop.ui.shared.i18n import vietnamese_collator

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10


class FoldingCompleter(QCompleter):
    """Matches the folded words typed ("dang thi" or "Đặng Thị") anywhere in the folded names."""

    def __init__(self, model: QStandardItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PeoplePicker(QComboBox):
    """The roster by Vietnamese name order; ``person_id()`` is the one chosen or typed (None: nobody, or a name
    that is no one's). ``empty`` is the first entry's text when choosing nobody is allowed."""

    def __init__(self, people: Sequence[Person], parent: QWidget | None = None, *, empty: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._empty = empty
        self._people: list[Person] = []
        model = QStandardItemModel(self)
        if empty is not None:
            item = QStandardItem(empty)
            item.setData(None, Qt.ItemDataRole.UserRole)
            item.setData("", FOLD_ROLE)
            model.appendRow(item)
        collator = vietnamese_collator()
        self._people = sorted(people, key=lambda p: collator.sortKey(p.full_name))
        for person in self._people:
            label = f"{person.full_name} — {person.position}" if person.position else person.full_name
            item = QStandardItem(label)
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            item.setData(fold(label), FOLD_ROLE)
            model.appendRow(item)
        self.setModel(model)
        completer = FoldingCompleter(model, self)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCurrentIndex(0 if empty is not None else -1)

    def people_in_order(self) -> list[Person]:
        return list(self._people)

    def _chosen(self, index: QModelIndex) -> None:
        row = self.findText(str(index.data(Qt.ItemDataRole.DisplayRole)))
        if row >= 0:
            self.setCurrentIndex(row)

    def person_id(self) -> str | None:
        """The person chosen, or the only one whose name the typed words (folded) start or contain."""
        text = self.currentText().strip()
        if not text or (self._empty is not None and text == self._empty):
            return None
        row = self.findText(text)
        if row >= 0:
            return self.itemData(row)
        words = fold(text)
        hits = [r for r in range(self.count()) if self.itemData(r) and words in str(self.itemData(r, FOLD_ROLE))]
        return self.itemData(hits[0]) if len(hits) == 1 else None

    def line_edit(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # editable
        return edit

    def typed_text(self) -> str:
        return self.currentText().strip()

    def choose(self, person_id: str | None) -> None:
        row = self.findData(person_id)
        self.setCurrentIndex(row if row >= 0 else (0 if self._empty is not None else -1))
