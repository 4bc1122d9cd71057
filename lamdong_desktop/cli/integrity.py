"""``verify``: the audit chain, the records and the attachment files; or, with ``--pdf``, a signed PDF's digital
signatures (offline: no timestamp, no revocation check)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, print_json


def add_parsers(sub: Any) -> None:
    verify = sub.add_parser("verify", help="kiểm tra toàn vẹn dữ liệu và nhật ký")
    verify.add_argument("--anchor", action="append", metavar="SỐ:MÃ",
                        help="mốc nhật ký in ở chân trang văn bản, ví dụ 1234:9f3a1c2b (dùng nhiều lần được)")
    verify.add_argument("--rebuild-index", action="store_true",
                        help="dựng lại toàn bộ chỉ mục tìm kiếm từ các đề xuất (chỉ mục là dữ liệu suy ra)")
    verify.add_argument("--pdf", metavar="TỆP.pdf",
                        help="kiểm tra chữ ký số của một tệp PDF: ai ký, lúc nào, văn bản có bị sửa sau khi ký, chuỗi "
                        "tin cậy theo các chứng thư gốc trong thư mục trust/ của dữ liệu (kiểm tra ngoại tuyến; mã "
                        "thoát 1 nếu có chữ ký không hợp lệ)")
    verify.add_argument("--json", action="store_true", help="với --pdf: kết quả dạng JSON")


def cmd_verify(c: Call) -> int:
    if c.args.pdf:
        return _verify_pdf(c)
    from lamdong_desktop.messages import describe_problem
    from lamdong_desktop.services.integrity import parse_anchor, report_for

    anchors = tuple(parse_anchor(a) for a in (c.args.anchor or []))
    ctx = c.context()
    report = report_for(ctx, actor=c.actor(ctx), anchors=anchors)
    if c.args.rebuild_index:
        from lamdong_desktop.services.integrity import rebuild_search_index

        rebuilt = rebuild_search_index(ctx, everything=True)
        c.io.out(f"Đã dựng lại toàn bộ chỉ mục tìm kiếm ({rebuilt} đề xuất).")
    if report.index_rebuilt:
        c.io.out(f"Đã dựng lại {report.index_rebuilt} dòng chỉ mục tìm kiếm (dữ liệu suy ra, không phải sai lệch).")
    if report.ok:
        c.io.out(f"Dữ liệu toàn vẹn: {report.events} sự kiện nhật ký, {report.records} bản ghi, không có sai lệch.")
        return 0
    first = report.problems[0]
    where = describe_problem(first.kind, **first.where)
    print(f"lamdong: phát hiện sai lệch — {where}.", file=c.io.stderr)
    for problem in report.problems[1:20]:
        print("  - " + describe_problem(problem.kind, **problem.where), file=c.io.stderr)
    if len(report.problems) > 20:
        print(f"  … và {len(report.problems) - 20} sai lệch khác.", file=c.io.stderr)
    return 1


def _verify_pdf(c: Call) -> int:
    from lamdong_desktop.services.signature_checks import validate_pdf

    from .signatures import report_json, report_lines

    check = validate_pdf(c.args.pdf, trust_folder=c.paths.trust)
    if c.args.json:
        print_json(c.io, report_json(check))
    else:
        for line in report_lines(check):
            c.io.out(line)
    return 0 if check.ok else 1


COMMANDS: dict[str, Callable[[Call], int]] = {
    "verify": cmd_verify,
}
