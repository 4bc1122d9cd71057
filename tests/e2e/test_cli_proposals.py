"""The proposal commands end to end: list, show, search, print, verify, attach."""

from __future__ import annotations

import io
import json
import sqlite3
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from lamdong_desktop.cli import Io, main
from lamdong_desktop.documents import layout
from lamdong_desktop.documents.proposal_plan import SECTION_HEADINGS
from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
from lamdong_desktop.services import accounts, proposals, staff
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from tests.files_support import write_pdf

from ..documents.pdftext import CHECK_LINE, document_text, flat, runs

BODY = unicodedata.normalize("NFD", "Xử lý dứt điểm 45 hồ sơ vi phạm đất đai trước ngày 01/8/2024 của hộ dân thôn 1.")


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def run_as(user, data, *argv):
    """A command signed in as a demo account (password ``demo`` on the first stdin line)."""
    return run(["--data-dir", data, "--user", user, "--password-stdin", *argv], stdin="demo\n")


def _home(folder):
    """The demo commune with the official's submitted land proposal and their draft about poverty."""
    paths = DataPaths(folder / "data")
    ctx, head = create_demo(paths, proposals=False)
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=official)[0]
    land = proposals.create_draft(ctx, actor=official, content=ProposalContent(
        title="Giải quyết dứt điểm vi phạm đất đai trước ngày 01/8/2024",
        sections={s: BODY if s is Section.NECESSITY else f"Nội dung {s.value}: đất đai của thôn." for s in Section},
        indicators=(Indicator("Hồ sơ vi phạm được xử lý", "hồ sơ", "0", "45", date(2026, 12, 31)),
                    Indicator("Thời gian cấp giấy", "ngày", "30", "12", date(2027, 6, 30))),
        criteria={c: Assessment(True, "Phù hợp Nghị định 73/2023/NĐ-CP.") for c in Criterion},
        conflict_declared=False, field="dat_dai", party_org_id=org.id)).value
    proposals.submit(ctx, actor=official, proposal_id=land.id)
    draft = proposals.create_draft(ctx, actor=official, content=ProposalContent(
        title="Sinh kế cho hộ nghèo đồng bào K'Ho", field="giam_ngheo",
        sections={Section.NECESSITY: "Hỗ trợ trồng cà phê xen sầu riêng."})).value
    ctx.close()
    return str(folder / "data"), land.ref, draft.ref


@pytest.fixture
def home(tmp_path):
    return _home(tmp_path)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """The same folder for the tests that only read it."""
    return _home(tmp_path_factory.mktemp("shared"))


def test_list_and_show(home):
    data, ref, _ = home
    code, out, _ = run_as("canbo", data, "proposal", "list", "--json")
    items = json.loads(out)
    assert code == 0 and len(items) >= 2 and {"ref", "title", "state"} <= set(items[0])
    code, out, _ = run_as("canbo", data, "proposal", "list", "--state", "da_nop", "--json")
    assert [p["ref"] for p in json.loads(out)] == [ref]
    code, out, _ = run_as("canbo", data, "proposal", "show", ref, "--json")
    shown = json.loads(out)
    assert shown["state"] == "da_nop" and shown["content"]["sections"]["necessity"] == unicodedata.normalize(
        "NFC", BODY)
    code, _, err = run_as("canbo", data, "proposal", "show", "DX-1999-001")
    assert code == 1 and "Không tìm thấy đề xuất" in err


@pytest.mark.parametrize("query", ["dat dai", "DAT DAI", "đất đai"])
def test_search_finds_dat_dai_without_accents(home, query):
    data, ref, _ = home
    code, out, _ = run_as("canbo", data, "proposal", "search", query, "--json")
    hits = json.loads(out)
    assert code == 0 and [h["ref"] for h in hits] == [ref]
    assert {"ref", "title"} <= set(hits[0])


def test_print_proposal_writes_an_nd30_plan(home, tmp_path):
    data, ref, _ = home
    pdf = tmp_path / "ke-hoach.pdf"
    code, _, err = run_as("chutich", data, "print", "proposal", ref, "-o", str(pdf))
    assert code == 0, err
    reader = PdfReader(pdf)
    assert all(abs(float(p.mediabox.width) - 595.28) < 1 and abs(float(p.mediabox.height) - 841.89) < 1
               for p in reader.pages)
    text = document_text(pdf)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "XÃ DI LINH", "KẾ HOẠCH",
                     *SECTION_HEADINGS, ref):
        assert expected in text, expected
    assert flat(unicodedata.normalize("NFC", BODY)) in text
    assert unicodedata.normalize("NFD", "hồ sơ vi phạm") not in text
    # Layout: margins within the ND 30 ranges, and every run of text inside them.
    lo, hi = layout.MARGIN_LIMITS_MM["left"]
    assert lo <= layout.MARGIN_LEFT_MM <= hi
    for page_number, page in enumerate(reader.pages, start=1):
        page_runs = runs(page)
        # The audit head and the check line are the lines meant for the bottom margin, small, on every page.
        heads = [r for r in page_runs if r.text.strip().startswith("Nhật ký #")]
        assert len(heads) == 1 and heads[0].y < layout.MARGIN_BOTTOM_MM * 72 / 25.4, page_number
        checks = [r for r in page_runs if CHECK_LINE.fullmatch(r.text.strip())]
        assert len(checks) == 1 and checks[0].y < layout.MARGIN_BOTTOM_MM * 72 / 25.4, page_number
        for r in page_runs:
            if r in heads or r in checks:
                continue
            assert r.x >= layout.MARGIN_LEFT_MM * 72 / 25.4 - 1, (page_number, r.text)
            assert r.y >= layout.MARGIN_BOTTOM_MM * 72 / 25.4 - 1, (page_number, r.text)
    # Page numbers from page 2, in the top margin.
    if len(reader.pages) > 1:
        top = float(reader.pages[1].mediabox.height) - layout.MARGIN_TOP_MM * 72 / 25.4
        assert any(r.text.strip() == "2" and r.y > top for r in runs(reader.pages[1]))
    assert not any(r.text.strip() == "1" and r.y > float(reader.pages[0].mediabox.height) - 57 for r in
                   runs(reader.pages[0]))


def test_print_to_an_unwritable_place_fails_clearly(home, tmp_path):
    data, ref, _ = home
    target = tmp_path / "khong" / "co" / "x.pdf"
    code, _, err = run_as("chutich", data, "print", "proposal", ref, "-o", str(target))
    assert code == 1 and "Traceback" not in err and ".tmp" not in err
    assert f"Không ghi được tệp “{target}”: thư mục “{tmp_path / 'khong'}” không tồn tại." in err


def test_verify_passes_then_names_what_was_changed(home):
    data, ref, _ = home
    code, out, _ = run_as("admin", data, "verify")
    assert code == 0 and "toàn vẹn" in out
    conn = sqlite3.connect(f"{data}/lamdong.db")
    conn.execute("UPDATE proposals SET title = 'Đã bị sửa' WHERE ref = ?", [ref])
    conn.commit()
    conn.close()
    code, _, err = run_as("admin", data, "verify")
    assert code == 1 and ref in err and "bị sửa" in err


def test_verify_detects_a_deleted_audit_row(home):
    data, _, _ = home
    conn = sqlite3.connect(f"{data}/lamdong.db")
    conn.execute("DELETE FROM audit_events WHERE seq = 10")
    conn.commit()
    conn.close()
    code, _, err = run_as("admin", data, "verify")
    assert code == 1 and "chuỗi nhật ký bị đứt" in err


def test_attach_needs_the_author(home, tmp_path):
    data, ref, _ = home
    doc = tmp_path / "bien-ban.pdf"
    write_pdf(doc, "test")
    code, _, err = run(["--data-dir", data, "--user", "thuky", "--password-stdin", "proposal", "attach", ref,
                        str(doc)], stdin="demo\n")
    assert code == 1 and "không có quyền" in err
    code, out, err = run(["--data-dir", data, "--user", "canbo", "--password-stdin", "proposal", "attach", ref,
                          str(doc)], stdin="demo\n")
    assert code == 0 and "bien-ban.pdf" in out
    fake = tmp_path / "to-trinh.pdf"
    fake.write_text("không phải PDF", encoding="utf-8")
    code, out, err = run(["--data-dir", data, "--user", "canbo", "--password-stdin", "proposal", "attach", ref,
                          str(fake)], stdin="demo\n")
    assert code == 1 and "“to-trinh.pdf” mang đuôi “.pdf” nhưng nội dung không phải tệp PDF" in err


def test_detach_removes_from_a_draft_and_marks_evidence_once_submitted(home, tmp_path):
    data, land, draft = home
    doc = tmp_path / "bien-ban.pdf"
    write_pdf(doc, "bien ban")
    for ref in (land, draft):
        code, _, err = run_as("canbo", data, "proposal", "attach", ref, str(doc))
        assert code == 0, err
    code, out, err = run_as("canbo", data, "proposal", "detach", draft, "bien-ban.pdf")
    assert code == 0 and f"Đã gỡ “bien-ban.pdf” khỏi {draft}" in out, err
    code, _, err = run_as("canbo", data, "proposal", "detach", land, "bien-ban.pdf")
    assert code == 1 and "bằng chứng" in err  # submitted: evidence, not removed
    code, out, err = run_as("canbo", data, "proposal", "detach", land, "bien-ban.pdf", "--reason", "Nhầm thôn")
    assert code == 0 and "đính kèm nhầm: Nhầm thôn" in out, err
    code, _, err = run_as("canbo", data, "proposal", "detach", land, "khong-co.pdf")
    assert code == 1 and "khong-co.pdf" in err and "Traceback" not in err
    code, out, err = run_as("admin", data, "verify")
    assert code == 0 and "toàn vẹn" in out, err


def test_verify_checks_a_printed_anchor(home):
    data, _ref, _ = home
    conn = sqlite3.connect(f"{data}/lamdong.db")
    seq, digest = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    code, out, _ = run_as("admin", data, "verify", "--anchor", f"{seq}:{digest[:8]}")
    assert code == 0 and "toàn vẹn" in out
    code, _, err = run_as("admin", data, "verify", "--anchor", f"{seq}:00000000")
    assert code == 1 and str(seq) in err
    code, _, err = run_as("admin", data, "verify", "--anchor", "abc")
    assert code == 1 and "SỐ:MÃ" in err


READ_COMMANDS = (
    ("proposal", "list"), ("proposal", "show", "DX-2026-001"), ("proposal", "search", "dat dai"),
    ("print", "proposal", "DX-2026-001", "-o", "x.pdf"), ("users", "list"), ("people", "list"),
    ("party-orgs", "list"), ("verify",),
)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_reading_personnel_records_needs_a_signed_in_user(shared, command, tmp_path):
    data, _, _ = shared
    code, out, err = run(["--data-dir", data, *command])
    assert code == 1 and out == "" and "cần đăng nhập" in err and "Traceback" not in err


def test_a_wrong_password_reads_nothing(home):
    data, ref, _ = home
    code, out, err = run(["--data-dir", data, "--user", "canbo", "--password-stdin", "proposal", "show", ref],
                         stdin="sai\n")
    assert code == 1 and out == "" and "Sai tên đăng nhập hoặc mật khẩu" in err


@pytest.mark.parametrize("command", [("units", "--search", "di linh"), ("calendar", "--year", "2026"),
                                     ("version",), ("info",)], ids=" ".join)
def test_reference_commands_stay_open(shared, command):
    data, _, _ = shared
    code, out, err = run(["--data-dir", data, *command])
    assert code == 0 and out and not err


@pytest.mark.parametrize(("user", "expected"), [
    ("admin", set()), ("chutich", {"land"}), ("phochutich", {"land"}), ("thuky", {"land"}),
    ("canbo", {"land", "draft"}), ("tinh", set()),
])
def test_each_role_lists_and_searches_only_what_it_may_read(shared, user, expected):
    data, land, draft = shared
    refs = {"land": land, "draft": draft}
    code, out, err = run_as(user, data, "proposal", "list", "--json")
    assert code == 0, err
    assert {p["ref"] for p in json.loads(out)} == {refs[k] for k in expected}
    code, out, _ = run_as(user, data, "proposal", "search", "ho ngheo", "--json")
    assert {p["ref"] for p in json.loads(out)} == ({draft} if "draft" in expected else set())
    code, _, err = run_as(user, data, "proposal", "show", draft)
    assert (code == 0) is ("draft" in expected)
    if code:
        assert f"Không tìm thấy đề xuất “{draft}”" in err  # a hidden draft is not revealed


def test_show_says_what_the_person_may_do(shared, tmp_path):
    data, land, draft = shared
    code, out, _ = run_as("chutich", data, "proposal", "show", land, "--json")
    assert code == 0 and json.loads(out)["may"] == {"edit": False, "actions": ["return", "receive"], "attach": True,
                                                     "print": True}
    code, out, _ = run_as("chutich", data, "proposal", "show", land)
    assert "Bạn có thể: Trả lại, Tiếp nhận." in out
    code, out, _ = run_as("canbo", data, "proposal", "show", draft, "--json")
    assert json.loads(out)["may"]["actions"] == ["submit", "withdraw"] and json.loads(out)["may"]["edit"]
    pdf = tmp_path / "dx.pdf"
    code, _, err = run_as("chutich", data, "print", "proposal", draft, "-o", str(pdf))
    assert code == 1 and "Không tìm thấy" in err and not pdf.exists()
    code, _, err = run_as("tinh", data, "print", "proposal", land, "-o", str(pdf))
    assert code == 1 and "Không tìm thấy" in err and not pdf.exists()


@pytest.mark.parametrize(("user", "command", "allowed"), [
    ("admin", ("users", "list"), True), ("chutich", ("users", "list"), False), ("canbo", ("users", "list"), False),
    ("canbo", ("people", "list"), True), ("tinh", ("people", "list"), True),  # the province: its roster
    ("tinh", ("party-orgs", "list"), True), ("chutich", ("verify",), True), ("canbo", ("verify",), False),
    ("tinh", ("verify",), False),
])
def test_accounts_staff_and_verify_have_their_readers(shared, user, command, allowed):
    data, _, _ = shared
    code, out, err = run_as(user, data, *command)
    if allowed:
        assert code == 0 and out, err
    else:
        assert code == 1 and "không có quyền" in err and out == ""


def test_verify_rebuild_index_restores_a_hand_edited_index(home):
    data, ref, _ = home
    conn = sqlite3.connect(f"{data}/lamdong.db")
    conn.execute("UPDATE proposals_fts SET title = 'x', body = 'x'")
    conn.commit()
    conn.close()
    assert ref not in run_as("canbo", data, "proposal", "search", "dat dai")[1]
    code, out, err = run_as("admin", data, "verify", "--rebuild-index")
    assert code == 0, err
    assert "Đã dựng lại toàn bộ chỉ mục tìm kiếm (2 đề xuất)" in out and "toàn vẹn" in out
    assert ref in run_as("canbo", data, "proposal", "search", "dat dai")[1]
