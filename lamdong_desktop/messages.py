"""Vietnamese text for every error code raised by the core; shared by the CLI and the UI (no Qt here)."""

from __future__ import annotations

from typing import Any

from lamdong_desktop.domain.errors import DomainError

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
}


class _Default(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


def describe(error: DomainError) -> str:
    """The Vietnamese sentence for ``error``; an unknown code still reads calmly."""
    template = MESSAGES.get(error.code)
    if template is None:
        return f"Không thực hiện được thao tác (mã lỗi: {error.code})."
    return template.format_map(_Default(error.params))
