"""What the import's preview says of a list beyond its good rows: files too large refused before they are read,
rows repeated in the file or imported before with other fields named, the column mapping shown and two columns
for one field refused, headers with a note, people typed without accents or apostrophe, merged cells."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import staff, task_import, task_sheet, task_views

from .meeting_support import at, office

TODAY = date(2026, 3, 20)
HEAD = ["Số/ký hiệu văn bản", "Trích yếu", "Người thực hiện", "Ngày giao", "Hạn xử lý", "Mức độ khẩn"]


@pytest.fixture
def o(demo):
    return office(*demo)


def _book(path, header, *rows):
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _row(n: int, due: str = "18/03/2026", urgency: str = "Thường", lead: str = "canbo") -> list[object]:
    return [f"{n}/UBND", f"Rà soát hồ sơ thôn {n}", lead, "02/03/2026", due, urgency]


def _preview(o, path, **kw):
    with at(TODAY):
        return task_import.preview(o.ctx, actor=o.head, path=path, **kw)


def _count(o) -> int:
    return o.ctx.db.execute("SELECT count(*) FROM tasks").fetchone()[0]


def _refused(o, path) -> str:
    with pytest.raises(ValidationError) as err:
        _preview(o, path)
    assert _count(o) == 0
    return describe(err.value)


# ---------------------------------------------------------------------------------------------------- limits

def test_a_workbook_too_large_once_unpacked_is_refused_before_it_is_read(o, tmp_path, monkeypatch):
    monkeypatch.setattr(task_sheet, "MAX_UNPACKED", 1_000_000)
    big = (["x", f"{n} " + "a" * 30_000, "canbo", "02/03/2026"] for n in range(40))
    path = _book(tmp_path / "lon.xlsx", HEAD, *big)
    assert path.stat().st_size < 100_000  # a small file that unpacks large
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("the sheet was read"))
    words = _refused(o, path)
    assert "khi giải nén chiếm 1,2 MB, quá giới hạn 1,0 MB" in words and str(path) in words


def test_a_sheet_of_too_many_rows_is_refused_naming_the_limit(o, tmp_path, monkeypatch):
    monkeypatch.setattr(task_sheet, "MAX_ROWS", 50)
    path = _book(tmp_path / "dai.xlsx", HEAD, *(_row(n) for n in range(1, 62)))
    assert "có 61 dòng dưới dòng tiêu đề, quá giới hạn 50 dòng" in _refused(o, path)
    # a sheet that declares no size: refused at the first row beyond the limit
    bare = tmp_path / "khong-kich-thuoc.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bare, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data, n = re.subn(rb"<dimension [^>]*/>", b"", data)
                assert n == 1
            out.writestr(info, data)
    assert "hơn 50 dòng dưới dòng tiêu đề, quá giới hạn 50 dòng" in _refused(o, bare)
    monkeypatch.setattr(task_sheet, "MAX_ROWS", 61)
    assert len(_preview(o, path).ready) == 61


def test_a_cell_longer_than_any_field_is_a_row_error(o, tmp_path, monkeypatch):
    monkeypatch.setattr(task_import, "MAX_CELL", 1_000)
    path = _book(tmp_path / "o-dai.xlsx", HEAD, _row(1), ["2/UBND", "x" * 1_500, "canbo", "02/03/2026", "18/03/2026"])
    found = _preview(o, path)
    assert [r.row for r in found.ready] == [2]
    assert [(e.row, e.reason) for e in found.errors] == [
        (3, "“Trích yếu” dài 1.500 ký tự, quá giới hạn 1.000 ký tự của một ô.")]


# ------------------------------------------------------------------------------------ repeated and re-imported

def test_a_row_repeated_in_the_file_is_named_with_the_row_it_repeats(o, tmp_path):
    path = _book(tmp_path / "trung.xlsx", HEAD, _row(1), _row(2), _row(1), _row(2, due="20/03/2026"))
    found = _preview(o, path)
    assert [r.row for r in found.ready] == [2, 3]
    assert [(s.row, s.same_as_row, s.reason) for s in found.skipped] == [
        (4, 2, "Trùng dòng 2 của tệp (cùng nhiệm vụ, cùng nội dung): bỏ qua.")]
    assert [e.row for e in found.errors] == [5]
    assert found.errors[0].reason.startswith("Cùng nhiệm vụ với dòng 3 của tệp") and \
        "khác Hạn xử lý (20/03/2026 ≠ 18/03/2026)" in found.errors[0].reason
    assert found.refused == 1


def test_a_row_imported_before_that_now_says_otherwise_is_named_and_nothing_changes(o, tmp_path):
    with at(TODAY):
        done = task_import.confirm(o.ctx, actor=o.head, preview=_preview(
            o, _book(tmp_path / "a.xlsx", HEAD, _row(1), _row(2), _row(3)))).value
    before = {r: task_views.get(o.ctx, r, actor=o.head).summary for r in done.refs}
    again = _preview(o, _book(tmp_path / "b.xlsx", HEAD, _row(1), _row(2, due="20/03/2026", urgency="Hỏa tốc"),
                              _row(3, lead="K'Brơi Ngọc Sơn")))
    assert not again.ready and not again.errors and again.refused == 1
    by_row = {s.row: s for s in again.skipped}
    assert by_row[3].ref == done.refs[1] and by_row[3].differences == (
        "Hạn xử lý (20/03/2026 ≠ 18/03/2026)", "Mức độ khẩn (Hỏa tốc ≠ Thường)")
    assert by_row[3].reason == (f"Đã nhập là {done.refs[1]}, khác Hạn xử lý (20/03/2026 ≠ 18/03/2026), Mức độ khẩn "
                                f"(Hỏa tốc ≠ Thường); không thay đổi (sửa trên nhiệm vụ {done.refs[1]} nếu cần).")
    assert by_row[2].reason == f"Đã nhập là {done.refs[0]}." and not by_row[4].differences  # canbo is K'Brơi
    with at(TODAY):
        assert task_import.confirm(o.ctx, actor=o.head, preview=again).value.refs == ()
    assert {r: task_views.get(o.ctx, r, actor=o.head).summary for r in done.refs} == before and _count(o) == 3


# -------------------------------------------------------------------------------------------------- columns

def test_the_preview_shows_which_column_fed_which_field(o, tmp_path):
    path = _book(tmp_path / "cot.xlsx", ["STT", *HEAD, "Số ngày làm việc", "Ghi chú riêng"],
                 [1, *_row(1), None, "x"])
    found = _preview(o, path)
    assert [(c.column, c.header, c.field) for c in found.columns] == [
        ("A", "STT", None), ("B", "Số/ký hiệu văn bản", "source_number"), ("C", "Trích yếu", "title"),
        ("D", "Người thực hiện", "lead"), ("E", "Ngày giao", "assigned_on"), ("F", "Hạn xử lý", "due"),
        ("G", "Mức độ khẩn", "urgency"), ("H", "Số ngày làm việc", "working_days"), ("I", "Ghi chú riêng", None)]
    assert found.notes == ("Có cả cột F (“Hạn xử lý”) và cột H (“Số ngày làm việc”): dòng có ngày ở cột F lấy ngày "
                           "đó làm hạn xử lý (số ngày ở cột H khi đó không dùng); dòng để trống cột F tính hạn theo "
                           "số ngày làm việc ở cột H.",)


def test_two_columns_for_one_field_are_refused_naming_them(o, tmp_path):
    path = _book(tmp_path / "hai-cot.xlsx", [*HEAD, "Trích yếu "], [*_row(1), "Một trích yếu khác"])
    words = _refused(o, path)
    assert "“Trích yếu”: cột B (“Trích yếu”) và cột G (“Trích yếu”)" in words
    # the window's own mapping is the user's choice: taken as given
    found = _preview(o, path, mapping={"title": 6, "lead": 2, "assigned_on": 3, "due": 4})
    assert found.ready[0].task.fields["title"] == "Một trích yếu khác"


@pytest.mark.parametrize(("header", "cell", "field"), [
    ("Hạn xử lý (dd/mm/yyyy)", "18/03/2026", "due"), ("Hạn xử lý (ngày)", 10, "working_days"),
    ("Thời hạn (ngày làm việc)", 10, "working_days"), ("Ngày giao (*)", None, None)])
def test_a_header_with_a_note_in_brackets_is_recognised(o, tmp_path, header, cell, field):
    if field is None:
        assert task_sheet.field_of(header) == "assigned_on"
        return
    path = _book(tmp_path / "ghi-chu.xlsx", ["Trích yếu", "Người thực hiện", "Ngày giao", header],
                 ["Rà soát", "canbo", "02/03/2026", cell])
    found = _preview(o, path)
    assert found.mapping[field] == 3 and not found.errors
    assert found.ready[0].task.due_on == (date(2026, 3, 18) if field == "due" else date(2026, 3, 16))


# ------------------------------------------------------------------------------------------------------ cells

def test_people_typed_without_apostrophe_or_accents_and_the_exact_name_first(o, tmp_path):
    with at(TODAY):
        staff.add_person(o.ctx, actor=o.admin, full_name="Trần Thị Mài", position="Công chức")
    path = _book(tmp_path / "nguoi.xlsx", HEAD, _row(1, lead="kbroi ngoc son"), _row(2, lead="K’Brơi Ngọc Sơn"),
                 _row(3, lead="Trần Thị Mài"), _row(4, lead="Trần  Thị Mai"), _row(5, lead="tran thi mai"))
    found = _preview(o, path)
    leads = {r.row: r.task.lead.full_name for r in found.ready}
    assert leads == {2: "K'Brơi Ngọc Sơn", 3: "K'Brơi Ngọc Sơn", 4: "Trần Thị Mài", 5: "Trần Thị Mai"}
    assert [e.row for e in found.errors] == [6] and "tran thi mai" in found.errors[0].reason


def test_row_errors_name_the_maximum_and_carry_no_tail(o, tmp_path):
    path = _book(tmp_path / "loi.xlsx", [*HEAD[:4], "Số ngày làm việc"], [*_row(1)[:4], 100000],
                 [*_row(2)[:4], 0], ["", "\u200d\u200d", "canbo", "02/03/2026", 3], [*_row(4)[:4], 3])
    found = _preview(o, path)
    reasons = {e.row: e.reason for e in found.errors}
    assert reasons[2] == "“Số ngày làm việc” là “100000”: cần một số nguyên ngày làm việc từ 1 đến 3.650."
    assert "từ 1 đến 3.650" in reasons[3]
    assert "chỉ gồm ký tự không nhìn thấy được (U+200D)" in reasons[4]
    assert not any("Chưa có gì" in r for r in reasons.values()) and [r.row for r in found.ready] == [5]


def test_a_title_left_empty_by_a_merged_range_says_so(o, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(HEAD)
    for n in (1, 2, 3):
        ws.append(_row(n))
    ws.merge_cells("B3:B4")  # rows 3 and 4 under one title: the text is in B3 alone
    book.save(tmp_path / "gop.xlsx")
    found = _preview(o, tmp_path / "gop.xlsx")
    assert [(e.row, e.reason) for e in found.errors] == [
        (4, "Thiếu “Trích yếu”: ô B4 nằm trong vùng ô gộp B3:B4, chỉ ô đầu B3 có nội dung — hãy bỏ gộp ô và ghi đủ "
            "nội dung cho từng dòng.")]


def test_a_field_the_file_has_no_column_for_is_not_a_difference(o, tmp_path):
    head = HEAD[:5]  # no "Mức độ khẩn", no "Người giao"
    with at(TODAY):
        task_import.confirm(o.ctx, actor=o.head, preview=_preview(
            o, _book(tmp_path / "a.xlsx", [*HEAD, "Người giao"], [*_row(1, urgency="Khẩn"), "Ka Thị Hương"])))
    with at(TODAY):  # the deputy imports the same list without those columns: the same task, nothing contradicted
        again = task_import.preview(o.ctx, actor=o.leader, path=_book(tmp_path / "b.xlsx", head, _row(1)[:5]))
    assert [(s.row, s.differences) for s in again.skipped] == [(2, ())] and again.refused == 0
