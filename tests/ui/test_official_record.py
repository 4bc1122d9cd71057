"""The official's record and the yearly review in the window: opened from the unit's staff or the main window's
menu by those who may read them, the head recording a commendation, the print rendered on a worker and recorded."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool

from lamdong_desktop.domain import clock
from lamdong_desktop.services import official_records, printed, staff
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.official_records import RecordEntry
from lamdong_desktop.storage import printed_repo
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.unit.record_dialogs import CommendationDialog, RemoveCommendationDialog
from lamdong_desktop.ui.unit.record_window import OfficialRecordDialog
from lamdong_desktop.ui.unit.review_window import AnnualReviewDialog
from lamdong_desktop.ui.unit.view import UnitView

DEPUTY = "Ka Thị Hương"  # the demo's deputy: proposer and implementer of the evaluated demo proposals


@pytest.fixture(autouse=True)
def _renders_end():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _person(ctx, actor, name):
    return next(p for p in staff.list_people(ctx, actor=actor) if p.full_name == name)


def _select_person(view: UnitView, name: str) -> None:
    for row in range(view.people.proxy.rowCount()):
        if view.people.proxy.index(row, 0).data() == name:
            view.people.table.selectRow(row)
            return
    raise AssertionError(name)


def _select_completed(dialog: OfficialRecordDialog) -> RecordEntry:
    completed = next(e for e in dialog.record.entries if e.eligible)
    dialog.select(completed.proposal_id)
    return completed


def test_the_head_opens_a_record_from_the_staff_and_records_a_commendation(qtbot, demo_ctx, on_modal):
    head = sign_in(demo_ctx, username="chutich", password="demo")
    view = UnitView(demo_ctx, head)
    qtbot.addWidget(view)
    assert view.record_button.isVisibleTo(view)
    assert not view.record_button.isEnabled()  # nobody selected
    _select_person(view, DEPUTY)
    assert view.record_button.isEnabled()
    dialog = view.open_record()
    assert isinstance(dialog, OfficialRecordDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Hồ sơ cán bộ — {DEPUTY}"
    assert dialog.model.rowCount() == len(dialog.record.entries) >= 2
    entry = _select_completed(dialog)
    assert dialog.commend_button.isVisible() and dialog.commend_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    assert "Về trách nhiệm: Không bị xem xét trách nhiệm; được xem xét khen thưởng" in dialog.details.text()

    def fill(commend) -> None:
        assert isinstance(commend, CommendationDialog)
        commend.form.setCurrentText("Giấy khen của Chủ tịch Ủy ban nhân dân xã")
        commend.reference.setText("25/QĐ-UBND")
        commend.accept()

    on_modal(fill)
    dialog.commend_button.click()
    # The change notice refreshed the open record: the commendation is on its line, and may be removed.
    again = next(e for e in dialog.record.entries if e.proposal_id == entry.proposal_id)
    assert [c.reference for c in again.commendations] == ["25/QĐ-UBND"]
    assert "Giấy khen của Chủ tịch Ủy ban nhân dân xã" in dialog.details.text()
    assert dialog.remove_button.isEnabled()

    def remove(dialog_) -> None:
        assert isinstance(dialog_, RemoveCommendationDialog)
        dialog_.reason.setPlainText("Nhập nhầm số quyết định")
        dialog_.accept()

    on_modal(remove)
    dialog.remove_button.click()
    assert not next(e for e in dialog.record.entries if e.proposal_id == entry.proposal_id).commendations


def test_a_refused_commendation_keeps_the_dialog_open_with_the_reason(qtbot, demo_ctx):
    head = sign_in(demo_ctx, username="chutich", password="demo")
    dialog = OfficialRecordDialog(demo_ctx, head, _person(demo_ctx, head, DEPUTY).id)
    qtbot.addWidget(dialog)
    entry = _select_completed(dialog)
    commend = CommendationDialog(demo_ctx, head, dialog.record.person, entry, parent=dialog)
    qtbot.addWidget(commend)
    commend.reference.setText("hai mươi lăm")
    commend.accept()
    assert commend.error.isVisibleTo(commend) and "không hợp lệ" in commend.error.text()
    assert commend.result() == 0 and not official_records.get(
        demo_ctx, dialog.person_id, actor=head).commended


def test_an_official_sees_only_his_own_record_and_no_commendation_buttons(qtbot, demo_ctx, errors_shown):
    official = sign_in(demo_ctx, username="phochutich", password="demo")  # the deputy reads his own
    view = UnitView(demo_ctx, official)
    qtbot.addWidget(view)
    _select_person(view, "Nguyễn Văn Hùng")
    assert not view.record_button.isEnabled()  # a colleague's record is not his to read
    _select_person(view, DEPUTY)
    dialog = view.open_record()
    qtbot.addWidget(dialog)
    assert not dialog.commend_button.isVisibleTo(dialog) and not dialog.remove_button.isVisibleTo(dialog)
    from lamdong_desktop.ui.unit.record_window import open_record

    assert open_record(view, demo_ctx, official, _person(demo_ctx, official, "Nguyễn Văn Hùng").id) is None
    assert errors_shown and "không có quyền" in errors_shown[-1]


def test_the_record_prints_from_a_worker_and_the_copy_is_recorded(qtbot, demo_ctx, tmp_path):
    head = sign_in(demo_ctx, username="chutich", password="demo")
    person = _person(demo_ctx, head, DEPUTY)
    dialog = OfficialRecordDialog(demo_ctx, head, person.id)
    qtbot.addWidget(dialog)
    preview = dialog.preview()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=15_000)
    saved = preview.save_to(tmp_path / "ho-so")
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "BẢN TỔNG HỢP" in text and DEPUTY in text
    subject = f"{person.id}@{clock.today().isoformat()}"
    assert len(printed_repo.of_subject(demo_ctx.db, printed.RECORD, "people", subject)) == 1


def test_the_main_window_opens_ones_own_record_and_the_yearly_review(qtbot, demo_ctx, tmp_path):
    official = sign_in(demo_ctx, username="canbo", password="demo")
    window = MainWindow(demo_ctx, official)
    qtbot.addWidget(window)
    assert window.own_record_action.isVisible() and not window.review_action.isVisible()
    own = window.open_own_record()
    qtbot.addWidget(own)
    assert own.windowTitle() == "Hồ sơ cán bộ — K'Brơi Ngọc Sơn"

    head = sign_in(demo_ctx, username="chutich", password="demo")
    window.switch_user(login=lambda: head)
    assert window.review_action.isVisible()
    review = window.open_review()
    assert isinstance(review, AnnualReviewDialog)
    qtbot.addWidget(review)
    deputy = official_records.get(demo_ctx, _person(demo_ctx, head, DEPUTY).id, actor=head)
    year = next(e for e in deputy.entries if e.eligible).evaluation.issued_on.year  # the demo builds on any day
    review.year.setValue(year)
    assert review.review is not None and review.review.year == year
    suggested = [s.ref for s in review.review.suggested]
    assert review.model.rowCount() == len(suggested) >= 1
    assert review.number.itemData(0) is None  # a draft until a report number is chosen
    preview = review.preview()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.pageCount() >= 1, timeout=15_000)
    text = "".join(page.extract_text() for page in PdfReader(preview.save_to(tmp_path / "bc")).pages)
    assert "BÁO CÁO" in text and suggested[0] in text
