"""Innovation proposals (đề xuất đổi mới, sáng tạo): content, criteria, validation, versions, differences.

Required content follows the resolution (seed IV.3) and ND 73/2023 Đ7.2; the three criteria follow
ND 73/2023 Đ5.1 (seed footnote 1).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from .dates import check_date
from .errors import ValidationError
from .text import check_text, clean, clean_block


class Section(StrEnum):
    """The text sections of a proposal, in the order of the printed plan."""

    NECESSITY = "necessity"  # 1. Sự cần thiết, mục đích, yêu cầu
    BOTTLENECK = "bottleneck"  # 2. Điểm nghẽn, nút thắt
    LEGAL_PROVISIONS = "legal_provisions"  # 2. … the legal provisions in the way
    SOLUTION = "solution"  # 3. Nội dung, nhiệm vụ, giải pháp
    SCOPE = "scope"  # 3. phạm vi, đối tượng (who it affects)
    TIMELINE = "timeline"  # 3. thời gian thực hiện
    RESOURCES = "resources"  # 3. nguồn lực
    FEASIBILITY = "feasibility"  # 3. tính khả thi
    IMPACT = "impact"  # 4. Dự báo tác động (positive and negative)
    EFFECTIVENESS = "effectiveness"  # 5. Hiệu quả dự kiến


SECTION_LABELS: dict[Section, str] = {
    Section.NECESSITY: "Sự cần thiết, mục đích, yêu cầu",
    Section.BOTTLENECK: "Điểm nghẽn, nút thắt",
    Section.LEGAL_PROVISIONS: "Quy định pháp luật đang vướng",
    Section.SOLUTION: "Nội dung, nhiệm vụ, giải pháp",
    Section.SCOPE: "Phạm vi, đối tượng tác động",
    Section.TIMELINE: "Thời gian thực hiện",
    Section.RESOURCES: "Nguồn lực",
    Section.FEASIBILITY: "Tính khả thi",
    Section.IMPACT: "Dự báo tác động",
    Section.EFFECTIVENESS: "Hiệu quả dự kiến",
}


class Criterion(StrEnum):
    URGENCY = "urgency"  # Tính cấp bách
    PURE_PURPOSE = "pure_purpose"  # Mục đích trong sáng
    DEMOCRATIC_PROCESS = "democratic_process"  # Quy trình dân chủ


CRITERION_LABELS: dict[Criterion, str] = {
    Criterion.URGENCY: "Tính cấp bách",
    Criterion.PURE_PURPOSE: "Mục đích trong sáng",
    Criterion.DEMOCRATIC_PROCESS: "Quy trình dân chủ",
}

# Priority fields (seed III.1, II.3); configurable later through province reference bundles.
PRIORITY_FIELDS: dict[str, str] = {
    "dat_dai": "Xử lý vi phạm pháp luật đất đai trước ngày 01/8/2024",
    "tang_truong": "Tăng trưởng kinh tế từ 10% trở lên",
    "dau_tu_cong": "Giải ngân vốn đầu tư công",
    "thu_ngan_sach": "Thu ngân sách",
    "thu_nhap": "Thu nhập bình quân đầu người",
    "giam_ngheo": "Giảm nghèo",
    "khac": "Lĩnh vực khác",
}


class ParticipantRole(StrEnum):
    PROPOSER = "de_xuat"  # leaders and managers protected by ND 73 Đ2
    IMPLEMENTER = "thuc_hien"  # other civil servants taking part


PARTICIPANT_ROLE_LABELS = {ParticipantRole.PROPOSER: "người đề xuất", ParticipantRole.IMPLEMENTER: "người thực hiện"}


@dataclass(frozen=True)
class Indicator:
    """A quantified target, so that the result can later be measured against it."""

    name: str
    unit: str
    baseline: str
    target: str
    target_date: date | None = None
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "unit": self.unit,
            "baseline": self.baseline,
            "target": self.target,
            "target_date": self.target_date.isoformat() if self.target_date else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Indicator:
        raw = data.get("target_date")
        return cls(
            id=data.get("id") or "",
            name=clean(data.get("name")),
            unit=clean(data.get("unit")),
            baseline=clean(str(data.get("baseline") or "")),
            target=clean(str(data.get("target") or "")),
            target_date=date.fromisoformat(raw) if raw else None,
        )


@dataclass(frozen=True)
class Assessment:
    """A criterion assessed by the author: met or not (None: not yet assessed), and why."""

    met: bool | None = None
    justification: str = ""


@dataclass(frozen=True)
class Participant:
    name: str
    position: str = ""
    role: ParticipantRole = ParticipantRole.IMPLEMENTER
    person_id: str | None = None


@dataclass(frozen=True)
class ProposalContent:
    """Everything the author writes: the part that is versioned, compared and printed."""

    title: str = ""
    sections: dict[Section, str] = field(default_factory=dict)
    indicators: tuple[Indicator, ...] = ()
    criteria: dict[Criterion, Assessment] = field(default_factory=dict)
    conflict_declared: bool | None = None  # None: not declared yet; False: no conflict of interest
    conflict_details: str = ""
    field: str = ""
    party_org_id: str | None = None
    breakthrough: bool = False
    broad: bool = False  # broad or complex: a review council instead of the leadership meeting
    participants: tuple[Participant, ...] = ()

    def normalized(self) -> ProposalContent:
        """NFC everywhere; titles on one line; section text keeps its paragraphs."""
        return replace(
            self,
            title=clean(self.title),
            sections={s: _clean_block(self.sections.get(s, "")) for s in Section},
            indicators=tuple(Indicator.from_json(i.to_json()) for i in self.indicators),
            criteria={
                c: Assessment(self.criteria.get(c, Assessment()).met,
                              _clean_block(self.criteria.get(c, Assessment()).justification))
                for c in Criterion
            },
            conflict_details=_clean_block(self.conflict_details),
            participants=tuple(
                Participant(clean(p.name), clean(p.position), ParticipantRole(p.role), p.person_id)
                for p in self.participants if clean(p.name)
            ),
        )

    def to_json(self) -> dict[str, Any]:
        """A plain, stable form used for revisions, bundles and content hashes."""
        return {
            "title": self.title,
            "sections": {s.value: self.sections.get(s, "") for s in Section},
            "indicators": [i.to_json() for i in self.indicators],
            "criteria": {
                c.value: {"met": self.criteria.get(c, Assessment()).met,
                          "justification": self.criteria.get(c, Assessment()).justification}
                for c in Criterion
            },
            "conflict_declared": self.conflict_declared,
            "conflict_details": self.conflict_details,
            "field": self.field,
            "party_org_id": self.party_org_id,
            "breakthrough": self.breakthrough,
            "broad": self.broad,
            "participants": [
                {"name": p.name, "position": p.position, "role": p.role.value, "person_id": p.person_id}
                for p in self.participants
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProposalContent:
        sections = data.get("sections") or {}
        criteria = data.get("criteria") or {}
        return cls(
            title=data.get("title") or "",
            sections={s: sections.get(s.value) or "" for s in Section},
            indicators=tuple(Indicator.from_json(i) for i in data.get("indicators") or ()),
            criteria={
                c: Assessment((criteria.get(c.value) or {}).get("met"),
                              (criteria.get(c.value) or {}).get("justification") or "")
                for c in Criterion
            },
            conflict_declared=data.get("conflict_declared"),
            conflict_details=data.get("conflict_details") or "",
            field=data.get("field") or "",
            party_org_id=data.get("party_org_id"),
            breakthrough=bool(data.get("breakthrough")),
            broad=bool(data.get("broad")),
            participants=tuple(
                Participant(p.get("name") or "", p.get("position") or "",
                            ParticipantRole(p.get("role") or ParticipantRole.IMPLEMENTER), p.get("person_id"))
                for p in data.get("participants") or ()
            ),
        )

    def searchable_text(self) -> str:
        return "\n".join([self.title, *(self.sections.get(s, "") for s in Section)])


_clean_block = clean_block  # NFC; trailing spaces and runs of blank lines removed, paragraphs kept


def check_content(content: ProposalContent) -> ProposalContent:
    """``content.normalized()`` after checking every text the author typed (the input boundary).

    Raises ``text_control_chars`` or ``text_too_long`` naming the first field at fault (``title``,
    ``section:solution``, ``indicator:2:unit``, ``criterion:urgency``, ``conflict_details``,
    ``participant:1:name``); nothing is changed by the caller when it does.
    """
    check_text(content.title, field="title", limit="title")
    for section in Section:
        check_text(content.sections.get(section, ""), field=f"section:{section.value}", limit="section",
                   multiline=True)
    for number, indicator in enumerate(content.indicators, start=1):
        for part in ("name", "unit", "baseline", "target"):
            check_text(str(getattr(indicator, part) or ""), field=f"indicator:{number}:{part}", limit="indicator")
        if indicator.target_date is not None:
            check_date(indicator.target_date)
    for criterion, assessment in content.criteria.items():
        check_text(assessment.justification, field=f"criterion:{Criterion(criterion).value}",
                   limit="justification", multiline=True)
    check_text(content.conflict_details, field="conflict_details", limit="justification", multiline=True)
    for number, participant in enumerate(content.participants, start=1):
        check_text(participant.name, field=f"participant:{number}:name", limit="name")
        check_text(participant.position, field=f"participant:{number}:position", limit="position")
    return content.normalized()


class ItemKind(StrEnum):
    """The kinds of item a proposal must have before it can be submitted."""

    TITLE = "title"
    SECTION = "section"  # key: the Section's code
    INDICATORS = "indicators"  # not one quantified indicator
    INDICATOR = "indicator"  # key: the incomplete indicator's number, from 1
    CRITERION = "criterion"  # key: the Criterion's code
    CONFLICT = "conflict"  # the conflict-of-interest declaration
    FIELD = "field"
    PARTY_ORG = "party_org"


@dataclass(frozen=True)
class MissingItem:
    """One item still missing for submission; its words are ``messages.describe_item``."""

    kind: ItemKind
    key: str = ""

    @property
    def code(self) -> str:
        """A stable text form (``section:necessity``, ``indicators``) for logs and JSON."""
        return f"{self.kind.value}:{self.key}" if self.key else self.kind.value

    @classmethod
    def parse(cls, code: str) -> MissingItem:
        """The item of a ``code`` (the one place that reads the text form)."""
        kind, _, key = code.partition(":")
        return cls(ItemKind(kind), key)

    def __str__(self) -> str:
        return self.code


# What must be present before a proposal can be submitted: every item is reported at once.
def missing_items(content: ProposalContent) -> list[MissingItem]:
    """Every missing item, in the order of the form (title, sections, indicators, criteria …)."""
    c = content.normalized()
    problems: list[MissingItem] = []
    if not c.title:
        problems.append(MissingItem(ItemKind.TITLE))
    problems += [MissingItem(ItemKind.SECTION, s.value) for s in Section if not c.sections.get(s)]
    if not c.indicators:
        problems.append(MissingItem(ItemKind.INDICATORS))
    for index, indicator in enumerate(c.indicators, start=1):
        if not (indicator.name and indicator.unit and indicator.baseline and indicator.target):
            problems.append(MissingItem(ItemKind.INDICATOR, str(index)))
    for criterion in Criterion:
        assessment = c.criteria.get(criterion, Assessment())
        if assessment.met is None or not assessment.justification:
            problems.append(MissingItem(ItemKind.CRITERION, criterion.value))
    if c.conflict_declared is None or (c.conflict_declared and not c.conflict_details):
        problems.append(MissingItem(ItemKind.CONFLICT))
    if c.field not in PRIORITY_FIELDS:
        problems.append(MissingItem(ItemKind.FIELD))
    if not c.party_org_id:
        problems.append(MissingItem(ItemKind.PARTY_ORG))
    return problems


def check_submittable(content: ProposalContent) -> None:
    problems = missing_items(content)
    if problems:
        raise ValidationError("proposal_incomplete", problems=problems)


# ------------------------------------------------------------------------------------------ references


def format_reference(year: int, number: int) -> str:
    """Human reference per unit and year, never reused: ``DX-2026-007``."""
    return f"DX-{year:04d}-{number:03d}"


# ------------------------------------------------------------------------------------------ differences


@dataclass(frozen=True)
class FieldDiff:
    """One changed part of a proposal between two versions, with a line-by-line difference."""

    key: str
    label: str
    before: str
    after: str
    lines: tuple[str, ...]  # unified-diff style: "  same", "- removed", "+ added"


def _flat(content: ProposalContent) -> list[tuple[str, str, str]]:
    c = content
    parts = [("title", "Tên đề xuất", c.title)]
    parts += [(f"section:{s.value}", SECTION_LABELS[s], c.sections.get(s, "")) for s in Section]
    indicators = "\n".join(
        f"{i.name} — {i.unit}: {i.baseline} → {i.target}"
        + (f" (đến {i.target_date.strftime('%d/%m/%Y')})" if i.target_date else "")
        for i in c.indicators
    )
    parts.append(("indicators", "Chỉ tiêu định lượng", indicators))
    for criterion in Criterion:
        a = c.criteria.get(criterion, Assessment())
        verdict = {True: "Đạt", False: "Không đạt", None: "Chưa đánh giá"}[a.met]
        parts.append((f"criterion:{criterion.value}", CRITERION_LABELS[criterion], f"{verdict}. {a.justification}"))
    conflict = {None: "Chưa khai", False: "Không có xung đột lợi ích", True: "Có xung đột lợi ích"}[
        c.conflict_declared
    ]
    parts.append(("conflict", "Xung đột lợi ích", f"{conflict}. {c.conflict_details}".strip()))
    parts.append(("field", "Lĩnh vực", PRIORITY_FIELDS.get(c.field, c.field)))
    parts.append(("flags", "Đột phá / phạm vi rộng",
                  f"Đột phá: {'có' if c.breakthrough else 'không'}; phạm vi rộng, phức tạp: "
                  f"{'có' if c.broad else 'không'}"))
    parts.append(("participants", "Người đề xuất và người thực hiện",
                  "\n".join(f"{p.name} ({p.position}) — {PARTICIPANT_ROLE_LABELS[p.role]}" for p in c.participants)))
    return parts


def diff_contents(before: ProposalContent, after: ProposalContent) -> list[FieldDiff]:
    """Section-by-section differences between two versions (only the parts that changed).

    Lines read "  same", "- old", "+ new"; a changed run lists its old lines, then its new ones.
    """
    result = []
    for (key, label, old), (_, _, new) in zip(_flat(before), _flat(after), strict=True):
        if old == new:
            continue
        result.append(FieldDiff(key=key, label=label, before=old, after=new,
                                lines=_line_diff(old.splitlines(), new.splitlines())))
    return result


def _line_diff(old: list[str], new: list[str]) -> tuple[str, ...]:
    # Whole lines only: ndiff also pairs similar lines character by character, which is quadratic in a
    # changed run (0.5 s for a 200-line section with every line touched). autojunk off: blank lines
    # between paragraphs are common and must still match.
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [f"  {line}" for line in old[i1:i2]]
            continue
        lines += [f"- {line}" for line in old[i1:i2]]
        lines += [f"+ {line}" for line in new[j1:j2]]
    return tuple(lines)
