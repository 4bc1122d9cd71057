"""The proposal lifecycle as one table: states, the actions between them, who may take each and its guards.

ND 73/2023 Đ7–Đ11. Later issues add the party-committee opinion, meeting, decision, implementation,
result and protection states to this same table (new ``State``/``Action`` members and ``Transition`` rows,
parties and guards already declared here); nothing else in the program hard-codes a transition. The
Vietnamese words of every state, action, party and guard live once, in ``lamdong_desktop.messages``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from .errors import PermissionDenied, ValidationError
from .roles import Role


class State(StrEnum):
    DRAFT = "nhap"
    SUBMITTED = "da_nop"
    RETURNED = "tra_lai"
    WITHDRAWN = "da_rut"
    RECEIVED = "da_tiep_nhan"  # ND 73 Đ8.1: the head received it; the 07-working-day meeting limit runs
    SCHEDULED = "dua_ra_hop"  # on the agenda of a convened leadership meeting or review council
    APPROVED = "da_phe_duyet"  # approved for implementation, by a written decision
    PILOT = "thi_diem"  # approved for implementation as a pilot (thí điểm), by a written decision
    REJECTED = "khong_phe_duyet"  # not approved, by a written notice of the conclusion
    # ND 73/2023 Đ9–Đ11: carried out, reported, evaluated.
    IMPLEMENTING = "dang_thuc_hien"  # started on a date by its implementers; progress is recorded on its indicators
    SUSPENDED = "tam_dung"  # suspended by the head, with a reason; resumed or stopped later
    STOPPED = "dung_thuc_hien"  # stopped by the head, with a reason: what was done is still reported
    FINISHED = "ket_thuc_thuc_hien"  # finished: the written result report is due within 05 working days (Đ10)
    REPORTED = "da_bao_cao"  # the implementer's result report is in: the evaluation is due within 07 working days
    EVALUATING = "dua_ra_danh_gia"  # on the agenda of a meeting that evaluates the result (Đ11)
    EVALUATED = "da_danh_gia"  # the head's written conclusion of the evaluation, with the protection ruling


class Action(StrEnum):
    SUBMIT = "submit"
    RETURN = "return"
    RESUBMIT = "resubmit"
    WITHDRAW = "withdraw"
    RECEIVE = "receive"
    SCHEDULE = "schedule"
    UNSCHEDULE = "unschedule"
    APPROVE = "approve"
    APPROVE_PILOT = "approve_pilot"
    REJECT = "reject"
    START = "start"
    SUSPEND = "suspend"
    RESUME = "resume"
    STOP = "stop"
    ADJUST = "adjust"
    FINISH = "finish"
    REPORT = "report"
    EVALUATE = "evaluate"


class Party(StrEnum):
    """Who may take an action, by how they stand to the proposal (not by account role alone)."""

    AUTHOR = "author"  # the account that drafted it (later also its co-authors)
    RECIPIENT = "recipient"  # the head of the unit, or the province when the author is the head
    LEADERSHIP_MEMBER = "leadership_member"  # a member of the leadership collective (head, deputies)
    SECRETARY = "secretary"  # the unit's secretary, who records meetings and votes
    COUNCIL_CHAIR = "council_chair"  # chair of the review council (Hội đồng đánh giá, seed V.3)
    COUNCIL_SECRETARY = "council_secretary"  # the council member acting as its secretary
    COUNCIL_MEMBER = "council_member"
    PROVINCE = "province"  # Ban Tổ chức Tỉnh ủy / UBND tỉnh
    IMPLEMENTER = "implementer"  # a person named when the implementation started, through his linked account


class Guard(StrEnum):
    """A condition a transition needs besides the right party, checked from ``Facts``."""

    # In the order they are checked, which is the order of the steps: the first unmet one is the message.
    REASON = "reason"  # a written reason (returning, withdrawing, an override)
    PARTY_OPINION = "party_opinion"  # ND 73 Đ8.1: the opinion of the party committee of the same level
    # ND 73 Đ8.1 and seed III (the party committee leads): no approval against the committee's disagreement.
    PARTY_AGREES = "party_agrees"
    QUORUM = "quorum"  # seed V.3: at least 2/3 of the council present
    VOTE_COMPLETED = "vote_completed"  # ND 73 Đ8: every present member has voted
    VOTE_PASSED = "vote_passed"  # ND 73 Đ8.1: the vote passed, or the head approved in writing after it failed
    # ND 73 Đ8.1–8.2: the decision follows the meeting's conclusion. After a passed vote (or the head's written
    # approval) a return or a rejection stands only on the party committee's disagreement.
    CONCLUSION_FOLLOWED = "conclusion_followed"
    DOCUMENT_ATTACHED = "document_attached"  # e.g. the signed minutes or decision scanned in
    DECISION_ISSUED = "decision_issued"  # the outcome is a written, numbered decision or notice (ND 73 Đ8.2)
    # ND 73 Đ11: a result already on an evaluation meeting's agenda goes before another meeting only once that meeting
    # ended without adopting its evaluation (the vote failed): an adjourned meeting or an item taken off the agenda
    # sends it back to wait (UNSCHEDULE) instead.
    NOT_ADOPTED = "not_adopted"


# The error code each guard raises when it does not hold (each has its Vietnamese in messages.MESSAGES).
GUARD_ERRORS: dict[Guard, str] = {
    Guard.REASON: "reason_required",
    Guard.QUORUM: "quorum_not_met",
    Guard.VOTE_COMPLETED: "vote_not_completed",
    Guard.DOCUMENT_ATTACHED: "document_required",
    Guard.PARTY_OPINION: "party_opinion_required",
    Guard.VOTE_PASSED: "vote_not_passed",
    Guard.DECISION_ISSUED: "decision_required",
    Guard.PARTY_AGREES: "party_opinion_against",
    Guard.CONCLUSION_FOLLOWED: "decision_against_conclusion",
    Guard.NOT_ADOPTED: "evaluation_still_on_agenda",
}


@dataclass(frozen=True)
class Facts:
    """What the service knows about the proposal when a transition is asked for (guards read it)."""

    reason: str = ""
    quorum_met: bool = False
    vote_completed: bool = False
    document_attached: bool = False
    party_opinion: bool = False
    party_disagrees: bool = False  # the committee's latest opinion is "không đồng ý"
    vote_passed: bool = False  # passed by the rule, or overridden in writing by the head
    decision_issued: bool = False
    not_adopted: bool = False  # the latest evaluation meeting closed on a failed vote, with no conclusion

    def holds(self, guard: Guard) -> bool:
        return {
            Guard.REASON: bool(self.reason.strip()),
            Guard.QUORUM: self.quorum_met,
            Guard.VOTE_COMPLETED: self.vote_completed,
            Guard.DOCUMENT_ATTACHED: self.document_attached,
            Guard.PARTY_OPINION: self.party_opinion,
            Guard.PARTY_AGREES: not self.party_disagrees,
            Guard.CONCLUSION_FOLLOWED: not self.vote_passed or self.party_disagrees,
            Guard.VOTE_PASSED: self.vote_passed,
            Guard.DECISION_ISSUED: self.decision_issued,
            Guard.NOT_ADOPTED: self.not_adopted,
        }[guard]


class Recipient(StrEnum):
    HEAD = "head"  # ND 73 Đ7.1: submitted to the head of the employing unit
    PROVINCE = "province"  # a head's own proposal goes to the level above


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[State]
    target: State
    parties: frozenset[Party]  # any one of them may take it
    guards: frozenset[Guard] = frozenset()

    @property
    def needs_reason(self) -> bool:
        return Guard.REASON in self.guards


def _parties(*parties: Party) -> frozenset[Party]:
    return frozenset(parties)


def _states(*states: State) -> frozenset[State]:
    return frozenset(states)


def _guards(*guards: Guard) -> frozenset[Guard]:
    return frozenset(guards)


# A decision after a meeting (ND 73 Đ8.1–8.2): the party committee's opinion first, the vote by the rule (or
# the head's written approval after a failed vote), and always a written decision from the register.
_DECIDED = _guards(Guard.PARTY_OPINION, Guard.PARTY_AGREES, Guard.VOTE_COMPLETED, Guard.VOTE_PASSED,
                   Guard.DECISION_ISSUED)
# A return or a rejection after a meeting: its reasons, the vote complete, and the meeting's conclusion followed —
# after a passed vote only on the party committee's disagreement (ND 73 Đ8.1–8.2).
_REFUSED = _guards(Guard.REASON, Guard.VOTE_COMPLETED, Guard.CONCLUSION_FOLLOWED, Guard.DECISION_ISSUED)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(Action.SUBMIT, _states(State.DRAFT), State.SUBMITTED, _parties(Party.AUTHOR)),
    # Returned before a meeting (incomplete, out of scope), or after one by a written notice of the conclusion.
    Transition(Action.RETURN, _states(State.SUBMITTED, State.RECEIVED), State.RETURNED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.RETURN, _states(State.SCHEDULED), State.RETURNED, _parties(Party.RECIPIENT), _REFUSED),
    Transition(Action.RESUBMIT, _states(State.RETURNED), State.SUBMITTED, _parties(Party.AUTHOR)),
    Transition(Action.WITHDRAW, _states(State.DRAFT, State.SUBMITTED, State.RETURNED, State.RECEIVED),
               State.WITHDRAWN, _parties(Party.AUTHOR), _guards(Guard.REASON)),
    Transition(Action.RECEIVE, _states(State.SUBMITTED), State.RECEIVED, _parties(Party.RECIPIENT)),
    Transition(Action.SCHEDULE, _states(State.RECEIVED), State.SCHEDULED, _parties(Party.RECIPIENT)),
    # A meeting adjourned below quorum, or the item taken off the agenda: back to the head's queue.
    Transition(Action.UNSCHEDULE, _states(State.SCHEDULED), State.RECEIVED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.APPROVE, _states(State.SCHEDULED), State.APPROVED, _parties(Party.RECIPIENT), _DECIDED),
    Transition(Action.APPROVE_PILOT, _states(State.SCHEDULED), State.PILOT, _parties(Party.RECIPIENT), _DECIDED),
    Transition(Action.REJECT, _states(State.SCHEDULED), State.REJECTED, _parties(Party.RECIPIENT), _REFUSED),
    # ND 73/2023 Đ9: the approved plan (or pilot) is carried out; the head who approved it starts, suspends, resumes,
    # stops and adjusts it, each adjustment a numbered decision; its implementers (or the head) say it is finished.
    Transition(Action.START, _states(State.APPROVED, State.PILOT), State.IMPLEMENTING, _parties(Party.RECIPIENT)),
    Transition(Action.SUSPEND, _states(State.IMPLEMENTING), State.SUSPENDED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.RESUME, _states(State.SUSPENDED), State.IMPLEMENTING, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.STOP, _states(State.IMPLEMENTING, State.SUSPENDED), State.STOPPED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.ADJUST, _states(State.IMPLEMENTING), State.IMPLEMENTING, _parties(Party.RECIPIENT),
               _guards(Guard.REASON, Guard.DECISION_ISSUED)),
    Transition(Action.ADJUST, _states(State.SUSPENDED), State.SUSPENDED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON, Guard.DECISION_ISSUED)),
    Transition(Action.FINISH, _states(State.IMPLEMENTING), State.FINISHED,
               _parties(Party.IMPLEMENTER, Party.RECIPIENT)),
    # ND 73/2023 Đ10: the implementer reports the result in writing, a stopped implementation included (what was
    # done, and why it stopped, is what the evaluation weighs).
    Transition(Action.REPORT, _states(State.FINISHED, State.STOPPED), State.REPORTED, _parties(Party.IMPLEMENTER)),
    # ND 73/2023 Đ11: the party committee's opinion, then a leadership meeting (or council) evaluates; the head's
    # written conclusion, numbered from the register, gives the protection ruling.
    Transition(Action.SCHEDULE, _states(State.REPORTED), State.EVALUATING, _parties(Party.RECIPIENT)),
    # A meeting that voted the evaluation down concluded nothing: the head puts the result before a later meeting.
    Transition(Action.SCHEDULE, _states(State.EVALUATING), State.EVALUATING, _parties(Party.RECIPIENT),
               _guards(Guard.NOT_ADOPTED)),
    Transition(Action.UNSCHEDULE, _states(State.EVALUATING), State.REPORTED, _parties(Party.RECIPIENT),
               _guards(Guard.REASON)),
    Transition(Action.EVALUATE, _states(State.EVALUATING), State.EVALUATED, _parties(Party.RECIPIENT),
               _guards(Guard.PARTY_OPINION, Guard.VOTE_COMPLETED, Guard.VOTE_PASSED, Guard.DECISION_ISSUED)),
)

# Actions that only follow from a meeting or a decision (their services supply the facts); the proposal
# window offers the others as buttons.
MEETING_ACTIONS = frozenset({Action.SCHEDULE, Action.UNSCHEDULE, Action.APPROVE, Action.APPROVE_PILOT,
                             Action.REJECT, Action.EVALUATE})
# Actions the implementation's service takes, with the dates, implementers, reasons and decisions they record
# (services/implementation, result_reports): never a bare button of the proposal window.
IMPLEMENTATION_ACTIONS = frozenset({Action.START, Action.SUSPEND, Action.RESUME, Action.STOP, Action.ADJUST,
                                    Action.FINISH, Action.REPORT})


def taken_by_hand(action: Action, state: State) -> bool:
    """Whether a person takes ``action`` from ``state`` directly (a button), rather than a meeting's or a
    decision's service establishing facts for it: a transition whose only guard, if any, is a reason.
    Returning a proposal put to a meeting is a written conclusion (services/decisions), not a button."""
    if action in MEETING_ACTIONS or action in IMPLEMENTATION_ACTIONS:
        return False
    return transition_for(action, state).guards <= {Guard.REASON}

# States in which the author may change the text (ND 73 Đ7: the plan is revised when returned).
EDITABLE_STATES = frozenset({State.DRAFT, State.RETURNED})
# States in which the author and the recipient may still add evidence.
ATTACHABLE_STATES = frozenset(set(State) - {State.WITHDRAWN})


def recipient_for(author_roles: Iterable[Role]) -> Recipient:
    """Who receives a proposal submitted by an author with these roles.

    ND 73/2023 Đ7.1: to the head of the employing unit; the head's own proposal goes to the level above.
    """
    return Recipient.PROVINCE if Role.HEAD in set(author_roles) else Recipient.HEAD


def receives(roles: Iterable[Role]) -> frozenset[Recipient]:
    """Which recipients an account with ``roles`` acts as: the head receives what is submitted to the head,
    the province what is sent to it (ND 73 Đ7.1). Never its own proposal (``parties_of``)."""
    held = set(roles)
    return frozenset({r for r, role in ((Recipient.HEAD, Role.HEAD), (Recipient.PROVINCE, Role.PROVINCE))
                      if role in held})


def parties_of(roles: Iterable[Role], *, is_author: bool, submitted_to: Recipient | None,
               is_implementer: bool = False) -> frozenset[Party]:
    """How an account with ``roles`` stands to a proposal: the parties it may act as.

    The recipient is the head for a proposal submitted to the head (never its own author: a head's own
    proposal goes to the province), and the province for one sent to it. Council parties come from the
    council's membership, recorded by a later issue; no account holds them yet. ``is_implementer``: the account is
    linked to a person named among the implementers (the implementation's service knows).
    """
    held = set(roles)
    found: set[Party] = set()
    if is_author:
        found.add(Party.AUTHOR)
    if is_implementer:
        found.add(Party.IMPLEMENTER)
    if submitted_to is not None and submitted_to in receives(held) and not is_author:
        found.add(Party.RECIPIENT)
    if held & {Role.HEAD, Role.LEADER}:
        found.add(Party.LEADERSHIP_MEMBER)
    if Role.SECRETARY in held:
        found.add(Party.SECRETARY)
    if Role.PROVINCE in held:
        found.add(Party.PROVINCE)
    return frozenset(found)


# States that wait for the recipient (the head's queue) and states the lifecycle ends in for this issue.
AWAITING_RECIPIENT = frozenset({State.SUBMITTED, State.RECEIVED, State.SCHEDULED})
DECIDED_STATES = frozenset({State.APPROVED, State.PILOT, State.REJECTED})
# Being carried out (progress is recorded), and waiting for the written result report (ND 73 Đ10).
RUNNING_STATES = frozenset({State.IMPLEMENTING, State.SUSPENDED})
AWAITING_REPORT = frozenset({State.FINISHED, State.STOPPED})
# From the start of the implementation on: the proposal has an implementation record.
IMPLEMENTED_STATES = RUNNING_STATES | AWAITING_REPORT | frozenset({State.REPORTED, State.EVALUATING, State.EVALUATED})


def transition_for(action: Action, state: State) -> Transition:
    for t in TRANSITIONS:
        if t.action is action and state in t.sources:
            return t
    raise ValidationError("transition_not_allowed", action=action.value, state=state.value)


def available_actions(state: State, parties: frozenset[Party]) -> list[Action]:
    """Actions the given parties may take from ``state`` (what the UI offers as buttons)."""
    return [t.action for t in TRANSITIONS if state in t.sources and t.parties & parties]


def check_transition(action: Action, state: State, parties: frozenset[Party], reason: str = "", *,
                     facts: Facts | None = None) -> Transition:
    """The transition to apply, or an error: not allowed from this state, not yours, or a guard unmet.

    ``reason`` is a shorthand for ``Facts(reason=…)``; guards are checked in a fixed order so the first
    message is always the same one.
    """
    transition = transition_for(action, state)
    if not transition.parties & parties:
        raise PermissionDenied("permission_denied", permission=f"proposal.{action.value}")
    known = facts if facts is not None else Facts(reason=reason)
    if reason and not known.reason:
        known = replace(known, reason=reason)
    for guard in Guard:
        if guard in transition.guards and not known.holds(guard):
            raise ValidationError(GUARD_ERRORS[guard], action=action.value)
    return transition
