"""``init``, ``demo``, ``units``, ``info``, ``version``: setting a folder up and looking at it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lamdong_desktop import __version__

from .base import Call, print_json


def describe_code(code: str, **params: Any) -> str:
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.messages import describe

    return describe(DomainError(code, **params))


def add_parsers(sub: Any) -> None:
    init = sub.add_parser("init", help="khởi tạo thư mục dữ liệu cho một đơn vị")
    init.add_argument("--mode", required=True, choices=["commune", "province"])
    init.add_argument("--unit", metavar="MÃ_HOẶC_TÊN", help="đơn vị cấp xã (bắt buộc với --mode commune)")
    init.add_argument("--admin", required=True, metavar="TÊN", help="tên đăng nhập của quản trị viên")
    init.add_argument("--full-name", metavar="HỌ_TÊN", help="họ tên quản trị viên (mặc định: Quản trị hệ thống)")
    init.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu quản trị từ stdin")

    units = sub.add_parser("units", help="danh sách 124 đơn vị cấp xã")
    units.add_argument("--search", default="", metavar="TỪ_KHÓA", help="tìm không phân biệt dấu")
    units.add_argument("--json", action="store_true")

    demo = sub.add_parser("demo", help="tạo dữ liệu mẫu (thư mục của lamdong-desktop --demo, hoặc --data-dir)")
    demo.add_argument("--unit", metavar="MÃ_HOẶC_TÊN")
    demo.add_argument("--reset", action="store_true", help="xóa dữ liệu mẫu đã có rồi tạo lại từ đầu")
    demo.add_argument("--password-stdin", action="store_true", help="mật khẩu chung của các tài khoản mẫu")

    sub.add_parser("version", help="in số phiên bản")
    sub.add_parser("info", help="thư mục dữ liệu, chế độ, đơn vị")


def cmd_init(c: Call) -> int:
    from lamdong_desktop.services.setup import check_can_initialize, choose_unit, initialize

    paths = c.paths
    check_can_initialize(paths)  # before asking for a password: damaged, set up, or leftover data
    choose_unit(c.args.mode, c.args.unit)
    password = c.read_new_password(c.args.password_stdin, "Mật khẩu quản trị: ")
    ctx, _ = initialize(paths, mode=c.args.mode, unit=c.args.unit, admin_username=c.args.admin,
                        admin_password=password, admin_full_name=c.args.full_name)
    c.io.out(f"Đã khởi tạo {ctx.unit.name} ({ctx.unit.code}) tại {paths.root}.")
    c.io.out(f"Quản trị viên: {c.args.admin}.")
    ctx.close()
    return 0


def cmd_units(c: Call) -> int:
    from lamdong_desktop.domain.units import KIND_LABELS
    from lamdong_desktop.services.context import open_reference
    from lamdong_desktop.services.units import list_units

    ctx = open_reference(c.paths)
    units = list_units(ctx, search=c.args.search)
    if c.args.json:
        print_json(c.io, [
            {"code": u.code, "name": u.name, "kind": u.kind.value, "former_province": u.former_province,
             "formed_from": u.formed_from, "parent_code": u.parent_code} for u in units
        ])
    else:
        for u in units:
            c.io.out(f"{u.code}\t{KIND_LABELS[u.kind]}\t{u.name}")
        c.io.out(f"({len(units)} đơn vị)")
    return 0


def cmd_demo(c: Call) -> int:
    """Create the demo; an existing demo is kept (``--reset`` makes it again), real data is never touched."""
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.services.demo import (
        DEMO_ACCOUNTS,
        DEMO_PASSWORD,
        create_demo,
        demo_unit_code,
        reset_demo,
    )
    from lamdong_desktop.services.units import resolve_unit

    paths = c.paths
    existing = demo_unit_code(paths)
    if existing is not None and not c.args.reset:
        wanted = resolve_unit(c.args.unit).code if c.args.unit else existing
        if wanted != existing:  # another unit was asked for: say how, change nothing
            raise DomainError("demo_exists", path=str(paths.root))
        c.io.out(describe_code("demo_exists", path=str(paths.root)))
        return 0
    password = c.io.next_stdin_line() if c.args.password_stdin else DEMO_PASSWORD
    make = reset_demo if c.args.reset else create_demo
    ctx, _ = make(paths, unit=c.args.unit, password=password)
    c.io.out(f"Đã {'tạo lại' if c.args.reset and existing else 'tạo'} dữ liệu mẫu cho {ctx.unit.name} "
             f"tại {paths.root}.")
    for account in DEMO_ACCOUNTS:
        c.io.out(f"  {account.username:<12}{account.full_name}")
    ctx.close()
    return 0


def cmd_version(c: Call) -> int:
    c.io.out(f"lamdong {__version__}")
    return 0


def cmd_info(c: Call) -> int:
    from lamdong_desktop.services.context import open_reference

    paths = c.paths
    c.io.out(f"Phiên bản: {__version__}")
    c.io.out(f"Thư mục dữ liệu: {paths.root}")
    ctx = open_reference(paths)
    if ctx is None:
        c.io.out("Chưa khởi tạo.")
    else:
        c.io.out(f"Chế độ: {'cấp tỉnh' if ctx.mode == 'province' else 'cấp xã'}")
        c.io.out(f"Đơn vị: {ctx.unit.name} ({ctx.unit.code})")
        ctx.close()
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "init": cmd_init,
    "units": cmd_units,
    "demo": cmd_demo,
    "version": cmd_version,
    "info": cmd_info,
}
