"""Digital signatures (chữ ký số, PAdES) on printed decisions and minutes, offline: a throwaway CA and a PKCS#12
file made here; signing into the signer's block, validating (who, when, intact, changed since, trusted), and each
foreseeable failure told in Vietnamese with nothing written."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import MESSAGES, describe
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.signature_checks import validate_pdf
from lamdong_desktop.services.signatures import P12Signer, sign_pdf

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
def chairman(ca, tmp_path_factory) -> Path:
    return ca.issue("Nguyễn Văn Hùng").p12(tmp_path_factory.mktemp("keys") / "chu-tich.p12", ca=ca)


@pytest.fixture(scope="module")
def printed(month, tmp_path_factory) -> Path:
    """The council's approval, printed by the program as the secretary prints it."""
    path = tmp_path_factory.mktemp("printed") / "quyet-dinh.pdf"
    return pm.print_decision(month.o.ctx, actor=month.o.secretary, decision=month.approval.id, target=path)


@pytest.fixture(scope="module")
def signed(month, printed, chairman) -> Path:
    out = printed.with_name("quyet-dinh-da-ky.pdf")
    sign_pdf(month.o.ctx, source=printed, output=out, signer=P12Signer(chairman, P12_PASSWORD))
    return out


def _widget(path: Path, name: str):
    for number, page in enumerate(PdfReader(path).pages):
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/T") == name:
                return number, widget
    raise AssertionError(f"no field {name}")


def _refused(code: str, call) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.code == code
    assert describe(caught.value) != describe(ValidationError("no_such_code"))  # a sentence of its own
    return caught.value


def test_a_signed_decision_validates_as_intact_and_names_its_signer(signed):
    check = validate_pdf(signed)
    (s,) = check.signatures
    assert (s.field, s.holder.name, s.holder.serial, s.holder.issuer) == (
        "chu-tich", "Nguyễn Văn Hùng", "1A2B3C4D", "CA thử nghiệm Lâm Đồng")
    assert s.intact and s.unchanged and s.covers_whole_file and s.changes_after == "none"
    assert abs(s.signed_at - clock.now()) < timedelta(minutes=10)  # the signer's claimed time, in +07:00
    assert s.signed_at.utcoffset() == timedelta(hours=7)
    assert s.trust == "unchecked" and check.roots == 0  # no root installed: not "trusted", not refused either
    assert check.ok and not check.timestamp_checked and not check.revocation_checked


def test_the_visible_signature_is_drawn_inside_the_signers_block(printed, signed):
    page, before = _widget(printed, "chu-tich")
    signed_page, after = _widget(signed, "chu-tich")
    assert signed_page == page
    assert [float(v) for v in after["/Rect"]] == [float(v) for v in before["/Rect"]]  # the block's room to sign
    assert "/AP" in after and after["/V"] is not None  # filled, with an appearance
    stream = after["/AP"]["/N"].get_object()
    x0, y0, x1, y1 = (float(v) for v in stream["/BBox"])
    assert abs(x1 - x0) == pytest.approx(float(after["/Rect"][2]) - float(after["/Rect"][0]), abs=1)  # whole points
    assert abs(y1 - y0) == pytest.approx(float(after["/Rect"][3]) - float(after["/Rect"][1]), abs=1)
    text = PdfReader(signed).pages[page].extract_text()
    assert "CHỦ TỊCH" in text  # the printed block itself is untouched
    # The printed file is kept whole as the first revision: signing only appends.
    assert signed.read_bytes().startswith(printed.read_bytes())


def test_one_byte_changed_after_signing_is_reported(signed, tmp_path):
    data = bytearray(signed.read_bytes())
    at = data.index(b"sha256:") + len(b"sha256:")  # the content digest in the signed document's information
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    changed = tmp_path / "sua-mot-byte.pdf"
    changed.write_bytes(bytes(data))
    (s,) = validate_pdf(changed).signatures
    assert not s.intact and not s.unchanged and not s.valid
    assert not validate_pdf(changed).ok


def test_an_update_appended_after_signing_is_reported(signed, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStamp, TextStampStyle

    out = io.BytesIO()
    with signed.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        TextStamp(writer, TextStampStyle(stamp_text="Da sua sau khi ky")).apply(0, 100, 100)
        writer.write(out)
    appended = tmp_path / "them-noi-dung.pdf"
    appended.write_bytes(out.getvalue())
    (s,) = validate_pdf(appended).signatures
    assert s.intact  # the signed bytes are still there, unchanged …
    assert not s.covers_whole_file and s.changes_after == "other" and not s.unchanged  # … but content was added
    assert not validate_pdf(appended).ok


def test_trust_is_checked_against_the_roots_the_user_installs(signed, ca, tmp_path):
    trusted = tmp_path / "trust"
    ca.install(trusted)
    check = validate_pdf(signed, trust_folder=trusted)
    assert check.roots == 1 and check.signatures[0].trust == "trusted" and check.ok
    stranger = tmp_path / "other"
    CA.make("CA không liên quan").install(stranger)
    (stranger / "ghi-chu.pem").write_text("không phải chứng thư")
    check = validate_pdf(signed, trust_folder=stranger)
    assert check.signatures[0].trust == "untrusted" and not check.ok
    assert check.unreadable_roots == ("ghi-chu.pem",)


def test_the_signer_of_a_minutes_block_is_found_by_name_and_both_signatures_hold(month, ca, tmp_path):
    ctx = month.o.ctx
    minutes = pm.print_minutes(ctx, actor=month.o.secretary, meeting_id=month.council.id, target=tmp_path / "bb.pdf")
    secretary = ca.issue("TRẦN THỊ MAI", serial=0x22).p12(tmp_path / "thu-ky.p12", "")  # name in capitals, no password
    chair = ca.issue("Nguyễn Văn Hùng", serial=0x33).p12(tmp_path / "chu-tich.p12")
    once = sign_pdf(ctx, source=minutes, output=tmp_path / "bb-1.pdf", signer=P12Signer(secretary, ""))
    assert once.field == "thu-ky"  # her block, found from the name on her certificate
    twice = sign_pdf(ctx, source=once.output, output=tmp_path / "bb-2.pdf", signer=P12Signer(chair, P12_PASSWORD))
    assert twice.field == "chu-tich-hoi-dong"
    first, second = validate_pdf(twice.output).signatures
    assert (first.holder.name, second.holder.name) == ("TRẦN THỊ MAI", "Nguyễn Văn Hùng")
    assert first.changes_after == "signatures" and first.unchanged  # only the chair's signature came after hers
    assert second.changes_after == "none" and second.covers_whole_file
    left, right = (_widget(twice.output, n)[1] for n in ("thu-ky", "chu-tich-hoi-dong"))
    assert float(left["/Rect"][2]) < float(right["/Rect"][0])  # the secretary left, the chair right
    _refused("signature_field_signed", lambda: sign_pdf(ctx, source=twice.output, output=tmp_path / "bb-3.pdf",
                                                        signer=P12Signer(chair, P12_PASSWORD), field="thu-ky"))
    _refused("signature_no_field", lambda: sign_pdf(ctx, source=twice.output, output=tmp_path / "bb-3.pdf",
                                                    signer=P12Signer(chair, P12_PASSWORD)))


def test_every_foreseeable_failure_is_told_and_writes_nothing(month, printed, chairman, ca, tmp_path):
    ctx = month.o.ctx
    out = tmp_path / "khong-ghi.pdf"

    def sign(source=printed, signer=None, **kw):
        return lambda: sign_pdf(ctx, source=source, output=out, signer=signer or P12Signer(chairman, P12_PASSWORD),
                                **kw)

    error = _refused("signature_wrong_password", sign(signer=P12Signer(chairman, "sai mật khẩu")))
    assert "Sai mật khẩu" in describe(error)
    not_pdf = tmp_path / "ghi-chu.pdf"
    not_pdf.write_text("không phải PDF")
    _refused("signature_not_pdf", sign(source=not_pdf))
    _refused("signature_file_missing", sign(source=tmp_path / "khong-co.pdf"))
    not_p12 = tmp_path / "hong.p12"
    not_p12.write_bytes(b"\x00" * 64)
    _refused("signature_p12_invalid", sign(signer=P12Signer(not_p12, "x")))
    expired = ca.issue("Nguyễn Văn Hùng", expired=True).p12(tmp_path / "het-han.p12")
    error = _refused("signature_certificate_expired", sign(signer=P12Signer(expired, P12_PASSWORD)))
    assert "hết hạn" in describe(error)
    encipher_only = ca.issue("Nguyễn Văn Hùng", signing=False).p12(tmp_path / "ma-hoa.p12")
    _refused("signature_certificate_usage", sign(signer=P12Signer(encipher_only, P12_PASSWORD)))
    error = _refused("signature_field_missing", sign(field="pho-chu-tich"))
    assert error.params["fields"] == "chu-tich"  # the fields the document has are named
    plain = tmp_path / "khong-co-o-ky.pdf"
    canvas = Canvas(str(plain))
    canvas.drawString(100, 700, "Van ban khong co o chu ky")
    canvas.save()
    _refused("signature_no_field", sign(source=plain))
    _refused("signature_none", lambda: validate_pdf(printed))  # printed, not signed yet
    assert not out.exists()
    assert all(code in MESSAGES for code in ("signature_token_not_found", "signature_wrong_pin"))


def test_the_signed_copy_is_never_written_into_the_data_folder(month, printed, chairman):
    from lamdong_desktop.domain.errors import DomainError

    ctx = month.o.ctx
    with pytest.raises(DomainError) as caught:
        sign_pdf(ctx, source=printed, output=ctx.paths.root / "da-ky.pdf", signer=P12Signer(chairman, P12_PASSWORD))
    assert caught.value.code == "print_target_refused"


def test_a_signature_whose_certificate_has_expired_is_not_valid(printed, ca, tmp_path):
    """Made by another tool with a certificate now expired: with no trusted timestamp nothing proves it was signed
    in time, so it is reported expired, not valid."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    expired = ca.issue("Nguyễn Văn Hùng", expired=True).p12(tmp_path / "het-han.p12")
    signer = signers.SimpleSigner.load_pkcs12(str(expired), passphrase=P12_PASSWORD.encode())
    out = tmp_path / "ky-bang-chung-thu-het-han.pdf"
    with printed.open("rb") as source, out.open("wb") as target:
        signers.sign_pdf(IncrementalPdfFileWriter(source), signers.PdfSignatureMetadata(field_name="chu-tich"),
                         signer=signer, output=target)
    check = validate_pdf(out)
    (s,) = check.signatures
    assert s.unchanged and s.trust == "expired" and not s.valid and not check.ok
