"""``decide``, ``override`` and ``decision …``: the head's written decision after a meeting (ND 73/2023 Đ8.1–8.2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    de = sub.add_parser("decide", help="người đứng đầu ban hành văn bản về đề xuất đã đưa ra họp, sau khi cuộc họp "
                        "kết thúc (“meeting close”: biên bản đã lấy số); cấp số QĐ hoặc TB")
    de.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    de.add_argument("--outcome", required=True, metavar="KẾT_QUẢ", help="approve (phê duyệt), pilot (cho thực "
                    "hiện thí điểm), return (trả lại để hoàn thiện) hoặc reject (không phê duyệt)")
    de.add_argument("--signer", metavar="NGƯỜI", help="người ký: mã hoặc họ tên cán bộ")
    de.add_argument("--signer-name", default="", metavar="HỌ_TÊN", help="họ tên người ký (khi không có trong danh "
                    "sách cán bộ)")
    de.add_argument("--signer-title", default="", metavar="CHỨC_VỤ", help="chức vụ in dưới chữ ký, ví dụ Chủ tịch")
    de.add_argument("--authority", default="TM", metavar="THẨM_QUYỀN",
                    help="TM (mặc định: TM. ỦY BAN NHÂN DÂN), KT, TM_KT, Q, TM_Q hoặc none")
    de.add_argument("--head-title", default="", metavar="CHỨC_VỤ", help="chức vụ người đứng đầu sau “KT.”, “Q.” "
                    "(mặc định: Chủ tịch)")
    de.add_argument("--title", default="", metavar="TRÍCH_YẾU", help="trích yếu (mặc định theo kết quả)")
    de.add_argument("--reasons", default="", metavar="LÝ_DO", help="lý do, nội dung kết luận (bắt buộc khi trả lại "
                    "hoặc không phê duyệt)")
    de.add_argument("--date", metavar="NGÀY", help="ngày ban hành (mặc định: hôm nay)")
    de.add_argument("--meeting", metavar="MÃ_CUỘC_HỌP", help="cuộc họp đã xem xét đề xuất (mặc định: cuộc họp gần "
                    "nhất chưa có văn bản)")
    de.add_argument("--json", action="store_true")
    ov = sub.add_parser("override", help="người đứng đầu phê duyệt bằng văn bản đề xuất không được biểu quyết thông "
                        "qua, nêu rõ lý do (Nghị định 73/2023/NĐ-CP, Điều 8)")
    ov.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    ov.add_argument("--reason", required=True, metavar="LÝ_DO")
    ov.add_argument("--meeting", metavar="MÃ_CUỘC_HỌP")
    dc = sub.add_parser("decision", help="văn bản quyết định, thông báo kết luận sau cuộc họp")
    dsub = dc.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    dl = dsub.add_parser("list", help="các văn bản đã ban hành")
    dl.add_argument("--json", action="store_true")
    ds = dsub.add_parser("show", help="xem một văn bản")
    ds.add_argument("decision", metavar="MÃ_HOẶC_SỐ", help="mã văn bản hoặc số như 05/QĐ-UBND (năm nay)")
    ds.add_argument("--json", action="store_true")
    da = dsub.add_parser("attach-signed", help="đính kèm bản chụp văn bản đã ký: văn bản khóa, không sửa được")
    da.add_argument("decision", metavar="MÃ_HOẶC_SỐ")
    da.add_argument("file", metavar="TỆP", help="bản chụp: tệp PDF hoặc ảnh JPEG, PNG, TIFF")


def decision_json(d: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import OUTCOME_WORDS, SIGNED_WORDS, UNSIGNED_WORDS

    return {"id": d.id, "proposal_id": d.proposal_id, "proposal_ref": d.proposal_ref, "meeting_id": d.meeting_id,
            "outcome": d.outcome.value, "outcome_words": OUTCOME_WORDS[d.outcome], "type": d.doc_type.abbreviation,
            "number": d.number, "year": d.year, "reference": d.reference, "title": d.title, "reasons": d.reasons,
            "issued_on": d.issued_on.isoformat(), "signer": {"name": d.signer_name, "title": d.signer_title,
                                                             "authority": d.authority.value,
                                                             "lines": list(d.signer_lines)},
            "overridden": d.overridden, "signed": d.locked,
            "signed_words": SIGNED_WORDS if d.locked else UNSIGNED_WORDS,
            "scan_id": d.scan_id,
            "digital_signatures": [{"field": s.field, "signer": s.signer, "serial": s.serial, "issuer": s.issuer,
                                    "signed_at": s.signed_at, "trust": s.trust} for s in d.digital_signatures]}


def _meeting(c: Call, ctx: Any, actor: Any) -> str | None:
    from lamdong_desktop.services import meetings

    return meetings.resolve(ctx, c.args.meeting, actor=actor) if c.args.meeting else None


def cmd_decide(c: Call) -> int:
    from lamdong_desktop.messages import OUTCOME_WORDS
    from lamdong_desktop.services import decisions, meetings, proposals
    from lamdong_desktop.services.calendar import parse_date

    ctx = c.context()
    actor = c.actor(ctx)
    target = proposals.get(ctx, c.args.ref, actor=actor)
    signer = meetings.find_person(ctx, c.args.signer, actor=actor) if c.args.signer else None
    d = decisions.decide(
        ctx, actor=actor, proposal_id=target.id, outcome=c.args.outcome, meeting_id=_meeting(c, ctx, actor),
        signer_person_id=signer, signer_name=c.args.signer_name, signer_title=c.args.signer_title,
        authority=c.args.authority, head_title=c.args.head_title,
        title=c.args.title, reasons=c.args.reasons,
        issued_on=parse_date(c.args.date) if c.args.date else None).value
    if c.args.json:
        print_json(c.io, decision_json(d))
    else:
        c.io.out(f"Đã ban hành văn bản số {d.reference} ngày {d.issued_on:%d/%m/%Y}: {OUTCOME_WORDS[d.outcome]} "
                 f"{target.ref}.")
    return 0


def cmd_override(c: Call) -> int:
    from lamdong_desktop.domain.meetings import Step
    from lamdong_desktop.services import decisions, meeting_votes, meetings, proposals

    ctx = c.context()
    actor = c.actor(ctx)
    target = proposals.get(ctx, c.args.ref, actor=actor)
    meeting_id = _meeting(c, ctx, actor) or decisions.open_meeting(ctx, target.id, ref=target.ref)
    meeting_votes.override(ctx, actor=actor, meeting_id=meeting_id, proposal=target.id, reason=c.args.reason)
    decide = f"“lamdong decide {target.ref} --outcome approve …”"
    # The decision follows the close (the minutes it cites are numbered then): say so while the meeting is open.
    closing = "" if meetings.get(ctx, meeting_id, actor=actor).refusal(Step.DECIDE) is None else (
        f"kết thúc cuộc họp (“lamdong meeting close {meeting_id[:8]}”, thư ký) rồi ")
    c.io.out(f"Đã ghi: người đứng đầu phê duyệt bằng văn bản {target.ref} sau biểu quyết không thông qua. Tiếp theo: "
             f"{closing}ban hành quyết định bằng {decide}.")
    return 0


def cmd_decision(c: Call) -> int:
    from lamdong_desktop.messages import DIGITAL_SIGNED_WORDS, OUTCOME_WORDS, SIGNED_WORDS, UNSIGNED_WORDS
    from lamdong_desktop.services import decisions

    ctx = c.context()
    actor = c.actor(ctx)
    if c.args.action == "list":
        found = decisions.list_decisions(ctx, actor=actor)
        if c.args.json:
            print_json(c.io, [decision_json(d) for d in found])
            return 0
        for d in found:
            c.io.out(f"{d.reference}\t{d.issued_on:%d/%m/%Y}\t{d.proposal_ref}\t{OUTCOME_WORDS[d.outcome]}\t"
                     f"{SIGNED_WORDS if d.locked else UNSIGNED_WORDS}")
        c.io.out(f"({len(found)} văn bản)")
        return 0
    d = decisions.get(ctx, c.args.decision, actor=actor)
    if c.args.action == "attach-signed":
        d = decisions.attach_signed(ctx, actor=actor, decision_id=d.id, path=c.args.file).value
        digital = (" " + DIGITAL_SIGNED_WORDS.format(signers=", ".join(s.signer for s in d.digital_signatures))
                   if d.digital_signatures else "")
        c.io.out(f"Văn bản số {d.reference}: Đã ký.{digital} Văn bản đã khóa, không sửa được nữa.")
        return 0
    if c.args.json:
        print_json(c.io, decision_json(d))
        return 0
    c.io.out(f"Số: {d.reference} ngày {d.issued_on:%d/%m/%Y}\n{d.title}\nĐề xuất: {d.proposal_ref}\n"
             f"Kết quả: {OUTCOME_WORDS[d.outcome]}"
             + (" (người đứng đầu phê duyệt bằng văn bản)" if d.overridden else ""))
    if d.reasons:
        c.io.out(f"Lý do: {d.reasons}")
    c.io.out(f"Người ký: {' / '.join(d.signer_lines)} — {d.signer_name}\n"
             f"{SIGNED_WORDS if d.locked else UNSIGNED_WORDS}")
    if d.digital_signatures:
        c.io.out(DIGITAL_SIGNED_WORDS.format(signers=", ".join(s.signer for s in d.digital_signatures)))
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "decide": cmd_decide,
    "override": cmd_override,
    "decision": cmd_decision,
}
