"""Meetings and decisions as records: kinds, seats, states, outcomes, lateness and locking — pure rules.

The vote itself (quorum, who votes, the pass rule, the override) is ``domain/votes.py`` and ``council.py``; the
score sheet ``scoring.py``. This module says how a stored meeting maps onto them:

- a **leadership meeting** (họp tập thể lãnh đạo, ND 73/2023 Đ8.1) seats the head and the deputies; its
  secretary (thư ký cuộc họp, usually the office's chief) records the minutes and is *not* a member: he is not
  counted for the quorum and does not vote;
- a **review council** (Hội đồng đánh giá đề xuất đổi mới, sáng tạo, seed V.3) has a chair, vice-chairs and
  members, one member acting as its secretary (``MemberRole.SECRETARY_MEMBER``): he is counted and votes;
- every meeting has exactly one chair (chủ trì / Chủ tịch Hội đồng) and one secretary: the minutes need both
  signatures (Mẫu 1.9: the secretary on the left, the chair on the right);
- a member is the proposer of an item when his account is the proposal's author, or the plan names him among
  its proposers (người đề xuất): he attends and does not vote on it (Đ8.1);
- a meeting held after an item's 07-working-day limit (``meeting_due_on`` of the receipt) is **late**;
- once the signed minutes are attached the meeting is **locked**: nothing of it changes any more (a change
  needs a new, numbered document); a decision likewise once its signed copy is attached;
- what may be done now (``Step``, ``refusal``): nothing is recorded before the start or after the end; the
  written decision waits for the close, when the minutes it cites take their number. The services raise the
  refusal, the meeting window shows it beside the disabled control: one rule, asked by both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from .clock import VN_TZ
from .council import CouncilSize, Member, MemberRole, check_council, check_members
from .errors import ValidationError
from .lifecycle import Action
from .register import DocType
from .scoring import DEFAULT_RUBRIC, Rubric, RubricCriterion


class MeetingKind(StrEnum):
    LEADERSHIP = "leadership"  # họp tập thể lãnh đạo (ND 73/2023 Đ8.1)
    COUNCIL = "council"  # Hội đồng đánh giá đề xuất đổi mới, sáng tạo (seed V.3), for broad or complex ones


class MeetingLevel(StrEnum):
    UNIT = "unit"  # at the commune, ward or special zone
    PROVINCE = "province"  # at the province


class MeetingState(StrEnum):
    CONVENED = "convened"  # called, with its agenda; nothing recorded yet
    HELD = "held"  # under way: attendance (and then opinions, scores, ballots) recorded
    ADJOURNED = "adjourned"  # stopped without a vote (below quorum, or for a stated reason): items back
    CLOSED = "closed"  # the closing time is recorded and the minutes numbered


OPEN_STATES = frozenset({MeetingState.CONVENED, MeetingState.HELD})
ENDED_STATES = frozenset({MeetingState.ADJOURNED, MeetingState.CLOSED})


class Seat(StrEnum):
    """A member's place as stored (``meeting_members.role``)."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"


class Purpose(StrEnum):
    """What an agenda item is for: approving the plan (ND 73/2023 Đ8) or evaluating its result (Đ11).

    Stored NULL for approval (every item before 0.6.0), so the code is read with ``purpose_of``."""

    APPROVAL = "approval"
    EVALUATION = "evaluation"


def purpose_of(stored: str | None) -> Purpose:
    return Purpose(stored) if stored else Purpose.APPROVAL


class Outcome(StrEnum):
    """What a decision says (ND 73/2023 Đ8.2): always a written, numbered document."""

    APPROVE = "approve"  # phê duyệt: a Quyết định
    PILOT = "pilot"  # cho thực hiện thí điểm: a Quyết định
    RETURN = "return"  # trả lại để hoàn thiện: a Thông báo kết luận, with reasons
    REJECT = "reject"  # không phê duyệt: a Thông báo kết luận, with reasons

    @property
    def doc_type(self) -> DocType:
        return DocType.DECISION if self in (Outcome.APPROVE, Outcome.PILOT) else DocType.NOTICE

    @property
    def action(self) -> Action:
        return _OUTCOME_ACTIONS[self]

    @property
    def needs_reasons(self) -> bool:
        return self in (Outcome.RETURN, Outcome.REJECT)


_OUTCOME_ACTIONS = {Outcome.APPROVE: Action.APPROVE, Outcome.PILOT: Action.APPROVE_PILOT,
                    Outcome.RETURN: Action.RETURN, Outcome.REJECT: Action.REJECT}


def _parse(enum: type[StrEnum], value: object, code: str) -> Any:
    text = str(value or "").strip().lower().replace("-", "_")
    for member in enum:
        if text == member.value:
            return member
    raise ValidationError(code, value=str(value), known=", ".join(m.value for m in enum))


def parse_kind(value: object) -> MeetingKind:
    result: MeetingKind = _parse(MeetingKind, value, "meeting_kind_invalid")
    return result


def parse_level(value: object) -> MeetingLevel:
    result: MeetingLevel = _parse(MeetingLevel, value, "meeting_level_invalid")
    return result


def parse_seat(value: object) -> Seat:
    result: Seat = _parse(Seat, value, "seat_invalid")
    return result


def parse_attendance(value: object) -> Attendance:
    result: Attendance = _parse(Attendance, value, "attendance_invalid")
    return result


def parse_outcome(value: object) -> Outcome:
    result: Outcome = _parse(Outcome, value, "outcome_invalid")
    return result


# ------------------------------------------------------------------------------------------- taking part


class Part(StrEnum):
    """What a member does at the meeting that only a member there can do."""

    OPINION = "opinion"  # speaks (ý kiến phát biểu)
    BALLOT = "ballot"  # votes
    SCORE = "score"  # scores the rubric


def check_present(attendance: Attendance | None, *, member: str, part: Part, reason: str = "") -> None:
    """Raise unless the member (``member``: his name, for the message) is marked present: only a member there speaks,
    votes or scores. Mẫu 1.9 records who took part; ND 73/2023 Đ8.1 counts the votes of the members present.

    The one rule for every path (an opinion, a ballot, a mark): ``member_absent`` for a member marked absent (with
    his reason), ``member_not_marked`` for one whose attendance is not taken yet.
    """
    if attendance is Attendance.ABSENT:
        raise ValidationError("member_absent", member=member, part=part.value, reason=reason)
    if attendance is not Attendance.PRESENT:
        raise ValidationError("member_not_marked", member=member, part=part.value)


# ------------------------------------------------------------------------------------------------ seats


@dataclass(frozen=True)
class Seated:
    """One member as convened: his id on the meeting, his seat, whether he is the unit's head."""

    id: str
    seat: Seat
    is_head: bool = False
    person_id: str = ""
    account_id: str | None = None


def voting_role(kind: MeetingKind, seat: Seat) -> MemberRole | None:
    """The member's role for the vote, or None for a secretary of a leadership meeting (not a member)."""
    if seat is Seat.SECRETARY:
        return MemberRole.SECRETARY_MEMBER if kind is MeetingKind.COUNCIL else None
    return {Seat.CHAIR: MemberRole.CHAIR, Seat.VICE_CHAIR: MemberRole.VICE_CHAIR, Seat.MEMBER: MemberRole.MEMBER}[seat]


def members_for(kind: MeetingKind, seats: Sequence[Seated], proposer_ids: Iterable[str] = ()) -> list[Member]:
    """The members of the vote on one item (in the seats' order): the proposer marked, a non-member left out."""
    proposers = set(proposer_ids)
    found = []
    for seated in seats:
        role = voting_role(kind, seated.seat)
        if role is not None:
            found.append(Member(seated.id, role, is_head=seated.is_head, is_proposer=seated.id in proposers))
    return found


def check_seats(kind: MeetingKind, seats: Sequence[Seated], size: CouncilSize | None = None) -> None:
    """Raise unless the seats can form the meeting: one person once, one chair, one secretary, the members valid
    (a council: its size by ``size``, default 5–9, ``council.check_council``)."""
    persons = [s.person_id for s in seats]
    if len(set(persons)) != len(persons):
        raise ValidationError("member_duplicate", member=next(p for p in persons if persons.count(p) > 1))
    members = members_for(kind, seats)
    if kind is MeetingKind.COUNCIL:
        check_council(members, size)
        return
    check_members(members)
    for seat, code in ((Seat.CHAIR, "meeting_chair_count"), (Seat.SECRETARY, "meeting_secretary_count")):
        count = sum(1 for s in seats if s.seat is seat)
        if count != 1:
            raise ValidationError(code, count=count)


def proposer_seats(seats: Iterable[Seated], *, author_account_id: str, proposer_person_ids: Iterable[str]) -> set[str]:
    """Ids of the seats held by a proposer of one proposal: its author's account, or a person its plan names as
    proposer (người đề xuất). ND 73/2023 Đ8.1: he does not vote on it."""
    named = {p for p in proposer_person_ids if p}
    return {s.id for s in seats if (s.account_id and s.account_id == author_account_id) or s.person_id in named}


# ------------------------------------------------------------------------------------------ time, locks


def is_late(held_on: date, due_on: date | None) -> bool:
    """ND 73/2023 Đ8.1: the meeting is held within 07 working days of receipt; after ``due_on`` it is late."""
    return due_on is not None and held_on > due_on


class Step(StrEnum):
    """What is done in a meeting; ``refusal`` says, for each, whether it may be done now and if not why."""

    AGENDA = "agenda"  # add or withdraw a proposal: while convened, before the start too
    ATTEND = "attend"  # attendance
    OPINION = "opinion"  # an opinion given in the meeting
    MINUTES = "minutes"  # the minutes' text, an item's presentation and conclusion
    VOTE = "vote"  # ballots
    SCORE = "score"  # a council's marks
    CLOSE = "close"  # the closing time: the minutes take their number
    ADJOURN = "adjourn"
    OVERRIDE = "override"  # the head's written approval after a failed vote: also once closed
    DECIDE = "decide"  # the written decision: once closed


def refusal(step: Step, state: MeetingState, *, locked: bool, starts_at: datetime,
            now: datetime) -> ValidationError | None:
    """Why ``step`` cannot be done now in a meeting in ``state`` — the error to raise, not raised — or None when
    it may. The one rule the services enforce and the meeting window shows beside its disabled controls.

    Nothing is recorded before the start, nor once the meeting ended or its signed minutes are attached (the
    override: until they are). The written decision (ND 73/2023 Đ8.2) follows the meeting's vote (Đ8.1) and cites
    its minutes by number, which they take when the meeting closes: it waits for the close; an adjourned meeting,
    which voted on nothing, decides nothing.
    """
    if step is Step.DECIDE:
        if state is MeetingState.CLOSED:
            return None
        if state is MeetingState.ADJOURNED:
            return ValidationError("decision_meeting_adjourned")
        return ValidationError("meeting_not_closed")
    if locked:
        return ValidationError("meeting_locked")
    if step is not Step.OVERRIDE and state not in OPEN_STATES:
        return ValidationError("meeting_not_open", meeting_state=state.value)
    if step is not Step.AGENDA and now < starts_at:
        return ValidationError("meeting_not_started", start=f"{starts_at:%H:%M ngày %d/%m/%Y}")
    return None


# A meeting ends within a day of its start: an end later than that is a mistyped date, not a long meeting.
LONGEST_MEETING = timedelta(days=1)


def check_end(starts_at: datetime, end: datetime, now: datetime) -> None:
    """The end recorded: after the start, not after now, within ``LONGEST_MEETING`` of the start."""
    shown, start = f"{end:%H:%M %d/%m/%Y}", f"{starts_at:%H:%M %d/%m/%Y}"
    if end <= starts_at:
        raise ValidationError("meeting_end_before_start", value=shown, start=start)
    if end > now:
        raise ValidationError("meeting_end_future", value=shown, now=f"{now:%H:%M %d/%m/%Y}")
    if end - starts_at > LONGEST_MEETING:
        raise ValidationError("meeting_end_too_late", value=shown, start=start)


_MOMENT = re.compile(r"^\s*(\S+?)(?:[ T]+(\d{1,2})[:hg](\d{2})?)?\s*$", re.IGNORECASE)


def parse_moment(value: str | datetime, *, on: date | None = None) -> datetime:
    """A local date and time: "2026-01-12 08:00", "12/01/2026 8h30", "2026-01-12T14:00" (+07:00); a bare time
    ("16:30") when ``on`` gives the day. Refused: ``datetime_invalid``."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=VN_TZ)
    text = str(value or "").strip()
    try:
        if on is not None and re.fullmatch(r"\d{1,2}[:hg]\d{2}", text, re.IGNORECASE):
            hours, minutes = (int(p) for p in re.split(r"[:hg]", text.lower()))
            return datetime.combine(on, time(hours, minutes), VN_TZ)
        found = _MOMENT.match(text)
        if not found:
            raise ValueError(text)
        day_text, hour, minute = found.group(1), found.group(2), found.group(3)
        if "/" in day_text:
            d, m, y = (int(p) for p in day_text.split("/"))
            day = date(y, m, d)
        else:
            day = date.fromisoformat(day_text)
        if not 1995 <= day.year <= 2100:
            raise ValueError(text)
        return datetime.combine(day, time(int(hour or 0), int(minute or 0)), VN_TZ)
    except (ValueError, OverflowError):
        raise ValidationError("datetime_invalid", value=text) from None


# ---------------------------------------------------------------------------------------- rubric, scores


def rubric_to_json(rubric: Rubric) -> str:
    """The rubric as stored with the meeting: weights as exact fractions ("1", "3/2")."""
    return json.dumps([{"code": c.code, "title": c.title, "weight": str(c.exact_weight), "max": c.max_score}
                       for c in rubric.criteria], ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rubric_from_json(text: str | None) -> Rubric:
    if not text:
        return DEFAULT_RUBRIC
    try:
        data = json.loads(text)
        return Rubric(tuple(RubricCriterion(str(c["code"]), Fraction(str(c["weight"])), int(c["max"]),
                                            str(c.get("title") or "")) for c in data))
    except (ValueError, KeyError, TypeError):
        raise ValidationError("rubric_empty") from None


# A mark as people write it on a score sheet: up to three digits, and at most two decimals after a comma or a
# point ("8", "8,5", "7.25"); or an exact fraction as stored ("17/3"). ASCII digits only: nothing else is a
# number on a paper form, and an exponent ("1e-99999") would make exact arithmetic run for minutes.
_MARK = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?", re.ASCII)
_FRACTION = re.compile(r"(\d{1,4})/(\d{1,4})", re.ASCII)


def parse_score(value: object) -> Fraction:
    """A mark as typed or stored, exactly: 8, "8", "8.5", "8,5", "17/2", Decimal("8.5"); never a float."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError("score_invalid", criterion="", value=str(value))
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Fraction):
        if abs(value.numerator) >= 10**6 or value.denominator >= 10**6:
            raise ValidationError("score_invalid", criterion="", value=str(value))
        return value
    if isinstance(value, Decimal):
        # The same bounds as typed text: a finite number of at most 3 digits before the point and 2 after.
        if not value.is_finite() or value.as_tuple().exponent < -2 or value.adjusted() > 2:  # type: ignore[operator]
            raise ValidationError("score_invalid", criterion="", value=str(value))
        return Fraction(value)
    text = str(value or "").strip()
    if len(text) > 12:
        raise ValidationError("score_invalid", criterion="", value=text[:12] + "…")
    mark = _MARK.fullmatch(text)
    if mark:
        whole, decimals = mark.group(1), mark.group(2) or ""
        return Fraction(int(whole + decimals), 10 ** len(decimals))
    fraction = _FRACTION.fullmatch(text)
    if fraction and int(fraction.group(2)):
        return Fraction(int(fraction.group(1)), int(fraction.group(2)))
    raise ValidationError("score_invalid", criterion="", value=text)


def stored_score(value: Fraction) -> str:
    """The exact text a mark is stored as: "8", "8.5", "8.25"; "17/3" when no finite decimal holds it."""
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.{places}f}"
