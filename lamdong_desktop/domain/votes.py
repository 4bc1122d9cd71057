"""The vote on a proposal: members and roles, quorum, ballots, the outcome by the rule, the head's override.

Pure rules for the leadership meeting (họp tập thể lãnh đạo, ND 73/2023/NĐ-CP Điều 8 khoản 1) and for
the review council (Hội đồng đánh giá đề xuất đổi mới, sáng tạo, seed V.3), which follows the same pass
rule. Storage, services and the UI ask these functions; none of them counts votes on its own. Codes
only; the Vietnamese words (choices, roles, outcomes, errors) live in ``lamdong_desktop.messages``.

How the rule is read (domain brief §4, ND 73/2023 Đ8.1):

* **Quorum first.** Below the quorum no vote is taken: the outcome is ``NO_QUORUM`` and every ballot is
  refused. The quorum is counted over all members, the proposer included: he attends (he presents his
  plan), he only does not vote. Default: at least 2/3 of the members present (seed V.3 for the council;
  the same default for the leadership meeting), configurable.
* **Who votes.** Members present, minus the proposer: "cấp phó của người đứng đầu là người đề xuất thì
  không tham gia biểu quyết". A deputy is the case the decree names; any member who is the proposer is
  treated the same (nobody votes on his own proposal). His ballot is refused, he is not counted.
* **"Those voting" (tham gia biểu quyết)** are the members entitled to vote who cast a ballot, and a
  ballot "không biểu quyết" is a ballot: the member took part in the vote and did not approve. This is
  how a Vietnamese vote count is usually reported (those taking part = tán thành + không tán thành +
  không biểu quyết, each a button on the same ballot) and it keeps the pass rule what it says: an
  approval needs *more than half of the ballots cast* to be "tán thành"; withholding approval never
  helps a proposal pass. (Excluding abstentions would let 1 "tán thành" against 4 "không biểu quyết"
  pass; we read Đ8.1 as not allowing that.) A present member with no ballot
  recorded yet is "not voting": he is outside the count and the outcome is not ``complete`` (services
  require a complete vote before deciding, Guard.VOTE_COMPLETED).
* **Passes** with more than 50% "tán thành" of those voting (strictly more: 50% is not enough).
* **Tie** (biểu quyết ngang nhau): exactly half of those voting approved, so that the approving half
  and the other half are equal. "Quyết định theo ý kiến mà người đứng đầu đã biểu quyết": the proposal
  passes when the head voted "tán thành", and fails when he voted "không tán thành". When the head has
  no side (he voted "không biểu quyết", is absent, is the proposer, has not voted yet, or is not a
  member) nothing breaks the tie and the general rule applies: 50% is not more than 50%, so it fails.
  Nothing in Đ8.1 hands the casting role to anyone else, and an abstaining or conflicted head gave no
  opinion to follow. (The same reading as the kindred rule for dismissing a public employee, "trường
  hợp đạt tỷ lệ 50% thì do người đứng đầu quyết định": the tie is the exact 50%.)
* **Override.** If the proposal fails, the head may still approve it in writing when he finds it
  necessary and feasible (ND 73/2023 Đ8.1), with a written reason; only after a complete, failed vote.

The wording above is the domain brief's summary of Đ8.1 (domain.md §4); the decree's own sentence was
not at hand offline. If the province reads "those voting" otherwise, the one place to change is
``decide`` (and the oracle of tests/unit/test_votes.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction

from .council import DEFAULT_QUORUM, Member, QuorumRule, attendance, check_members
from .errors import PermissionDenied, ValidationError
from .text import check_text


class Choice(StrEnum):
    """A member's ballot (ND 73/2023 Đ8.1)."""

    FOR = "for"  # tán thành
    AGAINST = "against"  # không tán thành
    ABSTAIN = "abstain"  # không biểu quyết


# ------------------------------------------------------------------------------------------------ ballots


class Exclusion(StrEnum):
    """Why a member does not vote."""

    ABSENT = "absent"
    PROPOSER = "proposer"  # ND 73/2023 Đ8.1


@dataclass(frozen=True)
class Excluded:
    member_id: str
    reason: Exclusion


# Codes of a refused ballot, each with its Vietnamese in messages.MESSAGES, checked in this order.
BALLOT_NOT_MEMBER = "ballot_not_member"
VOTE_BELOW_QUORUM = "vote_below_quorum"
BALLOT_ABSENT = "ballot_absent"
BALLOT_PROPOSER = "ballot_proposer"
CHOICE_INVALID = "choice_invalid"


@dataclass(frozen=True)
class RefusedBallot:
    """A ballot that was not counted, and the code that says why."""

    member_id: str
    choice: str
    code: str


def _as_choice(value: object) -> Choice | None:
    if not isinstance(value, str):
        return None
    try:
        return Choice(value)
    except ValueError:
        return None


def _refusal(roster: Mapping[str, Member], present: frozenset[str], quorum: bool, member_id: str,
             choice: object) -> str | None:
    if member_id not in roster:
        return BALLOT_NOT_MEMBER
    if not quorum:  # ND 73/2023 Đ8.1 read with seed V.3: below the quorum no vote is taken
        return VOTE_BELOW_QUORUM
    if member_id not in present:
        return BALLOT_ABSENT
    if roster[member_id].is_proposer:  # ND 73/2023 Đ8.1: the proposer does not vote
        return BALLOT_PROPOSER
    if _as_choice(choice) is None:
        return CHOICE_INVALID
    return None


def check_ballot(members: Sequence[Member], present_ids: Iterable[str], member_id: str, choice: Choice | str,
                 rule: QuorumRule = DEFAULT_QUORUM) -> Choice:
    """The ballot's choice if ``member_id`` may cast it now, else ``ValidationError`` with the refusal code.

    For the service that records one ballot; ``decide`` applies the very same checks to every ballot.
    """
    roster = check_members(members)
    present = attendance(roster, present_ids)
    code = _refusal(roster, present, rule.met(len(roster), len(present)), member_id, choice)
    if code == VOTE_BELOW_QUORUM:
        raise ValidationError(code, member=member_id, members=len(roster), present=len(present),
                              needed=rule.needed(len(roster)))
    if code == CHOICE_INVALID:
        raise ValidationError(code, member=member_id, value=str(choice))
    if code is not None:
        raise ValidationError(code, member=member_id)
    return Choice(choice)


# ------------------------------------------------------------------------------------------------ outcome


class VoteStatus(StrEnum):
    NO_QUORUM = "no_quorum"  # no vote taken
    PASSED = "passed"  # thông qua
    FAILED = "failed"  # không thông qua: the head may override in writing


class TieBreak(StrEnum):
    """What happened to a tie (or that there was none)."""

    NOT_NEEDED = "not_needed"  # no tie
    HEAD_FOR = "head_for"  # the head voted tán thành: passes
    HEAD_AGAINST = "head_against"  # the head voted không tán thành: fails
    HEAD_ABSTAINED = "head_abstained"  # the head voted không biểu quyết: no side to follow, fails
    HEAD_IS_PROPOSER = "head_is_proposer"  # the head does not vote on his own proposal: fails
    HEAD_ABSENT = "head_absent"  # fails
    HEAD_NOT_VOTED = "head_not_voted"  # present, no ballot yet (the vote is not complete)
    NO_HEAD = "no_head"  # no member is the head of the unit: fails


# ND 73/2023 Đ8.1: "trên 50%" tán thành of those voting — strictly more than one half.
PASS_SHARE = Fraction(1, 2)


@dataclass(frozen=True)
class VoteOutcome:
    """The result of a vote by the rule, with everything the minutes need to say how it came about."""

    status: VoteStatus
    members: int  # all members of the body
    present: int  # members present, the proposer included
    quorum_needed: int  # the fewest present that meet the quorum
    in_favour: int  # tán thành
    against: int  # không tán thành
    abstained: int  # không biểu quyết (a ballot: counted among those voting)
    not_voting: int  # entitled and present, no ballot recorded yet
    excluded: tuple[Excluded, ...]  # absent members and a present proposer, in the members' order
    refused: tuple[RefusedBallot, ...]  # ballots not counted, in the order given
    tie: bool
    tie_break: TieBreak
    head_id: str | None
    proposer_ids: tuple[str, ...] = field(default=())

    @property
    def voting(self) -> int:
        """Those voting (tham gia biểu quyết): every counted ballot, "không biểu quyết" included."""
        return self.in_favour + self.against + self.abstained

    @property
    def quorum(self) -> bool:
        return self.status is not VoteStatus.NO_QUORUM

    @property
    def passed(self) -> bool:
        return self.status is VoteStatus.PASSED

    @property
    def complete(self) -> bool:
        """A vote was taken and every entitled member present has a ballot: the result is final."""
        return self.quorum and self.not_voting == 0

    @property
    def share_in_favour(self) -> Fraction:
        """Tán thành over those voting, exactly (0 when nobody voted)."""
        return Fraction(self.in_favour, self.voting) if self.voting else Fraction(0)


def _tie_break(head: Member | None, present: frozenset[str], counted: Mapping[str, Choice]) -> TieBreak:
    if head is None:
        return TieBreak.NO_HEAD
    if head.is_proposer:
        return TieBreak.HEAD_IS_PROPOSER
    if head.id not in present:
        return TieBreak.HEAD_ABSENT
    choice = counted.get(head.id)
    if choice is None:
        return TieBreak.HEAD_NOT_VOTED
    return {Choice.FOR: TieBreak.HEAD_FOR, Choice.AGAINST: TieBreak.HEAD_AGAINST,
            Choice.ABSTAIN: TieBreak.HEAD_ABSTAINED}[choice]


def decide(members: Sequence[Member], present_ids: Iterable[str], ballots: Mapping[str, Choice | str],
           rule: QuorumRule = DEFAULT_QUORUM) -> VoteOutcome:
    """The outcome of a vote by ND 73/2023 Đ8.1 (see the module's docstring for how it is read).

    ``ballots`` maps a member id to a choice. Ballots that may not be counted (a non-member, below the
    quorum, an absent member, the proposer, an unknown choice) are returned as ``refused`` with their
    code, never counted and never an exception, so that the UI can show the result as it is entered.
    Malformed membership or attendance (an attendee who is no member, two heads …) raises.
    While ballots are missing the outcome is computed on those cast and ``complete`` is False.
    """
    roster = check_members(members)
    present = attendance(roster, present_ids)
    quorum = rule.met(len(roster), len(present))
    head = next((m for m in members if m.is_head), None)
    excluded = tuple(
        Excluded(m.id, Exclusion.ABSENT if m.id not in present else Exclusion.PROPOSER)
        for m in members if m.id not in present or m.is_proposer
    )
    refused: list[RefusedBallot] = []
    counted: dict[str, Choice] = {}
    for member_id, raw in ballots.items():
        code = _refusal(roster, present, quorum, member_id, raw)
        if code is None:
            counted[member_id] = Choice(raw)
        else:
            refused.append(RefusedBallot(str(member_id), str(raw), code))
    base = VoteOutcome(
        VoteStatus.NO_QUORUM, members=len(roster), present=len(present), quorum_needed=rule.needed(len(roster)),
        in_favour=0, against=0, abstained=0, not_voting=0, excluded=excluded, refused=tuple(refused), tie=False,
        tie_break=TieBreak.NOT_NEEDED, head_id=head.id if head else None,
        proposer_ids=tuple(m.id for m in members if m.is_proposer),
    )
    if not quorum:
        return base
    entitled = sum(1 for m in members if m.id in present and not m.is_proposer)
    in_favour = sum(1 for c in counted.values() if c is Choice.FOR)
    voting = len(counted)
    share = Fraction(in_favour, voting) if voting else Fraction(0)
    # ND 73/2023 Đ8.1: passes with more than 50% tán thành of those voting; on a tie (exactly 50%) the
    # side the head voted with wins — only "tán thành" by the head carries it.
    tie = voting > 0 and share == PASS_SHARE
    tie_break = _tie_break(head, present, counted) if tie else TieBreak.NOT_NEEDED
    passed = share > PASS_SHARE or tie_break is TieBreak.HEAD_FOR
    return replace(
        base, status=VoteStatus.PASSED if passed else VoteStatus.FAILED, in_favour=in_favour,
        against=sum(1 for c in counted.values() if c is Choice.AGAINST),
        abstained=sum(1 for c in counted.values() if c is Choice.ABSTAIN),
        not_voting=entitled - voting, tie=tie, tie_break=tie_break,
    )


# ----------------------------------------------------------------------------------------------- override


@dataclass(frozen=True)
class Override:
    """The head's written approval of a proposal the vote did not pass (ND 73/2023 Đ8.1)."""

    reason: str
    by: str  # the head's id, of the same kind as Member.id


def check_override(outcome: VoteOutcome, override: Override, *, head_id: str) -> Override:
    """The override as it is stored (reason cleaned), or an error saying why it may not be made.

    ND 73/2023 Đ8.1: when the collective does not pass a proposal, the head may still approve it in
    writing if he finds it necessary and feasible. So: only after a vote was taken (not below quorum),
    completed and failed; only by the head of the unit (``head_id``, told by the caller since the head
    need not sit on a council), never on his own proposal (that one goes to the level above, Đ7.1);
    and always with a written reason.
    """
    if outcome.status is VoteStatus.NO_QUORUM:
        raise ValidationError("override_without_vote")
    if not outcome.complete:  # before "passed": an open count may lean either way
        raise ValidationError("override_vote_open", not_voting=outcome.not_voting)
    if outcome.status is VoteStatus.PASSED:
        raise ValidationError("override_after_pass")
    if not head_id or override.by != head_id:
        raise PermissionDenied("override_not_head")
    if override.by in outcome.proposer_ids:
        raise PermissionDenied("override_own_proposal")
    reason = check_text(override.reason, field="reason", limit="reason", multiline=True)
    if not reason:
        raise ValidationError("reason_required")
    return Override(reason=reason, by=override.by)
