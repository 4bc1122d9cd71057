<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsView</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Thêm tài khoản…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <source>Vai trò…</source>
        <translation>Vai trò…</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Vô hiệu hóa</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa (1, 2, 4… đến 60 phút). «Mở khóa» cho đăng nhập lại ngay; «Vô hiệu hóa» chặn hẳn tài khoản cho đến khi cho dùng lại.</source>
        <translation>Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa (1, 2, 4… đến 60 phút). «Mở khóa» cho đăng nhập lại ngay; «Vô hiệu hóa» chặn hẳn tài khoản cho đến khi cho dùng lại.</translation>
    </message>
    <message>
        <source>Tạm khóa đến {time} ngày {day}</source>
        <translation>Tạm khóa đến {time} ngày {day}</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Cho dùng lại</source>
        <translation>Cho dùng lại</translation>
    </message>
    <message>
        <source>Vô hiệu hóa tài khoản «{username}»? Người này sẽ không đăng nhập được cho đến khi được cho dùng lại.</source>
        <translation>Vô hiệu hóa tài khoản «{username}»? Người này sẽ không đăng nhập được cho đến khi được cho dùng lại.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Tài khoản quản trị</source>
        <translation>Tài khoản quản trị</translation>
    </message>
    <message>
        <source>Người quản trị tạo tài khoản cho cán bộ, đặt lịch làm việc và sao lưu dữ liệu. Hãy ghi nhớ mật khẩu này.</source>
        <translation>Người quản trị tạo tài khoản cho cán bộ, đặt lịch làm việc và sao lưu dữ liệu. Hãy ghi nhớ mật khẩu này.</translation>
    </message>
    <message>
        <source>chữ không dấu, số, dấu chấm; ví dụ: quantri</source>
        <translation>chữ không dấu, số, dấu chấm; ví dụ: quantri</translation>
    </message>
    <message>
        <source>ví dụ: Lê Quang Vinh</source>
        <translation>ví dụ: Lê Quang Vinh</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Thêm điều chỉnh…</source>
        <translation>Thêm điều chỉnh…</translation>
    </message>
    <message>
        <source>Bỏ điều chỉnh</source>
        <translation>Bỏ điều chỉnh</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tên ngày</source>
        <translation>Tên ngày</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Điều chỉnh riêng</source>
        <translation>Điều chỉnh riêng</translation>
    </message>
    <message>
        <source>Lịch chung</source>
        <translation>Lịch chung</translation>
    </message>
    <message>
        <source> ngày làm việc</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>Tính hạn theo ngày làm việc</source>
        <translation>Tính hạn theo ngày làm việc</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Hạn cuối:</source>
        <translation>Hạn cuối:</translation>
    </message>
    <message>
        <source>Thời hạn bắt đầu từ ngày hôm sau của ngày đã chọn, chỉ tính ngày làm việc theo lịch trên (Bộ luật Dân sự 2015, Điều 147–148).</source>
        <translation>Thời hạn bắt đầu từ ngày hôm sau của ngày đã chọn, chỉ tính ngày làm việc theo lịch trên (Bộ luật Dân sự 2015, Điều 147–148).</translation>
    </message>
    <message>
        <source>Ngày nghỉ</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Ngày làm việc (làm bù)</source>
        <translation>Ngày làm việc (làm bù)</translation>
    </message>
    <message>
        <source>Bỏ điều chỉnh ngày {day} ({name})? Ngày này sẽ theo lịch chung.</source>
        <translation>Bỏ điều chỉnh ngày {day} ({name})? Ngày này sẽ theo lịch chung.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Điều chỉnh lịch làm việc</source>
        <translation>Điều chỉnh lịch làm việc</translation>
    </message>
    <message>
        <source>Ngày nghỉ</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Ngày làm việc (làm bù)</source>
        <translation>Ngày làm việc (làm bù)</translation>
    </message>
    <message>
        <source>ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 02/01</source>
        <translation>ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 02/01</translation>
    </message>
    <message>
        <source>Dùng khi Thủ tướng Chính phủ hoặc tỉnh công bố lịch nghỉ khác với lịch chung. Điều chỉnh cùng một ngày sẽ thay điều chỉnh cũ.</source>
        <translation>Dùng khi Thủ tướng Chính phủ hoặc tỉnh công bố lịch nghỉ khác với lịch chung. Điều chỉnh cùng một ngày sẽ thay điều chỉnh cũ.</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Là:</source>
        <translation>Là:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Lý do:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập — Lâm Đồng</source>
        <translation>Đăng nhập — Lâm Đồng</translation>
    </message>
    <message>
        <source>Đăng nhập vào {unit}</source>
        <translation>Đăng nhập vào {unit}</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lâm Đồng — {unit}</source>
        <translation>Lâm Đồng — {unit}</translation>
    </message>
    <message>
        <source>Đăng nhập: {name} ({username}) — {roles}</source>
        <translation>Đăng nhập: {name} ({username}) — {roles}</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Lịch làm việc</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>T&amp;rợ giúp</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Phần mềm Lâm Đồng — đổi mới, sáng tạo</source>
        <translation>Phần mềm Lâm Đồng — đổi mới, sáng tạo</translation>
    </message>
    <message>
        <source>Khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung — cấp xã, phường, đặc khu tỉnh Lâm Đồng.</source>
        <translation>Khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung — cấp xã, phường, đặc khu tỉnh Lâm Đồng.</translation>
    </message>
    <message>
        <source>Phiên bản: {version}</source>
        <translation>Phiên bản: {version}</translation>
    </message>
    <message>
        <source>Đơn vị: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Nhật ký lỗi: {path}</source>
        <translation>Nhật ký lỗi: {path}</translation>
    </message>
    <message>
        <source>Giao diện: Qt {qt}, PySide6 {pyside}</source>
        <translation>Giao diện: Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Cài đặt cho cấp nào?</source>
        <translation>Cài đặt cho cấp nào?</translation>
    </message>
    <message>
        <source>Chọn nơi máy tính này được dùng. Lựa chọn này không đổi được về sau.</source>
        <translation>Chọn nơi máy tính này được dùng. Lựa chọn này không đổi được về sau.</translation>
    </message>
    <message>
        <source>Cấp xã, phường, đặc khu — Ủy ban nhân dân và cán bộ của một đơn vị</source>
        <translation>Cấp xã, phường, đặc khu — Ủy ban nhân dân và cán bộ của một đơn vị</translation>
    </message>
    <message>
        <source>Cấp tỉnh — Ban Tổ chức Tỉnh ủy, Ủy ban nhân dân tỉnh</source>
        <translation>Cấp tỉnh — Ban Tổ chức Tỉnh ủy, Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <source>Dữ liệu sẽ được lưu tại:
{path}</source>
        <translation>Dữ liệu sẽ được lưu tại:
{path}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Thêm tài khoản</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>chữ không dấu, số, dấu chấm; ví dụ: nguyenvana</source>
        <translation>chữ không dấu, số, dấu chấm; ví dụ: nguyenvana</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>PartyOrgDialog</name>
    <message>
        <source>Sửa tổ chức đảng</source>
        <translation>Sửa tổ chức đảng</translation>
    </message>
    <message>
        <source>Thêm tổ chức đảng</source>
        <translation>Thêm tổ chức đảng</translation>
    </message>
    <message>
        <source>ví dụ: Chi bộ thôn 1</source>
        <translation>ví dụ: Chi bộ thôn 1</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Tài khoản:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Sửa thông tin cán bộ</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>Thêm cán bộ, công chức</source>
        <translation>Thêm cán bộ, công chức</translation>
    </message>
    <message>
        <source>ví dụ: Chuyên viên Phòng Kinh tế</source>
        <translation>ví dụ: Chuyên viên Phòng Kinh tế</translation>
    </message>
    <message>
        <source>(không thuộc tổ chức đảng nào)</source>
        <translation>(không thuộc tổ chức đảng nào)</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Tổ chức đảng:</source>
        <translation>Tổ chức đảng:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>Thư điện tử:</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Vai trò của {username}</source>
        <translation>Vai trò của {username}</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Cài đặt lần đầu — Lâm Đồng</source>
        <translation>Cài đặt lần đầu — Lâm Đồng</translation>
    </message>
    <message>
        <source>Chưa cài đặt được</source>
        <translation>Chưa cài đặt được</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Đơn vị sử dụng</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <source>Chọn xã, phường hoặc đặc khu của bạn trong 124 đơn vị của tỉnh Lâm Đồng.</source>
        <translation>Chọn xã, phường hoặc đặc khu của bạn trong 124 đơn vị của tỉnh Lâm Đồng.</translation>
    </message>
    <message>
        <source>Gõ tên để tìm, có dấu hoặc không dấu: di linh, đà lạt…</source>
        <translation>Gõ tên để tìm, có dấu hoặc không dấu: di linh, đà lạt…</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Hình thành từ</source>
        <translation>Hình thành từ</translation>
    </message>
    <message>
        <source>{shown} / {total} đơn vị</source>
        <translation>{shown} / {total} đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <source>Thông tin đơn vị</source>
        <translation>Thông tin đơn vị</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Hình thành từ:</source>
        <translation>Hình thành từ:</translation>
    </message>
    <message>
        <source>cấp tỉnh</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <source>cấp xã, phường, đặc khu</source>
        <translation>cấp xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Cài đặt:</source>
        <translation>Cài đặt:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Tổ chức đảng</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Tên tổ chức đảng</source>
        <translation>Tên tổ chức đảng</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Số cán bộ</source>
        <translation>Số cán bộ</translation>
    </message>
    <message>
        <source>Thêm cán bộ…</source>
        <translation>Thêm cán bộ…</translation>
    </message>
    <message>
        <source>Thêm tổ chức…</source>
        <translation>Thêm tổ chức…</translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Xóa «{name}» khỏi danh sách cán bộ?</source>
        <translation>Xóa «{name}» khỏi danh sách cán bộ?</translation>
    </message>
    <message>
        <source>Xóa tổ chức đảng «{name}»?</source>
        <translation>Xóa tổ chức đảng «{name}»?</translation>
    </message>
</context>
<context>
    <name>_TablePanel</name>
    <message>
        <source>Tìm (có dấu hoặc không dấu)…</source>
        <translation>Tìm (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Thêm…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Chương trình gặp một lỗi ngoài dự kiến. Bạn có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy khởi động lại chương trình và báo cho cán bộ phụ trách công nghệ thông tin.</source>
        <translation>Chương trình gặp một lỗi ngoài dự kiến. Bạn có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy khởi động lại chương trình và báo cho cán bộ phụ trách công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Chi tiết kỹ thuật đã được ghi vào tệp nhật ký:
{path}</source>
        <translation>Chi tiết kỹ thuật đã được ghi vào tệp nhật ký:
{path}</translation>
    </message>
    <message>
        <source>Lỗi ngoài dự kiến</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>weekday</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Chủ nhật</translation>
    </message>
</context>
</TS>
