"""The demo's year of assigned tasks (issue 10), replayed through the task services with the proposals' work.

About 25 people of the unit hold tasks given over the last year, a batch each week (``tasks.add_tasks``, the batched
path): by the head, by the Phó Chủ tịch Ka Thị Hương for the economy, land and finance, and by the other Phó Chủ tịch
Đinh Công Thành (recorded by the head) for culture and society. Most are finished early enough, some on the due day
or barely early, a few people finish late; hỏa tốc orders and very short deadlines are there, a few tasks carry a
co-assignee or progress notes. Told cases: an extension asked and granted, one granted by a leader at once, one
refused; two tasks reassigned and finished by the new holder; one cancelled; two tasks serving the proposal being
carried out. The Phó Chủ tịch Ka Thị Hương holds overdue files without a good reason (one judged so by the head, one
not judged yet), while Đinh Công Thành's one overdue file has a good reason as the head judged. The official ``canbo``
(K'Brơi Ngọc Sơn) has one overdue task (his extension refused) and one due this week — on the next working day of
the week, today on its last one; when no working day is left in the week (a weekend, Tết), on the next working day.
He also recorded one Ka Thị Hương gave him at the last meeting, which waits for her confirmation.

Every step runs at its moment under the pinned clock (``demo_proposals`` sorts the steps with the proposals' own),
dated backward from today on the working calendar, so the demo builds on any day of the year, Tết included: nothing is
dated after the last working day before today, and a task whose planned end falls later stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.lifecycle import State

from . import calendar, proposals, staff, task_steps, tasks
from .context import AppContext
from .task_views import PersonRef, find_person

Step = Callable[[], object]
YEAR_DAYS = 365
PH, DT, CT = "Ka Thị Hương", "Đinh Công Thành", "Nguyễn Văn Hùng"  # who gives each sector's tasks

# The demo roster's further staff (the unit's 25 or so people who hold tasks), with the sector of their tasks.
EXTRA_STAFF = (
    ("Phạm Thị Thu Trang", "Công chức Tài chính - Kế toán", PH),
    ("Lê Văn Tài", "Công chức Địa chính - Xây dựng", PH),
    ("Trần Quốc Việt", "Chuyên viên Phòng Kinh tế", PH),
    ("Võ Thị Kim Oanh", "Chuyên viên Phòng Kinh tế", PH),
    ("Huỳnh Văn Lộc", "Công chức Địa chính - Xây dựng", PH),
    ("Nguyễn Thị Thanh Tâm", "Công chức Tư pháp - Hộ tịch", CT),
    ("Đỗ Minh Hiếu", "Chuyên viên Văn phòng HĐND và UBND", CT),
    ("Hoàng Thị Mỹ Linh", "Viên chức Trung tâm Phục vụ hành chính công", CT),
    ("Ya Phi", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự", CT),
    ("K'Tuấn", "Phó Trưởng Công an", CT),
    ("Ka Nhung", "Chuyên viên Phòng Văn hóa - Xã hội", DT),
    ("Lò Văn Sáng", "Chuyên viên Phòng Văn hóa - Xã hội", DT),
)
HOLDERS = (
    ("Ka Thị Hương", CT), ("Đinh Công Thành", CT), ("Trần Thị Mai", CT), ("Lê Quang Vinh", CT),
    ("Hoàng Đức Long", PH), ("K'Brơi Ngọc Sơn", PH), ("Vũ Thị Thanh Hà", DT), ("Bùi Thị Lan", DT),
    ("Phan Văn Đức", CT), ("Đặng Thị Ngọc Ánh", CT), ("Ngô Minh Khôi", CT), ("Trương Văn Bình", CT),
    ("Ma Krông", DT), ("Nguyễn Thị Hồng Nhung", DT),
) + tuple((name, sector) for name, _, sector in EXTRA_STAFF)
LATE = ("Đặng Thị Ngọc Ánh", "Lò Văn Sáng")  # the two who often finish late
TITLES = {
    PH: ("Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất {village} {n}",
         "Báo cáo tiến độ giải ngân vốn đầu tư công tháng {m}", "Thống kê diện tích cà phê tái canh năm {y}",
         "Kiểm tra hiện trạng sử dụng đất công tại {village} {n}",
         "Lập dự toán sửa chữa đường giao thông nông thôn {village} {n}", "Tổng hợp thu ngân sách xã tháng {m}"),
    DT: ("Tổng hợp danh sách hộ nghèo, cận nghèo năm {y}", "Kiểm tra việc chi trả trợ cấp xã hội tháng {m}",
         "Chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc {village} {n}", "Báo cáo công tác giáo dục, y tế quý {q}",
         "Rà soát đối tượng bảo trợ xã hội {village} {n}"),
    CT: ("Chuẩn bị nội dung họp giao ban tháng {m}", "Trả lời đơn kiến nghị của công dân {village} {n}",
         "Báo cáo tình hình an ninh trật tự quý {q}", "Rà soát thủ tục hành chính trên Cổng dịch vụ công quý {q}",
         "Kiểm tra công tác phòng cháy, chữa cháy rừng {village} {n}",
         "Cập nhật hồ sơ cán bộ, công chức trên phần mềm quản lý tháng {m}"),
}
DAYS = (10, 7, 15, 5, 10, 20, 8, 12)  # the working days given, in turn


@dataclass
class _Plan:
    ctx: AppContext
    actors: dict[str, Actor]
    working: WorkingCalendar
    add: Callable[[datetime, Step], None]
    village: str
    today: date
    last: date  # the last working day before today: nothing is dated later
    ubnd: str  # "UBND xã Di Linh"
    refs: dict[int, str] = field(default_factory=dict)  # a task's number in the plan → its reference, once given
    count: int = 0
    people: dict[str, PersonRef] = field(default_factory=dict)  # each holder's name found once in the roster

    def found(self, task: tasks.NewTask) -> tasks.NewTask:
        """``task`` with its people found in the roster once for the whole year (by name each row would read the
        roster again), when it is given — after the further staff were hired."""
        def ref(who: str | PersonRef) -> PersonRef:
            if isinstance(who, PersonRef):
                return who
            if who not in self.people:
                self.people[who] = find_person(self.ctx, who)
            return self.people[who]

        return replace(task, lead=ref(task.lead), co_assignees=tuple(ref(c) for c in task.co_assignees),
                       assigner=None if task.assigner is None else ref(task.assigner))

    def at(self, day: date, hour: int, minute: int, step: Step) -> None:
        self.add(datetime.combine(day, time(hour, minute), clock.VN_TZ), step)

    def after(self, day: date, n: int) -> date:
        return self.working.due_date(day, n) if n > 0 else day

    def before(self, day: date, n: int) -> date:
        for _ in range(n):
            day -= timedelta(days=1)
            while not self.working.is_working_day(day):
                day -= timedelta(days=1)
        return day

    def on_or_after(self, day: date) -> date:
        while not self.working.is_working_day(day):
            day += timedelta(days=1)
        return day

    def giver(self, sector: str) -> tuple[Actor, str | None]:
        """Who records a task of ``sector`` and whom it names as its giver (None: the recorder himself)."""
        if sector == PH:
            return self.actors["phochutich"], None
        return self.actors["chutich"], (DT if sector == DT else None)

    def new(self, title: str, lead: str, given: date, *, days: int | None = None, due: date | None = None,
            urgency: str = "thuong", assigner: str | None = None, co: tuple[str, ...] = (),
            proposal: str | None = None) -> tasks.NewTask:
        number = self.count = self.count + 1
        return tasks.NewTask(title=title, lead=lead, assigned_on=given, working_days=days, due=due, urgency=urgency,
                             assigner=assigner, co_assignees=co, proposal=proposal,
                             source_number=f"{number}/TB-UBND" if urgency == "thuong" else f"{number}/UBND-VP",
                             source_date=given,
                             source_issuer="UBND tỉnh Lâm Đồng" if urgency == "hoa_toc" else self.ubnd)


def schedule(ctx: AppContext, *, actors: dict[str, Actor], words: dict[str, str], end: datetime,
             add: Callable[[datetime, Step], None]) -> None:
    """Add the year's tasks (and the further staff who hold them) to the demo's replay ending at ``end``."""
    working = calendar.working_calendar(ctx)
    plan = _Plan(ctx, actors, working, add, words["thon"], end.date(), end.date(), words["ubnd"])
    plan.last = plan.before(end.date(), 1)
    start = end.date() - timedelta(days=YEAR_DAYS)

    def hire() -> None:
        for name, position, _ in EXTRA_STAFF:
            staff.add_person(ctx, actor=actors["admin"], full_name=name, position=position)

    plan.at(start, 7, 30, hire)
    _weekly(plan, start)
    _told(plan)


def _weekly(plan: _Plan, start: date) -> None:
    """A batch each week: a task for about one holder in eight, most finished early enough."""
    for week in range(52):
        given = plan.on_or_after(start + timedelta(days=7 * week + 1))
        if given >= plan.before(plan.last, 2):
            break
        batches: dict[str, list[tuple[tasks.NewTask, str, int]]] = {}
        for h, (holder, sector) in enumerate(HOLDERS):
            if (week + 3 * h) % 8:
                continue
            i = plan.count + 1  # its number in the plan (``new`` takes it)
            days, urgency = DAYS[i % len(DAYS)], "thuong"
            if i % 31 == 7:
                days, urgency = 1, "hoa_toc"
            elif i % 23 == 11:
                days, urgency = 2, "khan"
            elif i % 9 == 4:
                urgency = "khan"
            elif i % 17 == 2:
                urgency = "thuong_khan"
            titles = TITLES[sector]
            title = titles[(week + h) % len(titles)].format(
                village=plan.village, n=h % 12 + 1, m=given.month, y=given.year, q=(given.month - 1) // 3 + 1)
            partners = [n for n, s in HOLDERS if s == sector and n != holder]
            co = (partners[(week + h) % len(partners)],) if i % 13 == 0 else ()
            _, named = plan.giver(sector)
            task = plan.new(title, holder, given, days=days, urgency=urgency, assigner=named, co=co)
            batches.setdefault(sector if sector == PH else CT, []).append((task, holder, i))
        for sector, batch in batches.items():
            _give(plan, sector, given, batch)


def _give(plan: _Plan, sector: str, given: date, batch: list[tuple[tasks.NewTask, str, int]]) -> None:
    actor, _ = plan.giver(sector)

    def give() -> None:
        refs = tasks.add_tasks(plan.ctx, actor=actor, tasks=[plan.found(t) for t, _, _ in batch]).value
        plan.refs.update({i: ref for (_, _, i), ref in zip(batch, refs, strict=True)})

    plan.at(given, 8 if sector == CT else 9, 30, give)
    for task, holder, i in batch:
        assert task.working_days is not None
        allotted = task.working_days
        due = plan.after(given, allotted)
        k = i % 10
        if holder in LATE and k in (2, 5, 8):
            done = plan.after(due, {2: 2, 5: 4, 8: 1}[k])  # late
        elif k == 7:
            done = due  # on the due day
        elif k == 8:  # before the due day but not early enough (a long deadline), else on the due day
            done = plan.before(due, 1) if allotted >= 11 else due
        else:
            done = plan.after(given, allotted * 11 // 20)  # early enough: about half the time used
        if done > plan.last:
            if due >= plan.today:
                continue  # not due yet: still being done
            done = plan.last
        if allotted >= 15 and i % 3 == 0:
            _progress(plan, actor, i, plan.after(given, allotted // 3))
        _complete(plan, actor, i, done, "Đã hoàn thành, có báo cáo kết quả gửi lãnh đạo")


def _progress(plan: _Plan, actor: Actor, i: int, on: date) -> None:
    plan.at(on, 15, 0, lambda: task_steps.record_progress(
        plan.ctx, actor=actor, task_id=plan.refs[i], text="Đã làm việc với các thôn, hoàn thành khoảng 60% khối lượng",
        on=on))


def _complete(plan: _Plan, actor: Actor, i: int, on: date, note: str) -> None:
    plan.at(on, 16, 0, lambda: tasks.complete(plan.ctx, actor=actor, task_id=plan.refs[i], done_on=on, note=note))


def _one(plan: _Plan, actor: Actor, task: tasks.NewTask, hour: int = 10) -> int:
    """A task given on its own (the told cases); returns its number in the plan."""
    i = plan.count

    def give() -> None:
        plan.refs[i] = tasks.add_task(
            plan.ctx, actor=actor, title=task.title, lead=task.lead, assigned_on=task.assigned_on,
            due=task.due, working_days=task.working_days, urgency=task.urgency, co_assignees=task.co_assignees,
            assigner=task.assigner, source_number=task.source_number, source_date=task.source_date,
            source_issuer=task.source_issuer, proposal=task.proposal).value.ref

    plan.at(task.assigned_on, hour, 0, give)
    return i


def _told(plan: _Plan) -> None:
    """The cases a demo tells: extensions, reassignments, a cancellation, overdue files and their judgement."""
    head, deputy, ctx, last = plan.actors["chutich"], plan.actors["phochutich"], plan.ctx, plan.last
    # canbo: an overdue report (his extension refused), and one due this week.
    given = plan.before(last, 15)
    i = _one(plan, deputy, plan.new("Báo cáo kết quả rà soát đất công do xã quản lý", "K'Brơi Ngọc Sơn", given,
                                    days=7, urgency="khan"))
    asked = plan.before(plan.after(given, 7), 1)
    plan.at(asked, 14, 0, lambda: task_steps.request_extension(
        ctx, actor=plan.actors["canbo"], task_id=plan.refs[i], new_due=asked + timedelta(days=14),
        reason="Còn chờ số liệu đo đạc của Văn phòng đăng ký đất đai", on=asked))
    plan.at(asked, 16, 30, lambda: task_steps.decide_extension(
        ctx, actor=deputy, task_id=plan.refs[i], approve=False, on=asked,
        note="Số liệu đã có từ đợt rà soát trước; đề nghị hoàn thành đúng hạn theo chỉ đạo của UBND tỉnh"))
    # The next working day of this week, else today (on a day off: the next working day, BLDS Đ148).
    later = (plan.today + timedelta(days=n) for n in range(1, 7 - plan.today.weekday()))
    this_week = next((d for d in later if plan.working.is_working_day(d)), plan.today)
    _one(plan, deputy, plan.new("Tổng hợp nhu cầu vốn hỗ trợ phát triển sản xuất năm tới", "K'Brơi Ngọc Sơn",
                                plan.before(last, 2), due=this_week))
    # canbo records what Ka Thị Hương gave him at the last meeting: it waits for her confirmation (counted nowhere)
    _one(plan, plan.actors["canbo"], plan.new("Rà soát danh sách hộ cần hỗ trợ sửa chữa nhà ở", "K'Brơi Ngọc Sơn",
                                              plan.before(last, 1), days=10, assigner=PH))
    # Ka Thị Hương's other overdue file, judged without a good reason; Đinh Công Thành's, with one.
    given = plan.before(last, 30)
    j = _one(plan, deputy, plan.new("Hoàn thiện hồ sơ thu hồi đất làm đường vào khu sản xuất", "Lê Văn Tài",
                                    given, days=10))
    plan.at(plan.before(last, 1), 15, 0, lambda: task_steps.judge(
        ctx, actor=head, task_id=plan.refs[j], good_reason=False, on=plan.before(last, 1),
        reason="Hồ sơ đã đủ; chậm do chưa sắp xếp thời gian xử lý, không có lý do chính đáng"))
    given = plan.before(last, 25)
    k = _one(plan, head, plan.new("Xác minh, giải quyết chế độ cho người có công trên địa bàn",
                                  "Vũ Thị Thanh Hà", given, days=10, assigner=DT))
    plan.at(plan.before(last, 1), 15, 30, lambda: task_steps.judge(
        ctx, actor=head, task_id=plan.refs[k], good_reason=True, on=plan.before(last, 1),
        reason="Chờ kết quả xác minh hồ sơ gốc của Sở Nội vụ; đã có văn bản đôn đốc"))
    _extensions(plan)
    _reassigned(plan)
    given = plan.before(last, 40)
    c = _one(plan, head, plan.new("Tổ chức kiểm tra việc niêm yết thủ tục hành chính", "Phan Văn Đức", given,
                                  days=15))
    plan.at(plan.after(given, 4), 11, 0, lambda: tasks.cancel(
        ctx, actor=head, task_id=plan.refs[c], on=plan.after(given, 4),
        reason="UBND tỉnh đã thu hồi văn bản chỉ đạo, thay bằng kế hoạch kiểm tra chung của tỉnh"))
    # Two tasks serving the proposal being carried out, given on the last working day.
    for title, lead in (("Khảo sát hiện trạng phục vụ triển khai đề xuất", "Hoàng Đức Long"),
                        ("Tổng hợp ý kiến người dân về cách làm thí điểm", "Trần Quốc Việt")):
        _linked(plan, title, lead)


def _linked(plan: _Plan, title: str, lead: str) -> None:
    head, ctx, last = plan.actors["chutich"], plan.ctx, plan.last

    def give() -> None:
        running = [p for p in proposals.list_proposals(ctx, actor=head) if p.state is State.IMPLEMENTING]
        tasks.add_task(ctx, actor=head, title=title, lead=lead, assigned_on=last, working_days=10,
                       proposal=running[0].id if running else None, source_number=f"{plan.count}/UBND-VP",
                       source_issuer=plan.ubnd)

    plan.count += 1
    plan.at(last, 16, 50, give)


def _extensions(plan: _Plan) -> None:
    head, deputy, ctx, last = plan.actors["chutich"], plan.actors["phochutich"], plan.ctx, plan.last
    given = plan.before(last, 60)  # the secretary asks, the head grants; done after the first deadline
    i = _one(plan, head, plan.new("Xây dựng quy chế làm việc của UBND nhiệm kỳ mới", "Trần Thị Mai", given, days=10))
    asked = plan.after(given, 8)
    plan.at(asked, 10, 30, lambda: task_steps.request_extension(
        ctx, actor=plan.actors["thuky"], task_id=plan.refs[i], new_due=plan.after(given, 15),
        reason="Chờ ý kiến góp ý của các ban, ngành", on=asked))
    plan.at(asked, 15, 0, lambda: task_steps.decide_extension(
        ctx, actor=head, task_id=plan.refs[i], approve=True, on=asked, note="Đồng ý gia hạn"))
    _complete(plan, plan.actors["thuky"], i, plan.after(given, 13), "Đã trình dự thảo quy chế")
    given = plan.before(last, 50)  # a leader extends at once; done in time for the new deadline
    j = _one(plan, deputy, plan.new("Kiểm kê tài sản công của xã năm nay", "Hoàng Đức Long", given, days=8))
    moved = plan.after(given, 5)
    plan.at(moved, 9, 0, lambda: task_steps.request_extension(
        ctx, actor=deputy, task_id=plan.refs[j], new_due=plan.after(given, 12), on=moved,
        reason="Bổ sung kiểm kê tài sản của các thôn theo chỉ đạo mới"))
    _complete(plan, deputy, j, plan.after(given, 11), "Đã có biên bản kiểm kê")


def _reassigned(plan: _Plan) -> None:
    head, ctx, last = plan.actors["chutich"], plan.ctx, plan.last
    for n, (title, first, then, why) in enumerate((
            ("Rà soát hồ sơ hộ cận nghèo đề nghị thoát nghèo", "Bùi Thị Lan", "Ka Nhung",
             "Đồng chí Bùi Thị Lan được cử đi học lớp bồi dưỡng tập trung"),
            ("Lập kế hoạch huấn luyện dân quân năm tới", "Ngô Minh Khôi", "Ya Phi",
             "Đồng chí Ngô Minh Khôi đi tập huấn của Bộ Chỉ huy Quân sự tỉnh"))):
        given = plan.before(last, 80 + 20 * n)
        i = _one(plan, head, plan.new(title, first, given, days=12, assigner=DT if n == 0 else None))
        moved = plan.after(given, 3)
        def reassign(i: int = i, then: str = then, why: str = why, moved: date = moved) -> None:
            tasks.reassign(ctx, actor=head, task_id=plan.refs[i], lead=then, reason=why, on=moved)

        plan.at(moved, 11, 0, reassign)
        _complete(plan, head, i, plan.after(given, 8), "Đã hoàn thành")


__all__ = ["EXTRA_STAFF", "HOLDERS", "schedule"]
