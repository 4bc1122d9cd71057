"""What the signed-in person may do in one meeting, asked of the services' rules (``services.meeting_base``).

The UI only hides or disables what the services would refuse anyway; every write is still checked there. Who may
(the head, the secretary, a member) hides a control; *when* (before the start, before the close) disables it with
the reason beside it — the domain's one rule (``domain.meetings.refusal``), the same the services raise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.meetings import OPEN_STATES, MeetingLevel, MeetingState, Step, refusal
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.messages.sessions import refusal_words
from lamdong_desktop.services.meeting_base import ItemView, Meeting, is_head, may_record


@dataclass(frozen=True)
class Rights:
    head: bool  # the unit's head (the province, at its level): convenes, adjourns, overrides, decides
    recorder: bool  # the secretary: attendance, ballots, scores, opinions, the minutes' text
    own_member_id: str | None  # the actor's own seat (a member enters his own scores)
    open: bool  # the meeting can still be recorded: convened or under way, minutes not signed
    locked: bool  # the signed minutes are attached: nothing of the meeting changes any more
    signs: bool  # may attach signed scans (the secretary, the office, the head)
    state: MeetingState
    starts_at: datetime
    now: datetime  # the moment the window was shown: every control of one showing is judged at the same time

    def refusal(self, step: Step) -> ValidationError | None:
        """Why ``step`` cannot be done now (None: it may), by the rule the services enforce."""
        return refusal(step, self.state, locked=self.locked, starts_at=self.starts_at, now=self.now)

    def may(self, step: Step) -> bool:
        return self.refusal(step) is None

    def why_not(self, step: Step) -> str:
        """The reason shown beside ``step``'s disabled control ("" when it may be done now)."""
        error = self.refusal(step)
        return "" if error is None else refusal_words(step, error)

    @property
    def started(self) -> bool:
        return self.now >= self.starts_at

    def records_item(self, item: ItemView) -> bool:
        """Ballots, opinions and the item's text: the secretary, while open, before its decision and override."""
        return self.recorder and self.open and not item.concluded and not item.override_reason

    def scores_row(self, item: ItemView, member_id: str) -> bool:
        """A mark in ``member_id``'s row now: the secretary's any row, a member's only his own; from the start."""
        if not self.open or item.concluded or item.override_reason or not self.may(Step.SCORE):
            return False
        return self.recorder or member_id == self.own_member_id


def rights_of(meeting: Meeting, actor: Actor, now: datetime | None = None) -> Rights:
    seat = meeting.seat_of(actor)
    recorder = may_record(meeting, actor)
    head = is_head(actor, meeting.level)  # the unit's head, or the province at a province-level meeting
    # The unit's secretary files the signed copies of the unit's own meetings (the province files its own).
    files = Role.SECRETARY in actor.roles and meeting.level is MeetingLevel.UNIT
    return Rights(head=head, recorder=recorder, own_member_id=seat.id if seat else None,
                  open=meeting.state in OPEN_STATES and not meeting.locked,
                  locked=meeting.locked, signs=recorder or head or files,
                  state=meeting.state, starts_at=meeting.starts_at, now=now or clock.now())
