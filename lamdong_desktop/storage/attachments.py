"""Content-addressed attachment files: stored once per SHA-256, whatever name or record they come with."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import Cancelled, ValidationError

from .paths import DataPaths

_CHUNK = 1 << 20


def blob_path(paths: DataPaths, sha256: str) -> Path:
    return paths.attachments / sha256[:2] / sha256


def store_blob(paths: DataPaths, source: Path, *, max_bytes: int, cancel: CancelToken | None = None,
               progress: Callable[[int, int], None] | None = None) -> tuple[str, int]:
    """Copy ``source`` into the store (hashing while copying); returns (sha256, size).

    Refuses a file that is missing, unreadable, empty or larger than ``max_bytes`` before anything is
    written; a file already stored is not written twice. ``cancel`` is checked before each chunk: a
    cancelled copy raises ``Cancelled`` and leaves no file behind. ``progress(done, total)`` is called
    after each chunk (on the copying thread).
    """
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise OSError("not a file")
    except OSError:
        raise ValidationError("attachment_unreadable", name=source.name) from None
    if size > max_bytes:
        raise ValidationError("attachment_too_large", name=source.name, size_mb=round(size / 1e6, 1),
                              max_mb=round(max_bytes / 1e6))
    if size == 0:
        raise ValidationError("attachment_empty", name=source.name)
    paths.attachments.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=paths.attachments)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            done = 0
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                chunk = src.read(_CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, size)
        sha = digest.hexdigest()
        target = blob_path(paths, sha)
        if target.exists():
            tmp.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            target.chmod(0o444)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    except OSError:
        tmp.unlink(missing_ok=True)
        raise ValidationError("attachment_unreadable", name=source.name) from None
    return sha, size


def blob_matches(paths: DataPaths, sha256: str) -> bool:
    """True when the stored file exists and still has its hash."""
    target = blob_path(paths, sha256)
    if not target.exists():
        return False
    digest = hashlib.sha256()
    with target.open("rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def export_blob(paths: DataPaths, sha256: str, destination: Path) -> Path:
    """Copy a stored file out under its original name (for the system viewer or saving)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(blob_path(paths, sha256), destination)
    return destination
