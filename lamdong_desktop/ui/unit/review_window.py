"""The yearly review (tổng kết năm, seed V.4) in a window: the year's proposals by state, the year's rulings, the
completed initiatives suggested for replication with their people, and "In…" for the Báo cáo — a draft, or numbered
by a report (BC) already taken in the register. Opened from the main window's menu by the head, the leadership and
the secretary; refreshed by the change notices; rendered on a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.protection import RulingKind
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.messages import RULING_KIND_WORDS, STATE_WORDS
from lamdong_desktop.services import periodic_review, register
from lamdong_desktop.services.changes import DECISION, MEETING, PERSON, PROPOSAL, REGISTER, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.periodic_review import PeriodicReview, ReviewLine
from lamdong_desktop.ui.shared.dialogs import Dialog
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import on_changes
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table
from lamdong_desktop.ui.shared.windows import open_own
from lamdong_desktop.ui.unit.printed_preview import show_printed


class AnnualReviewDialog(Dialog):
    """The review of a year for one who may read it (the opener shows a refusal instead)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.review: PeriodicReview | None = None
        self.preview_dialog: QWidget | None = None
        periodic_review.require_review(actor)
        self.setWindowTitle(self.tr("Tổng kết năm — đề xuất đổi mới, sáng tạo"))
        resize_to_fit(self, 1000, 600)
        self.year = QSpinBox()
        self.year.setRange(register.MIN_YEAR, register.MAX_YEAR)
        self.year.setValue(periodic_review.default_year(clock.today()))
        self.number = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model: RecordTableModel[ReviewLine] = RecordTableModel([
            Column(self.tr("Mã"), lambda s: s.ref),
            Column(self.tr("Tên đề xuất"), lambda s: s.title),
            Column(self.tr("Người đề xuất"), lambda s: "; ".join(p.name for p in s.proposers)),
            Column(self.tr("Người thực hiện"), lambda s: "; ".join(p.name for p in s.implementers)),
            Column(self.tr("Kết luận"), lambda s: s.evaluation.reference),
            Column(self.tr("Khen thưởng"), lambda s: "; ".join(f"{c.form} ({c.full_name})" for c in s.commendations)
                   or self.tr("Đề nghị xem xét")),
        ], self)
        self.table, _proxy = make_table(self.model, self)
        self.print_button = QPushButton(self.tr("In…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.print_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("Năm tổng kết:"), self.year)
        form.addRow(self.tr("Số báo cáo:"), self.number)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Đề xuất đề nghị nhân rộng, khen thưởng (đánh giá hoàn thành):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        for column, width in enumerate((110, 300, 160, 160, 110)):
            self.table.setColumnWidth(column, width)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.reload()
        on_changes(ctx, self, self._on_changes)

    def reload(self) -> None:
        year = self.year.value()
        self.review = review = periodic_review.review(self.ctx, year, actor=self.actor)
        states = "; ".join(f"{STATE_WORDS[s]}: {n}" for s, n in review.states) or self.tr("không có")
        rulings = "; ".join(f"{RULING_KIND_WORDS[k]}: {review.count(k)}" for k in RulingKind)
        self.summary.setText(self.tr(
            "Năm {year}: {submitted} đề xuất được trình ({states}).\n{evaluated} đề xuất được kết luận đánh giá "
            "— {rulings}.").format(year=year, submitted=review.submitted, states=states,
                                   evaluated=review.evaluated, rulings=rulings))
        self.model.set_records(review.suggested)
        self._fill_numbers(year)

    def _fill_numbers(self, year: int) -> None:
        """The reports (BC) of the register taken in the year or the next and given to no other document."""
        chosen = self.number.currentData()
        self.number.blockSignals(True)
        self.number.clear()
        self.number.addItem(self.tr("Chưa cấp số (in bản dự thảo)"), None)
        for taken in (year, year + 1):
            try:
                entries = register.list_entries(self.ctx, actor=self.actor, year=taken, doc_type=DocType.REPORT)
            except DomainError:  # a reader of the review who does not read the register: drafts only
                entries = []
            for view in entries:
                e = view.entry
                if not e.cancelled and not e.council and not e.subject_table:
                    self.number.addItem(self.tr("Số {reference} ngày {day} — {title}").format(
                        reference=e.reference, day=f"{e.issued_on:%d/%m/%Y}", title=e.title), e.id)
        self.number.setCurrentIndex(max(0, self.number.findData(chosen)))
        self.number.blockSignals(False)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(PROPOSAL, DECISION, MEETING, PERSON, REGISTER):
            self.reload()

    def preview(self) -> QWidget | None:
        """Build the report here (it reads the database), render it on a worker, show it to print or save."""
        from lamdong_desktop.services import printed, printing_records

        year = self.year.value()
        subject = printing_records.review_subject(year, self.number.currentData())
        dialog = show_printed(
            self, self.ctx, self.actor, source=printed.REVIEW, subject=subject,
            build=lambda: printing_records.review_of(self.ctx, subject, actor=self.actor),
            render=printing_records.render_review,
            names=lambda _form: (self.tr("Báo cáo tổng kết năm {year}").format(year=year),
                                 self.tr("Báo cáo tổng kết năm {year}.pdf").format(year=year)))
        if dialog is not None:
            self.preview_dialog = dialog
        return dialog


def open_review(parent: QWidget, ctx: AppContext, actor: Actor) -> AnnualReviewDialog | None:
    """Open the yearly review in its own window, or tell why not."""
    return open_own(parent, lambda: AnnualReviewDialog(ctx, actor, parent))
