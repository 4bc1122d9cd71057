"""Importing a list of tasks from an .xlsx file (issue 10 §5): a preview that writes nothing, then the confirmation.

``preview`` reads the sheet (``task_sheet``), takes the column mapping it recognised or the one the caller gives,
and checks every row as ``tasks.check_task`` would give it: each row refused is named by its row number in Excel
with the reason in Vietnamese; a row imported before (or given twice in the file) is skipped. ``confirm`` gives the
rows found good all or none in one transaction (``tasks.add_tasks``, which checks the keys again under the write
lock).

A row's stable key is a digest of what makes it the same task — the source document's number, the title, the lead
assignee (the person found, so an account name and the full name are one) and the day it was given — never its
position: the same list imported again, sorted otherwise or with rows added, adds only the new rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.task_rules import Step, require
from lamdong_desktop.domain.text import fold

from . import task_views, tasks
from .changes import writes
from .context import AppContext
from .task_sheet import Cell, Sheet, check_mapping, date_of, days_of, guess_mapping, read_sheet, text_of
from .task_views import PersonRef, find_person

KEY_PREFIX = "xlsx:"
PROGRESS_ROWS = 500


@dataclass(frozen=True)
class RowError:
    row: int  # the row's number in Excel
    reason: str  # in Vietnamese


@dataclass(frozen=True)
class SkippedRow:
    row: int
    ref: str  # the task it was imported as, or "" when the same row came earlier in the file
    same_as_row: int | None = None


@dataclass(frozen=True)
class ReadyRow:
    row: int
    task: tasks.CheckedTask


@dataclass(frozen=True)
class ImportPreview:
    sheet: Sheet
    mapping: dict[str, int]  # field → column (0-based), as used
    ready: tuple[ReadyRow, ...]
    skipped: tuple[SkippedRow, ...]
    errors: tuple[RowError, ...]


@dataclass(frozen=True)
class ImportResult:
    refs: tuple[str, ...]  # the tasks given, in the order of their rows
    skipped: tuple[SkippedRow, ...]
    errors: tuple[RowError, ...]


def row_key(source_number: str, title: str, lead: PersonRef, assigned_on: date) -> str:
    """The stable key of a row: what makes it the same task, folded (accents, case and spacing aside)."""
    parts = (fold(source_number), fold(title), lead.key, assigned_on.isoformat())
    return KEY_PREFIX + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


class _People:
    """Each name of the list looked up once (a list of 10,000 rows names a few dozen people)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.found: dict[str, PersonRef | DomainError] = {}

    def __call__(self, text: str) -> PersonRef:
        key = fold(text)
        if key not in self.found:
            try:
                self.found[key] = find_person(self.ctx, text)
            except DomainError as exc:
                self.found[key] = exc
        got = self.found[key]
        if isinstance(got, DomainError):
            raise got
        return got


def _words(field: str) -> str:
    from lamdong_desktop.messages.excel import IMPORT_FIELD_WORDS

    return IMPORT_FIELD_WORDS[field]


def _new_task(values: tuple[Cell, ...], mapping: Mapping[str, int], people: _People) -> tasks.NewTask:
    """The task a row describes, or the first problem of its cells (a ``DomainError``)."""

    def cell(field: str) -> Cell:
        column = mapping.get(field)
        return values[column] if column is not None and column < len(values) else None

    def text(field: str) -> str:
        return text_of(cell(field))

    for field in ("title", "lead"):
        if not text(field):
            raise ValidationError("import_cell_required", column=_words(field))
    assigned = date_of(cell("assigned_on"), _words("assigned_on"))
    if assigned is None:
        raise ValidationError("import_cell_required", column=_words("assigned_on"))
    due = date_of(cell("due"), _words("due"))
    working_days = days_of(cell("working_days"), _words("working_days")) if due is None else None
    if due is None and working_days is None:
        raise ValidationError("import_deadline_missing")
    lead = people(text("lead"))
    co = [people(name) for name in _split(text("co_assignees"))]
    assigner = people(text("assigner")) if text("assigner") else None
    source_number = text("source_number")
    return tasks.NewTask(
        title=text("title"), lead=lead, assigned_on=assigned, due=due, working_days=working_days,
        urgency=text("urgency") or "thuong", co_assignees=co, assigner=assigner, details=text("details"),
        source_number=source_number, source_date=date_of(cell("source_date"), _words("source_date")),
        source_issuer=text("source_issuer"), import_key=row_key(source_number, text("title"), lead, assigned))


def _split(names: str) -> list[str]:
    return [n.strip() for n in names.replace(";", ",").replace("\n", ",").split(",") if n.strip()]


def preview(ctx: AppContext, *, actor: Actor, path: str | Path,
            mapping: Mapping[str, int] | None = None, header_row: int | None = None,
            progress: Callable[[int], object] | None = None) -> ImportPreview:
    """What importing ``path`` would do, writing nothing: the rows ready, those skipped, those refused and why. A
    preview window may name the header row and map the columns itself (field → column from 0, ``task_sheet``), and
    follow the rows read and checked (``progress(percent)``, every ``PROGRESS_ROWS`` rows)."""
    from lamdong_desktop.messages import describe

    require(Step.ASSIGN, actor.roles)  # a leader imports the unit's lists (``task_views.imported``)
    sheet = read_sheet(path, header_row)
    total = len(sheet.rows)
    used = check_mapping(sheet, guess_mapping(sheet.headers) if mapping is None else mapping)
    people = _People(ctx)
    parsed: list[tuple[int, tasks.NewTask]] = []
    errors: list[RowError] = []
    for done, (number, values) in enumerate(sheet.rows):
        if progress is not None and done % PROGRESS_ROWS == 0:
            progress(done * 50 // total)
        try:
            parsed.append((number, _new_task(values, used, people)))
        except DomainError as exc:
            errors.append(RowError(number, describe(exc)))
    keys = [t.import_key for _, t in parsed if t.import_key]
    taken = task_views.imported(ctx, keys, actor=actor) if keys else {}
    shared = tasks.list_check(ctx, actor, keys_checked=True)
    first_row: dict[str, int] = {}
    ready: list[ReadyRow] = []
    skipped: list[SkippedRow] = []
    for done, (number, task) in enumerate(parsed):
        if progress is not None and done % PROGRESS_ROWS == 0:
            progress(50 + done * 50 // len(parsed))
        key = task.import_key or ""
        if key in taken:
            skipped.append(SkippedRow(number, taken[key]))
            continue
        if key in first_row:
            skipped.append(SkippedRow(number, "", same_as_row=first_row[key]))
            continue
        try:
            checked = tasks.check_task(ctx, actor=actor, task=task, shared=shared)
        except DomainError as exc:
            errors.append(RowError(number, describe(exc)))
            continue
        first_row[key] = number
        ready.append(ReadyRow(number, checked))
    errors.sort(key=lambda e: e.row)
    if progress is not None:
        progress(100)
    return ImportPreview(sheet=sheet, mapping=used, ready=tuple(ready), skipped=tuple(skipped), errors=tuple(errors))


@writes
def confirm(ctx: AppContext, *, actor: Actor, preview: ImportPreview) -> ImportResult:
    """Give the rows the preview found good, all or none (the refused rows stay listed in the result)."""
    refs = tasks.add_tasks(ctx, actor=actor, tasks=[r.task for r in preview.ready]).value if preview.ready else []
    return ImportResult(refs=tuple(refs), skipped=preview.skipped, errors=preview.errors)


__all__ = ["ImportPreview", "ImportResult", "ReadyRow", "RowError", "SkippedRow", "confirm", "preview", "row_key"]
