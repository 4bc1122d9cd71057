"""Realistic demo proposals for the demo unit: every state, every priority field, several party organisations.

The proposals are written once as data (``resources/data/demo_proposals.toml``), with placeholders ({unit}, {thon},
{cu} …) filled from the unit, so that the demo of any commune, ward or the special zone reads naturally. The ten
sections, the criteria and the timeline are composed from each proposal's own text and a few texts per priority
field. Everything goes through the proposal services, as the authors would have done it. Deterministic: no
randomness.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

from lamdong_desktop.documents.base import DocumentTemplate
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound
from lamdong_desktop.domain.proposals import (
    Assessment,
    Criterion,
    Indicator,
    Participant,
    ParticipantRole,
    ProposalContent,
    Section,
    missing_items,
)
from lamdong_desktop.domain.text import fold
from lamdong_desktop.domain.units import KIND_LABELS, Unit, UnitKind
from lamdong_desktop.storage import accounts_repo

from . import demo_implementation, demo_meetings, demo_minutes, demo_tasks, proposals, review, staff
from .accounts import _actor
from .context import AppContext
from .demo_scratch import Scratch

_Ind = tuple[str, ...]  # name, unit, baseline, target, dd/mm/yyyy


@dataclass(frozen=True)
class _Spec:
    author: str  # demo account: canbo, phochutich, thuky or chutich (the head: goes to the province)
    field: str
    org: str  # db, ub, mt, qs, ca, t1, kk (see _ORG_KEYS)
    # draft (complete, not submitted) | partial (unfinished draft) | submit | return | revise (returned, revised,
    # resubmitted) | withdraw (after submitting) | withdraw_returned | withdraw_draft
    plan: str
    title: str
    need: str = ""
    block: str = ""
    law: str = ""
    sol: str = ""
    scope: str = ""
    res: str = ""
    ind: tuple[_Ind, ...] = ()
    people: tuple[tuple[str, str], ...] = ()  # (staff name, "p" proposer | "t" implementer)
    reason: str = ""  # the head's reason for returning it
    fix: str = ""  # what the author added after the return …
    fix_at: Section = Section.SOLUTION  # … to which section (fix_at = "impact")
    fix_ind: _Ind | None = None  # … and an indicator added with it
    why: str = ""  # the author's reason for withdrawing it
    then: str = ""  # revised and resubmitted, then on through the meetings by this path (a plan of theirs)
    bt: bool = False  # breakthrough
    broad: bool = False
    conflict: str = ""  # a declared conflict of interest and how it is handled
    risk: str = ""


def _spec(table: dict[str, Any]) -> _Spec:
    """One ``[[proposals]]`` table of the data file as a spec."""
    values = dict(table)
    values["ind"] = tuple(tuple(i) for i in values.get("ind", ()))
    if "fix_ind" in values:
        values["fix_ind"] = tuple(values["fix_ind"])
    if "fix_at" in values:
        values["fix_at"] = Section(values["fix_at"])
    values["people"] = tuple((p[2:], p[0]) for p in values.get("people", ()))  # "p NAME" / "t NAME"
    return _Spec(**values)


def _load() -> dict[str, Any]:
    """The demo texts: ``resources/data/demo_proposals.toml`` (read through importlib.resources)."""
    text = resources.files("lamdong_desktop.resources").joinpath(DATA_FILE).read_text("utf-8")
    return tomllib.loads(text)


DATA_FILE = "data/demo_proposals.toml"
_DATA = _load()
_PHRASES: dict[str, Any] = _DATA["phrases"]
# Per priority field: the context of the need, feasibility, positive and negative impact, how the result is
# measured, and why such a proposal is urgent.
_FIELD_TEXT: dict[str, dict[str, str]] = _DATA["fields"]
_REQUIREMENTS: tuple[str, ...] = tuple(_PHRASES["requirements"])
_TIMELINES: tuple[str, ...] = tuple(_PHRASES["timelines"])
_FEASIBILITY: tuple[str, ...] = tuple(_PHRASES["feasibility"])
_MITIGATION: tuple[str, ...] = tuple(_PHRASES["mitigation"])
_BOTTLENECK_CLOSING: tuple[str, ...] = tuple(_PHRASES["bottleneck_closing"])
_SOLUTION_CLOSING: tuple[str, ...] = tuple(_PHRASES["solution_closing"])
_SCOPE_NARROW: str = _PHRASES["scope_narrow"]
_SCOPE_HEAD: str = _PHRASES["scope_head"]
_SCOPE_BROAD: str = _PHRASES["scope_broad"]
_LD73: str = _PHRASES["nd73"]
_SPECS: tuple[_Spec, ...] = tuple(_spec(table) for table in _DATA["proposals"])
_MEETINGS: list[dict[str, Any]] = _DATA["meetings"]
_MEETING_PLANS = demo_meetings.plans_of(_MEETINGS)  # received, met and decided by demo_meetings


# Party organisations of the demo unit, recognised by words of their (folded) names.
_ORG_KEYS = {"db": "dang bo", "ub": "uy ban", "mt": "mat tran", "qs": "quan su", "ca": "cong an",
             "t1": " 1", "kk": "kao kuil"}
_ETHNIC = {"Lâm Đồng": "K'Ho, Mạ, Chu Ru", "Đắk Nông": "M'Nông, Ê Đê", "Bình Thuận": "Chăm, Raglai"}


def _words(unit: Unit) -> dict[str, str]:
    kind = KIND_LABELS[unit.kind].lower()
    village = "thôn" if unit.kind is UnitKind.XA else "tổ dân phố"
    former = [re.sub(r"\s*\(.*?\)", "", f).strip() for f in unit.formed_from.split(";") if f.strip()]
    former = [f for f in former if fold(unit.short_name) not in fold(f)] or former
    former = [f"{f[0].lower()}{f[1:]} cũ" for f in former]
    cu = former[-1] if former else f"khu vực phía bắc {kind} {unit.short_name}"
    cu2 = former[0] if len(former) > 1 else f"khu vực trung tâm {kind} {unit.short_name}"
    ethnic = _ETHNIC.get(unit.former_province)
    farming = unit.kind is UnitKind.XA
    return {
        "kind": kind, "unit": f"{kind} {unit.short_name}", "Unit": unit.name, "ubnd": f"UBND {kind} {unit.short_name}",
        "thon": village, "cu": cu, "cu2": cu2,
        "dtts": f"đồng bào dân tộc thiểu số ({ethnic})" if ethnic else "đồng bào dân tộc thiểu số",
        "crop": "cà phê", "crops": "cà phê, chè, sầu riêng" if farming else "cà phê, chè, rau, hoa",
    }


def _day(text: str) -> date:
    d, m, y = (int(p) for p in text.split("/"))
    return date(y, m, d)


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _amount(value: str, unit: str) -> str:
    return f"{value}%" if unit == "%" else f"{value} {unit}"


def _indicator(raw: _Ind, words: dict[str, str]) -> Indicator:
    name, unit, baseline, target, when = raw
    return Indicator(name.format(**words), unit, baseline, target, _day(when))


def _effectiveness(indicators: tuple[Indicator, ...], closing: str) -> str:
    lines = []
    for i in indicators:
        change = "lên" if _number(i.target) > _number(i.baseline) else "xuống còn"
        when = i.target_date.strftime("%d/%m/%Y") if i.target_date else ""
        lines.append(f"- {i.name}: từ {_amount(i.baseline, i.unit)} {change} {_amount(i.target, i.unit)} "
                     f"vào ngày {when}.")
    return "\n".join([*lines, closing])


def _timeline(index: int, indicators: tuple[Indicator, ...], words: dict[str, str]) -> str:
    days = sorted(i.target_date for i in indicators if i.target_date)
    end = days[-1]
    mid = days[0] if days[0] < end else date(end.year - (end.month <= 6), (end.month - 7) % 12 + 1, 1)
    return _TIMELINES[index % 3].format(end=end.strftime("%d/%m/%Y"), mid=mid.strftime("%d/%m/%Y"), **words)


def _content(index: int, spec: _Spec, words: dict[str, str], org: tuple[str, str] | None,
             people: dict[str, tuple[str, str]]) -> ProposalContent:
    """The proposal as its author saved it: complete unless it is an unfinished draft."""
    w = words
    text = _FIELD_TEXT[spec.field]
    indicators = tuple(_indicator(raw, w) for raw in spec.ind)
    participants = tuple(
        Participant(name, people.get(name, ("", ""))[1],
                    ParticipantRole.PROPOSER if role == "p" else ParticipantRole.IMPLEMENTER,
                    people.get(name, (None, ""))[0])
        for name, role in spec.people
    )
    base = {
        Section.NECESSITY: spec.need, Section.BOTTLENECK: spec.block, Section.LEGAL_PROVISIONS: spec.law,
        Section.SOLUTION: spec.sol, Section.SCOPE: spec.scope, Section.RESOURCES: spec.res,
    }
    common = ProposalContent(title=spec.title.format(**w), indicators=indicators, field=spec.field,
                             party_org_id=org[0] if org else None, breakthrough=spec.bt, broad=spec.broad,
                             participants=participants)
    if spec.plan == "partial":
        return replace(common, sections={s: t.format(**w) for s, t in base.items() if t})
    head = spec.author == "chutich"
    leads = [f"{p.name} ({p.position})" for p in participants if p.role is ParticipantRole.PROPOSER]
    others = [f"{p.name} ({p.position})" for p in participants if p.role is ParticipantRole.IMPLEMENTER]
    staffing = f" Nhân lực: {', '.join(leads)} chủ trì" + (f"; {', '.join(others)} thực hiện." if others else ".")
    sections = {
        Section.NECESSITY: f"{spec.need} {text['ctx']}\n{_REQUIREMENTS[index % 3]}",
        Section.BOTTLENECK: f"{spec.block} {_BOTTLENECK_CLOSING[index % 3]}",
        Section.LEGAL_PROVISIONS: spec.law + _LD73,
        Section.SOLUTION: f"{spec.sol} {_SOLUTION_CLOSING[(index + 1) % 3]}",
        Section.SCOPE: f"{spec.scope} {_SCOPE_BROAD if spec.broad else _SCOPE_HEAD if head else _SCOPE_NARROW}",
        Section.TIMELINE: _timeline(index, indicators, w),
        Section.RESOURCES: spec.res + staffing + " Không đề nghị bổ sung biên chế.",
        Section.FEASIBILITY: f"{text['feas']} {_FEASIBILITY[index % 3]}",
        Section.IMPACT: f"Tích cực: {text['pos']}\nTiêu cực, rủi ro: {spec.risk or text['neg']}\n"
        f"Biện pháp giảm thiểu: {_MITIGATION[index % 3]}",
        Section.EFFECTIVENESS: _effectiveness(indicators, text["eff"]),
    }
    org_name = org[1] if org else "chi bộ"
    democratic = (
        f"Ý tưởng đã được thảo luận tại hội nghị Ban Thường vụ Đảng ủy {w['unit']} và tập thể lãnh đạo UBND; do "
        "người đề xuất là Chủ tịch UBND nên đề xuất được trình UBND tỉnh xem xét theo Nghị định số 73/2023/NĐ-CP."
        if head else
        f"Ý tưởng đã được báo cáo Chủ tịch UBND {w['unit']} và thảo luận tại sinh hoạt {org_name}; sau khi trình sẽ "
        "được lấy ý kiến cấp ủy và trình tập thể lãnh đạo theo quy trình của Nghị định số 73/2023/NĐ-CP."
    )
    clean_hands = ("Người đề xuất đã kê khai xung đột lợi ích và cam kết không tham gia phần việc liên quan."
                   if spec.conflict else
                   "Người đề xuất và người thực hiện không có lợi ích riêng liên quan đến nội dung đề xuất.")
    criteria = {
        Criterion.URGENCY: Assessment(True, f"{text['urg']} Cụ thể: {spec.block.split('; ')[0].rstrip('.')}."),
        Criterion.PURE_PURPOSE: Assessment(True, "Mang lại giá trị lượng hóa được cho Nhà nước, tập thể và Nhân "
                                           "dân (các chỉ tiêu tại mục 5); không vì lợi ích cục bộ, lợi ích nhóm "
                                           f"hay vụ lợi cá nhân. {clean_hands}"),
        Criterion.DEMOCRATIC_PROCESS: Assessment(True, democratic),
    }
    return replace(
        common, sections={s: t.format(**w) for s, t in sections.items()},
        criteria={c: Assessment(a.met, a.justification.format(**w)) for c, a in criteria.items()},
        conflict_declared=bool(spec.conflict), conflict_details=spec.conflict,
    )


def _revised(content: ProposalContent, spec: _Spec, words: dict[str, str]) -> ProposalContent:
    """The author's answer to the head's return: a paragraph added and, sometimes, an indicator."""
    sections = dict(content.sections)
    sections[spec.fix_at] = f"{sections[spec.fix_at]}\n{spec.fix.format(**words)}"
    indicators = content.indicators + ((_indicator(spec.fix_ind, words),) if spec.fix_ind else ())
    if spec.fix_ind:
        sections[Section.EFFECTIVENESS] = _effectiveness(indicators, _FIELD_TEXT[spec.field]["eff"])
    return replace(content, sections=sections, indicators=indicators)


def _orgs(ctx: AppContext, actor: Actor) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    orgs = staff.list_party_orgs(ctx, actor=actor)
    for key, words in _ORG_KEYS.items():
        match = [o for o in orgs if (fold(o.name).endswith(words) if key == "t1" else words in fold(o.name))]
        if match:
            found[key] = (match[0].id, match[0].name)
    return found


DEMO_DAYS = len(_SPECS)  # a proposal drafted every other day
# The party committee's opinion the demo records on the proposals it received (plan "opinion").
_OPINION = ("Ban Thường vụ Đảng ủy {unit} thống nhất chủ trương; đề nghị {ubnd} đưa ra họp tập thể lãnh đạo, "
            "công khai kết quả cho Nhân dân được biết và giám sát.")


def demo_start() -> datetime:
    """When the replayed demo work begins: early enough for every demo proposal to be drafted by now."""
    return clock.now().replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(days=2 * DEMO_DAYS + 14)


def _demo_actor(ctx: AppContext, username: str) -> Actor:
    """A demo account looked up, not signed in: the program builds the demo and nobody types a password, so a
    key derivation (64 MiB) per account would prove nothing; a fresh account's sign-in writes nothing either.
    Every step still runs through the services, with their permission checks, as this actor."""
    row = accounts_repo.by_username(ctx.db, username)
    if row is None:
        raise NotFound("user_not_found", username=username)
    return _actor(row)


def add_demo_proposals(ctx: AppContext) -> int:
    """Create the demo proposals as their authors would have, through the proposal services; returns how many.

    Unfinished drafts stay drafts; anything that cannot be submitted (for instance when the unit has no party
    organisations) stays a draft rather than failing the demo.
    """
    words = _words(ctx.unit)
    actors = {name: _demo_actor(ctx, name) for name in ("canbo", "phochutich", "thuky", "chutich", "tinh", "admin")}
    head = actors["chutich"]
    template = DocumentTemplate()  # one template (fonts, styles) for the 25 minutes
    scratch = Scratch()  # one folder for every file attached
    orgs = _orgs(ctx, head)
    people = {p.full_name: (p.id, p.position) for p in staff.list_people(ctx, actor=head)}
    # The work of the last weeks, replayed in time order so that stamps and the audit log read as they
    # would have happened: each proposal is drafted on its own day, then submitted, returned, revised.
    steps: list[tuple[datetime, int, Callable[[], object]]] = []
    ids: dict[int, str] = {}
    meeting_plans: dict[str, list[int]] = {}
    start = demo_start()

    def when(index: int, day: int) -> datetime:
        return start + timedelta(days=2 * index + day, hours=index % 7, minutes=(index * 13) % 60)

    def at(index: int, day: int, fn: Callable[[], object]) -> None:
        steps.append((when(index, day), len(steps), fn))

    def on(index: int, fn: Callable[..., object], **kwargs: object) -> Callable[[], object]:
        """A later step on proposal ``index``, whose id is known once the step that drafts it has run."""
        def step() -> object:
            return fn(ctx, proposal_id=ids[index], **kwargs)
        return step

    for index, spec in enumerate(_SPECS):
        author = actors[spec.author]
        content = _content(index, spec, words, orgs.get(spec.org), people)

        def create(index: int = index, author: Actor = author, content: ProposalContent = content) -> None:
            ids[index] = proposals.create_draft(ctx, actor=author, content=content).value.id

        at(index, 0, create)
        why = spec.why.format(**words) if spec.why else ""
        if spec.plan == "withdraw_draft":
            at(index, 3, on(index, proposals.withdraw, actor=author, reason=why))
            continue
        if spec.plan in ("draft", "partial") or missing_items(content):
            continue
        def attach(index: int = index, author: Actor = author) -> None:
            demo_minutes.attach_minutes(ctx, template, author, ids[index], words, index, scratch)

        at(index, 1, attach)
        at(index, 1, on(index, proposals.submit, actor=author))
        if (spec.then or spec.plan) in _MEETING_PLANS:
            meeting_plans.setdefault(spec.then or spec.plan, []).append(index)
        if spec.plan == "withdraw":
            at(index, 4, on(index, proposals.withdraw, actor=author, reason=why))
        if spec.plan in ("receive", "opinion"):  # ND 73 Đ8.1: received, the meeting due in 07 working days
            at(index, 2, on(index, review.receive, actor=head))
        if spec.plan == "opinion":
            at(index, 3, on(index, review.record_party_opinion, actor=actors["thuky"], opinion_on=None,
                           body=f"Đảng ủy {words['unit']}", text=_OPINION.format(**words)))
        if spec.plan not in ("return", "revise", "withdraw_returned"):
            continue
        reason = spec.reason.format(**words)
        at(index, 4, on(index, proposals.return_for_revision, actor=head, reason=reason))
        if spec.plan == "revise":
            def revise(index: int = index, author: Actor = author, spec: _Spec = spec) -> None:
                revised = _revised(proposals.get(ctx, ids[index], actor=author).content, spec, words)
                proposals.update_content(ctx, actor=author, proposal_id=ids[index], content=revised)

            at(index, 6, revise)
            at(index, 7, on(index, proposals.submit, actor=author))
        elif spec.plan == "withdraw_returned":
            at(index, 6, on(index, proposals.withdraw, actor=author, reason=why))
    # The province's roster sits on its meetings (a head's own proposal, ND 73/2023 Đ7.1).
    seated = people | {p.full_name: (p.id, p.position) for p in staff.list_people(ctx, actor=actors["tinh"])}
    demo_meetings.schedule(ctx, _MEETINGS, plans=meeting_plans, ids=ids, actors=actors, people=seated, words=words,
                           opinion=_OPINION.format(**words), end=start + timedelta(days=2 * DEMO_DAYS + 14),
                           submitted=lambda index: when(index, 7 if _SPECS[index].plan == "revise" else 1),
                           add=lambda when, step: steps.append((when, len(steps), step)), scratch=scratch)
    demo_implementation.schedule(ctx, _DATA, plans=meeting_plans, ids=ids, actors=actors, people=people, words=words,
                                 end=start + timedelta(days=2 * DEMO_DAYS + 14),
                                 add=lambda when, step: steps.append((when, len(steps), step)), scratch=scratch)
    demo_tasks.schedule(ctx, actors=actors, words=words, end=start + timedelta(days=2 * DEMO_DAYS + 14),
                        add=lambda when, step: steps.append((when, len(steps), step)))
    try:
        with ctx.db.atomic():
            for moment, _, step in sorted(steps, key=lambda s: (s[0], s[1])):
                with clock.pinned(moment):
                    step()
    finally:
        scratch.close()
    return len(ids)
