"""``lamdong verify``: the audit chain, every audited record against its latest event, every attachment file."""

from __future__ import annotations

from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage.audit import Problem, VerifyReport, verify

from .context import AppContext


def verify_all(ctx: AppContext) -> VerifyReport:
    """Recompute everything; the first problem in the report is the first place the data was changed."""
    report = verify(ctx.db)
    problems = list(report.problems)
    for row in ctx.db.query("SELECT id, sha256 FROM attachments WHERE deleted = 0"):
        if not blobs.blob_matches(ctx.paths, row["sha256"]):
            problems.append(Problem("blob_altered", table="attachments", record_id=row["id"]))
    return VerifyReport(events=report.events, records=report.records, problems=tuple(problems))
