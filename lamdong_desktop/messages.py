"""Vietnamese text for every error code raised by the core; shared by the CLI and the UI (no Qt here)."""

from __future__ import annotations

from fractions import Fraction
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
from lamdong_desktop.domain.register import Authority, DocType, EntryState
from lamdong_desktop.domain.scoring import RubricCriterion, rounded
from lamdong_desktop.domain.text import shown
from lamdong_desktop.domain.votes import Choice, Exclusion, MemberRole, TieBreak, VoteStatus

MESSAGES: dict[str, str] = {
    "already_initialized": "Thư mục dữ liệu {path} đã được khởi tạo trước đó. Không thay đổi gì.",
    "not_initialized": "Thư mục dữ liệu {path} chưa được khởi tạo. Hãy chạy “lamdong init” hoặc mở chương "
    "trình để khởi tạo.",
    "unit_not_found": "Không tìm thấy đơn vị “{query}”. Dùng “lamdong units --search …” để tra tên đúng.",
    "unit_ambiguous": "“{query}” khớp với nhiều đơn vị: {candidates}. Hãy ghi rõ tên hoặc mã đơn vị.",
    "unit_required": "Cần chọn đơn vị (xã, phường hoặc đặc khu) khi cài đặt cho cấp xã.",
    "invalid_mode": "Chế độ “{mode}” không hợp lệ: chọn “commune” (cấp xã) hoặc “province” (cấp tỉnh).",
    "username_invalid": "Tên đăng nhập “{username}” không hợp lệ: 2–32 ký tự, chỉ gồm chữ không dấu, số, "
    "dấu chấm, gạch ngang, gạch dưới.",
    "username_taken": "Tên đăng nhập “{username}” đã có người dùng.",
    "password_too_short": "Mật khẩu quá ngắn: cần ít nhất {minimum} ký tự.",
    "password_blank": "Mật khẩu không được chỉ gồm khoảng trắng; mật khẩu chưa được đặt.",
    "password_mismatch": "Hai lần nhập mật khẩu không khớp nhau.",
    "login_failed": "Sai tên đăng nhập hoặc mật khẩu. Còn {remaining} lần thử trước khi tài khoản bị tạm khóa.",
    "account_locked": "Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút "
    "(lúc {until}) hoặc nhờ quản trị viên mở khóa.",
    "account_disabled": "Tài khoản “{username}” đã bị vô hiệu hóa. Liên hệ quản trị viên.",
    "user_not_found": "Không có tài khoản “{username}”.",
    "role_unknown": "Vai trò “{role}” không có. Các vai trò: quan_tri, nguoi_dung_dau, lanh_dao, thu_ky, "
    "can_bo, tinh.",
    "roles_required": "Cần chọn ít nhất một vai trò.",
    "last_admin": "Không thể bỏ quyền quản trị của “{username}”: đây là quản trị viên cuối cùng.",
    "permission_denied": "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    "authentication_required": "Thao tác này cần đăng nhập: dùng --user TÊN và mật khẩu qua --password-stdin "
    "hoặc biến LAMDONG_PASSWORD.",
    "person_not_found": "Không tìm thấy cán bộ này (có thể đã bị xóa).",
    "party_org_not_found": "Không tìm thấy tổ chức đảng “{query}”.",
    "party_org_has_members": "Không thể xóa “{name}”: vẫn còn cán bộ thuộc tổ chức này.",
    "party_org_name_taken": "Đã có tổ chức đảng tên “{name}”.",
    "party_org_kind_invalid": "Loại tổ chức đảng “{kind}” không hợp lệ: dang_bo_co_so, chi_bo_co_so hoặc "
    "chi_bo_truc_thuoc.",
    "date_invalid": "Ngày “{value}” không hợp lệ: viết dạng dd/mm/yyyy hoặc yyyy-mm-dd.",
    "year_invalid": "Năm {value} nằm ngoài khoảng {first}–{last}.",
    "working_days_invalid": "Số ngày làm việc phải là số nguyên dương (đã nhập: {value}).",
    "correction_kind_invalid": "Loại ngày “{kind}” không hợp lệ: chọn “off” (ngày nghỉ) hoặc “workday” "
    "(ngày làm việc).",
    "correction_not_found": "Ngày {day} không có điều chỉnh nào trong lịch.",
    "correction_weekday_workday": "Ngày {day} vốn đã là ngày làm việc; không cần điều chỉnh.",
    "schema_too_new": "Cơ sở dữ liệu này do phiên bản mới hơn tạo ra (cần phiên bản {needed} trở lên; "
    "máy này đang dùng {current}). Hãy cập nhật chương trình; dữ liệu không bị thay đổi.",
    "migration_failed": "Nâng cấp cơ sở dữ liệu thất bại ở bước {name}; dữ liệu giữ nguyên như trước bước "
    "này. Bản sao lưu: {backup}.",
    "database_unreadable": "Không mở được tệp cơ sở dữ liệu {path}: không có quyền đọc hoặc ghi tệp này. Hãy "
    "kiểm tra quyền truy cập; nếu tệp đã hỏng, khôi phục từ bản sao lưu trong thư mục {backups}.",
    "database_damaged": "Tệp cơ sở dữ liệu {path} bị hỏng ({problem}). Đây không phải thư mục chưa khởi tạo: "
    "đừng khởi tạo lại. Hãy khôi phục từ bản sao lưu trong thư mục {backups} (hoặc nhờ cán bộ CNTT).",
    "database_busy": "Cơ sở dữ liệu đang bận: một cửa sổ hoặc lệnh khác đang ghi suốt {seconds} giây. Chưa có "
    "gì được ghi; hãy thử lại sau ít phút.",
    "database_readonly": "Cơ sở dữ liệu {path} chỉ cho phép đọc (ổ đĩa chỉ đọc hoặc không có quyền ghi). Chưa có "
    "gì được ghi.",
    "database_io_error": "Lỗi đọc/ghi ổ đĩa khi làm việc với {path}. Chưa có gì được ghi; hãy kiểm tra ổ đĩa "
    "rồi thử lại.",
    "disk_full": "Ổ đĩa chứa {path} đã đầy. Chưa có gì được ghi; hãy giải phóng dung lượng rồi thử lại.",
    "data_dir_unreadable": "Không đọc được thư mục dữ liệu {path} (không có quyền hoặc ổ đĩa lỗi). Hãy kiểm tra "
    "quyền truy cập; bản sao lưu nằm trong thư mục {backups}.",
    "attachments_unwritable": "Không ghi được vào thư mục tệp đính kèm {path} (không phải thư mục hoặc không có "
    "quyền ghi). Chưa có gì được ghi.",
    "data_dir_has_database": "Thư mục {path} đã có tệp cơ sở dữ liệu hoặc tệp đính kèm ({found}). Không khởi tạo "
    "đè lên dữ liệu cũ: chọn thư mục khác, hoặc khôi phục từ thư mục sao lưu {backups}.",
    "data_dir_not_empty": "Thư mục {path} đã có dữ liệu khác.",
    "data_dir_unwritable": "Không ghi được vào thư mục dữ liệu {path}: {detail}.",
    "version_conflict": "Bản ghi đã được người khác sửa trong lúc bạn đang sửa. Hãy mở lại và sửa tiếp.",
    "proposal_not_found": "Không tìm thấy đề xuất “{ref}”.",
    "proposal_incomplete": "Đề xuất chưa đủ nội dung để trình. Còn thiếu: {problems}. Đề xuất chưa được trình.",
    "proposal_not_editable": "Đề xuất đang ở trạng thái “{state}” nên không sửa được nội dung.",
    "transition_not_allowed": "Không thể “{action}” khi đề xuất đang ở trạng thái “{state}”.",
    "reason_required": "Cần ghi rõ lý do.",
    "revision_not_found": "Không có phiên bản {revision} của đề xuất này.",
    "attachment_not_found": "Không tìm thấy tệp đính kèm.",
    "date_in_future": "Ngày {value} chưa đến: chỉ ghi nhận việc đã làm.",
    "receipt_before_submission": "Ngày tiếp nhận {value} trước ngày trình đề xuất ({earliest}).",
    "opinion_before_submission": "Ngày cho ý kiến {value} trước ngày trình đề xuất ({earliest}).",
    "opinion_not_now": ("Chỉ ghi ý kiến của cấp ủy khi đề xuất đã được tiếp nhận và chưa có quyết định "
                        "(đề xuất đang ở trạng thái “{state}”)."),
    "attachment_unreadable": "Không đọc được tệp “{name}” (không tồn tại, không phải tệp hoặc không có quyền đọc).",
    "attachment_too_large": "Tệp “{name}” nặng {size_mb} MB, vượt giới hạn {max_mb} MB.",
    "attachment_empty": "Tệp “{name}” rỗng.",
    "attachment_damaged": "Tệp đính kèm “{name}” trong kho đã bị thay đổi hoặc mất; hãy chạy “lamdong verify”.",
    "print_target_refused": "Không in ra “{path}”: {reason}. Hãy chọn một tệp PDF ở thư mục khác (ví dụ Tài liệu "
    "hoặc Màn hình nền).",
    "print_failed": "Không in được tài liệu: {detail}.",
    "quorum_not_met": "Không thể “{action}”: chưa đủ số thành viên có mặt (cần ít nhất 2/3).",
    "vote_not_completed": "Không thể “{action}”: biểu quyết chưa hoàn tất.",
    "document_required": "Không thể “{action}”: cần đính kèm văn bản đã ký trước.",
    "party_opinion_required": ("Không thể “{action}”: chưa có ý kiến của cấp ủy cùng cấp "
                               "(Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)."),
    "vote_not_passed": ("Không thể “{action}”: biểu quyết chưa được thông qua; người đứng đầu chỉ có thể "
                        "quyết định bằng văn bản, nêu rõ lý do."),
    "decision_required": "Không thể “{action}”: kết quả phải được ban hành bằng văn bản có số.",
    "old_password_wrong": "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi. Còn {remaining} lần thử trước khi "
    "tài khoản bị tạm khóa.",
    "demo_folder_not_demo": "Thư mục “{path}” chứa dữ liệu thật, không phải dữ liệu mẫu: chế độ --demo chỉ mở "
    "dữ liệu mẫu do chương trình tạo. Hãy mở chương trình không kèm --demo và đăng nhập bằng mật khẩu.",
    "text_control_chars": "{field} có ký tự không được phép ({char}, ở vị trí thứ {position}): ký tự điều khiển "
    "hoặc ký tự đảo chiều văn bản. Hãy xóa ký tự đó rồi thử lại; chưa có gì được lưu.",
    "text_required": "{field} không được để trống hoặc chỉ có khoảng trắng{why}. Chưa có gì được lưu.",
    "text_too_long": "{field} quá dài: {length} ký tự, tối đa {max_length} ký tự. Chưa có gì được lưu.",
    "date_out_of_range": "Ngày “{value}” nằm ngoài khoảng chương trình xử lý ({minimum} – {maximum}).",
    "working_days_too_many": "Số ngày làm việc quá lớn (đã nhập: {value}); tối đa {maximum} ngày làm việc.",
    "demo_exists": "Thư mục {path} đã có dữ liệu mẫu. Mở bằng “lamdong-desktop --demo”, hoặc tạo lại từ đầu "
    "bằng “lamdong demo --reset” (thêm --unit để đổi đơn vị).",
    "not_a_demo": "Thư mục {path} chứa dữ liệu thật, không phải dữ liệu mẫu: không xóa, không thay đổi gì.",
    "attachment_is_evidence": "Tệp “{name}” thuộc đề xuất đã trình nên là bằng chứng của hồ sơ, không xóa được. "
    "Hãy đánh dấu đính kèm nhầm và ghi lý do (“Đánh dấu đính kèm nhầm…” trong cửa sổ, --reason ở dòng lệnh).",
    "attachment_name_not_found": "Đề xuất {ref} không có tệp đính kèm tên “{name}”.",
    "attachment_already_mistaken": "Tệp “{name}” đã được đánh dấu đính kèm nhầm từ trước.",
    "anchor_invalid": "Mốc nhật ký “{value}” không hợp lệ: viết dạng SỐ:MÃ, ví dụ 1234:9f3a1c2b (như in ở chân "
    "trang tài liệu).",
    "doc_type_unknown": "Loại văn bản “{value}” không có trong sổ đăng ký. Các loại: {known}.",
    "issuer_invalid": "Chữ viết tắt của cơ quan ban hành “{value}” không hợp lệ: chữ in hoa và số, các phần nối "
    "bằng dấu gạch ngang (ví dụ UBND, HĐĐG), tối đa {maximum} ký tự.",
    "sequence_invalid": "Dãy số văn bản “{value}” không hợp lệ: dãy của đơn vị hoặc dãy riêng của một hội đồng.",
    "authority_unknown": "Thẩm quyền ký “{value}” không hợp lệ. Chọn một trong: {known}.",
    "signer_incomplete": "Chưa đủ thông tin người ký ({authority}): còn thiếu {missing}. Chưa cấp số.",
    "register_title_required": "Cần ghi trích yếu nội dung văn bản. Chưa cấp số.",
    "register_subject_not_found": "Không tìm thấy hồ sơ mà văn bản thuộc về ({table} {id}). Chưa cấp số.",
    "register_date_future": "Ngày ban hành {value} ở sau hôm nay ({today}): chỉ cấp số cho văn bản ban hành từ hôm "
    "nay trở về trước. Chưa cấp số.",
    "register_date_before_last": "Ngày ban hành {value} ở trước ngày của số văn bản gần nhất cùng loại ({latest}): "
    "số văn bản được cấp theo thứ tự thời gian ban hành (Nghị định 30/2020/NĐ-CP, Điều 15). Chưa cấp số.",
    "register_entry_not_found": "Không tìm thấy số văn bản “{id}” trong sổ đăng ký.",
    "register_entry_already_cancelled": "Số {reference} năm {year} đã bị hủy từ trước; số đã hủy giữ nguyên trong sổ "
    "và không cấp lại.",
    "register_number_taken": "Số {reference} năm {year} đã có trong sổ đăng ký: dãy số đã bị sửa ngoài chương "
    "trình. Chưa cấp số; hãy chạy “lamdong verify” và báo cán bộ CNTT.",
    "register_reference_invalid": "Số văn bản “{value}” không hợp lệ: viết dạng 07/QĐ-UBND.",
    "register_reference_ambiguous": "Có {count} văn bản mang số {value} năm {year}: hãy chỉ rõ bằng mã số của "
    "dòng trong sổ (cột id của “lamdong register list --json”).",
}

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
    Guard.PARTY_OPINION: "ý kiến của cấp ủy cùng cấp",
    Guard.VOTE_PASSED: "biểu quyết thông qua (hoặc người đứng đầu quyết định bằng văn bản)",
    Guard.DECISION_ISSUED: "văn bản quyết định hoặc thông báo kết luận đã ban hành",
}
# “Việc cần xử lý”: what each kind of waiting item asks of its reader (services/queue.ItemKind codes).
QUEUE_WORDS: dict[str, str] = {
    "receive": "Tiếp nhận đề xuất",
    "meeting": "Đưa ra họp tập thể lãnh đạo",
    "decide": "Biểu quyết và quyết định",
    "returned": "Đề xuất bị trả lại để sửa",
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


# The document register (domain/register.py): type names (ND 30/2020 Phụ lục III), authorities, states.
DOC_TYPE_WORDS: dict[str, str] = {
    DocType.DECISION: "Quyết định",
    DocType.MINUTES: "Biên bản",
    DocType.NOTICE: "Thông báo",
    DocType.INVITATION: "Giấy mời",
    DocType.REPORT: "Báo cáo",
    DocType.PLAN: "Kế hoạch",
    DocType.SUBMISSION: "Tờ trình",
}
AUTHORITY_WORDS: dict[str, str] = {
    Authority.NONE: "Người có thẩm quyền ký",
    Authority.ON_BEHALF: "Thay mặt tập thể (TM.)",
    Authority.DEPUTY: "Ký thay người đứng đầu (KT.)",
    Authority.ON_BEHALF_DEPUTY: "Thay mặt tập thể, cấp phó ký thay (TM. … KT. …)",
    Authority.ACTING: "Quyền người đứng đầu (Q.)",
    Authority.ON_BEHALF_ACTING: "Thay mặt tập thể, quyền người đứng đầu (TM. … Q. …)",
    Authority.BY_ORDER: "Thừa lệnh (TL.)",
    Authority.BY_DELEGATION: "Thừa ủy quyền (TUQ.)",
}
ENTRY_STATE_WORDS: dict[str, str] = {
    EntryState.ISSUED: "Đã cấp số",
    EntryState.CANCELLED: "Đã hủy số",
}
# What a signer block still lacks (signer_incomplete's {missing}).
SIGNER_PART_WORDS = {
    "body": "tên tập thể hoặc cơ quan ký thay mặt (sau “TM.”)",
    "head_title": "chức vụ người đứng đầu (sau “KT.”, “Q.”, “TL.”, “TUQ.”)",
    "signer_title": "chức vụ người ký",
    "signer_name": "họ tên người ký",
}


def doc_type_words(doc_type: DocType | str) -> str:
    return DOC_TYPE_WORDS.get(doc_type, str(doc_type))


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


# Field codes carried by text_control_chars / text_too_long, in words (the message starts with them).
FIELD_WORDS = {
    "title": "Tên đề xuất",
    "conflict_details": "Nội dung xung đột lợi ích",
    "reason": "Lý do",
    "full_name": "Họ và tên",
    "position": "Chức vụ",
    "phone": "Số điện thoại",
    "email": "Thư điện tử",
    "party_org_name": "Tên tổ chức đảng",
    "correction_name": "Tên ngày nghỉ (lý do điều chỉnh lịch)",
    "query": "Từ khóa tìm kiếm",
    "filename": "Tên tệp đính kèm",
    "register_title": "Trích yếu nội dung văn bản",
    "signer_name": "Họ tên người ký",
    "signer_title": "Chức vụ người ký",
    "signer_body": "Tên tập thể ký thay mặt",
    "head_title": "Chức vụ người đứng đầu",
    "opinion_body": "Cấp ủy cho ý kiến",
    "opinion_text": "Nội dung ý kiến",
}
# Why a required field cannot be left blank, where people may wonder (text_required's {why}).
REQUIRED_WHY = {
    "full_name": ": họ và tên được in trên văn bản (kế hoạch, biên bản, quyết định)",
    "party_org_name": ": tên tổ chức đảng được in trên văn bản",
}
_INDICATOR_PART_WORDS = {"name": "tên", "unit": "đơn vị", "baseline": "giá trị hiện tại", "target": "mục tiêu"}
_PARTICIPANT_PART_WORDS = {"name": "Họ tên", "position": "Chức vụ"}


def describe_field(code: str) -> str:
    """Vietnamese name of a text field code (``section:solution``, ``indicator:2:unit``, ``full_name``…)."""
    from lamdong_desktop.domain.proposals import CRITERION_LABELS, SECTION_LABELS, Criterion, Section

    kind, _, rest = code.partition(":")
    try:
        if kind == "section":
            return f"Mục “{SECTION_LABELS[Section(rest)]}”"
        if kind == "criterion":
            return f"Lý do của tiêu chí “{CRITERION_LABELS[Criterion(rest)]}”"
        if kind == "indicator":
            number, _, part = rest.partition(":")
            return f"Chỉ tiêu thứ {number} ({_INDICATOR_PART_WORDS.get(part, part)})"
        if kind == "participant":
            number, _, part = rest.partition(":")
            return f"{_PARTICIPANT_PART_WORDS.get(part, part)} của người tham gia thứ {number}"
    except ValueError:
        pass
    return FIELD_WORDS.get(code, "Nội dung đã nhập")


def os_error_words(error: BaseException) -> str:
    """An operating-system error in Vietnamese, never the system's English (``Permission denied``)."""
    import errno

    words = {
        errno.EACCES: "không có quyền truy cập",
        errno.EPERM: "không có quyền truy cập",
        errno.ENOSPC: "ổ đĩa đã đầy",
        errno.EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
        errno.EROFS: "ổ đĩa chỉ cho phép đọc (không ghi được)",
        errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
        errno.EISDIR: "đây là một thư mục, không phải tệp",
        errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
        errno.EEXIST: "tệp đã tồn tại",
        errno.EBUSY: "tệp đang được chương trình khác sử dụng",
        errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
        errno.EIO: "lỗi đọc/ghi của ổ đĩa",
    }
    if not isinstance(error, OSError):
        return "lỗi hệ thống"
    phrase = words.get(error.errno or -1)
    if phrase is None:
        phrase = f"lỗi hệ thống (mã {error.errno})" if error.errno else "lỗi hệ thống"
    return f"{phrase} (“{error.filename}”)" if error.filename else phrase


def _number(value: int) -> str:
    """Thousands with a dot, the Vietnamese way: 20.000."""
    return f"{value:,}".replace(",", ".")


_NUMBER_KEYS = ("length", "max_length", "maximum")


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


PRINT_TARGET_WORDS = {
    "inside_data": "tệp nằm trong thư mục dữ liệu của chương trình (cơ sở dữ liệu, tệp đính kèm, bản sao lưu) "
    "và không được ghi đè",
    "not_a_file": "đó không phải một tệp thường (thư mục, thiết bị hoặc liên kết)",
}


def describe(error: DomainError) -> str:
    """The Vietnamese sentence for ``error``; an unknown code still reads calmly."""
    template = MESSAGES.get(error.code)
    if template is None:
        return f"Không thực hiện được thao tác (mã lỗi: {error.code})."
    params: dict[str, Any] = {k: shown(v) if isinstance(v, str) else v for k, v in error.params.items()}
    if isinstance(params.get("problems"), list | tuple):
        params["problems"] = "; ".join(describe_item(p) for p in params["problems"])
    if error.code == "print_target_refused":
        params["reason"] = PRINT_TARGET_WORDS.get(str(params.get("reason")), str(params.get("reason")))
    if isinstance(params.get("state"), str):
        params["state"] = state_words(params["state"])
    if isinstance(params.get("action"), str):
        params["action"] = action_words(params["action"])
    if error.code == "signer_incomplete":
        params["missing"] = SIGNER_PART_WORDS.get(str(params.get("missing")), str(params.get("missing")))
        authority = params.get("authority")
        if authority in {a.value for a in Authority}:
            params["authority"] = AUTHORITY_WORDS[str(authority)]
    if error.code.startswith("text_") and isinstance(params.get("field"), str):
        params["why"] = REQUIRED_WHY.get(params["field"], "")
        params["field"] = describe_field(params["field"])
    if error.code.startswith(("rubric_", "score_")) and isinstance(params.get("criterion"), str):
        params["criterion"] = rubric_words(params["criterion"])
    for key in _NUMBER_KEYS:
        number = params.get(key)
        if isinstance(number, int) and not isinstance(number, bool):
            params[key] = _number(number)
    for key, value in params.items():
        if isinstance(value, OSError):  # the system's words are English: say it in Vietnamese
            params[key] = os_error_words(value)
        elif isinstance(value, float):  # Vietnamese decimal comma: 2,5 MB
            params[key] = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return template.format_map(_Default(params))


PROBLEM_WORDS = {
    "chain_broken": "chuỗi nhật ký bị đứt tại sự kiện số {seq} (có sự kiện bị xóa hoặc chèn)",
    "genesis_missing": "sự kiện đầu tiên còn lại của nhật ký (số {seq}) không phải sự kiện khởi đầu: phần đầu "
    "nhật ký đã bị xóa",
    "seq_gap": "số thứ tự nhật ký bị nhảy tại sự kiện số {seq} (số thứ tự đã bị sửa)",
    "event_altered": "sự kiện nhật ký số {seq} đã bị sửa",
    "head_mismatch": "nhật ký bị cắt bớt: sự kiện cuối (số {seq}) không khớp đầu chuỗi đã lưu",
    "log_emptied": "nhật ký đã bị xóa hết (đầu chuỗi đã lưu ghi sự kiện số {seq})",
    "record_altered": "{what} đã bị sửa ngoài chương trình (khác với sự kiện số {seq})",
    "record_unaudited": "{what} được thêm hoặc khôi phục ngoài chương trình (nhật ký không ghi nhận)",
    "record_missing": "{what} đã bị xóa ngoài chương trình (sự kiện cuối cùng về nó: số {seq})",
    "log_missing": "bảng nhật ký đã bị xóa khỏi cơ sở dữ liệu: không kiểm tra được gì",
    "table_missing": "bảng “{table}” có trong nhật ký nhưng đã bị xóa khỏi cơ sở dữ liệu",
    "table_unaccounted": "bảng “{table}” không thuộc cấu trúc của chương trình (được thêm ngoài chương trình)",
    "blob_altered": "nội dung {what} trong kho tệp đã bị sửa",
    "blob_missing": "{what} bị mất khỏi kho tệp",
    "blob_not_a_file": "{what} trong kho tệp bị thay bằng thư mục hoặc liên kết",
    "blob_unreadable": "không đọc được {what} trong kho tệp (không có quyền đọc hoặc đĩa lỗi)",
    "blob_size_mismatch": "{what} trong kho tệp có dung lượng khác với khi đính kèm",
    "anchor_missing": "nhật ký không còn sự kiện số {seq} đã in trên giấy (mã {label}): phần cuối nhật ký đã bị "
    "xóa",
    "anchor_mismatch": "sự kiện số {seq} không khớp mã {label} đã in trên giấy: lịch sử đến sự kiện này đã bị "
    "viết lại",
}

# How each audited table names its rows in a finding: {label} is the reference, file name, user name …
TABLE_WORDS = {
    "proposals": "đề xuất {label}",
    "proposal_revisions": "phiên bản {label} của đề xuất {owner}",
    "proposal_transitions": "bước xử lý “{label}” của đề xuất {owner}",
    "attachments": "tệp đính kèm “{label}” của đề xuất {owner}",
    "accounts": "tài khoản “{label}”",
    "people": "cán bộ “{label}”",
    "party_orgs": "tổ chức đảng “{label}”",
    "calendar_corrections": "điều chỉnh lịch ngày {label}",
    "app_meta": "thiết lập “{label}”",
    "units": "đơn vị {label}",
    "sequences": "dãy số hiệu {label}",
    "login_failures": "bộ đếm đăng nhập sai của “{label}”",
    "register_entries": "dòng sổ đăng ký văn bản {label}",
}

AUDIT_HEAD_LINE = "Nhật ký #{seq} · {short_hash}"


def _what(table: object, record_id: object, label: object, owner: object, detail: object) -> str:
    """Name a row as people know it: “đề xuất DX-2026-007”, “tệp đính kèm “scan.pdf” của đề xuất …”."""
    words = TABLE_WORDS.get(str(table))
    if words and label:
        if owner is None:
            words = words.split(" của ")[0]
        return words.format(label=label, owner=owner)
    # A row that is gone, or one whose name the reader may not see: named by its kind and id (and its
    # proposal), never by its last event's words (they may quote a draft's title or a reason).
    noun = words.split("{label}")[0].rstrip(" “") if words else f"bản ghi {table}"
    return f"{noun} {record_id}" + (f" của đề xuất {owner}" if owner and words and " của " in words else "")


def describe_problem(kind: str, **where: object) -> str:
    """A verify finding in Vietnamese; ``where`` is ``Problem.where`` (table, record_id, seq, label, owner …)."""
    template = PROBLEM_WORDS.get(kind, kind)
    values = {k: v for k, v in where.items() if v is not None}
    values["what"] = _what(where.get("table"), where.get("record_id"), where.get("label"), where.get("owner"),
                           where.get("detail"))
    return template.format_map(_Default(values))


# ------------------------------------------------------------------ votes and scores (domain/votes.py, scoring.py)

MESSAGES.update({
    "members_empty": "Cần có ít nhất một thành viên.",
    "member_id_invalid": "Một thành viên chưa được xác định (thiếu mã cán bộ).",
    "member_duplicate": "Một người được ghi hai lần trong danh sách thành viên.",
    "head_duplicate": "Chỉ một thành viên được ghi là người đứng đầu đơn vị (đang có {count}).",
    "council_size_rule_invalid": "Quy định số thành viên Hội đồng không hợp lệ (tối thiểu {minimum}, tối đa "
    "{maximum}): cần 1 ≤ tối thiểu ≤ tối đa.",
    "council_size_invalid": "Hội đồng có {size} thành viên; số thành viên phải từ {minimum} đến {maximum}.",
    "council_chair_count": "Hội đồng phải có đúng một Chủ tịch Hội đồng (đang có {count}).",
    "council_secretary_count": "Hội đồng phải có đúng một ủy viên kiêm Thư ký (đang có {count}).",
    "attendee_not_member": "Người được ghi là có mặt không thuộc danh sách thành viên.",
    "quorum_rule_invalid": "Tỷ lệ thành viên có mặt tối thiểu “{value}” không hợp lệ: cần một phân số lớn hơn 0 "
    "và không quá 1, ví dụ 2/3.",
    "vote_below_quorum": "Chưa đủ số thành viên có mặt ({present}/{members}, cần ít nhất {needed}): không tiến "
    "hành biểu quyết.",
    "ballot_not_member": "Chỉ thành viên mới được biểu quyết: người này không thuộc danh sách thành viên.",
    "ballot_absent": "Thành viên vắng mặt không biểu quyết được.",
    "ballot_proposer": "Người đề xuất không tham gia biểu quyết đề xuất của mình (Nghị định 73/2023/NĐ-CP, "
    "Điều 8).",
    "choice_invalid": "Lựa chọn “{value}” không hợp lệ: chọn tán thành, không tán thành hoặc không biểu quyết.",
    "override_without_vote": "Chưa biểu quyết (không đủ số thành viên có mặt) nên chưa thể phê duyệt bằng văn bản.",
    "override_after_pass": "Đề xuất đã được thông qua; không cần phê duyệt bằng văn bản.",
    "override_vote_open": "Biểu quyết chưa hoàn tất (còn {not_voting} thành viên chưa biểu quyết); chưa thể phê "
    "duyệt bằng văn bản.",
    "override_not_head": "Chỉ người đứng đầu đơn vị mới được phê duyệt bằng văn bản đề xuất không được thông qua.",
    "override_own_proposal": "Người đứng đầu không tự phê duyệt đề xuất của chính mình; đề xuất này do cấp trên "
    "xem xét.",
    "rubric_empty": "Bộ tiêu chí chấm điểm cần ít nhất một tiêu chí.",
    "rubric_code_invalid": "Một tiêu chí chấm điểm chưa có mã.",
    "rubric_code_duplicate": "Tiêu chí “{criterion}” bị lặp trong bộ tiêu chí chấm điểm.",
    "rubric_weight_invalid": "Trọng số của tiêu chí “{criterion}” phải là một số dương (đã nhập: {value}).",
    "rubric_max_invalid": "Điểm tối đa của tiêu chí “{criterion}” phải là số nguyên dương (đã nhập: {value}).",
    "score_invalid": "Điểm “{value}” của tiêu chí “{criterion}” không phải là một số.",
    "score_out_of_range": "Điểm {value} của tiêu chí “{criterion}” nằm ngoài thang điểm 0–{maximum}.",
    "score_duplicate": "Mỗi thành viên chỉ chấm mỗi tiêu chí một lần: tiêu chí “{criterion}” đã có điểm của "
    "thành viên này.",
    "score_criterion_unknown": "Tiêu chí “{criterion}” không có trong bộ tiêu chí chấm điểm.",
    "score_member_unknown": "Người chấm điểm không thuộc danh sách thành viên chấm điểm của cuộc họp.",
})

# A ballot's words (ND 73/2023 Đ8.1), keyed by member, which is also the stored code (StrEnum).
CHOICE_WORDS: dict[str, str] = {
    Choice.FOR: "Tán thành",
    Choice.AGAINST: "Không tán thành",
    Choice.ABSTAIN: "Không biểu quyết",
}
MEMBER_ROLE_WORDS: dict[str, str] = {
    MemberRole.CHAIR: "Chủ tịch Hội đồng",
    MemberRole.VICE_CHAIR: "Phó Chủ tịch Hội đồng",
    MemberRole.MEMBER: "Ủy viên",
    MemberRole.SECRETARY_MEMBER: "Ủy viên kiêm Thư ký",
}
VOTE_STATUS_WORDS: dict[str, str] = {
    VoteStatus.NO_QUORUM: "Không đủ số thành viên có mặt, không tiến hành biểu quyết",
    VoteStatus.PASSED: "Thông qua",
    VoteStatus.FAILED: "Không thông qua",
}
EXCLUSION_WORDS: dict[str, str] = {
    Exclusion.ABSENT: "vắng mặt",
    Exclusion.PROPOSER: "là người đề xuất, không tham gia biểu quyết",
}
_TIE = "Số phiếu tán thành bằng một nửa số thành viên biểu quyết; "
_NO_SIDE = "nên không đạt trên 50% tán thành"
TIE_BREAK_WORDS: dict[str, str] = {
    TieBreak.NOT_NEEDED: "",
    TieBreak.HEAD_FOR: _TIE + "quyết định theo ý kiến người đứng đầu đã biểu quyết (tán thành)",
    TieBreak.HEAD_AGAINST: _TIE + "quyết định theo ý kiến người đứng đầu đã biểu quyết (không tán thành)",
    TieBreak.HEAD_ABSTAINED: _TIE + "người đứng đầu không biểu quyết " + _NO_SIDE,
    TieBreak.HEAD_IS_PROPOSER: _TIE + "người đứng đầu là người đề xuất, không tham gia biểu quyết, " + _NO_SIDE,
    TieBreak.HEAD_ABSENT: _TIE + "người đứng đầu vắng mặt " + _NO_SIDE,
    TieBreak.HEAD_NOT_VOTED: _TIE + "người đứng đầu chưa biểu quyết",
    TieBreak.NO_HEAD: _TIE + "người đứng đầu không là thành viên " + _NO_SIDE,
}

# The default rubric's criteria: the three of ND 73 Đ5.1 keep the words of the proposal's own criteria,
# feasibility and effectiveness those of the plan's sections (one source for each fact).
RUBRIC_WORDS: dict[str, str] = {
    **{criterion.value: words for criterion, words in CRITERION_LABELS.items()},
    Section.FEASIBILITY.value: SECTION_LABELS[Section.FEASIBILITY],
    Section.EFFECTIVENESS.value: SECTION_LABELS[Section.EFFECTIVENESS],
}


def rubric_words(criterion: RubricCriterion | str) -> str:
    """A rubric criterion's title: its own (a bundle's criterion), else the table's, else its code."""
    if isinstance(criterion, RubricCriterion):
        return criterion.title or RUBRIC_WORDS.get(criterion.code, criterion.code)
    return RUBRIC_WORDS.get(criterion, str(criterion))


def choice_words(choice: Choice | str) -> str:
    return CHOICE_WORDS.get(choice, str(choice))


def score_text(value: Fraction, places: int = 2) -> str:
    """A score or an average as the minutes print it: rounded half up, decimal comma (25/3 → "8,33")."""
    return f"{rounded(value, places):f}".replace(".", ",")
