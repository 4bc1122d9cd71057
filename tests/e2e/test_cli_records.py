"""The official's record and the yearly review from the command line: ``official show|commend|uncommend``,
``annual-review``, ``print record`` and ``print review`` — as IT staff, the head and an official script them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.services.meeting_support import at, office
from tests.services.record_support import carried_out

from ..documents.pdftext import check_lines, document_text
from .test_cli import run
from .test_cli_proposals import run_as

SON = "K'Brơi Ngọc Sơn"


@pytest.fixture
def built(demo, data_paths):
    o = office(*demo)
    land, records = carried_out(o)
    return str(data_paths.root), land, records


def ok(*args):
    code, out, err = run_as(*args)
    assert code == 0, err
    return out


def test_an_official_reads_his_own_record_and_the_head_records_his_commendation(built, tmp_path):
    data, land, records = built
    with at(date(2026, 2, 20)):
        mine = json.loads(ok("canbo", data, "official", "show", "--json"))  # no name: his own
        assert mine["person"]["full_name"] == SON and mine["counts"]["proposed"] == 2
        first = mine["proposals"][0]
        assert (first["ref"], first["roles"], first["state"]) == (land.ref, ["author", "implementer"], "da_danh_gia")
        assert first["decision"] == {"reference": "01/QĐ-UBND", "date": "2026-01-13"}
        assert first["ruling"]["kind"] == "no_liability" and first["eligible_for_commendation"]
        assert first["ruling"]["sentence"].startswith("Không bị xem xét trách nhiệm")
        code, _, err = run_as("canbo", data, "official", "show", "Ka Thị Hương")
        assert code == 1 and "không có quyền" in err and "Traceback" not in err
        code, _, err = run_as("canbo", data, "official", "commend", SON, "--proposal", land.ref, "--form", "Giấy khen",
                              "--decision", "25/QĐ-UBND", "--date", "2026-02-18")
        assert code == 1 and "không có quyền" in err
        code, _, err = run_as("chutich", data, "official", "commend", "k'broi ngoc son", "--proposal", records.ref,
                              "--form", "Giấy khen", "--decision", "25/QĐ-UBND", "--date", "2026-02-18")
        assert code == 1 and "chưa được kết luận là hoàn thành" in err
        made = json.loads(ok("chutich", data, "official", "commend", "k'broi ngoc son", "--proposal", land.ref,
                             "--form", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "--decision", "25/qđ-ubnd",
                             "--date", "18/02/2026", "--json"))
        assert made["decision"] == "25/QĐ-UBND" and made["kind"] == "commendation"
        text = ok("thuky", data, "official", "show", "canbo")
        assert "Khen thưởng: Giấy khen của Chủ tịch Ủy ban nhân dân xã (Quyết định số 25/QĐ-UBND ngày 18/02/2026)" \
            in text and "1 khen thưởng đã ghi nhận" in text
        ok("canbo", data, "print", "record", SON, "-o", str(tmp_path / "hs.pdf"))
        printed = document_text(tmp_path / "hs.pdf")
        assert "BẢN TỔNG HỢP" in printed and "Quyết định số 25/QĐ-UBND ngày 18/02/2026" in printed
        code, out, _ = run_as("chutich", data, "verify", "--code", check_lines(tmp_path / "hs.pdf")[0])
        assert code == 0 and out.startswith("Khớp") and "là bản mới nhất" in out
        code, out, _ = run_as("admin", data, "verify", "--code", check_lines(tmp_path / "hs.pdf")[0])
        assert "không được xem hồ sơ này" in out  # the administrator learns only that such a paper exists
        code, _, err = run_as("chutich", data, "official", "uncommend", made["id"], "--reason", " ")
        assert code == 1 and "Traceback" not in err
        assert "Đã xóa ghi nhận" in ok("chutich", data, "official", "uncommend", made["id"], "--reason",
                                       "Nhập nhầm số quyết định")
        assert json.loads(ok("canbo", data, "official", "show", "--json"))["counts"]["commendations"] == 0


def test_the_head_prints_the_yearly_review_as_a_draft_then_with_its_number(built, tmp_path):
    data, land, _ = built
    with at(date(2026, 12, 28)):
        review = json.loads(ok("phochutich", data, "annual-review", "--year", "2026", "--json"))
        assert review["submitted"] == 2 and review["rulings"] == {
            "no_liability": 1, "excluded": 1, "measures": 0, "no_protection": 0}
        assert [s["ref"] for s in review["suggested"]] == [land.ref]
        assert review["suggested"][0]["proposers"] == ["K'Brơi Ngọc Sơn, Chuyên viên Phòng Kinh tế"]
        code, _, err = run_as("canbo", data, "annual-review", "--year", "2026")
        assert code == 1 and "không có quyền" in err
        assert "dự thảo" in ok("chutich", data, "print", "review", "--year", "2026", "-o", str(tmp_path / "d.pdf"))
        assert "Số: /BC-UBND" in document_text(tmp_path / "d.pdf")
        number = json.loads(ok("thuky", data, "register", "issue", "--type", "BC", "--title",
                               "Báo cáo tổng kết năm 2026", "--signer-name", "Nguyễn Văn Hùng", "--signer-title",
                               "Chủ tịch", "--authority", "TM", "--json"))["reference"]
        out = ok("thuky", data, "print", "review", "--year", "2026", "--number", number, "-o", str(tmp_path / "bc.pdf"))
        assert f"số {number}" in out and f"Số: {number}" in document_text(tmp_path / "bc.pdf")
        code, _, err = run_as("thuky", data, "print", "review", "--year", "2026", "--number", "01/QĐ-UBND", "-o",
                              str(tmp_path / "x.pdf"))
        assert code == 1 and "không phải số của một báo cáo" in err and not (tmp_path / "x.pdf").exists()


def test_a_new_official_reads_his_record_with_his_own_password(built):
    data, _, records = built
    code, out, err = run(["--data-dir", data, "--user", "tam", "--password-stdin", "official", "show", "--json"],
                         stdin="matkhau123\n")
    assert code == 0, err
    shown = json.loads(out)
    assert [(p["ref"], p["roles"]) for p in shown["proposals"]] == [(records.ref, ["implementer"])]
