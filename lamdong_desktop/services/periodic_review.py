"""The yearly review of the unit's initiatives (seed V.4: "định kỳ … sơ kết, tổng kết, nhân rộng những mô hình, giải
pháp … có hiệu quả; kịp thời đề nghị biểu dương, khen thưởng"): how the year's proposals stand, how the year's
evaluations ruled, and the completed ones suggested for replication and their people for commendation.

The year of a proposal is its reference's (DX-2026-…); the year of an evaluation is the day of its conclusion. A
proposal is suggested when its ruling is the completed one with full protection (``domain/official_record.
suggested``). Read by the unit's head, leadership and secretary (``RecordKind.PERIODIC_REVIEW``); printed as a Báo
cáo of the unit (``printing_records``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from lamdong_desktop.domain.access import RecordKind, at_level, require_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.levels import acting_level
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingLevel, Outcome
from lamdong_desktop.domain.official_record import suggested
from lamdong_desktop.domain.proposals import ParticipantRole, ProposalContent
from lamdong_desktop.domain.protection import Evaluation, ResultClass, Ruling, RulingKind
from lamdong_desktop.domain.text import fold
from lamdong_desktop.storage import implementation_repo as work_repo
from lamdong_desktop.storage import meetings_repo
from lamdong_desktop.storage import official_records_repo as repo

from .context import AppContext
from .official_records import CommendationView, DocumentRef, commendation_view, latest_document
from .register import MAX_YEAR, MIN_YEAR


@dataclass(frozen=True)
class Named:
    name: str
    position: str = ""

    def text(self) -> str:
        return ", ".join(part for part in (self.name, self.position) if part)


@dataclass(frozen=True)
class ReviewLine:
    """One completed initiative suggested for replication, with its people and its result."""

    proposal_id: str
    ref: str
    title: str
    proposers: tuple[Named, ...]  # the author first, then the co-proposers named in the plan
    implementers: tuple[Named, ...]
    pilot: bool  # approved as a pilot (thí điểm): a model to replicate
    reached: int | None
    indicators: int
    evaluation: DocumentRef
    ruling: Ruling
    commendations: tuple[CommendationView, ...]


@dataclass(frozen=True)
class PeriodicReview:
    year: int
    states: tuple[tuple[State, int], ...]  # the year's submitted proposals by state (lifecycle order, none left out)
    results: tuple[tuple[ResultClass, int], ...]  # the year's evaluations by result class
    rulings: tuple[tuple[RulingKind, int], ...]  # … and by ruling
    suggested: tuple[ReviewLine, ...]

    @property
    def submitted(self) -> int:
        return sum(n for _, n in self.states)

    @property
    def evaluated(self) -> int:
        return sum(n for _, n in self.rulings)

    def count(self, kind: RulingKind) -> int:
        return dict(self.rulings).get(kind, 0)


def check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError("year_invalid", value=year, first=MIN_YEAR, last=MAX_YEAR)
    return year


def require_review(actor: Actor) -> None:
    require_read(actor.roles, RecordKind.PERIODIC_REVIEW, at_level(acting_level(actor.roles) is MeetingLevel.PROVINCE))


def _proposers(row: dict[str, object]) -> tuple[Named, ...]:
    author = Named(str(row["author_name"] or ""), str(row["author_position"] or ""))
    content = ProposalContent.from_json(json.loads(str(row["content"])))
    named = [Named(p.name, p.position) for p in content.participants if p.role is ParticipantRole.PROPOSER]
    return (author, *(p for p in named if fold(p.name) != fold(author.name)))


def _pilot(ctx: AppContext, proposal_id: str) -> bool:
    outcomes = [r["outcome"] for r in meetings_repo.decisions_of_proposal(ctx.db, proposal_id)
                if r["outcome"] in (Outcome.APPROVE.value, Outcome.PILOT.value)]
    return bool(outcomes) and outcomes[-1] == Outcome.PILOT.value


def review(ctx: AppContext, year: int, *, actor: Actor) -> PeriodicReview:
    """The review of ``year`` for a reader of it (PermissionDenied otherwise)."""
    require_review(actor)
    year = check_year(year)
    counts = repo.state_counts(ctx.db, ctx.unit_code, year)
    latest: dict[str, dict[str, object]] = {}
    for row in repo.evaluations_in_year(ctx.db, ctx.unit_code, year):
        latest[str(row["proposal_id"])] = row  # a proposal evaluated twice counts once, by its last conclusion
    results: dict[ResultClass, int] = {}
    rulings: dict[RulingKind, int] = {}
    lines: list[ReviewLine] = []
    given = repo.commendations_of_proposals(ctx.db, list(latest))
    for proposal_id, row in latest.items():
        findings = Evaluation.from_json(json.loads(str(row["findings"])))
        ruling = Ruling.from_json(json.loads(str(row["ruling"])))
        if findings.result is not None:
            results[findings.result] = results.get(findings.result, 0) + 1
        rulings[ruling.kind] = rulings.get(ruling.kind, 0) + 1
        if not suggested(ruling):
            continue
        evaluation, _ = latest_document(ctx, [row])
        assert evaluation is not None  # numbered: evaluations_in_year reads only those
        report = work_repo.report_of(ctx.db, proposal_id)
        indicators = json.loads(report["results"]) if report else []
        lines.append(ReviewLine(
            proposal_id=proposal_id, ref=str(row["ref"]), title=str(row["proposal_title"]), proposers=_proposers(row),
            implementers=tuple(Named(i["full_name"], i["position"] or "")
                               for i in work_repo.implementers_of(ctx.db, proposal_id)),
            pilot=_pilot(ctx, proposal_id),
            reached=sum(1 for i in indicators if i["status"] == "reached") if report else None,
            indicators=len(indicators), evaluation=evaluation, ruling=ruling,
            commendations=tuple(commendation_view(c) for c in given if c["proposal_id"] == proposal_id)))
    return PeriodicReview(
        year=year, states=tuple((s, counts[s.value]) for s in State if counts.get(s.value)),
        results=tuple((r, results[r]) for r in ResultClass if r in results),
        rulings=tuple((k, rulings[k]) for k in RulingKind if k in rulings), suggested=tuple(lines))


def default_year(today: date) -> int:
    """The year a review is usually made for: the last one in January, else the current one."""
    return today.year - 1 if today.month == 1 else today.year


__all__ = ["Named", "PeriodicReview", "ReviewLine", "check_year", "default_year", "require_review", "review"]
