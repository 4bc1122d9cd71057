"""The pages the dossier adds: the record sheets (party committee opinion, progress), the list of documents with
their SHA-256 and the audit head, scanned images placed on A4 pages, and the page that stands for a file it cannot
show — read back from the PDF."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents.base import DocumentTemplate
from lamdong_desktop.documents.check import canonical_lines
from lamdong_desktop.documents.dossier import (
    DossierList,
    EventLine,
    ListedDocument,
    ListTemplate,
    OpinionRecord,
    ProgressLine,
    ProgressRecord,
    hash_text,
    list_document,
    opinion_document,
    pages_text,
    progress_document,
)
from lamdong_desktop.documents.fonts import register_fonts
from lamdong_desktop.documents.issued import Person, ProposalRef
from lamdong_desktop.documents.scan_pages import ImageUnreadable, image_pages, notice_page
from lamdong_desktop.domain import clock
from tests.files_support import png_bytes
from tests.services.dossier_support import jpeg_bytes

from .pdftext import check_lines, document_text, flat

PROPOSAL = ProposalRef("DX-2026-007", "Giải quyết dứt điểm vi phạm đất đai", Person("K'Brơi Ngọc Sơn", "Công chức"))
SHA = "0123456789abcdef" * 4


def _pdf(document, template=None) -> PdfReader:
    out = io.BytesIO()
    (template or DocumentTemplate(font_source="bundled")).render(document, out, audit_head="Nhật ký #12 · 0123abcd")
    return PdfReader(io.BytesIO(out.getvalue()))


def _text(reader: PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


def test_the_opinion_sheet_says_what_the_committee_said_and_carries_its_check():
    sheet = opinion_document(OpinionRecord(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=PROPOSAL, subject="kế hoạch đề xuất",
        body="Đảng ủy xã Di Linh", given_on=date(2026, 1, 5), stance="Không đồng ý",
        text="Chưa đủ căn cứ pháp lý.\nĐề nghị bổ sung", recorder="Trần Thị Mai", scan_name="y-kien.pdf"))
    lines = canonical_lines(sheet)
    assert lines[:5] == ["ỦY BAN NHÂN DÂN", "XÃ DI LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "PHIẾU GHI NHẬN"]
    assert "Ý kiến của cấp ủy về kế hoạch đề xuất “Giải quyết dứt điểm vi phạm đất đai”" in lines
    for expected in ("Cấp ủy cho ý kiến: Đảng ủy xã Di Linh", "Ngày văn bản ý kiến: 05/01/2026",
                     "Ý kiến: Không đồng ý", "Nội dung:", "Chưa đủ căn cứ pháp lý.", "Đề nghị bổ sung.",
                     "Bản chụp văn bản ý kiến: y-kien.pdf", "NGƯỜI GHI NHẬN", "Trần Thị Mai", "DX-2026-007"):
        assert expected in lines, expected
    reader = _pdf(sheet)
    assert "Đề xuất: DX-2026-007 — “Giải quyết dứt điểm vi phạm đất đai”, người đề xuất: K'Brơi Ngọc Sơn" in \
        _text(reader)
    out = io.BytesIO()
    DocumentTemplate(font_source="bundled").render(sheet, out)
    path = _write(out)
    assert check_lines(path)[0].startswith("Phiếu ghi nhận · DX-2026-007 · mã kiểm tra ")


def test_the_progress_sheet_lists_each_value_and_each_event_but_no_adjustment_of_its_own():
    sheet = progress_document(ProgressRecord(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=PROPOSAL,
        implementers=(Person("K'Brơi Ngọc Sơn", "Công chức địa chính"), Person("Ka Thị Hương")),
        started_on=date(2026, 1, 15), planned_end_on=date(2026, 6, 30), ended="Dừng thực hiện ngày 20/02/2026: mưa lũ",
        values=(ProgressLine("1. Hồ sơ vi phạm được xử lý", "45 hồ sơ", date(2026, 1, 28), "", "nghiem-thu.pdf"),),
        events=(EventLine(date(2026, 1, 19), "Khó khăn, vướng mắc", "Một số hộ chưa đồng thuận", ""),
                EventLine(date(2026, 2, 20), "Dừng thực hiện", "Dừng", "Mưa lũ kéo dài"))))
    text = _text(_pdf(sheet))
    for expected in ("BẢNG THEO DÕI", "Tiến độ thực hiện đề xuất “Giải quyết dứt điểm vi phạm đất đai”",
                     "Người thực hiện: K'Brơi Ngọc Sơn, Công chức địa chính; Ka Thị Hương",
                     "Bắt đầu thực hiện: 15/01/2026", "Dự kiến kết thúc: 30/06/2026",
                     "Kết thúc: Dừng thực hiện ngày 20/02/2026: mưa lũ", "1. Hồ sơ vi phạm được xử lý", "45 hồ sơ",
                     "28/01/2026", "nghiem-thu.pdf", "- 19/01/2026 — Khó khăn, vướng mắc: Một số hộ chưa đồng thuận.",
                     "- 20/02/2026 — Dừng thực hiện: Dừng. Lý do: Mưa lũ kéo dài.", "NGƯỜI THỰC HIỆN"):
        assert expected in text, expected
    empty = _text(_pdf(progress_document(ProgressRecord(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=PROPOSAL, implementers=(),
        started_on=date(2026, 1, 15)))))
    assert "Chưa ghi nhận giá trị nào." in empty and "Không có." in empty and "Dự kiến kết thúc: —" in empty


def test_the_list_prints_every_document_its_hash_in_full_and_the_audit_head_without_a_check(tmp_path):
    listed = DossierList(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=PROPOSAL,
        printed_at=datetime(2026, 2, 12, 9, 5, tzinfo=clock.VN_TZ), printed_by="Nguyễn Văn Hùng", audit_seq=1234,
        audit_hash="9f3a1c2b" * 8, total_pages=8,
        documents=(ListedDocument(1, "Kế hoạch đề xuất", "DX-2026-007", date(2026, 1, 5), 1, 4, SHA),
                   ListedDocument(2, "Biên bản họp", "01/BB-UBND", date(2026, 1, 12), 5, 3, "f" * 64),
                   ListedDocument(3, "Bản chụp văn bản đã ký", "bb.pdf", None, 8, 1, "e" * 64)))
    reader = _pdf(list_document(listed), ListTemplate(font_source="bundled"))
    text = _text(reader)
    for expected in ("DANH MỤC TÀI LIỆU", "Hồ sơ đề xuất DX-2026-007: “Giải quyết dứt điểm vi phạm đất đai”",
                     "Hồ sơ gồm 3 tài liệu trên 8 trang, tiếp theo là danh mục này; in lúc 09 giờ 05 ngày 12/02/2026",
                     "STT Tài liệu Số, ký hiệu Ngày Trang Mã SHA-256",
                     "1 Kế hoạch đề xuất DX-2026-007 05/01/2026 1–4 0123456789abcdef 0123456789abcdef",
                     "2 Biên bản họp 01/BB-UBND 12/01/2026 5–7", "3 Bản chụp văn bản đã ký bb.pdf — 8",
                     "Mốc nhật ký khi in: #1234 · 9f3a1c2b9f3a1c2b 9f3a1c2b9f3a1c2b 9f3a1c2b9f3a1c2b 9f3a1c2b9f3a1c2b",
                     "NGƯỜI IN HỒ SƠ", "Nguyễn Văn Hùng"):
        assert expected in text, expected
    out = io.BytesIO()
    ListTemplate(font_source="bundled").render(list_document(listed), out)
    assert check_lines(_write(out, tmp_path)) == [""] * len(reader.pages)  # the dossier's seal stands for the list


def test_hashes_and_page_ranges_in_words():
    assert hash_text(SHA) == "0123456789abcdef 0123456789abcdef 0123456789abcdef 0123456789abcdef"
    assert pages_text(4, 1) == "4" and pages_text(4, 3) == "4–6"


def test_a_jpeg_is_placed_as_it_is_and_other_images_as_their_pixels():
    photo = jpeg_bytes(400, 300)
    data, pages = image_pages(photo)
    reader = PdfReader(io.BytesIO(data))
    assert pages == len(reader.pages) == 1
    page = reader.pages[0]
    image = page["/Resources"]["/XObject"]["/Im0"].get_object()
    assert image["/Filter"] == "/DCTDecode" and image.get_data() == photo
    assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.1)
    drawn = page.get_contents().get_data().split()
    width, height = float(drawn[1]), float(drawn[4])
    assert width / height == pytest.approx(400 / 300, rel=1e-3) and width <= 595.28 - 2 * 28.3  # fits, kept its shape
    grey, pages = image_pages(png_bytes(8, 4))
    image = PdfReader(io.BytesIO(grey)).pages[0]["/Resources"]["/XObject"]["/Im0"].get_object()
    assert pages == 1 and image["/ColorSpace"] == "/DeviceGray" and image.get_data() == b"\x80" * 32
    with pytest.raises(ImageUnreadable):
        image_pages(b"\x89PNG\r\n\x1a\nhong")


def test_each_frame_of_a_multi_page_tiff_is_a_page_of_its_own_shape():
    """A scanner's multi-page TIFF (two sheets, one portrait and one landscape, one colour and one black-and-white)."""
    from PIL import Image

    portrait = Image.new("RGB", (300, 420), (200, 30, 30))
    landscape = Image.new("L", (420, 300), 255)
    out = io.BytesIO()
    portrait.save(out, format="TIFF", save_all=True, append_images=[landscape], compression="tiff_deflate")
    data, pages = image_pages(out.getvalue())
    reader = PdfReader(io.BytesIO(data))
    assert pages == len(reader.pages) == 2
    shapes = []
    for page, (width, height, space) in zip(reader.pages, ((300, 420, "/DeviceRGB"), (420, 300, "/DeviceGray")),
                                            strict=True):
        image = page["/Resources"]["/XObject"]["/Im0"].get_object()
        assert (image["/Width"], image["/Height"], image["/ColorSpace"]) == (width, height, space)
        drawn = page.get_contents().get_data().split()
        shapes.append(float(drawn[1]) / float(drawn[4]))
    assert shapes == [pytest.approx(300 / 420, rel=1e-3), pytest.approx(420 / 300, rel=1e-3)]
    assert image.get_data() == b"\xff" * (420 * 300)
    with pytest.raises(ImageUnreadable), pytest.warns(UserWarning):  # Pillow warns of the cut EXIF first
        image_pages(out.getvalue()[:200])  # a TIFF cut short


def test_a_file_the_dossier_cannot_show_stands_as_a_page_that_says_so():
    page = notice_page(["Tệp “bang-tinh.xlsx” (XLSX) không hiện được trong hồ sơ.", f"SHA-256: {SHA}"],
                       register_fonts("bundled"))
    text = flat(PdfReader(io.BytesIO(page)).pages[0].extract_text())
    assert text == f"Tệp “bang-tinh.xlsx” (XLSX) không hiện được trong hồ sơ. SHA-256: {SHA}"


def _write(out: io.BytesIO, folder=None):
    import tempfile
    from pathlib import Path

    path = Path(folder or tempfile.mkdtemp()) / "x.pdf"
    path.write_bytes(out.getvalue())
    return path


def test_document_text_reads_the_sheet_without_its_foot(tmp_path):
    out = io.BytesIO()
    DocumentTemplate(font_source="bundled").render(opinion_document(OpinionRecord(
        unit_name="Xã Di Linh", unit_short_name="Di Linh", proposal=PROPOSAL, subject="kết quả thực hiện đề xuất",
        body="Đảng ủy xã Di Linh", given_on=date(2026, 2, 5), stance="Đồng ý", text="Thống nhất.",
        recorder="Nguyễn Văn Hùng")), out)
    text = document_text(_write(out, tmp_path))
    assert "Ý kiến của cấp ủy về kết quả thực hiện đề xuất" in text
    assert "Bản chụp văn bản ý kiến: không đính kèm" in text
    assert "mã kiểm tra" not in text
