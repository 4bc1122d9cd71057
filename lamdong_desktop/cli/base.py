"""What every command module shares: the Vietnamese argparse, the streams, the signed-in call."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TextIO

ENV_PASSWORD = "LAMDONG_PASSWORD"
CLI_LOG_NAME = "lamdong-cli.log"

# argparse speaks English; officials read Vietnamese. argparse asks gettext for each of its messages by its English
# text, so the whole message is translated here (a phrase-by-phrase replace left "one of the tham sốs … is required").
_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "not allowed with argument %s": "không dùng chung với tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị (%r)",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "invalid %(type)s value: %(value)r": "%(value)r không phải %(type)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}
_ARGPARSE_VI_PLURAL = {"expected %s argument": "cần %s giá trị"}
# The type names argparse puts in "invalid %(type)s value".
_TYPE_VI = {"int": "số nguyên", "float": "số"}


def _gettext(message: str) -> str:
    return _ARGPARSE_VI.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _ARGPARSE_VI_PLURAL.get(singular, singular if n == 1 else plural)


argparse._ = _gettext  # type: ignore[attr-defined]
argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def vi(text: str) -> str:
    """The type names argparse leaves in English inside a translated message (``int``, ``float``)."""
    for english, vietnamese in _TYPE_VI.items():
        text = text.replace(f"không phải {english}", f"không phải {vietnamese}")
    return text


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"lamdong: lỗi cú pháp: {vi(message)}\n")

    def format_usage(self) -> str:
        return vi(super().format_usage())

    def format_help(self) -> str:
        return vi(super().format_help())


class CliError(Exception):
    """A problem found by the CLI itself (already in Vietnamese)."""


@dataclass
class Io:
    """Standard streams, replaceable in tests; the stdin lines are read once, in order."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    _lines: list[str] | None = None

    def next_stdin_line(self) -> str:
        if self._lines is None:
            self._lines = self.stdin.read().splitlines()
        if not self._lines:
            raise CliError("Không đọc được mật khẩu từ đầu vào chuẩn (stdin trống).")
        return self._lines.pop(0)

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)


def print_json(io: Io, value: Any) -> None:
    io.out(json.dumps(value, ensure_ascii=False, indent=2))


def uses_demo(args: argparse.Namespace) -> bool:
    """True for the global ``--demo`` and for the ``demo`` command: both work on the demo folder."""
    return bool(getattr(args, "use_demo", False)) or getattr(args, "command", None) == "demo"


def data_paths_for(args: argparse.Namespace) -> Any:
    """The folder a command works on.

    ``--data-dir D`` always names it (with ``--demo``, D is taken as a demo folder). Otherwise ``--demo``
    and the ``demo`` command use the demo folder of ``lamdong-desktop --demo`` (never ``LAMDONG_HOME``
    nor the real data folder); every other command uses ``LAMDONG_HOME`` or the user's data folder.
    """
    from pathlib import Path

    from lamdong_desktop.services.context import data_paths
    from lamdong_desktop.storage.paths import DataPaths, demo_data_dir

    if uses_demo(args):
        root = Path(args.data_dir).expanduser().resolve() if args.data_dir else demo_data_dir()
        return DataPaths(root)
    return data_paths(args.data_dir)


class _FolderLog(logging.Handler):
    """Appends log lines to ``<data>/logs/lamdong-cli.log``, made only when a line comes: a command that
    logs nothing leaves the folder as it was. Never fails the command."""

    def __init__(self, logs: Path) -> None:
        super().__init__(logging.INFO)
        self.logs = logs
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.logs.mkdir(parents=True, exist_ok=True)
            with (self.logs / CLI_LOG_NAME).open("a", encoding="utf-8") as out:
                out.write(self.format(record) + "\n")
        except (OSError, ValueError):
            pass


@contextlib.contextmanager
def folder_log(args: argparse.Namespace) -> Iterator[None]:
    """While a command runs, the program's log (e.g. what the start-up sweeps removed) goes to the data
    folder's ``logs/``, never as English lines on stderr (Python's last-resort handler)."""
    logger = logging.getLogger("lamdong_desktop")
    try:
        handler = _FolderLog(data_paths_for(args).logs)
    except Exception:  # noqa: BLE001 - an unusable --data-dir is reported by the command itself
        yield
        return
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


@dataclass
class Call:
    args: argparse.Namespace
    io: Io

    @property
    def paths(self) -> Any:
        return data_paths_for(self.args)

    def read_new_password(self, flag: bool, prompt: str = "Mật khẩu mới: ") -> str:
        if flag:
            return self.io.next_stdin_line()
        if self.io.stdin.isatty():
            first = getpass.getpass(prompt)
            if first != getpass.getpass("Nhập lại: "):
                raise CliError("Hai lần nhập mật khẩu không khớp nhau.")
            return first
        raise CliError("Cần mật khẩu: dùng --password-stdin.")

    def context(self) -> Any:
        from lamdong_desktop.services.context import open_app

        return open_app(self.paths)

    def actor(self, ctx: Any) -> Any:
        """Sign in the global --user; the password comes first from stdin, else from LAMDONG_PASSWORD."""
        from lamdong_desktop.domain.errors import PermissionDenied
        from lamdong_desktop.services.accounts import sign_in

        if not self.args.user:
            raise PermissionDenied("authentication_required")
        if self.args.auth_password_stdin:
            password = self.io.next_stdin_line()
        elif os.environ.get(ENV_PASSWORD) is not None:
            password = os.environ[ENV_PASSWORD]
        elif self.io.stdin.isatty():
            password = getpass.getpass(f"Mật khẩu của {self.args.user}: ")
        else:
            raise PermissionDenied("authentication_required")
        return sign_in(ctx, username=self.args.user, password=password)
