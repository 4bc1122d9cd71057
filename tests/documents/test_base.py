"""The base template: ND 30 geometry and type, and generic documents (draft forms, minutes, tables)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm, mm

from lamdong_desktop.documents import base, layout
from lamdong_desktop.documents.base import DocumentTemplate, render
from lamdong_desktop.documents.formatting import BLANK, number_line
from lamdong_desktop.documents.model import BulletList, Document, Heading, Paragraph, Signature, Table
from tests.documents.pdftext import document_text, flat, runs


@pytest.fixture(scope="module")
def template() -> DocumentTemplate:
    return DocumentTemplate(font_source="bundled")


def test_margins_are_within_nd30_ranges() -> None:
    for side, value in (("top", layout.MARGIN_TOP_MM), ("bottom", layout.MARGIN_BOTTOM_MM),
                        ("left", layout.MARGIN_LEFT_MM), ("right", layout.MARGIN_RIGHT_MM)):
        low, high = layout.MARGIN_LIMITS_MM[side]
        assert low <= value <= high, side
    # ND 30/2020 Phụ lục I: top/bottom 20–25, left 30–35, right 15–20 mm.
    assert layout.MARGIN_LIMITS_MM == {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def test_frame_geometry_matches_the_margins(template: DocumentTemplate) -> None:
    frame = template.frame()
    width, height = template.page_size
    assert (round(width, 2), round(height, 2)) == (595.28, 841.89)
    assert frame._x1 == pytest.approx(layout.MARGIN_LEFT_MM * mm)
    assert frame._y1 == pytest.approx(layout.MARGIN_BOTTOM_MM * mm)
    assert width - (frame._x1 + frame._width) == pytest.approx(layout.MARGIN_RIGHT_MM * mm)
    assert height - (frame._y1 + frame._height) == pytest.approx(layout.MARGIN_TOP_MM * mm)
    assert (frame._leftPadding, frame._rightPadding, frame._topPadding, frame._bottomPadding) == (0, 0, 0, 0)


def test_body_type_follows_nd30(template: DocumentTemplate) -> None:
    body = template.styles["body"]
    assert body.fontName == template.fonts.regular
    assert 13 <= body.fontSize <= 14
    assert body.alignment == base.TA_JUSTIFY
    assert 1 * cm <= body.firstLineIndent <= 1.27 * cm + 0.01
    assert body.spaceAfter >= 6
    assert 1.0 <= body.leading / body.fontSize <= 1.5
    assert template.styles["recipients_title"].fontName == template.fonts.bold_italic
    assert template.styles["recipients_title"].fontSize == 12
    assert template.styles["recipients"].fontSize == 11
    assert template.styles["date"].fontName == template.fonts.italic
    assert template.styles["date"].fontSize == 14


def _minutes(body: tuple = ()) -> Document:
    return Document(
        issuer=("Ủy ban nhân dân", "Xã Di Linh"),
        number_line=number_line(None, "BB-UBND"),
        place="Di Linh",
        date=None,
        kind="Biên bản",
        summary=("Họp tập thể lãnh đạo xét đề xuất DX-2026-007",),
        body=body or (
            Heading("I. THỜI GIAN, ĐỊA ĐIỂM"),
            Paragraph("Lúc 08 giờ 00 phút, tại Hội trường UBND xã.", lead="Thời gian:"),
            BulletList(("Chủ trì: ông Trần Văn An", "Thư ký: bà Lê Thị Bình"), marker="-"),
            Paragraph("Ký hiệu đặc biệt: <b> & </b> in như chữ thường.", italic=True),
            Table(header=("Phương án", "Số phiếu"), rows=(("Tán thành", "5"), ("Không tán thành", "1")),
                  widths=(0.7, 0.3), align=("left", "center"), caption="Kết quả biểu quyết"),
        ),
        signature=Signature(title="Chủ trì", name="Trần Văn An"),
        left_signature=Signature(title="Thư ký", name="Lê Thị Bình"),
        recipients=("- Các thành viên dự họp;", "- Lưu: VT, hồ sơ đề xuất."),
        draft_year=2026,
    )


def test_minutes_secretary_left_chair_right_and_draft_blanks(tmp_path: Path, template: DocumentTemplate) -> None:
    path = tmp_path / "minutes.pdf"
    assert template.render(_minutes(), path) == 1
    text = document_text(path)
    assert "BIÊN BẢN" in text and "ỦY BAN NHÂN DÂN XÃ DI LINH" in text
    assert "Số: /BB-UBND" in text  # blank number, white space collapsed
    assert "Di Linh, ngày tháng năm 2026" in text
    assert "Ký hiệu đặc biệt: <b> & </b> in như chữ thường." in text  # markup characters are printed as text
    assert "Kết quả biểu quyết" in text and "Không tán thành" in text
    page = PdfReader(path).pages[0]
    raw = page.extract_text()
    assert f"Số:{BLANK}/BB-UBND" in raw.replace(" ", "\u00a0")
    found = {r.text.strip(): r for r in runs(page)}
    secretary, chair = found["THƯ KÝ"], found["CHỦ TRÌ"]
    middle = layout.MARGIN_LEFT_MM * mm + template.frame_width / 2
    assert secretary.x + secretary.width < middle < chair.x
    assert secretary.y == pytest.approx(chair.y, abs=0.5)
    assert found["Lê Thị Bình"].x < middle < found["Trần Văn An"].x
    assert found["Nơi nhận:"].y < found["Lê Thị Bình"].y  # recipients under the signatures
    assert found["Nơi nhận:"].face == "LiberationSerif-BoldItalic"


def test_render_to_file_object_and_same_model_gives_same_bytes(template: DocumentTemplate) -> None:
    created = datetime(2026, 3, 4, 8, 30, tzinfo=timezone(timedelta(hours=7)))
    first, second = io.BytesIO(), io.BytesIO()
    template.render(_minutes(), first, created=created)
    render(_minutes(), second, font_source="bundled", created=created)
    assert first.getvalue().startswith(b"%PDF-")
    assert first.getvalue() == second.getvalue()


def test_creation_date_is_the_real_one(template: DocumentTemplate) -> None:
    created = datetime(2026, 3, 4, 8, 30, 15, tzinfo=timezone(timedelta(hours=7)))
    given = io.BytesIO()
    template.render(_minutes(), given, created=created)
    info = PdfReader(given).metadata
    assert info["/CreationDate"] == "D:20260304083015+07'00'"
    assert info.creation_date == created and info.modification_date == created
    # By default: the time of printing, not reportlab's invariant 1 January 2000.
    before = datetime.now().astimezone().replace(microsecond=0)
    now = io.BytesIO()
    template.render(_minutes(), now)
    after = datetime.now().astimezone()
    stamped = PdfReader(now).metadata.creation_date
    assert before <= stamped <= after


def test_failed_render_leaves_the_existing_file(tmp_path: Path, template: DocumentTemplate) -> None:
    path = tmp_path / "out.pdf"
    path.write_bytes(b"previous")
    broken = _minutes(body=(object(),))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        template.render(broken, path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_table_rejects_ragged_rows() -> None:
    with pytest.raises(ValueError):
        Table(header=("a", "b"), rows=(("1",),), widths=(0.5, 0.5))
    with pytest.raises(ValueError):
        Table(header=("a", "b"), rows=(), widths=(1.0,))


def test_dated_document_prints_the_date_line(tmp_path: Path, template: DocumentTemplate) -> None:
    doc = Document(
        issuer=("ỦY BAN NHÂN DÂN", "PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT"), number_line=number_line(5, "QĐ-UBND"),
        place="Xuân Hương - Đà Lạt", date=date(2026, 2, 3), kind="QUYẾT ĐỊNH",
        summary=("Về việc phê duyệt đề xuất đổi mới, sáng tạo",), body=(Paragraph("Điều 1. Phê duyệt."),),
        signature=Signature(authority="KT. Chủ tịch", title="Phó Chủ tịch", name="Phạm Minh Châu"),
        recipients=("- Như Điều 3;", "- Lưu: VT."),
    )
    path = tmp_path / "decision.pdf"
    template.render(doc, path)
    text = flat(document_text(path))
    assert "Số: 05/QĐ-UBND" in text
    assert "Xuân Hương - Đà Lạt, ngày 03 tháng 02 năm 2026" in text
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text


def test_the_audit_head_is_on_every_page_and_in_the_metadata(tmp_path: Path, template: DocumentTemplate) -> None:
    head = "Nhật ký #1234 · 9f3a1c2b"
    long_body = tuple(Paragraph("Nội dung biên bản họp, đoạn dài để tài liệu sang nhiều trang. " * 8)
                      for _ in range(14))
    path = tmp_path / "headed.pdf"
    pages = template.render(_minutes(long_body), path, audit_head=head)
    assert pages >= 2
    reader = PdfReader(path)
    assert head in (reader.metadata.get("/Keywords") or "")
    for page in reader.pages:
        foot = [r for r in runs(page) if r.text.strip() == head]
        assert len(foot) == 1, "the head is printed once on each page"
        assert foot[0].y < layout.MARGIN_BOTTOM_MM * mm  # in the bottom margin, clear of the text
        assert foot[0].size <= 8
    # Without a head nothing is added: the same model gives the same bytes as before.
    plain = io.BytesIO()
    template.render(_minutes(long_body), plain)
    assert b"9f3a1c2b" not in plain.getvalue() and "9f3a1c2b" not in document_text_of(plain)


def document_text_of(buffer: io.BytesIO) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(buffer).pages))


def test_footer_rows_bold_dense_type_parent_body_and_no_date_line(tmp_path: Path,
                                                                   template: DocumentTemplate) -> None:
    doc = Document(
        issuer=("Hội đồng đánh giá", "đề xuất đổi mới, sáng tạo"), issuer_parent=("UBND xã Di Linh",),
        number_line=number_line(1, "BB-HĐĐG"), place="Di Linh", date=date(2027, 1, 7), dated=False,
        kind="Biên bản", summary=("Họp Hội đồng",),
        body=(Table(header=("Thành viên", "Điểm"), rows=(("Nguyễn Văn Hùng", "87"),),
                    footer=(("Điểm trung bình", "82,11"),), widths=(0.7, 0.3), font_size=11),),
        signature=Signature(title="Chủ tịch Hội đồng", name="Nguyễn Văn Hùng"),
        left_signature=Signature(title="Thư ký", name="Trần Thị Mai"),
    )
    path = tmp_path / "dense.pdf"
    template.render(doc, path)
    found = {r.text.strip(): r for r in runs(PdfReader(path).pages[0])}
    assert (found["UBND XÃ DI LINH"].face, found["UBND XÃ DI LINH"].size) == ("LiberationSerif", 12)
    issuer = found["ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO"]  # one line at 12 pt, too wide for its column at 13
    assert (issuer.face, issuer.size) == ("LiberationSerif-Bold", 12)
    assert found["UBND XÃ DI LINH"].y > found["HỘI ĐỒNG ĐÁNH GIÁ"].y > issuer.y
    assert (found["87"].face, found["87"].size) == ("LiberationSerif", 11)
    assert (found["82,11"].face, found["Điểm trung bình"].face) == ("LiberationSerif-Bold",) * 2
    assert found["Điểm trung bình"].y < found["87"].y
    assert "ngày" not in document_text(path)  # no place-and-date line
    with pytest.raises(ValueError):
        Table(header=("a",), rows=(), widths=(1.0,), footer=(("x", "y"),))


def test_authority_of_several_lines_above_the_title(tmp_path: Path, template: DocumentTemplate) -> None:
    doc = dataclasses.replace(_minutes(), left_signature=None, signature=Signature(
        title="Phó Chủ tịch", name="Ka Thị Hương", authority=("TM. Ủy ban nhân dân", "KT. Chủ tịch")))
    path = tmp_path / "signed.pdf"
    template.render(doc, path)
    found = {r.text.strip(): r for r in runs(PdfReader(path).pages[0])}
    lines = [found["TM. ỦY BAN NHÂN DÂN"], found["KT. CHỦ TỊCH"], found["PHÓ CHỦ TỊCH"], found["Ka Thị Hương"]]
    assert [r.y for r in lines] == sorted((r.y for r in lines), reverse=True)
    assert {r.face for r in lines} == {"LiberationSerif-Bold"}
