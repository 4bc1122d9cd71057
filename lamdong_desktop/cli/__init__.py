"""The ``lamdong`` command: the same services as the window, for IT staff and scripts. Never imports Qt.

Errors go to stderr in Vietnamese with exit code 1; usage errors exit with 2 (``task import`` exits with 3 when it
refused some rows of a list and imported the others: ``cli/excel.py``). State-changing commands,
and those that read personnel records (proposals, the register, printing, accounts, staff, verify),
authenticate with the global ``--user NAME`` and a password from ``--password-stdin`` (first line of
standard input) or the ``LAMDONG_PASSWORD`` environment variable; ``units``, ``calendar``, ``version`` and
``info`` stay open.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from lamdong_desktop import __version__

from . import (
    accounts,
    calendar,
    decisions,
    evaluation,
    excel,
    implementation,
    integrity,
    kpi,
    meetings,
    officials,
    printing,
    proposals,
    register,
    review,
    setup,
    signatures,
    staff,
    tasks,
)
from .base import CLI_LOG_NAME, Call, CliError, Io, Parser, data_paths_for, folder_log

# One module per noun, each adding its sub-commands and naming the function that runs each.
MODULES = (setup, accounts, staff, calendar, proposals, review, meetings, decisions, implementation, evaluation,
           officials, tasks, kpi, excel, register, printing, signatures, integrity)
COMMANDS: dict[str, Callable[[Call], int]] = {name: fn for m in MODULES for name, fn in m.COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="lamdong", description="Quản lý đề xuất đổi mới, sáng tạo — dòng lệnh.")
    p.add_argument("--version", action="version", version=f"lamdong {__version__}")
    p.add_argument("--data-dir", metavar="THƯ_MỤC", help="thư mục dữ liệu (mặc định: LAMDONG_HOME hoặc "
                   "thư mục dữ liệu của người dùng)")
    p.add_argument("--demo", action="store_true", dest="use_demo",
                   help="làm việc trên thư mục dữ liệu mẫu (như lamdong-desktop --demo), không bao giờ trên dữ "
                   "liệu thật; với --data-dir thì thư mục đó phải là dữ liệu mẫu")
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
        call = Call(args=args, io=io)
        if args.use_demo:
            _check_demo_target(call)
        with folder_log(args):
            return COMMANDS[args.command](call)
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
    except OSError as exc:  # a full disk, a read-only stick, a folder without rights: say which, in Vietnamese
        from lamdong_desktop.messages import os_error_words

        log = _log_unexpected(args)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        print(f"lamdong: thao tác chưa hoàn tất: {os_error_words(exc)}.{where}", file=io.stderr)
        return 1
    except Exception:  # noqa: BLE001 - a bug or a broken disk: log it, never show a traceback
        log = _log_unexpected(args)
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        print(f"lamdong: lỗi không mong đợi, thao tác chưa hoàn tất.{where}", file=io.stderr)
        return 1


def _check_demo_target(call: Call) -> None:
    """``--demo`` never touches real data: a folder set up for real is refused before anything runs."""
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.services.context import is_initialized
    from lamdong_desktop.services.demo import is_demo_folder

    if call.args.command == "init":
        raise CliError("“init” khởi tạo dữ liệu thật, không dùng với --demo; dữ liệu mẫu tạo bằng “lamdong demo”.")
    paths = call.paths
    if is_initialized(paths) and not is_demo_folder(paths):
        raise DomainError("not_a_demo", path=str(paths.root))


def _log_unexpected(args: argparse.Namespace) -> str | None:
    """Append the current exception's traceback to the data folder's log; returns the log's path."""
    import traceback

    from lamdong_desktop.domain import clock

    try:
        logs = data_paths_for(args).logs
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / CLI_LOG_NAME
        with path.open("a", encoding="utf-8") as out:
            out.write(f"--- {clock.stamp()} lamdong {__version__} {args.command}\n{traceback.format_exc()}\n")
        return str(path)
    except OSError:
        return None


__all__ = ["COMMANDS", "CliError", "Io", "build_parser", "main"]
