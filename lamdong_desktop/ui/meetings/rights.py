"""What the signed-in person may do in one meeting, asked of the services' rules (``services.meeting_base``).

The UI only hides or disables what the services would refuse anyway; every write is still checked there.
"""

from __future__ import annotations

from dataclasses import dataclass

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.meetings import MeetingState
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.services.meeting_base import ItemView, Meeting, is_head, may_record


@dataclass(frozen=True)
class Rights:
    head: bool  # the unit's head: convenes, adjourns, overrides, decides
    recorder: bool  # the secretary: attendance, ballots, scores, opinions, the minutes' text
    own_member_id: str | None  # the actor's own seat (a member enters his own scores)
    open: bool  # the meeting can still be recorded: convened or under way, minutes not signed
    locked: bool  # the signed minutes are attached: nothing of the meeting changes any more
    signs: bool  # may attach signed scans (the secretary, the office, the head)

    def records_item(self, item: ItemView) -> bool:
        """Ballots, opinions and the item's text: the secretary, while open, before its decision and override."""
        return self.recorder and self.open and not item.concluded and not item.override_reason

    def scores_row(self, item: ItemView, member_id: str) -> bool:
        """A mark in ``member_id``'s row: the secretary's any row, a member's only his own."""
        if not self.open or item.concluded or item.override_reason:
            return False
        return self.recorder or member_id == self.own_member_id


def rights_of(meeting: Meeting, actor: Actor) -> Rights:
    seat = meeting.seat_of(actor)
    recorder = may_record(meeting, actor)
    return Rights(head=is_head(actor), recorder=recorder, own_member_id=seat.id if seat else None,
                  open=meeting.state in (MeetingState.CONVENED, MeetingState.HELD) and not meeting.locked,
                  locked=meeting.locked, signs=recorder or is_head(actor) or Role.SECRETARY in actor.roles)
