"""What waits for the start, and what waits for the close, in the meeting window.

Fault: the window offered attendance and ballots before the meeting's start time, and the decision while the
meeting was still open; the services refused with a message only after the click. Now those controls are shown
disabled with the reason beside them — the domain's one rule (``domain.meetings.refusal``), the one the services
raise — and are enabled once the start has passed (the window re-checks when it refreshes: a change notice, or its
timer at the start time) or once the meeting is closed. The clock is pinned: nothing here waits for real time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.meetings import Step
from lamdong_desktop.messages.sessions import refusal_words
from lamdong_desktop.services import meeting_records

from ..services.meeting_support import EVERYONE, at, attend, close, convene, office, received, vote
from .meeting_support import DAY, current, mark_button, second_window, window_as

BEFORE = "Cuộc họp bắt đầu lúc 08:00 ngày 12/01/2026; chưa thể {step}."
NOT_CLOSED = ("Cuộc họp chưa kết thúc (chưa lập biên bản): kết thúc cuộc họp và lập biên bản trước khi ban hành "
              "quyết định.")


@pytest.fixture
def o(demo):
    return office(*demo)


def _council(o):
    """A broad proposal on a council convened at 07:00 for 08:00 on DAY (tests.services.meeting_support)."""
    broad = received(o, broad=True)
    return broad, convene(o, [broad.id])


def _marks(window) -> list[QPushButton]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the buttons a refresh replaced
    return [b for b in window.findChildren(QPushButton) if b.objectName().startswith(("present-", "absent-"))]


def test_before_the_start_attendance_ballots_scores_and_the_close_are_disabled_with_the_reason(qtbot, o):
    broad, meeting = _council(o)
    with at(DAY, 7, 30):
        window = window_as(qtbot, o, o.secretary, meeting)
        with pytest.raises(ValidationError) as err:  # what the service says to the same mark, at the same time
            meeting_records.attend(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                   member_id=meeting.members[0].id, attendance="present")
    attendance = window.attendance
    # Attendance: the buttons are there (the secretary will use them) but disabled, and the reason is shown.
    assert attendance.note.isVisibleTo(window) and attendance.note.text() == BEFORE.format(step="điểm danh")
    assert attendance.note.text() == refusal_words(Step.ATTEND, err.value)  # one rule for both
    marks = _marks(window)
    assert len(marks) == 2 * len(EVERYONE) and not any(b.isEnabled() for b in marks)
    assert {b.toolTip() for b in marks} == {BEFORE.format(step="điểm danh")}
    assert attendance.all_present_button.isVisibleTo(window) and not attendance.all_present_button.isEnabled()
    assert not attendance.mark_rest_present()  # as the disabled button: nothing is sent
    # Ballots, scores, the item's text and the minutes: the same.
    panel = window.item_panel(broad.ref)
    window.tabs.setCurrentWidget(panel)  # the proposal's tab, its vote first
    votes = panel.votes
    assert votes.waiting_line.isVisibleTo(window) and votes.waiting_line.text() == BEFORE.format(
        step="ghi biểu quyết")
    assert not any(r.isEnabled() for r in votes.radios[meeting.members[0].id].values())
    assert votes.save_button.isVisibleTo(window) and not votes.save_button.isEnabled()
    assert panel.scores.note.text() == BEFORE.format(step="chấm điểm")
    assert panel.text.first.isReadOnly() and panel.text.note.text() == BEFORE.format(step="ghi biên bản")
    window.tabs.setCurrentWidget(window.minutes)
    assert window.minutes.text.first.isReadOnly()
    assert window.minutes.text.note.text() == BEFORE.format(step="ghi biên bản")
    assert window.minutes.opinions.add_button.isVisibleTo(window)
    assert not window.minutes.opinions.add_button.isEnabled()
    assert window.minutes.opinions.add_button.toolTip() == BEFORE.format(step="ghi ý kiến")
    assert window.close_meeting_button.isVisibleTo(window) and not window.close_meeting_button.isEnabled()
    assert window.close_meeting_button.toolTip() == BEFORE.format(step="kết thúc cuộc họp")
    assert window.start_timer.isActive()  # it will look again at the start
    assert current(o, meeting).members[0].attendance is None  # nothing was recorded
    # The head's adjournment waits for the start too.
    with at(DAY, 7, 30):
        head = second_window(qtbot, o, o.head, meeting)
    assert head.adjourn_button.isVisibleTo(head) and not head.adjourn_button.isEnabled()
    assert head.adjourn_button.toolTip() == BEFORE.format(step="hoãn cuộc họp")


def test_at_the_start_the_window_enables_them_by_its_timer(qtbot, o):
    broad, meeting = _council(o)
    with at(DAY, 7, 55):
        window = window_as(qtbot, o, o.secretary, meeting)
    assert not any(b.isEnabled() for b in _marks(window)) and window.start_timer.isActive()
    with at(DAY, 8, 0):  # the start: the timer's shot (fired here at once: the clock is pinned, not waited for)
        window.start_timer.timeout.emit()
        attendance = window.attendance
        assert attendance.note.text() == "Mỗi lần điểm danh được ghi ngay; số thành viên có mặt tính lại theo đó."
        assert attendance.all_present_button.isEnabled() and not window.start_timer.isActive()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the buttons it replaced
        present = mark_button(window, meeting, "Nguyễn Văn Hùng", "present")
        assert present is not None and present.isEnabled() and present.toolTip() == ""
        present.click()
        assert current(o, meeting).members[0].present
        votes = window.item_panel(broad.ref).votes
        assert votes.waiting_line.isHidden()
        assert not window.minutes.text.first.isReadOnly() and window.minutes.opinions.add_button.isEnabled()


def test_a_change_notice_after_the_start_enables_them_in_every_open_window(qtbot, o):
    broad, meeting = _council(o)
    with at(DAY, 7, 50):
        early = window_as(qtbot, o, o.secretary, meeting)
    assert not any(b.isEnabled() for b in _marks(early))
    with at(DAY, 8, 5):
        other = second_window(qtbot, o, o.secretary, meeting)  # another session of the office, opened after 08:00
        assert other.attendance.mark_rest_present()  # its write is announced; the early window refreshes
        assert "Có mặt 5/5" in early.attendance.quorum_line.text()
        early_votes = early.item_panel(broad.ref).votes
        assert early_votes.waiting_line.isHidden()
        assert early_votes.choose("Nguyễn Văn Hùng", "for")  # the ballots are open in the early window too
        assert early_votes.save() and not early.dirty
        assert early.close_meeting_button.isEnabled() and early.close_meeting_button.toolTip() == ""
        assert not early.start_timer.isActive()


def test_the_decision_waits_for_the_close_with_the_reason_then_opens(qtbot, o, on_modal):
    broad, meeting = _council(o)
    attend(o, meeting, EVERYONE)
    with at(DAY, 8, 30):
        head = window_as(qtbot, o, o.head, meeting)
    box = head.item_panel(broad.ref).decision
    assert not box.decide_button.isEnabled() and box.line.text().startswith("Chưa có văn bản. Văn bản ra sau khi "
                                                                            "biểu quyết xong")
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    with at(DAY, 9, 10):
        head.reload()
    box = head.item_panel(broad.ref).decision
    assert box.decide_button.isVisibleTo(head) and not box.decide_button.isEnabled()
    assert box.line.text() == f"Chưa có văn bản. {NOT_CLOSED}" and box.decide_button.toolTip() == NOT_CLOSED
    with at(DAY, 9, 20):
        secretary = second_window(qtbot, o, o.secretary, meeting)
        on_modal(lambda d: d.accept())
        secretary.close_meeting()
    box = head.item_panel(broad.ref).decision  # the head's window heard of the close
    assert box.decide_button.isEnabled() and "Cuộc họp chưa kết thúc" not in box.line.text()
    assert "Biên bản số 01/BB-HĐĐG" in head.info.text()


def test_a_meeting_closed_in_the_service_is_decided_from_a_window_opened_after(qtbot, o):
    broad, meeting = _council(o)
    attend(o, meeting, EVERYONE)
    vote(o, meeting, broad, dict.fromkeys(EVERYONE, "for"))
    close(o, meeting, hour=9, minute=30)
    with at(DAY, 10):
        head = window_as(qtbot, o, o.head, meeting)
    box = head.item_panel(broad.ref).decision
    assert box.decide_button.isEnabled() and box.decide_button.toolTip().startswith("Quyết định phê duyệt")
    assert not head.start_timer.isActive()
