"""What is still missing before a proposal can be submitted, marked on the proposal window as the author types.

A mixin of ``ProposalWindow``.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidgetItem,
)

from lamdong_desktop.domain.proposals import (
    Criterion,
    ItemKind,
    MissingItem,
    missing_items,
)
from lamdong_desktop.messages import describe_item
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.proposals.window_parts import ProposalWindowParts


class ValidationMixin(ProposalWindowParts):
    """Marks the pages, labels and the bottom line of a ``ProposalWindow`` with what is missing."""

    def update_validation(self) -> list[MissingItem]:
        """Mark every item still missing for submission (``missing_items``); returns them."""
        self.validation_timer.stop()
        missing = missing_items(self.content())
        self.missing = missing
        codes = set(missing)
        kinds = {item.kind for item in missing}
        red = QBrush(QColor(MISSING_COLOR))
        warning = self._warning_icon()

        def mark_item(item: QTreeWidgetItem, is_missing: bool) -> None:
            item.setForeground(0, red if is_missing else QBrush())
            item.setIcon(0, warning if is_missing else QIcon())

        def mark_label(label: QLabel, is_missing: bool) -> None:
            label.setStyleSheet(f"color: {MISSING_COLOR};" if is_missing else "")

        for key, label in self.general_labels.items():
            mark_label(label, ItemKind(key) in kinds)
        mark_item(self.general_item, any(ItemKind(key) in kinds for key in self.general_labels))
        for section, item in self.section_items.items():
            is_missing = MissingItem(ItemKind.SECTION, section.value) in codes
            mark_item(item, is_missing)
            mark_label(self.section_titles[section], is_missing)
        for index in range(self.pages_tree.topLevelItemCount()):
            group = self.pages_tree.topLevelItem(index)
            if group is not None and group.childCount():
                mark_item(group, any(MissingItem(ItemKind.SECTION, s.value) in codes
                                     for s, i in self.section_items.items()
                                     if i.parent() is group))

        self.indicators_tab.mark(codes)
        date_problems = self.date_problems()
        notes = list(date_problems)
        if ItemKind.INDICATORS in kinds:
            notes.insert(0, self.tr("Cần ít nhất một chỉ tiêu định lượng."))
        self.indicator_note.setText("\n".join(notes))
        self.indicator_note.setVisible(bool(notes))

        for criterion in Criterion:
            note = self.criterion_notes[criterion]
            note.setText(self.tr("Còn thiếu: chọn Đáp ứng hoặc Chưa đáp ứng và ghi lý do."))
            note.setVisible(MissingItem(ItemKind.CRITERION, criterion.value) in codes)
        self.conflict_note.setText(self.tr("Còn thiếu: chọn một trong hai; có xung đột thì ghi rõ."))
        self.conflict_note.setVisible(ItemKind.CONFLICT in kinds)

        content_missing = bool(kinds & {ItemKind.TITLE, ItemKind.FIELD, ItemKind.PARTY_ORG, ItemKind.SECTION})
        indicators_missing = bool(kinds & {ItemKind.INDICATORS, ItemKind.INDICATOR}) or bool(date_problems)
        criteria_missing = bool(kinds & {ItemKind.CRITERION, ItemKind.CONFLICT})
        for tab, is_missing in ((self.content_tab, content_missing), (self.indicators_tab, indicators_missing),
                                (self.criteria_tab, criteria_missing)):
            self.tabs.setTabIcon(self.tabs.indexOf(tab), warning if is_missing and self.editable else QIcon())

        if not self.editable:
            self.missing_line.clear()
        elif missing:
            self.missing_line.setStyleSheet(f"color: {MISSING_COLOR};")
            self.missing_line.setText(self.tr("Còn thiếu để trình ({n}): {items}.").format(
                n=len(missing), items="; ".join(describe_item(code) for code in missing)))
        else:
            self.missing_line.setStyleSheet("color: #1e6b35;")
            self.missing_line.setText(self.tr("Đã đủ nội dung để trình."))
        return missing

    # -- actions -------------------------------------------------------------------------------------
