"""The province's screens (smoke): its account signs in to the proposals sent to it, receives one from its window,
convenes and records its own meeting; the head's queue follows his own proposal, and his view of the province's
meeting offers him nothing to do in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.services import proposals
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.main_window import AREA_MEETINGS, AREA_QUEUE, AREA_UNIT, MainWindow
from lamdong_desktop.ui.meetings.convene_dialog import ConveneDialog
from lamdong_desktop.ui.meetings.list_view import MeetingsView
from lamdong_desktop.ui.meetings.rights import rights_of

from ..services.province_support import MEETING_DAY, MONDAY, at, province
from .meeting_support import window_as
from .proposal_support import KEPT, settle, track


def _main(qtbot, ctx, actor) -> MainWindow:
    window = MainWindow(ctx, actor)
    qtbot.addWidget(window)
    window.show()
    KEPT.append(window)
    return window


def test_the_province_receives_the_heads_own_proposal_from_its_queue(qtbot, demo, answer_yes):
    p = province(*demo)
    own = p.own_proposal(receive=False)
    with at(MONDAY, 11):
        window = _main(qtbot, p.ctx, p.actor)
        keys = window.area_keys()
        assert keys[0] == AREA_QUEUE and AREA_MEETINGS in keys and AREA_UNIT not in keys  # not the unit's staff
        queue = window.area_widget(AREA_QUEUE)
        (item,) = [i for i in queue.items() if i.proposal_id == own.id]
        assert item.kind is ItemKind.RECEIVE
        editor = track(window.open_proposal(own.id))
        assert editor.review_bar.receive_button.isVisibleTo(editor)
        assert editor.review_bar.receive()
        settle(qtbot)
        assert proposals.get(p.ctx, own.id, actor=p.actor).state is State.RECEIVED
        assert [i.kind for i in queue.items() if i.proposal_id == own.id] == [ItemKind.MEETING]
        meetings_view = window.area_widget(AREA_MEETINGS)
        assert isinstance(meetings_view, MeetingsView) and meetings_view.convene_button.isVisibleTo(meetings_view)


def test_the_head_follows_his_proposal_and_has_nothing_to_do_in_the_provinces_meeting(qtbot, demo):
    p = province(*demo)
    own = p.own_proposal()
    meeting = p.convene([own.id])
    with at(MEETING_DAY, 8, 30):
        head = _main(qtbot, p.ctx, p.o.head)
        queue = head.area_widget(AREA_QUEUE)
        row = [i.proposal_id for i in queue.items()].index(own.id)
        assert queue.items()[row].kind is ItemKind.PROGRESS
        assert queue.proxy.index(row, 0).data() == "Theo dõi đề xuất gửi cấp tỉnh"
        assert queue.proxy.index(row, 5).data() == "Đã đưa ra cuộc họp cấp tỉnh, chờ quyết định"
        seen = window_as(qtbot, p.o, p.o.head, meeting)
        rights = rights_of(seen.meeting, p.o.head)
        assert not rights.head and not rights.recorder and not rights.signs
        assert seen.adjourn_button.isHidden() and seen.close_meeting_button.isHidden()
        assert not [b for b in seen.findChildren(QPushButton) if b.objectName().startswith(("present-", "absent-"))]
        # The province's account is its convener and, seated as its secretary, its recorder.
        own_window = window_as(qtbot, p.o, p.actor, meeting)
        mine = rights_of(own_window.meeting, p.actor)
        assert mine.head and mine.recorder and mine.signs
        assert [b for b in own_window.findChildren(QPushButton) if b.objectName().startswith("present-")]


def test_the_convene_dialog_offers_the_heads_own_proposal_to_the_province_only(qtbot, demo):
    p = province(*demo)
    own = p.own_proposal()

    def offered(actor) -> tuple[list[str], object]:
        dialog = ConveneDialog(p.ctx, actor)
        qtbot.addWidget(dialog)
        agenda = [dialog.agenda.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.agenda.count())]
        return agenda, dialog.level.currentData()

    assert offered(p.o.head) == ([], MeetingLevel.UNIT)
    agenda, level = offered(p.actor)
    assert agenda == [own.id] and level == MeetingLevel.PROVINCE
    dialog = ConveneDialog(p.ctx, p.actor)
    qtbot.addWidget(dialog)
    assert "tỉnh Lâm Đồng" in dialog.place.text()
    assert {x.full_name for x in dialog.people} == set(p.roster)  # seated from the province's roster
