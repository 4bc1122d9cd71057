"""The words of printing meetings' documents (services/printing_meetings.py): which decision a person meant."""

from __future__ import annotations

PRINTING_MESSAGES: dict[str, str] = {
    "decision_number_ambiguous": "Có nhiều văn bản số {reference} (các năm {years}): hãy ghi mã văn bản (cột id của "
    "“lamdong decision list --json”).",
    "decisions_many": "“{owner}” có nhiều văn bản: {references}. Hãy ghi số của văn bản cần in.",
    "decision_none": "“{owner}” chưa có văn bản quyết định hay thông báo kết luận nào.",
    "minutes_before_attendance": "Cuộc họp chưa điểm danh thành viên: chưa có biên bản để in (trước cuộc họp, in "
    "giấy mời).",
}
