"""``verify``: the audit chain, the records and the attachment files; with ``--pdf``, a signed PDF's digital
signatures (offline: no timestamp, no revocation check); with ``--code``, a paper copy's check code; with
``--dossier``, a printed proposal dossier (``cli/dossier.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .base import Call, CliError, print_json

R = TypeVar("R")


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
    verify.add_argument("--code", metavar="MÃ",
                        help="kiểm tra một bản giấy: dòng chữ đọc từ mã QR ở chân trang (LDV1 …) hoặc mã kiểm tra "
                        "12 ký tự in cạnh mã QR, ví dụ K3F9-Q2MX-7ABA")
    verify.add_argument("--dossier", metavar="TỆP.pdf",
                        help="kiểm tra một hồ sơ đề xuất đã in (“lamdong print dossier”): từng văn bản, bản chụp còn "
                        "khớp dữ liệu, văn bản mới có sau khi in, mốc nhật ký còn trong chuỗi (mã thoát 1 nếu không "
                        "khớp)")
    verify.add_argument("--json", action="store_true", help="với --pdf, --code hoặc --dossier: kết quả dạng JSON")


def cmd_verify(c: Call) -> int:
    if c.args.pdf:
        return _verify_pdf(c)
    from lamdong_desktop.messages import describe_problem

    if c.args.dossier is not None:
        if c.args.anchor or c.args.rebuild_index or c.args.code is not None:
            raise CliError("--dossier kiểm tra một hồ sơ đã in: không dùng chung với --anchor, --rebuild-index hay "
                           "--code.")
        from .dossier import verify_dossier

        return verify_dossier(c)
    if c.args.code is not None:
        if c.args.anchor or c.args.rebuild_index:
            raise CliError("--code kiểm tra một bản giấy: không dùng chung với --anchor hay --rebuild-index.")
        return _verify_code(c)
    if c.args.json:
        raise CliError("--json chỉ dùng cùng --pdf, --code hoặc --dossier.")
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


def answer(c: Call, check: Callable[[], R], *, as_json: Callable[[R], dict[str, Any]],
           lines: Callable[[R], list[str]], ok: Callable[[R], bool], refused: dict[str, Any] | None = None) -> int:
    """The shape of every ``verify`` answer about one thing: run ``check``, print its result as JSON (``--json``) or
    as Vietnamese lines, exit 0 when ``ok``. With ``refused``, a ``ValidationError`` under ``--json`` is answered as
    ``refused`` plus the error's code and message, exit 1; otherwise it is raised (the usual one-line message)."""
    from lamdong_desktop.domain.errors import ValidationError
    from lamdong_desktop.messages import describe

    try:
        result = check()
    except ValidationError as error:
        if not c.args.json or refused is None:
            raise
        print_json(c.io, {**refused, "error": error.code, "message": describe(error)})
        return 1
    if c.args.json:
        print_json(c.io, as_json(result))
    else:
        for line in lines(result):
            c.io.out(line)
    return 0 if ok(result) else 1


def _verify_pdf(c: Call) -> int:
    from lamdong_desktop.services.signature_checks import validate_pdf

    from .signatures import report_json, report_lines

    return answer(c, lambda: validate_pdf(c.args.pdf, trust_folder=c.paths.trust), as_json=report_json,
                  lines=report_lines, ok=lambda check: bool(check.ok))


def _when(stamp: str) -> str:
    """ "2026-01-05T08:30:00+07:00" → "08:30 ngày 05/01/2026"."""
    from datetime import datetime

    moment = datetime.fromisoformat(stamp)
    return f"{moment:%H:%M} ngày {moment:%d/%m/%Y}"


def _copy_json(copy: Any) -> dict[str, Any] | None:
    if copy is None:
        return None
    return {"id": copy.id, "source": copy.source, "doc_type": copy.doc_type, "number": copy.number,
            "reference": copy.reference, "title": copy.title, "draft": copy.draft, "line": copy.line,
            "code": copy.code, "qr": copy.qr, "sha256": copy.digest, "printed_at": copy.printed_at,
            "printed_by": copy.printed_by_name, "copies": copy.copies, "last_printed_at": copy.last_printed_at}


def code_lines(result: Any) -> list[str]:
    """The Vietnamese answer to a check code, one line each: the verdict, then what the asker may see."""
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.messages import ALTERED_FIELD_WORDS, CHECK_DETAIL_WORDS, VERDICT_WORDS, describe

    words = CHECK_DETAIL_WORDS
    reason = describe(DomainError(result.reason)).rstrip(".") if result.reason else ""
    lines = [VERDICT_WORDS[result.verdict].format(code=result.code, reason=reason)]
    copy = result.copy
    if copy is not None:
        lines.append(words["document"].format(line=copy.line))
        if copy.title:
            lines.append(words["title"].format(title=copy.title))
        lines.append(words["printed"].format(when=_when(copy.printed_at), who=copy.printed_by_name or "—",
                                             copies=copy.copies))
    if result.altered:
        lines.append(words["altered_fields"].format(fields=", ".join(ALTERED_FIELD_WORDS[f] for f in result.altered)))
    if result.verdict == "superseded":
        if result.newest is not None:
            lines.append(words["newest"].format(when=_when(result.newest.printed_at), line=result.newest.line))
        else:
            lines.append(words["newest_unprinted"])
        if result.differences:
            lines.append(words["differences"])
            lines += [f"  {line}" for line in result.differences]
            if result.more_differences:
                lines.append("  " + words["more_differences"].format(count=result.more_differences))
    if result.verdict == "current":
        lines.append(words["compare"])
    return lines


def _code_json(result: Any) -> dict[str, Any]:
    return {
        "verdict": result.verdict.value, "genuine": result.genuine, "code": result.code,
        "message": code_lines(result)[0], "document": _copy_json(result.copy),
        "newest": _copy_json(result.newest), "differences": list(result.differences),
        "more_differences": result.more_differences, "altered": list(result.altered),
        "reason": result.reason or None}


def _verify_code(c: Call) -> int:
    from lamdong_desktop.services.printed_verify import check_code

    ctx = c.context()
    actor = c.actor(ctx)
    return answer(c, lambda: check_code(ctx, actor=actor, text=c.args.code), as_json=_code_json, lines=code_lines,
                  ok=lambda result: bool(result.genuine), refused={"verdict": "malformed"})


COMMANDS: dict[str, Callable[[Call], int]] = {
    "verify": cmd_verify,
}
