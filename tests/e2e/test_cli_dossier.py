"""``lamdong print dossier`` and ``lamdong verify --dossier`` on the demo commune, as an inspector would use them:
a dossier just printed matches; a row changed with sqlite3 afterwards makes verify fail and name the document; a
file whose bytes were altered, or a PDF that is no dossier, gets a Vietnamese sentence and exit code 1."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from pypdf import PdfReader

from ..documents.pdftext import flat
from .test_cli_proposals import run, run_as


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-dossier") / "data"
    code, _out, err = run(["--data-dir", str(folder), "demo"])
    assert code == 0, err
    return folder


@pytest.fixture
def data(demo_folder, tmp_path):
    """A copy of the demo for each test: some change its database by hand."""
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return str(copy)


def _evaluated(data):
    """The demo proposal evaluated with the most documents, as the head reads it (``proposal show --json``)."""
    code, out, err = run_as("chutich", data, "proposal", "list", "--state", "da_danh_gia", "--json")
    assert code == 0, err
    shown = []
    for item in json.loads(out):
        code, out, err = run_as("chutich", data, "proposal", "show", item["ref"], "--json")
        assert code == 0, err
        shown.append(json.loads(out))
    assert shown, "the demo holds evaluated proposals"
    return max(shown, key=lambda p: len(p["documents"]))


def _print(data, ref, target, user="chutich"):
    code, out, err = run_as(user, data, "print", "dossier", ref, "-o", str(target))
    assert code == 0, err
    return out


def test_a_dossier_printed_by_the_cli_verifies_and_lists_what_show_lists(data, tmp_path):
    shown = _evaluated(data)
    ref, pdf = shown["ref"], tmp_path / "ho-so.pdf"
    out = _print(data, ref, pdf)
    pages = len(PdfReader(pdf).pages)
    assert out.strip() == f"Đã in hồ sơ đề xuất {ref} ({len(shown['documents'])} tài liệu, {pages} trang) ra {pdf}."
    kinds = [d["kind"] for d in shown["documents"]]
    assert kinds[0] == "plan" and "minutes" in kinds and "decision" in kinds and kinds.index("report") < kinds.index(
        "evaluation")
    code, out, err = run_as("chutich", data, "verify", "--dossier", str(pdf))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (f"Hồ sơ {ref} khớp với cơ sở dữ liệu: {len(kinds)} tài liệu, không có gì thay đổi kể từ khi "
                        "in.")
    for number, document in enumerate(shown["documents"], start=1):
        assert f"  {number}. {document['name']}: khớp" in lines
    assert lines[-1].startswith("Mốc nhật ký #") and lines[-1].endswith("vẫn còn trong chuỗi nhật ký.")
    # The list at the end says the same hashes as show --json.
    listed = flat(PdfReader(pdf).pages[-1].extract_text() + " " + PdfReader(pdf).pages[-2].extract_text())
    assert shown["documents"][-1]["digest"].removeprefix("sha256:")[:16] in listed
    code, out, _ = run_as("chutich", data, "verify", "--dossier", str(pdf), "--json")
    answer = json.loads(out)
    assert code == 0 and answer["ok"] and answer["recorded"] and answer["audit_head"]["verdict"] == "ok"
    assert [d["name"] for d in answer["documents"]] == [d["name"] for d in shown["documents"]]


def test_a_row_changed_with_sqlite_after_printing_fails_verify_and_names_the_document(data, tmp_path):
    shown = _evaluated(data)
    pdf = tmp_path / "ho-so.pdf"
    _print(data, shown["ref"], pdf)
    connection = sqlite3.connect(f"{data}/lamdong.db")
    with connection:
        changed = connection.execute("UPDATE result_reports SET explanation = 'Vượt kế hoạch.' WHERE proposal_id = ?",
                                     [shown["id"]]).rowcount
    connection.close()
    assert changed == 1
    code, out, _ = run_as("chutich", data, "verify", "--dossier", str(pdf))
    assert code == 1
    report = next(d["name"] for d in shown["documents"] if d["kind"] == "report")
    assert out.splitlines()[0] == f"Hồ sơ {shown['ref']} KHÔNG còn khớp với cơ sở dữ liệu."
    wrong = [line for line in out.splitlines() if "KHÔNG KHỚP" in line]
    assert len(wrong) == 1 and wrong[0].startswith("  ")
    assert wrong[0].endswith(f"{report}: KHÔNG KHỚP: nội dung trong cơ sở dữ liệu đã khác với bản trong hồ sơ")
    assert "“lamdong verify” cho biết bản ghi nào đã bị sửa" in out
    code, out, _ = run_as("chutich", data, "verify", "--dossier", str(pdf), "--json")
    answer = json.loads(out)
    assert code == 1 and not answer["ok"]
    assert [(d["name"], d["verdict"]) for d in answer["documents"] if d["verdict"] != "ok"] == [(report, "changed")]
    # The whole-database check says which row.
    code, _out, err = run_as("admin", data, "verify")
    assert code == 1 and "báo cáo kết quả thực hiện đề xuất DX-" in err and "đã bị sửa ngoài chương trình" in err


def test_an_altered_file_and_a_pdf_that_is_no_dossier_get_a_sentence_not_a_traceback(data, tmp_path):
    shown = _evaluated(data)
    pdf = tmp_path / "ho-so.pdf"
    _print(data, shown["ref"], pdf)
    altered = bytearray(pdf.read_bytes())
    altered[len(altered) // 2] ^= 0x20
    (tmp_path / "da-sua.pdf").write_bytes(bytes(altered))
    code, out, err = run_as("chutich", data, "verify", "--dossier", str(tmp_path / "da-sua.pdf"))
    assert code == 1 and "Traceback" not in out + err
    assert out.strip() == (f"Tệp “{tmp_path / 'da-sua.pdf'}” đã bị thay đổi sau khi in (mã niêm phong không khớp với "
                           "nội dung tệp): không dùng được làm hồ sơ. Hãy in lại hồ sơ từ phần mềm.")
    plan = tmp_path / "ke-hoach.pdf"
    code, _out, err = run_as("chutich", data, "print", "proposal", shown["ref"], "-o", str(plan))
    assert code == 0, err
    code, out, err = run_as("chutich", data, "verify", "--dossier", str(plan))
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip().startswith(f"lamdong: Tệp “{plan}” không phải hồ sơ đề xuất do phần mềm in")
    code, out, _ = run_as("chutich", data, "verify", "--dossier", str(plan), "--json")
    assert code == 1 and json.loads(out)["error"] == "dossier_not_dossier"
    (tmp_path / "ghi-chu.pdf").write_text("không phải PDF", encoding="utf-8")
    code, _out, err = run_as("chutich", data, "verify", "--dossier", str(tmp_path / "ghi-chu.pdf"))
    assert code == 1 and "không phải tệp PDF" in err


def test_reading_the_dossier_needs_reading_the_proposal(data, tmp_path):
    shown = _evaluated(data)
    pdf = tmp_path / "ho-so.pdf"
    _print(data, shown["ref"], pdf)
    for argv in (("print", "dossier", shown["ref"], "-o", str(tmp_path / "x.pdf")), ("verify", "--dossier", str(pdf))):
        code, _out, err = run_as("admin", data, *argv)
        assert code == 1 and "Không tìm thấy đề xuất" in err, argv
    assert not (tmp_path / "x.pdf").exists()
    code, _out, err = run_as("chutich", data, "verify", "--dossier", str(pdf), "--code", "K3F9-Q2MX-7ABA")
    assert code == 1 and "--dossier kiểm tra một hồ sơ đã in" in err
