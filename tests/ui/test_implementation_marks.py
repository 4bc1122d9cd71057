"""Due days and late marks after the approval, as the proposal's “Thực hiện” tab, the evaluation dialog and the head's
queue show them: an implementation past its planned end is overdue (not while suspended); an evaluation meeting
held after its 07 working days is marked late before and after the conclusion; a late result report whose
evaluation is overdue says both in the queue — and an open tab follows a change made elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain.protection import ResultClass
from lamdong_desktop.messages import EVALUATION_LATE_WORDS
from lamdong_desktop.services import implementation, meetings, proposals, result_reports, review
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.meetings.text import ALERT_COLOR
from lamdong_desktop.ui.proposals.editor import ProposalWindow
from lamdong_desktop.ui.queue.view import QueueView

from ..services import implementation_support as impl
from ..services.meeting_support import LEADERSHIP, at, attend, close, convene, office, vote
from .proposal_support import settle


@pytest.fixture
def o(demo):
    return office(*demo)


def _tab(qtbot, o, actor, proposal):
    window = ProposalWindow(o.ctx, actor, proposals.open_proposal(o.ctx, proposal.id, actor=actor))
    qtbot.addWidget(window)
    window.show()
    return window.implementation


def _queue(qtbot, o, actor) -> QueueView:
    view = QueueView(o.ctx, actor, lambda _id: None)
    qtbot.addWidget(view)
    return view


def _row(view: QueueView, kind: ItemKind, ref: str) -> int:
    return next(r for r, item in enumerate(view.items()) if item.kind is kind and item.ref == ref)


def _note(view: QueueView, row: int) -> str:
    return view.proxy.index(row, 5).data()


def test_an_implementation_past_its_planned_end_is_overdue_unless_suspended(qtbot, o, on_modal):
    proposal = impl.approved(o)
    with at(impl.STARTED_ON):
        implementation.start(o.ctx, actor=o.head, proposal_id=proposal.id, started_on=impl.STARTED_ON,
                             implementers=[o.person("K'Brơi Ngọc Sơn")], planned_end_on=date(2026, 1, 23))
    with at(date(2026, 1, 23), 16):  # the last planned day itself is on time
        tab = _tab(qtbot, o, o.head, proposal)
        assert tab.dates.text() == "Kết thúc dự kiến 23/01/2026" and tab.dates.styleSheet() == ""
    with at(date(2026, 1, 26), 9):
        tab = _tab(qtbot, o, o.head, proposal)
        assert tab.dates.text() == "Kết thúc dự kiến 23/01/2026 — QUÁ HẠN"
        assert ALERT_COLOR in tab.dates.styleSheet()
        queue = _queue(qtbot, o, o.head)
        row = _row(queue, ItemKind.IMPLEMENTING, proposal.ref)
        assert queue.items()[row].overdue and _note(queue, row) == "QUÁ HẠN"

        def suspend(dialog) -> None:
            dialog.reason.setPlainText("Chờ kinh phí bổ sung.")
            dialog.accept()

        on_modal(suspend)
        tab.act("suspend")
        settle(qtbot)
        # The tab and the queue follow the change notice: a suspension stops the clock.
        assert tab.dates.text() == "Kết thúc dự kiến 23/01/2026" and "QUÁ HẠN" not in tab.dates.text()
        row = _row(queue, ItemKind.SUSPENDED, proposal.ref)
        assert not queue.items()[row].overdue


def test_a_late_evaluation_meeting_is_marked_before_and_after_the_conclusion(qtbot, o, on_modal, tmp_path):
    proposal = impl.reported(o)  # reported on 3 February: the evaluation is due by the 12th
    report = result_reports.find(o.ctx, proposal.id, actor=o.head)
    assert report.evaluation_due_on == date(2026, 2, 12)
    with at(date(2026, 2, 5)):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=date(2026, 2, 13),
                      on=date(2026, 2, 11), title="Họp đánh giá kết quả thực hiện đề xuất")
    with at(date(2026, 2, 12), 9):  # convened in time for a day after the limit: late already
        tab = _tab(qtbot, o, o.head, proposal)
        assert tab.evaluation_line.text() == (
            f"Họp đánh giá ngày 13/02/2026 (hạn 12/02/2026) — {EVALUATION_LATE_WORDS}.")
        assert ALERT_COLOR in tab.evaluation_line.styleSheet()
        assert tab.report_line.styleSheet() == ""  # the report itself came in time
        queue = _queue(qtbot, o, o.head)
        assert queue.items()[_row(queue, ItemKind.CONCLUDE, proposal.ref)].overdue
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(impl.VOTERS, "for"))
    close(o, meeting)
    with at(date(2026, 2, 13), 14):
        tab = _tab(qtbot, o, o.head, proposal)
        facts: list[str] = []

        def conclude(dialog) -> None:
            facts.append(dialog.findChild(type(tab.status), "evaluationFacts").text())
            dialog.results[ResultClass.COMPLETED].setChecked(True)
            dialog.no_abuse.setChecked(True)
            dialog.accept()

        on_modal(conclude)
        tab.act("evaluate")
        settle(qtbot)
        assert facts and facts[0].endswith(EVALUATION_LATE_WORDS + ".")
        assert tab.ruling_line.text().startswith("Kết luận số 01/TB-UBND ngày 13/02/2026: Hoàn thành.")
        assert tab.evaluation_line.text().endswith(f"(hạn 12/02/2026) — {EVALUATION_LATE_WORDS}.")
        tab.window().tabs.setCurrentWidget(tab)
        tab.window().grab().save(str(tmp_path / "implementation-tab.png"))
    assert meetings.get(o.ctx, meeting.id, actor=o.head).item(proposal.id).late


def test_a_late_report_whose_evaluation_is_overdue_says_both_in_the_queue(qtbot, o):
    proposal = impl.reported(o, on=date(2026, 2, 10))  # due on the 6th: two working days late
    report = result_reports.find(o.ctx, proposal.id, actor=o.head)
    assert report.late_days == 2
    with at(date.fromordinal(report.evaluation_due_on.toordinal() + 3), 9):
        queue = _queue(qtbot, o, o.head)
        row = _row(queue, ItemKind.EVALUATE, proposal.ref)
        assert queue.items()[row].overdue and _note(queue, row) == "QUÁ HẠN — Muộn 2 ngày làm việc"
        assert queue.proxy.index(row, 5).data(Qt.ItemDataRole.ToolTipRole) == _note(queue, row)  # when cut short
        tab = _tab(qtbot, o, o.head, proposal)
        assert "Muộn 2 ngày làm việc" in tab.report_line.text()
        assert tab.evaluation_line.text().endswith("— QUÁ HẠN.") and ALERT_COLOR in tab.evaluation_line.styleSheet()


def test_an_open_tab_follows_a_value_recorded_in_another_window(qtbot, o, on_modal):
    proposal = impl.started(o)
    with at(date(2026, 1, 28), 10):
        head_tab = _tab(qtbot, o, o.head, proposal)
        assert head_tab.table.item(0, 4).text() == "—"
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="45",
                                       measured_on=date(2026, 1, 28))
        # A write outside the UI announces nothing: the tab shows what it had until a notice comes …
        assert head_tab.table.item(0, 4).text() == "—"
        official_tab = _tab(qtbot, o, o.official, proposal)

        def difficulty(dialog) -> None:
            dialog.reason.setPlainText("Thiếu máy đo.")
            dialog.accept()

        on_modal(difficulty)
        official_tab.act("difficulty")
        settle(qtbot)
        # … and the notice of the official's write reloads the head's tab with everything since.
        assert head_tab.table.item(0, 4).text() == "45"
        assert head_tab.events.text().endswith("Thiếu máy đo.")
