"""What the secretary records during a meeting: attendance with absence reasons, opinions, the content and conclusion.

Only the secretary records (the unit's, or the member seated as the meeting's secretary: ``meeting_base``), only
while the meeting is open and its minutes not signed; nothing about a proposal already decided changes. The
quorum follows the attendance at once (``Meeting.quorum_met``), and so does every item's count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.meetings import Attendance, MeetingState, Part, Step, check_present, parse_attendance
from lamdong_desktop.domain.text import check_text, fold
from lamdong_desktop.messages.sessions import ATTENDANCE_WORDS
from lamdong_desktop.storage import meetings_repo

from .accounts import author
from .changes import writes
from .context import AppContext
from .meeting_base import (
    ItemView,
    Meeting,
    MemberView,
    check_now,
    load,
    readable,
    require_recorder,
    store_tally,
)


@dataclass(frozen=True)
class OpinionView:
    """One opinion voiced at the meeting, as recorded: who, about what, what was said."""

    id: str
    member_id: str | None  # None: a guest, named by ``name``
    name: str
    position: str
    proposal_id: str | None  # None: about the meeting as a whole
    ref: str  # the proposal's reference (DX-2026-007); "" for the meeting as a whole
    text: str
    recorded_at: str

    @property
    def guest(self) -> bool:
        return self.member_id is None


def opinions_in(ctx: AppContext, meeting: Meeting) -> tuple[OpinionView, ...]:
    """The opinions of ``meeting`` in the order they were recorded: those on its items as read (a proposer reads the
    meeting with his item only, so the opinions on it) and those on the meeting as a whole."""
    refs = {i.proposal_id: i.ref for i in meeting.items}
    return tuple(
        OpinionView(id=r["id"], member_id=r["member_id"] or None, name=r["speaker_name"],
                    position=r["speaker_position"] or "", proposal_id=r["proposal_id"] or None,
                    ref=refs.get(r["proposal_id"], ""), text=r["text"], recorded_at=r["created_at"])
        for r in meetings_repo.opinions_of(ctx.db, meeting.id)
        if r["proposal_id"] is None or r["proposal_id"] in refs)


def opinions(ctx: AppContext, meeting_id: str, *, actor: Actor) -> tuple[OpinionView, ...]:
    """The opinions of a meeting ``actor`` reads (``opinions_in``), or NotFound."""
    return opinions_in(ctx, readable(ctx, meeting_id, actor))


def check_votes_finished(meeting: Meeting) -> None:
    """Refuse to close ``meeting`` while an item's vote is unfinished or was never possible (below quorum: the
    meeting is adjourned instead). The minutes record each vote and the decision follows it (ND 73/2023 Đ8.1): a
    meeting closed on an open count would leave its proposal with no way forward."""
    for item in meeting.items:
        if not item.outcome.quorum:
            raise ValidationError("close_without_quorum", ref=item.ref)
        if not item.outcome.complete:
            raise ValidationError("close_vote_open", ref=item.ref, voted=item.outcome.voting,
                                  present=item.outcome.present, missing=item.outcome.not_voting)


def take_part(member: MemberView, part: Part) -> None:
    """Refuse unless ``member`` is marked present: the one rule for an opinion, a ballot and a mark
    (``meetings.check_present``)."""
    check_present(member.attendance, member=member.full_name, part=part, reason=member.absence_reason)


def _recordable(ctx: AppContext, actor: Actor, meeting_id: str, what: str, step: Step) -> Meeting:
    meeting = load(ctx, meeting_id)
    require_recorder(meeting, actor, what)
    check_now(meeting, step)
    return meeting


def find_item(meeting: Meeting, proposal: str) -> ItemView:
    """An item by its proposal's id or reference (DX-2026-007)."""
    for item in meeting.items:
        if proposal in (item.proposal_id, item.ref):
            return item
    return meeting.item(proposal)  # raises item_not_on_agenda


def find_member(meeting: Meeting, text: str) -> str:
    """A member's id from his id on the meeting, his person's id, or his full name typed with or without accents."""
    key = (text or "").strip()
    for member in meeting.members:
        if key in (member.id, member.person_id):
            return member.id
    named = [m.id for m in meeting.members if fold(m.full_name) == fold(key)]
    if len(named) > 1:
        raise ValidationError("member_ambiguous", member=key)
    if not named:
        raise NotFound("member_not_found", member=key)
    return named[0]


def undecided(meeting: Meeting, proposal: str) -> ItemView:
    item = find_item(meeting, proposal)
    if item.concluded:
        raise ValidationError("item_decided", ref=item.ref)
    return item


@writes
def attend(ctx: AppContext, *, actor: Actor, meeting_id: str, member_id: str, attendance: Attendance | str,
           reason: str = "") -> Meeting:
    """Mark a member present or absent (absent: with the reason given). The first mark opens the meeting (held)."""
    return attend_many(ctx, actor=actor, meeting_id=meeting_id, marks=[(member_id, attendance, reason)]).value


def _attendance(attendance: Attendance | str, reason: str) -> tuple[Attendance, str]:
    chosen = parse_attendance(attendance)
    reason = " ".join(check_text(reason, field="absence_reason", limit="reason").split())
    if chosen is Attendance.ABSENT and not reason:
        raise ValidationError("reason_required")
    return chosen, reason


@writes
def attend_many(ctx: AppContext, *, actor: Actor, meeting_id: str,
                marks: Sequence[tuple[str, Attendance | str, str]]) -> Meeting:
    """Several marks (member, present|absent, reason) in one transaction: all of them, or none if one is refused.

    The meeting is read once, at the first mark; the counts are stored once, after the last.
    """
    with ctx.db.atomic():
        meeting: Meeting | None = None
        marked: set[str] = set()
        for member_id, attendance, given in marks:
            chosen, reason = _attendance(attendance, given)
            if meeting is None:
                meeting = _recordable(ctx, actor, meeting_id, "attendance", Step.ATTEND)
                decided = next((i for i in meeting.items if i.concluded), None)
                if decided:
                    raise ValidationError("item_decided", ref=decided.ref)
            member = meeting.member(member_id)
            if member.id in marked:  # "--present X --absent X=ốm": say so rather than let the last mark win
                raise ValidationError("attendance_twice", member=member.full_name)
            marked.add(member.id)
            meetings_repo.members(ctx.db).update(
                member.id, {"attendance": chosen.value,
                            "absence_reason": reason if chosen is Attendance.ABSENT else None},
                author=author(actor),
                summary=f"{member.full_name}: {ATTENDANCE_WORDS[chosen]}" + (f" ({reason})" if reason else ""))
        if meeting is not None:
            if meeting.state is MeetingState.CONVENED:
                meetings_repo.meetings(ctx.db).update(meeting.id, {"state": MeetingState.HELD.value},
                                                      author=author(actor), summary=f"Bắt đầu {meeting.title}")
            store_tally(ctx, actor, load(ctx, meeting.id))
    return load(ctx, meeting_id)


@writes
def record_opinion(ctx: AppContext, *, actor: Actor, meeting_id: str, text: str, proposal: str | None = None,
                   member_id: str | None = None, speaker_name: str = "", speaker_position: str = "") -> Meeting:
    """An opinion voiced at the meeting, by a member (``member_id``) or a guest (``speaker_name``), about one
    proposal on the agenda or the meeting as a whole."""
    text = check_text(text, field="opinion_text", limit="justification", multiline=True)
    if not text.strip():
        raise ValidationError("text_required", field="opinion_text")
    name = check_text(speaker_name, field="speaker_name", limit="name")
    position = check_text(speaker_position, field="position", limit="position")
    with ctx.db.atomic():
        meeting = _recordable(ctx, actor, meeting_id, "opinion", Step.OPINION)
        item = undecided(meeting, proposal) if proposal else None
        if member_id:
            member = meeting.member(member_id)
            if name.strip() or position.strip():  # a member speaks under his own name: never drop what was typed
                raise ValidationError("opinion_speaker_both", member=member.full_name,
                                      speaker=", ".join(p for p in (name.strip(), position.strip()) if p))
            take_part(member, Part.OPINION)
            name, position = member.full_name, member.position
        elif not name:
            raise ValidationError("opinion_speaker_required")
        meetings_repo.opinions(ctx.db).insert(
            {"meeting_id": meeting.id, "proposal_id": item.proposal_id if item else None,
             "member_id": member_id or None,
             "speaker_name": name, "speaker_position": position or None, "text": text},
            author=author(actor), summary=f"Ý kiến của {name}" + (f" về {item.ref}" if item else ""))
    return load(ctx, meeting_id)


@writes
def record_content(ctx: AppContext, *, actor: Actor, meeting_id: str, content: str | None = None,
                   conclusion: str | None = None) -> Meeting:
    """The minutes' text: what happened (diễn biến) and the chair's conclusion; None leaves a part as it is."""
    fields = {}
    if content is not None:
        fields["content"] = check_text(content, field="meeting_content", limit="section", multiline=True).strip()
    if conclusion is not None:
        fields["conclusion"] = check_text(conclusion, field="meeting_conclusion", limit="section",
                                          multiline=True).strip()
    with ctx.db.atomic():
        meeting = _recordable(ctx, actor, meeting_id, "minutes", Step.MINUTES)
        if fields:
            meetings_repo.meetings(ctx.db).update(meeting.id, fields, author=author(actor),
                                                  summary=f"Ghi biên bản {meeting.title}")
    return load(ctx, meeting_id)


@writes
def record_item(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal: str, summary: str | None = None,
                conclusion: str | None = None) -> Meeting:
    """For one proposal on the agenda: how it was presented, and the conclusion on it."""
    fields = {}
    if summary is not None:
        fields["summary"] = check_text(summary, field="item_summary", limit="section", multiline=True).strip()
    if conclusion is not None:
        fields["conclusion"] = check_text(conclusion, field="meeting_conclusion", limit="section",
                                          multiline=True).strip()
    with ctx.db.atomic():
        meeting = _recordable(ctx, actor, meeting_id, "minutes", Step.MINUTES)
        item = undecided(meeting, proposal)
        if fields:
            meetings_repo.items(ctx.db).update(item.id, fields, author=author(actor),
                                               summary=f"Ghi biên bản về {item.ref}")
    return load(ctx, meeting_id)


def has_seat(ctx: AppContext, *, actor: Actor) -> bool:
    """Whether ``actor`` sits on a meeting of the unit (a member reads his own meetings and enters his own
    scores, whatever his role): the window then offers him the meetings area."""
    return meetings_repo.has_seat(ctx.db, ctx.unit_code, actor.user_id)
