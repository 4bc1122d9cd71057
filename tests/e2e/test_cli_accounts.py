"""The ``lamdong`` command and the account rules: 8-character passwords everywhere, the demo's "demo" kept."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import unicodedata

import pytest

from .test_cli import init, run


def test_every_new_password_on_the_cli_needs_eight_characters(tmp_path):
    home = str(tmp_path / "data")
    code, _, err = run(["--data-dir", home, "init", "--mode", "commune", "--unit", "Xã Di Linh", "--admin",
                        "admin", "--password-stdin"], stdin="matkhau\n")
    assert code == 1 and "Mật khẩu quá ngắn: cần ít nhất 8 ký tự." in err and "Traceback" not in err
    init(home)
    auth = ["--data-dir", home, "--user", "admin", "--password-stdin"]
    code, _, err = run([*auth, "users", "add", "canbo", "--full-name", "Cán Bộ", "--roles", "can_bo",
                        "--password-stdin"], stdin="matkhau1\n1234567\n")
    assert code == 1 and "cần ít nhất 8 ký tự" in err
    _, out, _ = run([*auth, "users", "list", "--json"], stdin="matkhau1\n")
    assert [u["username"] for u in json.loads(out)] == ["admin"]
    code, _, err = run([*auth, "users", "passwd", "admin", "--password-stdin"], stdin="matkhau1\nngan\n")
    assert code == 1 and "cần ít nhất 8 ký tự" in err
    # A decomposed Vietnamese password (as a macOS terminal may send it) signs in as the composed one.
    composed = unicodedata.normalize("NFC", "Mật khẩu mới")
    code, _, err = run([*auth, "users", "passwd", "admin", "--password-stdin"], stdin=f"matkhau1\n{composed}\n")
    assert code == 0, err
    decomposed = unicodedata.normalize("NFD", composed)
    code, _, err = run(["--data-dir", home, "--user", "admin", "--password-stdin", "users", "unlock", "admin"],
                       stdin=f"{decomposed}\n")
    assert code == 0, err


def test_the_demo_keeps_its_short_password_but_a_chosen_one_needs_eight(tmp_path):
    home = str(tmp_path / "demo")
    code, _, err = run(["--data-dir", home, "demo", "--password-stdin"], stdin="abc\n")
    assert code == 1 and "cần ít nhất 8 ký tự" in err
    code, _, err = run(["--data-dir", home, "demo"])
    assert code == 0, err
    code, _, err = run(["--data-dir", home, "--user", "canbo", "--password-stdin", "users", "passwd", "canbo",
                        "--password-stdin"], stdin="demo\nngan\n")
    assert code == 1 and "cần ít nhất 8 ký tự" in err


def test_a_real_cli_process_hashes_with_the_production_argon2id(tmp_path):
    """No cheap test hasher outside this process: what ships is 64 MiB, 3 passes, 4 lanes."""
    home = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "lamdong_desktop.cli", "--data-dir", str(home), "init", "--mode", "province",
         "--admin", "tinh", "--password-stdin"],
        input="matkhau-tinh\n", capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(home / "lamdong.db")
    try:
        (stored,) = conn.execute("SELECT password_hash FROM accounts WHERE username = 'tinh'").fetchone()
    finally:
        conn.close()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_required_text_on_the_cli_is_refused_in_vietnamese(tmp_path, blank):
    """Full names (printed on documents) and organisation names: empty or only spaces, never a stand-in."""
    home = str(tmp_path / "data")
    code, _, err = run(["--data-dir", home, "init", "--mode", "province", "--admin", "tinh", "--full-name", blank,
                        "--password-stdin"], stdin="matkhau1\n")
    assert code == 1 and "Họ và tên không được để trống" in err and "Traceback" not in err
    assert not (tmp_path / "data" / "lamdong.db").exists()
    init(home)
    auth = ["--data-dir", home, "--user", "admin", "--password-stdin"]
    code, _, err = run([*auth, "users", "add", "canbo", "--full-name", blank, "--roles", "can_bo",
                        "--password-stdin"], stdin="matkhau1\nmatkhau2\n")
    assert code == 1 and "Họ và tên không được để trống" in err and "in trên văn bản" in err
    _, out, _ = run([*auth, "users", "list", "--json"], stdin="matkhau1\n")
    assert [u["username"] for u in json.loads(out)] == ["admin"]
    code, out, err = run([*auth, "people", "add", "--name", "Ka Thị Hương"], stdin="matkhau1\n")
    assert code == 0, err
    person_id = out.split("(")[-1].rstrip(").\n")
    code, out, err = run([*auth, "party-orgs", "add", "--name", "Chi bộ Văn phòng"], stdin="matkhau1\n")
    assert code == 0, err
    org_id = out.split("(")[-1].rstrip(").\n")
    for argv in (["people", "add", "--name", blank], ["people", "edit", person_id, "--name", blank],
                 ["party-orgs", "add", "--name", blank], ["party-orgs", "edit", org_id, "--name", blank]):
        code, _, err = run([*auth, *argv], stdin="matkhau1\n")
        assert code == 1 and "không được để trống" in err and "Traceback" not in err, argv
    _, out, _ = run([*auth, "people", "list", "--json"], stdin="matkhau1\n")
    assert [p["full_name"] for p in json.loads(out)] == ["Ka Thị Hương"]
    _, out, _ = run([*auth, "party-orgs", "list", "--json"], stdin="matkhau1\n")
    assert [o["name"] for o in json.loads(out)] == ["Chi bộ Văn phòng"]
    code, _, err = run([*auth, "users", "passwd", "admin", "--password-stdin"], stdin="matkhau1\n" + " " * 9 + "\n")
    assert code == 1 and "khoảng trắng" in err


def test_init_without_a_full_name_names_the_administrator(tmp_path):
    home = str(tmp_path / "data")
    init(home)
    _, out, _ = run(["--data-dir", home, "--user", "admin", "--password-stdin", "users", "list", "--json"],
                    stdin="matkhau1\n")
    assert [u["full_name"] for u in json.loads(out)] == ["Quản trị hệ thống"]
