"""Decisions after a meeting (ND 73/2023/NĐ-CP Đ8.2): approve, approve as a pilot, return, reject — always written.

``decide`` is one transaction: the number from the register (QĐ for an approval or a pilot, TB — a Thông báo kết
luận — for a return or a rejection), the decision's row, and the proposal's transition with the facts the record
shows (the party committee's opinion, the vote complete, passed by the rule or overridden in writing, the decision
issued). It follows the meeting: the meeting closed and its minutes numbered, which the decision cites (an open
meeting is refused with ``meeting_not_closed``, ``domain.meetings.refusal``). Anything refused rolls all of it back:
no number taken, no row, no change of state. Only the head decides; the secretary or the head attaches the signed
scan, after which the decision is locked. On a head's own proposal the province decides, after its own meeting,
under its own body and number (``services/levels.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.levels import acting_level
from lamdong_desktop.domain.lifecycle import Facts, Party, check_transition
from lamdong_desktop.domain.meetings import (
    MeetingKind,
    MeetingLevel,
    MeetingState,
    Outcome,
    Purpose,
    Step,
    parse_outcome,
    purpose_of,
)
from lamdong_desktop.domain.opinions import Stance, stance_of
from lamdong_desktop.domain.proposals import ProposalContent, Section
from lamdong_desktop.domain.register import Authority, DocType, parse_authority, signing_title
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages import AUDIT_HEAD_LINE
from lamdong_desktop.messages.sessions import decision_title
from lamdong_desktop.storage import meetings_repo, proposals_repo, register_repo, staff_repo

from . import proposals, register, review, signed_scans
from .accounts import author
from .changes import writes
from .context import AppContext
from .integrity import current_head
from .levels import body, refuse_own, register_code
from .meeting_base import (
    ItemView,
    announce_items,
    check_now,
    is_head,
    load,
    may_record,
    reads_whole,
    require_head,
    store_tally,
)
from .meeting_records import find_item
from .minutes import OverrideData, PersonLine, ProposalLine, override_of


@dataclass(frozen=True)
class DecisionView:
    id: str
    proposal_id: str
    proposal_ref: str
    proposal_title: str
    meeting_id: str
    outcome: Outcome
    doc_type: DocType
    reference: str  # "05/QĐ-UBND", "02/TB-UBND"
    number: int
    year: int
    title: str  # trích yếu
    reasons: str
    issued_on: date
    signer_name: str
    signer_title: str
    authority: Authority
    signer_lines: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    overridden: bool  # approved in writing by the head after a failed vote
    scan_id: str | None
    locked: bool  # the signed scan is attached ("Đã ký")
    version: int
    digital_signatures: tuple[signed_scans.DigitalSignature, ...] = ()  # the attached PDF's, if digitally signed


def _level(ctx: AppContext, row: dict[str, Any]) -> MeetingLevel:
    """The level of the meeting a decision followed: whose body issued it, and whose register numbered it."""
    return MeetingLevel(meetings_repo.meetings(ctx.db).get(row["meeting_id"])["level"])


def _view(ctx: AppContext, row: dict[str, Any]) -> DecisionView:
    entry = register_repo.get_entry(ctx.db, register_code(ctx, _level(ctx, row)), row["register_entry_id"])
    proposal = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
    item = meetings_repo.item(ctx.db, row["meeting_id"], row["proposal_id"])
    return DecisionView(
        id=row["id"], proposal_id=row["proposal_id"], proposal_ref=proposal["ref"], proposal_title=proposal["title"],
        meeting_id=row["meeting_id"], outcome=Outcome(row["outcome"]), doc_type=entry.doc_type,
        reference=entry.reference, number=entry.number, year=entry.year, title=row["title"],
        reasons=row["reasons"] or "", issued_on=date.fromisoformat(row["issued_on"]), signer_name=entry.signer_name,
        signer_title=entry.signer_title, authority=entry.authority, signer_lines=entry.signer_lines,
        # The head's written approval after a failed vote stands behind an approval only (a refusal after it stands
        # on the party committee's disagreement, which its notice states).
        overridden=bool(item and item["override_reason"]) and Outcome(row["outcome"]).doc_type is DocType.DECISION,
        scan_id=row["scan_id"], locked=bool(row["locked"]),
        version=row["version"], digital_signatures=signed_scans.signatures_of(ctx, row["scan_id"]))


def open_meeting(ctx: AppContext, proposal_id: str, meeting_id: str | None = None, *, ref: str = "") -> str:
    """The meeting whose item of the proposal waits for a decision: ``meeting_id`` if the proposal is on its agenda,
    else the proposal's latest meeting that was not adjourned and has no decision on it yet."""
    for row in reversed(meetings_repo.items_of_proposal(ctx.db, proposal_id)):
        if meeting_id is not None and row["meeting_id"] != meeting_id:
            continue
        if purpose_of(row.get("purpose")) is not Purpose.APPROVAL:
            continue  # an evaluation of the result: concluded by services/evaluations
        meeting = meetings_repo.meetings(ctx.db).get(row["meeting_id"])
        if meeting["state"] == MeetingState.ADJOURNED.value and meeting_id is None:
            continue
        if meetings_repo.decision_for(ctx.db, row["meeting_id"], proposal_id) and meeting_id is None:
            continue
        return str(row["meeting_id"])
    raise NotFound("item_not_scheduled", ref=ref or proposal_id)  # named as people know it: DX-2026-013


def signer_of(ctx: AppContext, person_id: str | None, name: str, title: str,
              level: MeetingLevel = MeetingLevel.UNIT) -> tuple[str | None, str, str]:
    """The signer named by ``person_id`` (a person of the unit's staff, or of the province's roster at ``level``)."""
    if not person_id:
        return None, name, title
    try:
        person = staff_repo.people(ctx.db).get(person_id)
    except NotFound:
        raise NotFound("person_not_found", id=person_id) from None
    if person["unit_code"] != register_code(ctx, level):  # the unit's staff, or the province's roster
        raise NotFound("person_not_found", id=person_id)
    return person["id"], name or person["full_name"], title or signing_title(person["position"] or "")


@writes
def decide(ctx: AppContext, *, actor: Actor, proposal_id: str, outcome: Outcome | str, meeting_id: str | None = None,
           signer_person_id: str | None = None, signer_name: str = "", signer_title: str = "",
           authority: Authority | str = Authority.ON_BEHALF, signer_body: str = "", head_title: str = "",
           title: str = "", reasons: str = "", issued_on: date | None = None) -> DecisionView:
    """The head's written decision on a proposal put to a meeting, numbered from the register, in one transaction.

    ``authority``: TM. (default: "TM. ỦY BAN NHÂN DÂN" / the signer's title), KT., Q. … with ``head_title``.
    A return or a rejection needs its reasons; an approval the party committee's opinion and a vote passed (or
    the head's written override after a failed one). Refused: nothing is numbered, recorded or moved.
    """
    require_head(actor, "decide", acting_level(actor.roles))  # the level's own check follows, on its meeting
    chosen = parse_outcome(outcome)
    reasons = check_text(reasons, field="decision_reasons", limit="justification", multiline=True).strip()
    if chosen.needs_reasons and not reasons:
        raise ValidationError("reason_required")
    parse_authority(authority)
    with ctx.db.atomic():
        proposal = proposals.get(ctx, proposal_id, actor=actor)
        refuse_own(proposal, actor)  # the head's own proposal: the province decides it
        meeting = load(ctx, open_meeting(ctx, proposal.id, meeting_id, ref=proposal.ref))
        require_head(actor, "decide", meeting.level)
        item = find_item(meeting, proposal.id)
        if not item.outcome.complete and meeting.state is not MeetingState.ADJOURNED:
            # Every outcome needs the vote taken and complete (ND 73/2023 Đ8.1): the approvals' guards in the
            # lifecycle table only ask for a passed vote, which an incomplete count may seem to be. Said before
            # the close below: while the meeting is open the vote can still be completed.
            raise ValidationError("vote_not_completed", action=chosen.action.value)
        check_now(meeting, Step.DECIDE)  # the decision cites the minutes, numbered when the meeting closed
        store_tally(ctx, actor, meeting)
        existing = meetings_repo.decision_for(ctx.db, meeting.id, proposal.id)
        if existing:
            raise ValidationError("decision_exists", ref=proposal.ref, reference=_view(ctx, existing).reference)
        day = issued_on or clock.today()
        if day < meeting.held_on:
            raise ValidationError("decision_before_meeting", value=f"{day:%d/%m/%Y}",
                                  held_on=f"{meeting.held_on:%d/%m/%Y}")
        person_id, name, position = signer_of(ctx, signer_person_id, signer_name, signer_title, meeting.level)
        summary = (check_text(title, field="decision_title", limit="title")
                   or decision_title(chosen, proposal.summary.title))
        row = meetings_repo.decisions(ctx.db).insert(
            {"proposal_id": proposal.id, "meeting_id": meeting.id, "outcome": chosen.value,
             "doc_type": chosen.doc_type.value, "register_entry_id": None, "title": summary, "reasons": reasons or None,
             "issued_on": day.isoformat(), "signer_person_id": person_id, "signer_name": name or actor.full_name,
             "signer_title": position, "authority": parse_authority(authority).value, "scan_id": None, "locked": 0},
            author=author(actor), summary=f"Văn bản về {proposal.ref}: {summary}")
        entry = register.number(ctx, actor=actor, doc_type=chosen.doc_type, title=summary, issued_on=day,
                                signer_person_id=person_id, signer_name=name, signer_title=position,
                                authority=authority, signer_body=signer_body, head_title=head_title,
                                subject_table="decisions", subject_id=row["id"], level=meeting.level).value
        meetings_repo.decisions(ctx.db).update(
            row["id"], {"register_entry_id": entry.id, "signer_name": entry.signer_name,
                        "signer_title": entry.signer_title},
            author=author(actor), summary=f"Số {entry.reference}: {summary}")
        proposals.apply_transition(ctx, actor, proposal.id, chosen.action, reason=reasons,
                                   facts=_facts(ctx, proposal.id, item, reasons))
        decided = meetings_repo.decisions(ctx.db).get(row["id"])
    return _view(ctx, decided)


def _facts(ctx: AppContext, proposal_id: str, item: ItemView, reasons: str) -> Facts:
    """What the record shows for the decision's guards (the decision itself being issued with it)."""
    return Facts(reason=reasons, party_opinion=review.has_party_opinion(ctx, proposal_id),
                 party_disagrees=review.party_disagrees(ctx, proposal_id), quorum_met=item.outcome.quorum,
                 vote_completed=item.outcome.complete, vote_passed=item.vote_passed, decision_issued=True)


def refused_outcomes(ctx: AppContext, *, actor: Actor, proposal_id: str, meeting_id: str) -> dict[Outcome, str]:
    """The outcomes the lifecycle's guards refuse now, each with its error code (for the decision dialog to
    disable them and say why): the same facts and table as ``decide``, the reasons taken as given."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    item = find_item(load(ctx, meeting_id), proposal.id)
    facts = _facts(ctx, proposal.id, item, "…")
    refused: dict[Outcome, str] = {}
    for outcome in Outcome:
        try:
            check_transition(outcome.action, proposal.state, frozenset({Party.RECIPIENT}), facts=facts)
        except (ValidationError, PermissionDenied) as error:
            refused[outcome] = error.code
    return refused


@writes
def attach_signed(ctx: AppContext, *, actor: Actor, decision_id: str, path: str | Path) -> DecisionView:
    """The secretary (or the head) attaches the signed decision or notice — the scan of the paper, or the PDF signed
    digitally: it shows "Đã ký" and is locked (a change needs a new, numbered document)."""

    def check() -> signed_scans.Signable:
        view = get(ctx, decision_id, actor=actor)
        meeting = load(ctx, view.meeting_id)
        if not (is_head(actor, meeting.level) or may_record(meeting, actor)):
            raise PermissionDenied("permission_denied", permission="decision.sign")
        if view.locked:
            raise ValidationError("decision_locked", reference=view.reference)
        return signed_scans.Signable("decisions", view.id, f"văn bản số {view.reference}", meetings_repo.decisions,
                                     lambda: signed_scans.decision_document(ctx, view.id, actor))

    signed = signed_scans.attach_signed(ctx, actor, path, check, after=lambda target: announce_items(
        ctx, meetings_repo.decisions(ctx.db).get(target.record_id)["meeting_id"]))
    return get(ctx, signed.record_id, actor=actor)


def export_scan(ctx: AppContext, *, actor: Actor, decision_id: str, folder: str | Path) -> Path:
    """Copy the signed decision or notice out (to open it with the system viewer), for its reader."""
    return signed_scans.export_signed(ctx, get(ctx, decision_id, actor=actor).scan_id, folder)


# ---------------------------------------------------------------------------------------------- reading


def _readable(ctx: AppContext, row: dict[str, Any], actor: Actor) -> bool:
    """Under the proposal's rule (its proposer reads it), or as a reader of the whole meeting."""
    try:
        proposals.get(ctx, row["proposal_id"], actor=actor, kind=RecordKind.DECISION)
        return True
    except NotFound:
        return reads_whole(load(ctx, row["meeting_id"]), actor)


def get(ctx: AppContext, decision: str, *, actor: Actor) -> DecisionView:
    """A decision by its id, or by its number as printed ("05/QĐ-UBND", this year's, of the reader's own level: the
    unit and the province number alike), for one who may read it."""
    rows = [r for r in meetings_repo.list_decisions(ctx.db, ctx.unit_code) if r["id"] == decision.strip()]
    if not rows:
        rows = [r for r in meetings_repo.list_decisions(ctx.db, ctx.unit_code)
                if _view(ctx, r).reference == decision.strip() and _view(ctx, r).year == clock.today().year
                and _level(ctx, r) is acting_level(actor.roles)]
    if not rows or not _readable(ctx, rows[0], actor):
        raise NotFound("decision_not_found", id=decision)
    return _view(ctx, rows[0])


def list_decisions(ctx: AppContext, *, actor: Actor, proposal_id: str | None = None) -> list[DecisionView]:
    """The decisions ``actor`` may read, newest first (of one proposal when ``proposal_id`` is given)."""
    rows = meetings_repo.list_decisions(ctx.db, ctx.unit_code)
    return [_view(ctx, r) for r in rows
            if (proposal_id is None or r["proposal_id"] == proposal_id) and _readable(ctx, r, actor)]


# ------------------------------------------------------------------------------------ the printed document


@dataclass(frozen=True)
class MeetingLine:
    id: str
    kind: MeetingKind
    title: str
    held_on: date
    minutes_reference: str  # "01/BB-HĐĐG"; "" before the minutes are numbered


@dataclass(frozen=True)
class PartyOpinionLine:
    body: str  # "Đảng ủy xã Di Linh"
    given_on: date
    text: str
    agrees: bool  # the committee's stance (ND 73/2023 Đ8.1)


@dataclass(frozen=True)
class VoteLine:
    present: int
    voting: int
    in_favour: int
    against: int
    abstaining: int
    result: str | None  # "passed" | "failed" | "no_quorum"; None while incomplete


@dataclass(frozen=True)
class DecisionData:
    """Everything a printed Quyết định (approve, pilot) or Thông báo kết luận (return, reject) needs."""

    decision_id: str
    unit_name: str
    unit_short_name: str  # the place in the date line: "Di Linh, ngày …"
    outcome: Outcome
    doc_type: str  # "QĐ" | "TB"
    number: int
    reference: str  # "05/QĐ-UBND"
    issuer_code: str
    issued_on: date
    title: str
    proposal: ProposalLine
    scope: str  # the plan's scope and subjects (Phạm vi, đối tượng)
    period: str  # the plan's implementation period (Thời gian thực hiện)
    solution: str  # the plan's content and tasks (Nội dung, nhiệm vụ, giải pháp)
    reasons: tuple[str, ...]  # paragraphs: why returned or rejected (or the grounds of an approval)
    signer: PersonLine
    signer_lines: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    meeting: MeetingLine
    vote: VoteLine
    override: OverrideData | None
    party_opinion: PartyOpinionLine | None
    received_on: date | None
    signed: bool
    audit_head: str


def decision_data(ctx: AppContext, decision: str, *, actor: Actor) -> DecisionData:
    """The values of the printed decision or notice ``decision`` (id or number), for one who may read it."""
    view = get(ctx, decision, actor=actor)
    proposal = proposals_repo.proposals(ctx.db).get(view.proposal_id, include_deleted=True)
    content = ProposalContent.from_json(json.loads(proposal["content"]))
    meeting = load(ctx, view.meeting_id)
    item = find_item(meeting, view.proposal_id)
    entry = (register_repo.get_entry(ctx.db, register_code(ctx, meeting.level), meeting.minutes_entry_id)
             if meeting.minutes_entry_id else None)
    opinions = proposals_repo.party_opinions_of(ctx.db, view.proposal_id, review.APPROVAL_STAGE)
    receipt = proposals_repo.latest_receipt(ctx.db, view.proposal_id)
    o = item.outcome
    unit = body(ctx, meeting.level)  # the issuing body: the unit, or the province for a province-level decision
    head_seq = current_head(ctx)
    override = override_of(ctx, meeting, item)
    return DecisionData(
        decision_id=view.id, unit_name=unit.name, unit_short_name=unit.short_name, outcome=view.outcome,
        doc_type=view.doc_type.abbreviation, number=view.number, reference=view.reference,
        issuer_code=view.reference.split("-", 1)[1], issued_on=view.issued_on, title=view.title,
        proposal=ProposalLine(view.proposal_id, proposal["ref"], proposal["title"],
                              PersonLine(proposal["author_name"] or "", proposal["author_position"] or "")),
        scope=content.sections.get(Section.SCOPE, ""), period=content.sections.get(Section.TIMELINE, ""),
        solution=content.sections.get(Section.SOLUTION, ""),
        reasons=tuple(p.strip() for p in view.reasons.splitlines() if p.strip()),
        signer=PersonLine(view.signer_name, view.signer_title), signer_lines=view.signer_lines,
        meeting=MeetingLine(meeting.id, meeting.kind, meeting.title, meeting.held_on, entry.reference if entry else ""),
        vote=VoteLine(o.present, o.voting, o.in_favour, o.against, o.abstained,
                      o.status.value if o.complete or not o.quorum else None),
        override=override,
        party_opinion=PartyOpinionLine(opinions[-1]["body"], date.fromisoformat(opinions[-1]["opinion_on"]),
                                       opinions[-1]["text"], stance_of(opinions[-1].get("stance")) is Stance.AGREE)
        if opinions else None,
        received_on=date.fromisoformat(receipt["received_on"]) if receipt else None, signed=view.locked,
        audit_head=AUDIT_HEAD_LINE.format(seq=head_seq[0], short_hash=head_seq[1]) if head_seq else "")


__all__ = ["DecisionData", "DecisionView", "MeetingLine", "PartyOpinionLine", "VoteLine", "attach_signed", "decide",
           "decision_data", "export_scan", "get", "list_decisions", "open_meeting", "refused_outcomes"]
