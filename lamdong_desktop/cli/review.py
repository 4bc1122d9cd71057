"""``receive``, ``opinion`` and ``queue``: before the meeting, from the command line (ND 73/2023 Đ8.1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    rec = sub.add_parser("receive", help="người đứng đầu (đề xuất của người đứng đầu: cấp tỉnh) tiếp nhận đề xuất đã "
                         "trình (bắt đầu tính 07 ngày làm việc)")
    rec.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    rec.add_argument("--date", metavar="NGÀY", help="ngày tiếp nhận, YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay)")
    opinion = sub.add_parser("opinion", help="ý kiến của cấp ủy cùng cấp về đề xuất")
    osub = opinion.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    add = osub.add_parser("add", help="ghi ý kiến của cấp ủy (về kết quả thực hiện khi đề xuất đã báo cáo kết quả)")
    add.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    add.add_argument("--date", required=True, metavar="NGÀY", help="ngày của văn bản ý kiến")
    add.add_argument("--body", required=True, metavar="CẤP_ỦY", help="ví dụ: Đảng ủy xã Di Linh")
    add.add_argument("--text", required=True, metavar="NỘI_DUNG")
    add.add_argument("--stance", required=True, metavar="Ý_KIẾN",
                     help="dong-y (đồng ý) hoặc khong-dong-y (không đồng ý); cũng nhận agree / disagree")
    add.add_argument("--attachment", metavar="TÊN_TỆP",
                     help="tên tệp văn bản ý kiến đã đính kèm vào đề xuất (lamdong proposal attach)")
    lst = osub.add_parser("list", help="các ý kiến đã ghi")
    lst.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    lst.add_argument("--stage", default="approval", choices=("approval", "evaluation", "all"),
                     help="approval (trước khi quyết định, mặc định), evaluation (về kết quả thực hiện) hoặc all")
    lst.add_argument("--json", action="store_true")
    queue = sub.add_parser("queue", help="việc cần xử lý của người đăng nhập, kèm hạn")
    queue.add_argument("--json", action="store_true")


def cmd_receive(c: Call) -> int:
    from lamdong_desktop.services import proposals, review
    from lamdong_desktop.services.calendar import parse_date

    ctx = c.context()
    actor = c.actor(ctx)
    day = parse_date(c.args.date) if c.args.date else None
    target = proposals.get(ctx, c.args.ref, actor=actor)
    receipt = review.receive(ctx, actor=actor, proposal_id=target.id, received_on=day).value
    c.io.out(f"Đã tiếp nhận {target.ref} ngày {receipt.received_on:%d/%m/%Y}; "
             f"họp xét chậm nhất ngày {receipt.meeting_due_on:%d/%m/%Y} (07 ngày làm việc).")
    return 0


def _opinion_json(o: Any) -> dict[str, Any]:
    return {"id": o.id, "proposal_id": o.proposal_id, "stage": o.stage, "date": o.opinion_on.isoformat(),
            "body": o.body, "stance": o.stance.value, "text": o.text, "attachment_id": o.attachment_id,
            "recorded_by": o.recorder_name}


def cmd_opinion(c: Call) -> int:
    from lamdong_desktop.domain.errors import NotFound
    from lamdong_desktop.messages.lifecycle import STANCE_WORDS
    from lamdong_desktop.services import attachments, proposals, review
    from lamdong_desktop.services.calendar import parse_date

    ctx = c.context()
    actor = c.actor(ctx)
    target = proposals.get(ctx, c.args.ref, actor=actor)
    if c.args.action == "list":
        stage = None if c.args.stage == "all" else c.args.stage
        found = review.party_opinions(ctx, target.id, actor=actor, stage=stage)
        if c.args.json:
            print_json(c.io, [_opinion_json(o) for o in found])
        else:
            for o in found:
                c.io.out(f"{o.opinion_on:%d/%m/%Y}\t{o.body}\t{STANCE_WORDS[o.stance]}\t{o.text}")
            c.io.out(f"({len(found)} ý kiến)")
        return 0
    attachment_id = None
    if c.args.attachment:
        named = [a for a in attachments.list_attachments(ctx, target.id, actor=actor)
                 if a.filename == c.args.attachment and not a.mistaken]
        if not named:
            raise NotFound("attachment_not_found", attachment=c.args.attachment)
        attachment_id = named[-1].id
    opinion = review.record_party_opinion(
        ctx, actor=actor, proposal_id=target.id, opinion_on=parse_date(c.args.date), body=c.args.body,
        text=c.args.text, attachment_id=attachment_id, stance=c.args.stance).value
    c.io.out(f"Đã ghi ý kiến của {opinion.body} ngày {opinion.opinion_on:%d/%m/%Y} về {target.ref}: "
             f"{STANCE_WORDS[opinion.stance].lower()}.")
    return 0


def cmd_queue(c: Call) -> int:
    from lamdong_desktop.messages import PROGRESS_WORDS, QUEUE_WORDS
    from lamdong_desktop.services import queue

    ctx = c.context()
    items = queue.queue(ctx, actor=c.actor(ctx))
    if c.args.json:
        print_json(c.io, [i.to_json() for i in items])
        return 0
    for i in items:
        due = f"hạn {i.due:%d/%m/%Y}" if i.due else "không có hạn luật định"
        late = " — QUÁ HẠN" if i.overdue else ""
        late += " — HỌP SAU THỜI HẠN 07 NGÀY LÀM VIỆC" if i.late else ""
        reason = (f" ({i.reason})" if i.task_id else f" (lý do: {i.reason})") if i.reason else ""
        reason += f" ({PROGRESS_WORDS[i.state]})" if i.kind is queue.ItemKind.PROGRESS else ""
        c.io.out(f"{QUEUE_WORDS[i.kind]}\t{i.ref}\t{due}{late}\t{i.title}{reason}")
    c.io.out(f"({len(items)} việc)")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "receive": cmd_receive,
    "opinion": cmd_opinion,
    "queue": cmd_queue,
}
