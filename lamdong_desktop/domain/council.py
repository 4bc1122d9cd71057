"""Who sits on a leadership meeting or a review council, and the quorum: pure rules of the vote.

Members and their roles (seed V.3: chair, vice-chair, members, one of them acting as secretary), the
council's size (default 5–9), who is entitled to vote (members present, minus the proposer) and the
quorum (default at least 2/3 of the members present, counted over all members, the proposer included).
How these rules are read is explained in ``domain/votes.py``; this module holds the membership half.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from .errors import ValidationError


class MemberRole(StrEnum):
    """A member's place in the body: seed V.3 (council) — chair, vice-chair, members, one of them secretary."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY_MEMBER = "secretary_member"  # a member acting as the council's secretary: he votes


@dataclass(frozen=True)
class Member:
    """A member of a leadership collective or of a review council, as far as the vote needs to know."""

    id: str
    role: MemberRole = MemberRole.MEMBER
    is_head: bool = False  # the head of the unit (người đứng đầu): his side breaks a tie
    is_proposer: bool = False  # the proposer (người đề xuất): present, but does not vote


# --------------------------------------------------------------------------------------------- membership


def check_members(members: Sequence[Member]) -> dict[str, Member]:
    """The members by id, or an error: none at all, an id twice (or empty), more than one head."""
    if not members:
        raise ValidationError("members_empty")
    roster: dict[str, Member] = {}
    for member in members:
        if not isinstance(member.id, str) or not member.id.strip():
            raise ValidationError("member_id_invalid", member=str(member.id))
        if member.id in roster:
            raise ValidationError("member_duplicate", member=member.id)
        roster[member.id] = member
    heads = sum(1 for m in members if m.is_head)
    if heads > 1:
        raise ValidationError("head_duplicate", count=heads)
    return roster


@dataclass(frozen=True)
class CouncilSize:
    """How many members a review council may have (seed V.3; default 5–9, configurable)."""

    minimum: int = 5
    maximum: int = 9

    def __post_init__(self) -> None:
        ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (self.minimum, self.maximum))
        if not ok or not 1 <= self.minimum <= self.maximum:
            raise ValidationError("council_size_rule_invalid", minimum=self.minimum, maximum=self.maximum)


def check_council(members: Sequence[Member], size: CouncilSize | None = None) -> None:
    """Raise unless ``members`` can form a review council: its size, one chair, one secretary-member.

    Seed V.3 / domain brief §4: chair, vice-chair, members, one member acting as secretary. The number
    of vice-chairs is not fixed by any text we have, so it is not checked. The first problem found is
    raised, in this order: the member list itself, the size, the chair, the secretary.
    """
    limits = size or CouncilSize()
    check_members(members)
    if not limits.minimum <= len(members) <= limits.maximum:
        raise ValidationError("council_size_invalid", size=len(members), minimum=limits.minimum,
                              maximum=limits.maximum)
    chairs = sum(1 for m in members if m.role is MemberRole.CHAIR)
    if chairs != 1:
        raise ValidationError("council_chair_count", count=chairs)
    secretaries = sum(1 for m in members if m.role is MemberRole.SECRETARY_MEMBER)
    if secretaries != 1:
        raise ValidationError("council_secretary_count", count=secretaries)


def attendance(roster: Mapping[str, Member], present_ids: Iterable[str]) -> frozenset[str]:
    present = frozenset(present_ids)
    strangers = present - roster.keys()
    if strangers:
        raise ValidationError("attendee_not_member", member=min(str(s) for s in strangers))
    return present


def entitled_voters(members: Sequence[Member], present_ids: Iterable[str]) -> tuple[str, ...]:
    """Ids of the members who may vote (and score): present and not the proposer, in the members' order.

    ND 73/2023 Đ8.1: the proposer does not vote on his own proposal.
    """
    roster = check_members(members)
    present = attendance(roster, present_ids)
    return tuple(m.id for m in members if m.id in present and not m.is_proposer)


# ------------------------------------------------------------------------------------------------- quorum


@dataclass(frozen=True)
class QuorumRule:
    """At least ``fraction`` of the members present (seed V.3: 2/3 by default; configurable).

    Exact rational arithmetic: 2/3 of 5 members is 10/3, so 4 must be present; 2/3 of 6 is exactly 4.
    """

    fraction: Fraction = Fraction(2, 3)

    def __post_init__(self) -> None:
        value: object = self.fraction
        if isinstance(value, int) and not isinstance(value, bool):
            object.__setattr__(self, "fraction", Fraction(value))
        elif not isinstance(value, Fraction):  # a float (0.66…) is refused: it cannot say 2/3 exactly
            raise ValidationError("quorum_rule_invalid", value=str(value))
        if not 0 < self.fraction <= 1:
            raise ValidationError("quorum_rule_invalid", value=str(self.fraction))

    @classmethod
    def parse(cls, text: str) -> QuorumRule:
        """A rule from its written form, as configuration carries it: "2/3", "3/4", "1", "0.5"."""
        try:
            fraction = Fraction(str(text).strip())
        except (ValueError, ZeroDivisionError):
            raise ValidationError("quorum_rule_invalid", value=str(text)) from None
        return cls(fraction)

    def needed(self, members: int) -> int:
        """The fewest members present that meet the rule: "at least" fraction × members, rounded up."""
        return math.ceil(self.fraction * members)

    def met(self, members: int, present: int) -> bool:
        return present >= self.needed(members)


DEFAULT_QUORUM = QuorumRule()


def quorum_met(members: Sequence[Member], present_ids: Iterable[str], rule: QuorumRule = DEFAULT_QUORUM) -> bool:
    """Whether enough members are present to take a vote (the proposer counts as present)."""
    roster = check_members(members)
    return rule.met(len(roster), len(attendance(roster, present_ids)))
