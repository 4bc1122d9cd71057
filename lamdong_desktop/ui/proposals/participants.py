"""The "Người đề xuất và người thực hiện" box of a proposal's general page: who proposes it and who carries
it out, picked from the unit's staff or typed in, each with a role."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.access import RecordKind, can_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.proposals import Participant, ParticipantRole
from lamdong_desktop.services import staff
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.layout import set_interactive


class ParticipantsBox(QGroupBox):
    """Name, position and role of each participant; ``edited`` on every change."""

    edited = Signal()

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Người đề xuất và người thực hiện"))
        self.ctx, self.actor = ctx, actor
        self.editable = True  # new role choosers take clicks only while the window may be edited
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Vai trò")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 170)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.edited.emit())
        self.people_combo = QComboBox()
        self.fill_people()
        self.people_combo.setMinimumContentsLength(24)
        self.add_person_button = QPushButton(self.tr("Thêm"))
        self.add_other_button = QPushButton(self.tr("Thêm người khác"))
        self.remove_button = QPushButton(self.tr("Bỏ người đã chọn"))
        self.add_person_button.clicked.connect(self._add_chosen_person)
        self.add_other_button.clicked.connect(lambda: self.add_participant(Participant(name="")))
        self.remove_button.clicked.connect(self._remove_selected)
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.people_combo, 1)
        people_bar.addWidget(self.add_person_button)
        people_bar.addWidget(self.add_other_button)
        people_bar.addWidget(self.remove_button)
        note = QLabel(self.tr(
            "Lãnh đạo, quản lý đề xuất là người được bảo vệ theo Nghị định 73/2023/NĐ-CP (Điều 2); cán bộ, "
            "công chức khác tham gia với vai trò người thực hiện."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(people_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def fill_people(self) -> None:
        """The unit's staff to pick participants from; the one chosen stays chosen."""
        chosen = self.people_combo.currentData()
        self.people_combo.clear()
        collator = vietnamese_collator()
        # Co-authors are picked from the unit's staff; a reader who may not list them (the province) edits
        # nothing here anyway.
        readable = can_read(self.actor.roles, RecordKind.PERSON)
        self.people = {p.id: p for p in staff.list_people(self.ctx, actor=self.actor)} if readable else {}
        for person in sorted(self.people.values(), key=lambda p: collator.sortKey(p.full_name)):
            self.people_combo.addItem(f"{person.full_name} — {person.position}" if person.position
                                      else person.full_name, person.id)
        if chosen is not None:
            self.people_combo.setCurrentIndex(max(0, self.people_combo.findData(chosen)))

    def set_editable(self, editable: bool) -> None:
        """Cells, role choosers and buttons follow ``editable``; the list stays legible either way."""
        self.editable = editable
        for row in range(self.table.rowCount()):
            widget = self.table.cellWidget(row, 2)
            if widget is not None:
                set_interactive(widget, editable)
        for button in (self.add_person_button, self.add_other_button, self.remove_button, self.people_combo):
            button.setVisible(editable)

    def add_participant(self, participant: Participant) -> int:
        table = self.table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        name = QTableWidgetItem(participant.name)
        name.setData(Qt.ItemDataRole.UserRole, participant.person_id)
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(participant.position))
        table.blockSignals(False)
        role = QComboBox()
        role.addItem(self.tr("Người đề xuất"), ParticipantRole.PROPOSER.value)
        role.addItem(self.tr("Người thực hiện"), ParticipantRole.IMPLEMENTER.value)
        role.setCurrentIndex(max(0, role.findData(ParticipantRole(participant.role).value)))
        set_interactive(role, self.editable)
        role.currentIndexChanged.connect(lambda _i: self.edited.emit())
        table.setCellWidget(row, 2, role)
        self.edited.emit()
        return row

    def set_participants(self, participants: tuple[Participant, ...]) -> None:
        self.table.setRowCount(0)
        for participant in participants:
            self.add_participant(participant)

    def _add_chosen_person(self) -> None:
        person = self.people.get(self.people_combo.currentData())
        if person is None:
            return
        if any(p.person_id == person.id for p in self.participants()):
            return
        self.add_participant(Participant(person.full_name, person.position, ParticipantRole.PROPOSER, person.id))

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def participants(self) -> tuple[Participant, ...]:
        table = self.table
        found = []
        for row in range(table.rowCount()):
            name, position = table.item(row, 0), table.item(row, 1)
            role = table.cellWidget(row, 2)
            role_value = role.currentData() if isinstance(role, QComboBox) else ParticipantRole.IMPLEMENTER
            found.append(Participant(
                name=name.text() if name else "",
                position=position.text() if position else "",
                role=ParticipantRole(role_value),
                person_id=name.data(Qt.ItemDataRole.UserRole) if name else None,
            ))
        return tuple(found)
