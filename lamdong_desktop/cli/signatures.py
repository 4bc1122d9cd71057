"""``sign``: a digital signature (chữ ký số, PAdES) on a printed PDF, from a PKCS#12 file or a PKCS#11 token; and the
report of ``verify --pdf`` (the option lives with ``verify`` in ``integrity``).

The password or PIN comes from a file (``--password-file``, ``--pin-file``: its first line) or is asked for at the
terminal; it is never an argument (other users would see it in the process list).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .base import Call, CliError, print_json


def add_parsers(sub: Any) -> None:
    sg = sub.add_parser("sign", help="ký số (PAdES) văn bản PDF đã in từ chương trình, bằng tệp chứng thư số .p12 "
                        "hoặc thiết bị ký số (USB token), không cần mạng")
    sg.add_argument("file", metavar="TỆP.pdf", help="văn bản PDF in từ chương trình (lamdong print …)")
    sg.add_argument("-o", "--output", required=True, metavar="TỆP_RA.pdf", help="bản đã ký ghi ra (ngoài thư mục "
                    "dữ liệu của chương trình)")
    sg.add_argument("--field", metavar="Ô_KÝ", help="ô chữ ký cần ký, ví dụ chu-tich, thu-ky, chu-tri (mặc định: ô "
                    "của người có tên trên chứng thư số, hoặc ô trống duy nhất)")
    key = sg.add_mutually_exclusive_group(required=True)
    key.add_argument("--p12", metavar="TỆP.p12", help="tệp chứng thư số PKCS#12 (.p12, .pfx)")
    key.add_argument("--pkcs11-lib", metavar="THƯ_VIỆN", help="thư viện PKCS#11 của thiết bị ký số (.so, .dll)")
    sg.add_argument("--password-file", metavar="TỆP", help="tệp chứa mật khẩu của tệp .p12 (dòng đầu); không có "
                    "thì hỏi khi chạy")
    sg.add_argument("--token-label", default="", metavar="TÊN", help="tên thiết bị ký số (mặc định: thiết bị đầu "
                    "tiên tìm thấy)")
    sg.add_argument("--key-label", metavar="TÊN", help="tên khóa ký trên thiết bị")
    sg.add_argument("--cert-label", default="", metavar="TÊN", help="tên chứng thư số trên thiết bị (mặc định: như "
                    "tên khóa)")
    sg.add_argument("--pin-file", metavar="TỆP", help="tệp chứa mã PIN của thiết bị (dòng đầu); không có thì hỏi "
                    "khi chạy")
    sg.add_argument("--json", action="store_true")


def _secret(c: Call, file: str | None, prompt: str, missing: str) -> str:
    if file:
        try:
            lines = Path(file).read_text("utf-8").splitlines()
        except FileNotFoundError:
            raise CliError(f"Không tìm thấy tệp {file}.") from None
        return lines[0] if lines else ""
    if c.io.stdin.isatty():
        return getpass.getpass(prompt)
    raise CliError(missing)


def cmd_sign(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services.signatures import P12Signer, Pkcs11Signer, sign_pdf

    args = c.args
    signer: P12Signer | Pkcs11Signer
    if args.p12:
        password = _secret(c, args.password_file, "Mật khẩu của tệp chứng thư số: ",
                           "Cần mật khẩu của tệp .p12: dùng --password-file TỆP.")
        signer = P12Signer(Path(args.p12), password)
    else:
        if not args.key_label:
            raise CliError("Ký bằng thiết bị ký số cần --key-label (tên khóa ký trên thiết bị).")
        pin = _secret(c, args.pin_file, "Mã PIN của thiết bị ký số: ", "Cần mã PIN: dùng --pin-file TỆP.")
        signer = Pkcs11Signer(args.pkcs11_lib, args.token_label, args.key_label, pin, args.cert_label)
    signed = sign_pdf(c.context(), source=args.file, output=args.output, signer=signer, field=args.field)
    when = signed.signed_at.strftime("%d/%m/%Y %H:%M:%S")
    if args.json:
        print_json(c.io, {"output": str(signed.output), "field": signed.field, "signer": signed.holder.name,
                          "serial": signed.holder.serial, "issuer": signed.holder.issuer,
                          "signed_at": clock.stamp(signed.signed_at)})
        return 0
    c.io.out(f"Đã ký số ô “{signed.field}” bằng chứng thư của {signed.holder.name} (số hiệu {signed.holder.serial}) "
             f"lúc {when}, ghi ra {signed.output}.")
    c.io.out("Chữ ký không kèm dấu thời gian (ký ngoại tuyến): thời điểm ký là giờ của máy này.")
    return 0


def report_lines(check: Any) -> list[str]:
    """``verify --pdf`` in Vietnamese: each signature's facts, then what could not be checked offline."""
    from lamdong_desktop.domain.clock import format_date_vn
    from lamdong_desktop.messages import CHECK_WORDS as W

    lines = [W["count"].format(path=check.path, count=len(check.signatures))]
    for number, s in enumerate(check.signatures, start=1):
        h = s.holder
        lines.append(W["signature"].format(number=number, field=s.field))
        lines.append(W["holder"].format(name=h.name, serial=h.serial, issuer=h.issuer,
                                        since=format_date_vn(h.valid_from.date()),
                                        until=format_date_vn(h.valid_until.date())))
        lines.append(W["signed_at"].format(when=s.signed_at.strftime("%d/%m/%Y %H:%M:%S %z"))
                     if s.signed_at else W["signed_at_unknown"])
        if not s.unchanged:
            lines.append(W["changed"])
        else:
            lines.append(W["intact_whole"] if s.changes_after == "none" else W["intact_signatures"])
        lines.append(W[s.trust].format(until=format_date_vn(h.valid_until.date()), folder=check.trust_folder))
    if check.unreadable_roots:
        lines.append(W["unreadable_roots"].format(folder=check.trust_folder, files=", ".join(check.unreadable_roots)))
    lines.append(W["offline"])
    lines.append(W["ok"] if check.ok else W["not_ok"])
    return lines


def report_json(check: Any) -> dict[str, Any]:
    from lamdong_desktop.domain import clock

    return {
        "file": str(check.path), "ok": check.ok, "offline": True, "timestamp_checked": check.timestamp_checked,
        "revocation_checked": check.revocation_checked, "trust_roots": check.roots,
        "trust_folder": str(check.trust_folder) if check.trust_folder else None,
        "signatures": [{
            "field": s.field, "signer": s.holder.name, "serial": s.holder.serial, "issuer": s.holder.issuer,
            "valid_from": clock.stamp(s.holder.valid_from), "valid_until": clock.stamp(s.holder.valid_until),
            "signed_at": clock.stamp(s.signed_at) if s.signed_at else None, "signed_at_trusted": False,
            "intact": s.intact, "unchanged": s.unchanged, "covers_whole_file": s.covers_whole_file,
            "changes_after": s.changes_after, "trust": s.trust, "valid": s.valid,
        } for s in check.signatures],
    }


COMMANDS: dict[str, Callable[[Call], int]] = {
    "sign": cmd_sign,
}
