"""The proposal window's “Thực hiện” tab, clicked through: the head starts an approved proposal, its implementer
records a value (a bad one is refused inside the dialog, nothing written), finishes it and reports; after the
evaluation meeting the head concludes, the ruling shown in plain words while choosing and on the tab afterwards; the
meeting window shows the evaluation item's conclusion instead of a decision."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.protection import Condition, ResultClass
from lamdong_desktop.services import proposals, review
from lamdong_desktop.ui.proposals.editor import ProposalWindow

from ..services.implementation_support import (
    ENDED_ON,
    EVALUATED_ON,
    LEADERSHIP,
    STARTED_ON,
    VOTERS,
    approved,
)
from ..services.meeting_support import at, attend, close, convene, office, vote
from .meeting_support import window_as
from .proposal_support import settle


@pytest.fixture
def o(demo):
    return office(*demo)


def _window(qtbot, o, actor, proposal) -> ProposalWindow:
    window = ProposalWindow(o.ctx, actor, proposals.open_proposal(o.ctx, proposal.id, actor=actor))
    qtbot.addWidget(window)
    window.show()
    return window


def _tab_shown(window: ProposalWindow) -> bool:
    return window.tabs.isTabVisible(window.tabs.indexOf(window.implementation))


def test_from_the_start_to_the_report_through_the_tab(qtbot, o, on_modal):
    proposal = approved(o)
    implementer = o.person("K'Brơi Ngọc Sơn")
    with at(STARTED_ON, 10):
        head = _window(qtbot, o, o.head, proposal)
        panel = head.implementation
        assert _tab_shown(head) and panel.visible_buttons() == ["start"]
        assert _window(qtbot, o, o.official, proposal).implementation.visible_buttons() == []

        def start(dialog) -> None:
            for row in range(dialog.people.count()):
                entry = dialog.people.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) == implementer:
                    entry.setCheckState(Qt.CheckState.Checked)
            assert dialog.chosen() == [implementer]
            dialog.accept()

        on_modal(start)
        panel.act("start")
        settle(qtbot)
        assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.IMPLEMENTING
        assert panel.status.text().startswith("Đang thực hiện — bắt đầu 15/01/2026; người thực hiện: K'Brơi Ngọc Sơn")
        assert set(panel.visible_buttons()) == {"finish", "adjust", "suspend", "stop"}
    with at(date(2026, 1, 28), 10):
        mine = _window(qtbot, o, o.official, proposal).implementation
        assert set(mine.visible_buttons()) == {"progress", "difficulty", "finish"}
        refused: list[str] = []

        def progress(dialog) -> None:
            dialog.indicator.setCurrentIndex(0)
            dialog.amount.setText("bốn mươi lăm")
            dialog.accept()
            refused.append(dialog.error.text())
            assert dialog.isVisible() and o.ctx.db["progress_updates"].count == 0  # nothing written
            dialog.amount.setText("45")
            dialog.accept()

        on_modal(progress)
        mine.act("progress")
        settle(qtbot)
        assert refused and "không phải là một số" in refused[0]
        assert mine.table.item(0, 4).text() == "45" and mine.table.item(0, 7).text() == "Đạt"
        assert panel.table.item(0, 4).text() == "45"  # the head's open window followed the change notice
    with at(ENDED_ON, 16):
        on_modal(lambda dialog: dialog.accept())
        mine.act("finish")
        settle(qtbot)
        assert "hạn báo cáo kết quả: 06/02/2026" in mine.dates.text() and "QUÁ HẠN" not in mine.dates.text()
        assert mine.visible_buttons() == ["progress", "difficulty", "report"]
    with at(date(2026, 2, 10), 9):  # two working days after the limit: a window opened now marks it overdue
        mine = _window(qtbot, o, o.official, proposal).implementation
        assert "QUÁ HẠN" in mine.dates.text()

        def report(dialog) -> None:
            dialog.explanation.setPlainText("Chỉ tiêu 2 chưa có số liệu do chưa tổng hợp.")
            dialog.accept()

        on_modal(report)
        mine.act("report")
        settle(qtbot)
        assert mine.report_line.text().startswith("Báo cáo kết quả ngày 10/02/2026: đạt 1/2 chỉ tiêu — Muộn 2 ngày")
        assert "print_report" in mine.visible_buttons()


def test_the_head_concludes_seeing_the_ruling_in_plain_words(qtbot, o, on_modal):
    from ..services.implementation_support import reported

    proposal = reported(o)
    with at(date(2026, 2, 5)):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất.")
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=EVALUATED_ON, on=date(2026, 2, 6))
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, meeting)
    with at(date(2026, 2, 11), 9):
        window = _window(qtbot, o, o.head, proposal)
        panel = window.implementation
        assert "evaluate" in panel.visible_buttons()
        assert window.review_bar.receipt_line.text() == ("Ý kiến cấp ủy về kết quả thực hiện: Đảng ủy xã Di Linh, "
                                                         "ngày 05/02/2026: đồng ý.")
        seen: list[str] = []

        def conclude(dialog) -> None:
            assert dialog.results[ResultClass.COMPLETED].isChecked()  # what the report's numbers say
            seen.append(dialog.ruling.text())  # the abuse question not answered yet
            dialog.no_abuse.setChecked(True)
            seen.append(dialog.ruling.text())
            dialog.conditions[Condition.NO_SELF_INTEREST].setChecked(False)
            seen.append(dialog.ruling.text())
            dialog.conditions[Condition.NO_SELF_INTEREST].setChecked(True)
            dialog.accept()

        on_modal(conclude)
        panel.act("evaluate")
        settle(qtbot)
        assert seen[0].startswith("Chưa đủ căn cứ")
        assert seen[1].startswith("Không bị xem xét trách nhiệm; được xem xét khen thưởng")
        assert seen[2].startswith("Không được bảo vệ vì không bảo đảm điều kiện")
        assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.EVALUATED
        assert panel.ruling_line.text().startswith("Kết luận số 01/TB-UBND ngày 11/02/2026: Hoàn thành.")
        assert "khen thưởng" in panel.ruling_line.text() and "print_evaluation" in panel.visible_buttons()
        box = window_as(qtbot, o, o.head, meeting).item_panel(proposal.ref).evaluation
        assert box.isVisibleTo(box.window()) and box.line.text().startswith("Thông báo số 01/TB-UBND")
