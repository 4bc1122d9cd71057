"""The words of files the user names or hands in: a printed PDF or a copy written out (storage/files.py
``target_error``), and the scan of a signed document checked before it is kept (storage/file_kinds.py)."""

from __future__ import annotations

FILE_MESSAGES: dict[str, str] = {
    # Writing a file the user named: always that file, never the temporary name it is written under first.
    "target_folder_missing": "Không ghi được tệp “{path}”: thư mục “{folder}” không tồn tại. Hãy chọn một thư mục "
    "có sẵn (hoặc tạo thư mục đó trước). Chưa có tệp nào được ghi.",
    "target_folder_is_file": "Không ghi được tệp “{path}”: “{folder}” là một tệp, không phải thư mục. Hãy chọn thư "
    "mục khác.",
    "target_not_writable": "Không ghi được tệp “{path}”: không có quyền ghi vào thư mục “{folder}”. Hãy chọn thư "
    "mục khác (ví dụ Tài liệu hoặc Màn hình nền).",
    "target_read_only": "Không ghi được tệp “{path}”: ổ đĩa chứa thư mục “{folder}” chỉ cho phép đọc. Hãy chọn ổ "
    "đĩa hoặc thư mục khác.",
    "target_disk_full": "Không ghi được tệp “{path}”: ổ đĩa chứa thư mục “{folder}” đã đầy. Chưa có tệp nào được "
    "ghi; hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.",
    "target_is_folder": "Không ghi được tệp “{path}”: đó là một thư mục, không phải tệp. Hãy ghi cả tên tệp, ví dụ "
    "“{path}/ban-in.pdf”.",
    "target_in_use": "Không ghi được tệp “{path}”: tệp đang được mở ở chương trình khác hoặc chỉ cho phép đọc. Hãy "
    "đóng tệp đó hoặc chọn tên khác.",
    "target_wrong_suffix": "Không ghi được tệp “{path}”: tệp này là {kind} nên tên phải có đuôi “{suffix}” (ví dụ "
    "“{example}”). Chưa có gì được ghi.",
    "target_write_failed": "Không ghi được tệp “{path}”: {detail}.",
    # The scan of a signed document (minutes, decision), and any file whose name claims a kind it must hold.
    "scan_kind_refused": "Tệp “{name}” không phải bản chụp văn bản đã ký: chỉ nhận tệp PDF hoặc ảnh chụp {images}. "
    "Chưa có gì được lưu.",
    "pdf_damaged": "Tệp “{name}” không phải tệp PDF đọc được ({problem}): có thể tệp bị hỏng hoặc chép chưa hết. "
    "Hãy quét hoặc chép lại rồi đính kèm. Chưa có gì được lưu.",
    "file_kind_mismatch": "Tệp “{name}” mang đuôi “{suffix}” nhưng nội dung {found}. Hãy kiểm tra lại tệp (hoặc "
    "đổi đuôi cho đúng) rồi đính kèm. Chưa có gì được lưu.",
    "file_suffix_missing": "Tệp “{name}” {found} nhưng tên tệp không có đuôi “{suffix}”: hãy đổi tên tệp cho có "
    "đuôi đó rồi đính kèm. Chưa có gì được lưu.",
}
# Why a file that starts as a PDF cannot be read as one (pdf_damaged's {problem}).
PDF_PROBLEM_WORDS = {
    "no_end": "thiếu dấu kết thúc tệp %%EOF",
    "no_xref": "thiếu vị trí bảng tham chiếu (startxref)",
    "bad_xref": "vị trí bảng tham chiếu trỏ sai chỗ",
}
# A kind of file as a sentence names it.
KIND_WORDS = {"pdf": "tệp PDF", "jpeg": "ảnh JPEG", "png": "ảnh PNG", "tiff": "ảnh TIFF"}


def found_words(found: str, claimed: str = "") -> str:
    """What a file turned out to hold: "là ảnh PNG", or "không phải tệp PDF" when it is none of the known kinds."""
    if found:
        return f"là {KIND_WORDS.get(found, found)}"
    return f"không phải {KIND_WORDS.get(claimed, 'loại tệp đó')}"
