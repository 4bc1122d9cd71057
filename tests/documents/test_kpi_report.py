"""The KPI report (Báo cáo) as the head prints it from the command line, read back with pypdf: on the quarter whose
answers were worked out by hand (``tests/services/task_support``) it shows the same numbers as ``lamdong kpi
--json`` — each beside its target with "Đạt"/"Chưa đạt" —, the lists behind the figures and the per-person table;
its check line is known to ``lamdong verify --code``; an official may not print it."""

from __future__ import annotations

import json
from datetime import datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from tests.documents.pdftext import check_lines, document_text
from tests.e2e.test_cli_proposals import run_as
from tests.services.meeting_support import office
from tests.services.task_support import EXPECTED_Q1, HUONG, TODAY, build_quarter


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    root = tmp_path_factory.mktemp("kpireport") / "data"
    ctx, head = create_demo(DataPaths(root), proposals=False)
    build_quarter(office(ctx, head))
    ctx.close()
    return str(root)


@pytest.fixture(autouse=True)
def _today():
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        yield


def _ok(user, data, *argv):
    code, out, err = run_as(user, data, *argv)
    assert code == 0, err
    return out


def _percent(share) -> str:
    return f"{share['value'] * 100:.1f}%".replace(".", ",") + f" ({share['part']}/{share['whole']})"


def _verdict(met) -> str:
    return "Đạt" if met else "Chưa đạt"


@pytest.fixture(scope="module")
def printed(quarter, tmp_path_factory):
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        result = json.loads(_ok("chutich", quarter, "kpi", "--period", "2026-Q1", "--json"))
        target = tmp_path_factory.mktemp("out") / "chi-tieu.pdf"
        out = _ok("chutich", quarter, "print", "kpi", "--period", "2026-Q1", "-o", str(target))
    assert out.strip() == f"Đã in dự thảo báo cáo kết quả thực hiện các chỉ tiêu quý I năm 2026 ra {target}."
    return result, target, document_text(target)


def test_the_report_shows_each_kpi_of_the_cli_beside_its_target(printed):
    result, _, text = printed
    assert result["early_share"]["part"] == EXPECTED_Q1["early_share"]["part"]  # the hand-computed quarter
    assert "BÁO CÁO Kết quả thực hiện các chỉ tiêu về giao việc, thời hạn giải quyết công việc quý I năm 2026" in text
    assert "(số liệu tính đến ngày 20/03/2026)" in text and "Số: /BC-UBND" in text
    early, people, party = (result[k] for k in ("early_share", "people_without_overdue_share", "breakthrough_coverage"))
    overdue, orders = result["overdue_open"], result["urgent_orders"]
    rows = (
        f"1 Tỷ lệ hồ sơ, công việc hoàn thành sớm hơn hạn từ 10% thời gian trở lên {_percent(early)} ≥ 80% "
        f"{_verdict(early['met'])}",
        f"2 Tỷ lệ cá nhân thực hiện nhiệm vụ không có việc quá hạn, tồn đọng {_percent(people)} ≥ 80% "
        f"{_verdict(people['met'])}",
        f"3 Hồ sơ quá hạn chưa hoàn thành không có lý do chính đáng {overdue['without_good_reason']} (trên "
        f"{overdue['total']} hồ sơ quá hạn; {overdue['with_good_reason']} có lý do chính đáng) 0 "
        f"{_verdict(overdue['met'])}",
        f"4 Văn bản giao việc hỏa tốc {orders['hoa_toc']} (trên {orders['assigned']} nhiệm vụ được giao) Hạn chế "
        "tối đa",
        f"5 Nhiệm vụ giao với thời hạn dưới 2 ngày làm việc {orders['short_deadline']} Hạn chế tối đa",
        f"6 Tỷ lệ tổ chức cơ sở đảng có ít nhất một giải pháp đột phá {_percent(party)} 100% {_verdict(party['met'])}",
    )
    for row in rows:
        assert row in text, row
    assert "37,5% (3/8) ≥ 80% Chưa đạt" in text and "33,3% (2/6)" in text and "50,0% (1/2) 100% Chưa đạt" in text
    done = result["completed"]
    assert (f"Trong kỳ hoàn thành {done['total']} hồ sơ, công việc: trước hạn {done['before_due']}, đúng hạn "
            f"{done['on_due']}, quá hạn {done['late']}; {result['extensions']['tasks']} nhiệm vụ được gia hạn") in text
    by = orders["by_urgency"]
    assert (f"Trong kỳ giao {orders['assigned']} nhiệm vụ: thường {by['thuong']}, khẩn {by['khan']}, thượng khẩn "
            f"{by['thuong_khan']}, hỏa tốc {by['hoa_toc']}.") in text
    for caption in ("Biểu đồ 1. Các chỉ tiêu tỷ lệ so với chỉ tiêu đặt ra (%)",
                    "Biểu đồ 2. Tỷ lệ hoàn thành đủ sớm của từng cá nhân (%)",
                    "Biểu đồ 3. Hồ sơ quá hạn không có lý do chính đáng theo người đứng đầu",
                    "Biểu đồ 4. Số giải pháp đột phá của từng tổ chức cơ sở đảng"):
        assert caption in text, caption
    assert "Cá nhân không có việc quá hạn 33,3%" in text  # the chart's bar names its value


def test_the_report_lists_what_is_behind_each_figure(printed):
    result, _, text = printed
    late = result["people_with_overdue"]
    assert f"Trong kỳ có {len(late)}/{len(result['people'])} cá nhân có việc quá hạn:" in text
    for person in late:
        assert f"{person['name']}: {person['late']} việc quá hạn" in text
    lists = (("Danh sách hồ sơ, công việc quá hạn chưa hoàn thành", result["overdue_open"]["tasks"]),
             ("Danh sách văn bản hỏa tốc", result["urgent_orders"]["hoa_toc_tasks"]),
             ("Danh sách nhiệm vụ giao với thời hạn dưới 2 ngày làm việc",
              result["urgent_orders"]["short_deadline_tasks"]),
             ("Danh sách nhiệm vụ được gia hạn", result["extensions"]["list"]))
    for caption, tasks in lists:
        section = text.split(caption, 1)[1]
        for n, t in enumerate(tasks, 1):
            due = "/".join(reversed(t["due"].split("-")))
            assert f"{n} {t['ref']} {t['title']} {t['lead']} {t['assigner']}" in section and due in section, t["ref"]
    assert "10/03/2026 (1 ngày làm việc)" in text and "16/01/2026 (gia hạn đến 21/01/2026)" in text
    assert "10/03/2026 (chưa đánh giá lý do)" in text and "16/03/2026 (có lý do chính đáng)" in text
    holding = [h for h in result["overdue_open"]["by_head"] if h["without_good_reason"]]
    assert [h["name"] for h in holding] == [HUONG]
    assert ("Người đứng đầu còn giữ hồ sơ quá hạn không có lý do chính đáng (chỉ tiêu: không có): Ka Thị Hương (1 hồ "
            "sơ).") in text
    for n, h in enumerate(result["overdue_open"]["by_head"], 1):
        assert (f"{n} {h['name']} {h['with_good_reason']} {h['without_good_reason']} {h['unjudged']} "
                f"{_verdict(h['met'])}") in text
    missing = [o["name"] for o in result["breakthrough_coverage"]["organisations"] if o["grassroots"]
               and not o["covered"]]
    assert missing == ["Chi bộ Trường Tiểu học Di Linh"]
    assert f"Tổ chức cơ sở đảng chưa có giải pháp đột phá: {missing[0]}." in text
    assert "Đảng bộ xã Di Linh DX-2026-001 Đạt" in text


def test_the_per_person_table_has_the_numbers_of_the_cli(printed):
    result, _, text = printed
    table = text.split("Kết quả của từng cá nhân", 1)[1].split("Biểu đồ 2.", 1)[0]
    for n, p in enumerate(result["people"], 1):
        share = p["early_share"]
        shown = f"{share['value'] * 100:.1f}%".replace(".", ",") if share["value"] is not None else "chưa có số liệu"
        row = (f"{n} {p['name']} {p['held']} {p['completed']} {p['early_enough']} {shown} {p['late']} "
               f"{p['open_overdue']}")
        assert row in table, row


def test_its_check_line_is_known_to_verify(printed, quarter):
    _, target, _ = printed
    [line, *_rest] = check_lines(target)
    assert line.startswith("Dự thảo báo cáo · Chỉ tiêu 2026-Q1 · mã kiểm tra ")
    code, out, err = run_as("chutich", quarter, "verify", "--code", line.rsplit(" ", 1)[1])
    assert code == 0 and out.startswith("Khớp: "), (out, err)


def test_an_official_is_refused_in_vietnamese_and_nothing_is_written(quarter, tmp_path):
    target = tmp_path / "chi-tieu.pdf"
    code, _out, err = run_as("canbo", quarter, "print", "kpi", "--period", "2026-Q1", "-o", str(target))
    assert code == 1 and err.startswith("lamdong: ") and "không có quyền" in err and "Traceback" not in err
    assert not target.exists()
