"""Which level acts on a proposal: the unit, or the province above it — pure rules.

ND 73/2023/NĐ-CP Điều 7 khoản 1: a proposal is submitted to the head of the employing unit; the head's own goes to
the level above, the province (``lifecycle.recipient_for``). The level that receives a proposal does everything that
follows on it: it convenes the meeting (a leadership meeting or a review council of that level), records the opinion
of the party committee of that level (ND 73 Đ8.1: "cấp ủy cùng cấp"), decides, and issues the documents:

- at the **unit** the head (``Role.HEAD``) convenes and decides; the documents are the unit's ("ỦY BAN NHÂN DÂN" /
  "XÃ DI LINH"), numbered in the unit's register;
- at the **province** the province (``Role.PROVINCE``) convenes and decides; the documents are the province's
  ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG"), numbered in the province's own register: its entries are kept under the
  province's code (``units.PROVINCE_CODE``), never the unit's, so the two sequences cannot mix (ND 30/2020 Đ15.1:
  a yearly sequence per issuing body). Its people (the members of its meetings) are the province's roster.

The unit's head never receives, convenes on or decides his own proposal (``own_at_province``). Who records in a
meeting is one rule at both levels (``services.meeting_base.may_record``): the member seated as its secretary (and,
at the unit's own meetings, the unit's secretary).
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import ValidationError
from .lifecycle import Recipient
from .meetings import MeetingLevel
from .roles import Role
from .units import PROVINCE, PROVINCE_CODE, Unit

# Who convenes, sets the agenda, adjourns, approves in writing and decides at each level.
CONVENERS: dict[MeetingLevel, Role] = {MeetingLevel.UNIT: Role.HEAD, MeetingLevel.PROVINCE: Role.PROVINCE}


def level_of(recipient: Recipient) -> MeetingLevel:
    """The level that deals with a proposal submitted to ``recipient``."""
    return MeetingLevel.PROVINCE if recipient is Recipient.PROVINCE else MeetingLevel.UNIT


def proposal_level(submitted_to: Recipient | None) -> MeetingLevel:
    """The level that deals with a proposal, by whom it was submitted to (never submitted: the unit's)."""
    return level_of(submitted_to) if submitted_to is not None else MeetingLevel.UNIT


def acting_level(roles: Iterable[Role]) -> MeetingLevel:
    """The level an account works at: the province for the province's accounts, the unit for the others."""
    return MeetingLevel.PROVINCE if Role.PROVINCE in set(roles) else MeetingLevel.UNIT


def convenes(roles: Iterable[Role], level: MeetingLevel) -> bool:
    """Whether ``roles`` convene and decide at ``level`` (the head at the unit, the province at the province)."""
    return CONVENERS[level] in set(roles)


def body_code(level: MeetingLevel, unit_code: str) -> str:
    """The code of the issuing body at ``level``: the register and the roster of that body are kept under it."""
    return PROVINCE_CODE if level is MeetingLevel.PROVINCE else unit_code


def body_unit(level: MeetingLevel, unit: Unit) -> Unit:
    """The unit whose name heads the documents issued at ``level`` ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG")."""
    return PROVINCE if level is MeetingLevel.PROVINCE else unit


def own_at_province(*, is_author: bool, submitted_to: Recipient | None) -> bool:
    """The proposal is the actor's own, sent to the province: the province, not he, receives and decides it."""
    return is_author and submitted_to is Recipient.PROVINCE


def check_agenda_level(meeting_level: MeetingLevel, submitted_to: Recipient | None, ref: str) -> None:
    """A proposal goes only before a meeting of the level it was submitted to (ND 73/2023 Đ7.1)."""
    wanted = proposal_level(submitted_to)
    if wanted is not meeting_level:
        raise ValidationError("agenda_needs_province" if wanted is MeetingLevel.PROVINCE else "agenda_needs_unit",
                              ref=ref)
