"""First run: choose the mode and the unit, create the administrator; refuse a folder already set up."""

from __future__ import annotations

import uuid

from lamdong_desktop import __version__
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import PROVINCE, InstallMode, Unit
from lamdong_desktop.storage import files, meta_repo, units_repo
from lamdong_desktop.storage.audit import append_event
from lamdong_desktop.storage.database import create_database
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.records import SYSTEM

from .accounts import _actor, create_account_row
from .context import AppContext, is_initialized, open_app
from .units import resolve_unit

INIT_PREFIX = ".lamdong-init-"


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


def check_can_initialize(paths: DataPaths) -> None:
    """Refuse a folder that already holds data: a set-up or damaged database, any ``lamdong.db*`` file, or
    attachments. Called before asking for a password, and again by ``initialize``."""
    if is_initialized(paths):  # a damaged or newer database raises its own error here
        raise DomainError("already_initialized", path=str(paths.root))
    found = [p.name for p in paths.database_files()]
    attachments = paths.attachments
    try:
        if attachments.exists() and not attachments.is_dir():
            raise DomainError("attachments_unwritable", path=str(attachments))
        if attachments.is_dir() and any(attachments.iterdir()):
            found.append(attachments.name + "/")
    except OSError as exc:
        raise DomainError("data_dir_unreadable", path=str(paths.root), backups=str(paths.backups),
                          detail=str(exc)) from exc
    if found:
        raise DomainError("data_dir_has_database", path=str(paths.root), found=", ".join(found),
                          backups=str(paths.backups))


def initialize(
    paths: DataPaths,
    *,
    mode: str,
    unit: str | None,
    admin_username: str,
    admin_password: str,
    admin_full_name: str | None = None,
    admin_password_hash: str | None = None,
) -> tuple[AppContext, Actor]:
    """Create the database of a new installation; all or nothing, even if the process is killed.

    The database is built under a temporary name in the folder and takes its real name only when
    complete (a hard link, which never replaces a file that appeared meanwhile), so an interrupted
    ``init`` leaves no ``lamdong.db``; its temporary file is removed by the next run.
    ``admin_password_hash`` is for the demo only (its shared password, hashed once). ``admin_full_name``
    None gives the administrator the name "Quản trị hệ thống"; a given name must not be blank.
    """
    check_can_initialize(paths)
    chosen = choose_unit(mode, unit)
    paths.ensure()
    files.remove_stale(paths.root, INIT_PREFIX)
    temp = paths.root / files.temp_name(INIT_PREFIX, ".db")
    db = None
    try:
        db = create_database(temp)
        ctx = AppContext(paths=paths, db=db)
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
                full_name="Quản trị hệ thống" if admin_full_name is None else admin_full_name,
                password=admin_password,
                roles=frozenset({Role.ADMIN}),
                password_hash=admin_password_hash,
            )
            append_event(
                db,
                actor_id=row["id"],
                actor_name=row["username"],
                action="install.init",
                summary=f"Khởi tạo ({mode}) cho {chosen.name}",
            )
        db.disable_wal()  # everything in the one file, which can then be renamed
        db.close()
        db = None
        files.publish_file(temp, paths.database)
    except FileExistsError:
        raise DomainError("already_initialized", path=str(paths.root)) from None
    except OSError as exc:
        raise files.os_error(exc, paths) from exc
    finally:
        if db is not None:
            db.close()
        files.remove_database_files(temp)
    ctx = open_app(paths)
    return ctx, _actor(row)
