"""Signing through PKCS#11 as with the government's USB tokens: a SoftHSM2 token (``tests/softhsm_support``) with
the signer's key and certificate, a printed decision signed through python-pkcs11 and validated; a wrong PIN, an
absent token, a missing key, a missing library."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamdong_desktop.documents import decision
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services.signature_checks import validate_pdf
from lamdong_desktop.services.signatures import Pkcs11Signer, sign_pdf

from ..softhsm_support import KEY, LIBRARY, PIN, TOKEN, needs_softhsm

pytestmark = needs_softhsm


@pytest.fixture
def data_ctx(commune):
    return commune[0]


@pytest.fixture
def printed(tmp_path) -> Path:
    path = tmp_path / "quyet-dinh.pdf"
    decision.render_decision(decision.sample_decision(), path, font_source="bundled")
    return path


def test_a_decision_signed_on_a_token_validates(data_ctx, on_token, printed, tmp_path):
    signed = sign_pdf(data_ctx, source=printed, output=tmp_path / "da-ky.pdf",
                      signer=Pkcs11Signer(LIBRARY, TOKEN, KEY, PIN))
    assert (signed.field, signed.holder.name, signed.holder.serial) == ("chu-tich", "Nguyễn Văn Hùng", "5A5A")
    (s,) = validate_pdf(signed.output).signatures
    assert s.intact and s.unchanged and s.holder.serial == "5A5A"


@pytest.mark.parametrize(("spec", "code"), [
    ((TOKEN, KEY, "000000"), "signature_wrong_pin"),
    (("khong-co-thiet-bi", KEY, PIN), "signature_token_not_found"),
    ((TOKEN, "khoa-khac", PIN), "signature_key_not_found"),
])
def test_token_failures_are_told_and_write_nothing(data_ctx, on_token, printed, tmp_path, spec, code):
    out = tmp_path / "da-ky.pdf"
    with pytest.raises(ValidationError) as caught:
        sign_pdf(data_ctx, source=printed, output=out, signer=Pkcs11Signer(LIBRARY, *spec))
    assert caught.value.code == code
    assert describe(caught.value).startswith(("Sai mã PIN", "Không tìm thấy thiết bị", "Trên thiết bị"))
    assert not out.exists()


def test_a_library_that_is_not_there_is_named(data_ctx, printed, tmp_path):
    with pytest.raises(ValidationError) as caught:
        sign_pdf(data_ctx, source=printed, output=tmp_path / "x.pdf",
                 signer=Pkcs11Signer(str(tmp_path / "khong-co.so"), TOKEN, KEY, PIN))
    assert caught.value.code == "signature_pkcs11_library"
    assert "khong-co.so" in describe(caught.value)
