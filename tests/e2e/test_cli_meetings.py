"""The whole meeting path as IT staff script it: receive, opinion, convene a council, attendance below and at quorum,
ballots, scores, minutes, close, decide, signed scans, the lists, the queue and verify — all through ``lamdong``."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.services import accounts, proposals, staff
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from tests.files_support import write_pdf

from ..services.test_proposals import full
from .test_cli_proposals import run_as

COUNCIL = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:vice_chair", "Đinh Công Thành:member", "Trần Thị Mai:secretary",
           "Hoàng Đức Long:member")


@pytest.fixture(autouse=True)
def _noon():
    """Today at 12:00: the meetings convened for 08:00 today have started, and an end at 11:30 is past."""
    with clock.pinned(datetime.combine(datetime.now(clock.VN_TZ).date(), time(12), clock.VN_TZ)):
        yield


def _office(folder, *titles_by):
    """The demo commune with submitted proposals, each (title, author, broad); returns the folder and the refs."""
    paths = DataPaths(folder / "data")
    ctx, head = create_demo(paths, proposals=False)
    org = staff.list_party_orgs(ctx, actor=head)[0]
    refs = []
    for title, username, broad in titles_by:
        author = accounts.sign_in(ctx, username=username, password="demo")
        draft = proposals.create_draft(ctx, actor=author, content=replace(full(org.id, title), broad=broad)).value
        proposals.submit(ctx, actor=author, proposal_id=draft.id)
        refs.append(draft.ref)
    ctx.close()
    return str(folder / "data"), refs


def ok(*args):
    code, out, err = run_as(*args)
    assert code == 0, err
    return out


def _prepared(data, ref):
    ok("chutich", data, "receive", ref)
    ok("thuky", data, "opinion", "add", ref, "--date", clock.today().isoformat(), "--body", "Đảng ủy xã Di Linh",
       "--stance", "dong-y", "--text", "Thống nhất chủ trương.")


def _convene(data, ref, kind="council", members=COUNCIL):
    argv = ["meeting", "convene", "--kind", kind, "--title", "Họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo",
            "--start", f"{clock.today().isoformat()} 08:00", "--place", "Hội trường UBND xã", "--proposal", ref,
            "--json"]
    for member in members:
        argv += ["--member", member]
    return json.loads(ok("chutich", data, *argv))


def test_it_staff_script_a_council_from_receipt_to_the_signed_decision(tmp_path):
    data, (ref,) = _office(tmp_path, ("Chuyển đổi số thủ tục đất đai", "canbo", True))
    _prepared(data, ref)
    meeting = _convene(data, ref)
    mid = meeting["id"]
    assert meeting["kind"] == "council" and meeting["proposal_refs"] == [ref]
    assert meeting["invitation_reference"] == "01/GM-UBND" and meeting["quorum"]["needed"] == 4
    out = ok("thuky", data, "meeting", "attend", mid[:8], "--present", "Nguyễn Văn Hùng", "ka thi huong",
             "Đinh Công Thành", "--absent", "Trần Thị Mai=Đi công tác", "--absent", "Hoàng Đức Long=Ốm")
    assert "có mặt 3/5" in out and "chưa đủ" in out
    code, _, err = run_as("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=for")
    assert code == 1 and "Chưa đủ số thành viên có mặt (3/5, cần ít nhất 4)" in err and "Traceback" not in err
    ok("thuky", data, "meeting", "attend", mid, "--present", "Trần Thị Mai", "Hoàng Đức Long")
    out = ok("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=for", "Ka Thị Hương=for",
             "Đinh Công Thành=for", "Trần Thị Mai=against", "Hoàng Đức Long=against")
    assert "tán thành 3, không tán thành 2" in out and "Thông qua" in out
    ok("thuky", data, "meeting", "score", mid, ref, "--member", "Đinh Công Thành", "urgency=8", "pure_purpose=9",
       "democratic_process=8,5", "feasibility=7", "effectiveness=9")
    ok("thuky", data, "meeting", "opinion", mid, "--proposal", ref, "--member", "Hoàng Đức Long", "--text",
       "Cần làm rõ kinh phí.")
    ok("thuky", data, "meeting", "minutes", mid, "--content", "Người đề xuất trình bày.", "--conclusion",
       "Hội đồng thống nhất đề nghị phê duyệt.")
    out = ok("thuky", data, "meeting", "close", mid, "--end", "11:30")
    assert "11:30" in out and "01/BB-HĐĐG" in out
    decided = json.loads(ok("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                            "--signer-title", "Chủ tịch", "--json"))
    assert decided["reference"] == "01/QĐ-UBND" and decided["signer"]["lines"] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    fake = tmp_path / "ban-ky.pdf"
    fake.write_text("đã ký", encoding="utf-8")  # a text file named .pdf is no scan: refused, nothing kept
    for argv in (("meeting", "attach-signed", mid, str(fake)), ("decision", "attach-signed", "01/QĐ-UBND", str(fake))):
        code, out, err = run_as("thuky", data, *argv)
        assert code == 1 and "mang đuôi “.pdf” nhưng nội dung không phải tệp PDF" in err and "Traceback" not in err
    assert not json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))["signed"]
    scan = write_pdf(tmp_path / "da-ky.pdf", "signed")
    assert "Đã ký" in ok("thuky", data, "meeting", "attach-signed", mid, str(scan))
    assert "Đã ký" in ok("thuky", data, "decision", "attach-signed", "01/QĐ-UBND", str(scan))
    code, _, err = run_as("thuky", data, "meeting", "minutes", mid, "--conclusion", "Sửa lại")
    assert code == 1 and "đã ký" in err
    raw = ok("chutich", data, "meeting", "list", "--json")
    assert "Hội đồng" in raw and "\\u" not in raw  # Vietnamese kept as it is
    (listed,) = json.loads(raw)
    assert {k: listed[k] for k in ("id", "kind", "date", "proposal_refs", "outcome")} == {
        "id": mid, "kind": "council", "date": clock.today().isoformat(), "proposal_refs": [ref], "outcome": "approve"}
    shown = json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))
    assert shown["signed"] and not shown["late"] and shown["minutes_reference"] == "01/BB-HĐĐG"
    assert [m["attendance"] for m in shown["members"]] == ["present"] * 5
    assert shown["items"][0]["vote"]["for"] == 3 and shown["items"][0]["outcome"] == "approve"
    text = ok("thuky", data, "meeting", "show", mid)
    assert "Biên bản số 01/BB-HĐĐG: Đã ký" in text and "Ủy viên kiêm Thư ký" in text
    (decision,) = json.loads(ok("canbo", data, "decision", "list", "--json"))  # the proposer reads his decision
    assert decision["signed"] and decision["outcome"] == "approve"
    assert json.loads(ok("canbo", data, "proposal", "show", ref, "--json"))["state"] == "da_phe_duyet"
    assert json.loads(ok("thuky", data, "queue", "--json")) == []
    code, out, err = run_as("admin", data, "verify")
    assert code == 0, out + err


def test_a_failed_vote_overridden_in_writing_then_approved(tmp_path):
    data, (ref,) = _office(tmp_path, ("Số hóa hồ sơ đất đai", "phochutich", False))
    _prepared(data, ref)
    seats = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
    mid = _convene(data, ref, kind="leadership", members=seats)["id"]
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành",
       "Trần Thị Mai")
    code, _, err = run_as("thuky", data, "meeting", "vote", mid, ref, "Ka Thị Hương=for")
    assert code == 1 and "Người đề xuất không tham gia biểu quyết" in err
    code, _, err = run_as("thuky", data, "meeting", "vote", mid, ref, "Trần Thị Mai=for")
    assert code == 1 and "không thuộc danh sách thành viên" in err  # the leadership meeting's secretary does not vote
    out = ok("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=against", "Đinh Công Thành=for")
    assert "Không thông qua" in out
    ok("thuky", data, "meeting", "close", mid, "--end", "11:30")
    code, _, err = run_as("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                          "--signer-title", "Chủ tịch")
    assert code == 1 and "bằng văn bản" in err
    code, _, err = run_as("thuky", data, "override", ref, "--reason", "Cần thiết")
    assert code == 1 and "quyền" in err
    out = ok("chutich", data, "override", ref, "--reason", "Cần thiết và khả thi, cấp ủy đã thống nhất.")
    assert "Tiếp theo: ban hành quyết định bằng “lamdong decide" in out  # the meeting is closed already
    decided = json.loads(ok("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                            "--signer-title", "Chủ tịch", "--json"))
    assert decided["overridden"] and decided["reference"] == "01/QĐ-UBND"


def test_an_override_in_the_open_meeting_says_to_close_it_before_the_decision(tmp_path):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    seats = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
    mid = _convene(data, ref, kind="leadership", members=seats)["id"]
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành",
       "Trần Thị Mai")
    ok("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=against", "Ka Thị Hương=against",
       "Đinh Công Thành=for")
    out = ok("chutich", data, "override", ref, "--reason", "Cần thiết và khả thi.")
    assert f"kết thúc cuộc họp (“lamdong meeting close {mid[:8]}”, thư ký) rồi ban hành quyết định" in out
    code, _, err = run_as("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                          "--signer-title", "Chủ tịch")
    assert code == 1 and "Cuộc họp chưa kết thúc" in err
    ok("thuky", data, "meeting", "close", mid[:8], "--end", "11:30")
    assert json.loads(ok("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                         "--signer-title", "Chủ tịch", "--json"))["overridden"]


def test_deciding_while_the_meeting_is_open_is_refused_and_numbers_nothing(tmp_path):
    """Fault: ``lamdong decide`` issued a decision while its meeting was still open (its minutes not numbered)."""
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    seats = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
    mid = _convene(data, ref, kind="leadership", members=seats)["id"]
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành",
       "Trần Thị Mai")
    ok("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=for", "Ka Thị Hương=for", "Đinh Công Thành=for")
    before = ok("chutich", data, "register", "list", "--json")
    state = json.loads(ok("chutich", data, "proposal", "show", ref, "--json"))["state"]
    code, out, err = run_as("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                            "--signer-title", "Chủ tịch")
    assert code == 1 and out == "" and "Traceback" not in err
    assert "Cuộc họp chưa kết thúc (chưa lập biên bản): kết thúc cuộc họp và lập biên bản trước khi ban hành" in err
    assert ok("chutich", data, "register", "list", "--json") == before  # no number taken
    assert json.loads(ok("chutich", data, "proposal", "show", ref, "--json"))["state"] == state == "dua_ra_hop"
    assert json.loads(ok("chutich", data, "decision", "list", "--json")) == []
    out = ok("thuky", data, "meeting", "close", mid, "--end", "11:30")
    assert "01/BB-UBND" in out
    decided = json.loads(ok("chutich", data, "decide", ref, "--outcome", "approve", "--signer", "Nguyễn Văn Hùng",
                            "--signer-title", "Chủ tịch", "--json"))
    assert decided["reference"] == "01/QĐ-UBND"


def test_an_adjourned_meeting_sends_its_proposal_back_to_the_queue(tmp_path):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    seats = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
    mid = _convene(data, ref, kind="leadership", members=seats)["id"]
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "--absent", "Ka Thị Hương=Ốm",
       "--absent", "Đinh Công Thành=Đi công tác")
    out = ok("chutich", data, "meeting", "adjourn", mid, "--reason", "Không đủ số thành viên dự họp", "--end", "08:40")
    assert "01/BB-UBND" in out
    (listed,) = json.loads(ok("chutich", data, "meeting", "list", "--json"))
    assert listed["outcome"] == "adjourned"
    assert [i["kind"] for i in json.loads(ok("chutich", data, "queue", "--json"))] == ["meeting"]


@pytest.mark.parametrize("argv, words", [
    (["meeting", "convene", "--kind", "hop", "--title", "Họp", "--start", "2026-01-12 08:00", "--place", "X",
      "--member", "Nguyễn Văn Hùng:chair:head"], "Loại cuộc họp"),
    (["meeting", "convene", "--kind", "leadership", "--title", "Họp", "--start", "ngày mai", "--place", "X",
      "--member", "Nguyễn Văn Hùng:chair:head"], "Thời gian"),
    (["meeting", "convene", "--kind", "leadership", "--title", "Họp", "--start", "2026-01-12 08:00", "--place", "X",
      "--member", "Ai Đó:chair"], "cán bộ"),
    (["meeting", "convene", "--kind", "leadership", "--title", "Họp", "--start", "2026-01-12 08:00", "--place", "X",
      "--member", "Nguyễn Văn Hùng"], "NGƯỜI:VAI_TRÒ"),
    (["meeting", "show", "khongco"], "Không tìm thấy cuộc họp"),
    (["decide", "DX-2026-001", "--outcome", "duyet"], "Kết quả"),
    (["decide", "DX-2026-001", "--outcome", "approve", "--signer-name", "Nguyễn Văn Hùng"], "không chờ quyết định"),
    (["decision", "show", "09/QĐ-UBND"], "Không tìm thấy văn bản"),
])
def test_bad_input_gets_a_vietnamese_message_and_changes_nothing(tmp_path, argv, words):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    before = ok("chutich", data, "register", "list", "--json")
    code, out, err = run_as("chutich", data, *argv)
    assert code == 1 and err.startswith("lamdong: ") and words in err and "Traceback" not in err
    assert json.loads(ok("chutich", data, "meeting", "list", "--json")) == []
    assert ok("chutich", data, "register", "list", "--json") == before


def test_only_the_head_convenes(tmp_path):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    code, _, err = run_as("thuky", data, "meeting", "convene", "--kind", "leadership", "--title", "Họp", "--start",
                          "2026-01-12 08:00", "--place", "X", "--member", "Nguyễn Văn Hùng:chair:head",
                          "--member", "Trần Thị Mai:secretary")
    assert code == 1 and "quyền" in err


def test_a_meeting_set_after_the_limit_is_late_in_show_and_in_the_queue(tmp_path):
    from datetime import timedelta

    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    later = clock.today() + timedelta(days=30)  # well after 07 working days from today's receipt
    argv = ["meeting", "convene", "--kind", "leadership", "--title", "Họp muộn", "--start", f"{later} 08:00",
            "--place", "Hội trường", "--proposal", ref, "--member", "Nguyễn Văn Hùng:chair:head",
            "--member", "Ka Thị Hương:member", "--member", "Trần Thị Mai:secretary", "--json"]
    mid = json.loads(ok("chutich", data, *argv))["id"]
    assert json.loads(ok("chutich", data, "meeting", "show", mid, "--json"))["late"] is True
    assert "QUÁ HẠN" in ok("chutich", data, "meeting", "show", mid)
    items = {i["kind"]: i for i in json.loads(ok("chutich", data, "queue", "--json"))}
    assert items["hold"]["late"] and items["hold"]["meeting_id"] == mid and items["decide"]["late"]
    assert "HỌP SAU THỜI HẠN 07 NGÀY LÀM VIỆC" in ok("chutich", data, "queue")


def test_a_member_marked_twice_or_an_end_still_to_come_is_refused(tmp_path):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", False))
    _prepared(data, ref)
    seats = ("Nguyễn Văn Hùng:chair:head", "Ka Thị Hương:member", "Đinh Công Thành:member", "Trần Thị Mai:secretary")
    mid = _convene(data, ref, kind="leadership", members=seats)["id"]
    code, _, err = run_as("thuky", data, "meeting", "attend", mid, "--present", "Ka Thị Hương", "--absent",
                          "Ka Thị Hương=ốm")
    assert code == 1 and "Ka Thị Hương được điểm danh hai lần" in err and "Traceback" not in err
    assert {m["attendance"] for m in json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))["members"]} == {
        None}
    ok("thuky", data, "meeting", "attend", mid, "--present", "Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành",
       "Trần Thị Mai")
    for end, words in (("13:00", "chưa đến"), ("2027-01-01 07:00", "chưa đến"), ("07:00", "không sau giờ bắt đầu")):
        code, _, err = run_as("thuky", data, "meeting", "close", mid, "--end", end)
        assert code == 1 and words in err and "Traceback" not in err, end
    assert json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))["state"] == "held"
    code, _, err = run_as("thuky", data, "meeting", "close", mid, "--end", "11:45")
    assert code == 1 and "biểu quyết về đề xuất" in err and "chưa hoàn tất" in err  # no close on an open vote
    ok("thuky", data, "meeting", "vote", mid, ref, "Nguyễn Văn Hùng=for", "Ka Thị Hương=for", "Đinh Công Thành=for")
    assert "11:45" in ok("thuky", data, "meeting", "close", mid, "--end", "11:45")
