"""``lamdong print minutes|decision|invitation``: the PDFs a secretary prints for signature, read back."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.register import DocType
from tests.documents import layout_checks as checks
from tests.documents.pdftext import document_text

from ..services.printing_support import COUNCIL_ABSENT, COUNCIL_PRESENT, MARKS, build_month
from .test_cli_proposals import run_as


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-print") / "data"
    built = build_month(folder)
    built.o.ctx.close()
    return built, str(folder)


def _print(user, data, *argv):
    code, out, err = run_as(user, data, "print", *argv)
    assert code == 0, err
    return out


def test_the_minutes_of_a_council_read_back_as_the_acceptance_asks(month, tmp_path):
    built, data = month
    pdf = tmp_path / "bien-ban.pdf"
    out = _print("thuky", data, "minutes", built.council.id[:8], "-o", str(pdf))
    assert out.strip() == f"Đã in biên bản số 01/BB-HĐĐG ra {pdf}."
    text = document_text(pdf)
    assert "BIÊN BẢN" in text and "ngày 12 tháng 01 năm 2026" in text
    for name in (*COUNCIL_PRESENT, COUNCIL_ABSENT):
        assert name in text
    assert f"Vắng mặt: 1/5 thành viên, gồm: 1. {COUNCIL_ABSENT}" in text
    for criterion in ("Tính cấp bách", "Mục đích trong sáng", "Quy trình dân chủ", "Tính khả thi", "Hiệu quả dự kiến"):
        assert criterion in text
    for name, marks in MARKS.items():
        assert f"{name} {' '.join(str(m) for m in marks)}" in text
    assert "Tán thành: 3/4 thành viên" in text and "Không tán thành: 1/4 thành viên" in text
    assert "Hội đồng thống nhất đề nghị phê duyệt đề xuất." in text
    last = checks.by_text(checks.page_runs(pdf)[-1])
    assert last["THƯ KÝ"].x + last["THƯ KÝ"].width < checks.CENTRE < last["CHỦ TỊCH HỘI ĐỒNG"].x
    assert last["THƯ KÝ"].y == pytest.approx(last["CHỦ TỊCH HỘI ĐỒNG"].y, abs=0.5)


def test_a_decision_is_printed_by_its_number_its_proposal_or_its_meeting(month, tmp_path):
    built, data = month
    for typed in ("01/QĐ-UBND", "1/qd-ubnd", built.broad.ref, built.council.id):
        pdf = tmp_path / "qd.pdf"
        out = _print("chutich", data, "decision", typed, "-o", str(pdf))
        assert out.strip() == f"Đã in quyết định số 01/QĐ-UBND ra {pdf}.", typed
        text = document_text(pdf)
        assert "QUYẾT ĐỊNH" in text and "Số: 01/QĐ-UBND" in text and "TM. ỦY BAN NHÂN DÂN" in text
    pdf = tmp_path / "tb.pdf"
    out = _print("canbo", data, "decision", built.rejected.ref, "-o", str(pdf))
    assert out.strip() == f"Đã in thông báo số 01/TB-UBND ra {pdf}."
    assert "THÔNG BÁO" in document_text(pdf) and "Không phê duyệt đề xuất." in document_text(pdf)
    assert built.rejection.doc_type is DocType.NOTICE


def test_the_invitation_and_the_adjourned_meetings_minutes(month, tmp_path):
    built, data = month
    pdf = tmp_path / "giay-moi.pdf"
    out = _print("chutich", data, "invitation", built.late.id, "-o", str(pdf))
    assert out.strip() == f"Đã in giấy mời số 03/GM-UBND ra {pdf}."
    text = document_text(pdf)
    assert "GIẤY MỜI" in text and "thứ Hai, ngày 19 tháng 01 năm 2026" in text
    _print("chutich", data, "minutes", built.adjourned.id, "-o", str(tmp_path / "hoan.pdf"))
    assert "không đủ số lượng thành viên theo quy định" in document_text(tmp_path / "hoan.pdf")


@pytest.mark.parametrize("user, argv, words", [
    ("chutich", ("minutes", "khong-co-ma", "-o", "{out}"), "Không tìm thấy cuộc họp “khong-co-ma”"),
    ("chutich", ("decision", "09/QĐ-UBND", "-o", "{out}"), "Không tìm thấy văn bản quyết định hoặc thông báo kết luận"),
    ("chutich", ("decision", "{late}", "-o", "{out}"), "có nhiều văn bản: 02/QĐ-UBND, 01/TB-UBND, 02/TB-UBND"),
    ("chutich", ("decision", "{waiting}", "-o", "{out}"), "chưa có văn bản quyết định hay thông báo kết luận nào"),
    ("tinh", ("minutes", "{council8}", "-o", "{out}"), "Không tìm thấy cuộc họp “{council8}”"),
    ("tinh", ("decision", "01/QĐ-UBND", "-o", "{out}"), "Không tìm thấy văn bản"),
    ("chutich", ("invitation", "{council8}", "-o", "{data}/giay-moi.pdf"), "thư mục dữ liệu của chương trình"),
    # A folder that is not there, or a folder given for the file: named as typed, never the temporary file.
    *[("chutich", (kind, ref, "-o", "{missing}"), "Không ghi được tệp “{missing}”: thư mục “{missing_dir}” không "
       "tồn tại") for kind, ref in (("decision", "01/QĐ-UBND"), ("minutes", "{council8}"),
                                      ("invitation", "{council8}"), ("proposal", "{broad}"))],
    ("chutich", ("decision", "01/QĐ-UBND", "-o", "{folder}"), "Không ghi được tệp “{folder}”: đó là một thư mục"),
])
def test_refusals_are_vietnamese_and_print_nothing(month, tmp_path, user, argv, words):
    built, data = month
    values = {"out": str(tmp_path / "x.pdf"), "late": built.late.id, "waiting": built.waiting.ref,
              "council8": built.council.id[:8], "data": data, "broad": built.broad.ref,
              "missing": str(tmp_path / "khong-co" / "x.pdf"), "missing_dir": str(tmp_path / "khong-co"),
              "folder": str(tmp_path)}
    code, out, err = run_as(user, data, "print", *(a.format(**values) for a in argv))
    assert code == 1 and out == "" and words.format(**values) in err and "Traceback" not in err
    assert ".tmp" not in err and "No such file" not in err
    assert not (tmp_path / "x.pdf").exists()
    assert not list(tmp_path.iterdir())


def test_verify_code_answers_for_a_page_read_by_a_phone_or_typed(month, tmp_path):
    """``lamdong verify --code``: the QR's text of a printed page, or its check code typed, in Vietnamese or JSON."""
    import json

    from tests.documents.qr_read import page_codes

    built, data = month
    pdf = tmp_path / "qd.pdf"
    _print("chutich", data, "decision", "01/QĐ-UBND", "-o", str(pdf))
    qr = page_codes(pdf)[0][0]
    assert qr.startswith("LDV1 QD 01/QD-UBND ")
    code, out, err = run_as("chutich", data, "verify", "--code", qr)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Khớp: ") and "bản mới nhất" in lines[0]
    assert lines[1].startswith("Văn bản: Quyết định số 01/QĐ-UBND · ")
    assert any(line.startswith("In lần đầu lúc ") and "Nguyễn Văn Hùng" in line for line in lines)
    typed = qr.rsplit(" ", 1)[1].lower()
    code, out, _ = run_as("chutich", data, "verify", "--code", typed, "--json")
    answer = json.loads(out)
    assert code == 0 and answer["verdict"] == "current" and answer["document"]["qr"] == qr
    assert answer["document"]["number"] == "01/QĐ-UBND" and answer["document"]["copies"] >= 1
    # The province may not read this commune's decision: it learns only that it exists.
    code, out, _ = run_as("tinh", data, "verify", "--code", qr, "--json")
    answer = json.loads(out)
    assert code == 0 and answer["verdict"] == "genuine" and answer["document"] is None
    # A code no print has, and text that is no code: exit 1, said in Vietnamese.
    code, out, _ = run_as("chutich", data, "verify", "--code", "K3F9-Q2MX-7ABA")
    assert code == 1 and out.startswith("Không khớp: không có văn bản nào mang mã kiểm tra K3F9-Q2MX-7ABA")
    code, _, err = run_as("chutich", data, "verify", "--code", "xin chào")
    assert code == 1 and "không phải mã kiểm tra văn bản" in err and "Traceback" not in err
    code, out, _ = run_as("chutich", data, "verify", "--code", "xin chào", "--json")
    assert code == 1 and json.loads(out)["verdict"] == "malformed"
    code, _, err = run_as("chutich", data, "verify", "--json")
    assert code == 1 and "--json chỉ dùng cùng --pdf, --code hoặc --dossier" in err
    code, _, err = run_as("chutich", data, "verify", "--code", qr, "--rebuild-index")
    assert code == 1 and "không dùng chung" in err
