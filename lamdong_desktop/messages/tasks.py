"""The words of assigned tasks, their deadlines and the KPIs (domain/tasks.py, services/tasks…)."""

from __future__ import annotations

from lamdong_desktop.domain.tasks import Timeliness, Urgency

TASK_MESSAGES: dict[str, str] = {
    "task_urgency_invalid": "Mức độ khẩn “{value}” không có: chọn thường, khẩn, thượng khẩn hoặc hỏa tốc.",
    "task_threshold_invalid": "Ngưỡng “đủ sớm” {value} phải từ 10% đến 15% (Nghị quyết: sớm hơn 10–15% so với "
    "thời hạn).",
    "task_deadline_one_of": "Cần cho hạn xử lý: hoặc một ngày, hoặc số ngày làm việc (chỉ một trong hai).",
    "task_due_before_assigned": "Hạn xử lý {due} trước ngày giao {assigned}. Chưa có gì thay đổi.",
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
