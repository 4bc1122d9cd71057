"""Roles and what each may do. Services check permissions, so the CLI and the UI obey the same rules."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .errors import PermissionDenied, ValidationError


class Role(StrEnum):
    ADMIN = "quan_tri"  # IT staff: installation, accounts, calendar, backups
    HEAD = "nguoi_dung_dau"  # Chủ tịch UBND xã/phường/đặc khu
    LEADER = "lanh_dao"  # member of the leadership collective / deputy
    SECRETARY = "thu_ky"  # records meetings, votes, minutes
    OFFICIAL = "can_bo"  # cán bộ, công chức: drafts proposals, works tasks
    PROVINCE = "tinh"  # Ban Tổ chức Tỉnh ủy / UBND tỉnh


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Quản trị",
    Role.HEAD: "Người đứng đầu",
    Role.LEADER: "Lãnh đạo",
    Role.SECRETARY: "Thư ký",
    Role.OFFICIAL: "Cán bộ, công chức",
    Role.PROVINCE: "Tỉnh",
}


class Permission(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_STAFF = "manage_staff"  # people and party organisations of the unit
    MANAGE_CALENDAR = "manage_calendar"
    DRAFT_PROPOSAL = "draft_proposal"
    # The document register (domain/register.py): taking numbers, and cancelling any number. Whoever takes
    # numbers may also cancel one they took themselves (a number taken by mistake).
    ISSUE_DOCUMENT = "issue_document"
    CANCEL_DOCUMENT = "cancel_document"


# What each role may *do*. What each may *read* (proposals, staff, accounts …) is the rule table of
# ``domain/access.py``; the former VIEW_UNIT permission, which nothing checked, became its PERSON rule.


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset({Permission.MANAGE_ACCOUNTS, Permission.MANAGE_STAFF, Permission.MANAGE_CALENDAR}),
    # The head signs the unit's documents and answers for its register (ND 30/2020 Đ15.1c: the head sets how
    # administrative documents are numbered); the secretary keeps it, as the office's clerk (văn thư) does.
    Role.HEAD: frozenset({Permission.MANAGE_STAFF, Permission.DRAFT_PROPOSAL, Permission.ISSUE_DOCUMENT,
                          Permission.CANCEL_DOCUMENT}),
    Role.LEADER: frozenset({Permission.DRAFT_PROPOSAL}),
    Role.SECRETARY: frozenset({Permission.MANAGE_STAFF, Permission.DRAFT_PROPOSAL, Permission.ISSUE_DOCUMENT}),
    Role.OFFICIAL: frozenset({Permission.DRAFT_PROPOSAL}),
    # Province-owned reference data (calendar corrections) is set at the province (bundles.md).
    Role.PROVINCE: frozenset({Permission.MANAGE_CALENDAR}),
}


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    """Roles from their codes (``quan_tri``) or their labels typed with or without accents."""
    from .text import fold

    by_key = {r.value: r for r in Role} | {fold(label): r for r, label in ROLE_LABELS.items()}
    by_key |= {fold(label).replace(" ", "_"): r for r, label in ROLE_LABELS.items()}
    # A label with a comma ("Cán bộ, công chức") is also split on it below: each piece names the role.
    by_key |= {fold(piece.strip()): r for r, label in ROLE_LABELS.items() for piece in label.split(",")}
    roles = set()
    for value in values:
        for part in value.split(","):
            key = part.strip()
            if not key:
                continue
            role = by_key.get(key) or by_key.get(fold(key))
            if role is None:
                raise ValidationError("role_unknown", role=key)
            roles.add(role)
    if not roles:
        raise ValidationError("roles_required")
    return frozenset(roles)


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def require(roles: Iterable[Role], permission: Permission) -> None:
    """Raise PermissionDenied unless one of ``roles`` grants ``permission``."""
    if permission not in permissions_of(roles):
        raise PermissionDenied("permission_denied", permission=permission.value)
