"""What the secretary records, as IT staff script it: opinions shown back by ``meeting show`` (text and JSON), absent
members refused on every path, one speaker per opinion, the invited guests, and a meeting's own scoring rubric
(``convene --criterion``) from the convening to the printed minutes."""

from __future__ import annotations

import json

import pytest

from tests.documents.pdftext import document_text

from .test_cli_meetings import COUNCIL, _convene, _noon, _office, _prepared, ok  # noqa: F401 (_noon: autouse)
from .test_cli_proposals import run_as

PRESENT = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành", "Trần Thị Mai")
OPINION_KEYS = {"id", "member_id", "guest", "speaker", "position", "proposal_id", "proposal_ref", "text",
                "recorded_at"}


def _council(tmp_path, **kw):
    """A council on the official's broad proposal, four of five present, Hoàng Đức Long absent."""
    data, (ref,) = _office(tmp_path, ("Chuyển đổi số thủ tục đất đai", "canbo", True))
    _prepared(data, ref)
    meeting = _convene(data, ref, **kw)
    ok("thuky", data, "meeting", "attend", meeting["id"], "--present", *PRESENT, "--absent", "Hoàng Đức Long=Ốm")
    return data, ref, meeting


def _show(data, mid):
    return json.loads(ok("thuky", data, "meeting", "show", mid, "--json"))


def test_meeting_show_gives_the_opinions_in_order_with_who_and_what_about(tmp_path):
    data, ref, meeting = _council(tmp_path)
    mid = meeting["id"]
    for argv in (("--proposal", ref, "--member", "Đinh Công Thành", "--text", "Cần làm rõ nguồn kinh phí."),
                 ("--speaker", "Ma Krông", "--position", "Trưởng thôn Kao Kuil", "--text", "Nhân dân đồng tình."),
                 ("--proposal", ref, "--member", "ka thi huong", "--text", "Thống nhất\nvới đề xuất.")):
        assert ok("thuky", data, "meeting", "opinion", mid, *argv).strip() == "Đã ghi ý kiến."
    shown = _show(data, mid)
    assert [set(o) for o in shown["opinions"]] == [OPINION_KEYS] * 3
    members = {m["name"]: m["id"] for m in shown["members"]}
    assert [(o["speaker"], o["member_id"], o["guest"], o["proposal_ref"], o["text"]) for o in shown["opinions"]] == [
        ("Đinh Công Thành", members["Đinh Công Thành"], False, ref, "Cần làm rõ nguồn kinh phí."),
        ("Ma Krông", None, True, None, "Nhân dân đồng tình."),
        ("Ka Thị Hương", members["Ka Thị Hương"], False, ref, "Thống nhất\nvới đề xuất."),
    ]
    assert shown["opinions"][1]["position"] == "Trưởng thôn Kao Kuil"
    assert shown["opinions"][0]["proposal_id"] == shown["items"][0]["proposal_id"]
    assert [o["recorded_at"] for o in shown["opinions"]] == sorted(o["recorded_at"] for o in shown["opinions"])
    text = ok("thuky", data, "meeting", "show", mid)
    lines = text.splitlines()
    start = lines.index("Ý kiến phát biểu (3):")
    assert lines[start + 1].startswith("  1. Đinh Công Thành (") and lines[start + 1].endswith(
        f", về {ref}: Cần làm rõ nguồn kinh phí.")
    assert lines[start + 2] == "  2. Ma Krông (Trưởng thôn Kao Kuil) — khách mời, về cả cuộc họp: Nhân dân đồng tình."
    assert lines[start + 3].endswith(f", về {ref}: Thống nhất với đề xuất.")


def test_the_proposer_who_is_no_member_is_an_invited_guest_in_show(tmp_path):
    data, ref, meeting = _council(tmp_path)
    (guest,) = _show(data, meeting["id"])["guests"]
    assert (guest["name"], guest["proposal_refs"]) == ("K'Brơi Ngọc Sơn", [ref]) and guest["position"]
    assert f"Khách mời: K'Brơi Ngọc Sơn, {guest['position']} — người đề xuất {ref}" in ok(
        "thuky", data, "meeting", "show", meeting["id"])


@pytest.mark.parametrize("argv, part", [
    (("opinion", "{mid}", "--member", "Hoàng Đức Long", "--text", "Đồng ý."), "ý kiến phát biểu"),
    (("vote", "{mid}", "{ref}", "Hoàng Đức Long=for"), "biểu quyết"),
    (("score", "{mid}", "{ref}", "--member", "Hoàng Đức Long", "urgency=8"), "điểm chấm"),
])
def test_an_absent_member_is_refused_on_every_path_and_nothing_is_written(tmp_path, argv, part):
    data, ref, meeting = _council(tmp_path)
    mid = meeting["id"]
    before = _show(data, mid)
    code, _, err = run_as("thuky", data, "meeting", *(a.format(mid=mid, ref=ref) for a in argv))
    assert code == 1 and "Traceback" not in err
    assert (f"Hoàng Đức Long được ghi vắng mặt (lý do: Ốm): không ghi {part} của thành viên vắng mặt. Chưa có gì "
            "thay đổi.") in err
    after = _show(data, mid)
    assert after["opinions"] == [] and after["items"] == before["items"]


def test_a_speaker_and_a_member_together_are_refused(tmp_path, capsys):
    data, ref, meeting = _council(tmp_path)
    mid = meeting["id"]
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:  # a usage error, before anything is opened
        run_as("thuky", data, "meeting", "opinion", mid, "--member", "Ka Thị Hương", "--speaker", "Ma Krông",
               "--text", "Đồng ý.")
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert "lamdong: lỗi cú pháp: tham số --speaker: không dùng chung với tham số --member" in err
    code, _, err = run_as("thuky", data, "meeting", "opinion", mid, "--member", "Ka Thị Hương", "--position",
                          "Trưởng thôn", "--text", "Đồng ý.")
    assert code == 1 and "Chỉ chọn một: thành viên, hoặc khách mời" in err and "Trưởng thôn" in err
    assert _show(data, mid)["opinions"] == []


CRITERIA = ("Tính cấp bách:2", "Tác động xã hội:1,5:5", "Đồng thuận của người dân:1")


def test_a_meeting_scored_on_its_own_rubric_from_convening_to_the_printed_minutes(tmp_path):
    data, (ref,) = _office(tmp_path, ("Chuyển đổi số thủ tục đất đai", "canbo", True))
    _prepared(data, ref)
    base = ["meeting", "convene", "--kind", "council", "--title", "Họp Hội đồng đánh giá", "--place", "Hội trường",
            "--proposal", ref, "--json"]
    args = [*base, "--start", _start()]
    for member in COUNCIL:
        args += ["--member", member]
    for criterion in CRITERIA:
        args += ["--criterion", criterion]
    convened = json.loads(ok("chutich", data, *args))
    mid = convened["id"]
    expected = [{"code": "tinh_cap_bach", "title": "Tính cấp bách", "weight": "2", "max": 10},
                {"code": "tac_dong_xa_hoi", "title": "Tác động xã hội", "weight": "3/2", "max": 5},
                {"code": "dong_thuan_cua_nguoi_dan", "title": "Đồng thuận của người dân", "weight": "1", "max": 10}]
    assert convened["rubric"] == expected
    ok("thuky", data, "meeting", "attend", mid, "--present", *PRESENT, "Hoàng Đức Long")
    # By its title (with or without accents) or by its code, as a script finds it in "meeting show --json".
    marks = {"Nguyễn Văn Hùng": ("Tính cấp bách=8", "tac_dong_xa_hoi=4,5", "dong thuan cua nguoi dan=9"),
             "Ka Thị Hương": ("tinh_cap_bach=7", "Tác động xã hội=3", "Đồng thuận của người dân=8")}
    for name, given in marks.items():
        ok("thuky", data, "meeting", "score", mid, ref, "--member", name, *given)
    code, _, err = run_as("thuky", data, "meeting", "score", mid, ref, "--member", "Đinh Công Thành",
                          "Tác động xã hội=6")
    assert code == 1 and "Tác động xã hội" in err and "5" in err and "Traceback" not in err
    code, _, err = run_as("thuky", data, "meeting", "score", mid, ref, "--member", "Đinh Công Thành", "urgency=6")
    assert code == 1 and "Tiêu chí “urgency” không có trong bộ tiêu chí chấm điểm" in err
    assert _show(data, mid)["rubric"] == expected
    ok("thuky", data, "meeting", "vote", mid, ref, *(f"{n}=for" for n in (*PRESENT, "Hoàng Đức Long")))
    ok("thuky", data, "meeting", "close", mid, "--end", "11:30")
    pdf = tmp_path / "bien-ban.pdf"
    ok("thuky", data, "print", "minutes", mid, "-o", str(pdf))
    text = document_text(pdf)
    header = "STT Thành viên Tính cấp bách (hệ số 2) Tác động xã hội (hệ số 1,5) Đồng thuận của người dân (hệ số 1) "
    assert header + "Tổng điểm" in text
    assert "1 Nguyễn Văn Hùng 8 4,5 9 31,75" in text  # 2·8 + 1,5·4,5 + 1·9
    assert "2 Ka Thị Hương 7 3 8 26,5" in text
    assert ("Điểm tối đa: Tính cấp bách: 10; Tác động xã hội: 5; Đồng thuận của người dân: 10." in text)
    assert "Tính khả thi" not in text  # the default rubric is not printed beside it


def _start() -> str:
    from lamdong_desktop.domain import clock

    return f"{clock.today().isoformat()} 08:00"


@pytest.mark.parametrize("criteria, words", [
    (("Tính cấp bách:0",), "Trọng số của tiêu chí “Tính cấp bách” phải là một số dương (đã nhập: 0)"),
    (("Tính cấp bách:-2",), "Trọng số của tiêu chí “Tính cấp bách” phải là một số dương (đã nhập: -2)"),
    (("Tính cấp bách:hai",), "phải là một số dương (đã nhập: hai)"),
    (("Tính cấp bách:2", "tinh cap bach:1"), "Tiêu chí “tinh cap bach” bị lặp trong bộ tiêu chí chấm điểm"),
    (("  :2",), "Tiêu chí chấm điểm thứ 1 chưa có tên"),
    (("Tính khả thi:1", ":1"), "Tiêu chí chấm điểm thứ 2 chưa có tên"),
    (("Tính cấp bách:2:0",), "Điểm tối đa của tiêu chí “Tính cấp bách” phải là số nguyên từ 1 đến 100"),
    (("Tính cấp bách",), "không đúng dạng TÊN:TRỌNG_SỐ[:ĐIỂM_TỐI_ĐA]"),
])
def test_a_bad_rubric_gets_a_vietnamese_message_and_convenes_nothing(tmp_path, criteria, words):
    data, (ref,) = _office(tmp_path, ("Một đề xuất", "canbo", True))
    _prepared(data, ref)
    before = ok("chutich", data, "register", "list", "--json")
    args = ["meeting", "convene", "--kind", "council", "--title", "Họp", "--start", _start(), "--place", "X",
            "--proposal", ref]
    for member in COUNCIL:
        args += ["--member", member]
    for criterion in criteria:
        args += ["--criterion", criterion]
    code, _, err = run_as("chutich", data, *args)
    assert code == 1 and err.startswith("lamdong: ") and words in err and "Traceback" not in err, err
    assert json.loads(ok("chutich", data, "meeting", "list", "--json")) == []
    assert ok("chutich", data, "register", "list", "--json") == before
