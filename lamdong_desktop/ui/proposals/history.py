"""The "Lịch sử" tab: versions and the difference between any two, state changes, and every audit event."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.proposals import FieldDiff
from lamdong_desktop.services import proposal_history
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.proposal_history import AuditEntry, Revision, TransitionRecord
from lamdong_desktop.ui.proposals.text import (
    action_label,
    audit_action_label,
    audit_summary_text,
    format_stamp,
    state_label,
)
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation
from lamdong_desktop.ui.shared.table_models import Column, RecordTableModel, make_table

CURRENT = 0  # the services' number for the current text
REMOVED_BG, ADDED_BG = "#fde2e1", "#dcf5e3"


def side_by_side_rows(lines: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
    """Pair the lines of an ndiff ("  same", "- old", "+ new") into (before, after) rows.

    A run of removed lines followed by a run of added ones is shown side by side, line against line.
    """
    rows: list[tuple[str | None, str | None]] = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        for index in range(max(len(removed), len(added))):
            rows.append((removed[index] if index < len(removed) else None,
                         added[index] if index < len(added) else None))
        removed.clear()
        added.clear()

    for line in lines:
        tag, text = line[:2], line[2:]
        if tag == "- ":
            if added:
                flush()
            removed.append(text)
        elif tag == "+ ":
            added.append(text)
        else:
            flush()
            rows.append((text, text))
    flush()
    return rows


class HistoryPanel(QWidget):
    """Read-only; ``load`` fills it for one proposal."""

    compared = Signal()  # the difference asked for last is on screen

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.proposal_id: str | None = None
        self.diffs: list[FieldDiff] = []
        self._request = 0  # the newest comparison asked for
        self.comparison: Operation[list[FieldDiff]] | None = None

        self.revisions_model: RecordTableModel[Revision] = RecordTableModel([
            Column(self.tr("Phiên bản"), lambda r: self.tr("Phiên bản {n}").format(n=r.number),
                   sort_key=lambda r: r.number),
            Column(self.tr("Thời gian"), lambda r: format_stamp(r.created_at), sort_key=lambda r: r.created_at),
            Column(self.tr("Ghi chú"), lambda r: r.reason),
        ], self)
        self.revisions_table, _proxy = make_table(self.revisions_model, self)
        self.revisions_table.setMaximumHeight(150)
        for column, width in enumerate((130, 150)):
            self.revisions_table.setColumnWidth(column, width)
        self.first = QComboBox()
        self.second = QComboBox()
        self.side_by_side = QRadioButton(self.tr("Song song"))
        self.unified = QRadioButton(self.tr("Từng dòng"))
        self.side_by_side.setChecked(True)
        for combo in (self.first, self.second):
            combo.currentIndexChanged.connect(lambda _i: self.compare())
            combo.setMinimumContentsLength(26)
        self.side_by_side.toggled.connect(lambda _on: self.show_diff())
        compare_bar = QHBoxLayout()
        compare_bar.addWidget(QLabel(self.tr("So sánh")))
        compare_bar.addWidget(self.first)
        compare_bar.addWidget(QLabel(self.tr("với")))
        compare_bar.addWidget(self.second)
        compare_bar.addStretch(1)
        compare_bar.addWidget(self.side_by_side)
        compare_bar.addWidget(self.unified)
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        versions = QWidget()
        versions_layout = QVBoxLayout(versions)
        versions_layout.addWidget(self.revisions_table)
        versions_layout.addLayout(compare_bar)
        versions_layout.addWidget(self.diff_view, 1)

        self.transitions_model: RecordTableModel[TransitionRecord] = RecordTableModel([
            Column(self.tr("Thời gian"), lambda t: format_stamp(t.at), sort_key=lambda t: t.at),
            Column(self.tr("Người thực hiện"), lambda t: t.actor_name),
            Column(self.tr("Thao tác"), lambda t: action_label(t.action)),
            Column(self.tr("Trạng thái"), lambda t: f"{state_label(t.from_state)} → {state_label(t.to_state)}"),
            Column(self.tr("Phiên bản"), lambda t: str(t.revision or ""), sort_key=lambda t: t.revision,
                   align_right=True),
            Column(self.tr("Lý do"), lambda t: t.reason),
        ], self)
        self.transitions_table, _proxy = make_table(self.transitions_model, self)
        for column, width in enumerate((130, 170, 90, 220, 80)):
            self.transitions_table.setColumnWidth(column, width)

        self.audit_model: RecordTableModel[AuditEntry] = RecordTableModel([
            Column(self.tr("Thời gian"), lambda e: format_stamp(e.at), sort_key=lambda e: e.seq),
            Column(self.tr("Người"), lambda e: self.person(e)),
            Column(self.tr("Thao tác"), lambda e: audit_action_label(e.action)),
            Column(self.tr("Nội dung"), lambda e: audit_summary_text(e.summary)),
        ], self)
        self.audit_table, _proxy = make_table(self.audit_model, self)
        for column, width in enumerate((130, 240, 150)):
            self.audit_table.setColumnWidth(column, width)

        self.tabs = QTabWidget()
        self.tabs.addTab(versions, self.tr("Phiên bản và thay đổi"))
        self.tabs.addTab(self.transitions_table, self.tr("Chuyển trạng thái"))
        self.tabs.addTab(self.audit_table, self.tr("Nhật ký thao tác"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def load(self, proposal_id: str | None) -> None:
        self.proposal_id = proposal_id
        if proposal_id is None:
            for model in (self.revisions_model, self.transitions_model, self.audit_model):
                model.set_records([])
            self._fill_combos([])
            return
        try:
            revisions = proposal_history.revisions(self.ctx, proposal_id, actor=self.actor)
            self.revisions_model.set_records(revisions)
            self.transitions_model.set_records(proposal_history.transitions(self.ctx, proposal_id, actor=self.actor))
            self.audit_model.set_records(proposal_history.audit_trail(self.ctx, proposal_id, actor=self.actor))
        except DomainError as error:
            messages.show_error(self, error)
            return
        self._fill_combos(revisions)

    @staticmethod
    def person(entry: AuditEntry) -> str:
        """"Ka Thị Hương (phochutich)" for an account; other authors (the system) as recorded."""
        name, username = entry.actor_full_name, entry.actor_name
        return f"{name} ({username})" if name else username

    def _fill_combos(self, revisions: list[Revision]) -> None:
        """Versions, then the current text; by default the two newest are compared."""
        choices = [(self.tr("Phiên bản {n} ({time})").format(n=r.number, time=format_stamp(r.created_at)), r.number)
                   for r in revisions]
        choices.append((self.tr("Nội dung hiện tại"), CURRENT))
        for combo in (self.first, self.second):
            combo.blockSignals(True)
            combo.clear()
            for text, number in choices:
                combo.addItem(text, number)
            combo.blockSignals(False)
        # Every save after the first submission is a version, so the newest equals the current text:
        # compare the two newest versions, or the only one with the current text.
        if len(revisions) >= 2:
            self.first.setCurrentIndex(len(revisions) - 2)
            self.second.setCurrentIndex(len(revisions) - 1)
        else:
            self.first.setCurrentIndex(0)
            self.second.setCurrentIndex(len(choices) - 1)
        self.compare()

    def versions(self) -> list[int]:
        return [r.number for r in self.revisions_model.records()]

    def choose(self, first: int, second: int) -> None:
        """Compare version ``first`` with ``second`` (0: the current text)."""
        self.first.blockSignals(True)
        self.first.setCurrentIndex(self.first.findData(first))
        self.first.blockSignals(False)
        self.second.setCurrentIndex(self.second.findData(second))
        self.compare()

    def compare(self) -> None:
        """Compute the difference on a worker (its own connection); ``compared`` is emitted when shown.

        Only the newest request is shown: a result for versions no longer chosen is dropped.
        """
        first, second = self.first.currentData(), self.second.currentData()
        self.diffs = []
        self._request += 1
        request, proposal_id, actor = self._request, self.proposal_id, self.actor
        if proposal_id is None or first is None or second is None or not self.revisions_model.records():
            self.comparison = None
            self.diff_view.setHtml(self._note(self.tr("Chưa có phiên bản nào: phiên bản 1 được lưu khi trình.")))
            self.compared.emit()
            return
        self.diff_view.setHtml(self._note(self.tr("Đang so sánh…")))
        self.comparison = Operation(
            self, lambda ctx: proposal_history.diff(ctx, proposal_id, first, second, actor=actor), ctx=self.ctx,
        ).success(lambda diffs: self._compared(request, diffs)).failure(
            lambda error: self._compare_failed(request, error)).run_in_background()

    def _compared(self, request: int, diffs: list[FieldDiff]) -> None:
        if request != self._request:
            return
        self.diffs = diffs
        self.show_diff()
        self.compared.emit()

    def _compare_failed(self, request: int, error: DomainError) -> None:
        if request != self._request:
            return
        self.diff_view.setHtml(self._note(messages.error_text(error)))
        self.compared.emit()

    def _note(self, text: str) -> str:
        return f"<p><i>{html.escape(text)}</i></p>"

    def show_diff(self) -> None:
        if self.proposal_id is None or not self.revisions_model.records():
            return
        if not self.diffs:
            self.diff_view.setHtml(self._note(self.tr("Hai bản giống nhau.")))
            return
        left, right = self.first.currentText(), self.second.currentText()
        parts = [f"<p>{html.escape(self.tr('{n} phần khác nhau.').format(n=len(self.diffs)))}</p>"]
        for diff in self.diffs:
            parts.append(f"<h4 style='margin-bottom:2px'>{html.escape(diff.label)}</h4>")
            parts.append(self._side_by_side(diff, left, right) if self.side_by_side.isChecked()
                         else self._unified(diff))
        self.diff_view.setHtml("".join(parts))

    def _side_by_side(self, diff: FieldDiff, left: str, right: str) -> str:
        cells = [
            "<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>",
            f"<tr><th width='50%' align='left'>{html.escape(left)}</th>"
            f"<th width='50%' align='left'>{html.escape(right)}</th></tr>",
        ]
        for before, after in side_by_side_rows(diff.lines):
            changed = before != after
            cells.append("<tr>")
            for text, colour in ((before, REMOVED_BG), (after, ADDED_BG)):
                style = f" style='background:{colour}'" if changed and text is not None else ""
                cells.append(f"<td valign='top'{style}>{html.escape(text or '')}</td>")
            cells.append("</tr>")
        cells.append("</table>")
        return "".join(cells)

    def _unified(self, diff: FieldDiff) -> str:
        rows = []
        for line in diff.lines:
            tag, text = line[:2], line[2:]
            colour = {"- ": REMOVED_BG, "+ ": ADDED_BG}.get(tag)
            style = f" style='background:{colour}'" if colour else ""
            rows.append(f"<tr><td width='16'{style}>{html.escape(tag.strip())}</td>"
                        f"<td{style}>{html.escape(text)}</td></tr>")
        return "<table width='100%' cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"
