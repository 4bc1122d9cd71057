"""First run: choose the mode and the unit, create the administrator; refuse a folder already set up."""

from __future__ import annotations

import uuid

from lamdong_desktop import __version__
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import PROVINCE, InstallMode, Unit
from lamdong_desktop.storage import meta_repo, units_repo
from lamdong_desktop.storage.audit import append_event
from lamdong_desktop.storage.database import open_database
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.records import SYSTEM

from .accounts import _actor, create_account_row
from .context import AppContext, is_initialized
from .units import resolve_unit


def choose_unit(mode: str, unit_query: str | None) -> Unit:
    try:
        install_mode = InstallMode(mode)
    except ValueError:
        raise DomainError("invalid_mode", mode=mode) from None
    if install_mode is InstallMode.PROVINCE:
        return PROVINCE
    if not unit_query:
        raise DomainError("unit_required")
    return resolve_unit(unit_query)


def initialize(
    paths: DataPaths,
    *,
    mode: str,
    unit: str | None,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
) -> tuple[AppContext, Actor]:
    """Create the database of a new installation, all in one transaction; nothing is written on error."""
    if is_initialized(paths):
        raise DomainError("already_initialized", path=str(paths.root))
    chosen = choose_unit(mode, unit)
    try:
        paths.ensure()
    except OSError as exc:
        raise DomainError("data_dir_unwritable", path=str(paths.root), detail=exc) from exc
    db = open_database(paths)
    ctx = AppContext(paths=paths, db=db)
    try:
        with db.atomic():
            units_repo.replace_all(db, units_repo.bundled_units())
            meta_repo.set_many(
                db,
                {
                    "mode": mode,
                    "unit_code": chosen.code,
                    "installation_id": str(uuid.uuid4()),
                    "created_at": clock.stamp(),
                    "created_with_version": __version__,
                },
            )
            row = create_account_row(
                ctx,
                by=SYSTEM,
                username=admin_username,
                full_name=admin_full_name or "Quản trị hệ thống",
                password=admin_password,
                roles=frozenset({Role.ADMIN}),
            )
            append_event(
                db,
                actor_id=row["id"],
                actor_name=row["username"],
                action="install.init",
                summary=f"Khởi tạo ({mode}) cho {chosen.name}",
            )
    except BaseException:
        db.close()
        raise
    ctx.reload_settings()
    return ctx, _actor(row)
