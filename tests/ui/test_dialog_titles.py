"""Every dialog has a Vietnamese title that fits its frame (not cut off with "…", not Qt's English default).

The walk over the UI modules finds every dialog class; each must be built below, so a new dialog cannot
escape the check. Message boxes and progress dialogs are made only in ui/shared/dialogs.py (a source
scan says so), and file dialogs get a Vietnamese title that fits Qt's file dialog.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

import lamdong_desktop.ui as ui_package
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.domain.task_rules import Step
from lamdong_desktop.services import accounts, attachments, official_records, proposals, staff, task_views
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.proposals.dialogs import ask_unsaved  # the real one (conftest replaces the module's)
from lamdong_desktop.ui.shared.dialogs import TITLE_FRAME_ALLOWANCE, Dialog, fit_title, title_room

UI = Path(ui_package.__file__).resolve().parent
# Words of Qt's own English titles, or of a title left untranslated.
ENGLISH = {"error", "warning", "information", "question", "open", "save", "print", "select", "choose", "dialog",
           "progress", "cancel", "confirm", "about", "file", "files", "folder", "directory", "python"}


def ui_dialog_classes() -> set[type]:
    """Every QDialog subclass defined in lamdong_desktop.ui (its modules imported by walking the package)."""
    found: set[type] = set()
    for module_info in pkgutil.walk_packages(ui_package.__path__, "lamdong_desktop.ui."):
        module = importlib.import_module(module_info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__.startswith("lamdong_desktop.ui"):
                found.add(obj)
    return found


def assert_vietnamese_and_fits(window, app: QApplication) -> None:
    window.show()
    app.processEvents()
    title = window.windowTitle()
    words = re.findall(r"[^\W\d_]+", title)
    assert words, f"{type(window).__name__} has no title"
    assert "{" not in title and "}" not in title, title  # a placeholder left unfilled
    assert any(ord(ch) > 127 and ch.isalpha() for ch in title), f"not Vietnamese: {title!r}"
    assert not ENGLISH & {w.lower() for w in words}, f"English in the title: {title!r}"
    screen = window.screen().availableGeometry().width()
    needed = min(title_room(title), int(screen * 0.92))
    assert window.width() >= needed, f"{title!r} is cut off: {window.width()} px < {needed} px"
    window.close()


@pytest.fixture
def people(demo_ctx):
    head = sign_in(demo_ctx, username="chutich", password="demo")
    admin = sign_in(demo_ctx, username="admin", password="demo")
    return head, admin


def _meeting(ctx, head):
    """A leadership meeting of the demo's head on one of the proposals he received, with the longest title."""
    from datetime import datetime, time, timedelta

    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.lifecycle import State
    from lamdong_desktop.services import meetings
    from lamdong_desktop.services.meetings import MemberSpec
    from lamdong_desktop.services.proposals import Filters

    people = {p.full_name: p.id for p in staff.list_people(ctx, actor=head)}
    received = proposals.list_proposals(ctx, Filters(state=State.RECEIVED.value), actor=head)
    ordinary = next(s for s in received if not s.broad)
    seats = [MemberSpec(people["Nguyễn Văn Hùng"], "chair", True), MemberSpec(people["Ka Thị Hương"], "member"),
             MemberSpec(people["Trần Thị Mai"], "secretary")]
    meeting = meetings.convene(ctx, actor=head, kind="leadership", title="Họp tập thể lãnh đạo " * 8,
                               starts_at=datetime.combine(clock.today() + timedelta(days=1), time(8), clock.VN_TZ),
                               place="Hội trường",
                               members=seats, proposal_ids=[ordinary.id]).value
    return meeting, meeting.items[0]


def _factories(ctx, head, admin, paths):  # noqa: C901 - one entry per dialog class
    from lamdong_desktop.services import meetings
    from lamdong_desktop.ui.accounts.dialogs import NewAccountDialog, PasswordDialog, RolesDialog
    from lamdong_desktop.ui.calendar.view import CorrectionDialog
    from lamdong_desktop.ui.kpi.import_window import ImportDialog
    from lamdong_desktop.ui.login_dialog import LoginDialog
    from lamdong_desktop.ui.meetings.agenda import AddItemDialog, RemoveItemDialog
    from lamdong_desktop.ui.meetings.convene_dialog import ConveneDialog
    from lamdong_desktop.ui.meetings.decide_dialog import DecideDialog
    from lamdong_desktop.ui.meetings.dialogs import (
        AbsenceDialog,
        AdjournDialog,
        CloseMeetingDialog,
        OpinionDialog,
        OverrideDialog,
    )
    from lamdong_desktop.ui.meetings.sign_dialog import SignDialog
    from lamdong_desktop.ui.proposals.dialogs import MistakenDialog, ReasonDialog
    from lamdong_desktop.ui.proposals.evaluate_dialog import EvaluateDialog
    from lamdong_desktop.ui.proposals.implementation_dialogs import (
        AdjustDialog,
        DifficultyDialog,
        FinishDialog,
        ProgressDialog,
        ReportDialog,
        StartDialog,
        StepDialog,
    )
    from lamdong_desktop.ui.proposals.review_bar import PartyOpinionDialog
    from lamdong_desktop.ui.setup_wizard import SetupWizard
    from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog
    from lamdong_desktop.ui.tasks.assign_dialog import NewTaskDialog
    from lamdong_desktop.ui.tasks.step_dialogs import StepDialog as TaskStepDialog
    from lamdong_desktop.ui.unit.record_dialogs import CommendationDialog, RemoveCommendationDialog
    from lamdong_desktop.ui.unit.record_window import OfficialRecordDialog
    from lamdong_desktop.ui.unit.review_window import AnnualReviewDialog
    from lamdong_desktop.ui.unit.staff_dialogs import PartyOrgDialog, PersonDialog

    # The longest user name there can be: the roles dialog names it in its title.
    longest = "nguyenthithanhhuong.phochutich2"[:32]
    accounts.add_account(ctx, actor=admin, username=longest, full_name="Nguyễn Thị Thanh Hương",
                         password="matkhau1", roles=["lanh_dao"])
    account = next(a for a in accounts.list_accounts(ctx, actor=admin) if a.username == longest)
    person = staff.list_people(ctx, actor=head)[0]
    org = staff.list_party_orgs(ctx, actor=head)[0]
    summaries = proposals.list_proposals(ctx, actor=head)
    proposal = proposals.get(ctx, summaries[0].id, actor=head)
    attachment = next(a for s in summaries for a in attachments.list_attachments(ctx, s.id, actor=head))
    meeting, item = _meeting(ctx, head)
    member = meeting.members[1]
    running = next(proposals.get(ctx, s.id, actor=head) for s in summaries if s.state.value == "dang_thuc_hien")
    evaluated = next(m for m in meetings.list_meetings(ctx, actor=head)
                     if m.items and m.items[0].purpose.value == "evaluation")
    # The longest name of the demo's staff with a completed proposal in his record (the titles name him).
    recorded = max((official_records.get(ctx, p.id, actor=head) for p in staff.list_people(ctx, actor=head)),
                   key=lambda r: (any(e.eligible for e in r.entries), len(r.person.full_name)))
    completed = next(e for e in recorded.entries if e.eligible)
    decided = next(m for m in meetings.list_meetings(ctx, actor=head) if any(i.decision_id for i in m.items))
    decision_id = next(i.decision_id for i in decided.items if i.decision_id)
    # The demo's task with the longest reference: a step's title names it.
    task = task_views.get(ctx, max(task_views.list_tasks(ctx, actor=head), key=lambda t: len(t.ref)).id, actor=head)
    return {
        TaskStepDialog: [lambda s=step: TaskStepDialog(ctx, head, task, s, staff.list_people(ctx, actor=head))
                         for step in Step if step is not Step.ASSIGN],
        NewTaskDialog: [lambda: NewTaskDialog(ctx, head, staff.list_people(ctx, actor=head))],
        ImportDialog: [lambda: ImportDialog(ctx, head)],
        SignDialog: [lambda: SignDialog(ctx, head, "decision", decision_id, "Quyết định"),
                     lambda: SignDialog(ctx, head, "minutes", decided.id, "Biên bản")],
        OfficialRecordDialog: [lambda: OfficialRecordDialog(ctx, head, recorded.person.id)],
        CommendationDialog: [lambda: CommendationDialog(ctx, head, recorded.person, completed)],
        RemoveCommendationDialog: [lambda: RemoveCommendationDialog(ctx, head, completed)],
        AnnualReviewDialog: [lambda: AnnualReviewDialog(ctx, head)],
        StartDialog: [lambda: StartDialog(ctx, head, running)],
        ProgressDialog: [lambda: ProgressDialog(ctx, head, running)],
        DifficultyDialog: [lambda: DifficultyDialog(ctx, head, running)],
        StepDialog: [lambda a=action: StepDialog(ctx, head, running, a)
                     for action in (Action.SUSPEND, Action.RESUME, Action.STOP)],
        AdjustDialog: [lambda: AdjustDialog(ctx, head, running)],
        FinishDialog: [lambda: FinishDialog(ctx, head, running)],
        ReportDialog: [lambda: ReportDialog(ctx, head, running, "Theo số liệu đã ghi: đạt 1/2 chỉ tiêu.")],
        EvaluateDialog: [lambda: EvaluateDialog(ctx, head, evaluated, evaluated.items[0])],
        ConveneDialog: [lambda: ConveneDialog(ctx, head)],
        DecideDialog: [lambda: DecideDialog(ctx, head, meeting, item)],
        AbsenceDialog: [lambda: AbsenceDialog(ctx, head, meeting, member)],
        OverrideDialog: [lambda: OverrideDialog(ctx, head, meeting, item)],
        AdjournDialog: [lambda: AdjournDialog(ctx, head, meeting)],
        AddItemDialog: [lambda: AddItemDialog(ctx, head, meeting)],
        RemoveItemDialog: [lambda: RemoveItemDialog(ctx, head, meeting)],
        CloseMeetingDialog: [lambda: CloseMeetingDialog(ctx, head, meeting)],
        OpinionDialog: [lambda: OpinionDialog(ctx, head, meeting), lambda: OpinionDialog(ctx, head, meeting, item)],
        NewAccountDialog: [lambda: NewAccountDialog(ctx, admin)],
        PasswordDialog: [lambda: PasswordDialog(ctx, admin, "admin"), lambda: PasswordDialog(ctx, admin, longest)],
        RolesDialog: [lambda: RolesDialog(ctx, admin, account)],
        PersonDialog: [lambda: PersonDialog(ctx, head), lambda: PersonDialog(ctx, head, person)],
        PartyOrgDialog: [lambda: PartyOrgDialog(ctx, head), lambda: PartyOrgDialog(ctx, head, org)],
        CorrectionDialog: [lambda: CorrectionDialog(ctx, admin, date(2026, 9, 2))],
        LoginDialog: [lambda: LoginDialog(ctx)],
        ReasonDialog: [lambda: ReasonDialog(ctx, head, proposal, Action.RETURN),
                       lambda: ReasonDialog(ctx, head, proposal, Action.WITHDRAW)],
        MistakenDialog: [lambda: MistakenDialog(ctx, head, attachment)],
        PartyOpinionDialog: [lambda: PartyOpinionDialog(ctx, head, proposal)],
        PdfPreviewDialog: [lambda: PdfPreviewDialog(lambda _target: None, title=proposal.summary.ref,
                                                    file_name="ke-hoach.pdf")],
        SetupWizard: [lambda: SetupWizard(paths)],
    }


def test_every_dialog_of_the_ui_has_a_vietnamese_title_that_fits(qtbot, demo_ctx, people, tmp_path):
    from lamdong_desktop.storage.paths import DataPaths
    from lamdong_desktop.ui.accounts.dialogs import _ServiceDialog
    from lamdong_desktop.ui.meetings.dialogs import _FormDialog
    from lamdong_desktop.ui.proposals.dialogs import RequiredReasonDialog
    from lamdong_desktop.ui.setup_wizard import SetupWizard

    head, admin = people
    factories = _factories(demo_ctx, head, admin, DataPaths(tmp_path / "new"))
    found = ui_dialog_classes()
    bases = {Dialog, _ServiceDialog, RequiredReasonDialog, _FormDialog}
    assert found - bases == set(factories), "a dialog class without a check here: add it to _factories"
    for cls in found - {SetupWizard}:
        assert issubclass(cls, Dialog), f"{cls.__name__} must derive from ui.shared.dialogs.Dialog"
    app = QApplication.instance()
    for makers in factories.values():
        for make in makers:
            window = make()
            qtbot.addWidget(window)
            assert_vietnamese_and_fits(window, app)


def test_message_boxes_have_vietnamese_titles_that_fit(qtbot, demo_ctx, monkeypatch):
    from lamdong_desktop.ui.main_window import MainWindow
    from lamdong_desktop.ui.shared import errors, messages

    app = QApplication.instance()
    asked: list[str] = []

    def check_instead_of_waiting(box: QMessageBox) -> int:
        asked.append(box.windowTitle())
        assert_vietnamese_and_fits(box, app)
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", check_instead_of_waiting)
    messages.confirm(None, "Xóa?")
    ask_unsaved(None)
    errors.show_crash_dialog("Có lỗi.")
    assert asked == ["Xác nhận", "Chưa lưu", "Lỗi ngoài dự kiến"]
    for box in (messages.show_error(None, "Không đọc được tệp."),
                messages.show_error(None, "x", title="Chưa trình được")):
        assert_vietnamese_and_fits(box, app)  # closing deletes it (WA_DeleteOnClose)
    window = MainWindow(demo_ctx, sign_in(demo_ctx, username="admin", password="demo"))
    qtbot.addWidget(window)
    about = window.about_box()
    assert_vietnamese_and_fits(about, app)
    about.deleteLater()


def test_a_progress_dialog_with_a_long_label_keeps_its_title_whole(qtbot):
    from lamdong_desktop.ui.shared.dialogs import progress_dialog

    dialog = progress_dialog("Đang đính kèm “Biên bản họp thôn Đạ Nhar về giải phóng mặt bằng.pdf” (1/3)…", "Hủy")
    qtbot.addWidget(dialog)
    assert_vietnamese_and_fits(dialog, QApplication.instance())


def test_a_short_message_box_is_widened_to_its_title(qtbot):
    """Qt sizes a message box by its text and leaves the frame 50 px: a short text cut a longer title."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Không thực hiện được", "Lỗi.")
    qtbot.addWidget(box)
    box.show()
    QApplication.instance().processEvents()
    narrow = box.width()
    box.close()
    assert narrow < title_room(box.windowTitle())  # the fault, as Qt alone leaves it
    fit_title(box)
    box.show()
    QApplication.instance().processEvents()
    assert box.width() >= title_room(box.windowTitle()) >= narrow + TITLE_FRAME_ALLOWANCE - 50


def test_message_and_progress_boxes_are_made_only_by_the_shared_factories():
    made_here = re.compile(r"\bQ(MessageBox|ProgressDialog|InputDialog)\(|\bQMessageBox\.(information|warning|"
                           r"critical|question|about)\(")
    offenders = [str(path.relative_to(UI)) for path in sorted(UI.rglob("*.py"))
                 if path.name != "dialogs.py" or path.parent.name != "shared"
                 if made_here.search(path.read_text("utf-8"))]
    assert offenders == []


def test_file_dialogs_are_asked_with_a_vietnamese_title_that_fits(qtbot):
    calls = re.compile(r"QFileDialog\.get\w+\(\s*self,\s*([^,]+),")
    titles: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        for argument in calls.findall(path.read_text("utf-8")):
            literal = re.fullmatch(r'self\.tr\("([^"]+)"\)', argument.strip())
            assert literal, f"{path.name}: a file dialog's title must be a translated literal, not {argument}"
            titles.append(literal.group(1))
    assert len(titles) >= 3  # attach, save attachments, save the printed plan
    app = QApplication.instance()
    for title in titles:
        dialog = QFileDialog(None, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        assert_vietnamese_and_fits(dialog, app)
