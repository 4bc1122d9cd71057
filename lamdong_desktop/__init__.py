"""lamdong-desktop: đề xuất đổi mới, sáng tạo cho cấp xã/phường/đặc khu tỉnh Lâm Đồng."""

__version__ = "0.7.0"
APP_NAME = "lamdong-desktop"
