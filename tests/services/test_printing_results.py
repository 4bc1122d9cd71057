"""The printed result report, the conclusion of the evaluation and an adjustment, read back with pypdf: what the
record holds, in the words of the ruling, late marks included; only for a reader; never into the data folder."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound
from lamdong_desktop.services import adjustments
from lamdong_desktop.services import printing_results as pr
from tests.documents.layout_checks import CENTRE, by_text, page_runs
from tests.documents.pdftext import document_text, flat

from .implementation_support import evaluate, put_to_evaluation, reported, started
from .meeting_support import at, office


@pytest.fixture
def o(demo):
    return office(*demo)


def test_the_report_prints_each_indicator_the_late_mark_and_the_implementers_signature(o, tmp_path):
    proposal = reported(o, values=("45", "21"), on=date(2026, 2, 10), damage=True)
    with at(date(2026, 2, 10), 11):
        text = flat(document_text(pr.print_report(o.ctx, actor=o.official, proposal_id=proposal.id,
                                                  target=tmp_path / "bc.pdf")))
    for expected in ("BÁO CÁO", "Kết quả thực hiện đề xuất đổi mới, sáng tạo “Giải quyết dứt điểm vi phạm đất đai”",
                     "Di Linh, ngày 10 tháng 02 năm 2026", "Thực hiện Quyết định số 01/QĐ-UBND ngày 13 tháng 01 năm "
                     "2026", "từ ngày 15 tháng 01 năm 2026 đến ngày 30 tháng 01 năm 2026",
                     "Hồ sơ vi phạm được xử lý", "Đạt", "Chưa đạt", "50%", "Đạt 1/2 chỉ tiêu định lượng",
                     "hoàn thành một phần", "Muộn 2 ngày làm việc; hạn 06/02/2026",
                     "Giá trị thiệt hại ước tính: Khoảng 20 triệu đồng", "Nguyên nhân: Mưa lũ",
                     "NGƯỜI THỰC HIỆN", "K'Brơi Ngọc Sơn"):
        assert expected in text, expected
    assert "Số:" not in text  # the implementer's own document: no number from the unit's register
    pages = page_runs(tmp_path / "bc.pdf")
    title, signer = by_text(pages[0])["BÁO CÁO"], by_text(pages[-1])["NGƯỜI THỰC HIỆN"]
    assert title.face == "LiberationSerif-Bold" and abs(title.x + title.width / 2 - CENTRE) < 2  # centred, bold
    assert signer.face == "LiberationSerif-Bold" and signer.x > CENTRE  # the signature on the right


def test_the_conclusion_prints_the_findings_and_the_ruling_in_plain_words(o, tmp_path):
    proposal, _ = put_to_evaluation(o, values=("45", "20"))
    made = evaluate(o, proposal, result="not_met")
    with at(date(2026, 2, 11), 15):
        text = flat(document_text(pr.print_evaluation(o.ctx, actor=o.head, evaluation=made.reference,
                                                      target=tmp_path / "kl.pdf")))
    for expected in ("Số: 01/TB-UBND", "THÔNG BÁO", "Kết luận đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo",
                     "Biên bản số 02/BB-UBND", "ý kiến của Đảng ủy xã Di Linh ngày 05 tháng 02 năm 2026",
                     "3/3 thành viên tham gia biểu quyết tán thành",
                     "Không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại (đạt 1/2 chỉ tiêu định lượng)",
                     "Vì lợi ích chung: Bảo đảm", "Không phát hiện việc lợi dụng chủ trương",
                     "Được loại trừ trách nhiệm: không phải chịu trách nhiệm kỷ luật Đảng, trách nhiệm hành chính và "
                     "trách nhiệm bồi thường vật chất.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"):
        assert expected in text, expected
    with at(date(2026, 2, 11), 15), pytest.raises(NotFound):
        pr.print_evaluation(o.ctx, actor=o.admin, evaluation=made.id, target=tmp_path / "x.pdf")


def test_a_ruling_with_damage_prints_the_measure_of_each_liability(o, tmp_path):
    proposal, _ = put_to_evaluation(o, damage=True)
    made = evaluate(o, proposal, result="damaged", measures={"party": "reduced", "administrative": "reduced",
                                                            "compensation": "exempted"})
    with at(date(2026, 2, 11), 15):
        text = flat(document_text(pr.print_evaluation(o.ctx, actor=o.official, evaluation=proposal.ref,
                                                      target=tmp_path / "kl.pdf")))
    assert "Trách nhiệm bồi thường vật chất: miễn trách nhiệm" in text
    assert "Trách nhiệm kỷ luật Đảng: giảm nhẹ trách nhiệm" in text and made.reference in text


def test_an_adjustment_prints_as_a_short_decision(o, tmp_path):
    proposal = started(o)
    with at(date(2026, 1, 20)):
        made = adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id, content="Kéo dài thời gian đo đạc.",
                                  reasons="Mưa lũ.", new_end_on=date(2027, 7, 31),
                                  signer_person_id=o.person("Nguyễn Văn Hùng")).value
        text = flat(document_text(pr.print_adjustment(o.ctx, actor=o.head, adjustment=made.reference,
                                                      target=tmp_path / "qd.pdf")))
    for expected in ("Số: 02/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc điều chỉnh việc thực hiện đề xuất",
                     "Căn cứ Quyết định số 01/QĐ-UBND ngày 13 tháng 01 năm 2026", "Điều 1.",
                     "Kéo dài thời gian đo đạc.", "đến ngày 31 tháng 7 năm 2027", "Lý do điều chỉnh: Mưa lũ.",
                     "Điều 2.", "Điều 3."):
        assert expected in text, expected


def test_printing_never_writes_into_the_data_folder(o):
    proposal = reported(o)
    with at(date(2026, 2, 3), 11), pytest.raises(DomainError) as err:
        pr.print_report(o.ctx, actor=o.head, proposal_id=proposal.id, target=o.ctx.paths.root / "bc.pdf")
    assert err.value.code == "print_target_refused"


def test_the_minutes_of_an_evaluation_meeting_say_what_the_item_weighs(o, tmp_path):
    from lamdong_desktop.services import printing_meetings

    proposal, meeting = put_to_evaluation(o)
    with at(date(2026, 2, 10), 12):
        text = flat(document_text(printing_meetings.print_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                                  target=tmp_path / "bb.pdf")))
    assert "Đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo “Giải quyết dứt điểm vi phạm đất đai”" in text
    assert "Thời hạn họp đánh giá kết quả thực hiện (07 ngày làm việc kể từ ngày báo cáo kết quả" in text
    assert "ngày 12 tháng 02 năm 2026" in text and "Kết quả đánh giá được thông qua" in text
    assert "kể từ ngày tiếp nhận" not in text and proposal.ref in text
