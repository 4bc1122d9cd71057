"""A ready demo: a realistic commune with staff, party organisations and one account for each role."""

from __future__ import annotations

import hashlib
import hmac
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor, check_password
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.passwords import hash_password, verify_password
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import KIND_LABELS, UnitKind
from lamdong_desktop.storage import accounts_repo, files, meta_repo
from lamdong_desktop.storage.paths import PRIVATE_DIR_MODE, DataPaths
from lamdong_desktop.storage.records import SYSTEM

from . import staff
from .accounts import _actor, _lock_end, create_account_row
from .context import AppContext, is_initialized, open_app
from .setup import check_can_initialize, initialize

DEFAULT_DEMO_UNIT = "Xã Di Linh"
DEMO_PASSWORD = "demo"
# Beside the target folder X: ".X.demo-building-<pid>-…" while the demo is built (removed when stale),
# ".X.demo-old-<pid>-…" for X's own things (logs, notes) while the demo takes its place (put back).
_STAGING_MARK = ".demo-building-"
_ASIDE_MARK = ".demo-old-"
# app_meta key: the SHA-256 of the argon2id hash that create_demo gave its accounts for the password "demo"
# (only then). While the head's stored hash is still that very hash, the head still has the demo password:
# ``demo_head`` knows it without a key derivation.
DEMO_HASH_DIGEST_KEY = "demo_password_hash_sha256"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    full_name: str
    role: Role
    position: str


# One account for each role; the head is the account `lamdong-desktop --demo` signs in with.
DEMO_ACCOUNTS = (
    DemoAccount("admin", "Lê Quang Vinh", Role.ADMIN, "Công chức Văn phòng HĐND và UBND (phụ trách CNTT)"),
    DemoAccount("chutich", "Nguyễn Văn Hùng", Role.HEAD, "Chủ tịch UBND"),
    DemoAccount("phochutich", "Ka Thị Hương", Role.LEADER, "Phó Chủ tịch UBND"),
    DemoAccount("thuky", "Trần Thị Mai", Role.SECRETARY, "Chánh Văn phòng HĐND và UBND"),
    DemoAccount("canbo", "K'Brơi Ngọc Sơn", Role.OFFICIAL, "Chuyên viên Phòng Kinh tế"),
    DemoAccount("tinh", "Phạm Minh Tuấn", Role.PROVINCE, "Chuyên viên Ban Tổ chức Tỉnh ủy"),
)
DEMO_HEAD = "chutich"

_PARTY_ORGS = (
    ("Đảng bộ {unit}", staff.PartyOrgKind.DANG_BO_CO_SO),
    ("Chi bộ Cơ quan Ủy ban nhân dân", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
    ("Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
    ("Chi bộ Quân sự", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
    ("Chi bộ Công an", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
    ("Chi bộ {village} 1", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
    ("Chi bộ {village} Kao Kuil", staff.PartyOrgKind.CHI_BO_TRUC_THUOC),
)

# (name, position, party organisation index or None)
_STAFF = (
    ("Nguyễn Văn Hùng", "Chủ tịch UBND {unit}", 1),
    ("Ka Thị Hương", "Phó Chủ tịch UBND {unit}", 1),
    ("Đinh Công Thành", "Phó Chủ tịch UBND {unit}", 1),
    ("Trần Thị Mai", "Chánh Văn phòng HĐND và UBND", 1),
    ("Lê Quang Vinh", "Công chức Văn phòng HĐND và UBND", 1),
    ("Hoàng Đức Long", "Trưởng phòng Kinh tế", 1),
    ("K'Brơi Ngọc Sơn", "Chuyên viên Phòng Kinh tế", 1),
    ("Vũ Thị Thanh Hà", "Trưởng phòng Văn hóa - Xã hội", 2),
    ("Bùi Thị Lan", "Chuyên viên Phòng Văn hóa - Xã hội", None),
    ("Phan Văn Đức", "Giám đốc Trung tâm Phục vụ hành chính công", 1),
    ("Đặng Thị Ngọc Ánh", "Viên chức Trung tâm Phục vụ hành chính công", None),
    ("Ngô Minh Khôi", "Chỉ huy trưởng Ban Chỉ huy Quân sự", 3),
    ("Trương Văn Bình", "Trưởng Công an", 4),
    ("Ma Krông", "Bí thư Chi bộ {village} Kao Kuil", 6),
    ("Nguyễn Thị Hồng Nhung", "Bí thư Chi bộ {village} 1", 5),
)


# The province's roster (domain/levels.py): who sits on its meetings on a head's own proposal; the province's account
# is the specialist of the Ban Tổ chức Tỉnh ủy who records them. Names made up, as the unit's are.
_PROVINCE_STAFF = (
    ("Đoàn Minh Quang", "Chủ tịch UBND tỉnh"),
    ("Lương Thị Bích Ngọc", "Phó Chủ tịch UBND tỉnh"),
    ("Tạ Quốc Khánh", "Phó Chủ tịch UBND tỉnh"),
    ("Phạm Minh Tuấn", "Chuyên viên Ban Tổ chức Tỉnh ủy"),
)


def create_demo(
    paths: DataPaths, *, unit: str | None = None, password: str = DEMO_PASSWORD, proposals: bool = True
) -> tuple[AppContext, Actor]:
    """Set up ``paths`` as a demo commune, all or nothing; refuses a folder that already holds data.

    The demo is built in a temporary folder beside ``paths.root`` and moved into place only when
    complete, so a run killed at any moment leaves either no demo or the whole demo; what a killed run
    left is removed by the next one. ``proposals=False`` leaves out the demo proposals (tests that need
    an empty list).
    """
    files.recover_aside(paths.root.parent, f".{paths.root.name}{_ASIDE_MARK}", paths.root)
    check_can_initialize(paths)
    if password != DEMO_PASSWORD:  # "demo" is short, but only ever used in a folder marked as a demo
        check_password(password)
    # One hash for the six accounts: the demo's shared password costs one key derivation, not six. The
    # derivation (C code, the GIL released) runs on a second thread while this one imports what the demo
    # needs next: the 30 demo texts and the printing code, imported only here so that opening an existing
    # demo stays quick.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-hash") as pool:
        hashing = pool.submit(hash_password, password)
        from .demo_minutes import prepare_printing
        from .demo_proposals import add_demo_proposals, demo_start

        if proposals:
            prepare_printing()
        password_hash = hashing.result()

    parent = paths.root.parent
    stage_prefix = f".{paths.root.name}{_STAGING_MARK}"
    aside_prefix = f".{paths.root.name}{_ASIDE_MARK}"
    try:
        parent.mkdir(parents=True, exist_ok=True)
        files.remove_stale(parent, stage_prefix)
        staging = DataPaths(parent / files.temp_name(stage_prefix))
        staging.root.mkdir(mode=PRIVATE_DIR_MODE)
    except OSError as exc:
        raise DomainError("data_dir_unwritable", path=str(parent), detail=str(exc)) from exc
    # The installation is dated before the demo's work that follows it — the proposals of the last weeks, the year of
    # tasks (``demo_tasks``) — so the audit log reads in time order.
    founded = demo_start() - timedelta(days=1)
    if proposals:
        from .demo_tasks import YEAR_DAYS

        founded = min(founded, clock.now().replace(hour=8, minute=0, second=0, microsecond=0)
                      - timedelta(days=YEAR_DAYS + 1))
    try:
        with clock.pinned(founded):
            admin = DEMO_ACCOUNTS[0]
            ctx, admin_actor = initialize(
                staging, mode="commune", unit=unit or DEFAULT_DEMO_UNIT, admin_username=admin.username,
                admin_password=password, admin_full_name=admin.full_name,
                admin_password_hash=password_hash,
            )
        try:
            with clock.pinned(founded):
                head = _add_people(ctx, admin_actor, password_hash, demo_password=password == DEMO_PASSWORD)
            if proposals:
                add_demo_proposals(ctx)
            ctx.db.disable_wal()  # one file per database before the folder moves
        finally:
            ctx.close()
        check_can_initialize(paths)  # nobody filled the folder meanwhile
        files.publish_dir(staging.root, paths.root, aside_prefix=aside_prefix)
    except OSError as exc:
        raise files.os_error(exc, paths, staging=staging) from exc
    finally:
        if staging.root.exists():
            shutil.rmtree(staging.root, ignore_errors=True)
    return open_app(paths), head


def _add_people(ctx: AppContext, admin_actor: Actor, password_hash: str, *, demo_password: bool) -> Actor:
    """The demo accounts (one per role), party organisations and staff; returns the head's account.

    ``demo_password``: ``password_hash`` is the hash of "demo"; its digest is kept for ``demo_head``.
    """
    unit_obj = ctx.unit
    # "xã Di Linh" inside a sentence; a ward's villages are residential groups (tổ dân phố).
    words = {
        "unit": f"{KIND_LABELS[unit_obj.kind].lower()} {unit_obj.short_name}",
        "village": "thôn" if unit_obj.kind is UnitKind.XA else "tổ dân phố",
    }
    with ctx.db.atomic():
        head: Actor | None = None
        province: Actor | None = None
        account_ids = {admin_actor.full_name: admin_actor.user_id}
        for account in DEMO_ACCOUNTS[1:]:
            row = create_account_row(
                ctx, by=SYSTEM, username=account.username, full_name=account.full_name,
                password_hash=password_hash, roles=frozenset({account.role}),
            )
            account_ids[account.full_name] = row["id"]
            if account.username == DEMO_HEAD:
                head = _actor(row)
            if account.role is Role.PROVINCE:
                province = _actor(row)
        orgs = [
            staff.add_party_org(ctx, actor=admin_actor, name=label.format(**words), kind=kind).value
            for label, kind in _PARTY_ORGS
        ]
        for full_name, position, org_index in _STAFF:
            staff.add_person(
                ctx, actor=admin_actor, full_name=full_name, position=position.format(**words),
                party_org=orgs[org_index].id if org_index is not None else None,
                account_id=account_ids.get(full_name),
            )
        assert province is not None
        for full_name, position in _PROVINCE_STAFF:  # the province keeps its own roster
            staff.add_person(ctx, actor=province, full_name=full_name, position=position,
                             account_id=account_ids.get(full_name))
        marks = {"demo": "1"}
        if demo_password:
            marks[DEMO_HASH_DIGEST_KEY] = _digest(password_hash)
        meta_repo.set_many(ctx.db, marks)
    assert head is not None
    return head


def open_demo(paths: DataPaths) -> AppContext:
    """Open the demo in ``paths``; a folder with real data is refused before it is opened or migrated."""
    if not is_demo_folder(paths):
        raise DomainError("demo_folder_not_demo", path=str(paths.root))
    return open_app(paths)


def refuse_real_folder(paths: DataPaths) -> None:
    """Raise ``demo_folder_not_demo`` when ``paths`` holds real data; an empty folder or a demo passes.

    Looks without changing a byte of the folder (no -wal/-shm, no log): for ``lamdong-desktop --demo``
    to call before it writes anything there.
    """
    if is_initialized(paths) and not is_demo_folder(paths):
        raise DomainError("demo_folder_not_demo", path=str(paths.root))


# What a data folder holds (storage.paths.DataPaths): the only entries a reset removes.
_DATA_ENTRIES = ("lamdong.db", "lamdong.db-wal", "lamdong.db-shm", "attachments", "backups", "logs")


def is_demo_folder(paths: DataPaths) -> bool:
    """True when ``paths`` holds a demo made by ``create_demo`` (``app_meta`` key ``demo``); read-only."""
    return is_initialized(paths) and meta_repo.peek(paths.database, "demo") == "1"


def demo_unit_code(paths: DataPaths) -> str | None:
    """The unit code of the demo in ``paths`` (read-only), or None when there is none."""
    return meta_repo.peek(paths.database, "unit_code") if is_demo_folder(paths) else None


def reset_demo(
    paths: DataPaths, *, unit: str | None = None, password: str = DEMO_PASSWORD, proposals: bool = True
) -> tuple[AppContext, Actor]:
    """Remove the demo in ``paths`` and create it again; refuses a folder that holds real data.

    Only the entries a data folder is made of are removed (database, attachments, backups, logs): any
    other file a person put beside them stays. The unit is checked before anything is removed.
    """
    import shutil

    if is_initialized(paths) and not is_demo_folder(paths):
        raise DomainError("not_a_demo", path=str(paths.root))
    from .setup import choose_unit

    choose_unit("commune", unit or DEFAULT_DEMO_UNIT)  # a wrong --unit changes nothing
    for name in _DATA_ENTRIES:
        entry = paths.root / name
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink(missing_ok=True)
    return create_demo(paths, unit=unit, password=password, proposals=proposals)


def demo_head(ctx: AppContext) -> Actor | None:
    """The demo head's account, signed in without a password, or None when a password must be asked.

    Only in a folder marked as a demo by ``create_demo``, and only while the head's account still has the
    demo password ("demo"), is not disabled and not locked: a real installation, or a demo whose head
    chose a password of their own, asks for it. Nothing is written, no real account is ever tried.

    Usually without a key derivation (64 MiB and a tenth of a second or more before the first window): while
    the head's stored hash is the very hash ``create_demo`` gave the accounts for "demo" (its digest is kept
    in ``app_meta``), the password is still "demo", since an argon2id hash fixes its password for its salt.
    Any other hash (a new password, a hash renewed with new parameters, a demo made before the digest was
    kept or with a password of its own) is checked with argon2id as before.
    """
    if meta_repo.get(ctx.db, "demo") != "1":
        return None
    row = accounts_repo.by_username(ctx.db, DEMO_HEAD)
    if row is None or row["disabled"] or _lock_end(ctx, DEMO_HEAD) is not None:
        return None
    kept = meta_repo.get(ctx.db, DEMO_HASH_DIGEST_KEY)
    if kept and hmac.compare_digest(kept, _digest(row["password_hash"] or "")):
        return _actor(row)
    return _actor(row) if verify_password(DEMO_PASSWORD, row["password_hash"]) else None


def _digest(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()
