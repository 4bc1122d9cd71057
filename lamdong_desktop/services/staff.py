"""A unit's party organisations and staff (people), edited by the head, the secretary or IT.

The province keeps its own roster the same way (the people who sit on its meetings, ``domain/levels.py``): a
province account reads and edits the province's people, never the unit's, and the unit's roles never the province's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from lamdong_desktop.domain.access import RecordKind, at_level, require_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.levels import acting_level, body_code
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.domain.roles import Permission, require
from lamdong_desktop.domain.text import check_text, fold
from lamdong_desktop.storage import staff_repo

from .accounts import author
from .changes import writes
from .context import AppContext


class PartyOrgKind(StrEnum):
    DANG_BO_CO_SO = "dang_bo_co_so"
    CHI_BO_CO_SO = "chi_bo_co_so"
    CHI_BO_TRUC_THUOC = "chi_bo_truc_thuoc"


PARTY_ORG_KIND_LABELS = {
    PartyOrgKind.DANG_BO_CO_SO: "Đảng bộ cơ sở",
    PartyOrgKind.CHI_BO_CO_SO: "Chi bộ cơ sở",
    PartyOrgKind.CHI_BO_TRUC_THUOC: "Chi bộ trực thuộc",
}


@dataclass(frozen=True)
class PartyOrg:
    id: str
    name: str
    kind: PartyOrgKind
    parent_id: str | None
    version: int


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    position: str
    party_org_id: str | None
    party_org_name: str
    phone: str
    email: str
    version: int
    account_id: str | None = None  # the account this person signs in with, if any


def _kind(value: str) -> PartyOrgKind:
    try:
        return PartyOrgKind(value)
    except ValueError:
        for kind, label in PARTY_ORG_KIND_LABELS.items():
            if fold(label) == fold(value):
                return kind
        raise ValidationError("party_org_kind_invalid", kind=value) from None


def list_party_orgs(ctx: AppContext, *, actor: Actor) -> list[PartyOrg]:
    """The unit's party organisations, for a reader of the unit's staff (domain/access.py)."""
    require_read(actor.roles, RecordKind.PARTY_ORG)
    return _party_orgs(ctx)


def _party_orgs(ctx: AppContext) -> list[PartyOrg]:
    return [
        PartyOrg(id=r["id"], name=r["name"], kind=PartyOrgKind(r["kind"]), parent_id=r["parent_id"],
                 version=r["version"])
        for r in staff_repo.list_party_orgs(ctx.db, ctx.unit_code)
    ]


def find_party_org(ctx: AppContext, query: str) -> PartyOrg:
    """A party organisation by id or by name typed with or without accents (callers check the right)."""
    orgs = _party_orgs(ctx)
    key = fold(query)
    found = [o for o in orgs if o.id == query or fold(o.name) == key] or [
        o for o in orgs if key and key in fold(o.name)
    ]
    if len(found) != 1:
        raise ValidationError("party_org_not_found", query=query)
    return found[0]


def _check_org_name(ctx: AppContext, name: str, exclude_id: str = "") -> str:
    label = check_text(name, field="party_org_name", limit="name", required=True)
    if staff_repo.party_org_name_taken(ctx.db, ctx.unit_code, fold(label), exclude_id):
        raise ValidationError("party_org_name_taken", name=label)
    return label


@writes
def add_party_org(
    ctx: AppContext, *, actor: Actor, name: str, kind: str = PartyOrgKind.CHI_BO_TRUC_THUOC,
    parent_id: str | None = None,
) -> PartyOrg:
    require(actor.roles, Permission.MANAGE_STAFF)
    label = _check_org_name(ctx, name)
    if parent_id:
        staff_repo.party_orgs(ctx.db).get(parent_id)
    row = staff_repo.party_orgs(ctx.db).insert(
        {"unit_code": ctx.unit_code, "name": label, "name_fold": fold(label), "kind": _kind(kind).value,
         "parent_id": parent_id, "notes": ""},
        author=author(actor), summary=f"Thêm tổ chức đảng {label}",
    )
    return PartyOrg(id=row["id"], name=label, kind=PartyOrgKind(row["kind"]), parent_id=parent_id,
                    version=row["version"])


@writes
def update_party_org(
    ctx: AppContext, *, actor: Actor, org_id: str, name: str | None = None, kind: str | None = None
) -> None:
    require(actor.roles, Permission.MANAGE_STAFF)
    changes: dict[str, str] = {}
    if name is not None:
        label = _check_org_name(ctx, name, exclude_id=org_id)
        changes |= {"name": label, "name_fold": fold(label)}
    if kind is not None:
        changes["kind"] = _kind(kind).value
    staff_repo.party_orgs(ctx.db).update(org_id, changes, author=author(actor), summary="Sửa tổ chức đảng")


@writes
def remove_party_org(ctx: AppContext, *, actor: Actor, org_id: str) -> None:
    require(actor.roles, Permission.MANAGE_STAFF)
    org = staff_repo.party_orgs(ctx.db).get(org_id)
    if staff_repo.count_members(ctx.db, org_id):
        raise ValidationError("party_org_has_members", name=org["name"])
    staff_repo.party_orgs(ctx.db).delete(org_id, author=author(actor), summary=f"Xóa {org['name']}")


def roster_code(ctx: AppContext, actor: Actor) -> str:
    """Whose staff ``actor`` works with: the province's roster for a province account, else the unit's."""
    return body_code(acting_level(actor.roles), ctx.unit_code)


def list_people(ctx: AppContext, *, actor: Actor) -> list[Person]:
    """The staff of the reader's own level (domain/access.py): the unit's, or the province's roster."""
    province = acting_level(actor.roles) is MeetingLevel.PROVINCE
    require_read(actor.roles, RecordKind.PERSON, at_level(province))
    return _people(ctx, roster_code(ctx, actor))


def _people(ctx: AppContext, unit_code: str | None = None) -> list[Person]:
    orgs = {o.id: o.name for o in _party_orgs(ctx)}
    return [
        Person(id=r["id"], full_name=r["full_name"], position=r["position"] or "",
               party_org_id=r["party_org_id"], party_org_name=orgs.get(r["party_org_id"] or "", ""),
               phone=r["phone"] or "", email=r["email"] or "", version=r["version"],
               account_id=r.get("account_id"))
        for r in staff_repo.list_people(ctx.db, unit_code or ctx.unit_code)
    ]


def _require_roster(ctx: AppContext, actor: Actor, person_id: str | None = None) -> str:
    """The roster ``actor`` may edit (the unit's with the staff permission, the province's for the province), and
    ``person_id`` in it; returns its code."""
    code = roster_code(ctx, actor)
    if code == ctx.unit_code:
        require(actor.roles, Permission.MANAGE_STAFF)
    if person_id is not None:
        try:
            row = staff_repo.people(ctx.db).get(person_id)
        except NotFound:
            raise NotFound("person_not_found", id=person_id) from None
        if row["unit_code"] != code:
            raise NotFound("person_not_found", id=person_id)
    return code


def _person_fields(ctx: AppContext, full_name: str, position: str, party_org: str | None,
                   phone: str, email: str, *, orgs: bool = True) -> dict[str, str | None]:
    label = check_text(full_name, field="full_name", limit="name", required=True)
    texts = {
        "position": check_text(position, field="position", limit="position"),
        "phone": check_text(phone, field="phone", limit="phone"),
        "email": check_text(email, field="email", limit="email"),
    }
    # No organisation: None, "" or only spaces alike ("people edit ID --party-org ''" removes it). The unit's
    # organisations are the unit's: a person of the province's roster belongs to none of them.
    if party_org and party_org.strip() and not orgs:
        raise ValidationError("party_org_not_found", query=party_org)
    org_id = find_party_org(ctx, party_org.strip()).id if party_org and party_org.strip() else None
    return {"full_name": label, "name_fold": fold(label), "party_org_id": org_id, **texts}


@writes
def add_person(
    ctx: AppContext, *, actor: Actor, full_name: str, position: str = "", party_org: str | None = None,
    phone: str = "", email: str = "", account_id: str | None = None,
) -> Person:
    """Record a member of staff; ``account_id`` links the person to the account they sign in with."""
    code = _require_roster(ctx, actor)
    fields = _person_fields(ctx, full_name, position, party_org, phone, email, orgs=code == ctx.unit_code)
    row = staff_repo.people(ctx.db).insert(
        {"unit_code": code, **fields, "account_id": account_id}, author=author(actor),
        summary=f"Thêm cán bộ {fields['full_name']}",
    )
    return next(p for p in _people(ctx, code) if p.id == row["id"])


@writes
def update_person(
    ctx: AppContext, *, actor: Actor, person_id: str, full_name: str, position: str = "",
    party_org: str | None = None, phone: str = "", email: str = "", expected_version: int | None = None,
) -> Person:
    code = _require_roster(ctx, actor, person_id)
    fields = _person_fields(ctx, full_name, position, party_org, phone, email, orgs=code == ctx.unit_code)
    staff_repo.people(ctx.db).update(
        person_id, fields, author=author(actor), summary=f"Sửa cán bộ {fields['full_name']}",
        expected_version=expected_version,
    )
    return next(p for p in _people(ctx, code) if p.id == person_id)


@writes
def edit_person(
    ctx: AppContext, *, actor: Actor, person_id: str, full_name: str | None = None, position: str | None = None,
    party_org: str | None = None, phone: str | None = None, email: str | None = None,
) -> Person:
    """Change only the fields given (None: keep), e.g. ``lamdong people edit ID --phone …``."""
    code = _require_roster(ctx, actor)
    current = next((p for p in _people(ctx, code) if p.id == person_id), None)
    if current is None:
        raise NotFound("person_not_found", id=person_id)

    def keep(value: str | None, old: str) -> str:
        return old if value is None else value

    return update_person(
        ctx, actor=actor, person_id=current.id, full_name=keep(full_name, current.full_name),
        position=keep(position, current.position),
        party_org=party_org if party_org is not None else current.party_org_id,
        phone=keep(phone, current.phone), email=keep(email, current.email), expected_version=current.version,
    ).value


@writes
def remove_person(ctx: AppContext, *, actor: Actor, person_id: str) -> None:
    _require_roster(ctx, actor, person_id)
    row = staff_repo.people(ctx.db).get(person_id)
    staff_repo.people(ctx.db).delete(person_id, author=author(actor), summary=f"Xóa {row['full_name']}")


def find_person(ctx: AppContext, text: str, *, actor: Actor) -> str:
    """A person of the reader's staff (the province's roster for the province) by id, or by full name typed with or
    without accents (for scripts)."""
    return find_among(list_people(ctx, actor=actor), text)


def find_among(people: list[Person], text: str) -> str:
    """The id of the one of ``people`` named by ``text``: an id, or a full name typed with or without accents."""
    key = (text or "").strip()
    found = [p.id for p in people if p.id == key] or [p.id for p in people if fold(p.full_name) == fold(key)]
    if len(found) > 1:
        raise ValidationError("person_name_ambiguous", name=key, count=len(found))
    if not found:
        raise NotFound("person_name_unknown", name=key)
    return found[0]


def unit_people(ctx: AppContext) -> list[Person]:
    """The unit's staff, for a service that checked its reader itself (the province names a head's own proposal's
    implementers among the unit's people: ``implementation.implementer_choices``)."""
    return _people(ctx)
