"""The official's record (hồ sơ cán bộ) and the yearly review of completed initiatives: pure rules.

Seed IV.2: the results of carrying out breakthrough initiatives are the first basis for evaluating, planning,
rotating and appointing officials — so each person's record lists what he proposed or carried out, how it was
decided, evaluated and ruled, and what commendation followed. Seed V.4: every year the effective models and
solutions are reviewed, to be replicated, and their people put forward for commendation.

Where the texts leave room, this module decides (and the lead should know):

- a person stands in a proposal as its author (the account that drafted and submitted it), as a co-proposer (named
  among the plan's proposers, ``ParticipantRole.PROPOSER``) or as an implementer (named when it started); a
  participant the plan only foresaw as an implementer, who was not named at the start, did not carry it out;
- a draft never submitted is the author's alone (domain/access.py): it is no part of anyone's record;
- "suggested for replication and commendation" is the completed one with its full protection (``RulingKind.
  NO_LIABILITY``, ND 73/2023 Đ11): an effective solution. A completed one whose conditions failed, or whose mechanism
  was abused, is flagged instead (seed IV.6) and suggested for nothing;
- a commendation or an early salary raise is recorded only on such a ruling, for one of the proposal's own people,
  with the decision that gave it (another body may give it: its number is recorded as issued, not taken from the
  unit's register), dated on or after the evaluation's conclusion and not in the future.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .protection import Ruling


class RecordRole(StrEnum):
    """How a person stands in a proposal of his record."""

    AUTHOR = "author"  # người đề xuất: drafted and submitted it
    CO_PROPOSER = "co_proposer"  # named among the plan's proposers (đồng đề xuất)
    IMPLEMENTER = "implementer"  # named among the implementers when it started (ND 73/2023 Đ9)


class CommendationKind(StrEnum):
    """ND 73/2023 Đ11: a completed one "được xem xét khen thưởng, nâng lương trước thời hạn"."""

    COMMENDATION = "commendation"  # khen thưởng (Giấy khen, Bằng khen …)
    EARLY_RAISE = "early_raise"  # nâng bậc lương trước thời hạn


def record_roles(*, authored: bool, named_proposer: bool, implementer: bool) -> tuple[RecordRole, ...]:
    """The roles of one person in one proposal, in the order printed; empty when he has none."""
    roles: list[RecordRole] = []
    if authored:
        roles.append(RecordRole.AUTHOR)
    elif named_proposer:
        roles.append(RecordRole.CO_PROPOSER)
    if implementer:
        roles.append(RecordRole.IMPLEMENTER)
    return tuple(roles)


def suggested(ruling: Ruling | None) -> bool:
    """Seed V.4: an evaluated proposal suggested for replication and its people for commendation (completed, fully
    protected)."""
    return ruling is not None and ruling.commendation


def parse_commendation_kind(value: object) -> CommendationKind:
    text = str(value if value is not None else "").strip().lower().replace("-", "_")
    for kind in CommendationKind:
        if text == kind.value:
            return kind
    raise ValidationError("commendation_kind_invalid", value=str(value),
                          known=", ".join(k.value for k in CommendationKind))


def check_commendation(ruling: Ruling | None, *, ref: str, decided_on: date, evaluated_on: date | None,
                       today: date, roles: Iterable[RecordRole]) -> None:
    """Refuse a commendation that the record cannot hold (see the module's docstring)."""
    if not suggested(ruling) or evaluated_on is None:
        raise ValidationError("commendation_not_eligible", ref=ref)
    if not tuple(roles):
        raise ValidationError("commendation_not_involved", ref=ref)
    if decided_on > today:
        raise ValidationError("commendation_date_future", value=f"{decided_on:%d/%m/%Y}", today=f"{today:%d/%m/%Y}")
    if decided_on < evaluated_on:
        raise ValidationError("commendation_before_evaluation", value=f"{decided_on:%d/%m/%Y}",
                              earliest=f"{evaluated_on:%d/%m/%Y}")
