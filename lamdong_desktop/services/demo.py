"""A ready demo: a realistic commune with staff, party organisations and one account for each role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import KIND_LABELS, UnitKind
from lamdong_desktop.storage import accounts_repo, meta_repo
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.records import SYSTEM

from . import staff
from .accounts import _actor, create_account_row
from .context import AppContext, is_initialized
from .setup import initialize

DEFAULT_DEMO_UNIT = "Xã Di Linh"
DEMO_PASSWORD = "demo"


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


def create_demo(
    paths: DataPaths, *, unit: str | None = None, password: str = DEMO_PASSWORD, proposals: bool = True
) -> tuple[AppContext, Actor]:
    """Set up ``paths`` as a demo commune; refuses a folder that already holds data.

    ``proposals=False`` leaves out the demo proposals (tests that need an empty list).
    """
    if is_initialized(paths):
        raise DomainError("already_initialized", path=str(paths.root))
    # The 30 demo texts are imported only here: opening an existing demo must stay quick.
    from .demo_proposals import add_demo_proposals, demo_start

    fresh = not paths.root.exists() or not any(paths.root.iterdir())
    # The installation is dated a few weeks back, before the demo proposals that follow it, so the audit
    # log reads in time order.
    with clock.pinned(demo_start() - timedelta(days=1)):
        admin = DEMO_ACCOUNTS[0]
        ctx, admin_actor = initialize(
            paths, mode="commune", unit=unit or DEFAULT_DEMO_UNIT, admin_username=admin.username,
            admin_password=password, admin_full_name=admin.full_name,
        )
    try:
        with clock.pinned(demo_start() - timedelta(days=1)):
            head = _add_people(ctx, admin_actor, password)
        if proposals:
            add_demo_proposals(ctx, password=password)
    except BaseException:
        # Half a demo is worse than none: the folder goes back to how it was, so that a new try can start.
        ctx.close()
        _remove_demo(paths, fresh)
        raise
    return ctx, head


def _add_people(ctx: AppContext, admin_actor: Actor, password: str) -> Actor:
    """The demo accounts (one per role), party organisations and staff; returns the head's account."""
    unit_obj = ctx.unit
    # "xã Di Linh" inside a sentence; a ward's villages are residential groups (tổ dân phố).
    words = {
        "unit": f"{KIND_LABELS[unit_obj.kind].lower()} {unit_obj.short_name}",
        "village": "thôn" if unit_obj.kind is UnitKind.XA else "tổ dân phố",
    }
    with ctx.db.atomic():
        head: Actor | None = None
        account_ids = {admin_actor.full_name: admin_actor.user_id}
        for account in DEMO_ACCOUNTS[1:]:
            row = create_account_row(
                ctx, by=SYSTEM, username=account.username, full_name=account.full_name,
                password=password, roles=frozenset({account.role}),
            )
            account_ids[account.full_name] = row["id"]
            if account.username == DEMO_HEAD:
                head = _actor(row)
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
        meta_repo.set_many(ctx.db, {"demo": "1"})
    assert head is not None
    return head


def _remove_demo(paths: DataPaths, fresh: bool) -> None:
    """Undo a demo that failed half-way: the whole folder if it was new or empty, else the database files."""
    import shutil

    if fresh:
        shutil.rmtree(paths.root, ignore_errors=True)
        return
    for suffix in ("", "-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)


def demo_head(ctx: AppContext) -> Actor | None:
    """The demo head's account when this folder was made by ``create_demo``, else None.

    ``lamdong-desktop --demo`` opens on it without a password; a real installation is never marked as a
    demo, so no real account is ever tried or signed in this way.
    """
    if meta_repo.get(ctx.db, "demo") != "1":
        return None
    row = accounts_repo.by_username(ctx.db, DEMO_HEAD)
    return _actor(row) if row and not row["disabled"] else None
