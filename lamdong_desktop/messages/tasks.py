"""The words of assigned tasks, their deadlines and the KPIs (domain/tasks.py, services/tasks…)."""

from __future__ import annotations

from datetime import date

from lamdong_desktop.domain.kpi import Period, PeriodKind
from lamdong_desktop.domain.task_rules import EventKind, ExtensionStatus, Step, TaskState
from lamdong_desktop.domain.tasks import Timeliness, Urgency

TASK_MESSAGES: dict[str, str] = {
    "task_urgency_invalid": "Mức độ khẩn “{value}” không có: chọn thường, khẩn, thượng khẩn hoặc hỏa tốc.",
    "task_threshold_invalid": "Ngưỡng “đủ sớm” {value} phải từ 10% đến 15% (Nghị quyết: sớm hơn 10–15% so với "
    "thời hạn).",
    "task_deadline_one_of": "Cần cho hạn xử lý: hoặc một ngày, hoặc số ngày làm việc (chỉ một trong hai).",
    "task_due_before_assigned": "Hạn xử lý {due} trước ngày giao {assigned}. Chưa có gì thay đổi.",
    "task_not_found": "Không tìm thấy nhiệm vụ “{ref}” (hoặc tài khoản của bạn không được xem nhiệm vụ này).",
    "task_event_not_found": "Không tìm thấy bước xử lý này của nhiệm vụ.",
    "task_person_required": "Cần ghi người thực hiện: tên đăng nhập hoặc họ tên cán bộ.",
    "task_assignee_twice": "“{name}” được ghi hai lần trong số người thực hiện, phối hợp. Chưa có gì thay đổi.",
    "task_assigner_required": "Cần ghi người giao nhiệm vụ (lãnh đạo đã giao việc cho bạn): tên đăng nhập hoặc họ tên. "
    "Chưa có gì thay đổi.",
    "task_not_open": "Nhiệm vụ {ref} {task_state}: không còn ghi tiến độ, gia hạn, giao lại, hủy hay hoàn thành "
    "được nữa.",
    "task_assigned_in_future": "Ngày giao {day} chưa đến: chỉ ghi nhiệm vụ đã được giao. Chưa có gì thay đổi.",
    "task_date_in_future": "Ngày {day} chưa đến: chỉ ghi việc đã làm. Chưa có gì thay đổi.",
    "task_date_too_early": "Ngày {day} trước ngày {earliest} (ngày giao hoặc bước trước đó). Chưa có gì thay đổi.",
    "task_extension_not_later": "Hạn mới {day} phải sau hạn đang áp dụng {due}. Chưa có gì thay đổi.",
    "task_extension_pending": "Nhiệm vụ {ref} đang có đề nghị gia hạn chờ lãnh đạo quyết định. Chưa có gì thay đổi.",
    "task_no_extension_request": "Nhiệm vụ {ref} không có đề nghị gia hạn nào đang chờ quyết định.",
    "task_not_late": "Nhiệm vụ {ref} không chậm so với hạn ban đầu {due}: không cần đánh giá lý do chậm.",
    "task_same_lead": "Nhiệm vụ {ref} đang do {name} chủ trì: hãy chọn người khác để giao lại.",
    "task_assigner_not_manager": "Người giao nhiệm vụ “{name}” không phải người đứng đầu hay lãnh đạo của đơn vị: chỉ "
    "lãnh đạo giao nhiệm vụ. Chưa có gì thay đổi.",
    "task_cancel_overdue_head_only": "Nhiệm vụ đã quá hạn ban đầu {due}: chỉ người đứng đầu được hủy. Chưa có gì thay "
    "đổi.",
    "task_done_before_entered": "Ngày hoàn thành {day} trước ngày nhiệm vụ được ghi vào chương trình ({entered}): chỉ "
    "người giao hoặc người đứng đầu ghi được ngày hoàn thành sớm hơn. Chưa có gì thay đổi.",
    "task_already_confirmed": "Nhiệm vụ {ref} đã được xác nhận (hoặc không cần xác nhận). Chưa có gì thay đổi.",
    "task_already_imported": "Dòng có khóa “{key}” đã được nhập thành nhiệm vụ {ref}: không nhập lại.",
    "task_proposal_not_running": "Đề xuất {ref} chưa được triển khai thực hiện (hoặc đã kết thúc): chỉ gắn nhiệm vụ "
    "với đề xuất đang thực hiện.",
    "task_short_days_invalid": "Số ngày làm việc của “hạn quá ngắn” phải là số nguyên từ 1 đến {maximum} (đã nhập "
    "“{value}”).",
    "period_invalid": "Kỳ “{value}” không đọc được: ghi năm (2026), quý (2026-Q3), tháng (2026-11) hoặc khoảng ngày "
    "(2026-01-05:2026-02-10).",
    "period_reversed": "Kỳ báo cáo từ {start} đến {end}: ngày cuối trước ngày đầu.",
    "kpi_period_not_started": "Báo cáo chỉ tiêu {period} chưa in được: kỳ bắt đầu ngày {start}, chưa có số liệu. Chưa "
    "in gì.",
    "kpi_number_invalid": "Số {reference} không dùng được cho báo cáo kết quả thực hiện chỉ tiêu: {reason}. Chưa in "
    "báo cáo; hãy chọn một số báo cáo (BC) còn trống của đơn vị.",
}

# Why a register number cannot be the printed KPI report's (kpi_number_invalid's {reason}), where it differs from the
# yearly review's words (``records.REVIEW_NUMBER_WORDS``): the year asked is the period's last year or the next.
KPI_NUMBER_WORDS: dict[str, str] = {
    "other_year": "số này cấp trong một năm khác với năm cuối của kỳ báo cáo hoặc năm sau đó",
}

TASK_FIELD_WORDS: dict[str, str] = {
    "task_title": "Trích yếu nhiệm vụ",
    "task_details": "Nội dung nhiệm vụ",
    "source_number": "Số, ký hiệu văn bản giao nhiệm vụ",
    "source_issuer": "Cơ quan ban hành văn bản",
    "import_key": "Khóa dòng nhập",
    "task_result": "Kết quả thực hiện",
    "task_progress": "Nội dung tiến độ",
    "extension_reason": "Lý do xin gia hạn",
    "decision_note": "Ý kiến của lãnh đạo",
    "judgement_reason": "Lý do đánh giá",
}

URGENCY_WORDS: dict[Urgency, str] = {
    Urgency.NORMAL: "Thường",
    Urgency.URGENT: "Khẩn",
    Urgency.VERY_URGENT: "Thượng khẩn",
    Urgency.FLASH: "Hỏa tốc",
}

TIMELINESS_WORDS: dict[Timeliness, str] = {
    Timeliness.EARLY: "Trước hạn",
    Timeliness.ON_TIME: "Đúng hạn",
    Timeliness.LATE: "Quá hạn",
    Timeliness.OVERDUE: "Quá hạn (chưa xong)",
    Timeliness.PENDING: "Trong hạn",
}

TASK_STATE_WORDS: dict[TaskState, str] = {
    TaskState.OPEN: "Đang thực hiện",
    TaskState.DONE: "Đã hoàn thành",
    TaskState.CANCELLED: "Đã hủy",
}

TASK_EVENT_WORDS: dict[EventKind, str] = {
    EventKind.PROGRESS: "Tiến độ",
    EventKind.EXTENSION: "Đề nghị gia hạn",
    EventKind.REASSIGN: "Giao lại",
    EventKind.CANCEL: "Hủy nhiệm vụ",
    EventKind.JUDGEMENT: "Đánh giá lý do chậm",
    EventKind.DONE: "Hoàn thành",
    EventKind.CONFIRM: "Xác nhận giao nhiệm vụ",
}

EXTENSION_STATUS_WORDS: dict[ExtensionStatus, str] = {
    ExtensionStatus.REQUESTED: "chờ quyết định",
    ExtensionStatus.APPROVED: "đã đồng ý",
    ExtensionStatus.REFUSED: "không đồng ý",
    ExtensionStatus.CLOSED: "không còn cần quyết định (nhiệm vụ đã kết thúc hoặc giao lại)",
}

TASK_STEP_WORDS: dict[Step, str] = {
    Step.ASSIGN: "Giao nhiệm vụ",
    Step.PROGRESS: "Ghi tiến độ",
    Step.COMPLETE: "Báo cáo hoàn thành",
    Step.REQUEST_EXTENSION: "Xin gia hạn",
    Step.DECIDE_EXTENSION: "Quyết định gia hạn",
    Step.REASSIGN: "Giao lại",
    Step.CANCEL: "Hủy nhiệm vụ",
    Step.JUDGE: "Đánh giá lý do chậm",
    Step.CONFIRM: "Xác nhận",
}

# The notes of the tasks in the queue “Việc cần xử lý” (services/queue_tasks).
QUEUE_LEAD = "Chủ trì"
QUEUE_CO = "Phối hợp"
QUEUE_TODAY = "đến hạn hôm nay"
QUEUE_EXTENSION = "{lead} xin gia hạn đến {day}: {reason}"
QUEUE_CONFIRM = "{recorder} ghi nhiệm vụ do bạn giao cho {lead}: chờ bạn xác nhận"
QUEUE_JUDGE = "{lead} chủ trì; chưa đánh giá lý do chậm (chính đáng hay không)"

GOOD_REASON_WORDS = {True: "có lý do chính đáng", False: "không có lý do chính đáng", None: "chưa đánh giá"}

_ROMAN = ("I", "II", "III", "IV")


def period_words(period: Period) -> str:
    """“năm 2026”, “quý III năm 2026”, “tháng 11 năm 2026”, “từ 05/01/2026 đến 10/02/2026”."""
    if period.kind is PeriodKind.YEAR:
        return f"năm {period.start.year}"
    if period.kind is PeriodKind.QUARTER:
        return f"quý {_ROMAN[(period.start.month - 1) // 3]} năm {period.start.year}"
    if period.kind is PeriodKind.MONTH:
        return f"tháng {period.start.month} năm {period.start.year}"
    return f"từ {period.start:%d/%m/%Y} đến {period.end:%d/%m/%Y}"


def counted_words(period: Period, as_of: date) -> str:
    """“tính đến ngày 02/12/2026”; for a period ahead of today (counted up to the day before it starts), that it has
    not started — never a day before the period as its "up to"."""
    if as_of < period.start:
        return f"kỳ bắt đầu ngày {period.start:%d/%m/%Y}, chưa có số liệu"
    return f"tính đến ngày {as_of:%d/%m/%Y}"


def task_params(params: dict[str, object]) -> dict[str, object]:
    """A task's state in words (``task_state``) for the messages that name it."""
    state = params.get("task_state")
    if isinstance(state, str) and state in {s.value for s in TaskState}:
        return {**params, "task_state": TASK_STATE_WORDS[TaskState(state)].lower()}
    return params
