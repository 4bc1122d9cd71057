"""The path from approval to protection as IT staff script it: start, progress with evidence, a difficulty, an
adjustment, finish, the result report, the party committee's opinion, an evaluation meeting, the conclusion with its
ruling, the printed report and conclusion, the queue and verify — all through ``lamdong``."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest

from lamdong_desktop.domain import clock
from tests.files_support import write_pdf

from ..documents.pdftext import document_text, flat
from .test_cli_meetings import _convene, _office, _prepared, ok
from .test_cli_proposals import run_as

LEADERSHIP = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
VOTERS = ("Nguyễn Văn Hùng=for", "Ka Thị Hương=for", "Đinh Công Thành=for")


@pytest.fixture(autouse=True)
def _noon():
    with clock.pinned(datetime.combine(datetime.now(clock.VN_TZ).date(), time(12), clock.VN_TZ)):
        yield


def _meeting(data, ref):
    mid = _convene(data, ref, kind="leadership", members=LEADERSHIP)["id"]
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành",
       "Trần Thị Mai")
    ok("thuky", data, "meeting", "vote", mid, ref, *VOTERS)
    ok("thuky", data, "meeting", "close", mid, "--end", "11:30")
    return mid


def _approved(tmp_path):
    data, (ref,) = _office(tmp_path, ("Giải quyết dứt điểm vi phạm đất đai", "canbo", False))
    _prepared(data, ref)
    _meeting(data, ref)
    ok("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng")
    return data, ref


def test_it_staff_script_an_implementation_from_start_to_the_protection_ruling(tmp_path):
    data, ref = _approved(tmp_path)
    today = clock.today().isoformat()
    code, _, err = run_as("canbo", data, "implement", "start", ref, "--implementer", "K'Brơi Ngọc Sơn")
    assert code == 1 and "không có quyền" in err and "Traceback" not in err  # only the head starts it
    ok("chutich", data, "implement", "start", ref, "--implementer", "k'broi ngoc son", "--date", today)
    evidence = tmp_path / "so-theo-doi.pdf"
    write_pdf(evidence, "so theo doi")
    out = ok("canbo", data, "implement", "progress", ref, "--indicator", "1", "--value", "45", "--date", today,
             "--evidence", str(evidence))
    assert "Đã ghi chỉ tiêu 1" in out and "so-theo-doi.pdf" in out
    code, _, err = run_as("canbo", data, "implement", "progress", ref, "--indicator", "2", "--value", "mười hai")
    assert code == 1 and "không phải là một số" in err
    ok("canbo", data, "implement", "progress", ref, "--indicator", "Thời gian cấp giấy chứng nhận", "--value", "20")
    ok("canbo", data, "implement", "difficulty", ref, "--text", "Thiếu máy đo đạc.")
    adjusted = json.loads(ok("chutich", data, "implement", "adjust", ref, "--content", "Kéo dài thời gian đo đạc.",
                             "--reasons", "Mưa lũ.", "--signer", "Nguyễn Văn Hùng", "--json"))
    assert adjusted["reference"] == "02/QĐ-UBND" and adjusted["signer_lines"] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    shown = json.loads(ok("canbo", data, "implement", "show", ref, "--json"))
    assert shown["state"] == "dang_thuc_hien" and [i["status"] for i in shown["indicators"]] == ["reached",
                                                                                                 "not_reached"]
    assert shown["indicators"][1]["share"] == "55,6%" and shown["suggested"] == "partly"
    assert [e["kind"] for e in shown["events"]] == ["difficulty", "adjustment"]
    finished = ok("canbo", data, "implement", "finish", ref)
    assert "05 ngày làm việc" in finished
    queue = json.loads(ok("canbo", data, "queue", "--json"))
    assert [(i["kind"], i["ref"], i["overdue"]) for i in queue] == [("report", ref, False)]
    assert json.loads(ok("chutich", data, "queue", "--json"))[0]["kind"] == "await_report"
    report = json.loads(ok("canbo", data, "report", "submit", ref, "--explanation", "Chỉ tiêu 2 chưa đạt do mưa lũ.",
                           "--json"))
    assert not report["late"] and report["suggested"] == "partly" and report["damage"] is False
    code, _, err = run_as("canbo", data, "report", "submit", ref, "--explanation", "Sửa lại")
    assert code == 1 and "không sửa được" in err
    assert json.loads(ok("chutich", data, "queue", "--json"))[0]["kind"] == "evaluate"
    ok("thuky", data, "opinion", "add", ref, "--date", today, "--body", "Đảng ủy xã Di Linh", "--stance", "dong-y",
       "--text", "Thống nhất với kết quả báo cáo.")
    (opinion,) = json.loads(ok("thuky", data, "opinion", "list", ref, "--stage", "evaluation", "--json"))
    assert opinion["stage"] == "evaluation"
    mid = _meeting(data, ref)
    item = json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))["items"][0]
    assert item["purpose"] == "evaluation" and item["evaluation_id"] is None
    code, _, err = run_as("chutich", data, "evaluate", ref, "--result", "not_met", "--conditions-met")
    assert code == 1 and "lợi dụng chủ trương" in err  # the abuse question must be answered
    made = json.loads(ok("chutich", data, "evaluate", ref, "--result", "not_met", "--conditions-met", "--abuse", "none",
                         "--signer", "Nguyễn Văn Hùng", "--json"))
    assert made["reference"] == "01/TB-UBND" and made["ruling"]["kind"] == "excluded"
    assert made["ruling"]["sentence"].startswith("Được loại trừ trách nhiệm")
    shown = json.loads(ok("canbo", data, "evaluation", "show", ref, "--json"))
    assert shown["id"] == made["id"] and shown["findings"]["abuse"] == []
    shown = json.loads(ok("canbo", data, "proposal", "show", ref, "--json"))
    assert shown["state"] == "da_danh_gia" and shown["ruling"]["kind"] == "excluded"
    assert shown["ruling"]["reference"] == "01/TB-UBND" and shown["ruling"]["sentence"] == made["ruling"]["sentence"]
    text = flat(document_text(tmp_path / "kl.pdf") if ok("canbo", data, "print", "evaluation", "01/TB-UBND", "-o",
                                                          str(tmp_path / "kl.pdf")) else "")
    assert "Số: 01/TB-UBND" in text and "Được loại trừ trách nhiệm" in text
    ok("canbo", data, "print", "report", ref, "-o", str(tmp_path / "bc.pdf"))
    assert "NGƯỜI THỰC HIỆN" in document_text(tmp_path / "bc.pdf")
    ok("chutich", data, "print", "adjustment", "02/QĐ-UBND", "-o", str(tmp_path / "qd.pdf"))
    assert "Về việc điều chỉnh việc thực hiện" in flat(document_text(tmp_path / "qd.pdf"))
    scan = tmp_path / "da-ky.pdf"
    write_pdf(scan, "signed")
    assert "Đã ký" in ok("thuky", data, "evaluation", "attach-signed", "01/TB-UBND", str(scan))
    assert "Đã ký" in ok("thuky", data, "implement", "attach-signed", "02/QĐ-UBND", str(scan))
    code, out, err = run_as("admin", data, "verify")
    assert code == 0, out + err


def test_bad_findings_are_refused_in_vietnamese(tmp_path):
    data, ref = _approved(tmp_path)
    ok("chutich", data, "implement", "start", ref, "--implementer", "K'Brơi Ngọc Sơn")
    ok("canbo", data, "implement", "finish", ref)
    ok("canbo", data, "report", "submit", ref, "--explanation", "Đã thực hiện.", "--damage", "yes",
       "--damage-estimate", "10 triệu đồng", "--damage-cause", "Thiên tai")
    ok("thuky", data, "opinion", "add", ref, "--date", clock.today().isoformat(), "--body", "Đảng ủy xã Di Linh",
       "--stance", "dong-y", "--text", "Thống nhất.")
    _meeting(data, ref)
    for argv, words in ((["--result", "maybe"], "không hợp lệ"),
                        (["--result", "damaged", "--conditions-met", "--abuse", "none"], "biện pháp"),
                        (["--result", "damaged", "--conditions-met", "--abuse", "none", "--measure", "party"],
                         "TÊN=GIÁ_TRỊ"),
                        (["--result", "completed", "--condition", "pure_motive=perhaps", "--abuse", "none"],
                         "đạt hoặc không đạt")):
        code, _, err = run_as("chutich", data, "evaluate", ref, *argv)
        assert code == 1 and words in err and "Traceback" not in err, err
    assert json.loads(ok("chutich", data, "proposal", "show", ref, "--json"))["state"] == "dua_ra_danh_gia"
