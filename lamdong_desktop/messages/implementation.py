"""The words of implementations, result reports and evaluations (services/implementation…, result_reports,
adjustments, evaluations): kinds of event, endings, the titles of their documents, and their errors."""

from __future__ import annotations

from lamdong_desktop.domain.implementation import Ending, EventKind
from lamdong_desktop.domain.meetings import Purpose

IMPLEMENTATION_MESSAGES: dict[str, str] = {
    "implementation_not_found": "Không tìm thấy thông tin thực hiện đề xuất này.",
    "implementation_not_started": "Đề xuất {ref} chưa bắt đầu thực hiện.",
    "implementation_not_now": "Đề xuất {ref} đang ở trạng thái “{state}”: không ghi được việc này. Chưa có gì thay "
    "đổi.",
    "implementers_required": "Cần chọn ít nhất một người thực hiện (cán bộ của đơn vị).",
    "implementer_twice": "{name} được chọn hai lần trong danh sách người thực hiện.",
    "start_before_approval": "Ngày bắt đầu {value} trước ngày ban hành quyết định phê duyệt ({earliest}): đề xuất "
    "chỉ được thực hiện sau khi có quyết định. Chưa có gì thay đổi.",
    "planned_end_before_start": "Ngày kết thúc dự kiến {value} trước ngày {earliest}. Chưa có gì thay đổi.",
    "date_before_start": "Ngày {value} trước ngày bắt đầu thực hiện ({earliest}). Chưa có gì thay đổi.",
    "date_after_end": "Ngày {value} sau ngày kết thúc thực hiện ({ended}). Chưa có gì thay đổi.",
    "end_before_progress": "Ngày kết thúc {value} trước ngày của số liệu hoặc sự việc đã ghi gần nhất ({earliest}). "
    "Chưa có gì thay đổi.",
    "report_before_end": "Ngày báo cáo {value} trước ngày kết thúc thực hiện ({earliest}): báo cáo kết quả được lập "
    "sau khi kết thúc. Chưa có gì thay đổi.",
    "damage_invalid": "Có gây thiệt hại hay không: ghi “yes” (có) hoặc “no” (không), đã nhập “{value}”.",
    "damage_details_required": "Đã ghi có thiệt hại: cần nêu cả giá trị thiệt hại ước tính và nguyên nhân (còn "
    "thiếu {missing}). Chưa có gì thay đổi.",
    "damage_details_without_damage": "Đã ghi không gây thiệt hại nhưng lại nêu giá trị hoặc nguyên nhân thiệt hại: "
    "kiểm tra lại. Chưa có gì thay đổi.",
    "report_not_found": "Đề xuất {ref} chưa có báo cáo kết quả thực hiện.",
    "report_exists": "Đề xuất {ref} đã có báo cáo kết quả thực hiện: báo cáo đã nộp không sửa được.",
    "report_signed": "Báo cáo kết quả thực hiện đề xuất {ref} đã có bản đã ký: không đính kèm thêm. Chưa có gì thay "
    "đổi.",
    "report_not_now": "Đề xuất {ref} đang ở trạng thái “{state}”: chỉ báo cáo kết quả sau khi kết thúc (hoặc dừng) "
    "thực hiện. Chưa có gì thay đổi.",
    "adjustment_not_found": "Không tìm thấy quyết định điều chỉnh “{id}”.",
    "adjustment_target_twice": "Chỉ tiêu “{indicator}” được điều chỉnh hai lần trong cùng một quyết định. Chưa có gì "
    "thay đổi.",
    "adjustment_target_unchanged": "Mục tiêu mới của chỉ tiêu “{indicator}” bằng mục tiêu đang áp dụng ({target}): "
    "không có gì để điều chỉnh. Chưa có gì thay đổi.",
    "evaluation_not_found": "Không tìm thấy kết luận đánh giá “{id}”.",
    "evaluation_not_scheduled": "Kết quả thực hiện đề xuất {ref} chưa được đưa ra cuộc họp đánh giá nào (hoặc đã có "
    "kết luận).",
    "evaluation_exists": "Kết quả thực hiện đề xuất {ref} đã có kết luận đánh giá số {reference} sau cuộc họp này: "
    "mọi thay đổi cần một văn bản mới.",
    "meeting_before_report": "Đề xuất {ref} báo cáo kết quả ngày {reported}: cuộc họp ngày {start} không thể đánh giá "
    "trước ngày báo cáo. Chưa có gì thay đổi.",
    "opinion_before_report": "Ngày của ý kiến {value} trước ngày báo cáo kết quả ({earliest}): cấp ủy cho ý kiến về "
    "kết quả sau khi có báo cáo.",
    "override_not_for_evaluation": "Việc đánh giá kết quả thực hiện đề xuất {ref} theo biểu quyết của tập thể: người "
    "đứng đầu không phê duyệt thay bằng văn bản.",
    "evaluation_not_adopted": "Cuộc họp ngày {day} không thông qua kết quả đánh giá đề xuất {ref} "
    "({in_favour}/{voting} tán thành): chưa kết luận được. Người đứng đầu đưa kết quả ra một cuộc họp khác để đánh "
    "giá lại. Chưa có gì thay đổi.",
    "evaluation_still_on_agenda": "Không thể “{action}”: kết quả thực hiện đang ở chương trình một cuộc họp đánh giá "
    "(chờ biểu quyết hoặc kết luận). Chỉ đưa ra cuộc họp khác khi cuộc họp đó hoãn, rút đề xuất khỏi chương trình hoặc "
    "không thông qua kết quả đánh giá. Chưa có gì thay đổi.",
}
# Why a reported result waits for an evaluation meeting again (the queue's note).
NOT_ADOPTED_WORDS = "Cuộc họp ngày {day} không thông qua kết quả đánh giá"

FIELD_WORDS: dict[str, str] = {
    "progress_note": "Ghi chú về số liệu",
    "difficulty_text": "Khó khăn, vướng mắc",
    "report_explanation": "Giải trình của người thực hiện",
    "damage_estimate": "Giá trị thiệt hại ước tính",
    "damage_cause": "Nguyên nhân thiệt hại",
    "adjustment_content": "Nội dung điều chỉnh",
    "adjustment_scope": "Phạm vi, đối tượng sau điều chỉnh",
    "evaluation_notes": "Nhận xét của cuộc họp đánh giá",
}
DAMAGE_PART_WORDS = {"estimate": "giá trị thiệt hại ước tính", "cause": "nguyên nhân"}

EVENT_KIND_WORDS: dict[str, str] = {
    EventKind.DIFFICULTY: "Khó khăn, vướng mắc",
    EventKind.ADJUSTMENT: "Điều chỉnh",
    EventKind.SUSPEND: "Tạm dừng",
    EventKind.RESUME: "Tiếp tục",
    EventKind.STOP: "Dừng thực hiện",
}
ENDING_WORDS: dict[str, str] = {Ending.FINISHED: "Kết thúc thực hiện", Ending.STOPPED: "Dừng thực hiện"}
PURPOSE_WORDS: dict[str, str] = {Purpose.APPROVAL: "xem xét phê duyệt", Purpose.EVALUATION: "đánh giá kết quả"}

# The summaries (trích yếu) of the documents.
ADJUSTMENT_TITLE = "Về việc điều chỉnh việc thực hiện đề xuất đổi mới, sáng tạo “{title}”"
EVALUATION_TITLE = "Kết luận đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo “{title}”"
REPORT_TITLE = "Kết quả thực hiện đề xuất đổi mới, sáng tạo “{title}”"
