"""Content-addressed attachment files: stored once per SHA-256, whatever name or record they come with."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from lamdong_desktop.domain import file_kinds
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import DomainError, ValidationError

from . import files
from .audit import append_event
from .paths import DataPaths

_CHUNK = 1 << 20
INCOMING_PREFIX = ".incoming-"
# A partial copy untouched for this long belongs to no running copy (each chunk written refreshes its time):
# it is what a crash or a power cut left behind. Younger ones may be another window's copy in progress.
INCOMING_GRACE_SECONDS = 120
# A stored file that no live attachment row refers to is an orphan once it is this old. A file is stored
# (store_blob) a moment before its row is inserted (record_attachment), in the same call; a file already
# in the store is touched when it is stored again. So a file younger than this may be an attach under way
# in another window or process, and a day is far beyond any such moment (see sweep_orphans).
ORPHAN_GRACE_SECONDS = 24 * 3600
_BLOB_NAME = re.compile(r"^[0-9a-f]{64}$")

log = logging.getLogger("lamdong_desktop")


def blob_path(paths: DataPaths, sha256: str) -> Path:
    return paths.attachments / sha256[:2] / sha256


def too_large(source: Path, size: int, max_bytes: int) -> ValidationError:
    return ValidationError("attachment_too_large", name=source.name, size_mb=round(size / 1e6, 1),
                           max_mb=round(max_bytes / 1e6))


def kind_check(name: str, *, scan: bool) -> Callable[[Path], str]:
    """A check of a copy about to be stored as ``name`` (``domain.file_kinds.check_kind``): its kind, else raises."""

    def check(path: Path) -> str:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size

            def read(offset: int, count: int) -> bytes:
                handle.seek(offset)
                return handle.read(count)

            return file_kinds.check_kind(name, size, read, scan=scan)

    return check


def store_blob(paths: DataPaths, source: Path, *, max_bytes: int, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None,
               check: Callable[[Path], object] | None = None) -> tuple[str, int]:
    """Copy ``source`` into the store (hashing and counting while copying); returns (sha256, size).

    Refuses a file that is missing, unreadable, empty or larger than ``max_bytes``. The limit holds for the
    bytes actually read, not for a size read beforehand: a file that grows while it is copied is stopped at
    the limit. A refused or failed copy leaves nothing behind; a file already stored is not written twice.
    The size returned is the number of bytes stored. ``cancel`` is checked before each chunk: a cancelled
    copy raises ``Cancelled`` and leaves no file behind. ``progress(done, total)`` is called after each
    chunk (on the copying thread). ``check(copy)`` looks at the finished copy before it is kept (``kind_check``):
    what it refuses is never stored, and what is stored is exactly what it looked at.
    """
    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise OSError("not a file")
    except OSError:
        raise ValidationError("attachment_unreadable", name=source.name) from None
    if info.st_size > max_bytes:
        raise too_large(source, info.st_size, max_bytes)
    try:
        paths.attachments.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=paths.attachments)
    except OSError as exc:  # the folder replaced by a file, no rights, a full disk: said in Vietnamese
        raise files.os_error(exc, paths) from exc
    digest = hashlib.sha256()
    size = 0
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                chunk = src.read(min(_CHUNK, max_bytes + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(source, max(size, source.stat().st_size), max_bytes)
                digest.update(chunk)
                out.write(chunk)
                if progress is not None:
                    progress(size, info.st_size)
        if size == 0:
            raise ValidationError("attachment_empty", name=source.name)
        if check is not None:
            check(tmp)
        sha = digest.hexdigest()
        target = blob_path(paths, sha)
        if _touch(target):
            tmp.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            target.chmod(0o444)
    except ValidationError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise files.os_error(exc, paths) from exc
        raise ValidationError("attachment_unreadable", name=source.name) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return sha, size


def _touch(target: Path) -> bool:
    """True when ``target`` is already stored; its time is then set to now, so that the orphan sweep
    (which spares young files) cannot take it between this attach's copy and its row."""
    try:
        os.utime(target)
    except FileNotFoundError:
        return False
    except OSError:  # not ours to touch (another account's file, a read-only disk): still stored
        return target.exists()
    return True


def remove_blob(paths: DataPaths, sha256: str) -> bool:
    """Delete a stored file (the caller checked that no live row refers to it); True when one was removed."""
    target = blob_path(paths, sha256)
    try:
        if target.is_symlink() or target.is_file():
            target.chmod(0o644)
            target.unlink()
            return True
    except OSError as exc:
        log.warning("could not remove attachment file %s: %s", target, exc)
    return False


def sweep_incoming(paths: DataPaths, *, grace_seconds: float = INCOMING_GRACE_SECONDS) -> list[Path]:
    """Remove partial copies (``.incoming-*``) left by a crash; each one removed is logged and returned."""
    if not paths.attachments.is_dir():
        return []
    removed = []
    cutoff = time.time() - grace_seconds
    for leftover in paths.attachments.glob(f"{INCOMING_PREFIX}*"):
        try:
            info = leftover.lstat()
            if info.st_mtime > cutoff or not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
                continue
            leftover.unlink()
        except OSError as exc:
            log.warning("could not remove partial attachment copy %s: %s", leftover, exc)
            continue
        log.warning("removed a partial attachment copy left by an interrupted attach: %s (%d bytes)",
                    leftover.name, info.st_size)
        removed.append(leftover)
    return removed


def _old_blobs(paths: DataPaths, cutoff: float) -> dict[str, Path]:
    """Stored files (``xx/<sha256>``, plain files) last touched before ``cutoff``, by hash."""
    found: dict[str, Path] = {}
    try:
        with os.scandir(paths.attachments) as top:
            folders = [d.path for d in top if len(d.name) == 2 and d.is_dir(follow_symlinks=False)]
    except OSError:
        return found
    for folder in folders:
        prefix = os.path.basename(folder)
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if not (entry.name.startswith(prefix) and _BLOB_NAME.match(entry.name)):
                        continue  # not a file of the store (someone's own file): never ours to remove
                    try:
                        info = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if stat.S_ISREG(info.st_mode) and info.st_mtime <= cutoff:
                        found[entry.name] = Path(entry.path)
        except OSError:
            continue
    return found


def _live_hashes(db: sqlite_utils.Database, hashes: list[str]) -> set[str]:
    """Which of ``hashes`` a live attachment row refers to (one pass over the table)."""
    wanted = set(hashes)
    return {row[0] for row in db.execute("SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0")
            if row[0] in wanted}


def sweep_orphans(db: sqlite_utils.Database, paths: DataPaths, *,
                  grace_seconds: float = ORPHAN_GRACE_SECONDS) -> list[str]:
    """Remove stored files that no live attachment row refers to and that are older than ``grace_seconds``.

    Such a file is what a crash between storing a file and inserting its row leaves (or one between a
    row's removal and its file's). Each one removed is logged and all are named in one audit event;
    the hashes removed are returned. Failures (a read-only disk or database) are logged, never raised:
    opening the data folder must not depend on this.

    The race with an attach in another process: that attach stores its file (new, or an existing one
    touched: ``_touch``), then, in one write transaction, checks the file is there and inserts its row.
    Here the candidates are re-checked and removed inside a write transaction too (BEGIN IMMEDIATE), so
    either the attach's row is committed first and the file is seen as used, or this removal commits
    first and the attach finds no file and is refused with a message, never leaving a row without its
    file. Age spares the window between copy and row: a file stored or touched less than
    ``grace_seconds`` ago is never a candidate, and a day is far longer than that window.
    """
    if not paths.attachments.is_dir() or "attachments" not in db.table_names():
        return []
    cutoff = time.time() - grace_seconds
    candidates = _old_blobs(paths, cutoff)
    if not candidates:
        return []
    orphans = sorted(set(candidates) - _live_hashes(db, sorted(candidates)))
    if not orphans:
        return []  # the usual case: no write at all
    removed: list[str] = []
    try:
        with db.atomic():
            still = sorted(set(orphans) - _live_hashes(db, orphans))
            for sha in still:
                target = candidates[sha]
                try:
                    info = target.lstat()
                    if not stat.S_ISREG(info.st_mode) or info.st_mtime > cutoff:
                        continue  # touched by an attach since the first look
                    target.chmod(0o644)
                    target.unlink()
                except OSError as exc:
                    log.warning("could not remove orphan attachment file %s: %s", target, exc)
                    continue
                log.warning("removed an attachment file that no attachment refers to (left by an interrupted "
                            "attach or removal): %s (%d bytes)", sha, info.st_size)
                removed.append(sha)
            if removed:
                append_event(
                    db, actor_id=None, actor_name=None, action="attachments.orphans_removed",
                    summary=f"Dọn {len(removed)} tệp trong kho tệp đính kèm không thuộc tệp đính kèm nào "
                    "(do một lần đính kèm hoặc gỡ tệp bị ngắt): " + ", ".join(sha[:12] for sha in removed),
                )
    except DomainError as error:  # a read-only or busy database: nothing noted (each removal is logged above)
        log.warning("orphan attachment sweep not recorded in the audit log: %s", error)
    return removed


# What a stored file may be found to be, besides "ok".
BLOB_MISSING = "blob_missing"
BLOB_NOT_A_FILE = "blob_not_a_file"  # a folder, a link, a device … in place of the file
BLOB_UNREADABLE = "blob_unreadable"
BLOB_SIZE = "blob_size_mismatch"
BLOB_ALTERED = "blob_altered"


def blob_state(paths: DataPaths, sha256: str, size: int | None = None) -> str | None:
    """None when the stored file is a plain file of ``size`` bytes that still has its hash, else the fault.

    Never raises for what it finds: a folder, a link or an unreadable file is a finding, not a crash.
    """
    target = blob_path(paths, sha256)
    try:
        info = target.lstat()
    except FileNotFoundError:
        return BLOB_MISSING
    except OSError:
        return BLOB_UNREADABLE
    if not stat.S_ISREG(info.st_mode):
        return BLOB_NOT_A_FILE
    if size is not None and info.st_size != size:
        return BLOB_SIZE
    digest = hashlib.sha256()
    try:
        with target.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return BLOB_UNREADABLE
    return None if digest.hexdigest() == sha256 else BLOB_ALTERED


def blob_matches(paths: DataPaths, sha256: str) -> bool:
    """True when the stored file exists and still has its hash."""
    return blob_state(paths, sha256) is None


def export_blob(paths: DataPaths, sha256: str, destination: Path) -> Path:
    """Copy a stored file out under its original name (for the system viewer or saving), whole or not at all; a
    failure to write names ``destination`` in Vietnamese (``files.target_error``)."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise files.target_error(exc, destination) from exc
    return files.copy_atomically(blob_path(paths, sha256), destination)
