"""What the printed Biên bản (Mẫu 1.9) of a meeting says, as plain values: ``minutes_data``.

Everything is taken from the record and counted by the domain: the quorum by the meeting's rule, each vote by
``votes.decide`` (with the tie and who did not vote, and why), each score table by ``scoring.tally_scores`` with
exact totals and averages (``Fraction``; ``messages.score_text`` rounds them for print). The document module maps
these onto its own dataclasses; nothing here knows about pages or fonts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound
from lamdong_desktop.domain.meetings import MeetingKind, MeetingLevel, MeetingState, Purpose, Seat
from lamdong_desktop.domain.register import UNIT_ISSUER
from lamdong_desktop.domain.scoring import SheetResult
from lamdong_desktop.domain.votes import Exclusion
from lamdong_desktop.messages import (
    AUDIT_HEAD_LINE,
    EXCLUSION_WORDS,
    TIE_BREAK_WORDS,
    rubric_words,
    score_text,
    seat_words,
)
from lamdong_desktop.messages.sessions import COUNCIL_ISSUER, HEAD_WORDS
from lamdong_desktop.storage import accounts_repo, meetings_repo, proposals_repo, register_repo

from .context import AppContext
from .integrity import current_head
from .levels import body, register_code
from .meeting_base import HEAD_SIDES, ItemView, Meeting, MemberView, readable
from .meeting_records import OpinionView, opinions_in


@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""


@dataclass(frozen=True)
class AttendeeData:
    """A member (or a leadership meeting's secretary, ``member`` False) and how he attended."""

    name: str
    position: str
    role: str  # "chair" | "vice_chair" | "member" | "secretary"
    role_words: str  # "Chủ tịch Hội đồng", "Ủy viên kiêm Thư ký", "Thư ký" …
    member: bool  # counted for the quorum
    is_head: bool
    present: bool | None  # None: attendance not recorded
    absence_reason: str = ""


@dataclass(frozen=True)
class QuorumData:
    members: int
    present: int
    required: int  # the fewest present that meet the rule
    fraction: str  # the rule as printed: "2/3"
    met: bool


@dataclass(frozen=True)
class GuestData:
    """Someone invited who is not a member: the proposer of an item, there to present it (the Giấy mời names him).

    Whether he came is not recorded; the minutes list him among the invited.
    """

    name: str
    position: str
    refs: tuple[str, ...]  # the proposals he presents (DX-2026-007), in the agenda's order


@dataclass(frozen=True)
class OpinionData:
    name: str
    position: str
    text: str


@dataclass(frozen=True)
class CriterionData:
    code: str
    title: str
    weight: Fraction
    maximum: int


@dataclass(frozen=True)
class ScoreRowData:
    member_id: str
    member: str
    scores: tuple[Fraction | None, ...]  # one per criterion, in the rubric's order; None: not given
    total: Fraction | None  # weighted total; None while a mark is missing

    def texts(self) -> tuple[str, ...]:
        """The marks as printed ("8,50"; "–" for a missing one), the total last."""
        return tuple(score_text(v) if v is not None else "–" for v in (*self.scores, self.total))


@dataclass(frozen=True)
class ScoreTableData:
    criteria: tuple[CriterionData, ...]
    rows: tuple[ScoreRowData, ...]
    averages: tuple[Fraction | None, ...]  # per criterion, of the marks given
    average_total: Fraction | None  # of the complete members' totals
    max_total: Fraction
    complete: bool


@dataclass(frozen=True)
class NonVoterData:
    name: str
    reason: str  # "là người đề xuất, không tham gia biểu quyết" / "vắng mặt"


@dataclass(frozen=True)
class OverrideData:
    """The head's written approval after a failed vote (ND 73/2023 Đ8.1)."""

    name: str
    title: str
    reason: str
    on: date | None


@dataclass(frozen=True)
class VoteData:
    present: int  # members present, the proposer included
    voting: int  # those who cast a ballot (không biểu quyết included)
    in_favour: int
    against: int
    abstaining: int
    not_voted: int  # entitled and present, no ballot recorded yet
    result: str | None  # "passed" | "failed" | "no_quorum"; None while the vote is not complete
    tie: bool
    tie_broken: bool  # a tie the head's side decided
    tie_words: str
    non_voters: tuple[NonVoterData, ...]
    override: OverrideData | None


@dataclass(frozen=True)
class ProposalLine:
    id: str
    reference: str
    title: str
    proposer: PersonLine


@dataclass(frozen=True)
class AgendaItemData:
    proposal: ProposalLine
    presentation: str
    opinions: tuple[OpinionData, ...]
    scores: ScoreTableData | None  # None when nobody scored it
    vote: VoteData
    conclusion: str
    due_on: date | None
    late: bool
    decision_reference: str  # "05/QĐ-UBND" once decided, else ""
    evaluation: bool = False  # an item evaluating a reported result (ND 73/2023 Đ11)


@dataclass(frozen=True)
class MinutesData:
    meeting_id: str
    unit_name: str  # "Xã Di Linh"
    unit_short_name: str  # "Di Linh"
    kind: MeetingKind
    level: MeetingLevel
    title: str
    starts_at: datetime
    place: str
    ends_at: datetime | None
    quorum: QuorumData
    attendees: tuple[AttendeeData, ...]  # present, in the seats' order
    absentees: tuple[AttendeeData, ...]  # absent (with reason) or not recorded
    guests: tuple[GuestData, ...]  # invited, not members: the proposers who are not seated (``guests_of``)
    chair: PersonLine
    secretary: PersonLine
    agenda: tuple[AgendaItemData, ...]
    content: str
    opinions: tuple[OpinionData, ...]  # about the meeting as a whole
    conclusion: str
    adjourned: bool
    adjourn_reason: str
    number: int | None  # the minutes' number in the register (BB), None before closing
    reference: str  # "01/BB-HĐĐG", "" before closing
    issuer_code: str  # "UBND", a council's "HĐĐG"
    invitation_reference: str
    signed: bool  # the signed scan is attached ("Đã ký"); the record is locked
    late: bool  # held after an item's 07-working-day limit
    audit_head: str


def _attendee(meeting: Meeting, m: MemberView) -> AttendeeData:
    return AttendeeData(name=m.full_name, position=m.position, role=m.seat.value,
                        role_words=seat_words(meeting.kind, m.seat), member=m.votes, is_head=m.is_head,
                        present=None if m.attendance is None else m.present, absence_reason=m.absence_reason)


def score_table(meeting: Meeting, sheet: SheetResult) -> ScoreTableData:
    """The member × criterion table of one item, with the exact totals and averages of ``scoring.tally_scores``."""
    names = {m.id: m.full_name for m in meeting.members}
    codes = meeting.rubric.codes
    rows = tuple(ScoreRowData(member_id=mid, member=names.get(mid, mid),
                              scores=tuple(sheet.mark(mid, c) for c in codes), total=sheet.member_totals.get(mid))
                 for mid in sheet.member_ids)
    return ScoreTableData(
        criteria=tuple(CriterionData(c.code, rubric_words(c), c.exact_weight, c.max_score)
                       for c in meeting.rubric.criteria),
        rows=rows, averages=tuple(sheet.criterion_averages[c] for c in codes), average_total=sheet.overall_average,
        max_total=meeting.rubric.max_total, complete=sheet.complete)


def override_of(ctx: AppContext, meeting: Meeting, item: ItemView) -> OverrideData | None:
    """The head's written approval on ``item``, named as the head who gave it (his seat, else his account)."""
    if not item.override_reason:
        return None
    seat = next((m for m in meeting.members if item.override_by and m.account_id == item.override_by), None)
    name = seat.full_name if seat else ""
    if not name and item.override_by:
        try:
            name = accounts_repo.store(ctx.db).get(item.override_by, include_deleted=True)["full_name"]
        except NotFound:
            name = ""
    return OverrideData(name=name, title=HEAD_WORDS, reason=item.override_reason,
                        on=date.fromisoformat(item.override_at[:10]) if item.override_at else None)


def _vote(meeting: Meeting, item: ItemView, override: OverrideData | None) -> VoteData:
    o = item.outcome
    names = {m.id: m.full_name for m in meeting.members}
    non_voters = tuple(NonVoterData(names.get(e.member_id, e.member_id), EXCLUSION_WORDS[e.reason])
                       for e in o.excluded if e.reason is Exclusion.PROPOSER)
    result = o.status.value if (o.complete or not o.quorum) and meeting.state is not MeetingState.CONVENED else None
    return VoteData(present=o.present, voting=o.voting, in_favour=o.in_favour, against=o.against,
                    abstaining=o.abstained, not_voted=o.not_voting, result=result, tie=o.tie,
                    tie_broken=o.tie and o.tie_break in HEAD_SIDES, tie_words=TIE_BREAK_WORDS[o.tie_break],
                    non_voters=non_voters, override=override)


def _opinion(opinion: OpinionView) -> OpinionData:
    return OpinionData(opinion.name, opinion.position, opinion.text)


def guests_of(ctx: AppContext, meeting: Meeting) -> tuple[GuestData, ...]:
    """The invited guests of ``meeting``: each proposer of an item on it (as read) who holds no seat on it — his
    account is no member's and no member has his name — once, with the proposals he presents. The Giấy mời invites
    them; the minutes list them."""
    accounts = {m.account_id for m in meeting.members if m.account_id}
    names = {m.full_name for m in meeting.members}
    found: dict[str, GuestData] = {}
    for item in meeting.items:
        if not item.author_name or item.author_id in accounts or item.author_name in names:
            continue
        known = found.get(item.author_name)
        if known is None:
            row = proposals_repo.proposals(ctx.db).get(item.proposal_id, include_deleted=True)
            found[item.author_name] = GuestData(item.author_name, row["author_position"] or "", (item.ref,))
        else:
            found[item.author_name] = replace(known, refs=(*known.refs, item.ref))
    return tuple(found.values())


def minutes_data(ctx: AppContext, meeting_id: str, *, actor: Actor) -> MinutesData:
    """Everything the printed minutes of ``meeting_id`` need, for a reader of the meeting (a proposer: his item)."""
    from .meeting_votes import sheet_of

    meeting = readable(ctx, meeting_id, actor)
    code = register_code(ctx, meeting.level)  # a province-level meeting: the province's numbers and body
    opinions = opinions_in(ctx, meeting)
    agenda = []
    for item in meeting.items:
        sheet = sheet_of(ctx, meeting, item)
        decision = meetings_repo.decision_for(ctx.db, meeting.id, item.proposal_id)
        reference = ""
        if decision and decision["register_entry_id"]:
            reference = register_repo.get_entry(ctx.db, code, decision["register_entry_id"]).reference
        proposal = proposals_repo.proposals(ctx.db).get(item.proposal_id, include_deleted=True)
        agenda.append(AgendaItemData(
            proposal=ProposalLine(item.proposal_id, item.ref, item.title,
                                  PersonLine(item.author_name, proposal["author_position"] or "")),
            presentation=item.summary,
            opinions=tuple(_opinion(o) for o in opinions if o.proposal_id == item.proposal_id),
            scores=score_table(meeting, sheet) if sheet.marks else None,
            vote=_vote(meeting, item, override_of(ctx, meeting, item)), conclusion=item.conclusion,
            due_on=item.due_on, late=item.late, decision_reference=reference,
            evaluation=item.purpose is Purpose.EVALUATION))
    entry = register_repo.get_entry(ctx.db, code, meeting.minutes_entry_id) if meeting.minutes_entry_id else None
    chair, secretary = meeting.chair(), meeting.secretary()
    members = [_attendee(meeting, m) for m in meeting.members]
    head_seq = current_head(ctx)
    unit = body(ctx, meeting.level)
    return MinutesData(
        meeting_id=meeting.id, unit_name=unit.name, unit_short_name=unit.short_name, kind=meeting.kind,
        level=meeting.level, title=meeting.title, starts_at=meeting.starts_at, place=meeting.place,
        ends_at=meeting.ends_at,
        quorum=QuorumData(members=len(meeting.voting_members), present=meeting.present_count,
                          required=meeting.quorum_needed, fraction=str(meeting.quorum.fraction),
                          met=meeting.quorum_met),
        attendees=tuple(a for a in members if a.present), absentees=tuple(a for a in members if not a.present),
        guests=guests_of(ctx, meeting),
        chair=PersonLine(chair.full_name, chair.position) if chair else PersonLine(""),
        secretary=PersonLine(secretary.full_name, secretary.position) if secretary else PersonLine(""),
        agenda=tuple(agenda), content=meeting.content,
        opinions=tuple(_opinion(o) for o in opinions if o.proposal_id is None),
        conclusion=meeting.conclusion, adjourned=meeting.state is MeetingState.ADJOURNED,
        adjourn_reason=meeting.adjourn_reason, number=entry.number if entry else None,
        reference=entry.reference if entry else "",
        issuer_code=entry.issuer if entry else (COUNCIL_ISSUER if meeting.kind is MeetingKind.COUNCIL else UNIT_ISSUER),
        invitation_reference=meeting.invitation_ref, signed=meeting.locked, late=meeting.late,
        audit_head=AUDIT_HEAD_LINE.format(seq=head_seq[0], short_hash=head_seq[1]) if head_seq else "")


__all__ = ["AgendaItemData", "AttendeeData", "CriterionData", "GuestData", "MinutesData", "NonVoterData", "OpinionData",
           "OverrideData", "PersonLine", "ProposalLine", "QuorumData", "ScoreRowData", "ScoreTableData", "Seat",
           "VoteData", "minutes_data"]
