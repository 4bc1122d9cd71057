"""``lamdong task import`` and ``lamdong export kpi|tasks`` as IT staff script them; the exported KPI workbook,
read back with openpyxl, shows the numbers of ``lamdong kpi --json``."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook

from lamdong_desktop.domain import clock
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from tests.services.meeting_support import office
from tests.services.task_support import TODAY, build_quarter
from tests.services.xlsx_support import BAD, HEADER_ROW, sent_again, task_rows, write_list

from .test_cli_proposals import run_as
from .test_cli_tasks import ok, refused


def partly(user, data, *argv):
    """``task import`` with rows refused: exit code 3, the output on stdout."""
    code, out, err = run_as(user, data, *argv)
    assert code == 3 and not err, (code, err)
    return out


@pytest.fixture
def data(tmp_path):
    ctx, _ = create_demo(DataPaths(tmp_path / "data"), proposals=False)
    ctx.close()
    return str(tmp_path / "data")


@pytest.fixture(scope="module")
def quarter(tmp_path_factory):
    root = tmp_path_factory.mktemp("excel") / "data"
    ctx, head = create_demo(DataPaths(root), proposals=False)
    build_quarter(office(ctx, head))
    ctx.close()
    return str(root)


@pytest.fixture(autouse=True)
def _today():
    with clock.pinned(datetime.combine(TODAY, time(9), clock.VN_TZ)):
        yield


def test_a_list_previewed_imported_and_imported_again(data, tmp_path):
    rows = task_rows()
    path = str(write_list(tmp_path / "nhiem-vu.xlsx", rows))
    preview = json.loads(partly("chutich", data, "task", "import", path, "--dry-run", "--json"))
    assert (preview["imported"], preview["skipped"], preview["would_import"]) == (0, 0, 197)
    assert [e["row"] for e in preview["errors"]] == sorted(n + HEADER_ROW for n in BAD)
    assert all(e["reason"] for e in preview["errors"])
    assert json.loads(ok("chutich", data, "task", "list", "--json")) == []
    done = json.loads(partly("chutich", data, "task", "import", path, "--json"))
    assert (done["imported"], done["skipped"], len(done["errors"])) == (197, 0, 3)
    assert done["refs"][0] == "NV-2026-001" and len(set(done["refs"])) == 197
    assert len(json.loads(ok("chutich", data, "task", "list", "--json"))) == 197
    again = str(write_list(tmp_path / "gui-lai.xlsx", sent_again(rows)))
    out = partly("chutich", data, "task", "import", again)
    assert "Đã nhập 0 nhiệm vụ; bỏ qua 197 dòng" in out and ": Không có cán bộ “Trần Văn Không Có”" in out
    assert len(json.loads(ok("chutich", data, "task", "list", "--json"))) == 197


def test_a_file_that_is_no_xlsx_and_an_official_are_refused(data, tmp_path):
    text = tmp_path / "danh-sach.xlsx"
    text.write_text("không phải Excel", encoding="utf-8")
    assert "không phải bảng tính Excel .xlsx" in refused("chutich", data, "task", "import", str(text))
    path = str(write_list(tmp_path / "a.xlsx", task_rows(3, bad={})))
    assert "không có quyền" in refused("canbo", data, "task", "import", path, "--dry-run")


def _sheet(book, title):
    ws = book[title]
    return [[c.value for c in row] for row in ws.iter_rows()], ws


def test_the_kpi_workbook_shows_the_numbers_of_kpi_json(quarter, tmp_path):
    result = json.loads(ok("chutich", quarter, "kpi", "--period", "2026-Q1", "--json"))
    target = tmp_path / "chi-tieu.xlsx"
    assert ok("chutich", quarter, "export", "kpi", "--period", "2026-Q1", "-o", str(target)).strip() == (
        f"Đã ghi {target}.")
    book = load_workbook(target)
    assert book.sheetnames == ["Chỉ tiêu", "Cá nhân", "Người đứng đầu", "Quá hạn chưa xong", "Hỏa tốc", "Hạn quá ngắn",
                               "Gia hạn", "Tổ chức đảng"]
    rows, ws = _sheet(book, "Chỉ tiêu")
    assert ws.freeze_panes == "A2" and rows[0] == ["Chỉ tiêu", "Số đạt", "Trên tổng số", "Tỷ lệ", "Chỉ tiêu đặt ra",
                                                   "Kết quả"]
    for row, key in zip(rows[1:4], ("early_share", "people_without_overdue_share", "breakthrough_coverage"),
                        strict=True):
        share = result[key]
        assert row[1:6] == [share["part"], share["whole"], pytest.approx(share["value"], abs=5e-5), share["target"],
                            "Đạt" if share["met"] else "Chưa đạt"], key
    assert ws.cell(2, 4).number_format == "0.0%" and ws.column_dimensions["A"].width == 56
    overdue = result["overdue_open"]
    assert rows[4][:3] == ["Hồ sơ quá hạn chưa xong không có lý do chính đáng", overdue["without_good_reason"],
                           overdue["total"]]
    assert rows[9][:3] == ["Văn bản hỏa tốc", result["urgent_orders"]["hoa_toc"], result["urgent_orders"]["assigned"]]
    people, ws = _sheet(book, "Cá nhân")
    assert [(r[0], r[2], r[3], r[4], r[9]) for r in people[1:]] == [
        (p["name"], p["held"], p["completed"], p["early_enough"], p["late"]) for p in result["people"]]
    lines, ws = _sheet(book, "Quá hạn chưa xong")
    assert [r[0] for r in lines[1:]] == [t["ref"] for t in overdue["tasks"]]
    due = ws.cell(2, 7)
    assert isinstance(due.value, datetime) and due.value.date() == date.fromisoformat(overdue["tasks"][0]["due"])
    assert due.number_format == "dd/mm/yyyy" and ws.freeze_panes == "A2"
    flash, _ = _sheet(book, "Hỏa tốc")
    assert [r[0] for r in flash[1:]] == [t["ref"] for t in result["urgent_orders"]["hoa_toc_tasks"]]


def test_the_tasks_workbook_lists_the_tasks_of_the_period(quarter, tmp_path):
    target = tmp_path / "nhiem-vu.xlsx"
    ok("phochutich", quarter, "export", "tasks", "--period", "2026-Q1", "-o", str(target))
    rows, ws = _sheet(load_workbook(target), "Nhiệm vụ")
    assert rows[0][:6] == ["Mã nhiệm vụ", "Trích yếu", "Người chủ trì", "Người giao", "Ngày giao",
                           "Hạn xử lý (ban đầu)"]
    # held in Q1: every task but NV-2025-001, done on 12/11/2025
    assert [r[0] for r in rows[1:]] == ["NV-2025-002", *(f"NV-2026-{n:03d}" for n in range(1, 11))]
    first = {h: v for h, v in zip(rows[0], rows[2], strict=True)}
    assert first["Ngày giao"] == datetime(2026, 1, 5) and first["Hạn xử lý (ban đầu)"] == datetime(2026, 1, 19)
    assert first["Số/ký hiệu văn bản"] == "12/UBND-KT" and first["Đánh giá thời hạn"] == "Trước hạn"
    assert ws.cell(3, 5).number_format == "dd/mm/yyyy" and ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width == 48


def test_an_export_that_cannot_be_written_names_the_users_file(quarter, tmp_path):
    target = tmp_path / "khong-co" / "chi-tieu.xlsx"
    err = refused("chutich", quarter, "export", "kpi", "--period", "2026-Q1", "-o", str(target))
    assert str(target) in err and not target.parent.exists()
    inside = f"{quarter}/chi-tieu.xlsx"
    assert "thư mục dữ liệu" in refused("chutich", quarter, "export", "tasks", "-o", inside)
    assert "không có quyền" in refused("canbo", quarter, "export", "kpi", "--period", "2026-Q1", "-o",
                                       str(tmp_path / "x.xlsx"))


def test_a_file_named_for_another_kind_is_refused_and_nothing_written(quarter, tmp_path):
    for argv, suffix in ((("export", "tasks", "-o", str(tmp_path / "tasks.csv")), ".xlsx"),
                         (("export", "kpi", "--period", "2026-Q1", "-o", str(tmp_path / "kpi.ods")), ".xlsx"),
                         (("print", "kpi", "--period", "2026-Q1", "-o", str(tmp_path / "kpi.txt")), ".pdf")):
        err = refused("chutich", quarter, *argv)
        assert f"phải có đuôi “{suffix}”" in err and argv[-1] in err, err
    assert list(tmp_path.iterdir()) == []


def _list(path, *rows):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Trích yếu", "Người thực hiện", "Ngày giao", "Hạn xử lý (dd/mm/yyyy)", "Mức độ khẩn"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def test_import_exits_0_only_when_every_row_went_in_and_the_dry_run_shows_the_columns(data, tmp_path, capsys):
    good = _list(tmp_path / "tot.xlsx", ["Rà soát hộ nghèo", "kbroi ngoc son", "02/03/2026", "18/03/2026", "khẩn"])
    out = ok("chutich", data, "task", "import", good, "--dry-run")
    assert "\tCột D\t“Hạn xử lý (dd/mm/yyyy)”\t→ “Hạn xử lý”" in out and "1 dòng sẽ được nhập" in out
    shown = json.loads(ok("chutich", data, "task", "import", good, "--dry-run", "--json"))
    assert shown["columns"][:2] == [{"column": "A", "header": "Trích yếu", "field": "title"},
                                    {"column": "B", "header": "Người thực hiện", "field": "lead"}]
    assert shown["would_import"] == 1 and shown["refused"] == 0
    # every row refused: exit 3, with how many were imported (none)
    bad = _list(tmp_path / "xau.xlsx", ["Rà soát", "Người Lạ", "02/03/2026", "18/03/2026", ""],
                ["\u200d", "canbo", "02/03/2026", "18/03/2026", ""])
    assert "2 dòng lỗi" in partly("chutich", data, "task", "import", bad, "--dry-run")
    out = partly("chutich", data, "task", "import", bad)
    assert "Đã nhập 0 nhiệm vụ" in out and "Chưa có gì thay đổi" not in out
    assert json.loads(ok("chutich", data, "task", "list", "--json")) == []
    ok("chutich", data, "task", "import", good)
    # the same row with a corrected deadline: named with what differs, exit 3, nothing changed
    later = _list(tmp_path / "sua.xlsx", ["Rà soát hộ nghèo", "canbo", "02/03/2026", "20/03/2026", "khẩn"])
    out = partly("chutich", data, "task", "import", later)
    assert "Dòng 2: Đã nhập là NV-2026-001, khác Hạn xử lý (20/03/2026 ≠ 18/03/2026); không thay đổi" in out
    listed = json.loads(ok("chutich", data, "task", "list", "--json"))
    assert [(t["ref"], t["due"]) for t in listed] == [("NV-2026-001", "2026-03-18")]
    from lamdong_desktop.cli import main

    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["task", "import", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "Mã thoát: 0 khi mọi dòng" in help_text and "3 khi có dòng bị từ chối" in help_text


def test_task_add_finds_a_name_typed_without_its_apostrophe_and_refuses_an_invisible_title(data):
    given = json.loads(ok("chutich", data, "task", "add", "--title", "Rà soát", "--assignee", "kbroi ngoc son",
                          "--assigned", "2026-03-02", "--working-days", "3", "--json"))
    assert given["lead"]["name"] == "K'Brơi Ngọc Sơn"
    err = refused("chutich", data, "task", "add", "--title", "\u200d\u200d", "--assignee", "canbo",
                  "--assigned", "2026-03-02", "--working-days", "3")
    assert "chỉ gồm ký tự không nhìn thấy được (U+200D)" in err
