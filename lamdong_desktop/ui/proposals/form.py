"""The form part of the proposal window: its pages, their participants box and indicators, and the content
they hold.

A mixin of ``ProposalWindow`` (the window keeps state, actions and history); split out so that each
module stays one idea.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.proposals import (
    PRIORITY_FIELDS,
    SECTION_LABELS,
    Assessment,
    Criterion,
    Indicator,
    Participant,
    ProposalContent,
    Section,
)
from lamdong_desktop.services import staff
from lamdong_desktop.ui.proposals.participants import ParticipantsBox
from lamdong_desktop.ui.proposals.text import MISSING_COLOR
from lamdong_desktop.ui.proposals.window_parts import ProposalWindowParts
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.layout import nav_beside


class ProposalFormMixin(ProposalWindowParts):
    """Builds the content and criteria tabs on a ``ProposalWindow`` and converts them to and from content."""

    # -- building ------------------------------------------------------------------------------------
    def _warning_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _build_content_tab(self) -> QWidget:
        self.pages_tree = QTreeWidget()
        self.pages_tree.setHeaderHidden(True)
        self.pages_tree.setRootIsDecorated(False)
        self.pages_tree.setIndentation(18)
        self.pages_tree.setMinimumWidth(250)
        self.pages_tree.setMaximumWidth(320)
        self.page_stack = QStackedWidget()
        self.section_edits: dict[Section, QPlainTextEdit] = {}
        self.section_titles: dict[Section, QLabel] = {}
        self.section_items: dict[Section, QTreeWidgetItem] = {}

        self.general_item = QTreeWidgetItem([self.tr("Thông tin chung")])
        self.general_item.setData(0, Qt.ItemDataRole.UserRole, self.page_stack.addWidget(self._build_general_page()))
        self.pages_tree.addTopLevelItem(self.general_item)
        bold = QFont(self.pages_tree.font())
        bold.setBold(True)
        groups = (
            (self.tr("I. Sự cần thiết, mục đích, yêu cầu"), (Section.NECESSITY,)),
            (self.tr("II. Điểm nghẽn, nút thắt"), (Section.BOTTLENECK, Section.LEGAL_PROVISIONS)),
            (self.tr("III. Nội dung, nhiệm vụ, giải pháp"),
             (Section.SOLUTION, Section.SCOPE, Section.TIMELINE, Section.RESOURCES, Section.FEASIBILITY)),
            (self.tr("IV. Dự báo tác động"), (Section.IMPACT,)),
            (self.tr("V. Hiệu quả dự kiến"), (Section.EFFECTIVENESS,)),
        )
        for heading, sections in groups:
            group_item = QTreeWidgetItem([heading])
            group_item.setFont(0, bold)
            self.pages_tree.addTopLevelItem(group_item)
            if len(sections) == 1:
                section = sections[0]
                page = self._build_section_page(section, heading)
                group_item.setData(0, Qt.ItemDataRole.UserRole, self.page_stack.addWidget(page))
                self.section_items[section] = group_item
                continue
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: its first part opens instead
            for number, section in enumerate(sections, start=1):
                label = f"{number}. {SECTION_LABELS[section]}"
                item = QTreeWidgetItem([label])
                page = self._build_section_page(section, f"{heading.split('.')[0]}.{label}")
                item.setData(0, Qt.ItemDataRole.UserRole, self.page_stack.addWidget(page))
                group_item.addChild(item)
                self.section_items[section] = item
        # Vietnamese stacks two marks on a letter (ế, ẩ): give each row air above and below.
        row_height = self.pages_tree.fontMetrics().height() + 10
        rows: list[QTreeWidgetItem | None] = [self.general_item, *self.section_items.values()]
        rows += [self.pages_tree.topLevelItem(i) for i in range(self.pages_tree.topLevelItemCount())]
        for row in rows:
            if row is not None:
                row.setSizeHint(0, QSize(0, row_height))  # a negative width is ignored
        self.pages_tree.expandAll()
        self.pages_tree.currentItemChanged.connect(self._page_chosen)
        self.pages_tree.setCurrentItem(self.general_item)

        return nav_beside(self.pages_tree, self.page_stack, nav_width=280)

    def _page_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        page = item.data(0, Qt.ItemDataRole.UserRole)
        first_child = item.child(0) if item.childCount() else None
        if page is None and first_child is not None:
            self.pages_tree.setCurrentItem(first_child)
            return
        if page is not None:
            self.page_stack.setCurrentIndex(int(page))

    def show_section(self, section: Section) -> None:
        self.tabs.setCurrentWidget(self.content_tab)
        self.pages_tree.setCurrentItem(self.section_items[section])

    def _build_general_page(self) -> QWidget:
        page = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("ví dụ: Giải quyết dứt điểm hồ sơ đất đai tồn đọng trước 01/8/2024"))
        self.field_combo = QComboBox()
        self.field_combo.addItem(self.tr("(chọn lĩnh vực ưu tiên)"), "")
        for code, label in PRIORITY_FIELDS.items():
            self.field_combo.addItem(label, code)
        self.org_combo = QComboBox()
        self._fill_orgs()
        self.breakthrough_check = QCheckBox(self.tr("Là giải pháp đột phá của tổ chức đảng"))
        self.broad_check = QCheckBox(self.tr("Phạm vi rộng, phức tạp (đưa ra Hội đồng đánh giá thay cho họp "
                                             "tập thể lãnh đạo)"))
        self.general_labels = {
            "title": QLabel(self.tr("Tên đề xuất:")),
            "field": QLabel(self.tr("Lĩnh vực ưu tiên:")),
            "party_org": QLabel(self.tr("Tổ chức đảng:")),
        }
        form = QFormLayout()
        form.addRow(self.general_labels["title"], self.title_edit)
        form.addRow(self.general_labels["field"], self.field_combo)
        form.addRow(self.general_labels["party_org"], self.org_combo)
        form.addRow("", self.breakthrough_check)
        form.addRow("", self.broad_check)

        self.participants_box = ParticipantsBox(self.ctx, self.actor)
        self.participants_box.edited.connect(self._changed)
        # The table and its controls under the names the rest of the window (and its tests) use.
        self.participants_table = self.participants_box.table
        self.people_combo = self.participants_box.people_combo
        self.add_person_button = self.participants_box.add_person_button
        self.add_other_button = self.participants_box.add_other_button
        self.remove_participant_button = self.participants_box.remove_button

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.participants_box, 1)
        self.title_edit.textChanged.connect(lambda _t: self._changed())
        self.field_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.org_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.breakthrough_check.toggled.connect(lambda _on: self._changed())
        self.broad_check.toggled.connect(lambda _on: self._changed())
        return page

    def _fill_orgs(self) -> None:
        """The party organisations, by Vietnamese name order; the one chosen stays chosen."""
        chosen = self.org_combo.currentData()
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem(self.tr("(chọn tổ chức đảng)"), None)
        collator = vietnamese_collator()
        for org in sorted(staff.list_party_orgs(self.ctx, actor=self.actor), key=lambda o: collator.sortKey(o.name)):
            self.org_combo.addItem(org.name, org.id)
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(chosen)) if chosen else 0)
        self.org_combo.blockSignals(False)

    def reload_people(self) -> None:
        """Staff or party organisations changed elsewhere: refill both lists, keeping what is typed."""
        self.participants_box.fill_people()
        self._fill_orgs()

    def _section_hint(self, section: Section) -> str:
        hints = {
            Section.NECESSITY: self.tr("Vì sao cần đề xuất này; mục đích và yêu cầu đặt ra."),
            Section.BOTTLENECK: self.tr("Điểm nghẽn, nút thắt về cơ chế, chính sách đang gặp ở địa phương."),
            Section.LEGAL_PROVISIONS: self.tr(
                "Các quy định pháp luật đang cản trở: ghi rõ văn bản, điều, khoản."),
            Section.SOLUTION: self.tr("Nội dung, nhiệm vụ và giải pháp cụ thể sẽ làm."),
            Section.SCOPE: self.tr("Phạm vi áp dụng và những đối tượng chịu tác động (số hộ dân, tổ chức…)."),
            Section.TIMELINE: self.tr("Thời gian bắt đầu, các mốc và thời gian hoàn thành."),
            Section.RESOURCES: self.tr("Nhân lực, kinh phí, phương tiện cần có và nguồn bảo đảm."),
            Section.FEASIBILITY: self.tr("Cơ sở cho thấy giải pháp làm được trong điều kiện của địa phương."),
            Section.IMPACT: self.tr("Tác động tích cực và tiêu cực có thể xảy ra; cách hạn chế rủi ro."),
            Section.EFFECTIVENESS: self.tr(
                "Hiệu quả mong đợi. Các chỉ tiêu định lượng (để đo kết quả sau này) ghi ở thẻ “Chỉ tiêu”."),
        }
        return hints[section]

    def _build_section_page(self, section: Section, title: str) -> QWidget:
        page = QWidget()
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        heading.setWordWrap(True)
        hint = QLabel(self._section_hint(section))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._changed)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(edit, 1)
        if section is Section.EFFECTIVENESS:
            to_indicators = QPushButton(self.tr("Chỉ tiêu định lượng…"))
            to_indicators.clicked.connect(lambda: self.tabs.setCurrentWidget(self.indicators_tab))
            layout.addWidget(to_indicators, 0, Qt.AlignmentFlag.AlignLeft)
        self.section_edits[section] = edit
        self.section_titles[section] = heading
        return page

    def _missing_note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MISSING_COLOR};")
        note.hide()
        return note

    # -- participants and indicators -----------------------------------------------------------------
    def add_participant(self, participant: Participant) -> int:
        return self.participants_box.add_participant(participant)

    def participants(self) -> tuple[Participant, ...]:
        return self.participants_box.participants()

    def add_indicator(self, indicator: Indicator | None = None) -> int:
        return self.indicators_tab.add_indicator(indicator)

    def set_indicator_cell(self, row: int, column: int, text: str) -> None:
        self.indicators_tab.set_cell(row, column, text)

    def date_problems(self) -> list[str]:
        return self.indicators_tab.date_problems()

    def indicators(self) -> tuple[Indicator, ...]:
        return self.indicators_tab.indicators()

    # -- content -------------------------------------------------------------------------------------
    def content(self) -> ProposalContent:
        """What the widgets hold, as the domain value the services take."""
        criteria = {}
        for criterion in Criterion:
            met = (True if self.criterion_met[criterion].isChecked()
                   else False if self.criterion_not_met[criterion].isChecked() else None)
            criteria[criterion] = Assessment(met, self.criterion_text[criterion].toPlainText())
        conflict = (False if self.no_conflict.isChecked() else True if self.has_conflict.isChecked() else None)
        return ProposalContent(
            title=self.title_edit.text(),
            sections={s: edit.toPlainText() for s, edit in self.section_edits.items()},
            indicators=self.indicators(),
            criteria=criteria,
            conflict_declared=conflict,
            conflict_details=self.conflict_details.toPlainText(),
            field=self.field_combo.currentData() or "",
            party_org_id=self.org_combo.currentData(),
            breakthrough=self.breakthrough_check.isChecked(),
            broad=self.broad_check.isChecked(),
            participants=self.participants(),
        )

    def _set_choice(self, group: QButtonGroup, yes: QRadioButton, no: QRadioButton, value: bool | None) -> None:
        group.setExclusive(False)  # an exclusive group cannot be emptied
        yes.setChecked(value is True)
        no.setChecked(value is False)
        group.setExclusive(True)

    def _fill(self, content: ProposalContent) -> None:
        self.title_edit.setText(content.title)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(content.field)))
        org_index = self.org_combo.findData(content.party_org_id) if content.party_org_id else 0
        self.org_combo.setCurrentIndex(max(0, org_index))
        self.breakthrough_check.setChecked(content.breakthrough)
        self.broad_check.setChecked(content.broad)
        self.participants_box.set_participants(content.participants)
        for section, edit in self.section_edits.items():
            edit.setPlainText(content.sections.get(section, ""))
        self.indicator_table.setRowCount(0)
        for indicator in content.indicators:
            self.add_indicator(indicator)
        for criterion in Criterion:
            assessment = content.criteria.get(criterion, Assessment())
            self._set_choice(self.criterion_groups[criterion], self.criterion_met[criterion],
                             self.criterion_not_met[criterion], assessment.met)
            self.criterion_text[criterion].setPlainText(assessment.justification)
        self._set_choice(self.conflict_group, self.has_conflict, self.no_conflict, content.conflict_declared)
        self.conflict_details.setPlainText(content.conflict_details)
