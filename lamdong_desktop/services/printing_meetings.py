"""Printed forms of meetings and decisions: Biên bản (Mẫu 1.9), Quyết định, Thông báo kết luận, Giấy mời.

As for the plan (``printing.proposal_plan`` / ``render_plan``): ``minutes_of``, ``decision_of`` and ``invitation_of``
build the documents' plain values from the record, on the thread that owns the database, for a reader only (to
anyone else it is not found); ``render_minutes``, ``render_decision`` and ``render_invitation`` print them with no
database access, so they may run on a worker; ``print_*`` does both for the command line and refuses a target in
the data folder. Numbers are the register's ("Số: 07/QĐ-UBND"), signer blocks the register's lines (TM./KT./Q.),
every page carries the audit chain's head; the same record always prints the same text.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from lamdong_desktop.documents import decision as decision_form
from lamdong_desktop.documents import invitation as invitation_form
from lamdong_desktop.documents import minutes as minutes_form
from lamdong_desktop.documents import notice as notice_form
from lamdong_desktop.documents.decision import Decision, HeadOverride, MinutesRef, PartyOpinionRef
from lamdong_desktop.documents.invitation import Invitation
from lamdong_desktop.documents.issued import MeetingKind as FormKind
from lamdong_desktop.documents.issued import Person, ProposalRef, Signer
from lamdong_desktop.documents.minutes_model import (
    Absentee,
    AgendaItem,
    Attendee,
    Criterion,
    Guest,
    Minutes,
    NonVoter,
    Opinion,
    Override,
    Quorum,
    Role,
    Score,
    ScoreRow,
    ScoreTable,
    Vote,
    VoteResult,
)
from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.notice import ConclusionNotice, Disagreement, MeetingRef
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.meetings import MeetingKind as DomainKind
from lamdong_desktop.domain.meetings import Outcome, Seat
from lamdong_desktop.domain.register import UNIT_BODY, UNIT_HEAD_TITLE, Authority, parse_reference, signer_lines
from lamdong_desktop.domain.scoring import rounded
from lamdong_desktop.storage import proposals_repo, register_repo

from . import decisions, meetings, printed, proposals
from .context import AppContext
from .decisions import DecisionData
from .levels import body, register_code
from .meeting_base import meeting_row
from .minutes import AgendaItemData, MinutesData, PersonLine, ScoreTableData, VoteData, guests_of, minutes_data
from .printing import audit_head_line, check_print_target, rendered

PrintedDecision = Decision | ConclusionNotice
"""A Quyết định for an approval or a pilot, a Thông báo kết luận for a return or a rejection."""


# ------------------------------------------------------------------------------------------------ minutes


def _person(line: PersonLine) -> Person:
    return Person(line.name, line.position)


def exact(value: Fraction) -> Score:
    """A mark, weight or total as given: an integer, else its exact decimal ("8,5"), else rounded to 2 places."""
    if value.denominator == 1:
        return int(value)
    places = 1 if (value * 10).denominator == 1 else 2
    return rounded(value, places)


def _kind(kind: DomainKind) -> FormKind:
    return "council" if kind is DomainKind.COUNCIL else "leadership"


_RESULTS: dict[str, VoteResult] = {"passed": "passed", "failed": "failed", "no_quorum": "no_quorum"}
_ROLES: dict[str, Role] = {"chair": "chair", "vice_chair": "vice_chair", "member": "member", "secretary": "secretary"}


def _average(value: Fraction | None) -> Score | None:
    """An average always to 2 places, as the score table prints them (25/3 → "8,33", 8 → "8,00")."""
    return None if value is None else rounded(value, 2)


def _scores(table: ScoreTableData) -> ScoreTable:
    return ScoreTable(
        criteria=tuple(Criterion(c.title, exact(c.weight), c.maximum) for c in table.criteria),
        rows=tuple(ScoreRow(r.member, tuple(None if s is None else exact(s) for s in r.scores),
                            None if r.total is None else exact(r.total)) for r in table.rows),
        averages=tuple(_average(a) for a in table.averages), average_total=_average(table.average_total))


def _vote(vote: VoteData, positions: dict[str, str]) -> Vote | None:
    if vote.result is None:  # not complete yet: the minutes say so ("Chưa ghi kết quả biểu quyết")
        return None
    override = None
    if vote.override is not None:
        o = vote.override
        # Named with his position on the meeting ("…, Chủ tịch UBND xã"), else as "người đứng đầu" in the sentence.
        title = positions.get(o.name) or o.title[:1].lower() + o.title[1:]
        override = Override(o.name, title, o.reason, o.on)
    # Only the proposer is ever left out of a vote among those present (ND 73/2023 Đ8.1): the form's own words.
    return Vote(present=vote.present, voting=vote.voting, in_favour=vote.in_favour, against=vote.against,
                abstaining=vote.abstaining, result=_RESULTS[vote.result],
                tie_broken=vote.tie_broken, non_voters=tuple(NonVoter(n.name) for n in vote.non_voters),
                override=override)


def _item(item: AgendaItemData, positions: dict[str, str]) -> AgendaItem:
    p = item.proposal
    return AgendaItem(
        proposal=ProposalRef(p.reference, p.title, _person(p.proposer)), presentation=item.presentation,
        opinions=tuple(Opinion(o.name, o.text, o.position) for o in item.opinions),
        scores=_scores(item.scores) if item.scores else None, vote=_vote(item.vote, positions),
        conclusion=item.conclusion, due_on=item.due_on, late=item.late, evaluation=item.evaluation)


def minutes_from(data: MinutesData) -> Minutes:
    """The printed minutes of ``minutes_data``'s values (pure): present members, those absent with their reasons,
    each item with its scores and vote; without a register number a draft ("DỰ THẢO")."""
    positions = {a.name: a.position for a in (*data.attendees, *data.absentees) if a.position}
    q = data.quorum
    return Minutes(
        unit_name=data.unit_name, kind=_kind(data.kind), starts_at=data.starts_at, place=data.place,
        quorum=Quorum(members=q.members, present=q.present, required=q.required, fraction=q.fraction),
        attendees=tuple(Attendee(a.name, a.position, _ROLES[a.role], a.member) for a in data.attendees),
        # Invited, not members: the proposers who present their proposals (Mẫu 1.9 "Thành phần tham dự").
        guests=tuple(Guest(g.name, g.position, f"{minutes_form.PROPOSER_WORDS} ({', '.join(g.refs)})")
                     for g in data.guests),
        # Only a recorded absence is printed as one: attendance not yet taken is no absence.
        absentees=tuple(Absentee(a.name, a.position, a.absence_reason) for a in data.absentees
                        if a.present is False),
        chair=_person(data.chair), secretary=_person(data.secretary),
        agenda=tuple(_item(i, positions) for i in data.agenda), ends_at=data.ends_at, number=data.number,
        issuer_code=data.issuer_code, content=data.content,
        opinions=tuple(Opinion(o.name, o.text, o.position) for o in data.opinions), conclusion=data.conclusion,
        adjourned=data.adjourned, adjourn_reason=data.adjourn_reason, audit_head=data.audit_head)


def minutes_of(ctx: AppContext, meeting_id: str, *, actor: Actor) -> Minutes:
    """The Biên bản of ``meeting_id`` as it prints now, for a reader of the meeting (a proposer: his item only).

    Once the secretary has taken attendance: before that nothing was held, and a form would read as a meeting with
    nobody present (its invitation is what prints then).
    """
    data = minutes_data(ctx, meeting_id, actor=actor)
    if all(a.present is None for a in (*data.attendees, *data.absentees)):
        raise ValidationError("minutes_before_attendance")
    return minutes_from(data)


def render_minutes(doc: Minutes, target: str | Path) -> Path:
    """Print built minutes as an A4 PDF (no database access: safe on a worker thread)."""
    return rendered(lambda out: minutes_form.render_minutes(doc, out), target)


# ------------------------------------------------------------------------------------------------ decisions


def decision_from(d: DecisionData) -> PrintedDecision:
    """The printed Quyết định (approve, pilot) or Thông báo kết luận (return, reject) of ``decision_data`` (pure)."""
    proposal = ProposalRef(d.proposal.reference, d.proposal.title, _person(d.proposal.proposer))
    signer = Signer.from_lines(d.signer.name, d.signer_lines)
    kind = _kind(d.meeting.kind)
    if d.outcome in (Outcome.APPROVE, Outcome.PILOT):
        opinion = d.party_opinion
        approved = Decision(
            unit_name=d.unit_name, unit_short_name=d.unit_short_name,
            outcome="pilot" if d.outcome is Outcome.PILOT else "approve",
            proposal=proposal, scope=" ".join(d.scope.split()), period=" ".join(d.period.split()),
            solution=d.solution, signer=signer, number=d.number, date=d.issued_on, issuer_code=d.issuer_code,
            minutes=MinutesRef(kind, d.meeting.held_on, d.meeting.minutes_reference),
            party_opinion=PartyOpinionRef(opinion.body, opinion.given_on) if opinion else None,
            override=HeadOverride(d.override.reason, kind) if d.override else None, audit_head=d.audit_head)
        return replace(approved, responsibilities=(decision_form.lead_duty(approved),))
    v = d.vote
    result = notice_form.vote_result(voting=v.voting, in_favour=v.in_favour, against=v.against,
                                     abstaining=v.abstaining, result=v.result) if v.result else ""
    return ConclusionNotice(
        unit_name=d.unit_name, unit_short_name=d.unit_short_name,
        outcome="reject" if d.outcome is Outcome.REJECT else "return", proposal=proposal, reasons=d.reasons,
        signer=signer, meeting=MeetingRef(kind, d.meeting.held_on, d.meeting.minutes_reference),
        received_on=d.received_on, result=result, override_reason=d.override.reason if d.override else "",
        disagreement=(Disagreement(d.party_opinion.body, d.party_opinion.given_on, d.party_opinion.text)
                      if d.party_opinion and not d.party_opinion.agrees else None),
        number=d.number, date=d.issued_on, issuer_code=d.issuer_code,
        audit_head=d.audit_head)


def find_decision(ctx: AppContext, text: str, *, actor: Actor) -> str:
    """A decision's id from what a person types: its id, its number ("07/QĐ-UBND", "7/qd-ubnd": this year's first,
    else the only one of that number), the proposal it decided (DX-2026-007) or the meeting (id or its first 6
    characters) — each when it names exactly one decision ``actor`` may read."""
    key = (text or "").strip()
    try:
        return decisions.get(ctx, key, actor=actor).id
    except NotFound:
        pass
    views = decisions.list_decisions(ctx, actor=actor)
    try:
        wanted = parse_reference(key)
    except ValidationError:
        wanted = None
    if wanted is not None:
        same = [v for v in views if parse_reference(v.reference) == wanted]
        same = [v for v in same if v.year == clock.today().year] or same
        if len(same) > 1:
            raise ValidationError("decision_number_ambiguous", reference=key,
                                  years=", ".join(str(v.year) for v in same))
        if same:
            return same[0].id
        raise NotFound("decision_not_found", id=key)
    try:
        proposal_id = proposals.get(ctx, key, actor=actor).id
        found = [v for v in views if v.proposal_id == proposal_id]
    except NotFound:
        try:
            meeting = meetings.get(ctx, meetings.resolve(ctx, key, actor=actor), actor=actor)
        except NotFound:
            raise NotFound("decision_not_found", id=key) from None
        found = [v for v in views if v.meeting_id == meeting.id]
    if len(found) > 1:
        found.sort(key=lambda v: (v.issued_on, v.doc_type.value, v.number))
        raise ValidationError("decisions_many", owner=key, references=", ".join(v.reference for v in found))
    if not found:
        raise NotFound("decision_none", owner=key)
    return found[0].id


def decision_of(ctx: AppContext, decision_id: str, *, actor: Actor) -> PrintedDecision:
    """The printed decision or conclusion notice ``decision_id`` (or anything ``find_decision`` takes), for a
    reader of it: the proposal's readers, and the readers of the whole meeting."""
    return decision_from(decisions.decision_data(ctx, find_decision(ctx, decision_id, actor=actor), actor=actor))


def printed_document(doc: Minutes | PrintedDecision) -> Document:
    """The plain model a built form prints: what its content digest is taken of (``documents.signing``)."""
    if isinstance(doc, Minutes):
        return minutes_form.minutes_document(doc)
    if isinstance(doc, Decision):
        return decision_form.decision_document(doc)
    return notice_form.notice_document(doc)


def render_decision(doc: PrintedDecision, target: str | Path) -> Path:
    """Print a built decision or notice as an A4 PDF (no database access: safe on a worker thread)."""
    if isinstance(doc, Decision):
        return rendered(lambda out: decision_form.render_decision(doc, out), target)
    return rendered(lambda out: notice_form.render_notice(doc, out), target)


# ------------------------------------------------------------------------------------------------ invitation


def invitation_of(ctx: AppContext, meeting_id: str, *, actor: Actor) -> Invitation:
    """The Giấy mời of ``meeting_id``: the members but the chair, and each proposer who is not a member, invited
    under the number and signer the register gave it when the meeting was convened."""
    meeting = meetings.get(ctx, meeting_id, actor=actor)
    kind = _kind(meeting.kind)
    chair = meeting.chair()
    invitees = [Person(m.full_name, m.position) for m in meeting.members if m.seat is not Seat.CHAIR]
    agenda = []
    for item in meeting.items:
        row = proposals_repo.proposals(ctx.db).get(item.proposal_id, include_deleted=True)
        agenda.append(ProposalRef(item.ref, item.title, Person(item.author_name, row["author_position"] or "")))
    role = minutes_form.PROPOSER_WORDS
    invitees += [Person(g.name, f"{g.position} ({role})" if g.position else role) for g in guests_of(ctx, meeting)]
    entry_id = meeting_row(ctx, meeting.id)["invitation_entry_id"]
    entry = register_repo.get_entry(ctx.db, register_code(ctx, meeting.level), entry_id) if entry_id else None
    if entry is not None:
        signer = Signer.from_lines(entry.signer_name, entry.signer_lines)
    else:  # convened before the register numbered invitations: a draft, to be signed for the committee
        signer = Signer.from_lines(chair.full_name if chair else "",
                                   signer_lines(Authority.ON_BEHALF, body=UNIT_BODY, signer_title=UNIT_HEAD_TITLE))
    unit = body(ctx, meeting.level)  # the province's own invitation heads with the province
    return Invitation(
        unit_name=unit.name, unit_short_name=unit.short_name, kind=kind,
        invitees=tuple(invitees), starts_at=meeting.starts_at, place=meeting.place,
        chair=Person(chair.full_name, chair.position) if chair else Person(""), agenda=tuple(agenda), signer=signer,
        preparations=invitation_form.default_preparations(kind),
        number=entry.number if entry else None, date=entry.issued_on if entry else None,
        issuer_code=entry.issuer if entry else invitation_form.UNIT_ISSUER, audit_head=audit_head_line(ctx))


def render_invitation(doc: Invitation, target: str | Path) -> Path:
    """Print a built invitation as an A4 PDF (no database access: safe on a worker thread)."""
    return rendered(lambda out: invitation_form.render_invitation(doc, out), target)


# ------------------------------------------------------------------------------------------------ at once


# Each print is recorded with its check code (``printed.record_copy``): a paper copy can be checked later.


def print_minutes(ctx: AppContext, *, actor: Actor, meeting_id: str, target: str | Path) -> Path:
    """Build and print the minutes of ``meeting_id`` to ``target`` (never inside the data folder)."""
    doc = minutes_of(ctx, meeting_id, actor=actor)
    path = render_minutes(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.MINUTES, subject_id=meeting_id,
                                 document=minutes_form.minutes_document(doc), path=path)


def print_decision(ctx: AppContext, *, actor: Actor, decision: str, target: str | Path) -> Path:
    """Build and print a decision or notice (see ``find_decision``) to ``target`` (never inside the data folder)."""
    decision_id = find_decision(ctx, decision, actor=actor)
    doc = decision_of(ctx, decision_id, actor=actor)
    path = render_decision(doc, check_print_target(ctx.paths.root, target))
    document = decision_form.decision_document(doc) if isinstance(doc, Decision) else notice_form.notice_document(doc)
    return printed.keep_recorded(ctx, actor=actor, source=printed.DECISION, subject_id=decision_id,
                                 document=document, path=path)


def print_invitation(ctx: AppContext, *, actor: Actor, meeting_id: str, target: str | Path) -> Path:
    """Build and print the invitation of ``meeting_id`` to ``target`` (never inside the data folder)."""
    doc = invitation_of(ctx, meeting_id, actor=actor)
    path = render_invitation(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.INVITATION, subject_id=meeting_id,
                                 document=invitation_form.invitation_document(doc), path=path)


__all__ = ["PrintedDecision", "decision_from", "decision_of", "exact", "find_decision", "invitation_of",
           "minutes_from", "minutes_of", "print_decision", "print_invitation", "print_minutes", "render_decision",
           "render_invitation", "render_minutes"]
