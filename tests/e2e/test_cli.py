"""The ``lamdong`` command end to end: init, units, users, people, calendar, demo."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from lamdong_desktop.cli import Io, main
from lamdong_desktop.domain import clock


def run(argv: list[str], stdin: str = "", env: dict[str, str] | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def home(tmp_path):
    return str(tmp_path / "data")


def init(home: str) -> None:
    code, out, err = run(["--data-dir", home, "init", "--mode", "commune", "--unit", "Xã Di Linh", "--admin",
                          "admin", "--password-stdin"], stdin="matkhau1\n")
    assert code == 0, err
    assert "Xã Di Linh" in out


def test_init_then_a_second_init_fails_clearly_and_changes_nothing(home, tmp_path):
    init(home)
    db = tmp_path / "data" / "lamdong.db"
    before = db.read_bytes()
    code, out, err = run(["--data-dir", home, "init", "--mode", "commune", "--unit", "Xã Bảo Lâm 1", "--admin",
                          "x", "--password-stdin"], stdin="khac1234\n")
    assert code == 1
    assert "đã được khởi tạo" in err and "Traceback" not in err
    assert db.read_bytes() == before


def test_init_with_an_unknown_unit_creates_nothing(home, tmp_path):
    code, _, err = run(["--data-dir", home, "init", "--mode", "commune", "--unit", "Xã Không Tồn Tại",
                        "--admin", "admin", "--password-stdin"], stdin="matkhau1\n")
    assert code == 1 and "Không tìm thấy đơn vị" in err
    assert not (tmp_path / "data" / "lamdong.db").exists()


def test_units_json_lists_124_units_by_kind(home):
    code, out, _ = run(["--data-dir", home, "units", "--json"])
    units = json.loads(out)
    assert code == 0 and len(units) == 124
    assert Counter(u["kind"] for u in units) == {"xa": 103, "phuong": 20, "dac_khu": 1}
    assert len({u["code"] for u in units}) == 124
    assert {"code", "name", "kind"} <= set(units[0])
    init(home)
    code, out, _ = run(["--data-dir", home, "units", "--json"])
    assert len(json.loads(out)) == 124


def test_units_search_ignores_diacritics(home):
    code, out, _ = run(["--data-dir", home, "units", "--search", "da lat", "--json"])
    names = [u["name"] for u in json.loads(out)]
    assert len(names) == 5 and all(n.startswith("Phường") and "Đà Lạt" in n for n in names)
    _, out2, _ = run(["--data-dir", home, "units", "--search", "ĐÀ LẠT", "--json"])
    assert json.loads(out2) == json.loads(out)
    _, out3, _ = run(["--data-dir", home, "units", "--search", "phu quy", "--json"])
    assert [u["kind"] for u in json.loads(out3)] == ["dac_khu"]


def test_calendar_2026_json_has_tet_fixed_days_compensatory_and_make_up_days(home):
    import holidays

    code, out, _ = run(["--data-dir", home, "calendar", "--year", "2026", "--json"])
    days = {d["date"]: d for d in json.loads(out)}
    assert code == 0
    library = holidays.country_holidays("VN", years=2026, language="vi")
    tet = [d for d, name in library.items() if "Tết Nguyên Đán" in name]
    assert len(tet) >= 5
    for d in tet:
        assert days[d.isoformat()]["kind"] == "off"
    for fixed in ("2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02", "2026-04-27"):
        assert days[fixed]["kind"] == "off", fixed
    assert "nghỉ bù" in days["2026-04-27"]["name"]
    assert days["2026-08-22"]["kind"] == "workday"
    assert set(days["2026-01-01"]) == {"date", "name", "kind"}


def test_calendar_due_counts_across_tet(home):
    code, out, _ = run(["--data-dir", home, "calendar", "due", "--from", "2026-02-13", "--working-days", "3",
                        "--json"])
    assert code == 0 and json.loads(out) == {"due": "2026-02-25"}
    code, out, _ = run(["calendar", "due", "--from", "21/08/2026", "--working-days", "1"])
    assert out.strip() == "22/08/2026"


def test_calendar_due_rejects_bad_input_in_vietnamese(home):
    code, _, err = run(["--data-dir", home, "calendar", "due", "--from", "31/02/2026", "--working-days", "3"])
    assert code == 1 and "không hợp lệ" in err
    code, _, err = run(["--data-dir", home, "calendar", "due", "--from", "2026-02-13", "--working-days", "0"])
    assert code == 1 and "số nguyên dương" in err


def test_calendar_set_needs_an_account_and_then_changes_due_dates(home, monkeypatch):
    init(home)
    monkeypatch.setattr(clock, "today", lambda: date(2026, 3, 1))  # the day corrected is still to come
    code, _, err = run(["--data-dir", home, "calendar", "set", "2026-03-06", "--kind", "off", "--name", "Nghỉ"])
    assert code == 1 and "cần đăng nhập" in err
    code, out, err = run(["--data-dir", home, "--user", "admin", "--password-stdin", "calendar", "set",
                          "06/03/2026", "--kind", "off", "--name", "Nghỉ thêm"], stdin="matkhau1\n")
    assert code == 0, err
    _, out, _ = run(["--data-dir", home, "calendar", "due", "--from", "2026-03-05", "--working-days", "1",
                     "--json"])
    assert json.loads(out) == {"due": "2026-03-09"}
    monkeypatch.setenv("LAMDONG_PASSWORD", "matkhau1")
    code, _, err = run(["--data-dir", home, "--user", "admin", "calendar", "unset", "2026-03-06"])
    assert code == 0, err


def test_calendar_set_refuses_a_day_gone(home, monkeypatch):
    init(home)
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 11))
    code, _, err = run(["--data-dir", home, "--user", "admin", "--password-stdin", "calendar", "set", "2026-11-10",
                        "--kind", "off", "--name", "Nghỉ đột xuất"], stdin="matkhau1\n")
    assert code == 1 and "Ngày 10/11/2026 đã qua" in err and "Chưa có gì thay đổi" in err
    _, out, _ = run(["--data-dir", home, "calendar", "due", "--from", "2026-11-09", "--working-days", "1", "--json"])
    assert json.loads(out) == {"due": "2026-11-10"}


def test_wrong_password_on_the_cli_is_refused(home):
    init(home)
    code, _, err = run(["--data-dir", home, "--user", "admin", "--password-stdin", "users", "add", "canbo",
                        "--full-name", "Cán Bộ", "--roles", "can_bo", "--password-stdin"], stdin="sai\nabcd1234\n")
    assert code == 1 and "Sai tên đăng nhập hoặc mật khẩu" in err
    _, out, _ = run(["--data-dir", home, "--user", "admin", "--password-stdin", "users", "list", "--json"],
                    stdin="matkhau1\n")
    assert [u["username"] for u in json.loads(out)] == ["admin"]


def test_users_people_and_party_orgs_round_trip(home):
    init(home)
    auth = ["--data-dir", home, "--user", "admin", "--password-stdin"]
    code, _, err = run([*auth, "users", "add", "thuky", "--full-name", "Trần Thị Mai", "--roles", "thu_ky",
                        "--password-stdin"], stdin="matkhau1\nthuky123\n")
    assert code == 0, err
    code, _, err = run([*auth, "users", "roles", "thuky", "--set", "thu_ky,lanh_dao"], stdin="matkhau1\n")
    assert code == 0, err
    _, out, _ = run([*auth, "users", "list", "--json"], stdin="matkhau1\n")
    users = {u["username"]: u for u in json.loads(out)}
    assert set(users["thuky"]["roles"]) == {"thu_ky", "lanh_dao"}
    assert "password" not in json.dumps(users)
    code, _, err = run([*auth, "party-orgs", "add", "--name", "Chi bộ thôn 1"], stdin="matkhau1\n")
    assert code == 0, err
    code, _, err = run([*auth, "people", "add", "--name", "Nguyễn Văn Hùng", "--position", "Chủ tịch UBND xã",
                        "--party-org", "chi bo thon 1"], stdin="matkhau1\n")
    assert code == 0, err
    _, out, _ = run(["--data-dir", home, "--user", "thuky", "--password-stdin", "people", "list", "--json"],
                    stdin="thuky123\n")
    people = json.loads(out)
    assert people[0]["full_name"] == "Nguyễn Văn Hùng" and people[0]["party_org"] == "Chi bộ thôn 1"
    code, _, err = run(["--data-dir", home, "--user", "thuky", "--password-stdin", "people", "edit", people[0]["id"],
                        "--position", "Bí thư Đảng ủy"], stdin="thuky123\n")
    assert code == 0, err
    _, out, _ = run([*auth, "people", "list", "--json"], stdin="matkhau1\n")
    assert json.loads(out)[0]["position"] == "Bí thư Đảng ủy"


def test_an_official_cannot_add_accounts_from_the_cli(home):
    code, _, _ = run(["--data-dir", home, "demo"])
    assert code == 0
    code, _, err = run(["--data-dir", home, "--user", "canbo", "--password-stdin", "users", "add", "x1",
                        "--full-name", "X", "--roles", "quan_tri", "--password-stdin"], stdin="demo\nabcd1234\n")
    assert code == 1 and "không có quyền" in err


def test_demo_creates_every_role_and_refuses_a_used_folder(home):
    code, out, _ = run(["--data-dir", home, "demo", "--unit", "LD099"])
    assert code == 0 and "Phường Xuân Hương - Đà Lạt" in out
    _, out, _ = run(["--data-dir", home, "--user", "admin", "--password-stdin", "users", "list", "--json"],
                    stdin="demo\n")
    roles = {r for u in json.loads(out) for r in u["roles"]}
    assert roles == {"quan_tri", "nguoi_dung_dau", "lanh_dao", "thu_ky", "can_bo", "tinh"}
    code, out, _ = run(["--data-dir", home, "demo"])  # already a demo: said so, nothing changes
    assert code == 0 and "đã có dữ liệu mẫu" in out
    real = str(Path(home).parent / "real")
    code, _, err = run(["--data-dir", real, "init", "--mode", "province", "--admin", "admin", "--password-stdin"],
                       stdin="matkhau1\n")
    assert code == 0, err
    code, _, err = run(["--data-dir", real, "demo"])
    assert code == 1 and "đã được khởi tạo" in err


def test_usage_errors_exit_2_in_vietnamese(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["init", "--mode", "village", "--admin", "a"])
    assert exc.value.code == 2
    assert "lỗi cú pháp" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "said"), [
    (["task", "judge", "NV-2026-001", "--reason", "x"], "cần một trong các tham số --good --not-good"),
    (["task", "list", "--overdue=1"], "tham số --overdue: tùy chọn này không nhận giá trị ('1')"),
    (["task", "add", "--title", "x", "--assignee", "canbo", "--assigned", "2026-12-01"],
     "cần một trong các tham số --due --working-days"),
    (["task", "list", "--state", "xong"],
     "tham số --state: lựa chọn không hợp lệ: 'xong' (chọn một trong 'open', 'done', 'cancelled')"),
    (["task", "add", "--title", "x", "--assignee", "canbo", "--assigned", "2026-12-01", "--working-days", "ba"],
     "tham số --working-days: 'ba' không phải số nguyên"),
    (["task", "list", "--bogus"], "tham số không nhận ra: --bogus"),
    (["task", "done"], "thiếu tham số bắt buộc: MÃ, --date"),
])
def test_each_usage_error_is_said_whole_in_vietnamese(capsys, argv, said):
    """argparse's messages are translated whole (a word-by-word replace printed "one of the tham sốs … is
    required", "ignored explicit tham số")."""
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert f"lamdong: lỗi cú pháp: {said}" in err, err
    assert not re.search(r"\b(argument|arguments|required|expected|invalid|choose|ignored)\b", err), err


def test_help_names_its_values_in_vietnamese(capsys):
    for argv in (["users", "add", "--help"], ["people", "edit", "--help"], ["task", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert "cách dùng:" in out and "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
        assert not re.search(r"\b(username|id|usage|options|show this help)\b", out), out


def test_version_command_and_flag(capsys):
    from lamdong_desktop import __version__

    code, out, _ = run(["version"])
    assert code == 0 and out.strip() == f"lamdong {__version__}"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert __version__ in capsys.readouterr().out


def test_data_dir_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("LAMDONG_HOME", str(tmp_path / "env-home"))
    code, out, err = run(["init", "--mode", "commune", "--unit", "Xã Di Linh", "--admin", "admin",
                          "--password-stdin"], stdin="matkhau1\n")
    assert code == 0 and (tmp_path / "env-home" / "lamdong.db").exists(), err
    code, out, _ = run(["info"])
    assert str(tmp_path / "env-home") in out and "Xã Di Linh" in out


def test_the_cli_never_imports_qt(tmp_path):
    script = (
        "import sys; from lamdong_desktop.cli import main; "
        f"main(['--data-dir', {str(tmp_path / 'd')!r}, 'demo']); "
        f"main(['--data-dir', {str(tmp_path / 'd')!r}, 'units']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_demo_loads_no_web_modules_and_no_plugin_scan(tmp_path):
    """What ``lamdong demo`` needs and nothing more: escaping a printed text needs no urllib/http/ssl (20-30 ms
    at every run). The holiday tables are needed since the demo's head receives proposals (a meeting is due
    07 working days later, on the calendar); the library reads its own version through importlib.metadata, so
    the plugin scan of sqlite-utils is checked where connections are opened (execute_plugins=False)."""
    script = (
        "import sys; from lamdong_desktop.cli import main; "
        f"assert main(['--data-dir', {str(tmp_path / 'd')!r}, 'demo']) == 0; "
        "loaded = [m for m in ('urllib.request', 'http.client', 'ssl') if m in sys.modules]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_checking_a_proposals_dates_loads_no_holiday_tables():
    """Saving a draft checks its indicator dates against the calendar's range only: no holiday tables of every
    country (65 ms) for a form that computes no deadline."""
    script = (
        "import sys, datetime; from lamdong_desktop.domain.proposals import Indicator, ProposalContent, "
        "missing_items; missing_items(ProposalContent(title='x', indicators=(Indicator('a', 'b', '1', '2', "
        "datetime.date(2026, 1, 1)),))); assert 'holidays' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_console_script_runs(tmp_path):
    import shutil

    exe = shutil.which("lamdong") or str(__import__("pathlib").Path(sys.executable).with_name("lamdong"))
    result = subprocess.run([exe, "--data-dir", str(tmp_path / "d"), "units", "--search", "di linh"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Xã Di Linh" in result.stdout


def test_an_unexpected_error_is_logged_not_shown(home, monkeypatch):
    from lamdong_desktop import cli

    def broken(call):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(cli.COMMANDS, "units", broken)
    code, out, err = run(["--data-dir", home, "units"])
    assert code == 1 and "lỗi không mong đợi" in err and "Traceback" not in err
    log = __import__("pathlib").Path(home) / "logs" / "lamdong-cli.log"
    assert "disk on fire" in log.read_text("utf-8")


def test_a_command_sweeps_an_old_orphan_file_and_logs_it_in_the_folder_not_on_stderr(home, tmp_path):
    import os
    import time

    init(home)
    code, out, err = run(["--data-dir", home, "info"])
    assert code == 0 and err == ""
    logs = Path(home) / "logs"
    assert not (logs / "lamdong-cli.log").exists()  # nothing to say, no log file made
    sha = "ab" + "c" * 62
    orphan = Path(home) / "attachments" / "ab" / sha  # a file stored by an attach that crashed before its row
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"x")
    past = time.time() - 3 * 24 * 3600
    os.utime(orphan, (past, past))
    code, out, err = run(["--data-dir", home, "info"])
    assert code == 0 and err == "", err  # no English log line on the terminal
    assert not orphan.exists()
    assert sha in (logs / "lamdong-cli.log").read_text("utf-8")
