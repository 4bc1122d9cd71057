"""Who may do what in the meeting screens, and the score grid: a member edits only his own row, the secretary every
row, the totals and averages are the services' exact ones; an official has no meetings area; the printed
documents are offered only once ``services.printing`` has them."""

from __future__ import annotations

import importlib
import importlib.util
from fractions import Fraction
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lamdong_desktop.services import meeting_votes, printing
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.text import mark
from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog

from ..services.meeting_support import EVERYONE, attend, convene, member_ids, office, received
from .meeting_support import meeting_clock, second_window, window_as

CODES = ("urgency", "pure_purpose", "democratic_process", "feasibility", "effectiveness")


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def _editable_rows(grid) -> list[str]:
    model = grid.model
    return [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())
            if any(model.editable(r, c) for c in range(model.columnCount()))]


def test_a_member_edits_only_his_own_row_and_the_secretary_every_row(qtbot, o):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    # Ka Thị Hương (phochutich) sits as the council's vice-chair: she reads the meeting and scores for herself.
    member = window_as(qtbot, o, o.leader, meeting)
    grid = member.item_panel(broad.ref).scores
    assert _editable_rows(grid) == ["Ka Thị Hương"]
    assert grid.enter("Ka Thị Hương", "urgency", "8,5")
    assert not grid.enter("Nguyễn Văn Hùng", "urgency", "9")
    assert grid.model.text(1, 0) == "8,5"
    stored = o.ctx.db.execute("SELECT member_id, score FROM meeting_scores").fetchall()
    assert [tuple(r) for r in stored] == [(member_ids(meeting)["Ka Thị Hương"], "8.5")]
    # She records nothing else: no attendance buttons, no ballots, no minutes' text.
    assert not [b for b in member.findChildren(QPushButton) if b.objectName().startswith(("present-", "absent-"))]
    votes = member.item_panel(broad.ref).votes
    assert not votes.radio("Đinh Công Thành", "for").isEnabled() and votes.save_button.isHidden()
    assert member.minutes.text.first.isReadOnly()
    secretary = second_window(qtbot, o, o.secretary, meeting)
    assert _editable_rows(secretary.item_panel(broad.ref).scores) == list(EVERYONE)
    head = second_window(qtbot, o, o.head, meeting)  # the head chairs: his own row, as any member
    assert _editable_rows(head.item_panel(broad.ref).scores) == ["Nguyễn Văn Hùng"]


def test_the_score_grid_shows_the_services_exact_totals_and_averages(qtbot, o):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE[:4], absent=EVERYONE[4:])
    window = window_as(qtbot, o, o.secretary, meeting)
    grid = window.item_panel(broad.ref).scores
    assert grid.model.rowCount() == 5  # the four present and the averages; the absent member does not score
    marks = {"Nguyễn Văn Hùng": ["8", "9", "7", "8", "9"], "Ka Thị Hương": ["9", "8,5", "8", "7", "8"],
             "Đinh Công Thành": ["8", "8", "9", "8", "8"], "Trần Thị Mai": ["7", "8", "8", "9", "10"]}
    for name, values in marks.items():
        for code, value in zip(CODES, values, strict=True):
            assert grid.enter(name, code, value)
    assert not grid.enter("Trần Thị Mai", "urgency", "11")  # out of 0–10: refused by the service, kept as it was
    sheet = meeting_votes.score_sheet(o.ctx, meeting.id, broad.id, actor=o.head)
    assert sheet.complete and sheet.criterion_averages["urgency"] == Fraction(8)
    assert sheet.criterion_averages["pure_purpose"] == Fraction(67, 8)
    model = grid.model
    average_row, total = model.rowCount() - 1, model.columnCount() - 1
    assert [model.text(average_row, c) for c in range(model.columnCount())] == [
        mark(sheet.criterion_averages[c]) for c in CODES] + [mark(sheet.overall_average)]
    assert model.text(average_row, 1) == "8,38"  # 67/8 = 8.375, half up
    assert model.text(1, total) == "40,5" and model.text(0, 0) == "8"
    assert grid.missing_line.text().startswith("Đã chấm đủ.")
    assert model.headerData(total, Qt.Orientation.Horizontal) == "Tổng\n(tối đa 50)"


def test_an_official_sees_no_meetings_area_and_the_leadership_no_convene_button(qtbot, o):
    official = MainWindow(o.ctx, sign_in(o.ctx, username="canbo", password="demo"))
    qtbot.addWidget(official)
    assert "Họp và quyết định" not in official.area_titles()
    for actor, convenes in ((o.head, True), (o.leader, False), (o.secretary, False)):
        window = MainWindow(o.ctx, actor)
        qtbot.addWidget(window)
        assert "Họp và quyết định" in window.area_titles()
        view = window.area_widget("meetings")
        assert view.convene_button.isVisibleTo(view) is convenes


def test_printed_documents_are_offered_once_the_printing_services_exist(qtbot, o, monkeypatch, tmp_path):
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    window = window_as(qtbot, o, o.secretary, meeting)
    for button, kind in ((window.minutes_button, "minutes"), (window.invitation_button, "invitation")):
        assert button.isVisibleTo(window) is documents.can_print(kind)
    for name in documents.PRINTING_MODULES:  # a module's pair only once both exist
        if importlib.util.find_spec(name) is not None:
            monkeypatch.delattr(importlib.import_module(name), "minutes_of", raising=False)
    assert not documents.can_print("minutes")
    window.reload()
    assert window.minutes_button.isHidden()
    asked: list[tuple[object, str, object]] = []

    def minutes_of(ctx, meeting_id, *, actor):
        asked.append((ctx, meeting_id, actor))
        return "the minutes"

    def render_minutes(document, target: Path) -> Path:
        from reportlab.pdfgen import canvas

        page = canvas.Canvas(str(target))
        page.drawString(72, 720, f"BIEN BAN {document}")
        page.save()
        return target

    monkeypatch.setattr(printing, "minutes_of", minutes_of, raising=False)
    monkeypatch.setattr(printing, "render_minutes", render_minutes, raising=False)
    window.reload()
    assert window.minutes_button.isVisibleTo(window)
    dialog = window.preview("minutes")
    assert isinstance(dialog, PdfPreviewDialog) and asked == [(o.ctx, meeting.id, o.secretary)]
    with qtbot.waitSignal(dialog.loaded, timeout=20_000) as pages:
        pass
    assert pages.args == [1]
    dialog.close()


def test_a_meeting_document_saved_from_its_preview_is_recorded_with_its_code(qtbot, o, tmp_path):
    from tests.documents.qr_read import page_codes

    meeting = attend(o, convene(o, [received(o, broad=True).id]), EVERYONE)
    window = window_as(qtbot, o, o.secretary, meeting)
    for kind in ("invitation", "minutes"):
        dialog = window.preview(kind)
        with qtbot.waitSignal(dialog.loaded, timeout=20_000):
            pass
        saved = dialog.save_to(tmp_path / f"{kind}.pdf")
        [(code, source)] = o.ctx.db.execute("SELECT short_code, source FROM printed_documents WHERE source = ? "
                                            "AND subject_id = ?", [kind, meeting.id]).fetchall()
        assert source == kind and page_codes(saved)[0][0].replace("-", "").endswith(code)
        dialog.close()


def test_a_meeting_held_after_the_limit_is_marked_late_in_the_list(qtbot, o):
    from datetime import date

    from lamdong_desktop.ui.meetings.list_view import MeetingsView
    from lamdong_desktop.ui.shared.table_models import ALERT_COLOR

    on_time = convene(o, [received(o, title="Đề xuất họp đúng hạn").id], day=date(2026, 1, 12))
    late = convene(o, [received(o, title="Đề xuất họp muộn").id], day=date(2026, 1, 15))  # the limit was the 14th
    view = MeetingsView(o.ctx, o.secretary)
    qtbot.addWidget(view)
    assert [m.id for m in view.meetings_shown()] == [late.id, on_time.id]  # newest first
    assert view.proxy.index(0, 5).data() == "Họp muộn" and view.proxy.index(1, 5).data() == ""
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == ALERT_COLOR
    assert view.summary.text().startswith("2 cuộc họp, trong đó 1 cuộc họp muộn")
    assert view.convene_button.isHidden()  # the secretary records; only the head convenes


def test_the_proposer_reads_his_meeting_from_his_proposal_window_without_any_control(qtbot, o):
    from lamdong_desktop.services import proposals as proposal_services
    from lamdong_desktop.ui.proposals.editor import ProposalWindow

    broad = received(o, broad=True)  # by the official
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    window = ProposalWindow(o.ctx, o.official, proposal_services.open_proposal(o.ctx, broad.id, actor=o.official))
    qtbot.addWidget(window)
    assert window.meetings_line.line.text() == "Đưa ra họp: Hội đồng đánh giá 12/01/2026 (Đang họp)."
    opened = window.meetings_line.open_latest()
    assert opened is not None and opened.meeting.id == meeting.id
    qtbot.addWidget(opened)
    panel = opened.item_panel(broad.ref)
    assert not any(r.isEnabled() for r in panel.votes.radios[meeting.members[0].id].values())
    assert panel.decision.decide_button.isHidden() and opened.attach_button.isHidden()
    assert not [b for b in opened.findChildren(QPushButton) if b.objectName().startswith(("present-", "absent-"))]


def test_an_official_who_sits_on_a_council_sees_its_meeting_and_scores_only_for_himself(qtbot, o):
    """An official is not a reader of every meeting, but a council member reads his own meetings and enters his
    own scores: the window offers him the area as soon as he has a seat, and only his meetings are listed."""
    broad = received(o, by=o.secretary, broad=True)
    other = convene(o, [received(o, by=o.secretary, title="Số hóa hồ sơ").id], kind="leadership",
                    seats=(("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "member", False),
                           ("Trần Thị Mai", "secretary", False)))
    seats = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "vice_chair", False),
             ("K'Brơi Ngọc Sơn", "member", False), ("Trần Thị Mai", "secretary", False),
             ("Hoàng Đức Long", "member", False))
    meeting = attend(o, convene(o, [broad.id], seats=seats), [name for name, _, _ in seats])
    window = MainWindow(o.ctx, o.official)
    qtbot.addWidget(window)
    assert "Họp và quyết định" in window.area_titles()
    listed = [m.id for m in window.area_widget("meetings").meetings_shown()]
    assert meeting.id in listed and other.id not in listed
    member = window_as(qtbot, o, o.official, meeting)
    assert _editable_rows(member.item_panel(broad.ref).scores) == ["K'Brơi Ngọc Sơn"]
