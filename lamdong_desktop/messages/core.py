"""Vietnamese text for every error code raised by the core, and ``describe`` that fills it in."""

from __future__ import annotations

from typing import Any

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.register import Authority
from lamdong_desktop.domain.text import shown

from .dossier import DOSSIER_MESSAGES
from .excel import EXCEL_MESSAGES
from .files import FILE_MESSAGES, PDF_PROBLEM_WORDS, found_words
from .implementation import DAMAGE_PART_WORDS, IMPLEMENTATION_MESSAGES
from .implementation import FIELD_WORDS as IMPLEMENTATION_FIELD_WORDS
from .lifecycle import action_words, describe_item, state_words
from .meetings import AUTHORITY_WORDS, MEETING_MESSAGES, SIGNER_PART_WORDS, rubric_words
from .printing import PRINTING_MESSAGES
from .protection import PROTECTION_MESSAGES, protection_params
from .records import FIELD_WORDS as RECORD_FIELD_WORDS
from .records import RECORD_MESSAGES, REVIEW_NUMBER_WORDS
from .sessions import PART_WORDS, SESSION_MESSAGES, meeting_state_words
from .signatures import INVALID_REASONS, SIGNATURE_MESSAGES
from .tasks import KPI_NUMBER_WORDS, TASK_FIELD_WORDS, TASK_MESSAGES, task_params

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
    "person_name_unknown": "Không có cán bộ “{name}” trong danh sách cán bộ: gõ đúng họ tên (có hoặc không dấu) hoặc "
    "mã cán bộ; xem danh sách bằng “lamdong people list”.",
    "person_name_ambiguous": "Có {count} cán bộ cùng tên “{name}”: hãy dùng mã cán bộ (xem “lamdong people list”).",
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
    "correction_in_past": "Ngày {day} đã qua: không sửa lịch làm việc của những ngày đã qua (số ngày làm việc của "
    "các nhiệm vụ đã làm, đã báo cáo theo lịch cũ sẽ bị tính lại). Chưa có gì thay đổi.",
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
    "stance_required": "Chưa chọn ý kiến của cấp ủy: đồng ý hoặc không đồng ý.",
    "stance_invalid": ("Ý kiến của cấp ủy “{value}” không hợp lệ: ghi “đồng ý” (agree) hoặc “không đồng ý” "
                       "(disagree)."),
    "party_opinion_against": ("Không thể “{action}”: cấp ủy cùng cấp có ý kiến không đồng ý với đề xuất. Chỉ có thể "
                              "trả lại hoặc không phê duyệt, nêu rõ lý do (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)."),
    "decision_against_conclusion": ("Không thể “{action}”: cuộc họp đã biểu quyết thông qua đề xuất (hoặc người đứng "
                                    "đầu đã phê duyệt bằng văn bản), nên văn bản phải là quyết định phê duyệt hoặc "
                                    "cho thực hiện thí điểm. Chỉ được trả lại hoặc không phê duyệt khi cấp ủy cùng "
                                    "cấp có ý kiến không đồng ý — hãy ghi ý kiến đó trước."),
    "old_password_wrong": "Mật khẩu hiện tại không đúng; mật khẩu chưa được đổi. Còn {remaining} lần thử trước khi "
    "tài khoản bị tạm khóa.",
    "demo_folder_not_demo": "Thư mục “{path}” chứa dữ liệu thật, không phải dữ liệu mẫu: chế độ --demo chỉ mở "
    "dữ liệu mẫu do chương trình tạo. Hãy mở chương trình không kèm --demo và đăng nhập bằng mật khẩu.",
    "text_control_chars": "{field} có ký tự không được phép ({char}, ở vị trí thứ {position}): ký tự điều khiển "
    "hoặc ký tự đảo chiều văn bản. Hãy xóa ký tự đó rồi thử lại; chưa có gì được lưu.",
    "text_required": "{field} không được để trống hoặc chỉ có khoảng trắng{why}. Chưa có gì được lưu.",
    "text_invisible": "{field} chỉ gồm ký tự không nhìn thấy được ({chars}): hãy ghi nội dung đọc được. Chưa có gì "
    "được lưu.",
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
MESSAGES.update(MEETING_MESSAGES)
MESSAGES.update(SESSION_MESSAGES)
MESSAGES.update(PRINTING_MESSAGES)
MESSAGES.update(PROTECTION_MESSAGES)
MESSAGES.update(FILE_MESSAGES)
MESSAGES.update(SIGNATURE_MESSAGES)
MESSAGES.update(IMPLEMENTATION_MESSAGES)
MESSAGES.update(RECORD_MESSAGES)
MESSAGES.update(DOSSIER_MESSAGES)
MESSAGES.update(TASK_MESSAGES)
MESSAGES.update(EXCEL_MESSAGES)


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
    "meeting_title": "Tên cuộc họp",
    "meeting_place": "Địa điểm họp",
    "meeting_content": "Diễn biến cuộc họp",
    "meeting_conclusion": "Kết luận",
    "item_summary": "Nội dung trình bày đề xuất",
    "absence_reason": "Lý do vắng mặt",
    "speaker_name": "Họ tên người phát biểu",
    "rubric_title": "Tên tiêu chí chấm điểm",
    "decision_title": "Trích yếu văn bản",
    "decision_reasons": "Lý do, nội dung kết luận",
    **IMPLEMENTATION_FIELD_WORDS,
    **RECORD_FIELD_WORDS,
    **TASK_FIELD_WORDS,
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
    if error.code.startswith("protection_"):
        params = protection_params(error.code, params)
    if error.code.startswith("task_"):
        params = task_params(params)
    if isinstance(params.get("problems"), list | tuple):
        params["problems"] = "; ".join(describe_item(p) for p in params["problems"])
    if error.code == "signed_scan_invalid":
        params["reason"] = INVALID_REASONS.get(str(params.get("reason")), str(params.get("reason")))
    if error.code == "damage_details_required":
        params["missing"] = DAMAGE_PART_WORDS.get(str(params.get("missing")), str(params.get("missing")))
    if error.code in ("review_number_invalid", "kpi_number_invalid"):
        reason = str(params.get("reason"))
        words = KPI_NUMBER_WORDS.get(reason) if error.code == "kpi_number_invalid" else None
        params["reason"] = words or REVIEW_NUMBER_WORDS.get(reason, reason)
    if error.code == "print_target_refused":
        params["reason"] = PRINT_TARGET_WORDS.get(str(params.get("reason")), str(params.get("reason")))
    if isinstance(params.get("state"), str):
        params["state"] = state_words(params["state"])
    if isinstance(params.get("action"), str):
        params["action"] = action_words(params["action"])
    if isinstance(params.get("meeting_state"), str):
        params["meeting_state"] = meeting_state_words(params["meeting_state"])
    if error.code in ("file_kind_mismatch", "file_suffix_missing"):
        params["found"] = found_words(str(params.get("found") or ""), str(params.get("claimed") or ""))
    if error.code == "pdf_damaged":
        params["problem"] = PDF_PROBLEM_WORDS.get(str(params.get("problem")), str(params.get("problem")))
    if error.code == "signer_incomplete":
        params["missing"] = SIGNER_PART_WORDS.get(str(params.get("missing")), str(params.get("missing")))
        authority = params.get("authority")
        if authority in {a.value for a in Authority}:
            params["authority"] = AUTHORITY_WORDS[str(authority)]
    if error.code.startswith("text_") and isinstance(params.get("field"), str):
        params["why"] = REQUIRED_WHY.get(params["field"], "")
        params["field"] = describe_field(params["field"])
    if error.code in ("member_absent", "member_not_marked"):
        params["part"] = PART_WORDS.get(str(params.get("part")), str(params.get("part")))
        reason = str(params.get("reason") or "").strip()
        params["why"] = f" (lý do: {reason})" if reason else ""
    # A criterion by its title; an unknown one as typed (its code may be a default one's, not on this rubric).
    if (error.code.startswith(("rubric_", "score_")) and error.code != "score_criterion_unknown"
            and isinstance(params.get("criterion"), str)):
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
