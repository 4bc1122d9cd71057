"""Deciding and signing through the meeting window: the decision waits for the close (the minutes it cites are
numbered then); the numbered decision reaches the open proposal window and the queue without reopening anything;
a signed scan shows “Đã ký”, opens in one click and locks every edit control; the queue and the proposal window
open the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QRadioButton

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import Outcome
from lamdong_desktop.services import decisions, proposals, review
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.meetings.window import MeetingWindow
from lamdong_desktop.ui.meetings.windows import open_windows
from lamdong_desktop.ui.shared import dialogs as shared_dialogs
from tests.files_support import pdf_bytes, write_pdf

from ..services.meeting_support import EVERYONE, attend, close, convene, office, received, vote
from .meeting_support import current, meeting_clock, second_window, window_as


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def _main(qtbot, o, actor) -> MainWindow:
    window = MainWindow(o.ctx, actor)
    qtbot.addWidget(window)
    window.show()
    return window


def _settled(qtbot, operation) -> None:
    """Wait for a background write (attaching a scan) and check it succeeded."""
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    assert operation.succeeded


def _passed(o, *, closed=True, **kw):
    """A broad proposal passed 3–2 by a council at 09:00; the secretary closes the meeting then (``closed``)."""
    broad = received(o, broad=True, **kw)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    return broad, close(o, meeting, hour=9) if closed else meeting


def test_deciding_in_the_meeting_window_updates_the_open_proposal_window_and_the_queue(qtbot, o, on_modal):
    broad, meeting = _passed(o, closed=False)
    main = _main(qtbot, o, o.head)
    queue = main.area_widget("queue")
    assert (ItemKind.DECIDE, broad.id) in {(i.kind, i.proposal_id) for i in queue.items()}
    proposal_window = main.open_proposal(broad.id)
    qtbot.addWidget(proposal_window)
    line = proposal_window.meetings_line
    assert line.isVisibleTo(proposal_window)
    assert line.line.text() == "Đưa ra họp: Hội đồng đánh giá 12/01/2026 (Đang họp)."
    window = line.open_latest()  # one click from the proposal to its meeting
    assert isinstance(window, MeetingWindow) and window.meeting.id == meeting.id
    box = window.item_panel(broad.ref).decision
    # The vote passed, but the meeting is still open: the decision waits for the minutes' number, and says so.
    waiting = ("Cuộc họp chưa kết thúc (chưa lập biên bản): kết thúc cuộc họp và lập biên bản trước khi ban hành "
               "quyết định.")
    assert box.decide_button.isVisibleTo(window) and not box.decide_button.isEnabled()
    assert box.line.text() == "Chưa có văn bản. " + waiting and box.decide_button.toolTip() == waiting
    assert box.decide() is None  # nothing opens while it waits
    secretary = second_window(qtbot, o, o.secretary, meeting)  # the secretary closes the meeting in her window
    on_modal(lambda d: d.accept())
    secretary.close_meeting()
    box = window.item_panel(broad.ref).decision  # the head's window followed the change notice
    assert box.decide_button.isEnabled() and box.line.text() == (
        "Chưa có văn bản: người đứng đầu ra quyết định hoặc thông báo kết luận.")
    assert "Biên bản số 01/BB-HĐĐG" in window.info.text()

    def fill(dialog) -> None:
        assert dialog.chosen_outcome().value == "approve"  # the vote passed
        assert dialog.signature.text() == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
        dialog.accept()

    on_modal(fill)
    box.decide()
    assert proposals.get(o.ctx, broad.id, actor=o.head).state is State.APPROVED
    box = window.item_panel(broad.ref).decision
    assert box.line.text().startswith("Quyết định số 01/QĐ-UBND ngày 12/01/2026: Phê duyệt. Về việc phê duyệt đề xuất")
    assert box.signed_line.text() == "Chưa ký: in, trình ký rồi đính kèm bản đã ký."
    assert box.decide_button.isHidden()
    assert window.tabs.tabText(window.tabs.indexOf(window.item_panel(broad.ref))) == f"{broad.ref} ✓"
    # Neither the proposal window nor the queue was reopened: both followed the change notices.
    assert "Đã phê duyệt" in proposal_window.status_line.text()
    assert line.line.text().endswith("Văn bản số 01/QĐ-UBND: Phê duyệt (Chưa ký).")
    assert (ItemKind.DECIDE, broad.id) not in {(i.kind, i.proposal_id) for i in queue.items()}
    main.close()
    assert open_windows(o.ctx) == []  # the main window closes the meeting windows with it


def test_a_refused_decision_says_why_in_the_dialog_and_takes_no_number(qtbot, o, on_modal):
    broad, meeting = _passed(o, opinion=False)
    window = window_as(qtbot, o, o.head, meeting)
    box = window.item_panel(broad.ref).decision
    seen: list[str] = []

    def fill(dialog) -> None:
        dialog.accept()  # approval without the party committee's opinion: refused
        seen.append(dialog.error.text())
        # The vote passed: a rejection would go against it, and no opinion of the committee disagrees.
        assert not dialog.outcomes[Outcome.REJECT].isEnabled() and "thông qua" in dialog.refusal.text()
        assert dialog.outcomes[Outcome.APPROVE].isEnabled()  # the missing opinion can still be recorded
        dialog.choose("reject")  # chosen anyway (by a script): the service still refuses it
        assert dialog.reasons_label.text() == "Lý do (bắt buộc):"
        dialog.accept()  # a rejection without its reasons
        seen.append(dialog.error.text())
        dialog.reasons.setPlainText("Chưa có ý kiến của cấp ủy; phạm vi ảnh hưởng lớn.")
        dialog.accept()  # the vote passed and the committee did not disagree: a rejection goes against it
        seen.append(dialog.error.text())
        dialog.reject()  # the head gives up: the dialog always has a way out

    on_modal(fill)
    dialog = box.decide()
    assert dialog.value is None
    assert "cấp ủy" in seen[0] and "lý do" in seen[1].lower() and "thông qua" in seen[2]
    numbers = [r[0] for r in o.ctx.db.execute("SELECT doc_type FROM register_entries ORDER BY rowid")]
    assert numbers == ["GM", "BB"]  # the invitation, the minutes at the close; the refusals took no number
    assert not window.item_panel(broad.ref).decision.line.text().startswith("Thông báo")


def test_the_committees_disagreement_leaves_only_a_return_or_a_rejection(qtbot, o, on_modal):
    broad, meeting = _passed(o)
    with meeting_clock():
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=broad.id, opinion_on=None,
                                    body="Đảng ủy xã Di Linh", text="Chưa đồng ý chủ trương.", stance="khong dong y")
    window = window_as(qtbot, o, o.head, meeting)
    box = window.item_panel(broad.ref).decision
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["enabled"] = {o.value for o, radio in dialog.outcomes.items() if radio.isEnabled()}
        seen["chosen"] = dialog.chosen_outcome().value
        seen["why"] = dialog.refusal.text()
        seen["tip"] = dialog.outcomes[Outcome.APPROVE].toolTip()
        dialog.reject()

    on_modal(look)
    box.decide()
    assert seen["enabled"] == {"return", "reject"} and seen["chosen"] == "reject"
    assert "không đồng ý" in str(seen["why"]) and "không đồng ý" in str(seen["tip"])


def test_a_signed_scan_shows_signed_opens_in_one_click_and_locks_every_control(qtbot, o, on_modal, answer_yes,
                                                                               tmp_path, monkeypatch):
    broad, meeting = _passed(o, closed=False)
    window = window_as(qtbot, o, o.secretary, meeting)
    assert window.close_meeting_button.isVisibleTo(window) and window.attach_button.isHidden()
    on_modal(lambda d: d.accept())
    window.close_meeting()
    assert "Biên bản số 01/BB-HĐĐG" in window.info.text()
    assert window.signed_line.text() == "Biên bản: Chưa ký — in biên bản, trình ký rồi đính kèm bản đã ký."
    assert window.attach_button.isVisibleTo(window) and window.close_meeting_button.isHidden()
    with meeting_clock():
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                                   signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    scan = tmp_path / "bien-ban-da-ky.pdf"
    write_pdf(scan, "signed minutes")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    _settled(qtbot, window.attach_signed_minutes(scan))
    assert window.signed_line.text() == "Biên bản: Đã ký" and window.scan_button.isVisibleTo(window)
    assert "biên bản đã ký" in window.info.text()
    path = window.open_minutes_scan()
    assert path is not None and path.read_bytes() == pdf_bytes("signed minutes") and opened == [str(path)]
    # Every edit control is disabled or gone.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the replaced attendance buttons
    assert [b for b in window.findChildren(QPushButton) if b.objectName().startswith(("present-", "absent-"))] == []
    panel = window.item_panel(broad.ref)
    assert not any(r.isEnabled() for r in panel.findChildren(QRadioButton))
    assert panel.votes.save_button.isHidden() and panel.text.save_button.isHidden()
    grid = panel.scores.model
    assert not any(grid.editable(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount()))
    assert window.minutes.text.first.isReadOnly() and window.minutes.opinions.add_button.isHidden()
    for button in (window.attach_button, window.adjourn_button, window.close_meeting_button):
        assert button.isHidden()
    assert current(o, meeting).locked
    # The decision is signed in its own right.
    box = panel.decision
    assert box.attach_button.isVisibleTo(window) and box.scan_button.isHidden()
    decision_scan = tmp_path / "qd-da-ky.pdf"
    write_pdf(decision_scan, "signed decision")
    _settled(qtbot, box.attach_signed(decision_scan))
    box = window.item_panel(broad.ref).decision
    assert box.signed_line.text() == "Đã ký" and box.scan_button.isVisibleTo(window)
    assert box.attach_button.isHidden()
    assert box.open_scan().read_bytes() == pdf_bytes("signed decision")
    assert decisions.get(o.ctx, decided.id, actor=o.head).locked


def test_the_queue_opens_the_secretarys_meeting_and_closing_numbers_its_minutes(qtbot, o, on_modal):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    main = _main(qtbot, o, o.secretary)
    queue = main.area_widget("queue")
    item = next(i for i in queue.items() if i.meeting_id == meeting.id)
    assert item.kind is ItemKind.MINUTES and item.proposal_id == broad.id  # yet it opens the meeting
    window = queue.open_item(item)
    assert isinstance(window, MeetingWindow) and window.meeting.id == meeting.id
    window.attendance.mark_rest_present()
    assert "Có mặt 5/5" in window.attendance.quorum_line.text()
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for"] * 5, strict=True)))
    on_modal(lambda d: d.accept())
    window.close_meeting()
    item = next(i for i in queue.items() if i.meeting_id == meeting.id)  # the queue followed: now to be signed
    assert item.kind is ItemKind.SIGN
    assert queue.open_item(item) is window  # one window per meeting


def test_closing_the_meeting_window_asks_about_ballots_not_yet_recorded(qtbot, o, monkeypatch):
    from lamdong_desktop.ui.meetings import dialogs

    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    window = window_as(qtbot, o, o.secretary, meeting)
    votes = window.item_panel(broad.ref).votes
    assert votes.choose("Nguyễn Văn Hùng", "for") and window.dirty
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent: asked.append("?") or shared_dialogs.CANCEL)
    assert not window.close() and window.isVisible()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _parent: asked.append("?") or shared_dialogs.SAVE)
    assert window.close()
    assert asked == ["?", "?"]
    assert current(o, meeting).items[0].ballots == {meeting.members[0].id: "for"}


def test_a_file_that_is_no_scan_is_refused_before_confirming_and_nothing_is_kept(qtbot, o, answer_yes, errors_shown,
                                                                                   tmp_path):
    broad, meeting = _passed(o)  # voted and closed
    with meeting_clock():
        decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                         signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch")
    window = window_as(qtbot, o, o.secretary, meeting)
    rows = o.ctx.db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    fake = tmp_path / "bien-ban-da-ky.pdf"
    fake.write_text("đã ký", encoding="utf-8")  # five bytes of text, named .pdf
    box = window.item_panel(broad.ref).decision
    assert box.attach_button.isVisibleTo(window)
    assert window.attach_signed_minutes(fake) is None and box.attach_signed(fake) is None
    assert answer_yes == []  # refused before anyone is asked to confirm
    words = "Tệp “bien-ban-da-ky.pdf” mang đuôi “.pdf” nhưng nội dung không phải tệp PDF."
    assert len(errors_shown) == 2 and all(e.startswith(words) for e in errors_shown)
    assert o.ctx.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == rows
    assert not current(o, meeting).locked and window.attach_button.isVisibleTo(window)
    assert window.signed_line.text().startswith("Biên bản: Chưa ký")
