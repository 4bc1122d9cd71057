"""A realistic sample proposal plan: for previews, the demo data, tests and the benchmark."""

from __future__ import annotations

from datetime import date

from lamdong_desktop.documents.proposal_plan import CriterionAssessment, Indicator, ProposalPlan

_NECESSITY = """\
Trên địa bàn xã Di Linh hiện còn khoảng 1.250 trường hợp hộ gia đình, cá nhân đang sử dụng đất có vi phạm pháp \
luật về đất đai xảy ra trước ngày 01/8/2024 (lấn, chiếm đất; tự chuyển mục đích sử dụng đất; xây dựng nhà ở trên \
đất nông nghiệp) nhưng chưa được xem xét cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với \
đất. Tình trạng này kéo dài nhiều năm, gây bức xúc trong Nhân dân, phát sinh đơn thư và làm thất thu ngân sách từ \
đất đai.

Mục đích: rút ngắn thời gian, đơn giản hóa trình tự xem xét hồ sơ cho các trường hợp đã sử dụng đất ổn định, phù \
hợp quy hoạch; góp phần hoàn thành chỉ tiêu thu ngân sách và mục tiêu giải quyết dứt điểm vi phạm pháp luật đất đai \
theo chủ trương của Tỉnh ủy.

Yêu cầu: thực hiện đúng Luật Đất đai năm 2024 và các văn bản hướng dẫn; công khai, minh bạch; tuyệt đối không hợp \
thức hóa các trường hợp vi phạm phát sinh từ ngày 01/8/2024."""

_BOTTLENECK = """\
Việc xác định thời điểm vi phạm, tình trạng sử dụng đất ổn định và sự phù hợp với quy hoạch hiện phải qua nhiều \
khâu xác minh riêng rẽ (Ủy ban nhân dân xã, Chi nhánh Văn phòng đăng ký đất đai, cơ quan thuế); mỗi khâu lập biên \
bản và hồ sơ riêng, nên thời gian giải quyết thực tế bình quân 68 ngày cho một hồ sơ.

Các quy định của Luật Đất đai năm 2024 và văn bản hướng dẫn về xác định nguồn gốc, thời điểm sử dụng đất chưa có \
hướng dẫn cụ thể về việc dùng chung kết quả xác minh giữa các cơ quan, nên mỗi cơ quan phải xác minh lại từ đầu; \
người dân phải đi lại nhiều lần và bổ sung giấy tờ nhiều lần cho cùng một nội dung."""

_SOLUTION = """\
Thành lập Tổ công tác liên ngành của xã, tổ chức xác minh một lần tại thực địa với sự tham gia đồng thời của công \
chức địa chính, Chi nhánh Văn phòng đăng ký đất đai và đại diện khu dân cư; kết quả lập thành một biên bản chung, \
có giá trị sử dụng cho tất cả các khâu tiếp theo.

- Rà soát, phân loại toàn bộ các trường hợp vi phạm theo thôn, công khai danh sách tại nhà văn hóa thôn;
- Tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công xã, hướng dẫn một lần, đầy đủ;
- Số hóa kết quả xác minh để các cơ quan liên quan khai thác chung, không yêu cầu người dân nộp lại."""

_SCOPE = """\
Phạm vi: các thửa đất trên địa bàn xã Di Linh có vi phạm pháp luật đất đai xảy ra trước ngày 01/8/2024, đã sử dụng \
ổn định, không có tranh chấp và phù hợp quy hoạch sử dụng đất.

Đối tượng: hộ gia đình, cá nhân đang sử dụng đất; công chức địa chính - xây dựng; Chi nhánh Văn phòng đăng ký đất \
đai khu vực."""

_TIMELINE = "Từ tháng 02/2026 đến hết tháng 12/2026; sơ kết sau 6 tháng thực hiện."
_RESOURCES = """\
Nhân lực: Tổ công tác liên ngành gồm 07 thành viên, sử dụng biên chế hiện có.

Kinh phí: khoảng 180.000.000 đồng từ nguồn ngân sách xã năm 2026 cho đo đạc bổ sung và số hóa hồ sơ."""
_FEASIBILITY = """\
Giải pháp không làm thay đổi thẩm quyền, không trái quy định của pháp luật, chỉ sắp xếp lại cách phối hợp giữa \
các cơ quan; đã được Chi nhánh Văn phòng đăng ký đất đai khu vực thống nhất về nguyên tắc."""
_IMPACT = """\
Tác động tích cực: người dân được cấp Giấy chứng nhận nhanh hơn, yên tâm đầu tư sản xuất; giảm đơn thư, khiếu nại; \
tăng thu ngân sách từ tiền sử dụng đất và lệ phí trước bạ.

Tác động tiêu cực có thể phát sinh: khối lượng công việc của công chức địa chính tăng trong giai đoạn đầu; nguy cơ \
lợi dụng chủ trương để hợp thức hóa vi phạm mới. Biện pháp kiểm soát: đối chiếu ảnh viễn thám và bản đồ hiện trạng \
năm 2024, công khai danh sách để Nhân dân giám sát."""
_EFFECTIVENESS = """\
Rút ngắn thời gian giải quyết hồ sơ còn dưới một nửa; giải quyết dứt điểm ít nhất một nửa số trường hợp tồn đọng \
trong năm 2026, góp phần hoàn thành chỉ tiêu thu ngân sách được giao."""


def sample_proposal_plan(*, extra_paragraphs: int = 0) -> ProposalPlan:
    """The sample plan of Xã Di Linh (about three pages); ``extra_paragraphs`` lengthens section I."""
    necessity = _NECESSITY
    for i in range(extra_paragraphs):
        necessity += (
            f"\n\nBổ sung {i + 1}: kết quả rà soát tại thôn {i % 12 + 1} cho thấy nhiều hộ đã sử dụng đất ổn định "
            "từ trước năm 2014, có xác nhận của khu dân cư, nhưng hồ sơ vẫn phải xác minh lại nhiều lần giữa các "
            "cơ quan, làm kéo dài thời gian giải quyết và phát sinh chi phí đi lại cho người dân."
        )
    return ProposalPlan(
        unit_name="Xã Di Linh",
        unit_short_name="Di Linh",
        reference="DX-2026-007",
        date=date(2026, 1, 5),
        title="Đơn giản hóa thủ tục cấp Giấy chứng nhận quyền sử dụng đất cho các trường hợp vi phạm pháp luật "
              "đất đai xảy ra trước ngày 01/8/2024",
        author_name="Nguyễn Thị Hồng Nhung",
        author_position="Phó Chủ tịch UBND xã",
        party_organisation="Chi bộ Cơ quan Ủy ban nhân dân xã Di Linh",
        priority_field="Giải quyết vi phạm pháp luật đất đai xảy ra trước ngày 01/8/2024",
        breakthrough=True,
        broad_or_complex=False,
        necessity=necessity,
        bottleneck=_BOTTLENECK,
        solution=_SOLUTION,
        scope=_SCOPE,
        timeline=_TIMELINE,
        resources=_RESOURCES,
        feasibility=_FEASIBILITY,
        impact=_IMPACT,
        effectiveness=_EFFECTIVENESS,
        indicators=(
            Indicator("Thời gian giải quyết bình quân một hồ sơ cấp Giấy chứng nhận", "ngày", "68", "≤ 30",
                      date(2026, 12, 31)),
            Indicator("Số trường hợp vi phạm trước ngày 01/8/2024 được cấp Giấy chứng nhận", "trường hợp", "0",
                      "≥ 600", date(2026, 12, 31)),
        ),
        urgency=CriterionAssessment(
            True, "Tháo gỡ điểm nghẽn về phối hợp xác minh mà quy định hiện hành chưa hướng dẫn cụ thể, không còn "
                  "phù hợp với số lượng hồ sơ tồn đọng tại địa phương."),
        pure_purpose=CriterionAssessment(
            True, "Mang lại giá trị lượng hóa được (thời gian giải quyết, số trường hợp được cấp Giấy chứng nhận, "
                  "số thu ngân sách) cho Nhà nước và Nhân dân; không vì lợi ích cục bộ, lợi ích nhóm."),
        democratic_process=CriterionAssessment(
            True, "Ý tưởng đã báo cáo Chủ tịch UBND xã ngày 22/12/2025 và sẽ được tập thể lãnh đạo thảo luận, "
                  "biểu quyết theo quy định sau khi có ý kiến của Đảng ủy xã."),
        has_conflict_of_interest=False,
    )
