"""Scores of a review council: a configurable rubric, a member × criterion sheet, exact totals and averages.

Seed V.3 / issue 8: each member of the Hội đồng đánh giá đề xuất đổi mới, sáng tạo scores the proposal on
the criteria of a rubric. The default rubric is the three criteria of ND 73/2023 Đ5.1 (tính cấp bách,
mục đích trong sáng, quy trình dân chủ) plus tính khả thi and hiệu quả dự kiến (the content ND 73 Đ7.2
requires of the plan), each weighted 1 and scored from 0 to 10, so a member's total is out of 50. No text
we have fixes weights or scales: both are configurable (a province bundle may ship another rubric).

All arithmetic is exact (``Fraction``); ``rounded`` gives the value to display, half up (the way marks
are rounded on Vietnamese score sheets), and only for display. The scores feed the minutes; the
decision itself is the vote (domain/votes.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from .errors import ValidationError
from .text import check_text, fold

Number = int | Fraction | Decimal  # exact numbers only: a float cannot hold 0.1, let alone 1/3

DEFAULT_MAX_SCORE = 10
MAX_SCALE = 100  # the highest "highest score" a criterion may have: a mark is typed with at most 3 digits


def _exact(value: object) -> Fraction | None:
    """``value`` as a Fraction when it is an exact finite number (not bool, not float), else None."""
    if isinstance(value, bool) or not isinstance(value, int | Fraction | Decimal):
        return None
    if isinstance(value, Decimal) and not value.is_finite():
        return None
    return Fraction(value)


@dataclass(frozen=True)
class RubricCriterion:
    """One criterion: its code, its weight in a member's total and its highest score.

    The words of the default criteria are in ``messages.RUBRIC_WORDS`` by code; a criterion brought by
    a province bundle carries its own ``title`` (data, like a unit's name).
    """

    code: str
    weight: Number = 1
    max_score: int = DEFAULT_MAX_SCORE
    title: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code.strip():
            raise ValidationError("rubric_code_invalid", criterion=str(self.code))
        weight = _exact(self.weight)
        if weight is None or weight <= 0:
            raise ValidationError("rubric_weight_invalid", criterion=self.title or self.code, value=str(self.weight))
        object.__setattr__(self, "weight", weight)
        if (isinstance(self.max_score, bool) or not isinstance(self.max_score, int)
                or not 1 <= self.max_score <= MAX_SCALE):
            raise ValidationError("rubric_max_invalid", criterion=self.title or self.code, value=str(self.max_score),
                                  limit=MAX_SCALE)

    @property
    def exact_weight(self) -> Fraction:
        return Fraction(self.weight)


@dataclass(frozen=True)
class Rubric:
    """The criteria of a score sheet, in the order of its columns; codes unique."""

    criteria: tuple[RubricCriterion, ...]

    def __post_init__(self) -> None:
        criteria = tuple(self.criteria)
        object.__setattr__(self, "criteria", criteria)
        if not criteria:
            raise ValidationError("rubric_empty")
        seen: set[str] = set()
        for criterion in criteria:
            if criterion.code in seen:
                raise ValidationError("rubric_code_duplicate", criterion=criterion.code)
            seen.add(criterion.code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.criteria)

    def criterion(self, code: str) -> RubricCriterion:
        for criterion in self.criteria:
            if criterion.code == code:
                return criterion
        raise ValidationError("score_criterion_unknown", criterion=str(code))

    @property
    def max_total(self) -> Fraction:
        """The highest weighted total a member can give (50 for the default rubric)."""
        return sum((c.exact_weight * c.max_score for c in self.criteria), Fraction(0))


# The codes of ND 73 Đ5.1 are those of domain.proposals.Criterion; the last two name the plan's sections.
DEFAULT_RUBRIC = Rubric((
    RubricCriterion("urgency"),  # Tính cấp bách (ND 73/2023 Đ5.1)
    RubricCriterion("pure_purpose"),  # Mục đích trong sáng (Đ5.1)
    RubricCriterion("democratic_process"),  # Quy trình dân chủ (Đ5.1)
    RubricCriterion("feasibility"),  # Tính khả thi (Đ7.2)
    RubricCriterion("effectiveness"),  # Hiệu quả dự kiến (Đ7.2)
))


# A weight as people type it: up to three digits and two decimals after a comma or a point ("2", "1,5"), or a
# fraction ("3/2"); a highest score: a whole number. ASCII digits only, as for a mark (``meetings.parse_score``).
_WEIGHT = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?|(\d{1,3})/(\d{1,3})", re.ASCII)
_WHOLE = re.compile(r"\d{1,3}", re.ASCII)


def criterion_code(title: str, position: int) -> str:
    """The code of a criterion a person named: its title folded to ASCII words joined by "_" ("Tính khả thi" →
    "tinh_kha_thi"), what a script types to score it; "tieu_chi_<position>" when no letter or digit is left."""
    return re.sub(r"[^a-z0-9]+", "_", fold(title)).strip("_") or f"tieu_chi_{position}"


def _weight(text: str, title: str) -> Fraction:
    found = _WEIGHT.fullmatch(text.strip())
    value = None
    if found and found.group(1):
        decimals = found.group(2) or ""
        value = Fraction(int(found.group(1) + decimals), 10 ** len(decimals))
    elif found and int(found.group(4)):
        value = Fraction(int(found.group(3)), int(found.group(4)))
    if value is None or value <= 0:
        raise ValidationError("rubric_weight_invalid", criterion=title, value=text.strip())
    return value


def custom_rubric(entries: Sequence[tuple[str, str, str]]) -> Rubric:
    """A rubric a person typed, criterion by criterion (title, weight, highest score), in its columns' order.

    Each title non-blank and distinct from the others ignoring accents, case and punctuation (its code is
    ``criterion_code``); each weight a positive number ("2", "1,5", "3/2"); the highest score a whole number from 1 to
    ``MAX_SCALE`` ("" gives 10); at least one criterion. Refused with the code that names the criterion.
    """
    if not entries:
        raise ValidationError("rubric_empty")
    criteria: list[RubricCriterion] = []
    codes: set[str] = set()
    for position, (typed, weight, maximum) in enumerate(entries, start=1):
        title = check_text(typed, field="rubric_title", limit="name")
        if not title.strip():
            raise ValidationError("rubric_title_required", number=position)
        code = criterion_code(title, position)
        if code in codes:
            raise ValidationError("rubric_code_duplicate", criterion=title)
        codes.add(code)
        top = (maximum or "").strip()
        if top and not (_WHOLE.fullmatch(top) and 1 <= int(top) <= MAX_SCALE):
            raise ValidationError("rubric_max_invalid", criterion=title, value=top, limit=MAX_SCALE)
        criteria.append(RubricCriterion(code, _weight(weight or "", title), int(top) if top else DEFAULT_MAX_SCORE,
                                        title))
    return Rubric(tuple(criteria))


@dataclass(frozen=True)
class Score:
    """One mark: a member's score on one criterion."""

    member_id: str
    criterion: str
    value: Number


def check_score(rubric: Rubric, criterion: str, value: object) -> Fraction:
    """The exact value of a mark on ``criterion``, or an error: unknown criterion, not a number, out of 0..max."""
    found = rubric.criterion(criterion)
    exact = _exact(value)
    if exact is None:
        raise ValidationError("score_invalid", criterion=criterion, value=str(value))
    if not 0 <= exact <= found.max_score:
        raise ValidationError("score_out_of_range", criterion=criterion, value=shown_mark(exact),
                              maximum=found.max_score)
    return exact


def shown_mark(value: Fraction) -> str:
    """A mark as people read it: "10,5", "8", or "17/3" when no short decimal holds it (never "21/2")."""
    for places in range(3):
        scaled = value * 10**places
        if scaled.denominator == 1:
            whole, part = divmod(abs(scaled.numerator), 10**places)
            sign = "-" if value < 0 else ""
            return f"{sign}{whole}" + (f",{part:0{places}d}" if places else "")
    return f"{value.numerator}/{value.denominator}"


@dataclass(frozen=True)
class MissingScore:
    """A mark not given yet: which member, which criterion."""

    member_id: str
    criterion: str


@dataclass(frozen=True)
class SheetResult:
    """A score sheet counted: every mark, what is missing, the totals and averages, all exact.

    While the sheet is incomplete, ``member_totals`` holds only the members who scored every criterion
    (a partial total would read as a low mark), ``criterion_averages`` average the marks given so far
    (None where there is none), and ``overall_average`` is the mean of the complete members' totals.
    """

    rubric: Rubric
    member_ids: tuple[str, ...]
    marks: dict[tuple[str, str], Fraction] = field(hash=False)
    missing: tuple[MissingScore, ...]
    member_totals: dict[str, Fraction] = field(hash=False)
    criterion_averages: dict[str, Fraction | None] = field(hash=False)
    overall_average: Fraction | None

    @property
    def complete(self) -> bool:
        return not self.missing

    def mark(self, member_id: str, criterion: str) -> Fraction | None:
        return self.marks.get((member_id, criterion))

    @property
    def incomplete_members(self) -> tuple[str, ...]:
        """Members with at least one mark missing, in the sheet's order."""
        lacking = {m.member_id for m in self.missing}
        return tuple(m for m in self.member_ids if m in lacking)


def tally_scores(rubric: Rubric, member_ids: Sequence[str], scores: Iterable[Score]) -> SheetResult:
    """Count a sheet: ``member_ids`` are those who must score (``council.entitled_voters`` for a council).

    Raises for a mark that cannot be accepted: a member not on the sheet, an unknown criterion, a value
    that is not an exact number in 0..max, a second mark by the same member on the same criterion (a
    member scores once per criterion). Missing marks are not errors: they are reported in ``missing``.
    """
    order = tuple(member_ids)
    if len(set(order)) != len(order):
        duplicate = next(m for m in order if order.count(m) > 1)
        raise ValidationError("member_duplicate", member=str(duplicate))
    on_sheet = set(order)
    marks: dict[tuple[str, str], Fraction] = {}
    for score in scores:
        if score.member_id not in on_sheet:
            raise ValidationError("score_member_unknown", member=str(score.member_id))
        value = check_score(rubric, score.criterion, score.value)
        key = (score.member_id, score.criterion)
        if key in marks:
            raise ValidationError("score_duplicate", member=score.member_id, criterion=score.criterion)
        marks[key] = value
    missing = tuple(MissingScore(m, c.code) for m in order for c in rubric.criteria if (m, c.code) not in marks)
    lacking = {item.member_id for item in missing}
    totals = {
        m: sum((c.exact_weight * marks[(m, c.code)] for c in rubric.criteria), Fraction(0))
        for m in order if m not in lacking
    }
    averages: dict[str, Fraction | None] = {}
    for criterion in rubric.criteria:
        given = [marks[(m, criterion.code)] for m in order if (m, criterion.code) in marks]
        averages[criterion.code] = sum(given, Fraction(0)) / len(given) if given else None
    overall = sum(totals.values(), Fraction(0)) / len(totals) if totals else None
    return SheetResult(rubric=rubric, member_ids=order, marks=marks, missing=missing, member_totals=totals,
                       criterion_averages=averages, overall_average=overall)


def rounded(value: Fraction, places: int = 2) -> Decimal:
    """``value`` to ``places`` decimals, half away from zero, computed exactly (for display only).

    8.125 → 8.13; 25/3 → 8.33. Integer arithmetic, so no binary or decimal approximation comes in between.
    """
    if places < 0:
        raise ValueError("places must be >= 0")
    scaled = abs(value) * 10**places
    whole, rest = divmod(scaled.numerator, scaled.denominator)
    if 2 * rest >= scaled.denominator:
        whole += 1
    result = Decimal(whole).scaleb(-places)
    return -result if value < 0 and whole else result
