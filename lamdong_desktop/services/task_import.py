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
from lamdong_desktop.domain.text import LIMITS, fold, nfc
from lamdong_desktop.storage import tasks_repo
from lamdong_desktop.storage.task_facts import person_key

from . import tasks
from .changes import writes
from .context import AppContext
from .task_import_rows import MergedHint, described, differences, reason
from .task_sheet import Cell, Sheet, check_mapping, column_name, date_of, days_of, guess_mapping, read_sheet, text_of
from .task_views import PersonRef, find_person

KEY_PREFIX = "xlsx:"
PROGRESS_ROWS = 500
MAX_CELL = max(LIMITS.values())  # the longest text a field takes: a longer cell is a row error, never read further


@dataclass(frozen=True)
class RowError:
    row: int  # the row's number in Excel
    reason: str  # in Vietnamese


@dataclass(frozen=True)
class SkippedRow:
    row: int
    ref: str  # the task it was imported as, or "" when the same row came earlier in the file
    same_as_row: int | None = None
    differences: tuple[str, ...] = ()  # what the row says otherwise than the task imported ("Hạn xử lý (… ≠ …)")
    reason: str = ""  # in Vietnamese: the row it repeats, or the task it was imported as and what differs


@dataclass(frozen=True)
class ColumnUse:
    """A column of the header row and the field it feeds (None: not read)."""

    column: str  # as Excel names it: "E"
    header: str
    field: str | None


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
    columns: tuple[ColumnUse, ...] = ()  # every column of the header row, with the field it feeds
    notes: tuple[str, ...] = ()  # the rules the mapping implies (both a deadline column and a days column)

    @property
    def refused(self) -> int:
        """Rows not imported for a reason the user must look at: errors, and rows of tasks imported before that the
        file now says otherwise (nothing is changed)."""
        return len(self.errors) + sum(1 for s in self.skipped if s.differences)


@dataclass(frozen=True)
class ImportResult:
    refs: tuple[str, ...]  # the tasks given, in the order of their rows
    skipped: tuple[SkippedRow, ...]
    errors: tuple[RowError, ...]


def row_key(source_number: str, title: str, lead: PersonRef, assigned_on: date) -> str:
    """The stable key of a row: what makes it the same task, folded (accents, case and spacing aside)."""
    return _key(source_number, title, lead.key, assigned_on.isoformat())


def _key(source_number: str, title: str, lead_key: str, assigned_on: str) -> str:
    parts = (fold(source_number), fold(title), lead_key, assigned_on)
    return KEY_PREFIX + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def in_log(ctx: AppContext, parsed: list[tasks.NewTask], taken: Mapping[str, str]) -> dict[str, str]:
    """Key → task id of the live tasks the rows not imported before describe, however they came into the log (given
    by hand, or listed by the program's own export and sent back): the same task is never given twice."""
    wanted = {t.import_key for t in parsed if t.import_key and t.import_key not in taken}
    if not wanted:
        return {}
    days = sorted({t.assigned_on.isoformat() for t in parsed if t.import_key in wanted})
    found: dict[str, str] = {}
    for row in tasks_repo.given_on(ctx.db, ctx.unit_code, days):
        key = _key(row["source_number"] or "", row["title"],
                   person_key(row["lead_person_id"], row["lead_account_id"]) or "", row["assigned_on"])
        if key in wanted:
            found.setdefault(key, row["id"])
    return found


class _People:
    """Each name of the list looked up once (a list of 10,000 rows names a few dozen people)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.found: dict[str, PersonRef | DomainError] = {}

    def __call__(self, text: str) -> PersonRef:
        key = " ".join(nfc(text).split()).casefold()  # not folded: "Trần Thị Mài" and "Trần Thị Mai" are two people
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

    for field in mapping:
        if isinstance(value := cell(field), str) and len(value) > MAX_CELL:
            raise ValidationError("import_cell_too_long", column=_words(field), length=f"{len(value):,}".replace(
                ",", "."), maximum=f"{MAX_CELL:,}".replace(",", "."))
    for field in ("title", "lead"):
        if not text(field):
            raise ValidationError("import_cell_required", column=_words(field), import_field=field)
    assigned = date_of(cell("assigned_on"), _words("assigned_on"))
    if assigned is None:
        raise ValidationError("import_cell_required", column=_words("assigned_on"), import_field="assigned_on")
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


def _held_code(row: Mapping[str, object], key: str) -> str:
    """How a skipped row names its task: imported before under this key, or already in the log otherwise."""
    return "import_row_imported" if row.get("import_key") == key else "import_row_in_log"


def columns_of(sheet: Sheet, mapping: Mapping[str, int]) -> tuple[ColumnUse, ...]:
    fields = {column: field for field, column in mapping.items()}
    return tuple(ColumnUse(column_name(n), header, fields.get(n)) for n, header in enumerate(sheet.headers))


def notes_of(sheet: Sheet, mapping: Mapping[str, int]) -> tuple[str, ...]:
    """The rule of a list with both a deadline column and a column of working days, said in the preview."""
    if "due" not in mapping or "working_days" not in mapping:
        return ()
    due, days = mapping["due"], mapping["working_days"]
    return (f"Có cả cột {column_name(due)} (“{sheet.headers[due]}”) và cột {column_name(days)} "
            f"(“{sheet.headers[days]}”): dòng có ngày ở cột {column_name(due)} lấy ngày đó làm hạn xử lý (số ngày ở "
            f"cột {column_name(days)} khi đó không dùng); dòng để trống cột {column_name(due)} tính hạn theo số ngày "
            f"làm việc ở cột {column_name(days)}.",)


def preview(ctx: AppContext, *, actor: Actor, path: str | Path,
            mapping: Mapping[str, int] | None = None, header_row: int | None = None,
            progress: Callable[[int], object] | None = None) -> ImportPreview:
    """What importing ``path`` would do, writing nothing: the rows ready, those skipped, those refused and why. A
    preview window may name the header row and map the columns itself (field → column from 0, ``task_sheet``), and
    follow the rows read and checked (``progress(percent)``, every ``PROGRESS_ROWS`` rows).

    A row with the key of an earlier row of the file is skipped when it says the same, refused when it says otherwise
    (both named); a row with the key of a task imported before is skipped, and named with what differs if it says
    otherwise (the task is not changed)."""
    require(Step.ASSIGN, actor.roles)  # a leader imports the unit's lists (``task_views.imported``)
    sheet = read_sheet(path, header_row)
    total = len(sheet.rows)
    used = check_mapping(sheet, guess_mapping(sheet.headers) if mapping is None else mapping)
    people = _People(ctx)
    hint = MergedHint(sheet, used, _words)
    parsed: list[tuple[int, tasks.NewTask]] = []
    errors: list[RowError] = []
    for done, (number, values) in enumerate(sheet.rows):
        if progress is not None and done % PROGRESS_ROWS == 0:
            progress(done * 50 // total)
        try:
            parsed.append((number, _new_task(values, used, people)))
        except DomainError as exc:
            errors.append(RowError(number, reason(hint(exc, number, exc.params.get("import_field")))))
    keys = [t.import_key for _, t in parsed if t.import_key]
    taken = tasks_repo.imported(ctx.db, ctx.unit_code, keys) if keys else {}
    taken |= in_log(ctx, [t for _, t in parsed], taken)
    held = tasks_repo.rows_by_id(ctx.db, list(taken.values())) if taken else {}
    shared = tasks.list_check(ctx, actor, keys_checked=True)
    first_row: dict[str, tuple[int, tasks.CheckedTask]] = {}
    ready: list[ReadyRow] = []
    skipped: list[SkippedRow] = []
    for done, (number, task) in enumerate(parsed):
        if progress is not None and done % PROGRESS_ROWS == 0:
            progress(50 + done * 50 // len(parsed))
        key = task.import_key or ""
        try:
            checked = tasks.check_task(ctx, actor=actor, task=task, shared=shared)
        except DomainError as exc:
            if key in taken:  # a row of a task imported before, no longer acceptable as new (a day now too old…)
                ref = held[taken[key]]["ref"]
                skipped.append(SkippedRow(number, ref, reason=described(_held_code(held[taken[key]], key), ref=ref)))
            else:
                errors.append(RowError(number, reason(exc)))
            continue
        if key in taken:
            row = held[taken[key]]
            differs = differences(checked.fields, row, used)
            code = _held_code(row, key)
            words = described(f"{code}_differs", ref=row["ref"], differences=", ".join(differs)) \
                if differs else described(code, ref=row["ref"])
            skipped.append(SkippedRow(number, row["ref"], differences=differs, reason=words))
            continue
        if key in first_row:
            earlier, first = first_row[key]
            differs = differences(checked.fields, first.fields, used)
            if differs:
                errors.append(RowError(number, described("import_row_conflicts", row=earlier,
                                                         differences=", ".join(differs))))
            else:
                skipped.append(SkippedRow(number, "", same_as_row=earlier,
                                          reason=described("import_row_repeats", row=earlier)))
            continue
        first_row[key] = (number, checked)
        ready.append(ReadyRow(number, checked))
    errors.sort(key=lambda e: e.row)
    if progress is not None:
        progress(100)
    return ImportPreview(sheet=sheet, mapping=used, ready=tuple(ready), skipped=tuple(skipped), errors=tuple(errors),
                         columns=columns_of(sheet, used), notes=notes_of(sheet, used))


@writes
def confirm(ctx: AppContext, *, actor: Actor, preview: ImportPreview) -> ImportResult:
    """Give the rows the preview found good, all or none (the refused rows stay listed in the result)."""
    refs = tasks.add_tasks(ctx, actor=actor, tasks=[r.task for r in preview.ready]).value if preview.ready else []
    return ImportResult(refs=tuple(refs), skipped=preview.skipped, errors=preview.errors)


__all__ = ["ColumnUse", "ImportPreview", "ImportResult", "ReadyRow", "RowError", "SkippedRow", "confirm", "preview",
           "row_key"]
