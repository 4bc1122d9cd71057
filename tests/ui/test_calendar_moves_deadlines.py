"""The calendar editor says how many tasks' due days a correction moved (BLDS Đ147–148, ``services/task_deadlines``):
declaring a day off inside a task's five working days, then dropping it again."""

from __future__ import annotations

from datetime import date, datetime, time

from lamdong_desktop.domain import clock
from lamdong_desktop.services import tasks
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.calendar.view import CalendarView, CorrectionDialog

TODAY = date(2026, 12, 3)


def test_a_correction_says_how_many_due_days_moved(qtbot, demo_ctx, answer_yes):
    admin = sign_in(demo_ctx, username="admin", password="demo")
    head = sign_in(demo_ctx, username="chutich", password="demo")
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        given = tasks.add_task(demo_ctx, actor=head, title="Năm ngày làm việc", lead="canbo", assigned_on=TODAY,
                               working_days=5).value
        view = CalendarView(demo_ctx, admin)
        qtbot.addWidget(view)
        view.show()
        assert view.moved_note.isHidden()
        dialog = CorrectionDialog(demo_ctx, admin, date(2026, 12, 7), view)
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("off"))
        dialog.name.setText("Nghỉ bù")
        dialog.accept()
        assert dialog.result() == CorrectionDialog.DialogCode.Accepted and dialog.moved >= 1
        view.show_moved(dialog.moved)
        assert view.moved_note.isVisible() and "đã được tính lại theo lịch mới" in view.moved_note.text()
        due = demo_ctx.db.execute("SELECT due_on FROM tasks WHERE id = ?", [given.summary.id]).fetchone()[0]
        assert due == "2026-12-11"

        view.reload()
        row = next(r for r in range(view.model.rowCount()) if view.model.record(r).day == date(2026, 12, 7))
        view.table.selectRow(view.proxy.mapFromSource(view.model.index(row, 0)).row())
        view.remove_correction()
        qtbot.waitUntil(lambda: demo_ctx.db.execute("SELECT due_on FROM tasks WHERE id = ?",
                                                    [given.summary.id]).fetchone()[0] == "2026-12-10")
        assert answer_yes and "Bỏ điều chỉnh ngày 07/12/2026" in answer_yes[-1]
        qtbot.waitUntil(lambda: f"Hạn của {dialog.moved} nhiệm vụ" in view.moved_note.text())
