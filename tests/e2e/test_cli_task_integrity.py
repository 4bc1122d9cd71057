"""The tester's ways of bending the task KPIs from the command line, each closed (issue 10): a back-dated task an
official invents "given by the chairman", an assigner who is no leader, a deputy cancelling an overdue file or
handling the chairman's task, an overdue task handed on, the configured threshold in ``task show``."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock

from .test_cli_tasks import data, ok, refused  # noqa: F401 - the fixture ``data`` and the runners

TODAY = date(2026, 12, 2)


@pytest.fixture(autouse=True)
def _today():
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        yield


def _kpi(data):  # noqa: F811 - the fixture's value
    return json.loads(ok("chutich", data, "kpi", "--period", "2026", "--json"))


def test_a_back_dated_task_an_official_invents_counts_nowhere_until_the_chairman_confirms_it(data):  # noqa: F811
    before = _kpi(data)
    out = ok("canbo", data, "task", "add", "--title", "Viec tu ghi", "--assignee", "canbo", "--assigner", "chutich",
             "--assigned", "2026-01-05", "--due", "2026-12-31", "--urgency", "hoa_toc")
    assert "chờ Nguyễn Văn Hùng xác nhận" in out
    ref = out.split()[4]
    assert "trước ngày nhiệm vụ được ghi vào chương trình (02/12/2026)" in refused(
        "canbo", data, "task", "done", ref, "--date", "2026-01-06")
    ok("canbo", data, "task", "done", ref, "--date", "2026-12-02")
    after = _kpi(data)
    assert after["early_share"] == before["early_share"] and after["awaiting_confirmation"] == 1
    assert after["urgent_orders"]["hoa_toc"] == before["urgent_orders"]["hoa_toc"]
    assert "chờ người giao xác nhận (chưa tính vào chỉ tiêu): 1" in ok("chutich", data, "kpi", "--period", "2026")
    assert "không có quyền" in refused("phochutich", data, "task", "confirm", ref)
    shown = json.loads(ok("chutich", data, "task", "confirm", ref, "--json"))
    assert shown["awaiting_confirmation"] is False
    confirmed = _kpi(data)
    assert confirmed["awaiting_confirmation"] == 0
    assert confirmed["early_share"]["whole"] == before["early_share"]["whole"] + 1
    assert confirmed["urgent_orders"]["hoa_toc"] == before["urgent_orders"]["hoa_toc"] + 1


@pytest.mark.parametrize(("user", "assignee", "assigner"), [("canbo", "canbo", "thuky"),
                                                             ("phochutich", "Bùi Thị Lan", "canbo")])
def test_an_assigner_who_is_no_leader_is_refused(data, user, assignee, assigner):  # noqa: F811
    before = json.loads(ok("chutich", data, "task", "list", "--json"))
    err = refused(user, data, "task", "add", "--title", "x", "--assignee", assignee, "--assigner", assigner,
                  "--assigned", "2026-11-30", "--working-days", "3")
    assert "không phải người đứng đầu hay lãnh đạo" in err
    assert json.loads(ok("chutich", data, "task", "list", "--json")) == before


def test_overdue_files_stay_on_the_record_when_cancelled_or_handed_on(data):  # noqa: F811
    with clock.pinned(datetime.combine(date(2026, 11, 2), time(8), clock.VN_TZ)):
        own = ok("phochutich", data, "task", "add", "--title", "Hồ sơ thu hồi đất", "--assignee", "Hoàng Đức Long",
                 "--assigned", "2026-11-02", "--working-days", "5").split()[4]
        chair = ok("chutich", data, "task", "add", "--title", "Báo cáo đất công", "--assignee", "canbo",
                   "--assigned", "2026-11-02", "--working-days", "5").split()[4]
    before = _kpi(data)
    # the deputy's own overdue task: only the head cancels it; the chairman's: the deputy does nothing with it
    assert "chỉ người đứng đầu được hủy" in refused("phochutich", data, "task", "cancel", own, "--reason", "khong can")
    for argv in (("cancel", chair, "--reason", "x"), ("reassign", chair, "--to", "Bùi Thị Lan", "--reason", "x"),
                 ("decide-extension", chair, "--approve")):
        assert "không có quyền" in refused("phochutich", data, "task", *argv)
    ok("chutich", data, "task", "cancel", own, "--reason", "Không còn cần.")
    ok("chutich", data, "task", "reassign", chair, "--to", "bui thi lan", "--reason", "chuyen")
    after = _kpi(data)
    assert after["overdue_open"]["total"] == before["overdue_open"]["total"] - 1
    assert [t["ref"] for t in after["cancelled_overdue"]["tasks"]] == [own]
    assert {h["name"]: h["cancelled_overdue"] for h in after["overdue_open"]["by_head"]}["Ka Thị Hương"] == 1
    marked = {p["name"] for p in after["people_with_overdue"]}
    assert {"Hoàng Đức Long", "K'Brơi Ngọc Sơn"} <= marked
    assert ("Bùi Thị Lan" in marked) == ("Bùi Thị Lan" in {p["name"] for p in before["people_with_overdue"]})
    text = ok("chutich", data, "kpi", "--period", "2026")
    assert f"  {own} Hoàng Đức Long" in text and "giao bởi Ka Thị Hương" in text


def test_task_show_follows_the_configured_threshold(data):  # noqa: F811
    with clock.pinned(datetime.combine(date(2026, 11, 2), time(8), clock.VN_TZ)):
        ref = ok("chutich", data, "task", "add", "--title", "Kiểm tra", "--assignee", "canbo",
                 "--assigned", "2026-11-02", "--working-days", "10").split()[4]
    ok("chutich", data, "task", "done", ref, "--date", "2026-11-13")  # 9 of 10 working days: 10% early
    assert json.loads(ok("chutich", data, "task", "show", ref, "--json"))["early_enough"] is True
    ok("chutich", data, "kpi-settings", "--threshold", "15")
    shown = json.loads(ok("chutich", data, "task", "show", ref, "--json"))
    assert (shown["earliness"], shown["early_enough"]) == (0.1, False)
