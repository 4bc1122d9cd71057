<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>QUÁ HẠN</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Mã số</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Họp muộn</source>
        <translation>Họp muộn</translation>
    </message>
    <message>
        <source>{n}/{total} đã có văn bản</source>
        <translation>{n}/{total} đã có văn bản</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tên cuộc họp</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Người giao</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <source>Ngày giao</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Hạn xử lý</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Mức độ khẩn</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>{standing} · chờ xác nhận</source>
        <translation>{standing} · chờ xác nhận</translation>
    </message>
    <message>
        <source>người giao</source>
        <translation>người giao</translation>
    </message>
    <message>
        <source>Nhiệm vụ do người khác ghi, chờ {assigner} xác nhận; chưa tính vào chỉ tiêu cho đến khi được xác nhận.</source>
        <translation>Nhiệm vụ do người khác ghi, chờ {assigner} xác nhận; chưa tính vào chỉ tiêu cho đến khi được xác nhận.</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Quá hạn (chưa xong)</source>
        <translation>Quá hạn (chưa xong)</translation>
    </message>
    <message>
        <source>Đang làm</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <source>{due} → {current}</source>
        <translation>{due} → {current}</translation>
    </message>
    <message>
        <source>{n} lần</source>
        <translation>{n} lần</translation>
    </message>
    <message>
        <source>hạn mới {day}</source>
        <translation>hạn mới {day}</translation>
    </message>
    <message>
        <source> ({name}, {day})</source>
        <translation> ({name}, {day})</translation>
    </message>
    <message>
        <source>từ {a} sang {b}</source>
        <translation>từ {a} sang {b}</translation>
    </message>
    <message>
        <source>Báo cáo chỉ tiêu {period}</source>
        <translation>Báo cáo chỉ tiêu {period}</translation>
    </message>
    <message>
        <source>Báo cáo chỉ tiêu {period}.pdf</source>
        <translation>Báo cáo chỉ tiêu {period}.pdf</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Thành viên vắng mặt</source>
        <translation>Thành viên vắng mặt</translation>
    </message>
    <message>
        <source>{name} ({position}) vắng mặt tại {title}.</source>
        <translation>{name} ({position}) vắng mặt tại {title}.</translation>
    </message>
    <message>
        <source>Lý do vắng mặt (bắt buộc; ghi vào biên bản):</source>
        <translation>Lý do vắng mặt (bắt buộc; ghi vào biên bản):</translation>
    </message>
    <message>
        <source>Ghi vắng mặt</source>
        <translation>Ghi vắng mặt</translation>
    </message>
</context>
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
        <source>Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa (1, 2, 4… đến 60 phút). “Mở khóa” cho đăng nhập lại ngay; “Vô hiệu hóa” chặn hẳn tài khoản cho đến khi được kích hoạt lại.</source>
        <translation>Nhập sai mật khẩu 5 lần liên tiếp thì tài khoản bị tạm khóa (1, 2, 4… đến 60 phút). “Mở khóa” cho đăng nhập lại ngay; “Vô hiệu hóa” chặn hẳn tài khoản cho đến khi được kích hoạt lại.</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Kích hoạt lại</source>
        <translation>Kích hoạt lại</translation>
    </message>
    <message>
        <source>Vô hiệu hóa tài khoản “{username}”? Người này sẽ không đăng nhập được cho đến khi được kích hoạt lại.</source>
        <translation>Vô hiệu hóa tài khoản “{username}”? Người này sẽ không đăng nhập được cho đến khi được kích hoạt lại.</translation>
    </message>
    <message>
        <source>Tạm khóa đến {time} ngày {day}</source>
        <translation>Tạm khóa đến {time} ngày {day}</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>Thêm đề xuất vào chương trình họp</source>
        <translation>Thêm đề xuất vào chương trình họp</translation>
    </message>
    <message>
        <source>Thêm vào chương trình</source>
        <translation>Thêm vào chương trình</translation>
    </message>
    <message>
        <source>Chỉ đề xuất đã được tiếp nhận, hoặc kết quả thực hiện đã báo cáo, đang chờ đưa ra họp mới thêm được.</source>
        <translation>Chỉ đề xuất đã được tiếp nhận, hoặc kết quả thực hiện đã báo cáo, đang chờ đưa ra họp mới thêm được.</translation>
    </message>
    <message>
        <source>Không có đề xuất đã tiếp nhận hay kết quả thực hiện đã báo cáo nào đang chờ đưa ra họp.</source>
        <translation>Không có đề xuất đã tiếp nhận hay kết quả thực hiện đã báo cáo nào đang chờ đưa ra họp.</translation>
    </message>
    <message>
        <source>Đề xuất:</source>
        <translation>Đề xuất:</translation>
    </message>
</context>
<context>
    <name>AdjournDialog</name>
    <message>
        <source>Hoãn cuộc họp</source>
        <translation>Hoãn cuộc họp</translation>
    </message>
    <message>
        <source>Hoãn {title} ({when}) mà không biểu quyết. Các đề xuất trong chương trình trở lại chờ đưa ra họp; biên bản cuộc họp bị hoãn được cấp số.</source>
        <translation>Hoãn {title} ({when}) mà không biểu quyết. Các đề xuất trong chương trình trở lại chờ đưa ra họp; biên bản cuộc họp bị hoãn được cấp số.</translation>
    </message>
    <message>
        <source>Lý do hoãn (bắt buộc; ví dụ: không đủ số thành viên có mặt):</source>
        <translation>Lý do hoãn (bắt buộc; ví dụ: không đủ số thành viên có mặt):</translation>
    </message>
    <message>
        <source>Không đủ số thành viên có mặt theo quy định.</source>
        <translation>Không đủ số thành viên có mặt theo quy định.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Quyết định điều chỉnh việc thực hiện</source>
        <translation>Quyết định điều chỉnh việc thực hiện</translation>
    </message>
    <message>
        <source>Ban hành và cấp số</source>
        <translation>Ban hành và cấp số</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Mục tiêu đang áp dụng</source>
        <translation>Mục tiêu đang áp dụng</translation>
    </message>
    <message>
        <source>Mục tiêu mới (để trống: giữ nguyên)</source>
        <translation>Mục tiêu mới (để trống: giữ nguyên)</translation>
    </message>
    <message>
        <source>(để trống nếu không điều chỉnh phạm vi, đối tượng)</source>
        <translation>(để trống nếu không điều chỉnh phạm vi, đối tượng)</translation>
    </message>
    <message>
        <source>Điều chỉnh ngày kết thúc dự kiến đến:</source>
        <translation>Điều chỉnh ngày kết thúc dự kiến đến:</translation>
    </message>
    <message>
        <source>Nội dung điều chỉnh:</source>
        <translation>Nội dung điều chỉnh:</translation>
    </message>
    <message>
        <source>Lý do điều chỉnh:</source>
        <translation>Lý do điều chỉnh:</translation>
    </message>
    <message>
        <source>Mục tiêu các chỉ tiêu:</source>
        <translation>Mục tiêu các chỉ tiêu:</translation>
    </message>
    <message>
        <source>Phạm vi, đối tượng mới:</source>
        <translation>Phạm vi, đối tượng mới:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Ngày ban hành:</translation>
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
    <name>AnnualReviewDialog</name>
    <message>
        <source>Tổng kết năm — đề xuất đổi mới, sáng tạo</source>
        <translation>Tổng kết năm — đề xuất đổi mới, sáng tạo</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên đề xuất</source>
        <translation>Tên đề xuất</translation>
    </message>
    <message>
        <source>Người đề xuất</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Đề nghị xem xét</source>
        <translation>Đề nghị xem xét</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Năm tổng kết:</source>
        <translation>Năm tổng kết:</translation>
    </message>
    <message>
        <source>Số báo cáo:</source>
        <translation>Số báo cáo:</translation>
    </message>
    <message>
        <source>Đề xuất đề nghị nhân rộng, khen thưởng (đánh giá hoàn thành):</source>
        <translation>Đề xuất đề nghị nhân rộng, khen thưởng (đánh giá hoàn thành):</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Năm {year}: {submitted} đề xuất được trình ({states}).
{evaluated} đề xuất được kết luận đánh giá — {rulings}.</source>
        <translation>Năm {year}: {submitted} đề xuất được trình ({states}).
{evaluated} đề xuất được kết luận đánh giá — {rulings}.</translation>
    </message>
    <message>
        <source>Chưa cấp số (in bản dự thảo)</source>
        <translation>Chưa cấp số (in bản dự thảo)</translation>
    </message>
    <message>
        <source>Số {reference} ngày {day} — {title}</source>
        <translation>Số {reference} ngày {day} — {title}</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết năm {year}</source>
        <translation>Báo cáo tổng kết năm {year}</translation>
    </message>
    <message>
        <source>Báo cáo tổng kết năm {year}.pdf</source>
        <translation>Báo cáo tổng kết năm {year}.pdf</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Tên tệp</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Ngày đính kèm</source>
        <translation>Ngày đính kèm</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Lưu ra thư mục…</source>
        <translation>Lưu ra thư mục…</translation>
    </message>
    <message>
        <source>Xóa tệp</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <source>Đánh dấu đính kèm nhầm…</source>
        <translation>Đánh dấu đính kèm nhầm…</translation>
    </message>
    <message>
        <source>Đính kèm nhầm: {reason}</source>
        <translation>Đính kèm nhầm: {reason}</translation>
    </message>
    <message>
        <source>Lưu dự thảo trước, rồi đính kèm tệp.</source>
        <translation>Lưu dự thảo trước, rồi đính kèm tệp.</translation>
    </message>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation>Chọn tệp đính kèm</translation>
    </message>
    <message>
        <source>Tất cả các tệp (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Đang đính kèm “{name}”…</source>
        <translation>Đang đính kèm “{name}”…</translation>
    </message>
    <message>
        <source>Đã hủy đính kèm; tệp đang chép dở không được lưu.</source>
        <translation>Đã hủy đính kèm; tệp đang chép dở không được lưu.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{name}”: {detail}</source>
        <translation>Không mở được tệp “{name}”: {detail}</translation>
    </message>
    <message>
        <source>Máy chưa có chương trình để mở tệp “{name}”. Hãy dùng “Lưu ra thư mục…”.</source>
        <translation>Máy chưa có chương trình để mở tệp “{name}”. Hãy dùng “Lưu ra thư mục…”.</translation>
    </message>
    <message>
        <source>Thư mục đã có tệp “{name}”. Ghi đè lên tệp đó?</source>
        <translation>Thư mục đã có tệp “{name}”. Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <source>Không lưu được tệp “{name}”: {detail}</source>
        <translation>Không lưu được tệp “{name}”: {detail}</translation>
    </message>
    <message>
        <source>Đã lưu “{path}”.</source>
        <translation>Đã lưu “{path}”.</translation>
    </message>
    <message>
        <source>Đang đính kèm “{name}” ({n}/{count})…</source>
        <translation>Đang đính kèm “{name}” ({n}/{count})…</translation>
    </message>
    <message>
        <source>Không đính kèm được</source>
        <translation>Không đính kèm được</translation>
    </message>
    <message>
        <source>Mỗi tệp tối đa {limit} MB. Đề xuất đã trình nên tệp đính kèm là bằng chứng của hồ sơ: không sửa, không xóa được, chỉ đánh dấu đính kèm nhầm kèm lý do.</source>
        <translation>Mỗi tệp tối đa {limit} MB. Đề xuất đã trình nên tệp đính kèm là bằng chứng của hồ sơ: không sửa, không xóa được, chỉ đánh dấu đính kèm nhầm kèm lý do.</translation>
    </message>
    <message>
        <source>Mỗi tệp tối đa {limit} MB. Trước khi trình lần đầu, người đề xuất có thể xóa tệp đã đính kèm; sau khi trình, tệp là bằng chứng của hồ sơ.</source>
        <translation>Mỗi tệp tối đa {limit} MB. Trước khi trình lần đầu, người đề xuất có thể xóa tệp đã đính kèm; sau khi trình, tệp là bằng chứng của hồ sơ.</translation>
    </message>
    <message>
        <source>Xóa tệp “{name}” khỏi dự thảo? Việc xóa được ghi vào lịch sử.</source>
        <translation>Xóa tệp “{name}” khỏi dự thảo? Việc xóa được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>Đã xóa tệp “{name}”.</source>
        <translation>Đã xóa tệp “{name}”.</translation>
    </message>
    <message>
        <source>Lưu tệp vào thư mục</source>
        <translation>Lưu tệp vào thư mục</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Họ tên</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Lý do vắng mặt</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Những người chưa điểm danh: có mặt</source>
        <translation>Những người chưa điểm danh: có mặt</translation>
    </message>
    <message>
        <source>Biên bản đã ký: điểm danh không sửa được nữa.</source>
        <translation>Biên bản đã ký: điểm danh không sửa được nữa.</translation>
    </message>
    <message>
        <source>Đã có văn bản về đề xuất {ref}: điểm danh không sửa được nữa.</source>
        <translation>Đã có văn bản về đề xuất {ref}: điểm danh không sửa được nữa.</translation>
    </message>
    <message>
        <source>Chỉ thư ký ghi điểm danh.</source>
        <translation>Chỉ thư ký ghi điểm danh.</translation>
    </message>
    <message>
        <source>Cuộc họp đã kết thúc: điểm danh không sửa được nữa.</source>
        <translation>Cuộc họp đã kết thúc: điểm danh không sửa được nữa.</translation>
    </message>
    <message>
        <source>Mỗi lần điểm danh được ghi ngay; số thành viên có mặt tính lại theo đó.</source>
        <translation>Mỗi lần điểm danh được ghi ngay; số thành viên có mặt tính lại theo đó.</translation>
    </message>
    <message>
        <source>, người đứng đầu</source>
        <translation>, người đứng đầu</translation>
    </message>
    <message>
        <source> (không biểu quyết)</source>
        <translation> (không biểu quyết)</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Vắng mặt…</source>
        <translation>Vắng mặt…</translation>
    </message>
    <message>
        <source>Đã ghi {name} vắng mặt.</source>
        <translation>Đã ghi {name} vắng mặt.</translation>
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
    <message>
        <source>Hạn của {n} nhiệm vụ chạy qua ngày này đã được tính lại theo lịch mới (Bộ luật Dân sự 2015, Điều 147–148).</source>
        <translation>Hạn của {n} nhiệm vụ chạy qua ngày này đã được tính lại theo lịch mới (Bộ luật Dân sự 2015, Điều 147–148).</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Bản giấy (mã QR)</source>
        <translation>Bản giấy (mã QR)</translation>
    </message>
    <message>
        <source>Văn bản ký số (PDF)</source>
        <translation>Văn bản ký số (PDF)</translation>
    </message>
    <message>
        <source>Kiểm tra văn bản</source>
        <translation>Kiểm tra văn bản</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CloseMeetingDialog</name>
    <message>
        <source>Kết thúc cuộc họp</source>
        <translation>Kết thúc cuộc họp</translation>
    </message>
    <message>
        <source>Kết thúc họp</source>
        <translation>Kết thúc họp</translation>
    </message>
    <message>
        <source>Sau khi kết thúc, biên bản được cấp số; điểm danh, biểu quyết, chấm điểm và ý kiến không ghi thêm được nữa.</source>
        <translation>Sau khi kết thúc, biên bản được cấp số; điểm danh, biểu quyết, chấm điểm và ý kiến không ghi thêm được nữa.</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Bắt đầu:</translation>
    </message>
    <message>
        <source>Kết thúc lúc:</source>
        <translation>Kết thúc lúc:</translation>
    </message>
</context>
<context>
    <name>CodeTab</name>
    <message>
        <source>Dán dòng chữ mà ứng dụng đọc mã QR trên điện thoại hiện ra (bắt đầu bằng LDV1), hoặc gõ mã kiểm tra 12 ký tự in cạnh mã QR ở chân trang. Chương trình cho biết văn bản có nội dung đó có trong dữ liệu không và có còn là bản mới nhất không.</source>
        <translation>Dán dòng chữ mà ứng dụng đọc mã QR trên điện thoại hiện ra (bắt đầu bằng LDV1), hoặc gõ mã kiểm tra 12 ký tự in cạnh mã QR ở chân trang. Chương trình cho biết văn bản có nội dung đó có trong dữ liệu không và có còn là bản mới nhất không.</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Dán hoặc gõ mã cần kiểm tra.</source>
        <translation>Dán hoặc gõ mã cần kiểm tra.</translation>
    </message>
    <message>
        <source>Đang kiểm tra mã…</source>
        <translation>Đang kiểm tra mã…</translation>
    </message>
</context>
<context>
    <name>CommendationDialog</name>
    <message>
        <source>Ghi nhận khen thưởng</source>
        <translation>Ghi nhận khen thưởng</translation>
    </message>
    <message>
        <source>{name} — đề xuất {ref} “{title}”</source>
        <translation>{name} — đề xuất {ref} “{title}”</translation>
    </message>
    <message>
        <source>ví dụ: 25/QĐ-UBND</source>
        <translation>ví dụ: 25/QĐ-UBND</translation>
    </message>
    <message>
        <source>Loại:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Số quyết định:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Ngày quyết định:</source>
        <translation>Ngày quyết định:</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <source>Triệu tập cuộc họp</source>
        <translation>Triệu tập cuộc họp</translation>
    </message>
    <message>
        <source>Hội trường UBND {unit}</source>
        <translation>Hội trường UBND {unit}</translation>
    </message>
    <message>
        <source>Loại cuộc họp:</source>
        <translation>Loại cuộc họp:</translation>
    </message>
    <message>
        <source>Cấp tổ chức:</source>
        <translation>Cấp tổ chức:</translation>
    </message>
    <message>
        <source>Tên cuộc họp:</source>
        <translation>Tên cuộc họp:</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Thành viên (đánh dấu để mời)</source>
        <translation>Thành viên (đánh dấu để mời)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Vai trò trong cuộc họp</source>
        <translation>Vai trò trong cuộc họp</translation>
    </message>
    <message>
        <source>Người đứng đầu</source>
        <translation>Người đứng đầu</translation>
    </message>
    <message>
        <source>Đề xuất đưa ra họp (đề xuất đã tiếp nhận, kết quả thực hiện đã báo cáo):</source>
        <translation>Đề xuất đưa ra họp (đề xuất đã tiếp nhận, kết quả thực hiện đã báo cáo):</translation>
    </message>
    <message>
        <source>Chưa có đề xuất nào đã tiếp nhận hay kết quả nào đã báo cáo để đưa ra họp; có thể thêm sau.</source>
        <translation>Chưa có đề xuất nào đã tiếp nhận hay kết quả nào đã báo cáo để đưa ra họp; có thể thêm sau.</translation>
    </message>
    <message>
        <source>Triệu tập</source>
        <translation>Triệu tập</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Thành viên dự họp:</source>
        <translation>Thành viên dự họp:</translation>
    </message>
    <message>
        <source>Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo</source>
        <translation>Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo</translation>
    </message>
    <message>
        <source>Phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo</source>
        <translation>Phiên họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo</translation>
    </message>
    <message>
        <source>Hội đồng {n} thành viên (quy định {low}–{high}): hợp lệ.</source>
        <translation>Hội đồng {n} thành viên (quy định {low}–{high}): hợp lệ.</translation>
    </message>
    <message>
        <source>{n} thành viên biểu quyết, một thư ký ghi biên bản: hợp lệ.</source>
        <translation>{n} thành viên biểu quyết, một thư ký ghi biên bản: hợp lệ.</translation>
    </message>
    <message>
        <source>Biểu quyết khi có mặt ít nhất {needed} người ({fraction} số thành viên).</source>
        <translation>Biểu quyết khi có mặt ít nhất {needed} người ({fraction} số thành viên).</translation>
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
    <name>CriteriaTabMixin</name>
    <message>
        <source>Tháo gỡ điểm nghẽn chưa được quy định, hoặc đã quy định nhưng không còn phù hợp với thực tiễn địa phương.</source>
        <translation>Tháo gỡ điểm nghẽn chưa được quy định, hoặc đã quy định nhưng không còn phù hợp với thực tiễn địa phương.</translation>
    </message>
    <message>
        <source>Mang lại giá trị thiết thực, đo đếm được cho Nhà nước, tập thể và Nhân dân; không vì lợi ích cục bộ, nhóm hay cá nhân.</source>
        <translation>Mang lại giá trị thiết thực, đo đếm được cho Nhà nước, tập thể và Nhân dân; không vì lợi ích cục bộ, nhóm hay cá nhân.</translation>
    </message>
    <message>
        <source>Đã báo cáo người đứng đầu; được tập thể thảo luận, thống nhất đúng quy trình.</source>
        <translation>Đã báo cáo người đứng đầu; được tập thể thảo luận, thống nhất đúng quy trình.</translation>
    </message>
    <message>
        <source>Tự đánh giá theo ba tiêu chí của Nghị định 73/2023/NĐ-CP (Điều 5), mỗi tiêu chí kèm lý do, căn cứ.</source>
        <translation>Tự đánh giá theo ba tiêu chí của Nghị định 73/2023/NĐ-CP (Điều 5), mỗi tiêu chí kèm lý do, căn cứ.</translation>
    </message>
    <message>
        <source>Đáp ứng</source>
        <translation>Đáp ứng</translation>
    </message>
    <message>
        <source>Chưa đáp ứng</source>
        <translation>Chưa đáp ứng</translation>
    </message>
    <message>
        <source>Lý do, căn cứ…</source>
        <translation>Lý do, căn cứ…</translation>
    </message>
    <message>
        <source>Kê khai xung đột lợi ích và cam kết</source>
        <translation>Kê khai xung đột lợi ích và cam kết</translation>
    </message>
    <message>
        <source>Người đề xuất cam kết không vì lợi ích cục bộ, nhóm hay cá nhân, và kê khai mọi xung đột lợi ích (nếu có).</source>
        <translation>Người đề xuất cam kết không vì lợi ích cục bộ, nhóm hay cá nhân, và kê khai mọi xung đột lợi ích (nếu có).</translation>
    </message>
    <message>
        <source>Không có xung đột lợi ích</source>
        <translation>Không có xung đột lợi ích</translation>
    </message>
    <message>
        <source>Có xung đột lợi ích (ghi rõ dưới đây)</source>
        <translation>Có xung đột lợi ích (ghi rõ dưới đây)</translation>
    </message>
    <message>
        <source>Xung đột lợi ích (nếu có) và cách xử lý…</source>
        <translation>Xung đột lợi ích (nếu có) và cách xử lý…</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>‹ Tháng trước</source>
        <translation>‹ Tháng trước</translation>
    </message>
    <message>
        <source>Tháng sau ›</source>
        <translation>Tháng sau ›</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Số việc đến hạn mỗi ngày (theo hạn hiện hành); &lt;span style=&apos;color:#b00020&apos;&gt;đỏ: quá hạn&lt;/span&gt;; ô xám: ngày nghỉ; khung xanh: hôm nay.</source>
        <translation>Số việc đến hạn mỗi ngày (theo hạn hiện hành); &lt;span style=&apos;color:#b00020&apos;&gt;đỏ: quá hạn&lt;/span&gt;; ô xám: ngày nghỉ; khung xanh: hôm nay.</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Mức độ</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào đến hạn ngày này.</source>
        <translation>Không có nhiệm vụ nào đến hạn ngày này.</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source> (đã gia hạn)</source>
        <translation> (đã gia hạn)</translation>
    </message>
    <message>
        <source>Tháng {month} năm {year}</source>
        <translation>Tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>{n} việc đến hạn trong tháng, {late} quá hạn</source>
        <translation>{n} việc đến hạn trong tháng, {late} quá hạn</translation>
    </message>
    <message>
        <source>{weekday}, {day}: {n} việc đến hạn</source>
        <translation>{weekday}, {day}: {n} việc đến hạn</translation>
    </message>
    <message>
        <source>Chọn một ngày để xem các nhiệm vụ đến hạn.</source>
        <translation>Chọn một ngày để xem các nhiệm vụ đến hạn.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Ra văn bản sau cuộc họp</source>
        <translation>Ra văn bản sau cuộc họp</translation>
    </message>
    <message>
        <source>Đề xuất {ref} “{title}” — {meeting}, {day}.</source>
        <translation>Đề xuất {ref} “{title}” — {meeting}, {day}.</translation>
    </message>
    <message>
        <source>Người đứng đầu đã phê duyệt bằng văn bản.</source>
        <translation>Người đứng đầu đã phê duyệt bằng văn bản.</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Phần ký in là:</source>
        <translation>Phần ký in là:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Ra văn bản và cấp số</source>
        <translation>Ra văn bản và cấp số</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Căn cứ, ghi chú (không bắt buộc):</source>
        <translation>Căn cứ, ghi chú (không bắt buộc):</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Văn bản sau cuộc họp</source>
        <translation>Văn bản sau cuộc họp</translation>
    </message>
    <message>
        <source>Ra văn bản…</source>
        <translation>Ra văn bản…</translation>
    </message>
    <message>
        <source>Chọn bản chụp hoặc bản ký số của văn bản đã ký</source>
        <translation>Chọn bản chụp hoặc bản ký số của văn bản đã ký</translation>
    </message>
    <message>
        <source>Quyết định phê duyệt (hoặc cho thực hiện thí điểm), hoặc thông báo kết luận trả lại, không phê duyệt; số lấy từ sổ đăng ký văn bản</source>
        <translation>Quyết định phê duyệt (hoặc cho thực hiện thí điểm), hoặc thông báo kết luận trả lại, không phê duyệt; số lấy từ sổ đăng ký văn bản</translation>
    </message>
    <message>
        <source>Chưa có văn bản. Văn bản ra sau khi biểu quyết xong (mọi thành viên có mặt được biểu quyết đã có phiếu).</source>
        <translation>Chưa có văn bản. Văn bản ra sau khi biểu quyết xong (mọi thành viên có mặt được biểu quyết đã có phiếu).</translation>
    </message>
    <message>
        <source>Chưa có văn bản. {reason}</source>
        <translation>Chưa có văn bản. {reason}</translation>
    </message>
    <message>
        <source>Chưa có văn bản: người đứng đầu ra quyết định hoặc thông báo kết luận.</source>
        <translation>Chưa có văn bản: người đứng đầu ra quyết định hoặc thông báo kết luận.</translation>
    </message>
    <message>
        <source>{kind} số {ref} ngày {day}: {outcome}. {title}. Người ký: {lines} {name}.</source>
        <translation>{kind} số {ref} ngày {day}: {outcome}. {title}. Người ký: {lines} {name}.</translation>
    </message>
    <message>
        <source>Lý do: {reasons}</source>
        <translation>Lý do: {reasons}</translation>
    </message>
    <message>
        <source>văn bản số {ref}</source>
        <translation>văn bản số {ref}</translation>
    </message>
    <message>
        <source>{kind} số {ref}</source>
        <translation>{kind} số {ref}</translation>
    </message>
    <message>
        <source>Đã ra văn bản số {ref}.</source>
        <translation>Đã ra văn bản số {ref}.</translation>
    </message>
    <message>
        <source>{ref} - {kind}.pdf</source>
        <translation>{ref} - {kind}.pdf</translation>
    </message>
</context>
<context>
    <name>DifficultyDialog</name>
    <message>
        <source>Báo cáo khó khăn, vướng mắc</source>
        <translation>Báo cáo khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>Đề xuất {ref}: khó khăn, vướng mắc trong quá trình thực hiện, để người đứng đầu biết và ghi vào báo cáo kết quả.</source>
        <translation>Đề xuất {ref}: khó khăn, vướng mắc trong quá trình thực hiện, để người đứng đầu biết và ghi vào báo cáo kết quả.</translation>
    </message>
    <message>
        <source>Nội dung (bắt buộc):</source>
        <translation>Nội dung (bắt buộc):</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Ghi</translation>
    </message>
</context>
<context>
    <name>DossierAction</name>
    <message>
        <source>In hồ sơ đề xuất…</source>
        <translation>In hồ sơ đề xuất…</translation>
    </message>
    <message>
        <source>Mọi văn bản của đề xuất theo thứ tự, kèm các bản chụp và danh mục mã SHA-256, trong một tệp PDF</source>
        <translation>Mọi văn bản của đề xuất theo thứ tự, kèm các bản chụp và danh mục mã SHA-256, trong một tệp PDF</translation>
    </message>
    <message>
        <source>{ref} - Hồ sơ đề xuất.pdf</source>
        <translation>{ref} - Hồ sơ đề xuất.pdf</translation>
    </message>
    <message>
        <source>Lưu hồ sơ đề xuất thành tệp PDF</source>
        <translation>Lưu hồ sơ đề xuất thành tệp PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được hồ sơ</source>
        <translation>Không lưu được hồ sơ</translation>
    </message>
    <message>
        <source>Đang in hồ sơ đề xuất {ref}…</source>
        <translation>Đang in hồ sơ đề xuất {ref}…</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ {ref} ({documents} tài liệu, {pages} trang) vào {path}.</source>
        <translation>Đã lưu hồ sơ {ref} ({documents} tài liệu, {pages} trang) vào {path}.</translation>
    </message>
    <message>
        <source>Không in được hồ sơ</source>
        <translation>Không in được hồ sơ</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Kết luận đánh giá kết quả thực hiện</source>
        <translation>Kết luận đánh giá kết quả thực hiện</translation>
    </message>
    <message>
        <source>Kết luận và cấp số</source>
        <translation>Kết luận và cấp số</translation>
    </message>
    <message>
        <source>Đề xuất {ref} “{title}” — {meeting}, {day}.</source>
        <translation>Đề xuất {ref} “{title}” — {meeting}, {day}.</translation>
    </message>
    <message>
        <source>Báo cáo: đạt {reached}/{total} chỉ tiêu ({suggested}); {damage}.</source>
        <translation>Báo cáo: đạt {reached}/{total} chỉ tiêu ({suggested}); {damage}.</translation>
    </message>
    <message>
        <source>có thiệt hại</source>
        <translation>có thiệt hại</translation>
    </message>
    <message>
        <source>không gây thiệt hại</source>
        <translation>không gây thiệt hại</translation>
    </message>
    <message>
        <source>Không phát hiện việc lợi dụng chủ trương</source>
        <translation>Không phát hiện việc lợi dụng chủ trương</translation>
    </message>
    <message>
        <source>Có dấu hiệu lợi dụng chủ trương để:</source>
        <translation>Có dấu hiệu lợi dụng chủ trương để:</translation>
    </message>
    <message>
        <source>(chọn biện pháp)</source>
        <translation>(chọn biện pháp)</translation>
    </message>
    <message>
        <source>Kết quả thực hiện:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <source>Điều kiện được bảo đảm:</source>
        <translation>Điều kiện được bảo đảm:</translation>
    </message>
    <message>
        <source>Lợi dụng chủ trương:</source>
        <translation>Lợi dụng chủ trương:</translation>
    </message>
    <message>
        <source>Khi có thiệt hại:</source>
        <translation>Khi có thiệt hại:</translation>
    </message>
    <message>
        <source>Kết luận về bảo vệ cán bộ:</source>
        <translation>Kết luận về bảo vệ cán bộ:</translation>
    </message>
    <message>
        <source>Nhận xét của cuộc họp:</source>
        <translation>Nhận xét của cuộc họp:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Ngày ban hành:</source>
        <translation>Ngày ban hành:</translation>
    </message>
</context>
<context>
    <name>EvaluationBox</name>
    <message>
        <source>Kết luận đánh giá kết quả thực hiện</source>
        <translation>Kết luận đánh giá kết quả thực hiện</translation>
    </message>
    <message>
        <source>Kết luận đánh giá…</source>
        <translation>Kết luận đánh giá…</translation>
    </message>
    <message>
        <source>Chọn bản chụp hoặc bản ký số của kết luận đã ký</source>
        <translation>Chọn bản chụp hoặc bản ký số của kết luận đã ký</translation>
    </message>
    <message>
        <source>Cuộc họp không thông qua kết quả đánh giá ({in_favour}/{voting} tán thành): chưa kết luận được. Người đứng đầu đưa kết quả ra một cuộc họp khác để đánh giá lại.</source>
        <translation>Cuộc họp không thông qua kết quả đánh giá ({in_favour}/{voting} tán thành): chưa kết luận được. Người đứng đầu đưa kết quả ra một cuộc họp khác để đánh giá lại.</translation>
    </message>
    <message>
        <source>Kết quả, các điều kiện, việc bảo vệ cán bộ; số lấy từ sổ đăng ký</source>
        <translation>Kết quả, các điều kiện, việc bảo vệ cán bộ; số lấy từ sổ đăng ký</translation>
    </message>
    <message>
        <source>thông báo số {ref}</source>
        <translation>thông báo số {ref}</translation>
    </message>
    <message>
        <source>Chưa có kết luận. Kết luận sau khi biểu quyết xong và có ý kiến của cấp ủy về kết quả.</source>
        <translation>Chưa có kết luận. Kết luận sau khi biểu quyết xong và có ý kiến của cấp ủy về kết quả.</translation>
    </message>
    <message>
        <source>Chưa có kết luận. {reason}</source>
        <translation>Chưa có kết luận. {reason}</translation>
    </message>
    <message>
        <source>Chưa có kết luận: người đứng đầu kết luận đánh giá và việc bảo vệ cán bộ.</source>
        <translation>Chưa có kết luận: người đứng đầu kết luận đánh giá và việc bảo vệ cán bộ.</translation>
    </message>
    <message>
        <source>Thông báo số {ref} ngày {day}: {result}. {ruling}</source>
        <translation>Thông báo số {ref} ngày {day}: {result}. {ruling}</translation>
    </message>
    <message>
        <source>Thông báo kết luận đánh giá số {ref}</source>
        <translation>Thông báo kết luận đánh giá số {ref}</translation>
    </message>
    <message>
        <source>Đã ban hành kết luận đánh giá.</source>
        <translation>Đã ban hành kết luận đánh giá.</translation>
    </message>
    <message>
        <source>{ref} - Kết luận đánh giá.pdf</source>
        <translation>{ref} - Kết luận đánh giá.pdf</translation>
    </message>
</context>
<context>
    <name>FileCheckTab</name>
    <message>
        <source>Chọn tệp PDF, hoặc kéo thả tệp vào đây</source>
        <translation>Chọn tệp PDF, hoặc kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>Mở tệp PDF…</source>
        <translation>Mở tệp PDF…</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Chọn tệp PDF cần kiểm tra</source>
        <translation>Chọn tệp PDF cần kiểm tra</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf);;Mọi tệp (*)</source>
        <translation>Tệp PDF (*.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra {name}…</source>
        <translation>Đang kiểm tra {name}…</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Kết thúc thực hiện đề xuất</source>
        <translation>Kết thúc thực hiện đề xuất</translation>
    </message>
    <message>
        <source>Kết thúc thực hiện</source>
        <translation>Kết thúc thực hiện</translation>
    </message>
    <message>
        <source>Sau khi kết thúc, người thực hiện báo cáo kết quả bằng văn bản trong 05 ngày làm việc (Nghị định 73/2023/NĐ-CP, Điều 10).</source>
        <translation>Sau khi kết thúc, người thực hiện báo cáo kết quả bằng văn bản trong 05 ngày làm việc (Nghị định 73/2023/NĐ-CP, Điều 10).</translation>
    </message>
    <message>
        <source>Ngày kết thúc:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Phiên bản {n}</source>
        <translation>Phiên bản {n}</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Song song</source>
        <translation>Song song</translation>
    </message>
    <message>
        <source>Từng dòng</source>
        <translation>Từng dòng</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>với</source>
        <translation>với</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Phiên bản và thay đổi</source>
        <translation>Phiên bản và thay đổi</translation>
    </message>
    <message>
        <source>Chuyển trạng thái</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Phiên bản {n} ({time})</source>
        <translation>Phiên bản {n} ({time})</translation>
    </message>
    <message>
        <source>Nội dung hiện tại</source>
        <translation>Nội dung hiện tại</translation>
    </message>
    <message>
        <source>Chưa có phiên bản nào: phiên bản 1 được lưu khi trình.</source>
        <translation>Chưa có phiên bản nào: phiên bản 1 được lưu khi trình.</translation>
    </message>
    <message>
        <source>Đang so sánh…</source>
        <translation>Đang so sánh…</translation>
    </message>
    <message>
        <source>Hai bản giống nhau.</source>
        <translation>Hai bản giống nhau.</translation>
    </message>
</context>
<context>
    <name>ImplementationDocuments</name>
    <message>
        <source>Văn bản đã ký</source>
        <translation>Văn bản đã ký</translation>
    </message>
    <message>
        <source>Chọn bản chụp hoặc bản ký số của báo cáo đã ký</source>
        <translation>Chọn bản chụp hoặc bản ký số của báo cáo đã ký</translation>
    </message>
    <message>
        <source>Chọn bản chụp hoặc bản ký số của quyết định điều chỉnh đã ký</source>
        <translation>Chọn bản chụp hoặc bản ký số của quyết định điều chỉnh đã ký</translation>
    </message>
    <message>
        <source>Báo cáo kết quả:</source>
        <translation>Báo cáo kết quả:</translation>
    </message>
    <message>
        <source>Quyết định điều chỉnh:</source>
        <translation>Quyết định điều chỉnh:</translation>
    </message>
    <message>
        <source>báo cáo kết quả thực hiện {ref}</source>
        <translation>báo cáo kết quả thực hiện {ref}</translation>
    </message>
    <message>
        <source>Số {ref} ngày {day} — {state}</source>
        <translation>Số {ref} ngày {day} — {state}</translation>
    </message>
    <message>
        <source>quyết định số {ref}</source>
        <translation>quyết định số {ref}</translation>
    </message>
    <message>
        <source>{ref} - Quyết định điều chỉnh.pdf</source>
        <translation>{ref} - Quyết định điều chỉnh.pdf</translation>
    </message>
</context>
<context>
    <name>ImplementationPanel</name>
    <message>
        <source>Bắt đầu thực hiện…</source>
        <translation>Bắt đầu thực hiện…</translation>
    </message>
    <message>
        <source>Ghi số liệu…</source>
        <translation>Ghi số liệu…</translation>
    </message>
    <message>
        <source>Báo khó khăn…</source>
        <translation>Báo khó khăn…</translation>
    </message>
    <message>
        <source>Kết thúc thực hiện…</source>
        <translation>Kết thúc thực hiện…</translation>
    </message>
    <message>
        <source>Báo cáo kết quả…</source>
        <translation>Báo cáo kết quả…</translation>
    </message>
    <message>
        <source>Điều chỉnh…</source>
        <translation>Điều chỉnh…</translation>
    </message>
    <message>
        <source>Tạm dừng…</source>
        <translation>Tạm dừng…</translation>
    </message>
    <message>
        <source>Tiếp tục…</source>
        <translation>Tiếp tục…</translation>
    </message>
    <message>
        <source>Dừng…</source>
        <translation>Dừng…</translation>
    </message>
    <message>
        <source>Kết luận đánh giá…</source>
        <translation>Kết luận đánh giá…</translation>
    </message>
    <message>
        <source>Xem báo cáo…</source>
        <translation>Xem báo cáo…</translation>
    </message>
    <message>
        <source>Xem kết luận…</source>
        <translation>Xem kết luận…</translation>
    </message>
    <message>
        <source>{state}: chưa bắt đầu thực hiện.</source>
        <translation>{state}: chưa bắt đầu thực hiện.</translation>
    </message>
    <message>
        <source>{state} — bắt đầu {start}; người thực hiện: {names}.</source>
        <translation>{state} — bắt đầu {start}; người thực hiện: {names}.</translation>
    </message>
    <message>
        <source>kết thúc dự kiến {day}</source>
        <translation>kết thúc dự kiến {day}</translation>
    </message>
    <message>
        <source>{how} ngày {day}</source>
        <translation>{how} ngày {day}</translation>
    </message>
    <message>
        <source>hạn báo cáo kết quả: {day}</source>
        <translation>hạn báo cáo kết quả: {day}</translation>
    </message>
    <message>
        <source>QUÁ HẠN</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source> (kế hoạch: {planned}; điều chỉnh theo {ref})</source>
        <translation> (kế hoạch: {planned}; điều chỉnh theo {ref})</translation>
    </message>
    <message>
        <source>Họp đánh giá chậm nhất ngày {day}{late}.</source>
        <translation>Họp đánh giá chậm nhất ngày {day}{late}.</translation>
    </message>
    <message>
        <source>Cuộc họp ngày {day} không thông qua kết quả đánh giá: người đứng đầu đưa ra một cuộc họp khác.</source>
        <translation>Cuộc họp ngày {day} không thông qua kết quả đánh giá: người đứng đầu đưa ra một cuộc họp khác.</translation>
    </message>
    <message>
        <source>Báo cáo kết quả ngày {day}: đạt {reached}/{total} chỉ tiêu{late}.</source>
        <translation>Báo cáo kết quả ngày {day}: đạt {reached}/{total} chỉ tiêu{late}.</translation>
    </message>
    <message>
        <source>Kết luận số {ref} ngày {day}: {result}. {ruling}</source>
        <translation>Kết luận số {ref} ngày {day}: {result}. {ruling}</translation>
    </message>
    <message>
        <source>Họp đánh giá ngày {day} (hạn {due})</source>
        <translation>Họp đánh giá ngày {day} (hạn {due})</translation>
    </message>
    <message>
        <source>Báo cáo kết quả {ref}</source>
        <translation>Báo cáo kết quả {ref}</translation>
    </message>
    <message>
        <source>{ref} - Báo cáo kết quả.pdf</source>
        <translation>{ref} - Báo cáo kết quả.pdf</translation>
    </message>
    <message>
        <source>{ref} - Kết luận đánh giá.pdf</source>
        <translation>{ref} - Kết luận đánh giá.pdf</translation>
    </message>
    <message>
        <source>Đã ghi.</source>
        <translation>Đã ghi.</translation>
    </message>
    <message>
        <source>Theo số liệu đã ghi: đạt {reached}/{total} chỉ tiêu.</source>
        <translation>Theo số liệu đã ghi: đạt {reached}/{total} chỉ tiêu.</translation>
    </message>
    <message>
        <source>Đã ban hành kết luận đánh giá.</source>
        <translation>Đã ban hành kết luận đánh giá.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Nhập danh sách nhiệm vụ từ Excel</source>
        <translation>Nhập danh sách nhiệm vụ từ Excel</translation>
    </message>
    <message>
        <source>Chưa chọn tệp.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Cột trong tệp ứng với từng thông tin (đổi nếu nhận sai)</source>
        <translation>Cột trong tệp ứng với từng thông tin (đổi nếu nhận sai)</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Ngày giao</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Hạn xử lý</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Mức độ khẩn</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <source>Số/ký hiệu văn bản</source>
        <translation>Số/ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Lý do bỏ qua</source>
        <translation>Lý do bỏ qua</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Chọn danh sách nhiệm vụ</source>
        <translation>Chọn danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation>Bảng tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đang đọc tệp {name}…</source>
        <translation>Đang đọc tệp {name}…</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Trang tính “{sheet}”, dòng tiêu đề {header}: {ready} dòng sẵn sàng nhập, {skipped} dòng đã nhập trước đây (bỏ qua), {errors} dòng lỗi. Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation>Trang tính “{sheet}”, dòng tiêu đề {header}: {ready} dòng sẵn sàng nhập, {skipped} dòng đã nhập trước đây (bỏ qua), {errors} dòng lỗi. Chưa có gì được ghi cho đến khi bấm “Nhập”.</translation>
    </message>
    <message>
        <source>(không dùng)</source>
        <translation>(không dùng)</translation>
    </message>
    <message>
        <source>Sẵn sàng nhập ({count})</source>
        <translation>Sẵn sàng nhập ({count})</translation>
    </message>
    <message>
        <source>Đã nhập trước đây ({count})</source>
        <translation>Đã nhập trước đây ({count})</translation>
    </message>
    <message>
        <source>Dòng lỗi ({count})</source>
        <translation>Dòng lỗi ({count})</translation>
    </message>
    <message>
        <source>Nhập {count} nhiệm vụ</source>
        <translation>Nhập {count} nhiệm vụ</translation>
    </message>
    <message>
        <source>Đã nhập thành nhiệm vụ {ref}</source>
        <translation>Đã nhập thành nhiệm vụ {ref}</translation>
    </message>
    <message>
        <source>Trùng với dòng {row} của tệp</source>
        <translation>Trùng với dòng {row} của tệp</translation>
    </message>
    <message>
        <source>Đang nhập {count} nhiệm vụ…</source>
        <translation>Đang nhập {count} nhiệm vụ…</translation>
    </message>
    <message>
        <source>Đã nhập {count} nhiệm vụ.</source>
        <translation>Đã nhập {count} nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Chỉ tiêu định lượng của hiệu quả dự kiến: mỗi chỉ tiêu cần tên, đơn vị tính, giá trị hiện tại và mục tiêu, để sau này đo được kết quả. Nhấn đúp vào ô để sửa.</source>
        <translation>Chỉ tiêu định lượng của hiệu quả dự kiến: mỗi chỉ tiêu cần tên, đơn vị tính, giá trị hiện tại và mục tiêu, để sau này đo được kết quả. Nhấn đúp vào ô để sửa.</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Hiện trạng</source>
        <translation>Hiện trạng</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Thời hạn (dd/mm/yyyy)</source>
        <translation>Thời hạn (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Xóa chỉ tiêu đã chọn</source>
        <translation>Xóa chỉ tiêu đã chọn</translation>
    </message>
    <message>
        <source>Thời hạn của chỉ tiêu thứ {n} (“{text}”) nằm ngoài khoảng {first} – {last}.</source>
        <translation>Thời hạn của chỉ tiêu thứ {n} (“{text}”) nằm ngoài khoảng {first} – {last}.</translation>
    </message>
    <message>
        <source>Thời hạn của chỉ tiêu thứ {n} (“{text}”) không phải ngày dạng dd/mm/yyyy.</source>
        <translation>Thời hạn của chỉ tiêu thứ {n} (“{text}”) không phải ngày dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Mở đề xuất</source>
        <translation>Mở đề xuất</translation>
    </message>
    <message>
        <source>Ý kiến về đề xuất</source>
        <translation>Ý kiến về đề xuất</translation>
    </message>
    <message>
        <source>Trình bày đề xuất (tóm tắt):</source>
        <translation>Trình bày đề xuất (tóm tắt):</translation>
    </message>
    <message>
        <source>Kết luận về đề xuất:</source>
        <translation>Kết luận về đề xuất:</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Đã lưu phần trình bày và kết luận.</source>
        <translation>Đã lưu phần trình bày và kết luận.</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Trình bày, ý kiến, kết luận</source>
        <translation>Trình bày, ý kiến, kết luận</translation>
    </message>
    <message>
        <source>Người đề xuất: {name}</source>
        <translation>Người đề xuất: {name}</translation>
    </message>
    <message>
        <source>đánh giá kết quả thực hiện</source>
        <translation>đánh giá kết quả thực hiện</translation>
    </message>
    <message>
        <source>phạm vi rộng, phức tạp</source>
        <translation>phạm vi rộng, phức tạp</translation>
    </message>
    <message>
        <source>hạn họp xét: {day}</source>
        <translation>hạn họp xét: {day}</translation>
    </message>
    <message>
        <source>hạn họp đánh giá: {day}</source>
        <translation>hạn họp đánh giá: {day}</translation>
    </message>
    <message>
        <source>HỌP MUỘN: sau 07 ngày làm việc kể từ ngày báo cáo kết quả</source>
        <translation>HỌP MUỘN: sau 07 ngày làm việc kể từ ngày báo cáo kết quả</translation>
    </message>
    <message>
        <source>HỌP MUỘN: sau 07 ngày làm việc kể từ ngày tiếp nhận</source>
        <translation>HỌP MUỘN: sau 07 ngày làm việc kể từ ngày tiếp nhận</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>Chứng thư số của người ký</source>
        <translation>Chứng thư số của người ký</translation>
    </message>
    <message>
        <source>Tệp chứng thư số (.p12, .pfx)</source>
        <translation>Tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Thiết bị ký số (USB token)</source>
        <translation>Thiết bị ký số (USB token)</translation>
    </message>
    <message>
        <source>tệp .p12 hoặc .pfx do tổ chức chứng thực cấp</source>
        <translation>tệp .p12 hoặc .pfx do tổ chức chứng thực cấp</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Tệp chứng thư số:</source>
        <translation>Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>thư viện PKCS#11 đi kèm thiết bị (.dll, .so)</source>
        <translation>thư viện PKCS#11 đi kèm thiết bị (.dll, .so)</translation>
    </message>
    <message>
        <source>để trống: thiết bị đầu tiên tìm thấy</source>
        <translation>để trống: thiết bị đầu tiên tìm thấy</translation>
    </message>
    <message>
        <source>để trống: như tên khóa ký</source>
        <translation>để trống: như tên khóa ký</translation>
    </message>
    <message>
        <source>Thư viện PKCS#11:</source>
        <translation>Thư viện PKCS#11:</translation>
    </message>
    <message>
        <source>Tên thiết bị:</source>
        <translation>Tên thiết bị:</translation>
    </message>
    <message>
        <source>Tên khóa ký:</source>
        <translation>Tên khóa ký:</translation>
    </message>
    <message>
        <source>Tên chứng thư số:</source>
        <translation>Tên chứng thư số:</translation>
    </message>
    <message>
        <source>Mã PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <source>Đọc chứng thư số</source>
        <translation>Đọc chứng thư số</translation>
    </message>
    <message>
        <source>Chưa đọc chứng thư số.</source>
        <translation>Chưa đọc chứng thư số.</translation>
    </message>
    <message>
        <source>Chọn tệp chứng thư số</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <source>Chứng thư số PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)</source>
        <translation>Chứng thư số PKCS#12 (*.p12 *.pfx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Chọn thư viện của thiết bị ký số</source>
        <translation>Chọn thư viện của thiết bị ký số</translation>
    </message>
    <message>
        <source>Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</source>
        <translation>Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Chọn tệp chứng thư số (.p12, .pfx).</source>
        <translation>Chọn tệp chứng thư số (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Chọn thư viện PKCS#11 của thiết bị ký số (tệp .dll hoặc .so cài cùng thiết bị).</source>
        <translation>Chọn thư viện PKCS#11 của thiết bị ký số (tệp .dll hoặc .so cài cùng thiết bị).</translation>
    </message>
    <message>
        <source>Nhập tên khóa ký trên thiết bị ký số.</source>
        <translation>Nhập tên khóa ký trên thiết bị ký số.</translation>
    </message>
    <message>
        <source>Nhập mã PIN của thiết bị ký số.</source>
        <translation>Nhập mã PIN của thiết bị ký số.</translation>
    </message>
    <message>
        <source>Người ký: {name} — số hiệu {serial}, do {issuer} cấp, hiệu lực {since} – {until}.</source>
        <translation>Người ký: {name} — số hiệu {serial}, do {issuer} cấp, hiệu lực {since} – {until}.</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>In báo cáo…</source>
        <translation>In báo cáo…</translation>
    </message>
    <message>
        <source>Chỉ tiêu của Nghị quyết (bấm vào một chỉ tiêu để xem danh sách)</source>
        <translation>Chỉ tiêu của Nghị quyết (bấm vào một chỉ tiêu để xem danh sách)</translation>
    </message>
    <message>
        <source>Đề xuất trong kỳ theo trạng thái và kết luận</source>
        <translation>Đề xuất trong kỳ theo trạng thái và kết luận</translation>
    </message>
    <message>
        <source>Bấm vào một chỉ tiêu để xem danh sách phía sau con số.</source>
        <translation>Bấm vào một chỉ tiêu để xem danh sách phía sau con số.</translation>
    </message>
    <message>
        <source>Từng cá nhân trong kỳ</source>
        <translation>Từng cá nhân trong kỳ</translation>
    </message>
    <message>
        <source>Danh sách phía sau con số</source>
        <translation>Danh sách phía sau con số</translation>
    </message>
    <message>
        <source>Đang tính chỉ tiêu…</source>
        <translation>Đang tính chỉ tiêu…</translation>
    </message>
    <message>
        <source>Chỉ tiêu {period} ({counted})</source>
        <translation>Chỉ tiêu {period} ({counted})</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn chưa xong (hạn gần nhất trước)</source>
        <translation>Hồ sơ quá hạn chưa xong (hạn gần nhất trước)</translation>
    </message>
    <message>
        <source>Nhiệm vụ hỏa tốc được giao trong kỳ</source>
        <translation>Nhiệm vụ hỏa tốc được giao trong kỳ</translation>
    </message>
    <message>
        <source>Nhiệm vụ có hạn dưới {days} ngày làm việc</source>
        <translation>Nhiệm vụ có hạn dưới {days} ngày làm việc</translation>
    </message>
    <message>
        <source>Nhiệm vụ được gia hạn (chỉ tiêu tính theo hạn ban đầu)</source>
        <translation>Nhiệm vụ được gia hạn (chỉ tiêu tính theo hạn ban đầu)</translation>
    </message>
    <message>
        <source>Cá nhân có việc hoàn thành trong kỳ và tỷ lệ đủ sớm</source>
        <translation>Cá nhân có việc hoàn thành trong kỳ và tỷ lệ đủ sớm</translation>
    </message>
    <message>
        <source>Cá nhân có việc quá hạn trong kỳ</source>
        <translation>Cá nhân có việc quá hạn trong kỳ</translation>
    </message>
    <message>
        <source>Tổ chức đảng và đề xuất đột phá trong kỳ</source>
        <translation>Tổ chức đảng và đề xuất đột phá trong kỳ</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn chưa xong theo người giao</source>
        <translation>Hồ sơ quá hạn chưa xong theo người giao</translation>
    </message>
    <message>
        <source>Con số này không có danh sách nhiệm vụ đi kèm; xem các đề xuất ở mục “Đề xuất”.</source>
        <translation>Con số này không có danh sách nhiệm vụ đi kèm; xem các đề xuất ở mục “Đề xuất”.</translation>
    </message>
    <message>
        <source>Xuất chỉ tiêu ra tệp Excel</source>
        <translation>Xuất chỉ tiêu ra tệp Excel</translation>
    </message>
    <message>
        <source>Chỉ tiêu {period}.xlsx</source>
        <translation>Chỉ tiêu {period}.xlsx</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu tệp {path}</source>
        <translation>Đã lưu tệp {path}</translation>
    </message>
    <message>
        <source>Đang xuất tệp Excel…</source>
        <translation>Đang xuất tệp Excel…</translation>
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
        <source>Việc cần xử lý</source>
        <translation>Việc cần xử lý</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Họp và quyết định</source>
        <translation>Họp và quyết định</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
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
        <source>Đổi người dùng…</source>
        <translation>Đổi người dùng…</translation>
    </message>
    <message>
        <source>Đăng xuất và đăng nhập bằng tài khoản khác trên máy này</source>
        <translation>Đăng xuất và đăng nhập bằng tài khoản khác trên máy này</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>Kiểm tra văn bản…</source>
        <translation>Kiểm tra văn bản…</translation>
    </message>
    <message>
        <source>Kiểm tra bản giấy qua mã QR, hoặc chữ ký số của một tệp PDF</source>
        <translation>Kiểm tra bản giấy qua mã QR, hoặc chữ ký số của một tệp PDF</translation>
    </message>
    <message>
        <source>Nhập danh sách nhiệm vụ từ Excel…</source>
        <translation>Nhập danh sách nhiệm vụ từ Excel…</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Hồ sơ cán bộ của tôi…</source>
        <translation>Hồ sơ cán bộ của tôi…</translation>
    </message>
    <message>
        <source>Tổng kết năm…</source>
        <translation>Tổng kết năm…</translation>
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
    <name>MeetingWindow</name>
    <message>
        <source>Mở biên bản đã ký</source>
        <translation>Mở biên bản đã ký</translation>
    </message>
    <message>
        <source>Thành viên, điểm danh</source>
        <translation>Thành viên, điểm danh</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Giấy mời…</source>
        <translation>Giấy mời…</translation>
    </message>
    <message>
        <source>Biên bản…</source>
        <translation>Biên bản…</translation>
    </message>
    <message>
        <source>Xem bản in giấy mời, để in hoặc lưu PDF</source>
        <translation>Xem bản in giấy mời, để in hoặc lưu PDF</translation>
    </message>
    <message>
        <source>Xem bản in biên bản cuộc họp (Mẫu 1.9), để in hoặc lưu PDF</source>
        <translation>Xem bản in biên bản cuộc họp (Mẫu 1.9), để in hoặc lưu PDF</translation>
    </message>
    <message>
        <source>Thêm đề xuất…</source>
        <translation>Thêm đề xuất…</translation>
    </message>
    <message>
        <source>Rút đề xuất…</source>
        <translation>Rút đề xuất…</translation>
    </message>
    <message>
        <source>Hoãn họp…</source>
        <translation>Hoãn họp…</translation>
    </message>
    <message>
        <source>Kết thúc họp…</source>
        <translation>Kết thúc họp…</translation>
    </message>
    <message>
        <source>Đính kèm biên bản đã ký…</source>
        <translation>Đính kèm biên bản đã ký…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ký số biên bản…</source>
        <translation>Ký số biên bản…</translation>
    </message>
    <message>
        <source>{title} — {day}</source>
        <translation>{title} — {day}</translation>
    </message>
    <message>
        <source>Thời gian: {when}</source>
        <translation>Thời gian: {when}</translation>
    </message>
    <message>
        <source>Địa điểm: {place}</source>
        <translation>Địa điểm: {place}</translation>
    </message>
    <message>
        <source>Trạng thái: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <source>kết thúc {when}</source>
        <translation>kết thúc {when}</translation>
    </message>
    <message>
        <source>Giấy mời số {ref}</source>
        <translation>Giấy mời số {ref}</translation>
    </message>
    <message>
        <source>Biên bản số {ref}</source>
        <translation>Biên bản số {ref}</translation>
    </message>
    <message>
        <source>Cuộc họp đã hoãn. Lý do: {reason}</source>
        <translation>Cuộc họp đã hoãn. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Biên bản: {state}</source>
        <translation>Biên bản: {state}</translation>
    </message>
    <message>
        <source>Biên bản: {state} — in biên bản, trình ký rồi đính kèm bản đã ký.</source>
        <translation>Biên bản: {state} — in biên bản, trình ký rồi đính kèm bản đã ký.</translation>
    </message>
    <message>
        <source>Điểm danh trước khi kết thúc cuộc họp.</source>
        <translation>Điểm danh trước khi kết thúc cuộc họp.</translation>
    </message>
    <message>
        <source>Đã thêm đề xuất vào chương trình họp.</source>
        <translation>Đã thêm đề xuất vào chương trình họp.</translation>
    </message>
    <message>
        <source>Đã rút đề xuất khỏi chương trình họp.</source>
        <translation>Đã rút đề xuất khỏi chương trình họp.</translation>
    </message>
    <message>
        <source>Đã hoãn cuộc họp.</source>
        <translation>Đã hoãn cuộc họp.</translation>
    </message>
    <message>
        <source>Đã kết thúc cuộc họp; biên bản số {ref}.</source>
        <translation>Đã kết thúc cuộc họp; biên bản số {ref}.</translation>
    </message>
    <message>
        <source>Chọn bản chụp biên bản đã ký</source>
        <translation>Chọn bản chụp biên bản đã ký</translation>
    </message>
    <message>
        <source>Đính kèm “{name}” làm bản đã ký của biên bản? Sau đó không sửa được gì của cuộc họp này nữa; mọi thay đổi cần một văn bản mới có số.</source>
        <translation>Đính kèm “{name}” làm bản đã ký của biên bản? Sau đó không sửa được gì của cuộc họp này nữa; mọi thay đổi cần một văn bản mới có số.</translation>
    </message>
    <message>
        <source>Biên bản: {state}.</source>
        <translation>Biên bản: {state}.</translation>
    </message>
    <message>
        <source>Đang đính kèm bản đã ký…</source>
        <translation>Đang đính kèm bản đã ký…</translation>
    </message>
    <message>
        <source>Giấy mời</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>{kind} - {title}.pdf</source>
        <translation>{kind} - {title}.pdf</translation>
    </message>
</context>
<context>
    <name>MeetingsLine</name>
    <message>
        <source>Mở cuộc họp</source>
        <translation>Mở cuộc họp</translation>
    </message>
    <message>
        <source>{kind} {when} ({state})</source>
        <translation>{kind} {when} ({state})</translation>
    </message>
    <message>
        <source>Đưa ra họp: {meetings}.</source>
        <translation>Đưa ra họp: {meetings}.</translation>
    </message>
    <message>
        <source>Văn bản số {ref}: {outcome} ({signed}).</source>
        <translation>Văn bản số {ref}: {outcome} ({signed}).</translation>
    </message>
    <message>
        <source>Mở cuộc họp ▾</source>
        <translation>Mở cuộc họp ▾</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Họp và quyết định</source>
        <translation>Họp và quyết định</translation>
    </message>
    <message>
        <source>Triệu tập…</source>
        <translation>Triệu tập…</translation>
    </message>
    <message>
        <source>Triệu tập họp tập thể lãnh đạo hoặc Hội đồng đánh giá đề xuất đổi mới, sáng tạo; cấp số giấy mời</source>
        <translation>Triệu tập họp tập thể lãnh đạo hoặc Hội đồng đánh giá đề xuất đổi mới, sáng tạo; cấp số giấy mời</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào.</source>
        <translation>Chưa có cuộc họp nào.</translation>
    </message>
    <message>
        <source>{count} cuộc họp, trong đó {late} cuộc họp muộn (sau 07 ngày làm việc kể từ ngày tiếp nhận).</source>
        <translation>{count} cuộc họp, trong đó {late} cuộc họp muộn (sau 07 ngày làm việc kể từ ngày tiếp nhận).</translation>
    </message>
    <message>
        <source>{count} cuộc họp.</source>
        <translation>{count} cuộc họp.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Ý kiến chung về cuộc họp</source>
        <translation>Ý kiến chung về cuộc họp</translation>
    </message>
    <message>
        <source>Diễn biến cuộc họp (ghi vào biên bản):</source>
        <translation>Diễn biến cuộc họp (ghi vào biên bản):</translation>
    </message>
    <message>
        <source>Kết luận của chủ trì:</source>
        <translation>Kết luận của chủ trì:</translation>
    </message>
    <message>
        <source>Lưu biên bản</source>
        <translation>Lưu biên bản</translation>
    </message>
    <message>
        <source>Đã lưu biên bản.</source>
        <translation>Đã lưu biên bản.</translation>
    </message>
    <message>
        <source>Chỉ xem: thư ký ghi biên bản khi cuộc họp chưa kết thúc.</source>
        <translation>Chỉ xem: thư ký ghi biên bản khi cuộc họp chưa kết thúc.</translation>
    </message>
    <message>
        <source>Biên bản đã ký: không sửa được nữa.</source>
        <translation>Biên bản đã ký: không sửa được nữa.</translation>
    </message>
</context>
<context>
    <name>MistakenDialog</name>
    <message>
        <source>Đánh dấu đính kèm nhầm</source>
        <translation>Đánh dấu đính kèm nhầm</translation>
    </message>
    <message>
        <source>Tệp “{name}” đã thuộc hồ sơ đã trình nên không xóa được. Tệp vẫn được lưu và hiện trong danh sách với ghi chú “Đính kèm nhầm” cùng lý do; việc đánh dấu được ghi vào lịch sử.</source>
        <translation>Tệp “{name}” đã thuộc hồ sơ đã trình nên không xóa được. Tệp vẫn được lưu và hiện trong danh sách với ghi chú “Đính kèm nhầm” cùng lý do; việc đánh dấu được ghi vào lịch sử.</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Đánh dấu</source>
        <translation>Đánh dấu</translation>
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
    <name>MonthGrid</name>
    <message>
        <source>{n} việc</source>
        <translation>{n} việc</translation>
    </message>
    <message>
        <source>{n} quá hạn</source>
        <translation>{n} quá hạn</translation>
    </message>
    <message>
        <source>ngày nghỉ</source>
        <translation>ngày nghỉ</translation>
    </message>
    <message>
        <source>T2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>T3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>T4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>T5</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>T6</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>T7</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>CN</source>
        <translation>CN</translation>
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
    <name>NewTaskDialog</name>
    <message>
        <source>Giao việc mới</source>
        <translation>Giao việc mới</translation>
    </message>
    <message>
        <source>Trích yếu nhiệm vụ</source>
        <translation>Trích yếu nhiệm vụ</translation>
    </message>
    <message>
        <source>Số/ký hiệu, ví dụ 12/UBND-KT</source>
        <translation>Số/ký hiệu, ví dụ 12/UBND-KT</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Gõ tên (có dấu hoặc không dấu) hoặc tên đăng nhập</source>
        <translation>Gõ tên (có dấu hoặc không dấu) hoặc tên đăng nhập</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Số ngày làm việc</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Văn bản giao:</source>
        <translation>Văn bản giao:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Người chủ trì:</source>
        <translation>Người chủ trì:</translation>
    </message>
    <message>
        <source>Người phối hợp:</source>
        <translation>Người phối hợp:</translation>
    </message>
    <message>
        <source>Ngày giao:</source>
        <translation>Ngày giao:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Hạn xử lý:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>Mức độ khẩn:</source>
        <translation>Mức độ khẩn:</translation>
    </message>
    <message>
        <source>Giao việc</source>
        <translation>Giao việc</translation>
    </message>
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
    <message>
        <source>{weekday}, {day} (tính theo lịch làm việc)</source>
        <translation>{weekday}, {day} (tính theo lịch làm việc)</translation>
    </message>
</context>
<context>
    <name>OfficialRecordDialog</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên đề xuất</source>
        <translation>Tên đề xuất</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kết quả đánh giá</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Bảo vệ cán bộ</source>
        <translation>Bảo vệ cán bộ</translation>
    </message>
    <message>
        <source>Khen thưởng</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Ghi nhận khen thưởng…</source>
        <translation>Ghi nhận khen thưởng…</translation>
    </message>
    <message>
        <source>Xóa ghi nhận…</source>
        <translation>Xóa ghi nhận…</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Hồ sơ cán bộ — {name}</source>
        <translation>Hồ sơ cán bộ — {name}</translation>
    </message>
    <message>
        <source>Đã đề xuất {proposed} đề xuất (chủ trì hoặc đồng đề xuất), tham gia thực hiện {implemented}; {evaluated} đã được kết luận đánh giá, {completed} hoàn thành; {commended} khen thưởng đã ghi nhận.</source>
        <translation>Đã đề xuất {proposed} đề xuất (chủ trì hoặc đồng đề xuất), tham gia thực hiện {implemented}; {evaluated} đã được kết luận đánh giá, {completed} hoàn thành; {commended} khen thưởng đã ghi nhận.</translation>
    </message>
    <message>
        <source>Chọn một đề xuất để xem chi tiết.</source>
        <translation>Chọn một đề xuất để xem chi tiết.</translation>
    </message>
    <message>
        <source>Cán bộ chưa đề xuất hoặc tham gia thực hiện đề xuất đổi mới, sáng tạo nào đã được trình.</source>
        <translation>Cán bộ chưa đề xuất hoặc tham gia thực hiện đề xuất đổi mới, sáng tạo nào đã được trình.</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Về trách nhiệm</source>
        <translation>Về trách nhiệm</translation>
    </message>
    <message>
        <source>Hồ sơ cán bộ {name}</source>
        <translation>Hồ sơ cán bộ {name}</translation>
    </message>
    <message>
        <source>Hồ sơ cán bộ - {name}.pdf</source>
        <translation>Hồ sơ cán bộ - {name}.pdf</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Ghi ý kiến phát biểu</source>
        <translation>Ghi ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Ghi ý kiến</translation>
    </message>
    <message>
        <source>Khách mời (ghi họ tên)…</source>
        <translation>Khách mời (ghi họ tên)…</translation>
    </message>
    <message>
        <source>Cả cuộc họp</source>
        <translation>Cả cuộc họp</translation>
    </message>
    <message>
        <source>Người phát biểu:</source>
        <translation>Người phát biểu:</translation>
    </message>
    <message>
        <source>Họ tên khách mời:</source>
        <translation>Họ tên khách mời:</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị:</source>
        <translation>Chức vụ, đơn vị:</translation>
    </message>
    <message>
        <source>Về:</source>
        <translation>Về:</translation>
    </message>
    <message>
        <source>Nội dung ý kiến:</source>
        <translation>Nội dung ý kiến:</translation>
    </message>
</context>
<context>
    <name>OpinionsBox</name>
    <message>
        <source>Chưa có ý kiến nào.</source>
        <translation>Chưa có ý kiến nào.</translation>
    </message>
    <message>
        <source>Ghi ý kiến…</source>
        <translation>Ghi ý kiến…</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến.</source>
        <translation>Đã ghi ý kiến.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Người đứng đầu phê duyệt bằng văn bản</source>
        <translation>Người đứng đầu phê duyệt bằng văn bản</translation>
    </message>
    <message>
        <source>Đề xuất {ref} “{title}” không được thông qua khi biểu quyết. Theo khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP, người đứng đầu vẫn có thể phê duyệt bằng văn bản nếu thấy cần thiết và khả thi. Việc phê duyệt được ghi vào hồ sơ cùng lý do; sau đó không sửa biểu quyết được nữa.</source>
        <translation>Đề xuất {ref} “{title}” không được thông qua khi biểu quyết. Theo khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP, người đứng đầu vẫn có thể phê duyệt bằng văn bản nếu thấy cần thiết và khả thi. Việc phê duyệt được ghi vào hồ sơ cùng lý do; sau đó không sửa biểu quyết được nữa.</translation>
    </message>
    <message>
        <source>Lý do phê duyệt (bắt buộc):</source>
        <translation>Lý do phê duyệt (bắt buộc):</translation>
    </message>
    <message>
        <source>Phê duyệt bằng văn bản</source>
        <translation>Phê duyệt bằng văn bản</translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Người đề xuất và người thực hiện</source>
        <translation>Người đề xuất và người thực hiện</translation>
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
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Thêm người khác</source>
        <translation>Thêm người khác</translation>
    </message>
    <message>
        <source>Bỏ người đã chọn</source>
        <translation>Bỏ người đã chọn</translation>
    </message>
    <message>
        <source>Lãnh đạo, quản lý đề xuất là người được bảo vệ theo Nghị định 73/2023/NĐ-CP (Điều 2); cán bộ, công chức khác tham gia với vai trò người thực hiện.</source>
        <translation>Lãnh đạo, quản lý đề xuất là người được bảo vệ theo Nghị định 73/2023/NĐ-CP (Điều 2); cán bộ, công chức khác tham gia với vai trò người thực hiện.</translation>
    </message>
    <message>
        <source>Người đề xuất</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
</context>
<context>
    <name>PartyOpinionDialog</name>
    <message>
        <source>Ý kiến của cấp ủy cùng cấp</source>
        <translation>Ý kiến của cấp ủy cùng cấp</translation>
    </message>
    <message>
        <source>Ý kiến của cấp ủy cùng cấp về đề xuất {ref} “{title}” (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8).</source>
        <translation>Ý kiến của cấp ủy cùng cấp về đề xuất {ref} “{title}” (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8).</translation>
    </message>
    <message>
        <source>Ban Thường vụ Tỉnh ủy {province}</source>
        <translation>Ban Thường vụ Tỉnh ủy {province}</translation>
    </message>
    <message>
        <source>Đảng ủy {unit}</source>
        <translation>Đảng ủy {unit}</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Không đồng ý</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>(không đính kèm)</source>
        <translation>(không đính kèm)</translation>
    </message>
    <message>
        <source>Ngày văn bản:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>Cấp ủy:</source>
        <translation>Cấp ủy:</translation>
    </message>
    <message>
        <source>Ý kiến:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <source>Nội dung ý kiến:</source>
        <translation>Nội dung ý kiến:</translation>
    </message>
    <message>
        <source>Văn bản đã đính kèm:</source>
        <translation>Văn bản đã đính kèm:</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Ghi ý kiến</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
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
    <name>PdfPreviewDialog</name>
    <message>
        <source>Xem bản in — {title}</source>
        <translation>Xem bản in — {title}</translation>
    </message>
    <message>
        <source>Đang tạo bản in…</source>
        <translation>Đang tạo bản in…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Cỡ thật (100%)</source>
        <translation>Cỡ thật (100%)</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>tệp PDF tạo ra không đọc được</source>
        <translation>tệp PDF tạo ra không đọc được</translation>
    </message>
    <message>
        <source>{n} trang</source>
        <translation>{n} trang</translation>
    </message>
    <message>
        <source>Không tạo được bản in: {detail}</source>
        <translation>Không tạo được bản in: {detail}</translation>
    </message>
    <message>
        <source>In bản kế hoạch</source>
        <translation>In bản kế hoạch</translation>
    </message>
    <message>
        <source>Không bắt đầu in được: máy in chưa sẵn sàng hoặc không ghi được tệp.</source>
        <translation>Không bắt đầu in được: máy in chưa sẵn sàng hoặc không ghi được tệp.</translation>
    </message>
    <message>
        <source>Lưu bản in thành tệp PDF</source>
        <translation>Lưu bản in thành tệp PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được bản in</source>
        <translation>Không lưu được bản in</translation>
    </message>
    <message>
        <source>Không lưu được tệp “{path}”: {detail}</source>
        <translation>Không lưu được tệp “{path}”: {detail}</translation>
    </message>
</context>
<context>
    <name>PdfTab</name>
    <message>
        <source>Mở một tệp PDF đã ký số: chương trình cho biết ai ký, ký lúc nào, văn bản có bị sửa sau khi ký không và chứng thư số có thuộc chuỗi tin cậy đã cài đặt không. Kiểm tra ngoại tuyến: không dùng dịch vụ dấu thời gian, không kiểm tra chứng thư bị thu hồi.</source>
        <translation>Mở một tệp PDF đã ký số: chương trình cho biết ai ký, ký lúc nào, văn bản có bị sửa sau khi ký không và chứng thư số có thuộc chuỗi tin cậy đã cài đặt không. Kiểm tra ngoại tuyến: không dùng dịch vụ dấu thời gian, không kiểm tra chứng thư bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Từ ngày… đến ngày…</source>
        <translation>Từ ngày… đến ngày…</translation>
    </message>
    <message>
        <source>Quý {roman}</source>
        <translation>Quý {roman}</translation>
    </message>
    <message>
        <source>Tháng {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Kỳ:</translation>
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
    <name>ProgressDialog</name>
    <message>
        <source>Ghi số liệu thực hiện chỉ tiêu</source>
        <translation>Ghi số liệu thực hiện chỉ tiêu</translation>
    </message>
    <message>
        <source>Ghi số liệu</source>
        <translation>Ghi số liệu</translation>
    </message>
    <message>
        <source>ví dụ 1.200 hoặc 6,5</source>
        <translation>ví dụ 1.200 hoặc 6,5</translation>
    </message>
    <message>
        <source>(không bắt buộc)</source>
        <translation>(không bắt buộc)</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Chỉ tiêu:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Giá trị đạt được:</source>
        <translation>Giá trị đạt được:</translation>
    </message>
    <message>
        <source>Ngày số liệu:</source>
        <translation>Ngày số liệu:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Tệp minh chứng:</source>
        <translation>Tệp minh chứng:</translation>
    </message>
    <message>
        <source>Chọn tệp minh chứng</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ProposalFormMixin</name>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>I. Sự cần thiết, mục đích, yêu cầu</source>
        <translation>I. Sự cần thiết, mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>II. Điểm nghẽn, nút thắt</source>
        <translation>II. Điểm nghẽn, nút thắt</translation>
    </message>
    <message>
        <source>III. Nội dung, nhiệm vụ, giải pháp</source>
        <translation>III. Nội dung, nhiệm vụ, giải pháp</translation>
    </message>
    <message>
        <source>IV. Dự báo tác động</source>
        <translation>IV. Dự báo tác động</translation>
    </message>
    <message>
        <source>V. Hiệu quả dự kiến</source>
        <translation>V. Hiệu quả dự kiến</translation>
    </message>
    <message>
        <source>ví dụ: Giải quyết dứt điểm hồ sơ đất đai tồn đọng trước 01/8/2024</source>
        <translation>ví dụ: Giải quyết dứt điểm hồ sơ đất đai tồn đọng trước 01/8/2024</translation>
    </message>
    <message>
        <source>(chọn lĩnh vực ưu tiên)</source>
        <translation>(chọn lĩnh vực ưu tiên)</translation>
    </message>
    <message>
        <source>(chọn tổ chức đảng)</source>
        <translation>(chọn tổ chức đảng)</translation>
    </message>
    <message>
        <source>Là giải pháp đột phá của tổ chức đảng</source>
        <translation>Là giải pháp đột phá của tổ chức đảng</translation>
    </message>
    <message>
        <source>Phạm vi rộng, phức tạp (đưa ra Hội đồng đánh giá thay cho họp tập thể lãnh đạo)</source>
        <translation>Phạm vi rộng, phức tạp (đưa ra Hội đồng đánh giá thay cho họp tập thể lãnh đạo)</translation>
    </message>
    <message>
        <source>Tên đề xuất:</source>
        <translation>Tên đề xuất:</translation>
    </message>
    <message>
        <source>Lĩnh vực ưu tiên:</source>
        <translation>Lĩnh vực ưu tiên:</translation>
    </message>
    <message>
        <source>Tổ chức đảng:</source>
        <translation>Tổ chức đảng:</translation>
    </message>
    <message>
        <source>Vì sao cần đề xuất này; mục đích và yêu cầu đặt ra.</source>
        <translation>Vì sao cần đề xuất này; mục đích và yêu cầu đặt ra.</translation>
    </message>
    <message>
        <source>Điểm nghẽn, nút thắt về cơ chế, chính sách đang gặp ở địa phương.</source>
        <translation>Điểm nghẽn, nút thắt về cơ chế, chính sách đang gặp ở địa phương.</translation>
    </message>
    <message>
        <source>Các quy định pháp luật đang cản trở: ghi rõ văn bản, điều, khoản.</source>
        <translation>Các quy định pháp luật đang cản trở: ghi rõ văn bản, điều, khoản.</translation>
    </message>
    <message>
        <source>Nội dung, nhiệm vụ và giải pháp cụ thể sẽ làm.</source>
        <translation>Nội dung, nhiệm vụ và giải pháp cụ thể sẽ làm.</translation>
    </message>
    <message>
        <source>Phạm vi áp dụng và những đối tượng chịu tác động (số hộ dân, tổ chức…).</source>
        <translation>Phạm vi áp dụng và những đối tượng chịu tác động (số hộ dân, tổ chức…).</translation>
    </message>
    <message>
        <source>Thời gian bắt đầu, các mốc và thời gian hoàn thành.</source>
        <translation>Thời gian bắt đầu, các mốc và thời gian hoàn thành.</translation>
    </message>
    <message>
        <source>Nhân lực, kinh phí, phương tiện cần có và nguồn bảo đảm.</source>
        <translation>Nhân lực, kinh phí, phương tiện cần có và nguồn bảo đảm.</translation>
    </message>
    <message>
        <source>Cơ sở cho thấy giải pháp làm được trong điều kiện của địa phương.</source>
        <translation>Cơ sở cho thấy giải pháp làm được trong điều kiện của địa phương.</translation>
    </message>
    <message>
        <source>Tác động tích cực và tiêu cực có thể xảy ra; cách hạn chế rủi ro.</source>
        <translation>Tác động tích cực và tiêu cực có thể xảy ra; cách hạn chế rủi ro.</translation>
    </message>
    <message>
        <source>Hiệu quả mong đợi. Các chỉ tiêu định lượng (để đo kết quả sau này) ghi ở thẻ “Chỉ tiêu”.</source>
        <translation>Hiệu quả mong đợi. Các chỉ tiêu định lượng (để đo kết quả sau này) ghi ở thẻ “Chỉ tiêu”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu định lượng…</source>
        <translation>Chỉ tiêu định lượng…</translation>
    </message>
</context>
<context>
    <name>ProposalHeader</name>
    <message>
        <source>Đề xuất mới (chưa lưu)</source>
        <translation>Đề xuất mới (chưa lưu)</translation>
    </message>
    <message>
        <source>Người đề xuất: {name}</source>
        <translation>Người đề xuất: {name}</translation>
    </message>
    <message>
        <source>Trạng thái: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <source>Tạo ngày {day}</source>
        <translation>Tạo ngày {day}</translation>
    </message>
    <message>
        <source>Trình lúc {time}</source>
        <translation>Trình lúc {time}</translation>
    </message>
    <message>
        <source>Phiên bản {n}</source>
        <translation>Phiên bản {n}</translation>
    </message>
    <message>
        <source>Được trả lại để sửa. Lý do: {reason}</source>
        <translation>Được trả lại để sửa. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Đã rút. Lý do: {reason}</source>
        <translation>Đã rút. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Chỉ xem: đề xuất ở trạng thái “{state}” nên không sửa được nội dung.</source>
        <translation>Chỉ xem: đề xuất ở trạng thái “{state}” nên không sửa được nội dung.</translation>
    </message>
    <message>
        <source>Chỉ xem: chỉ người đề xuất được sửa nội dung đề xuất này.</source>
        <translation>Chỉ xem: chỉ người đề xuất được sửa nội dung đề xuất này.</translation>
    </message>
</context>
<context>
    <name>ProposalWindow</name>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Thực hiện</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Trình</source>
        <translation>Trình</translation>
    </message>
    <message>
        <source>Trình lại</source>
        <translation>Trình lại</translation>
    </message>
    <message>
        <source>Chưa trình được</source>
        <translation>Chưa trình được</translation>
    </message>
    <message>
        <source>Trình đề xuất {ref} lên {recipient}? Sau khi trình, nội dung không sửa được nữa, trừ khi đề xuất được trả lại để sửa.</source>
        <translation>Trình đề xuất {ref} lên {recipient}? Sau khi trình, nội dung không sửa được nữa, trừ khi đề xuất được trả lại để sửa.</translation>
    </message>
    <message>
        <source>Đã trình.</source>
        <translation>Đã trình.</translation>
    </message>
    <message>
        <source>Trả lại…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Rút…</source>
        <translation>Rút…</translation>
    </message>
    <message>
        <source>Xem bản in…</source>
        <translation>Xem bản in…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Lưu dự thảo; lưu được cả khi chưa đủ nội dung</source>
        <translation>Lưu dự thảo; lưu được cả khi chưa đủ nội dung</translation>
    </message>
    <message>
        <source>Kế hoạch đề xuất theo mẫu in, để in hoặc lưu thành PDF</source>
        <translation>Kế hoạch đề xuất theo mẫu in, để in hoặc lưu thành PDF</translation>
    </message>
    <message>
        <source>Đề xuất mới[*]</source>
        <translation>Đề xuất mới[*]</translation>
    </message>
    <message>
        <source>{ref} — {title}[*]</source>
        <translation>{ref} — {title}[*]</translation>
    </message>
    <message>
        <source>Cần có tên đề xuất để lưu dự thảo.</source>
        <translation>Cần có tên đề xuất để lưu dự thảo.</translation>
    </message>
    <message>
        <source>Đã lưu lúc {time}.</source>
        <translation>Đã lưu lúc {time}.</translation>
    </message>
    <message>
        <source>cấp tỉnh (cấp trên trực tiếp)</source>
        <translation>cấp tỉnh (cấp trên trực tiếp)</translation>
    </message>
    <message>
        <source>người đứng đầu đơn vị</source>
        <translation>người đứng đầu đơn vị</translation>
    </message>
    <message>
        <source>Đề xuất có thay đổi chưa lưu. Lưu trước khi rút? (Không lưu thì các thay đổi bị bỏ.)</source>
        <translation>Đề xuất có thay đổi chưa lưu. Lưu trước khi rút? (Không lưu thì các thay đổi bị bỏ.)</translation>
    </message>
    <message>
        <source>Đã trả lại.</source>
        <translation>Đã trả lại.</translation>
    </message>
    <message>
        <source>Đã rút.</source>
        <translation>Đã rút.</translation>
    </message>
    <message>
        <source>Bản in lấy nội dung đã lưu. Lưu các thay đổi trước khi xem bản in?</source>
        <translation>Bản in lấy nội dung đã lưu. Lưu các thay đổi trước khi xem bản in?</translation>
    </message>
    <message>
        <source>{ref} - Kế hoạch đề xuất.pdf</source>
        <translation>{ref} - Kế hoạch đề xuất.pdf</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>Tìm theo tên hoặc nội dung (có dấu hoặc không dấu)…</source>
        <translation>Tìm theo tên hoặc nội dung (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Đề xuất mới…</source>
        <translation>Đề xuất mới…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Giải pháp đột phá</source>
        <translation>Giải pháp đột phá</translation>
    </message>
    <message>
        <source>Không phải đột phá</source>
        <translation>Không phải đột phá</translation>
    </message>
    <message>
        <source>Của tôi</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Lọc:</source>
        <translation>Lọc:</translation>
    </message>
    <message>
        <source>Tên đề xuất</source>
        <translation>Tên đề xuất</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Tất cả lĩnh vực</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Tất cả tổ chức đảng</source>
        <translation>Tất cả tổ chức đảng</translation>
    </message>
    <message>
        <source>Tất cả giải pháp</source>
        <translation>Tất cả giải pháp</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Mã đề xuất</source>
        <translation>Mã đề xuất</translation>
    </message>
    <message>
        <source>Người đề xuất</source>
        <translation>Người đề xuất</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>{n} kết quả phù hợp nhất (hãy gõ thêm từ để thu hẹp).</source>
        <translation>{n} kết quả phù hợp nhất (hãy gõ thêm từ để thu hẹp).</translation>
    </message>
    <message>
        <source>Tìm thấy {n} đề xuất.</source>
        <translation>Tìm thấy {n} đề xuất.</translation>
    </message>
    <message>
        <source>{n} đề xuất.</source>
        <translation>{n} đề xuất.</translation>
    </message>
    <message>
        <source>Tất cả người đề xuất</source>
        <translation>Tất cả người đề xuất</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Việc cần xử lý</source>
        <translation>Việc cần xử lý</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Không có việc nào đang chờ.</source>
        <translation>Không có việc nào đang chờ.</translation>
    </message>
    <message>
        <source>{count} việc, trong đó {overdue} việc quá hạn.</source>
        <translation>{count} việc, trong đó {overdue} việc quá hạn.</translation>
    </message>
    <message>
        <source>{count} việc đang chờ, chưa có việc quá hạn.</source>
        <translation>{count} việc đang chờ, chưa có việc quá hạn.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Trả lại đề xuất để sửa</source>
        <translation>Trả lại đề xuất để sửa</translation>
    </message>
    <message>
        <source>Trả lại đề xuất {ref} “{title}” cho {author} để sửa, bổ sung.</source>
        <translation>Trả lại đề xuất {ref} “{title}” cho {author} để sửa, bổ sung.</translation>
    </message>
    <message>
        <source>Những điểm cần sửa, bổ sung (bắt buộc; người đề xuất sẽ thấy nguyên văn):</source>
        <translation>Những điểm cần sửa, bổ sung (bắt buộc; người đề xuất sẽ thấy nguyên văn):</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Rút đề xuất</source>
        <translation>Rút đề xuất</translation>
    </message>
    <message>
        <source>Rút đề xuất {ref} “{title}”. Đề xuất đã rút không trình lại được; nội dung và lịch sử vẫn được lưu giữ.</source>
        <translation>Rút đề xuất {ref} “{title}”. Đề xuất đã rút không trình lại được; nội dung và lịch sử vẫn được lưu giữ.</translation>
    </message>
    <message>
        <source>Lý do rút (bắt buộc):</source>
        <translation>Lý do rút (bắt buộc):</translation>
    </message>
</context>
<context>
    <name>RemoveCommendationDialog</name>
    <message>
        <source>Xóa ghi nhận khen thưởng</source>
        <translation>Xóa ghi nhận khen thưởng</translation>
    </message>
    <message>
        <source>Xóa một ghi nhận khen thưởng nhập nhầm của đề xuất {ref}. Nhật ký vẫn giữ ghi nhận và lý do xóa.</source>
        <translation>Xóa một ghi nhận khen thưởng nhập nhầm của đề xuất {ref}. Nhật ký vẫn giữ ghi nhận và lý do xóa.</translation>
    </message>
    <message>
        <source>Lý do xóa (bắt buộc):</source>
        <translation>Lý do xóa (bắt buộc):</translation>
    </message>
    <message>
        <source>Xóa ghi nhận</source>
        <translation>Xóa ghi nhận</translation>
    </message>
</context>
<context>
    <name>RemoveItemDialog</name>
    <message>
        <source>Rút đề xuất khỏi chương trình họp</source>
        <translation>Rút đề xuất khỏi chương trình họp</translation>
    </message>
    <message>
        <source>Rút khỏi chương trình</source>
        <translation>Rút khỏi chương trình</translation>
    </message>
    <message>
        <source>Đề xuất trở lại chờ đưa ra họp; phiếu biểu quyết và điểm đã ghi cho đề xuất này bị bỏ. Lý do được ghi vào lịch sử của đề xuất.</source>
        <translation>Đề xuất trở lại chờ đưa ra họp; phiếu biểu quyết và điểm đã ghi cho đề xuất này bị bỏ. Lý do được ghi vào lịch sử của đề xuất.</translation>
    </message>
    <message>
        <source>Đề xuất:</source>
        <translation>Đề xuất:</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Báo cáo kết quả thực hiện đề xuất</source>
        <translation>Báo cáo kết quả thực hiện đề xuất</translation>
    </message>
    <message>
        <source>Nộp báo cáo</source>
        <translation>Nộp báo cáo</translation>
    </message>
    <message>
        <source>Báo cáo đã nộp không sửa được.</source>
        <translation>Báo cáo đã nộp không sửa được.</translation>
    </message>
    <message>
        <source>Có gây thiệt hại</source>
        <translation>Có gây thiệt hại</translation>
    </message>
    <message>
        <source>Giải trình của người thực hiện:</source>
        <translation>Giải trình của người thực hiện:</translation>
    </message>
    <message>
        <source>Giá trị thiệt hại ước tính:</source>
        <translation>Giá trị thiệt hại ước tính:</translation>
    </message>
    <message>
        <source>Nguyên nhân thiệt hại:</source>
        <translation>Nguyên nhân thiệt hại:</translation>
    </message>
    <message>
        <source>Ngày báo cáo:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Ghi nhận ngày tiếp nhận; hạn họp xét là 07 ngày làm việc sau đó</source>
        <translation>Ghi nhận ngày tiếp nhận; hạn họp xét là 07 ngày làm việc sau đó</translation>
    </message>
    <message>
        <source>Ý kiến cấp ủy…</source>
        <translation>Ý kiến cấp ủy…</translation>
    </message>
    <message>
        <source>Ghi ý kiến của cấp ủy cùng cấp trước khi quyết định</source>
        <translation>Ghi ý kiến của cấp ủy cùng cấp trước khi quyết định</translation>
    </message>
    <message>
        <source>Tiếp nhận ngày {day}; họp xét chậm nhất ngày {due}.</source>
        <translation>Tiếp nhận ngày {day}; họp xét chậm nhất ngày {due}.</translation>
    </message>
    <message>
        <source>đồng ý</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <source>không đồng ý</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <source>Ý kiến cấp ủy: {body}, ngày {day}: {stance}.</source>
        <translation>Ý kiến cấp ủy: {body}, ngày {day}: {stance}.</translation>
    </message>
    <message>
        <source>Chưa có ý kiến của cấp ủy cùng cấp.</source>
        <translation>Chưa có ý kiến của cấp ủy cùng cấp.</translation>
    </message>
    <message>
        <source>Chưa có ý kiến của cấp ủy cùng cấp về kết quả thực hiện.</source>
        <translation>Chưa có ý kiến của cấp ủy cùng cấp về kết quả thực hiện.</translation>
    </message>
    <message>
        <source>Ý kiến cấp ủy về kết quả thực hiện: {body}, ngày {day}: {stance}.</source>
        <translation>Ý kiến cấp ủy về kết quả thực hiện: {body}, ngày {day}: {stance}.</translation>
    </message>
    <message>
        <source>Tiếp nhận đề xuất {ref} “{title}” hôm nay? Hạn họp tập thể lãnh đạo là 07 ngày làm việc kể từ ngày tiếp nhận.</source>
        <translation>Tiếp nhận đề xuất {ref} “{title}” hôm nay? Hạn họp tập thể lãnh đạo là 07 ngày làm việc kể từ ngày tiếp nhận.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận; họp xét chậm nhất ngày {due}.</source>
        <translation>Đã tiếp nhận; họp xét chậm nhất ngày {due}.</translation>
    </message>
    <message>
        <source>Chưa tiếp nhận được</source>
        <translation>Chưa tiếp nhận được</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến của cấp ủy.</source>
        <translation>Đã ghi ý kiến của cấp ủy.</translation>
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
    <name>ScoreGrid</name>
    <message>
        <source>Chưa có thành viên chấm điểm: điểm danh trước (thành viên có mặt, trừ người đề xuất, chấm điểm).</source>
        <translation>Chưa có thành viên chấm điểm: điểm danh trước (thành viên có mặt, trừ người đề xuất, chấm điểm).</translation>
    </message>
    <message>
        <source>Chỉ xem: bảng điểm không sửa được nữa.</source>
        <translation>Chỉ xem: bảng điểm không sửa được nữa.</translation>
    </message>
    <message>
        <source>Thư ký ghi điểm của từng thành viên (ô nền vàng); gõ điểm rồi nhấn Enter, ví dụ 8 hoặc 8,5.</source>
        <translation>Thư ký ghi điểm của từng thành viên (ô nền vàng); gõ điểm rồi nhấn Enter, ví dụ 8 hoặc 8,5.</translation>
    </message>
    <message>
        <source>Anh/chị tự nhập điểm của mình ở dòng có nền vàng; dòng của thành viên khác do thư ký ghi.</source>
        <translation>Anh/chị tự nhập điểm của mình ở dòng có nền vàng; dòng của thành viên khác do thư ký ghi.</translation>
    </message>
    <message>
        <source>Chỉ xem: điểm do thư ký và từng thành viên ghi.</source>
        <translation>Chỉ xem: điểm do thư ký và từng thành viên ghi.</translation>
    </message>
    <message>
        <source>Còn {n} ô chưa chấm; tổng của một thành viên chỉ tính khi đủ các tiêu chí.</source>
        <translation>Còn {n} ô chưa chấm; tổng của một thành viên chỉ tính khi đủ các tiêu chí.</translation>
    </message>
    <message>
        <source>Đã chấm đủ. Tổng theo hệ số; trung bình tính chính xác, hiển thị làm tròn 2 chữ số.</source>
        <translation>Đã chấm đủ. Tổng theo hệ số; trung bình tính chính xác, hiển thị làm tròn 2 chữ số.</translation>
    </message>
    <message>
        <source>Chưa ghi được điểm</source>
        <translation>Chưa ghi được điểm</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <source>Chưa chấm</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Điểm trung bình</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <source>0–{max}</source>
        <translation>0–{max}</translation>
    </message>
    <message>
        <source>, hệ số {w}</source>
        <translation>, hệ số {w}</translation>
    </message>
    <message>
        <source>Tổng
(tối đa {max})</source>
        <translation>Tổng
(tối đa {max})</translation>
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
    <name>SignDialog</name>
    <message>
        <source>Ký số văn bản</source>
        <translation>Ký số văn bản</translation>
    </message>
    <message>
        <source>{what}: văn bản được in lại đúng như trong dữ liệu, ký số vào ô chữ ký rồi đính kèm làm bản đã ký (“Đã ký”); sau đó văn bản không sửa được nữa. Ký ngoại tuyến: không dùng dấu thời gian, thời điểm ký là giờ của máy này.</source>
        <translation>{what}: văn bản được in lại đúng như trong dữ liệu, ký số vào ô chữ ký rồi đính kèm làm bản đã ký (“Đã ký”); sau đó văn bản không sửa được nữa. Ký ngoại tuyến: không dùng dấu thời gian, thời điểm ký là giờ của máy này.</translation>
    </message>
    <message>
        <source>(chọn ô chữ ký)</source>
        <translation>(chọn ô chữ ký)</translation>
    </message>
    <message>
        <source>Bản in hiện tại của văn bản</source>
        <translation>Bản in hiện tại của văn bản</translation>
    </message>
    <message>
        <source>Tệp đã có chữ ký số của người ký trước:</source>
        <translation>Tệp đã có chữ ký số của người ký trước:</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Ký vào ô:</source>
        <translation>Ký vào ô:</translation>
    </message>
    <message>
        <source>Văn bản ký:</source>
        <translation>Văn bản ký:</translation>
    </message>
    <message>
        <source>Ký số và đính kèm</source>
        <translation>Ký số và đính kèm</translation>
    </message>
    <message>
        <source>Ký số, lưu ra tệp…</source>
        <translation>Ký số, lưu ra tệp…</translation>
    </message>
    <message>
        <source>Để người ký thứ hai ký tiếp vào tệp này rồi đính kèm</source>
        <translation>Để người ký thứ hai ký tiếp vào tệp này rồi đính kèm</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chọn tệp đã ký số</source>
        <translation>Chọn tệp đã ký số</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đang đọc chứng thư số…</source>
        <translation>Đang đọc chứng thư số…</translation>
    </message>
    <message>
        <source>Tên trên chứng thư số ({holder}) khác tên in ở ô chữ ký ({name}).</source>
        <translation>Tên trên chứng thư số ({holder}) khác tên in ở ô chữ ký ({name}).</translation>
    </message>
    <message>
        <source>Đang ký số và đính kèm…</source>
        <translation>Đang ký số và đính kèm…</translation>
    </message>
    <message>
        <source>Đang ký số…</source>
        <translation>Đang ký số…</translation>
    </message>
    <message>
        <source>{what} - đã ký số.pdf</source>
        <translation>{what} - đã ký số.pdf</translation>
    </message>
    <message>
        <source>Lưu bản đã ký số</source>
        <translation>Lưu bản đã ký số</translation>
    </message>
    <message>
        <source>Đọc chứng thư số trước khi ký, để biết ai sẽ ký.</source>
        <translation>Đọc chứng thư số trước khi ký, để biết ai sẽ ký.</translation>
    </message>
    <message>
        <source>Chọn ô chữ ký cần ký.</source>
        <translation>Chọn ô chữ ký cần ký.</translation>
    </message>
    <message>
        <source>Chọn tệp đã có chữ ký số của người ký trước.</source>
        <translation>Chọn tệp đã có chữ ký số của người ký trước.</translation>
    </message>
    <message>
        <source>{what}: đã ký số ({who}) và đính kèm — Đã ký.</source>
        <translation>{what}: đã ký số ({who}) và đính kèm — Đã ký.</translation>
    </message>
    <message>
        <source>{what}: đã ký số ({who}), lưu ra {path}.</source>
        <translation>{what}: đã ký số ({who}), lưu ra {path}.</translation>
    </message>
</context>
<context>
    <name>SignedCopyBar</name>
    <message>
        <source>Xem bản in…</source>
        <translation>Xem bản in…</translation>
    </message>
    <message>
        <source>Đính kèm bản đã ký…</source>
        <translation>Đính kèm bản đã ký…</translation>
    </message>
    <message>
        <source>Bản chụp văn bản giấy đã ký, hoặc tệp PDF đã ký số</source>
        <translation>Bản chụp văn bản giấy đã ký, hoặc tệp PDF đã ký số</translation>
    </message>
    <message>
        <source>Ký số…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <source>Ký số văn bản như đang in (tệp PKCS#12 hoặc thiết bị ký số) rồi đính kèm</source>
        <translation>Ký số văn bản như đang in (tệp PKCS#12 hoặc thiết bị ký số) rồi đính kèm</translation>
    </message>
    <message>
        <source>Mở bản đã ký</source>
        <translation>Mở bản đã ký</translation>
    </message>
    <message>
        <source>: in, trình ký rồi đính kèm bản đã ký.</source>
        <translation>: in, trình ký rồi đính kèm bản đã ký.</translation>
    </message>
    <message>
        <source>Đính kèm “{file}” làm bản đã ký của {name}? Sau đó văn bản không sửa được nữa.</source>
        <translation>Đính kèm “{file}” làm bản đã ký của {name}? Sau đó văn bản không sửa được nữa.</translation>
    </message>
    <message>
        <source>{name}: {signed}.</source>
        <translation>{name}: {signed}.</translation>
    </message>
    <message>
        <source>Đang đính kèm bản đã ký…</source>
        <translation>Đang đính kèm bản đã ký…</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Bắt đầu thực hiện đề xuất</source>
        <translation>Bắt đầu thực hiện đề xuất</translation>
    </message>
    <message>
        <source>Bắt đầu thực hiện</source>
        <translation>Bắt đầu thực hiện</translation>
    </message>
    <message>
        <source>Đề xuất {ref} “{title}”. Người thực hiện ghi số liệu từng chỉ tiêu và báo cáo kết quả trong 05 ngày làm việc sau khi kết thúc.</source>
        <translation>Đề xuất {ref} “{title}”. Người thực hiện ghi số liệu từng chỉ tiêu và báo cáo kết quả trong 05 ngày làm việc sau khi kết thúc.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu:</source>
        <translation>Ngày bắt đầu:</translation>
    </message>
    <message>
        <source>Người thực hiện:</source>
        <translation>Người thực hiện:</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Tạm dừng thực hiện</source>
        <translation>Tạm dừng thực hiện</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Tiếp tục thực hiện</source>
        <translation>Tiếp tục thực hiện</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Dừng thực hiện đề xuất</source>
        <translation>Dừng thực hiện đề xuất</translation>
    </message>
    <message>
        <source>Dừng thực hiện</source>
        <translation>Dừng thực hiện</translation>
    </message>
    <message>
        <source>Đề xuất {ref} “{title}”.</source>
        <translation>Đề xuất {ref} “{title}”.</translation>
    </message>
    <message>
        <source>Sau khi dừng, người thực hiện vẫn báo cáo kết quả đã đạt trong 05 ngày làm việc.</source>
        <translation>Sau khi dừng, người thực hiện vẫn báo cáo kết quả đã đạt trong 05 ngày làm việc.</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>{step} — {ref}</source>
        <translation>{step} — {ref}</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Quyết định:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Xác nhận bạn đã giao nhiệm vụ này cho {lead} ngày {day}. Chưa xác nhận thì nhiệm vụ chưa được tính vào chỉ tiêu.</source>
        <translation>Xác nhận bạn đã giao nhiệm vụ này cho {lead} ngày {day}. Chưa xác nhận thì nhiệm vụ chưa được tính vào chỉ tiêu.</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Hạn mới:</source>
        <translation>Hạn mới:</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>gia hạn đến {day}: {reason}</source>
        <translation>gia hạn đến {day}: {reason}</translation>
    </message>
    <message>
        <source>Đồng ý gia hạn</source>
        <translation>Đồng ý gia hạn</translation>
    </message>
    <message>
        <source>Không đồng ý</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Có lý do chính đáng</source>
        <translation>Có lý do chính đáng</translation>
    </message>
    <message>
        <source>Không có lý do chính đáng</source>
        <translation>Không có lý do chính đáng</translation>
    </message>
    <message>
        <source>Giao cho:</source>
        <translation>Giao cho:</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Tệp kết quả:</source>
        <translation>Tệp kết quả:</translation>
    </message>
    <message>
        <source>Nội dung tiến độ:</source>
        <translation>Nội dung tiến độ:</translation>
    </message>
    <message>
        <source>Kết quả thực hiện:</source>
        <translation>Kết quả thực hiện:</translation>
    </message>
    <message>
        <source>Lý do xin gia hạn:</source>
        <translation>Lý do xin gia hạn:</translation>
    </message>
    <message>
        <source>Ý kiến:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <source>Lý do giao lại:</source>
        <translation>Lý do giao lại:</translation>
    </message>
    <message>
        <source>Lý do hủy:</source>
        <translation>Lý do hủy:</translation>
    </message>
    <message>
        <source>Lý do đánh giá:</source>
        <translation>Lý do đánh giá:</translation>
    </message>
    <message>
        <source>Chọn tệp kết quả thực hiện</source>
        <translation>Chọn tệp kết quả thực hiện</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>Tìm theo trích yếu (có dấu hoặc không dấu)…</source>
        <translation>Tìm theo trích yếu (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Giao việc mới…</source>
        <translation>Giao việc mới…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Ghi các nhiệm vụ đang lọc ra một tệp Excel</source>
        <translation>Ghi các nhiệm vụ đang lọc ra một tệp Excel</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Chỉ việc quá hạn</source>
        <translation>Chỉ việc quá hạn</translation>
    </message>
    <message>
        <source>Chờ xác nhận</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <source>Chỉ những nhiệm vụ do người khác ghi, chờ người giao xác nhận (chưa tính vào chỉ tiêu).</source>
        <translation>Chỉ những nhiệm vụ do người khác ghi, chờ người giao xác nhận (chưa tính vào chỉ tiêu).</translation>
    </message>
    <message>
        <source>Mọi người chủ trì</source>
        <translation>Mọi người chủ trì</translation>
    </message>
    <message>
        <source>Mọi mức độ khẩn</source>
        <translation>Mọi mức độ khẩn</translation>
    </message>
    <message>
        <source>Hạn từ</source>
        <translation>Hạn từ</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Lọc:</source>
        <translation>Lọc:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>{n} nhiệm vụ.</source>
        <translation>{n} nhiệm vụ.</translation>
    </message>
    <message>
        <source>{n} nhiệm vụ chờ người giao xác nhận (in nghiêng), chưa tính vào chỉ tiêu.</source>
        <translation>{n} nhiệm vụ chờ người giao xác nhận (in nghiêng), chưa tính vào chỉ tiêu.</translation>
    </message>
    <message>
        <source>Xuất danh sách nhiệm vụ ra tệp Excel</source>
        <translation>Xuất danh sách nhiệm vụ ra tệp Excel</translation>
    </message>
    <message>
        <source>Danh sách nhiệm vụ {day}.xlsx</source>
        <translation>Danh sách nhiệm vụ {day}.xlsx</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu tệp {path}</source>
        <translation>Đã lưu tệp {path}</translation>
    </message>
    <message>
        <source>Đang xuất tệp Excel…</source>
        <translation>Đang xuất tệp Excel…</translation>
    </message>
</context>
<context>
    <name>TaskWindow</name>
    <message>
        <source>Thông tin nhiệm vụ</source>
        <translation>Thông tin nhiệm vụ</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Người chủ trì:</source>
        <translation>Người chủ trì:</translation>
    </message>
    <message>
        <source>Người phối hợp:</source>
        <translation>Người phối hợp:</translation>
    </message>
    <message>
        <source>Người giao:</source>
        <translation>Người giao:</translation>
    </message>
    <message>
        <source>Văn bản giao:</source>
        <translation>Văn bản giao:</translation>
    </message>
    <message>
        <source>Ngày giao:</source>
        <translation>Ngày giao:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Hạn xử lý:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>Mức độ khẩn:</source>
        <translation>Mức độ khẩn:</translation>
    </message>
    <message>
        <source>Ngày làm việc:</source>
        <translation>Ngày làm việc:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Lý do chậm:</source>
        <translation>Lý do chậm:</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Bước</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Người ghi</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Các bước xử lý</source>
        <translation>Các bước xử lý</translation>
    </message>
    <message>
        <source>Nhiệm vụ {ref}</source>
        <translation>Nhiệm vụ {ref}</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>ngày {d}</source>
        <translation>ngày {d}</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>{n} ngày làm việc</source>
        <translation>{n} ngày làm việc</translation>
    </message>
    <message>
        <source>đến ngày {d}</source>
        <translation>đến ngày {d}</translation>
    </message>
    <message>
        <source> (gia hạn đến {d}, {n} lần)</source>
        <translation> (gia hạn đến {d}, {n} lần)</translation>
    </message>
    <message>
        <source>được giao {n}</source>
        <translation>được giao {n}</translation>
    </message>
    <message>
        <source>, đã dùng {n}</source>
        <translation>, đã dùng {n}</translation>
    </message>
    <message>
        <source>hoàn thành ngày {d}</source>
        <translation>hoàn thành ngày {d}</translation>
    </message>
    <message>
        <source> (có tệp kết quả)</source>
        <translation> (có tệp kết quả)</translation>
    </message>
    <message>
        <source>hủy ngày {d}: {r}</source>
        <translation>hủy ngày {d}: {r}</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã hủy: không đánh giá lý do chậm.</source>
        <translation>Nhiệm vụ đã hủy: không đánh giá lý do chậm.</translation>
    </message>
    <message>
        <source>Nhiệm vụ không chậm so với hạn ban đầu: không cần đánh giá lý do chậm.</source>
        <translation>Nhiệm vụ không chậm so với hạn ban đầu: không cần đánh giá lý do chậm.</translation>
    </message>
    <message>
        <source>Nhiệm vụ {state}: không còn bước này.</source>
        <translation>Nhiệm vụ {state}: không còn bước này.</translation>
    </message>
    <message>
        <source>Không có đề nghị gia hạn nào đang chờ quyết định.</source>
        <translation>Không có đề nghị gia hạn nào đang chờ quyết định.</translation>
    </message>
    <message>
        <source>Đang có đề nghị gia hạn chờ lãnh đạo quyết định.</source>
        <translation>Đang có đề nghị gia hạn chờ lãnh đạo quyết định.</translation>
    </message>
</context>
<context>
    <name>TasksArea</name>
    <message>
        <source>Danh sách</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Lịch hạn</source>
        <translation>Lịch hạn</translation>
    </message>
    <message>
        <source>Danh sách nhiệm vụ, lọc và sắp xếp</source>
        <translation>Danh sách nhiệm vụ, lọc và sắp xếp</translation>
    </message>
    <message>
        <source>Số việc đến hạn từng ngày trong tháng</source>
        <translation>Số việc đến hạn từng ngày trong tháng</translation>
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
        <source>Hồ sơ cán bộ…</source>
        <translation>Hồ sơ cán bộ…</translation>
    </message>
    <message>
        <source>Cán bộ, công chức</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Xóa “{name}” khỏi danh sách cán bộ?</source>
        <translation>Xóa “{name}” khỏi danh sách cán bộ?</translation>
    </message>
    <message>
        <source>Xóa tổ chức đảng “{name}”?</source>
        <translation>Xóa tổ chức đảng “{name}”?</translation>
    </message>
</context>
<context>
    <name>ValidationMixin</name>
    <message>
        <source>Cần ít nhất một chỉ tiêu định lượng.</source>
        <translation>Cần ít nhất một chỉ tiêu định lượng.</translation>
    </message>
    <message>
        <source>Còn thiếu: chọn Đáp ứng hoặc Chưa đáp ứng và ghi lý do.</source>
        <translation>Còn thiếu: chọn Đáp ứng hoặc Chưa đáp ứng và ghi lý do.</translation>
    </message>
    <message>
        <source>Còn thiếu để trình ({n}): {items}.</source>
        <translation>Còn thiếu để trình ({n}): {items}.</translation>
    </message>
    <message>
        <source>Đã đủ nội dung để trình.</source>
        <translation>Đã đủ nội dung để trình.</translation>
    </message>
    <message>
        <source>Còn thiếu: chọn một trong hai; có xung đột thì ghi rõ.</source>
        <translation>Còn thiếu: chọn một trong hai; có xung đột thì ghi rõ.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Ghi biểu quyết</source>
        <translation>Ghi biểu quyết</translation>
    </message>
    <message>
        <source>Nhập lại theo phiếu đã ghi</source>
        <translation>Nhập lại theo phiếu đã ghi</translation>
    </message>
    <message>
        <source>Phê duyệt bằng văn bản…</source>
        <translation>Phê duyệt bằng văn bản…</translation>
    </message>
    <message>
        <source>Người đứng đầu phê duyệt sau biểu quyết không thông qua (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)</source>
        <translation>Người đứng đầu phê duyệt sau biểu quyết không thông qua (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)</translation>
    </message>
    <message>
        <source>Người đứng đầu đã phê duyệt bằng văn bản: {reason}</source>
        <translation>Người đứng đầu đã phê duyệt bằng văn bản: {reason}</translation>
    </message>
    <message>
        <source>Người đề xuất: không tham gia biểu quyết (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)</source>
        <translation>Người đề xuất: không tham gia biểu quyết (Nghị định 73/2023/NĐ-CP, khoản 1 Điều 8)</translation>
    </message>
    <message>
        <source>Chưa điểm danh</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>, người đứng đầu</source>
        <translation>, người đứng đầu</translation>
    </message>
    <message>
        <source>Đã ghi biểu quyết về {ref}.</source>
        <translation>Đã ghi biểu quyết về {ref}.</translation>
    </message>
    <message>
        <source>Chưa ghi được biểu quyết</source>
        <translation>Chưa ghi được biểu quyết</translation>
    </message>
    <message>
        <source>Đã ghi phê duyệt bằng văn bản của người đứng đầu.</source>
        <translation>Đã ghi phê duyệt bằng văn bản của người đứng đầu.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
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
    <name>kpi</name>
    <message>
        <source>{value} ({part}/{whole}) — mục tiêu ≥ {target}</source>
        <translation>{value} ({part}/{whole}) — mục tiêu ≥ {target}</translation>
    </message>
    <message>
        <source>{count} (trên {assigned} nhiệm vụ được giao) — càng ít càng tốt</source>
        <translation>{count} (trên {assigned} nhiệm vụ được giao) — càng ít càng tốt</translation>
    </message>
    <message>
        <source>Việc hoàn thành sớm hơn hạn từ {threshold}% trở lên</source>
        <translation>Việc hoàn thành sớm hơn hạn từ {threshold}% trở lên</translation>
    </message>
    <message>
        <source>{without} (trên {total} hồ sơ quá hạn; {good} có lý do chính đáng, {unjudged} chưa đánh giá) — mục tiêu 0</source>
        <translation>{without} (trên {total} hồ sơ quá hạn; {good} có lý do chính đáng, {unjudged} chưa đánh giá) — mục tiêu 0</translation>
    </message>
    <message>
        <source>Cá nhân không có việc quá hạn</source>
        <translation>Cá nhân không có việc quá hạn</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn chưa xong không có lý do chính đáng</source>
        <translation>Hồ sơ quá hạn chưa xong không có lý do chính đáng</translation>
    </message>
    <message>
        <source>{without} không có lý do chính đáng, {good} có lý do — mục tiêu 0</source>
        <translation>{without} không có lý do chính đáng, {good} có lý do — mục tiêu 0</translation>
    </message>
    <message>
        <source>Chưa rõ người giao</source>
        <translation>Chưa rõ người giao</translation>
    </message>
    <message>
        <source>Hạn xử lý dưới {days} ngày làm việc</source>
        <translation>Hạn xử lý dưới {days} ngày làm việc</translation>
    </message>
    <message>
        <source>Văn bản hỏa tốc</source>
        <translation>Văn bản hỏa tốc</translation>
    </message>
    <message>
        <source>Nhiệm vụ được gia hạn</source>
        <translation>Nhiệm vụ được gia hạn</translation>
    </message>
    <message>
        <source>{count} nhiệm vụ</source>
        <translation>{count} nhiệm vụ</translation>
    </message>
    <message>
        <source>Tổ chức cơ sở đảng có giải pháp đột phá</source>
        <translation>Tổ chức cơ sở đảng có giải pháp đột phá</translation>
    </message>
    <message>
        <source>{count} đề xuất</source>
        <translation>{count} đề xuất</translation>
    </message>
    <message>
        <source>Kết luận: {ruling}</source>
        <translation>Kết luận: {ruling}</translation>
    </message>
    <message>
        <source>Hoàn thành trong kỳ {total}: trước hạn {before}, đúng hạn {on}, quá hạn {late}.</source>
        <translation>Hoàn thành trong kỳ {total}: trước hạn {before}, đúng hạn {on}, quá hạn {late}.</translation>
    </message>
    <message>
        <source>Hủy khi đã quá hạn (vẫn tính quá hạn): {n}.</source>
        <translation>Hủy khi đã quá hạn (vẫn tính quá hạn): {n}.</translation>
    </message>
    <message>
        <source>Chờ người giao xác nhận (chưa tính): {n}.</source>
        <translation>Chờ người giao xác nhận (chưa tính): {n}.</translation>
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
        <source>Được giao</source>
        <translation>Được giao</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Đủ sớm</source>
        <translation>Đủ sớm</translation>
    </message>
    <message>
        <source>Tỷ lệ đủ sớm</source>
        <translation>Tỷ lệ đủ sớm</translation>
    </message>
    <message>
        <source>Trước hạn</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Hoàn thành quá hạn</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Quá hạn trong kỳ</source>
        <translation>Quá hạn trong kỳ</translation>
    </message>
    <message>
        <source>Quá hạn chưa xong</source>
        <translation>Quá hạn chưa xong</translation>
    </message>
    <message>
        <source>Có lý do chính đáng</source>
        <translation>Có lý do chính đáng</translation>
    </message>
    <message>
        <source>Được gia hạn</source>
        <translation>Được gia hạn</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Mức độ khẩn</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Người giao</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <source>Ngày giao</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Hạn (ban đầu)</source>
        <translation>Hạn (ban đầu)</translation>
    </message>
    <message>
        <source>Hạn đang áp dụng</source>
        <translation>Hạn đang áp dụng</translation>
    </message>
    <message>
        <source>Gia hạn</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Lý do chậm chính đáng</source>
        <translation>Lý do chậm chính đáng</translation>
    </message>
    <message>
        <source>Số ngày được giao</source>
        <translation>Số ngày được giao</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Tổ chức đảng</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Tổ chức cơ sở đảng</source>
        <translation>Tổ chức cơ sở đảng</translation>
    </message>
    <message>
        <source>Đề xuất đột phá</source>
        <translation>Đề xuất đột phá</translation>
    </message>
    <message>
        <source>Có giải pháp đột phá</source>
        <translation>Có giải pháp đột phá</translation>
    </message>
    <message>
        <source>Người giao (người đứng đầu)</source>
        <translation>Người giao (người đứng đầu)</translation>
    </message>
    <message>
        <source>Không có lý do chính đáng</source>
        <translation>Không có lý do chính đáng</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>meeting_dialogs</name>
    <message>
        <source>Chưa ghi</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Có phiếu biểu quyết hoặc nội dung biên bản chưa ghi. Ghi trước khi đóng?</source>
        <translation>Có phiếu biểu quyết hoặc nội dung biên bản chưa ghi. Ghi trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>Bản chụp PDF hoặc ảnh ({patterns})</source>
        <translation>Bản chụp PDF hoặc ảnh ({patterns})</translation>
    </message>
    <message>
        <source>Không mở được bản đã ký “{name}”: {detail}</source>
        <translation>Không mở được bản đã ký “{name}”: {detail}</translation>
    </message>
    <message>
        <source>Máy chưa có chương trình để mở tệp “{name}” (ở {path}).</source>
        <translation>Máy chưa có chương trình để mở tệp “{name}” (ở {path}).</translation>
    </message>
    <message>
        <source>Họp tập thể lãnh đạo</source>
        <translation>Họp tập thể lãnh đạo</translation>
    </message>
    <message>
        <source>Hội đồng đánh giá</source>
        <translation>Hội đồng đánh giá</translation>
    </message>
    <message>
        <source>{time} ngày {day}</source>
        <translation>{time} ngày {day}</translation>
    </message>
    <message>
        <source>{state}, biên bản {signed}</source>
        <translation>{state}, biên bản {signed}</translation>
    </message>
    <message>
        <source>đủ tất cả thành viên</source>
        <translation>đủ tất cả thành viên</translation>
    </message>
    <message>
        <source>ít nhất {fraction} thành viên</source>
        <translation>ít nhất {fraction} thành viên</translation>
    </message>
    <message>
        <source>Có mặt {present}/{members} thành viên; cần {needed} ({rule}).</source>
        <translation>Có mặt {present}/{members} thành viên; cần {needed} ({rule}).</translation>
    </message>
    <message>
        <source>Chưa điểm danh {n} người.</source>
        <translation>Chưa điểm danh {n} người.</translation>
    </message>
    <message>
        <source>Đủ số thành viên để biểu quyết.</source>
        <translation>Đủ số thành viên để biểu quyết.</translation>
    </message>
    <message>
        <source>CHƯA ĐỦ số thành viên: không tiến hành biểu quyết.</source>
        <translation>CHƯA ĐỦ số thành viên: không tiến hành biểu quyết.</translation>
    </message>
    <message>
        <source>{yes} tán thành, {no} không tán thành, {abstain} không biểu quyết</source>
        <translation>{yes} tán thành, {no} không tán thành, {abstain} không biểu quyết</translation>
    </message>
    <message>
        <source>Theo các phiếu đang nhập</source>
        <translation>Theo các phiếu đang nhập</translation>
    </message>
    <message>
        <source>Kết quả đã ghi</source>
        <translation>Kết quả đã ghi</translation>
    </message>
    <message>
        <source>{lead}: chưa có phiếu nào.</source>
        <translation>{lead}: chưa có phiếu nào.</translation>
    </message>
    <message>
        <source>{share}% tán thành</source>
        <translation>{share}% tán thành</translation>
    </message>
    <message>
        <source>{lead}: {counts} ({share}) — {result}</source>
        <translation>{lead}: {counts} ({share}) — {result}</translation>
    </message>
    <message>
        <source>{lead}: {counts} ({share}) — tạm tính {result}; còn {n} thành viên chưa biểu quyết</source>
        <translation>{lead}: {counts} ({share}) — tạm tính {result}; còn {n} thành viên chưa biểu quyết</translation>
    </message>
    <message>
        <source>(đánh giá kết quả thực hiện)</source>
        <translation>(đánh giá kết quả thực hiện)</translation>
    </message>
    <message>
        <source>— cuộc họp ngày {day} không thông qua, đánh giá lại</source>
        <translation>— cuộc họp ngày {day} không thông qua, đánh giá lại</translation>
    </message>
    <message>
        <source>(phạm vi rộng, phức tạp: chỉ Hội đồng)</source>
        <translation>(phạm vi rộng, phức tạp: chỉ Hội đồng)</translation>
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
    <name>operations</name>
    <message>
        <source>Đang xử lý…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang hủy…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Đã hủy.</source>
        <translation>Đã hủy.</translation>
    </message>
</context>
<context>
    <name>proposal_dialogs</name>
    <message>
        <source>Chưa lưu</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Đề xuất có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>Đề xuất có thay đổi chưa lưu. Lưu trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>proposal_text</name>
    <message>
        <source>{n} byte</source>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>Tài liệu PDF</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <source>Văn bản Word</source>
        <translation>Văn bản Word</translation>
    </message>
    <message>
        <source>Bảng tính Excel</source>
        <translation>Bảng tính Excel</translation>
    </message>
    <message>
        <source>Văn bản ODT</source>
        <translation>Văn bản ODT</translation>
    </message>
    <message>
        <source>Tệp nén</source>
        <translation>Tệp nén</translation>
    </message>
    <message>
        <source>Văn bản thuần</source>
        <translation>Văn bản thuần</translation>
    </message>
    <message>
        <source>Ảnh</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Âm thanh, video</source>
        <translation>Âm thanh, video</translation>
    </message>
    <message>
        <source>Tệp khác</source>
        <translation>Tệp khác</translation>
    </message>
    <message>
        <source>Tạo đề xuất</source>
        <translation>Tạo đề xuất</translation>
    </message>
    <message>
        <source>Cập nhật đề xuất</source>
        <translation>Cập nhật đề xuất</translation>
    </message>
    <message>
        <source>Xóa đề xuất</source>
        <translation>Xóa đề xuất</translation>
    </message>
    <message>
        <source>Lưu phiên bản</source>
        <translation>Lưu phiên bản</translation>
    </message>
    <message>
        <source>Chuyển trạng thái</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Đính kèm tệp</source>
        <translation>Đính kèm tệp</translation>
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
