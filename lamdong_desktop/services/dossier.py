"""The proposal dossier (hồ sơ đề xuất, domain brief §4): every document of one proposal, in the order they came.

``collect`` reads, for one reader of the proposal, what the dossier holds, each document as its own printing service
builds it (``printed.SOURCES``: the same filled value, the same document model, the same content digest as its
check line), each stored file as the attachment store keeps it (its SHA-256):

1. the plan: each version a submission sent that the plan no longer says, then the plan as it prints now, and the
   proposer's attached files;
2. the party committee's opinion on the plan (its record sheet, then its scanned letter);
3. each meeting that took the plan (its invitation, its minutes with the votes and scores, the signed minutes);
4. the decisions (approval, pilot, return, rejection), each followed by its signed scan;
5. the adjustments, the progress of the implementation with the evidence of each value, the result report;
6. the opinion on the result, the evaluation meetings, the evaluation's conclusion with the protection ruling.

A document the reader may not see (the minutes of a meeting he did not attend show only his item; a meeting that
has not started has no minutes yet) is left out, never half shown. ``dossier_print`` renders and records the whole;
``dossier_verify`` checks a printed dossier against what ``collect`` finds now; ``proposal show --json`` lists the
same documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from lamdong_desktop.documents.check import check_of, doc_type, number_of
from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.signing import digest_of_check
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError, NotFound
from lamdong_desktop.domain.meetings import Purpose, purpose_of
from lamdong_desktop.messages.dossier import (
    DRAFT_WORDS,
    OPINION_SUBJECT_WORDS,
    OPINION_WORDS,
    VERSION_WORDS,
    part_name,
)
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import audit, implementation_repo, meetings_repo, proposals_repo

from . import printed, proposals, review
from .context import AppContext
from .printing import SUBMITTING, audit_head_line

FILE = "file"  # the source of a stored file (its subject: the attachment's id)
DIGEST_PREFIX = "sha256:"


class PartKind(StrEnum):
    """What a document of the dossier is (its words: ``messages.dossier.KIND_WORDS``)."""

    PLAN_VERSION = "plan_version"
    PLAN = "plan"
    ATTACHMENT = "attachment"
    OPINION = "opinion"
    OPINION_SCAN = "opinion_scan"
    INVITATION = "invitation"
    MINUTES = "minutes"
    SIGNED_SCAN = "signed_scan"
    DECISION = "decision"
    NOTICE = "notice"
    ADJUSTMENT = "adjustment"
    PROGRESS = "progress"
    EVIDENCE = "evidence"
    REPORT = "report"
    EVALUATION = "evaluation"


# Documents that take no number from the register: named by the proposal's code.
BY_REFERENCE = frozenset({PartKind.PLAN_VERSION, PartKind.PLAN, PartKind.PROGRESS, PartKind.REPORT})


@dataclass(frozen=True)
class StoredFile:
    """A file of the attachment store that the dossier holds as it is (a signed scan, an evidence, a letter)."""

    attachment_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    path: Path


@dataclass(frozen=True)
class Part:
    """One document of the dossier: a printed form (``document``) or a stored file (``file``)."""

    kind: PartKind
    source: str  # a key of ``printed.SOURCES``, or FILE
    subject: str  # the record it is built from (a meeting's id …), or the attachment's id
    number: str  # "03/BB-UBND"; a file's name; "" when it has none
    day: date | None
    digest: str  # "sha256:…": a form's content digest (its check line's), a file's hash
    title: str = ""
    detail: str = ""  # "phiên bản 1, trình ngày 05/01/2026"
    document: Document | None = None
    file: StoredFile | None = None
    of: str = ""  # the key of the document a file belongs to (the minutes a signed scan signs …)

    @property
    def key(self) -> str:
        return f"{self.source}:{self.subject}"

    @property
    def name(self) -> str:
        """As people know it: "Biên bản họp số 03/BB-UBND"."""
        return part_name(self.kind.value, self.number, self.detail)

    @property
    def what(self) -> str:
        """What it is, without its number: "Biên bản họp", "Kế hoạch đề xuất (phiên bản 1, trình ngày …)"."""
        return part_name(self.kind.value, "", self.detail)

    @property
    def sha256(self) -> str:
        return self.digest.removeprefix(DIGEST_PREFIX)


@dataclass(frozen=True)
class Dossier:
    """What one reader's dossier of one proposal holds, read at one moment."""

    proposal_id: str
    ref: str
    title: str
    proposer: str
    proposer_position: str
    unit_code: str
    unit_name: str
    unit_short_name: str
    audit_seq: int | None  # the chain's head when read (what every page and the list print)
    audit_hash: str
    audit_line: str
    parts: tuple[Part, ...] = field(default_factory=tuple)


def collect(ctx: AppContext, proposal_id: str, *, actor: Actor) -> Dossier:
    """Every document of the proposal ``actor`` reads, in the dossier's order (see the module's docstring)."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    head = audit.head(ctx.db)
    return Dossier(
        proposal_id=proposal.id, ref=proposal.ref, title=proposal.summary.title,
        proposer=proposal.summary.author_name, proposer_position=proposal.author_position,
        unit_code=ctx.unit_code, unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name,
        audit_seq=head[0] if head else None, audit_hash=head[1] if head else "", audit_line=audit_head_line(ctx),
        parts=tuple(_Collector(ctx, actor).parts(proposal)))


class _Collector:
    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        self.ctx, self.actor = ctx, actor
        self.found: list[Part] = []
        self.files: set[str] = set()
        self.ref = ""

    def parts(self, proposal: proposals.Proposal) -> list[Part]:
        self.ref = proposal.ref
        own = proposals_repo.attachments_of(self.ctx.db, "proposals", proposal.id)
        opinions = review.party_opinions(self.ctx, proposal.id, actor=self.actor, stage=None)
        progress = implementation_repo.progress_of(self.ctx.db, proposal.id)
        cited = {o.attachment_id for o in opinions} | {r["evidence_id"] for r in progress}
        self._plan(proposal)
        plan = self.last
        for row in own:
            if row["id"] not in cited:
                self._file(PartKind.ATTACHMENT, row, of=plan)
        items = meetings_repo.items_of_proposal(self.ctx.db, proposal.id)
        meetings: dict[Purpose, list[str]] = {Purpose.APPROVAL: [], Purpose.EVALUATION: []}
        for item in items:
            ids = meetings[purpose_of(item.get("purpose"))]
            if item["meeting_id"] not in ids:
                ids.append(item["meeting_id"])
        self._opinions(opinions, review.APPROVAL_STAGE, own)
        for meeting_id in meetings[Purpose.APPROVAL]:
            self._meeting(meeting_id)
        for row in meetings_repo.decisions_of_proposal(self.ctx.db, proposal.id):
            decision = self._document(printed.DECISION, row["id"], PartKind.DECISION, _day(row["issued_on"]))
            if decision is not None:
                self._scan(row.get("scan_id"), of=decision)
        for row in implementation_repo.events_of(self.ctx.db, proposal.id, "adjustment"):
            if row["register_entry_id"]:
                adjusted = self._document(printed.ADJUSTMENT, row["id"], PartKind.ADJUSTMENT, _day(row["noted_on"]))
                if adjusted is not None:
                    self._scan(row.get("scan_id"), of=adjusted)
        started = implementation_repo.implementation_of(self.ctx.db, proposal.id)
        if started is not None:
            sheet = self._document(printed.PROGRESS, proposal.id, PartKind.PROGRESS, _day(started["started_on"]))
            if sheet is not None:
                by_id = {r["id"]: r for r in own}
                for update in progress:
                    if update["evidence_id"] in by_id:
                        self._file(PartKind.EVIDENCE, by_id[update["evidence_id"]], of=sheet)
        report = implementation_repo.report_of(self.ctx.db, proposal.id)
        if report is not None:
            reported = self._document(printed.REPORT, proposal.id, PartKind.REPORT, _day(report["reported_on"]))
            if reported is not None:
                self._scan(report.get("scan_id"), of=reported)
        self._opinions(opinions, review.EVALUATION_STAGE, own)
        for meeting_id in meetings[Purpose.EVALUATION]:
            self._meeting(meeting_id)
        for row in implementation_repo.evaluations_of(self.ctx.db, proposal.id):
            concluded = self._document(printed.EVALUATION, row["id"], PartKind.EVALUATION, _day(row["issued_on"]))
            if concluded is not None:
                self._scan(row.get("scan_id"), of=concluded)
        return self.found

    @property
    def last(self) -> Part | None:
        return self.found[-1] if self.found else None

    def _plan(self, proposal: proposals.Proposal) -> None:
        versions: list[Part] = []
        sent = {t["revision"]: t["created_at"] for t in proposals_repo.transitions_of(self.ctx.db, proposal.id)
                if t["action"] in SUBMITTING}
        for row in proposals_repo.revisions_of(self.ctx.db, proposal.id):
            if row["revision"] in sent:
                on = datetime.fromisoformat(sent[row["revision"]]).date()
                part = self._build(printed.PLAN_VERSION, row["id"], PartKind.PLAN_VERSION, on,
                                   detail=VERSION_WORDS.format(number=row["revision"], day=f"{on:%d/%m/%Y}"))
                if part is not None:
                    versions.append(part)
        current = self._build(printed.PLAN, proposal.id, PartKind.PLAN, None)
        # The version the plan still says is the plan itself: printed once.
        shown = [v for v in versions if current is None or v.digest != current.digest]
        self.found += shown + ([current] if current is not None else [])

    def _opinions(self, opinions: list[review.PartyOpinion], stage: str, own: list[dict[str, Any]]) -> None:
        by_id = {r["id"]: r for r in own}
        for opinion in opinions:
            if opinion.stage != stage:
                continue
            sheet = self._document(printed.OPINION, opinion.id, PartKind.OPINION, opinion.opinion_on,
                                   detail=OPINION_WORDS.format(subject=OPINION_SUBJECT_WORDS[stage],
                                                               day=f"{opinion.opinion_on:%d/%m/%Y}"))
            if sheet is not None and opinion.attachment_id in by_id:
                self._file(PartKind.OPINION_SCAN, by_id[opinion.attachment_id], of=sheet)

    def _meeting(self, meeting_id: str) -> None:
        row = meetings_repo.meetings(self.ctx.db).get(meeting_id)
        held = datetime.fromisoformat(row["starts_at"]).date()
        self._document(printed.INVITATION, meeting_id, PartKind.INVITATION, held)
        minutes = self._document(printed.MINUTES, meeting_id, PartKind.MINUTES, held)
        if minutes is not None:
            self._scan(row.get("minutes_scan_id"), of=minutes)

    def _document(self, source: str, subject: str, kind: PartKind, day: date | None, *,
                  detail: str = "") -> Part | None:
        part = self._build(source, subject, kind, day, detail=detail)
        if part is not None:
            self.found.append(part)
        return part

    def _build(self, source: str, subject: str, kind: PartKind, day: date | None, *, detail: str = "") -> Part | None:
        """The part ``source`` prints of ``subject`` for the reader, or None when it prints nothing for him."""
        try:
            _form, document = printed.document_of(self.ctx, source, subject, actor=self.actor)
        except DomainError:  # not his to read, or nothing to print yet (minutes before the attendance)
            return None
        if kind is PartKind.DECISION and doc_type(document) != "QĐ":
            kind = PartKind.NOTICE
        number = number_of(document)
        if not number and kind in BY_REFERENCE:  # the proposer's and the implementer's own: the proposal's code
            number = self.ref
        elif not number and kind in (PartKind.INVITATION, PartKind.MINUTES) and day is not None:
            detail = DRAFT_WORDS.format(day=f"{day:%d/%m/%Y}")
        return Part(kind=kind, source=source, subject=subject, number=number,
                    day=document.date or day, digest=digest_of_check(check_of(document)),
                    title=" ".join(document.summary), detail=detail, document=document)

    def _scan(self, attachment_id: str | None, *, of: Part) -> None:
        if not attachment_id:
            return
        try:
            row = proposals_repo.attachments(self.ctx.db).get(attachment_id)
        except NotFound:
            return
        self._file(PartKind.SIGNED_SCAN, row, of=of)

    def _file(self, kind: PartKind, row: dict[str, Any], *, of: Part | None) -> None:
        if row.get("deleted") or row.get("mistaken_reason") or row["id"] in self.files:
            return  # attached by mistake: evidence kept, but no part of the dossier
        self.files.add(row["id"])
        self.found.append(file_part(self.ctx, kind, row, of=of.key if of is not None else ""))


def file_part(ctx: AppContext, kind: PartKind, row: dict[str, Any], *, of: str = "") -> Part:
    """The part of a stored file: its name, the day it was attached, its recorded hash."""
    stored = StoredFile(attachment_id=row["id"], filename=row["filename"], media_type=row["media_type"] or "",
                        size=row["size"], sha256=row["sha256"], path=blobs.blob_path(ctx.paths, row["sha256"]))
    return Part(kind=kind, source=FILE, subject=row["id"], number=row["filename"],
                day=datetime.fromisoformat(row["created_at"]).date(), digest=DIGEST_PREFIX + row["sha256"],
                title=row["filename"], file=stored, of=of)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def documents(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[dict[str, Any]]:
    """The documents of the proposal as ``proposal show --json`` lists them: kind, number, date, digest."""
    return [{"kind": p.kind.value, "name": p.name, "number": p.number, "date": p.day.isoformat() if p.day else None,
             "digest": p.digest, "title": p.title} for p in collect(ctx, proposal_id, actor=actor).parts]


__all__ = ["FILE", "Dossier", "Part", "PartKind", "StoredFile", "collect", "documents", "file_part"]
