"""The scan of a signed document (the minutes, a decision) is a whole PDF or a scanned image, by what it holds and
not by its name; anything else is refused with a Vietnamese message and nothing is kept: no file, no row, nothing
locked. Proposal attachments may be of any kind, but one named .pdf must be a whole PDF."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import attachments, decisions, meetings
from lamdong_desktop.services.demo_meetings import scan_pdf
from lamdong_desktop.storage import meta_repo
from tests.files_support import pdf_bytes, png_bytes, truncated_pdf, write_pdf

from .meeting_support import EVERYONE, at, attend, close, convene, office, received, vote

DAY = date(2026, 1, 12)


@pytest.fixture
def signed_ready(demo):
    """A closed council and its decision, both waiting for the scan of the signed paper."""
    o = office(*demo)
    broad = received(o, broad=True)
    meeting = convene(o, [broad.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    close(o, meeting)
    with at(DAY, 14):
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                                   signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    return o, meeting, decided


def _attachments(o) -> int:
    return o.ctx.db.execute("SELECT count(*) FROM attachments").fetchone()[0]


def _stored(o) -> set[str]:
    return {p.name for p in o.ctx.paths.attachments.rglob("*") if p.is_file()}


def _attach(o, meeting, decided, which, path):
    with at(DAY, 15):
        if which == "minutes":
            return meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, path=path).value
        return decisions.attach_signed(o.ctx, actor=o.secretary, decision_id=decided.id, path=path).value


def _docx() -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


REFUSED = [
    ("bien-ban.pdf", "đã ký".encode(), "file_kind_mismatch",
     "Tệp “bien-ban.pdf” mang đuôi “.pdf” nhưng nội dung không phải tệp PDF."),
    ("bien-ban.pdf", truncated_pdf(), "pdf_damaged",
     "Tệp “bien-ban.pdf” không phải tệp PDF đọc được (thiếu dấu kết thúc tệp %%EOF)"),
    ("bien-ban.pdf", png_bytes(), "file_kind_mismatch", "mang đuôi “.pdf” nhưng nội dung là ảnh PNG."),
    ("bien-ban.pdf", b"", "attachment_empty", "Tệp “bien-ban.pdf” rỗng."),
    ("bien-ban.docx", _docx(), "scan_kind_refused",
     "Tệp “bien-ban.docx” không phải bản chụp văn bản đã ký: chỉ nhận tệp PDF hoặc ảnh chụp JPEG, PNG, TIFF."),
    ("bien-ban", pdf_bytes(), "file_suffix_missing", "Tệp “bien-ban” là tệp PDF nhưng tên tệp không có đuôi “.pdf”"),
    ("bien-ban.txt", b"%PDF-1.4 signed", "pdf_damaged", "Tệp “bien-ban.txt” không phải tệp PDF đọc được"),
    ("bien-ban.txt", "biên bản".encode(), "scan_kind_refused", "không phải bản chụp văn bản đã ký"),
]


@pytest.mark.parametrize("which", ["minutes", "decision"])
@pytest.mark.parametrize("name, content, code, words", REFUSED, ids=[r[2] + "-" + r[0] for r in REFUSED])
def test_what_is_no_scan_is_refused_and_nothing_is_kept(signed_ready, tmp_path, which, name, content, code, words):
    o, meeting, decided = signed_ready
    rows, files = _attachments(o), _stored(o)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        _attach(o, meeting, decided, which, path)
    assert refused.value.code == code and words in describe(refused.value)
    assert _attachments(o) == rows and _stored(o) == files
    assert not meetings.get(o.ctx, meeting.id, actor=o.head).locked
    assert not decisions.get(o.ctx, decided.id, actor=o.head).locked
    with pytest.raises(ValidationError) as early:  # what the window asks before the person confirms
        attachments.check_scan(o.ctx, path)
    assert early.value.code == code


def test_a_scan_over_the_size_limit_is_refused(signed_ready, tmp_path):
    o, meeting, decided = signed_ready
    meta_repo.set_many(o.ctx.db, {"attachment_max_mb": "0.01"})
    rows, files = _attachments(o), _stored(o)
    big = write_pdf(tmp_path / "bien-ban.pdf", at_least=20_000)
    with pytest.raises(ValidationError) as refused:
        _attach(o, meeting, decided, "minutes", big)
    assert refused.value.code == "attachment_too_large"
    assert _attachments(o) == rows and _stored(o) == files


@pytest.mark.parametrize("which", ["minutes", "decision"])
@pytest.mark.parametrize("name, content, media", [
    ("ban-ky.pdf", pdf_bytes("signed"), "application/pdf"),
    ("Bản ký.PDF", scan_pdf(7), "application/pdf"),  # the demo's stand-in scan, drawn without fonts
    ("ban-ky.png", png_bytes(), "image/png"),
    ("ban-ky.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9", "image/jpeg"),
    ("ban-ky.tif", b"II*\x00\x08\x00\x00\x00" + b"\x00" * 64, "image/tiff"),
])
def test_a_whole_pdf_or_a_scanned_image_is_kept(signed_ready, tmp_path, which, name, content, media):
    o, meeting, decided = signed_ready
    path = tmp_path / name
    path.write_bytes(content)
    assert attachments.check_scan(o.ctx, path) in ("pdf", "png", "jpeg", "tiff")
    signed = _attach(o, meeting, decided, which, path)
    assert signed.locked
    scan_id = signed.minutes_scan_id if which == "minutes" else signed.scan_id
    row = o.ctx.db.execute("SELECT filename, media_type, size FROM attachments WHERE id = ?", [scan_id]).fetchone()
    assert tuple(row) == (name, media, len(content))


def test_a_real_pdf_that_pypdf_reads_is_what_is_accepted(signed_ready, tmp_path):
    ctx = signed_ready[0].ctx
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    whole = write_pdf(tmp_path / "a.pdf", "signed")
    assert attachments.check_scan(ctx, whole) == "pdf" and len(PdfReader(whole).pages) == 1
    cut = tmp_path / "b.pdf"
    cut.write_bytes(truncated_pdf())
    with pytest.raises(ValidationError):
        attachments.check_scan(ctx, cut)
    with pytest.raises(PdfReadError):
        PdfReader(cut, strict=True).pages[0].extract_text()


def test_proposal_attachments_keep_any_kind_but_a_pdf_must_be_whole(signed_ready, tmp_path):
    o, _meeting, _decided = signed_ready
    draft = received(o)
    docx = tmp_path / "Báo cáo.docx"
    docx.write_bytes(_docx())
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("ghi chú", encoding="utf-8")
    photo = tmp_path / "hien-truong.jpg"
    photo.write_bytes(png_bytes())  # a phone's PNG saved as .jpg: any viewer opens it; not a scan, not checked
    for path in (docx, notes, photo, write_pdf(tmp_path / "bien-ban.pdf", "bien ban")):
        attachments.attach_file(o.ctx, actor=o.head, proposal_id=draft.id, path=path)
    rows, files = _attachments(o), _stored(o)
    for content, code in ((b"hello", "file_kind_mismatch"), (truncated_pdf("x"), "pdf_damaged")):
        fake = tmp_path / "to-trinh.pdf"
        fake.write_bytes(content)
        with pytest.raises(ValidationError) as refused:
            attachments.attach_file(o.ctx, actor=o.head, proposal_id=draft.id, path=fake)
        assert refused.value.code == code
    assert _attachments(o) == rows and _stored(o) == files
