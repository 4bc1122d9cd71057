"""The "Đề xuất" area: every proposal of the unit, searched as you type, filtered, sorted, opened.

The list loads a page at a time (``PagedRecordTableModel``), so its first screen is quick at 20,000
proposals; the editor window is imported when a proposal is first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.proposals import PRIORITY_FIELDS
from lamdong_desktop.domain.roles import Permission, permissions_of
from lamdong_desktop.services import proposals, staff
from lamdong_desktop.services.changes import PARTY_ORG, PROPOSAL, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.proposals import Filters, ProposalSummary
from lamdong_desktop.ui.proposals.text import field_label, format_count, format_stamp_day, state_label
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.operations import alive, on_changes
from lamdong_desktop.ui.shared.table_models import Column, PagedRecordTableModel, make_table, selected_record
from lamdong_desktop.ui.shared.windows import bring_forward

if TYPE_CHECKING:
    from lamdong_desktop.ui.proposals.editor import ProposalWindow
    from lamdong_desktop.ui.shared.highlight_delegate import HighlightDelegate

TITLE_COLUMN = 1
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 500
FIRST_YEAR = 2021  # Kết luận 14-KL/TW (22/9/2021): no proposal under this mechanism is older


def _number_key(summary: ProposalSummary) -> tuple[int, int]:
    """Sort key of a reference: (year, number), the order the service lists proposals in."""
    tail = summary.ref.rsplit("-", 1)[-1]
    return summary.year, int(tail) if tail.isdigit() else 0


class ProposalsView(QWidget):
    """The list, its search and filters; opens each proposal in its own window."""

    proposal_opened = Signal(object)  # the ProposalWindow

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.can_draft = Permission.DRAFT_PROPOSAL in permissions_of(actor.roles)
        self.windows: dict[str, ProposalWindow] = {}  # by proposal id
        self.open_windows: list[ProposalWindow] = []  # also new drafts not saved yet

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc nội dung (có dấu hoặc không dấu)…"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.new_button = QPushButton(self.tr("Đề xuất mới…"))
        self.new_button.setVisible(self.can_draft)
        self.new_button.clicked.connect(self.new_proposal)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)

        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Tất cả trạng thái"), None)
        for state in State:
            self.state_filter.addItem(state_label(state), state.value)
        self.field_filter = QComboBox()
        self.field_filter.addItem(self.tr("Tất cả lĩnh vực"), None)
        for code, label in PRIORITY_FIELDS.items():
            self.field_filter.addItem(label, code)
        self.org_filter = QComboBox()
        self.org_names: dict[str, str] = {}
        self._fill_orgs()
        self.breakthrough_filter = QComboBox()
        self.breakthrough_filter.addItem(self.tr("Tất cả giải pháp"), None)
        self.breakthrough_filter.addItem(self.tr("Giải pháp đột phá"), True)
        self.breakthrough_filter.addItem(self.tr("Không phải đột phá"), False)
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("Tất cả các năm"), None)
        for year in range(clock.today().year, FIRST_YEAR - 1, -1):
            self.year_filter.addItem(str(year), year)
        self.author_filter = QComboBox()
        self._fill_authors()
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Lọc:")))
        # Narrow combos (their lists open at full width) keep the window within a 1366×768 laptop screen.
        for combo, letters in zip(self._filter_combos(), (8, 8, 8, 10, 4, 8), strict=True):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            filters.addWidget(combo, 0 if combo in (self.year_filter, self.breakthrough_filter) else 1)
            self._fit_popup(combo)
        filters.addWidget(self.clear_button)

        self.model: PagedRecordTableModel[ProposalSummary] = PagedRecordTableModel([
            Column(self.tr("Mã đề xuất"), lambda p: p.ref, sort_key=_number_key),
            Column(self.tr("Tên đề xuất"), lambda p: p.title),
            Column(self.tr("Trạng thái"), lambda p: state_label(p.state)),
            Column(self.tr("Lĩnh vực"), lambda p: field_label(p.field)),
            Column(self.tr("Người đề xuất"), lambda p: p.author_name),
            Column(self.tr("Cập nhật"), lambda p: format_stamp_day(p.updated_at), sort_key=lambda p: p.updated_at),
        ], natural_order=(0, Qt.SortOrder.DescendingOrder), parent=self)
        self.table, self.proxy = make_table(self.model, self, sort_in_source=True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._highlighter: HighlightDelegate | None = None  # made at the first search (start-up time)
        # The title takes whatever width the window has; the other columns keep theirs (and can be dragged).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((105, 0, 110, 180, 150, 90)):
            if column == TITLE_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._searching = False
        self.reload()
        on_changes(ctx, self, self._on_changes)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """Another window (or this one) changed data: refresh the list, the authors and the filters."""
        if changes.touches(PARTY_ORG):
            self._fill_orgs()
        if not changes.touches(PROPOSAL):
            return
        for window in self.open_windows:  # a new draft has an id once saved
            if window.proposal is not None:
                self.windows.setdefault(window.proposal.id, window)
        self._fill_authors()  # a first draft makes its writer an author
        self.reload()
        source = self._window_of(origin)
        if source is not None and source.proposal is not None:
            self.select(source.proposal.id)  # the row the user just acted on

    def _window_of(self, origin: object) -> ProposalWindow | None:
        """The proposal window of ours that ``origin`` (a widget, maybe a dialog in it) belongs to."""
        widget = origin if isinstance(origin, QWidget) and alive(origin) else None
        while widget is not None:
            for window in self.open_windows:
                if window is widget:
                    return window
            widget = widget.parentWidget()
        return None

    @property
    def highlighter(self) -> HighlightDelegate:
        """The title column's painter of search hits."""
        if self._highlighter is None:
            from lamdong_desktop.ui.shared.highlight_delegate import HighlightDelegate

            self._highlighter = HighlightDelegate(self.table)
            self.table.setItemDelegateForColumn(TITLE_COLUMN, self._highlighter)
        return self._highlighter

    # -- loading -------------------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            state=self.state_filter.currentData(),
            field=self.field_filter.currentData(),
            party_org_id=self.org_filter.currentData(),
            breakthrough=self.breakthrough_filter.currentData(),
            author_id=self.author_filter.currentData(),
            year=self.year_filter.currentData(),
        )

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.reload()

    def reload(self) -> None:
        """Query again with the search text and filters, keeping the selected proposal selected."""
        self.search_timer.stop()
        chosen = self.selected()
        text = self.search.text().strip()
        filters = self.filters()
        header = self.table.horizontalHeader()
        try:
            if text:
                hits = proposals.search(self.ctx, text, filters, actor=self.actor, limit=SEARCH_LIMIT)
                self.highlighter.set_query(text)
                if not self._searching:
                    header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # best matches first
                self.model.set_records([h.summary for h in hits])
                if header.sortIndicatorSection() >= 0:
                    self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
                self._searching = True
                if len(hits) >= SEARCH_LIMIT:
                    self.count_label.setText(self.tr("{n} kết quả phù hợp nhất (hãy gõ thêm từ để thu hẹp).")
                                             .format(n=format_count(len(hits))))
                else:
                    self.count_label.setText(self.tr("Tìm thấy {n} đề xuất.").format(n=format_count(len(hits))))
            else:
                if self._highlighter is not None:
                    self._highlighter.set_query("")
                total = proposals.count_proposals(self.ctx, filters, actor=self.actor)
                self.model.set_source(
                    lambda offset, limit: proposals.list_proposals(self.ctx, filters, actor=self.actor, limit=limit,
                                                                   offset=offset),
                    total)
                if self._searching or header.sortIndicatorSection() < 0:
                    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
                else:
                    self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
                self._searching = False
                self.count_label.setText(self.tr("{n} đề xuất.").format(n=format_count(total)))
        except DomainError as error:
            messages.show_error(self, error)
        if chosen is not None:
            self.select(chosen.id)
        self.table.viewport().update()
        self._update_buttons()

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.state_filter, self.field_filter, self.org_filter, self.breakthrough_filter,
                self.year_filter, self.author_filter)

    @staticmethod
    def _fit_popup(combo: QComboBox) -> None:
        """The open list shows every entry whole, however narrow the closed combo is."""
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 8)

    def _fill_orgs(self) -> None:
        """The party organisation filter, by Vietnamese name order; the one chosen stays chosen."""
        chosen = self.org_filter.currentData()
        self.org_filter.blockSignals(True)
        self.org_filter.clear()
        self.org_filter.addItem(self.tr("Tất cả tổ chức đảng"), None)
        collator = vietnamese_collator()
        self.org_names = {}
        for org in sorted(staff.list_party_orgs(self.ctx, actor=self.actor), key=lambda o: collator.sortKey(o.name)):
            self.org_filter.addItem(org.name, org.id)
            self.org_names[org.id] = org.name
        self.org_filter.setCurrentIndex(max(0, self.org_filter.findData(chosen)) if chosen else 0)
        self.org_filter.blockSignals(False)

    def _fill_authors(self) -> None:
        """"Tất cả người đề xuất", then "Của tôi", then every other author by Vietnamese name order."""
        chosen = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("Tất cả người đề xuất"), None)
        everyone = proposals.authors(self.ctx, actor=self.actor)
        others = [(uid, name) for uid, name in everyone if uid != self.actor.user_id]
        if self.can_draft or len(others) < len(everyone):
            self.author_filter.addItem(self.tr("Của tôi"), self.actor.user_id)
        collator = vietnamese_collator()
        for uid, name in sorted(others, key=lambda a: collator.sortKey(a[1])):
            self.author_filter.addItem(name, uid)
        self.author_filter.setCurrentIndex(max(0, self.author_filter.findData(chosen)))
        self.author_filter.blockSignals(False)
        self._fit_popup(self.author_filter)

    def clear_filters(self) -> None:
        combos = self._filter_combos()
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    # -- selection and opening -----------------------------------------------------------------------
    def selected(self) -> ProposalSummary | None:
        return selected_record(self.table)

    def select(self, proposal_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            record = self.proxy.record_at(self.proxy.index(row, 0))
            if record.id == proposal_id:
                self.table.selectRow(row)
                return True
        return False

    def titles(self) -> list[str]:
        """The titles shown, top to bottom."""
        return [self.proxy.index(row, TITLE_COLUMN).data() for row in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> ProposalWindow | None:
        summary = self.selected()
        return self.open_proposal(summary.id) if summary is not None else None

    def open_proposal(self, proposal_id: str) -> ProposalWindow | None:
        """Show the proposal's window (the one already open, if any)."""
        window = self.windows.get(proposal_id)
        if window is None:
            try:
                view = proposals.open_proposal(self.ctx, proposal_id, actor=self.actor)
            except DomainError as error:
                messages.show_error(self, error)
                return None
            window = self._window(view)
        bring_forward(window)
        return window

    def new_proposal(self) -> ProposalWindow:
        window = self._window(None)
        window.show()
        return window

    def _window(self, view: proposals.ProposalView | None) -> ProposalWindow:
        from lamdong_desktop.ui.proposals.editor import ProposalWindow

        window = ProposalWindow(self.ctx, self.actor, view, parent=self)
        proposal = view.proposal if view is not None else None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(lambda proposal_id, w=window: self._forget(proposal_id, w))
        if proposal is not None:
            self.windows[proposal.id] = window
        self.open_windows.append(window)
        self.proposal_opened.emit(window)
        return window

    def _forget(self, proposal_id: str, window: ProposalWindow) -> None:
        self.windows.pop(proposal_id, None)
        if window in self.open_windows:
            self.open_windows.remove(window)

    def close_windows(self) -> bool:
        """Close every proposal window (each asks about unsaved changes); False if one stays open."""
        for window in list(self.open_windows):
            if not window.close():
                return False
        return True
