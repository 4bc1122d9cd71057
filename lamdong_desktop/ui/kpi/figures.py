"""The dashboard's figures as bars: each KPI of ``services.kpi.UnitKpis`` with its exact numbers as text, beside its
target — the same numbers ``lamdong kpi`` prints (a share to one decimal, "37,5% (3/8)")."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from lamdong_desktop.domain.kpi import threshold_percent
from lamdong_desktop.domain.tasks import Share
from lamdong_desktop.messages import RULING_KIND_WORDS, STATE_WORDS
from lamdong_desktop.services.kpi import UnitKpis

from .charts import Bar

translate = QCoreApplication.translate

EARLY, PEOPLE, OVERDUE, FLASH, SHORT, EXTENDED, BREAKTHROUGH = (
    "early", "people", "overdue", "flash", "short", "extended", "breakthrough")
HEAD_PREFIX, STATE_PREFIX, RULING_PREFIX = "head:", "state:", "ruling:"


def percent(value: Fraction | float | None) -> str:
    """A share as the CLI writes it: one decimal, a decimal comma ("37,5%"); nothing to count: "—"."""
    return "—" if value is None else f"{float(value) * 100:.1f}%".replace(".", ",")


def _target(value: Fraction) -> str:
    return f"{float(value) * 100:g}%".replace(".", ",")


def share_text(share: Share) -> str:
    """"82,5% (33/40) — mục tiêu ≥ 80%"."""
    return translate("kpi", "{value} ({part}/{whole}) — mục tiêu ≥ {target}").format(
        value=percent(share.value), part=share.part, whole=share.whole, target=_target(share.target))


def _share_bar(key: str, label: str, share: Share) -> Bar:
    value = share.value
    return Bar(key, label, share_text(share), float(value) if value is not None else 0.0,
               float(share.target), share.met)


def _of(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def target_bars(k: UnitKpis) -> list[Bar]:
    """The resolution's targets: shares, open overdue files (per head too), hỏa tốc and short deadlines."""
    assigned = sum(k.orders.values())
    without, total = k.open_without_good_reason, len(k.open_overdue)
    orders = translate("kpi", "{count} (trên {assigned} nhiệm vụ được giao) — càng ít càng tốt")
    early = translate("kpi", "Việc hoàn thành sớm hơn hạn từ {threshold}% trở lên")
    overdue = translate("kpi", "{without} (trên {total} hồ sơ quá hạn; {good} có lý do chính đáng, {unjudged} chưa "
                               "đánh giá) — mục tiêu 0")
    bars = [
        _share_bar(EARLY, early.format(threshold=threshold_percent(k.settings.threshold)), k.early),
        _share_bar(PEOPLE, translate("kpi", "Cá nhân không có việc quá hạn"), k.people),
        Bar(OVERDUE, translate("kpi", "Hồ sơ quá hạn chưa xong không có lý do chính đáng"),
            overdue.format(without=without, total=total, good=k.open_with_good_reason, unjudged=k.open_unjudged),
            _of(without, total), None, without == 0),
    ]
    per_head = translate("kpi", "{without} không có lý do chính đáng, {good} có lý do — mục tiêu 0")
    for number, head in enumerate(k.heads):
        count = head.with_good_reason + head.without_good_reason
        name = head.full_name or translate("kpi", "Chưa rõ người giao")
        bars.append(Bar(f"{HEAD_PREFIX}{number}", "   " + name,
                        per_head.format(without=head.without_good_reason, good=head.with_good_reason),
                        _of(head.without_good_reason, count), None, head.without_good_reason == 0))
    short = translate("kpi", "Hạn xử lý dưới {days} ngày làm việc")
    bars += [
        Bar(FLASH, translate("kpi", "Văn bản hỏa tốc"), orders.format(count=len(k.flash), assigned=assigned),
            _of(len(k.flash), assigned)),
        Bar(SHORT, short.format(days=k.settings.short_days), orders.format(count=len(k.short), assigned=assigned),
            _of(len(k.short), assigned)),
        Bar(EXTENDED, translate("kpi", "Nhiệm vụ được gia hạn"),
            translate("kpi", "{count} nhiệm vụ").format(count=len(k.extended)),
            _of(len(k.extended), max(assigned, len(k.extended)))),
        _share_bar(BREAKTHROUGH, translate("kpi", "Tổ chức cơ sở đảng có giải pháp đột phá"), k.breakthrough),
    ]
    return bars


def proposal_bars(k: UnitKpis) -> list[Bar]:
    """The proposals first submitted in the period by state, and the rulings concluded in it (counts, no target)."""
    states = sorted(k.proposals_by_state.items(), key=lambda item: (-item[1], item[0]))
    counts = [n for _s, n in states] + list(k.rulings.values())
    largest = max(counts, default=0)
    many = translate("kpi", "{count} đề xuất")
    ruling = translate("kpi", "Kết luận: {ruling}")
    bars = [Bar(f"{STATE_PREFIX}{state}", STATE_WORDS.get(state, state), many.format(count=n), _of(n, largest))
            for state, n in states]
    bars += [Bar(f"{RULING_PREFIX}{kind}", ruling.format(ruling=RULING_KIND_WORDS.get(kind, kind)),
                 many.format(count=n), _of(n, largest)) for kind, n in k.rulings.items()]
    return bars


def completed_text(k: UnitKpis) -> str:
    text = translate("kpi", "Hoàn thành trong kỳ {total}: trước hạn {before}, đúng hạn {on}, quá hạn {late}.")
    text = text.format(total=k.completed, before=k.before_due, on=k.on_due, late=k.late_done)
    if k.cancelled_overdue.count:
        cancelled = translate("kpi", "Hủy khi đã quá hạn (vẫn tính quá hạn): {n}.")
        text += " " + cancelled.format(n=k.cancelled_overdue.count)
    if k.awaiting_confirmation:
        text += " " + translate("kpi", "Chờ người giao xác nhận (chưa tính): {n}.").format(n=k.awaiting_confirmation)
    return text
