"""From the command line: an adjustment that changes a target (``implement adjust --target``) and what the report
then measures against, the implementer's signed report (``report attach-signed``), an evaluation voted down and put
to a later meeting; and the province's part on a head's own proposal — its adjustment and conclusion numbered in the
province's register, printed under its name, the commune's register left empty."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest

from lamdong_desktop.domain import clock
from tests.files_support import write_pdf

from ..documents.pdftext import document_text, flat
from .test_cli_implementation import LEADERSHIP, _approved
from .test_cli_meetings import _office, ok
from .test_cli_proposals import run_as
from .test_cli_province import PROVINCE_MEMBERS

AGAINST = ("Nguyễn Văn Hùng=against", "Ka Thị Hương=against", "Đinh Công Thành=against")
FOR = ("Nguyễn Văn Hùng=for", "Ka Thị Hương=for", "Đinh Công Thành=for")


@pytest.fixture(autouse=True)
def _noon():
    with clock.pinned(datetime.combine(datetime.now(clock.VN_TZ).date(), time(12), clock.VN_TZ)):
        yield


def _meeting(data, ref, *, start: str, end: str, choices, user="chutich", recorder="thuky", members=LEADERSHIP,
             present=("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành", "Trần Thị Mai")):
    argv = ["meeting", "convene", "--kind", "leadership", "--title", "Họp đánh giá kết quả thực hiện đề xuất",
            "--start", f"{clock.today().isoformat()} {start}", "--place", "Hội trường", "--proposal", ref, "--json"]
    for member in members:
        argv += ["--member", member]
    mid = json.loads(ok(user, data, *argv))["id"]
    ok(recorder, data, "meeting", "attend", mid, "--present", *present)
    ok(recorder, data, "meeting", "vote", mid, ref, *choices)
    ok(recorder, data, "meeting", "close", mid, "--end", end)
    return mid


def test_an_adjusted_target_a_signed_report_and_an_evaluation_voted_down_then_adopted(tmp_path):
    data, ref = _approved(tmp_path)
    today = clock.today().isoformat()
    ok("chutich", data, "implement", "start", ref, "--implementer", "K'Brơi Ngọc Sơn")
    ok("canbo", data, "implement", "progress", ref, "--indicator", "1", "--value", "45")
    ok("canbo", data, "implement", "progress", ref, "--indicator", "2", "--value", "20")
    code, _, err = run_as("chutich", data, "implement", "adjust", ref, "--content", "Điều chỉnh mục tiêu.",
                          "--reasons", "Hồ sơ tồn đọng nhiều.", "--target", "2=nhanh hơn")
    assert code == 1 and "không phải là một số" in err and "Traceback" not in err
    code, _, err = run_as("chutich", data, "implement", "adjust", ref, "--content", "Điều chỉnh mục tiêu.",
                          "--reasons", "Hồ sơ tồn đọng nhiều.", "--target", "2")
    assert code == 1 and "CHỈ_TIÊU=MỤC_TIÊU" in err
    made = json.loads(ok("chutich", data, "implement", "adjust", ref, "--content", "Điều chỉnh mục tiêu.",
                         "--reasons", "Hồ sơ tồn đọng nhiều.", "--target", "Thời gian cấp giấy chứng nhận=≤ 20",
                         "--scope", "Thêm thôn Kao Kuil.", "--signer", "Nguyễn Văn Hùng", "--json"))
    assert made["reference"] == "02/QĐ-UBND" and made["new_scope"] == "Thêm thôn Kao Kuil."
    assert made["targets"] == [{"number": 2, "name": "Thời gian cấp giấy chứng nhận", "unit": "ngày", "before": "12",
                                "target": "≤ 20"}]
    shown = json.loads(ok("canbo", data, "implement", "show", ref, "--json"))
    second = shown["indicators"][1]
    assert (second["target"], second["planned_target"], second["adjusted_by"], second["status"]) == (
        "≤ 20", "12", "02/QĐ-UBND", "reached")
    assert "(kế hoạch: 12; điều chỉnh theo 02/QĐ-UBND)" in ok("canbo", data, "implement", "show", ref)
    ok("canbo", data, "implement", "finish", ref)
    ok("canbo", data, "report", "submit", ref, "--explanation", "Đã thực hiện theo kế hoạch đã điều chỉnh.")
    out = ok("chutich", data, "report", "show", ref)
    assert "mục tiêu ≤ 20 ngày (kế hoạch: 12; điều chỉnh theo Quyết định số 02/QĐ-UBND)" in out and "Chưa ký" in out
    scan = write_pdf(tmp_path / "bao-cao-da-ky.pdf", "Báo cáo đã ký")
    assert "Báo cáo kết quả " + ref + ": Đã ký." in ok("canbo", data, "report", "attach-signed", ref, str(scan))
    code, _, err = run_as("canbo", data, "report", "attach-signed", ref, str(scan))
    assert code == 1 and "đã có bản đã ký" in err
    assert json.loads(ok("chutich", data, "report", "show", ref, "--json"))["signed"] is True

    ok("thuky", data, "opinion", "add", ref, "--date", today, "--body", "Đảng ủy xã Di Linh", "--stance", "dong-y",
       "--text", "Thống nhất với kết quả báo cáo.")
    first = _meeting(data, ref, start="08:00", end="09:30", choices=AGAINST)
    code, _, err = run_as("chutich", data, "evaluate", ref, "--result", "completed", "--conditions-met", "--abuse",
                          "none")
    assert code == 1 and "không thông qua kết quả đánh giá" in err and "cuộc họp khác" in err
    (waiting,) = [i for i in json.loads(ok("chutich", data, "queue", "--json")) if i["ref"] == ref]
    assert waiting["kind"] == "evaluate" and "không thông qua" in waiting["reason"]
    second_meeting = _meeting(data, ref, start="10:00", end="11:30", choices=FOR)
    assert second_meeting != first
    made = json.loads(ok("chutich", data, "evaluate", ref, "--result", "completed", "--conditions-met", "--abuse",
                         "none", "--signer", "Nguyễn Văn Hùng", "--json"))
    assert made["meeting_id"] == second_meeting and made["reference"] == "01/TB-UBND"
    ok("canbo", data, "print", "report", ref, "-o", str(tmp_path / "bc.pdf"))
    assert "mục tiêu theo kế hoạch 12 ngày, điều chỉnh thành ≤ 20 ngày" in flat(document_text(tmp_path / "bc.pdf"))
    code, out, err = run_as("admin", data, "verify")
    assert code == 0, out + err


def test_the_province_adjusts_and_evaluates_a_heads_own_proposal_in_its_own_register(tmp_path):
    data, (ref,) = _office(tmp_path, ("Đấu giá các thửa đất công nhỏ lẻ", "chutich", False))
    today = clock.today().isoformat()
    ok("tinh", data, "receive", ref)
    ok("tinh", data, "opinion", "add", ref, "--date", today, "--body", "Ban Thường vụ Tỉnh ủy Lâm Đồng",
       "--stance", "đồng ý", "--text", "Thống nhất chủ trương.")
    present = tuple(m.split(":")[0] for m in PROVINCE_MEMBERS)
    province = {"user": "tinh", "recorder": "tinh", "members": PROVINCE_MEMBERS, "present": present}
    province_for = ("Đoàn Minh Quang=for", "Lương Thị Bích Ngọc=for", "Tạ Quốc Khánh=for")
    _meeting(data, ref, start="07:00", end="08:00", choices=province_for, **province)
    ok("tinh", data, "decide", ref, "--outcome", "approve", "--signer", "Đoàn Minh Quang")
    # The province names the implementers among the commune's people: the head carries out his own proposal.
    ok("tinh", data, "implement", "start", ref, "--implementer", "Nguyễn Văn Hùng")
    code, _, err = run_as("chutich", data, "implement", "adjust", ref, "--content", "Bổ sung thửa đất.",
                          "--reasons", "Có thêm thửa đất xen kẹt.")
    assert code == 1 and "gửi lên cấp tỉnh" in err
    made = json.loads(ok("tinh", data, "implement", "adjust", ref, "--content", "Bổ sung thửa đất.",
                         "--reasons", "Có thêm thửa đất xen kẹt.", "--target", "1=50", "--signer", "Đoàn Minh Quang",
                         "--json"))
    assert made["reference"] == "02/QĐ-UBND" and made["signer_lines"] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    ok("tinh", data, "print", "adjustment", "02/QĐ-UBND", "-o", str(tmp_path / "dc.pdf"))
    text = flat(document_text(tmp_path / "dc.pdf"))
    assert "TỈNH LÂM ĐỒNG" in text and "XÃ DI LINH" not in text and "Số: 02/QĐ-UBND" in text
    ok("chutich", data, "implement", "progress", ref, "--indicator", "1", "--value", "50")
    ok("chutich", data, "implement", "progress", ref, "--indicator", "2", "--value", "12")
    ok("chutich", data, "implement", "finish", ref)
    ok("chutich", data, "report", "submit", ref, "--explanation", "Đã thực hiện theo kế hoạch.")
    ok("tinh", data, "opinion", "add", ref, "--date", today, "--body", "Ban Thường vụ Tỉnh ủy Lâm Đồng",
       "--stance", "đồng ý", "--text", "Thống nhất với kết quả.")
    _meeting(data, ref, start="09:00", end="10:00", choices=province_for, **province)
    made = json.loads(ok("tinh", data, "evaluate", ref, "--result", "completed", "--conditions-met", "--abuse", "none",
                         "--signer", "Đoàn Minh Quang", "--json"))
    assert made["reference"] == "01/TB-UBND"
    entries = json.loads(ok("tinh", data, "register", "list", "--json"))
    assert sorted(e["reference"] for e in entries) == ["01/BB-UBND", "01/GM-UBND", "01/QĐ-UBND", "01/TB-UBND",
                                                      "02/BB-UBND", "02/GM-UBND", "02/QĐ-UBND"]
    assert {e["body"] for e in entries} == {"LD"}
    assert json.loads(ok("chutich", data, "register", "list", "--json")) == []
    ok("tinh", data, "print", "evaluation", ref, "-o", str(tmp_path / "kl.pdf"))
    text = flat(document_text(tmp_path / "kl.pdf"))
    assert "TỈNH LÂM ĐỒNG" in text and "Số: 01/TB-UBND" in text and "02/BB-UBND" in text
    code, out, err = run_as("admin", data, "verify")
    assert code == 0, out + err
