"""``proposal …``: proposals from the command line (their printed plan: ``print proposal``, cli/printing.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lamdong_desktop.domain.lifecycle import State

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    prop = sub.add_parser("proposal", help="đề xuất đổi mới, sáng tạo")
    prsub = prop.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
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
    prd = prsub.add_parser("detach", help="gỡ tệp khỏi dự thảo chưa trình; đã trình thì đánh dấu đính kèm nhầm")
    prd.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    prd.add_argument("filename", metavar="TÊN_TỆP")
    prd.add_argument("--reason", default="", metavar="LÝ_DO",
                     help="lý do đính kèm nhầm (bắt buộc khi đề xuất đã trình: tệp là bằng chứng, không xóa được)")


def _ruling(ctx: Any, proposal_id: str, actor: Any) -> dict[str, Any] | None:
    """The protection ruling of the proposal's latest evaluation (ND 73/2023 Đ11), None before one."""
    from lamdong_desktop.messages import ruling_sentence
    from lamdong_desktop.services import evaluations

    found = evaluations.find(ctx, proposal_id, actor=actor)
    if found is None:
        return None
    return {**found.ruling.to_json(), "sentence": ruling_sentence(found.ruling), "reference": found.reference}


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
    from lamdong_desktop.domain.proposals import CRITERION_LABELS, PRIORITY_FIELDS, SECTION_LABELS
    from lamdong_desktop.messages import action_words, state_words
    from lamdong_desktop.services import attachments, proposals
    from lamdong_desktop.storage.proposals_repo import Filters

    ctx = c.context()
    action = c.args.action
    # Proposals are personnel records: reading them needs the signed-in account, like changing them.
    actor = c.actor(ctx)
    if action in ("list", "search"):
        if action == "list":
            items = proposals.list_proposals(ctx, Filters(state=c.args.state), actor=actor)
        else:
            items = [hit.summary for hit in proposals.search(ctx, c.args.text, actor=actor)]
        if c.args.json:
            print_json(c.io, [_proposal_json(p) for p in items])
        else:
            for p in items:
                c.io.out(f"{p.ref}\t{state_words(p.state)}\t{p.author_name}\t{p.title}")
            c.io.out(f"({len(items)} đề xuất)")
        return 0
    if action == "show":
        view = proposals.open_proposal(ctx, c.args.ref, actor=actor)
        shown = view.proposal
        if c.args.json:
            data = _proposal_json(shown, full=True)
            data["may"] = {"edit": view.may_edit, "actions": [a.value for a in view.actions],
                           "attach": view.may_attach, "print": view.may_print}
            data["ruling"] = _ruling(ctx, shown.id, actor)
            from lamdong_desktop.services import dossier

            # The documents its dossier holds, in order (``lamdong print dossier``), as this reader sees them.
            data["documents"] = dossier.documents(ctx, shown.id, actor=actor)
            print_json(c.io, data)
            return 0
        c.io.out(f"{shown.ref} — {shown.summary.title}")
        reason = f" (lý do: {shown.last_reason})" if shown.last_reason else ""
        c.io.out(f"Trạng thái: {state_words(shown.state)}{reason}")
        if view.actions:
            c.io.out("Bạn có thể: " + ", ".join(action_words(a) for a in view.actions) + ".")
        field = PRIORITY_FIELDS.get(shown.summary.field, "")
        c.io.out(f"Người đề xuất: {shown.summary.author_name}  Lĩnh vực: {field}")
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
    target = proposals.get(ctx, c.args.ref, actor=actor)
    if action == "detach":
        taken = attachments.detach(ctx, actor=actor, proposal_id=target.id, filename=c.args.filename,
                                   reason=c.args.reason).value
        if taken.mistaken:
            c.io.out(f"Đã đánh dấu “{taken.filename}” của {target.ref} là đính kèm nhầm: {taken.mistaken_reason}.")
        else:
            c.io.out(f"Đã gỡ “{taken.filename}” khỏi {target.ref}.")
        return 0
    attached = attachments.attach_file(ctx, actor=actor, proposal_id=target.id, path=c.args.file).value
    c.io.out(f"Đã đính kèm {attached.filename} ({attached.size} byte) vào {target.ref}.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "proposal": cmd_proposal,
}
