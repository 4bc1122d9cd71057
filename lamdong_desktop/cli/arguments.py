"""The argument groups the steps of a record share (``task …``, ``implement …``): the record named first, then its
reason, its day and ``--json`` last, each with the same words everywhere."""

from __future__ import annotations

from typing import Any

DATE = "NGÀY"
DATE_HELP = "ngày, YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay)"


def record_step(sub: Any, name: str, words: str, *, key: str, metavar: str) -> Any:
    """The parser of the step ``name`` on one record, named by the positional ``key``."""
    parser = sub.add_parser(name, help=words)
    parser.add_argument(key, metavar=metavar)
    return parser


def add_closing(parser: Any, *, reason: bool = False, day: bool = False, as_json: bool = False) -> Any:
    """The arguments that close a step, in this order: ``--reason`` (required), ``--date`` (default today),
    ``--json``."""
    if reason:
        parser.add_argument("--reason", required=True, metavar="LÝ_DO")
    if day:
        parser.add_argument("--date", metavar=DATE, help=DATE_HELP)
    if as_json:
        parser.add_argument("--json", action="store_true")
    return parser
