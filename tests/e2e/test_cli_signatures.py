"""``lamdong sign`` and ``lamdong verify --pdf``: print a decision, sign it with a PKCS#12 file, check it, attach it;
each failure one Vietnamese line and exit code 1."""

from __future__ import annotations

import json

import pytest

from ..services.printing_support import build_month
from ..services.signing_support import CA, P12_PASSWORD
from .test_cli_proposals import run, run_as


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-sign") / "data"
    built = build_month(folder)
    built.o.ctx.close()
    return built, str(folder)


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    ca = CA.make()
    p12 = ca.issue("Nguyễn Văn Hùng").p12(folder / "chu-tich.p12", ca=ca)
    password = folder / "mat-khau.txt"
    password.write_text(P12_PASSWORD + "\n", encoding="utf-8")
    return ca, p12, password


def test_print_sign_verify_and_attach_a_decision(month, keys, tmp_path):
    built, data = month
    ca, p12, password = keys
    pdf, signed = tmp_path / "qd.pdf", tmp_path / "qd-da-ky.pdf"
    code, _, err = run_as("thuky", data, "print", "decision", "01/QĐ-UBND", "-o", str(pdf))
    assert code == 0, err
    code, out, err = run(["--data-dir", data, "sign", str(pdf), "-o", str(signed), "--p12", str(p12),
                          "--password-file", str(password)])
    assert code == 0, err
    assert out.startswith("Đã ký số ô “chu-tich” bằng chứng thư của Nguyễn Văn Hùng (số hiệu 1A2B3C4D)")
    assert "không kèm dấu thời gian" in out

    code, out, err = run(["--data-dir", data, "verify", "--pdf", str(signed)])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Tệp {signed}: 1 chữ ký số."
    assert lines[1] == "Chữ ký 1 (ô “chu-tich”):"
    assert lines[2].startswith("  Người ký: Nguyễn Văn Hùng — số hiệu chứng thư 1A2B3C4D, do CA thử nghiệm")
    assert "theo máy của người ký; không có dấu thời gian tin cậy" in lines[3]
    assert lines[4] == "  Toàn vẹn: nội dung không thay đổi kể từ khi ký."
    assert "không kiểm tra được chuỗi tin cậy" in lines[5] and "trust" in lines[5]
    assert "không kiểm tra chứng thư bị thu hồi" in lines[6]
    assert lines[-1] == "Kết luận: các chữ ký số hợp lệ."

    ca.install(built.o.ctx.paths.trust)
    code, out, _ = run(["--data-dir", data, "verify", "--pdf", str(signed), "--json"])
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["trust_roots"] == 1
    assert not report["timestamp_checked"] and not report["revocation_checked"]
    (s,) = report["signatures"]
    assert (s["signer"], s["trust"], s["intact"], s["changes_after"]) == ("Nguyễn Văn Hùng", "trusted", True, "none")

    code, out, err = run_as("thuky", data, "decision", "attach-signed", "01/QĐ-UBND", str(signed))
    assert code == 0, err
    assert out.strip() == ("Văn bản số 01/QĐ-UBND: Đã ký. Đã ký số (Nguyễn Văn Hùng) Văn bản đã khóa, không sửa được "
                           "nữa.")
    code, out, _ = run_as("thuky", data, "decision", "show", "01/QĐ-UBND", "--json")
    assert [d["signer"] for d in json.loads(out)["digital_signatures"]] == ["Nguyễn Văn Hùng"]


def test_a_changed_file_fails_verify_with_exit_code_1(month, keys, tmp_path):
    built, data = month
    _, p12, password = keys
    pdf, signed = tmp_path / "tb.pdf", tmp_path / "tb-da-ky.pdf"
    assert run_as("thuky", data, "print", "decision", "01/TB-UBND", "-o", str(pdf))[0] == 0
    assert run(["--data-dir", data, "sign", str(pdf), "-o", str(signed), "--p12", str(p12),
                "--password-file", str(password)])[0] == 0
    body = bytearray(signed.read_bytes())
    at = body.index(b"sha256:") + 9
    body[at] = ord("0") if body[at] != ord("0") else ord("1")
    signed.write_bytes(bytes(body))
    code, out, _ = run(["--data-dir", data, "verify", "--pdf", str(signed)])
    assert code == 1
    assert "  KHÔNG TOÀN VẸN: văn bản đã bị sửa sau khi ký (hoặc chữ ký không khớp nội dung)." in out.splitlines()
    assert out.splitlines()[-1] == "Kết luận: có chữ ký số không hợp lệ."


def test_failures_read_in_vietnamese(month, keys, tmp_path):
    _, data = month
    _, p12, _ = keys
    pdf = tmp_path / "qd.pdf"
    assert run_as("thuky", data, "print", "decision", "01/QĐ-UBND", "-o", str(pdf))[0] == 0
    wrong = tmp_path / "sai.txt"
    wrong.write_text("sai\n", encoding="utf-8")
    out = tmp_path / "ra.pdf"
    code, _, err = run(["--data-dir", data, "sign", str(pdf), "-o", str(out), "--p12", str(p12),
                        "--password-file", str(wrong)])
    assert (code, err.strip()) == (1, f"lamdong: Sai mật khẩu của tệp chứng thư số {p12}. Chưa ký gì.")
    code, _, err = run(["--data-dir", data, "sign", str(pdf), "-o", str(out), "--p12", str(p12)])
    assert (code, err.strip()) == (1, "lamdong: Cần mật khẩu của tệp .p12: dùng --password-file TỆP.")
    code, _, err = run(["--data-dir", data, "verify", "--pdf", str(pdf)])
    assert (code, err.strip()) == (1, f"lamdong: Tệp {pdf} không có chữ ký số nào.")
    code, _, err = run(["--data-dir", data, "sign", str(pdf), "-o", str(out), "--pkcs11-lib", "/khong/co.so",
                        "--key-label", "k", "--pin-file", str(wrong)])
    assert code == 1 and "Không nạp được thư viện PKCS#11 “/khong/co.so”" in err
    assert not out.exists()
