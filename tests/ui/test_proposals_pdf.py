"""The printed plan: rendered on a worker, previewed with QtPdf, printed page by page, saved as PDF."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.services import proposals
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.proposals.list_view import ProposalsView

from .proposal_support import KEPT


@pytest.fixture(autouse=True)
def _renders_end():
    yield
    QThreadPool.globalInstance().waitForDone(10_000)  # before the windows it reports to go


@pytest.fixture
def window(qtbot, demo_ctx):
    """The window of a submitted demo proposal, as its recipient (the head) sees it."""
    head = sign_in(demo_ctx, username="chutich", password="demo")
    submitted = proposals.list_proposals(demo_ctx, proposals.Filters(state=State.SUBMITTED.value), actor=head,
                                         limit=1)
    assert submitted, "the demo holds submitted proposals"
    view = ProposalsView(demo_ctx, head)
    qtbot.addWidget(view)
    opened = view.open_proposal(submitted[0].id)
    KEPT.extend([view, opened])
    return opened


def test_preview_renders_on_a_worker_then_prints_and_saves(qtbot, window, tmp_path, monkeypatch):
    dialog = window.preview()
    assert dialog is not None and dialog.pages.currentIndex() == 0  # busy while the worker renders
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1, timeout=15_000)
    assert dialog.pages.currentIndex() == 1 and dialog.print_button.isEnabled()
    pages = dialog.document.pageCount()
    assert dialog.page_count.text() == f"{pages} trang"
    ref = window.proposal.ref
    assert dialog.windowTitle() == f"Xem bản in — {ref}"

    saved = dialog.save_to(tmp_path / "ke-hoach")
    assert saved == tmp_path / "ke-hoach.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "KẾ HOẠCH" in text and ref in text

    chosen = tmp_path / "Lưu ở đây.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *_a, **_k: (str(chosen), "Tệp PDF (*.pdf)"))
    dialog.save_button.click()
    assert chosen.read_bytes() == saved.read_bytes()

    printed = tmp_path / "in.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(dialog, "new_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    assert dialog.print_document() == pages
    assert len(PdfReader(printed).pages) == pages


def test_render_runs_off_the_gui_thread(qtbot, window, monkeypatch):
    from lamdong_desktop.services import printing

    seen: list[str] = []
    real = printing.render_plan

    def render(plan, target):
        seen.append(threading.current_thread().name)
        return real(plan, target)

    monkeypatch.setattr(printing, "render_plan", render)
    dialog = window.preview()
    with qtbot.waitSignal(dialog.loaded, timeout=15_000) as blocker:
        pass
    assert blocker.args[0] >= 1
    assert seen and seen[0] != threading.main_thread().name


def test_stop_waiting_removes_the_file_when_the_render_ends(qtbot, window):
    dialog = window.preview()
    task = dialog._task
    folder = Path(task.folder.name)
    assert dialog.is_busy()
    dialog.stop_button.click()  # the user gives up waiting
    qtbot.waitUntil(lambda: task.done, timeout=15_000)
    assert not folder.exists()


def test_unsaved_edits_are_saved_before_previewing(qtbot, demo_ctx, answer_yes):
    view = ProposalsView(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"))
    qtbot.addWidget(view)
    KEPT.append(view)
    window = view.new_proposal()
    KEPT.append(window)
    window.title_edit.setText("Bản in của một dự thảo")
    window.save()
    window.title_edit.setText("Bản in của một dự thảo đã sửa")
    dialog = window.preview()
    assert answer_yes == ["Bản in lấy nội dung đã lưu. Lưu các thay đổi trước khi xem bản in?"]
    saved = proposals.get(demo_ctx, window.proposal.id, actor=view.actor)
    assert saved.summary.title == "Bản in của một dự thảo đã sửa"
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1, timeout=15_000)


def test_saving_the_print_never_writes_into_the_data_folder_or_over_a_folder(qtbot, window, tmp_path, demo_ctx,
                                                                              errors_shown):
    """The window's “Lưu PDF…” obeys the same rule as ``lamdong print``: the records are never overwritten."""
    dialog = window.preview()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1, timeout=15_000)
    database = demo_ctx.paths.database
    before = database.read_bytes()
    for target in (database, demo_ctx.paths.root / "ban-in.pdf", demo_ctx.paths.attachments / "x.pdf"):
        assert dialog.save_to(target) is None
    assert database.read_bytes() == before and not (demo_ctx.paths.root / "ban-in.pdf").exists()
    folder = tmp_path / "thu-muc.pdf"
    folder.mkdir()
    assert dialog.save_to(folder) is None and folder.is_dir()
    missing = tmp_path / "USB" / "ke-hoach.pdf"  # a stick that was pulled out
    assert dialog.save_to(missing) is None and not missing.parent.exists()
    assert len(errors_shown) == 5 and all("lỗi không mong đợi" not in e for e in errors_shown)
    assert "thư mục dữ liệu" in errors_shown[0]
    assert errors_shown[3].startswith(f"Không ghi được tệp “{folder}”: đó là một thư mục")
    assert errors_shown[4].startswith(f"Không ghi được tệp “{missing}”: thư mục “{missing.parent}” không tồn tại")


def _copies(ctx, proposal_id):
    return list(ctx.db.execute("SELECT short_code, copies FROM printed_documents WHERE subject_id = ?",
                               [proposal_id]))


def test_printing_or_saving_the_preview_records_the_copy_and_its_code(qtbot, window, tmp_path, monkeypatch,
                                                                      demo_ctx):
    from tests.documents.qr_read import page_codes

    dialog = window.preview()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1, timeout=15_000)
    assert _copies(demo_ctx, window.proposal.id) == []  # looking at a preview records nothing
    saved = dialog.save_to(tmp_path / "ke-hoach.pdf")
    [(code, copies)] = _copies(demo_ctx, window.proposal.id)
    assert copies == 1 and page_codes(saved)[0][0].replace("-", "").endswith(code)

    monkeypatch.setattr(dialog, "new_printer", lambda: _pdf_printer(tmp_path / "in.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    assert dialog.print_document() >= 1
    assert _copies(demo_ctx, window.proposal.id) == [(code, 2)]  # the same content: one more copy


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


def test_a_preview_the_record_changed_under_is_neither_saved_nor_printed(qtbot, window, tmp_path, monkeypatch,
                                                                         demo_ctx, errors_shown):
    dialog = window.preview()
    qtbot.waitUntil(lambda: dialog.document.pageCount() >= 1, timeout=15_000)
    # Meanwhile (another window, another office) the head returns the proposal: it now prints as a draft.
    proposals.return_for_revision(demo_ctx, actor=window.actor, proposal_id=window.proposal.id,
                                  reason="Bổ sung dự toán kinh phí.")
    assert dialog.save_to(tmp_path / "cu.pdf") is None and not (tmp_path / "cu.pdf").exists()
    monkeypatch.setattr(dialog, "new_printer", lambda: _pdf_printer(tmp_path / "in.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    assert dialog.print_document() == 0 and not (tmp_path / "in.pdf").exists()
    assert len(errors_shown) == 2 and all("mở lại bản xem trước" in e for e in errors_shown)
    assert _copies(demo_ctx, window.proposal.id) == []
