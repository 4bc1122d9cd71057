"""Importing a task list from .xlsx: the preview names each bad row and why and writes nothing; the confirmation
gives the good rows; the same list imported again — in another order, people named otherwise — adds nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import task_import, task_views

from .meeting_support import at, office
from .xlsx_support import BAD, HEADER_ROW, HEADERS, OTHER_HEADERS, sent_again, task_rows, write_list

TODAY = date(2026, 3, 20)


@pytest.fixture
def o(demo):
    return office(*demo)


def _count(o, table: str = "tasks") -> int:
    return o.ctx.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _preview(o, path, **kw):
    with at(TODAY):
        return task_import.preview(o.ctx, actor=o.head, path=path, **kw)


def test_the_preview_names_each_bad_row_and_writes_nothing(o, tmp_path):
    path = write_list(tmp_path / "nhiem-vu.xlsx", task_rows())
    before = (_count(o), _count(o, "audit_events"))
    found = _preview(o, path)
    assert (_count(o), _count(o, "audit_events")) == before
    assert found.sheet.header_row == HEADER_ROW and len(found.ready) == 197 and not found.skipped
    assert set(found.mapping) == {"title", "lead", "assigned_on", "due", "working_days", "urgency", "source_number",
                                  "source_issuer", "source_date"}
    rows = {n + HEADER_ROW: why for n, why in BAD.items()}
    assert [e.row for e in found.errors] == sorted(rows)
    reasons = {e.row: e.reason for e in found.errors}
    assert "Không có cán bộ “Trần Văn Không Có”" in reasons[17 + HEADER_ROW]
    assert "“Ngày giao” là “31/02/2026”: không đọc được ngày" in reasons[88 + HEADER_ROW]
    assert "Hạn xử lý" in reasons[150 + HEADER_ROW] and "trước ngày giao" in reasons[150 + HEADER_ROW]


def test_confirmed_the_good_rows_are_given_and_the_same_list_again_adds_nothing(o, tmp_path):
    rows = task_rows()
    with at(TODAY):
        result = task_import.confirm(o.ctx, actor=o.head, preview=_preview(o, write_list(tmp_path / "a.xlsx", rows)))
    assert len(result.value.refs) == 197 == _count(o) and len(result.value.errors) == 3
    # what a row said is what the task holds (n=2: given on 07/01 as an Excel date, due as a date)
    second = task_views.get(o.ctx, result.value.refs[1], actor=o.head).summary
    assert (second.title, second.lead.full_name, second.assigned_on, second.source_number) == (
        "Nhiệm vụ số 2: rà soát hồ sơ thôn 3", "Hoàng Đức Long", date(2026, 1, 7), "2/UBND-VP")
    assert second.urgency.value == "thuong_khan" and second.source_issuer == "UBND xã Di Linh"
    third = task_views.get(o.ctx, result.value.refs[2], actor=o.head)  # n=3: 6 working days from Thu 08/01
    assert (third.deadline_days, third.summary.due_on, third.summary.lead.full_name) == (
        6, date(2026, 1, 16), "Đặng Thị Ngọc Ánh")
    audit = _count(o, "audit_events")
    for name, again in (("a.xlsx", rows), ("b.xlsx", sent_again(rows))):
        headers = OTHER_HEADERS if name == "b.xlsx" else HEADERS
        found = _preview(o, write_list(tmp_path / f"again-{name}", again, headers))
        assert (len(found.ready), len(found.skipped), len(found.errors)) == (0, 197, 3), name
        assert {s.ref for s in found.skipped} == set(result.value.refs)
        with at(TODAY):
            assert task_import.confirm(o.ctx, actor=o.head, preview=found).value.refs == ()
    assert _count(o) == 197 and _count(o, "audit_events") == audit


def test_new_rows_of_a_list_are_given_and_the_old_ones_skipped(o, tmp_path):
    rows = task_rows(20, bad={})
    with at(TODAY):
        task_import.confirm(o.ctx, actor=o.head, preview=_preview(o, write_list(tmp_path / "a.xlsx", rows[:12])))
    found = _preview(o, write_list(tmp_path / "b.xlsx", sent_again(rows) + [rows[15]]))  # a new row twice
    assert (len(found.ready), len(found.skipped)) == (8, 13)
    assert sum(1 for s in found.skipped if s.ref) == 12
    again = [s for s in found.skipped if not s.ref]
    first = next(r.row for r in found.ready if r.task.fields["title"] == rows[15][4])
    assert [(s.row, s.same_as_row) for s in again] == [(21 + HEADER_ROW, first)]


def test_a_column_mapping_and_a_header_row_given_by_the_caller(o, tmp_path):
    path = _book(tmp_path / "khac.xlsx", ["Trích yếu", "Người thực hiện", "Bắt đầu", "Kết thúc", "Khẩn"],
                 ["Lập kế hoạch phòng cháy rừng", "Hoàng Đức Long", date(2026, 3, 2), "16/03/2026", "hỏa tốc"])
    with pytest.raises(ValidationError) as err:
        _preview(o, path)
    assert "thiếu cột: Ngày giao, Hạn xử lý (hoặc “Số ngày làm việc”)" in describe(err.value)
    found = _preview(o, path, mapping={"title": 0, "lead": 1, "assigned_on": 2, "due": 3, "urgency": 4})
    assert not found.errors and len(found.ready) == 1
    fields = found.ready[0].task.fields
    assert (fields["assigned_on"], fields["due_on"], fields["urgency"]) == ("2026-03-02", "2026-03-16", "hoa_toc")
    with pytest.raises(ValidationError, match="import_column_unknown"):
        _preview(o, path, mapping={"title": 0, "lead": 1, "assigned_on": 9, "due": 3})
    plain = _book(tmp_path / "cot.xlsx", ["Việc", "Ai", "Từ", "Đến"],
                  ["Kiểm tra cháy rừng", "canbo", "02/03/2026", date(2026, 3, 9)])
    with pytest.raises(ValidationError, match="import_no_header"):
        _preview(o, plain)
    found = _preview(o, plain, header_row=1, mapping={"title": 0, "lead": 1, "assigned_on": 2, "due": 3})
    assert [r.row for r in found.ready] == [2] and found.sheet.headers == ("Việc", "Ai", "Từ", "Đến")


def _book(path, *rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: p.write_text("Trích yếu;Người thực hiện\n", encoding="utf-8"), "không phải bảng tính Excel .xlsx"),
    # an .xls and an encrypted .xlsx are both OLE containers; Excel names the encrypted one's stream EncryptionInfo
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le")),
     "bảng tính Excel cũ (.xls)"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")),
     "được đặt mật khẩu"),
    # the directory written after a large encrypted package, the name across two reads of a MiB
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes((1 << 20) - 12) + "EncryptionInfo"
                             .encode("utf-16-le") + bytes(512)), "được đặt mật khẩu"),
    (lambda p: _book(p), "không có dòng dữ liệu nào"),
    (lambda p: _book(p, ["Họ tên", "Ghi chú"], ["Nguyễn Văn A", "x"]), "Không nhận ra dòng tiêu đề"),
    (lambda p: None, "Không tìm thấy tệp"),
])
def test_a_file_that_cannot_be_read_is_refused_in_vietnamese(o, tmp_path, make, words):
    path = tmp_path / "danh-sach.xlsx"
    make(path)
    with pytest.raises(ValidationError) as err:
        _preview(o, path)
    assert words in describe(err.value) and str(path) in describe(err.value)
    assert _count(o) == 0


def test_only_a_leader_imports_the_units_lists(o, tmp_path):
    path = write_list(tmp_path / "a.xlsx", task_rows(3, bad={}))
    with at(TODAY), pytest.raises(PermissionDenied):
        task_import.preview(o.ctx, actor=o.official, path=path)
    assert _count(o) == 0


def test_the_preview_tells_how_far_it_has_read(o, tmp_path, monkeypatch):
    monkeypatch.setattr(task_import, "PROGRESS_ROWS", 50)
    seen: list[int] = []
    found = _preview(o, write_list(tmp_path / "a.xlsx", task_rows()), progress=seen.append)
    # 200 rows read (the first half), the 198 whose cells were readable checked (the second), then done
    assert seen == [0, 12, 25, 37, 50, 62, 75, 87, 100] and len(found.ready) == 197
