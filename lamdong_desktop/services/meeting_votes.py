"""Ballots, scores and the head's written override on one proposal of a meeting, by the rules of the domain.

ND 73/2023/NĐ-CP Đ8.1 (``domain/votes.py``): below the quorum no ballot is taken; the proposer does not vote; the
result is counted by ``votes.decide`` after every ballot and stored on the item. Seed V.3 (``domain/scoring.py``):
each member present scores the rubric of the meeting. Only the secretary records ballots and scores; a member may
enter his own scores. After a failed, complete vote the head may approve in writing, with a reason
(``votes.check_override``); that is recorded on the item and lets the decision approve (Guard.VOTE_PASSED).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.council import entitled_voters
from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Party
from lamdong_desktop.domain.meetings import Part, Purpose, Step, members_for, parse_score, stored_score
from lamdong_desktop.domain.scoring import Score, SheetResult, check_score, tally_scores
from lamdong_desktop.domain.votes import Choice, Override, check_ballot, check_override
from lamdong_desktop.storage import meetings_repo

from . import proposals
from .accounts import author
from .changes import writes
from .context import AppContext
from .levels import refuse_own_of
from .meeting_base import (
    ItemView,
    Meeting,
    MemberView,
    check_now,
    load,
    may_record,
    readable,
    require_head,
    require_recorder,
    store_tally,
)
from .meeting_records import find_item, take_part, undecided


def _vote_open(meeting: Meeting, item: ItemView, step: Step) -> None:
    check_now(meeting, step)
    if item.override_reason:
        raise ValidationError("override_exists", ref=item.ref)


@writes
def record_ballot(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str, member_id: str,
                  choice: Choice | str) -> ItemView:
    """A member's ballot on one proposal (a second one corrects the first); returns the item counted anew.

    Refused: a member not marked present (``take_part``), else with the domain's code: below the quorum, the
    proposer, an unknown choice.
    """
    return record_ballots(ctx, actor=actor, meeting_id=meeting_id, proposal=proposal,
                          ballots={member_id: choice}).value


def _ballot(ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView, member_id: str,
            choice: Choice | str) -> None:
    member = meeting.member(member_id)
    take_part(member, Part.BALLOT)
    roster = members_for(meeting.kind, [m.seated() for m in meeting.members], item.proposer_ids)
    present = [m.id for m in meeting.voting_members if m.present]
    chosen = check_ballot(roster, present, member.id, choice, meeting.quorum)
    current = meetings_repo.ballot(ctx.db, meeting.id, item.proposal_id, member.id)
    summary = f"Biểu quyết của {member.full_name} về {item.ref}"
    if current is None:
        meetings_repo.ballots(ctx.db).insert({"meeting_id": meeting.id, "proposal_id": item.proposal_id,
                                              "member_id": member.id, "choice": chosen.value},
                                             author=author(actor), summary=summary)
    elif current["choice"] != chosen.value:
        meetings_repo.ballots(ctx.db).update(current["id"], {"choice": chosen.value}, author=author(actor),
                                             summary=f"Sửa {summary.lower()}")


@writes
def record_ballots(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str,
                   ballots: Mapping[str, Choice | str]) -> ItemView:
    """Several ballots on one proposal (member id → choice) in one transaction: all, or none if one is refused.

    The meeting is read once: a ballot changes neither who is present nor who may vote, so each is checked against
    the same roster; the count is stored once, after the last.
    """
    with ctx.db.atomic():
        meeting = load(ctx, meeting_id)
        require_recorder(meeting, actor, "vote")
        item = undecided(meeting, proposal)
        _vote_open(meeting, item, Step.VOTE)
        for member_id, choice in ballots.items():
            _ballot(ctx, actor, meeting, item, member_id, choice)
        store_tally(ctx, actor, load(ctx, meeting.id))
    return find_item(load(ctx, meeting_id), item.proposal_id)


def _scorers(meeting: Meeting, item: ItemView) -> tuple[str, ...]:
    """Who scores a proposal: the members present who may vote on it (seed V.3; the proposer does not)."""
    roster = members_for(meeting.kind, [m.seated() for m in meeting.members], item.proposer_ids)
    return entitled_voters(roster, [m.id for m in meeting.voting_members if m.present])


@writes
def record_score(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str, member_id: str, criterion: str,
                 score: object) -> SheetResult:
    """One member's mark on one criterion (a second one corrects it), exact: "8", "8.5", "8,5" or a Fraction.

    The secretary records anyone's; a member (his account linked to his person) only his own. Returns the sheet.
    """
    return record_scores(ctx, actor=actor, meeting_id=meeting_id, proposal=proposal, member_id=member_id,
                         marks={criterion: score}).value


def _mark(ctx: AppContext, actor: Actor, meeting: Meeting, item: ItemView, member: MemberView, criterion: str,
          score: object) -> None:
    try:
        value = check_score(meeting.rubric, criterion, parse_score(score))
    except DomainError as exc:
        # Named by its title where it has one (a criterion the convener typed): the code is for scripts.
        named = next((c.title for c in meeting.rubric.criteria if c.code == criterion and c.title), criterion)
        if exc.code == "score_invalid":
            raise ValidationError("score_invalid", criterion=named, value=str(score)) from None
        if exc.code == "score_out_of_range":
            raise ValidationError(exc.code, **{**exc.params, "criterion": named}) from None
        raise
    if member.id not in _scorers(meeting, item):  # present (``take_part``): the proposer, or not a member
        code = "score_proposer" if member.id in item.proposer_ids else "score_member_unknown"
        raise ValidationError(code, member=member.id)
    current = meetings_repo.score(ctx.db, meeting.id, item.proposal_id, member.id, criterion)
    summary = f"Điểm của {member.full_name} về {item.ref}, tiêu chí {criterion}: {stored_score(value)}"
    if current is None:
        meetings_repo.scores(ctx.db).insert(
            {"meeting_id": meeting.id, "proposal_id": item.proposal_id, "member_id": member.id,
             "criterion": criterion, "score": stored_score(value)}, author=author(actor), summary=summary)
    elif Fraction(current["score"]) != value:
        meetings_repo.scores(ctx.db).update(current["id"], {"score": stored_score(value)}, author=author(actor),
                                            summary=f"Sửa {summary[0].lower()}{summary[1:]}")


@writes
def record_scores(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str, member_id: str,
                  marks: Mapping[str, object]) -> SheetResult:
    """One member's marks on several criteria (criterion → score) in one transaction: all, or none.

    The meeting is read once: a mark changes nothing another mark is checked against.
    """
    with ctx.db.atomic():
        meeting = load(ctx, meeting_id)
        member = meeting.member(member_id)
        own = meeting.seat_of(actor)
        if not may_record(meeting, actor):
            if own is None:
                raise PermissionDenied("permission_denied", permission="meeting.score")
            if own.id != member.id:
                raise PermissionDenied("score_not_own")
        item = undecided(meeting, proposal)
        _vote_open(meeting, item, Step.SCORE)
        take_part(member, Part.SCORE)
        for criterion, value in marks.items():
            _mark(ctx, actor, meeting, item, member, criterion, value)
    return score_sheet(ctx, meeting_id, item.proposal_id, actor=actor)


def sheet_of(ctx: AppContext, meeting: Meeting, item: ItemView) -> SheetResult:
    """The score sheet of one item, counted exactly by ``scoring.tally_scores``: every mark given, what is missing.

    Marks of a member who no longer scores (marked absent since) are left out: the sheet is of those present.
    """
    scorers = _scorers(meeting, item)
    marks = [Score(r["member_id"], r["criterion"], Fraction(r["score"]))
             for r in meetings_repo.scores_of(ctx.db, meeting.id, item.proposal_id) if r["member_id"] in scorers]
    return tally_scores(meeting.rubric, scorers, marks)


def score_sheet(ctx: AppContext, meeting_id: str, proposal: str, *, actor: Actor) -> SheetResult:
    meeting = readable(ctx, meeting_id, actor)
    return sheet_of(ctx, meeting, find_item(meeting, proposal))


@writes
def override(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str, reason: str) -> ItemView:
    """The head approves in writing a proposal the vote did not pass (ND 73/2023 Đ8.1), with his reason.

    Only after a complete, failed vote; never on his own proposal; recorded on the item before the decision.
    """
    with ctx.db.atomic():
        meeting = load(ctx, meeting_id)
        # The head's own proposal is the province's to approve: refused with that reason, before the level's check.
        refuse_own_of(ctx, [i.proposal_id for i in meeting.items if proposal in (i.proposal_id, i.ref)], actor)
        require_head(actor, "override", meeting.level)
        check_now(meeting, Step.OVERRIDE)
        item = undecided(meeting, proposal)
        if item.purpose is Purpose.EVALUATION:  # ND 73/2023 Đ8.1 lets the head approve a plan, not rule on a result
            raise ValidationError("override_not_for_evaluation", ref=item.ref)
        if item.override_reason:
            raise ValidationError("override_exists", ref=item.ref)
        target = proposals.get(ctx, item.proposal_id, actor=actor)
        if Party.RECIPIENT not in proposals.parties(target, actor):
            raise PermissionDenied("override_not_head")
        own = meeting.seat_of(actor)
        head_id = own.id if own else f"account:{actor.user_id}"
        done = check_override(item.outcome, Override(reason=reason, by=head_id), head_id=head_id)
        meetings_repo.items(ctx.db).update(
            item.id, {"override_reason": done.reason, "override_by": actor.user_id, "override_at": clock.stamp()},
            author=author(actor), summary=f"Người đứng đầu phê duyệt bằng văn bản {item.ref}: {done.reason}")
    return find_item(load(ctx, meeting_id), item.proposal_id)
