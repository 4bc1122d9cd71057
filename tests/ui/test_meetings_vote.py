"""Issue 8's acceptance through the meeting screens: convening a council for a broad proposal, attendance and the
quorum shown live, the vote by the rule as it is entered (3–2, 2–2 and the head's side), the proposer-deputy, and
the head's written override after a failed vote."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingKind, Seat
from lamdong_desktop.services import meetings, proposals
from lamdong_desktop.ui.meetings.convene_dialog import ConveneDialog
from lamdong_desktop.ui.meetings.list_view import MeetingsView

from ..services.meeting_support import COUNCIL, EVERYONE, LEADERSHIP, attend, convene, office, received, vote
from .meeting_support import current, mark_button, meeting_clock, second_window, window_as

BELOW = "Chưa đủ số thành viên có mặt (3/5, cần ít nhất 4): không tiến hành biểu quyết."


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def test_the_head_convenes_a_council_for_a_broad_proposal_and_a_leadership_meeting_is_refused(qtbot, o):
    broad = received(o, broad=True)
    view = MeetingsView(o.ctx, o.head)
    qtbot.addWidget(view)
    assert view.convene_button.isVisibleTo(view) and view.meetings_shown() == []
    dialog = ConveneDialog(o.ctx, o.head)
    qtbot.addWidget(dialog)
    assert dialog.chosen_kind() is MeetingKind.LEADERSHIP
    assert dialog.title.text() == "Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo"
    dialog.starts.setDateTime(QDateTime(QDate(2026, 1, 12), QTime(8, 0)))
    for name, seat, head in LEADERSHIP:
        dialog.set_member(name, Seat(seat), is_head=head)
    assert dialog.check_line.text().startswith("3 thành viên biểu quyết, một thư ký ghi biên bản: hợp lệ.")
    assert "(phạm vi rộng, phức tạp" in dialog.agenda.item(0).text()
    dialog.set_agenda([broad.id])
    dialog.accept()  # a broad proposal before a leadership meeting: the service's refusal, in the dialog
    assert dialog.error.isVisibleTo(dialog) and dialog.value is None
    assert "Hội đồng đánh giá" in dialog.error.text() and broad.ref in dialog.error.text()
    assert meetings.list_meetings(o.ctx, actor=o.head) == []

    dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.COUNCIL.value))
    assert dialog.title.text() == "Phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo"
    assert "5 đến 9" in dialog.check_line.text() or "5–9" in dialog.check_line.text()  # 3 members are too few
    assert "hợp lệ" not in dialog.check_line.text()
    for name, seat, head in COUNCIL:
        dialog.set_member(name, Seat(seat), is_head=head)
    assert dialog.check_line.text() == ("Hội đồng 5 thành viên (quy định 5–9): hợp lệ. Biểu quyết khi có mặt ít nhất "
                                        "4 người (2/3 số thành viên).")
    dialog.accept()
    meeting = dialog.value
    assert meeting is not None and dialog.result() == dialog.DialogCode.Accepted
    assert meeting.kind is MeetingKind.COUNCIL and [i.ref for i in meeting.items] == [broad.ref]
    assert meeting.invitation_ref == "01/GM-UBND" and len(meeting.members) == 5
    assert proposals.get(o.ctx, broad.id, actor=o.head).state is State.SCHEDULED
    # The list heard of it through the change notice.
    shown = view.meetings_shown()
    assert [m.id for m in shown] == [meeting.id]
    assert view.model.index(0, 1).data() == "Hội đồng đánh giá" and view.model.index(0, 3).data() == broad.ref


def test_below_the_quorum_voting_is_refused_then_three_to_two_passes_as_it_is_entered(qtbot, o, on_modal):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    window = window_as(qtbot, o, o.secretary, meeting)
    window.tabs.setCurrentWidget(window.attendance)
    assert "Có mặt 0/5 thành viên; cần 4" in window.attendance.quorum_line.text()
    for name in EVERYONE[:3]:
        mark_button(window, meeting, name, "present").click()
    for name in EVERYONE[3:]:
        on_modal(lambda d: (d.reason.setPlainText("Đi công tác"), d.accept()))
        mark_button(window, meeting, name, "absent").click()
        qtbot.waitUntil(lambda n=name: window.attendance.attendance_shown()[n] == "Vắng mặt")
    quorum = window.attendance.quorum_line.text()
    assert quorum.startswith("Có mặt 3/5 thành viên; cần 4 (ít nhất 2/3 thành viên).") and "CHƯA ĐỦ" in quorum
    votes = window.item_panel(broad.ref).votes
    assert votes.live_line.text() == BELOW  # the services' own refusal, word for word
    assert not any(votes.radio(n, c).isEnabled() for n in EVERYONE for c in ("for", "against", "abstain"))
    assert not votes.choose("Nguyễn Văn Hùng", "for") and not votes.save_button.isEnabled()

    for name in EVERYONE[3:]:
        mark_button(window, meeting, name, "present").click()
    assert "Đủ số thành viên để biểu quyết." in window.attendance.quorum_line.text()
    votes = window.item_panel(broad.ref).votes
    assert votes.live_line.text() == "Theo các phiếu đang nhập: chưa có phiếu nào."
    for name, choice in zip(EVERYONE, ["for", "for", "against", "for"], strict=False):
        assert votes.choose(name, choice)
    assert votes.live_line.text() == ("Theo các phiếu đang nhập: 3 tán thành, 1 không tán thành, 0 không biểu quyết "
                                      "(75% tán thành) — tạm tính THÔNG QUA; còn 1 thành viên chưa biểu quyết.")
    assert votes.choose("Hoàng Đức Long", "against")
    assert votes.live_line.text() == ("Theo các phiếu đang nhập: 3 tán thành, 2 không tán thành, 0 không biểu quyết "
                                      "(60% tán thành) — THÔNG QUA.")
    assert votes.stored_line.text() == "Kết quả đã ghi: chưa có phiếu nào."  # nothing recorded before “Ghi”
    assert votes.save()
    assert votes.stored_line.text() == ("Kết quả đã ghi: 3 tán thành, 2 không tán thành, 0 không biểu quyết (60% tán "
                                        "thành) — THÔNG QUA.")
    stored = o.ctx.db.execute("SELECT vote_state, for_count, against_count FROM meeting_items").fetchone()
    assert tuple(stored) == ("passed", 3, 2)


@pytest.mark.parametrize("head_choice, result", [("for", "THÔNG QUA"), ("against", "KHÔNG THÔNG QUA")])
def test_two_to_two_follows_the_heads_side_and_the_proposer_deputy_cannot_vote(qtbot, o, head_choice, result):
    own = received(o, by=o.leader, title="Số hóa hồ sơ đất đai của xã")
    meeting = attend(o, convene(o, [own.id]), EVERYONE)
    votes = window_as(qtbot, o, o.secretary, meeting).item_panel(own.ref).votes
    for choice in ("for", "against", "abstain"):  # Hương proposed it: she attends, she does not vote
        radio = votes.radio("Ka Thị Hương", choice)
        assert not radio.isEnabled() and "Điều 8" in radio.toolTip()
    assert votes.table.item(1, 5).text() == ("Người đề xuất: không tham gia biểu quyết (Nghị định 73/2023/NĐ-CP, "
                                             "khoản 1 Điều 8)")
    other = "against" if head_choice == "for" else "for"
    for name, choice in (("Nguyễn Văn Hùng", head_choice), ("Đinh Công Thành", head_choice),
                         ("Trần Thị Mai", other), ("Hoàng Đức Long", other)):
        assert votes.choose(name, choice)
    side = "tán thành" if head_choice == "for" else "không tán thành"
    assert votes.live_line.text() == (
        f"Theo các phiếu đang nhập: 2 tán thành, 2 không tán thành, 0 không biểu quyết (50% tán thành) — {result}. "
        f"Số phiếu tán thành bằng một nửa số thành viên biểu quyết; quyết định theo ý kiến người đứng đầu đã biểu "
        f"quyết ({side}).")
    assert votes.save()
    item = current(o, meeting).items[0]
    assert item.outcome.complete and item.outcome.passed is (head_choice == "for")
    assert result in votes.stored_line.text()


def test_after_a_failed_vote_the_head_approves_in_writing_with_a_reason(qtbot, o, on_modal):
    own = received(o, by=o.leader, title="Số hóa hồ sơ đất đai của xã")
    meeting = attend(o, convene(o, [own.id]), EVERYONE)
    secretary = window_as(qtbot, o, o.secretary, meeting)
    assert secretary.item_panel(own.ref).votes.override_button.isHidden()  # the head's alone
    vote(o, meeting, own, {"Nguyễn Văn Hùng": "against", "Đinh Công Thành": "against", "Trần Thị Mai": "for",
                           "Hoàng Đức Long": "for"})
    window = window_as(qtbot, o, o.head, meeting)  # the same registry: the secretary's window gave way
    assert not secretary.isVisible()
    votes = window.item_panel(own.ref).votes
    assert "KHÔNG THÔNG QUA" in votes.stored_line.text()
    assert votes.override_button.isVisibleTo(window) and votes.override_button.isEnabled()
    assert votes.save_button.isHidden()  # the head does not record ballots
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        dialog.accept()  # no reason: refused, the dialog stays open with the message
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()
        dialog.reason.setPlainText("Cần thiết và khả thi; cấp ủy đã thống nhất chủ trương.")
        dialog.accept()

    on_modal(fill)
    dialog = votes.override()
    assert dialog is not None and seen["open"] and "lý do" in str(seen["error"]).lower()
    votes = window.item_panel(own.ref).votes
    assert votes.stored_line.text().endswith(
        "Người đứng đầu đã phê duyệt bằng văn bản: Cần thiết và khả thi; cấp ủy đã thống nhất chủ trương.")
    assert not votes.override_button.isEnabled()
    assert current(o, meeting).items[0].vote_passed
    box = window.item_panel(own.ref).decision
    # The decision follows the close: disabled, with the reason, while the meeting is open.
    assert box.decide_button.isVisibleTo(window) and not box.decide_button.isEnabled()
    assert "Cuộc họp chưa kết thúc (chưa lập biên bản)" in box.line.text()
    secretary = second_window(qtbot, o, o.secretary, meeting)
    on_modal(lambda d: d.accept())
    secretary.close_meeting()
    box = window.item_panel(own.ref).decision
    assert box.decide_button.isVisibleTo(window) and box.decide_button.isEnabled()
