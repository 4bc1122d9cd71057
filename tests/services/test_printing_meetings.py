"""The minutes, decisions, notices and invitations of recorded meetings, printed and read back from their PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents.decision import Decision, decision_document
from lamdong_desktop.documents.invitation import invitation_document
from lamdong_desktop.documents.minutes import RESULT_FAILED_TIE, RESULT_PASSED, minutes_document
from lamdong_desktop.documents.notice import ConclusionNotice, notice_document
from lamdong_desktop.domain.errors import DomainError, NotFound, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, integrity
from lamdong_desktop.services import printing_meetings as pm
from tests.documents import layout_checks as checks
from tests.documents.pdftext import document_text, flat

from .printing_support import (
    ADJOURN_REASON,
    COUNCIL_ABSENT,
    COUNCIL_PRESENT,
    MARKS,
    OVERRIDE_REASON,
    Month,
    build_month,
)


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> Month:
    built = build_month(tmp_path_factory.mktemp("month") / "data")
    yield built
    built.o.ctx.close()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("printed")


def _pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_council_minutes_hold_the_date_people_scores_votes_and_conclusion(month, out):
    doc = pm.minutes_of(month.o.ctx, month.council.id, actor=month.o.secretary)
    path = pm.render_minutes(doc, out / "council.pdf")
    text = document_text(path)
    for expected in ("BIÊN BẢN", "Số: 01/BB-HĐĐG", "Thời gian bắt đầu: 08 giờ 00, ngày 12 tháng 01 năm 2026.",
                     "Có mặt: 4/5 thành viên",
                     f"Vắng mặt: 1/5 thành viên, gồm: 1. {COUNCIL_ABSENT}, Trưởng phòng Kinh tế – lý do: Đi công tác.",
                     "Đinh Công Thành, Phó Chủ tịch UBND xã Di Linh: Cần làm rõ nguồn kinh phí.",
                     "- Tán thành: 3/4 thành viên; - Không tán thành: 1/4 thành viên; "
                     "- Không biểu quyết: 0/4 thành viên.",
                     f"Kết quả: {RESULT_PASSED}", "Hội đồng thống nhất đề nghị phê duyệt đề xuất.",
                     "Giao người đề xuất hoàn thiện Kế hoạch theo ý kiến Hội đồng.",
                     "Cuộc họp kết thúc vào 11 giờ 30, ngày 12 tháng 01 năm 2026./."):
        assert expected in text, expected
    for name in COUNCIL_PRESENT:
        assert name in text
    # Each criterion with each member's marks in the table, the half mark with a decimal comma, and the totals.
    for criterion in ("Tính cấp bách", "Mục đích trong sáng", "Quy trình dân chủ", "Tính khả thi", "Hiệu quả dự kiến"):
        assert criterion in text
    for name, marks in MARKS.items():
        row = " ".join(str(m) for m in marks)
        total = sum(float(str(m).replace(",", ".")) for m in marks)
        assert f"{name} {row} {total:g}".replace(".", ",") in text, name
    assert "Điểm trung bình 8,25 8,50 8,38 7,50 8,50 41,13" in text  # rounded half up, as the domain rounds
    assert "sau thời hạn" not in text  # held within the 07 working days
    checks.check_all(path, _pages(path), minutes_document(doc))


def test_the_secretary_signs_left_of_the_chair(month, out):
    path = pm.print_minutes(month.o.ctx, actor=month.o.head, meeting_id=month.late.id, target=out / "late.pdf")
    last = checks.by_text(checks.page_runs(path)[-1])
    secretary, chair = last["THƯ KÝ"], last["CHỦ TRÌ"]
    assert secretary.x + secretary.width < checks.CENTRE < chair.x
    assert secretary.y == pytest.approx(chair.y, abs=0.5)
    assert last["Trần Thị Mai"].x < checks.CENTRE < last["Nguyễn Văn Hùng"].x


def test_a_tie_the_head_decided_against_and_his_written_approval_are_in_the_minutes(month, out):
    text = document_text(pm.print_minutes(month.o.ctx, actor=month.o.head, meeting_id=month.late.id,
                                          target=out / "late.pdf"))
    assert "Số: 02/BB-UBND" in text  # the adjourned meeting's minutes took 01/BB-UBND
    assert "- Tán thành: 2/4 thành viên; - Không tán thành: 2/4 thành viên" in text
    assert f"Kết quả: {RESULT_FAILED_TIE}" in text
    assert ("Sau khi biểu quyết không thông qua, Nguyễn Văn Hùng, Chủ tịch UBND xã Di Linh quyết định bằng văn bản phê "
            "duyệt đề xuất") in text and flat(OVERRIDE_REASON) in text
    # The deputy who proposed one of them does not vote on it (ND 73/2023 Đ8.1), and the meeting was late.
    assert "Ka Thị Hương không tham gia biểu quyết: là người đề xuất" in text
    assert text.count("Thời hạn đưa đề xuất ra họp") == text.count("sau thời hạn này") == 3
    assert "ngày 14 tháng 01 năm 2026" in text


def test_minutes_before_closing_are_a_draft_without_a_number(month, out):
    path = pm.render_minutes(month.draft_minutes, out / "draft.pdf")
    text = document_text(path)
    assert "Số: /BB-HĐĐG" in flat(text) and "01/BB-HĐĐG" not in text
    for page in PdfReader(path).pages:
        assert page.extract_text().splitlines()[0].strip() in ("DỰ THẢO", "2", "3")
    checks.check_all(path, _pages(path), minutes_document(month.draft_minutes))


def test_an_adjourned_meeting_says_why_and_takes_no_vote(month, out):
    text = document_text(pm.print_minutes(month.o.ctx, actor=month.o.head, meeting_id=month.adjourned.id,
                                          target=out / "adjourned.pdf"))
    assert "Số: 01/BB-UBND" in text
    assert "Số thành viên có mặt là 2/4, không đủ số lượng thành viên theo quy định" in text
    assert flat(ADJOURN_REASON) in text and "Tán thành:" not in text
    assert "Đinh Công Thành, Phó Chủ tịch UBND xã Di Linh – lý do: Đi công tác" in text


def test_an_approval_prints_as_a_decision_numbered_and_signed_from_the_register(month, out):
    doc = pm.decision_of(month.o.ctx, month.approval.id, actor=month.o.head)
    assert isinstance(doc, Decision)
    path = pm.render_decision(doc, out / "approval.pdf")
    text = document_text(path)
    for expected in ("QUYẾT ĐỊNH", "Số: 01/QĐ-UBND", "Di Linh, ngày 13 tháng 01 năm 2026",
                     "Về việc phê duyệt đề xuất đổi mới, sáng tạo “Chuyển đổi số thủ tục đất đai toàn xã”",
                     "Căn cứ Biên bản họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo số 01/BB-HĐĐG ngày 12 tháng 01 "
                     "năm 2026;", "Căn cứ ý kiến của Đảng ủy xã Di Linh ngày 05 tháng 01 năm 2026;",
                     "3. Nội dung, nhiệm vụ, giải pháp: Về đất đai: nội dung mục solution của đề xuất.",
                     "K'Brơi Ngọc Sơn, Chuyên viên Phòng Kinh tế, chủ trì tổ chức thực hiện",
                     "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Hùng"):
        assert expected in text, expected
    checks.check_all(path, _pages(path), decision_document(doc))


def test_a_deputy_signs_the_heads_written_approval_for_him(month, out):
    doc = pm.decision_of(month.o.ctx, month.override_approval.reference, actor=month.o.head)
    text = document_text(pm.render_decision(doc, out / "override.pdf"))
    assert "Số: 02/QĐ-UBND" in text and "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đinh Công Thành" in text
    assert "Đề xuất được phê duyệt do người đứng đầu quyết định theo khoản 1 Điều 8" in text
    assert flat(OVERRIDE_REASON) in text


@pytest.mark.parametrize("which, outcome, number, conclusion", [
    ("rejection", "reject", "01/TB-UBND", "1. Không phê duyệt đề xuất."),
    ("notice", "return", "02/TB-UBND", "1. Trả lại đề xuất để người đề xuất nghiên cứu, hoàn thiện và trình lại."),
])
def test_a_return_or_a_rejection_prints_as_a_notice_of_the_conclusion(month, out, which, outcome, number,
                                                                      conclusion):
    view = getattr(month, which)
    doc = pm.decision_of(month.o.ctx, view.id, actor=month.o.head)
    assert isinstance(doc, ConclusionNotice) and doc.outcome == outcome
    path = pm.render_decision(doc, out / f"{which}.pdf")
    text = document_text(path)
    assert "THÔNG BÁO" in text and f"Số: {number}" in text and conclusion in text
    assert "Biên bản số 02/BB-UBND" in text and "Ngày 19 tháng 01 năm 2026" in text
    for reason in view.reasons.splitlines():
        assert reason.rstrip(".") in text
    counts = ("1/4 thành viên tham gia biểu quyết tán thành, 3/4 không tán thành" if outcome == "reject" else
              "1/3 thành viên tham gia biểu quyết tán thành, 2/3 không tán thành")
    assert f"Kết quả biểu quyết: {counts}" in text and "đề xuất không được thông qua" in text
    checks.check_all(path, _pages(path), notice_document(doc))


def test_the_invitation_names_the_members_the_chair_and_the_proposers(month, out):
    doc = pm.invitation_of(month.o.ctx, month.council.id, actor=month.o.head)
    path = pm.render_invitation(doc, out / "invitation.pdf")
    text = document_text(path)
    assert "GIẤY MỜI" in text and "Số: 01/GM-UBND" in text and "Di Linh, ngày 12 tháng 01 năm 2026" in text
    invited = text[text.index("trân trọng kính mời:"):text.index("Tới dự:")]
    assert "Nguyễn Văn Hùng" not in invited  # he chairs it
    for name in ("Ka Thị Hương", "Đinh Công Thành", "Trần Thị Mai", "Hoàng Đức Long"):
        assert name in invited
    assert "K'Brơi Ngọc Sơn, Chuyên viên Phòng Kinh tế (người đề xuất)" in invited
    assert "do Nguyễn Văn Hùng, Chủ tịch UBND xã Di Linh chủ trì" in text
    assert "08 giờ 00, thứ Hai, ngày 12 tháng 01 năm 2026" in text
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Hùng" in text
    checks.check_all(path, _pages(path), invitation_document(doc))


def test_the_minutes_list_the_invited_proposers_who_are_not_members_under_the_attendees(month, out):
    guest = "K'Brơi Ngọc Sơn, Chuyên viên Phòng Kinh tế – người đề xuất"
    council = document_text(pm.render_minutes(pm.minutes_of(month.o.ctx, month.council.id, actor=month.o.head),
                                              out / "council-guests.pdf"))
    assert f"Khách mời: 1. {guest} ({month.broad.ref})." in council
    order = [council.index(w) for w in ("Thành phần tham dự:", "Vắng mặt:", "Khách mời:", "Chủ trì:", "Nội dung:")]
    assert order == sorted(order)
    # The late meeting: the official presents two proposals (listed once), the deputy is a member (not a guest).
    late = document_text(pm.render_minutes(pm.minutes_of(month.o.ctx, month.late.id, actor=month.o.head),
                                           out / "late-guests.pdf"))
    attendance = late[late.index("Khách mời:"):late.index("Chủ trì:")]
    assert attendance.startswith(f"Khách mời: 1. {guest} ({month.overridden.ref}, {month.rejected.ref}).")
    assert "2." not in attendance and "Ka Thị Hương" not in attendance
    # The invitation and the minutes name the same guests: one rule (``minutes.guests_of``).
    invited = document_text(pm.render_invitation(pm.invitation_of(month.o.ctx, month.late.id, actor=month.o.head),
                                                 out / "late-invitation.pdf"))
    invited = invited[invited.index("trân trọng kính mời:"):invited.index("Tới dự:")]
    assert invited.count("K'Brơi Ngọc Sơn") == 1 and "Ka Thị Hương" in invited


def test_every_page_carries_the_audit_head_and_the_same_record_prints_the_same_text(month, out):
    ctx = month.o.ctx
    seq, short = integrity.current_head(ctx)
    line = f"Nhật ký #{seq} · {short}"
    for name, make, render in (
        ("m", lambda: pm.minutes_of(ctx, month.council.id, actor=month.o.head), pm.render_minutes),
        ("d", lambda: pm.decision_of(ctx, month.notice.id, actor=month.o.head), pm.render_decision),
        ("i", lambda: pm.invitation_of(ctx, month.late.id, actor=month.o.head), pm.render_invitation),
    ):
        first, second = render(make(), out / f"{name}1.pdf"), render(make(), out / f"{name}2.pdf")
        assert document_text(first) == document_text(second)
        assert all(line in page.extract_text() for page in PdfReader(first).pages), name
    assert integrity.current_head(ctx) == (seq, short)  # printing writes nothing


def test_a_decision_is_found_by_id_number_proposal_or_meeting(month):
    ctx, head = month.o.ctx, month.o.head
    for typed in (month.approval.id, "01/QĐ-UBND", "1/qd-ubnd", "Số: 01/QĐ-UBND", month.broad.ref,
                  month.council.id, month.council.id[:8]):
        assert pm.find_decision(ctx, typed, actor=head) == month.approval.id, typed
    with pytest.raises(ValidationError) as many:
        pm.find_decision(ctx, month.late.id, actor=head)
    assert many.value.code == "decisions_many"
    assert "02/QĐ-UBND, 01/TB-UBND, 02/TB-UBND" in describe(many.value)
    for typed, code in ((month.waiting.ref, "decision_none"), ("09/QĐ-UBND", "decision_not_found"),
                        ("không có", "decision_not_found")):
        with pytest.raises(NotFound) as missing:
            pm.find_decision(ctx, typed, actor=head)
        assert missing.value.code == code and "{" not in describe(missing.value)


def test_only_readers_print_and_a_proposer_sees_his_own_item(month, out):
    ctx = month.o.ctx
    province = accounts.sign_in(ctx, username="tinh", password="demo")
    for call in (lambda: pm.minutes_of(ctx, month.council.id, actor=province),
                 lambda: pm.decision_of(ctx, month.approval.id, actor=province),
                 lambda: pm.decision_of(ctx, month.broad.ref, actor=province),
                 lambda: pm.invitation_of(ctx, month.council.id, actor=province)):
        with pytest.raises(NotFound):
            call()
    # The official proposed two of the late meeting's three: he reads their minutes and decisions, not the third's.
    official = month.o.official
    minutes = pm.minutes_of(ctx, month.late.id, actor=official)
    assert [i.proposal.reference for i in minutes.agenda] == [month.overridden.ref, month.rejected.ref]
    assert isinstance(pm.decision_of(ctx, month.rejection.id, actor=official), ConclusionNotice)
    with pytest.raises(NotFound):
        pm.decision_of(ctx, month.notice.id, actor=official)
    text = document_text(pm.render_minutes(minutes, out / "own.pdf"))
    assert month.overridden.ref in text and month.returned.ref not in text


def test_printing_into_the_data_folder_is_refused_and_writes_nothing(month):
    ctx = month.o.ctx
    target = ctx.paths.root / "bien-ban.pdf"
    for call in (lambda: pm.print_minutes(ctx, actor=month.o.head, meeting_id=month.council.id, target=target),
                 lambda: pm.print_decision(ctx, actor=month.o.head, decision=month.approval.id, target=target),
                 lambda: pm.print_invitation(ctx, actor=month.o.head, meeting_id=month.council.id, target=target)):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == "print_target_refused" and "thư mục dữ liệu" in describe(refused.value)
    assert not target.exists()


def test_a_missing_folder_or_a_folder_for_the_file_is_named_as_typed_for_every_form(month, tmp_path):
    """The temporary file beside the target (".bien-ban.pdf.….tmp") was what the message named."""
    ctx, head = month.o.ctx, month.o.head
    forms = ((pm.minutes_of(ctx, month.council.id, actor=head), pm.render_minutes),
             (pm.decision_of(ctx, month.approval.id, actor=head), pm.render_decision),
             (pm.decision_of(ctx, month.rejection.id, actor=head), pm.render_decision),
             (pm.invitation_of(ctx, month.council.id, actor=head), pm.render_invitation))
    missing, folder = tmp_path / "không-có" / "bien-ban.pdf", tmp_path / "Bản in"
    folder.mkdir()
    for doc, render in forms:
        with pytest.raises(DomainError) as failed:
            render(doc, missing)
        text = describe(failed.value)
        assert failed.value.code == "target_folder_missing" and ".tmp" not in text
        assert text.startswith(f"Không ghi được tệp “{missing}”: thư mục “{missing.parent}” không tồn tại.")
        with pytest.raises(DomainError) as failed:  # the renderer itself, past the print command's own check
            render(doc, folder)
        assert failed.value.code == "target_is_folder" and f"“{folder}”: đó là một thư mục" in describe(failed.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Bản in"] and list(folder.iterdir()) == []


def test_exact_scores_print_as_given():
    from fractions import Fraction

    assert pm.exact(Fraction(8)) == 8
    assert str(pm.exact(Fraction(17, 2))) == "8.5"
    assert str(pm.exact(Fraction(33, 4))) == "8.25"
    assert str(pm.exact(Fraction(25, 3))) == "8.33"
