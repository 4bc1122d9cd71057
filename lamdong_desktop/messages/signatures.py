"""The words of digital signatures (chữ ký số): signing a printed PDF, checking one, attaching a signed copy."""

from __future__ import annotations

from collections.abc import Sequence

SIGNATURE_MESSAGES: dict[str, str] = {
    "signature_file_missing": "Không tìm thấy tệp {path}.",
    "signature_not_pdf": "Tệp {path} không phải tệp PDF hoặc đã hỏng: không ký, không kiểm tra chữ ký được.",
    "signature_p12_invalid": "Tệp {path} không phải tệp chứng thư số PKCS#12 (.p12, .pfx) hoặc đã hỏng.",
    "signature_wrong_password": "Sai mật khẩu của tệp chứng thư số {path}. Chưa ký gì.",
    "signature_p12_no_key": "Tệp {path} không chứa khóa bí mật đi kèm chứng thư số: không dùng để ký được.",
    "signature_certificate_expired": "Chứng thư số của {signer} đã hết hạn từ ngày {until}: không ký được. Hãy gia "
    "hạn chứng thư số với tổ chức cung cấp dịch vụ chứng thực.",
    "signature_certificate_not_yet_valid": "Chứng thư số của {signer} có hiệu lực từ ngày {since}: chưa ký được.",
    "signature_certificate_usage": "Chứng thư số của {signer} không được cấp cho việc ký số văn bản: không ký được.",
    "signature_pkcs11_library": "Không nạp được thư viện PKCS#11 “{library}” của thiết bị ký số (USB token): kiểm "
    "tra đường dẫn và đã cài phần mềm đi kèm thiết bị.",
    "signature_token_not_found": "Không tìm thấy thiết bị ký số (USB token) “{label}”: cắm thiết bị vào máy và "
    "kiểm tra tên thiết bị.",
    "signature_wrong_pin": "Sai mã PIN của thiết bị ký số. Chưa ký gì; nhập sai nhiều lần thiết bị sẽ bị khóa.",
    "signature_pin_locked": "Mã PIN của thiết bị ký số đã bị khóa vì nhập sai nhiều lần: liên hệ tổ chức cấp "
    "chứng thư số để mở khóa.",
    "signature_key_not_found": "Trên thiết bị ký số không có khóa hoặc chứng thư số mang tên “{label}”.",
    "signature_field_missing": "Văn bản không có ô chữ ký “{field}”. Các ô chữ ký của văn bản: {fields}.",
    "signature_field_signed": "Ô chữ ký “{field}” đã được ký rồi.",
    "signature_no_field": "Văn bản không còn ô chữ ký trống (không phải bản in của chương trình, hoặc đã ký đủ): "
    "không biết đặt chữ ký vào đâu. Hãy in lại văn bản từ chương trình rồi ký.",
    "signature_field_ambiguous": "Văn bản có nhiều ô chữ ký còn trống ({fields}) mà tên trên chứng thư số "
    "({signer}) không khớp ô nào: chọn ô cần ký bằng --field.",
    "signature_failed": "Ký số không thành công (thiết bị ký số hoặc chứng thư số báo lỗi). Không có tệp nào được "
    "ghi.",
    "signature_none": "Tệp {path} không có chữ ký số nào.",
    "signature_unreadable": "Chữ ký số ở ô “{field}” của tệp {path} bị hỏng, không đọc được.",
    "signed_scan_invalid": "Tệp PDF có chữ ký số nhưng {reason}: không đính kèm. Hãy ký lại bản in của chương "
    "trình, không sửa tệp sau khi ký.",
    "signed_scan_other_document": "Tệp PDF đã ký số không phải {what}: nội dung khác với văn bản trong dữ liệu (có "
    "thể là văn bản khác, hoặc bản in trước khi văn bản được sửa). Hãy in lại rồi ký.",
    "signed_scan_draft": "Văn bản đang là dự thảo (chưa có số): bản ký số của dự thảo không thay được văn bản đã "
    "ký.",
    "signed_scan_changed": "Tệp {path} đã thay đổi trong lúc đính kèm: không đính kèm. Hãy thử lại.",
}

# Why an attached signed PDF is refused (``signed_scan_invalid``'s reason).
INVALID_REASONS = {
    "changed": "văn bản đã bị sửa sau khi ký",
    "untrusted": "chứng thư số không thuộc chuỗi tin cậy đã cài đặt",
    "expired": "chứng thư số của người ký đã hết hạn",
}

# ``lamdong verify --pdf``: one line per fact of a signature.
CHECK_WORDS = {
    "count": "Tệp {path}: {count} chữ ký số.",
    "signature": "Chữ ký {number} (ô “{field}”):",
    "holder": "  Người ký: {name} — số hiệu chứng thư {serial}, do {issuer} cấp, hiệu lực {since} – {until}.",
    "signed_at": "  Thời điểm ký: {when} (theo máy của người ký; không có dấu thời gian tin cậy).",
    "signed_at_unknown": "  Thời điểm ký: không ghi.",
    "intact_whole": "  Toàn vẹn: nội dung không thay đổi kể từ khi ký.",
    "intact_signatures": "  Toàn vẹn: nội dung không thay đổi kể từ khi ký; sau đó chỉ có thêm chữ ký khác.",
    "changed": "  KHÔNG TOÀN VẸN: văn bản đã bị sửa sau khi ký (hoặc chữ ký không khớp nội dung).",
    "trusted": "  Chuỗi tin cậy: chứng thư số dẫn tới chứng thư gốc đã cài đặt.",
    "untrusted": "  Chuỗi tin cậy: KHÔNG tin cậy — chứng thư số không dẫn tới chứng thư gốc nào đã cài đặt.",
    "expired": "  Chuỗi tin cậy: chứng thư số đã hết hạn ngày {until}; không có dấu thời gian tin cậy để chứng minh "
    "đã ký khi còn hạn.",
    "unchecked": "  Chuỗi tin cậy: không kiểm tra được chuỗi tin cậy — chưa cài chứng thư gốc nào vào {folder}.",
    "unreadable_roots": "Các tệp trong {folder} không chứa chứng thư số: {files}.",
    "offline": "Kiểm tra ngoại tuyến: không dùng dịch vụ dấu thời gian, không kiểm tra chứng thư bị thu hồi "
    "(CRL/OCSP).",
    "ok": "Kết luận: các chữ ký số hợp lệ.",
    "not_ok": "Kết luận: có chữ ký số không hợp lệ.",
}
DIGITAL_SIGNED_WORDS = "Đã ký số ({signers})"  # the record's signed PDF carries digital signatures


def signed_state_words(locked: bool, signers: Sequence[str] = ()) -> str:
    """Whether a record's signed copy is attached, in words: "Chưa ký", "Đã ký", or "Đã ký — Đã ký số (Trần Thị Mai,
    Nguyễn Văn Hùng)" when the attached PDF is digitally signed (the same words on every screen and in the CLI)."""
    from .sessions import SIGNED_WORDS, UNSIGNED_WORDS

    if not locked:
        return UNSIGNED_WORDS
    return f"{SIGNED_WORDS} — {DIGITAL_SIGNED_WORDS.format(signers=', '.join(signers))}" if signers else SIGNED_WORDS
