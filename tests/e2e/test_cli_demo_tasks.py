"""The demo's year of tasks as a new user meets it from the command line: ``lamdong demo``, then ``kpi --json``,
``task list --overdue --json`` and ``queue`` as the official ``canbo`` — on a plain Wednesday, and on days off
(Tết 2027, a Sunday, New Year's Day, National Day, the first working day after Tết) the demo builds all the same."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.services.queue_tasks import week_end

from .test_cli import run
from .test_cli_proposals import run_as

WEDNESDAY = date(2026, 11, 25)
SON, HUONG, THANH = "K'Brơi Ngọc Sơn", "Ka Thị Hương", "Đinh Công Thành"
OVERDUE_REPORT = "Báo cáo kết quả rà soát đất công do xã quản lý"  # canbo's, his extension refused
DUE_SOON = "Tổng hợp nhu cầu vốn hỗ trợ phát triển sản xuất năm tới"  # canbo's, due this week


def _at(day: date):
    return clock.pinned(datetime.combine(day, time(10), clock.VN_TZ))


def ok(user, data, *argv):
    code, out, err = run_as(user, data, *argv) if user else run(["--data-dir", data, *argv])
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def wednesday(tmp_path_factory):
    data = str(tmp_path_factory.mktemp("demo-tasks") / "demo")
    with _at(WEDNESDAY):
        ok(None, data, "demo")
    return data


def test_the_kpis_of_a_fresh_demo_are_a_real_year(wednesday):
    with _at(WEDNESDAY):
        k = json.loads(ok("chutich", wednesday, "kpi", "--json"))
    assert k["period"]["code"] == "2026"
    # Shares between 0 and 1 and not trivial: most work early enough, some on the due day, some late; most people
    # with nothing overdue, not all.
    early, people = k["early_share"], k["people_without_overdue_share"]
    assert 0.5 < early["value"] < 1 and early["whole"] >= 100 and early["target"] == 0.8
    assert 0.5 < people["value"] < 1 and 20 <= people["whole"] <= 30 and people["target"] == 0.8
    done = k["completed"]
    assert done["total"] == early["whole"] and min(done["before_due"], done["on_due"], done["late"]) >= 3
    assert done["before_due"] > done["on_due"] + done["late"]
    # A head with overdue files without a good reason (one judged so, one not judged yet), another whose one
    # overdue file has a good reason.
    heads = {h["name"]: h for h in k["overdue_open"]["by_head"]}
    assert (heads[HUONG]["without_good_reason"], heads[HUONG]["unjudged"], heads[HUONG]["met"]) == (2, 1, False)
    assert (heads[THANH]["with_good_reason"], heads[THANH]["without_good_reason"], heads[THANH]["met"]) == (1, 0, True)
    assert k["overdue_open"]["without_good_reason"] == 2 and not k["overdue_open"]["met"]
    # Hỏa tốc orders and very short deadlines, kept to a few; extensions shown.
    orders = k["urgent_orders"]
    assert 3 <= orders["hoa_toc"] <= 10 and orders["hoa_toc"] < orders["assigned"] // 10
    assert set(orders["by_urgency"]) == {"thuong", "khan", "thuong_khan", "hoa_toc"}
    assert all(n > 0 for n in orders["by_urgency"].values()) and orders["short_deadline"] >= 1
    assert k["extensions"]["tasks"] >= 2


def test_the_overdue_list_and_the_officials_queue(wednesday):
    with _at(WEDNESDAY):
        overdue = json.loads(ok("chutich", wednesday, "task", "list", "--overdue", "--json"))
        queue = json.loads(ok("canbo", wednesday, "queue", "--json"))
        listed = ok("canbo", wednesday, "queue")
    assert all(t["overdue"] and t["state"] == "open" and t["current_due"] < f"{WEDNESDAY}" for t in overdue)
    assert {(t["title"], t["lead"]["name"], t["good_reason"]) for t in overdue} == {
        (OVERDUE_REPORT, SON, None), ("Hoàn thiện hồ sơ thu hồi đất làm đường vào khu sản xuất", "Lê Văn Tài", False),
        ("Xác minh, giải quyết chế độ cho người có công trên địa bàn", "Vũ Thị Thanh Hà", True)}
    # canbo: his overdue report first, then the task due this week (Thursday, the next working day).
    first, second = queue[0], queue[1]
    assert (first["kind"], first["title"], first["overdue"]) == ("task", OVERDUE_REPORT, True)
    assert (second["kind"], second["title"], second["overdue"], second["due"]) == (
        "task", DUE_SOON, False, f"{WEDNESDAY + timedelta(days=1)}")
    assert listed.splitlines()[0].startswith("Nhiệm vụ\t") and "QUÁ HẠN" in listed.splitlines()[0]
    assert OVERDUE_REPORT in listed.splitlines()[0]


def _twelve_months(day: date) -> str:
    return f"{day - timedelta(days=365)}:{day}"


@pytest.mark.parametrize("day", [date(2027, 2, 6), date(2027, 2, 11), date(2026, 12, 6), date(2027, 1, 1),
                                 date(2026, 9, 2)],
                         ids=["tet-2027-saturday", "first-working-day-after-tet", "sunday", "new-year", "national-day"])
def test_the_demo_builds_on_any_day(tmp_path, day):
    data = str(tmp_path / "demo")
    with _at(day):
        ok(None, data, "demo")
        k = json.loads(ok("chutich", data, "kpi", "--period", _twelve_months(day), "--json"))
        tasks = json.loads(ok("chutich", data, "task", "list", "--json"))
        queue = [i for i in json.loads(ok("canbo", data, "queue", "--json")) if i["kind"] == "task"]
        verified = ok("admin", data, "verify")
    assert verified.startswith("Dữ liệu toàn vẹn:") and "không có sai lệch" in verified, verified
    # Nothing dated after today; the year's work spread over the twelve months before it.
    assert all(t["assigned"] <= f"{day}" and (t["done"] or "") <= f"{day}" for t in tasks)
    months = Counter(t["assigned"][:7] for t in tasks)
    assert len(months) >= 12 and 150 <= len(tasks) <= 250
    assert 0.5 < k["early_share"]["value"] < 1 and 0.5 < k["people_without_overdue_share"]["value"] < 1
    assert k["overdue_open"]["without_good_reason"] == 2 and k["urgent_orders"]["hoa_toc"] >= 3
    # canbo's overdue report first; his other task due this week when a working day is left in it (on a weekend or
    # a holiday to the week's end: the next working day, after the queue's week).
    assert (queue[0]["title"], queue[0]["overdue"]) == (OVERDUE_REPORT, True)
    [soon] = [t for t in tasks if t["title"] == DUE_SOON]
    working = WorkingCalendar()  # the demo has no corrections of the calendar
    left = [day + timedelta(days=n) for n in range((week_end(day) - day).days + 1)
            if working.is_working_day(day + timedelta(days=n))]
    if left:
        assert soon["due"] in {f"{d}" for d in left} and [i["title"] for i in queue[1:]] == [DUE_SOON]
    else:
        assert soon["due"] == f"{working.next_working_day(day)}" and len(queue) == 1
