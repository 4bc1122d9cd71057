"""What the import's preview says of a row (``task_import``): the reason of a refused row without the tail a whole
refusal carries, what differs between two rows of one task, and the hint for a cell left empty by a merged range.

Two rows have one key (``task_import.row_key``) when they are the same task: the same source document's number,
title, lead assignee and day given. A second row with that key and the same fields is a repetition (skipped); with
other fields — a corrected deadline, another urgency — it is named with what differs, and nothing is changed: the
program cannot know which of the two is right, and an imported task is changed through its own steps (an extension,
a reassignment), which are audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.text import shown

from .task_sheet import Sheet, column_name, merged_ranges

# The fields of a task compared between two rows of one key (or a row and the task it was imported as).
COMPARED = ("due_on", "deadline_days", "urgency", "assigner_name", "source_date", "source_issuer", "details")
_COMPARED_WORDS = {"due_on": "Hạn xử lý", "deadline_days": "Số ngày làm việc", "urgency": "Mức độ khẩn",
                   "assigner_name": "Người giao", "source_date": "Ngày văn bản", "source_issuer": "Cơ quan ban hành",
                   "details": "Nội dung"}
# The column a compared field is read from: a field whose column the file lacks is not compared (a list without
# "Người giao" imported by another leader does not contradict the task).
_SOURCE = {"due_on": ("due", "working_days"), "deadline_days": ("due", "working_days"), "urgency": ("urgency",),
           "assigner_name": ("assigner",), "source_date": ("source_date",), "source_issuer": ("source_issuer",),
           "details": ("details",)}
_QUOTED = 60  # characters of a text quoted in a difference
_TAIL = re.compile(r"\s*Chưa (?:có gì|ghi gì)(?: được)? (?:thay đổi|lưu|ghi)\.\s*$")


def reason(error: DomainError) -> str:
    """The Vietnamese reason of a refused row: without "Chưa có gì thay đổi", which is said of a whole refusal (the
    other rows of the list are imported)."""
    from lamdong_desktop.messages import describe

    return _TAIL.sub("", describe(error))


def _shown(field: str, value: Any) -> str:
    from lamdong_desktop.messages import URGENCY_WORDS

    if value in (None, ""):
        return "trống"
    if field in ("due_on", "source_date"):
        return f"{date.fromisoformat(str(value)):%d/%m/%Y}"
    if field == "urgency":
        from lamdong_desktop.domain.tasks import Urgency

        return URGENCY_WORDS[Urgency(value)]
    text = shown(str(value))  # a text quoted back: no control character reaches a terminal
    return text if len(text) <= _QUOTED else text[: _QUOTED - 1] + "…"


def differences(given: Mapping[str, Any], held: Mapping[str, Any], mapping: Mapping[str, int]) -> tuple[str, ...]:
    """What ``given`` (a row of the file) says otherwise than ``held`` (an earlier row, or the task imported), each as
    "Hạn xử lý (20/12/2026 ≠ 18/12/2026)": the file's value first; only the fields the file has a column for."""
    found = []
    for field in COMPARED:
        if not any(source in mapping for source in _SOURCE[field]):
            continue
        a, b = given.get(field), held.get(field)
        if field == "deadline_days" and a is None:
            continue  # a row giving the deadline as a date: the day is compared ("due_on"), not how it was counted
        if (a or None) != (b or None):
            found.append(f"{_COMPARED_WORDS[field]} ({_shown(field, a)} ≠ {_shown(field, b)})")
    return tuple(found)


def described(code: str, **params: Any) -> str:
    """A message of the preview's rows; its parameters are made here (quoted values already shortened and escaped):
    not cut at ``describe``'s 200 characters, which a list of differences may pass."""
    from lamdong_desktop.messages.excel import EXCEL_MESSAGES

    return EXCEL_MESSAGES[code].format(**params)


class MergedHint:
    """The hint for a required cell found empty: part of a merged range (its text is in the range's first cell only).
    The ranges are read once, and only when such a cell is met."""

    def __init__(self, sheet: Sheet, mapping: Mapping[str, int], words: Callable[[str], str]) -> None:
        self.sheet, self.mapping, self.words = sheet, mapping, words
        self.ranges: list[tuple[int, int, int, int]] | None = None

    def __call__(self, error: DomainError, row: int, field: str | None) -> DomainError:
        column = self.mapping.get(field or "")
        if column is None or error.code != "import_cell_required":
            return error
        if self.ranges is None:
            self.ranges = merged_ranges(self.sheet)
        for top, left, bottom, right in self.ranges:
            if top <= row <= bottom and left <= column + 1 <= right and (row, column + 1) != (top, left):
                first = f"{column_name(left - 1)}{top}"
                return ValidationError("import_cell_merged", column=self.words(field or ""),
                                       cell=f"{column_name(column)}{row}", first=first,
                                       merged=f"{first}:{column_name(right - 1)}{bottom}")
        return error


__all__ = ["COMPARED", "MergedHint", "described", "differences", "reason"]
