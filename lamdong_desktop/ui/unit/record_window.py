"""The official's record (hồ sơ cán bộ) in a window: his proposals with their decision, result and ruling in plain
words, the commendations given (the head records them here), and "In…" for the personnel file.

Opened from the unit's staff (``UnitView``) by whoever may read it, or from the main window's menu for one's own
record. It refreshes when a proposal, a decision, a meeting or a person changes (the change notices); the print is
built here and rendered on a worker (``PdfPreviewDialog``), recorded with its check code when printed or saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.official_record import RecordRole
from lamdong_desktop.messages import (
    NOT_EVALUATED_WORDS,
    RESULT_CLASS_WORDS,
    RULING_KIND_WORDS,
    STATE_WORDS,
    roles_words,
)
from lamdong_desktop.services import official_records
from lamdong_desktop.services.changes import DECISION, MEETING, PERSON, PROPOSAL, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.official_records import OfficialRecord, RecordEntry
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import RECORD_ROLE, Column, RecordTableModel, make_table, selected_record
from lamdong_desktop.ui.shared.windows import open_own
from lamdong_desktop.ui.unit.printed_preview import show_printed


def _decision(e: RecordEntry) -> str:
    return e.decision.reference if e.decision else ""


def _result(e: RecordEntry) -> str:
    return RESULT_CLASS_WORDS[e.result] if e.result else ""


class OfficialRecordDialog(Dialog):
    """The record of ``person_id`` for ``actor`` (refused, and not shown, to one who may not read it)."""

    def __init__(self, ctx: AppContext, actor: Actor, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.person_id = ctx, actor, person_id
        self.record: OfficialRecord | None = None
        self.preview_dialog: QWidget | None = None
        resize_to_fit(self, 1080, 640)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model: RecordTableModel[RecordEntry] = RecordTableModel([
            Column(self.tr("Mã"), lambda e: e.ref),
            Column(self.tr("Tên đề xuất"), lambda e: e.title),
            Column(self.tr("Vai trò"), lambda e: roles_words(e.roles)),
            Column(self.tr("Tình trạng"), lambda e: STATE_WORDS[e.state]),
            Column(self.tr("Quyết định"), _decision),
            Column(self.tr("Kết quả đánh giá"), _result),
            Column(self.tr("Bảo vệ cán bộ"), lambda e: RULING_KIND_WORDS[e.ruling.kind] if e.ruling else ""),
            Column(self.tr("Khen thưởng"), lambda e: "; ".join(c.form for c in e.commendations)),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(90)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.commend_button = QPushButton(self.tr("Ghi nhận khen thưởng…"))
        self.remove_button = QPushButton(self.tr("Xóa ghi nhận…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.commend_button.clicked.connect(self.commend)
        self.remove_button.clicked.connect(self.remove_commendation)
        self.print_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.commend_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(bar)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        for column, width in enumerate((110, 280, 170, 170, 110, 150, 170)):
            self.table.setColumnWidth(column, width)
        self.reload()
        on_changes(ctx, self, self._on_changes)

    # -- contents ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the record again (raises the refusal: the opener shows it and does not open the window)."""
        chosen = self.selected()
        self.record = official_records.get(self.ctx, self.person_id, actor=self.actor)
        p = self.record.person
        self.setWindowTitle(self.tr("Hồ sơ cán bộ — {name}").format(name=p.full_name))
        self.heading.setText(", ".join(part for part in (p.full_name, p.position, p.party_org_name) if part))
        r = self.record
        counts = self.tr(
            "Đã đề xuất {proposed} đề xuất (chủ trì hoặc đồng đề xuất), tham gia thực hiện {implemented}; "
            "{evaluated} đã được kết luận đánh giá, {completed} hoàn thành; {commended} khen thưởng đã ghi nhận.")
        self.counts.setText(counts.format(
            proposed=r.proposed, implemented=r.count(RecordRole.IMPLEMENTER), evaluated=r.evaluated,
            completed=r.completed, commended=r.commended))
        self.model.set_records(r.entries)
        if chosen is not None:
            self.select(chosen.proposal_id)
        self.commend_button.setVisible(r.may_commend)
        self.remove_button.setVisible(r.may_commend)
        self._selected_changed()

    def selected(self) -> RecordEntry | None:
        found = selected_record(self.table)
        return found if isinstance(found, RecordEntry) else None

    def select(self, proposal_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            entry = self.proxy.index(row, 0).data(RECORD_ROLE)
            if isinstance(entry, RecordEntry) and entry.proposal_id == proposal_id:
                self.table.selectRow(row)
                return

    def _selected_changed(self) -> None:
        from lamdong_desktop.services.printing_records import record_line

        entry = self.selected()
        self.commend_button.setEnabled(entry is not None and entry.eligible)
        self.remove_button.setEnabled(entry is not None and bool(entry.commendations))
        if entry is None:
            self.details.setText(self.tr("Chọn một đề xuất để xem chi tiết.") if self.model.rowCount() else self.tr(
                "Cán bộ chưa đề xuất hoặc tham gia thực hiện đề xuất đổi mới, sáng tạo nào đã được trình."))
            return
        line = record_line(entry)
        parts = [(self.tr("Quyết định"), line.decision), (self.tr("Thực hiện"), line.period),
                 (self.tr("Kết quả đánh giá"), line.result or NOT_EVALUATED_WORDS),
                 (self.tr("Về trách nhiệm"), line.ruling)]
        parts += [(self.tr("Khen thưởng"), given) for given in line.commendations]
        self.details.setText(f"{entry.ref} — {entry.title}\n" + "\n".join(
            f"{label}: {value}" for label, value in parts if value))

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(PROPOSAL, DECISION, MEETING, PERSON):
            try:
                self.reload()
            except DomainError:  # the person was removed, or the reader no longer may: nothing left to show
                self.close()

    # -- actions -------------------------------------------------------------------------------------
    def commend(self) -> None:
        from lamdong_desktop.ui.unit.record_dialogs import CommendationDialog

        entry = self.selected()
        if entry is None or self.record is None or not entry.eligible:
            return
        messages.run_dialog(CommendationDialog(self.ctx, self.actor, self.record.person, entry, parent=self))

    def remove_commendation(self) -> None:
        from lamdong_desktop.ui.unit.record_dialogs import RemoveCommendationDialog

        entry = self.selected()
        if entry is None or not entry.commendations:
            return
        messages.run_dialog(RemoveCommendationDialog(self.ctx, self.actor, entry, parent=self))

    def preview(self) -> QWidget | None:
        """Build the record here (it reads the database), render it on a worker, show it to print or save."""
        from lamdong_desktop.services import printed, printing_records

        subject = printing_records.record_subject(self.person_id, clock.today())
        dialog = show_printed(
            self, self.ctx, self.actor, source=printed.RECORD, subject=subject,
            build=lambda: printing_records.record_of(self.ctx, subject, actor=self.actor),
            render=printing_records.render_record,
            names=lambda form: (self.tr("Hồ sơ cán bộ {name}").format(name=form.person.name),
                                self.tr("Hồ sơ cán bộ - {name}.pdf").format(name=form.person.name)))
        if dialog is not None:
            self.preview_dialog = dialog
        return dialog


def open_record(parent: QWidget, ctx: AppContext, actor: Actor, person_id: str) -> OfficialRecordDialog | None:
    """Open the record of ``person_id`` in its own window, or tell why not (a refusal changes nothing)."""
    return open_own(parent, lambda: OfficialRecordDialog(ctx, actor, person_id, parent))
