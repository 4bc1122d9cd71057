"""The official's record (hồ sơ cán bộ, seed IV.2): for one person of the unit's staff, every proposal he proposed
(as its author or a co-proposer) or carried out (as an implementer), with its state, the decision on it, the result
class and protection ruling of its evaluation, and the commendations given for it (``commendations``).

Read rule (``domain/access.py``, ``RecordKind.OFFICIAL_RECORD``): a personnel record — the person himself (through
the account linked to him), and the unit's head and secretary; to anyone else a refusal. The record is read whole
from the database under that rule, not proposal by proposal under each proposal's own: the person's own standing in
a proposal (a co-proposer named in a colleague's plan) is part of his record once the plan was submitted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lamdong_desktop.domain.access import RecordKind, Standing, require_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.implementation import Ending
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingLevel, Outcome
from lamdong_desktop.domain.official_record import CommendationKind, RecordRole, record_roles, suggested
from lamdong_desktop.domain.protection import Evaluation, ResultClass, Ruling
from lamdong_desktop.domain.text import fold
from lamdong_desktop.storage import accounts_repo, meetings_repo, register_repo, staff_repo
from lamdong_desktop.storage import implementation_repo as work_repo
from lamdong_desktop.storage import official_records_repo as repo

from .context import AppContext
from .levels import register_code


@dataclass(frozen=True)
class PersonRef:
    id: str
    full_name: str
    position: str
    party_org_name: str
    account_id: str | None


@dataclass(frozen=True)
class DocumentRef:
    """A numbered document on the proposal: its number as printed and its date."""

    reference: str  # "01/QĐ-UBND"
    issued_on: date


@dataclass(frozen=True)
class CommendationView:
    id: str
    proposal_id: str
    person_id: str
    full_name: str
    position: str
    kind: CommendationKind
    form: str  # "Giấy khen của Chủ tịch UBND xã"
    reference: str  # the decision that gave it, as issued: "25/QĐ-UBND"
    decided_on: date
    recorder_name: str


@dataclass(frozen=True)
class RecordEntry:
    """One proposal of a person's record, as the record shows it."""

    proposal_id: str
    ref: str
    title: str
    year: int
    roles: tuple[RecordRole, ...]
    state: State
    author_name: str
    submitted_on: date | None
    outcome: Outcome | None  # the latest decision on the plan (approve, pilot, return, reject)
    decision: DocumentRef | None
    started_on: date | None
    ended_on: date | None
    ending: Ending | None
    reached: int | None  # indicators reached, as reported (None: not reported)
    indicators: int
    result: ResultClass | None  # the evaluators' result class
    ruling: Ruling | None
    evaluation: DocumentRef | None  # the conclusion (Thông báo kết luận đánh giá)
    evaluation_id: str | None
    commendations: tuple[CommendationView, ...]  # given to this person for this proposal

    @property
    def eligible(self) -> bool:
        """Completed with full protection: eligible for commendation and an early salary raise (ND 73 Đ11)."""
        return suggested(self.ruling)


@dataclass(frozen=True)
class OfficialRecord:
    person: PersonRef
    entries: tuple[RecordEntry, ...]
    may_commend: bool  # the reader is the head, who records the commendations given

    def count(self, role: RecordRole) -> int:
        return sum(1 for e in self.entries if role in e.roles)

    @property
    def proposed(self) -> int:
        return sum(1 for e in self.entries if {RecordRole.AUTHOR, RecordRole.CO_PROPOSER} & set(e.roles))

    @property
    def evaluated(self) -> int:
        return sum(1 for e in self.entries if e.ruling is not None)

    @property
    def completed(self) -> int:
        return sum(1 for e in self.entries if e.result is ResultClass.COMPLETED)

    @property
    def flagged(self) -> int:
        return sum(1 for e in self.entries if e.ruling is not None and e.ruling.flagged)

    @property
    def commended(self) -> int:
        return sum(len(e.commendations) for e in self.entries)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def commendation_view(row: dict[str, Any]) -> CommendationView:
    return CommendationView(
        id=row["id"], proposal_id=row["proposal_id"], person_id=row["person_id"], full_name=row["full_name"],
        position=row["position"] or "", kind=CommendationKind(row["kind"]), form=row["form"],
        reference=row["reference"], decided_on=date.fromisoformat(row["decided_on"]),
        recorder_name=row["recorder_name"] or "")


def person_ref(ctx: AppContext, person_id: str) -> PersonRef:
    """A person of the unit's staff (the province's roster has no record here)."""
    try:
        row = staff_repo.people(ctx.db).get(person_id)
    except NotFound:
        raise NotFound("person_not_found", id=person_id) from None
    if row["unit_code"] != ctx.unit_code:
        raise NotFound("person_not_found", id=person_id)
    org = ""
    if row["party_org_id"]:
        try:
            org = staff_repo.party_orgs(ctx.db).get(row["party_org_id"])["name"]
        except NotFound:
            org = ""
    return PersonRef(row["id"], row["full_name"], row["position"] or "", org, row.get("account_id"))


def require_record(ctx: AppContext, person: PersonRef, actor: Actor) -> None:
    """Refuse ``actor`` unless the record of ``person`` is his own or he keeps the unit's personnel files."""
    own = person.account_id is not None and person.account_id == actor.user_id
    require_read(actor.roles, RecordKind.OFFICIAL_RECORD, Standing(is_subject=own))


def own_person(ctx: AppContext, actor: Actor) -> str | None:
    """The person of the unit's staff linked to ``actor``'s account, if any (his own record)."""
    row = staff_repo.person_for_account(ctx.db, actor.user_id)
    return row["id"] if row and row["unit_code"] == ctx.unit_code else None


def find_person(ctx: AppContext, text: str, *, actor: Actor) -> str:
    """A person by id, full name (with or without accents) or the user name of his account; "" is ``actor`` himself.

    Looked up among the unit's staff without listing them (an official may ask for his own record only: the name he
    types resolves, and ``get`` then decides)."""
    key = (text or "").strip()
    if not key:
        mine = own_person(ctx, actor)
        if mine is None:
            raise NotFound("person_not_linked", username=actor.username)
        return mine
    rows = staff_repo.list_people(ctx.db, ctx.unit_code)
    found = [r["id"] for r in rows if r["id"] == key] or [r["id"] for r in rows if fold(r["full_name"]) == fold(key)]
    if not found:
        account = accounts_repo.by_username(ctx.db, key.lower())
        found = [r["id"] for r in rows if account and r.get("account_id") == account["id"]]
    if len(found) > 1:
        raise ValidationError("person_name_ambiguous", name=key, count=len(found))
    if not found:
        raise NotFound("person_name_unknown", name=key)
    return str(found[0])


def latest_document(ctx: AppContext, rows: list[dict[str, Any]]) -> tuple[DocumentRef | None, dict[str, Any] | None]:
    """The number and date of the latest numbered row of ``rows`` (decisions or evaluations), and the row."""
    rows = [r for r in rows if r.get("register_entry_id")]
    if not rows:
        return None, None
    row = rows[-1]
    level = MeetingLevel(meetings_repo.meetings(ctx.db).get(row["meeting_id"])["level"])
    entry = register_repo.get_entry(ctx.db, register_code(ctx, level), row["register_entry_id"])
    return DocumentRef(entry.reference, date.fromisoformat(row["issued_on"])), row


def entry_of(ctx: AppContext, row: dict[str, Any], roles: tuple[RecordRole, ...],
             commendations: tuple[CommendationView, ...]) -> RecordEntry:
    """One proposal of a record from its row (``official_records_repo``)."""
    decision, decision_row = latest_document(ctx, meetings_repo.decisions_of_proposal(ctx.db, row["id"]))
    evaluation, evaluation_row = latest_document(ctx, work_repo.evaluations_of(ctx.db, row["id"]))
    work = work_repo.implementation_of(ctx.db, row["id"])
    report = work_repo.report_of(ctx.db, row["id"])
    results = json.loads(report["results"]) if report else []
    findings = Evaluation.from_json(json.loads(evaluation_row["findings"])) if evaluation_row else None
    return RecordEntry(
        proposal_id=row["id"], ref=row["ref"], title=row["title"], year=row["year"], roles=roles,
        state=State(row["state"]), author_name=row["author_name"] or "",
        submitted_on=datetime.fromisoformat(row["first_submitted_at"]).date() if row["first_submitted_at"] else None,
        outcome=Outcome(decision_row["outcome"]) if decision_row else None, decision=decision,
        started_on=_day(work["started_on"]) if work else None, ended_on=_day(work["ended_on"]) if work else None,
        ending=Ending(work["ended_how"]) if work and work["ended_how"] else None,
        reached=sum(1 for r in results if r["status"] == "reached") if report else None, indicators=len(results),
        result=findings.result if findings else None,
        ruling=Ruling.from_json(json.loads(evaluation_row["ruling"])) if evaluation_row else None,
        evaluation=evaluation, evaluation_id=evaluation_row["id"] if evaluation_row else None,
        commendations=commendations)


def get(ctx: AppContext, person_id: str, *, actor: Actor) -> OfficialRecord:
    """The record of a person of the unit's staff, for one who may read it (PermissionDenied otherwise)."""
    person = person_ref(ctx, person_id)
    require_record(ctx, person, actor)
    given: dict[str, list[CommendationView]] = {}
    for row in repo.commendations_of_person(ctx.db, person.id):
        given.setdefault(row["proposal_id"], []).append(commendation_view(row))
    entries = []
    for row in repo.proposals_of_person(ctx.db, ctx.unit_code, person.id, person.account_id):
        roles = record_roles(authored=bool(row["authored"]), named_proposer=bool(row["named_proposer"]),
                             implementer=bool(row["implementer"]))
        entries.append(entry_of(ctx, row, roles, tuple(given.get(row["id"], ()))))
    from .commendations import may_commend

    return OfficialRecord(person=person, entries=tuple(entries), may_commend=may_commend(actor))


__all__ = ["CommendationView", "DocumentRef", "OfficialRecord", "PersonRef", "RecordEntry", "commendation_view",
           "entry_of", "find_person", "get", "latest_document", "own_person", "person_ref", "require_record"]
