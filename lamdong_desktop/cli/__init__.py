"""The ``lamdong`` command: the same services as the window, for IT staff and scripts. Never imports Qt.

Errors go to stderr in Vietnamese with exit code 1; usage errors exit with 2. State-changing commands,
and those that read personnel records (proposals, printing, accounts, staff, verify), authenticate with
the global ``--user NAME`` and a password from ``--password-stdin`` (first line of standard input) or
the ``LAMDONG_PASSWORD`` environment variable; ``units``, ``calendar``, ``version`` and ``info`` stay open.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from lamdong_desktop import __version__

from . import accounts, calendar, integrity, proposals, setup, staff
from .base import Call, CliError, Io, Parser

# One module per noun, each adding its sub-commands and naming the function that runs each.
MODULES = (setup, accounts, staff, calendar, proposals, integrity)
COMMANDS: dict[str, Callable[[Call], int]] = {name: fn for m in MODULES for name, fn in m.COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="lamdong", description="Quản lý đề xuất đổi mới, sáng tạo — dòng lệnh.")
    p.add_argument("--version", action="version", version=f"lamdong {__version__}")
    p.add_argument("--data-dir", metavar="THƯ_MỤC", help="thư mục dữ liệu (mặc định: LAMDONG_HOME hoặc "
                   "thư mục dữ liệu của người dùng)")
    p.add_argument("--user", metavar="TÊN",
                   help="tài khoản thực hiện lệnh (cần cho lệnh thay đổi dữ liệu và lệnh xem hồ sơ)")
    p.add_argument("--password-stdin", action="store_true", dest="auth_password_stdin",
                   help="đọc mật khẩu của --user từ dòng đầu của stdin")
    sub = p.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)
    for module in MODULES:
        module.add_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None, io: Io | None = None) -> int:
    io = io or Io()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(io.stdout)
        return 2
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.messages import describe

    try:
        return COMMANDS[args.command](Call(args=args, io=io))
    except DomainError as exc:
        print(f"lamdong: {describe(exc)}", file=io.stderr)
        return 1
    except CliError as exc:
        print(f"lamdong: {exc}", file=io.stderr)
        return 1
    except KeyboardInterrupt:
        print("lamdong: đã hủy.", file=io.stderr)
        return 130
    except BrokenPipeError:  # the reader (head, less) has gone: nothing left to say to it
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        except OSError:
            pass
        return 0
    except Exception:  # noqa: BLE001 - a bug or a broken disk: log it, never show a traceback
        log = _log_unexpected(args)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        print(f"lamdong: lỗi không mong đợi, thao tác chưa hoàn tất.{where}", file=io.stderr)
        return 1


def _log_unexpected(args: argparse.Namespace) -> str | None:
    """Append the current exception's traceback to the data folder's log; returns the log's path."""
    import traceback

    from lamdong_desktop.domain import clock
    from lamdong_desktop.services.context import data_paths

    try:
        logs = data_paths(args.data_dir).logs
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / "lamdong-cli.log"
        with path.open("a", encoding="utf-8") as out:
            out.write(f"--- {clock.stamp()} lamdong {__version__} {args.command}\n{traceback.format_exc()}\n")
        return str(path)
    except OSError:
        return None


__all__ = ["COMMANDS", "CliError", "Io", "build_parser", "main"]
