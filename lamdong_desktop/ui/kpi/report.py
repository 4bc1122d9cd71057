""""In báo cáo…" of the KPI dashboard: the Báo cáo PDF of the chosen period (``services.printing_kpi``), shown as
every print of the program is (``ui.unit.printed_preview.show_printed``): built here, rendered on a worker, previewed
to print or save, each copy recorded with its check code.

The report is counted up to, and dated, the dashboard's day (``KpiView.today``), so it shows the figures on the
screen — the numbers of ``lamdong kpi`` and ``lamdong print kpi`` — and the same paper is built again to check it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.unit.printed_preview import show_printed

if TYPE_CHECKING:
    from lamdong_desktop.ui.kpi.view import KpiView


def tr(text: str) -> str:
    return QCoreApplication.translate("kpi_report", text)


def print_kpi_report(view: KpiView) -> QWidget | None:
    """The preview of the report of ``view``'s period (None, and the reason told, when it cannot be built)."""
    from lamdong_desktop.messages import period_words
    from lamdong_desktop.services import printed, printing_kpi

    try:
        period = view.period()
    except DomainError as error:
        messages.show_error(view, error)
        return None
    subject = printing_kpi.kpi_subject(period.code, view.today())  # as ``lamdong print kpi``: dated the day
    words = period_words(period)
    ctx, actor = view.ctx, view.actor
    return show_printed(
        view, ctx, actor, source=printed.KPI, subject=subject,
        build=lambda: printing_kpi.kpi_report_of(ctx, subject, actor=actor),
        render=printing_kpi.render_kpi,
        names=lambda _doc: (tr("Báo cáo chỉ tiêu {period}").format(period=words),
                            tr("Báo cáo chỉ tiêu {period}.pdf").format(period=words)))
