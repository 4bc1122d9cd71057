"""Before the meeting: the head receives a submitted proposal, and the party committee gives its opinion.

ND 73/2023/NĐ-CP Điều 8 khoản 1: within 07 working days of receiving a proposal, the head puts it to the
leadership collective, after the opinion of the party committee of the same level. Receiving records the
date of receipt and the due date of the meeting (working days from the unit's calendar, corrections
included); the opinion is a guard of the decision (``Guard.PARTY_OPINION``).

A head's own proposal goes to the province (ND 73/2023 Đ7.1): the province receives it, on the same 07-working-day
limit, and records the opinion of the party committee of its own level; the head is refused with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import check_date
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Action, Party, Recipient, State
from lamdong_desktop.domain.opinions import Stance, disagrees, parse_stance, stance_of
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages.lifecycle import STANCE_WORDS
from lamdong_desktop.storage import implementation_repo, proposals_repo

from . import calendar, proposals
from .accounts import author
from .changes import writes
from .context import AppContext
from .levels import refuse_own

MEETING_WITHIN_WORKING_DAYS = 7  # ND 73/2023 Đ8.1: "trong thời hạn 07 ngày làm việc"
APPROVAL_STAGE = "approval"  # the opinion before the decision
EVALUATION_STAGE = "evaluation"  # the opinion on the reported result, before its evaluation (ND 73/2023 Đ11)
# The party committee gives its opinion on a proposal the head has received, before the decision; and again on its
# reported result, before the evaluation's conclusion.
APPROVAL_OPINION_STATES = frozenset({State.RECEIVED, State.SCHEDULED})
EVALUATION_OPINION_STATES = frozenset({State.REPORTED, State.EVALUATING})
OPINION_STATES = APPROVAL_OPINION_STATES | EVALUATION_OPINION_STATES


def stage_of(state: State) -> str:
    """Which opinion a proposal in ``state`` waits for: on the plan, or on its reported result."""
    return EVALUATION_STAGE if state in EVALUATION_OPINION_STATES else APPROVAL_STAGE


@dataclass(frozen=True)
class Receipt:
    proposal_id: str
    received_on: date
    meeting_due_on: date  # the last working day for the leadership meeting
    receiver_name: str


@dataclass(frozen=True)
class PartyOpinion:
    id: str
    proposal_id: str
    stage: str
    opinion_on: date
    body: str  # "Đảng ủy xã Di Linh", "Chi bộ …"
    text: str
    stance: Stance  # đồng ý / không đồng ý
    attachment_id: str | None
    recorder_name: str
    created_at: str


def _receipt(row: dict[str, Any]) -> Receipt:
    return Receipt(proposal_id=row["proposal_id"], received_on=date.fromisoformat(row["received_on"]),
                   meeting_due_on=date.fromisoformat(row["meeting_due_on"]),
                   receiver_name=row["receiver_name"] or "")


def _opinion(row: dict[str, Any]) -> PartyOpinion:
    return PartyOpinion(id=row["id"], proposal_id=row["proposal_id"], stage=row["stage"],
                        opinion_on=date.fromisoformat(row["opinion_on"]), body=row["body"], text=row["text"],
                        stance=stance_of(row.get("stance")),
                        attachment_id=row["attachment_id"], recorder_name=row["recorder_name"] or "",
                        created_at=row["created_at"])


def _day(value: date | None, *, earliest: date | None, before_code: str) -> date:
    """A date of an act already done: not in the future, not before ``earliest``, within the sane range."""
    today = clock.today()
    day = check_date(value) if value is not None else today
    if day > today:
        raise ValidationError("date_in_future", value=day.strftime("%d/%m/%Y"))
    if earliest is not None and day < earliest:
        raise ValidationError(before_code, value=day.strftime("%d/%m/%Y"), earliest=earliest.strftime("%d/%m/%Y"))
    return day


@writes
def receive(ctx: AppContext, *, actor: Actor, proposal_id: str, received_on: date | None = None) -> Receipt:
    """The recipient receives a submitted proposal on ``received_on`` (today by default).

    The meeting is due within 07 working days after that day (ND 73 Đ8.1), counted on the unit's calendar.
    """
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    refuse_own(proposal, actor)
    submitted = date.fromisoformat(proposal.summary.submitted_at[:10]) if proposal.summary.submitted_at else None
    day = _day(received_on, earliest=submitted, before_code="receipt_before_submission")
    due = calendar.due_date(ctx, start=day, working_days=MEETING_WITHIN_WORKING_DAYS)
    with ctx.db.atomic():
        proposals.apply_transition(ctx, actor, proposal.id, Action.RECEIVE)
        row = proposals_repo.receipts(ctx.db).insert(
            {"proposal_id": proposal.id, "received_on": day.isoformat(), "meeting_due_on": due.isoformat(),
             "receiver_name": actor.full_name},
            author=author(actor),
            summary=f"Tiếp nhận {proposal.ref} ngày {day.strftime('%d/%m/%Y')}; "
                    f"họp xét chậm nhất ngày {due.strftime('%d/%m/%Y')}",
        )
    return _receipt(row)


def receipt_of(ctx: AppContext, proposal_id: str, *, actor: Actor) -> Receipt | None:
    """The newest receipt of a proposal (a proposal returned and resubmitted is received again)."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    row = proposals_repo.latest_receipt(ctx.db, proposal.id)
    return _receipt(row) if row else None


def may_record_opinion(proposal: proposals.Proposal, actor: Actor) -> bool:
    """The recipient who received it (the head, or the province for what was sent to it), or the unit's secretary
    for a proposal of the unit's level, records the party committee's opinion of that level."""
    stands = proposals.parties(proposal, actor)
    if proposal.submitted_to is Recipient.PROVINCE:
        stands -= {Party.SECRETARY}  # the opinion of the province's party committee is the province's to record
    return proposal.state in OPINION_STATES and bool(stands & {Party.RECIPIENT, Party.SECRETARY})


@writes
def record_party_opinion(ctx: AppContext, *, actor: Actor, proposal_id: str, opinion_on: date | None, body: str,
                         text: str, attachment_id: str | None = None,
                         stance: Stance | str = Stance.AGREE) -> PartyOpinion:
    """The opinion of the party committee of the same level on a received proposal (ND 73 Đ8.1) — or, once its result
    is reported, on the result (ND 73 Đ11, the evaluation stage): whether it agrees (``stance``), and its text. A
    later opinion replaces an earlier one of the same stage.

    ``opinion_on``: the date of the committee's document (None: today). ``attachment_id``: the scanned
    opinion, already attached to this proposal.
    """
    chosen = parse_stance(stance)
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    refuse_own(proposal, actor)
    if not may_record_opinion(proposal, actor):
        if proposal.state not in OPINION_STATES:
            raise ValidationError("opinion_not_now", state=proposal.state.value)
        raise PermissionDenied("permission_denied", permission="proposal.party_opinion")
    body = check_text(body, field="opinion_body", limit="name", required=True)
    text = check_text(text, field="opinion_text", limit="reason", multiline=True, required=True)
    stage = stage_of(proposal.state)
    if stage == EVALUATION_STAGE:  # on the result: not before the report it weighs
        report = implementation_repo.report_of(ctx.db, proposal.id)
        earliest = date.fromisoformat(report["reported_on"]) if report else None
        day = _day(opinion_on, earliest=earliest, before_code="opinion_before_report")
    else:
        earliest = date.fromisoformat(proposal.summary.submitted_at[:10]) if proposal.summary.submitted_at else None
        day = _day(opinion_on, earliest=earliest, before_code="opinion_before_submission")
    if attachment_id is not None:
        _check_attachment(ctx, proposal, attachment_id)
    with ctx.db.atomic():
        row = proposals_repo.party_opinions(ctx.db).insert(
            {"proposal_id": proposal.id, "stage": stage, "opinion_on": day.isoformat(), "body": body,
             "text": text, "attachment_id": attachment_id, "recorder_name": actor.full_name,
             "stance": chosen.value},
            author=author(actor),
            summary=f"Ý kiến của {body} về {'kết quả thực hiện ' if stage == EVALUATION_STAGE else ''}"
                    f"{proposal.ref} ngày {day.strftime('%d/%m/%Y')}: "
                    f"{STANCE_WORDS[chosen].lower()}",
        )
    return _opinion(row)


def _check_attachment(ctx: AppContext, proposal: proposals.Proposal, attachment_id: str) -> None:
    rows = [r for r in proposals_repo.attachments_of(ctx.db, "proposals", proposal.id) if r["id"] == attachment_id]
    if not rows or rows[0].get("deleted") or rows[0].get("mistaken_reason"):
        raise NotFound("attachment_not_found", attachment=attachment_id)


def party_opinions(ctx: AppContext, proposal_id: str, *, actor: Actor,
                   stage: str | None = APPROVAL_STAGE) -> list[PartyOpinion]:
    """The party committee's opinions on a proposal (of one ``stage``; None: every stage), oldest first, as its
    readers may see them."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    return [_opinion(r) for r in proposals_repo.party_opinions_of(ctx.db, proposal.id, stage)]


def has_party_opinion(ctx: AppContext, proposal_id: str, stage: str = APPROVAL_STAGE) -> bool:
    """For the guard of the decision (services/decisions) or the evaluation's conclusion (services/evaluations): an
    opinion of that stage recorded."""
    return bool(proposals_repo.party_opinions_of(ctx.db, proposal_id, stage))


def party_disagrees(ctx: AppContext, proposal_id: str) -> bool:
    """For the decision's guards: the committee's latest opinion before the decision is a disagreement."""
    rows = proposals_repo.party_opinions_of(ctx.db, proposal_id, APPROVAL_STAGE)
    return disagrees([stance_of(r.get("stance")) for r in rows])
