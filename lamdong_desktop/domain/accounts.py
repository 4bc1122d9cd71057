"""Account rules: user names, password strength, and the lockout after repeated wrong passwords."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import ValidationError
from .roles import Role

MAX_FAILED_ATTEMPTS = 5
# Every new password: first run, new account, new password, wizard and CLI alike. Only the demo's accounts
# keep the short "demo", because a demo folder is marked as one (services/demo.py).
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normalize_username(value: str) -> str:
    """Lower-case ASCII user names: officials type them on any keyboard, with or without Telex."""
    name = (value or "").strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError("username_invalid", username=value)
    return name


def check_password(password: str) -> None:
    """Refuse a new password shorter than 8 characters, counted as stored (NFC: "ệ" is one character),
    or made of white space only (an empty line read from a script)."""
    if password and not password.strip():
        raise ValidationError("password_blank")
    if len(unicodedata.normalize("NFC", password or "")) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password_too_short", minimum=MIN_PASSWORD_LENGTH)


def lockout_duration(failed_attempts: int) -> timedelta:
    """How long an account stays locked after ``failed_attempts`` wrong passwords in a row.

    Nothing before the fifth; then 1 minute, doubling with each further failure, at most 1 hour.
    """
    if failed_attempts < MAX_FAILED_ATTEMPTS:
        return timedelta(0)
    minutes = 2 ** (failed_attempts - MAX_FAILED_ATTEMPTS)
    return timedelta(minutes=min(minutes, 60))


@dataclass(frozen=True)
class Actor:
    """Who is acting: the signed-in account, passed to every state-changing service."""

    user_id: str
    username: str
    full_name: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


def locked_until(failed_attempts: int, last_failure: datetime | None) -> datetime | None:
    """When the lock ends, or None when the account is not locked."""
    duration = lockout_duration(failed_attempts)
    if not duration or last_failure is None:
        return None
    return last_failure + duration
