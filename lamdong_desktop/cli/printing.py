"""``print …``: the printed forms as PDF files — the plan, the minutes, the decision or notice, the invitation, the
result report, the conclusion of the evaluation, an adjustment, the whole dossier of a proposal; the official's
record and the yearly review (``officials``).

Each is built from the record for the person signed in (a reader only) and written to ``-o``, never inside the data
folder; the number, the signer and the audit chain's head are printed as the record holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser


def add_parsers(sub: Any) -> None:
    printing = sub.add_parser("print", help="in tài liệu ra PDF")
    ptsub = printing.add_subparsers(dest="document", metavar="TÀI_LIỆU", required=True, parser_class=Parser)
    for name, words, target, target_help in (
        ("proposal", "Kế hoạch đề xuất đổi mới, sáng tạo", "SỐ_HIỆU", "mã đề xuất, ví dụ DX-2026-007"),
        ("minutes", "Biên bản cuộc họp (Mẫu 1.9); chưa cấp số thì in bản dự thảo", "MÃ_CUỘC_HỌP",
         "mã cuộc họp (đủ, hoặc ít nhất 6 ký tự đầu)"),
        ("decision", "Quyết định phê duyệt, cho thực hiện thí điểm, hoặc Thông báo kết luận (trả lại, không phê duyệt)",
         "VĂN_BẢN", "mã văn bản, số văn bản như 07/QĐ-UBND, mã đề xuất hoặc mã cuộc họp có một văn bản"),
        ("invitation", "Giấy mời họp", "MÃ_CUỘC_HỌP", "mã cuộc họp (đủ, hoặc ít nhất 6 ký tự đầu)"),
        ("report", "Báo cáo kết quả thực hiện đề xuất (của người thực hiện)", "MÃ_ĐỀ_XUẤT", "mã đề xuất"),
        ("evaluation", "Thông báo kết luận đánh giá kết quả thực hiện, kèm kết luận về bảo vệ cán bộ", "VĂN_BẢN",
         "mã đề xuất, số như 03/TB-UBND (năm nay) hoặc mã văn bản"),
        ("adjustment", "Quyết định điều chỉnh việc thực hiện đề xuất", "VĂN_BẢN", "số như 04/QĐ-UBND (năm nay) hoặc "
         "mã văn bản"),
        ("dossier", "Hồ sơ đề xuất: mọi văn bản của đề xuất theo thứ tự (kế hoạch, ý kiến, giấy mời, biên bản, quyết "
         "định, tiến độ, báo cáo, kết luận đánh giá) kèm các bản chụp, cuối cùng là danh mục với mã SHA-256 của từng "
         "tài liệu; kiểm tra lại bằng “lamdong verify --dossier”", "MÃ_ĐỀ_XUẤT", "mã đề xuất"),
    ):
        pp = ptsub.add_parser(name, help=words)
        pp.add_argument("ref", metavar=target, help=target_help)
        pp.add_argument("-o", "--output", required=True, metavar="TỆP.pdf", help="tệp PDF ghi ra (ngoài thư mục "
                        "dữ liệu của chương trình)")
    from .officials import add_print_parsers

    add_print_parsers(ptsub)


def cmd_print(c: Call) -> int:
    from lamdong_desktop.domain.errors import NotFound
    from lamdong_desktop.messages import doc_type_words
    from lamdong_desktop.services import decisions, meetings, printing, printing_meetings

    ctx = c.context()
    actor = c.actor(ctx)
    document, ref, output = c.args.document, getattr(c.args, "ref", ""), c.args.output
    if document == "proposal":
        target = printing.print_proposal_plan(ctx, actor=actor, proposal_id=ref, target=output)
        c.io.out(f"Đã in {target}.")
        return 0
    if document in ("report", "evaluation", "adjustment"):
        return _print_result(c, ctx, actor, document, ref, output)
    if document in ("record", "review", "kpi"):
        from .officials import print_document

        return print_document(c, ctx, actor)
    if document == "dossier":
        return _print_dossier(c, ctx, actor, ref, output)
    if document == "decision":
        view = decisions.get(ctx, printing_meetings.find_decision(ctx, ref, actor=actor), actor=actor)
        target = printing_meetings.print_decision(ctx, actor=actor, decision=view.id, target=output)
        c.io.out(f"Đã in {doc_type_words(view.doc_type).lower()} số {view.reference} ra {target}.")
        return 0
    try:
        meeting = meetings.get(ctx, meetings.resolve(ctx, ref, actor=actor), actor=actor)
    except NotFound:  # as typed: never the whole id of a meeting this reader may not see
        raise NotFound("meeting_not_found", id=ref) from None
    if document == "minutes":
        target = printing_meetings.print_minutes(ctx, actor=actor, meeting_id=meeting.id, target=output)
        what = f"biên bản số {meeting.minutes_ref}" if meeting.minutes_ref else "dự thảo biên bản (chưa cấp số)"
    else:
        target = printing_meetings.print_invitation(ctx, actor=actor, meeting_id=meeting.id, target=output)
        what = f"giấy mời số {meeting.invitation_ref}" if meeting.invitation_ref else "dự thảo giấy mời"
    c.io.out(f"Đã in {what} ra {target}.")
    return 0


def _print_result(c: Call, ctx: Any, actor: Any, document: str, ref: str, output: str) -> int:
    from lamdong_desktop.services import adjustments, evaluations, printing_results, proposals

    if document == "report":
        target = printing_results.print_report(ctx, actor=actor, proposal_id=proposals.get(ctx, ref, actor=actor).id,
                                               target=output)
        c.io.out(f"Đã in báo cáo kết quả thực hiện {ref} ra {target}.")
    elif document == "evaluation":
        found = evaluations.get(ctx, ref, actor=actor)
        target = printing_results.print_evaluation(ctx, actor=actor, evaluation=found.id, target=output)
        c.io.out(f"Đã in thông báo kết luận đánh giá số {found.reference} ra {target}.")
    else:
        made = adjustments.get(ctx, ref, actor=actor)
        target = printing_results.print_adjustment(ctx, actor=actor, adjustment=made.id, target=output)
        c.io.out(f"Đã in quyết định điều chỉnh số {made.reference} ra {target}.")
    return 0


def _print_dossier(c: Call, ctx: Any, actor: Any, ref: str, output: str) -> int:
    from lamdong_desktop.services import dossier_print, proposals

    made = dossier_print.print_dossier(ctx, actor=actor, proposal_id=proposals.get(ctx, ref, actor=actor).id,
                                       target=output).value
    c.io.out(f"Đã in hồ sơ đề xuất {made.ref} ({made.documents} tài liệu, {made.pages} trang) ra {made.path}.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "print": cmd_print,
}
