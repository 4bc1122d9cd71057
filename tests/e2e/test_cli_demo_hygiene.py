"""IT staff on the command line: the demo folder, ``--demo``, ``demo --reset``, sane input, Vietnamese output."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lamdong_desktop.cli import Io, main
from lamdong_desktop.storage.paths import default_data_dir, demo_data_dir


def run(argv: list[str], stdin: str = ""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def init_real(folder: Path) -> bytes:
    code, _, err = run(["--data-dir", str(folder), "init", "--mode", "commune", "--unit", "Xã Di Linh",
                        "--admin", "admin", "--password-stdin"], stdin="matkhau1\n")
    assert code == 0, err
    return (folder / "lamdong.db").read_bytes()


def test_demo_uses_the_desktop_demo_folder_and_never_the_real_data(tmp_path, monkeypatch):
    real_home = tmp_path / "real"
    monkeypatch.setenv("LAMDONG_HOME", str(real_home))
    real_before = init_real(real_home)
    demo_dir = demo_data_dir()
    assert demo_dir != default_data_dir() and str(tmp_path) in str(demo_dir)

    # The README's example, with no --data-dir: the folder `lamdong-desktop --demo` opens.
    code, out, err = run(["demo", "--unit", "Phường Xuân Hương - Đà Lạt"])
    assert code == 0, err
    assert f"Phường Xuân Hương - Đà Lạt tại {demo_dir}" in out
    assert (demo_dir / "lamdong.db").exists() and not default_data_dir().exists()
    demo_before = (demo_dir / "lamdong.db").read_bytes()

    # Asked again: it says so and how to reset, and changes nothing.
    code, out, _ = run(["demo"])
    assert code == 0 and "đã có dữ liệu mẫu" in out and "lamdong demo --reset" in out
    code, _, err = run(["demo", "--unit", "LD045"])  # another unit: nothing is replaced behind one's back
    assert code == 1 and "lamdong demo --reset" in err
    assert (demo_dir / "lamdong.db").read_bytes() == demo_before

    # The global --demo points any command at the demo folder.
    code, out, _ = run(["--demo", "info"])
    assert code == 0 and str(demo_dir) in out and "Phường Xuân Hương - Đà Lạt" in out
    code, _, err = run(["--demo", "--user", "admin", "--password-stdin", "people", "add", "--name", "Lê Văn Tám"],
                       stdin="demo\n")
    assert code == 0, err
    code, out, _ = run(["--demo", "--user", "admin", "--password-stdin", "people", "list", "--json"], stdin="demo\n")
    assert "Lê Văn Tám" in out
    code, out, _ = run(["info"])  # without --demo: the real folder, untouched all along
    assert str(real_home) in out and "Xã Di Linh" in out
    assert (real_home / "lamdong.db").read_bytes() == real_before

    # --reset makes it again from scratch (another unit here); a file someone put beside it stays.
    (demo_dir / "ghi-chu.txt").write_text("của tôi", "utf-8")
    code, out, err = run(["demo", "--reset", "--unit", "Xã Di Linh"])
    assert code == 0 and "Đã tạo lại dữ liệu mẫu cho Xã Di Linh" in out, err
    _, out, _ = run(["--demo", "--user", "admin", "--password-stdin", "people", "list", "--json"], stdin="demo\n")
    assert "Lê Văn Tám" not in out
    assert (demo_dir / "ghi-chu.txt").read_text("utf-8") == "của tôi"
    assert (real_home / "lamdong.db").read_bytes() == real_before


def snapshot(root: Path) -> dict[str, object]:
    """Every entry under ``root`` with its bytes (folders as their mode), and the folder's own mtime."""
    entries: dict[str, object] = {".": root.stat().st_mtime_ns}
    for path in sorted(root.rglob("*")):
        entries[str(path.relative_to(root))] = path.read_bytes() if path.is_file() else path.stat().st_mode
    return entries


def test_demo_reset_and_the_demo_option_refuse_real_data(tmp_path):
    real = tmp_path / "real"
    init_real(real)
    before = snapshot(real)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)  # closed: SQLite removed them
    for argv in (["--data-dir", str(real), "demo", "--reset"], ["--data-dir", str(real), "demo"],
                 ["--demo", "--data-dir", str(real), "info"], ["--demo", "--data-dir", str(real), "demo"],
                 ["--demo", "--data-dir", str(real), "--user", "admin", "--password-stdin", "proposal", "list"],
                 ["--demo", "--data-dir", str(real), "--user", "admin", "--password-stdin", "people", "add",
                  "--name", "Lê Văn Tám"]):
        code, out, err = run(argv, stdin="matkhau1\n")
        assert code == 1, argv
        assert ("chứa dữ liệu thật, không phải dữ liệu mẫu" in err or "đã được khởi tạo" in err), argv
        assert "Traceback" not in err
        # A refused open leaves the folder exactly as it was: no -wal/-shm beside the database, no log.
        assert snapshot(real) == before, argv
    code, _, err = run(["--demo", "init", "--mode", "commune", "--unit", "Xã Di Linh", "--admin", "a"])
    assert code == 1 and "lamdong demo" in err and not (demo_data_dir() / "lamdong.db").exists()


def test_a_wrong_unit_for_a_reset_changes_nothing(tmp_path):
    folder = tmp_path / "empty-demo"
    code, _, err = run(["--data-dir", str(folder), "demo", "--reset", "--unit", "Xã Không Có"])
    assert code == 1 and "Không tìm thấy đơn vị" in err
    assert not (folder / "lamdong.db").exists()


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LAMDONG_", "XDG_"))}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return env


def _lamdong() -> str:
    return shutil.which("lamdong") or str(Path(sys.executable).with_name("lamdong"))


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["calendar", "due", "--working-days", "99999999999", "--from", "2026-01-05"],
         "Số ngày làm việc quá lớn (đã nhập: 99999999999); tối đa 3.650 ngày làm việc."),
        (["calendar", "due", "--working-days", "3", "--from", "9999-12-30"],
         "Ngày “9999-12-30” nằm ngoài khoảng chương trình xử lý (01/01/1900 – 31/12/2100)."),
        (["calendar", "between", "--from", "01/01/0001", "--to", "2026-01-01"], "nằm ngoài khoảng"),
        (["calendar", "--year", "99999"], "nằm ngoài khoảng 1995–2100"),
        (["calendar", "--year", "0"], "Năm 0 nằm ngoài khoảng 1995–2100"),
    ],
)
def test_huge_counts_and_far_dates_give_a_message_and_exit_1(tmp_path, argv, expected):
    result = subprocess.run([_lamdong(), *argv], capture_output=True, text=True, timeout=120,
                            env=_clean_env(tmp_path))
    assert result.returncode == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "lỗi không mong đợi" not in result.stderr


def test_json_keeps_vietnamese_letters(tmp_path):
    result = subprocess.run([_lamdong(), "units", "--search", "xuan huong", "--json"], capture_output=True,
                            timeout=120, env=_clean_env(tmp_path))
    assert result.returncode == 0
    raw = result.stdout.decode("utf-8")
    assert '"name": "Phường Xuân Hương - Đà Lạt"' in raw and "\\u" not in raw
    assert [u["code"] for u in json.loads(raw)] == ["LD099"]


def test_control_characters_typed_on_the_command_line_are_refused(tmp_path):
    folder = str(tmp_path / "d")
    init_real(Path(folder))
    code, _, err = run(["--data-dir", folder, "--user", "admin", "--password-stdin", "calendar", "set",
                        "2026-03-06", "--kind", "off", "--name", "Nghỉ\x1b[2Jbù"], stdin="matkhau1\n")
    assert code == 1 and "Tên ngày nghỉ (lý do điều chỉnh lịch) có ký tự không được phép (U+001B" in err
    code, out, _ = run(["--data-dir", folder, "calendar", "--year", "2026", "--json"])
    assert "Nghỉ" not in [d["name"] for d in json.loads(out) if d["date"] == "2026-03-06"]


def test_a_system_error_is_told_in_vietnamese_not_as_the_catch_all(tmp_path, monkeypatch):
    import errno

    from lamdong_desktop import cli

    def full_disk(call):
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/lamdong.db")

    monkeypatch.setitem(cli.COMMANDS, "units", full_disk)
    code, _, err = run(["--data-dir", str(tmp_path / "d"), "units"])
    assert code == 1
    assert "ổ đĩa đã đầy (“/media/usb/lamdong.db”)" in err
    assert "No space" not in err and "lỗi không mong đợi" not in err


def test_usage_errors_read_in_vietnamese(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["calendar", "due", "--from", "2026-01-05", "--working-days", "ba"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "không phải số nguyên" in err and "invalid" not in err
