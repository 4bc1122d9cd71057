"""The operation runner and the change notice: every open view follows a change, wherever it was made."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.services import attachments, proposal_history, proposals, staff
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.changes import Changes
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import proposals_repo
from lamdong_desktop.ui.proposals.editor import ProposalWindow
from lamdong_desktop.ui.shared import operations
from lamdong_desktop.ui.shared.operations import Operation, on_changes
from tests.files_support import write_pdf

from ..services.test_proposals import full
from .proposal_support import KEPT, settle, view_as


@pytest.fixture
def draft(demo_ctx):
    """A complete draft of canbo's, ready to submit."""
    canbo = sign_in(demo_ctx, username="canbo", password="demo")
    org = next(o for o in staff.list_party_orgs(demo_ctx, actor=canbo) if o.name == "Chi bộ thôn 1")
    return canbo, proposals.create_draft(demo_ctx, actor=canbo, content=full(org.id)).value


def window_on(qtbot, ctx, actor, proposal, *, closed_by_test: bool = False) -> ProposalWindow:
    window = ProposalWindow(ctx, actor, proposal)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not closed_by_test:
        qtbot.addWidget(window)
    window.show()
    KEPT.append(window)
    return window


def files_in_store(ctx) -> list[Path]:
    folder = ctx.paths.attachments
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def people_in(window: ProposalWindow) -> list[str]:
    return [window.people_combo.itemText(i) for i in range(window.people_combo.count())]


def test_two_windows_on_one_proposal_follow_each_other(qtbot, demo_ctx, draft, answer_yes):
    canbo, proposal = draft
    first = window_on(qtbot, demo_ctx, canbo, proposal)
    second = window_on(qtbot, demo_ctx, canbo, proposals.get(demo_ctx, proposal.id, actor=canbo))
    assert second.visible_buttons() == ["Lưu", "Trình", "Rút…", "Xem bản in…"]

    section = next(iter(first.section_edits))
    first.section_edits[section].setPlainText("Một đoạn mới về sự cần thiết.")
    assert first.save()
    # the other window shows the saved text at once (it had no unsaved edits of its own)
    assert second.proposal.summary.version == first.proposal.summary.version
    assert second.section_edits[section].toPlainText() == "Một đoạn mới về sự cần thiết."

    first.submit_button.click()
    assert first.proposal.state is State.SUBMITTED
    # …and, without being reopened, the new state and the buttons that go with it
    assert second.proposal.state is State.SUBMITTED
    assert second.visible_buttons() == ["Rút…", "Xem bản in…"]
    assert not second.editable and second.title_edit.isReadOnly()
    assert "Đã trình" in second.status_line.text()


def test_unsaved_edits_survive_a_change_made_elsewhere(qtbot, demo_ctx, draft, errors_shown):
    canbo, proposal = draft
    typing = window_on(qtbot, demo_ctx, canbo, proposal)
    other = window_on(qtbot, demo_ctx, canbo, proposals.get(demo_ctx, proposal.id, actor=canbo))
    typing.title_edit.setText("Tên đang gõ dở")
    other.title_edit.setText("Tên khác")
    assert other.save()
    # the typing window keeps what is being typed, but its heading tells the saved state
    assert typing.title_edit.text() == "Tên đang gõ dở" and typing.dirty
    assert "Tên khác" in typing.heading.text()


def test_a_staff_edit_refreshes_the_people_of_an_open_proposal_window(qtbot, demo_ctx, draft, answer_yes):
    from lamdong_desktop.ui.unit.staff_dialogs import PersonDialog
    from lamdong_desktop.ui.unit.view import UnitView

    canbo, proposal = draft
    head = sign_in(demo_ctx, username="chutich", password="demo")
    window = window_on(qtbot, demo_ctx, canbo, proposal)
    unit = UnitView(demo_ctx, head)
    qtbot.addWidget(unit)
    assert not any("Ka Thị Lan" in n for n in people_in(window))

    dialog = PersonDialog(demo_ctx, head, parent=unit)
    dialog.full_name.setText("Ka Thị Lan")
    dialog.position.setText("Công chức Văn hóa - Xã hội")
    dialog.accept()
    assert dialog.saved is not None
    assert "Ka Thị Lan — Công chức Văn hóa - Xã hội" in people_in(window)
    assert "Ka Thị Lan" in [p.full_name for p in unit.people_model.records()]  # its own list, by the notice

    unit.people.search.setText("Ka Thị Lan")
    unit.people.table.selectRow(0)
    unit.remove_person()  # answer_yes confirms
    assert not any("Ka Thị Lan" in n for n in people_in(window))
    assert "Ka Thị Lan" not in [p.full_name for p in unit.people_model.records()]


def test_an_action_in_a_proposal_window_refreshes_the_list(qtbot, demo_ctx, draft, answer_yes):
    canbo, proposal = draft
    view = view_as(qtbot, demo_ctx, "canbo")
    row = view.titles().index(proposal.summary.title)
    assert view.proxy.index(row, 2).data() == "Dự thảo"
    window = window_on(qtbot, demo_ctx, canbo, proposal)  # not opened from the list: no wiring between them
    window.submit_button.click()
    row = view.titles().index(proposal.summary.title)
    assert view.proxy.index(row, 2).data() == "Đã trình"


class Gate:
    """Holds the copy of an attachment after its first chunk until released (or cancelled)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        real = attachments.store_file
        monkeypatch.setattr(blobs, "_CHUNK", 64 * 1024)

        def store_file(paths, path, *, max_bytes, cancel=None, progress=None):
            def hold(done: int, total: int) -> None:
                if progress is not None:
                    progress(done, total)
                if not self.started.is_set():
                    self.started.set()
                    while not self.release.wait(0.02) and not (cancel is not None and cancel.cancelled):
                        pass

            return real(paths, path, max_bytes=max_bytes, cancel=cancel, progress=hold)

        monkeypatch.setattr(attachments, "store_file", store_file)


def big_file(folder: Path) -> Path:
    path = folder / "Bản đồ hiện trạng.pdf"
    write_pdf(path, "ban do hien trang", at_least=2 * 1024 * 1024)  # 2 MiB: 32 chunks
    return path


def test_attaching_can_be_cancelled_from_its_dialog_and_leaves_nothing(qtbot, demo_ctx, draft, tmp_path,
                                                                        monkeypatch):
    canbo, proposal = draft
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 0)
    gate = Gate(monkeypatch)
    window = window_on(qtbot, demo_ctx, canbo, proposal)
    before = files_in_store(demo_ctx)  # the demo's own attachments
    operation = window.attachments.attach([big_file(tmp_path)])
    assert operation is not None
    qtbot.waitUntil(lambda: operation.dialog is not None and gate.started.is_set(), timeout=10_000)
    dialog = operation.dialog
    assert dialog.windowTitle() == "Đang đính kèm “Bản đồ hiện trạng.pdf”…"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Hủy")
    cancel.click()
    settle(qtbot)
    assert operation.result is not None and operation.result.cancelled and operation.result.added == 0
    assert files_in_store(demo_ctx) == before  # neither the half-copied file…
    assert proposals_repo.attachments_of(demo_ctx.db, "proposals", proposal.id) == []  # …nor a row
    assert window.attachments.filenames() == []
    assert "Đã hủy" in window.attachments.note.text()


def test_closing_a_window_while_it_attaches_touches_nothing_and_the_others_still_hear(
        qtbot, demo_ctx, draft, tmp_path, monkeypatch):
    canbo, proposal = draft
    gate = Gate(monkeypatch)
    closing = window_on(qtbot, demo_ctx, canbo, proposal, closed_by_test=True)
    staying = window_on(qtbot, demo_ctx, canbo, proposals.get(demo_ctx, proposal.id, actor=canbo))
    delivered: list[object] = []
    monkeypatch.setattr(type(closing.attachments), "_attached", lambda self, outcome: delivered.append(outcome))
    operation = closing.attachments.attach([big_file(tmp_path)])
    assert operation is not None
    qtbot.waitUntil(gate.started.is_set, timeout=10_000)
    closing.close()  # deletes itself (WA_DeleteOnClose) while the worker copies
    qtbot.waitUntil(lambda: not operations.alive(closing), timeout=5_000)
    gate.release.set()
    settle(qtbot)
    assert operation.succeeded and delivered == []  # the dead panel was never called
    stored = attachments.list_attachments(demo_ctx, proposal.id, actor=canbo)
    assert [a.filename for a in stored] == ["Bản đồ hiện trạng.pdf"]
    assert staying.attachments.filenames() == ["Bản đồ hiện trạng.pdf"]  # the notice reached the others


def test_background_work_runs_on_a_worker_with_its_own_connection(qtbot, demo_ctx, draft):
    canbo, proposal = draft
    window = window_on(qtbot, demo_ctx, canbo, proposal)
    seen: dict[str, object] = {}
    heard: list[Changes] = []
    on_changes(demo_ctx, window, lambda changes, _origin: heard.append(changes))

    def job(ctx):
        seen["ctx"], seen["thread"] = ctx, threading.current_thread()
        return proposals.withdraw(ctx, actor=canbo, proposal_id=proposal.id, reason="Trùng nội dung")

    operation = Operation(window, job).success(lambda value: seen.setdefault("value", value)).run_in_background()
    settle(qtbot)
    assert seen["ctx"] is not demo_ctx and seen["thread"] is not threading.main_thread()
    assert operation.succeeded and seen["value"].state is State.WITHDRAWN
    assert heard and heard[-1].touches("proposal", record_id=proposal.id)
    assert window.proposal.state is State.WITHDRAWN  # the window followed the notice


def test_errors_become_messages_and_the_unexpected_goes_to_the_log(qtbot, demo_ctx, draft, errors_shown,
                                                                    monkeypatch):
    canbo, proposal = draft
    window = window_on(qtbot, demo_ctx, canbo, proposal)
    failing = Operation(window, lambda ctx: proposals.return_for_revision(
        ctx, actor=canbo, proposal_id=proposal.id, reason="Làm rõ"))
    assert not failing.run()
    assert len(errors_shown) == 1 and "lỗi không mong đợi" not in errors_shown[0]

    from lamdong_desktop.ui.shared import errors

    reported: list[BaseException] = []
    monkeypatch.setattr(errors, "report", reported.append)
    Operation(window, lambda ctx: 1 / 0).run_in_background()
    settle(qtbot)
    assert len(reported) == 1 and isinstance(reported[0], ZeroDivisionError)

    refused: list[DomainError] = []
    Operation(window, lambda ctx: proposals.get(ctx, "DX-1999-999", actor=canbo)).failure(
        refused.append).run_in_background()
    settle(qtbot)
    assert [e.code for e in refused] == ["proposal_not_found"]


def test_a_refusal_that_arrives_after_its_window_closed_shows_nothing(qtbot, demo_ctx, draft, errors_shown):
    canbo, proposal = draft
    window = window_on(qtbot, demo_ctx, canbo, proposal, closed_by_test=True)
    release = threading.Event()
    called: list[DomainError] = []

    def refused(ctx):
        release.wait(10)
        return proposals.return_for_revision(ctx, actor=canbo, proposal_id=proposal.id, reason="Làm rõ")

    operation = Operation(window, refused).failure(called.append).run_in_background()
    window.close()
    qtbot.waitUntil(lambda: not operations.alive(window), timeout=5_000)
    release.set()
    settle(qtbot)
    assert operation.done and not operation.succeeded
    assert called == [] and errors_shown == []  # neither its callback nor a message box from nowhere


def test_plain_work_without_data_delivers_on_the_gui_thread_with_progress(qtbot, monkeypatch):
    monkeypatch.setattr(operations, "PROGRESS_DELAY_MS", 0)
    release = threading.Event()
    seen: dict[str, object] = {}

    def work(target):
        seen["target"], seen["worker"] = target, threading.current_thread()
        operation.report(50, "Một nửa")
        release.wait(10)
        return 42

    operation: Operation[int] = Operation(None, work).success(
        lambda value: seen.update(value=value, delivered_on=threading.current_thread()))
    operation.run_in_background(label="Đang làm…")
    qtbot.waitUntil(lambda: operation.dialog is not None and operation.dialog.labelText() == "Một nửa",
                    timeout=10_000)
    assert operation.dialog.value() == 50 and operation.dialog.windowTitle() == "Đang làm…"
    release.set()
    settle(qtbot)
    assert seen["target"] is None and seen["worker"] is not threading.main_thread()
    assert seen["value"] == 42 and seen["delivered_on"] is threading.main_thread()
    assert operation.dialog is None  # closed with the job


def test_the_history_compares_versions_off_the_gui_thread(qtbot, demo_ctx, draft, answer_yes, monkeypatch):
    canbo, proposal = draft
    threads: list[threading.Thread] = []
    real = proposal_history.diff

    def diff(ctx, proposal_id, first, second, **kwargs):
        threads.append(threading.current_thread())
        return real(ctx, proposal_id, first, second, **kwargs)

    monkeypatch.setattr(proposal_history, "diff", diff)
    window = window_on(qtbot, demo_ctx, canbo, proposal)
    window.submit_button.click()
    settle(qtbot)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.history.versions() == [1] and "Hai bản giống nhau." in window.history.diff_view.toPlainText()
