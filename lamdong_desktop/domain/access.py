"""Who may read what: one rule table over role × kind of record × the record's standing.

Proposals, votes and evaluations are personnel records (domain brief §8). The defaults:

- a proposal never submitted (no recipient yet: ``submitted_to IS NULL``, set together with
  ``first_submitted_at`` by the first submission; a withdrawn draft included) is visible only to its authors;
- an approved proposal's implementers (people named when it started, through their linked accounts) read it, as its
  authors do: they record its progress and report its result (ND 73/2023 Đ9–Đ10);
- once submitted, to its authors, the head, the leadership and the secretary of the unit;
- the province sees what was sent to it (a head's own proposal, ND 73/2023 Đ7.1);
- the administrator manages accounts and settings, not proposal contents;
- the unit's staff and party organisations are read by the unit's own roles, accounts by the administrator;
- an official's record (hồ sơ cán bộ: the proposals he proposed or carried out, their rulings and commendations) is a
  personnel record: read by the person it is about and, at the unit, by the head and the secretary, who keeps the
  staff (``Permission.MANAGE_STAFF``); not by the other officials, the deputies or the administrator;
- the yearly review of the unit's completed initiatives (seed V.4) by the unit's leadership and its secretary;
- an assigned task is read by the people on it (its lead and co-assignees, whoever gave it) and, for the whole
  unit, by the head and the leaders, who give and follow tasks (``task_scope`` for a list);
- what a level issues and holds — its meetings as a whole, its register, its roster — is read at that level: the
  unit's by the unit's leadership and secretary, the province's by the province (``domain/levels.py``); the unit's
  people read a province-level meeting only through the proposals they may read.

Services ask ``can_read`` for one record and ``proposal_scope`` for a list, which storage turns into SQL so
that counting and paging see the same rows as reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied
from .roles import Role


class RecordKind(StrEnum):
    PROPOSAL = "proposal"
    REVISION = "revision"  # a saved version of a proposal's text
    TRANSITION = "transition"  # a change of a proposal's state, with its reason
    ATTACHMENT = "attachment"  # a file attached to a proposal
    AUDIT = "audit"  # the audit events about one proposal
    PRINTED_PLAN = "printed_plan"  # the printed Kế hoạch of a proposal
    PERSON = "person"  # the unit's staff
    PARTY_ORG = "party_org"  # the unit's party organisations
    ACCOUNT = "account"  # sign-in accounts and their roles
    INTEGRITY = "integrity"  # the verification report of the whole database
    REGISTER_ENTRY = "register_entry"  # a line of the document register: number, summary, signer
    MEETING = "meeting"  # a leadership meeting or review council: members, agenda, attendance
    MINUTES = "minutes"  # its minutes (content, opinions, conclusion) and their signed scan
    VOTE = "vote"  # the ballots and the result on one proposal
    SCORE = "score"  # the council's marks on one proposal
    DECISION = "decision"  # the decision or conclusion notice issued on one proposal
    PARTY_OPINION = "party_opinion"  # the party committee's opinion on one proposal
    OFFICIAL_RECORD = "official_record"  # one person's record: proposals, outcomes, rulings, commendations
    PERIODIC_REVIEW = "periodic_review"  # the unit's yearly review of completed initiatives (seed V.4)
    TASK = "task"  # an assigned task, its steps and its KPIs


# Every kind that belongs to one proposal is read under the proposal's own rule: its meeting (the part about it),
# minutes, votes, scores, decision and the party committee's opinion included — the proposer reads the dossier of
# his own proposal (domain brief §4: the whole dossier is his protection).
MEETING_KINDS = frozenset({RecordKind.MEETING, RecordKind.MINUTES, RecordKind.VOTE, RecordKind.SCORE})
PROPOSAL_KINDS = frozenset({RecordKind.PROPOSAL, RecordKind.REVISION, RecordKind.TRANSITION,
                            RecordKind.ATTACHMENT, RecordKind.AUDIT, RecordKind.PRINTED_PLAN,
                            RecordKind.DECISION, RecordKind.PARTY_OPINION}) | MEETING_KINDS


class When(StrEnum):
    """The standing a record needs for a rule to apply."""

    ALWAYS = "always"
    SUBMITTED = "submitted"  # submitted at least once (returned and withdrawn ones stay visible)
    SENT_TO_PROVINCE = "sent_to_province"  # submitted, and to the province
    UNIT_LEVEL = "unit_level"  # a record of the unit's own level: its meeting, register, roster
    PROVINCE_LEVEL = "province_level"  # a record of the province's level (a head's own proposal, ND 73 Đ7.1)


@dataclass(frozen=True)
class ReadRule:
    kinds: frozenset[RecordKind]
    roles: frozenset[Role]  # any of these roles …
    when: When = When.ALWAYS  # … when the record stands so
    authors: bool = False  # True: the record's authors, whatever their roles
    implementers: bool = False  # True: the proposal's implementers, whatever their roles
    subject: bool = False  # True: the person the record is about, whatever his roles
    assignees: bool = False  # True: the people on a task (lead, co-assignees, who gave it), whatever their roles


UNIT_ROLES = frozenset({Role.ADMIN, Role.HEAD, Role.LEADER, Role.SECRETARY, Role.OFFICIAL})

READ_RULES: tuple[ReadRule, ...] = (
    ReadRule(PROPOSAL_KINDS, frozenset(), authors=True),
    ReadRule(PROPOSAL_KINDS, frozenset(), implementers=True),
    ReadRule(PROPOSAL_KINDS, frozenset({Role.HEAD, Role.LEADER, Role.SECRETARY}), When.SUBMITTED),
    ReadRule(PROPOSAL_KINDS, frozenset({Role.PROVINCE}), When.SENT_TO_PROVINCE),
    # Staff: every role of the unit (officials pick their co-authors when drafting). Party organisations
    # carry no personal data and name the proposal's organisation, so the province reads them too.
    ReadRule(frozenset({RecordKind.PERSON}), UNIT_ROLES, When.UNIT_LEVEL),
    # The province's roster (who sits on its meetings) is the province's.
    ReadRule(frozenset({RecordKind.PERSON}), frozenset({Role.PROVINCE}), When.PROVINCE_LEVEL),
    ReadRule(frozenset({RecordKind.PARTY_ORG}), UNIT_ROLES | {Role.PROVINCE}),
    ReadRule(frozenset({RecordKind.ACCOUNT}), frozenset({Role.ADMIN})),
    # The report names tables and record ids, no contents: IT staff and the head who answers for the unit.
    ReadRule(frozenset({RecordKind.INTEGRITY}), frozenset({Role.ADMIN, Role.HEAD})),
    # The register names decisions about personnel proposals: the unit's leadership and its secretary read it;
    # the administrator (no contents) and officials do not. The province reads its own register, never the unit's.
    ReadRule(frozenset({RecordKind.REGISTER_ENTRY}), frozenset({Role.HEAD, Role.LEADER, Role.SECRETARY}),
             When.UNIT_LEVEL),
    ReadRule(frozenset({RecordKind.REGISTER_ENTRY}), frozenset({Role.PROVINCE}), When.PROVINCE_LEVEL),
    # A meeting as a whole (every item, the attendance, the ballots): the head who convenes it, the leadership
    # who sit on it and the secretary who records it; its own members are added by the services (membership is
    # a record, not a role). A province-level meeting: the province, which convenes it.
    ReadRule(MEETING_KINDS | {RecordKind.DECISION}, frozenset({Role.HEAD, Role.LEADER, Role.SECRETARY}),
             When.UNIT_LEVEL),
    ReadRule(MEETING_KINDS | {RecordKind.DECISION}, frozenset({Role.PROVINCE}), When.PROVINCE_LEVEL),
    # Seed IV.2: the results of one's initiatives are the first basis for evaluating him — his own record, read by
    # himself, and by the head and the secretary who keep the unit's staff and personnel files.
    ReadRule(frozenset({RecordKind.OFFICIAL_RECORD}), frozenset(), subject=True),
    ReadRule(frozenset({RecordKind.OFFICIAL_RECORD}), frozenset({Role.HEAD, Role.SECRETARY}), When.UNIT_LEVEL),
    # Seed V.4: the yearly review names the unit's proposals and their rulings, as the register names decisions.
    ReadRule(frozenset({RecordKind.PERIODIC_REVIEW}), frozenset({Role.HEAD, Role.LEADER, Role.SECRETARY}),
             When.UNIT_LEVEL),
    ReadRule(frozenset({RecordKind.TASK}), frozenset(), assignees=True),
    ReadRule(frozenset({RecordKind.TASK}), frozenset({Role.HEAD, Role.LEADER}), When.UNIT_LEVEL),
)


@dataclass(frozen=True)
class Standing:
    """How one record stands for reading: who wrote it, whether it was submitted and to whom, and the level it
    belongs to (``province_level``: a province-level meeting, the province's register or roster)."""

    is_author: bool = False
    submitted: bool = False
    sent_to_province: bool = False
    province_level: bool = False
    is_implementer: bool = False  # named among the implementers of the proposal
    is_subject: bool = False  # the reader is the person the record is about (his own record)
    is_assignee: bool = False  # on the task: its lead, a co-assignee, or who gave it

    def meets(self, when: When) -> bool:
        if when is When.SUBMITTED:
            return self.submitted
        if when is When.SENT_TO_PROVINCE:
            return self.submitted and self.sent_to_province
        if when is When.UNIT_LEVEL:
            return not self.province_level
        if when is When.PROVINCE_LEVEL:
            return self.province_level
        return True


def can_read(roles: Iterable[Role], kind: RecordKind, standing: Standing = Standing()) -> bool:
    """Whether an account with ``roles`` may read a record of ``kind`` standing as ``standing``."""
    held = set(roles)
    for rule in READ_RULES:
        if kind not in rule.kinds or not standing.meets(rule.when):
            continue
        if (rule.authors and standing.is_author) or (rule.implementers and standing.is_implementer) \
                or (rule.subject and standing.is_subject) or (rule.assignees and standing.is_assignee) \
                or held & rule.roles:
            return True
    return False


def reads_others(roles: Iterable[Role], kind: RecordKind) -> bool:
    """Whether ``roles`` read some records of ``kind`` besides their own (e.g. to offer the proposals area)."""
    held = set(roles)
    return any(kind in rule.kinds and held & rule.roles for rule in READ_RULES)


def require_read(roles: Iterable[Role], kind: RecordKind, standing: Standing = Standing()) -> None:
    """Raise PermissionDenied unless ``roles`` may read records of ``kind`` standing so (a list: its level)."""
    if not can_read(roles, kind, standing):
        raise PermissionDenied("permission_denied", permission=f"read.{kind.value}")


def at_level(province: bool) -> Standing:
    """The standing of a level's own records (its register, roster, meetings): the province's or the unit's."""
    return Standing(province_level=province)


@dataclass(frozen=True)
class ProposalScope:
    """Which proposals a list shows one reader, as storage filters them in SQL.

    A row is visible when ``everything`` is set, or it is the reader's own (``author_id``), or the reader is one of
    its implementers (``implementer_id``), or it was submitted and ``submitted`` is set, or it was submitted to the
    province and ``sent_to_province`` is set.
    """

    author_id: str | None
    submitted: bool
    sent_to_province: bool
    everything: bool = False
    implementer_id: str | None = None


def proposal_scope(roles: Iterable[Role], user_id: str | None) -> ProposalScope:
    """The list-visibility of proposals for a reader, derived from ``READ_RULES`` (never stated twice)."""
    held = set(roles)
    submitted = sent = everything = authors = implementers = False
    for rule in READ_RULES:
        if RecordKind.PROPOSAL not in rule.kinds:
            continue
        authors = authors or rule.authors
        implementers = implementers or rule.implementers
        if held & rule.roles:
            if rule.when is When.ALWAYS:
                everything = True
            elif rule.when is When.SUBMITTED:
                submitted = True
            elif rule.when is When.SENT_TO_PROVINCE:
                sent = True
    return ProposalScope(author_id=user_id if authors else None, submitted=submitted, sent_to_province=sent,
                         everything=everything, implementer_id=user_id if implementers else None)


@dataclass(frozen=True)
class TaskScope:
    """Which tasks a list shows one reader: the unit's (``everything``), else those the account ``user_id`` is on."""

    everything: bool
    user_id: str | None


def task_scope(roles: Iterable[Role], user_id: str | None) -> TaskScope:
    """The list-visibility of tasks for a reader, derived from ``READ_RULES`` (never stated twice)."""
    held = set(roles)
    rules = [rule for rule in READ_RULES if RecordKind.TASK in rule.kinds]
    everything = any(held & rule.roles and rule.when in (When.ALWAYS, When.UNIT_LEVEL) for rule in rules)
    return TaskScope(everything=everything, user_id=user_id if any(rule.assignees for rule in rules) else None)
