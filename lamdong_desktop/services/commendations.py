"""Commendations given (ghi nhận khen thưởng): the head records, on a person's record, the commendation or early
salary raise that a completed proposal earned him (ND 73/2023 Đ11), with the decision that gave it.

The program does not give commendations: the chairman of the commune (a Giấy khen) or of the province (a Bằng khen)
decides them in a numbered decision of his own register. What the record needs is that fact — who, for which
proposal, what form, the decision's number and date — so that the personnel file shows what was given beside what
the ruling made him eligible for. The rules are ``domain/official_record.check_commendation``: only on a completed,
fully protected ruling, for one of the proposal's own people, dated between the conclusion and today. Refused:
nothing is written. A commendation recorded by mistake is removed by the head with a reason (kept in the audit log).
"""

from __future__ import annotations

from datetime import date

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.official_record import (
    CommendationKind,
    check_commendation,
    parse_commendation_kind,
    record_roles,
)
from lamdong_desktop.domain.register import format_number, parse_reference
from lamdong_desktop.domain.text import check_text
from lamdong_desktop.storage import official_records_repo as repo
from lamdong_desktop.storage import proposals_repo

from .accounts import author
from .changes import writes
from .context import AppContext
from .levels import is_head
from .official_records import CommendationView, commendation_view, entry_of, person_ref


def may_commend(actor: Actor) -> bool:
    """The head of the unit records commendations (to offer the action)."""
    return is_head(actor)


def _require_head(actor: Actor, what: str) -> None:
    if not may_commend(actor):
        raise PermissionDenied("permission_denied", permission=f"commendation.{what}")


def _reference(value: str) -> str:
    """The decision's number as ND 30/2020 writes it ("25/QĐ-UBND"), from what was typed ("25/qd-ubnd")."""
    text = check_text(value, field="commendation_reference", limit="name", required=True)
    number, doc_type, issuer = parse_reference(text)
    return format_number(number, doc_type, issuer)


@writes
def record(ctx: AppContext, *, actor: Actor, proposal_id: str, person_id: str, form: str, reference: str,
           decided_on: date, kind: CommendationKind | str = CommendationKind.COMMENDATION) -> CommendationView:
    """The head records that ``person_id`` was given ``form`` (a commendation, or an early salary raise) for the
    completed proposal ``proposal_id`` by the decision ``reference`` of ``decided_on``."""
    _require_head(actor, "record")
    chosen = parse_commendation_kind(kind)
    form = check_text(form, field="commendation_form", limit="name", required=True)
    number = _reference(reference)
    person = person_ref(ctx, person_id)
    with ctx.db.atomic():
        proposal = proposals_repo.by_ref(ctx.db, ctx.unit_code, proposal_id) or next(
            iter(proposals_repo.proposals(ctx.db).where("id = ? AND unit_code = ?", [proposal_id, ctx.unit_code])),
            None)
        if proposal is None:
            raise NotFound("proposal_not_found", ref=proposal_id)
        rows = [r for r in repo.proposals_of_person(ctx.db, ctx.unit_code, person.id, person.account_id)
                if r["id"] == proposal["id"]]
        roles = record_roles(authored=bool(rows[0]["authored"]), named_proposer=bool(rows[0]["named_proposer"]),
                             implementer=bool(rows[0]["implementer"])) if rows else ()
        entry = entry_of(ctx, rows[0] if rows else {**proposal, "authored": 0, "named_proposer": 0,
                                                      "implementer": 0}, roles, ())
        check_commendation(entry.ruling, ref=entry.ref, decided_on=decided_on,
                           evaluated_on=entry.evaluation.issued_on if entry.evaluation else None,
                           today=clock.today(), roles=roles)
        for given in repo.commendations_of_person(ctx.db, person.id):
            if (given["proposal_id"], given["kind"], given["reference"]) == (entry.proposal_id, chosen.value, number):
                raise ValidationError("commendation_exists", name=person.full_name, ref=entry.ref, reference=number)
        row = repo.commendations(ctx.db).insert(
            {"proposal_id": entry.proposal_id, "evaluation_id": entry.evaluation_id, "person_id": person.id,
             "full_name": person.full_name, "position": person.position, "kind": chosen.value, "form": form,
             "reference": number, "decided_on": decided_on.isoformat(), "recorder_name": actor.full_name},
            author=author(actor),
            summary=f"Ghi nhận {form} cho {person.full_name} ({entry.ref}), Quyết định số {number} ngày "
                    f"{decided_on:%d/%m/%Y}")
    return commendation_view(row)


@writes
def remove(ctx: AppContext, *, actor: Actor, commendation_id: str, reason: str) -> CommendationView:
    """The head removes a commendation recorded by mistake, with the reason (the audit log keeps both)."""
    _require_head(actor, "remove")
    reason = " ".join(check_text(reason, field="reason", limit="reason", multiline=True).split())
    if not reason:
        raise ValidationError("reason_required")
    with ctx.db.atomic():
        try:
            row = repo.commendations(ctx.db).get(commendation_id)
        except NotFound:
            raise NotFound("commendation_not_found", id=commendation_id) from None
        person_ref(ctx, row["person_id"])  # the unit's own
        repo.commendations(ctx.db).delete(row["id"], author=author(actor),
                                          summary=f"Xóa ghi nhận {row['form']} ({row['reference']}) của "
                                                  f"{row['full_name']}: {reason}")
    return commendation_view(row)


__all__ = ["may_commend", "record", "remove"]
