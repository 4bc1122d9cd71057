"""Dialogs to add or edit a person of the unit and a party organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import staff
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.i18n import vietnamese_collator


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PersonDialog(QDialog):
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
        orgs = sorted(staff.list_party_orgs(ctx), key=lambda o: collator.sortKey(o.name))
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
        try:
            if self.person is None:
                self.saved = staff.add_person(self.ctx, actor=self.actor, **values).value
            else:
                self.saved = staff.update_person(
                    self.ctx, actor=self.actor, person_id=self.person.id,
                    expected_version=self.person.version, **values,
                ).value
        except DomainError as error:
            messages.show_error(self, error)
            return
        super().accept()


class PartyOrgDialog(QDialog):
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
        try:
            if self.org is None:
                staff.add_party_org(self.ctx, actor=self.actor, name=self.name.text(), kind=self.kind.currentData())
            else:
                staff.update_party_org(self.ctx, actor=self.actor, org_id=self.org.id, name=self.name.text(),
                                       kind=self.kind.currentData())
        except DomainError as error:
            messages.show_error(self, error)
            return
        super().accept()
