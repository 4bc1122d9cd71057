"""Password hashing: argon2id (memory-hard, RFC 9106), still reading the scrypt hashes of version 0.2.

Nothing is stored in clear. Every password is normalised to NFC first, so a Vietnamese password typed
with decomposed accents (macOS, some keyboard settings) matches the same password typed composed.
``needs_rehash`` tells the sign-in to store a fresh hash after a correct password whenever the stored one
is scrypt or argon2id with other parameters than the ones below.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import unicodedata

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# Production parameters, kept constant in code (a test checks them): argon2-cffi's RFC 9106 "low memory"
# profile — 64 MiB, 3 passes, 4 lanes — about a quarter of a second on a commune laptop.
TIME_COST = 3
MEMORY_COST_KIB = 64 * 1024
PARALLELISM = 4
HASH_LEN = 32
SALT_LEN = 16

PRODUCTION_HASHER = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM, hash_len=HASH_LEN,
    salt_len=SALT_LEN, type=Type.ID,
)
# The hasher in use. Only the tests replace it (with a cheap one) to keep the suite fast.
_hasher: PasswordHasher = PRODUCTION_HASHER
_dummy: tuple[PasswordHasher, str] | None = None

_SCRYPT = "scrypt"


def _nfc(password: str) -> str:
    return unicodedata.normalize("NFC", password or "")


def hash_password(password: str) -> str:
    return _hasher.hash(_nfc(password))


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored`` (argon2id, or the scrypt hashes of earlier versions)."""
    stored = stored or ""
    if stored.startswith(_SCRYPT + "$"):
        # Earlier versions hashed the password as typed: a decomposed one matches only as it was.
        candidates = dict.fromkeys((_nfc(password), password or ""))
        return any(_verify_scrypt(candidate, stored) for candidate in candidates)
    try:
        return _hasher.verify(stored, _nfc(password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` is not argon2id with the parameters in use: store a new hash at sign-in."""
    if not (stored or "").startswith("$argon2id$"):
        return True
    try:
        return _hasher.check_needs_rehash(stored)
    except (InvalidHashError, ValueError):
        return True


def verify_dummy(password: str) -> bool:
    """Spend the time of one verification for an unknown user name, so its answer comes no sooner; False."""
    global _dummy
    if _dummy is None or _dummy[0] is not _hasher:
        _dummy = (_hasher, _hasher.hash("lamdong-desktop: no such account"))
    verify_password(password, _dummy[1])
    return False


def _verify_scrypt(password: str, stored: str) -> bool:
    try:
        prefix, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if prefix != _SCRYPT:
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)

