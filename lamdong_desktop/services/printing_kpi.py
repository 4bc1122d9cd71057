"""The printed KPI report of a period (Báo cáo, ``documents/kpi_report``): the numbers of ``services.kpi.unit_kpis`` —
the same ``lamdong kpi`` shows — each beside its target, with charts and the lists behind the figures.

As ``printing_records``: ``kpi_report_of`` builds the document's plain values for a reader of the unit's KPIs
(``kpi.require_unit_reader``), ``render_kpi`` prints them with no database access, ``print_kpi`` does both for the
command line, refuses a target in the data folder and records the print with its check code (``printed``), so that
``lamdong verify --code`` knows a paper copy.

A print is named by its subject ``<period>@<day counted>`` (``2026-Q1@2026-03-20``), ``…@<register entry id>`` once
numbered: the period still running is counted up to the day it was printed, so the same paper is built again later
to check it, and a task recorded since for that period makes it superseded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from lamdong_desktop.documents import kpi_report as form
from lamdong_desktop.documents.issued import Signer
from lamdong_desktop.documents.kpi_report import (
    Figure,
    HeadRow,
    KpiReport,
    OrgRow,
    PersonRow,
    ShareBar,
    TaskRow,
    TaskRows,
    count,
    kpi_document,
    percent,
)
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.kpi import parse_period, threshold_percent
from lamdong_desktop.domain.tasks import Share
from lamdong_desktop.messages import RULING_KIND_WORDS, STATE_WORDS, URGENCY_WORDS, period_words

from . import kpi, printed
from .context import AppContext
from .printing import audit_head_line, check_print_target, rendered
from .printing_records import head_signer, review_number

UNKNOWN_HEAD = "Chưa rõ người giao"
GOOD_REASON = {True: "có lý do chính đáng", False: "không có lý do chính đáng", None: "chưa đánh giá lý do"}


def kpi_subject(period_code: str, day: date, entry_id: str | None = None) -> str:
    return f"{period_code}@{day.isoformat()}" + (f"@{entry_id}" if entry_id else "")


def _parts(subject: str) -> tuple[str, date, str]:
    code, _, rest = (subject or "").strip().partition("@")
    day_text, _, entry_id = rest.partition("@")
    try:
        day = date.fromisoformat(day_text) if day_text else clock.today()
    except ValueError:
        raise ValidationError("period_invalid", value=subject) from None
    return code, day, entry_id


def _share(share: Share) -> str:
    value = share.value
    return f"{percent(value)} ({count(share.part)}/{count(share.whole)})" if value is not None else percent(None)


def _row(t: kpi.TaskLine, note: str = "") -> TaskRow:
    return TaskRow(ref=t.ref, title=t.title, lead=t.lead_name, assigner=t.assigner_name, assigned=t.assigned_on,
                   due=t.due_on, note=note)


def _extension(t: kpi.TaskLine) -> str:
    return f"gia hạn đến {t.current_due_on:%d/%m/%Y}" if t.current_due_on != t.due_on else ""


def _figures(k: kpi.UnitKpis) -> tuple[Figure, ...]:
    threshold = threshold_percent(k.settings.threshold)
    without = k.open_without_good_reason
    target = f"≥ {float(k.early.target) * 100:.0f}%"
    return (
        Figure(f"Tỷ lệ hồ sơ, công việc hoàn thành sớm hơn hạn từ {threshold}% thời gian trở lên", _share(k.early),
               target, k.early.met),
        Figure("Tỷ lệ cá nhân thực hiện nhiệm vụ không có việc quá hạn, tồn đọng", _share(k.people),
               f"≥ {float(k.people.target) * 100:.0f}%", k.people.met),
        Figure("Hồ sơ quá hạn chưa hoàn thành không có lý do chính đáng",
               f"{count(without)} (trên {count(len(k.open_overdue))} hồ sơ quá hạn; "
               f"{count(k.open_with_good_reason)} có lý do chính đáng)",
               "0", without == 0),
        Figure("Văn bản giao việc hỏa tốc",
               f"{count(len(k.flash))} (trên {count(sum(k.orders.values()))} nhiệm vụ được giao)", form.FEW, None),
        Figure(f"Nhiệm vụ giao với thời hạn dưới {k.settings.short_days} ngày làm việc", count(len(k.short)), form.FEW,
               None),
        Figure("Tỷ lệ tổ chức cơ sở đảng có ít nhất một giải pháp đột phá", _share(k.breakthrough),
               f"{float(k.breakthrough.target) * 100:.0f}%", k.breakthrough.met),
    )


def report_values(ctx: AppContext, k: kpi.UnitKpis, *, actor: Actor, signer: Signer, number: int | None = None,
                  day: date | None = None, issuer_code: str = form.UNIT_ISSUER) -> KpiReport:
    """The report's plain values from the unit's KPIs (the lists read through ``kpi.lines`` for ``actor``)."""
    def listed(tasks: kpi.TaskList, note: Callable[[kpi.TaskLine], str]) -> TaskRows:
        shown = kpi.lines(ctx, tasks, actor=actor, limit=form.MAX_LISTED)
        return TaskRows(tuple(_row(t, note(t)) for t in shown), len(tasks))

    threshold = threshold_percent(k.settings.threshold)
    return KpiReport(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, period=period_words(k.period),
        period_code=k.period.code, as_of=k.as_of, figures=_figures(k),
        shares=(ShareBar(f"Hoàn thành sớm từ {threshold}%", k.early.value, k.early.target),
                ShareBar("Cá nhân không có việc quá hạn", k.people.value, k.people.target),
                ShareBar("Tổ chức cơ sở đảng có giải pháp đột phá", k.breakthrough.value, k.breakthrough.target)),
        completed=(f"Trong kỳ hoàn thành {count(k.completed)} hồ sơ, công việc: trước hạn {count(k.before_due)}, "
                   f"đúng hạn {count(k.on_due)}, quá hạn {count(k.late_done)}; {count(len(k.extended))} nhiệm vụ được "
                   "gia hạn (chỉ tiêu tính theo thời hạn giao ban đầu)." + _uncounted_words(k)),
        persons=tuple(PersonRow(p.full_name, p.held, p.completed, p.early_enough, p.late, p.open_overdue)
                      for p in k.persons),
        late_people=tuple((p.full_name, p.late) for p in k.people_with_overdue),
        open_overdue=listed(k.open_overdue, lambda t: GOOD_REASON[t.good_reason]),
        heads=tuple(HeadRow(h.full_name or UNKNOWN_HEAD, h.with_good_reason, h.without_good_reason, h.unjudged)
                    for h in k.heads),
        orders=(f"Trong kỳ giao {count(sum(k.orders.values()))} nhiệm vụ: " + ", ".join(
            f"{URGENCY_WORDS[u].lower()} {count(n)}" for u, n in k.orders.items()) + "."),
        flash=listed(k.flash, _extension), short=listed(k.short, lambda t: f"{t.allotted} ngày làm việc"),
        short_days=k.settings.short_days, extended=listed(k.extended, _extension),
        organisations=tuple(OrgRow(o.name, o.proposals) for o in k.coverage if o.grassroots),
        by_state=tuple((STATE_WORDS.get(s, s), n) for s, n in k.proposals_by_state.items()),
        by_ruling=tuple((RULING_KIND_WORDS.get(r, r), n) for r, n in k.rulings.items()),
        signer=signer, number=number, date=day, issuer_code=issuer_code, audit_head=audit_head_line(ctx))


def _uncounted_words(k: kpi.UnitKpis) -> str:
    """What stands beside the figures: tasks cancelled past their deadline (overdue all the same), tasks waiting for
    their assigner's confirmation (counted nowhere yet) — as ``lamdong kpi`` says them."""
    words = ""
    if k.cancelled_overdue.count:
        words += f" {count(k.cancelled_overdue.count)} nhiệm vụ bị hủy khi đã quá hạn (vẫn tính quá hạn)."
    if k.awaiting_confirmation:
        words += f" {count(k.awaiting_confirmation)} nhiệm vụ chờ người giao xác nhận, chưa tính vào chỉ tiêu."
    return words


def kpi_report_of(ctx: AppContext, subject: str, *, actor: Actor) -> KpiReport:
    """The printed report of ``subject`` (``<period>@<day>[@<register entry id>]``), for a reader of the KPIs."""
    kpi.require_unit_reader(actor)
    code, day, entry_id = _parts(subject)
    period = parse_period(code, today=day)
    if period.start > day:  # a report of nothing, counted "up to" a day before its period
        raise ValidationError("kpi_period_not_started", period=period_words(period), start=f"{period.start:%d/%m/%Y}")
    k = kpi.unit_kpis(ctx, actor=actor, period=period, today=day)
    try:  # a report (BC) of the unit's own sequence, free, taken in the period's last year or the next
        entry = review_number(ctx, entry_id, period.end.year) if entry_id else None
    except ValidationError as error:
        raise ValidationError("kpi_number_invalid", **error.params) from None
    return report_values(
        ctx, k, actor=actor, signer=Signer.from_lines(entry.signer_name, entry.signer_lines) if entry
        else head_signer(ctx), number=entry.number if entry else None, day=entry.issued_on if entry else day,
        issuer_code=entry.issuer if entry else form.UNIT_ISSUER)


def render_kpi(doc: KpiReport, target: str | Path) -> Path:
    return rendered(lambda path: form.render_kpi(doc, path), target)


def print_kpi(ctx: AppContext, *, actor: Actor, period: str, target: str | Path, entry_id: str | None = None) -> Path:
    """Print the report of ``period`` counted up to today (numbered by the register's ``entry_id``, else a draft),
    and record the print."""
    kpi.require_unit_reader(actor)
    check_print_target(ctx.paths.root, target, suffix=".pdf")  # kpi.txt holding a PDF: refused before counting
    code = parse_period(period, today=clock.today()).code
    subject = kpi_subject(code, clock.today(), entry_id)
    doc = kpi_report_of(ctx, subject, actor=actor)
    path = render_kpi(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.KPI, subject_id=subject,
                                 document=kpi_document(doc), path=path)


__all__ = ["kpi_report_of", "kpi_subject", "print_kpi", "render_kpi", "report_values"]
