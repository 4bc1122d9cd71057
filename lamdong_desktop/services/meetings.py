"""Leadership meetings and review councils: convene, set the agenda, adjourn, close, sign; list and read them.

ND 73/2023/NĐ-CP Điều 8 khoản 1: within 07 working days of receipt the head puts a proposal to the leadership
collective; a broad or complex one goes to a Hội đồng đánh giá đề xuất đổi mới, sáng tạo instead (seed V.3:
5–9 members by default, quorum at least 2/3, each member scores the rubric). What is recorded during the meeting
is in ``meeting_records.py`` (attendance, opinions, content) and ``meeting_votes.py`` (ballots, scores, the
head's override); the decision after it in ``decisions.py``; what the printed minutes need in ``minutes.py``.
Who may do what, and who reads, is said once in ``meeting_base.py``. A head's own proposal goes before a meeting of
the province (``level="province"``, ND 73/2023 Đ7.1), convened by the province, seated from the province's roster and
numbered in the province's register (``services/levels.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.council import CouncilSize, QuorumRule
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.levels import acting_level, check_agenda_level
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.domain.meetings import (
    ENDED_STATES,
    MeetingKind,
    MeetingLevel,
    MeetingState,
    Seat,
    Seated,
    Step,
    check_end,
    check_seats,
    parse_kind,
    parse_level,
    parse_moment,
    parse_seat,
    rubric_to_json,
)
from lamdong_desktop.domain.register import (
    UNIT_HEAD_TITLE,
    UNIT_SEQUENCE,
    DocType,
    EntryDraft,
    council_sequence,
)
from lamdong_desktop.domain.scoring import DEFAULT_RUBRIC, Rubric
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages.sessions import (
    COUNCIL_CHAIR_TITLE,
    COUNCIL_ISSUER,
    INVITATION_TITLE,
    LEADERSHIP_CHAIR_TITLE,
    MINUTES_TITLE,
)
from lamdong_desktop.storage import meetings_repo, meta_repo, register_repo, staff_repo

from . import proposals, register, signed_scans
from .accounts import author
from .agenda_items import item_fields, schedule_facts
from .changes import writes
from .context import AppContext
from .levels import invitation_signer, refuse_own, refuse_own_of, register_code
from .meeting_base import (
    Meeting,
    announce_items,
    check_now,
    editable,
    is_head,
    load,
    meeting_row,
    readable,
    readable_items,
    require_head,
    require_recorder,
    store_tally,
)
from .meeting_records import check_votes_finished
from .minutes import minutes_data
from .staff import find_person as find_person  # scripts name the members and signers by name

# Settings (app_meta) that change the defaults of seed V.3 for every new meeting; each convene may still say otherwise.
QUORUM_SETTING, COUNCIL_SIZE_SETTING = "meeting_quorum", "council_size"


@dataclass(frozen=True)
class MemberSpec:
    """Someone of the unit's staff seated on a meeting: the person, the seat, whether he is the unit's head."""

    person_id: str
    seat: Seat | str = Seat.MEMBER
    is_head: bool = False


def default_quorum(ctx: AppContext) -> QuorumRule:
    return QuorumRule.parse(meta_repo.get(ctx.db, QUORUM_SETTING) or "2/3")


def default_council_size(ctx: AppContext) -> CouncilSize:
    text = meta_repo.get(ctx.db, COUNCIL_SIZE_SETTING) or ""
    low, _, high = text.partition("-")
    try:
        return CouncilSize(int(low), int(high)) if text else CouncilSize()
    except ValueError:
        raise ValidationError("council_size_rule_invalid", minimum=low, maximum=high) from None


def _text(value: str, field: str, limit: str, *, required: bool = True, multiline: bool = False) -> str:
    text = check_text(value, field=field, limit=limit, multiline=multiline)
    if required and not text.strip():
        raise ValidationError("text_required", field=field)
    return text


def _seat_rows(ctx: AppContext, kind: MeetingKind, members: Sequence[MemberSpec], size: CouncilSize | None,
               level: MeetingLevel) -> list[dict[str, object]]:
    rows = []
    for spec in members:
        try:
            person = staff_repo.people(ctx.db).get(spec.person_id)
        except NotFound:
            raise NotFound("person_not_found", id=spec.person_id) from None
        if person["unit_code"] != register_code(ctx, level):  # the unit's staff, or the province's roster
            raise NotFound("person_not_found", id=spec.person_id)
        rows.append({"person_id": person["id"], "account_id": person["account_id"], "full_name": person["full_name"],
                     "position": person["position"] or "", "role": parse_seat(spec.seat).value,
                     "is_head": int(bool(spec.is_head))})
    check_seats(kind, [Seated(str(r["person_id"]), Seat(str(r["role"])), is_head=bool(r["is_head"]),
                              person_id=str(r["person_id"])) for r in rows], size)
    return rows


@writes
def convene(ctx: AppContext, *, actor: Actor, kind: MeetingKind | str, title: str, starts_at: datetime | str,
            place: str, members: Sequence[MemberSpec], level: str | None = None, quorum: QuorumRule | str | None = None,
            council_size: CouncilSize | None = None, rubric: Rubric | None = None,
            proposal_ids: Sequence[str] = ()) -> Meeting:
    """The head convenes a leadership meeting or a review council, takes the invitation's number (GM) and puts
    ``proposal_ids`` on its agenda. All or nothing: a refused member or proposal leaves no meeting and no number.
    ``level``: the unit's (the head's) or the province's (the province's); by default the level ``actor`` works at."""
    chosen, at_level = parse_kind(kind), parse_level(level) if level else acting_level(actor.roles)
    refuse_own_of(ctx, proposal_ids, actor)  # the head's own proposal: refused with its reason, before the level's
    require_head(actor, "convene", at_level)
    title = _text(title, "meeting_title", "title")
    place = _text(place, "meeting_place", "name")
    starts = parse_moment(starts_at)
    today = clock.today()
    if starts.date() < today:
        # The invitation is numbered and dated the day it is convened: it cannot invite to a day already past (a
        # meeting "held" before its invitation would also hide a late meeting, ND 73/2023 Đ8.1). Earlier the same
        # day stands: the invitation then bears the meeting's own date.
        raise ValidationError("meeting_start_passed", start=f"{starts:%H:%M ngày %d/%m/%Y}",
                              today=f"{today:%d/%m/%Y}")
    rule = quorum if isinstance(quorum, QuorumRule) else (QuorumRule.parse(quorum) if quorum else default_quorum(ctx))
    size = (council_size or default_council_size(ctx)) if chosen is MeetingKind.COUNCIL else None
    seat_rows = _seat_rows(ctx, chosen, members, size, at_level)
    with ctx.db.atomic():
        row = meetings_repo.meetings(ctx.db).insert(
            {"unit_code": ctx.unit_code, "kind": chosen.value, "level": at_level.value, "title": title,
             "starts_at": clock.stamp(starts), "place": place, "ends_at": None, "state": MeetingState.CONVENED.value,
             "quorum_num": rule.fraction.numerator, "quorum_den": rule.fraction.denominator,
             "council_min": size.minimum if size else None, "council_max": size.maximum if size else None,
             "rubric": rubric_to_json(rubric or DEFAULT_RUBRIC), "minutes_locked": 0},
            author=author(actor), summary=f"Triệu tập {title} lúc {starts:%H:%M ngày %d/%m/%Y} tại {place}")
        for seat in seat_rows:
            meetings_repo.members(ctx.db).insert({"meeting_id": row["id"], **seat}, author=author(actor),
                                                 summary=f"{seat['full_name']} dự {title}")
        signer_id, signer_name, signer_title, authority = invitation_signer(ctx, actor, at_level, seat_rows)
        invitation = register.number(ctx, actor=actor, doc_type=DocType.INVITATION, level=at_level,
                                     title=INVITATION_TITLE.format(title=title), signer_person_id=signer_id,
                                     signer_name=signer_name, signer_title=signer_title, authority=authority,
                                     head_title=UNIT_HEAD_TITLE if authority.head_prefix else "",
                                     subject_table="meetings", subject_id=row["id"]).value
        meetings_repo.meetings(ctx.db).update(row["id"], {"invitation_entry_id": invitation.id}, author=author(actor),
                                              summary=f"Giấy mời số {invitation.reference}")
        for proposal_id in proposal_ids:
            _add_item(ctx, actor, row["id"], proposal_id)
    return load(ctx, row["id"])


def _add_item(ctx: AppContext, actor: Actor, meeting_id: str, proposal_id: str) -> None:
    meeting = editable(ctx, meeting_id)
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    refuse_own(proposal, actor)
    check_agenda_level(meeting.level, proposal.submitted_to, proposal.ref)
    fields = item_fields(ctx, proposal, meeting)  # approving a received plan, or evaluating a reported result
    proposals.apply_transition(ctx, actor, proposal.id, Action.SCHEDULE, facts=schedule_facts(ctx, proposal))
    position = max((i.position for i in meeting.items), default=0) + 1
    meetings_repo.items(ctx.db).insert(
        {"meeting_id": meeting.id, "proposal_id": proposal.id, "position": position, **fields, "for_count": 0,
         "against_count": 0, "abstain_count": 0, "tie_broken": 0},
        author=author(actor), summary=f"Đưa {proposal.ref} vào chương trình {meeting.title}")


@writes
def add_item(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal_id: str) -> Meeting:
    """The head puts a received proposal on the agenda (RECEIVED → SCHEDULED; a broad one only before a council), or
    a reported result to be evaluated (REPORTED → EVALUATING, ND 73/2023 Đ11) — again after a meeting voted its
    evaluation down (``agenda_items.not_adopted``)."""
    require_head(actor, "agenda", MeetingLevel(meeting_row(ctx, meeting_id)["level"]))
    with ctx.db.atomic():
        _add_item(ctx, actor, meeting_id, proposal_id)
    return load(ctx, meeting_id)


def _drop_records(ctx: AppContext, actor: Actor, meeting_id: str, proposal_id: str) -> None:
    for row in meetings_repo.ballots_of(ctx.db, meeting_id, proposal_id):
        meetings_repo.ballots(ctx.db).delete(row["id"], author=author(actor),
                                             summary="Bỏ phiếu của đề xuất rút khỏi họp")
    for row in meetings_repo.scores_of(ctx.db, meeting_id, proposal_id):
        meetings_repo.scores(ctx.db).delete(row["id"], author=author(actor), summary="Bỏ điểm của đề xuất rút khỏi họp")


@writes
def remove_item(ctx: AppContext, *, actor: Actor, meeting_id: str, proposal_id: str, reason: str) -> Meeting:
    """The head takes a proposal off the agenda, with a reason (SCHEDULED → RECEIVED); its ballots and scores go."""
    require_head(actor, "agenda", MeetingLevel(meeting_row(ctx, meeting_id)["level"]))
    with ctx.db.atomic():
        meeting = editable(ctx, meeting_id)
        proposal = proposals.get(ctx, proposal_id, actor=actor)
        item = meeting.item(proposal.id)
        if item.concluded:
            raise ValidationError("meeting_has_decisions", ref=item.ref)
        proposals.apply_transition(ctx, actor, proposal.id, Action.UNSCHEDULE, reason=reason)
        _drop_records(ctx, actor, meeting.id, proposal.id)
        meetings_repo.items(ctx.db).delete(item.id, author=author(actor),
                                           summary=f"Rút {item.ref} khỏi chương trình {meeting.title}: {reason}")
    return load(ctx, meeting_id)


def _ends(meeting: Meeting, ends_at: datetime | str | None) -> datetime:
    now = clock.now()
    end = parse_moment(ends_at, on=meeting.held_on) if ends_at is not None else now
    check_end(meeting.starts_at, end, now)
    return end


def _number_minutes(ctx: AppContext, actor: Actor, meeting: Meeting) -> str:
    """Take the minutes' number (BB): a council's in its own sequence ("01/BB-HĐĐG"), the level's otherwise."""
    chair = meeting.chair()
    council = meeting.kind is MeetingKind.COUNCIL
    draft = EntryDraft(
        doc_type=DocType.MINUTES, title=MINUTES_TITLE.format(title=meeting.title), issued_on=clock.today(),
        signer_name=chair.full_name if chair else actor.full_name,
        signer_title=COUNCIL_CHAIR_TITLE if council else ((chair.position if chair else "") or LEADERSHIP_CHAIR_TITLE),
        issuer=COUNCIL_ISSUER if council else "UBND",
        sequence_key=council_sequence(meeting.id) if council else UNIT_SEQUENCE,
        signer_person_id=chair.person_id if chair else None, subject_table="meetings", subject_id=meeting.id)
    return register_repo.allocate_entry(ctx.db, draft, unit_code=register_code(ctx, meeting.level),
                                        author=author(actor)).id


@writes
def adjourn(ctx: AppContext, *, actor: Actor, meeting_id: str, reason: str,
            ends_at: datetime | str | None = None) -> Meeting:
    """The head adjourns the meeting without a vote (below quorum, or for the reason given): every item goes back
    to the head's queue (SCHEDULED → RECEIVED, UNSCHEDULE with the reason); the minutes of it take their number."""
    require_head(actor, "adjourn", MeetingLevel(meeting_row(ctx, meeting_id)["level"]))
    reason = _text(reason, "reason", "reason", multiline=True)
    with ctx.db.atomic():
        meeting = load(ctx, meeting_id)
        check_now(meeting, Step.ADJOURN)  # not ahead of its start: its minutes would record a meeting never held
        decided = next((i for i in meeting.items if i.concluded), None)
        if decided:
            raise ValidationError("meeting_has_decisions", ref=decided.ref)
        end = _ends(meeting, ends_at)
        store_tally(ctx, actor, meeting, adjourned=True)
        for item in meeting.items:
            proposals.apply_transition(ctx, actor, item.proposal_id, Action.UNSCHEDULE, reason=reason)
        minutes_id = _number_minutes(ctx, actor, meeting)
        meetings_repo.meetings(ctx.db).update(
            meeting.id, {"state": MeetingState.ADJOURNED.value, "adjourn_reason": reason, "ends_at": clock.stamp(end),
                          "minutes_entry_id": minutes_id},
            author=author(actor), summary=f"Hoãn {meeting.title}: {reason}")
        announce_items(ctx, meeting.id)
    return load(ctx, meeting_id)


@writes
def close(ctx: AppContext, *, actor: Actor, meeting_id: str, ends_at: datetime | str | None = None) -> Meeting:
    """The secretary records the closing time (now by default); the minutes take their number from the register."""
    with ctx.db.atomic():
        meeting = load(ctx, meeting_id)
        require_recorder(meeting, actor, "close")
        check_now(meeting, Step.CLOSE)
        if meeting.state is MeetingState.CONVENED:
            raise ValidationError("meeting_not_held")
        if not meeting.items:
            raise ValidationError("meeting_agenda_empty")
        end = _ends(meeting, ends_at)
        store_tally(ctx, actor, meeting)
        check_votes_finished(meeting)
        minutes_id = _number_minutes(ctx, actor, meeting)
        meetings_repo.meetings(ctx.db).update(
            meeting.id, {"state": MeetingState.CLOSED.value, "ends_at": clock.stamp(end),
                         "minutes_entry_id": minutes_id},
            author=author(actor), summary=f"Kết thúc {meeting.title} lúc {end:%H:%M ngày %d/%m/%Y}")
        announce_items(ctx, meeting.id)
    return load(ctx, meeting_id)


@writes
def attach_signed_minutes(ctx: AppContext, *, actor: Actor, meeting_id: str, path: str | Path) -> Meeting:
    """The secretary (or the head) attaches the signed minutes — the scan of the paper, or the PDF signed digitally:
    the meeting shows "Đã ký" and is locked: nothing of it can be recorded or changed any more (a change needs a new,
    numbered document)."""

    def check() -> signed_scans.Signable:
        meeting = load(ctx, meeting_id)
        if not is_head(actor, meeting.level):
            require_recorder(meeting, actor, "sign")
        if meeting.locked:
            raise ValidationError("meeting_locked")
        if meeting.state not in ENDED_STATES:
            raise ValidationError("meeting_not_ended")
        return signed_scans.Signable("meetings", meeting.id, f"biên bản {meeting.title}", meetings_repo.meetings,
                                     lambda: signed_scans.minutes_document(ctx, meeting.id, actor),
                                     scan_column="minutes_scan_id", lock_column="minutes_locked")

    signed_scans.attach_signed(ctx, actor, path, check, after=lambda target: announce_items(ctx, target.record_id))
    return load(ctx, meeting_id)


# ---------------------------------------------------------------------------------------------- reading


def get(ctx: AppContext, meeting_id: str, *, actor: Actor) -> Meeting:
    """One meeting as ``actor`` may read it (a proposer sees only his own item); otherwise NotFound."""
    return readable(ctx, resolve(ctx, meeting_id, actor=actor), actor)


def resolve(ctx: AppContext, text: str, *, actor: Actor) -> str:
    """A meeting's id from its id or an unambiguous beginning of it (at least 6 characters), as scripts type it."""
    key = (text or "").strip()
    try:
        return str(meeting_row(ctx, key)["id"])
    except NotFound:
        pass
    found = [r["id"] for r in meetings_repo.list_meetings(ctx.db, ctx.unit_code)
             if len(key) >= 6 and str(r["id"]).startswith(key)]
    if len(found) != 1:
        raise NotFound("meeting_not_found", id=key)
    return str(found[0])


def export_minutes_scan(ctx: AppContext, *, actor: Actor, meeting_id: str, folder: str | Path) -> Path:
    """Copy the signed minutes out (to open it with the system viewer), for a reader of the meeting."""
    return signed_scans.export_signed(ctx, get(ctx, meeting_id, actor=actor).minutes_scan_id, folder)


def meetings_of(ctx: AppContext, proposal_id: str, *, actor: Actor) -> list[Meeting]:
    """The meetings that had ``proposal_id`` on their agenda (adjourned ones included), oldest first, as ``actor``
    may read them: what the proposal's window lists, without building every meeting of the unit."""
    found = []
    for meeting_id in dict.fromkeys(r["meeting_id"] for r in meetings_repo.items_of_proposal(ctx.db, proposal_id)):
        try:
            found.append(readable(ctx, meeting_id, actor))
        except NotFound:
            continue
    return found


def list_meetings(ctx: AppContext, *, actor: Actor) -> list[Meeting]:
    """The meetings ``actor`` may read, newest first (a proposer's narrowed to his own items)."""
    shown = []
    for row in meetings_repo.list_meetings(ctx.db, ctx.unit_code):
        try:
            shown.append(readable(ctx, row["id"], actor))
        except NotFound:
            continue
    return shown


__all__ = ["MemberSpec", "add_item", "adjourn", "attach_signed_minutes", "close", "convene", "export_minutes_scan",
           "find_person", "get", "list_meetings", "meetings_of",
           "minutes_data", "readable_items", "remove_item", "resolve"]
