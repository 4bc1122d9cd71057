"""The document register (sổ đăng ký văn bản): take a number, cancel one with its reason, read the register.

Who may (``domain/roles.py``, ``domain/register.py``, ``domain/access.py``):
- take numbers: the head, who signs the unit's documents, and the secretary, who keeps the register as the
  office's clerk (văn thư) does — the program has no separate clerk role;
- cancel: the head any number; the secretary only a number they took themselves (taken by mistake);
- read: the head, the leadership and the secretary; the administrator (no contents) and officials do not. To
  anyone else an entry does not exist.

The province keeps a register of its own (``domain/levels.py``): the numbers of its documents on a head's own
proposal (its invitations, minutes, decisions) are a sequence of the province's, kept under the province's code;
a province account reads that register, the unit's roles the unit's — never one the other's.

A service that issues a numbered document of its own (a meeting's minutes, a decision) calls
``storage.register_repo.allocate_entry`` inside its own ``@writes`` transaction after its own permission check;
``issue`` here is the standalone use (a notice, an invitation, a report that belongs to no record yet); ``number``
the same without the permission check, at a level's register, for a service that checked its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, at_level, can_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.levels import acting_level, body_code
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.domain.register import (
    UNIT_BODY,
    UNIT_HEAD_TITLE,
    UNIT_ISSUER,
    UNIT_SEQUENCE,
    Authority,
    DocType,
    Entry,
    EntryDraft,
    council_sequence,
    may_cancel,
    parse_authority,
    parse_doc_type,
    parse_reference,
)
from lamdong_desktop.domain.roles import Permission, permissions_of, require
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import accounts_repo, register_repo, staff_repo

from .accounts import author
from .changes import writes
from .context import AppContext

MIN_YEAR, MAX_YEAR = 1995, 2100


@dataclass(frozen=True)
class EntryView:
    """One line of the register as the signed-in person sees it."""

    entry: Entry
    issued_by_name: str  # who took the number (the account's full name)
    cancelled_by_name: str
    may_cancel: bool

    @property
    def id(self) -> str:
        return self.entry.id


def may_issue(actor: Actor) -> bool:
    """Whether ``actor`` may take numbers from the register (to offer the action)."""
    return Permission.ISSUE_DOCUMENT in permissions_of(actor.roles)


@writes
def issue(
    ctx: AppContext,
    *,
    actor: Actor,
    doc_type: DocType | str,
    title: str,
    issued_on: date | None = None,
    signer_person_id: str | None = None,
    signer_name: str = "",
    signer_title: str = "",
    authority: Authority | str = Authority.NONE,
    signer_body: str = "",
    head_title: str = "",
    issuer: str | None = None,
    council_id: str | None = None,
    subject_table: str | None = None,
    subject_id: str | None = None,
) -> Entry:
    """Take the next number for a document and record it in the register (its own transaction, or the caller's).

    ``signer_person_id`` names a person of the unit's staff: their name and position fill in ``signer_name`` and
    ``signer_title`` when those are empty. The unit's documents are issued as "UBND", signed for the "Ủy ban nhân
    dân" under its "Chủ tịch" unless told otherwise; a council's (``council_id``) need the council's own issuer
    abbreviation and numbering, and its own body and head title when the authority prints them.
    """
    require(actor.roles, Permission.ISSUE_DOCUMENT)
    return number(ctx, actor=actor, doc_type=doc_type, title=title, issued_on=issued_on,
                  signer_person_id=signer_person_id, signer_name=signer_name, signer_title=signer_title,
                  authority=authority, signer_body=signer_body, head_title=head_title, issuer=issuer,
                  council_id=council_id, subject_table=subject_table, subject_id=subject_id).value


@writes
def number(
    ctx: AppContext,
    *,
    actor: Actor,
    doc_type: DocType | str,
    title: str,
    issued_on: date | None = None,
    signer_person_id: str | None = None,
    signer_name: str = "",
    signer_title: str = "",
    authority: Authority | str = Authority.NONE,
    signer_body: str = "",
    head_title: str = "",
    issuer: str | None = None,
    council_id: str | None = None,
    subject_table: str | None = None,
    subject_id: str | None = None,
    level: MeetingLevel = MeetingLevel.UNIT,
) -> Entry:
    """``issue`` without its permission check, in the register of ``level`` (the unit's, or the province's: its
    signer a person of the province's roster): for a service that issues a document of its own after its own check,
    inside its transaction."""
    code = body_code(level, ctx.unit_code)
    if signer_person_id:
        try:
            person = staff_repo.people(ctx.db).get(signer_person_id)
        except NotFound:
            raise NotFound("person_not_found", id=signer_person_id) from None
        if person["unit_code"] != code:
            raise NotFound("person_not_found", id=signer_person_id)
        signer_name = signer_name or person["full_name"]
        signer_title = signer_title or person["position"] or ""
    chosen = parse_authority(authority)
    if council_id is not None:
        sequence_key = council_sequence(council_id)
        if not (issuer or "").strip():
            raise ValidationError("issuer_invalid", value="", maximum=20)
    else:
        sequence_key = UNIT_SEQUENCE
        signer_body = signer_body or (UNIT_BODY if chosen.on_behalf else "")
        head_title = head_title or (UNIT_HEAD_TITLE if chosen.head_prefix else "")
    draft = EntryDraft(
        doc_type=parse_doc_type(doc_type), title=title, issued_on=issued_on or clock.today(),
        signer_name=signer_name, signer_title=signer_title, authority=chosen, issuer=issuer or UNIT_ISSUER,
        sequence_key=sequence_key, signer_body=signer_body, head_title=head_title,
        signer_person_id=signer_person_id or None, subject_table=subject_table, subject_id=subject_id,
    )
    return register_repo.allocate_entry(ctx.db, draft, unit_code=code, author=author(actor))


@writes
def cancel(ctx: AppContext, *, actor: Actor, entry_id: str, reason: str,
           expected_version: int | None = None) -> Entry:
    """Cancel a number, with a reason (required): it stays in the register and is never issued again."""
    entry = get_entry(ctx, entry_id, actor=actor).entry
    if not may_cancel(actor.roles, took_it=entry.created_by == actor.user_id):
        raise PermissionDenied("permission_denied", permission=Permission.CANCEL_DOCUMENT.value)
    if entry.subject_table and entry.subject_id:
        # The number is printed on a record (a decision, minutes, an invitation) that stays issued and may be
        # signed: cancelling it here would leave that document citing a cancelled number.
        raise ValidationError("register_entry_in_use", reference=entry.reference)
    reason = " ".join(check_text(reason, field="reason", limit="reason", multiline=True).split())
    if not reason:
        raise ValidationError("reason_required")
    return register_repo.cancel_entry(ctx.db, entry.id, reason=reason, author=author(actor),
                                      expected_version=expected_version)


# ---------------------------------------------------------------------------------------------- reading


class _Names:
    """Full names of accounts by id, looked up once per call (a removed account keeps its name)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.known: dict[str, str] = {}

    def __call__(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        if user_id not in self.known:
            try:
                self.known[user_id] = accounts_repo.store(self.ctx.db).get(user_id, include_deleted=True)["full_name"]
            except NotFound:
                self.known[user_id] = user_id  # "system", or an account of another installation
        return self.known[user_id]


def _view(entry: Entry, actor: Actor, names: _Names) -> EntryView:
    return EntryView(
        entry=entry, issued_by_name=names(entry.created_by), cancelled_by_name=names(entry.cancelled_by),
        may_cancel=not entry.cancelled and may_cancel(actor.roles, took_it=entry.created_by == actor.user_id),
    )


def _register(ctx: AppContext, actor: Actor) -> str | None:
    """The code of the register ``actor`` reads (his level's: the unit's, or the province's), or None."""
    level = acting_level(actor.roles)
    if not can_read(actor.roles, RecordKind.REGISTER_ENTRY, at_level(level is MeetingLevel.PROVINCE)):
        return None
    return body_code(level, ctx.unit_code)


def get_entry(ctx: AppContext, entry_id: str, *, actor: Actor) -> EntryView:
    """One entry by its id, for a reader of the register; to anyone else it does not exist."""
    code = _register(ctx, actor)
    if code is None:
        raise NotFound("register_entry_not_found", id=entry_id)
    return _view(register_repo.get_entry(ctx.db, code, entry_id), actor, _Names(ctx))


def find_entry(ctx: AppContext, id_or_reference: str, *, actor: Actor, year: int | None = None) -> EntryView:
    """An entry by its id, or by its printed number ("07/QĐ-UBND") in ``year`` (default: this year)."""
    code = _register(ctx, actor)
    if code is None:
        raise NotFound("register_entry_not_found", id=id_or_reference)
    try:
        return get_entry(ctx, id_or_reference, actor=actor)
    except NotFound:
        pass
    try:
        number, doc_type, issuer = parse_reference(id_or_reference)
    except ValidationError:
        raise NotFound("register_entry_not_found", id=id_or_reference) from None
    year = _check_year(year) if year is not None else clock.today().year
    found = register_repo.find_by_number(ctx.db, code, year=year, doc_type=doc_type, issuer=issuer,
                                         number=number)
    if not found:
        raise NotFound("register_entry_not_found", id=f"{id_or_reference} ({year})")
    if len(found) > 1:
        raise DomainError("register_reference_ambiguous", value=found[0].reference, year=year, count=len(found))
    return _view(found[0], actor, _Names(ctx))


def _check_year(year: int) -> int:
    if isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("year_invalid", value=year, first=MIN_YEAR, last=MAX_YEAR)
    return year


def list_entries(ctx: AppContext, *, actor: Actor, year: int | None = None,
                 doc_type: DocType | str | None = None, council_id: str | None = None) -> list[EntryView]:
    """The register in its order (year, type, sequence, number), cancelled numbers included with their reason."""
    code = _register(ctx, actor)
    if code is None:
        raise PermissionDenied("permission_denied", permission=f"read.{RecordKind.REGISTER_ENTRY.value}")
    entries = register_repo.list_entries(
        ctx.db, code, year=_check_year(year) if year is not None else None,
        doc_type=parse_doc_type(doc_type) if doc_type is not None else None,
        sequence_key=council_sequence(council_id) if council_id is not None else None)
    names = _Names(ctx)
    return [_view(e, actor, names) for e in entries]


__all__ = ["EntryView", "cancel", "find_entry", "get_entry", "issue", "list_entries", "may_issue", "number"]
