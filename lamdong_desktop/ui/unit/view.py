"""The "Đơn vị" area: the unit, its staff and its party organisations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.access import RecordKind, reads_others
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.roles import Permission, permissions_of
from lamdong_desktop.domain.text import matches
from lamdong_desktop.domain.units import KIND_LABELS, InstallMode
from lamdong_desktop.services import staff
from lamdong_desktop.services.changes import PARTY_ORG, PERSON, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.official_records import own_person
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table, selected_record
from lamdong_desktop.ui.unit.staff_dialogs import PartyOrgDialog, PersonDialog


class _TablePanel(QWidget):
    """A table with a search box and add/edit/remove buttons (buttons only for those who may edit)."""

    def __init__(self, model: RecordTableModel, search_fields: Callable[[Any], tuple[str, ...]],
                 can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._fields = search_fields
        self.table, self.proxy = make_table(model, self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm (có dấu hoặc không dấu)…"))
        self.search.textChanged.connect(self._filter)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        bar = self.bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(can_edit)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        if can_edit:
            self.table.doubleClicked.connect(lambda _i: self.edit_button.click())
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.proxy.set_predicate((lambda r: matches(text, *self._fields(r))) if text.strip() else None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> object:
        return selected_record(self.table)


class UnitView(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.can_edit = Permission.MANAGE_STAFF in permissions_of(actor.roles)
        unit = ctx.unit

        info = QGroupBox(self.tr("Thông tin đơn vị"))
        form = QFormLayout(info)
        name = QLabel(unit.name)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        name.setFont(font)
        form.addRow(self.tr("Tên:"), name)
        form.addRow(self.tr("Mã đơn vị:"), QLabel(unit.code))
        form.addRow(self.tr("Loại:"), QLabel(KIND_LABELS[unit.kind]))
        if unit.formed_from:
            formed = QLabel(unit.formed_from.replace("; ", ", "))
            formed.setWordWrap(True)
            form.addRow(self.tr("Hình thành từ:"), formed)
        mode = self.tr("cấp tỉnh") if ctx.mode is InstallMode.PROVINCE else self.tr("cấp xã, phường, đặc khu")
        form.addRow(self.tr("Cài đặt:"), QLabel(mode))

        self.people_model: RecordTableModel[staff.Person] = RecordTableModel([
            Column(self.tr("Họ và tên"), lambda p: p.full_name),
            Column(self.tr("Chức vụ"), lambda p: p.position),
            Column(self.tr("Tổ chức đảng"), lambda p: p.party_org_name),
            Column(self.tr("Điện thoại"), lambda p: p.phone),
            Column(self.tr("Thư điện tử"), lambda p: p.email),
        ], self)
        self.orgs_model: RecordTableModel[staff.PartyOrg] = RecordTableModel([
            Column(self.tr("Tên tổ chức đảng"), lambda o: o.name),
            Column(self.tr("Loại"), lambda o: staff.PARTY_ORG_KIND_LABELS[o.kind]),
            Column(self.tr("Số cán bộ"), lambda o: str(self._member_count(o)),
                   sort_key=self._member_count, align_right=True),
        ], self)
        self.people = _TablePanel(self.people_model, lambda p: (p.full_name, p.position, p.party_org_name),
                                  self.can_edit, self)
        self.orgs = _TablePanel(self.orgs_model, lambda o: (o.name,), self.can_edit, self)
        self.people.add_button.setText(self.tr("Thêm cán bộ…"))
        self.orgs.add_button.setText(self.tr("Thêm tổ chức…"))
        self.people.add_button.clicked.connect(self.add_person)
        self.people.edit_button.clicked.connect(self.edit_person)
        self.people.remove_button.clicked.connect(self.remove_person)
        # Seed IV.2: a person's record (hồ sơ cán bộ) — his own, or anyone's for the head and the secretary.
        self.record_button = QPushButton(self.tr("Hồ sơ cán bộ…"))
        self.reads_records = reads_others(actor.roles, RecordKind.OFFICIAL_RECORD)
        self.record_button.setVisible(self.reads_records or own_person(ctx, actor) is not None)
        self.record_button.clicked.connect(self.open_record)
        self.people.bar.insertWidget(1, self.record_button)
        self.people.table.selectionModel().selectionChanged.connect(lambda *_: self._update_record_button())
        self.orgs.add_button.clicked.connect(self.add_org)
        self.orgs.edit_button.clicked.connect(self.edit_org)
        self.orgs.remove_button.clicked.connect(self.remove_org)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, self.tr("Cán bộ, công chức"))
        self.tabs.addTab(self.orgs, self.tr("Tổ chức đảng"))
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.tabs, 1)
        self._members: dict[str, int] = {}
        self.reload()
        on_changes(ctx, self, self._on_changes)
        self._size_columns(self.people.table, (190, 0, 250, 110, 170), stretch=1)
        self._size_columns(self.orgs.table, (380, 160, 100), stretch=0)
        self._update_record_button()

    @staticmethod
    def _size_columns(table: QTableView, widths: tuple[int, ...], stretch: int) -> None:
        """Fixed starting widths; the ``stretch`` column takes what the window adds or removes."""
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(widths):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                table.setColumnWidth(column, width)

    def _member_count(self, org: staff.PartyOrg) -> int:
        return self._members.get(org.id, 0)

    def reload(self) -> None:
        people = staff.list_people(self.ctx, actor=self.actor)
        self._members = {}
        for person in people:
            if person.party_org_id:
                self._members[person.party_org_id] = self._members.get(person.party_org_id, 0) + 1
        self.people_model.set_records(people)
        self.orgs_model.set_records(staff.list_party_orgs(self.ctx, actor=self.actor))

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(PERSON, PARTY_ORG):
            self.reload()

    def _update_record_button(self) -> None:
        person = self.people.selected()
        self.record_button.setEnabled(isinstance(person, staff.Person) and (
            self.reads_records or person.account_id == self.actor.user_id))

    def open_record(self) -> QWidget | None:
        """The selected person's record in its own window (``record_window``)."""
        from lamdong_desktop.ui.unit.record_window import open_record

        person = self.people.selected()
        if not isinstance(person, staff.Person):
            return None
        return open_record(self, self.ctx, self.actor, person.id)

    def _run(self, dialog: QDialog) -> None:
        messages.run_dialog(dialog)  # the dialog saves through the runner; the change notice reloads

    def add_person(self) -> None:
        self._run(PersonDialog(self.ctx, self.actor, parent=self))

    def edit_person(self) -> None:
        person = self.people.selected()
        if isinstance(person, staff.Person):
            self._run(PersonDialog(self.ctx, self.actor, person, parent=self))

    def remove_person(self) -> None:
        person = self.people.selected()
        if not isinstance(person, staff.Person):
            return
        if not messages.confirm(self, self.tr("Xóa “{name}” khỏi danh sách cán bộ?").format(name=person.full_name)):
            return
        actor = self.actor
        Operation(self, lambda ctx: staff.remove_person(ctx, actor=actor, person_id=person.id)).run()

    def add_org(self) -> None:
        self._run(PartyOrgDialog(self.ctx, self.actor, parent=self))

    def edit_org(self) -> None:
        org = self.orgs.selected()
        if isinstance(org, staff.PartyOrg):
            self._run(PartyOrgDialog(self.ctx, self.actor, org, parent=self))

    def remove_org(self) -> None:
        org = self.orgs.selected()
        if not isinstance(org, staff.PartyOrg):
            return
        if not messages.confirm(self, self.tr("Xóa tổ chức đảng “{name}”?").format(name=org.name)):
            return
        actor = self.actor
        Operation(self, lambda ctx: staff.remove_party_org(ctx, actor=actor, org_id=org.id)).run()

