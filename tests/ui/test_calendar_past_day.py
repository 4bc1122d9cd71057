"""The calendar editor refuses, as the service does, to correct a day already gone (it would rewrite the working days
and earliness of past tasks): the Vietnamese message is shown, the dialog stays open, nothing is written."""

from __future__ import annotations

from datetime import date, datetime, time

from lamdong_desktop.domain import clock
from lamdong_desktop.services import calendar
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.calendar.view import CorrectionDialog


def test_the_correction_dialog_refuses_a_day_gone(qtbot, demo_ctx, errors_shown):
    admin = sign_in(demo_ctx, username="admin", password="demo")
    before = calendar.list_corrections(demo_ctx, 2026)
    with clock.pinned(datetime.combine(date(2026, 11, 11), time(9), clock.VN_TZ)):
        dialog = CorrectionDialog(demo_ctx, admin, date(2026, 11, 10))
        qtbot.addWidget(dialog)
        dialog.name.setText("Nghỉ đột xuất")
        dialog.accept()
        assert errors_shown and "Ngày 10/11/2026 đã qua" in errors_shown[-1]
        assert dialog.result() != CorrectionDialog.DialogCode.Accepted
        assert calendar.list_corrections(demo_ctx, 2026) == before
        later = CorrectionDialog(demo_ctx, admin, date(2026, 11, 12))  # a day to come is still corrected
        qtbot.addWidget(later)
        later.name.setText("Nghỉ đột xuất")
        later.accept()
    assert [c.day for c in calendar.list_corrections(demo_ctx, 2026)] == sorted({c.day for c in before}
                                                                                | {date(2026, 11, 12)})
