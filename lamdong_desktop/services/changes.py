"""What a write changed: every service that changes data returns ``Changed(value, changes)``.

As Anki's ``OpChanges``: the UI's operation runner broadcasts ``changes`` once, and each open view
decides from the kinds and ids whether it has to refresh. Nobody lists changes by hand: the record
store notes every row it writes (``storage.records.collect_writes``) and ``@writes`` turns the notes
into ``Changes`` — a write cannot forget to declare what it touched.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Concatenate, Generic, ParamSpec, TypeVar

from lamdong_desktop.storage.records import Written, collect_writes

from .context import AppContext

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")

# Record kinds, named after what the user sees rather than after tables.
PROPOSAL, ATTACHMENT, PERSON, PARTY_ORG, ACCOUNT, CALENDAR, REGISTER, MEETING, DECISION, PRINTED, TASK = (
    "proposal", "attachment", "person", "party_org", "account", "calendar", "register", "meeting", "decision",
    "printed", "task")

TABLE_KINDS = {
    "proposals": PROPOSAL,
    "proposal_revisions": PROPOSAL,
    "proposal_transitions": PROPOSAL,
    "proposal_receipts": PROPOSAL,
    "party_opinions": PROPOSAL,
    "attachments": ATTACHMENT,
    "people": PERSON,
    "party_orgs": PARTY_ORG,
    "accounts": ACCOUNT,
    "calendar_corrections": CALENDAR,
    "register_entries": REGISTER,
    "meetings": MEETING,
    "meeting_members": MEETING,
    "meeting_items": MEETING,
    "meeting_ballots": MEETING,
    "meeting_scores": MEETING,
    "meeting_opinions": MEETING,
    "decisions": DECISION,
    # The implementation of a proposal and its result report belong to the proposal; the evaluation's conclusion is
    # a written decision on it, after a meeting.
    "implementations": PROPOSAL,
    "implementers": PROPOSAL,
    "progress_updates": PROPOSAL,
    "implementation_events": PROPOSAL,
    "result_reports": PROPOSAL,
    "evaluations": DECISION,
    "printed_documents": PRINTED,
    # A commendation given is a line of the person's record (and names its proposal: OWNER_FIELDS).
    "commendations": PERSON,
    "printed_dossiers": PRINTED,
    # An assigned task with its co-assignees and steps (a task serving a proposal names it: its window sees it too).
    "tasks": TASK,
    "task_assignees": TASK,
    "task_events": TASK,
}
# A row that belongs to another record names its owner here; the owner's id joins the changed ids, so a
# window showing a proposal sees a new revision, transition or attachment of it, or its item, ballots, scores
# and decision at a meeting (and a meeting or decision the number its document took from the register); a
# meeting's window sees its members, items, ballots, scores, opinions and decisions.
OWNER_FIELDS = ("proposal_id", "owner_id", "subject_id", "meeting_id", "task_id")


@dataclass(frozen=True)
class Changes:
    """Which kinds of record and which record ids a write touched (empty: nothing changed)."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, *kinds: str, record_id: str | None = None) -> bool:
        """True when one of ``kinds`` changed (and, if given, ``record_id`` among the ids)."""
        if not self.kinds.intersection(kinds):
            return False
        return record_id is None or record_id in self.ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    @classmethod
    def of(cls, kinds: Iterable[str], ids: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    @classmethod
    def from_writes(cls, writes: Iterable[Written]) -> Changes:
        kinds: set[str] = set()
        ids: set[str] = set()
        for written in writes:
            # An unknown table still counts, under its own name: a new table is never silently missed.
            kinds.add(TABLE_KINDS.get(written.table, written.table))
            ids.add(str(written.row["id"]))
            ids.update(str(written.row[f]) for f in OWNER_FIELDS if written.row.get(f))
        return cls(frozenset(kinds), frozenset(ids))


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Changed(Generic[T_co]):
    """A write's result: what the service returns (``value``) and what it changed."""

    value: T_co
    changes: Changes = field(default=NO_CHANGES)


def writes(fn: Callable[Concatenate[AppContext, P], T]) -> Callable[Concatenate[AppContext, P], Changed[T]]:
    """Make a service return ``Changed(its result, the records it wrote through ctx.db)``.

    A service calling another ``@writes`` service gets a ``Changed`` back (take its ``.value``); the
    outer one reports the inner one's writes as well. Nothing is reported when the service raises.
    """

    @functools.wraps(fn)
    def wrapper(ctx: AppContext, /, *args: P.args, **kwargs: P.kwargs) -> Changed[T]:
        with collect_writes(ctx.db) as written:
            value = fn(ctx, *args, **kwargs)
        return Changed(value, Changes.from_writes(written))

    return wrapper


__all__ = ["ACCOUNT", "ATTACHMENT", "CALENDAR", "DECISION", "MEETING", "NO_CHANGES", "PARTY_ORG", "PERSON", "PRINTED",
           "PROPOSAL", "REGISTER", "TASK", "Changed", "Changes", "writes"]
