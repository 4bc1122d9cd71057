"""The criteria tab of the proposal window: the three ND 73/2023 Đ5.1 criteria and the conflict-of-interest
declaration. A mixin of ``ProposalWindow``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.proposals import (
    CRITERION_LABELS,
    Criterion,
)
from lamdong_desktop.ui.proposals.window_parts import ProposalWindowParts


class CriteriaTabMixin(ProposalWindowParts):
    """Builds the “Tiêu chí” tab on a ``ProposalWindow``."""

    def _criterion_hint(self, criterion: Criterion) -> str:
        hints = {
            Criterion.URGENCY: self.tr(
                "Tháo gỡ điểm nghẽn chưa được quy định, hoặc đã quy định nhưng không còn phù hợp với thực tiễn "
                "địa phương."),
            Criterion.PURE_PURPOSE: self.tr(
                "Mang lại giá trị thiết thực, đo đếm được cho Nhà nước, tập thể và Nhân dân; không vì lợi ích "
                "cục bộ, nhóm hay cá nhân."),
            Criterion.DEMOCRATIC_PROCESS: self.tr(
                "Đã báo cáo người đứng đầu; được tập thể thảo luận, thống nhất đúng quy trình."),
        }
        return hints[criterion]

    def _build_criteria_tab(self) -> QWidget:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(self.tr("Tự đánh giá theo ba tiêu chí của Nghị định 73/2023/NĐ-CP (Điều 5), mỗi tiêu chí "
                               "kèm lý do, căn cứ."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.criterion_met: dict[Criterion, QRadioButton] = {}
        self.criterion_not_met: dict[Criterion, QRadioButton] = {}
        self.criterion_groups: dict[Criterion, QButtonGroup] = {}
        self.criterion_text: dict[Criterion, QPlainTextEdit] = {}
        self.criterion_boxes: dict[Criterion, QGroupBox] = {}
        self.criterion_notes: dict[Criterion, QLabel] = {}
        for number, criterion in enumerate(Criterion, start=1):
            box = QGroupBox(f"{number}. {CRITERION_LABELS[criterion]}")
            hint = QLabel(self._criterion_hint(criterion))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(placeholder-text);")
            met, not_met = QRadioButton(self.tr("Đáp ứng")), QRadioButton(self.tr("Chưa đáp ứng"))
            group = QButtonGroup(box)
            group.addButton(met)
            group.addButton(not_met)
            group.buttonToggled.connect(lambda _b, _on: self._changed())
            text = QPlainTextEdit()
            text.setPlaceholderText(self.tr("Lý do, căn cứ…"))
            text.setTabChangesFocus(True)
            text.setFixedHeight(78)
            text.textChanged.connect(self._changed)
            note = self._missing_note()
            radios = QHBoxLayout()
            radios.addWidget(met)
            radios.addWidget(not_met)
            radios.addStretch(1)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(hint)
            box_layout.addLayout(radios)
            box_layout.addWidget(text)
            box_layout.addWidget(note)
            layout.addWidget(box)
            self.criterion_met[criterion], self.criterion_not_met[criterion] = met, not_met
            self.criterion_groups[criterion], self.criterion_text[criterion] = group, text
            self.criterion_boxes[criterion], self.criterion_notes[criterion] = box, note

        self.conflict_box = QGroupBox(self.tr("Kê khai xung đột lợi ích và cam kết"))
        hint = QLabel(self.tr("Người đề xuất cam kết không vì lợi ích cục bộ, nhóm hay cá nhân, và kê khai mọi "
                              "xung đột lợi ích (nếu có)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.no_conflict = QRadioButton(self.tr("Không có xung đột lợi ích"))
        self.has_conflict = QRadioButton(self.tr("Có xung đột lợi ích (ghi rõ dưới đây)"))
        self.conflict_group = QButtonGroup(self.conflict_box)
        self.conflict_group.addButton(self.no_conflict)
        self.conflict_group.addButton(self.has_conflict)
        self.conflict_group.buttonToggled.connect(lambda _b, _on: self._changed())
        self.conflict_details = QPlainTextEdit()
        self.conflict_details.setPlaceholderText(self.tr("Xung đột lợi ích (nếu có) và cách xử lý…"))
        self.conflict_details.setTabChangesFocus(True)
        self.conflict_details.setFixedHeight(66)
        self.conflict_details.textChanged.connect(self._changed)
        self.conflict_note = self._missing_note()
        radios = QHBoxLayout()
        radios.addWidget(self.no_conflict)
        radios.addWidget(self.has_conflict)
        radios.addStretch(1)
        conflict_layout = QVBoxLayout(self.conflict_box)
        conflict_layout.addWidget(hint)
        conflict_layout.addLayout(radios)
        conflict_layout.addWidget(self.conflict_details)
        conflict_layout.addWidget(self.conflict_note)
        layout.addWidget(self.conflict_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll
