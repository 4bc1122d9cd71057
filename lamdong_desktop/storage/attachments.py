"""Content-addressed attachment files: stored once per SHA-256, whatever name or record they come with."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import ValidationError

from . import files
from .paths import DataPaths

_CHUNK = 1 << 20
INCOMING_PREFIX = ".incoming-"
# A partial copy untouched for this long belongs to no running copy (each chunk written refreshes its time):
# it is what a crash or a power cut left behind. Younger ones may be another window's copy in progress.
INCOMING_GRACE_SECONDS = 120

log = logging.getLogger("lamdong_desktop")


def blob_path(paths: DataPaths, sha256: str) -> Path:
    return paths.attachments / sha256[:2] / sha256


def _too_large(source: Path, size: int, max_bytes: int) -> ValidationError:
    return ValidationError("attachment_too_large", name=source.name, size_mb=round(size / 1e6, 1),
                           max_mb=round(max_bytes / 1e6))


def store_blob(paths: DataPaths, source: Path, *, max_bytes: int, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[str, int]:
    """Copy ``source`` into the store (hashing and counting while copying); returns (sha256, size).

    Refuses a file that is missing, unreadable, empty or larger than ``max_bytes``. The limit holds for the
    bytes actually read, not for a size read beforehand: a file that grows while it is copied is stopped at
    the limit. A refused or failed copy leaves nothing behind; a file already stored is not written twice.
    The size returned is the number of bytes stored. ``cancel`` is checked before each chunk: a cancelled
    copy raises ``Cancelled`` and leaves no file behind. ``progress(done, total)`` is called after each
    chunk (on the copying thread).
    """
    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise OSError("not a file")
    except OSError:
        raise ValidationError("attachment_unreadable", name=source.name) from None
    if info.st_size > max_bytes:
        raise _too_large(source, info.st_size, max_bytes)
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
                    raise _too_large(source, max(size, source.stat().st_size), max_bytes)
                digest.update(chunk)
                out.write(chunk)
                if progress is not None:
                    progress(size, info.st_size)
        if size == 0:
            raise ValidationError("attachment_empty", name=source.name)
        sha = digest.hexdigest()
        target = blob_path(paths, sha)
        if target.exists():
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
    """Copy a stored file out under its original name (for the system viewer or saving)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(blob_path(paths, sha256), destination)
    return destination
