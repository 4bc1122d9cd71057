"""The words of the proposal dossier (services/dossier*.py): what each document of it is, the errors of reading a file
as a dossier, and the answers of ``lamdong verify --dossier``."""

from __future__ import annotations

DOSSIER_MESSAGES: dict[str, str] = {
    "dossier_unreadable": "Không đọc được tệp “{path}”: không có tệp này, hoặc không có quyền đọc tệp.",
    "dossier_not_pdf": "Tệp “{path}” không phải tệp PDF (hoặc đã hỏng đến mức không đọc được).",
    "dossier_not_dossier": "Tệp “{path}” không phải hồ sơ đề xuất do phần mềm in: không có danh mục tài liệu gắn "
    "kèm. Để kiểm tra một văn bản lẻ, dùng “lamdong verify --code” (mã ở chân trang) hoặc “--pdf” (chữ ký số).",
    "dossier_format": "Danh mục tài liệu gắn trong tệp “{path}” không đọc được (hỏng, hoặc do phiên bản phần mềm "
    "khác in ra).",
    "dossier_other_unit": "Hồ sơ “{path}” do {unit_name} (mã {unit}) in, không phải đơn vị của cơ sở dữ liệu này: "
    "hãy kiểm tra bằng dữ liệu của đơn vị đó.",
    "dossier_stale": "Dữ liệu của đề xuất {ref} thay đổi trong lúc in hồ sơ; hồ sơ chưa được lưu. Hãy in lại.",
    "dossier_not_recorded": "Không tìm thấy bản in hồ sơ này.",
    "dossier_scan_damaged": "Tệp “{name}” của hồ sơ trong kho tệp đính kèm không còn nguyên vẹn (mã băm không khớp): "
    "chưa in được hồ sơ. Hãy chạy “lamdong verify” và khôi phục tệp từ bản sao lưu.",
}

# What each document of the dossier is, as the list of documents and verify name it.
KIND_WORDS: dict[str, str] = {
    "plan_version": "Kế hoạch đề xuất (bản đã trình)",
    "plan": "Kế hoạch đề xuất",
    "attachment": "Tệp đính kèm của đề xuất",
    "opinion": "Phiếu ghi nhận ý kiến của cấp ủy",
    "opinion_scan": "Bản chụp văn bản ý kiến của cấp ủy",
    "invitation": "Giấy mời họp",
    "minutes": "Biên bản họp",
    "signed_scan": "Bản chụp văn bản đã ký",
    "decision": "Quyết định",
    "notice": "Thông báo kết luận",
    "adjustment": "Quyết định điều chỉnh",
    "progress": "Bảng theo dõi tiến độ thực hiện",
    "evidence": "Minh chứng tiến độ",
    "report": "Báo cáo kết quả thực hiện",
    "evaluation": "Thông báo kết luận đánh giá",
}
# What the party committee's opinion is on, at each stage (services/review.py).
OPINION_SUBJECT_WORDS: dict[str, str] = {"approval": "kế hoạch đề xuất", "evaluation": "kết quả thực hiện đề xuất"}
VERSION_WORDS = "phiên bản {number}, trình ngày {day}"
PROGRESS_WORDS = "Tài liệu {number}/{count}: {name}"  # while printing, in the progress dialog
OPINION_WORDS = "về {subject}, ngày {day}"
DRAFT_WORDS = "dự thảo, họp ngày {day}"
ENDED_WORDS = "{ending} ngày {day}"
UNSHOWN_FILE = ("Tệp “{name}” ({kind}) không hiện được trong hồ sơ: {reason}. Tệp vẫn được lưu nguyên vẹn trong phần "
                "mềm; mã SHA-256 của tệp ghi ở danh mục tài liệu cuối hồ sơ.")
UNSHOWN_REASONS: dict[str, str] = {
    "kind": "không phải tệp PDF hay ảnh",
    "pdf": "tệp PDF không đọc được hoặc được đặt mật khẩu",
    "image": "ảnh không đọc được",
}

# lamdong verify --dossier: the verdict of each document and of the whole.
DOSSIER_ITEM_WORDS: dict[str, str] = {
    "ok": "khớp",
    "changed": "KHÔNG KHỚP: nội dung trong cơ sở dữ liệu đã khác với bản trong hồ sơ",
    "missing": "KHÔNG KHỚP: không còn trong cơ sở dữ liệu (hoặc bạn không được xem)",
    "file_changed": "KHÔNG KHỚP: tệp lưu trong phần mềm đã khác hoặc hỏng",
}
DOSSIER_WORDS: dict[str, str] = {
    "ok": "Hồ sơ {ref} khớp với cơ sở dữ liệu: {count} tài liệu, không có gì thay đổi kể từ khi in.",
    "failed": "Hồ sơ {ref} KHÔNG còn khớp với cơ sở dữ liệu.",
    "altered": "Tệp “{path}” đã bị thay đổi sau khi in (mã niêm phong không khớp với nội dung tệp): không dùng được "
    "làm hồ sơ. Hãy in lại hồ sơ từ phần mềm.",
    "printed": "In lúc {when}, người in: {who}.",
    "unrecorded": "Tệp không có trong sổ các hồ sơ đã in của cơ sở dữ liệu này: có thể đã bị làm lại, hoặc được in "
    "từ một máy khác.",
    "item": "{order}. {name}: {verdict}",
    "changed_hint": "Văn bản không khớp mà không ai sửa qua phần mềm: “lamdong verify” cho biết bản ghi nào đã bị sửa.",
    "newer": "Có sau khi in, không có trong hồ sơ: {name}.",
    "head_ok": "Mốc nhật ký #{seq} · {short} in trong hồ sơ vẫn còn trong chuỗi nhật ký.",
    "head_missing": "Mốc nhật ký #{seq} · {short} in trong hồ sơ không còn trong chuỗi nhật ký (nhật ký đã bị cắt "
    "bớt).",
    "head_mismatch": "Mốc nhật ký #{seq} · {short} in trong hồ sơ không khớp sự kiện cùng số trong chuỗi (lịch sử đã "
    "bị viết lại).",
    "head_broken": "Mốc nhật ký #{seq} · {short} vẫn còn, nhưng chuỗi nhật ký từ đầu đến mốc này đã bị sửa (chạy "
    "“lamdong verify” để biết sự kiện nào).",
    "head_none": "Hồ sơ được in khi nhật ký chưa có sự kiện nào.",
}


def part_name(kind: str, number: str = "", detail: str = "") -> str:
    """ "Biên bản họp số 03/BB-UBND", "Bản chụp văn bản đã ký “bb.pdf”", "Kế hoạch đề xuất DX-2026-007"."""
    words = KIND_WORDS.get(kind, kind)
    if detail:
        words = f"{words} ({detail})"
    if not number:
        return words
    if "/" in number:
        return f"{words} số {number}"
    if kind in ("attachment", "opinion_scan", "signed_scan", "evidence"):
        return f"{words} “{number}”"
    return f"{words} {number}"
