"""``evaluate`` and ``evaluation …``: the head's conclusion on a reported result and the protection ruling (ND 73/2023
Đ11; domain.md §4), after a meeting put the result on its agenda (``meeting convene … --proposal REF``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, CliError, Parser, print_json

_YES, _NO = ("yes", "co", "có", "true", "1", "dat", "đạt"), ("no", "khong", "không", "false", "0")


def add_parsers(sub: Any) -> None:
    ev = sub.add_parser("evaluate", help="người đứng đầu kết luận đánh giá kết quả thực hiện, với kết luận về bảo vệ "
                        "cán bộ (cấp số TB)")
    ev.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    ev.add_argument("--result", required=True, metavar="KẾT_QUẢ", help="completed (hoàn thành), not_met (không hoàn "
                    "thành hoặc hoàn thành một phần, không gây thiệt hại) hoặc damaged (có gây thiệt hại)")
    ev.add_argument("--condition", action="append", default=[], metavar="ĐIỀU_KIỆN=yes|no",
                    help="correct_policy, pure_motive, common_interest, no_self_interest (lặp lại cho từng điều kiện)")
    ev.add_argument("--conditions-met", action="store_true", help="cả bốn điều kiện đều bảo đảm")
    ev.add_argument("--abuse", action="append", metavar="HÀNH_VI", help="none (không phát hiện), hoặc corruption, "
                    "negative, profiteering, group_interest (lặp lại); bắt buộc trả lời")
    ev.add_argument("--measure", action="append", default=[], metavar="TRÁCH_NHIỆM=BIỆN_PHÁP",
                    help="khi có thiệt hại: party, administrative, compensation = excluded, exempted hoặc reduced")
    ev.add_argument("--notes", default="", metavar="NHẬN_XÉT", help="nhận xét của cuộc họp")
    ev.add_argument("--signer", metavar="NGƯỜI", help="người ký: mã hoặc họ tên cán bộ")
    ev.add_argument("--signer-title", default="", metavar="CHỨC_VỤ")
    ev.add_argument("--authority", default="TM", metavar="THẨM_QUYỀN", help="TM (mặc định), KT, Q hoặc none")
    ev.add_argument("--date", metavar="NGÀY", help="ngày ban hành (mặc định: hôm nay)")
    ev.add_argument("--meeting", metavar="MÃ_CUỘC_HỌP", help="cuộc họp đã đánh giá (mặc định: cuộc họp gần nhất)")
    ev.add_argument("--json", action="store_true")
    en = sub.add_parser("evaluation", help="kết luận đánh giá kết quả thực hiện đề xuất")
    esub = en.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    es = esub.add_parser("show", help="xem kết luận đánh giá và kết luận về bảo vệ cán bộ")
    es.add_argument("ref", metavar="MÃ_HOẶC_SỐ", help="mã đề xuất, số như 03/TB-UBND (năm nay) hoặc mã")
    es.add_argument("--json", action="store_true")
    ea = esub.add_parser("attach-signed", help="đính kèm bản chụp kết luận đã ký: văn bản khóa, không sửa được")
    ea.add_argument("ref", metavar="MÃ_HOẶC_SỐ")
    ea.add_argument("file", metavar="TỆP")


def _pairs(values: list[str], what: str) -> dict[str, str]:
    found = {}
    for value in values:
        key, sep, answer = value.partition("=")
        if not sep or not key.strip():
            raise CliError(f"{what} “{value}” cần dạng TÊN=GIÁ_TRỊ.")
        found[key.strip()] = answer.strip()
    return found


def _answer(text: str) -> bool | str:
    """yes/no as typed; anything else is passed on, for the domain to refuse in its own words."""
    folded = text.strip().lower()
    return True if folded in _YES else False if folded in _NO else text


def evaluation_json(e: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import RULING_KIND_WORDS, ruling_sentence

    return {"id": e.id, "ref": e.ref, "meeting_id": e.meeting_id, "reference": e.reference, "number": e.number,
            "year": e.year, "issued_on": e.issued_on.isoformat(), "title": e.title, "findings": e.findings.to_json(),
            "ruling": {**e.ruling.to_json(), "words": RULING_KIND_WORDS[e.ruling.kind],
                       "sentence": ruling_sentence(e.ruling)},
            "notes": e.notes or None, "signer": {"name": e.signer_name, "lines": list(e.signer_lines)},
            "signed": e.locked, "digital_signatures": [{"signer": s.signer, "serial": s.serial,
                                                        "signed_at": s.signed_at, "trust": s.trust}
                                                       for s in e.digital_signatures]}


def cmd_evaluate(c: Call) -> int:
    from lamdong_desktop.domain.protection import Condition
    from lamdong_desktop.messages import ruling_sentence
    from lamdong_desktop.services import evaluations, meetings, proposals
    from lamdong_desktop.services.calendar import parse_date

    ctx = c.context()
    actor = c.actor(ctx)
    a = c.args
    target = proposals.get(ctx, a.ref, actor=actor)
    conditions: dict[object, Any] = {}
    if a.conditions_met:
        conditions.update(dict.fromkeys((cond.value for cond in Condition), True))
    conditions.update({k: _answer(v) for k, v in _pairs(a.condition, "Điều kiện").items()})
    measures: dict[object, object] = {}
    measures.update(_pairs(a.measure, "Biện pháp"))
    abuse = None if a.abuse is None else [x for x in a.abuse if x.strip().lower() not in ("none", "khong", "không")]
    made = evaluations.evaluate(
        ctx, actor=actor, proposal_id=target.id, result=a.result, conditions=conditions, abuse=abuse,
        measures=measures, notes=a.notes,
        meeting_id=meetings.resolve(ctx, a.meeting, actor=actor) if a.meeting else None,
        issued_on=parse_date(a.date) if a.date else None,
        signer_person_id=meetings.find_person(ctx, a.signer, actor=actor) if a.signer else None,
        signer_title=a.signer_title, authority=a.authority).value
    if a.json:
        print_json(c.io, evaluation_json(made))
    else:
        c.io.out(f"Đã ban hành Thông báo kết luận đánh giá số {made.reference} ngày {made.issued_on:%d/%m/%Y} về "
                 f"{target.ref}.\n{ruling_sentence(made.ruling)}")
    return 0


def cmd_evaluation(c: Call) -> int:
    from lamdong_desktop.messages import RESULT_CLASS_WORDS, ruling_sentence
    from lamdong_desktop.services import evaluations

    from .implementation import signed_text

    ctx = c.context()
    actor = c.actor(ctx)
    found = evaluations.get(ctx, c.args.ref, actor=actor)
    if c.args.action == "attach-signed":
        done = evaluations.attach_signed(ctx, actor=actor, evaluation_id=found.id, path=c.args.file).value
        c.io.out(f"Kết luận số {done.reference}: {signed_text(done)}. Văn bản đã khóa, không sửa được nữa.")
        return 0
    if c.args.json:
        print_json(c.io, evaluation_json(found))
        return 0
    result = RESULT_CLASS_WORDS[found.findings.result] if found.findings.result else ""
    c.io.out(f"Số: {found.reference} ngày {found.issued_on:%d/%m/%Y}\n{found.title}\nKết quả: {result}\n"
             f"Bảo vệ cán bộ: {ruling_sentence(found.ruling)}\n{signed_text(found)}")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "evaluate": cmd_evaluate,
    "evaluation": cmd_evaluation,
}
