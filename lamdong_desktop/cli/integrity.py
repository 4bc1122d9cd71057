"""``verify``: the audit chain, the records and the attachment files."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call


def add_parsers(sub: Any) -> None:
    sub.add_parser("verify", help="kiểm tra toàn vẹn dữ liệu và nhật ký")


def cmd_verify(c: Call) -> int:
    from lamdong_desktop.domain.access import RecordKind, require_read
    from lamdong_desktop.messages import describe_problem
    from lamdong_desktop.services.integrity import verify_all

    ctx = c.context()
    # The report names tables and records of personnel files: a signed-in reader of it only.
    require_read(c.actor(ctx).roles, RecordKind.INTEGRITY)
    report = verify_all(ctx)
    if report.ok:
        c.io.out(f"Dữ liệu toàn vẹn: {report.events} sự kiện nhật ký, {report.records} bản ghi, không có sai lệch.")
        return 0
    first = report.problems[0]
    where = describe_problem(first.kind, table=first.table, record_id=first.record_id, seq=first.seq)
    print(f"lamdong: phát hiện sai lệch — {where}.", file=c.io.stderr)
    for problem in report.problems[1:20]:
        print("  - " + describe_problem(problem.kind, table=problem.table, record_id=problem.record_id,
                                        seq=problem.seq), file=c.io.stderr)
    if len(report.problems) > 20:
        print(f"  … và {len(report.problems) - 20} sai lệch khác.", file=c.io.stderr)
    return 1


COMMANDS: dict[str, Callable[[Call], int]] = {
    "verify": cmd_verify,
}
