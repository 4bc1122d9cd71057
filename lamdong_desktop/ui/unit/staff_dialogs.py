"""Dialogs to add or edit a person of the unit and a party organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.services import staff
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.operations import Operation


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PersonDialog(Dialog):
    """Add a person, or edit ``person``; saving calls the service and stays open on an error."""

    def __init__(self, ctx: AppContext, actor: Actor, person: staff.Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.person = ctx, actor, person
        self.saved: staff.Person | None = None
        self.setWindowTitle(self.tr("Sửa thông tin cán bộ") if person else self.tr("Thêm cán bộ, công chức"))
        self.full_name = QLineEdit(person.full_name if person else "")
        self.position = QLineEdit(person.position if person else "")
        self.position.setPlaceholderText(self.tr("ví dụ: Chuyên viên Phòng Kinh tế"))
        self.party_org = QComboBox()
        self.party_org.addItem(self.tr("(không thuộc tổ chức đảng nào)"), None)
        collator = vietnamese_collator()
        orgs = sorted(staff.list_party_orgs(ctx, actor=actor), key=lambda o: collator.sortKey(o.name))
        for org in orgs:
            self.party_org.addItem(org.name, org.id)
        if person and person.party_org_id:
            self.party_org.setCurrentIndex(max(0, self.party_org.findData(person.party_org_id)))
        self.phone = QLineEdit(person.phone if person else "")
        self.email = QLineEdit(person.email if person else "")
        form = QFormLayout(self)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Chức vụ:"), self.position)
        form.addRow(self.tr("Tổ chức đảng:"), self.party_org)
        form.addRow(self.tr("Điện thoại:"), self.phone)
        form.addRow(self.tr("Thư điện tử:"), self.email)
        form.addRow(_buttons(self))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        values = {
            "full_name": self.full_name.text(),
            "position": self.position.text(),
            "party_org": self.party_org.currentData(),
            "phone": self.phone.text(),
            "email": self.email.text(),
        }
        actor, person = self.actor, self.person

        def write(ctx: AppContext) -> Changed[staff.Person]:
            if person is None:
                return staff.add_person(ctx, actor=actor, **values)
            return staff.update_person(ctx, actor=actor, person_id=person.id, expected_version=person.version,
                                       **values)

        Operation(self, write).success(self._saved).run()

    def _saved(self, person: staff.Person) -> None:
        self.saved = person
        super().accept()


class PartyOrgDialog(Dialog):
    def __init__(self, ctx: AppContext, actor: Actor, org: staff.PartyOrg | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.org = ctx, actor, org
        self.setWindowTitle(self.tr("Sửa tổ chức đảng") if org else self.tr("Thêm tổ chức đảng"))
        self.name = QLineEdit(org.name if org else "")
        self.name.setPlaceholderText(self.tr("ví dụ: Chi bộ thôn 1"))
        self.kind = QComboBox()
        for kind, label in staff.PARTY_ORG_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(
            (org.kind if org else staff.PartyOrgKind.CHI_BO_TRUC_THUOC).value))
        form = QFormLayout(self)
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(_buttons(self))
        self.setMinimumWidth(440)

    def accept(self) -> None:
        actor, org, name, kind = self.actor, self.org, self.name.text(), self.kind.currentData()

        def write(ctx: AppContext) -> Changed[object]:
            if org is None:
                return staff.add_party_org(ctx, actor=actor, name=name, kind=kind)
            return staff.update_party_org(ctx, actor=actor, org_id=org.id, name=name, kind=kind)

        Operation(self, write).success(lambda _result: super(PartyOrgDialog, self).accept()).run()
