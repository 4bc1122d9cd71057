"""“Kiểm tra văn bản”, from the main window's menu: a paper copy's code answered as ``verify --code`` answers it
(khớp and the latest; an older version with what changed; a stranger; a typo), and a signed PDF as ``verify --pdf``
does (who signed, intact or changed since, trusted or not, checked offline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamdong_desktop.documents import decision
from lamdong_desktop.domain import check_code as codes
from lamdong_desktop.services import printed, printing, proposals
from lamdong_desktop.services.signatures import P12Signer, sign_pdf
from lamdong_desktop.storage import printed_repo
from lamdong_desktop.ui.check.window import CODE, PDF, CheckWindow
from lamdong_desktop.ui.main_window import MainWindow
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR

from ..services.meeting_support import office
from ..services.signing_support import CA, P12_PASSWORD


@pytest.fixture
def o(demo):
    return office(*demo)


def _window(qtbot, o, actor) -> CheckWindow:
    main = MainWindow(o.ctx, actor)
    qtbot.addWidget(main)
    assert main.check_action.text() == "Kiểm tra văn bản…"
    main.check_action.trigger()
    window = main.open_check()  # the same window, not a second one
    assert isinstance(window, CheckWindow) and window.isVisible()
    qtbot.addWidget(window)
    return window


def _answered(qtbot, tab, operation):
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    return tab.answer


def _plan_qr(o, draft_id: str) -> str:
    table = printed.SOURCES[printed.PLAN].table
    rows = printed_repo.of_subject(o.ctx.db, printed.PLAN, table, draft_id)
    return printed.copy_view(rows[-1]).qr


def test_the_window_has_a_tab_per_check(qtbot, o):
    window = _window(qtbot, o, o.official)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Bản giấy (mã QR)", "Văn bản ký số (PDF)"]
    assert window.windowTitle() == "Kiểm tra văn bản"


def test_a_paper_copy_is_current_then_superseded_with_what_changed(qtbot, o, tmp_path):
    draft = proposals.create_draft(o.ctx, actor=o.official, content=proposals.ProposalContent(
        title="Số hóa hồ sơ đất đai", field="dat_dai", sections={})).value
    printing.print_proposal_plan(o.ctx, actor=o.official, proposal_id=draft.id, target=tmp_path / "v1.pdf")
    qr = _plan_qr(o, draft.id)
    tab = _window(qtbot, o, o.official).show_tab(CODE)

    answer = _answered(qtbot, tab, tab.check(qr))
    assert answer.ok and answer.verdict.startswith("Khớp: văn bản có mã kiểm tra")
    assert "là bản mới nhất" in tab.verdict.text() and OK_COLOR in tab.verdict.styleSheet()
    first, *_rest, last = tab.details.toPlainText().split("\n")
    assert first.startswith("Văn bản: ") and f"mã kiểm tra {qr.split()[-1]}" in first
    assert last.startswith("Mã kiểm tra chỉ chứng minh văn bản này có thật")

    proposals.update_content(o.ctx, actor=o.official, proposal_id=draft.id, content=proposals.ProposalContent(
        title="Số hóa toàn bộ hồ sơ đất đai", field="dat_dai", sections={}))
    answer = _answered(qtbot, tab, tab.check())  # the same text again, after the change
    assert not answer.ok and answer.verdict.startswith("Khớp một bản đã in, nhưng hồ sơ đã thay đổi")
    assert ALERT_COLOR in tab.verdict.styleSheet()
    details = tab.details.toPlainText()
    assert "- Số hóa hồ sơ đất đai" in details and "+ Số hóa toàn bộ hồ sơ đất đai" in details
    tab.window().grab().save(str(tmp_path / "check-code.png"))


def test_a_stranger_and_a_typo_are_told_apart(qtbot, o):
    tab = _window(qtbot, o, o.head).show_tab(CODE)
    stranger = codes.grouped(codes.short_code("ab" * 32))
    answer = _answered(qtbot, tab, tab.check(stranger))
    assert not answer.ok and answer.verdict.startswith("Không khớp: không có văn bản nào mang mã kiểm tra")
    typo = stranger[:-1] + ("0" if stranger[-1] != "0" else "1")
    answer = _answered(qtbot, tab, tab.check(typo))
    assert not answer.ok and "gõ sai" in answer.verdict
    assert tab.check("   ") is None and tab.verdict.text() == "Dán hoặc gõ mã cần kiểm tra."


@pytest.fixture
def signed(o, tmp_path) -> tuple[Path, CA]:
    ca = CA.make()
    printed_pdf = tmp_path / "quyet-dinh.pdf"
    decision.render_decision(decision.sample_decision(), printed_pdf, font_source="bundled")
    key = P12Signer(ca.issue("Nguyễn Văn Hùng").p12(tmp_path / "ky.p12", ca=ca), P12_PASSWORD)
    return sign_pdf(o.ctx, source=printed_pdf, output=tmp_path / "da-ky.pdf", signer=key).output, ca


def test_a_signed_pdf_is_told_who_signed_and_whether_it_changed(qtbot, o, signed, tmp_path):
    path, ca = signed
    tab = _window(qtbot, o, o.head).show_tab(PDF)
    answer = _answered(qtbot, tab, tab.check_file(path))
    details = tab.details.toPlainText()
    assert answer.ok and answer.verdict == "Kết luận: các chữ ký số hợp lệ."
    assert "Người ký: Nguyễn Văn Hùng" in details and "Toàn vẹn: nội dung không thay đổi kể từ khi ký." in details
    assert "không kiểm tra được chuỗi tin cậy" in details  # no root installed yet
    assert "Kiểm tra ngoại tuyến: không dùng dịch vụ dấu thời gian" in details
    tab.grab().save(str(tmp_path / "check-pdf.png"))

    ca.install(o.ctx.paths.trust)
    answer = _answered(qtbot, tab, tab.check_file(path))
    assert answer.ok and "dẫn tới chứng thư gốc đã cài đặt" in tab.details.toPlainText()

    data = bytearray(path.read_bytes())
    at = data.index(b"sha256:") + len(b"sha256:")  # the content digest in the signed document's information
    data[at] = ord("0") if data[at] != ord("0") else ord("1")  # one byte of the signed content changed
    changed = tmp_path / "da-ky-bi-sua.pdf"
    changed.write_bytes(bytes(data))
    answer = _answered(qtbot, tab, tab.check_file(changed))
    assert not answer.ok and answer.verdict == "Kết luận: có chữ ký số không hợp lệ."
    assert "KHÔNG TOÀN VẸN" in tab.details.toPlainText() and ALERT_COLOR in tab.verdict.styleSheet()


def test_an_untrusted_signature_and_a_file_that_is_no_pdf(qtbot, o, signed, tmp_path):
    path, _ca = signed
    CA.make("CA khác").install(o.ctx.paths.trust)
    tab = _window(qtbot, o, o.head).show_tab(PDF)
    answer = _answered(qtbot, tab, tab.check_file(path))
    assert not answer.ok and "KHÔNG tin cậy" in tab.details.toPlainText()
    text = tmp_path / "khong-phai.pdf"
    text.write_text("không phải PDF")
    answer = _answered(qtbot, tab, tab.check_file(text))
    assert not answer.ok and answer.verdict.startswith(f"Tệp {text} không phải tệp PDF")
    assert tab.details.toPlainText() == ""
