"""The range of dates the program reasons about, without the holiday tables (``calendar`` loads those)."""

from __future__ import annotations

from datetime import date

from .errors import ValidationError

# The dates the program reasons about: typed dates and calendar arguments outside them are refused with a
# message (a date near 9999-12-31 would overflow; the holiday tables do not reach that far anyway).
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)


def check_date(day: date, *, value: object = None, latest: date = MAX_DATE) -> date:
    """``day`` when it lies in MIN_DATE…``latest``, else ``ValidationError("date_out_of_range")``."""
    if not MIN_DATE <= day <= latest:
        raise ValidationError(
            "date_out_of_range", value=str(value if value is not None else day.strftime("%d/%m/%Y")),
            minimum=MIN_DATE.strftime("%d/%m/%Y"), maximum=latest.strftime("%d/%m/%Y"),
        )
    return day
