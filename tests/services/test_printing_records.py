"""The printed record (Bản tổng hợp, for the personnel file) and the yearly review (Báo cáo), read back with pypdf:
what the record holds, in the words of the ruling; each print recorded so that ``verify --code`` checks a paper copy;
only for their readers; the review numbered only from a report's number in the register."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.services import commendations, periodic_review, printed, register
from lamdong_desktop.services import printing_records as pr
from lamdong_desktop.services.printed_verify import Verdict, check_code
from lamdong_desktop.storage import printed_repo
from tests.documents.layout_checks import CENTRE, by_text, page_runs
from tests.documents.pdftext import check_lines, document_text

from .meeting_support import at, office
from .record_support import IMPLEMENTER, carried_out

SON = "K'Brơi Ngọc Sơn"
PRINTED_ON = date(2026, 2, 20)


@pytest.fixture
def o(demo):
    return office(*demo)


def _commend(o, land):
    with at(PRINTED_ON, 8):
        commendations.record(o.ctx, actor=o.head, proposal_id=land.id, person_id=o.person(SON),
                             form="Giấy khen của Chủ tịch Ủy ban nhân dân xã", reference="25/QĐ-UBND",
                             decided_on=date(2026, 2, 18))


def _code(path) -> str:
    return check_lines(path)[0].rsplit(" ", 1)[-1]


def test_the_record_prints_each_proposal_with_its_decision_result_ruling_and_commendation(o, tmp_path):
    land, records = carried_out(o)
    _commend(o, land)
    with at(PRINTED_ON, 9):
        path = pr.print_record(o.ctx, actor=o.official, person_id=o.person(SON), target=tmp_path / "hs.pdf")
    text = document_text(path)
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ DI LINH", "Di Linh, ngày 20 tháng 02 năm 2026", "BẢN TỔNG HỢP",
                     f"Kết quả đề xuất, thực hiện giải pháp đổi mới, sáng tạo của {SON}", "(Lưu hồ sơ cán bộ)",
                     "Họ và tên: K'Brơi Ngọc Sơn", "Chức vụ: Chuyên viên Phòng Kinh tế",
                     f"1. {land.ref} — “Giải quyết dứt điểm vi phạm đất đai”",
                     "Vai trò: Người đề xuất, Người thực hiện;", "Tình trạng: Đã đánh giá kết quả;",
                     "Quyết định: Phê duyệt (Quyết định số 01/QĐ-UBND ngày 13/01/2026);",
                     "Thực hiện: từ 15/01/2026 đến 30/01/2026;",
                     "Kết quả đánh giá: Hoàn thành, đạt 2/2 chỉ tiêu định lượng (Thông báo số 01/TB-UBND ngày "
                     "11/02/2026);", "Về trách nhiệm: Không bị xem xét trách nhiệm; được xem xét khen thưởng, nâng "
                     "lương trước thời hạn 12 tháng;", "Khen thưởng: Giấy khen của Chủ tịch Ủy ban nhân dân xã "
                     "(Quyết định số 25/QĐ-UBND ngày 18/02/2026).", f"2. {records.ref}", "Vai trò: Người đề xuất;",
                     "Về trách nhiệm: Được loại trừ trách nhiệm: không phải chịu trách nhiệm kỷ luật Đảng",
                     "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng", "- Lưu: VT, hồ sơ cán bộ."):
        assert expected in text, expected
    assert "Số:" not in text  # a summary certified from the records, not a document of the register
    runs = page_runs(path)
    title = by_text(runs[0])["BẢN TỔNG HỢP"]
    assert title.face == "LiberationSerif-Bold" and abs(title.x + title.width / 2 - CENTRE) < 2


def test_a_printed_record_checks_as_current_until_the_record_changes(o, tmp_path):
    land, _ = carried_out(o)
    with at(PRINTED_ON, 7):
        path = pr.print_record(o.ctx, actor=o.head, person_id=o.person(SON), target=tmp_path / "hs.pdf")
    assert check_lines(path)[0].startswith(f"Bản tổng hợp · {SON} · mã kiểm tra")
    with at(date(2026, 2, 23)):  # another day: the paper still says what the record says
        assert check_code(o.ctx, actor=o.secretary, text=_code(path)).verdict is Verdict.CURRENT
    _commend(o, land)
    with at(date(2026, 2, 23)):
        found = check_code(o.ctx, actor=o.head, text=_code(path))
    assert found.verdict is Verdict.SUPERSEDED and any("Giấy khen" in line for line in found.differences)
    [copy] = [printed.copy_view(r) for r in printed_repo.of_subject(o.ctx.db, printed.RECORD, "people",
                                                                  pr.record_subject(o.person(SON), PRINTED_ON))]
    assert copy.draft is False and copy.number == "" and copy.reference == SON


def test_only_its_readers_print_a_record_and_nothing_is_written_for_another(o, tmp_path):
    carried_out(o)
    target = tmp_path / "hs.pdf"
    with at(PRINTED_ON), pytest.raises(PermissionDenied):
        pr.print_record(o.ctx, actor=o.official, person_id=o.person(IMPLEMENTER), target=target)
    assert not target.exists()
    with at(PRINTED_ON):
        text = document_text(pr.print_record(o.ctx, actor=o.secretary, person_id=o.person(IMPLEMENTER),
                                             target=target))
    assert "Vai trò: Người thực hiện;" in text and "Người đề xuất" not in text.split("III.")[1].split("Vai trò")[1]


def test_the_yearly_review_counts_states_and_rulings_and_lists_what_is_suggested(o, tmp_path):
    land, records = carried_out(o)
    _commend(o, land)
    found = periodic_review.review(o.ctx, 2026, actor=o.leader)
    assert found.submitted == 2 and found.evaluated == 2 and [s.ref for s in found.suggested] == [land.ref]
    with at(PRINTED_ON, 9):
        path = pr.print_review(o.ctx, actor=o.head, year=2026, target=tmp_path / "bc.pdf")
    text = document_text(path)
    for expected in ("Số: /BC-UBND", "năm 2026", "BÁO CÁO", "Tổng kết năm 2026 việc thực hiện đề xuất đổi mới, "
                     "sáng tạo; đề nghị nhân rộng, khen thưởng", "I. TÌNH HÌNH ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO NĂM 2026",
                     "xã Di Linh có 2 đề xuất đổi mới, sáng tạo được trình", "Đã đánh giá kết quả 2",
                     "Tổng cộng 2", "2 đề xuất được kết luận đánh giá", "Không bị xem xét trách nhiệm 1",
                     "Loại trừ trách nhiệm 1", "Không được bảo vệ, đề nghị Ủy ban kiểm tra xem xét 0",
                     "Hoàn thành: 1 đề xuất;", "III. CÁC ĐỀ XUẤT ĐỀ NGHỊ NHÂN RỘNG, KHEN THƯỞNG",
                     f"{land.ref} “Giải quyết dứt điểm vi phạm đất đai”", "K'Brơi Ngọc Sơn, Chuyên viên Phòng Kinh tế",
                     "Hoàn thành, đạt 2/2 chỉ tiêu (Thông báo số 01/TB-UBND ngày 11/02/2026)",
                     "(Quyết định số 25/QĐ-UBND ngày 18/02/2026) cho K'Brơi Ngọc Sơn", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                     "Đề nghị nhân rộng các mô hình", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Hùng"):
        assert expected in text, expected
    assert records.ref not in text  # not completed: counted, not suggested
    assert check_lines(path)[0].startswith("Dự thảo báo cáo · Năm 2026 · mã kiểm tra")


def test_a_review_is_numbered_only_by_a_report_of_the_register(o, tmp_path):
    carried_out(o)
    with at(date(2026, 12, 28)):
        number = register.issue(o.ctx, actor=o.secretary, doc_type="BC", title="Báo cáo tổng kết năm 2026",
                                signer_person_id=o.person("Nguyễn Văn Hùng"), authority="TM").value
        notice = register.issue(o.ctx, actor=o.secretary, doc_type="TB", title="Thông báo khác",
                                signer_person_id=o.person("Nguyễn Văn Hùng")).value
        text = document_text(pr.print_review(o.ctx, actor=o.secretary, year=2026, entry_id=number.id,
                                             target=tmp_path / "bc.pdf"))
        assert f"Số: {number.reference}" in text and "Di Linh, ngày 28 tháng 12 năm 2026" in text
        with pytest.raises(ValidationError) as refused:
            pr.print_review(o.ctx, actor=o.secretary, year=2026, entry_id=notice.id, target=tmp_path / "x.pdf")
        assert refused.value.code == "review_number_invalid" and refused.value.params["reason"] == "not_report"
        with pytest.raises(ValidationError) as other:
            pr.print_review(o.ctx, actor=o.secretary, year=2024, entry_id=number.id, target=tmp_path / "x.pdf")
        assert other.value.params["reason"] == "other_year"
    assert not (tmp_path / "x.pdf").exists()
    assert check_code(o.ctx, actor=o.head, text=_code(tmp_path / "bc.pdf")).verdict is Verdict.CURRENT


def test_an_official_may_not_read_or_print_the_review_and_a_bad_year_is_refused(o, tmp_path):
    for reader in (o.official, o.admin):
        with pytest.raises(PermissionDenied):
            pr.print_review(o.ctx, actor=reader, year=2026, target=tmp_path / "bc.pdf")
    with pytest.raises(ValidationError):
        periodic_review.review(o.ctx, 20260, actor=o.head)
    empty = document_text(pr.print_review(o.ctx, actor=o.head, year=2025, target=tmp_path / "bc.pdf"))
    assert "không có đề xuất đổi mới, sáng tạo nào được trình" in empty and "Không có." in empty
