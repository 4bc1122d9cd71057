"""``lamdong verify --code``: is a paper copy genuine, and is it still the latest? (domain brief §6)

The code on the page (its QR's text, the line under it, or the 12 characters alone) names a recorded print
(``printed``). The answer, for a reader of the record printed:

- ``current``: a document with exactly this content was printed here, and the record still prints it;
- ``superseded``: it was printed, but the record changed since: the newest content is named (with its own code if
  it was printed too) and what changed is listed line by line;
- ``withdrawn``: it was printed, but the record no longer prints at all (e.g. the attendance was reset);
- ``altered``: the 12 characters are a print's, but the QR's other fields (type, number, record) are not its;
- ``unknown``: no print has this code here — the paper may have been altered, or come from another office.

Read rules: a code is printed on paper, so whoever holds the paper already knows the type, number and record it
names. Someone who may not read that record (domain/access.py) learns only what the paper itself claims to be
true: ``genuine`` (a document with this content exists here) or ``altered``/``unknown`` — never whether it is the
latest, nor a title, a date or a name. The code proves that a document with this content exists; the inspector
still compares the paper with it (``copy`` holds what the genuine page is: its title and check line).

"Still the latest" is judged as the printer saw the record (a proposer's minutes show his item only): the document
is built again for the account that printed it, and for the one asking.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from lamdong_desktop.documents.check import canonical_text, check_of
from lamdong_desktop.documents.model import Document
from lamdong_desktop.domain import check_code as codes
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied
from lamdong_desktop.storage import printed_repo

from .accounts import actor_for
from .context import AppContext
from .printed import SOURCES, PrintedCopy, copy_view, document_of

MAX_DIFFERENCES = 8  # lines of "what changed" shown; the rest is counted
MAX_LINE = 160


class Verdict(StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"
    GENUINE = "genuine"
    ALTERED = "altered"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CodeCheck:
    """The answer to one code. ``copy``, ``newest`` and ``differences`` are given to a reader of the record only."""

    verdict: Verdict
    code: str  # the 12 characters, grouped: "K3F9-Q2MX-7ABA"
    copy: PrintedCopy | None = None  # the print the code names
    newest: PrintedCopy | None = None  # superseded: the print of what the record says now, if it was printed
    differences: tuple[str, ...] = ()  # superseded: "- a line of the copy", "+ the line now"
    more_differences: int = 0  # lines of difference beyond those listed
    altered: tuple[str, ...] = ()  # altered, for a reader: which fields of the QR differ (doc_type, number, reference)
    reason: str = ""  # withdrawn: the error code of why the record no longer prints

    @property
    def genuine(self) -> bool:
        """A document with this content exists and (as far as the asker may know) stands."""
        return self.verdict in (Verdict.CURRENT, Verdict.GENUINE)


def _claimed_differs(copy: PrintedCopy, claimed: codes.CodeText | None) -> tuple[str, ...]:
    if claimed is None:
        return ()
    own = copy.qr.split(" ")
    fields = (("doc_type", claimed.doc_type, own[1]), ("number", claimed.number, own[2]),
              ("reference", claimed.reference, own[3]))
    return tuple(name for name, typed, recorded in fields if typed != recorded)


def _now(ctx: AppContext, copy: PrintedCopy, actor: Actor) -> Document | DomainError:
    """The document the record of ``copy`` prints now for ``actor``, or why it does not."""
    if copy.source not in SOURCES:  # printed by a newer program: this one cannot build it, so says no more
        return NotFound("printed_not_found", id=copy.id)
    try:
        return document_of(ctx, copy.source, copy.subject_id, actor=actor)[1]
    except DomainError as error:
        return error


def _differences(before: str, after: str) -> tuple[list[str], int]:
    old, new = before.split("\n"), after.split("\n")
    lines: list[str] = []
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            lines += [f"- {line}" for line in old[a1:a2]] + [f"+ {line}" for line in new[b1:b2]]
    shown = [line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…" for line in lines[:MAX_DIFFERENCES]]
    return shown, max(0, len(lines) - MAX_DIFFERENCES)


def check_code(ctx: AppContext, *, actor: Actor, text: str) -> CodeCheck:
    """What the database says of the code ``text`` (see the module's docstring); ``check_code_malformed``,
    ``check_code_typo`` or ``check_code_scheme`` when ``text`` is no code at all."""
    typed = codes.parse(text)
    code = codes.grouped(typed.code)
    rows = printed_repo.by_code(ctx.db, ctx.unit_code, typed.code)
    if not rows:
        return CodeCheck(Verdict.UNKNOWN, code)
    copies = [copy_view(row) for row in rows]
    # 55 bits: two contents with one code are not expected; if they come, the one the QR's fields name wins.
    copy = next((c for c in copies if not _claimed_differs(c, typed.claimed)), copies[0])
    printer = rows[copies.index(copy)]["printed_by"]
    altered = _claimed_differs(copy, typed.claimed)
    seen = _now(ctx, copy, actor)
    if isinstance(seen, NotFound | PermissionDenied):  # not a reader: what the paper claims, and no more
        return CodeCheck(Verdict.ALTERED if altered else Verdict.GENUINE, code)
    if altered:
        return CodeCheck(Verdict.ALTERED, code, copy=copy, altered=altered)
    if isinstance(seen, DomainError):
        return CodeCheck(Verdict.WITHDRAWN, code, copy=copy, reason=seen.code)
    if check_of(seen).digest == copy.digest:
        return CodeCheck(Verdict.CURRENT, code, copy=copy)
    now = seen
    if printer and printer != actor.user_id:
        try:
            theirs = _now(ctx, copy, actor_for(ctx, printer))
        except NotFound:  # the account that printed it is gone: the asker's view is all there is
            theirs = seen
        if isinstance(theirs, Document):
            if check_of(theirs).digest == copy.digest:
                return CodeCheck(Verdict.CURRENT, code, copy=copy)
            now = theirs
    digest = check_of(now).digest
    newest = next((copy_view(row) for row in printed_repo.of_subject(ctx.db, copy.source, copy.subject_table,
                                                                     copy.subject_id)
                   if row["content_sha256"] == digest), None)
    original = rows[copies.index(copy)]["content_text"]
    differences, more = _differences(original, canonical_text(now))
    return CodeCheck(Verdict.SUPERSEDED, code, copy=copy, newest=newest, differences=tuple(differences),
                     more_differences=more)


__all__ = ["CodeCheck", "Verdict", "check_code"]
