"""The window of one proposal: its content page by page, indicators, criteria, files and history, and the
actions the signed-in person may take on it (Lưu, Nộp / Nộp lại, Trả lại, Rút, Xem bản in).

What is still missing for submission is marked as the author types; saving a draft is always allowed.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.lifecycle import EDITABLE_STATES, Action, State
from lamdong_desktop.domain.proposals import (
    CRITERION_LABELS,
    PRIORITY_FIELDS,
    SECTION_LABELS,
    Assessment,
    Criterion,
    Indicator,
    Participant,
    ParticipantRole,
    ProposalContent,
    Section,
    missing_items,
)
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.messages import describe_item
from lamdong_desktop.services import proposals, staff
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals import dialogs as proposal_dialogs
from lamdong_desktop.ui.proposals.attachments import AttachmentsPanel
from lamdong_desktop.ui.proposals.dialogs import ReasonDialog
from lamdong_desktop.ui.proposals.history import HistoryPanel
from lamdong_desktop.ui.proposals.indicators import IndicatorsTab
from lamdong_desktop.ui.proposals.text import MISSING_COLOR, format_stamp, format_stamp_day, state_label
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.i18n import vietnamese_collator
from lamdong_desktop.ui.shared.layout import nav_beside, resize_to_fit

VALIDATION_DELAY_MS = 300
def set_interactive(widget: QWidget, interactive: bool) -> None:
    """Let ``widget`` take clicks and keys, or show its value at full contrast without taking any
    (a disabled widget is greyed out: hard to read for someone who may only read)."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not interactive)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)


def is_interactive(widget: QWidget) -> bool:
    return not widget.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class ProposalWindow(QWidget):
    """One proposal (``proposal`` None: a new draft). Read-only unless the signed-in person may edit it."""

    changed = Signal(str)  # the proposal's id, after a save or a change of state
    closed = Signal(str)  # the proposal's id ("" for a draft never saved)

    def __init__(self, ctx: AppContext, actor: Actor, proposal: proposals.Proposal | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.actor = ctx, actor
        self.proposal = proposal
        self.editable = True
        self.dirty = False
        self.missing: list[str] = []
        self.preview_dialog: QWidget | None = None
        self._loading = False
        self.validation_timer = QTimer(self)
        self.validation_timer.setSingleShot(True)
        self.validation_timer.setInterval(VALIDATION_DELAY_MS)
        self.validation_timer.timeout.connect(self.update_validation)
        resize_to_fit(self, 1100, 780)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("background: #fff4ce; color: #3d2e00; padding: 6px;")
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: palette(placeholder-text);")

        self.tabs = QTabWidget()
        self.content_tab = self._build_content_tab()
        self.indicators_tab = IndicatorsTab()
        self.indicators_tab.edited.connect(self._changed)
        # The table and its buttons under the names the rest of the window (and its tests) use.
        self.indicator_table = self.indicators_tab.table
        self.add_indicator_button = self.indicators_tab.add_button
        self.remove_indicator_button = self.indicators_tab.remove_button
        self.indicator_note = self.indicators_tab.note
        self.criteria_tab = self._build_criteria_tab()
        self.attachments = AttachmentsPanel(ctx, actor)
        self.attachments.attached.connect(lambda _n: self._after_attach())
        self.history = HistoryPanel(ctx)
        self.tabs.addTab(self.content_tab, self.tr("Nội dung"))
        self.tabs.addTab(self.indicators_tab, self.tr("Chỉ tiêu"))
        self.tabs.addTab(self.criteria_tab, self.tr("Tiêu chí"))
        self.tabs.addTab(self.attachments, self.tr("Tệp đính kèm"))
        self.tabs.addTab(self.history, self.tr("Lịch sử"))

        self.missing_line = QLabel()
        self.missing_line.setWordWrap(True)
        self.missing_line.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.submit_button = QPushButton(self.tr("Nộp"))
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.withdraw_button = QPushButton(self.tr("Rút…"))
        self.preview_button = QPushButton(self.tr("Xem bản in…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.save_button.setToolTip(self.tr("Lưu dự thảo; lưu được cả khi chưa đủ nội dung"))
        self.preview_button.setToolTip(self.tr("Kế hoạch đề xuất theo mẫu in, để in hoặc lưu thành PDF"))
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.return_button.clicked.connect(self.return_for_revision)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.close)
        self.flash = QLabel()
        self.flash.setStyleSheet("color: #1e6b35;")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash.clear)
        bar = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.return_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addWidget(self.flash, 1)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.missing_line)
        layout.addLayout(bar)
        self._load(proposal)

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
        self.org_combo.addItem(self.tr("(chọn tổ chức đảng)"), None)
        collator = vietnamese_collator()
        for org in sorted(staff.list_party_orgs(self.ctx), key=lambda o: collator.sortKey(o.name)):
            self.org_combo.addItem(org.name, org.id)
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

        participants = QGroupBox(self.tr("Người đề xuất và người thực hiện"))
        self.participants_table = QTableWidget(0, 3)
        self.participants_table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Vai trò")])
        header = self.participants_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.participants_table.setColumnWidth(2, 170)
        self.participants_table.verticalHeader().setVisible(False)
        self.participants_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants_table.itemChanged.connect(lambda _i: self._changed())
        self.people_combo = QComboBox()
        collator = vietnamese_collator()
        self.people = {p.id: p for p in staff.list_people(self.ctx)}
        for person in sorted(self.people.values(), key=lambda p: collator.sortKey(p.full_name)):
            self.people_combo.addItem(f"{person.full_name} — {person.position}" if person.position
                                      else person.full_name, person.id)
        self.people_combo.setMinimumContentsLength(24)
        self.add_person_button = QPushButton(self.tr("Thêm"))
        self.add_other_button = QPushButton(self.tr("Thêm người khác"))
        self.remove_participant_button = QPushButton(self.tr("Bỏ người đã chọn"))
        self.add_person_button.clicked.connect(self._add_chosen_person)
        self.add_other_button.clicked.connect(lambda: self.add_participant(Participant(name="")))
        self.remove_participant_button.clicked.connect(self._remove_participant)
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.people_combo, 1)
        people_bar.addWidget(self.add_person_button)
        people_bar.addWidget(self.add_other_button)
        people_bar.addWidget(self.remove_participant_button)
        participants_note = QLabel(self.tr(
            "Lãnh đạo, quản lý đề xuất là người được bảo vệ theo Nghị định 73/2023/NĐ-CP (Điều 2); cán bộ, "
            "công chức khác tham gia với vai trò người thực hiện."))
        participants_note.setWordWrap(True)
        participants_note.setStyleSheet("color: palette(placeholder-text);")
        participants_layout = QVBoxLayout(participants)
        participants_layout.addLayout(people_bar)
        participants_layout.addWidget(self.participants_table, 1)
        participants_layout.addWidget(participants_note)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(participants, 1)
        self.title_edit.textChanged.connect(lambda _t: self._changed())
        self.field_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.org_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.breakthrough_check.toggled.connect(lambda _on: self._changed())
        self.broad_check.toggled.connect(lambda _on: self._changed())
        return page

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
                "Hiệu quả mong đợi. Các chỉ tiêu định lượng (để đo kết quả sau này) ghi ở thẻ «Chỉ tiêu»."),
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
            met, not_met = QRadioButton(self.tr("Đạt")), QRadioButton(self.tr("Không đạt"))
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

    def _missing_note(self) -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MISSING_COLOR};")
        note.hide()
        return note

    # -- participants and indicators -----------------------------------------------------------------
    def add_participant(self, participant: Participant) -> int:
        table = self.participants_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        name = QTableWidgetItem(participant.name)
        name.setData(Qt.ItemDataRole.UserRole, participant.person_id)
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(participant.position))
        table.blockSignals(False)
        role = QComboBox()
        role.addItem(self.tr("Người đề xuất"), ParticipantRole.PROPOSER.value)
        role.addItem(self.tr("Người thực hiện"), ParticipantRole.IMPLEMENTER.value)
        role.setCurrentIndex(max(0, role.findData(ParticipantRole(participant.role).value)))
        set_interactive(role, self.editable)
        role.currentIndexChanged.connect(lambda _i: self._changed())
        table.setCellWidget(row, 2, role)
        self._changed()
        return row

    def _add_chosen_person(self) -> None:
        person = self.people.get(self.people_combo.currentData())
        if person is None:
            return
        if any(p.person_id == person.id for p in self.participants()):
            return
        self.add_participant(Participant(person.full_name, person.position, ParticipantRole.PROPOSER, person.id))

    def _remove_participant(self) -> None:
        rows = sorted({i.row() for i in self.participants_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.participants_table.removeRow(row)
        if rows:
            self._changed()

    def participants(self) -> tuple[Participant, ...]:
        table = self.participants_table
        found = []
        for row in range(table.rowCount()):
            name, position = table.item(row, 0), table.item(row, 1)
            role = table.cellWidget(row, 2)
            role_value = role.currentData() if isinstance(role, QComboBox) else ParticipantRole.IMPLEMENTER
            found.append(Participant(
                name=name.text() if name else "",
                position=position.text() if position else "",
                role=ParticipantRole(role_value),
                person_id=name.data(Qt.ItemDataRole.UserRole) if name else None,
            ))
        return tuple(found)

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
        self.participants_table.setRowCount(0)
        for participant in content.participants:
            self.add_participant(participant)
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

    def _load(self, proposal: proposals.Proposal | None) -> None:
        """Show ``proposal`` (None: an empty new draft) with nothing unsaved."""
        self._loading = True
        try:
            self.proposal = proposal
            self.editable = proposal is None or proposals.can_edit(proposal, self.actor)
            self._set_editable(self.editable)
            self._fill(proposal.content if proposal is not None else self._new_content())
        finally:
            self._loading = False
        self._set_dirty(False)
        self._refresh()
        self.update_validation()

    def _new_content(self) -> ProposalContent:
        """An empty draft, with its writer already listed as the proposer and their party organisation."""
        me = next((p for p in self.people.values() if p.account_id == self.actor.user_id), None)
        if me is None:
            return ProposalContent()
        return ProposalContent(party_org_id=me.party_org_id,
                               participants=(Participant(me.full_name, me.position, ParticipantRole.PROPOSER, me.id),))

    def _changed(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self.validation_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.setWindowModified(dirty)

    # -- state ---------------------------------------------------------------------------------------
    def _set_editable(self, editable: bool) -> None:
        for line in (self.title_edit,):
            line.setReadOnly(not editable)
        for edit in (*self.section_edits.values(), *self.criterion_text.values(), self.conflict_details):
            edit.setReadOnly(not editable)
        for widget in (self.field_combo, self.org_combo, self.breakthrough_check, self.broad_check,
                       *self.criterion_met.values(), *self.criterion_not_met.values(), self.no_conflict,
                       self.has_conflict):
            set_interactive(widget, editable)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed) if editable else (
            QAbstractItemView.EditTrigger.NoEditTriggers)
        for table in (self.indicator_table, self.participants_table):
            table.setEditTriggers(triggers)
        for row in range(self.participants_table.rowCount()):
            widget = self.participants_table.cellWidget(row, 2)
            if widget is not None:
                set_interactive(widget, editable)
        for button in (self.add_indicator_button, self.remove_indicator_button, self.add_person_button,
                       self.add_other_button, self.remove_participant_button, self.people_combo):
            button.setVisible(editable)

    def allowed_actions(self) -> list[Action]:
        return proposals.actions_for(self.proposal, self.actor) if self.proposal is not None else []

    def visible_buttons(self) -> list[str]:
        """Texts of the action buttons shown (for tests and screenshots)."""
        buttons = (self.save_button, self.submit_button, self.return_button, self.withdraw_button,
                   self.preview_button)
        return [b.text() for b in buttons if not b.isHidden()]

    def _refresh(self) -> None:
        """Header, banner, buttons, attachments and history for the current proposal."""
        proposal = self.proposal
        actions = self.allowed_actions()
        self.save_button.setVisible(self.editable)
        resubmit = Action.RESUBMIT in actions
        self.submit_button.setText(self.tr("Nộp lại") if resubmit else self.tr("Nộp"))
        self.submit_button.setVisible(resubmit or Action.SUBMIT in actions or proposal is None)
        self.return_button.setVisible(Action.RETURN in actions)
        self.withdraw_button.setVisible(Action.WITHDRAW in actions)
        self.preview_button.setVisible(proposal is not None)
        self.missing_line.setVisible(self.editable)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.history), proposal is not None)

        if proposal is None:
            self.setWindowTitle(self.tr("Đề xuất mới[*]"))
            self.heading.setText(self.tr("Đề xuất mới (chưa lưu)"))
            self.status_line.setText(self.tr("Tác giả: {name}").format(name=self.actor.full_name))
            self.banner.hide()
            self.read_only_note.hide()
        else:
            summary = proposal.summary
            self.setWindowTitle(self.tr("{ref} — {title}[*]").format(ref=summary.ref, title=summary.title))
            self.heading.setText(f"{summary.ref} — {summary.title}")
            author = summary.author_name + (f" ({proposal.author_position})" if proposal.author_position else "")
            parts = [self.tr("Trạng thái: {state}").format(state=state_label(summary.state)),
                     self.tr("Tác giả: {name}").format(name=author),
                     self.tr("Tạo ngày {day}").format(day=format_stamp_day(proposal.created_at))]
            if summary.submitted_at:
                parts.append(self.tr("Nộp lúc {time}").format(time=format_stamp(summary.submitted_at)))
            if summary.revision:
                parts.append(self.tr("Phiên bản {n}").format(n=summary.revision))
            self.status_line.setText(" · ".join(parts))
            if summary.state is State.RETURNED and proposal.last_reason:
                self.banner.setText(self.tr("Được trả lại để sửa. Lý do: {reason}").format(reason=proposal.last_reason))
                self.banner.show()
            elif summary.state is State.WITHDRAWN and proposal.last_reason:
                self.banner.setText(self.tr("Đã rút. Lý do: {reason}").format(reason=proposal.last_reason))
                self.banner.show()
            else:
                self.banner.hide()
            if self.editable:
                self.read_only_note.hide()
            else:
                if summary.state not in EDITABLE_STATES:
                    note = self.tr("Chỉ xem: đề xuất ở trạng thái «{state}» nên không sửa được nội dung.").format(
                        state=state_label(summary.state))
                else:
                    note = self.tr("Chỉ xem: chỉ tác giả được sửa nội dung đề xuất này.")
                self.read_only_note.setText(note)
                self.read_only_note.show()
        self.attachments.load(proposal)
        self.history.load(proposal.id if proposal is not None else None)

    # -- validation ----------------------------------------------------------------------------------
    def update_validation(self) -> list[str]:
        """Mark every item still missing for submission (``missing_items``); returns their codes."""
        self.validation_timer.stop()
        missing = missing_items(self.content())
        self.missing = missing
        codes = set(missing)
        red = QBrush(QColor(MISSING_COLOR))
        warning = self._warning_icon()

        def mark_item(item: QTreeWidgetItem, is_missing: bool) -> None:
            item.setForeground(0, red if is_missing else QBrush())
            item.setIcon(0, warning if is_missing else QIcon())

        def mark_label(label: QLabel, is_missing: bool) -> None:
            label.setStyleSheet(f"color: {MISSING_COLOR};" if is_missing else "")

        for key, label in self.general_labels.items():
            mark_label(label, key in codes)
        mark_item(self.general_item, bool(codes & set(self.general_labels)))
        for section, item in self.section_items.items():
            is_missing = f"section:{section.value}" in codes
            mark_item(item, is_missing)
            mark_label(self.section_titles[section], is_missing)
        for index in range(self.pages_tree.topLevelItemCount()):
            group = self.pages_tree.topLevelItem(index)
            if group is not None and group.childCount():
                mark_item(group, any(f"section:{s.value}" in codes for s, i in self.section_items.items()
                                     if i.parent() is group))

        self.indicators_tab.mark(codes)
        date_problems = self.date_problems()
        notes = list(date_problems)
        if "indicators" in codes:
            notes.insert(0, self.tr("Cần ít nhất một chỉ tiêu định lượng."))
        self.indicator_note.setText("\n".join(notes))
        self.indicator_note.setVisible(bool(notes))

        for criterion in Criterion:
            note = self.criterion_notes[criterion]
            note.setText(self.tr("Còn thiếu: chọn Đạt hoặc Không đạt và ghi lý do."))
            note.setVisible(f"criterion:{criterion.value}" in codes)
        self.conflict_note.setText(self.tr("Còn thiếu: chọn một trong hai; có xung đột thì ghi rõ."))
        self.conflict_note.setVisible("conflict" in codes)

        content_missing = bool(codes & {"title", "field", "party_org"}) or any(c.startswith("section:") for c in codes)
        indicators_missing = any(c == "indicators" or c.startswith("indicator:") for c in codes) or bool(date_problems)
        criteria_missing = any(c.startswith("criterion:") or c == "conflict" for c in codes)
        for tab, is_missing in ((self.content_tab, content_missing), (self.indicators_tab, indicators_missing),
                                (self.criteria_tab, criteria_missing)):
            self.tabs.setTabIcon(self.tabs.indexOf(tab), warning if is_missing and self.editable else QIcon())

        if not self.editable:
            self.missing_line.clear()
        elif missing:
            self.missing_line.setStyleSheet(f"color: {MISSING_COLOR};")
            self.missing_line.setText(self.tr("Còn thiếu để nộp ({n}): {items}.").format(
                n=len(missing), items="; ".join(describe_item(code) for code in missing)))
        else:
            self.missing_line.setStyleSheet("color: #1e6b35;")
            self.missing_line.setText(self.tr("Đã đủ nội dung để nộp."))
        return missing

    # -- actions -------------------------------------------------------------------------------------
    def _show_flash(self, text: str) -> None:
        self.flash.setText(text)
        self._flash_timer.start(5000)

    def save(self) -> bool:
        """Save the draft (or, after a submission, a new version); incomplete content is fine."""
        if not self.editable:
            return False
        problems = self.date_problems()
        if problems:
            messages.show_error(self, "\n".join(problems))
            self.tabs.setCurrentWidget(self.indicators_tab)
            return False
        content = self.content()
        try:
            if self.proposal is None:
                saved = proposals.create_draft(self.ctx, actor=self.actor, content=content)
            else:
                saved = proposals.update_content(self.ctx, actor=self.actor, proposal_id=self.proposal.id,
                                                 content=content, expected_version=self.proposal.summary.version)
        except DomainError as error:
            if error.code == "proposal_incomplete" and list(error.params.get("problems", ())) == ["title"]:
                self.tabs.setCurrentWidget(self.content_tab)
                self.pages_tree.setCurrentItem(self.general_item)
                self.title_edit.setFocus()
                messages.show_error(self, self.tr("Cần có tên đề xuất để lưu dự thảo."))
            else:
                messages.show_error(self, error)
            return False
        self.proposal = saved
        self._set_dirty(False)
        self._refresh()
        self.update_validation()
        self._show_flash(self.tr("Đã lưu lúc {time}.").format(time=format_stamp(saved.summary.updated_at)[-5:]))
        self.changed.emit(saved.id)
        return True

    def submit(self) -> bool:
        """Save, then submit: an incomplete proposal gets one message naming every missing item."""
        if (self.dirty or self.proposal is None) and not self.save():
            return False
        assert self.proposal is not None
        missing = missing_items(self.proposal.content)
        if missing:
            self.update_validation()
            messages.show_error(self, ValidationError("proposal_incomplete", problems=missing),
                                title=self.tr("Chưa nộp được"))
            return False
        recipient = (self.tr("cấp tỉnh (cấp trên trực tiếp)") if self.actor.has(Role.HEAD)
                     else self.tr("người đứng đầu đơn vị"))
        if not messages.confirm(self, self.tr(
                "Nộp đề xuất {ref} cho {recipient}? Sau khi nộp, nội dung không sửa được nữa, trừ khi đề xuất "
                "được trả lại để sửa.").format(ref=self.proposal.ref, recipient=recipient)):
            return False
        try:
            submitted = proposals.submit(self.ctx, actor=self.actor, proposal_id=self.proposal.id)
        except DomainError as error:
            messages.show_error(self, error, title=self.tr("Chưa nộp được"))
            return False
        self._load(submitted)
        self._show_flash(self.tr("Đã nộp."))
        self.changed.emit(submitted.id)
        return True

    def _reason_action(self, action: Action) -> bool:
        if self.proposal is None:
            return False
        if self.dirty and self.editable and messages.confirm(self, self.tr(
                "Đề xuất có thay đổi chưa lưu. Lưu trước khi rút? (Không lưu thì các thay đổi bị bỏ.)")):
            if not self.save():
                return False
        dialog = ReasonDialog(self.ctx, self.actor, self.proposal, action, self)
        if not messages.run_dialog(dialog) or dialog.result_proposal is None:
            return False
        self._load(dialog.result_proposal)
        self._show_flash(self.tr("Đã trả lại.") if action is Action.RETURN else self.tr("Đã rút."))
        self.changed.emit(dialog.result_proposal.id)
        return True

    def return_for_revision(self) -> bool:
        return self._reason_action(Action.RETURN)

    def withdraw(self) -> bool:
        return self._reason_action(Action.WITHDRAW)

    def _after_attach(self) -> None:
        if self.proposal is not None:
            self.history.load(self.proposal.id)
            self.changed.emit(self.proposal.id)

    def preview(self) -> QWidget | None:
        """Build the plan here (it reads the database), render it on a worker, show it in QtPdf."""
        if self.proposal is None:
            return None
        if self.dirty and self.editable and messages.confirm(self, self.tr(
                "Bản in lấy nội dung đã lưu. Lưu các thay đổi trước khi xem bản in?")) and not self.save():
            return None
        from lamdong_desktop.services import printing
        from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog

        try:
            plan = printing.proposal_plan(self.ctx, self.proposal.id)
        except DomainError as error:
            messages.show_error(self, error)
            return None
        dialog = PdfPreviewDialog(functools.partial(printing.render_plan, plan), title=self.proposal.ref,
                                  file_name=self.tr("{ref} - Kế hoạch đề xuất.pdf").format(ref=self.proposal.ref),
                                  parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()
        dialog.start()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.dirty and self.editable:
            answer = proposal_dialogs.ask_unsaved(self)
            if answer == proposal_dialogs.CANCEL or (answer == proposal_dialogs.SAVE and not self.save()):
                event.ignore()
                return
        self.validation_timer.stop()
        self.attachments.cleanup()
        self.closed.emit(self.proposal.id if self.proposal is not None else "")
        event.accept()
