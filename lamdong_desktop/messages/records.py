"""The words of the official's record (hồ sơ cán bộ), the commendations recorded on it and the yearly review of
completed initiatives (domain/official_record.py; services/official_records, commendations, periodic_review)."""

from __future__ import annotations

from lamdong_desktop.domain.official_record import CommendationKind, RecordRole

RECORD_MESSAGES: dict[str, str] = {
    "commendation_not_eligible": "Đề xuất {ref} chưa được kết luận là hoàn thành (không bị xem xét trách nhiệm): chỉ "
    "ghi nhận khen thưởng, nâng lương trước thời hạn cho đề xuất được đánh giá hoàn thành (Nghị định 73/2023/NĐ-CP, "
    "Điều 11). Chưa có gì thay đổi.",
    "commendation_not_involved": "Cán bộ này không phải là người đề xuất hay người thực hiện đề xuất {ref}. Chưa có "
    "gì thay đổi.",
    "commendation_date_future": "Ngày quyết định {value} ở sau hôm nay ({today}): chỉ ghi nhận quyết định đã ban "
    "hành. Chưa có gì thay đổi.",
    "commendation_before_evaluation": "Ngày quyết định {value} trước ngày kết luận đánh giá ({earliest}): khen thưởng "
    "theo kết luận đánh giá, không trước đó. Chưa có gì thay đổi.",
    "commendation_kind_invalid": "Loại “{value}” không hợp lệ: chọn commendation (khen thưởng) hoặc early_raise (nâng "
    "lương trước thời hạn).",
    "commendation_exists": "{name} đã được ghi nhận theo Quyết định số {reference} cho đề xuất {ref}. Chưa có gì "
    "thay đổi.",
    "commendation_not_found": "Không tìm thấy ghi nhận khen thưởng “{id}”.",
    "person_not_linked": "Tài khoản {username} chưa gắn với cán bộ nào trong danh sách cán bộ của đơn vị: hãy ghi rõ "
    "họ tên cán bộ.",
    "review_number_invalid": "Số {reference} không dùng được cho báo cáo tổng kết: {reason}.",
}
# Why a register number cannot be the review's (review_number_invalid's {reason}).
REVIEW_NUMBER_WORDS: dict[str, str] = {
    "not_report": "đó không phải số của một báo cáo (BC)",
    "cancelled": "số này đã bị hủy",
    "in_use": "số này đã cấp cho một văn bản khác của chương trình",
    "council": "đó là số trong dãy số riêng của một hội đồng",
    "other_year": "số này cấp trong một năm khác với năm được tổng kết hoặc năm sau đó",
}

FIELD_WORDS: dict[str, str] = {
    "commendation_form": "Hình thức khen thưởng",
    "commendation_reference": "Số quyết định khen thưởng",
}

RECORD_ROLE_WORDS: dict[str, str] = {
    RecordRole.AUTHOR: "Người đề xuất",
    RecordRole.CO_PROPOSER: "Đồng đề xuất",
    RecordRole.IMPLEMENTER: "Người thực hiện",
}
COMMENDATION_KIND_WORDS: dict[str, str] = {
    CommendationKind.COMMENDATION: "Khen thưởng",
    CommendationKind.EARLY_RAISE: "Nâng lương trước thời hạn",
}
# What the head usually types as the form (the list is a suggestion: any form may be written).
COMMENDATION_FORMS: tuple[str, ...] = (
    "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    "Nâng bậc lương trước thời hạn 12 tháng",
)
ELIGIBLE_WORDS = "Được xem xét khen thưởng, nâng lương trước thời hạn"
NOT_EVALUATED_WORDS = "Chưa đánh giá"


def roles_words(roles: tuple[str, ...] | list[str]) -> str:
    """ "Người đề xuất, Người thực hiện"."""
    return ", ".join(RECORD_ROLE_WORDS[r] for r in roles)


def commendation_words(form: str, reference: str, decided_on: object) -> str:
    """ "Giấy khen của Chủ tịch UBND xã (Quyết định số 25/QĐ-UBND ngày 20/12/2026)"."""
    day = f"{decided_on:%d/%m/%Y}" if hasattr(decided_on, "strftime") else str(decided_on)
    return f"{form} (Quyết định số {reference} ngày {day})"
