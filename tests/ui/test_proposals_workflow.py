"""The proposal window: drafting through the widgets, inline validation, actions per role, attachments, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialogButtonBox

from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.proposals import SECTION_LABELS, Criterion, Section
from lamdong_desktop.services import proposals
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.proposals import dialogs as proposal_dialogs
from lamdong_desktop.ui.proposals.editor import ProposalWindow
from lamdong_desktop.ui.shared import dialogs as shared_dialogs
from lamdong_desktop.ui.shared.layout import is_interactive
from tests.files_support import write_pdf

from .proposal_support import KEPT, settle, track, view_as

TITLE = "Giải quyết dứt điểm vi phạm đất đai trước 01/8/2024"
INDICATORS = (
    ("Hồ sơ vi phạm được xử lý", "hồ sơ", "0", "45", "31/12/2026"),
    ("Thời gian cấp giấy chứng nhận", "ngày", "30", "12", "30/06/2027"),
)

def fill(window: ProposalWindow, *, skip: tuple[Section, ...] = (), indicators=INDICATORS) -> None:
    """Write a whole proposal through the editor's widgets, as an official would."""
    window.title_edit.setText(TITLE)
    window.field_combo.setCurrentIndex(window.field_combo.findData("dat_dai"))
    window.org_combo.setCurrentIndex(window.org_combo.findText("Chi bộ thôn 1"))
    window.breakthrough_check.setChecked(True)
    window.people_combo.setCurrentIndex(window.people_combo.findText("K'Brơi Ngọc Sơn", flags=_contains()))
    window.add_person_button.click()
    for section, edit in window.section_edits.items():
        if section not in skip:
            edit.setPlainText(f"Về đất đai: {SECTION_LABELS[section].lower()} của đề xuất.")
    for values in indicators:
        window.add_indicator_button.click()
        row = window.indicator_table.rowCount() - 1
        for column, text in enumerate(values):
            window.set_indicator_cell(row, column, text)
    for criterion in Criterion:
        window.criterion_met[criterion].click()
        window.criterion_text[criterion].setPlainText("Đáp ứng theo Nghị định 73/2023/NĐ-CP.")
    window.no_conflict.click()


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def small_pdf(folder: Path) -> Path:
    path = folder / "Biên bản họp thôn.pdf"
    write_pdf(path, "bien ban hop thon")
    return path


def test_draft_submit_return_resubmit_and_history(qtbot, demo_ctx, tmp_path, answer_yes, on_modal, monkeypatch):
    # canbo drafts the whole proposal through the widgets, attaches a PDF and submits
    official = view_as(qtbot, demo_ctx, "canbo")
    assert official.new_button.isVisible()
    window = track(official.new_proposal())
    assert window.visible_buttons() == ["Lưu", "Trình"]
    # the writer is already listed as the proposer, with their party organisation; nothing is unsaved yet
    assert [(p.name, p.role.value) for p in window.participants()] == [("K'Brơi Ngọc Sơn", "de_xuat")]
    assert window.org_combo.currentData() is not None and not window.dirty
    fill(window)
    assert window.update_validation() == []
    assert window.missing_line.text() == "Đã đủ nội dung để trình."
    window.save_button.click()
    assert window.proposal is not None and not window.dirty
    proposal_id = window.proposal.id
    assert official.titles()[0] == TITLE and official.selected().id == proposal_id  # the list follows
    saved = proposals.get(demo_ctx, proposal_id, actor=official.actor).content
    assert [(i.name, i.target, i.target_date.isoformat()) for i in saved.indicators] == [
        ("Hồ sơ vi phạm được xử lý", "45", "2026-12-31"), ("Thời gian cấp giấy chứng nhận", "12", "2027-06-30")]
    assert saved.participants[0].name == "K'Brơi Ngọc Sơn" and saved.breakthrough

    pdf = small_pdf(tmp_path)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(pdf)], ""))
    window.tabs.setCurrentWidget(window.attachments)
    window.attachments.add_button.click()
    settle(qtbot)  # the copy runs on a worker; the change notice refreshes the panel
    assert window.attachments.filenames() == ["Biên bản họp thôn.pdf"]
    row = [window.attachments.proxy.index(0, c).data() for c in range(4)]
    assert row[1:3] == ["1 KB", "Tài liệu PDF"] and 500 <= pdf.stat().st_size < 1_500  # a real one-page PDF

    window.submit_button.click()
    assert answer_yes and "Trình đề xuất" in answer_yes[0]
    assert window.proposal.state is State.SUBMITTED
    assert not window.editable and window.title_edit.isReadOnly()
    assert window.visible_buttons() == ["Rút…", "Xem bản in…"]
    window.close()

    # chutich reads it, cannot edit, and returns it with a reason through the dialog
    head = view_as(qtbot, demo_ctx, "chutich")
    head_window = track(head.open_proposal(proposal_id))
    assert not head_window.editable
    assert head_window.section_edits[Section.NECESSITY].isReadOnly()
    assert not is_interactive(head_window.criterion_met[Criterion.URGENCY])
    assert not is_interactive(head_window.field_combo) and head_window.field_combo.isEnabled()  # legible
    assert head_window.visible_buttons() == ["Trả lại…", "Xem bản in…"]
    assert head_window.read_only_note.text().startswith("Chỉ xem")

    def give_reason(dialog):
        assert dialog.windowTitle() == "Trả lại đề xuất để sửa"
        dialog.reason.setPlainText("Bổ sung số hộ dân bị ảnh hưởng ở thôn 1.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(give_reason)
    head_window.return_button.click()
    assert head_window.proposal.state is State.RETURNED
    assert head_window.visible_buttons() == ["Xem bản in…"]
    head_window.close()

    # canbo sees the reason, revises and resubmits
    window = track(official.open_proposal(proposal_id))
    assert window.editable and window.banner.text() == (
        "Được trả lại để sửa. Lý do: Bổ sung số hộ dân bị ảnh hưởng ở thôn 1.")
    assert window.submit_button.text() == "Trình lại"
    window.section_edits[Section.SCOPE].setPlainText("120 hộ dân thôn 1 và 35 hộ thôn Kao Kuil.")
    window.submit_button.click()
    assert proposals.get(demo_ctx, proposal_id, actor=official.actor).state is State.SUBMITTED

    # the history shows both versions, their difference (computed on a worker), the transitions and every
    # audit event
    settle(qtbot)
    history = window.history
    assert history.versions() == [1, 2]
    assert (history.first.currentData(), history.second.currentData()) == (1, 2)
    assert [d.label for d in history.diffs] == ["Phạm vi, đối tượng tác động"]
    shown = history.diff_view.toPlainText()
    assert "120 hộ dân thôn 1 và 35 hộ thôn Kao Kuil." in shown and "Về đất đai: phạm vi" in shown
    moves = [(t.action, t.reason) for t in history.transitions_model.records()]
    assert moves == [(Action.SUBMIT, ""), (Action.RETURN, "Bổ sung số hộ dân bị ảnh hưởng ở thôn 1."),
                     (Action.RESUBMIT, "")]
    assert history.transitions_model.index(1, 3).data() == "Đã trình → Trả lại để sửa"
    events = [history.audit_model.index(r, 3).data() for r in range(history.audit_model.rowCount())]
    assert any("Đính kèm “Biên bản họp thôn.pdf”" in e for e in events)
    assert any(e.startswith(f"Tạo dự thảo đề xuất “{TITLE}”") for e in events)
    when = history.audit_model.index(0, 0).data()
    assert len(when) == 16 and when[2] == "/" and when[13] == ":"  # dd/mm/yyyy HH:MM
    assert history.audit_model.index(0, 2).data() == "Tạo đề xuất"
    assert history.audit_model.index(0, 1).data() == "K'Brơi Ngọc Sơn (canbo)"
    assert f"Trả lại {window.proposal.ref}: Bổ sung số hộ dân bị ảnh hưởng ở thôn 1." in events
    assert f"{window.proposal.ref}: Đã trình → Trả lại để sửa" in events


def test_incomplete_submission_is_one_message_naming_every_missing_item(qtbot, demo_ctx, errors_shown, answer_yes):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    fill(window, skip=(Section.IMPACT, Section.TIMELINE), indicators=(("Hộ được cấp giấy", "hộ", "", "120", ""),))
    missing = window.update_validation()
    assert [item.code for item in missing] == ["section:timeline", "section:impact", "indicator:1"]
    assert window.missing_line.text().startswith("Còn thiếu để trình (3): mục “Thời gian thực hiện”")
    assert window.section_items[Section.IMPACT].icon(0).isNull() is False
    assert window.section_items[Section.NECESSITY].icon(0).isNull()
    assert "#b3261e" in window.section_titles[Section.IMPACT].styleSheet()

    window.submit_button.click()
    assert len(errors_shown) == 1
    message = errors_shown[0]
    for item in ("mục “Thời gian thực hiện”", "mục “Dự báo tác động”", "chỉ tiêu thứ 1"):
        assert item in message
    assert message.endswith("Đề xuất chưa được trình.")
    assert answer_yes == []  # not even asked
    assert window.proposal is not None  # the draft itself was saved
    assert proposals.get(demo_ctx, window.proposal.id, actor=window.actor).state is State.DRAFT


def test_saving_a_draft_needs_only_a_title(qtbot, demo_ctx, errors_shown):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    window.section_edits[Section.NECESSITY].setPlainText("Nhiều hồ sơ tồn đọng.")
    assert not window.save()
    assert errors_shown == ["Cần có tên đề xuất để lưu dự thảo."]
    window.title_edit.setText("Rút ngắn thời gian cấp giấy chứng nhận")
    assert window.save()
    assert window.proposal.state is State.DRAFT
    line = window.missing_line.text()
    assert "tên đề xuất" not in line and "mục “Điểm nghẽn, nút thắt”" in line


def test_wrong_target_date_blocks_saving_and_is_marked(qtbot, demo_ctx, errors_shown):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    fill(window, indicators=(("Hộ được cấp giấy", "hộ", "0", "120", "31/13/2026"),))
    window.update_validation()
    assert window.indicator_note.text() == (
        "Thời hạn của chỉ tiêu thứ 1 (“31/13/2026”) không phải ngày dạng dd/mm/yyyy.")
    assert not window.save()
    assert errors_shown == [window.indicator_note.text()]
    assert window.tabs.currentWidget() is window.indicators_tab


@pytest.mark.parametrize("day", ["31/12/1899", "01/01/2101", "30/12/9999"])
def test_a_target_date_outside_the_domain_range_blocks_saving(qtbot, demo_ctx, errors_shown, day):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    fill(window, indicators=(("Hộ được cấp giấy", "hộ", "0", "120", day),))
    window.update_validation()
    assert window.indicator_note.text() == (
        f"Thời hạn của chỉ tiêu thứ 1 (“{day}”) nằm ngoài khoảng 01/01/1900 – 31/12/2100.")
    assert not window.save()
    assert errors_shown == [window.indicator_note.text()]


def _submitted(window: ProposalWindow) -> str:
    fill(window)
    assert window.submit()
    return window.proposal.id


def test_buttons_per_role(qtbot, demo_ctx, answer_yes, errors_shown):
    official = view_as(qtbot, demo_ctx, "canbo")
    draft_window = track(official.new_proposal())
    fill(draft_window)
    draft_window.save()
    assert draft_window.visible_buttons() == ["Lưu", "Trình", "Rút…", "Xem bản in…"]
    draft_id = draft_window.proposal.id

    head = view_as(qtbot, demo_ctx, "chutich")
    assert head.open_proposal(draft_id) is None  # a draft never submitted is its author's alone
    assert errors_shown == [f"Không tìm thấy đề xuất “{draft_id}”."]
    assert draft_window.submit()
    submitted_id = draft_window.proposal.id
    on_submitted = track(head.open_proposal(submitted_id))
    assert "Trả lại…" in on_submitted.visible_buttons() and "Lưu" not in on_submitted.visible_buttons()
    assert "Trả lại…" not in draft_window.visible_buttons()

    for username in ("phochutich", "thuky"):  # the leadership and the secretary read it, and may print it
        other = view_as(qtbot, demo_ctx, username)
        assert other.new_button.isVisible()
        window = track(other.open_proposal(submitted_id))
        assert window.visible_buttons() == ["Xem bản in…"] and not window.attachments.add_button.isVisibleTo(
            window.attachments), username
    # The province reads only what is sent to it (a head's own proposal); the administrator no contents.
    errors_shown.clear()
    for username in ("admin", "tinh"):
        assert view_as(qtbot, demo_ctx, username).open_proposal(submitted_id) is None
    assert errors_shown == [f"Không tìm thấy đề xuất “{submitted_id}”."] * 2


def test_return_needs_a_reason_and_withdraw_is_recorded(qtbot, demo_ctx, answer_yes, monkeypatch):
    from lamdong_desktop.ui.proposals.dialogs import ReasonDialog

    official = view_as(qtbot, demo_ctx, "canbo")
    window = track(official.new_proposal())
    proposal_id = _submitted(window)
    head = sign_in(demo_ctx, username="chutich", password="demo")
    dialog = ReasonDialog(demo_ctx, head, proposals.get(demo_ctx, proposal_id, actor=head), Action.RETURN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "Cần ghi rõ lý do."
    assert dialog.ok_button.text() == "Trả lại"
    assert proposals.get(demo_ctx, proposal_id, actor=head).state is State.SUBMITTED
    dialog.reject()

    def withdraw_with_reason(self):
        assert self.windowTitle() == "Rút đề xuất"
        self.reason.setPlainText("Trùng với đề xuất của Phòng Văn hóa - Xã hội.")
        self.accept()
        return self.result()

    monkeypatch.setattr(ReasonDialog, "exec", withdraw_with_reason)
    window.withdraw_button.click()
    assert window.proposal.state is State.WITHDRAWN
    assert window.banner.text() == "Đã rút. Lý do: Trùng với đề xuất của Phòng Văn hóa - Xã hội."
    assert window.visible_buttons() == ["Xem bản in…"]
    assert not window.attachments.add_button.isVisibleTo(window.attachments)


def test_attachment_errors_and_opening(qtbot, demo_ctx, tmp_path, errors_shown, monkeypatch):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    assert not window.attachments.add_button.isVisibleTo(window.attachments)  # save first
    window.title_edit.setText(TITLE)
    window.save()
    empty = tmp_path / "trống.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "giả.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    pdf = small_pdf(tmp_path)
    attaching = window.attachments.attach([empty, tmp_path / "không có.pdf", fake, pdf])
    settle(qtbot)
    assert attaching is not None and attaching.result is not None and attaching.result.added == 1
    assert errors_shown == ["Tệp “trống.pdf” rỗng.\nKhông đọc được tệp “không có.pdf” (không tồn tại, không phải tệp "
                            "hoặc không có quyền đọc).\nTệp “giả.pdf” mang đuôi “.pdf” nhưng nội dung không phải tệp "
                            "PDF. Hãy kiểm tra lại tệp (hoặc đổi đuôi cho đúng) rồi đính kèm. Chưa có gì được lưu."]
    assert window.attachments.filenames() == ["Biên bản họp thôn.pdf"]
    assert window.attachments.model.index(0, 1).data() == "1 KB"

    from lamdong_desktop.storage import meta_repo

    meta_repo.set_many(demo_ctx.db, {"attachment_max_mb": "1"})
    big = tmp_path / "Ảnh hiện trường.pdf"
    big.write_bytes(b"0" * 2_500_000)
    errors_shown.clear()
    attaching = window.attachments.attach([big])
    settle(qtbot)
    assert attaching is not None and attaching.result is not None and attaching.result.added == 0
    assert errors_shown == ["Tệp “Ảnh hiện trường.pdf” nặng 2,5 MB, vượt giới hạn 1 MB."]

    opened: list[QUrl] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window.attachments.table.selectRow(0)
    path = window.attachments.open_selected()
    assert path is not None and path.read_bytes() == pdf.read_bytes() and path.name == pdf.name
    assert opened == [QUrl.fromLocalFile(str(path))]
    window.close()
    assert not path.exists()  # the opened copy goes with the window


def test_history_compares_any_two_versions(qtbot, demo_ctx, answer_yes, on_modal):
    official = view_as(qtbot, demo_ctx, "canbo")
    window = track(official.new_proposal())
    proposal_id = _submitted(window)
    head = sign_in(demo_ctx, username="chutich", password="demo")
    proposals.return_for_revision(demo_ctx, actor=head, proposal_id=proposal_id, reason="Làm rõ nguồn lực")
    window.close()
    window = track(official.open_proposal(proposal_id))
    window.section_edits[Section.RESOURCES].setPlainText("Ngân sách xã 200 triệu đồng.")
    assert window.save()
    window.title_edit.setText("Xử lý dứt điểm vi phạm đất đai")
    assert window.save()
    history = window.history
    assert history.versions() == [1, 2, 3]
    settle(qtbot)
    history.choose(1, 3)
    settle(qtbot)
    assert [d.label for d in history.diffs] == ["Tên đề xuất", "Nguồn lực"]
    history.unified.setChecked(True)
    assert "+\nNgân sách xã 200 triệu đồng." in history.diff_view.toPlainText()
    history.choose(2, 2)
    settle(qtbot)
    assert history.diff_view.toPlainText() == "Hai bản giống nhau."
    history.choose(3, 0)
    settle(qtbot)
    assert history.diffs == []


def test_unsaved_changes_are_asked_about_on_close(qtbot, demo_ctx, monkeypatch):
    window = track(view_as(qtbot, demo_ctx, "canbo").new_proposal())
    window.title_edit.setText("Một đề xuất chưa lưu")
    assert window.dirty and window.isWindowModified()
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.CANCEL)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.SAVE)
    window.close()
    assert not window.isVisible()
    assert proposals.list_proposals(demo_ctx, actor=window.actor, limit=1)[0].title == "Một đề xuất chưa lưu"


def test_closing_the_main_window_asks_about_unsaved_proposals(qtbot, demo_ctx, monkeypatch):
    from lamdong_desktop.ui.main_window import AREA_PROPOSALS, MainWindow

    main = MainWindow(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"))
    qtbot.addWidget(main)
    main.show()
    KEPT.append(main)
    window = track(main.area_widget(AREA_PROPOSALS).new_proposal())
    window.title_edit.setText("Chưa lưu")
    asked: list[object] = []
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved",
                        lambda parent: asked.append(parent) or shared_dialogs.CANCEL)
    main.close()
    assert asked == [window] and main.isVisible() and window.isVisible()
    monkeypatch.setattr(proposal_dialogs, "ask_unsaved", lambda _parent: shared_dialogs.DISCARD)
    main.close()
    assert not main.isVisible()


def test_a_heads_own_proposal_goes_to_the_province_which_may_return_it(qtbot, demo_ctx, answer_yes):
    head = view_as(qtbot, demo_ctx, "chutich")
    window = track(head.new_proposal())
    fill(window)
    assert window.submit()
    assert "lên cấp tỉnh (cấp trên trực tiếp)?" in answer_yes[-1]  # the recipient rule, asked of the domain
    assert "Trả lại…" not in window.visible_buttons()  # the head does not receive their own proposal
    province = view_as(qtbot, demo_ctx, "tinh")
    assert window.proposal.ref in [p.ref for p in province.model.records()]
    on_province = track(province.open_proposal(window.proposal.id))
    assert on_province.visible_buttons() == ["Trả lại…", "Xem bản in…"]
    assert on_province.attachments.add_button.isVisibleTo(on_province.attachments)
