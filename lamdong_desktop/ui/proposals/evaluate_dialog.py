"""The head's conclusion on an evaluated result (ND 73/2023 Đ11): the result class, the four conditions, whether the
mechanism was abused, a measure per liability where damage occurred — and the protection ruling, shown as the pure
rule gives it (``services.evaluations.findings_of``) in one plain sentence while the head chooses.

Nothing is decided here: accepting asks ``evaluations.evaluate``, which numbers the Thông báo kết luận đánh giá from
the register; a refusal is the service's message, shown in the dialog, and nothing is numbered.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.protection import Abuse, Condition, Liability, Measure, ResultClass
from lamdong_desktop.messages import (
    ABUSE_WORDS,
    ACHIEVEMENT_WORDS,
    CONDITION_WORDS,
    EVALUATION_LATE_WORDS,
    LIABILITY_WORDS,
    MEASURE_WORDS,
    REPORT_LATE_WORDS,
    RESULT_CLASS_WORDS,
    late_text,
    ruling_sentence,
)
from lamdong_desktop.services import evaluations, result_reports
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import ItemView, Meeting
from lamdong_desktop.ui.meetings.dialogs import _FormDialog, signer_choice
from lamdong_desktop.ui.meetings.text import vote_text
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dates import date_edit, qdate, to_date


class Answers(NamedTuple):
    result: ResultClass | None
    conditions: dict[object, bool | None]
    abuse: list[object] | None
    measures: dict[object, object]


class EvaluateDialog(_FormDialog):
    """``value``: the conclusion issued (``evaluations.EvaluationView``) once the service accepted it."""

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, self.tr("Kết luận đánh giá kết quả thực hiện"), self.tr("Kết luận và cấp số"),
                         parent)
        self.meeting, self.item = meeting, item
        report = result_reports.find(ctx, item.proposal_id, actor=actor)
        intro = QLabel(self.tr("Đề xuất {ref} “{title}” — {meeting}, {day}.").format(
            ref=item.ref, title=item.title, meeting=meeting.title, day=f"{meeting.held_on:%d/%m/%Y}"))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        facts = [vote_text(item.outcome, live=False)]
        if report is not None:
            suggested = ACHIEVEMENT_WORDS[report.suggested] if report.suggested else "—"
            facts.append(self.tr("Báo cáo: đạt {reached}/{total} chỉ tiêu ({suggested}); {damage}.").format(
                reached=report.reached, total=len(report.indicators), suggested=suggested.lower(),
                damage=self.tr("có thiệt hại") if report.damage else self.tr("không gây thiệt hại")))
            if report.late:
                facts.append(f"{late_text(report.late_days)} ({REPORT_LATE_WORDS}).")
        if item.late:
            facts.append(EVALUATION_LATE_WORDS + ".")
        summary = QLabel("\n".join(facts))
        summary.setObjectName("evaluationFacts")
        summary.setWordWrap(True)
        self.results: dict[ResultClass, QRadioButton] = {}
        group = QButtonGroup(self)
        result_box = QVBoxLayout()
        for result in ResultClass:
            radio = QRadioButton(RESULT_CLASS_WORDS[result])
            radio.toggled.connect(self._changed)
            group.addButton(radio)
            self.results[result] = radio
            result_box.addWidget(radio)
        if report is not None:  # what the report says, for the evaluators to confirm or change
            guess = ResultClass.DAMAGED if report.damage else (
                ResultClass.COMPLETED if report.suggested and report.suggested.value == "completed"
                else ResultClass.NOT_MET)
            self.results[guess].setChecked(True)
        self.conditions: dict[Condition, QCheckBox] = {}
        condition_box = QVBoxLayout()
        for condition in Condition:
            box = QCheckBox(CONDITION_WORDS[condition])
            box.setChecked(True)
            box.toggled.connect(self._changed)
            self.conditions[condition] = box
            condition_box.addWidget(box)
        self.no_abuse = QRadioButton(self.tr("Không phát hiện việc lợi dụng chủ trương"))
        self.some_abuse = QRadioButton(self.tr("Có dấu hiệu lợi dụng chủ trương để:"))
        abuse_group = QButtonGroup(self)
        abuse_box = QVBoxLayout()
        for radio in (self.no_abuse, self.some_abuse):
            abuse_group.addButton(radio)
            radio.toggled.connect(self._changed)
            abuse_box.addWidget(radio)
        self.abuses: dict[Abuse, QCheckBox] = {}
        kinds = QHBoxLayout()
        for abuse in Abuse:
            box = QCheckBox(ABUSE_WORDS[abuse])
            box.toggled.connect(self._changed)
            self.abuses[abuse] = box
            kinds.addWidget(box)
        abuse_box.addLayout(kinds)
        self.measures: dict[Liability, QComboBox] = {}
        measure_box = QVBoxLayout()
        for liability in Liability:
            combo = QComboBox()
            combo.addItem(self.tr("(chọn biện pháp)"), "")
            for measure in Measure:
                combo.addItem(MEASURE_WORDS[measure], measure.value)
            combo.currentIndexChanged.connect(self._changed)
            self.measures[liability] = combo
            row = QHBoxLayout()
            row.addWidget(QLabel(LIABILITY_WORDS[liability][:1].upper() + LIABILITY_WORDS[liability][1:] + ":"), 1)
            row.addWidget(combo)
            measure_box.addLayout(row)
        self.ruling = QLabel()
        self.ruling.setObjectName("rulingPreview")
        self.ruling.setWordWrap(True)
        self.ruling.setStyleSheet("font-weight: bold;")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.signer = signer_choice(ctx, actor)
        self.day = date_edit(max(clock.today(), meeting.held_on))
        self.day.setMinimumDate(qdate(meeting.held_on))
        self.form.addRow(intro)
        self.form.addRow(summary)
        self.form.addRow(self.tr("Kết quả thực hiện:"), result_box)
        self.form.addRow(self.tr("Điều kiện được bảo đảm:"), condition_box)
        self.form.addRow(self.tr("Lợi dụng chủ trương:"), abuse_box)
        self.form.addRow(self.tr("Khi có thiệt hại:"), measure_box)
        self.form.addRow(self.tr("Kết luận về bảo vệ cán bộ:"), self.ruling)
        self.form.addRow(self.tr("Nhận xét của cuộc họp:"), self.notes)
        self.form.addRow(self.tr("Người ký:"), self.signer)
        self.form.addRow(self.tr("Ngày ban hành:"), self.day)
        self.setMinimumWidth(720)
        self._changed()

    def answers(self) -> Answers:
        """The findings as chosen, for ``evaluations.findings_of`` / ``evaluate``."""
        result = next((r for r, radio in self.results.items() if radio.isChecked()), None)
        abuse: list[object] | None = None
        if self.no_abuse.isChecked():
            abuse = []
        elif self.some_abuse.isChecked():
            abuse = [a for a, box in self.abuses.items() if box.isChecked()]
        measures: dict[object, object] = {}
        if result is ResultClass.DAMAGED:
            measures.update({liability: combo.currentData() for liability, combo in self.measures.items()})
        conditions: dict[object, bool | None] = {c: box.isChecked() for c, box in self.conditions.items()}
        return Answers(result, conditions, abuse, measures)

    def _changed(self) -> None:
        if not hasattr(self, "ruling"):
            return
        damaged = self.results[ResultClass.DAMAGED].isChecked()
        for combo in self.measures.values():
            combo.setEnabled(damaged)
        for box in self.abuses.values():
            box.setEnabled(self.some_abuse.isChecked())
        answers = self.answers()
        try:
            _, ruling = evaluations.findings_of(answers.result, answers.conditions, answers.abuse, answers.measures)
        except DomainError as error:
            self.ruling.setText(messages.error_text(error))
            self.ruling.setStyleSheet("color: #9a3b00; font-weight: bold;")
            return
        self.ruling.setText(ruling_sentence(ruling))
        self.ruling.setStyleSheet("color: #1e6b35; font-weight: bold;")

    def write(self, ctx: AppContext) -> Changed[object]:
        a = self.answers()
        return evaluations.evaluate(
            ctx, actor=self.actor, proposal_id=self.item.proposal_id, meeting_id=self.meeting.id, result=a.result,
            conditions=a.conditions, abuse=a.abuse, measures=a.measures, notes=self.notes.toPlainText(),
            signer_person_id=self.signer.currentData(), issued_on=to_date(self.day.date()))
