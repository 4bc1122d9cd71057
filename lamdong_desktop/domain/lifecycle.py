"""The proposal lifecycle as one table: states, the actions between them, and who may take each.

ND 73/2023 Đ7–Đ11. Later issues add the party-committee opinion, meeting, decision, implementation,
result and protection states to this same table; nothing else in the program hard-codes a transition.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied, ValidationError


class State(StrEnum):
    DRAFT = "nhap"
    SUBMITTED = "da_nop"
    RETURNED = "tra_lai"
    WITHDRAWN = "da_rut"


STATE_LABELS: dict[State, str] = {
    State.DRAFT: "Dự thảo",
    State.SUBMITTED: "Đã trình",
    State.RETURNED: "Trả lại để sửa",
    State.WITHDRAWN: "Đã rút",
}


class Action(StrEnum):
    SUBMIT = "submit"
    RETURN = "return"
    RESUBMIT = "resubmit"
    WITHDRAW = "withdraw"


ACTION_LABELS: dict[Action, str] = {
    Action.SUBMIT: "Trình",
    Action.RETURN: "Trả lại",
    Action.RESUBMIT: "Trình lại",
    Action.WITHDRAW: "Rút",
}


class Party(StrEnum):
    """Who may take an action, relative to the proposal."""

    AUTHOR = "author"  # the account that drafted it
    RECIPIENT = "recipient"  # the head of the unit, or the province when the author is the head


class Recipient(StrEnum):
    HEAD = "head"  # ND 73 Đ7.1: submitted to the head of the employing unit
    PROVINCE = "province"  # a head's own proposal goes to the level above


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[State]
    target: State
    party: Party
    needs_reason: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition(Action.SUBMIT, frozenset({State.DRAFT}), State.SUBMITTED, Party.AUTHOR),
    Transition(Action.RETURN, frozenset({State.SUBMITTED}), State.RETURNED, Party.RECIPIENT, needs_reason=True),
    Transition(Action.RESUBMIT, frozenset({State.RETURNED}), State.SUBMITTED, Party.AUTHOR),
    Transition(
        Action.WITHDRAW, frozenset({State.DRAFT, State.SUBMITTED, State.RETURNED}), State.WITHDRAWN, Party.AUTHOR,
        needs_reason=True,
    ),
)

# States in which the author may change the text (ND 73 Đ7: the plan is revised when returned).
EDITABLE_STATES = frozenset({State.DRAFT, State.RETURNED})


def transition_for(action: Action, state: State) -> Transition:
    for t in TRANSITIONS:
        if t.action is action and state in t.sources:
            return t
    raise ValidationError("transition_not_allowed", action=action.value, state=state.value)


def available_actions(state: State, parties: frozenset[Party]) -> list[Action]:
    """Actions the given parties may take from ``state`` (what the UI offers as buttons)."""
    return [t.action for t in TRANSITIONS if state in t.sources and t.party in parties]


def check_transition(action: Action, state: State, parties: frozenset[Party], reason: str = "") -> Transition:
    """The transition to apply, or an error: not allowed from this state, not yours, or no reason."""
    transition = transition_for(action, state)
    if transition.party not in parties:
        raise PermissionDenied("permission_denied", permission=f"proposal.{action.value}")
    if transition.needs_reason and not reason.strip():
        raise ValidationError("reason_required", action=action.value)
    return transition
