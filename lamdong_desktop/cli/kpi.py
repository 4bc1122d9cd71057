"""``kpi``: the resolution's targets for a period, for the unit and each person, beside their targets (seed II.2,
II.4, IV.5); ``kpi-settings``: the "early enough" threshold (10–15%) and the "very short deadline" limit.

A period is a year (2026), a quarter (2026-Q3), a month (2026-11) or two days (2026-01-05:2026-02-10); by default
the current year. Each share in ``--json`` is ``{"value": 0…1, "part", "whole", "target", "met"}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, print_json


def add_parsers(sub: Any) -> None:
    kp = sub.add_parser("kpi", help="chỉ tiêu của Nghị quyết trong một kỳ: việc sớm hạn, người không quá hạn, hồ sơ "
                        "quá hạn, hỏa tốc, giải pháp đột phá")
    kp.add_argument("--period", metavar="KỲ", help="2026, 2026-Q3, 2026-11 hoặc 2026-01-05:2026-02-10 (mặc định: năm "
                    "nay)")
    kp.add_argument("--threshold", metavar="PHẦN_TRĂM", help="ngưỡng “đủ sớm” cho lần xem này, 10–15 (mặc định: "
                    "theo thiết lập)")
    kp.add_argument("--short-days", metavar="N", help="hạn dưới N ngày làm việc là “quá ngắn” (mặc định: theo thiết "
                    "lập)")
    kp.add_argument("--json", action="store_true")
    ks = sub.add_parser("kpi-settings", help="xem hoặc đặt ngưỡng “đủ sớm” và giới hạn “hạn quá ngắn”")
    ks.add_argument("--threshold", metavar="PHẦN_TRĂM", help="10–15 (Nghị quyết: sớm hơn 10–15%% so với thời hạn)")
    ks.add_argument("--short-days", metavar="N", help="số ngày làm việc")
    ks.add_argument("--json", action="store_true")


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _line(t: Any) -> dict[str, Any]:
    return {"id": t.id, "ref": t.ref, "title": t.title, "urgency": t.urgency.value, "lead": t.lead_name,
            "assigner": t.assigner_name or None, "assigned": _iso(t.assigned_on), "due": _iso(t.due_on),
            "current_due": _iso(t.current_due_on), "done": _iso(t.done_on), "extensions": t.extensions,
            "good_reason": t.good_reason, **({"allotted_days": t.allotted} if t.allotted is not None else {}),
            **({"cancelled": _iso(t.cancelled_on)} if t.cancelled_on is not None else {})}


def _person(p: Any) -> dict[str, Any]:
    return {"key": p.key, "name": p.full_name, "position": p.position or None, "held": p.held,
            "completed": p.completed, "early_enough": p.early_enough, "early_share": p.early.to_json(),
            "before_due": p.before_due, "on_due": p.on_due, "late_done": p.completed - p.before_due - p.on_due,
            "late": p.late, "without_overdue": p.without_overdue, "open_overdue": p.open_overdue,
            "open_overdue_with_good_reason": p.open_overdue_good, "extended": p.extended}


def kpi_json(k: Any, read: Callable[[Any], Any]) -> dict[str, Any]:
    """``lamdong kpi --json``: ``read`` turns a list behind a figure into its lines (``services.kpi.lines``)."""
    from lamdong_desktop.messages import period_words

    without = k.open_without_good_reason
    return {
        "period": {"code": k.period.code, "words": period_words(k.period), "start": _iso(k.period.start),
                   "end": _iso(k.period.end), "as_of": _iso(k.as_of)},
        "settings": {"threshold": float(k.settings.threshold), "short_days": k.settings.short_days},
        "early_share": k.early.to_json(),
        "completed": {"total": k.completed, "before_due": k.before_due, "on_due": k.on_due, "late": k.late_done},
        "people_without_overdue_share": k.people.to_json(),
        "people_with_overdue": [{"key": p.key, "name": p.full_name, "late": p.late} for p in k.people_with_overdue],
        "overdue_open": {
            "total": len(k.open_overdue), "with_good_reason": k.open_with_good_reason, "without_good_reason": without,
            "unjudged": k.open_unjudged, "target_without_good_reason": 0, "met": without == 0,
            "by_head": [{"key": h.key or None, "name": h.full_name or None, "with_good_reason": h.with_good_reason,
                         "without_good_reason": h.without_good_reason, "unjudged": h.unjudged,
                         "met": h.without_good_reason == 0, "cancelled_overdue": h.cancelled_overdue}
                        for h in k.heads],
            "tasks": [_line(t) for t in read(k.open_overdue)]},
        "cancelled_overdue": {"total": len(k.cancelled_overdue),
                              "tasks": [_line(t) for t in read(k.cancelled_overdue)]},
        "awaiting_confirmation": k.awaiting_confirmation,
        "urgent_orders": {
            "assigned": sum(k.orders.values()), "by_urgency": {u.value: n for u, n in k.orders.items()},
            "hoa_toc": len(k.flash), "short_deadline": len(k.short), "short_days": k.settings.short_days,
            "hoa_toc_tasks": [_line(t) for t in read(k.flash)],
            "short_deadline_tasks": [_line(t) for t in read(k.short)]},
        "extensions": {"tasks": len(k.extended), "list": [_line(t) for t in read(k.extended)]},
        "breakthrough_coverage": {
            **k.breakthrough.to_json(),
            "organisations": [{"id": o.id, "name": o.name, "kind": o.kind, "grassroots": o.grassroots,
                               "proposals": list(o.proposals), "covered": bool(o.proposals)} for o in k.coverage]},
        "proposals": {"by_state": k.proposals_by_state, "by_ruling": k.rulings},
        "people": [_person(p) for p in k.persons],
    }


def _share(share: Any) -> str:
    value = share.value
    shown = "—" if value is None else f"{float(value) * 100:.1f}%".replace(".", ",")
    verdict = "" if share.met is None else (" — đạt" if share.met else " — CHƯA ĐẠT")
    return f"{shown} ({share.part}/{share.whole}; chỉ tiêu {float(share.target) * 100:.0f}%){verdict}"


def _print(c: Call, k: Any, read: Callable[[Any], Any]) -> None:
    from lamdong_desktop.domain.kpi import threshold_percent
    from lamdong_desktop.messages import URGENCY_WORDS, counted_words, period_words

    c.io.out(f"Chỉ tiêu {period_words(k.period)} ({counted_words(k.period, k.as_of)})")
    c.io.out(f"Việc hoàn thành sớm hơn hạn từ {threshold_percent(k.settings.threshold)}%: {_share(k.early)}")
    c.io.out(f"  hoàn thành {k.completed}: trước hạn {k.before_due}, đúng hạn {k.on_due}, quá hạn {k.late_done}")
    c.io.out(f"Cá nhân không có việc quá hạn: {_share(k.people)}")
    for p in k.people_with_overdue:
        c.io.out(f"  {p.full_name}: {p.late} việc quá hạn")
    without = k.open_without_good_reason
    c.io.out(f"Hồ sơ quá hạn chưa xong: {len(k.open_overdue)} (có lý do chính đáng {k.open_with_good_reason}, không có "
             f"{without}; chỉ tiêu 0 không có lý do)" + (" — đạt" if without == 0 else " — CHƯA ĐẠT"))
    for h in k.heads:
        c.io.out(f"  {h.full_name or 'Chưa rõ người giao'}: {h.with_good_reason} có lý do, {h.without_good_reason} "
                 "không có lý do" + (f"; {h.cancelled_overdue} đã hủy khi quá hạn" if h.cancelled_overdue else ""))
    if len(k.cancelled_overdue):
        c.io.out(f"Nhiệm vụ bị hủy khi đã quá hạn: {len(k.cancelled_overdue)} (vẫn tính quá hạn cho người chủ trì)")
        for t in read(k.cancelled_overdue):
            c.io.out(f"  {t.ref} {t.lead_name}, hạn {t.due_on:%d/%m/%Y}, hủy ngày {t.cancelled_on:%d/%m/%Y} — giao bởi "
                     f"{t.assigner_name or 'chưa rõ'}")
    c.io.out(f"Văn bản hỏa tốc: {len(k.flash)}; hạn dưới {k.settings.short_days} ngày làm việc: {len(k.short)} (trên "
             f"{sum(k.orders.values())} nhiệm vụ được giao; " + ", ".join(
                 f"{URGENCY_WORDS[u].lower()} {n}" for u, n in k.orders.items()) + ")")
    c.io.out(f"Nhiệm vụ được gia hạn: {len(k.extended)}")
    if k.awaiting_confirmation:
        c.io.out(f"Nhiệm vụ chờ người giao xác nhận (chưa tính vào chỉ tiêu): {k.awaiting_confirmation}")
    c.io.out(f"Tổ chức cơ sở đảng có giải pháp đột phá: {_share(k.breakthrough)}")
    # The organisations counted come first; a chi bộ under a đảng bộ cơ sở is listed for its solutions, marked as not
    # counted, so the reader sees why seven lines can stand behind "1/1".
    for o in sorted(k.coverage, key=lambda o: not o.grassroots):
        if o.grassroots or o.proposals:
            c.io.out(f"  {o.name}" + ("" if o.grassroots else " (trực thuộc, không tính vào chỉ tiêu)") + ": "
                     + (", ".join(o.proposals) if o.proposals else "chưa có"))


def cmd_kpi(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.kpi import KpiSettings, parse_period, parse_short_days, parse_threshold
    from lamdong_desktop.services import kpi

    ctx = c.context()
    actor = c.actor(ctx)
    period = parse_period(c.args.period, today=clock.today())
    saved = kpi.settings(ctx)
    chosen = KpiSettings(
        threshold=parse_threshold(c.args.threshold) if c.args.threshold is not None else saved.threshold,
        short_days=parse_short_days(c.args.short_days) if c.args.short_days is not None else saved.short_days)
    result = kpi.unit_kpis(ctx, actor=actor, period=period, kpi_settings=chosen)
    if c.args.json:
        print_json(c.io, kpi_json(result, lambda tasks: kpi.lines(ctx, tasks, actor=actor)))
    else:
        _print(c, result, lambda tasks: kpi.lines(ctx, tasks, actor=actor))
    return 0


def cmd_kpi_settings(c: Call) -> int:
    from lamdong_desktop.domain.kpi import threshold_percent
    from lamdong_desktop.services import kpi

    ctx = c.context()
    actor = c.actor(ctx)
    if c.args.threshold is None and c.args.short_days is None:
        kpi.require_unit_reader(actor)
        chosen = kpi.settings(ctx)
    else:
        chosen = kpi.set_settings(ctx, actor=actor, threshold=c.args.threshold, short_days=c.args.short_days)
    if c.args.json:
        print_json(c.io, {"threshold": float(chosen.threshold), "short_days": chosen.short_days})
    else:
        c.io.out(f"Ngưỡng “đủ sớm”: {threshold_percent(chosen.threshold)}%; hạn quá ngắn: dưới {chosen.short_days} "
                 "ngày làm việc.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {"kpi": cmd_kpi, "kpi-settings": cmd_kpi_settings}
