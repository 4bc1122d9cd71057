"""The council's score sheet of one proposal: a member per row, a criterion per column, totals and averages.

Seed V.3: each member present (the proposer aside) scores the rubric of the meeting. The secretary may edit every
row, a member only his own; each mark is written at once (``meeting_votes.record_score``) and the sheet shown is
the one the service returns, counted exactly by ``domain.scoring.tally_scores`` (rounded only for display).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import Step
from lamdong_desktop.domain.scoring import SheetResult
from lamdong_desktop.messages import rubric_words
from lamdong_desktop.services import meeting_votes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings.rights import Rights
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, mark
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation

AnyIndex = QModelIndex | QPersistentModelIndex
EDITABLE_BACKGROUND = "#fffbe6"  # cells the signed-in person may fill
Commit = Callable[[str, str, str], bool]  # member id, criterion code, the text typed → accepted


class ScoreModel(QAbstractTableModel):
    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.rights: Rights | None = None
        self.sheet: SheetResult | None = None
        self.names: dict[str, str] = {}

    def set_sheet(self, meeting: Meeting, item: ItemView, rights: Rights, sheet: SheetResult) -> None:
        self.beginResetModel()
        self.meeting, self.item, self.rights, self.sheet = meeting, item, rights, sheet
        self.names = {m.id: m.full_name for m in meeting.members}
        self.endResetModel()

    def replace_sheet(self, sheet: SheetResult) -> None:
        """The sheet a write returned: same rows and columns, new values."""
        self.sheet = sheet
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- shape ---------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.member_ids) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rubric.criteria) + 1

    def _member(self, row: int) -> str | None:
        assert self.sheet is not None
        return self.sheet.member_ids[row] if row < len(self.sheet.member_ids) else None  # None: the averages

    def _code(self, column: int) -> str | None:
        assert self.sheet is not None
        criteria = self.sheet.rubric.criteria
        return criteria[column].code if column < len(criteria) else None  # None: the total

    def editable(self, row: int, column: int) -> bool:
        member, code = self._member(row), self._code(column)
        if member is None or code is None or self.rights is None or self.item is None:
            return False
        return self.rights.scores_row(self.item, member)

    # -- values --------------------------------------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        assert self.sheet is not None
        member, code = self._member(row), self._code(column)
        if member is None:
            value = self.sheet.criterion_averages.get(code) if code else self.sheet.overall_average
        else:
            value = self.sheet.mark(member, code) if code else self.sheet.member_totals.get(member)
        return mark(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.sheet is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.editable(row, column):
            return QBrush(QColor(EDITABLE_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and (self._member(row) is None or self._code(column) is None):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self._member(row) is not None and self._code(column) is not None \
                and not self.text(row, column):
            return self.tr("Chưa chấm")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable(index.row(), index.column()) else base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        member, code = self._member(index.row()), self._code(index.column())
        if role != Qt.ItemDataRole.EditRole or member is None or code is None:
            return False
        text = str(value).strip()
        if text == self.text(index.row(), index.column()):
            return False
        return self.commit(member, code, text)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.sheet is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            member = self._member(section)
            return self.names.get(member, member) if member else self.tr("Điểm trung bình")
        criteria = self.sheet.rubric.criteria
        if section < len(criteria):
            c = criteria[section]
            weight = c.exact_weight
            scale = self.tr("0–{max}").format(max=c.max_score)
            if weight != 1:
                scale += self.tr(", hệ số {w}").format(w=mark(weight))
            return f"{rubric_words(c)}\n({scale})"
        return self.tr("Tổng\n(tối đa {max})").format(max=mark(self.sheet.rubric.max_total))


class ScoreGrid(QWidget):
    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.meeting: Meeting | None = None
        self.item: ItemView | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = ScoreModel(self.commit, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.missing_line = QLabel()
        self.missing_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing_line)

    def load(self, meeting: Meeting, item: ItemView, rights: Rights, sheet: SheetResult) -> None:
        self.meeting, self.item = meeting, item
        self.model.set_sheet(meeting, item, rights, sheet)
        scorer = rights.recorder or rights.own_member_id is not None
        scores_later = scorer and rights.open and item.decision_id is None and not item.override_reason
        waiting = rights.why_not(Step.SCORE) if scores_later else ""
        self.note.setStyleSheet(f"color: {ALERT_COLOR};" if waiting else "")
        if waiting:  # before the start: no cell is editable, and the sheet says why
            note = waiting
        elif not sheet.member_ids:
            note = self.tr("Chưa có thành viên chấm điểm: điểm danh trước (thành viên có mặt, trừ người đề xuất, "
                           "chấm điểm).")
        elif not rights.open or item.concluded or item.override_reason:
            note = self.tr("Chỉ xem: bảng điểm không sửa được nữa.")
        elif rights.recorder:
            note = self.tr("Thư ký ghi điểm của từng thành viên (ô nền vàng); gõ điểm rồi nhấn Enter, ví dụ 8 hoặc "
                           "8,5.")
        elif rights.own_member_id in sheet.member_ids:
            note = self.tr("Anh/chị tự nhập điểm của mình ở dòng có nền vàng; dòng của thành viên khác do thư ký ghi.")
        else:
            note = self.tr("Chỉ xem: điểm do thư ký và từng thành viên ghi.")
        self.note.setText(note)
        self._show_missing(sheet)

    def _show_missing(self, sheet: SheetResult) -> None:
        if sheet.member_ids and sheet.missing:
            self.missing_line.setText(self.tr("Còn {n} ô chưa chấm; tổng của một thành viên chỉ tính khi đủ các tiêu "
                                              "chí.").format(n=len(sheet.missing)))
        elif sheet.member_ids:
            self.missing_line.setText(self.tr("Đã chấm đủ. Tổng theo hệ số; trung bình tính chính xác, hiển thị làm "
                                              "tròn 2 chữ số."))
        else:
            self.missing_line.clear()

    def commit(self, member_id: str, code: str, text: str) -> bool:
        """Write one mark; the sheet the service returns replaces the one shown."""
        if self.meeting is None or self.item is None:
            return False
        actor, meeting_id, proposal = self.actor, self.meeting.id, self.item.proposal_id

        def saved(sheet: SheetResult) -> None:
            self.model.replace_sheet(sheet)
            self._show_missing(sheet)

        def refused(error: DomainError) -> None:
            messages.show_error(self, error, title=self.tr("Chưa ghi được điểm"))

        return Operation(self, lambda ctx: meeting_votes.record_score(
            ctx, actor=actor, meeting_id=meeting_id, proposal=proposal, member_id=member_id, criterion=code,
            score=text), ctx=self.ctx).success(saved).failure(refused).run()

    def enter(self, full_name: str, code: str, text: str) -> bool:
        """Type ``text`` into ``full_name``'s cell of criterion ``code`` (for tests): False if not editable."""
        assert self.model.sheet is not None and self.meeting is not None
        ids = {m.full_name: m.id for m in self.meeting.members}
        row = self.model.sheet.member_ids.index(ids[full_name])
        column = self.model.sheet.rubric.codes.index(code)
        index = self.model.index(row, column)
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self.model.setData(index, text)
