"""Reading a database without touching its folder: no -wal or -shm left behind, a writer's companions read through.

Start-up looks at a folder (is it set up, is it a demo, is it from a newer version) before anything may change it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_COMPANIONS = ("-wal", "-shm", "-journal")
_READ_TRIES, _READ_PAUSE = 4, 0.05


def read_without_touching(path: Path, read: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``read`` on a connection to ``path`` that creates and changes no file in its folder.

    SQLite's ``mode=ro`` still creates the ``-wal`` and ``-shm`` companions of a WAL database when they
    are missing, and a read-only connection cannot remove them again: merely looking at a folder (is it
    set up, is it a demo, is it from a newer version) would change it. When no companion exists, no
    connection has the database open (the last one to close checkpoints and removes them) and the main
    file holds every committed page, so it is read with ``immutable=1``: no locks, no companions. When one
    exists, someone has it open (or crashed): ``mode=ro`` reads through them and creates nothing new.

    The race, and why it is harmless: a writer may open the database between the look and the read. It
    writes into its own ``-wal``, never into the main file, until a checkpoint — at a commit of 1,000
    pages or when its last connection closes — so the immutable read sees the last checkpointed state.
    Only a whole open-write-checkpoint during the read could show it a torn page; SQLite then raises,
    and the read is retried through ``mode=ro`` if a companion has appeared meanwhile. And a ``mode=ro`` read that
    meets another connection opening or closing the database (its companions half made or half removed: SQLite
    says "attempt to write a readonly database") looks again a moment later, up to four times.
    Raises ``sqlite3.Error`` as ``sqlite3.connect`` and ``read`` do.
    """

    def companions() -> bool:
        return any(path.with_name(path.name + suffix).exists() for suffix in _COMPANIONS)

    def attempt(options: str) -> T:
        conn = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True, isolation_level=None)
        try:
            return read(conn)
        finally:
            conn.close()

    for tries_left in range(_READ_TRIES - 1, -1, -1):
        if companions():
            try:
                return attempt("mode=ro")
            except sqlite3.OperationalError as exc:
                # SQLITE_READONLY from a read: another connection is opening or closing the database this very
                # moment (its -shm half made, or the companions half removed); look again in a moment
                if not tries_left or (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != sqlite3.SQLITE_READONLY:
                    raise
        else:
            try:
                return attempt("mode=ro&immutable=1")
            except sqlite3.DatabaseError:
                if not tries_left or not companions():
                    raise
                continue  # a companion appeared meanwhile: read through it at once
        time.sleep(_READ_PAUSE)
    raise AssertionError("unreachable: the last try returns or raises")
