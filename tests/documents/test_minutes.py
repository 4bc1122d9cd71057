"""The minutes (Mẫu 1.9) read back from their PDF: time lines, attendance, scores, votes, conclusion, signatures."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents import layout, minutes, minutes_model, minutes_samples
from lamdong_desktop.documents.minutes import minutes_document, render_minutes, score_table, score_text
from lamdong_desktop.documents.minutes_model import AgendaItem, Minutes, Override, Quorum, Vote
from lamdong_desktop.documents.minutes_samples import sample_adjourned_minutes, sample_council_minutes, sample_minutes
from tests.documents import layout_checks as checks
from tests.documents.conftest import Printed
from tests.documents.pdftext import document_text, flat, runs


@pytest.fixture(scope="module")
def leadership(printed: dict[str, Printed]) -> str:
    return document_text(printed["minutes"].path)


@pytest.fixture(scope="module")
def council(printed: dict[str, Printed]) -> str:
    return document_text(printed["minutes_council"].path)


def _render(tmp_path: Path, m: Minutes, name: str = "minutes.pdf") -> tuple[Path, str]:
    path = tmp_path / name
    render_minutes(m, path, font_source="bundled")
    return path, document_text(path)


def test_leadership_minutes_hold_time_place_people_vote_and_conclusion(leadership: str) -> None:
    m = sample_minutes()
    for expected in (
        "ỦY BAN NHÂN DÂN XÃ DI LINH", "Số: 01/BB-UBND", "BIÊN BẢN", minutes.SUMMARY["leadership"],
        "Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 01 năm 2027.",
        "Địa điểm: Phòng họp số 1, trụ sở Ủy ban nhân dân xã Di Linh.",
        "Có mặt: 6/7 thành viên, gồm: 1. Nguyễn Văn Hùng, Chủ tịch UBND xã – Chủ trì;",
        "Vắng mặt: 1/7 thành viên, gồm: 1. Lê Minh Tâm, Trưởng Công an xã – lý do: dự tập huấn tại Công an tỉnh "
        "Lâm Đồng.",
        "Cùng tham dự: 1. Trần Thị Mai, Chuyên viên Văn phòng HĐND và UBND xã – Thư ký.",
        "Số thành viên có mặt: 6/7, đủ số lượng theo quy định (ít nhất 2/3 tổng số thành viên, tức 5 thành viên).",
        "Chủ trì: Nguyễn Văn Hùng, Chủ tịch UBND xã.",
        "Thư ký: Trần Thị Mai, Chuyên viên Văn phòng HĐND và UBND xã.",
        "I. CHƯƠNG TRÌNH CUỘC HỌP", "III. XEM XÉT ĐỀ XUẤT DX-2026-041",
        "Số thành viên có mặt: 6; số thành viên tham gia biểu quyết: 5 (Nguyễn Thị Hồng Nhung không tham gia biểu "
        "quyết: là người đề xuất).",
        "- Tán thành: 4/5 thành viên; - Không tán thành: 1/5 thành viên; - Không biểu quyết: 0/5 thành viên.",
        f"Kết quả: {minutes.RESULT_PASSED}",
        "IV. KẾT LUẬN CỦA CHỦ TRÌ", minutes.READ_BACK,
    ):
        assert expected in leadership, expected
    for attendee in m.attendees:
        assert attendee.name in leadership
    assert flat(m.agenda[0].conclusion) in leadership and flat(m.conclusion) in leadership
    for opinion in m.agenda[0].opinions:
        assert f"{opinion.name}, {opinion.position}: {flat(opinion.text)}" in leadership
    # Mẫu 1.9 order: time, place, attendance, chair, secretary, content; the closing time last before signing.
    order = ["Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:", "Chủ trì:", "Thư ký:", "Nội dung:",
             "Cuộc họp kết thúc vào 10 giờ 15, ngày 05 tháng 01 năm 2027./.", "THƯ KÝ"]
    positions = [leadership.index(word) for word in order]
    assert positions == sorted(positions)
    assert "Di Linh, ngày" not in leadership  # no place-and-date line: the date is in the time lines


def test_the_secretary_signs_left_of_the_chair(printed: dict[str, Printed]) -> None:
    for name, chair in (("minutes", "CHỦ TRÌ"), ("minutes_council", "CHỦ TỊCH HỘI ĐỒNG")):
        last = checks.by_text(checks.page_runs(printed[name].path)[-1])
        secretary, head = last["THƯ KÝ"], last[chair]
        assert secretary.x + secretary.width < checks.CENTRE < head.x, name
        assert secretary.y == pytest.approx(head.y, abs=0.5)
        assert last["Trần Thị Mai"].x < checks.CENTRE < last["Nguyễn Văn Hùng"].x
        assert last["Trần Thị Mai"].y < secretary.y - 60  # under the room to sign


def test_council_minutes_print_every_criterion_with_every_score(council: str) -> None:
    m = sample_council_minutes()
    scores = m.agenda[0].scores
    assert scores is not None and len(scores.rows) == 9 and len(scores.criteria) == 5
    header = " ".join(["STT", "Thành viên", *(f"{c.title} (hệ số {c.weight})" for c in scores.criteria),
                       "Tổng điểm"])
    assert header in council
    for number, row in enumerate(scores.rows, start=1):
        assert f"{number} {row.member} {' '.join(str(s) for s in row.scores)} {row.total}" in council, row
    assert "Điểm trung bình 8,33 8,67 7,78 7,67 8,33 82,11" in council
    assert "1 Nguyễn Văn Hùng 9 9 8 8 9 87" in council  # 2·9 + 2·9 + 1·8 + 2·8 + 3·9
    assert minutes.SCALE.format(maximum=10) in council and minutes_model.TOTAL_RULE in council
    for expected in ("UBND XÃ DI LINH HỘI ĐỒNG ĐÁNH GIÁ ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO", "Số: 02/BB-HĐĐG",
                     minutes.SUMMARY["council"], "9. Trần Thị Mai, Chuyên viên Văn phòng HĐND và UBND xã – Ủy viên, "
                     "Thư ký Hội đồng.", "Vắng mặt: không.",
                     "Khách mời: 1. K'Brơi Ngọc Sơn, Công chức Phòng Kinh tế – người đề xuất.",
                     "- Tán thành: 7/9 thành viên; - Không tán thành: 1/9 thành viên; "
                     "- Không biểu quyết: 1/9 thành viên.",
                     "IV. KẾT LUẬN CỦA CHỦ TỊCH HỘI ĐỒNG",
                     "Cuộc họp kết thúc vào 17 giờ 10, ngày 07 tháng 01 năm 2027./."):
        assert expected in council, expected


def test_the_score_table_fits_the_width_in_bold_averages(printed: dict[str, Printed]) -> None:
    pages = checks.page_runs(printed["minutes_council"].path)
    cells = [r for page in pages for r in page if flat(r.text) in ("8,33", "82,11", "Điểm trung bình", "87")]
    assert {r.face for r in cells if flat(r.text) != "87"} == {checks.BOLD}  # the averages row
    assert {r.face for r in cells if flat(r.text) == "87"} == {checks.REGULAR}
    table = [r for page in pages for r in page if r.size == 12]
    assert table and all(checks.LEFT - 0.5 <= r.x and r.x + r.width <= checks.RIGHT + 0.5 for r in table)
    block = score_table(sample_council_minutes().agenda[0].scores)  # type: ignore[arg-type]
    assert sum(block.widths) == pytest.approx(1.0)  # the table spans exactly the text width


def test_a_long_score_table_repeats_its_header_on_the_next_page(tmp_path: Path) -> None:
    # Lengthen the proceedings until the table starts near a page foot and runs over to the next page.
    for extra in range(0, 16):
        path = tmp_path / f"council{extra}.pdf"
        render_minutes(sample_council_minutes(extra_paragraphs=extra), path, font_source="bundled")
        pages = checks.page_runs(path)
        rows = [n for n, page in enumerate(pages) for r in page if r.text.strip() in ("Nguyễn Văn Hùng", "Trần Thị Mai")
                and r.size == 12]
        if len(set(rows)) == 2:  # the first member and the last on different pages
            for number in sorted(set(rows)):
                header = [r for r in pages[number] if r.text.strip() == "STT" and r.face == checks.BOLD]
                members = [r for r in pages[number] if r.text.strip() == "Thành viên" and r.face == checks.BOLD]
                assert len(header) == len(members) == 1, (extra, number)
                assert header[0].y > max(r.y for r in pages[number] if r.size == 12 and r.face == checks.REGULAR)
            checks.check_within_margins(pages)
            return
    pytest.fail("no length of the proceedings split the score table")


def test_a_meeting_below_quorum_is_adjourned_without_a_vote(printed: dict[str, Printed]) -> None:
    text = document_text(printed["minutes_adjourned"].path)
    m = sample_adjourned_minutes()
    for expected in (
        "Có mặt: 5/9 thành viên", "Vắng mặt: 4/9 thành viên",
        "Số thành viên có mặt: 5/9, không đủ số lượng thành viên theo quy định, cuộc họp không biểu quyết (ít nhất "
        "2/3 tổng số thành viên, tức 6 thành viên).",
        "Số thành viên có mặt là 5/9, không đủ số lượng thành viên theo quy định, cuộc họp không biểu quyết.",
        flat(m.adjourn_reason), "Số: 01/BB-HĐĐG", "Cuộc họp kết thúc vào 14 giờ 20, ngày 06 tháng 01 năm 2027./.",
    ):
        assert expected in text, expected
    for attendee in m.attendees:
        assert attendee.name in text
    for absentee in m.absentees:
        assert f"{absentee.name}, {absentee.position} – lý do: {absentee.reason}" in text
    for word in (minutes.SUB_VOTE, minutes.VOTE_IN_FAVOUR + ":", minutes.SCORE_CAPTION, "XEM XÉT ĐỀ XUẤT"):
        assert word not in text


def test_below_quorum_even_without_the_adjourned_flag_no_vote_is_printed(tmp_path: Path) -> None:
    m = dataclasses.replace(sample_council_minutes(), quorum=Quorum(members=9, present=5, required=6))
    _, text = _render(tmp_path, m)
    assert minutes.NO_QUORUM in text and minutes.SCORE_CAPTION not in text and "Tán thành:" not in text


def _with_vote(vote: Vote) -> Minutes:
    m = sample_minutes()
    return dataclasses.replace(m, agenda=(dataclasses.replace(m.agenda[0], vote=vote),))


def test_a_tie_decided_by_the_heads_side_and_a_heads_override(tmp_path: Path) -> None:
    tie = Vote(present=5, voting=4, in_favour=2, against=2, abstaining=0, result="passed", tie_broken=True)
    _, text = _render(tmp_path, _with_vote(tie), "tie.pdf")
    assert minutes.RESULT_PASSED_TIE in text and minutes.RESULT_PASSED not in text
    assert "- Tán thành: 2/4 thành viên; - Không tán thành: 2/4 thành viên;" in text
    failed = Vote(present=5, voting=4, in_favour=2, against=2, abstaining=0, result="failed", tie_broken=True,
                  override=Override("Nguyễn Văn Hùng", "Chủ tịch UBND xã", "cần thiết và khả thi, tháo gỡ tồn đọng",
                                    date(2027, 1, 5)))
    _, text = _render(tmp_path, _with_vote(failed), "override.pdf")
    assert minutes.RESULT_FAILED_TIE in text
    assert ("Sau khi biểu quyết không thông qua, Nguyễn Văn Hùng, Chủ tịch UBND xã quyết định bằng văn bản phê "
            "duyệt đề xuất theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP (ngày 05 tháng 01 năm 2027); lý do: cần "
            "thiết và khả thi, tháo gỡ tồn đọng.") in text
    lost = Vote(present=6, voting=5, in_favour=2, against=3, abstaining=0, result="failed")
    _, text = _render(tmp_path, _with_vote(lost), "lost.pdf")
    assert minutes.RESULT_FAILED in text and "quyết định bằng văn bản" not in text


def test_an_unvoted_item_and_an_unnumbered_draft_say_so(printed: dict[str, Printed], tmp_path: Path) -> None:
    text = document_text(printed["minutes_draft"].path)
    assert "Số: /BB-UBND" in text  # the blank number of a draft
    assert "Cuộc họp kết thúc vào giờ , ngày tháng năm ./." in text  # the closing time left to write in
    reader = PdfReader(printed["minutes_draft"].path)
    for page in reader.pages:
        assert [r for r in runs(page) if r.text.strip() == layout.DRAFT_MARK]
    m = sample_minutes()
    unvoted = dataclasses.replace(m, agenda=(AgendaItem(proposal=m.agenda[0].proposal),))
    _, text = _render(tmp_path, unvoted)
    assert f"1. {minutes.SUB_VOTE} {minutes.NOT_VOTED}" in text
    assert minutes.SUB_OPINIONS not in text  # nothing recorded, nothing invented


def test_several_proposals_each_get_their_section_in_agenda_order(tmp_path: Path) -> None:
    council = sample_council_minutes().agenda[0]
    m = dataclasses.replace(sample_minutes(), agenda=(*sample_minutes().agenda, council))
    _, text = _render(tmp_path, m)
    assert text.index("III. XEM XÉT ĐỀ XUẤT DX-2026-041") < text.index("IV. XEM XÉT ĐỀ XUẤT DX-2026-044")
    assert "V. KẾT LUẬN CỦA CHỦ TRÌ" in text
    assert "2. Xem xét đề xuất đổi mới, sáng tạo “Liên kết tái canh cà phê" in text
    assert "- Lưu: VT, hồ sơ đề xuất DX-2026-041, DX-2026-044." in text


def test_scores_print_exactly_as_the_domain_gives_them() -> None:
    assert score_text(Decimal("8.50")) == "8,50"
    assert score_text(Decimal("82.11")) == "82,11"
    assert score_text(7) == "7" and score_text("7.5") == "7,5" and score_text(None) == minutes.SCORE_MISSING
    with pytest.raises(TypeError):
        score_text(True)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        minutes_model.ScoreTable(criteria=minutes_samples.SAMPLE_RUBRIC, rows=(minutes_model.ScoreRow("A", (1, 2), 3),),
                           averages=(1,) * 5, average_total=3)


def test_model_defaults_by_kind() -> None:
    leadership = minutes_document(sample_minutes())
    assert leadership.issuer == ("ỦY BAN NHÂN DÂN", "XÃ DI LINH") and leadership.issuer_parent == ()
    assert (leadership.signature.title, leadership.left_signature.title) == ("CHỦ TRÌ", "THƯ KÝ")  # type: ignore[union-attr]
    council = minutes_document(sample_council_minutes())
    assert council.issuer_parent == ("UBND XÃ DI LINH",) and council.number_line == "Số: 02/BB-HĐĐG"
    assert council.signature.title == "CHỦ TỊCH HỘI ĐỒNG" and not council.dated and not council.draft
    assert minutes_document(sample_minutes(number=None)).draft
    assert Quorum(9, 6, 6).met and not Quorum(9, 5, 6).met
    assert datetime(2027, 1, 5, 8, 0) == sample_minutes().starts_at
