"""What a file holds, by its bytes: the signatures of the images and the light structural check of a PDF's end."""

from __future__ import annotations

import re

import pytest

from lamdong_desktop.domain import file_kinds
from lamdong_desktop.domain.errors import ValidationError
from tests.files_support import pdf_bytes, png_bytes, truncated_pdf


def _reader(data: bytes):
    return lambda offset, count: data[offset:offset + count]


def problem(data: bytes) -> str | None:
    return file_kinds.pdf_problem(len(data), _reader(data))


def kind(name: str, data: bytes, *, scan: bool = True) -> str:
    return file_kinds.check_kind(name, len(data), _reader(data), scan=scan)


@pytest.mark.parametrize("head, found", [
    (b"%PDF-1.7\n", "pdf"), (b"\xef\xbb\xbf%PDF-1.4", "pdf"),  # bytes before the header: readers allow them
    (b"\x89PNG\r\n\x1a\n\x00", "png"), (b"\xff\xd8\xff\xe1", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
    (b"PK\x03\x04", ""), (b"%PD", ""), (b"", ""), ("Biên bản".encode(), ""),
])
def test_signatures(head, found):
    assert file_kinds.sniff(head) == found


def test_a_whole_pdf_passes_and_one_cut_anywhere_does_not():
    whole = pdf_bytes("bien ban")
    assert problem(whole) is None
    assert problem(whole + b"\r\n\x00\x00") is None  # padding after %%EOF, as some scanners leave
    for cut in (len(whole) // 4, len(whole) // 2, len(whole) * 2 // 3, len(whole) - 3):
        assert problem(whole[:cut]) == "no_end", cut


def test_an_end_without_its_table_or_pointing_nowhere_is_refused():
    whole = pdf_bytes("bien ban")
    assert problem(whole.replace(b"startxref", b"startxrex")) == "no_xref"
    offset = int(re.search(rb"startxref\s+(\d+)", whole).group(1))
    wrong = whole.replace(b"startxref\n%d" % offset, b"startxref\n%d" % (offset // 2))
    assert problem(wrong) == "bad_xref"
    beyond = whole.replace(b"startxref\n%d" % offset, b"startxref\n%d" % (len(whole) * 10))
    assert problem(beyond) == "bad_xref"
    near = whole.replace(b"startxref\n%d" % offset, b"startxref\n%d" % (offset + 2))
    assert problem(near) is None  # a writer that miscounted a line end: readers find the table all the same


def test_a_pdf_with_bytes_before_its_header_counts_offsets_from_either_start():
    whole = pdf_bytes("bien ban")
    assert problem(b"\x00" * 7 + whole) is None


def test_the_programs_own_printed_forms_and_the_demo_scan_pass(tmp_path):
    from lamdong_desktop.documents.decision import render_decision, sample_decision
    from lamdong_desktop.services.demo_meetings import scan_pdf

    path = tmp_path / "qd.pdf"
    render_decision(sample_decision(), path, font_source="bundled")
    assert kind("qd.pdf", path.read_bytes()) == "pdf"
    assert kind("ban-ky.pdf", scan_pdf(3)) == "pdf"


@pytest.mark.parametrize("name, data, scan, code", [
    ("a.pdf", b"hello", True, "file_kind_mismatch"),
    ("a.pdf", b"hello", False, "file_kind_mismatch"),
    ("a.pdf", png_bytes(), True, "file_kind_mismatch"),
    ("a.png", pdf_bytes(), True, "file_kind_mismatch"),
    ("a.docx", b"PK\x03\x04", True, "scan_kind_refused"),
    ("a", pdf_bytes(), True, "file_suffix_missing"),
    ("a.pdf", truncated_pdf(), False, "pdf_damaged"),
])
def test_refusals(name, data, scan, code):
    with pytest.raises(ValidationError) as refused:
        kind(name, data, scan=scan)
    assert refused.value.code == code and refused.value.params["name"] == name


@pytest.mark.parametrize("name, data, found", [
    ("a.docx", b"PK\x03\x04", ""), ("ghi chu.txt", b"hello", ""), ("anh.jpg", png_bytes(), "png"),
    ("a.bin", truncated_pdf(), "pdf"),  # not named a PDF: not checked as one
    ("Bản ký.PDF", pdf_bytes(), "pdf"),
])
def test_other_attachments_may_be_anything_their_name_does_not_claim(name, data, found):
    assert kind(name, data, scan=False) == found
