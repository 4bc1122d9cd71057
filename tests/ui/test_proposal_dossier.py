"""«In hồ sơ đề xuất…» in the proposal window, clicked through: the file chosen, the dossier built off the GUI thread
with a progress dialog, saved and told on the window's line; «Hủy» leaves no file; a place inside the data folder is
refused before anything runs."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QPushButton

from lamdong_desktop.services import dossier_pdf, proposals
from lamdong_desktop.services.dossier_verify import verify_dossier
from lamdong_desktop.ui.proposals.editor import ProposalWindow
from lamdong_desktop.ui.shared import operations

from ..services.dossier_support import through_evaluation
from ..services.meeting_support import at, office
from .proposal_support import KEPT, settle


@pytest.fixture(autouse=True)
def _workers_end():
    yield
    QThreadPool.globalInstance().waitForDone(20_000)  # before the windows it reports to go


@pytest.fixture
def evaluated(demo, tmp_path):
    o = office(*demo)
    return o, through_evaluation(o, tmp_path / "files").proposal


@pytest.fixture
def window(qtbot, evaluated):
    o, proposal = evaluated
    opened = ProposalWindow(o.ctx, o.head, proposals.open_proposal(o.ctx, proposal.id, actor=o.head))
    qtbot.addWidget(opened)
    opened.show()
    KEPT.append(opened)
    return opened


def _save_as(monkeypatch, path):
    asked = []

    def dialog(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return str(path), "Tệp PDF (*.pdf)"

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", dialog)
    return asked


def test_the_dossier_is_built_on_a_worker_with_progress_and_saved_where_chosen(qtbot, window, evaluated, tmp_path,
                                                                                 monkeypatch):
    o, proposal = evaluated
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 0)
    labels, threads = [], []
    shown_dialog = operations.progress_dialog

    def recorded_dialog(label, cancel_text, parent):
        labels.append((label, cancel_text))
        return shown_dialog(label, cancel_text, parent)

    monkeypatch.setattr(operations, "progress_dialog", recorded_dialog)
    rendered = dossier_pdf.render

    def render(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return rendered(*args, **kwargs)

    monkeypatch.setattr(dossier_pdf, "render", render)
    asked = _save_as(monkeypatch, tmp_path / "hồ sơ")
    button = window.dossier.button
    assert button.isVisible() and button.text() == "In hồ sơ đề xuất…"
    with at(date(2026, 2, 12), 9):
        button.click()
        assert not button.isEnabled()  # one dossier at a time
        settle(qtbot)
    assert asked[0][0] == "Lưu hồ sơ đề xuất thành tệp PDF"
    assert asked[0][1].endswith(f"{proposal.ref} - Hồ sơ đề xuất.pdf")
    assert threads == [False]  # rendered off the GUI thread
    assert labels == [(f"Đang in hồ sơ đề xuất {proposal.ref}…", "Hủy")]
    saved = tmp_path / "hồ sơ.pdf"
    assert saved.is_file() and button.isEnabled()
    check = verify_dossier(o.ctx, actor=o.head, path=saved)
    assert check.ok and len(check.documents) == 18
    assert window.flash.text() == f"Đã lưu hồ sơ {proposal.ref} (18 tài liệu, {check_pages(saved)} trang) vào {saved}."


def check_pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def test_cancelling_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 0)
    rendered = dossier_pdf.render

    def slow(*args, cancel=None, **kwargs):
        cancel.wait(15)  # as long as it takes the user to press «Hủy»
        return rendered(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(dossier_pdf, "render", slow)
    _save_as(monkeypatch, tmp_path / "ho-so.pdf")
    window.dossier.button.click()
    operation = window.dossier.operation
    qtbot.waitUntil(lambda: operation.dialog is not None, timeout=5_000)
    cancel = operation.dialog.findChild(QPushButton)
    assert cancel.text() == "Hủy"
    cancel.click()
    settle(qtbot)
    assert operation.done and not operation.succeeded
    assert not (tmp_path / "ho-so.pdf").exists() and window.dossier.button.isEnabled()
    assert window.flash.text() == "Đã hủy."
    # The worker leaves the running list when its thread ends, a moment after the window heard of it.
    qtbot.waitUntil(lambda: not operations.running(), timeout=15_000)


def test_a_place_inside_the_data_folder_is_refused_before_anything_runs(qtbot, window, evaluated, errors_shown,
                                                                        monkeypatch):
    o, _proposal = evaluated
    _save_as(monkeypatch, o.ctx.paths.root / "ho-so.pdf")
    qtbot.waitUntil(lambda: not operations.running(), timeout=15_000)  # nothing left over from another test
    assert window.dossier.start() is None
    assert not operations.running() and window.dossier.operation is None
    assert len(errors_shown) == 1 and "thư mục dữ liệu" in errors_shown[0]
    assert not (o.ctx.paths.root / "ho-so.pdf").exists()
