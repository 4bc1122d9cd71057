"""A result its evaluation meeting voted down, on screen: the meeting window says the meeting concluded nothing and
offers no conclusion, the proposal's tab says another meeting evaluates it, and the head's agenda dialog of a later
meeting lists it to evaluate again (ND 73/2023 Đ11)."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.services import meetings, proposals
from lamdong_desktop.ui.meetings.agenda import AddItemDialog
from lamdong_desktop.ui.shared import messages

from ..services.implementation_support import LEADERSHIP, put_to_evaluation
from ..services.meeting_support import at, convene, office, received
from .meeting_support import window_as
from .test_implementation_panel import _window


@pytest.fixture
def o(demo):
    return office(*demo)


def test_a_voted_down_evaluation_is_shown_as_such_and_offered_to_a_later_meeting(qtbot, o, monkeypatch):
    proposal, first = put_to_evaluation(o, choice="against")
    other = received(o, title="Số hóa hồ sơ địa chính")  # received: to approve, on the same list
    with at(date(2026, 2, 11), 9):
        box = window_as(qtbot, o, o.head, first).item_panel(proposal.ref).evaluation
        assert box.isVisibleTo(box.window())
        assert box.line.text().startswith("Cuộc họp không thông qua kết quả đánh giá (0/3 tán thành)")
        assert "cuộc họp khác" in box.line.text()
        assert not box.evaluate_button.isEnabled() and box.evaluate() is None
        panel = _window(qtbot, o, o.head, proposal).implementation
        assert "evaluate" not in panel.visible_buttons()
        assert "Cuộc họp ngày 10/02/2026 không thông qua kết quả đánh giá" in panel.evaluation_line.text()
    later = convene(o, [], kind="leadership", seats=LEADERSHIP, day=date(2026, 2, 12), on=date(2026, 2, 11),
                    title="Họp đánh giá lại kết quả thực hiện đề xuất")
    with at(date(2026, 2, 11), 10):
        window = window_as(qtbot, o, o.head, later)
        offered: list[str] = []

        def run(dialog: AddItemDialog) -> bool:
            offered.extend(dialog.proposal.itemText(i) for i in range(dialog.proposal.count()))
            dialog.proposal.setCurrentIndex(dialog.proposal.findData(proposal.id))
            dialog.accept()
            return dialog.value is not None

        monkeypatch.setattr(messages, "run_dialog", run)
        window.add_item()
    assert offered == [
        f"{proposal.ref} — {proposal.summary.title} (đánh giá kết quả thực hiện) — cuộc họp ngày 10/02/2026 không "
        "thông qua, đánh giá lại",
        f"{other.ref} — {other.summary.title}"]
    (item,) = meetings.get(o.ctx, later.id, actor=o.head).items
    assert item.proposal_id == proposal.id and proposals.get(o.ctx, proposal.id, actor=o.head).state is \
        State.EVALUATING
