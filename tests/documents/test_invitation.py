"""The invitation read back from its PDF: who, to what, when (with the day of the week), where, agenda."""

from __future__ import annotations

from lamdong_desktop.documents import invitation
from lamdong_desktop.documents.invitation import sample_invitation
from tests.documents.conftest import Printed
from tests.documents.pdftext import document_text, flat


def test_the_invitation_says_who_when_where_and_what(printed: dict[str, Printed]) -> None:
    text = document_text(printed["invitation"].path)
    i = sample_invitation()
    order = [
        "Số: 01/GM-UBND", "Di Linh, ngày 04 tháng 01 năm 2027", "GIẤY MỜI", invitation.SUMMARY["leadership"],
        "Ủy ban nhân dân xã Di Linh trân trọng kính mời:", "- Ka Thị Hương, Phó Chủ tịch UBND xã;",
        "- Phạm Quốc Bảo, Trưởng phòng Kinh tế.",
        "Tới dự: cuộc họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo, do Nguyễn Văn Hùng, Chủ tịch UBND xã "
        "chủ trì.",
        "Thời gian: 08 giờ 00, thứ Ba, ngày 05 tháng 01 năm 2027.",
        "Địa điểm: Phòng họp số 1, trụ sở Ủy ban nhân dân xã Di Linh.",
        "Nội dung: xem xét các đề xuất đổi mới, sáng tạo sau:",
        f"1. “{i.agenda[0].title}” (mã đề xuất DX-2026-041) của Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND xã;",
        f"2. “{i.agenda[1].title}” (mã đề xuất DX-2026-043) của Ka Thị Hương, Phó Chủ tịch UBND xã.",
        "Chuẩn bị tài liệu: - Người đề xuất: báo cáo tóm tắt đề xuất (không quá 15 phút);", invitation.CLOSING,
        "Nơi nhận: - Như thành phần mời; - Lưu: VT.", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Đoàn Thị Thu Hà",
    ]
    positions = [text.index(flat(part)) for part in order]
    assert positions == sorted(positions)
    for person in i.invitees:
        assert person.text() in text
    assert printed["invitation"].pages == 1


def test_the_council_invitation_is_a_draft_until_numbered(printed: dict[str, Printed]) -> None:
    text = document_text(printed["invitation_council"].path)
    assert "Số: /GM-UBND" in text and "Di Linh, ngày tháng năm 2027" in text
    assert "Tới dự: phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo" in text
    assert "Thời gian: 14 giờ 00, thứ Tư, ngày 06 tháng 01 năm 2027." in text
    assert printed["invitation_council"].document.draft
