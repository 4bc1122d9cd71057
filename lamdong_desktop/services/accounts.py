"""Signing in, and managing local accounts (administrators only, except one's own password)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, require_read
from lamdong_desktop.domain.accounts import (
    MAX_FAILED_ATTEMPTS,
    Actor,
    check_password,
    locked_until,
    normalize_username,
)
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.passwords import hash_password, needs_rehash, verify_dummy, verify_password
from lamdong_desktop.domain.roles import Permission, Role, parse_roles, require
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import accounts_repo
from lamdong_desktop.storage.records import Author, note_write

from .changes import writes
from .context import AppContext


@dataclass(frozen=True)
class AccountView:
    """What may be shown of an account: never its password hash."""

    id: str
    username: str
    full_name: str
    roles: tuple[Role, ...]
    disabled: bool
    locked_until: str | None


def author(actor: Actor) -> Author:
    return Author(user_id=actor.user_id, username=actor.username)


def _roles_text(roles: frozenset[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        user_id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        roles=frozenset(Role(r) for r in row["roles"].split(",") if r),
    )


def _lock_end(ctx: AppContext, username: str) -> datetime | None:
    count, last = accounts_repo.failures(ctx.db, username)
    return _active_lock(count, last)


def _active_lock(count: int, last: str | None) -> datetime | None:
    until = locked_until(count, datetime.fromisoformat(last) if last else None)
    return until if until and until > clock.now() else None


def _locked_error(until: datetime) -> DomainError:
    minutes = max(1, math.ceil((until - clock.now()).total_seconds() / 60))
    return DomainError("account_locked", minutes=minutes, until=until.strftime("%H:%M"))


def _judge_guess(
    ctx: AppContext, name: str, row: dict[str, Any] | None, password: str, *, wrong: str, locked_summary: str,
    wrong_summary: str,
) -> DomainError | None:
    """Decide one password guess for ``name``: None when right, else the refusal to raise after the commit.

    Call inside the caller's ``ctx.db.atomic()`` (BEGIN IMMEDIATE), with ``row`` read in it: the lock is
    read, the password checked and a failure counted in that one transaction, so guesses at the same
    account are decided one at a time whatever path they come by (sign-in, changing one's own password).
    A locked account is refused without looking at the password; a wrong password raises ``wrong`` with
    the attempts left, or ``account_locked`` once it locks. A right one clears the counter.
    """
    actor_id = row["id"] if row else None
    before = _active_lock(*accounts_repo.failures(ctx.db, name))
    if before:
        counted = accounts_repo.count_attempt(
            ctx.db, name, at=clock.stamp(), move_last=False, actor_id=actor_id,
            summary=locked_summary,
        )
        return _locked_error(_active_lock(counted["failed_attempts"], counted["last_failure_at"]) or before)
    if row is not None and verify_password(password, row["password_hash"]):
        accounts_repo.clear_failures(
            ctx.db, name, actor_id=row["id"], actor_name=name, summary=f"{name} nhập đúng mật khẩu: xóa bộ đếm"
        )
        return None
    if row is None:
        verify_dummy(password)
    counted = accounts_repo.count_attempt(
        ctx.db, name, at=clock.stamp(), move_last=True, actor_id=actor_id,
        summary=wrong_summary,
    )
    until = _active_lock(counted["failed_attempts"], counted["last_failure_at"])
    if until:
        return _locked_error(until)
    return DomainError(wrong, remaining=max(0, MAX_FAILED_ATTEMPTS - counted["failed_attempts"]))


def sign_in(ctx: AppContext, *, username: str, password: str) -> Actor:
    """Check the password; after 5 wrong ones in a row the account locks for 1, 2, 4 … 60 minutes.

    One immediate write transaction reads the lock, checks the password and counts a failure, so
    sign-ins of one database are decided one at a time: parallel guesses are all counted, at most five
    are ever checked before the lock, a locked account is refused without looking at the password, and
    parallel correct sign-ins never lock anyone out. Only a correct password clears the counter. An
    unknown user name costs one verification too (against a dummy hash), and a disabled account is named
    only after its correct password. A hash in an older format is renewed on a correct password.
    """
    try:
        name = normalize_username(username)
    except ValidationError:
        verify_dummy(password)
        raise DomainError("login_failed", remaining=MAX_FAILED_ATTEMPTS) from None
    with ctx.db.atomic():
        row = accounts_repo.by_username(ctx.db, name)
        refusal = _judge_guess(
            ctx, name, row, password, wrong="login_failed",
            locked_summary=f"Từ chối đăng nhập {name}: tài khoản đang tạm khóa",
            wrong_summary=f"Đăng nhập {name} sai mật khẩu",
        )
    if refusal is not None:  # raised after the commit, so that the failure stays counted
        raise refusal
    assert row is not None
    if not row["disabled"] and needs_rehash(row["password_hash"]):
        renewed = hash_password(password)
        with ctx.db.atomic():
            _renew_hash(ctx, row, renewed)
    if row["disabled"]:
        raise DomainError("account_disabled", username=name)
    return _actor(row)


def _renew_hash(ctx: AppContext, row: dict[str, Any], new_hash: str) -> None:
    """Store the password's hash again with today's algorithm; skipped if the account changed meanwhile."""
    try:
        accounts_repo.store(ctx.db).update(
            row["id"], {"password_hash": new_hash}, author=Author(user_id=row["id"], username=row["username"]),
            summary=f"Nâng cấp mã băm mật khẩu {row['username']} (argon2id)", expected_version=row["version"],
        )
    except DomainError as error:
        if error.code != "version_conflict":
            raise


def _view(ctx: AppContext, row: dict[str, Any]) -> AccountView:
    until = _lock_end(ctx, row["username"])
    return AccountView(
        id=row["id"],
        username=row["username"],
        full_name=row["full_name"],
        roles=tuple(sorted((Role(r) for r in row["roles"].split(",") if r), key=list(Role).index)),
        disabled=bool(row["disabled"]),
        locked_until=clock.stamp(until) if until else None,
    )


def list_accounts(ctx: AppContext, *, actor: Actor) -> list[AccountView]:
    """Every account and its roles: for the administrator only (domain/access.py)."""
    require_read(actor.roles, RecordKind.ACCOUNT)
    return [_view(ctx, row) for row in accounts_repo.list_accounts(ctx.db)]


def create_account_row(
    ctx: AppContext,
    *,
    by: Author,
    username: str,
    full_name: str,
    password: str = "",
    roles: frozenset[Role],
    password_hash: str | None = None,
) -> dict[str, Any]:
    """Create an account without a permission check: for first-run set-up and the demo only.

    ``password`` must pass ``check_password`` (8 characters). Only the demo gives ``password_hash``
    instead: its shared password, hashed once, for accounts in a folder marked as a demo.
    """
    name = normalize_username(username)
    label = check_text(full_name, field="full_name", limit="name", required=True)  # printed on documents
    if password_hash is None:
        check_password(password)
    if accounts_repo.username_exists(ctx.db, name):
        raise ValidationError("username_taken", username=name)
    return accounts_repo.store(ctx.db).insert(
        {
            "username": name,
            "full_name": label,
            "password_hash": password_hash or hash_password(password),
            "roles": _roles_text(roles),
            "disabled": 0,
        },
        author=by,
        summary=f"Tạo tài khoản {name}",
    )


@writes
def add_account(
    ctx: AppContext, *, actor: Actor, username: str, full_name: str, password: str, roles: list[str]
) -> AccountView:
    require(actor.roles, Permission.MANAGE_ACCOUNTS)
    row = create_account_row(
        ctx, by=author(actor), username=username, full_name=full_name, password=password,
        roles=parse_roles(roles),
    )
    return _view(ctx, row)


def _get(ctx: AppContext, username: str) -> dict[str, Any]:
    try:
        name = normalize_username(username)
    except ValidationError:
        raise NotFound("user_not_found", username=username) from None
    row = accounts_repo.by_username(ctx.db, name)
    if row is None:
        raise NotFound("user_not_found", username=name)
    return row


@writes
def change_password(
    ctx: AppContext, *, actor: Actor, username: str, new_password: str, old_password: str | None = None
) -> None:
    """Anyone may change their own password (giving the old one); administrators may reset any.

    The old password is one more guess at the account: it is judged like a sign-in (``_judge_guess``), in
    the same transaction that stores the new hash, so wrong guesses count toward the same lockout and a
    locked account changes nothing. ``old_password=None`` for one's own account means the caller has just
    signed this person in with it (the CLI's ``--user``). The new password is checked and hashed first,
    so a too-short one costs no guess.
    """
    row = _get(ctx, username)
    own = row["id"] == actor.user_id
    if not own:
        require(actor.roles, Permission.MANAGE_ACCOUNTS)
    check_password(new_password)
    new_hash = hash_password(new_password)
    name = row["username"]
    with ctx.db.atomic():
        current = accounts_repo.by_username(ctx.db, name)
        if current is None or current["id"] != row["id"]:
            raise NotFound("user_not_found", username=name)
        refusal = None
        if own and old_password is not None:
            refusal = _judge_guess(
                ctx, name, current, old_password, wrong="old_password_wrong",
                locked_summary=f"Từ chối đổi mật khẩu {name}: tài khoản đang tạm khóa",
                wrong_summary=f"Đổi mật khẩu {name}: nhập sai mật khẩu hiện tại",
            )
        if refusal is None:
            accounts_repo.store(ctx.db).update(
                row["id"],
                {"password_hash": new_hash},
                author=author(actor),
                summary=f"Đổi mật khẩu {name}",
            )
            accounts_repo.clear_failures(
                ctx.db, name, actor_id=actor.user_id, actor_name=actor.username,
                summary=f"Đổi mật khẩu {name}: xóa bộ đếm lần nhập sai",
            )
    if refusal is not None:  # raised after the commit, so that the failure stays counted
        raise refusal


def _active_admins(ctx: AppContext) -> list[dict[str, Any]]:
    return [
        r for r in accounts_repo.list_accounts(ctx.db)
        if Role.ADMIN.value in r["roles"].split(",") and not r["disabled"]
    ]


@writes
def set_roles(ctx: AppContext, *, actor: Actor, username: str, roles: list[str]) -> AccountView:
    require(actor.roles, Permission.MANAGE_ACCOUNTS)
    row = _get(ctx, username)
    new_roles = parse_roles(roles)
    admins = _active_admins(ctx)
    if Role.ADMIN not in new_roles and [a["id"] for a in admins] == [row["id"]]:
        raise ValidationError("last_admin", username=row["username"])
    updated = accounts_repo.store(ctx.db).update(
        row["id"],
        {"roles": _roles_text(new_roles)},
        author=author(actor),
        summary=f"Đặt vai trò {row['username']}: {_roles_text(new_roles)}",
    )
    return _view(ctx, updated)


@writes
def set_disabled(ctx: AppContext, *, actor: Actor, username: str, disabled: bool) -> AccountView:
    require(actor.roles, Permission.MANAGE_ACCOUNTS)
    row = _get(ctx, username)
    if disabled and [a["id"] for a in _active_admins(ctx)] == [row["id"]]:
        raise ValidationError("last_admin", username=row["username"])
    updated = accounts_repo.store(ctx.db).update(
        row["id"], {"disabled": int(disabled)}, author=author(actor),
        summary=("Khóa" if disabled else "Mở") + f" tài khoản {row['username']}",
    )
    return _view(ctx, updated)


@writes
def unlock(ctx: AppContext, *, actor: Actor, username: str) -> None:
    """Clear the wrong-password counter so the account can sign in at once."""
    require(actor.roles, Permission.MANAGE_ACCOUNTS)
    row = _get(ctx, username)
    accounts_repo.clear_failures(
        ctx.db, row["username"], actor_id=actor.user_id, actor_name=actor.username,
        summary=f"Mở khóa tài khoản {row['username']} (xóa bộ đếm lần nhập sai)",
    )
    note_write(ctx.db, "accounts", row)  # the counter is no record of its own, but the account shows it


def require_actor(actor: Actor | None) -> Actor:
    if actor is None:
        raise PermissionDenied("authentication_required")
    return actor


def actor_for(ctx: AppContext, user_id: str) -> Actor:
    """The account ``user_id`` as it stands now, as an actor — for a service that must see a record the way that
    account sees it (``printed_verify``: the document it printed, built again). NotFound if it is gone.

    Never a sign-in: nothing is written, and the result must not leave the service that asked.
    """
    return _actor(accounts_repo.store(ctx.db).get(user_id))
