"""The words of reading task lists from .xlsx and writing tasks and KPIs to .xlsx (services/task_sheet…)."""

from __future__ import annotations

EXCEL_MESSAGES: dict[str, str] = {
    "import_file_missing": "Không tìm thấy tệp “{path}”.",
    "import_not_xlsx": "Tệp “{path}” không phải bảng tính Excel .xlsx (hoặc đã hỏng): hãy mở bằng Excel và lưu lại "
    "dưới dạng “Excel Workbook (*.xlsx)”.",
    "import_old_xls": "Tệp “{path}” là bảng tính Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng “Excel "
    "Workbook (*.xlsx)”.",
    "import_encrypted": "Tệp “{path}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ "
    "sổ làm việc) rồi lưu lại.",
    "import_empty": "Tệp “{path}” không có dòng dữ liệu nào.",
    "import_no_header": "Không nhận ra dòng tiêu đề trong {rows} dòng đầu của tệp “{path}”: cần ít nhất cột “Trích "
    "yếu” (hoặc “Tên nhiệm vụ”) và cột “Người thực hiện” (hoặc “Người được giao”).",
    "import_columns_missing": "Tệp “{path}” thiếu cột: {missing}.",
    "import_column_unknown": "Cột “{column}” không có trong dòng tiêu đề (có {count} cột).",
    "import_field_unknown": "Không có trường “{field}” để gán cột.",
    "import_cell_required": "Thiếu “{column}”.",
    "import_cell_date_invalid": "“{column}” là “{value}”: không đọc được ngày (ghi ngày dạng dd/mm/yyyy).",
    "import_cell_days_invalid": "“{column}” là “{value}”: cần một số nguyên ngày làm việc lớn hơn 0.",
    "import_deadline_missing": "Thiếu hạn xử lý: cần “Hạn xử lý” (một ngày) hoặc “Số ngày làm việc”.",
    "import_nothing_to_import": "Không có dòng nào để nhập.",
}

IMPORT_FIELD_WORDS: dict[str, str] = {
    "title": "Trích yếu",
    "lead": "Người thực hiện",
    "assigned_on": "Ngày giao",
    "due": "Hạn xử lý",
    "working_days": "Số ngày làm việc",
    "urgency": "Mức độ khẩn",
    "source_number": "Số/ký hiệu văn bản",
    "source_issuer": "Cơ quan ban hành",
    "source_date": "Ngày văn bản",
    "co_assignees": "Người phối hợp",
    "assigner": "Người giao",
    "details": "Nội dung",
}

__all__ = ["EXCEL_MESSAGES", "IMPORT_FIELD_WORDS"]
