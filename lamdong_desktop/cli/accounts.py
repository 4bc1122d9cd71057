"""``users …``: local accounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    users = sub.add_parser("users", help="tài khoản")
    usub = users.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    ul = usub.add_parser("list", help="liệt kê tài khoản")
    ul.add_argument("--json", action="store_true")
    ua = usub.add_parser("add", help="thêm tài khoản")
    ua.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    ua.add_argument("--full-name", required=True, metavar="HỌ_TÊN")
    ua.add_argument("--roles", required=True, metavar="VAI_TRÒ",
                    help="quan_tri, nguoi_dung_dau, lanh_dao, thu_ky, can_bo, tinh (cách nhau dấu phẩy)")
    ua.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu mới từ stdin")
    up = usub.add_parser("passwd", help="đổi mật khẩu")
    up.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    up.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu mới từ stdin")
    ur = usub.add_parser("roles", help="đặt vai trò")
    ur.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    ur.add_argument("--set", required=True, metavar="VAI_TRÒ", dest="roles")
    for name, text in (("unlock", "mở khóa sau khi nhập sai mật khẩu"), ("disable", "vô hiệu hóa"),
                       ("enable", "kích hoạt lại")):
        usub.add_parser(name, help=text).add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")


def cmd_users(c: Call) -> int:
    from lamdong_desktop.domain.roles import ROLE_LABELS
    from lamdong_desktop.services import accounts

    ctx = c.context()
    action = c.args.action
    actor = c.actor(ctx)
    if action == "list":
        views = accounts.list_accounts(ctx, actor=actor)
        if c.args.json:
            print_json(c.io, [
                {"username": v.username, "full_name": v.full_name, "roles": [r.value for r in v.roles],
                 "disabled": v.disabled, "locked_until": v.locked_until} for v in views
            ])
        else:
            for v in views:
                roles = ", ".join(ROLE_LABELS[r] for r in v.roles)
                state = " (vô hiệu)" if v.disabled else " (đang khóa)" if v.locked_until else ""
                c.io.out(f"{v.username}\t{v.full_name}\t{roles}{state}")
        return 0
    if action == "add":
        password = c.read_new_password(c.args.password_stdin)
        view = accounts.add_account(ctx, actor=actor, username=c.args.username, full_name=c.args.full_name,
                                    password=password, roles=[c.args.roles]).value
        c.io.out(f"Đã thêm tài khoản {view.username}.")
    elif action == "passwd":
        password = c.read_new_password(c.args.password_stdin)
        accounts.change_password(ctx, actor=actor, username=c.args.username, new_password=password)
        c.io.out(f"Đã đổi mật khẩu của {c.args.username}.")
    elif action == "roles":
        view = accounts.set_roles(ctx, actor=actor, username=c.args.username, roles=[c.args.roles]).value
        c.io.out(f"Vai trò của {view.username}: " + ", ".join(ROLE_LABELS[r] for r in view.roles) + ".")
    elif action == "unlock":
        accounts.unlock(ctx, actor=actor, username=c.args.username)
        c.io.out(f"Đã mở khóa {c.args.username}.")
    else:
        accounts.set_disabled(ctx, actor=actor, username=c.args.username, disabled=action == "disable")
        c.io.out(("Đã vô hiệu hóa " if action == "disable" else "Đã kích hoạt lại ") + c.args.username + ".")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "users": cmd_users,
}
