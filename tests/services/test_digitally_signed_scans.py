"""A digitally signed PDF attached to its record counts as "Đã ký" and its signers are recorded; a signed PDF that
is altered, untrusted, or the copy of another document is refused and leaves nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import decisions, integrity, meetings, signed_scans
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.signatures import P12Signer, sign_pdf
from lamdong_desktop.storage import proposals_repo

from .printing_support import Month, build_month
from .signing_support import CA, P12_PASSWORD


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> Month:
    built = build_month(tmp_path_factory.mktemp("month") / "data")
    yield built
    built.o.ctx.close()


@pytest.fixture(scope="module")
def ca() -> CA:
    return CA.make()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("files")


@pytest.fixture(scope="module")
def chairman(ca, folder) -> P12Signer:
    return P12Signer(ca.issue("Nguyễn Văn Hùng").p12(folder / "chu-tich.p12", ca=ca), P12_PASSWORD)


def _signed_decision(month: Month, decision_id: str, signer: P12Signer, name: str, folder: Path) -> Path:
    printed = pm.print_decision(month.o.ctx, actor=month.o.secretary, decision=decision_id, target=folder / name)
    return sign_pdf(month.o.ctx, source=printed, output=printed.with_suffix(".signed.pdf"), signer=signer).output


def _refused_and_untouched(month: Month, decision_id: str, path: Path, code: str) -> ValidationError:
    ctx = month.o.ctx
    with pytest.raises(ValidationError) as caught:
        decisions.attach_signed(ctx, actor=month.o.secretary, decision_id=decision_id, path=path)
    assert caught.value.code == code, caught.value
    view = decisions.get(ctx, decision_id, actor=month.o.secretary)
    assert not view.locked and view.scan_id is None and view.digital_signatures == ()
    assert proposals_repo.attachments_of(ctx.db, "decisions", decision_id) == []
    return caught.value


def test_a_digitally_signed_decision_counts_as_signed_and_names_its_signer(month, chairman, folder):
    path = _signed_decision(month, month.approval.id, chairman, "qd-phe-duyet.pdf", folder)
    view = decisions.attach_signed(month.o.ctx, actor=month.o.secretary, decision_id=month.approval.id,
                                   path=path).value
    assert view.locked and view.scan_id
    (signature,) = view.digital_signatures
    assert (signature.field, signature.signer, signature.serial, signature.trust) == (
        "chu-tich", "Nguyễn Văn Hùng", "1A2B3C4D", "unchecked")
    assert signature.signed_at.endswith("+07:00")
    assert signed_scans.signatures_of(month.o.ctx, view.scan_id) == view.digital_signatures
    report = integrity.report_for(month.o.ctx, actor=month.o.head)
    assert report.ok, report.problems  # the signatures' rows are audited records like any other


def test_the_signed_copy_of_another_document_is_refused(month, chairman, folder):
    other = _signed_decision(month, month.rejection.id, chairman, "tb-khong-phe-duyet.pdf", folder)
    error = _refused_and_untouched(month, month.override_approval.id, other, "signed_scan_other_document")
    assert "không phải văn bản số" in describe(error)


def test_a_signed_copy_altered_afterwards_is_refused(month, chairman, folder):
    path = _signed_decision(month, month.override_approval.id, chairman, "qd-ghi-de.pdf", folder)
    data = bytearray(path.read_bytes())
    at = data.index(b"sha256:") + 8
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    altered = folder / "qd-ghi-de-sua.pdf"
    altered.write_bytes(bytes(data))
    error = _refused_and_untouched(month, month.override_approval.id, altered, "signed_scan_invalid")
    assert "đã bị sửa sau khi ký" in describe(error)


def test_with_roots_installed_a_signature_outside_them_is_refused(month, folder):
    ctx = month.o.ctx
    stranger = CA.make("CA lạ")
    signer = P12Signer(stranger.issue("Nguyễn Văn Hùng").p12(folder / "la.p12"), P12_PASSWORD)
    path = _signed_decision(month, month.override_approval.id, signer, "qd-ca-la.pdf", folder)
    CA.make("Ban Cơ yếu Chính phủ (thử)").install(ctx.paths.trust)
    try:
        error = _refused_and_untouched(month, month.override_approval.id, path, "signed_scan_invalid")
        assert "chuỗi tin cậy" in describe(error)
    finally:
        shutil.rmtree(ctx.paths.trust)


def test_an_unsigned_pdf_is_still_taken_as_the_scan_of_signed_paper(month, folder):
    printed = pm.print_decision(month.o.ctx, actor=month.o.secretary, decision=month.notice.id,
                                target=folder / "tb-tra-lai.pdf")
    view = decisions.attach_signed(month.o.ctx, actor=month.o.secretary, decision_id=month.notice.id,
                                   path=printed).value
    assert view.locked and view.digital_signatures == ()


def test_minutes_signed_by_the_secretary_and_the_chair_record_both(month, ca, chairman, folder):
    ctx, secretary = month.o.ctx, month.o.secretary
    printed = pm.print_minutes(ctx, actor=secretary, meeting_id=month.council.id, target=folder / "bb.pdf")
    hers = P12Signer(ca.issue("Trần Thị Mai", serial=0x77).p12(folder / "thu-ky.p12"), P12_PASSWORD)
    once = sign_pdf(ctx, source=printed, output=folder / "bb-1.pdf", signer=hers).output
    both = sign_pdf(ctx, source=once, output=folder / "bb-2.pdf", signer=chairman).output
    meeting = meetings.attach_signed_minutes(ctx, actor=secretary, meeting_id=month.council.id, path=both).value
    assert meeting.locked
    recorded = signed_scans.signatures_of(ctx, meeting.minutes_scan_id)
    assert [(s.field, s.signer) for s in recorded] == [("thu-ky", "Trần Thị Mai"),
                                                       ("chu-tich-hoi-dong", "Nguyễn Văn Hùng")]


def test_a_signed_pdf_the_program_did_not_print_is_taken_as_a_scan(month, chairman, folder):
    """A scan of the signed paper, signed digitally as an electronic copy (ND 30 Đ25): no signer is recorded,
    since nothing ties it to the record; it is still the record's signed scan."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from reportlab.pdfgen.canvas import Canvas

    scan = folder / "ban-chup.pdf"
    canvas = Canvas(str(scan))
    canvas.drawString(100, 700, "Ban chup van ban giay da ky")
    canvas.save()
    copy = folder / "ban-chup-ky-so.pdf"
    signer = signers.SimpleSigner.load_pkcs12(str(chairman.path), passphrase=P12_PASSWORD.encode())
    with scan.open("rb") as source, copy.open("wb") as out:
        signers.sign_pdf(IncrementalPdfFileWriter(source), signers.PdfSignatureMetadata(field_name="Van thu"),
                         signer=signer, new_field_spec=fields.SigFieldSpec("Van thu"), output=out)
    view = decisions.attach_signed(month.o.ctx, actor=month.o.secretary, decision_id=month.rejection.id,
                                   path=copy).value
    assert view.locked and view.scan_id and view.digital_signatures == ()
