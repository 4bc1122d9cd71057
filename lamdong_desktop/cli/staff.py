"""``people …`` and ``party-orgs …``: the unit's staff and party organisations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    people = sub.add_parser("people", help="cán bộ của đơn vị")
    psub = people.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    pl = psub.add_parser("list")
    pl.add_argument("--json", action="store_true")
    for name in ("add", "edit"):
        pe = psub.add_parser(name)
        if name == "edit":
            pe.add_argument("id", metavar="MÃ")
        pe.add_argument("--name", required=(name == "add"), metavar="HỌ_TÊN")
        pe.add_argument("--position", metavar="CHỨC_VỤ")
        pe.add_argument("--party-org", metavar="TỔ_CHỨC_ĐẢNG")
        pe.add_argument("--phone")
        pe.add_argument("--email")
    psub.add_parser("remove").add_argument("id", metavar="MÃ")

    orgs = sub.add_parser("party-orgs", help="tổ chức cơ sở đảng, chi bộ")
    osub = orgs.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    ol = osub.add_parser("list")
    ol.add_argument("--json", action="store_true")
    oa = osub.add_parser("add")
    oa.add_argument("--name", required=True)
    oa.add_argument("--kind", default="chi_bo_truc_thuoc",
                    help="dang_bo_co_so, chi_bo_co_so, chi_bo_truc_thuoc")
    oe = osub.add_parser("edit")
    oe.add_argument("id", metavar="MÃ")
    oe.add_argument("--name")
    oe.add_argument("--kind")
    osub.add_parser("remove").add_argument("id", metavar="MÃ")


def cmd_people(c: Call) -> int:
    from lamdong_desktop.services import staff

    ctx = c.context()
    actor = c.actor(ctx)
    if c.args.action == "list":
        people = staff.list_people(ctx, actor=actor)
        if c.args.json:
            print_json(c.io, [
                {"id": p.id, "full_name": p.full_name, "position": p.position,
                 "party_org": p.party_org_name or None, "phone": p.phone, "email": p.email} for p in people
            ])
        else:
            for p in people:
                c.io.out(f"{p.id}\t{p.full_name}\t{p.position}\t{p.party_org_name}")
        return 0
    if c.args.action == "add":
        p = staff.add_person(ctx, actor=actor, full_name=c.args.name, position=c.args.position or "",
                             party_org=c.args.party_org, phone=c.args.phone or "", email=c.args.email or "").value
        c.io.out(f"Đã thêm {p.full_name} ({p.id}).")
    elif c.args.action == "edit":
        p = staff.edit_person(ctx, actor=actor, person_id=c.args.id, full_name=c.args.name,
                              position=c.args.position, party_org=c.args.party_org, phone=c.args.phone,
                              email=c.args.email).value
        c.io.out(f"Đã sửa {p.full_name}.")
    else:
        staff.remove_person(ctx, actor=actor, person_id=c.args.id)
        c.io.out("Đã xóa.")
    return 0


def cmd_party_orgs(c: Call) -> int:
    from lamdong_desktop.services import staff

    ctx = c.context()
    actor = c.actor(ctx)
    if c.args.action == "list":
        orgs = staff.list_party_orgs(ctx, actor=actor)
        if c.args.json:
            print_json(c.io, [{"id": o.id, "name": o.name, "kind": o.kind.value} for o in orgs])
        else:
            for o in orgs:
                c.io.out(f"{o.id}\t{o.name}\t{staff.PARTY_ORG_KIND_LABELS[o.kind]}")
        return 0
    if c.args.action == "add":
        o = staff.add_party_org(ctx, actor=actor, name=c.args.name, kind=c.args.kind).value
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


COMMANDS: dict[str, Callable[[Call], int]] = {
    "people": cmd_people,
    "party-orgs": cmd_party_orgs,
}
