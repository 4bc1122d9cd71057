"""“Kiểm tra văn bản”: is a paper copy or a signed PDF what the records say? (verify --code, verify --pdf)."""
