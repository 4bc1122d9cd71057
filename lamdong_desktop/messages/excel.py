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
    "import_cell_days_invalid": "“{column}” là “{value}”: cần một số nguyên ngày làm việc từ 1 đến {maximum}.",
    "import_too_large": "Tệp “{path}” khi giải nén chiếm {size} MB, quá giới hạn {limit} MB cho một danh sách nhiệm "
    "vụ: hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia danh sách thành nhiều tệp. Chưa đọc dòng nào, "
    "chưa ghi gì.",
    "import_too_many_rows": "Trang tính của tệp “{path}” có {rows} dòng dưới dòng tiêu đề, quá giới hạn {limit} dòng "
    "cho một lần nhập: hãy chia danh sách thành nhiều tệp (hoặc xóa các dòng trống ở cuối bảng). Chưa ghi gì.",
    "import_columns_twice": "Tệp có hai cột cho cùng một thông tin — {columns}: hãy đổi tên hoặc xóa cột thừa (hoặc "
    "chọn cột trong cửa sổ xem trước). Chưa ghi gì.",
    "import_cell_too_long": "“{column}” dài {length} ký tự, quá giới hạn {maximum} ký tự của một ô.",
    "import_cell_merged": "Thiếu “{column}”: ô {cell} nằm trong vùng ô gộp {merged}, chỉ ô đầu {first} có nội dung — "
    "hãy bỏ gộp ô và ghi đủ nội dung cho từng dòng.",
    "import_row_repeats": "Trùng dòng {row} của tệp (cùng nhiệm vụ, cùng nội dung): bỏ qua.",
    "import_row_conflicts": "Cùng nhiệm vụ với dòng {row} của tệp (cùng số văn bản, trích yếu, người thực hiện và "
    "ngày giao) nhưng khác {differences}: không nhập dòng này, hãy giữ lại một dòng đúng.",
    "import_row_imported": "Đã nhập là {ref}.",
    "import_row_imported_differs": "Đã nhập là {ref}, khác {differences}; không thay đổi (sửa trên nhiệm vụ {ref} "
    "nếu cần).",
    "import_row_in_log": "Đã có trong sổ nhiệm vụ là {ref}.",
    "import_row_in_log_differs": "Đã có trong sổ nhiệm vụ là {ref}, khác {differences}; không thay đổi (sửa trên "
    "nhiệm vụ {ref} nếu cần).",
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
