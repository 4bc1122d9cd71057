"""``register …``: the document register (sổ đăng ký văn bản) from the command line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    reg = sub.add_parser("register", help="sổ đăng ký văn bản: số quyết định, biên bản, thông báo …")
    rsub = reg.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    rl = rsub.add_parser("list", help="các số đã cấp (cả số đã hủy, kèm lý do)")
    rl.add_argument("--year", type=int, metavar="NĂM")
    rl.add_argument("--type", dest="doc_type", metavar="LOẠI", help="QĐ, BB, TB, GM, BC, KH hoặc TTr (gõ không "
                    "dấu được: QD)")
    rl.add_argument("--council", metavar="MÃ_HỘI_ĐỒNG", help="chỉ dãy số riêng của hội đồng này")
    rl.add_argument("--json", action="store_true")
    ri = rsub.add_parser("issue", help="cấp số cho một văn bản (thông báo, giấy mời, báo cáo …)")
    ri.add_argument("--type", dest="doc_type", required=True, metavar="LOẠI")
    ri.add_argument("--title", required=True, metavar="TRÍCH_YẾU")
    ri.add_argument("--date", metavar="NGÀY", help="ngày ban hành (mặc định: hôm nay)")
    ri.add_argument("--signer-person", metavar="MÃ_CÁN_BỘ", help="người ký trong danh sách cán bộ")
    ri.add_argument("--signer-name", default="", metavar="HỌ_TÊN")
    ri.add_argument("--signer-title", default="", metavar="CHỨC_VỤ")
    ri.add_argument("--authority", default="none", metavar="THẨM_QUYỀN",
                    help="none, TM, KT, TM_KT, Q, TM_Q, TL hoặc TUQ (mặc định: none)")
    ri.add_argument("--body", default="", metavar="TẬP_THỂ", help="tập thể ký thay mặt (sau “TM.”)")
    ri.add_argument("--head-title", default="", metavar="CHỨC_VỤ", help="chức vụ người đứng đầu (sau “KT.”, "
                    "“Q.”, “TL.”, “TUQ.”)")
    ri.add_argument("--issuer", metavar="VIẾT_TẮT", help="chữ viết tắt cơ quan ban hành (mặc định: UBND)")
    ri.add_argument("--council", metavar="MÃ_HỘI_ĐỒNG", help="cấp số trong dãy số riêng của hội đồng")
    ri.add_argument("--json", action="store_true")
    rc = rsub.add_parser("cancel", help="hủy một số đã cấp (số giữ trong sổ kèm lý do, không cấp lại)")
    rc.add_argument("entry", metavar="MÃ_HOẶC_SỐ", help="mã dòng trong sổ, hoặc số văn bản như 07/QĐ-UBND")
    rc.add_argument("--year", type=int, metavar="NĂM", help="năm của số văn bản (mặc định: năm nay)")
    rc.add_argument("--reason", required=True, metavar="LÝ_DO")
    rc.add_argument("--json", action="store_true")


def entry_json(view: Any) -> dict[str, Any]:
    """One register line for scripts: ``number`` is the integer, ``reference`` the number as printed."""
    e = view.entry
    return {
        "id": e.id, "body": e.unit_code, "number": e.number, "year": e.year, "type": e.doc_type.abbreviation,
        "type_code": e.doc_type.value, "issuer": e.issuer, "reference": e.reference, "number_line": e.number_line,
        "sequence": e.sequence_key, "council": e.council, "issued_on": e.issued_on.isoformat(), "title": e.title,
        "signer": {"person_id": e.signer_person_id, "name": e.signer_name, "title": e.signer_title,
                   "authority": e.authority.value, "lines": list(e.signer_lines)},
        "subject": {"table": e.subject_table, "id": e.subject_id} if e.subject_table else None,
        "state": e.state.value, "cancelled": e.cancelled, "cancel_reason": e.cancel_reason or None,
        "cancelled_at": e.cancelled_at, "cancelled_by": view.cancelled_by_name or None,
        "issued_by": view.issued_by_name, "created_at": e.created_at,
    }


def _line(view: Any) -> str:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.messages import ENTRY_STATE_WORDS

    e = view.entry
    state = ENTRY_STATE_WORDS[e.state]
    if e.cancelled:
        state += f" (lý do: {e.cancel_reason})"
    return f"{e.reference}\t{clock.format_date_vn(e.issued_on)}\t{state}\t{e.signer_name}\t{e.title}"


def cmd_register(c: Call) -> int:
    from lamdong_desktop.services import register

    ctx = c.context()
    # The register names decisions about personnel proposals: reading it needs the signed-in account too.
    actor = c.actor(ctx)
    action = c.args.action
    if action == "list":
        views = register.list_entries(ctx, actor=actor, year=c.args.year, doc_type=c.args.doc_type,
                                      council_id=c.args.council)
        if c.args.json:
            print_json(c.io, [entry_json(v) for v in views])
            return 0
        for view in views:
            c.io.out(_line(view))
        cancelled = sum(1 for v in views if v.entry.cancelled)
        c.io.out(f"({len(views)} số đã cấp, {cancelled} số đã hủy)")
        return 0
    if action == "issue":
        from lamdong_desktop.services.calendar import parse_date

        entry = register.issue(
            ctx, actor=actor, doc_type=c.args.doc_type, title=c.args.title,
            issued_on=parse_date(c.args.date) if c.args.date else None, signer_person_id=c.args.signer_person,
            signer_name=c.args.signer_name, signer_title=c.args.signer_title, authority=c.args.authority,
            signer_body=c.args.body, head_title=c.args.head_title, issuer=c.args.issuer,
            council_id=c.args.council).value
        view = register.get_entry(ctx, entry.id, actor=actor)
        if c.args.json:
            print_json(c.io, entry_json(view))
        else:
            c.io.out(f"Đã cấp số {entry.reference} ngày {entry.issued_on.strftime('%d/%m/%Y')}: {entry.title}")
        return 0
    target = register.find_entry(ctx, c.args.entry, actor=actor, year=c.args.year)
    entry = register.cancel(ctx, actor=actor, entry_id=target.id, reason=c.args.reason).value
    if c.args.json:
        print_json(c.io, entry_json(register.get_entry(ctx, entry.id, actor=actor)))
    else:
        c.io.out(f"Đã hủy số {entry.reference} năm {entry.year}: {entry.cancel_reason}. Số này giữ trong sổ và không "
                 "cấp lại.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "register": cmd_register,
}
