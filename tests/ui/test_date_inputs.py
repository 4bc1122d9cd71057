"""Date and year inputs offer only what the core accepts: their ranges come from domain/calendar.py."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSpinBox

from lamdong_desktop.domain.calendar import (
    FIRST_CALENDAR_YEAR,
    LAST_CALENDAR_YEAR,
    MAX_DATE,
    MAX_WORKING_DAYS,
    MIN_DATE,
    check_date,
)
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.calendar.view import CalendarView, CorrectionDialog
from lamdong_desktop.ui.shared.dates import date_edit, qdate, to_date

UI = Path(__file__).resolve().parents[2] / "lamdong_desktop" / "ui"


def _assert_domain_range(edit: QDateEdit) -> None:
    assert to_date(edit.minimumDate()) == MIN_DATE and to_date(edit.maximumDate()) == MAX_DATE
    for outside in (QDate(1752, 9, 14), QDate(1899, 12, 31), QDate(2101, 1, 1), QDate(9999, 12, 31)):
        edit.setDate(outside)
        check_date(to_date(edit.date()))  # whatever one picks, the core accepts it
    edit.setDate(qdate(MIN_DATE))
    assert to_date(edit.date()) == MIN_DATE


def test_a_date_edit_is_limited_to_the_domain_range(qtbot):
    edit = date_edit(date(2026, 3, 5))
    qtbot.addWidget(edit)
    assert to_date(edit.date()) == date(2026, 3, 5) and edit.displayFormat() == "dd/MM/yyyy"
    _assert_domain_range(edit)


def test_every_date_input_of_the_calendar_area_takes_the_domain_range(qtbot, demo_ctx):
    admin = sign_in(demo_ctx, username="admin", password="demo")
    view = CalendarView(demo_ctx, admin)
    dialog = CorrectionDialog(demo_ctx, admin, date(2026, 1, 2))
    for widget in (view, dialog):
        qtbot.addWidget(widget)
    edits = view.findChildren(QDateEdit) + dialog.findChildren(QDateEdit)
    assert len(edits) == 2  # the due-date calculator's start and the correction's day
    for edit in edits:
        _assert_domain_range(edit)
    assert (view.year.minimum(), view.year.maximum()) == (FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR)
    assert view.days.maximum() == MAX_WORKING_DAYS
    assert all(isinstance(w, QSpinBox) for w in (view.year, view.days))


def test_no_date_widget_or_range_literal_outside_the_shared_helper():
    """New date inputs go through ui/shared/dates.py; no range is written twice."""
    constructed = re.compile(r"\b(QDateEdit|QDateTimeEdit|QCalendarWidget)\(")
    literal = re.compile(r"\b(1900|1995|2100|3650|3_650)\b")
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text("utf-8")
        if path.name != "dates.py" and constructed.search(text):
            offenders.append(f"{path.name}: constructs a date widget")
        offenders += [f"{path.name}: {m.group(0)}" for m in literal.finditer(text)]
    assert offenders == []


def test_the_kpi_period_takes_the_calendar_years_and_the_domain_dates(qtbot):
    """The dashboard's period: a year the working calendar counts (its KPIs count working days), two dates of the
    domain range; the period parsed from any of them is one the services accept."""
    from lamdong_desktop.domain.kpi import PeriodKind
    from lamdong_desktop.ui.kpi.period_picker import PeriodPicker

    picker = PeriodPicker(date(2026, 3, 5))
    qtbot.addWidget(picker)
    assert (picker.year.minimum(), picker.year.maximum()) == (FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR)
    assert picker.year.value() == 2026 and picker.year.text() == "2026"
    for edit in (picker.start, picker.end):
        _assert_domain_range(edit)
    picker.year.setValue(LAST_CALENDAR_YEAR + 5)
    assert picker.period().kind is PeriodKind.YEAR and picker.period().end == date(LAST_CALENDAR_YEAR, 12, 31)
