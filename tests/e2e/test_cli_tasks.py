"""The task log and the KPIs as IT staff and officials script them: ``lamdong task …`` and ``lamdong kpi``."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from tests.files_support import write_pdf
from tests.services.meeting_support import office
from tests.services.task_support import EXPECTED_Q1, TODAY, build_quarter, comparable

from .test_cli_proposals import run_as


@pytest.fixture(autouse=True)
def _today():
    with clock.pinned(datetime.combine(date(2026, 3, 20), time(9), clock.VN_TZ)):
        yield


def ok(user, data, *argv):
    code, out, err = run_as(user, data, *argv)
    assert code == 0, err
    return out


def refused(user, data, *argv):
    code, out, err = run_as(user, data, *argv)
    assert code == 1 and err.startswith("lamdong: ") and "Traceback" not in err and "mã lỗi" not in err, err
    return err


@pytest.fixture
def data(tmp_path):
    ctx, _ = create_demo(DataPaths(tmp_path / "data"), proposals=False)
    ctx.close()
    return str(tmp_path / "data")


def test_a_task_given_followed_extended_and_done_from_the_command_line(data, tmp_path):
    # Thursday 12 February + 3 working days: Friday 13, then Tết (16–20), Monday 23, Tuesday 24
    with clock.pinned(datetime.combine(date(2026, 2, 12), time(8), clock.VN_TZ)):
        given = json.loads(ok("chutich", data, "task", "add", "--title", "Báo cáo thu ngân sách tháng 01",
                              "--assignee", "canbo", "--assigned", "2026-02-12", "--working-days", "3",
                              "--urgency", "hỏa tốc", "--co", "Bui Thi Lan", "--source-number", "08/UBND-TC",
                              "--json"))
    assert (given["ref"], given["due"], given["urgency"], given["lead"]["name"]) == (
        "NV-2026-001", "2026-02-24", "hoa_toc", "K'Brơi Ngọc Sơn")
    assert given["id"] and given["co_assignees"][0]["name"] == "Bùi Thị Lan" and given["allotted_days"] == 3
    # by full name without accents, a date as the deadline (a Saturday: the next working day)
    out = ok("phochutich", data, "task", "add", "--title", "Rà soát hộ nghèo", "--assignee", "hoang duc long",
             "--assigned", "02/03/2026", "--due", "2026-03-07")
    assert out.strip() == ("Đã giao nhiệm vụ NV-2026-002 cho Hoàng Đức Long: hạn 09/03/2026 (5 ngày làm việc).")
    # the official sees his own task only
    mine = json.loads(ok("canbo", data, "task", "list", "--json"))
    assert [t["ref"] for t in mine] == ["NV-2026-001"] and mine[0]["overdue"] is True
    assert "NV-2026-002" in refused("canbo", data, "task", "show", "NV-2026-002")
    overdue = json.loads(ok("chutich", data, "task", "list", "--overdue", "--json"))
    assert [t["ref"] for t in overdue] == ["NV-2026-001", "NV-2026-002"]
    assert [t["ref"] for t in json.loads(ok("chutich", data, "task", "list", "--assignee", "Hoàng Đức Long",
                                            "--json"))] == ["NV-2026-002"]
    # the lead asks for time, the chairman who gave the task decides (not the deputy); the original deadline stays
    # for the KPIs
    out = ok("canbo", data, "task", "extend", "NV-2026-001", "--to", "2026-03-27", "--reason", "Chờ số liệu kho bạc.")
    assert "chờ lãnh đạo quyết định" in out
    assert "không có quyền" in refused("canbo", data, "task", "decide-extension", "NV-2026-001", "--approve")
    assert "không có quyền" in refused("phochutich", data, "task", "decide-extension", "NV-2026-001", "--approve")
    ok("chutich", data, "task", "decide-extension", "NV-2026-001", "--approve", "--note", "Đồng ý.")
    ok("canbo", data, "task", "progress", "NV-2026-001", "--text", "Đã có số liệu 2/3 đơn vị.")
    result = write_pdf(tmp_path / "bao-cao.pdf", "Báo cáo thu ngân sách")
    assert "19/03/2026 trước ngày 20/03/2026" in refused("canbo", data, "task", "done", "NV-2026-001", "--date",
                                                         "2026-03-19")  # it was still open on the 20th
    done = json.loads(ok("canbo", data, "task", "done", "NV-2026-001", "--date", "2026-03-20", "--note",
                         "Đã gửi báo cáo.", "--file", str(result), "--json"))
    assert (done["state"], done["due"], done["current_due"], done["done"], done["timeliness"]) == (
        "done", "2026-02-24", "2026-03-27", "2026-03-20", "late")
    assert [e["kind"] for e in done["events"]] == ["extension", "progress", "done"]
    assert done["events"][0]["status"] == "approved" and done["result_file"] is True
    ok("chutich", data, "task", "result", "NV-2026-001", "--to", str(tmp_path / "out"))
    assert (tmp_path / "out" / "bao-cao.pdf").read_bytes() == result.read_bytes()
    # the head judges the delay of the deputy's task; then reassigns and cancels another
    ok("chutich", data, "task", "judge", "NV-2026-002", "--good", "--reason", "Chờ danh sách của huyện.")
    shown = json.loads(ok("chutich", data, "task", "show", "NV-2026-002", "--json"))
    assert shown["good_reason"] is True and shown["events"][-1]["kind"] == "judgement"
    ok("chutich", data, "task", "reassign", "NV-2026-002", "--to", "Bùi Thị Lan", "--reason", "Đúng chuyên môn.")
    ok("chutich", data, "task", "cancel", "NV-2026-002", "--reason", "Huyện đã tổng hợp thay.")
    text = ok("chutich", data, "task", "show", "NV-2026-002")
    assert "Đã hủy" in text and "Hoàng Đức Long → Bùi Thị Lan" in text and "có lý do chính đáng" in text


@pytest.mark.parametrize(("user", "argv", "words"), [
    ("chutich", ("task", "add", "--title", "x", "--assignee", "Người Lạ", "--assigned", "2026-03-02",
                 "--working-days", "3"), "Người Lạ"),
    ("chutich", ("task", "add", "--title", "x", "--assignee", "canbo", "--assigned", "2026-03-25", "--due",
                 "2026-03-30"), "chưa đến"),
    ("chutich", ("task", "add", "--title", "x", "--assignee", "canbo", "--assigned", "2026-03-02",
                 "--working-days", "3", "--urgency", "gấp lắm"), "Mức độ khẩn"),
    ("canbo", ("task", "add", "--title", "x", "--assignee", "Bùi Thị Lan", "--assigned", "2026-03-02",
               "--working-days", "3", "--assigner", "chutich"), "không có quyền"),
    ("chutich", ("task", "done", "NV-2026-404", "--date", "2026-03-02"), "NV-2026-404"),
    ("chutich", ("kpi", "--period", "2026-Q5"), "2026-Q5"),
    ("chutich", ("kpi", "--threshold", "20"), "10% đến 15%"),
    ("canbo", ("kpi",), "không có quyền"),
    ("canbo", ("kpi-settings", "--threshold", "12"), "không có quyền"),
    ("chutich", ("task", "list", "--assignee", ""), "Cần ghi người thực hiện"),  # not "everyone's"
    ("chutich", ("task", "list", "--assignee", "  "), "Cần ghi người thực hiện"),
])
def test_bad_input_is_refused_in_vietnamese(data, user, argv, words):
    assert words in refused(user, data, *argv)


def test_kpi_json_gives_the_hand_computed_answers_of_the_quarter(tmp_path):
    ctx, head = create_demo(DataPaths(tmp_path / "data"), proposals=False)
    build_quarter(office(ctx, head))
    ctx.close()
    data = str(tmp_path / "data")
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        result = json.loads(ok("chutich", data, "kpi", "--period", "2026-Q1", "--json"))
        text = ok("phochutich", data, "kpi", "--period", "2026-Q1")
        ok("chutich", data, "kpi-settings", "--threshold", "15", "--short-days", "5")
        stricter = json.loads(ok("chutich", data, "kpi", "--period", "2026-Q1", "--json"))
    assert comparable(result) == EXPECTED_Q1
    for key in ("early_share", "people_without_overdue_share", "breakthrough_coverage"):
        assert 0 <= result[key]["value"] <= 1 and "target" in result[key]
    assert "Việc hoàn thành sớm hơn hạn từ 10%: 37,5% (3/8; chỉ tiêu 80%) — CHƯA ĐẠT" in text
    assert "Cá nhân không có việc quá hạn: 33,3% (2/6; chỉ tiêu 80%) — CHƯA ĐẠT" in text
    assert "Văn bản hỏa tốc: 2; hạn dưới 2 ngày làm việc: 1" in text
    # The grassroots organisations counted, then a chi bộ under the đảng bộ marked as not counted (it stood unmarked
    # under "1/2", as if the figure were wrong).
    coverage = text.split("Tổ chức cơ sở đảng có giải pháp đột phá: 50,0% (1/2; chỉ tiêu 100%)")[1].splitlines()[1:]
    assert coverage == ["  Chi bộ Trường Tiểu học Di Linh: chưa có", "  Đảng bộ xã Di Linh: DX-2026-001",
                        "  Chi bộ Cơ quan Ủy ban nhân dân (trực thuộc, không tính vào chỉ tiêu): DX-2026-001"]
    assert stricter["settings"] == {"threshold": 0.15, "short_days": 5}
    assert [t["ref"] for t in stricter["urgent_orders"]["short_deadline_tasks"]] == [
        "NV-2026-002", "NV-2026-005", "NV-2026-009", "NV-2026-010"]
