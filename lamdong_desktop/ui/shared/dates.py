"""Date inputs: every date widget takes its range from the domain, so it offers no date the core refuses."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QSpinBox

from lamdong_desktop.domain.calendar import FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, MAX_DATE, MIN_DATE
from lamdong_desktop.domain.clock import VN_TZ

DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


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


def year_spin(year: int) -> QSpinBox:
    """A year input limited to the years of the working calendar (FIRST_CALENDAR_YEAR…LAST_CALENDAR_YEAR): the years
    whose working days, and so whose deadlines and KPIs, the core can count."""
    spin = QSpinBox()
    spin.setRange(FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR)
    spin.setValue(min(max(year, FIRST_CALENDAR_YEAR), LAST_CALENDAR_YEAR))
    spin.setGroupSeparatorShown(False)  # 2026, never 2.026
    return spin


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    """A dd/MM/yyyy HH:mm picker (a meeting's start), with the same day range as ``date_edit``."""
    edit = QDateTimeEdit()
    edit.setDateTimeRange(QDateTime(qdate(MIN_DATE), QTime(0, 0)), QDateTime(qdate(MAX_DATE), QTime(23, 59)))
    day = min(max(moment.date(), MIN_DATE), MAX_DATE)
    edit.setDateTime(QDateTime(qdate(day), QTime(moment.hour, moment.minute)))
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def to_datetime(value: QDateTime) -> datetime:
    """The picker's local date and time, in Vietnam's time (+07:00), to the minute."""
    day, moment = value.date(), value.time()
    return datetime.combine(to_date(day), time(moment.hour(), moment.minute()), VN_TZ)
