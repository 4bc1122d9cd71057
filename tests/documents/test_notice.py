"""The conclusion notice read back from its PDF: where it was considered, the conclusion, reasons, revisions."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from lamdong_desktop.documents import notice
from lamdong_desktop.documents.notice import notice_document, render_notice, sample_notice
from tests.documents.conftest import Printed
from tests.documents.pdftext import document_text, flat


def _text(tmp_path: Path, n: notice.ConclusionNotice) -> str:
    path = tmp_path / "notice.pdf"
    render_notice(n, path, font_source="bundled")
    return document_text(path)


def test_a_return_says_why_what_to_revise_and_by_when(printed: dict[str, Printed]) -> None:
    text = document_text(printed["notice_return"].path)
    n = sample_notice()
    order = [
        "Số: 01/TB-UBND", "Di Linh, ngày 06 tháng 01 năm 2027", "THÔNG BÁO",
        f"Kết luận về đề xuất đổi mới, sáng tạo “{n.proposal.title}”",
        "Ngày 05 tháng 01 năm 2027, Ủy ban nhân dân xã Di Linh tổ chức họp tập thể lãnh đạo xem xét đề xuất đổi mới, "
        f"sáng tạo “{n.proposal.title}” (mã đề xuất DX-2026-043) của Ka Thị Hương, Phó Chủ tịch UBND xã (Biên bản số "
        "01/BB-UBND).",
        "Sau khi xem xét, Chủ tịch Ủy ban nhân dân xã Di Linh kết luận như sau:",
        f"1. {notice.CONCLUSION['return']}", "2. Lý do:", f"- {n.reasons[0]};", f"- {n.reasons[1]}.",
        "3. Nội dung cần hoàn thiện:", *(f"- {r}" for r in n.revisions),
        "4. Thời hạn trình lại: trước ngày 20 tháng 01 năm 2027.",
        "thông báo để Ka Thị Hương, Phó Chủ tịch UBND xã và các cơ quan, đơn vị có liên quan biết, thực hiện./.",
        "Nơi nhận: - Ka Thị Hương, Phó Chủ tịch UBND xã (người đề xuất);",
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Hùng",
    ]
    positions = [text.index(flat(part)) for part in order]
    assert positions == sorted(positions)
    assert notice.CONCLUSION["reject"] not in text


def test_a_rejection_gives_the_vote_and_the_reasons_but_nothing_to_revise(printed: dict[str, Printed],
                                                                          tmp_path: Path) -> None:
    text = document_text(printed["notice_reject"].path)
    n = sample_notice(outcome="reject", number=2)
    assert "Số: 02/TB-UBND" in text and f"1. {notice.CONCLUSION['reject']}" in text
    assert f"{flat(n.result)}." in text
    assert all(flat(r) in text for r in n.reasons)
    assert notice.LABEL_REVISIONS not in text and "Thời hạn trình lại" not in text
    # Revisions given by mistake to a rejection are not printed as if the proposal could come back.
    mistaken = dataclasses.replace(n, revisions=("Bổ sung dự toán",), resubmit_by=date(2027, 2, 1))
    assert "Bổ sung dự toán" not in _text(tmp_path, mistaken)


def test_a_return_before_any_meeting_and_a_notice_without_reasons(tmp_path: Path) -> None:
    n = dataclasses.replace(sample_notice(), meeting=None, received_on=date(2026, 12, 28), reasons=(),
                            resubmit_by=None, number=None)
    text = _text(tmp_path, n)
    assert text.count("Ngày 28 tháng 12 năm 2026, Ủy ban nhân dân xã Di Linh tiếp nhận đề xuất đổi mới, sáng tạo") == 1
    assert f"2. Lý do: {notice.NO_REASON}" in text
    assert "Số: /TB-UBND" in text and "Di Linh, ngày tháng năm 2027" in text
    undated = dataclasses.replace(n, received_on=None)
    assert "Ủy ban nhân dân xã Di Linh tiếp nhận đề xuất đổi mới, sáng tạo" in notice_document(undated).body[0].text  # type: ignore[union-attr]
