"""The task log: giving and logging a task, who reads it, each step and who may take it; bad input is refused in
Vietnamese with nothing written; what a write changed is announced."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.task_rules import DeadlineKind, EventKind, ExtensionStatus, Step, TaskState
from lamdong_desktop.domain.tasks import Timeliness, Urgency
from lamdong_desktop.messages import describe
from lamdong_desktop.services import accounts, calendar, task_steps, task_views, tasks
from lamdong_desktop.services.changes import TASK
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.services.task_views import Filters
from tests.files_support import write_pdf

from .meeting_support import at, office

TODAY = date(2026, 3, 20)


@pytest.fixture
def o(demo):
    return office(*demo)


def _give(o, *, by=None, lead="canbo", day=date(2026, 3, 2), **kw):
    kw.setdefault("working_days", 10)
    with at(day, 8):
        return tasks.add_task(o.ctx, actor=by or o.head, title=kw.pop("title", "Rà soát hồ sơ đất đai"), lead=lead,
                              assigned_on=day, **kw).value


TABLES = ("tasks", "task_assignees", "task_events", "task_facts", "attachments", "audit_events", "sequences")


def _counts(o) -> dict[str, int]:
    return {t: o.ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


# ----------------------------------------------------------------------------------------------- giving


@pytest.mark.parametrize(("given", "kwargs", "due", "allotted"), [
    (date(2026, 2, 12), {"working_days": 3}, date(2026, 2, 24), 3),  # Fri 13, then Tết 16–20: Mon 23, Tue 24
    (date(2026, 2, 9), {"due": date(2026, 2, 16)}, date(2026, 2, 23), 5),  # a due day in Tết moves after it
    (date(2026, 4, 24), {"working_days": 2}, date(2026, 4, 29), 2),  # Giỗ Tổ Sun 26 → Mon 27 off: Tue 28, Wed 29
    (date(2026, 4, 29), {"working_days": 1}, date(2026, 5, 4), 1),  # 30/4 and 1/5, then the weekend
    (date(2026, 8, 28), {"working_days": 1}, date(2026, 9, 3), 1),  # 31/8 (for 22/8), 1–2/9 off
    (date(2026, 8, 21), {"working_days": 1}, date(2026, 8, 22), 1),  # Saturday 22/8 is worked (make-up day)
])
def test_the_due_day_follows_the_working_calendar(o, given, kwargs, due, allotted):
    with at(given):
        task = tasks.add_task(o.ctx, actor=o.head, title="Báo cáo", lead="canbo", assigned_on=given, **kwargs).value
    assert (task.summary.due_on, task.summary.current_due_on, task.allotted_days) == (due, due, allotted)
    assert task.deadline_kind is (DeadlineKind.WORKING_DAYS if "working_days" in kwargs else DeadlineKind.DATE)


def test_a_make_up_saturday_from_the_correction_table_counts(o):
    with at(date(2026, 1, 2)):
        calendar.set_correction(o.ctx, actor=o.admin, day=date(2026, 1, 10), kind="workday", name="Làm bù")
    task = _give(o, day=date(2026, 1, 9), working_days=1)
    assert task.summary.due_on == date(2026, 1, 10)


def test_the_head_gives_a_task_with_its_source_document_and_co_assignees(o):
    with at(date(2026, 3, 2), 8):
        changed = tasks.add_task(o.ctx, actor=o.head, title="Báo cáo tiến độ giải phóng mặt bằng", lead="canbo",
                                 assigned_on=date(2026, 3, 2), working_days=5, urgency="Thượng khẩn",
                                 co_assignees=["Bui Thi Lan", "Hoàng Đức Long"], source_number="45/UBND-KT",
                                 source_date=date(2026, 2, 27), source_issuer="UBND xã Di Linh")
    task = changed.value
    s = task.summary
    assert (s.ref, s.urgency, s.state, s.lead.full_name, s.assigner.full_name) == (
        "NV-2026-001", Urgency.VERY_URGENT, TaskState.OPEN, "K'Brơi Ngọc Sơn", "Nguyễn Văn Hùng")
    assert s.lead.person_id == o.person("K'Brơi Ngọc Sơn") and s.lead.account_id == o.official.user_id
    assert [p.full_name for p in task.co_assignees] == ["Bùi Thị Lan", "Hoàng Đức Long"]
    assert (s.source_number, s.source_date, s.source_issuer) == ("45/UBND-KT", date(2026, 2, 27), "UBND xã Di Linh")
    assert changed.changes.touches(TASK, record_id=task.id)
    # its derived KPI row, counted with today's calendar
    fact = o.ctx.db.execute("SELECT allotted, used, state FROM task_facts WHERE task_id = ?", [task.id]).fetchone()
    assert fact == (5, None, 0)


def test_an_official_logs_a_task_given_to_him_naming_who_gave_it(o):
    with at(date(2026, 3, 2)), pytest.raises(ValidationError, match="task_assigner_required"):
        tasks.add_task(o.ctx, actor=o.official, title="Báo cáo", lead="canbo", assigned_on=date(2026, 3, 2),
                       due=date(2026, 3, 6))
    task = _give(o, by=o.official, assigner="Ka Thi Huong", due=date(2026, 3, 6), working_days=None)
    assert task.summary.assigner.full_name == "Ka Thị Hương"
    with at(date(2026, 3, 2)), pytest.raises(PermissionDenied):  # he gives nobody else a task
        tasks.add_task(o.ctx, actor=o.official, title="Báo cáo", lead="Bùi Thị Lan", assigner="phochutich",
                       assigned_on=date(2026, 3, 2), due=date(2026, 3, 6))


def test_people_are_found_by_user_name_or_full_name_with_or_without_accents(o):
    son = task_views.find_person(o.ctx, "canbo")
    assert (son.full_name, son.person_id, son.account_id) == ("K'Brơi Ngọc Sơn", o.person("K'Brơi Ngọc Sơn"),
                                                              o.official.user_id)
    assert task_views.find_person(o.ctx, "k'broi ngoc son") == son
    assert task_views.find_person(o.ctx, "  Đặng Thị Ngọc Ánh ").person_id == o.person("Đặng Thị Ngọc Ánh")
    with pytest.raises(NotFound) as err:
        task_views.find_person(o.ctx, "Nguyễn Văn Không Có")
    assert "Nguyễn Văn Không Có" in describe(err.value)
    with pytest.raises(NotFound):
        task_views.find_person(o.ctx, "tinh")  # the province's account holds no task of the commune
    # an account with no person on the roster is counted by its account
    accounts.add_account(o.ctx, actor=o.admin, username="hopdong", full_name="Lò Văn Hợp", roles=["can_bo"],
                         password="matkhau123")
    alone = task_views.find_person(o.ctx, "Lo Van Hop")
    assert alone.person_id is None and alone.key == f"account:{alone.account_id}"


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"title": "   "}, "text_required"),
    ({"lead": "Người Lạ"}, "person_name_unknown"),
    ({"urgency": "rất gấp"}, "task_urgency_invalid"),
    ({"working_days": 0}, "working_days_invalid"),
    ({"working_days": None}, "task_deadline_one_of"),
    ({"due": date(2026, 3, 6)}, "task_deadline_one_of"),
    ({"working_days": None, "due": date(2026, 2, 27)}, "task_due_before_assigned"),
    ({"day": date(2026, 3, 21)}, "task_assigned_in_future"),
    ({"co_assignees": ["canbo"]}, "task_assignee_twice"),
    ({"co_assignees": ["Bùi Thị Lan", "bui thi lan"]}, "task_assignee_twice"),
    ({"source_date": date(2026, 3, 25)}, "task_date_in_future"),
    ({"proposal": "DX-2026-099"}, "proposal_not_found"),
    ({"title": "Báo cáo\u202e"}, "text_control_chars"),
])
def test_a_task_given_wrongly_is_refused_and_nothing_is_written(o, kwargs, code):
    before = _counts(o)
    kwargs = dict(kwargs)
    day = kwargs.pop("day", date(2026, 3, 2))
    with at(TODAY), pytest.raises(DomainError) as err:
        args = {"title": "Rà soát hồ sơ", "lead": "canbo", "working_days": 5, **kwargs}
        tasks.add_task(o.ctx, actor=o.head, assigned_on=day, **args)
    assert err.value.code == code
    assert describe(err.value) and "mã lỗi" not in describe(err.value)
    assert _counts(o) == before


def test_an_imported_row_is_not_imported_twice(o):
    first = _give(o, import_key="danh-sach-2026.xlsx#A17")
    with at(TODAY), pytest.raises(ValidationError) as err:
        tasks.add_task(o.ctx, actor=o.head, title="Khác", lead="canbo", assigned_on=date(2026, 3, 2), working_days=2,
                       import_key="danh-sach-2026.xlsx#A17")
    assert err.value.params["ref"] == first.ref
    assert task_views.imported(o.ctx, ["danh-sach-2026.xlsx#A17", "khac#1"], actor=o.head) == {
        "danh-sach-2026.xlsx#A17": first.ref}


# ----------------------------------------------------------------------------------------------- reading


def test_an_official_reads_his_own_tasks_and_the_head_and_leaders_the_units(o):
    own = _give(o, lead="canbo")
    co = _give(o, lead="Bùi Thị Lan", co_assignees=["canbo"])
    other = _give(o, lead="Hoàng Đức Long")
    with at(TODAY):
        assert {t.ref for t in task_views.list_tasks(o.ctx, actor=o.official)} == {own.ref, co.ref}
        assert task_views.count_tasks(o.ctx, actor=o.official) == 2
        with pytest.raises(NotFound):
            task_views.get(o.ctx, other.ref, actor=o.official)
        for reader in (o.head, o.leader):
            assert task_views.count_tasks(o.ctx, actor=reader) == 3
            assert task_views.get(o.ctx, other.ref, actor=reader).ref == other.ref
        for outsider in (o.secretary, o.admin):
            assert task_views.list_tasks(o.ctx, actor=outsider) == []
            with pytest.raises(NotFound):
                task_views.get(o.ctx, own.id, actor=outsider)
        # the head's own: those he gave (all three here) or holds
        assert task_views.count_tasks(o.ctx, Filters(mine=True), actor=o.head) == 3
        assert task_views.count_tasks(o.ctx, Filters(mine=True), actor=o.leader) == 0


def test_lists_filter_by_holder_state_and_the_original_deadline(o):
    late = _give(o, lead="canbo", working_days=2)  # due 04/03
    extended = _give(o, lead="canbo", working_days=3, title="Gia hạn")  # due 05/03, extended to 27/03
    with at(date(2026, 3, 4)):
        task_steps.request_extension(o.ctx, actor=o.head, task_id=extended.id, new_due=date(2026, 3, 27),
                                     reason="Chờ ý kiến của huyện.")
    fine = _give(o, lead="Bùi Thị Lan", working_days=20)
    with at(TODAY):
        overdue = task_views.list_tasks(o.ctx, Filters(overdue_on=TODAY), actor=o.head)
        # against the original deadline, as the KPIs count: the extended one is listed with its new date
        assert [(t.ref, t.current_due_on) for t in overdue] == [(late.ref, date(2026, 3, 4)),
                                                               (extended.ref, date(2026, 3, 27))]
        assert overdue[0].timeliness(TODAY) is Timeliness.OVERDUE and overdue[0].overdue(TODAY)
        lan = task_views.find_person(o.ctx, "Bùi Thị Lan").key
        assert [t.ref for t in task_views.list_tasks(o.ctx, Filters(holder=lan), actor=o.head)] == [fine.ref]
        assert task_views.list_tasks(o.ctx, Filters(state="done"), actor=o.head) == []
        assert [t.ref for t in task_views.list_tasks(o.ctx, Filters(query="gia han"), actor=o.head)] == [extended.ref]


# ------------------------------------------------------------------------------------------------- steps


def test_progress_by_the_people_on_the_task(o):
    task = _give(o, lead="Bùi Thị Lan", co_assignees=["canbo"])
    with at(date(2026, 3, 5)):
        view = task_steps.record_progress(o.ctx, actor=o.official, task_id=task.ref, text="Đã rà soát 12/30 hồ sơ.",
                                          on=date(2026, 3, 5)).value
    event = view.events[-1]
    assert (event.kind, event.noted_on, event.text, event.recorder_name) == (
        EventKind.PROGRESS, date(2026, 3, 5), "Đã rà soát 12/30 hồ sơ.", "K'Brơi Ngọc Sơn")
    other = _give(o, lead="Hoàng Đức Long")
    with at(date(2026, 3, 5)), pytest.raises(NotFound):  # not on it: it does not exist for him
        task_steps.record_progress(o.ctx, actor=o.official, task_id=other.ref, text="x")


def test_an_extension_asked_by_the_lead_and_decided_by_a_leader(o):
    task = _give(o, by=o.leader, lead="canbo", working_days=5)  # due 09/03; the leader gave it: he decides
    with at(date(2026, 3, 6)):
        asked = task_steps.request_extension(o.ctx, actor=o.official, task_id=task.ref, new_due=date(2026, 3, 14),
                                             reason="Chờ số liệu của thôn.").value
    assert asked.pending_extension.new_due_on == date(2026, 3, 16)  # Saturday 14 → Monday 16 (BLDS Đ148)
    assert asked.summary.current_due_on == date(2026, 3, 9)
    assert Step.DECIDE_EXTENSION not in asked.steps and Step.REQUEST_EXTENSION not in asked.steps
    with at(date(2026, 3, 6)), pytest.raises(ValidationError, match="task_extension_pending"):
        task_steps.request_extension(o.ctx, actor=o.official, task_id=task.ref, new_due=date(2026, 3, 20), reason="x")
    with at(date(2026, 3, 6)), pytest.raises(PermissionDenied):
        task_steps.decide_extension(o.ctx, actor=o.official, task_id=task.ref, approve=True)
    with at(date(2026, 3, 6)), pytest.raises(ValidationError, match="text_required"):  # a refusal says why
        task_steps.decide_extension(o.ctx, actor=o.leader, task_id=task.ref, approve=False)
    with at(date(2026, 3, 6)), pytest.raises(ValidationError, match="task_date_too_early"):
        task_steps.decide_extension(o.ctx, actor=o.leader, task_id=task.ref, approve=True, on=date(2026, 3, 5))
    with at(date(2026, 3, 9)):
        changed = task_steps.decide_extension(o.ctx, actor=o.leader, task_id=task.ref, approve=True,
                                              note="Đồng ý.")
    view = changed.value
    assert (view.summary.due_on, view.summary.current_due_on, view.summary.extensions) == (
        date(2026, 3, 9), date(2026, 3, 16), 1)
    event = view.events[-1]
    assert (event.status, event.decided_on, event.decider_name) == (ExtensionStatus.APPROVED, date(2026, 3, 9),
                                                                    "Ka Thị Hương")
    assert changed.changes.touches(TASK, record_id=task.id)
    # KPIs count against the original deadline: done on 12/03 within the extension, it is late all the same
    with at(date(2026, 3, 12)):
        done = tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 3, 12)).value
    assert done.summary.timeliness(TODAY) is Timeliness.LATE and done.early_enough is False


def test_a_leader_who_asks_has_it_approved_at_once_and_only_a_later_day_extends(o):
    task = _give(o, lead="canbo", working_days=5)
    with at(date(2026, 3, 6)), pytest.raises(ValidationError, match="task_extension_not_later"):
        task_steps.request_extension(o.ctx, actor=o.head, task_id=task.ref, new_due=date(2026, 3, 7), reason="x")
    with at(date(2026, 3, 6)):
        view = task_steps.request_extension(o.ctx, actor=o.head, task_id=task.ref, new_due=date(2026, 3, 13),
                                            reason="Bổ sung hồ sơ.").value
    assert (view.summary.current_due_on, view.pending_extension, view.events[-1].status) == (
        date(2026, 3, 13), None, ExtensionStatus.APPROVED)


def test_reassigning_keeps_the_deadline_and_moves_the_task_to_the_new_lead(o):
    task = _give(o, lead="Đặng Thị Ngọc Ánh", co_assignees=["canbo", "Bùi Thị Lan"])
    with at(date(2026, 3, 4)), pytest.raises(ValidationError, match="task_same_lead"):
        tasks.reassign(o.ctx, actor=o.head, task_id=task.ref, lead="Dang Thi Ngoc Anh", reason="x")
    with at(date(2026, 3, 4)), pytest.raises(PermissionDenied):
        tasks.reassign(o.ctx, actor=o.official, task_id=task.ref, lead="canbo", reason="x")
    with at(date(2026, 3, 4)):
        view = tasks.reassign(o.ctx, actor=o.head, task_id=task.ref, lead="canbo", reason="Đúng chuyên môn.").value
    assert view.summary.lead.full_name == "K'Brơi Ngọc Sơn" and view.summary.due_on == task.summary.due_on
    assert [p.full_name for p in view.co_assignees] == ["Bùi Thị Lan"]  # the new lead is no longer beside himself
    event = view.events[-1]
    assert (event.kind, event.from_name, event.to_name, event.text) == (
        EventKind.REASSIGN, "Đặng Thị Ngọc Ánh", "K'Brơi Ngọc Sơn", "Đúng chuyên môn.")


def test_a_cancelled_task_takes_no_further_step(o):
    task = _give(o, by=o.leader)  # the leader who gave it cancels it
    with at(date(2026, 3, 5)), pytest.raises(ValidationError, match="text_required"):
        tasks.cancel(o.ctx, actor=o.leader, task_id=task.ref, reason="  ")
    with at(date(2026, 3, 5)):
        view = tasks.cancel(o.ctx, actor=o.leader, task_id=task.ref, reason="Văn bản cấp trên đã thu hồi.").value
    assert (view.summary.state, view.summary.cancelled_on, view.cancel_reason, view.steps) == (
        TaskState.CANCELLED, date(2026, 3, 5), "Văn bản cấp trên đã thu hồi.", ())
    with at(date(2026, 3, 6)), pytest.raises(ValidationError) as err:
        tasks.complete(o.ctx, actor=o.official, task_id=task.ref)
    assert err.value.code == "task_not_open" and "đã hủy" in describe(err.value)


def test_completion_with_a_result_file(o, tmp_path):
    task = _give(o, lead="canbo", working_days=5, co_assignees=["Trần Thị Mai"])
    result = write_pdf(tmp_path / "bao-cao-ket-qua.pdf", "Báo cáo kết quả rà soát")
    before = _counts(o)
    with at(date(2026, 3, 5)), pytest.raises(PermissionDenied):  # a co-assignee: refused, no file kept
        tasks.complete(o.ctx, actor=o.secretary, task_id=task.id, attachment=result)
    with at(date(2026, 3, 5)), pytest.raises(NotFound):  # not on it at all: it does not exist for him
        tasks.complete(o.ctx, actor=o.admin, task_id=task.id, attachment=result)
    assert _counts(o) == before and not [f for f in o.ctx.paths.attachments.rglob("*") if f.is_file()]
    with at(date(2026, 3, 5), 16):
        changed = tasks.complete(o.ctx, actor=o.official, task_id=task.ref, done_on=date(2026, 3, 5),
                                 note="Đã gửi báo cáo.", attachment=result)
    view = changed.value
    assert (view.summary.state, view.summary.done_on, view.result_note, view.used_days) == (
        TaskState.DONE, date(2026, 3, 5), "Đã gửi báo cáo.", 3)
    assert (view.earliness, view.early_enough) == (Fraction(2, 5), True)  # 2 of 5 working days left
    assert {"task", "attachment"} <= changed.changes.kinds
    copy = tasks.export_result(o.ctx, actor=o.head, task_id=task.ref, folder=tmp_path / "out")
    assert copy.read_bytes() == result.read_bytes()
    with pytest.raises(NotFound):
        tasks.export_result(o.ctx, actor=o.admin, task_id=task.ref, folder=tmp_path / "out2")
    with at(date(2026, 3, 6)), pytest.raises(ValidationError, match="task_not_open"):
        tasks.complete(o.ctx, actor=o.official, task_id=task.ref)


def test_the_head_judges_whether_a_delay_has_a_good_reason(o):
    task = _give(o, lead="canbo", working_days=2)  # due 04/03
    with at(date(2026, 3, 4)), pytest.raises(ValidationError, match="task_not_late"):
        task_steps.judge(o.ctx, actor=o.head, task_id=task.ref, good_reason=True, reason="x")
    with at(date(2026, 3, 6)), pytest.raises(PermissionDenied):  # the head's judgement, not a deputy's
        task_steps.judge(o.ctx, actor=o.leader, task_id=task.ref, good_reason=True, reason="x")
    with at(date(2026, 3, 6)):
        view = task_steps.judge(o.ctx, actor=o.head, task_id=task.ref, good_reason=True,
                                reason="Chờ kết quả đo đạc.").value
    assert view.summary.good_reason is True and view.events[-1].good_reason is True
    with at(date(2026, 3, 9)):
        view = task_steps.judge(o.ctx, actor=o.head, task_id=task.ref, good_reason=False,
                                reason="Kết quả đo đạc đã có từ 06/3.").value
    assert view.summary.good_reason is False  # the latest judgement counts
    good = o.ctx.db.execute("SELECT good FROM task_facts WHERE task_id = ?", [task.id]).fetchone()[0]
    assert good == 0
    own = _give(o, lead="chutich", by=o.leader, working_days=1)  # the head does not judge a delay of his own
    with at(TODAY), pytest.raises(PermissionDenied):
        task_steps.judge(o.ctx, actor=o.head, task_id=own.ref, good_reason=True, reason="x")


@pytest.mark.parametrize("call", [
    lambda o, t: task_steps.record_progress(o.ctx, actor=o.official, task_id=t, text=" "),
    lambda o, t: task_steps.record_progress(o.ctx, actor=o.official, task_id=t, text="x", on=date(2026, 3, 1)),
    lambda o, t: task_steps.record_progress(o.ctx, actor=o.official, task_id=t, text="x", on=date(2026, 3, 21)),
    lambda o, t: task_steps.request_extension(o.ctx, actor=o.official, task_id=t, new_due=date(2026, 3, 10),
                                              reason="x"),
    lambda o, t: task_steps.decide_extension(o.ctx, actor=o.leader, task_id=t, approve=True),
    lambda o, t: tasks.complete(o.ctx, actor=o.official, task_id=t, done_on=date(2026, 2, 27)),
    lambda o, t: tasks.complete(o.ctx, actor=o.official, task_id=t, note="\u0007"),
    lambda o, t: tasks.cancel(o.ctx, actor=o.official, task_id=t, reason="Không cần nữa."),
    lambda o, t: tasks.reassign(o.ctx, actor=o.head, task_id=t, lead="Người Lạ", reason="x"),
    lambda o, t: tasks.reassign(o.ctx, actor=o.head, task_id=t, lead="Bùi Thị Lan", reason="x",
                                co_assignees=["bui thi lan"]),
    lambda o, t: task_steps.judge(o.ctx, actor=o.head, task_id=t, good_reason=True, reason="x"),
    lambda o, t: tasks.complete(o.ctx, actor=o.official, task_id="NV-2026-999"),
], ids=["blank progress", "before given", "in the future", "not later", "no request", "done before given",
        "control char", "official cancels", "unknown lead", "lead beside himself", "not late", "unknown task"])
def test_a_refused_step_writes_nothing(o, call):
    task = _give(o, lead="canbo", working_days=10)  # due 16/03
    before = _counts(o)
    with at(date(2026, 3, 12)), pytest.raises(DomainError) as err:
        call(o, task.ref)
    assert describe(err.value) and "mã lỗi" not in describe(err.value)
    assert _counts(o) == before


def test_the_task_log_verifies_and_every_step_is_in_the_audit_log(o):
    task = _give(o, lead="canbo", co_assignees=["Bùi Thị Lan"])
    with at(date(2026, 3, 5)):
        task_steps.record_progress(o.ctx, actor=o.official, task_id=task.ref, text="Bắt đầu.")
        tasks.complete(o.ctx, actor=o.official, task_id=task.ref, note="Xong.")
    actions = [r[0] for r in o.ctx.db.execute(
        "SELECT action FROM audit_events WHERE target_table LIKE 'task%' ORDER BY seq")]
    assert actions == ["tasks.create", "task_assignees.create", "task_events.create", "tasks.update",
                       "task_events.create"]
    report = verify_all(o.ctx)
    assert report.ok, report.problems


def test_a_task_serves_a_proposal_being_carried_out(o):
    from .implementation_support import started
    from .meeting_support import received

    proposal = started(o)  # started on 15/01/2026 with the official as its implementer
    waiting = received(o, title="Một đề xuất chưa được phê duyệt")
    with at(date(2026, 1, 20)), pytest.raises(ValidationError) as err:
        tasks.add_task(o.ctx, actor=o.head, title="Đo đạc", lead="canbo", assigned_on=date(2026, 1, 20),
                       working_days=5, proposal=waiting.ref)
    assert err.value.code == "task_proposal_not_running" and waiting.ref in describe(err.value)
    with at(date(2026, 1, 20)):
        changed = tasks.add_task(o.ctx, actor=o.head, title="Đo đạc hiện trạng các thửa đất", lead="canbo",
                                 assigned_on=date(2026, 1, 20), working_days=5, proposal=proposal.ref)
    assert changed.value.proposal_ref == proposal.ref
    assert proposal.id in changed.changes.ids  # the proposal's window hears of its task
    with at(date(2026, 1, 20)):
        linked = task_views.list_tasks(o.ctx, Filters(proposal_id=proposal.id), actor=o.official)
    assert [t.ref for t in linked] == [changed.value.ref]


def test_a_task_changed_by_hand_is_found_by_verify_and_named_by_its_reference(o):
    from lamdong_desktop.messages import describe_problem

    task = _give(o, lead="canbo", co_assignees=["Bùi Thị Lan"])
    with at(date(2026, 3, 5)):
        task_steps.record_progress(o.ctx, actor=o.official, task_id=task.ref, text="Bắt đầu.")
    db = o.ctx.db
    with db.atomic():  # someone moves the deadline and rewrites a step outside the program
        db.execute("UPDATE tasks SET due_on = '2026-04-30' WHERE id = ?", [task.id])
        db.execute("UPDATE task_events SET text = 'Đã xong sớm.' WHERE task_id = ?", [task.id])
    problems = verify_all(o.ctx).problems
    words = {describe_problem(p.kind, **p.where) for p in problems}
    assert {p.table for p in problems} == {"tasks", "task_events"}
    assert any(f"nhiệm vụ {task.ref}" in w for w in words) and any(
        f"bước ngày 05/03/2026 của nhiệm vụ {task.ref}" in w for w in words), words


def test_a_list_of_tasks_is_given_all_or_none(o):
    from lamdong_desktop.services.tasks import NewTask

    rows = [NewTask(title=f"Rà soát thôn {n}", lead="canbo", assigned_on=date(2026, 3, 2), working_days=5,
                    import_key=f"danh-sach.xlsx#{n}") for n in range(1, 4)]
    before = _counts(o)
    with at(TODAY), pytest.raises(ValidationError) as err:  # the same row twice in one list
        tasks.add_tasks(o.ctx, actor=o.head, tasks=[*rows, rows[0]])
    assert err.value.code == "task_already_imported" and _counts(o) == before
    with at(TODAY), pytest.raises(ValidationError, match="task_urgency_invalid"):
        tasks.add_tasks(o.ctx, actor=o.head, tasks=[*rows, NewTask(title="x", lead="canbo", urgency="gấp",
                                                                   assigned_on=date(2026, 3, 2), working_days=1)])
    assert _counts(o) == before
    with at(TODAY):
        checked = tasks.check_task(o.ctx, actor=o.head, task=rows[2])  # a preview checks without writing
        assert checked.due_on == date(2026, 3, 9) and _counts(o) == before
        changed = tasks.add_tasks(o.ctx, actor=o.head, tasks=[*rows[:2], checked])
    assert changed.value == ["NV-2026-001", "NV-2026-002", "NV-2026-003"]
    assert task_views.imported(o.ctx, [r.import_key for r in rows], actor=o.head) == {
        "danh-sach.xlsx#1": "NV-2026-001", "danh-sach.xlsx#2": "NV-2026-002", "danh-sach.xlsx#3": "NV-2026-003"}
    with at(TODAY), pytest.raises(ValidationError, match="task_already_imported"):  # importing again adds nothing
        tasks.check_task(o.ctx, actor=o.head, task=rows[0])
    assert o.ctx.db.execute("SELECT count(*) FROM task_facts").fetchone()[0] == 3
