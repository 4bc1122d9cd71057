"""A SoftHSM2 token for the PKCS#11 tests (Debian's softhsm2, installed by ``scripts/install.sh --test``): made once
for the whole test session in a temporary folder, with the chairman's key and certificate on it.

SoftHSM2 reads ``SOFTHSM2_CONF`` when the library is first loaded, and a process loads a PKCS#11 library once: so
the token folder is made once, here, for every test module that signs through a token (the fixtures are imported
by ``tests/conftest.py``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
             "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so")
LIBRARY = next((path for path in LIBRARIES if Path(path).is_file()), None)
UTIL = shutil.which("softhsm2-util")
TOKEN, KEY, PIN = "lamdong-thu", "nguyen-van-hung", "123456"
# Valid from long before the tests' pinned days (January 2026 onwards) until well after today.
VALID_SINCE_DAYS, VALID_DAYS = 2000, 4000

needs_softhsm = pytest.mark.skipif(
    LIBRARY is None or UTIL is None,
    reason="SoftHSM2 is not installed (apt-get install softhsm2, as scripts/install.sh --test does): the PKCS#11 "
           "path (python-pkcs11 to a token) is untested on this machine")


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory):
    """The token's folder, with one initialised token labelled TOKEN (user PIN PIN)."""
    assert UTIL is not None
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
def on_token(softhsm_token):
    """The chairman's key (imported with softhsm2-util) and certificate (written through python-pkcs11)."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from pkcs11 import Attribute, CertificateType, ObjectClass

    from .services.signing_support import CA

    assert UTIL is not None and LIBRARY is not None
    issued = CA.make().issue("Nguyễn Văn Hùng", serial=0x5A5A, since_days=VALID_SINCE_DAYS, days=VALID_DAYS)
    key_file = softhsm_token / "key.pem"
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
