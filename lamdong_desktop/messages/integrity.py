"""The words of ``lamdong verify``: each finding, and each audited table as people know its rows."""

from __future__ import annotations

from .core import _Default

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
    "meetings": "cuộc họp {label}",
    "meeting_members": "thành viên cuộc họp {label}",
    "meeting_items": "đề xuất trong chương trình họp {label}",
    "meeting_ballots": "phiếu biểu quyết {label}",
    "meeting_scores": "điểm chấm {label}",
    "meeting_opinions": "ý kiến tại cuộc họp {label}",
    "decisions": "văn bản quyết định {label}",
    "digital_signatures": "chữ ký số {label}",
    "printed_documents": "bản in {label}",
    "printed_dossiers": "hồ sơ đã in của đề xuất {label}",
    # implementation, result and evaluation: named by their proposal (storage/verify._named)
    "proposal_receipts": "việc tiếp nhận đề xuất {label}",
    "party_opinions": "ý kiến của cấp ủy về đề xuất {label}",
    "implementations": "việc thực hiện đề xuất {label}",
    "implementers": "người thực hiện đề xuất {label}",
    "implementation_events": "diễn biến thực hiện đề xuất {label}",
    "progress_updates": "kết quả cập nhật chỉ tiêu của đề xuất {label}",
    "result_reports": "báo cáo kết quả thực hiện đề xuất {label}",
    "evaluations": "kết luận đánh giá đề xuất {label}",
    "commendations": "khen thưởng theo đề xuất {label}",
    "tasks": "nhiệm vụ {label}",
    "task_assignees": "người phối hợp “{label}” của nhiệm vụ {owner}",
    "task_events": "bước ngày {label} của nhiệm vụ {owner}",
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
