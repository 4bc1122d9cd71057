"""The KPI dashboard ("Chỉ tiêu", issue 10 §4): the head sees the unit's KPIs against the resolution's targets on
one screen (seed II.2, II.4, IV.5).

A period picker, the targets as bars (``charts``; green when met, red when not, the exact figures as text), the
proposals by state and ruling, the list behind the figure clicked (who is overdue, which orders were hỏa tốc…) and
each person's row. The figures are ``services.kpi.unit_kpis``, computed on a worker (``Operation.run_in_background``)
and again on every change notice about tasks, proposals, people or the calendar — the numbers of ``lamdong kpi``,
of the Excel export ("Xuất Excel…", ``services.task_export``) and of the printed report ("In báo cáo…",
``report.print_kpi_report``: ``services.printing_kpi``). Only those who read the unit's tasks see it
(``kpi.require_unit_reader``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.kpi import Period
from lamdong_desktop.services import kpi, task_export
from lamdong_desktop.services.changes import CALENDAR, DECISION, PARTY_ORG, PERSON, PROPOSAL, TASK, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.kpi import UnitKpis
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.columns import fit_columns
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from lamdong_desktop.ui.shared.table_models import make_table

from . import figures, tables
from .charts import BarChart
from .period_picker import PeriodPicker

PEOPLE_TAB, DETAIL_TAB = 0, 1


class KpiView(QWidget):
    """The unit's KPIs of a period; ``kpis`` is the last result shown (None while the first is computed)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        kpi.require_unit_reader(actor)
        self.ctx, self.actor = ctx, actor
        self.fixed_today = today  # tests pin the day; the program counts up to the day it is asked on
        self.kpis: UnitKpis | None = None
        self.generation = 0  # the refresh whose result is awaited (an older one arriving late is dropped)
        self.kpis_generation = -1  # the refresh whose result is shown
        self.exported: Path | None = None
        self.picker = PeriodPicker(self.today())
        self.status = QLabel()
        self.status.setObjectName("kpiStatus")
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.print_button = QPushButton(self.tr("In báo cáo…"))
        self.preview_dialog: QWidget | None = None  # the last report shown
        self.export_button.clicked.connect(lambda: self.choose_export())
        self.print_button.clicked.connect(lambda: self.print_report())
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)

        self.targets = BarChart()
        self.targets.setObjectName("kpiTargets")
        self.proposals = BarChart(inline=True)  # counts: one line a state
        self.proposals.setObjectName("kpiProposals")
        self.completed = QLabel()
        # The targets and the proposals side by side, above the tables: every figure on one screen (issue 10's
        # acceptance), the scroll bar only for a screen too small for them.
        self.charts = QWidget()
        row = QHBoxLayout(self.charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._titled(self.tr("Chỉ tiêu của Nghị quyết (bấm vào một chỉ tiêu để xem danh sách)"),
                                   self.targets, self.completed), 3)
        # A year's proposals pass through many states and rulings: their list scrolls on its own, the targets never.
        proposals_scroll = QScrollArea()
        proposals_scroll.setWidgetResizable(True)
        proposals_scroll.setFrameShape(QFrame.Shape.NoFrame)
        proposals_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        proposals_scroll.setWidget(self.proposals)
        proposals_scroll.setMinimumHeight(60)
        row.addWidget(self._titled(self.tr("Đề xuất trong kỳ theo trạng thái và kết luận"), proposals_scroll,
                                   fill=True), 2)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_scroll.setWidget(self.charts)

        self.detail_title = QLabel(self.tr("Bấm vào một chỉ tiêu để xem danh sách phía sau con số."))
        self.detail_title.setWordWrap(True)
        self.task_model = tables.task_model(self)
        self.task_table, _tp = make_table(self.task_model, self, sort_in_source=True)
        self.task_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.detail_person_model = tables.person_model(self)
        self.detail_person_table, self.detail_person_proxy = make_table(self.detail_person_model, self)
        self.org_model = tables.org_model(self)
        self.org_table, _op = make_table(self.org_model, self)
        self.head_model = tables.head_model(self)
        self.head_table, _hp = make_table(self.head_model, self)
        self.head_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.no_list = QLabel()
        self.no_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details = QStackedWidget()
        for page in (self.no_list, self.task_table, self.detail_person_table, self.org_table, self.head_table):
            self.details.addWidget(page)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.details, 1)

        self.person_model = tables.person_model(self)
        self.person_table, self.person_proxy = make_table(self.person_model, self)
        self.person_table.setObjectName("kpiPeople")
        name, task = {0: "Nguyễn Thị Hồng Nhung"}, {0: "NV-2026-0000", 3: "Nguyễn Thị Hồng", 4: "Nguyễn Văn Hùng"}
        for table in (self.person_table, self.detail_person_table):
            fit_columns(table, stretch=1, samples=name, min_stretch=160)  # the position takes the rest
        fit_columns(self.task_table, stretch=1, samples=task)
        fit_columns(self.org_table, stretch=2, samples={0: "Chi bộ Trường Tiểu học Di Linh"}, min_stretch=160)
        fit_columns(self.head_table, stretch=0, min_stretch=180)

        # Below: each person's row, and the list behind the figure clicked (its tab comes forward on a click).
        self.below = QTabWidget()
        self.below.setDocumentMode(True)
        self.below.addTab(self.person_table, self.tr("Từng cá nhân trong kỳ"))
        self.below.addTab(detail_box, self.tr("Danh sách phía sau con số"))
        self.whole = QSplitter(Qt.Orientation.Vertical)
        self.whole.addWidget(self.charts_scroll)
        self.whole.addWidget(self.below)
        self.whole.setStretchFactor(1, 1)
        self.whole.setChildrenCollapsible(False)
        self._sized_by_hand = False  # once the person drags the divider, the figures no longer move it
        self.whole.splitterMoved.connect(lambda *_: setattr(self, "_sized_by_hand", True))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.whole, 1)

        self.picker.changed.connect(self.refresh)
        self.targets.activated.connect(self.show_details)
        self.proposals.activated.connect(self.show_details)
        on_changes(ctx, self, self._on_changes)
        self.refresh()

    @staticmethod
    def _titled(title: str, *widgets: QWidget, fill: bool = False) -> QGroupBox:
        """A titled box of ``widgets``, at the top (``fill``: the last one takes the box's height)."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        if not fill:
            layout.addStretch(1)
        return box

    def _fit_charts(self) -> None:
        """Give the charts the height their bars need (at most three quarters of the view), the tables the rest."""
        total = sum(self.whole.sizes())
        if self._sized_by_hand or total <= 0:
            return
        needed = self.charts.minimumSizeHint().height() + 2 * self.charts_scroll.frameWidth()
        upper = min(needed, total * 3 // 4)
        self.whole.setSizes([upper, total - upper])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_charts)  # once the bars have their new width, and so their height

    # -- computing -----------------------------------------------------------------------------------
    def today(self) -> date:
        """The day the figures are counted up to while a period runs (on the GUI thread: a worker has no pinned
        clock)."""
        return self.fixed_today or clock.today()

    def period(self) -> Period:
        return self.picker.period()

    def set_period(self, code: str) -> None:
        """Show the KPIs of ``code`` (2026, 2026-Q3, 2026-11 or 2026-01-05:2026-02-10)."""
        self.picker.set_code(code)

    @property
    def loading(self) -> bool:
        return self.kpis is None or self.kpis_generation != self.generation

    def refresh(self) -> None:
        """Compute the chosen period's KPIs on a worker; the last one asked for is the one shown."""
        try:
            period = self.period()
        except DomainError as error:
            self.status.setText(messages.error_text(error))
            return
        self.generation += 1
        generation, actor, today = self.generation, self.actor, self.today()
        self.status.setText(self.tr("Đang tính chỉ tiêu…"))

        def compute(ctx: AppContext) -> UnitKpis:
            return kpi.unit_kpis(ctx, actor=actor, period=period, today=today)

        Operation(self, compute, ctx=self.ctx).success(lambda k: self._show(generation, k)).failure(
            self._failed).run_in_background()

    def _failed(self, error: DomainError) -> None:
        self.status.setText(messages.error_text(error))

    def _show(self, generation: int, k: UnitKpis) -> None:
        if generation != self.generation:
            return
        from lamdong_desktop.messages import counted_words, period_words

        self.kpis, self.kpis_generation = k, generation
        self.status.setText(self.tr("Chỉ tiêu {period} ({counted})").format(
            period=period_words(k.period), counted=counted_words(k.period, k.as_of)))
        self.targets.set_bars(figures.target_bars(k))
        self.proposals.set_bars(figures.proposal_bars(k))
        self.completed.setText(figures.completed_text(k))
        self.person_model.set_records(k.persons)
        self.person_table.sortByColumn(self.person_proxy.sortColumn() if self.person_proxy.sortColumn() >= 0 else 0,
                                       self.person_proxy.sortOrder())
        self.detail_person_model.set_records(k.persons)
        self.org_model.set_records(k.coverage)
        self.head_model.set_records(k.heads)
        selected = self.targets.selected() or self.proposals.selected()
        if selected:
            self.show_details(selected, reveal=False)
        QTimer.singleShot(0, self, self._fit_charts)

    def _on_changes(self, changes: Changes, _origin: object) -> None:
        if changes.touches(TASK, PROPOSAL, DECISION, PARTY_ORG, PERSON, CALENDAR):
            self.refresh()

    # -- the lists behind a figure -------------------------------------------------------------------
    def show_details(self, key: str, *, reveal: bool = True) -> None:
        """List what the figure ``key`` counts (``figures``' keys), its tab brought forward unless not ``reveal``."""
        k = self.kpis
        if k is None:
            return
        if reveal:
            self.below.setCurrentIndex(DETAIL_TAB)
        lists = {figures.OVERDUE: (k.open_overdue, self.tr("Hồ sơ quá hạn chưa xong (hạn gần nhất trước)")),
                 figures.FLASH: (k.flash, self.tr("Nhiệm vụ hỏa tốc được giao trong kỳ")),
                 figures.SHORT: (k.short, self.tr("Nhiệm vụ có hạn dưới {days} ngày làm việc").format(
                     days=k.settings.short_days)),
                 figures.EXTENDED: (k.extended, self.tr("Nhiệm vụ được gia hạn (chỉ tiêu tính theo hạn ban đầu)"))}
        if key in lists:
            tasks, title = lists[key]
            self.task_model.set_source(
                lambda offset, limit: kpi.lines(self.ctx, tasks, actor=self.actor, limit=limit, offset=offset),
                len(tasks))
            self.task_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._detail(title + f" — {len(tasks)}", self.task_table)
        elif key in (figures.EARLY, figures.PEOPLE):
            early = key == figures.EARLY
            self.detail_person_proxy.set_predicate(
                (lambda p: p.completed > 0) if early else (lambda p: not p.without_overdue))
            self.detail_person_table.sortByColumn(5 if early else 9, Qt.SortOrder.AscendingOrder if early else
                                                  Qt.SortOrder.DescendingOrder)
            self._detail(self.tr("Cá nhân có việc hoàn thành trong kỳ và tỷ lệ đủ sớm") if early else
                         self.tr("Cá nhân có việc quá hạn trong kỳ"), self.detail_person_table)
        elif key == figures.BREAKTHROUGH:
            self._detail(self.tr("Tổ chức đảng và đề xuất đột phá trong kỳ"), self.org_table)
        elif key.startswith(figures.HEAD_PREFIX):
            self._detail(self.tr("Hồ sơ quá hạn chưa xong theo người giao"), self.head_table)
        else:
            chart = self.targets if key in {b.key for b in self.targets.bars()} else self.proposals
            self.no_list.setText(self.tr("Con số này không có danh sách nhiệm vụ đi kèm; xem các đề xuất ở mục "
                                         "“Đề xuất”."))
            self._detail(f"{chart.bar(key).label}: {chart.bar(key).text}", self.no_list)

    def _detail(self, title: str, page: QWidget) -> None:
        self.detail_title.setText(title)
        self.details.setCurrentWidget(page)

    def detail_table(self) -> QTableView | None:
        page = self.details.currentWidget()
        return page if isinstance(page, QTableView) else None

    # -- export and print ----------------------------------------------------------------------------
    def choose_export(self) -> None:
        from lamdong_desktop.messages import period_words

        try:
            words = period_words(self.period())
        except DomainError as error:
            messages.show_error(self, error)
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Xuất chỉ tiêu ra tệp Excel"), self.tr("Chỉ tiêu {period}.xlsx").format(period=words),
            self.tr("Bảng tính Excel (*.xlsx)"))
        if chosen:
            self.export_to(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def export_to(self, target: str | Path) -> Operation[Any]:
        """Write the period's KPIs to ``target`` on a worker (``task_export.export_kpis``: ``lamdong export kpi``)."""
        period, actor, today = self.period(), self.actor, self.today()

        def write(ctx: AppContext) -> Path:
            return task_export.export_kpis(ctx, actor=actor, period=period, target=target, today=today)

        def written(path: Path) -> None:
            self.exported = path
            self.status.setText(self.tr("Đã lưu tệp {path}").format(path=path))

        self.export_button.setEnabled(False)
        return Operation(self, write, ctx=self.ctx).success(written).finished(
            lambda: self.export_button.setEnabled(True)).run_in_background(label=self.tr("Đang xuất tệp Excel…"))

    def print_report(self) -> QWidget | None:
        """The Báo cáo PDF of the period shown, in its preview to print or save (``report.print_kpi_report``)."""
        from .report import print_kpi_report

        dialog = print_kpi_report(self)
        if dialog is not None:
            self.preview_dialog = dialog
        return dialog
