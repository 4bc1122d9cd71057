"""The words of the lifecycle: every state, action, party and guard of domain/lifecycle.py, and missing items."""

from __future__ import annotations

from lamdong_desktop.domain.lifecycle import Action, Guard, Party, Recipient, State
from lamdong_desktop.domain.opinions import Stance
from lamdong_desktop.domain.proposals import CRITERION_LABELS, SECTION_LABELS, Criterion, ItemKind, MissingItem, Section

# The one words table of the lifecycle: every State, Action, Party and Guard of domain/lifecycle.py.
# States and actions are keyed by their members, which are also their codes (StrEnum): a stored code
# ("da_nop") finds its words as well.
STATE_WORDS: dict[str, str] = {
    State.DRAFT: "Dự thảo",
    State.SUBMITTED: "Đã trình",
    State.RETURNED: "Trả lại để sửa",
    State.WITHDRAWN: "Đã rút",
    State.RECEIVED: "Đã tiếp nhận",
    State.SCHEDULED: "Đưa ra họp",
    State.APPROVED: "Đã phê duyệt",
    State.PILOT: "Cho thực hiện thí điểm",
    State.REJECTED: "Không phê duyệt",
    State.IMPLEMENTING: "Đang thực hiện",
    State.SUSPENDED: "Tạm dừng thực hiện",
    State.STOPPED: "Dừng thực hiện",
    State.FINISHED: "Kết thúc thực hiện, chờ báo cáo kết quả",
    State.REPORTED: "Đã báo cáo kết quả",
    State.EVALUATING: "Đưa ra họp đánh giá kết quả",
    State.EVALUATED: "Đã đánh giá kết quả",
}
ACTION_WORDS: dict[str, str] = {
    Action.SUBMIT: "Trình",
    Action.RETURN: "Trả lại",
    Action.RESUBMIT: "Trình lại",
    Action.WITHDRAW: "Rút",
    Action.RECEIVE: "Tiếp nhận",
    Action.SCHEDULE: "Đưa ra họp",
    Action.UNSCHEDULE: "Rút khỏi chương trình họp",
    Action.APPROVE: "Phê duyệt",
    Action.APPROVE_PILOT: "Cho thực hiện thí điểm",
    Action.REJECT: "Không phê duyệt",
    Action.START: "Bắt đầu thực hiện",
    Action.SUSPEND: "Tạm dừng thực hiện",
    Action.RESUME: "Tiếp tục thực hiện",
    Action.STOP: "Dừng thực hiện",
    Action.ADJUST: "Điều chỉnh việc thực hiện",
    Action.FINISH: "Kết thúc thực hiện",
    Action.REPORT: "Báo cáo kết quả thực hiện",
    Action.EVALUATE: "Kết luận đánh giá kết quả",
}
# The party committee's opinion (ND 73/2023 Đ8.1).
STANCE_WORDS: dict[Stance, str] = {Stance.AGREE: "Đồng ý", Stance.DISAGREE: "Không đồng ý"}
PARTY_WORDS: dict[Party, str] = {
    Party.AUTHOR: "Người đề xuất",
    Party.RECIPIENT: "Người tiếp nhận",
    Party.LEADERSHIP_MEMBER: "Thành viên tập thể lãnh đạo",
    Party.SECRETARY: "Thư ký",
    Party.COUNCIL_CHAIR: "Chủ tịch Hội đồng",
    Party.COUNCIL_SECRETARY: "Thư ký Hội đồng",
    Party.COUNCIL_MEMBER: "Thành viên Hội đồng",
    Party.PROVINCE: "Cấp tỉnh",
    Party.IMPLEMENTER: "Người thực hiện",
}
GUARD_WORDS: dict[Guard, str] = {
    Guard.REASON: "lý do bằng văn bản",
    Guard.QUORUM: "đủ số thành viên có mặt (ít nhất 2/3)",
    Guard.VOTE_COMPLETED: "biểu quyết đã hoàn tất",
    Guard.DOCUMENT_ATTACHED: "văn bản đã ký được đính kèm",
    Guard.PARTY_OPINION: "ý kiến của cấp ủy cùng cấp",
    Guard.PARTY_AGREES: "cấp ủy cùng cấp không có ý kiến không đồng ý",
    Guard.CONCLUSION_FOLLOWED: "theo đúng kết luận của cuộc họp (trừ khi cấp ủy cùng cấp không đồng ý)",
    Guard.VOTE_PASSED: "biểu quyết thông qua (hoặc người đứng đầu quyết định bằng văn bản)",
    Guard.DECISION_ISSUED: "văn bản quyết định hoặc thông báo kết luận đã ban hành",
    Guard.NOT_ADOPTED: "cuộc họp đánh giá trước đã không thông qua kết quả đánh giá",
}
# “Việc cần xử lý”: what each kind of waiting item asks of its reader (services/queue.ItemKind codes).
QUEUE_WORDS: dict[str, str] = {
    "receive": "Tiếp nhận đề xuất",
    "meeting": "Đưa ra họp tập thể lãnh đạo",
    "decide": "Biểu quyết và quyết định",
    "returned": "Đề xuất bị trả lại để sửa",
    "hold": "Tổ chức cuộc họp đã triệu tập",
    "minutes": "Ghi biên bản cuộc họp",
    "sign": "Đính kèm biên bản đã ký",
    "progress": "Theo dõi đề xuất gửi cấp tỉnh",
    "implementing": "Đề xuất đang thực hiện (kết thúc dự kiến)",
    "suspended": "Đề xuất đang tạm dừng thực hiện",
    "report": "Báo cáo kết quả thực hiện (trong 05 ngày làm việc)",
    "await_report": "Chờ báo cáo kết quả thực hiện (trong 05 ngày làm việc)",
    "evaluate": "Đưa ra họp đánh giá kết quả (trong 07 ngày làm việc)",
    "conclude": "Biểu quyết và kết luận đánh giá kết quả",
    "task": "Nhiệm vụ",
    "task_extension": "Nhiệm vụ: xét gia hạn",
    "task_judge": "Nhiệm vụ: đánh giá lý do quá hạn",
    "task_confirm": "Nhiệm vụ: xác nhận đã giao",
}
# Where the proposer's own proposal stands at the province (queue kind "progress"), by its state.
PROGRESS_WORDS: dict[str, str] = {
    State.SUBMITTED: "Đã gửi cấp tỉnh, chờ tiếp nhận",
    State.RECEIVED: "Cấp tỉnh đã tiếp nhận, chờ đưa ra họp",
    State.SCHEDULED: "Đã đưa ra cuộc họp cấp tỉnh, chờ quyết định",
}
RECIPIENT_WORDS: dict[Recipient, str] = {
    Recipient.HEAD: "người đứng đầu đơn vị",
    Recipient.PROVINCE: "cấp tỉnh (cấp trên trực tiếp)",
}
ITEM_WORDS: dict[ItemKind, str] = {
    ItemKind.TITLE: "tên đề xuất",
    ItemKind.SECTION: "mục “{label}”",
    ItemKind.INDICATORS: "ít nhất một chỉ tiêu định lượng",
    ItemKind.INDICATOR: "chỉ tiêu thứ {key} (tên, đơn vị, giá trị hiện tại, mục tiêu)",
    ItemKind.CRITERION: "tiêu chí “{label}” (đánh giá và lý do)",
    ItemKind.CONFLICT: "cam kết về xung đột lợi ích",
    ItemKind.FIELD: "lĩnh vực ưu tiên",
    ItemKind.PARTY_ORG: "tổ chức đảng",
}


def state_words(state: State | str) -> str:
    """The words of a state (or of its code); an unknown code is shown as it is."""
    return STATE_WORDS.get(state, str(state))


def action_words(action: Action | str) -> str:
    return ACTION_WORDS.get(action, str(action))


def describe_item(item: MissingItem | str) -> str:
    """Vietnamese name of an item still missing before submission (a section by its heading)."""
    if isinstance(item, str):
        try:
            item = MissingItem.parse(item)
        except ValueError:
            return str(item)
    label = ""
    try:
        if item.kind is ItemKind.SECTION:
            label = SECTION_LABELS[Section(item.key)]
        elif item.kind is ItemKind.CRITERION:
            label = CRITERION_LABELS[Criterion(item.key)]
    except ValueError:
        return item.code
    return ITEM_WORDS[item.kind].format(label=label, key=item.key)
