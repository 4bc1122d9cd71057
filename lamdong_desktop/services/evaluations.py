"""The evaluation of a reported result and the protection ruling (ND 73/2023/NĐ-CP Đ11; domain.md §4).

The party committee gives its opinion on the result (``review``, the evaluation stage); within 07 working days of
the report the head puts it to a leadership meeting or a council (an evaluation item: ``agenda_items``), whose
members present vote on it as on any item (``meeting_votes``). ``evaluate`` is then the head's written conclusion,
one transaction as ``decisions.decide``: the evaluators' findings (the result class, the four conditions, whether
the mechanism was abused, the measures where damage occurred), the ruling the pure rule gives
(``domain/protection.rule``), the number from the register (a Thông báo kết luận đánh giá, TB: ND 30/2020 Phụ lục
III has no type of its own for a conclusion) and the proposal's move to EVALUATED. Refused: nothing is numbered,
recorded or moved. The secretary or the head attaches the signed scan, after which it is locked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.access import RecordKind
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.levels import acting_level
from lamdong_desktop.domain.lifecycle import Action, Facts
from lamdong_desktop.domain.meetings import MeetingLevel, MeetingState, Purpose, Step, purpose_of
from lamdong_desktop.domain.protection import Evaluation, Ruling, rule
from lamdong_desktop.domain.register import Authority, DocType, parse_authority
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.messages.implementation import EVALUATION_TITLE
from lamdong_desktop.storage import implementation_repo as repo
from lamdong_desktop.storage import meetings_repo, proposals_repo, register_repo

from . import proposals, register, review, signed_scans
from .accounts import author
from .changes import writes
from .context import AppContext
from .decisions import signer_of
from .levels import register_code
from .meeting_base import (
    announce_items,
    check_now,
    is_head,
    load,
    may_record,
    reads_whole,
    require_head,
    store_tally,
)
from .meeting_records import find_item


@dataclass(frozen=True)
class EvaluationView:
    id: str
    proposal_id: str
    ref: str
    proposal_title: str
    meeting_id: str
    report_id: str
    findings: Evaluation
    ruling: Ruling
    notes: str  # what the meeting found, in the head's words
    reference: str  # "03/TB-UBND"
    number: int
    year: int
    title: str
    issued_on: date
    signer_name: str
    signer_title: str
    signer_lines: tuple[str, ...]
    scan_id: str | None
    locked: bool
    digital_signatures: tuple[signed_scans.DigitalSignature, ...] = ()  # the attached PDF's, if digitally signed


def _view(ctx: AppContext, row: dict[str, Any]) -> EvaluationView:
    level = MeetingLevel(meetings_repo.meetings(ctx.db).get(row["meeting_id"])["level"])
    entry = register_repo.get_entry(ctx.db, register_code(ctx, level), row["register_entry_id"])
    proposal = proposals_repo.proposals(ctx.db).get(row["proposal_id"], include_deleted=True)
    return EvaluationView(
        id=row["id"], proposal_id=row["proposal_id"], ref=proposal["ref"], proposal_title=proposal["title"],
        meeting_id=row["meeting_id"], report_id=row["report_id"],
        findings=Evaluation.from_json(json.loads(row["findings"])), ruling=Ruling.from_json(json.loads(row["ruling"])),
        notes=row["notes"] or "", reference=entry.reference, number=entry.number, year=entry.year, title=row["title"],
        issued_on=date.fromisoformat(row["issued_on"]), signer_name=entry.signer_name,
        signer_title=entry.signer_title, signer_lines=entry.signer_lines, scan_id=row["scan_id"],
        locked=bool(row["locked"]), digital_signatures=signed_scans.signatures_of(ctx, row["scan_id"]))


def open_evaluation(ctx: AppContext, proposal_id: str, meeting_id: str | None = None, *, ref: str = "") -> str:
    """The meeting whose evaluation item of the proposal waits for the conclusion: ``meeting_id`` if it has one, else
    the latest meeting not adjourned with such an item not yet concluded."""
    for row in reversed(meetings_repo.items_of_proposal(ctx.db, proposal_id)):
        if purpose_of(row.get("purpose")) is not Purpose.EVALUATION:
            continue
        if meeting_id is not None and row["meeting_id"] != meeting_id:
            continue
        adjourned = meetings_repo.meetings(ctx.db).get(row["meeting_id"])["state"] == MeetingState.ADJOURNED.value
        concluded = repo.evaluation_for(ctx.db, row["meeting_id"], proposal_id) is not None
        if meeting_id is None and (adjourned or concluded):
            continue
        return str(row["meeting_id"])
    raise NotFound("evaluation_not_scheduled", ref=ref or proposal_id)


def findings_of(result: object = None, conditions: Mapping[object, bool | None] | None = None,
                abuse: Iterable[object] | None = None, measures: Mapping[object, object] | None = None) -> tuple[
    Evaluation, Ruling
]:
    """The evaluators' answers checked, and the ruling they give (``protection.rule``): refused while incomplete."""
    findings = Evaluation.create(result=result, conditions=conditions, abuse=abuse, measures=measures)
    return findings, rule(findings)


@writes
def evaluate(ctx: AppContext, *, actor: Actor, proposal_id: str, result: object,
             conditions: Mapping[object, bool | None], abuse: Iterable[object] | None,
             measures: Mapping[object, object] | None = None, notes: str = "", meeting_id: str | None = None,
             issued_on: date | None = None, signer_person_id: str | None = None, signer_name: str = "",
             signer_title: str = "", authority: Authority | str = Authority.ON_BEHALF,
             head_title: str = "") -> EvaluationView:
    """The head's written conclusion of the evaluation of a reported result, with the protection ruling.

    ``abuse``: the abuses found (empty: none found; None: not answered). Needs the party committee's opinion on the
    result and the meeting's vote complete and passed. Refused: nothing is numbered, recorded or moved.
    """
    require_head(actor, "evaluate", acting_level(actor.roles))  # the level's own check follows, on its meeting
    findings, ruling = findings_of(result, conditions, abuse, measures)
    notes = check_text(notes, field="evaluation_notes", limit="section", multiline=True).strip()
    parse_authority(authority)
    with ctx.db.atomic():
        proposal = proposals.get(ctx, proposal_id, actor=actor)
        meeting = load(ctx, open_evaluation(ctx, proposal.id, meeting_id, ref=proposal.ref))
        require_head(actor, "evaluate", meeting.level)
        item = find_item(meeting, proposal.id)
        if not item.outcome.complete and meeting.state is not MeetingState.ADJOURNED:
            # As for a decision: the vote complete first (it can still be while the meeting is open), then the close.
            raise ValidationError("vote_not_completed", action=Action.EVALUATE.value)
        check_now(meeting, Step.DECIDE)  # the written conclusion cites the minutes, numbered when the meeting closed
        store_tally(ctx, actor, meeting)
        item = find_item(load(ctx, meeting.id), proposal.id)
        if item.outcome.complete and not item.outcome.passed:
            # ND 73/2023 Đ11: the collective did not adopt the evaluation; nothing to conclude on (no written override
            # for a result): another meeting evaluates it (``agenda_items.not_adopted``).
            raise ValidationError("evaluation_not_adopted", ref=proposal.ref, day=f"{meeting.held_on:%d/%m/%Y}",
                                  in_favour=item.outcome.in_favour, voting=item.outcome.voting)
        if item.evaluation_id:
            raise ValidationError("evaluation_exists", ref=proposal.ref, reference=get(ctx, item.evaluation_id,
                                                                                     actor=actor).reference)
        report = repo.report_of(ctx.db, proposal.id)
        if report is None:
            raise ValidationError("report_not_found", ref=proposal.ref)
        day = issued_on or clock.today()
        if day < meeting.held_on:
            raise ValidationError("decision_before_meeting", value=f"{day:%d/%m/%Y}",
                                  held_on=f"{meeting.held_on:%d/%m/%Y}")
        person_id, name, position = signer_of(ctx, signer_person_id, signer_name, signer_title, meeting.level)
        title = EVALUATION_TITLE.format(title=proposal.summary.title)
        row = repo.evaluations(ctx.db).insert(
            {"proposal_id": proposal.id, "meeting_id": meeting.id, "report_id": report["id"],
             "findings": json.dumps(findings.to_json(), ensure_ascii=False, sort_keys=True),
             "ruling": json.dumps(ruling.to_json(), ensure_ascii=False, sort_keys=True), "notes": notes or None,
             "title": title, "issued_on": day.isoformat(), "signer_person_id": person_id,
             "signer_name": name or actor.full_name, "signer_title": position,
             "authority": parse_authority(authority).value, "locked": 0},
            author=author(actor), summary=f"Kết luận đánh giá {proposal.ref}: {ruling.kind.value}")
        entry = register.number(ctx, actor=actor, doc_type=DocType.NOTICE, title=title, issued_on=day,
                                signer_person_id=person_id, signer_name=name, signer_title=position,
                                authority=authority, head_title=head_title, subject_table="evaluations",
                                subject_id=row["id"], level=meeting.level).value
        repo.evaluations(ctx.db).update(row["id"], {"register_entry_id": entry.id, "signer_name": entry.signer_name,
                                                    "signer_title": entry.signer_title},
                                        author=author(actor), summary=f"Số {entry.reference}: {title}")
        proposals.apply_transition(ctx, actor, proposal.id, Action.EVALUATE, facts=Facts(
            party_opinion=review.has_party_opinion(ctx, proposal.id, review.EVALUATION_STAGE),
            quorum_met=item.outcome.quorum, vote_completed=item.outcome.complete,
            vote_passed=item.outcome.complete and item.outcome.passed, decision_issued=True))
        saved = repo.evaluations(ctx.db).get(row["id"])
    return _view(ctx, saved)


# ---------------------------------------------------------------------------------------------- reading


def _readable(ctx: AppContext, row: dict[str, Any], actor: Actor) -> bool:
    """Under the proposal's rule (its proposer reads it), or as a reader of the whole meeting."""
    try:
        proposals.get(ctx, row["proposal_id"], actor=actor, kind=RecordKind.DECISION)
        return True
    except NotFound:
        return reads_whole(load(ctx, row["meeting_id"]), actor)


def get(ctx: AppContext, text: str, *, actor: Actor) -> EvaluationView:
    """An evaluation by its id, its number as printed ("03/TB-UBND", this year's) or its proposal (DX-2026-014)."""
    key = (text or "").strip()
    rows = [r for r in repo.evaluations(ctx.db).where("register_entry_id IS NOT NULL")
            if r["id"] == key]
    if not rows:
        try:
            rows = repo.evaluations_of(ctx.db, proposals.get(ctx, key, actor=actor).id)[-1:]
        except NotFound:
            rows = [r for r in repo.evaluations(ctx.db).where("register_entry_id IS NOT NULL")
                    if (v := _view(ctx, r)).reference == key and v.year == clock.today().year]
    if not rows or not _readable(ctx, rows[0], actor):
        raise NotFound("evaluation_not_found", id=key)
    return _view(ctx, rows[0])


def find(ctx: AppContext, proposal_id: str, *, actor: Actor) -> EvaluationView | None:
    """The latest evaluation of a proposal ``actor`` reads, or None."""
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    rows = repo.evaluations_of(ctx.db, proposal.id)
    return _view(ctx, rows[-1]) if rows else None


@writes
def attach_signed(ctx: AppContext, *, actor: Actor, evaluation_id: str, path: str | Path) -> EvaluationView:
    """The secretary (or the head) attaches the signed conclusion — the scan of the paper, or the PDF signed
    digitally: it shows "Đã ký" and is locked."""

    def check() -> signed_scans.Signable:
        view = get(ctx, evaluation_id, actor=actor)
        meeting = load(ctx, view.meeting_id)
        if not (is_head(actor, meeting.level) or may_record(meeting, actor)):
            raise PermissionDenied("permission_denied", permission="evaluation.sign")
        if view.locked:
            raise ValidationError("decision_locked", reference=view.reference)
        return signed_scans.Signable("evaluations", view.id, f"kết luận số {view.reference}", repo.evaluations,
                                     lambda: signed_scans.result_document(ctx, "evaluation", view.id, actor))

    signed = signed_scans.attach_signed(ctx, actor, path, check, after=lambda target: announce_items(
        ctx, repo.evaluations(ctx.db).get(target.record_id)["meeting_id"]))
    return get(ctx, signed.record_id, actor=actor)


def export_scan(ctx: AppContext, *, actor: Actor, evaluation_id: str, folder: str | Path) -> Path:
    """Copy the signed conclusion out (to open it with the system viewer), for its reader."""
    return signed_scans.export_signed(ctx, get(ctx, evaluation_id, actor=actor).scan_id, folder)


__all__ = ["EvaluationView", "attach_signed", "evaluate", "export_scan", "find", "findings_of", "get",
           "open_evaluation"]
