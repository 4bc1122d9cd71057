"""The province path from the command line (ND 73/2023 Đ7.1): the province's account (``--user tinh``) receives the
head's own proposal, records its party committee's opinion, convenes the province's meeting, records it as its seated
secretary and decides — the same commands as at the unit; the head is refused with the reason at each step."""

from __future__ import annotations

import json

from pypdf import PdfReader

from lamdong_desktop.domain import clock

from .test_cli_meetings import _noon, _office, ok  # noqa: F401  (_noon: the clock at 12:00 today)
from .test_cli_proposals import run_as

PROVINCE_MEMBERS = ("Đoàn Minh Quang:chair:head", "Lương Thị Bích Ngọc:member", "Tạ Quốc Khánh:member",
                    "Phạm Minh Tuấn:secretary")


def _refused_own(data, user, *argv):
    code, out, err = run_as(user, data, *argv)
    assert code == 1 and out == "" and "Traceback" not in err
    assert "gửi lên cấp tỉnh" in err and "Điều 7 Nghị định 73/2023/NĐ-CP" in err
    return err


def test_the_province_scripts_the_heads_own_proposal_from_receipt_to_its_decision(tmp_path):
    data, (ref,) = _office(tmp_path, ("Đấu giá các thửa đất công nhỏ lẻ", "chutich", False))
    today = clock.today().isoformat()
    roster = ok("tinh", data, "people", "list")  # the province's own roster, never the unit's staff
    assert "Đoàn Minh Quang" in roster and "Phạm Minh Tuấn" in roster and "Nguyễn Văn Hùng" not in roster
    _refused_own(data, "chutich", "receive", ref)
    assert "Đã tiếp nhận" in ok("tinh", data, "receive", ref)
    _refused_own(data, "chutich", "opinion", "add", ref, "--date", today, "--body", "Đảng ủy xã", "--stance", "dong-y",
                "--text", "Đồng ý.")
    code, _, err = run_as("thuky", data, "opinion", "add", ref, "--date", today, "--body", "Đảng ủy xã",
                          "--stance", "dong-y", "--text", "Đồng ý.")
    assert code == 1 and "không có quyền" in err  # the province's party committee, recorded by the province
    ok("tinh", data, "opinion", "add", ref, "--date", today, "--body", "Ban Thường vụ Tỉnh ủy Lâm Đồng",
       "--stance", "đồng ý", "--text", "Thống nhất chủ trương.")
    waiting = [i for i in json.loads(ok("tinh", data, "queue", "--json")) if i["ref"] == ref]
    assert [(i["kind"], i["due"] is not None) for i in waiting] == [("meeting", True)]
    followed = [i for i in json.loads(ok("chutich", data, "queue", "--json")) if i["ref"] == ref]
    assert [(i["kind"], i["state"], i["due"]) for i in followed] == [("progress", "da_tiep_nhan", waiting[0]["due"])]
    assert "Cấp tỉnh đã tiếp nhận, chờ đưa ra họp" in ok("chutich", data, "queue")

    argv = ["meeting", "convene", "--kind", "leadership", "--title", "Họp tập thể lãnh đạo UBND tỉnh",
            "--start", f"{today} 08:00", "--place", "Phòng họp số 2, trụ sở UBND tỉnh", "--proposal", ref, "--json"]
    for member in PROVINCE_MEMBERS:
        argv += ["--member", member]
    _refused_own(data, "chutich", *argv)
    meeting = json.loads(ok("tinh", data, *argv))  # the level: the province's, the account's own
    mid = meeting["id"]
    assert meeting["level"] == "province" and meeting["invitation_reference"] == "01/GM-UBND"
    code, _, err = run_as("thuky", data, "meeting", "attend", mid, "--present", "Đoàn Minh Quang")
    assert code == 1 and "không có quyền" in err  # the unit's secretary records the unit's meetings only
    ok("tinh", data, "meeting", "attend", mid, "--present", *(m.split(":")[0] for m in PROVINCE_MEMBERS))
    ok("tinh", data, "meeting", "vote", mid, ref, "Đoàn Minh Quang=for", "Lương Thị Bích Ngọc=for",
       "Tạ Quốc Khánh=against")
    ok("tinh", data, "meeting", "close", mid, "--end", "11:30")
    _refused_own(data, "chutich", "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng")
    decided = json.loads(ok("tinh", data, "decide", ref, "--outcome", "approve", "--signer", "Đoàn Minh Quang",
                            "--json"))
    assert decided["reference"] == "01/QĐ-UBND" and decided["signer"]["lines"] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

    # The numbers are the province's register; the unit's stays empty of them.
    entries = json.loads(ok("tinh", data, "register", "list", "--json"))
    assert sorted((e["body"], e["reference"]) for e in entries) == [
        ("LD", "01/BB-UBND"), ("LD", "01/GM-UBND"), ("LD", "01/QĐ-UBND")]
    assert json.loads(ok("chutich", data, "register", "list", "--json")) == []
    assert json.loads(ok("chutich", data, "proposal", "show", ref, "--json"))["state"] == "da_phe_duyet"
    target = tmp_path / "qd.pdf"
    ok("tinh", data, "print", "decision", ref, "-o", str(target))
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "TỈNH LÂM ĐỒNG" in text and "Số: 01/QĐ-UBND" in text and "XÃ DI LINH" not in text
    code, _, err = run_as("canbo", data, "print", "decision", ref, "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and not (tmp_path / "x.pdf").exists()  # the official never read the head's proposal
    code, out, err = run_as("admin", data, "verify")  # the province's records are ordinary audited records
    assert code == 0 and "toàn vẹn" in out, out + err
