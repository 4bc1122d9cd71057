"""What the meeting services share: a meeting read back whole, who may do what in it, the vote of one item.

Who may (domain brief §4, issue 8): only the head (``Role.HEAD``) convenes, sets the agenda, adjourns, decides and
overrides — at a province-level meeting the province (``Role.PROVINCE``, ``domain/levels.py``); only the secretary —
the member seated as the meeting's secretary, or the unit's (``Role.SECRETARY``) at the unit's own meetings —
records attendance, opinions, the minutes' content, scores and ballots; a member (a person whose account is linked,
``people.account_id``) may enter his own scores. Nobody changes a meeting whose signed minutes are attached.

Who reads (``domain/access.py``): a meeting as a whole the head, the leadership and the secretary (the province for a
province-level one), and its own members; the proposer of an item reads the meeting through his proposal (only his
item is shown to him). A province-level meeting's numbers are the province's register (``levels.body_code``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind, Standing, can_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.council import CouncilSize, QuorumRule
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.levels import body_code
from lamdong_desktop.domain.lifecycle import Recipient
from lamdong_desktop.domain.meetings import (
    Attendance,
    MeetingKind,
    MeetingLevel,
    MeetingState,
    Outcome,
    Purpose,
    Seat,
    Seated,
    Step,
    is_late,
    members_for,
    proposer_seats,
    purpose_of,
    refusal,
    rubric_from_json,
)
from lamdong_desktop.domain.proposals import ParticipantRole
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.scoring import Rubric
from lamdong_desktop.domain.votes import Choice, TieBreak, VoteOutcome, VoteStatus, decide
from lamdong_desktop.storage import meetings_repo, proposals_repo, register_repo
from lamdong_desktop.storage.connection_memos import snapshot_memo
from lamdong_desktop.storage.records import note_write

from .accounts import author
from .context import AppContext
from .levels import is_head as is_head  # who convenes and decides: the head, or the province at its level
from .levels import require_head as require_head


@dataclass(frozen=True)
class MemberView:
    id: str
    person_id: str
    account_id: str | None
    full_name: str
    position: str
    seat: Seat
    is_head: bool
    votes: bool  # counted for the quorum and entitled to vote (a leadership meeting's secretary is not)
    attendance: Attendance | None  # None: not recorded yet
    absence_reason: str

    @property
    def present(self) -> bool:
        return self.attendance is Attendance.PRESENT

    def seated(self) -> Seated:
        return Seated(self.id, self.seat, is_head=self.is_head, person_id=self.person_id, account_id=self.account_id)


@dataclass(frozen=True)
class ItemView:
    """One proposal on the agenda: the vote as the rule counts it now, the override, the decision if any."""

    id: str
    proposal_id: str
    ref: str
    title: str
    author_id: str
    author_name: str
    broad: bool
    position: int
    due_on: date | None  # the 07-working-day limit of its receipt
    late: bool  # the meeting is (to be) held after ``due_on``
    summary: str
    conclusion: str
    outcome: VoteOutcome
    ballots: dict[str, Choice]  # member id → choice, as recorded
    proposer_ids: tuple[str, ...]  # members who are its proposer and do not vote on it
    override_reason: str
    override_by: str | None  # the account of the head who approved in writing
    override_at: str | None
    decision_id: str | None
    decision_outcome: Outcome | None
    version: int
    purpose: Purpose = Purpose.APPROVAL  # evaluating the result of an implementation (ND 73 Đ11), or approving
    evaluation_id: str | None = None  # the head's written conclusion of an evaluation item

    @property
    def concluded(self) -> bool:
        """A written, numbered document follows the item (a decision, or an evaluation's conclusion): nothing about
        it is recorded or changed any more."""
        return bool(self.decision_id or self.evaluation_id)

    @property
    def vote_passed(self) -> bool:
        """Guard.VOTE_PASSED: a complete vote passed by the rule (``decide`` counts the ballots cast so far, so an
        incomplete vote may read "passed"), or the head's written approval after a failed one."""
        return (self.outcome.complete and self.outcome.passed) or bool(self.override_reason)


@dataclass(frozen=True)
class Meeting:
    id: str
    kind: MeetingKind
    level: MeetingLevel
    title: str
    starts_at: datetime
    place: str
    ends_at: datetime | None
    state: MeetingState
    quorum: QuorumRule
    council_size: CouncilSize | None
    rubric: Rubric
    content: str
    conclusion: str
    adjourn_reason: str
    invitation_ref: str
    minutes_ref: str
    minutes_entry_id: str | None
    minutes_scan_id: str | None
    locked: bool  # the signed minutes are attached ("Đã ký"): nothing of the meeting changes any more
    members: tuple[MemberView, ...]
    items: tuple[ItemView, ...]
    version: int

    @property
    def held_on(self) -> date:
        return self.starts_at.date()

    @property
    def late(self) -> bool:
        return any(item.late for item in self.items)

    @property
    def voting_members(self) -> tuple[MemberView, ...]:
        return tuple(m for m in self.members if m.votes)

    @property
    def present_count(self) -> int:
        return sum(1 for m in self.voting_members if m.present)

    @property
    def quorum_needed(self) -> int:
        return self.quorum.needed(len(self.voting_members))

    @property
    def quorum_met(self) -> bool:
        return self.quorum.met(len(self.voting_members), self.present_count)

    def member(self, member_id: str) -> MemberView:
        for m in self.members:
            if m.id == member_id:
                return m
        raise NotFound("member_not_found", member=member_id)

    def item(self, proposal_id: str) -> ItemView:
        for i in self.items:
            if i.proposal_id == proposal_id:
                return i
        raise NotFound("item_not_on_agenda", ref=proposal_id)

    def seat_of(self, actor: Actor) -> MemberView | None:
        """The actor's own seat: the member whose person is linked to the actor's account."""
        return next((m for m in self.members if m.account_id and m.account_id == actor.user_id), None)

    def chair(self) -> MemberView | None:
        return next((m for m in self.members if m.seat is Seat.CHAIR), None)

    def refusal(self, step: Step, now: datetime | None = None) -> ValidationError | None:
        """Why ``step`` cannot be done in this meeting at ``now`` (default ``clock.now()``), or None when it may."""
        return refusal(step, self.state, locked=self.locked, starts_at=self.starts_at, now=now or clock.now())

    def secretary(self) -> MemberView | None:
        return next((m for m in self.members if m.seat is Seat.SECRETARY), None)


# ------------------------------------------------------------------------------------------------ reading


def meeting_row(ctx: AppContext, meeting_id: str) -> dict[str, Any]:
    """The meeting's row in this unit, or NotFound."""
    try:
        row = meetings_repo.meetings(ctx.db).get(meeting_id)
    except NotFound:
        raise NotFound("meeting_not_found", id=meeting_id) from None
    if row["unit_code"] != ctx.unit_code:
        raise NotFound("meeting_not_found", id=meeting_id)
    return row


def _member(kind: MeetingKind, row: dict[str, Any]) -> MemberView:
    seat = Seat(row["role"])
    return MemberView(
        id=row["id"], person_id=row["person_id"], account_id=row["account_id"], full_name=row["full_name"],
        position=row["position"] or "", seat=seat, is_head=bool(row["is_head"]),
        votes=not (kind is MeetingKind.LEADERSHIP and seat is Seat.SECRETARY),
        attendance=Attendance(row["attendance"]) if row["attendance"] else None,
        absence_reason=row["absence_reason"] or "")


def proposer_person_ids(proposal_row: dict[str, Any]) -> list[str]:
    """The proposers named in the stored plan (its participants alone are read, as ``ProposalContent.from_json``)."""
    return [p["person_id"] for p in json.loads(proposal_row["content"]).get("participants") or ()
            if ParticipantRole(p.get("role") or ParticipantRole.IMPLEMENTER) is ParticipantRole.PROPOSER
            and p.get("person_id")]


def outcome_of(kind: MeetingKind, rule: QuorumRule, members: tuple[MemberView, ...], proposer_ids: set[str],
               ballots: dict[str, Choice]) -> VoteOutcome:
    """The vote on one item by ND 73/2023 Đ8.1 (``votes.decide``): the proposer marked, the present members."""
    roster = members_for(kind, [m.seated() for m in members], proposer_ids)
    present = [m.id for m in members if m.votes and m.present]
    return decide(roster, present, ballots, rule)


def _item(ctx: AppContext, kind: MeetingKind, rule: QuorumRule, held_on: date, members: tuple[MemberView, ...],
          row: dict[str, Any], rows: meetings_repo.AgendaRows) -> ItemView:
    proposal = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
    proposers = proposer_seats([m.seated() for m in members], author_account_id=proposal["author_id"],
                               proposer_person_ids=proposer_person_ids(proposal))
    ballots = {b["member_id"]: Choice(b["choice"]) for b in rows.ballots.get(row["proposal_id"], ())}
    due = date.fromisoformat(row["due_on"]) if row["due_on"] else None
    decision = rows.decisions.get(row["proposal_id"])
    purpose = purpose_of(row.get("purpose"))
    evaluation = rows.evaluations.get(row["proposal_id"]) if purpose is Purpose.EVALUATION else None
    return ItemView(
        id=row["id"], proposal_id=proposal["id"], ref=proposal["ref"], title=proposal["title"],
        author_id=proposal["author_id"], author_name=proposal["author_name"] or "", broad=bool(proposal["broad"]),
        position=row["position"], due_on=due, late=is_late(held_on, due), summary=row["summary"] or "",
        conclusion=row["conclusion"] or "", outcome=outcome_of(kind, rule, members, proposers, ballots),
        ballots=ballots, proposer_ids=tuple(m.id for m in members if m.id in proposers),
        override_reason=row["override_reason"] or "", override_by=row["override_by"], override_at=row["override_at"],
        decision_id=decision["id"] if decision else None,
        decision_outcome=Outcome(decision["outcome"]) if decision else None, version=row["version"],
        purpose=purpose, evaluation_id=evaluation["id"] if evaluation else None)


def _reference(ctx: AppContext, code: str, entry_id: str | None) -> str:
    try:
        return register_repo.get_entry(ctx.db, code, entry_id).reference if entry_id else ""
    except NotFound:
        return ""


def build(ctx: AppContext, row: dict[str, Any]) -> Meeting:
    """The whole meeting from its rows (no permission checked: callers do)."""
    kind, level = MeetingKind(row["kind"]), MeetingLevel(row["level"])
    rule, code = QuorumRule(Fraction(row["quorum_num"], row["quorum_den"])), body_code(level, ctx.unit_code)
    starts = datetime.fromisoformat(row["starts_at"])
    members = tuple(_member(kind, r) for r in meetings_repo.members_of(ctx.db, row["id"]))
    rows = meetings_repo.agenda_rows(ctx.db, row["id"])
    size = (CouncilSize(row["council_min"], row["council_max"])
            if kind is MeetingKind.COUNCIL and row["council_min"] else None)
    return Meeting(
        id=row["id"], kind=kind, level=level, title=row["title"], starts_at=starts,
        place=row["place"] or "", ends_at=datetime.fromisoformat(row["ends_at"]) if row["ends_at"] else None,
        state=MeetingState(row["state"]), quorum=rule, council_size=size, rubric=rubric_from_json(row["rubric"]),
        content=row["content"] or "", conclusion=row["conclusion"] or "", adjourn_reason=row["adjourn_reason"] or "",
        invitation_ref=_reference(ctx, code, row["invitation_entry_id"]),
        minutes_ref=_reference(ctx, code, row["minutes_entry_id"]),
        minutes_entry_id=row["minutes_entry_id"], minutes_scan_id=row["minutes_scan_id"],
        locked=bool(row["minutes_locked"]), members=members,
        items=tuple(_item(ctx, kind, rule, starts.date(), members, r, rows)
                    for r in meetings_repo.items_of(ctx.db, row["id"])),
        version=row["version"])


def load(ctx: AppContext, meeting_id: str) -> Meeting:
    """The whole meeting; built once while nothing changes in the caller's transaction (``snapshot_memo``)."""
    memo, key = snapshot_memo(ctx.db), ("meeting", ctx.unit_code, meeting_id)
    if memo is not None and isinstance(found := memo.get(key), Meeting):
        return found
    meeting = build(ctx, meeting_row(ctx, meeting_id))
    if memo is not None:
        memo[key] = meeting
    return meeting


def reads_whole(meeting: Meeting, actor: Actor) -> bool:
    """The head, the leadership and the secretary read the unit's meetings, the province its own; a member his."""
    province = Standing(province_level=meeting.level is MeetingLevel.PROVINCE)
    return can_read(actor.roles, RecordKind.MEETING, province) or meeting.seat_of(actor) is not None


def readable_items(ctx: AppContext, meeting: Meeting, actor: Actor) -> tuple[ItemView, ...]:
    """The items ``actor`` may see: all of them for a reader of the whole meeting, else those of the proposals he
    reads under the proposal's own rule (his own)."""
    if reads_whole(meeting, actor):
        return meeting.items
    shown = []
    for item in meeting.items:
        row = proposals_repo.proposals(ctx.db).get(item.proposal_id, include_deleted=True)
        standing = Standing(is_author=row["author_id"] == actor.user_id, submitted=bool(row["submitted_to"]),
                            sent_to_province=row["submitted_to"] == Recipient.PROVINCE.value)
        if can_read(actor.roles, RecordKind.MEETING, standing):
            shown.append(item)
    return tuple(shown)


def readable(ctx: AppContext, meeting_id: str, actor: Actor) -> Meeting:
    """The meeting as ``actor`` may read it (items narrowed), or NotFound: never a hint that it exists."""
    meeting = load(ctx, meeting_id)
    if reads_whole(meeting, actor):
        return meeting
    items = readable_items(ctx, meeting, actor)
    if not items:
        raise NotFound("meeting_not_found", id=meeting_id)
    return replace(meeting, items=items)


# ------------------------------------------------------------------------------------------------ who may


def may_record(meeting: Meeting, actor: Actor) -> bool:
    """The member seated as this meeting's secretary, or the unit's secretary at a meeting of the unit."""
    seat = meeting.seat_of(actor)
    unit_secretary = Role.SECRETARY in actor.roles and meeting.level is MeetingLevel.UNIT
    return unit_secretary or (seat is not None and seat.seat is Seat.SECRETARY)


def require_recorder(meeting: Meeting, actor: Actor, what: str) -> None:
    if not may_record(meeting, actor):
        raise PermissionDenied("permission_denied", permission=f"meeting.{what}")


def editable(ctx: AppContext, meeting_id: str) -> Meeting:
    """The meeting, read in the caller's transaction, if its agenda can change (``Step.AGENDA``)."""
    meeting = load(ctx, meeting_id)
    check_now(meeting, Step.AGENDA)
    return meeting


def check_now(meeting: Meeting, step: Step) -> None:
    """Refuse ``step`` unless the meeting's state and the time allow it now (``domain.meetings.refusal``)."""
    if (error := meeting.refusal(step)) is not None:
        raise error


# ------------------------------------------------------------------------------------------------ writing

HEAD_SIDES = frozenset({TieBreak.HEAD_FOR, TieBreak.HEAD_AGAINST})  # a tie the head's side decided


def store_tally(ctx: AppContext, actor: Actor, meeting: Meeting, *, adjourned: bool = False) -> None:
    """Keep each item's counts (what lists and the printed minutes read) in step with the ballots and attendance.

    ``vote_state`` is set once the vote is complete (passed or failed), and to no_quorum when the meeting is
    adjourned below its quorum; a row is only written when something changed.
    """
    for item in meeting.items:
        if item.concluded:
            continue
        o = item.outcome
        state = o.status.value if o.complete else None
        if adjourned:
            state = VoteStatus.NO_QUORUM.value if not meeting.quorum_met else state
        fields = {"vote_state": state, "for_count": o.in_favour, "against_count": o.against,
                  "abstain_count": o.abstained, "tie_broken": int(o.tie and o.tie_break in HEAD_SIDES)}
        row = meetings_repo.items(ctx.db).get(item.id)
        if any(row[k] != v for k, v in fields.items()):
            meetings_repo.items(ctx.db).update(item.id, fields, author=author(actor),
                                               summary=f"Kết quả biểu quyết {item.ref}: {o.in_favour} tán thành, "
                                                       f"{o.against} không tán thành, {o.abstained} không biểu quyết")


def announce_items(ctx: AppContext, meeting_id: str) -> None:
    """Tell the write's ``Changes`` about the meeting's proposals: a change of the meeting as a whole (closed,
    adjourned, signed) reaches the windows of the proposals on its agenda too."""
    for row in meetings_repo.items_of(ctx.db, meeting_id):
        note_write(ctx.db, "meeting_items", row)
