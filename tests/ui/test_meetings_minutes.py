"""The minutes' text through the meeting window: opinions of members and guests, the presentation and conclusion of
each proposal, the meeting's course and conclusion; adjourning below the quorum."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingState
from lamdong_desktop.services import proposals
from lamdong_desktop.services.minutes import minutes_data

from ..services.meeting_support import EVERYONE, attend, convene, office, received
from .meeting_support import current, meeting_clock, window_as


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def test_the_secretary_records_opinions_and_the_minutes_text(qtbot, o, on_modal):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    window = window_as(qtbot, o, o.secretary, meeting)
    panel = window.item_panel(broad.ref)
    assert panel.opinions.texts() == [] and not panel.opinions.empty.isHidden()

    def member_speaks(dialog) -> None:
        assert dialog.about.currentData() == broad.id  # opened from the proposal's tab
        dialog.speaker.setCurrentIndex(dialog.speaker.findData(meeting.members[2].id))
        dialog.text.setPlainText("Đề nghị làm rõ nguồn kinh phí.")
        dialog.accept()

    on_modal(member_speaks)
    panel.opinions.add()
    panel = window.item_panel(broad.ref)
    assert panel.opinions.texts() == ["Đề nghị làm rõ nguồn kinh phí."]
    assert panel.opinions.list.item(0).text().startswith("Đinh Công Thành (")
    seen: list[str] = []

    def guest_speaks(dialog) -> None:
        dialog.speaker.setCurrentIndex(dialog.speaker.count() - 1)  # a guest
        assert dialog.guest_name.isEnabled()
        dialog.text.setPlainText("Nhân dân thôn 1 đồng tình.")
        dialog.accept()  # no name: refused, the dialog stays open
        seen.append(dialog.error.text())
        dialog.guest_name.setText("Ma Krông")
        dialog.guest_position.setText("Trưởng thôn Kao Kuil")
        dialog.accept()

    on_modal(guest_speaks)
    window.minutes.opinions.add()
    assert "khách mời" in seen[0]
    assert window.minutes.opinions.texts() == ["Nhân dân thôn 1 đồng tình."]
    panel.text.first.setPlainText("Đồng chí Sơn trình bày đề xuất.")
    panel.text.second.setPlainText("Thống nhất thông qua.")
    assert window.dirty and panel.text.save() and not window.dirty
    window.minutes.text.first.setPlainText("Cuộc họp diễn ra đúng chương trình.")
    assert window.minutes.text.save()
    data = minutes_data(o.ctx, meeting.id, actor=o.head)
    assert data.content == "Cuộc họp diễn ra đúng chương trình."
    assert (data.agenda[0].presentation, data.agenda[0].conclusion) == ("Đồng chí Sơn trình bày đề xuất.",
                                                                        "Thống nhất thông qua.")
    assert [op.name for op in data.opinions] == ["Ma Krông"]


def test_the_head_adjourns_below_the_quorum_and_the_proposal_waits_again(qtbot, o, on_modal):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE[:3], absent=EVERYONE[3:])
    window = window_as(qtbot, o, o.head, meeting)
    assert window.adjourn_button.isVisibleTo(window) and window.close_meeting_button.isHidden()

    def confirm(dialog) -> None:
        assert dialog.reason.toPlainText() == "Không đủ số thành viên có mặt theo quy định."
        dialog.accept()

    on_modal(confirm)
    window.adjourn()
    assert current(o, meeting).state is MeetingState.ADJOURNED
    assert proposals.get(o.ctx, broad.id, actor=o.head).state is State.RECEIVED
    assert window.banner.isVisibleTo(window)
    assert window.banner.text() == "Cuộc họp đã hoãn. Lý do: Không đủ số thành viên có mặt theo quy định."
    assert "Biên bản số 01/BB-HĐĐG" in window.info.text() and window.attach_button.isVisibleTo(window)
    assert window.adjourn_button.isHidden()


def test_the_window_shows_every_opinion_in_order_and_offers_only_members_present(qtbot, o, on_modal):
    from lamdong_desktop.services import meeting_records

    from ..services.meeting_support import at, member_ids

    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE[:4], absent=EVERYONE[4:])
    ids = member_ids(meeting)
    with at(meeting.held_on, 9):
        for kw in ({"proposal": broad.ref, "member_id": ids["Đinh Công Thành"], "text": "Cần làm rõ kinh phí."},
                   {"speaker_name": "Ma Krông", "text": "Thôn đồng tình."},
                   {"proposal": broad.ref, "member_id": ids["Ka Thị Hương"], "text": "Thống nhất."}):
            meeting_records.record_opinion(o.ctx, actor=o.secretary, meeting_id=meeting.id, **kw)
    window = window_as(qtbot, o, o.secretary, meeting)
    panel = window.item_panel(broad.ref)
    assert panel.opinions.texts() == ["Cần làm rõ kinh phí.", "Thống nhất."]
    assert [panel.opinions.list.item(r).text().split(" (")[0] for r in range(2)] == ["Đinh Công Thành", "Ka Thị Hương"]
    assert window.minutes.opinions.texts() == ["Thôn đồng tình."]
    offered: list[object] = []

    def look(dialog) -> None:
        offered.extend(dialog.speaker.itemData(i) for i in range(dialog.speaker.count()))
        dialog.reject()

    on_modal(look)
    panel.opinions.add()
    assert offered == [ids[n] for n in EVERYONE[:4]] + ["guest"]  # Hoàng Đức Long is absent: not offered
