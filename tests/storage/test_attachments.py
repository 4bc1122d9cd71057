"""The attachment store: the size limit holds while copying, nothing is left behind, crashes are swept."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage.paths import DataPaths

MB = 1_000_000


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    p = DataPaths(tmp_path / "data")
    p.ensure()
    return p


def _stored_files(paths: DataPaths) -> list[Path]:
    return [p for p in paths.attachments.rglob("*") if not p.is_dir()]


class Growing:
    """Opens ``path`` so that it really grows on disk by ``step`` bytes before each read, like a file still
    being written by a scanner or a download while it is attached."""

    def __init__(self, monkeypatch, path: Path, step: int, times: int | None = None) -> None:
        real_open = Path.open
        grown = {"n": 0}

        def opener(self_path, *args, **kwargs):
            handle = real_open(self_path, *args, **kwargs)
            if self_path != path:
                return handle
            real_read = handle.read

            def read(size=-1):
                if times is None or grown["n"] < times:
                    with real_open(path, "ab") as more:
                        more.write(b"x" * step)
                    grown["n"] += 1
                return real_read(size)

            handle.read = read
            return handle

        monkeypatch.setattr(Path, "open", opener)


def test_a_file_that_grows_past_the_limit_while_copied_is_stopped_and_leaves_nothing(paths, tmp_path, monkeypatch):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%" * MB)  # 1 MB when its size is first read
    Growing(monkeypatch, source, step=2 * MB, times=20)  # ends at 41 MB: the old stat-once check let it in
    with pytest.raises(ValidationError) as err:
        blobs.store_blob(paths, source, max_bytes=3 * MB)
    assert err.value.code == "attachment_too_large"
    assert err.value.params["size_mb"] > 3
    assert _stored_files(paths) == []  # no partial copy, no blob
    assert source.stat().st_size < 10 * MB  # reading stopped at the limit instead of following the file


def test_a_file_that_grows_under_the_limit_records_the_bytes_really_stored(paths, tmp_path, monkeypatch):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%" * 1000)
    Growing(monkeypatch, source, step=500, times=2)
    sha, size = blobs.store_blob(paths, source, max_bytes=MB)
    stored = blobs.blob_path(paths, sha)
    assert size == stored.stat().st_size == 2000
    assert blobs.blob_state(paths, sha, size) is None


@pytest.mark.parametrize("case", ["too_large", "empty", "missing", "folder"])
def test_a_refused_file_leaves_nothing(paths, tmp_path, case):
    source = tmp_path / "input"
    if case == "too_large":
        source.write_bytes(b"x" * 2001)
    elif case == "empty":
        source.write_bytes(b"")
    elif case == "folder":
        source.mkdir()
    with pytest.raises(ValidationError) as err:
        blobs.store_blob(paths, source, max_bytes=2000)
    expected = {"too_large": "attachment_too_large", "empty": "attachment_empty"}.get(case, "attachment_unreadable")
    assert err.value.code == expected
    assert _stored_files(paths) == []


def test_exactly_the_limit_is_accepted(paths, tmp_path):
    source = tmp_path / "a.bin"
    source.write_bytes(b"y" * 2000)
    _sha, size = blobs.store_blob(paths, source, max_bytes=2000)
    assert size == 2000


def test_partial_copies_of_a_crash_are_swept_and_logged(paths, caplog):
    old = paths.attachments / ".incoming-abc123"
    old.write_bytes(b"half a file")
    past = time.time() - blobs.INCOMING_GRACE_SECONDS - 60
    os.utime(old, (past, past))
    fresh = paths.attachments / ".incoming-live42"  # another window's copy in progress
    fresh.write_bytes(b"being written")
    with caplog.at_level(logging.WARNING, logger="lamdong_desktop"):
        removed = blobs.sweep_incoming(paths)
    assert removed == [old] and not old.exists() and fresh.exists()
    assert ".incoming-abc123" in caplog.text


def test_opening_the_data_folder_sweeps_partial_copies(commune):
    ctx, _ = commune
    leftover = ctx.paths.attachments / ".incoming-crash"
    leftover.write_bytes(b"x" * 100)
    past = time.time() - 3600
    os.utime(leftover, (past, past))
    from lamdong_desktop.services.context import open_app

    again = open_app(ctx.paths)
    again.close()
    assert not leftover.exists()


def test_blob_state_names_each_fault(paths, tmp_path):
    source = tmp_path / "a.txt"
    source.write_bytes(b"hello")
    sha, size = blobs.store_blob(paths, source, max_bytes=MB)
    assert blobs.blob_state(paths, sha, size) is None
    assert blobs.blob_state(paths, sha, size + 1) == blobs.BLOB_SIZE
    assert blobs.blob_state(paths, "ab" + "0" * 62) == blobs.BLOB_MISSING
    target = blobs.blob_path(paths, sha)
    assert blobs.remove_blob(paths, sha) and not target.exists()
    target.mkdir()
    assert blobs.blob_state(paths, sha, size) == blobs.BLOB_NOT_A_FILE
