"""Which level acts on a proposal or a meeting, as the services ask it (the rules: ``domain/levels.py``).

The unit's head convenes and decides what was submitted to him; the province what was sent to it (a head's own
proposal, ND 73/2023 Đ7.1), with its own body on the documents and its own register. The head never receives,
convenes on or decides his own proposal: each of those services refuses it first, with the reason
(``refuse_own``), before any other check could answer with a bare "no permission".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, PermissionDenied
from lamdong_desktop.domain.levels import (
    acting_level,
    body_code,
    body_unit,
    convenes,
    own_at_province,
    proposal_level,
)
from lamdong_desktop.domain.meetings import MeetingLevel, Seat
from lamdong_desktop.domain.register import UNIT_HEAD_TITLE, Authority, signing_title
from lamdong_desktop.domain.units import Unit
from lamdong_desktop.storage import staff_repo

from .context import AppContext

if TYPE_CHECKING:
    from .proposals import Proposal


def is_head(actor: Actor, level: MeetingLevel = MeetingLevel.UNIT) -> bool:
    """The one who convenes and decides at ``level``: the unit's head, or the province (``levels.CONVENERS``)."""
    return convenes(actor.roles, level)


def require_head(actor: Actor, what: str, level: MeetingLevel = MeetingLevel.UNIT) -> None:
    """Only the head of the unit (the province, at its level) convenes, sets the agenda, adjourns, decides and
    overrides; at the province's level the refusal says so."""
    if not is_head(actor, level):
        if level is MeetingLevel.PROVINCE:
            raise PermissionDenied("province_level_only", what=what)
        raise PermissionDenied("permission_denied", permission=f"meeting.{what}")


def may_convene(actor: Actor) -> bool:
    """Whether ``actor`` convenes meetings at the level he works at (to offer the action)."""
    return is_head(actor, acting_level(actor.roles))


def body(ctx: AppContext, level: MeetingLevel) -> Unit:
    """The issuing body of the documents of ``level``: the unit, or the province above it."""
    return body_unit(level, ctx.unit)


def register_code(ctx: AppContext, level: MeetingLevel) -> str:
    """Whose register (and roster) ``level`` uses: the unit's code, or the province's."""
    return body_code(level, ctx.unit_code)


def level_of_proposal(proposal: Proposal) -> MeetingLevel:
    """The level that decided the proposal and issues its documents after it (an adjustment, the evaluation's
    conclusion): the province for a head's own proposal (ND 73/2023 Đ7.1), else the unit."""
    return proposal_level(proposal.submitted_to)


def refuse_own(proposal: Proposal, actor: Actor) -> None:
    """The head's own proposal went to the province: he may not receive, convene on, return or decide it."""
    if own_at_province(is_author=proposal.summary.author_id == actor.user_id, submitted_to=proposal.submitted_to):
        raise PermissionDenied("own_proposal_at_province", ref=proposal.ref)


def refuse_own_of(ctx: AppContext, proposal_ids: Iterable[str], actor: Actor) -> None:
    """``refuse_own`` for each of ``proposal_ids`` that ``actor`` reads (what he does not read stays unnamed)."""
    from .proposals import get

    for proposal_id in proposal_ids:
        try:
            proposal = get(ctx, proposal_id, actor=actor)
        except NotFound:
            continue
        refuse_own(proposal, actor)


def invitation_signer(ctx: AppContext, actor: Actor, level: MeetingLevel,
                      seats: list[dict[str, object]]) -> tuple[str | None, str, str, Authority]:
    """The invitation's signer (person, name, title, authority): the head's person (if his account is linked to
    one), for the committee (TM.); at the province the chair, by his title (a deputy: "TM. … / KT. CHỦ TỊCH")."""
    chair = next((r for r in seats if r["role"] == Seat.CHAIR.value), None)
    if level is MeetingLevel.PROVINCE and chair is not None:
        title = signing_title(str(chair["position"])) or UNIT_HEAD_TITLE
        deputy = title.casefold() != UNIT_HEAD_TITLE.casefold()
        return (str(chair["person_id"]), str(chair["full_name"]), title,
                Authority.ON_BEHALF_DEPUTY if deputy else Authority.ON_BEHALF)
    person = staff_repo.person_for_account(ctx.db, actor.user_id)
    if person and person["unit_code"] == register_code(ctx, level):
        return person["id"], person["full_name"], UNIT_HEAD_TITLE, Authority.ON_BEHALF
    return None, actor.full_name, UNIT_HEAD_TITLE, Authority.ON_BEHALF


__all__ = ["body", "invitation_signer", "is_head", "level_of_proposal", "may_convene", "refuse_own", "refuse_own_of",
           "register_code", "require_head"]
