"""The agenda after convening: the head adds a received proposal, or takes one off with a reason."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.services import meetings, proposal_history, proposals
from lamdong_desktop.ui.meetings.agenda import AddItemDialog, RemoveItemDialog
from lamdong_desktop.ui.shared import messages

from ..services.meeting_support import LEADERSHIP, convene, office, received
from .meeting_support import meeting_clock, second_window, window_as


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def _answer(monkeypatch, fill):
    seen = []

    def run(dialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.value is not None

    monkeypatch.setattr(messages, "run_dialog", run)
    return seen


def test_the_head_adds_a_received_proposal_and_takes_one_off_with_a_reason(qtbot, o, monkeypatch):
    first = received(o)
    later = received(o, title="Số hóa hồ sơ đất đai")
    meeting = convene(o, [first.id], kind="leadership", seats=LEADERSHIP)
    window = window_as(qtbot, o, o.head, meeting)
    assert window.add_item_button.isVisibleTo(window) and window.remove_item_button.isVisibleTo(window)

    def pick_later(dialog: AddItemDialog) -> None:
        assert [dialog.proposal.itemData(i) for i in range(dialog.proposal.count())] == [later.id]
        assert dialog.windowTitle() == "Thêm đề xuất vào chương trình họp"

    _answer(monkeypatch, pick_later)
    window.add_item()
    assert [i.proposal_id for i in meetings.get(o.ctx, meeting.id, actor=o.head).items] == [first.id, later.id]
    assert proposals.get(o.ctx, later.id, actor=o.head).state is State.SCHEDULED
    assert later.ref in [window.tabs.tabText(i) for i in range(window.tabs.count())]  # the change notice

    def without_reason(dialog: RemoveItemDialog) -> None:
        dialog.proposal.setCurrentIndex(dialog.proposal.findData(first.id))

    seen = _answer(monkeypatch, without_reason)
    window.remove_item()
    assert seen[0].value is None and "lý do" in seen[0].error.text()  # refused: nothing changed
    assert proposals.get(o.ctx, first.id, actor=o.head).state is State.SCHEDULED

    def with_reason(dialog: RemoveItemDialog) -> None:
        dialog.proposal.setCurrentIndex(dialog.proposal.findData(first.id))
        dialog.reason.setPlainText("Chờ bổ sung ý kiến của Chi nhánh Văn phòng đăng ký đất đai")

    _answer(monkeypatch, with_reason)
    window.remove_item()
    assert [i.proposal_id for i in meetings.get(o.ctx, meeting.id, actor=o.head).items] == [later.id]
    assert proposals.get(o.ctx, first.id, actor=o.head).state is State.RECEIVED
    history = proposal_history.transitions(o.ctx, first.id, actor=o.head)
    assert history[-1].reason == "Chờ bổ sung ý kiến của Chi nhánh Văn phòng đăng ký đất đai"


def test_a_broad_proposal_is_refused_for_a_leadership_meeting_with_the_services_message(qtbot, o, monkeypatch):
    first = received(o)
    broad = received(o, title="Chuyển đổi số toàn xã", broad=True)
    meeting = convene(o, [first.id], kind="leadership", seats=LEADERSHIP)
    window = window_as(qtbot, o, o.head, meeting)

    def pick_broad(dialog: AddItemDialog) -> None:
        dialog.proposal.setCurrentIndex(dialog.proposal.findData(broad.id))
        assert "chỉ Hội đồng" in dialog.proposal.currentText()

    seen = _answer(monkeypatch, pick_broad)
    window.add_item()
    assert seen[0].value is None and "Hội đồng đánh giá" in seen[0].error.text()
    assert proposals.get(o.ctx, broad.id, actor=o.head).state is State.RECEIVED


def test_only_the_head_changes_the_agenda_and_only_before_the_meeting_is_held(qtbot, o):
    first = received(o)
    meeting = convene(o, [first.id], kind="leadership", seats=LEADERSHIP)
    secretary = second_window(qtbot, o, o.secretary, meeting)
    assert not secretary.add_item_button.isVisibleTo(secretary)
    assert not secretary.remove_item_button.isVisibleTo(secretary)
