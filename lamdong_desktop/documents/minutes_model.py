"""The plain values a Biên bản is printed from: who attended, the agenda items, scores, votes (documents/minutes).

Frozen dataclasses, filled by the services from the record; every count, score, total and average is the
domain's, printed as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from lamdong_desktop.documents.issued import MeetingKind, Person, ProposalRef

PROPOSER_NOT_VOTING = "là người đề xuất"  # ND 73/2023 Đ8.1: a deputy who is the proposer does not vote

TOTAL_RULE = "Tổng điểm của mỗi thành viên là tổng điểm các tiêu chí nhân với hệ số của tiêu chí đó."


Role = Literal["chair", "vice_chair", "member", "secretary", "guest"]
VoteResult = Literal["passed", "failed", "no_quorum"]
Score = str | int | Decimal
"""A score, total or average exactly as the domain computed it; a Decimal prints with a decimal comma."""


@dataclass(frozen=True)
class Attendee:
    """Someone present. ``member`` False: not counted for the quorum (a guest, a secretary who is not a member).

    ``note`` is printed after the role, e.g. "người đề xuất" for a guest who presents a proposal.
    """

    name: str
    position: str
    role: Role = "member"
    member: bool = True
    note: str = ""


@dataclass(frozen=True)
class Guest:
    """Someone invited who is not a member (a proposer, there to present his proposal); ``note`` says why he is
    invited, e.g. "người đề xuất (DX-2026-007)". Listed as invited: whether he came is not recorded."""

    name: str
    position: str
    note: str = ""


@dataclass(frozen=True)
class Absentee:
    """A member who was absent, with the reason given."""

    name: str
    position: str
    reason: str = ""


@dataclass(frozen=True)
class Quorum:
    """Members on the list, members present and the least number the rule required (the domain's numbers).

    ``fraction`` is the rule as printed ("2/3").
    """

    members: int
    present: int
    required: int
    fraction: str = "2/3"

    @property
    def met(self) -> bool:
        return self.present >= self.required


@dataclass(frozen=True)
class Opinion:
    """What someone said in the meeting."""

    name: str
    text: str
    position: str = ""


@dataclass(frozen=True)
class Criterion:
    """One criterion of the rubric as printed: its title, its weight and its highest score."""

    title: str
    weight: Score = 1
    maximum: Score = 10


@dataclass(frozen=True)
class ScoreRow:
    """One member's scores, one per criterion in the rubric's order (None: not scored), and the member's total."""

    member: str
    scores: tuple[Score | None, ...]
    total: Score | None


@dataclass(frozen=True)
class ScoreTable:
    """The member × criterion scores of one proposal, with the averages per criterion and of the totals."""

    criteria: tuple[Criterion, ...]
    rows: tuple[ScoreRow, ...]
    averages: tuple[Score | None, ...]
    average_total: Score | None
    total_rule: str = TOTAL_RULE

    def __post_init__(self) -> None:
        width = len(self.criteria)
        if len(self.averages) != width or any(len(row.scores) != width for row in self.rows):
            raise ValueError("every score row and the averages need one value per criterion")


@dataclass(frozen=True)
class NonVoter:
    """A member present who did not vote, and why (a deputy who is the proposer, ND 73/2023 Đ8.1)."""

    name: str
    reason: str = PROPOSER_NOT_VOTING


@dataclass(frozen=True)
class Override:
    """The head's written approval after a failed vote (ND 73/2023 Đ8.1), with its reason."""

    name: str
    title: str
    reason: str
    on: date | None = None


@dataclass(frozen=True)
class Vote:
    """The vote on one proposal, as counted by the domain.

    ``voting``: the members who took part in the vote (present, less those who may not vote); each count is
    printed out of it. ``tie_broken``: tán thành and không tán thành were equal and the head's side decided.
    """

    present: int
    voting: int
    in_favour: int
    against: int
    abstaining: int
    result: VoteResult
    tie_broken: bool = False
    non_voters: tuple[NonVoter, ...] = ()
    override: Override | None = None


@dataclass(frozen=True)
class AgendaItem:
    """One proposal on the agenda and what the meeting did with it."""

    proposal: ProposalRef
    presentation: str = ""  # how the proposer presented it, the secretary's summary
    opinions: tuple[Opinion, ...] = ()
    scores: ScoreTable | None = None
    vote: Vote | None = None
    conclusion: str = ""
    due_on: date | None = None  # ND 73/2023 Đ8.1: the last working day of the 07 after its receipt
    late: bool = False  # the meeting was held after ``due_on``
    evaluation: bool = False  # it evaluates the reported result (ND 73/2023 Đ11), not the plan


@dataclass(frozen=True, kw_only=True)
class Minutes:
    """Everything the printed minutes show. Long text fields may hold several paragraphs, one per line.

    ``number`` None: a draft (blank number, "DỰ THẢO"). ``issuer`` and ``issuer_parent`` left empty take the
    defaults of the kind: the unit's People's Committee for a leadership meeting; for a council its own name under
    "UBND <unit>", numbered in its own sequence (``issuer_code`` "HĐĐG"). ``ends_at`` None leaves the closing
    time blank. ``adjourned``: the meeting stopped without voting (below its quorum, or for ``adjourn_reason``).
    """

    unit_name: str  # "Xã Di Linh"
    kind: MeetingKind
    starts_at: datetime
    place: str
    quorum: Quorum
    attendees: tuple[Attendee, ...]
    chair: Person
    secretary: Person
    agenda: tuple[AgendaItem, ...]
    absentees: tuple[Absentee, ...] = ()
    guests: tuple[Guest, ...] = ()  # invited, not members (printed under "Khách mời")
    ends_at: datetime | None = None
    number: int | None = None
    issuer_code: str = ""  # default: "UBND", a council's "HĐĐG"
    issuer: tuple[str, ...] = ()
    issuer_parent: tuple[str, ...] = ()
    content: str = ""  # diễn biến: what happened, beyond each proposal's part
    opinions: tuple[Opinion, ...] = ()  # opinions not about one proposal
    conclusion: str = ""
    adjourned: bool = False
    adjourn_reason: str = ""
    read_back: bool = False  # the minutes were read out and agreed before closing
    recipients: tuple[str, ...] = ()
    audit_head: str = ""  # "Nhật ký #1234 · 9f3a1c2b": the audit chain's head when printed (page foot, metadata)
