"""``implement …`` and ``report …``: carrying out an approved proposal and reporting its result (ND 73/2023 Đ9–Đ10).

A proposal is named by its reference (DX-2026-007); people by id or full name (with or without accents); an
indicator by its number in the plan (from 1), its key or its name; dates as YYYY-MM-DD or dd/mm/yyyy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .arguments import DATE as _DATE
from .arguments import DATE_HELP as _DATE_HELP
from .arguments import add_closing, record_step
from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    im = sub.add_parser("implement", help="thực hiện đề xuất đã phê duyệt: bắt đầu, tiến độ, điều chỉnh, kết thúc")
    isub = im.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    st = isub.add_parser("start", help="người đứng đầu cho bắt đầu thực hiện, với người thực hiện")
    st.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    st.add_argument("--date", metavar=_DATE, help=_DATE_HELP)
    st.add_argument("--implementer", action="append", default=[], required=True, metavar="NGƯỜI",
                    help="người thực hiện: mã hoặc họ tên cán bộ (lặp lại; người chủ trì trước)")
    st.add_argument("--planned-end", metavar=_DATE, help="ngày kết thúc dự kiến (mặc định: hạn cuối của các chỉ tiêu)")
    pr = isub.add_parser("progress", help="người thực hiện ghi số liệu của một chỉ tiêu, kèm minh chứng")
    pr.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    pr.add_argument("--indicator", required=True, metavar="CHỈ_TIÊU", help="số thứ tự chỉ tiêu (từ 1) hoặc tên")
    pr.add_argument("--value", required=True, metavar="GIÁ_TRỊ", help="ví dụ 1.200 hoặc 6,5")
    pr.add_argument("--date", metavar=_DATE, help="ngày của số liệu (mặc định: hôm nay)")
    pr.add_argument("--evidence", metavar="TỆP", help="tệp minh chứng (đính kèm vào đề xuất)")
    pr.add_argument("--note", default="", metavar="GHI_CHÚ")
    di = _step(isub, "difficulty", "người thực hiện báo cáo khó khăn, vướng mắc")
    di.add_argument("--text", required=True, metavar="NỘI_DUNG")
    add_closing(di, day=True)
    ad = isub.add_parser("adjust", help="người đứng đầu quyết định điều chỉnh (cấp số QĐ)")
    ad.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    ad.add_argument("--content", required=True, metavar="NỘI_DUNG", help="nội dung điều chỉnh")
    ad.add_argument("--reasons", required=True, metavar="LÝ_DO")
    ad.add_argument("--target", action="append", default=[], metavar="CHỈ_TIÊU=MỤC_TIÊU",
                    help="mục tiêu mới của một chỉ tiêu: số thứ tự (từ 1) hoặc tên = mục tiêu, ví dụ 2=450 hoặc "
                         "\"Thời gian cấp giấy=≤ 20\" (lặp lại cho từng chỉ tiêu)")
    ad.add_argument("--scope", default="", metavar="PHẠM_VI", help="phạm vi, đối tượng thực hiện sau điều chỉnh")
    ad.add_argument("--new-end", metavar=_DATE, help="ngày kết thúc dự kiến mới")
    ad.add_argument("--date", metavar=_DATE, help="ngày ban hành (mặc định: hôm nay)")
    ad.add_argument("--signer", metavar="NGƯỜI", help="người ký: mã hoặc họ tên cán bộ")
    ad.add_argument("--signer-title", default="", metavar="CHỨC_VỤ")
    ad.add_argument("--authority", default="TM", metavar="THẨM_QUYỀN", help="TM (mặc định), KT, Q hoặc none")
    ad.add_argument("--json", action="store_true")
    for name, words in (("suspend", "người đứng đầu tạm dừng thực hiện (kèm lý do)"),
                        ("resume", "người đứng đầu cho tiếp tục thực hiện (kèm lý do)"),
                        ("stop", "người đứng đầu dừng thực hiện (kèm lý do; vẫn phải báo cáo kết quả)")):
        add_closing(_step(isub, name, words), reason=True, day=True)
    add_closing(_step(isub, "finish", "kết thúc thực hiện: báo cáo kết quả trong 05 ngày làm việc"), day=True)
    add_closing(_step(isub, "show", "xem việc thực hiện: người thực hiện, tiến độ từng chỉ tiêu, các hạn"),
                as_json=True)
    sg = isub.add_parser("attach-signed", help="đính kèm bản chụp quyết định điều chỉnh đã ký: khóa văn bản")
    sg.add_argument("adjustment", metavar="SỐ_HOẶC_MÃ", help="số như 04/QĐ-UBND (năm nay) hoặc mã")
    sg.add_argument("file", metavar="TỆP")
    rp = sub.add_parser("report", help="báo cáo kết quả thực hiện đề xuất (Nghị định 73/2023/NĐ-CP, Điều 10)")
    rsub = rp.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    su = rsub.add_parser("submit", help="người thực hiện nộp báo cáo kết quả (không sửa được sau khi nộp)")
    su.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    su.add_argument("--explanation", required=True, metavar="GIẢI_TRÌNH", help="giải trình của người thực hiện")
    su.add_argument("--damage", default="no", metavar="CÓ_KHÔNG", help="có gây thiệt hại không: yes hoặc no")
    su.add_argument("--damage-estimate", default="", metavar="GIÁ_TRỊ", help="giá trị thiệt hại ước tính")
    su.add_argument("--damage-cause", default="", metavar="NGUYÊN_NHÂN")
    su.add_argument("--date", metavar=_DATE, help="ngày báo cáo (mặc định: hôm nay)")
    su.add_argument("--json", action="store_true")
    add_closing(_step(rsub, "show", "xem báo cáo kết quả"), as_json=True)
    ra = rsub.add_parser("attach-signed", help="đính kèm báo cáo đã ký của người thực hiện (bản chụp hoặc PDF ký số)")
    ra.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    ra.add_argument("file", metavar="TỆP")


def _step(sub: Any, name: str, words: str) -> Any:
    """The parser of a step on one proposal's implementation, named by the proposal's reference."""
    return record_step(sub, name, words, key="ref", metavar="MÃ_ĐỀ_XUẤT")


def _day(value: str | None) -> Any:
    from lamdong_desktop.services.calendar import parse_date

    return parse_date(value) if value else None


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _targets(values: list[str]) -> dict[str, str]:
    """``--target`` values: "2=450", "Thời gian cấp giấy=≤ 20" (split at the first "=" that is not part of "<="/">=";
    the indicator's name itself never holds one)."""
    from .base import CliError

    found: dict[str, str] = {}
    for value in values:
        key, sep, target = value.partition("=")
        if not sep or not key.strip() or not target.strip():
            raise CliError(f"Mục tiêu “{value}” cần dạng CHỈ_TIÊU=MỤC_TIÊU, ví dụ 2=450.")
        found[key.strip()] = target.strip()
    return found


def signed_text(view: Any) -> str:
    """ "Đã ký", "Đã ký — Đã ký số (Nguyễn Văn Hùng)" or "Chưa ký" of a record with a signed copy."""
    from lamdong_desktop.messages import signed_state_words

    return signed_state_words(view.locked, [s.signer for s in view.digital_signatures])


def _signatures(view: Any) -> list[dict[str, str]]:
    return [{"signer": s.signer, "serial": s.serial, "signed_at": s.signed_at, "trust": s.trust}
            for s in view.digital_signatures]


def adjustment_json(made: Any) -> dict[str, Any]:
    return {"id": made.id, "reference": made.reference, "issued_on": _iso(made.issued_on), "title": made.title,
            "content": made.content, "reasons": made.reasons, "new_end_on": _iso(made.new_end_on),
            "signer_lines": list(made.signer_lines),
            "targets": [{"number": t.number, "name": t.name, "unit": t.unit, "before": t.before, "target": t.target}
                        for t in made.targets], "new_scope": made.new_scope or None, "signed": made.locked,
            "digital_signatures": _signatures(made)}


def implementation_json(v: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import INDICATOR_STATUS_WORDS, STATE_WORDS, share_text

    return {"ref": v.ref, "state": v.state.value, "state_words": STATE_WORDS[v.state], "started_on": _iso(v.started_on),
            "planned_end_on": _iso(v.planned_end_on), "ended_on": _iso(v.ended_on),
            "ending": v.ending.value if v.ending else None, "end_reason": v.end_reason or None,
            "report_due_on": _iso(v.report_due_on), "report_overdue": v.report_overdue,
            "implementers": [{"person_id": i.person_id, "name": i.full_name, "position": i.position}
                             for i in v.implementers],
            "indicators": [{"number": n, "key": r.key, "name": r.indicator.name, "unit": r.indicator.unit,
                            "baseline": r.indicator.baseline, "target": r.indicator.target,
                            "planned_target": c.before if (c := v.adjustment_of(r.key)) else None,
                            "adjusted_by": c.reference if c else None,
                            "latest": None if r.latest is None else f"{r.latest:f}", "latest_on": _iso(r.latest_on),
                            "share": share_text(r.share), "status": r.status.value,
                            "status_words": INDICATOR_STATUS_WORDS[r.status]}
                           for n, r in enumerate(v.results.indicators, start=1)],
            "suggested": v.results.suggested.value if v.results.suggested else None,
            "progress": [{"id": p.id, "indicator": p.indicator_number, "value": f"{p.value:f}",
                          "date": _iso(p.measured_on), "note": p.note or None, "evidence": p.evidence_name or None,
                          "recorded_by": p.recorder_name} for p in v.progress],
            "events": [{"id": e.id, "kind": e.kind.value, "date": _iso(e.noted_on), "text": e.text,
                        "reasons": e.reasons or None} for e in v.events]}


def report_json(r: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import share_text

    return {"id": r.id, "ref": r.ref, "reported_on": _iso(r.reported_on), "ended_on": _iso(r.ended_on),
            "ending": r.ending.value, "due_on": _iso(r.due_on), "late": r.late, "late_days": r.late_days,
            "indicators": [{"number": i.number, "name": i.name, "unit": i.unit, "baseline": i.baseline,
                            "target": i.target, "planned_target": i.planned_target or None,
                            "adjusted_by": i.adjusted_by or None,
                            "latest": None if i.latest is None else f"{i.latest:f}",
                            "share": share_text(i.share), "status": i.status.value} for i in r.indicators],
            "suggested": r.suggested.value if r.suggested else None, "damage": r.damage,
            "damage_estimate": r.damage_estimate or None, "damage_cause": r.damage_cause or None,
            "explanation": r.explanation, "reporter": {"name": r.reporter_name, "position": r.reporter_position},
            "evaluation_due_on": _iso(r.evaluation_due_on), "signed": r.locked,
            "digital_signatures": _signatures(r)}


def _print_implementation(c: Call, v: Any) -> None:
    from lamdong_desktop.messages import (
        EVENT_KIND_WORDS,
        INDICATOR_STATUS_WORDS,
        STATE_WORDS,
        quantity_text,
        share_text,
    )

    c.io.out(f"{v.ref} — {v.title}\nTrạng thái: {STATE_WORDS[v.state]}\nBắt đầu: {v.started_on:%d/%m/%Y}"
             + (f"; kết thúc dự kiến {v.planned_end_on:%d/%m/%Y}" if v.planned_end_on else ""))
    c.io.out("Người thực hiện: " + "; ".join(f"{i.full_name} ({i.position})" if i.position else i.full_name
                                             for i in v.implementers))
    for n, r in enumerate(v.results.indicators, start=1):
        latest = f"{quantity_text(r.latest)} {r.indicator.unit}" if r.latest is not None else "—"
        change = v.adjustment_of(r.key)
        adjusted = f" (kế hoạch: {change.before}; điều chỉnh theo {change.reference})" if change else ""
        c.io.out(f"  {n}. {r.indicator.name}: {r.indicator.baseline} → {r.indicator.target} {r.indicator.unit}"
                 f"{adjusted}; đạt {latest} ({share_text(r.share)}) — {INDICATOR_STATUS_WORDS[r.status]}")
    for e in v.events:
        c.io.out(f"  {e.noted_on:%d/%m/%Y} {EVENT_KIND_WORDS[e.kind]}: {e.text}")
    if v.ended_on:
        late = " — QUÁ HẠN" if v.report_overdue else ""
        c.io.out(f"Kết thúc: {v.ended_on:%d/%m/%Y}; báo cáo kết quả chậm nhất {v.report_due_on:%d/%m/%Y}{late}")


def cmd_implement(c: Call) -> int:  # noqa: C901 - one branch per sub-command, each a line or two
    from lamdong_desktop.messages import STATE_WORDS
    from lamdong_desktop.services import adjustments, implementation, meetings, proposals

    ctx = c.context()
    actor = c.actor(ctx)
    a = c.args
    if a.action == "attach-signed":
        found = adjustments.get(ctx, a.adjustment, actor=actor)
        done = adjustments.attach_signed(ctx, actor=actor, adjustment_id=found.id, path=a.file).value
        c.io.out(f"Quyết định số {done.reference}: {signed_text(done)}. Văn bản đã khóa, không sửa được nữa.")
        return 0
    target = proposals.get(ctx, a.ref, actor=actor)
    if a.action == "show":
        view = implementation.view(ctx, target.id, actor=actor)
        if a.json:
            print_json(c.io, implementation_json(view))
        else:
            _print_implementation(c, view)
        return 0
    if a.action == "start":
        people = [implementation.find_implementer(ctx, name, actor=actor, proposal_id=target.id)
                  for name in a.implementer]
        view = implementation.start(ctx, actor=actor, proposal_id=target.id, started_on=_day(a.date),
                                    implementers=people, planned_end_on=_day(a.planned_end)).value
        c.io.out(f"{target.ref}: bắt đầu thực hiện ngày {view.started_on:%d/%m/%Y}.")
    elif a.action == "progress":
        p = implementation.record_progress(ctx, actor=actor, proposal_id=target.id, indicator=a.indicator,
                                           value=a.value, measured_on=_day(a.date), note=a.note,
                                           evidence=a.evidence).value
        c.io.out(f"Đã ghi chỉ tiêu {p.indicator_number} “{p.indicator_name}”: {a.value} {p.unit} ngày "
                 f"{p.measured_on:%d/%m/%Y}" + (f", minh chứng “{p.evidence_name}”." if p.evidence_name else "."))
    elif a.action == "difficulty":
        implementation.report_difficulty(ctx, actor=actor, proposal_id=target.id, text=a.text, noted_on=_day(a.date))
        c.io.out(f"Đã ghi khó khăn, vướng mắc của {target.ref}.")
    elif a.action == "adjust":
        signer = meetings.find_person(ctx, a.signer, actor=actor) if a.signer else None
        made = adjustments.adjust(ctx, actor=actor, proposal_id=target.id, content=a.content, reasons=a.reasons,
                                  new_end_on=_day(a.new_end), issued_on=_day(a.date), signer_person_id=signer,
                                  signer_title=a.signer_title, authority=a.authority, targets=_targets(a.target),
                                  new_scope=a.scope).value
        if a.json:
            print_json(c.io, adjustment_json(made))
        else:
            c.io.out(f"Đã ban hành Quyết định điều chỉnh số {made.reference} ngày {made.issued_on:%d/%m/%Y}.")
            for t in made.targets:
                c.io.out(f"  Chỉ tiêu {t.number} “{t.name}”: mục tiêu {t.before} → {t.target} {t.unit}".rstrip())
    elif a.action in ("suspend", "resume", "stop"):
        step = {"suspend": implementation.suspend, "resume": implementation.resume, "stop": implementation.stop}
        view = step[a.action](ctx, actor=actor, proposal_id=target.id, reason=a.reason, on=_day(a.date)).value
        c.io.out(f"{target.ref}: {STATE_WORDS[view.state]}.")
    else:  # finish
        view = implementation.finish(ctx, actor=actor, proposal_id=target.id, ended_on=_day(a.date)).value
        c.io.out(f"{target.ref}: kết thúc thực hiện ngày {view.ended_on:%d/%m/%Y}; báo cáo kết quả chậm nhất ngày "
                 f"{view.report_due_on:%d/%m/%Y} (05 ngày làm việc).")
    return 0


def cmd_report(c: Call) -> int:
    from lamdong_desktop.messages import REPORT_LATE_WORDS, late_text
    from lamdong_desktop.services import proposals, result_reports

    ctx = c.context()
    actor = c.actor(ctx)
    target = proposals.get(ctx, c.args.ref, actor=actor)
    if c.args.action == "attach-signed":
        done = result_reports.attach_signed(ctx, actor=actor, proposal_id=target.id, path=c.args.file).value
        c.io.out(f"Báo cáo kết quả {target.ref}: {signed_text(done)}.")
        return 0
    if c.args.action == "show":
        report = result_reports.get(ctx, target.id, actor=actor)
    else:
        report = result_reports.submit(ctx, actor=actor, proposal_id=target.id, explanation=c.args.explanation,
                                       damage=c.args.damage, damage_estimate=c.args.damage_estimate,
                                       damage_cause=c.args.damage_cause, reported_on=_day(c.args.date)).value
    if c.args.json:
        print_json(c.io, report_json(report))
        return 0
    late = f" — {late_text(report.late_days)} ({REPORT_LATE_WORDS})" if report.late else ""
    c.io.out(f"Báo cáo kết quả {target.ref} ngày {report.reported_on:%d/%m/%Y} (hạn {report.due_on:%d/%m/%Y}){late}.\n"
             f"Đạt {report.reached}/{len(report.indicators)} chỉ tiêu; họp đánh giá chậm nhất ngày "
             f"{report.evaluation_due_on:%d/%m/%Y} (07 ngày làm việc).")
    for i in report.indicators:
        if i.adjusted:
            c.io.out(f"  Chỉ tiêu {i.number} “{i.name}”: mục tiêu {i.target} {i.unit} (kế hoạch: {i.planned_target}; "
                     f"điều chỉnh theo Quyết định số {i.adjusted_by}).")
    c.io.out(signed_text(report))
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "implement": cmd_implement,
    "report": cmd_report,
}
