"""Files the user names (a printed PDF, a saved copy, a copied-out attachment, a backup) are written whole or not at
all, and every failure names that file — its folder missing or not writable, the disk full or read-only, a folder in
its place — in Vietnamese, never the temporary file it is written under first."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import attachments, printing, proposals
from lamdong_desktop.storage import database, files
from tests.files_support import pdf_bytes, write_pdf

from .test_proposals import full, unit  # noqa: F401 - the fixture


def _failing(code: int):
    def write(handle) -> None:
        handle.write(b"%PDF-1.4 half")
        raise OSError(code, os.strerror(code))  # as the disk reports it mid-write
    return write


@pytest.mark.parametrize("code, error, words", [
    (errno.ENOSPC, "target_disk_full", "ổ đĩa chứa thư mục “{folder}” đã đầy"),
    (errno.EDQUOT, "target_disk_full", "ổ đĩa chứa thư mục “{folder}” đã đầy"),
    (errno.EROFS, "target_read_only", "ổ đĩa chứa thư mục “{folder}” chỉ cho phép đọc"),
    (errno.EACCES, "target_not_writable", "không có quyền ghi vào thư mục “{folder}”"),
    (errno.EPERM, "target_not_writable", "không có quyền ghi vào thư mục “{folder}”"),
    (errno.EIO, "target_write_failed", "lỗi đọc/ghi của ổ đĩa (“{path}”)"),
])
def test_a_failed_write_names_the_users_file_and_leaves_nothing(tmp_path, code, error, words):
    target = tmp_path / "Quyết định.pdf"
    with pytest.raises(DomainError) as failed:
        files.write_atomically(target, _failing(code))
    text = describe(failed.value)
    assert failed.value.code == error
    assert text.startswith(f"Không ghi được tệp “{target}”: {words.format(folder=tmp_path, path=target)}")
    assert ".tmp" not in text and os.strerror(code) not in text
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_file_already_there(tmp_path):
    target = tmp_path / "in.pdf"
    target.write_bytes(b"the earlier print")
    with pytest.raises(DomainError):
        files.write_atomically(target, _failing(errno.ENOSPC))
    assert target.read_bytes() == b"the earlier print" and list(tmp_path.iterdir()) == [target]
    files.write_atomically(target, lambda out: out.write(b"the new print"))
    assert target.read_bytes() == b"the new print" and list(tmp_path.iterdir()) == [target]
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # the user's usual permissions, not a private 0600


def test_a_missing_folder_is_named_at_its_first_missing_part(tmp_path):
    target = tmp_path / "usb" / "2026" / "qd.pdf"
    with pytest.raises(DomainError) as failed:
        files.write_atomically(target, lambda out: out.write(b"x"))
    assert failed.value.code == "target_folder_missing" and failed.value.params["folder"] == str(tmp_path / "usb")
    assert failed.value.params["path"] == str(target)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/sys/kernel").is_dir(),
                    reason="sysfs: a folder nobody may create files in, root included")
def test_a_folder_nobody_may_write_in_is_named(tmp_path):
    target = Path("/sys/kernel/quyet-dinh.pdf")
    with pytest.raises(DomainError) as failed:
        files.write_atomically(target, lambda out: out.write(b"x"))
    assert failed.value.code == "target_not_writable"
    assert describe(failed.value).startswith(f"Không ghi được tệp “{target}”: không có quyền ghi vào thư mục "
                                             "“/sys/kernel”")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes into any folder")
def test_a_read_only_folder_of_ones_own_is_named(tmp_path):
    folder = tmp_path / "chỉ đọc"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DomainError) as failed:
            files.write_atomically(folder / "qd.pdf", lambda out: out.write(b"x"))
    finally:
        folder.chmod(0o755)
    assert failed.value.code == "target_not_writable" and list(folder.iterdir()) == []


def test_saving_the_preview_and_copying_an_attachment_out_go_the_same_way(unit, tmp_path):  # noqa: F811
    ctx, users, org = unit
    preview = write_pdf(tmp_path / "preview.pdf", "ban in")
    with pytest.raises(DomainError) as failed:
        printing.save_copy(preview, tmp_path / "khong-co" / "ke-hoach.pdf")
    assert failed.value.code == "target_folder_missing"
    assert printing.save_copy(preview, tmp_path / "ke-hoach.pdf").read_bytes() == pdf_bytes("ban in")
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    source = write_pdf(tmp_path / "bien-ban.pdf", "bien ban")
    attached = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=source).value
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the folder should be")
    with pytest.raises(DomainError) as failed:
        attachments.export_attachment(ctx, actor=users["canbo"], attachment_id=attached.id, folder=blocker)
    assert failed.value.code == "target_folder_is_file"
    assert describe(failed.value).startswith(f"Không ghi được tệp “{blocker / 'bien-ban.pdf'}”: “{blocker}” là một "
                                             "tệp, không phải thư mục.")
    out = attachments.export_attachment(ctx, actor=users["canbo"], attachment_id=attached.id, folder=tmp_path / "ra")
    assert out.read_bytes() == pdf_bytes("bien ban") and os.listdir(tmp_path / "ra") == ["bien-ban.pdf"]


def test_a_backup_is_whole_or_absent_and_a_failure_names_it(unit, tmp_path):  # noqa: F811
    ctx, _users, _org = unit
    blocker = tmp_path / "sao-luu"
    blocker.write_bytes(b"a file where the backups folder should be")
    with pytest.raises(DomainError) as failed:
        database.backup_database(ctx.db, blocker / "copy.db")
    assert failed.value.code == "target_folder_is_file" and failed.value.params["path"] == str(blocker / "copy.db")
    target = ctx.paths.backups / "copy.db"
    database.backup_database(ctx.db, target)
    assert sorted(p.name for p in ctx.paths.backups.iterdir()) == ["copy.db"]  # no temporary file left
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
