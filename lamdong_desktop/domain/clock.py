"""Time as the offices live it: Vietnam has no daylight saving, so a fixed +07:00 offset is exact."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")

_pinned: ContextVar[datetime | None] = ContextVar("lamdong_pinned_now", default=None)


def now() -> datetime:
    """The current instant in +07:00 (or the pinned one, see ``pinned``)."""
    return _pinned.get() or datetime.now(VN_TZ)


@contextmanager
def pinned(moment: datetime) -> Iterator[None]:
    """Make ``now()`` return ``moment`` in this context: the demo replays weeks of work in one go."""
    token = _pinned.set(moment.astimezone(VN_TZ))
    try:
        yield
    finally:
        _pinned.reset(token)


def stamp(moment: datetime | None = None) -> str:
    """ISO 8601 with the +07:00 offset and seconds, the form every record stores."""
    moment = (moment or now()).astimezone(VN_TZ)
    return moment.isoformat(timespec="seconds")


def today() -> date:
    """Today's date in Vietnam, whatever the laptop's time zone."""
    return now().date()


def format_date_vn(day: date) -> str:
    """dd/mm/yyyy, as Vietnamese displays write dates."""
    return day.strftime("%d/%m/%Y")
