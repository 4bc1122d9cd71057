"""Vietnamese text for every error code raised by the core; shared by the CLI and the UI (no Qt here)."""

from __future__ import annotations

from typing import Any

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.lifecycle import Action, Guard, Party, Recipient, State
from lamdong_desktop.domain.proposals import (
    CRITERION_LABELS,
    SECTION_LABELS,
    Criterion,
    ItemKind,
    MissingItem,
    Section,
)

MESSAGES: dict[str, str] = {
    "already_initialized": "Thư mục dữ liệu {path} đã được khởi tạo trước đó. Không thay đổi gì.",
    "not_initialized": "Thư mục dữ liệu {path} chưa được khởi tạo. Hãy chạy «lamdong init» hoặc mở chương "
    "trình để khởi tạo.",
    "unit_not_found": "Không tìm thấy đơn vị «{query}». Dùng «lamdong units --search …» để tra tên đúng.",
    "unit_ambiguous": "«{query}» khớp với nhiều đơn vị: {candidates}. Hãy ghi rõ tên hoặc mã đơn vị.",
    "unit_required": "Cần chọn đơn vị (xã, phường hoặc đặc khu) khi cài đặt cho cấp xã.",
    "invalid_mode": "Chế độ «{mode}» không hợp lệ: chọn «commune» (cấp xã) hoặc «province» (cấp tỉnh).",
    "username_invalid": "Tên đăng nhập «{username}» không hợp lệ: 2–32 ký tự, chỉ gồm chữ không dấu, số, "
    "dấu chấm, gạch ngang, gạch dưới.",
    "username_taken": "Tên đăng nhập «{username}» đã có người dùng.",
    "password_too_short": "Mật khẩu quá ngắn: cần ít nhất {minimum} ký tự.",
    "password_mismatch": "Hai lần nhập mật khẩu không khớp nhau.",
    "login_failed": "Sai tên đăng nhập hoặc mật khẩu. Còn {remaining} lần thử trước khi tài khoản bị tạm khóa.",
    "account_locked": "Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút "
    "(lúc {until}) hoặc nhờ quản trị viên mở khóa.",
    "account_disabled": "Tài khoản «{username}» đã bị vô hiệu hóa. Liên hệ quản trị viên.",
    "user_not_found": "Không có tài khoản «{username}».",
    "role_unknown": "Vai trò «{role}» không có. Các vai trò: quan_tri, nguoi_dung_dau, lanh_dao, thu_ky, "
    "can_bo, tinh.",
    "roles_required": "Cần chọn ít nhất một vai trò.",
    "last_admin": "Không thể bỏ quyền quản trị của «{username}»: đây là quản trị viên cuối cùng.",
    "permission_denied": "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    "authentication_required": "Thao tác này cần đăng nhập: dùng --user TÊN và mật khẩu qua --password-stdin "
    "hoặc biến LAMDONG_PASSWORD.",
    "name_required": "Cần nhập tên.",
    "person_not_found": "Không tìm thấy cán bộ này (có thể đã bị xóa).",
    "party_org_not_found": "Không tìm thấy tổ chức đảng «{query}».",
    "party_org_has_members": "Không thể xóa «{name}»: vẫn còn cán bộ thuộc tổ chức này.",
    "party_org_name_taken": "Đã có tổ chức đảng tên «{name}».",
    "party_org_kind_invalid": "Loại tổ chức đảng «{kind}» không hợp lệ: dang_bo_co_so, chi_bo_co_so hoặc "
    "chi_bo_truc_thuoc.",
    "date_invalid": "Ngày «{value}» không hợp lệ: viết dạng dd/mm/yyyy hoặc yyyy-mm-dd.",
    "year_invalid": "Năm {value} nằm ngoài khoảng 1995–2100.",
    "working_days_invalid": "Số ngày làm việc phải là số nguyên dương (đã nhập: {value}).",
    "correction_kind_invalid": "Loại ngày «{kind}» không hợp lệ: chọn «off» (ngày nghỉ) hoặc «workday» "
    "(ngày làm việc).",
    "correction_not_found": "Ngày {day} không có điều chỉnh nào trong lịch.",
    "correction_weekday_workday": "Ngày {day} vốn đã là ngày làm việc; không cần điều chỉnh.",
    "schema_too_new": "Cơ sở dữ liệu này do phiên bản mới hơn tạo ra (cần phiên bản {needed} trở lên; "
    "máy này đang dùng {current}). Hãy cập nhật chương trình; dữ liệu không bị thay đổi.",
    "migration_failed": "Nâng cấp cơ sở dữ liệu thất bại ở bước {name}; dữ liệu giữ nguyên như trước bước "
    "này. Bản sao lưu: {backup}.",
    "database_unreadable": "Không đọc được tệp cơ sở dữ liệu {path}: tệp hỏng hoặc không phải cơ sở dữ liệu "
    "của chương trình.",
    "data_dir_not_empty": "Thư mục {path} đã có dữ liệu khác.",
    "data_dir_unwritable": "Không ghi được vào thư mục dữ liệu {path}.",
    "version_conflict": "Bản ghi đã được người khác sửa trong lúc bạn đang sửa. Hãy mở lại và sửa tiếp.",
    "proposal_not_found": "Không tìm thấy đề xuất «{ref}».",
    "proposal_incomplete": "Đề xuất chưa đủ nội dung để nộp. Còn thiếu: {problems}. Chưa có gì được nộp.",
    "proposal_not_editable": "Đề xuất đang ở trạng thái «{state}» nên không sửa được nội dung.",
    "transition_not_allowed": "Không thể «{action}» khi đề xuất đang ở trạng thái «{state}».",
    "reason_required": "Cần ghi rõ lý do.",
    "revision_not_found": "Không có phiên bản {revision} của đề xuất này.",
    "attachment_not_found": "Không tìm thấy tệp đính kèm.",
    "attachment_unreadable": "Không đọc được tệp «{name}» (không tồn tại, không phải tệp hoặc không có quyền đọc).",
    "attachment_too_large": "Tệp «{name}» nặng {size_mb} MB, vượt giới hạn {max_mb} MB.",
    "attachment_empty": "Tệp «{name}» rỗng.",
    "attachment_damaged": "Tệp đính kèm «{name}» trong kho đã bị thay đổi hoặc mất; hãy chạy «lamdong verify».",
    "print_failed": "Không in được tài liệu: {detail}.",
    "quorum_not_met": "Không thể «{action}»: chưa đủ số thành viên có mặt (cần ít nhất 2/3).",
    "vote_not_completed": "Không thể «{action}»: biểu quyết chưa hoàn tất.",
    "document_required": "Không thể «{action}»: cần đính kèm văn bản đã ký trước.",
    "old_password_wrong": "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi.",
}

# The one words table of the lifecycle: every State, Action, Party and Guard of domain/lifecycle.py.
# States and actions are keyed by their members, which are also their codes (StrEnum): a stored code
# ("da_nop") finds its words as well.
STATE_WORDS: dict[str, str] = {
    State.DRAFT: "Dự thảo",
    State.SUBMITTED: "Đã nộp",
    State.RETURNED: "Trả lại để sửa",
    State.WITHDRAWN: "Đã rút",
}
ACTION_WORDS: dict[str, str] = {
    Action.SUBMIT: "Nộp",
    Action.RETURN: "Trả lại",
    Action.RESUBMIT: "Nộp lại",
    Action.WITHDRAW: "Rút",
}
PARTY_WORDS: dict[Party, str] = {
    Party.AUTHOR: "Người đề xuất",
    Party.RECIPIENT: "Người tiếp nhận",
    Party.LEADERSHIP_MEMBER: "Thành viên tập thể lãnh đạo",
    Party.SECRETARY: "Thư ký",
    Party.COUNCIL_CHAIR: "Chủ tịch Hội đồng",
    Party.COUNCIL_SECRETARY: "Thư ký Hội đồng",
    Party.COUNCIL_MEMBER: "Thành viên Hội đồng",
    Party.PROVINCE: "Cấp tỉnh",
}
GUARD_WORDS: dict[Guard, str] = {
    Guard.REASON: "lý do bằng văn bản",
    Guard.QUORUM: "đủ số thành viên có mặt (ít nhất 2/3)",
    Guard.VOTE_COMPLETED: "biểu quyết đã hoàn tất",
    Guard.DOCUMENT_ATTACHED: "văn bản đã ký được đính kèm",
}
RECIPIENT_WORDS: dict[Recipient, str] = {
    Recipient.HEAD: "người đứng đầu đơn vị",
    Recipient.PROVINCE: "cấp tỉnh (cấp trên trực tiếp)",
}
ITEM_WORDS: dict[ItemKind, str] = {
    ItemKind.TITLE: "tên đề xuất",
    ItemKind.SECTION: "mục «{label}»",
    ItemKind.INDICATORS: "ít nhất một chỉ tiêu định lượng",
    ItemKind.INDICATOR: "chỉ tiêu thứ {key} (tên, đơn vị, giá trị hiện tại, mục tiêu)",
    ItemKind.CRITERION: "tiêu chí «{label}» (đánh giá và lý do)",
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


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


def describe(error: DomainError) -> str:
    """The Vietnamese sentence for ``error``; an unknown code still reads calmly."""
    template = MESSAGES.get(error.code)
    if template is None:
        return f"Không thực hiện được thao tác (mã lỗi: {error.code})."
    params = dict(error.params)
    if isinstance(params.get("problems"), list | tuple):
        params["problems"] = "; ".join(describe_item(p) for p in params["problems"])
    if isinstance(params.get("state"), str):
        params["state"] = state_words(params["state"])
    if isinstance(params.get("action"), str):
        params["action"] = action_words(params["action"])
    for key, value in params.items():
        if isinstance(value, float):  # Vietnamese decimal comma: 2,5 MB
            params[key] = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return template.format_map(_Default(params))


PROBLEM_WORDS = {
    "chain_broken": "chuỗi nhật ký bị đứt tại sự kiện số {seq} (có sự kiện bị xóa hoặc chèn)",
    "event_altered": "sự kiện nhật ký số {seq} đã bị sửa",
    "head_mismatch": "nhật ký bị cắt bớt: sự kiện cuối (số {seq}) không khớp đầu chuỗi đã lưu",
    "record_altered": "bản ghi {table} {record_id} đã bị sửa ngoài chương trình (khác với sự kiện số {seq})",
    "record_unaudited": "bản ghi {table} {record_id} được thêm ngoài chương trình (không có trong nhật ký)",
    "record_missing": "bản ghi {table} {record_id} đã bị xóa ngoài chương trình",
    "blob_altered": "tệp đính kèm {record_id} bị sửa hoặc mất trong kho tệp",
}


def describe_problem(kind: str, **where: object) -> str:
    template = PROBLEM_WORDS.get(kind, kind)
    return template.format_map(_Default({k: v for k, v in where.items() if v is not None}))
