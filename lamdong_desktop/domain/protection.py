"""The protection ruling (bảo vệ cán bộ) after an implemented proposal is evaluated — a pure function.

The table of domain.md §4, from ND 73/2023 Đ9–Đ11 and the resolution (seed III.2, footnote 2, IV.6):

- hoàn thành → no liability at all; may be commended and have a salary raise 12 months early;
- không hoàn thành / hoàn thành một phần, no damage → liability excluded (loại trừ): Party discipline,
  administrative and compensation alike;
- the same with damage (rủi ro) → per liability the evaluators' choice: excluded, exempted (miễn) or reduced
  (giảm nhẹ);
- a condition not met, or the mechanism abused → no protection; the case goes to the inspection committee
  (Ủy ban kiểm tra).

Where the texts leave room, this module decides (and the lead should know):

- the four conditions (đúng chủ trương, động cơ trong sáng, vì lợi ích chung, không vụ lợi) and the abuse question
  are asked for **every** result, a completed one included: seed footnote 1 (ND 73 Đ4–Đ5) makes a pure purpose,
  with no local, group or personal interest, a condition of any protection, and seed IV.6 punishes whoever abuses
  the mechanism whatever the result. A known disqualifier decides the ruling even with a measure still unchosen;
  every condition and the abuse question must still be answered (the Kết luận prints each);
- damage puts a case in the damage row whatever its completion (footnote 2: "không hoàn thành hoặc chỉ hoàn thành
  một phần mục tiêu, **hoặc** gặp rủi ro gây ra thiệt hại"): ``result_class``;
- a measure given where none applies (completed, no damage, no protection) is refused, not silently dropped: the
  record must never say "giảm nhẹ" beside a ruling that gives nothing of the kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import ValidationError
from .results import Achievement

# ND 73/2023 Đ11 (seed footnote 2): a completed one may be considered for a salary raise this many months early.
EARLY_RAISE_MONTHS = 12


class ResultClass(StrEnum):
    """The evaluators' result class (ND 73/2023 Đ11): the row of the table."""

    COMPLETED = "completed"  # Hoàn thành
    NOT_MET = "not_met"  # Không hoàn thành / hoàn thành một phần, không gây thiệt hại
    DAMAGED = "damaged"  # … gặp rủi ro, gây thiệt hại


class Condition(StrEnum):
    """Seed III.2 and footnote 2: what the evaluators must find for any protection."""

    CORRECT_POLICY = "correct_policy"  # thực hiện đúng chủ trương
    PURE_MOTIVE = "pure_motive"  # có động cơ trong sáng
    COMMON_INTEREST = "common_interest"  # vì lợi ích chung
    NO_SELF_INTEREST = "no_self_interest"  # không vụ lợi, không có tư lợi cá nhân


class Abuse(StrEnum):
    """Seed IV.6: using the protection mechanism to commit or cover up these acts."""

    CORRUPTION = "corruption"  # tham nhũng
    NEGATIVE = "negative"  # tiêu cực
    PROFITEERING = "profiteering"  # trục lợi
    GROUP_INTEREST = "group_interest"  # "lợi ích nhóm"


class Liability(StrEnum):
    """Seed footnote 2: the three liabilities a ruling speaks of, in the order printed."""

    PARTY = "party"  # trách nhiệm kỷ luật Đảng
    ADMINISTRATIVE = "administrative"  # trách nhiệm hành chính
    COMPENSATION = "compensation"  # trách nhiệm bồi thường vật chất


class Measure(StrEnum):
    """Seed footnote 2: "được loại trừ, miễn hoặc giảm nhẹ trách nhiệm"."""

    EXCLUDED = "excluded"  # loại trừ: not a liability at all
    EXEMPTED = "exempted"  # miễn: a liability, but not enforced
    REDUCED = "reduced"  # giảm nhẹ: enforced at a lighter level


class RulingKind(StrEnum):
    NO_LIABILITY = "no_liability"  # completed: no liability, commendation and the early raise may follow
    EXCLUDED = "excluded"  # no damage: every liability excluded
    MEASURES = "measures"  # damage: each liability's chosen measure
    NO_PROTECTION = "no_protection"  # a condition not met or the mechanism abused: flagged


class GapKind(StrEnum):
    """What the evaluation still lacks before the ruling can be given."""

    RESULT = "result"
    CONDITION = "condition"  # key: the Condition's code
    ABUSE = "abuse"  # whether the mechanism was abused is not yet answered
    MEASURE = "measure"  # key: the Liability's code (damage case only)


@dataclass(frozen=True)
class RulingGap:
    """One answer still missing; its words are ``messages.describe_gap``."""

    kind: GapKind
    key: str = ""

    @property
    def code(self) -> str:
        """A stable text form (``condition:pure_motive``, ``abuse``) for logs and JSON."""
        return f"{self.kind.value}:{self.key}" if self.key else self.kind.value

    @classmethod
    def parse(cls, code: str) -> RulingGap:
        kind, _, key = code.partition(":")
        return cls(GapKind(kind), key)

    def __str__(self) -> str:
        return self.code


def _parse(enum: type[StrEnum], value: object, code: str, **params: str) -> Any:
    if isinstance(value, enum):
        return value
    text = str(value if value is not None else "").strip().lower().replace("-", "_")
    for member in enum:
        if text == member.value:
            return member
    raise ValidationError(code, value=str(value), known=", ".join(m.value for m in enum), **params)


def parse_result(value: object) -> ResultClass:
    result: ResultClass = _parse(ResultClass, value, "protection_result_invalid")
    return result


def parse_condition(value: object) -> Condition:
    condition: Condition = _parse(Condition, value, "protection_condition_invalid")
    return condition


def parse_abuse(value: object) -> Abuse:
    abuse: Abuse = _parse(Abuse, value, "protection_abuse_invalid")
    return abuse


def parse_liability(value: object) -> Liability:
    liability: Liability = _parse(Liability, value, "protection_liability_invalid")
    return liability


def parse_measure(value: object, *, liability: Liability) -> Measure:
    """The measure chosen for ``liability``; anything but loại trừ / miễn / giảm nhẹ is refused."""
    measure: Measure = _parse(Measure, value, "protection_measure_invalid", liability=liability.value)
    return measure


def result_class(achievement: Achievement, *, damage: bool) -> ResultClass:
    """The table's row for a completion and whether damage occurred (damage wins: seed footnote 2, "hoặc")."""
    if damage:
        return ResultClass.DAMAGED
    return ResultClass.COMPLETED if achievement is Achievement.COMPLETED else ResultClass.NOT_MET


@dataclass(frozen=True)
class Evaluation:
    """What the evaluators found (ND 73/2023 Đ11): the facts the ruling follows from.

    ``conditions`` lacks a condition not yet assessed; ``abuse`` is None until the question is answered, empty when
    no abuse was found; ``measures`` holds the choice per liability (the damage case only).
    """

    result: ResultClass | None = None
    conditions: dict[Condition, bool] = field(default_factory=dict)
    abuse: frozenset[Abuse] | None = None
    measures: dict[Liability, Measure] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        *,
        result: object = None,
        conditions: Mapping[object, bool | None] | None = None,
        abuse: Iterable[object] | None = None,
        measures: Mapping[object, object] | None = None,
    ) -> Evaluation:
        """Validate values typed, stored or read from a bundle; every unknown code is refused by its own code.

        A condition given as None is left unassessed, as is a measure given as None or "".
        """
        checked: dict[Condition, bool] = {}
        for key, met in (conditions or {}).items():
            condition = parse_condition(key)
            if met is None:
                continue
            if not isinstance(met, bool):
                raise ValidationError("protection_condition_value_invalid", condition=condition.value, value=str(met))
            checked[condition] = met
        chosen: dict[Liability, Measure] = {}
        for key, value in (measures or {}).items():
            liability = parse_liability(key)
            if value is None or value == "":
                continue
            chosen[liability] = parse_measure(value, liability=liability)
        return cls(
            result=None if result is None or result == "" else parse_result(result),
            conditions=checked,
            abuse=None if abuse is None else frozenset(
                parse_abuse(a) for a in ((abuse,) if isinstance(abuse, str) else abuse)),
            measures=chosen,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "result": self.result.value if self.result else None,
            "conditions": {c.value: self.conditions[c] for c in Condition if c in self.conditions},
            "abuse": None if self.abuse is None else [a.value for a in Abuse if a in self.abuse],
            "measures": {liability.value: self.measures[liability].value
                         for liability in Liability if liability in self.measures},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evaluation:
        return cls.create(result=data.get("result"), conditions=data.get("conditions"), abuse=data.get("abuse"),
                          measures=data.get("measures"))

    @property
    def unmet(self) -> tuple[Condition, ...]:
        """The conditions assessed as not met, in the table's order."""
        return tuple(c for c in Condition if self.conditions.get(c) is False)

    @property
    def disqualified(self) -> bool:
        """A condition found unmet or an abuse found: no protection, whatever else is still open."""
        return bool(self.unmet) or bool(self.abuse)


@dataclass(frozen=True)
class Ruling:
    """The protection the evaluation gives; its sentence is ``messages.ruling_sentence``.

    ``measures`` names every liability in ``Liability`` order when a measure applies (all excluded in the no-damage
    row, the chosen ones in the damage row) and is empty otherwise; ``unmet`` and ``abuse`` are the reasons of a
    ruling without protection.
    """

    kind: RulingKind
    result: ResultClass
    measures: tuple[tuple[Liability, Measure], ...] = ()
    unmet: tuple[Condition, ...] = ()
    abuse: tuple[Abuse, ...] = ()

    @property
    def protected(self) -> bool:
        return self.kind is not RulingKind.NO_PROTECTION

    @property
    def flagged(self) -> bool:
        """Seed IV.6: the case goes to the inspection committee (Ủy ban kiểm tra)."""
        return self.kind is RulingKind.NO_PROTECTION

    @property
    def commendation(self) -> bool:
        """ND 73 Đ11: a completed one may be considered for commendation (khen thưởng)."""
        return self.kind is RulingKind.NO_LIABILITY

    @property
    def early_raise_months(self) -> int:
        """Months a salary raise may come early (nâng lương trước thời hạn); 0 when none."""
        return EARLY_RAISE_MONTHS if self.kind is RulingKind.NO_LIABILITY else 0

    def measure(self, liability: Liability) -> Measure | None:
        return dict(self.measures).get(liability)

    @property
    def uniform_measure(self) -> Measure | None:
        """The one measure every liability has (the demo's "giảm nhẹ"), or None when they differ or none applies."""
        found = {m for _, m in self.measures}
        return found.pop() if len(found) == 1 else None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "result": self.result.value,
            "measures": {liability.value: m.value for liability, m in self.measures},
            "unmet": [c.value for c in self.unmet],
            "abuse": [a.value for a in self.abuse],
            "protected": self.protected,
            "flagged": self.flagged,
            "commendation": self.commendation,
            "early_raise_months": self.early_raise_months,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Ruling:
        """A stored ruling read back (the derived flags are recomputed, never trusted)."""
        measures = data.get("measures") or {}
        return cls(
            kind=RulingKind(data["kind"]),
            result=parse_result(data["result"]),
            measures=tuple((liability, parse_measure(measures[liability.value], liability=liability))
                           for liability in Liability if liability.value in measures),
            unmet=tuple(parse_condition(c) for c in data.get("unmet") or ()),
            abuse=tuple(parse_abuse(a) for a in data.get("abuse") or ()),
        )


def missing_for_ruling(evaluation: Evaluation) -> list[RulingGap]:
    """Every answer still missing before the ruling, in the order of the evaluation form.

    The measures are missing only in the damage row and only while no disqualifier is known (a ruling without
    protection takes no measure).
    """
    gaps: list[RulingGap] = []
    if evaluation.result is None:
        gaps.append(RulingGap(GapKind.RESULT))
    gaps += [RulingGap(GapKind.CONDITION, c.value) for c in Condition if c not in evaluation.conditions]
    if evaluation.abuse is None:
        gaps.append(RulingGap(GapKind.ABUSE))
    if evaluation.result is ResultClass.DAMAGED and not evaluation.disqualified:
        gaps += [RulingGap(GapKind.MEASURE, liability.value)
                 for liability in Liability if liability not in evaluation.measures]
    return gaps


def _refuse_measures(evaluation: Evaluation, reason: str) -> None:
    for liability in Liability:
        if liability in evaluation.measures:
            raise ValidationError("protection_measure_not_applicable", liability=liability.value, reason=reason)


def rule(evaluation: Evaluation) -> Ruling:
    """The protection ruling of ``evaluation``, exactly as the table of domain.md §4.

    Raises ``protection_incomplete`` (``gaps``: the ``RulingGap`` list) while an answer is missing, and
    ``protection_measure_not_applicable`` for a measure where the row fixes the liability or gives no protection.
    """
    gaps = missing_for_ruling(evaluation)
    if gaps:
        raise ValidationError("protection_incomplete", gaps=gaps)
    result = evaluation.result
    assert result is not None and evaluation.abuse is not None  # missing_for_ruling checked both
    # Seed IV.6 and the table's last row: a condition unmet, or the mechanism abused for corruption, negative acts,
    # profiteering or group interest, takes every protection away (a completed result included: seed footnote 1,
    # ND 73 Đ4–Đ5, "không vì lợi ích cục bộ, lợi ích nhóm hoặc vụ lợi cá nhân") and goes to the inspection committee.
    if evaluation.disqualified:
        _refuse_measures(evaluation, "no_protection")
        return Ruling(RulingKind.NO_PROTECTION, result, unmet=evaluation.unmet,
                      abuse=tuple(a for a in Abuse if a in evaluation.abuse))
    # ND 73/2023 Đ11, seed footnote 2: "đánh giá là hoàn thành thì tuyệt đối không bị xử lý trách nhiệm"; the
    # completed one may be commended and have a salary raise 12 months early (domain.md §4).
    if result is ResultClass.COMPLETED:
        _refuse_measures(evaluation, result.value)
        return Ruling(RulingKind.NO_LIABILITY, result)
    # ND 73/2023 Đ11, seed III.2: not or partly completed without damage, the conditions met → liability excluded
    # (loại trừ) for Party discipline, administrative and compensation liability alike.
    if result is ResultClass.NOT_MET:
        _refuse_measures(evaluation, result.value)
        return Ruling(RulingKind.EXCLUDED, result,
                      measures=tuple((liability, Measure.EXCLUDED) for liability in Liability))
    # ND 73/2023 Đ11, seed footnote 2: with damage, the conditions met → "được loại trừ, miễn hoặc giảm nhẹ trách
    # nhiệm kỷ luật Đảng, trách nhiệm hành chính và trách nhiệm bồi thường": the evaluators choose for each.
    return Ruling(RulingKind.MEASURES, result,
                  measures=tuple((liability, evaluation.measures[liability]) for liability in Liability))
