"""The ``lamdong`` command: the same services as the window, for IT staff and scripts. Never imports Qt.

Errors go to stderr in Vietnamese with exit code 1; usage errors exit with 2. State-changing commands
authenticate with the global ``--user NAME`` and a password from ``--password-stdin`` (first line of
standard input) or the ``LAMDONG_PASSWORD`` environment variable.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn, TextIO

from lamdong_desktop import __version__
from lamdong_desktop.domain.lifecycle import State

ENV_PASSWORD = "LAMDONG_PASSWORD"

# argparse speaks English; officials read Vietnamese. The phrases it uses most are translated here.
_USAGE_PHRASES = (
    ("the following arguments are required", "thiếu tham số bắt buộc"),
    ("unrecognized arguments", "tham số không nhận ra"),
    ("invalid choice", "lựa chọn không hợp lệ"),
    ("choose from", "chọn một trong"),
    ("expected one argument", "cần một giá trị"),
    ("invalid int value", "không phải số nguyên"),
    ("argument", "tham số"),
    ("usage:", "cách dùng:"),
)


def _vi(text: str) -> str:
    for english, vietnamese in _USAGE_PHRASES:
        text = text.replace(english, vietnamese)
    return text


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"lamdong: lỗi cú pháp: {_vi(message)}\n")

    def format_usage(self) -> str:
        return _vi(super().format_usage())

    def format_help(self) -> str:
        text = super().format_help()
        for english, vietnamese in (
            ("options:", "tùy chọn:"),
            ("positional arguments:", "tham số:"),
            ("show this help message and exit", "in hướng dẫn này rồi thoát"),
            ("show program's version number and exit", "in số phiên bản rồi thoát"),
        ):
            text = text.replace(english, vietnamese)
        return _vi(text)


class CliError(Exception):
    """A problem found by the CLI itself (already in Vietnamese)."""


@dataclass
class Io:
    """Standard streams, replaceable in tests; the stdin lines are read once, in order."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _lines: list[str] | None = None

    def next_stdin_line(self) -> str:
        if self._lines is None:
            self._lines = self.stdin.read().splitlines()
        if not self._lines:
            raise CliError("Không đọc được mật khẩu từ đầu vào chuẩn (stdin trống).")
        return self._lines.pop(0)

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)


def _print_json(io: Io, value: Any) -> None:
    io.out(json.dumps(value, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lamdong", description="Quản lý đề xuất đổi mới, sáng tạo — dòng lệnh.")
    p.add_argument("--version", action="version", version=f"lamdong {__version__}")
    p.add_argument("--data-dir", metavar="THƯ_MỤC", help="thư mục dữ liệu (mặc định: LAMDONG_HOME hoặc "
                   "thư mục dữ liệu của người dùng)")
    p.add_argument("--user", metavar="TÊN", help="tài khoản thực hiện thao tác thay đổi dữ liệu")
    p.add_argument("--password-stdin", action="store_true", dest="auth_password_stdin",
                   help="đọc mật khẩu của --user từ dòng đầu của stdin")
    sub = p.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    init = sub.add_parser("init", help="khởi tạo thư mục dữ liệu cho một đơn vị")
    init.add_argument("--mode", required=True, choices=["commune", "province"])
    init.add_argument("--unit", metavar="MÃ_HOẶC_TÊN", help="đơn vị cấp xã (bắt buộc với --mode commune)")
    init.add_argument("--admin", required=True, metavar="TÊN", help="tên đăng nhập của quản trị viên")
    init.add_argument("--full-name", default="", metavar="HỌ_TÊN")
    init.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu quản trị từ stdin")

    units = sub.add_parser("units", help="danh sách 124 đơn vị cấp xã")
    units.add_argument("--search", default="", metavar="TỪ_KHÓA", help="tìm không phân biệt dấu")
    units.add_argument("--json", action="store_true")

    users = sub.add_parser("users", help="tài khoản")
    usub = users.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=_Parser)
    ul = usub.add_parser("list", help="liệt kê tài khoản")
    ul.add_argument("--json", action="store_true")
    ua = usub.add_parser("add", help="thêm tài khoản")
    ua.add_argument("username")
    ua.add_argument("--full-name", required=True, metavar="HỌ_TÊN")
    ua.add_argument("--roles", required=True, metavar="VAI_TRÒ",
                    help="quan_tri, nguoi_dung_dau, lanh_dao, thu_ky, can_bo, tinh (cách nhau dấu phẩy)")
    ua.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu mới từ stdin")
    up = usub.add_parser("passwd", help="đổi mật khẩu")
    up.add_argument("username")
    up.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu mới từ stdin")
    ur = usub.add_parser("roles", help="đặt vai trò")
    ur.add_argument("username")
    ur.add_argument("--set", required=True, metavar="VAI_TRÒ", dest="roles")
    for name, text in (("unlock", "mở khóa sau khi nhập sai mật khẩu"), ("disable", "vô hiệu hóa"),
                       ("enable", "kích hoạt lại")):
        usub.add_parser(name, help=text).add_argument("username")

    people = sub.add_parser("people", help="cán bộ của đơn vị")
    psub = people.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=_Parser)
    pl = psub.add_parser("list")
    pl.add_argument("--json", action="store_true")
    for name in ("add", "edit"):
        pe = psub.add_parser(name)
        if name == "edit":
            pe.add_argument("id")
        pe.add_argument("--name", required=(name == "add"), metavar="HỌ_TÊN")
        pe.add_argument("--position", metavar="CHỨC_VỤ")
        pe.add_argument("--party-org", metavar="TỔ_CHỨC_ĐẢNG")
        pe.add_argument("--phone")
        pe.add_argument("--email")
    psub.add_parser("remove").add_argument("id")

    orgs = sub.add_parser("party-orgs", help="tổ chức cơ sở đảng, chi bộ")
    osub = orgs.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=_Parser)
    ol = osub.add_parser("list")
    ol.add_argument("--json", action="store_true")
    oa = osub.add_parser("add")
    oa.add_argument("--name", required=True)
    oa.add_argument("--kind", default="chi_bo_truc_thuoc",
                    help="dang_bo_co_so, chi_bo_co_so, chi_bo_truc_thuoc")
    oe = osub.add_parser("edit")
    oe.add_argument("id")
    oe.add_argument("--name")
    oe.add_argument("--kind")
    osub.add_parser("remove").add_argument("id")

    cal = sub.add_parser("calendar", help="lịch ngày nghỉ, ngày làm việc và hạn xử lý")
    cal.add_argument("--year", type=int, metavar="NĂM")
    cal.add_argument("--json", action="store_true")
    csub = cal.add_subparsers(dest="action", metavar="THAO_TÁC", parser_class=_Parser)
    due = csub.add_parser("due", help="hạn sau N ngày làm việc (BLDS Đ147–148)")
    due.add_argument("--from", dest="start", required=True, metavar="NGÀY")
    due.add_argument("--working-days", type=int, required=True, metavar="N")
    due.add_argument("--json", action="store_true")
    between = csub.add_parser("between", help="số ngày làm việc giữa hai ngày")
    between.add_argument("--from", dest="start", required=True, metavar="NGÀY")
    between.add_argument("--to", dest="end", required=True, metavar="NGÀY")
    between.add_argument("--json", action="store_true")
    cset = csub.add_parser("set", help="điều chỉnh lịch: một ngày là ngày nghỉ hoặc ngày làm việc")
    cset.add_argument("date", metavar="NGÀY")
    cset.add_argument("--kind", required=True, choices=["off", "workday"])
    cset.add_argument("--name", required=True, metavar="LÝ_DO")
    csub.add_parser("unset", help="bỏ điều chỉnh của một ngày").add_argument("date", metavar="NGÀY")

    demo = sub.add_parser("demo", help="tạo dữ liệu mẫu trong một thư mục trống")
    demo.add_argument("--unit", metavar="MÃ_HOẶC_TÊN")
    demo.add_argument("--password-stdin", action="store_true", help="mật khẩu chung của các tài khoản mẫu")

    prop = sub.add_parser("proposal", help="đề xuất đổi mới, sáng tạo")
    prsub = prop.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=_Parser)
    prl = prsub.add_parser("list", help="danh sách đề xuất")
    prl.add_argument("--state", choices=[s.value for s in State], help="lọc theo trạng thái")
    prl.add_argument("--json", action="store_true")
    prs = prsub.add_parser("show", help="xem một đề xuất")
    prs.add_argument("ref", metavar="SỐ_HIỆU")
    prs.add_argument("--json", action="store_true")
    prq = prsub.add_parser("search", help="tìm kiếm không phân biệt dấu")
    prq.add_argument("text", metavar="TỪ_KHÓA")
    prq.add_argument("--json", action="store_true")
    pra = prsub.add_parser("attach", help="đính kèm tệp")
    pra.add_argument("ref", metavar="SỐ_HIỆU")
    pra.add_argument("file", metavar="TỆP")

    printing = sub.add_parser("print", help="in tài liệu ra PDF")
    ptsub = printing.add_subparsers(dest="document", metavar="TÀI_LIỆU", required=True, parser_class=_Parser)
    ptp = ptsub.add_parser("proposal", help="Kế hoạch đề xuất đổi mới, sáng tạo")
    ptp.add_argument("ref", metavar="SỐ_HIỆU")
    ptp.add_argument("-o", "--output", required=True, metavar="TỆP.pdf")

    sub.add_parser("verify", help="kiểm tra toàn vẹn dữ liệu và nhật ký")

    sub.add_parser("version", help="in số phiên bản")
    sub.add_parser("info", help="thư mục dữ liệu, chế độ, đơn vị")
    return p


# ---------------------------------------------------------------------------------------------- commands


@dataclass
class Call:
    args: argparse.Namespace
    io: Io

    @property
    def paths(self) -> Any:
        from lamdong_desktop.services.context import data_paths

        return data_paths(self.args.data_dir)

    def read_new_password(self, flag: bool, prompt: str = "Mật khẩu mới: ") -> str:
        if flag:
            return self.io.next_stdin_line()
        if self.io.stdin.isatty():
            first = getpass.getpass(prompt)
            if first != getpass.getpass("Nhập lại: "):
                raise CliError("Hai lần nhập mật khẩu không khớp nhau.")
            return first
        raise CliError("Cần mật khẩu: dùng --password-stdin.")

    def context(self) -> Any:
        from lamdong_desktop.services.context import open_app

        return open_app(self.paths)

    def actor(self, ctx: Any) -> Any:
        """Sign in the global --user; the password comes first from stdin, else from LAMDONG_PASSWORD."""
        from lamdong_desktop.domain.errors import PermissionDenied
        from lamdong_desktop.services.accounts import sign_in

        if not self.args.user:
            raise PermissionDenied("authentication_required")
        if self.args.auth_password_stdin:
            password = self.io.next_stdin_line()
        elif os.environ.get(ENV_PASSWORD) is not None:
            password = os.environ[ENV_PASSWORD]
        elif self.io.stdin.isatty():
            password = getpass.getpass(f"Mật khẩu của {self.args.user}: ")
        else:
            raise PermissionDenied("authentication_required")
        return sign_in(ctx, username=self.args.user, password=password)


def cmd_init(c: Call) -> int:
    from lamdong_desktop.services.context import is_initialized
    from lamdong_desktop.services.setup import choose_unit, initialize

    paths = c.paths
    if is_initialized(paths):  # before asking for a password: nothing to do, nothing to change
        from lamdong_desktop.domain.errors import DomainError

        raise DomainError("already_initialized", path=str(paths.root))
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
        _print_json(c.io, [
            {"code": u.code, "name": u.name, "kind": u.kind.value, "former_province": u.former_province,
             "formed_from": u.formed_from, "parent_code": u.parent_code} for u in units
        ])
    else:
        for u in units:
            c.io.out(f"{u.code}\t{KIND_LABELS[u.kind]}\t{u.name}")
        c.io.out(f"({len(units)} đơn vị)")
    return 0


def cmd_users(c: Call) -> int:
    from lamdong_desktop.domain.roles import ROLE_LABELS
    from lamdong_desktop.services import accounts

    ctx = c.context()
    action = c.args.action
    if action == "list":
        views = accounts.list_accounts(ctx)
        if c.args.json:
            _print_json(c.io, [
                {"username": v.username, "full_name": v.full_name, "roles": [r.value for r in v.roles],
                 "disabled": v.disabled, "locked_until": v.locked_until} for v in views
            ])
        else:
            for v in views:
                roles = ", ".join(ROLE_LABELS[r] for r in v.roles)
                state = " (vô hiệu)" if v.disabled else " (đang khóa)" if v.locked_until else ""
                c.io.out(f"{v.username}\t{v.full_name}\t{roles}{state}")
        return 0
    actor = c.actor(ctx)
    if action == "add":
        password = c.read_new_password(c.args.password_stdin)
        view = accounts.add_account(ctx, actor=actor, username=c.args.username, full_name=c.args.full_name,
                                    password=password, roles=[c.args.roles])
        c.io.out(f"Đã thêm tài khoản {view.username}.")
    elif action == "passwd":
        password = c.read_new_password(c.args.password_stdin)
        accounts.change_password(ctx, actor=actor, username=c.args.username, new_password=password)
        c.io.out(f"Đã đổi mật khẩu của {c.args.username}.")
    elif action == "roles":
        view = accounts.set_roles(ctx, actor=actor, username=c.args.username, roles=[c.args.roles])
        c.io.out(f"Vai trò của {view.username}: " + ", ".join(ROLE_LABELS[r] for r in view.roles) + ".")
    elif action == "unlock":
        accounts.unlock(ctx, actor=actor, username=c.args.username)
        c.io.out(f"Đã mở khóa {c.args.username}.")
    else:
        accounts.set_disabled(ctx, actor=actor, username=c.args.username, disabled=action == "disable")
        c.io.out(("Đã vô hiệu hóa " if action == "disable" else "Đã kích hoạt lại ") + c.args.username + ".")
    return 0


def cmd_people(c: Call) -> int:
    from lamdong_desktop.services import staff

    ctx = c.context()
    if c.args.action == "list":
        people = staff.list_people(ctx)
        if c.args.json:
            _print_json(c.io, [
                {"id": p.id, "full_name": p.full_name, "position": p.position,
                 "party_org": p.party_org_name or None, "phone": p.phone, "email": p.email} for p in people
            ])
        else:
            for p in people:
                c.io.out(f"{p.id}\t{p.full_name}\t{p.position}\t{p.party_org_name}")
        return 0
    actor = c.actor(ctx)
    if c.args.action == "add":
        p = staff.add_person(ctx, actor=actor, full_name=c.args.name, position=c.args.position or "",
                             party_org=c.args.party_org, phone=c.args.phone or "", email=c.args.email or "")
        c.io.out(f"Đã thêm {p.full_name} ({p.id}).")
    elif c.args.action == "edit":
        current = next((p for p in staff.list_people(ctx) if p.id == c.args.id), None)
        if current is None:
            from lamdong_desktop.domain.errors import NotFound

            raise NotFound("person_not_found", id=c.args.id)
        p = staff.update_person(
            ctx, actor=actor, person_id=current.id,
            full_name=c.args.name if c.args.name is not None else current.full_name,
            position=c.args.position if c.args.position is not None else current.position,
            party_org=c.args.party_org if c.args.party_org is not None else current.party_org_id,
            phone=c.args.phone if c.args.phone is not None else current.phone,
            email=c.args.email if c.args.email is not None else current.email,
            expected_version=current.version,
        )
        c.io.out(f"Đã sửa {p.full_name}.")
    else:
        staff.remove_person(ctx, actor=actor, person_id=c.args.id)
        c.io.out("Đã xóa.")
    return 0


def cmd_party_orgs(c: Call) -> int:
    from lamdong_desktop.services import staff

    ctx = c.context()
    if c.args.action == "list":
        orgs = staff.list_party_orgs(ctx)
        if c.args.json:
            _print_json(c.io, [{"id": o.id, "name": o.name, "kind": o.kind.value} for o in orgs])
        else:
            for o in orgs:
                c.io.out(f"{o.id}\t{o.name}\t{staff.PARTY_ORG_KIND_LABELS[o.kind]}")
        return 0
    actor = c.actor(ctx)
    if c.args.action == "add":
        o = staff.add_party_org(ctx, actor=actor, name=c.args.name, kind=c.args.kind)
        c.io.out(f"Đã thêm {o.name} ({o.id}).")
    elif c.args.action == "edit":
        org = staff.find_party_org(ctx, c.args.id)
        staff.update_party_org(ctx, actor=actor, org_id=org.id, name=c.args.name, kind=c.args.kind)
        c.io.out("Đã sửa.")
    else:
        org = staff.find_party_org(ctx, c.args.id)
        staff.remove_party_org(ctx, actor=actor, org_id=org.id)
        c.io.out(f"Đã xóa {org.name}.")
    return 0


def cmd_calendar(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services import calendar as cal
    from lamdong_desktop.services.context import open_reference

    action = c.args.action
    if action in ("set", "unset"):
        ctx = c.context()
        actor = c.actor(ctx)
        day = cal.parse_date(c.args.date)
        if action == "set":
            result = cal.set_correction(ctx, actor=actor, day=day, kind=c.args.kind, name=c.args.name)
            verb = "Đã sửa" if result.replaced else "Đã thêm"
            c.io.out(f"{verb} điều chỉnh: {clock.format_date_vn(day)} — {result.correction.name}.")
        else:
            cal.remove_correction(ctx, actor=actor, day=day)
            c.io.out(f"Đã bỏ điều chỉnh ngày {clock.format_date_vn(day)}.")
        return 0
    ctx = open_reference(c.paths)
    if action == "due":
        start = cal.parse_date(c.args.start)
        due = cal.due_date(ctx, start=start, working_days=c.args.working_days)
        if c.args.json:
            _print_json(c.io, {"due": due.isoformat()})
        else:
            c.io.out(clock.format_date_vn(due))
        return 0
    if action == "between":
        start, end = cal.parse_date(c.args.start), cal.parse_date(c.args.end)
        n = cal.working_calendar(ctx).working_days_between(start, end)
        _print_json(c.io, {"working_days": n}) if c.args.json else c.io.out(str(n))
        return 0
    year = c.args.year or clock.today().year
    days = cal.year_days(ctx, year)
    if c.args.json:
        _print_json(c.io, [{"date": d.day.isoformat(), "name": d.name, "kind": d.kind.value} for d in days])
    else:
        for d in days:
            label = "nghỉ" if d.kind == "off" else "làm việc"
            c.io.out(f"{clock.format_date_vn(d.day)}\t{label}\t{d.name}")
    return 0


def cmd_demo(c: Call) -> int:
    from lamdong_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo

    password = c.io.next_stdin_line() if c.args.password_stdin else DEMO_PASSWORD
    ctx, _ = create_demo(c.paths, unit=c.args.unit, password=password)
    c.io.out(f"Đã tạo dữ liệu mẫu cho {ctx.unit.name} tại {c.paths.root}.")
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


def _proposal_json(p: Any, full: bool = False) -> dict[str, Any]:
    summary = p.summary if hasattr(p, "summary") else p
    data: dict[str, Any] = {
        "id": summary.id, "ref": summary.ref, "title": summary.title, "state": summary.state.value,
        "field": summary.field, "party_org_id": summary.party_org_id, "breakthrough": summary.breakthrough,
        "broad": summary.broad, "author": summary.author_name, "year": summary.year,
        "updated_at": summary.updated_at, "submitted_at": summary.submitted_at, "revision": summary.revision,
    }
    if full:
        data["submitted_to"] = p.submitted_to.value if p.submitted_to else None
        data["last_reason"] = p.last_reason
        data["content"] = p.content.to_json()
    return data


def cmd_proposal(c: Call) -> int:
    from lamdong_desktop.domain.lifecycle import STATE_LABELS
    from lamdong_desktop.domain.proposals import CRITERION_LABELS, PRIORITY_FIELDS, SECTION_LABELS
    from lamdong_desktop.services import proposals
    from lamdong_desktop.storage.proposals_repo import Filters

    ctx = c.context()
    action = c.args.action
    if action in ("list", "search"):
        if action == "list":
            items = proposals.list_proposals(ctx, Filters(state=c.args.state))
        else:
            items = [hit.summary for hit in proposals.search(ctx, c.args.text)]
        if c.args.json:
            _print_json(c.io, [_proposal_json(p) for p in items])
        else:
            for p in items:
                c.io.out(f"{p.ref}\t{STATE_LABELS[p.state]}\t{p.author_name}\t{p.title}")
            c.io.out(f"({len(items)} đề xuất)")
        return 0
    if action == "show":
        shown = proposals.get(ctx, c.args.ref)
        if c.args.json:
            _print_json(c.io, _proposal_json(shown, full=True))
            return 0
        c.io.out(f"{shown.ref} — {shown.summary.title}")
        reason = f" (lý do: {shown.last_reason})" if shown.last_reason else ""
        c.io.out(f"Trạng thái: {STATE_LABELS[shown.state]}{reason}")
        c.io.out(f"Tác giả: {shown.summary.author_name}  Lĩnh vực: {PRIORITY_FIELDS.get(shown.summary.field, '')}")
        for section, label in SECTION_LABELS.items():
            c.io.out(f"\n[{label}]\n{shown.content.sections.get(section, '')}")
        c.io.out("\n[Chỉ tiêu]")
        for i in shown.content.indicators:
            c.io.out(f"- {i.name} ({i.unit}): {i.baseline} → {i.target}")
        c.io.out("\n[Tiêu chí]")
        for criterion, label in CRITERION_LABELS.items():
            a = shown.content.criteria.get(criterion)
            verdict = {True: "đạt", False: "không đạt", None: "chưa đánh giá"}[a.met if a else None]
            c.io.out(f"- {label}: {verdict}. {a.justification if a else ''}")
        return 0
    actor = c.actor(ctx)
    target = proposals.get(ctx, c.args.ref)
    view = proposals.attach_file(ctx, actor=actor, proposal_id=target.id, path=c.args.file)
    c.io.out(f"Đã đính kèm {view.filename} ({view.size} byte) vào {target.ref}.")
    return 0


def cmd_print(c: Call) -> int:
    from lamdong_desktop.services import printing

    ctx = c.context()
    target = printing.print_proposal_plan(ctx, proposal_id=c.args.ref, target=c.args.output)
    c.io.out(f"Đã in {target}.")
    return 0


def cmd_verify(c: Call) -> int:
    from lamdong_desktop.messages import describe_problem
    from lamdong_desktop.services.integrity import verify_all

    ctx = c.context()
    report = verify_all(ctx)
    if report.ok:
        c.io.out(f"Dữ liệu toàn vẹn: {report.events} sự kiện nhật ký, {report.records} bản ghi, không có sai lệch.")
        return 0
    first = report.problems[0]
    where = describe_problem(first.kind, table=first.table, record_id=first.record_id, seq=first.seq)
    print(f"lamdong: phát hiện sai lệch — {where}.", file=c.io.stderr)
    for problem in report.problems[1:20]:
        print("  - " + describe_problem(problem.kind, table=problem.table, record_id=problem.record_id,
                                        seq=problem.seq), file=c.io.stderr)
    if len(report.problems) > 20:
        print(f"  … và {len(report.problems) - 20} sai lệch khác.", file=c.io.stderr)
    return 1


COMMANDS: dict[str, Callable[[Call], int]] = {
    "proposal": cmd_proposal,
    "print": cmd_print,
    "verify": cmd_verify,
    "init": cmd_init,
    "units": cmd_units,
    "users": cmd_users,
    "people": cmd_people,
    "party-orgs": cmd_party_orgs,
    "calendar": cmd_calendar,
    "demo": cmd_demo,
    "version": cmd_version,
    "info": cmd_info,
}


def main(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    io = io or Io()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(io.stdout)
        return 2
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.messages import describe

    try:
        return COMMANDS[args.command](Call(args=args, io=io))
    except DomainError as exc:
        print(f"lamdong: {describe(exc)}", file=io.stderr)
        return 1
    except CliError as exc:
        print(f"lamdong: {exc}", file=io.stderr)
        return 1
    except KeyboardInterrupt:
        print("lamdong: đã hủy.", file=io.stderr)
        return 130
    except BrokenPipeError:  # the reader (head, less) has gone: nothing left to say to it
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        except OSError:
            pass
        return 0
    except Exception:  # noqa: BLE001 - a bug or a broken disk: log it, never show a traceback
        log = _log_unexpected(args)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        print(f"lamdong: lỗi không mong đợi, thao tác chưa hoàn tất.{where}", file=io.stderr)
        return 1


def _log_unexpected(args: argparse.Namespace) -> str | None:
    """Append the current exception's traceback to the data folder's log; returns the log's path."""
    import traceback

    from lamdong_desktop.domain import clock
    from lamdong_desktop.services.context import data_paths

    try:
        logs = data_paths(args.data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / "lamdong-cli.log"
        with path.open("a", encoding="utf-8") as out:
            out.write(f"--- {clock.stamp()} lamdong {__version__} {args.command}\n{traceback.format_exc()}\n")
        return str(path)
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
