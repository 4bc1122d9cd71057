"""“Việc cần xử lý” after sign-in, receiving a proposal and the party committee's opinion in its window."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.opinions import Stance
from lamdong_desktop.services import proposals, review, staff
from lamdong_desktop.services import queue as queue_service
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.ui.main_window import AREA_QUEUE, MainWindow
from lamdong_desktop.ui.proposals.review_bar import PartyOpinionDialog
from lamdong_desktop.ui.queue.view import QueueView
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.table_models import ALERT_COLOR

from ..services.test_proposals import full
from .proposal_support import KEPT, settle, track


def _window(qtbot, ctx, username):
    window = MainWindow(ctx, sign_in(ctx, username=username, password="demo"))
    qtbot.addWidget(window)
    window.show()
    KEPT.append(window)
    return window


def _submitted(ctx, title, day=None):
    official = sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=official)[0]
    draft = proposals.create_draft(ctx, actor=official, content=full(org.id, title)).value
    proposals.submit(ctx, actor=official, proposal_id=draft.id)
    return draft


def test_the_head_first_sees_what_waits_and_receives_from_it(qtbot, demo_ctx, answer_yes):
    window = _window(qtbot, demo_ctx, "chutich")
    queue = window.stack.currentWidget()
    assert isinstance(queue, QueueView) and window.area_keys()[0] == AREA_QUEUE
    waiting = queue.items()
    # The demo holds proposals to receive, others received weeks ago (their meeting is overdue), a council
    # convened for the coming days with a broad proposal on its agenda (to hold, then to decide), approved proposals
    # being implemented or suspended, result reports awaited, a reported result to put to an evaluation meeting and
    # one on the agenda of the evaluation convened for the coming days; and the head's own proposals, sent to the
    # province, which he follows (nothing for him to do). From the demo's year of tasks: the delay of the official's
    # overdue report, not judged yet, is his to judge; he holds no task himself and no extension waits for him (the
    # official's request was refused by the Phó Chủ tịch, the others decided).
    assert {i.kind for i in waiting} == {ItemKind.RECEIVE, ItemKind.MEETING, ItemKind.HOLD, ItemKind.DECIDE,
                                         ItemKind.IMPLEMENTING, ItemKind.SUSPENDED, ItemKind.AWAIT_REPORT,
                                         ItemKind.EVALUATE, ItemKind.CONCLUDE, ItemKind.PROGRESS, ItemKind.TASK_JUDGE}
    [judge] = [i for i in waiting if i.kind is ItemKind.TASK_JUDGE]
    assert judge.overdue and judge.title == "Báo cáo kết quả rà soát đất công do xã quản lý"
    assert queue.model.headerData(4, Qt.Orientation.Horizontal) == "Hạn"
    assert "việc" in queue.summary.text()
    first = next(i for i in waiting if i.kind is ItemKind.RECEIVE)
    editor = track(window.open_proposal(first.proposal_id))
    bar = editor.review_bar
    assert bar.receive_button.isVisibleTo(editor) and not bar.opinion_button.isVisibleTo(editor)
    assert bar.receive()
    settle(qtbot)
    assert proposals.get(demo_ctx, first.proposal_id, actor=window.actor).state is State.RECEIVED
    # The change notice reaches both the window and the queue: no reopening.
    assert "họp xét chậm nhất ngày" in bar.receipt_line.text()
    assert "Chưa có ý kiến của cấp ủy" in bar.receipt_line.text()
    assert not bar.receive_button.isVisibleTo(editor) and bar.opinion_button.isVisibleTo(editor)
    kinds = {i.proposal_id: i for i in queue.items()}
    item = kinds[first.proposal_id]
    receipt = review.receipt_of(demo_ctx, first.proposal_id, actor=window.actor)
    assert item.kind is ItemKind.MEETING and item.due == receipt.meeting_due_on
    row = [i.proposal_id for i in queue.items()].index(first.proposal_id)
    assert queue.proxy.index(row, 1).data() == first.ref
    assert queue.proxy.index(row, 4).data() == f"{receipt.meeting_due_on:%d/%m/%Y}"


def test_an_overdue_item_comes_first_and_stands_out(qtbot, demo_ctx):
    head = sign_in(demo_ctx, username="chutich", password="demo")
    long_ago = date(2026, 1, 5)
    with clock.pinned(datetime.combine(long_ago, time(9), clock.VN_TZ)):
        late = _submitted(demo_ctx, "Đề xuất tiếp nhận đã lâu")
        review.receive(demo_ctx, actor=head, proposal_id=late.id)
    window = _window(qtbot, demo_ctx, "chutich")
    queue = window.area_widget(AREA_QUEUE)
    items = queue.items()
    assert items == queue_service.queue(demo_ctx, actor=head)  # the services' order, until a header is clicked
    late_row = [i.proposal_id for i in items].index(late.id)
    assert items[late_row].overdue
    flags = [i.overdue for i in items]
    assert flags == sorted(flags, reverse=True) and not all(flags)  # every overdue item before the others
    for row, item in enumerate(items):
        colour = queue.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert (colour is not None and colour.name() == ALERT_COLOR) == item.overdue
        note = queue.proxy.index(row, 5).data()
        assert note.startswith("QUÁ HẠN") == item.overdue
        if item.overdue:  # and why, when there is a reason (whose delay the head is to judge)
            assert note == "QUÁ HẠN" + (f" — {item.reason}" if item.reason else "")
    assert queue.proxy.index(late_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "quá hạn" in queue.summary.text()


def test_the_official_sees_that_a_proposal_came_back(qtbot, demo_ctx):
    draft = _submitted(demo_ctx, "Đề xuất bị trả lại")
    head = sign_in(demo_ctx, username="chutich", password="demo")
    window = _window(qtbot, demo_ctx, "canbo")
    queue = window.area_widget(AREA_QUEUE)
    before = {i.proposal_id for i in queue.items()}
    assert draft.id not in before
    changed = proposals.return_for_revision(demo_ctx, actor=head, proposal_id=draft.id, reason="Bổ sung số liệu")
    from lamdong_desktop.ui.shared.operations import change_bus

    change_bus(demo_ctx).changes_applied.emit(changed.changes, None)  # as another window's operation would
    item = {i.proposal_id: i for i in queue.items()}[draft.id]
    assert item.kind is ItemKind.RETURNED and item.reason == "Bổ sung số liệu"
    assert window.open_proposal(draft.id) is not None


def test_the_party_committees_opinion_is_recorded_in_a_dialog(qtbot, demo_ctx, monkeypatch, answer_yes):
    draft = _submitted(demo_ctx, "Đề xuất chờ ý kiến cấp ủy")
    window = _window(qtbot, demo_ctx, "chutich")
    editor = track(window.open_proposal(draft.id))
    assert editor.review_bar.receive()
    settle(qtbot)
    seen: list[PartyOpinionDialog] = []

    def run(dialog: QDialog) -> bool:
        seen.append(dialog)
        assert dialog.windowTitle() == "Ý kiến của cấp ủy cùng cấp"
        assert dialog.body.text() == "Đảng ủy xã Di Linh"
        dialog.text.setPlainText("Thống nhất chủ trương.")
        dialog.accept()  # refused: the committee's stance is chosen, never assumed
        assert dialog.value is None and "Chưa chọn ý kiến của cấp ủy" in dialog.error.text()
        assert not dialog.agree.isChecked() and not dialog.disagree.isChecked()
        dialog.agree.setChecked(True)
        dialog.body.setText("  ")
        dialog.accept()  # refused: the committee is missing — the dialog stays open with the message
        assert dialog.value is None and dialog.error.isVisibleTo(dialog)
        assert "không được để trống" in dialog.error.text()
        dialog.day.setDate(dialog.day.date().addDays(1))
        dialog.body.setText("Đảng ủy xã Di Linh")
        dialog.accept()  # a date in the future: refused too
        assert dialog.value is None and "chưa đến" in dialog.error.text()
        assert dialog.day.minimumDate().year() == 1900 and dialog.day.maximumDate().year() == 2100
        today = clock.today()
        dialog.day.setDate(dialog.day.date().fromString(f"{today:%d/%m/%Y}", "dd/MM/yyyy"))
        dialog.accept()
        return dialog.value is not None

    monkeypatch.setattr(messages, "run_dialog", run)
    editor.review_bar.record_opinion()
    assert seen and seen[0].value is not None
    opinions = review.party_opinions(demo_ctx, draft.id, actor=window.actor)
    assert [(o.body, o.text, o.stance) for o in opinions] == [
        ("Đảng ủy xã Di Linh", "Thống nhất chủ trương.", Stance.AGREE)]
    assert "Ý kiến cấp ủy: Đảng ủy xã Di Linh, ngày" in editor.review_bar.receipt_line.text()
    assert editor.review_bar.receipt_line.text().endswith(": đồng ý.")


def test_the_secretary_sees_no_receive_button(qtbot, demo_ctx):
    draft = _submitted(demo_ctx, "Đề xuất thư ký xem")
    window = _window(qtbot, demo_ctx, "thuky")
    editor = track(window.open_proposal(draft.id))
    assert not editor.review_bar.receive_button.isVisibleTo(editor)
    assert not editor.review_bar.opinion_button.isVisibleTo(editor)  # not yet received
    # Nothing is the secretary's to receive; what waits for them is their own returned proposals, and the result
    # reports they owe as an implementer (a proposal finished, a pilot stopped).
    items = window.area_widget(AREA_QUEUE).items()
    assert items and {i.kind for i in items} == {ItemKind.RETURNED, ItemKind.REPORT}


def test_sorting_by_a_column_keeps_after_a_refresh(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx, "chutich")
    queue = window.area_widget(AREA_QUEUE)
    queue.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    refs = [i.ref for i in queue.items()]
    assert refs == sorted(refs, reverse=True)
    queue.refresh()
    assert [i.ref for i in queue.items()] == refs
