"""``lamdong verify``: the audit chain, every audited row against its latest event, every attachment file.

What it proves: nothing recorded through the program was changed, added or removed afterwards by hand —
except by someone who rewrites the whole unanchored history (they hold the whole data folder and recompute
every hash). A head printed on paper (``check_anchor``) or sent to the province anchors the chain outside the
file: history before an anchor can no longer be rewritten unseen.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from lamdong_desktop.domain.access import RecordKind, require_read
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.proposals import ProposalContent
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import audit, proposals_repo, verify
from lamdong_desktop.storage.verify import Problem, VerifyReport

from . import proposals
from .context import AppContext

SHORT_HASH_LENGTH = 8
_ANCHOR = re.compile(r"^\s*#?(\d+)\s*[:·\s]\s*([0-9a-fA-F]{6,64})\s*$")


def verify_all(ctx: AppContext, *, anchors: tuple[tuple[int, str], ...] = (),
               rebuild_index: bool = True) -> VerifyReport:
    """Recompute everything; the first problem in the report is the first place the data was changed.

    The search index is derived: rows missing from it (or left over) are rebuilt from the proposals unless
    ``rebuild_index`` is False, and counted in ``index_rebuilt``, not reported as tampering.
    """
    report = verify.verify(ctx.db)
    problems = list(report.problems)
    problems += attachment_problems(ctx)
    for seq, short_hash in anchors:
        found = check_anchor(ctx, seq, short_hash)
        if found is not None:
            problems.append(found)
    rebuilt = rebuild_search_index(ctx) if rebuild_index and report.stale_index else 0
    return replace(report, problems=tuple(problems), index_rebuilt=rebuilt)


def report_for(ctx: AppContext, *, actor: Actor, anchors: tuple[tuple[int, str], ...] = ()) -> VerifyReport:
    """The verification report as ``actor`` may read it (the CLI's and the window's ``verify``).

    The report names records of personnel files, so it has a reader rule of its own. Even for its readers,
    an attachment of a proposal they may not read (a draft never submitted, say) is named by its id and
    its proposal's reference, never by its file name: a file name is content.
    """
    require_read(actor.roles, RecordKind.INTEGRITY)
    report = verify_all(ctx, anchors=anchors)
    readable: dict[str, bool] = {}

    def may_read(ref: str) -> bool:
        if ref not in readable:
            try:
                proposals.get(ctx, ref, actor=actor)
                readable[ref] = True
            except NotFound:
                readable[ref] = False
        return readable[ref]

    shown = tuple(
        replace(p, label=None) if p.table == "attachments" and p.label and not (p.owner and may_read(p.owner))
        else p
        for p in report.problems)
    return replace(report, problems=shown)


def attachment_problems(ctx: AppContext) -> list[Problem]:
    """Each live attachment's file: present, a plain readable file, of the recorded size and hash."""
    problems: list[Problem] = []
    if not {"attachments", "proposals"} <= set(ctx.db.table_names()):
        return problems  # a dropped table is reported by verify.verify
    checked: dict[tuple[str, int], str | None] = {}
    rows = ctx.db.query(
        "SELECT a.id, a.filename, a.sha256, a.size, p.ref FROM attachments AS a "
        "LEFT JOIN proposals AS p ON a.owner_table = 'proposals' AND p.id = a.owner_id "
        "WHERE a.deleted = 0 ORDER BY a.rowid")
    for row in rows:
        key = (row["sha256"], row["size"])
        if key not in checked:  # one file may back many attachments: read it once
            checked[key] = blobs.blob_state(ctx.paths, row["sha256"], row["size"])
        fault = checked[key]
        if fault is not None:
            problems.append(Problem(fault, table="attachments", record_id=row["id"], label=row["filename"],
                                    owner=row["ref"]))
    return problems


def parse_anchor(text: str) -> tuple[int, str]:
    """``"1234:9f3a1c2b"`` (or ``"#1234 · 9f3a1c2b"`` as printed) → (1234, "9f3a1c2b")."""
    match = _ANCHOR.match(text.replace("Nhật ký", ""))
    if not match:
        raise ValidationError("anchor_invalid", value=text)
    return int(match.group(1)), match.group(2).lower()


def check_anchor(ctx: AppContext, seq: int, short_hash: str) -> Problem | None:
    """None when event ``seq`` of the log still has a hash starting with ``short_hash`` (as printed).

    ``anchor_missing``: the log no longer reaches that event (its tail was removed); ``anchor_mismatch``: the
    event is there with another hash (history up to it was rewritten).
    """
    short = short_hash.strip().lower()
    if not 1 <= seq <= 2**63 - 1 or not re.fullmatch(r"[0-9a-f]{6,64}", short):
        raise ValidationError("anchor_invalid", value=f"{seq}:{short_hash}")
    found = audit.event_hash_at(ctx.db, seq)
    if found is None:
        return Problem("anchor_missing", seq=seq, label=short)
    if not found.startswith(short):
        return Problem("anchor_mismatch", seq=seq, label=short)
    return None


def current_head(ctx: AppContext) -> tuple[int, str] | None:
    """(seq, short hash) of the chain head now, as printed on documents."""
    found = audit.head(ctx.db)
    return (found[0], found[1][:SHORT_HASH_LENGTH]) if found else None


def rebuild_search_index(ctx: AppContext, *, everything: bool = False) -> int:
    """Re-index each live proposal missing from the search index, and drop index rows of no proposal.

    ``everything``: drop the whole index and build it again from the proposals (``verify --rebuild-index``).
    The index is derived: its rows are not evidence, so a row edited by hand only changes what a search
    finds; this puts it back without reading which rows were changed.
    """
    with ctx.db.atomic():
        if everything:
            extra = ctx.db.execute("DELETE FROM proposals_fts").rowcount
        else:
            extra = ctx.db.execute(
                "DELETE FROM proposals_fts WHERE rowid NOT IN (SELECT rowid FROM proposals WHERE deleted = 0)"
            ).rowcount
        missing = list(ctx.db.query(
            "SELECT id, title, content FROM proposals AS p WHERE deleted = 0 AND NOT EXISTS "
            "(SELECT 1 FROM proposals_fts AS f WHERE f.rowid = p.rowid)"))
        for row in missing:
            content = ProposalContent.from_json(json.loads(row["content"]))
            proposals_repo.index(ctx.db, row["id"], row["title"], content.searchable_text())
    return len(missing) if everything else max(extra, 0) + len(missing)
