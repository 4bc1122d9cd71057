"""Build under a temporary name, then publish in one step: what an interrupted run leaves is never half.

A temporary name carries the id of the process that made it (``<prefix><pid>-<random>``), so that the
next run can tell a leftover of a killed process from the work of one still running, and remove it.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from lamdong_desktop.domain.errors import DomainError

from .paths import DataPaths

DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def temp_name(prefix: str, suffix: str = "") -> str:
    return f"{prefix}{os.getpid()}-{uuid.uuid4().hex[:8]}{suffix}"


def _pid_of(name: str, prefix: str) -> int | None:
    head = name[len(prefix):].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def pid_alive(pid: int) -> bool:
    """True while process ``pid`` runs (a zombie still counts until its parent reaps it)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(folder: Path, prefix: str) -> list[Path]:
    """Remove what killed runs left in ``folder`` under ``prefix``; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid = _pid_of(entry.name, prefix)
        if pid is not None and pid_alive(pid):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def remove_database_files(path: Path) -> None:
    for suffix in DATABASE_SUFFIXES:
        try:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish_file(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target`` in one step; FileExistsError if ``target`` appeared meanwhile.

    A hard link never replaces an existing file; where the file system has none (FAT on a USB stick)
    a rename after a check does the same, with a window too small to matter for one user's folder.
    """
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(temp, target)
    fsync_dir(target.parent)


def publish_dir(staging: Path, target: Path, *, aside_prefix: str) -> None:
    """Move the finished folder ``staging`` to ``target``, which is missing or holds no data.

    A missing or empty ``target`` is replaced in one rename. A ``target`` holding other things (logs,
    a note of the user's) is first renamed aside under ``aside_prefix``, the new folder takes its
    place, and everything of the old one is carried into it. If the process dies between the two
    renames, ``target`` is simply missing (not initialised) and ``recover_aside`` puts the old folder
    back on the next run; nothing of the user's is ever deleted.
    """
    if not target.exists():
        os.rename(staging, target)
    elif target.is_dir() and not any(target.iterdir()):
        if sys.platform == "win32":
            target.rmdir()
        os.rename(staging, target)  # POSIX rename replaces an empty directory in one step
    else:
        aside = target.parent / temp_name(aside_prefix)
        os.rename(target, aside)
        os.rename(staging, target)
        merge_into(aside, target)
    fsync_dir(target.parent)


def recover_aside(parent: Path, aside_prefix: str, target: Path) -> None:
    """Put back what a killed ``publish_dir`` had moved aside: the whole folder, or what is left of it."""
    try:
        entries = [e for e in parent.iterdir() if e.name.startswith(aside_prefix) and e.is_dir()]
    except OSError:
        return
    for aside in entries:
        pid = _pid_of(aside.name, aside_prefix)
        if pid is not None and pid_alive(pid):
            continue
        if not target.exists():
            os.rename(aside, target)
        else:
            merge_into(aside, target)


def merge_into(old: Path, new: Path) -> None:
    """Move every entry of ``old`` that ``new`` lacks into it (folders merged), then drop ``old`` if empty."""
    for item in list(old.iterdir()):
        destination = new / item.name
        if not destination.exists():
            os.rename(item, destination)
        elif item.is_dir() and destination.is_dir() and not item.is_symlink():
            merge_into(item, destination)
    try:
        old.rmdir()  # only when empty: a name taken in both is left where it was, never deleted
    except OSError:
        pass


def os_error(exc: OSError, paths: DataPaths, *, staging: DataPaths | None = None) -> DomainError:
    """The Vietnamese-message error for a file-system failure while writing into ``paths`` (or into the
    ``staging`` folder being built for it); messages name ``paths``, the folder the user knows."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DomainError("disk_full", path=str(paths.root), detail=exc)
    filename = str(exc.filename or "")
    attachment_folders = [str(p.attachments) for p in (paths, staging) if p is not None]
    if any(filename.startswith(folder) for folder in attachment_folders):
        return DomainError("attachments_unwritable", path=str(paths.attachments), detail=exc)
    return DomainError("data_dir_unwritable", path=str(paths.root), detail=exc)


# ------------------------------------------------------------------------------------------------ the user's files


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Write a file the user named (a printed PDF, a copy of an attachment): ``write(handle)`` fills a temporary
    file beside ``target``, which then takes its name in one step, so a failure never leaves half a file there.

    Every failure is a ``DomainError`` naming ``target`` (``target_error``), never the temporary name.
    """
    # open(..., "xb") rather than mkstemp: the file gets the user's usual permissions (mkstemp makes it 0600).
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temp, "xb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())  # a USB stick pulled right after "Đã lưu" still holds the whole file
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise target_error(exc, target) from exc
    except BaseException:
        _discard(temp)
        raise
    fsync_dir(target.parent)
    return target


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy ``source`` to the user's ``target`` through ``write_atomically`` (a failure to read ``source`` is an
    ``OSError`` for the caller, who knows what the source is)."""
    with open(source, "rb") as src:
        return write_atomically(target, lambda out: shutil.copyfileobj(src, out, 1 << 20))


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:  # the folder went away or was never there: nothing was left in it
        pass


_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def target_error(exc: OSError, target: Path) -> DomainError:
    """Why a file the user named could not be written, as a code naming that file and its folder: the folder does
    not exist, cannot be written, is on a read-only disk or a full one; the name is a folder; the file is in use."""
    path, folder = str(target), str(target.parent)
    if exc.errno in _FULL:
        return DomainError("target_disk_full", path=path, folder=folder)
    if exc.errno == errno.EISDIR or target.is_dir():
        return DomainError("target_is_folder", path=path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST) and not target.parent.is_dir():
        missing = _missing_part(target.parent)
        code = "target_folder_is_file" if os.path.lexists(missing) else "target_folder_missing"
        return DomainError(code, path=path, folder=missing)
    if exc.errno == errno.EROFS:
        return DomainError("target_read_only", path=path, folder=folder)
    if exc.errno in _NOT_ALLOWED or getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION
        if target.exists():  # Windows cannot replace a file another program holds open
            return DomainError("target_in_use", path=path)
        return DomainError("target_not_writable", path=path, folder=folder)
    return DomainError("target_write_failed", path=path,
                       detail=OSError(exc.errno, exc.strerror, path) if exc.errno else exc)


def _missing_part(folder: Path) -> str:
    """The first part of ``folder`` that is no folder ("/media/usb" of "/media/usb/2026/quyet-dinh"): missing, or a
    file standing where a folder should be."""
    for part in reversed((folder, *folder.parents)):
        if not part.is_dir():
            return str(part)
    return str(folder)
