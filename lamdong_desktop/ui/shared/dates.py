"""Date inputs: every date widget takes its range from the domain, so it offers no date the core refuses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from lamdong_desktop.domain.calendar import MAX_DATE, MIN_DATE

DATE_FORMAT = "dd/MM/yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date) -> QDateEdit:
    """A dd/MM/yyyy picker with a calendar pop-up, limited to MIN_DATE…MAX_DATE (``check_date``'s range).

    Qt's own range (1752–9999) would let a person pick a date every service then refuses.
    """
    edit = QDateEdit()
    edit.setDateRange(qdate(MIN_DATE), qdate(MAX_DATE))
    edit.setDate(qdate(min(max(day, MIN_DATE), MAX_DATE)))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit
