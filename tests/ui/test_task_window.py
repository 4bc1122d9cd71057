"""A task's window: its details and log, and each step's button running its dialog — the record and the window
change; a refused step says why in Vietnamese and writes nothing; buttons the rule refuses are hidden or disabled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lamdong_desktop.domain.task_rules import Step
from lamdong_desktop.services import staff
from lamdong_desktop.ui.shared.operations import alive
from lamdong_desktop.ui.tasks.step_dialogs import StepDialog
from lamdong_desktop.ui.tasks.window import TaskWindow
from lamdong_desktop.ui.tasks.windows import open_task_window
from tests.files_support import write_pdf

from .task_support import count, give, office_ctx, office_template, pinned_today, sign  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("pinned_today")


@pytest.fixture
def people(demo_ctx):
    return {"head": sign(demo_ctx, "chutich"), "leader": sign(demo_ctx, "phochutich"),
            "official": sign(demo_ctx, "canbo")}


def _window(qtbot, ctx, actor, task) -> TaskWindow:
    window = open_task_window(ctx, actor, task.id)
    assert window is not None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # kept for the asserts after it closes
    qtbot.addWidget(window)
    return window


def _step(window: TaskWindow, on_modal, step: Step, fill) -> None:
    """Click the step's button; fill its dialog and press Ghi."""
    def act(dialog: StepDialog) -> None:
        fill(dialog)
        dialog.submit()
        if dialog.isVisible():  # refused: the message was shown; close it
            dialog.reject()

    on_modal(act)
    window.step_buttons[step].click()


def _events(ctx, task, kind):
    return ctx.db.execute("SELECT text, status FROM task_events WHERE task_id = ? AND kind = ? ORDER BY rowid",
                          [task.id, kind]).fetchall()


def test_the_window_shows_the_task_its_people_and_its_source(qtbot, demo_ctx, people):
    task = give(demo_ctx, people["head"], "Rà soát hồ sơ đất đai", "canbo", co_assignees=["Bùi Thị Lan"],
                source_number="12/UBND-KT", source_date=date(2026, 10, 30), source_issuer="UBND xã Di Linh")
    window = _window(qtbot, demo_ctx, people["head"], task)
    assert window.heading.text() == "NV-2026-001 — Rà soát hồ sơ đất đai"
    assert window.fields["co"].text() == "Bùi Thị Lan"
    assert window.fields["source"].text() == "12/UBND-KT, ngày 30/10/2026, UBND xã Di Linh"
    assert window.fields["deadline"].text() == "10 ngày làm việc"
    assert window.fields["due"].text() == "16/11/2026"
    assert "Quá hạn" in window.fields["state"].text()  # open past 16/11 on 20/11
    # the head gave it: he may do everything but decide an extension nobody asked for
    assert Step.DECIDE_EXTENSION in window.visible_steps()
    assert not window.step_buttons[Step.DECIDE_EXTENSION].isEnabled()
    assert "Không có đề nghị gia hạn" in window.step_buttons[Step.DECIDE_EXTENSION].toolTip()
    assert open_task_window(demo_ctx, people["head"], task.id) is window  # one window per task


def test_each_step_changes_the_record_and_the_window(qtbot, demo_ctx, people, on_modal, tmp_path,
                                                    errors_shown):
    ctx = demo_ctx
    task = give(ctx, people["leader"], "Rà soát hồ sơ đất đai", "canbo")  # the deputy gave it: she decides
    mine = _window(qtbot, ctx, people["official"], task)
    assert mine.visible_steps() == [Step.PROGRESS, Step.COMPLETE, Step.REQUEST_EXTENSION]

    _step(mine, on_modal, Step.PROGRESS, lambda d: d.text.setPlainText("Đã rà soát 3 thôn."))
    qtbot.waitUntil(lambda: mine.log_model.rowCount() == 1)
    assert _events(ctx, task, "progress") == [("Đã rà soát 3 thôn.", None)]

    def ask(d: StepDialog) -> None:
        d.new_due.setDate(date(2026, 11, 27))
        d.text.setPlainText("Chờ số liệu của thôn.")

    _step(mine, on_modal, Step.REQUEST_EXTENSION, ask)
    qtbot.waitUntil(lambda: mine.log_model.rowCount() == 2)
    assert _events(ctx, task, "extension") == [("Chờ số liệu của thôn.", "requested")]
    assert not mine.step_buttons[Step.REQUEST_EXTENSION].isEnabled()
    assert "chờ lãnh đạo" in mine.step_buttons[Step.REQUEST_EXTENSION].toolTip()

    leader = _window(qtbot, ctx, people["leader"], task)
    assert leader.step_buttons[Step.DECIDE_EXTENSION].isEnabled()
    _step(leader, on_modal, Step.DECIDE_EXTENSION, lambda d: d.text.setPlainText("Đồng ý."))
    qtbot.waitUntil(lambda: "27/11/2026" in leader.fields["due"].text())
    assert _events(ctx, task, "extension") == [("Chờ số liệu của thôn.", "approved")]
    assert ctx.db.execute("SELECT current_due_on, due_on FROM tasks").fetchone() == ("2026-11-27", "2026-11-16")
    assert "27/11/2026" in mine.fields["due"].text()  # the other window followed the change notice

    def reassign(d: StepDialog) -> None:
        d.lead.setEditText("bui thi lan")
        d.text.setPlainText("Đúng chuyên môn.")

    _step(leader, on_modal, Step.REASSIGN, reassign)
    qtbot.waitUntil(lambda: leader.fields["lead"].text().startswith("Bùi Thị Lan"))
    assert ctx.db.execute("SELECT lead_name FROM tasks").fetchone()[0] == "Bùi Thị Lan"
    # the official is no longer on it: his window closes, saying why
    qtbot.waitUntil(lambda: not alive(mine) or not mine.isVisible())
    assert errors_shown and "Không tìm thấy nhiệm vụ" in errors_shown[-1]

    result = write_pdf(tmp_path / "bao-cao.pdf", "Báo cáo kết quả")

    def done(d: StepDialog) -> None:
        d.text.setPlainText("Đã hoàn thành rà soát.")
        d.attachment.setText(str(result))

    _step(leader, on_modal, Step.COMPLETE, done)
    qtbot.waitUntil(lambda: "hoàn thành ngày 20/11/2026" in leader.fields["result"].text())
    assert "có tệp kết quả" in leader.fields["result"].text()
    row = ctx.db.execute("SELECT state, done_on, result_attachment_id FROM tasks").fetchone()
    assert row[:2] == ("done", "2026-11-20") and row[2]
    assert [s for s in leader.enabled_steps()] == []  # done: nothing left for a leader who is not the head

    head = _window(qtbot, ctx, people["head"], task)
    assert head.enabled_steps() == [Step.JUDGE]  # done after its original deadline: the head judges the delay

    def judge(d: StepDialog) -> None:
        d.yes.setChecked(False)
        d.choice.button(1).setChecked(True)
        d.text.setPlainText("Không đôn đốc các thôn.")

    _step(head, on_modal, Step.JUDGE, judge)
    qtbot.waitUntil(lambda: head.fields["judgement"].text() == "không có lý do chính đáng")
    assert ctx.db.execute("SELECT good_reason FROM tasks").fetchone()[0] == 0
    assert head.log_model.rowCount() == 5  # progress, extension (with its decision), reassignment, done, judgement


def test_cancelling_ends_the_task(qtbot, demo_ctx, people, on_modal):
    task = give(demo_ctx, people["head"], "Chuẩn bị hội nghị", "canbo", day=date(2026, 11, 18))
    window = _window(qtbot, demo_ctx, people["head"], task)
    _step(window, on_modal, Step.CANCEL, lambda d: d.text.setPlainText("Huyện dời hội nghị."))
    qtbot.waitUntil(lambda: window.fields["result"].text().startswith("hủy ngày 20/11/2026"))
    assert demo_ctx.db.execute("SELECT state, cancel_reason FROM tasks").fetchone() == ("cancelled",
                                                                                     "Huyện dời hội nghị.")
    assert window.enabled_steps() == []
    assert "đã hủy" in window.step_buttons[Step.PROGRESS].toolTip()


def test_a_refused_step_says_why_and_writes_nothing(qtbot, demo_ctx, people, on_modal, errors_shown):
    task = give(demo_ctx, people["head"], "Rà soát hồ sơ đất đai", "canbo")
    window = _window(qtbot, demo_ctx, people["official"], task)
    before = count(demo_ctx, "task_events"), count(demo_ctx, "audit_events")
    _step(window, on_modal, Step.PROGRESS, lambda d: None)  # no text
    qtbot.waitUntil(lambda: bool(errors_shown))
    assert "Nội dung tiến độ" in errors_shown[-1]

    def too_early(d: StepDialog) -> None:
        d.new_due.setDate(date(2026, 11, 10))  # before the deadline in force
        d.text.setPlainText("Xin thêm thời gian.")

    _step(window, on_modal, Step.REQUEST_EXTENSION, too_early)
    qtbot.waitUntil(lambda: len(errors_shown) == 2)
    assert "phải sau hạn đang áp dụng 16/11/2026" in errors_shown[-1]
    assert (count(demo_ctx, "task_events"), count(demo_ctx, "audit_events")) == before
    assert window.log_model.rowCount() == 0


def test_an_official_does_not_see_the_managers_steps(qtbot, demo_ctx, people):
    staff_people = {p.full_name: p for p in staff.list_people(demo_ctx, actor=people["head"])}
    task = give(demo_ctx, people["head"], "Tổng hợp ý kiến cử tri", "canbo",
                co_assignees=[staff_people["Bùi Thị Lan"].id])
    window = _window(qtbot, demo_ctx, people["official"], task)
    for step in (Step.DECIDE_EXTENSION, Step.REASSIGN, Step.CANCEL, Step.JUDGE):
        assert window.step_buttons[step].isHidden()


def test_the_assigner_confirms_a_task_recorded_by_someone_else(qtbot, demo_ctx, people, on_modal):
    task = give(demo_ctx, people["official"], "Báo cáo đất công", "canbo", assigner="phochutich")
    mine = _window(qtbot, demo_ctx, people["official"], task)
    assert Step.CONFIRM not in mine.visible_steps()  # the official does not confirm his own record
    window = _window(qtbot, demo_ctx, people["leader"], task)
    assert window.step_buttons[Step.CONFIRM].text() == "Xác nhận…" and window.step_buttons[Step.CONFIRM].isEnabled()
    _step(window, on_modal, Step.CONFIRM, lambda d: None)
    qtbot.waitUntil(lambda: Step.CONFIRM not in window.visible_steps())
    assert demo_ctx.db.execute("SELECT awaiting_confirmation, confirmer_name FROM tasks").fetchone() == (
        None, "Ka Thị Hương")
