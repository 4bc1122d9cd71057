"""The words of printing: which decision a person meant (services/printing_meetings.py); the printed copies and
the answers of ``lamdong verify --code`` (services/printed.py, printed_verify.py)."""

from __future__ import annotations

PRINTING_MESSAGES: dict[str, str] = {
    "decision_number_ambiguous": "Có nhiều văn bản số {reference} (các năm {years}): hãy ghi mã văn bản (cột id của "
    "“lamdong decision list --json”).",
    "decisions_many": "“{owner}” có nhiều văn bản: {references}. Hãy ghi số của văn bản cần in.",
    "decision_none": "“{owner}” chưa có văn bản quyết định hay thông báo kết luận nào.",
    "minutes_before_attendance": "Cuộc họp chưa điểm danh thành viên: chưa có biên bản để in (trước cuộc họp, in "
    "giấy mời).",
    "check_code_malformed": "“{text}” không phải mã kiểm tra văn bản. Mã kiểm tra gồm 12 chữ và số in dưới mã QR "
    "ở chân trang, ví dụ K3F9-Q2MX-7ABA (gõ hoa hay thường, có gạch nối hay không đều được); cũng có thể dán cả "
    "dòng chữ đọc từ mã QR (bắt đầu bằng LDV1).",
    "check_code_typo": "Mã kiểm tra {typed} bị đọc hoặc gõ sai một ký tự (ký tự cuối dùng để kiểm tra không khớp): "
    "hãy đọc lại từng ký tự trên bản giấy.",
    "check_code_scheme": "Mã “{scheme}” thuộc một phiên bản chương trình khác (phiên bản này đọc được mã {known}): "
    "hãy kiểm tra bằng phiên bản chương trình đã in văn bản.",
    "printed_stale": "Hồ sơ đã thay đổi sau khi mở bản xem trước: bản xem trước không còn là bản mới nhất nên không "
    "được in hay lưu. Hãy đóng và mở lại bản xem trước.",
    "printed_not_found": "Không tìm thấy bản in này.",
}

# lamdong verify --code: the answer, then what the asker may see of the print.
VERDICT_WORDS: dict[str, str] = {
    "current": "Khớp: văn bản có mã kiểm tra {code} có trong cơ sở dữ liệu và là bản mới nhất.",
    "superseded": "Khớp một bản đã in, nhưng hồ sơ đã thay đổi sau đó: văn bản mã {code} không còn là bản mới nhất.",
    "withdrawn": "Khớp một bản đã in, nhưng hồ sơ nay không còn in ra văn bản này ({reason}).",
    "genuine": "Có văn bản với nội dung mang mã kiểm tra {code} trong cơ sở dữ liệu. Tài khoản của bạn không được xem "
    "hồ sơ này, nên chương trình không cho biết thêm (kể cả đây có phải bản mới nhất hay không).",
    "altered": "Không khớp: mã kiểm tra {code} có thật, nhưng loại văn bản, số hoặc mã hồ sơ ghi trong mã QR không "
    "phải của văn bản mang mã này — mã đã bị sửa.",
    "unknown": "Không khớp: không có văn bản nào mang mã kiểm tra {code} trong cơ sở dữ liệu này. Bản giấy có thể đã "
    "bị sửa, hoặc được in từ một máy khác.",
}
CHECK_DETAIL_WORDS: dict[str, str] = {
    "document": "Văn bản: {line}",
    "title": "Trích yếu: {title}",
    "printed": "In lần đầu lúc {when}, người in: {who}; đã in {copies} bản.",
    "newest": "Bản mới nhất đã in lúc {when}: {line}",
    "newest_unprinted": "Bản mới nhất chưa được in.",
    "differences": "Khác với nội dung hiện nay (- bản giấy, + hiện nay):",
    "more_differences": "… và {count} dòng khác.",
    "altered_fields": "Khác ở: {fields}.",
    "compare": "Mã kiểm tra chỉ chứng minh văn bản này có thật; hãy đối chiếu từng chữ trên giấy với bản trong chương "
    "trình.",
}
ALTERED_FIELD_WORDS: dict[str, str] = {"doc_type": "loại văn bản", "number": "số văn bản", "reference": "mã hồ sơ"}
