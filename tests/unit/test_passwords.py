"""Password hashing: argon2id at fixed production parameters, NFC, the old scrypt hashes, renewal."""

from __future__ import annotations

import base64
import hashlib
import unicodedata

import pytest
from argon2 import PasswordHasher

from lamdong_desktop.domain import passwords
from lamdong_desktop.domain.accounts import MIN_PASSWORD_LENGTH, check_password
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.passwords import hash_password, needs_rehash, verify_dummy, verify_password

VIETNAMESE = "Mật khẩu Đà Lạt"


def scrypt_hash_of_version_0_2(password: str, *, n: int = 2**14) -> str:
    """A hash exactly as 0.2 stored it: scrypt of the password as typed, N=2^14, r=8, p=1."""
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=8, p=1, dklen=32)
    return f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_production_parameters_are_fixed_in_code():
    # The suite runs with a cheap hasher (tests/conftest.py); what ships is this, and it does not drift.
    assert (passwords.TIME_COST, passwords.MEMORY_COST_KIB, passwords.PARALLELISM) == (3, 64 * 1024, 4)
    hasher = passwords.PRODUCTION_HASHER
    assert (hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.hash_len, hasher.salt_len) == (
        3, 65536, 4, 32, 16)
    assert passwords._hasher is not hasher  # the suite's cheap one is active here


def test_a_production_hash_is_argon2id_64_mib_3_passes_4_lanes(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", passwords.PRODUCTION_HASHER)
    stored = hash_password("matkhau-that")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_password("matkhau-that", stored) and not needs_rehash(stored)


def test_a_decomposed_vietnamese_password_matches_the_composed_one():
    composed, decomposed = unicodedata.normalize("NFC", VIETNAMESE), unicodedata.normalize("NFD", VIETNAMESE)
    assert composed != decomposed
    assert verify_password(decomposed, hash_password(composed))
    assert verify_password(composed, hash_password(decomposed))
    assert not verify_password(unicodedata.normalize("NFC", "Mat khau Da Lat"), hash_password(composed))


def test_scrypt_hashes_of_0_2_still_verify_and_ask_to_be_renewed():
    stored = scrypt_hash_of_version_0_2("matkhau1")
    assert verify_password("matkhau1", stored) and not verify_password("matkhau2", stored)
    assert needs_rehash(stored)
    # 0.2 hashed the password as typed: one typed decomposed then still matches when typed so again,
    # and also when typed composed (the NFC form is tried first).
    old_decomposed = scrypt_hash_of_version_0_2(unicodedata.normalize("NFD", VIETNAMESE))
    assert verify_password(unicodedata.normalize("NFD", VIETNAMESE), old_decomposed)
    old_composed = scrypt_hash_of_version_0_2(unicodedata.normalize("NFC", VIETNAMESE))
    assert verify_password(unicodedata.normalize("NFD", VIETNAMESE), old_composed)


def test_hashes_with_other_parameters_ask_to_be_renewed():
    weaker = PasswordHasher(time_cost=1, memory_cost=16, parallelism=1).hash("matkhau1")
    assert verify_password("matkhau1", weaker)  # still accepted ...
    assert needs_rehash(weaker)  # ... and renewed at the next sign-in
    assert not needs_rehash(hash_password("matkhau1"))
    assert needs_rehash("garbage") and not verify_password("matkhau1", "garbage")
    assert not verify_password("matkhau1", "scrypt$bad")


def test_the_dummy_verification_never_matches():
    assert verify_dummy("anything") is False
    assert verify_dummy("") is False


@pytest.mark.parametrize("password", ["", "1234567", "demo", unicodedata.normalize("NFD", "Mậtkhẩu")])
def test_new_passwords_need_eight_characters(password):
    # "Mậtkhẩu" is 7 characters, 11 code points when decomposed: counted as stored (NFC).
    with pytest.raises(ValidationError) as err:
        check_password(password)
    assert err.value.code == "password_too_short" and err.value.params["minimum"] == MIN_PASSWORD_LENGTH == 8


def test_eight_characters_are_enough():
    check_password("12345678")
    check_password("Mậtkhẩu!")
