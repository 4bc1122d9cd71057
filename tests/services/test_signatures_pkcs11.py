"""Signing through PKCS#11 as with the government's USB tokens: a SoftHSM2 token (Debian's softhsm2, installed by
``scripts/install.sh --test``) made in a temporary folder, the signer's key and certificate put on it, a printed
decision signed through python-pkcs11 and validated; a wrong PIN, an absent token, a missing key, a missing library.

SoftHSM2 reads ``SOFTHSM2_CONF`` when the library is first loaded, and a process loads a PKCS#11 library once:
the token folder is made once for the whole test session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from lamdong_desktop.documents import decision
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services.signature_checks import validate_pdf
from lamdong_desktop.services.signatures import Pkcs11Signer, sign_pdf

from .signing_support import CA

LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
             "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so")
LIBRARY = next((path for path in LIBRARIES if Path(path).is_file()), None)
UTIL = shutil.which("softhsm2-util")
TOKEN, KEY, PIN = "lamdong-thu", "nguyen-van-hung", "123456"

pytestmark = pytest.mark.skipif(
    LIBRARY is None or UTIL is None,
    reason="SoftHSM2 is not installed (apt-get install softhsm2, as scripts/install.sh --test does): the PKCS#11 "
           "path (python-pkcs11 to a token) is untested on this machine")


@pytest.fixture(scope="session")
def token(tmp_path_factory):
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    before = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # before python-pkcs11 loads the library
    subprocess.run([UTIL, "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", "654321"],
                   check=True, capture_output=True)
    yield folder
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before


@pytest.fixture(scope="session")
def on_token(token):
    """The chairman's key (imported with softhsm2-util) and certificate (written through python-pkcs11)."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    issued = CA.make().issue("Nguyễn Văn Hùng", serial=0x5A5A)
    key_file = token / "key.pem"
    key_file.write_bytes(issued.key_pem())
    subprocess.run([UTIL, "--import", str(key_file), "--token", TOKEN, "--label", KEY, "--id", "01", "--pin", PIN],
                   check=True, capture_output=True)
    key_file.unlink()
    with pkcs11.lib(LIBRARY).get_token(token_label=TOKEN).open(rw=True, user_pin=PIN) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: KEY, Attribute.ID: b"\x01",
            Attribute.SUBJECT: issued.cert.subject.public_bytes(),
            Attribute.VALUE: issued.cert.public_bytes(serialization.Encoding.DER),
        })
    return issued


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
