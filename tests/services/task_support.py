"""A first quarter of tasks in the demo commune whose KPIs were worked out by hand (the answers are in
``test_kpi.EXPECTED``), each step at its own day with the clock pinned to it.

The calendar of 2026 that matters: 1/1 (Thursday) is off, and Tết takes Monday 16 to Friday 20 February. Today is
Friday 20 March 2026; the period 2026-Q1 is counted up to it.

ref          lead (holder)    given by  given       deadline            due (original)  end
NV-2025-001  Bùi Thị Lan      Hương     03/11/2025  14/11/2025          14/11/2025      done 12/11/2025 (before Q1)
NV-2025-002  Vũ Thị Thanh Hà  Hùng      15/12/2025  31/12/2025          31/12/2025      done 06/01: late
NV-2026-001  K'Brơi Ngọc Sơn  Hùng      05/01       10 working days     19/01           done 15/01: used 8, 20% early
NV-2026-002  Hoàng Đức Long   Hương     05/01       2 wd, hỏa tốc       07/01           done 07/01: on the day
NV-2026-003  Bùi Thị Lan      Hương     09/01       5 wd                16/01           extended to 21/01 on 15/01,
                                                                                        done 20/01: late all the same
NV-2026-004  Đặng Thị Ngọc Ánh Hương    14/01       30/01 (12 wd)       30/01           done 26/01: used 8, 1/3 early
NV-2026-005  Phan Văn Đức     Hùng      02/02       4 wd                06/02           done 04/02: used 2, 50% early
NV-2026-006  Vũ Thị Thanh Hà  Hùng      03/02       27/02               27/02           cancelled 10/02
NV-2026-007  K'Brơi Ngọc Sơn  Hùng      09/02       16/02 (Tết)         23/02 (5 wd)    done 23/02: on the day
NV-2026-008  Hoàng Đức Long   Hùng      02/03       10 wd (Ánh, then    16/03           open; the head: good reason
                                                    Long from 04/03)
NV-2026-009  K'Brơi Ngọc Sơn  Hương     09/03       10/03, hỏa tốc (1)  10/03           open; extension refused
NV-2026-010  Đặng Thị Ngọc Ánh Hương    16/03       3 wd, khẩn          19/03           done 19/03: on the day

Proposals: DX-2026-001 (breakthrough, Chi bộ Cơ quan UBND, submitted 12/01, received), DX-2026-002 (breakthrough,
Chi bộ Trường Tiểu học — a grassroots chi bộ cơ sở —, submitted 13/01, withdrawn 14/01), DX-2026-003 (no
breakthrough, Đảng bộ, submitted 02/02), DX-2026-004 (a draft).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lamdong_desktop.services import proposals, review, staff, task_steps, tasks

from .meeting_support import Office, at
from .test_proposals import full

TODAY = date(2026, 3, 20)
HUNG, HUONG, SON, LAN, LONG, ANH, DUC, HA = ("Nguyễn Văn Hùng", "Ka Thị Hương", "K'Brơi Ngọc Sơn", "Bùi Thị Lan",
                                              "Hoàng Đức Long", "Đặng Thị Ngọc Ánh", "Phan Văn Đức", "Vũ Thị Thanh Hà")


def _give(o: Office, day: date, by, title: str, lead: str, **kw):
    with at(day, 8):
        return tasks.add_task(o.ctx, actor=by, title=title, lead=lead, assigned_on=day, **kw).value


def _done(o: Office, day: date, by, task, note: str = "Đã hoàn thành."):
    with at(day, 16):
        return tasks.complete(o.ctx, actor=by, task_id=task.id, done_on=day, note=note).value


def build_quarter(o: Office) -> dict[str, str]:
    """The tasks and proposals of the table above; returns reference → title of each task."""
    head, leader, official = o.head, o.leader, o.official
    t11 = _give(o, date(2025, 11, 3), leader, "Thống kê hộ nghèo quý IV", "Bùi Thị Lan", due=date(2025, 11, 14))
    _done(o, date(2025, 11, 12), leader, t11)
    t8 = _give(o, date(2025, 12, 15), head, "Tổng kết công tác dân vận năm 2025", "Vũ Thị Thanh Hà",
               due=date(2025, 12, 31))
    t1 = _give(o, date(2026, 1, 5), head, "Báo cáo tiến độ cấp giấy chứng nhận quyền sử dụng đất", "canbo",
               working_days=10, co_assignees=["Bui Thi Lan"], source_number="12/UBND-KT",
               source_date=date(2026, 1, 5), source_issuer="UBND xã Di Linh")
    t10 = _give(o, date(2026, 1, 5), leader, "Kiểm tra điểm sạt lở thôn 3", "Hoàng Đức Long", working_days=2,
                urgency="hỏa tốc")
    _done(o, date(2026, 1, 6), head, t8)
    _done(o, date(2026, 1, 7), leader, t10)
    t3 = _give(o, date(2026, 1, 9), leader, "Rà soát đối tượng bảo trợ xã hội", "Bùi Thị Lan", working_days=5)
    t6 = _give(o, date(2026, 1, 14), leader, "Chuẩn bị hồ sơ một cửa liên thông", "Đặng Thị Ngọc Ánh",
               due=date(2026, 1, 30))
    _done(o, date(2026, 1, 15), official, t1)
    with at(date(2026, 1, 15), 10):
        task_steps.request_extension(o.ctx, actor=leader, task_id=t3.id, new_due=date(2026, 1, 21),
                                     reason="Chờ số liệu của thôn gửi lên.")
    _done(o, date(2026, 1, 20), leader, t3)
    with at(date(2026, 1, 21)):
        task_steps.judge(o.ctx, actor=head, task_id=t3.id, good_reason=False, reason="Chậm do không đôn đốc các thôn.")
    _done(o, date(2026, 1, 26), leader, t6)
    t12 = _give(o, date(2026, 2, 2), head, "Lập danh sách hồ sơ trễ hạn tại bộ phận một cửa", "Phan Văn Đức",
                working_days=4)
    t9 = _give(o, date(2026, 2, 3), head, "Chuẩn bị hội nghị tuyên truyền pháp luật", "Vũ Thị Thanh Hà",
               due=date(2026, 2, 27))
    _done(o, date(2026, 2, 4), head, t12)
    t2 = _give(o, date(2026, 2, 9), head, "Báo cáo thu ngân sách tháng 01", "canbo", due=date(2026, 2, 16))
    with at(date(2026, 2, 10)):
        tasks.cancel(o.ctx, actor=head, task_id=t9.id, reason="Huyện dời hội nghị sang quý II.")
    _done(o, date(2026, 2, 23), official, t2)
    t4 = _give(o, date(2026, 3, 2), head, "Giải quyết đơn kiến nghị về ranh giới đất", "Đặng Thị Ngọc Ánh",
               working_days=10)
    with at(date(2026, 3, 4)):
        tasks.reassign(o.ctx, actor=head, task_id=t4.id, lead="Hoàng Đức Long", reason="Đúng chuyên môn địa chính.")
    t5 = _give(o, date(2026, 3, 9), leader, "Báo cáo nhanh thiệt hại do mưa đá", "canbo", due=date(2026, 3, 10),
               urgency="hoa_toc")
    with at(date(2026, 3, 12)):
        task_steps.request_extension(o.ctx, actor=official, task_id=t5.id, new_due=date(2026, 3, 24),
                                     reason="Các thôn chưa gửi đủ số liệu.")
    with at(date(2026, 3, 13)):
        task_steps.decide_extension(o.ctx, actor=head, task_id=t5.id, approve=False,
                                    note="Báo cáo nhanh phải gửi ngay với số liệu đã có.")
    t7 = _give(o, date(2026, 3, 16), leader, "Tổng hợp ý kiến cử tri", "Đặng Thị Ngọc Ánh", working_days=3,
               urgency="khẩn")
    with at(date(2026, 3, 18)):
        task_steps.judge(o.ctx, actor=head, task_id=t4.id, good_reason=True,
                         reason="Chờ kết quả đo đạc của Văn phòng đăng ký đất đai.")
    _done(o, date(2026, 3, 19), leader, t7)
    _proposals(o)
    return {t.ref: t.title for t in (t11, t8, t1, t10, t3, t6, t12, t9, t2, t4, t5, t7)}


def _proposals(o: Office) -> None:
    orgs = {org.name: org.id for org in staff.list_party_orgs(o.ctx, actor=o.head)}
    with at(date(2026, 1, 2)):
        school = staff.add_party_org(o.ctx, actor=o.head, name="Chi bộ Trường Tiểu học Di Linh",
                                     kind="chi_bo_co_so").value
    plans = ((date(2026, 1, 12), orgs["Chi bộ Cơ quan Ủy ban nhân dân"], True, "Số hóa hồ sơ địa chính"),
             (date(2026, 1, 13), school.id, True, "Thư viện số cho học sinh"),
             (date(2026, 2, 2), orgs["Đảng bộ xã Di Linh"], False, "Chợ phiên nông sản sạch"),
             (date(2026, 2, 3), orgs["Đảng bộ xã Di Linh"], True, "Một bản nháp chưa trình"))
    made = []
    for day, org, breakthrough, title in plans:
        with at(day, 8):
            made.append(proposals.create_draft(o.ctx, actor=o.official,
                                               content=replace(full(org, title), breakthrough=breakthrough)).value)
    for proposal, (day, *_rest) in zip(made[:3], plans[:3], strict=True):
        with at(day, 9):
            proposals.submit(o.ctx, actor=o.official, proposal_id=proposal.id)
    with at(date(2026, 1, 13), 10):
        review.receive(o.ctx, actor=o.head, proposal_id=made[0].id)
    with at(date(2026, 1, 14), 10):
        proposals.withdraw(o.ctx, actor=o.official, proposal_id=made[1].id, reason="Trường chưa đủ điều kiện.")


def line(ref: str, title: str, urgency: str, lead: str, assigner: str, assigned: str, due: str, done: str | None,
         *, current_due: str | None = None, extensions: int = 0, good_reason: bool | None = None, **extra):
    """A task named behind a figure, as ``lamdong kpi --json`` lists it (ids left out)."""
    return {"ref": ref, "title": title, "urgency": urgency, "lead": lead, "assigner": assigner, "assigned": assigned,
            "due": due, "current_due": current_due or due, "done": done, "extensions": extensions,
            "good_reason": good_reason, **extra}


def share(part: int, whole: int, target: float = 0.8, value: float | None = None):
    return {"value": value if value is not None else round(part / whole, 4), "part": part, "whole": whole,
            "target": target, "met": part / whole >= target}


T5 = line("NV-2026-009", "Báo cáo nhanh thiệt hại do mưa đá", "hoa_toc", SON, HUONG, "2026-03-09", "2026-03-10", None)
T4 = line("NV-2026-008", "Giải quyết đơn kiến nghị về ranh giới đất", "thuong", LONG, HUNG, "2026-03-02",
          "2026-03-16", None, good_reason=True)
T10 = line("NV-2026-002", "Kiểm tra điểm sạt lở thôn 3", "hoa_toc", LONG, HUONG, "2026-01-05", "2026-01-07",
           "2026-01-07")
T3 = line("NV-2026-003", "Rà soát đối tượng bảo trợ xã hội", "thuong", LAN, HUONG, "2026-01-09", "2026-01-16",
          "2026-01-20", current_due="2026-01-21", extensions=1, good_reason=False)


def person(name, position, held, completed, early, before, on, late, open_overdue=0, good=0, extended=0):
    return {"name": name, "position": position, "held": held, "completed": completed, "early_enough": early,
            "early_share": share(early, completed), "before_due": before, "on_due": on,
            "late_done": completed - before - on, "late": late, "without_overdue": late == 0,
            "open_overdue": open_overdue, "open_overdue_with_good_reason": good, "extended": extended}


# The answers of 2026-Q1 up to 20/03/2026, worked out by hand from the table of the module's docstring.
EXPECTED_Q1 = {
    "period": {"code": "2026-Q1", "words": "quý I năm 2026", "start": "2026-01-01", "end": "2026-03-31",
               "as_of": "2026-03-20"},
    "settings": {"threshold": 0.1, "short_days": 2},
    # done in Q1: NV-2025-002 (late), -001 (8 of 10 days: 20%), -002 (on the day), -003 (late), -004 (8 of 12: 1/3),
    # -005 (2 of 4: 50%), -007 (on the day), -010 (on the day): 3 of 8 at least 10% early
    "early_share": share(3, 8),
    "completed": {"total": 8, "before_due": 3, "on_due": 3, "late": 2},
    # held in Q1: Lan, Ánh, Long, Sơn, Đức, Hà (Lan's task of 2025 ended before; Ánh's reassigned one is Long's);
    # late on some day of Q1: Lan (-003), Long (-008 open), Sơn (-009 open), Hà (2025-002 done on 06/01)
    "people_without_overdue_share": share(2, 6),
    "people_with_overdue": [{"name": LAN, "late": 1}, {"name": LONG, "late": 1}, {"name": SON, "late": 1},
                            {"name": HA, "late": 1}],
    "overdue_open": {
        "total": 2, "with_good_reason": 1, "without_good_reason": 1, "unjudged": 1,
        "target_without_good_reason": 0, "met": False,
        "by_head": [{"name": HUONG, "with_good_reason": 0, "without_good_reason": 1, "unjudged": 1, "met": False,
                     "cancelled_overdue": 0},
                    {"name": HUNG, "with_good_reason": 1, "without_good_reason": 0, "unjudged": 0, "met": True,
                     "cancelled_overdue": 0}],
        "tasks": [T5, T4]},
    # NV-2026-006 was cancelled on 10/02, before its due day 27/02: no overdue file cancelled
    "cancelled_overdue": {"total": 0, "tasks": []},
    # every task was recorded by its assigner (or by the head): none waits for a confirmation
    "awaiting_confirmation": 0,
    "urgent_orders": {
        "assigned": 10, "by_urgency": {"thuong": 7, "khan": 1, "thuong_khan": 0, "hoa_toc": 2},
        "hoa_toc": 2, "short_deadline": 1, "short_days": 2, "hoa_toc_tasks": [T10, T5],
        "short_deadline_tasks": [{**T5, "allotted_days": 1}]},
    "extensions": {"tasks": 1, "list": [T3]},
    # grassroots: the Đảng bộ xã (through its Chi bộ Cơ quan UBND's DX-2026-001) and the school's chi bộ cơ sở
    # (its DX-2026-002 was withdrawn)
    "breakthrough_coverage": {
        **share(1, 2, target=1.0),
        "covered": [("Chi bộ Cơ quan Ủy ban nhân dân", ["DX-2026-001"]), ("Đảng bộ xã Di Linh", ["DX-2026-001"])],
        "grassroots": ["Chi bộ Trường Tiểu học Di Linh", "Đảng bộ xã Di Linh"]},
    "proposals": {"by_state": {"da_nop": 1, "da_rut": 1, "da_tiep_nhan": 1}, "by_ruling": {}},
    "people": [
        person(LAN, "Chuyên viên Phòng Văn hóa - Xã hội", 1, 1, 0, 0, 0, 1, extended=1),
        person(ANH, "Viên chức Trung tâm Phục vụ hành chính công", 2, 2, 1, 1, 1, 0),
        person(LONG, "Trưởng phòng Kinh tế", 2, 1, 0, 0, 1, 1, open_overdue=1, good=1),
        person(SON, "Chuyên viên Phòng Kinh tế", 3, 2, 1, 1, 1, 1, open_overdue=1),
        person(DUC, "Giám đốc Trung tâm Phục vụ hành chính công", 1, 1, 1, 1, 0, 0),
        person(HA, "Trưởng phòng Văn hóa - Xã hội", 2, 1, 0, 0, 0, 1),
    ],
}


def comparable(result: dict) -> dict:
    """``lamdong kpi --json`` without the record ids, and the party organisations as (name, proposals) of those
    covered and the names of the grassroots ones — what the hand-computed answers state."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "key")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    found = strip(result)
    coverage = found["breakthrough_coverage"]
    orgs = coverage.pop("organisations")
    coverage["covered"] = [(o["name"], o["proposals"]) for o in orgs if o["covered"]]
    coverage["grassroots"] = [o["name"] for o in orgs if o["grassroots"]]
    return found
