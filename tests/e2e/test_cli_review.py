"""receive, opinion and queue end to end: what IT staff script before a meeting (ND 73/2023 Đ8.1)."""

from __future__ import annotations

import json

import pytest

from lamdong_desktop.domain import clock
from tests.files_support import write_pdf

from .test_cli_proposals import _home, run_as


@pytest.fixture
def home(tmp_path):
    return _home(tmp_path)


def test_receive_record_an_opinion_and_see_the_queue(home, tmp_path):
    data, ref, _ = home
    code, out, err = run_as("chutich", data, "queue", "--json")
    assert code == 0, err
    assert [(i["kind"], i["ref"], i["due"]) for i in json.loads(out)] == [("receive", ref, None)]
    code, out, err = run_as("chutich", data, "receive", ref)
    assert code == 0, err
    assert "Đã tiếp nhận" in out and "07 ngày làm việc" in out
    code, out, _ = run_as("chutich", data, "queue", "--json")
    (item,) = json.loads(out)
    assert item["kind"] == "meeting" and item["due"] > clock.today().isoformat() and not item["overdue"]
    scan = tmp_path / "y-kien.pdf"
    write_pdf(scan, "y kien")
    assert run_as("chutich", data, "proposal", "attach", ref, str(scan))[0] == 0
    code, out, err = run_as("thuky", data, "opinion", "add", ref, "--date", clock.today().strftime("%d/%m/%Y"),
                            "--body", "Đảng ủy xã Di Linh", "--stance", "dong-y", "--text", "Thống nhất chủ trương.",
                            "--attachment", "y-kien.pdf")
    assert code == 0, err
    code, out, _ = run_as("canbo", data, "opinion", "list", ref, "--json")
    (opinion,) = json.loads(out)
    assert opinion["body"] == "Đảng ủy xã Di Linh" and opinion["attachment_id"] and opinion["stance"] == "agree"


@pytest.mark.parametrize("argv, words", [
    (["receive", "DX-2026-001", "--date", "31/02/2026"], "Ngày"),
    (["receive", "DX-2026-001", "--date", "2999-01-01"], "Ngày"),
    (["opinion", "add", "DX-2026-001", "--date", "01/01/2026", "--body", "  ", "--stance", "dong y", "--text", "x"],
     "tiếp nhận"),
    (["opinion", "add", "DX-2026-001", "--date", "01/01/2026", "--body", "Đảng ủy", "--stance", "tạm được",
      "--text", "x"], "đồng ý"),
])
def test_bad_input_gets_a_vietnamese_message_and_changes_nothing(home, argv, words):
    data, ref, _ = home
    code, out, err = run_as("chutich", data, *argv)
    assert code == 1 and err.startswith("lamdong: ") and words in err and "Traceback" not in err
    code, out, _ = run_as("chutich", data, "queue", "--json")
    assert [i["kind"] for i in json.loads(out)] == ["receive"]


def test_an_official_cannot_receive(home):
    data, ref, _ = home
    code, _, err = run_as("canbo", data, "receive", ref)
    assert code == 1 and "quyền" in err
