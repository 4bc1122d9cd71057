"""Sample minutes of a commune of Lâm Đồng: for previews, demos, tests and the benchmark."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from lamdong_desktop.documents.issued import Person, ProposalRef
from lamdong_desktop.documents.minutes import PROPOSER_WORDS
from lamdong_desktop.documents.minutes_model import (
    Absentee,
    AgendaItem,
    Attendee,
    Criterion,
    Guest,
    Minutes,
    NonVoter,
    Opinion,
    Quorum,
    ScoreRow,
    ScoreTable,
    Vote,
)

# ----- samples: a commune of Lâm Đồng, for previews, demos, tests and the benchmark -----------------------------

SAMPLE_UNIT = "Xã Di Linh"
SAMPLE_PLACE = "Phòng họp số 1, trụ sở Ủy ban nhân dân xã Di Linh"
# The default rubric of issue 8: (title, weight), each scored from 0 to 10.
SAMPLE_RUBRIC = (
    Criterion("Tính cấp bách", 2), Criterion("Mục đích trong sáng", 2), Criterion("Quy trình dân chủ", 1),
    Criterion("Tính khả thi", 2), Criterion("Hiệu quả dự kiến", 3),
)

CHAIRMAN = Person("Nguyễn Văn Hùng", "Chủ tịch UBND xã")
VICE_CHAIR = Person("Ka Thị Hương", "Phó Chủ tịch UBND xã")
PROPOSER_DEPUTY = Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã")
SECRETARY = Person("Trần Thị Mai", "Chuyên viên Văn phòng HĐND và UBND xã")
COUNCIL_PROPOSER = Person("K'Brơi Ngọc Sơn", "Công chức Phòng Kinh tế")

LAND_PROPOSAL = ProposalRef(
    "DX-2026-041",
    "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu bằng xác minh liên ngành một lần tại thực địa",
    PROPOSER_DEPUTY,
)
COFFEE_PROPOSAL = ProposalRef(
    "DX-2026-044",
    "Liên kết tái canh cà phê và cấp mã số vùng trồng cho các hộ đồng bào dân tộc thiểu số tại 6 thôn của xã",
    COUNCIL_PROPOSER,
)

_LEADERS = (
    Attendee(CHAIRMAN.name, CHAIRMAN.position, "chair"),
    Attendee(VICE_CHAIR.name, VICE_CHAIR.position),
    Attendee(PROPOSER_DEPUTY.name, PROPOSER_DEPUTY.position),
    Attendee("Phạm Quốc Bảo", "Trưởng phòng Kinh tế"),
    Attendee("K'Tiếp", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
    Attendee("Đoàn Thị Thu Hà", "Chánh Văn phòng HĐND và UBND xã"),
)
_COUNCIL = (
    Attendee(CHAIRMAN.name, CHAIRMAN.position, "chair"),
    Attendee(VICE_CHAIR.name, VICE_CHAIR.position, "vice_chair"),
    Attendee("Phạm Quốc Bảo", "Trưởng phòng Kinh tế"),
    Attendee("Đoàn Thị Thu Hà", "Chánh Văn phòng HĐND và UBND xã"),
    Attendee("Lê Minh Tâm", "Trưởng Công an xã"),
    Attendee("K'Tiếp", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
    Attendee("Bùi Văn Lợi", "Trưởng phòng Văn hóa - Xã hội"),
    Attendee("Ka Sô Liễng", "Giám đốc Trung tâm Phục vụ hành chính công xã"),
    Attendee(SECRETARY.name, SECRETARY.position, "secretary"),
)

_LAND_PRESENTATION = """\
Đồng chí Nguyễn Thị Hồng Nhung trình bày tóm tắt Kế hoạch đề xuất: trên địa bàn xã còn khoảng 1.250 trường hợp \
sử dụng đất có vi phạm xảy ra trước ngày 01/8/2024 chưa được cấp Giấy chứng nhận; thời gian giải quyết bình quân \
68 ngày một hồ sơ do phải xác minh riêng rẽ qua nhiều khâu. Giải pháp đề xuất là thành lập Tổ công tác liên ngành, \
xác minh một lần tại thực địa, lập một biên bản chung dùng cho mọi khâu tiếp theo; mục tiêu rút ngắn thời gian \
giải quyết xuống dưới 30 ngày và cấp Giấy chứng nhận cho ít nhất 600 trường hợp trong năm 2027."""

_COFFEE_PRESENTATION = """\
Đồng chí K'Brơi Ngọc Sơn trình bày Kế hoạch đề xuất: diện tích cà phê già cỗi, năng suất thấp tại các thôn \
Kao Kuil, Đồng Lạc, Hàng Làng, Gia Bắc, Liên Đầm và Gung Ré chiếm khoảng 38% diện tích cà phê của xã; phần lớn các \
hộ đồng bào dân tộc thiểu số bán cà phê tươi qua thương lái, không có mã số vùng trồng nên không vào được chuỗi \
xuất khẩu. Đề xuất liên kết giữa Ủy ban nhân dân xã, Hợp tác xã Nông nghiệp Di Linh và một doanh nghiệp thu mua: \
hỗ trợ cây giống, kỹ thuật tái canh, cấp mã số vùng trồng và bao tiêu sản phẩm theo giá thị trường.

Đề xuất có phạm vi rộng, tác động đến khoảng 1.200 hộ, nên được đưa ra Hội đồng đánh giá đề xuất đổi mới, sáng \
tạo theo Nghị quyết của Tỉnh ủy."""

_COUNCIL_OPINIONS = (
    Opinion(VICE_CHAIR.name, "Thống nhất sự cần thiết; đề nghị làm rõ cơ chế bảo đảm giá bao tiêu tối thiểu cho "
            "người dân khi giá cà phê thị trường giảm sâu, tránh để người dân chịu rủi ro một mình.",
            VICE_CHAIR.position),
    Opinion("Phạm Quốc Bảo", "Nguồn kinh phí hỗ trợ cây giống cần tách bạch giữa ngân sách xã và phần đối ứng "
            "của doanh nghiệp; đề nghị bổ sung dự toán chi tiết theo từng năm và theo từng thôn.",
            "Trưởng phòng Kinh tế"),
    Opinion("Bùi Văn Lợi", "Đề nghị tổ chức họp dân tại từng thôn, có phiên dịch tiếng K'Ho, để người dân hiểu rõ "
            "quyền lợi và nghĩa vụ khi tham gia liên kết trước khi ký hợp đồng.",
            "Trưởng phòng Văn hóa - Xã hội"),
    Opinion("Ka Sô Liễng", "Thủ tục cấp mã số vùng trồng nên được tiếp nhận tại Trung tâm Phục vụ hành chính công "
            "xã và trả kết quả tại thôn, không để người dân phải đi lại nhiều lần.",
            "Giám đốc Trung tâm Phục vụ hành chính công xã"),
    Opinion("Lê Minh Tâm", "Không tán thành triển khai đồng loạt ngay tại cả 6 thôn; đề nghị làm thí điểm tại 2 "
            "thôn trước, đánh giá sau một vụ rồi mới mở rộng.", "Trưởng Công an xã"),
)

# Scores of each council member, criterion by criterion (SAMPLE_RUBRIC order), 0–10.
_COUNCIL_SCORES = (
    (9, 9, 8, 8, 9), (8, 9, 7, 7, 8), (8, 8, 8, 7, 8), (9, 9, 8, 8, 9), (7, 8, 6, 6, 7),
    (8, 9, 8, 8, 8), (9, 9, 9, 8, 9), (8, 8, 8, 9, 9), (9, 9, 8, 8, 8),
)


def _exact(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def sample_score_table(members: tuple[Attendee, ...] = _COUNCIL,
                       scores: tuple[tuple[int, ...], ...] = _COUNCIL_SCORES) -> ScoreTable:
    """The council's 9 × 5 score table, totals and averages computed as the domain would (weights, 2 decimals)."""
    weights = (2, 2, 1, 2, 3)  # SAMPLE_RUBRIC's
    totals = [sum(w * s for w, s in zip(weights, marks, strict=True)) for marks in scores]
    count = Decimal(len(scores))
    return ScoreTable(
        criteria=SAMPLE_RUBRIC,
        rows=tuple(ScoreRow(m.name, marks, total) for m, marks, total in zip(members, scores, totals, strict=True)),
        averages=tuple(_exact(Decimal(sum(column)) / count) for column in zip(*scores, strict=True)),
        average_total=_exact(Decimal(sum(totals)) / count),
    )


def sample_minutes(*, number: int | None = 1, extra_paragraphs: int = 0) -> Minutes:
    """The leadership meeting of Xã Di Linh on 05/01/2027: one proposal, a deputy who proposed it and does not
    vote, one member absent; passed 4 of 5."""
    start = datetime(2027, 1, 5, 8, 0)
    content = ("Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã, chủ trì cuộc họp, nêu mục đích, yêu cầu và chương "
               "trình; báo cáo việc tiếp nhận đề xuất ngày 28/12/2026 và ý kiến của Đảng ủy xã tại Văn bản số "
               "112-CV/ĐU ngày 30/12/2026.")
    for i in range(extra_paragraphs):
        content += (f"\nÝ kiến bổ sung {i + 1}: các thành viên trao đổi về việc bố trí nhân lực cho Tổ công tác "
                    "liên ngành trong các tháng cao điểm, việc phối hợp với Chi nhánh Văn phòng đăng ký đất đai "
                    "khu vực và việc công khai danh sách các trường hợp đủ điều kiện tại nhà văn hóa thôn.")
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="leadership",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(hours=2, minutes=15),
        place=SAMPLE_PLACE,
        quorum=Quorum(members=7, present=6, required=5),
        attendees=(*_LEADERS, Attendee(SECRETARY.name, SECRETARY.position, "secretary", member=False)),
        absentees=(Absentee("Lê Minh Tâm", "Trưởng Công an xã", "dự tập huấn tại Công an tỉnh Lâm Đồng"),),
        chair=CHAIRMAN,
        secretary=SECRETARY,
        content=content,
        agenda=(AgendaItem(
            proposal=LAND_PROPOSAL,
            presentation=_LAND_PRESENTATION,
            opinions=(
                Opinion(VICE_CHAIR.name, "Thống nhất với đề xuất; đề nghị bổ sung quy trình đối chiếu ảnh viễn "
                        "thám năm 2024 để không hợp thức hóa vi phạm phát sinh sau ngày 01/8/2024.",
                        VICE_CHAIR.position),
                Opinion("Phạm Quốc Bảo", "Đề nghị làm rõ nguồn kinh phí đo đạc bổ sung (khoảng 180 triệu đồng) "
                        "trong dự toán ngân sách xã năm 2027.", "Trưởng phòng Kinh tế"),
                Opinion("K'Tiếp", "Không tán thành vì lo ngại khối lượng công việc của công chức địa chính "
                        "trong mùa thu hoạch cà phê; đề nghị lùi thời gian bắt đầu sang tháng 3/2027.",
                        "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
            ),
            vote=Vote(present=6, voting=5, in_favour=4, against=1, abstaining=0, result="passed",
                      non_voters=(NonVoter(PROPOSER_DEPUTY.name),)),
            conclusion="Thống nhất trình Chủ tịch UBND xã ban hành Quyết định phê duyệt đề xuất; người đề xuất "
                       "tiếp thu ý kiến về đối chiếu ảnh viễn thám và dự toán kinh phí khi tổ chức thực hiện.",
        ),),
        conclusion="Giao Văn phòng HĐND và UBND xã hoàn thiện dự thảo Quyết định phê duyệt, trình ký trong ngày "
                   "06/01/2027.",
        read_back=True,
    )


def sample_council_minutes(*, number: int | None = 2, extra_paragraphs: int = 0) -> Minutes:
    """The review council of Xã Di Linh on 07/01/2027: 9 members present, the full 9 × 5 score table, passed
    7 of 9 as a pilot (four pages; ``extra_paragraphs`` lengthens the proceedings)."""
    start = datetime(2027, 1, 7, 14, 0)
    content = ("Đồng chí Nguyễn Văn Hùng, Chủ tịch Hội đồng, tuyên bố lý do, giới thiệu thành phần và chương "
               "trình phiên họp; Thư ký Hội đồng báo cáo hồ sơ đề xuất đã gửi các thành viên ngày 04/01/2027 kèm "
               "ý kiến của Đảng ủy xã tại Văn bản số 115-CV/ĐU ngày 05/01/2027.")
    for i in range(extra_paragraphs):
        content += (f"\nTrao đổi thêm {i + 1}: Hội đồng xem xét kết quả khảo sát 214 hộ tại 6 thôn, trong đó 176 "
                    "hộ đăng ký tham gia liên kết; đại diện Hợp tác xã Nông nghiệp Di Linh cam kết bố trí cán bộ "
                    "kỹ thuật thường trực tại thôn trong suốt thời gian tái canh và thu mua theo giá thị trường.")
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="council",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(hours=3, minutes=10),
        place="Hội trường Ủy ban nhân dân xã Di Linh",
        quorum=Quorum(members=9, present=9, required=6),
        attendees=_COUNCIL,
        guests=(Guest(COUNCIL_PROPOSER.name, COUNCIL_PROPOSER.position, PROPOSER_WORDS),),
        chair=CHAIRMAN,
        secretary=SECRETARY,
        content=content,
        agenda=(AgendaItem(
            proposal=COFFEE_PROPOSAL,
            presentation=_COFFEE_PRESENTATION,
            opinions=_COUNCIL_OPINIONS,
            scores=sample_score_table(),
            vote=Vote(present=9, voting=9, in_favour=7, against=1, abstaining=1, result="passed"),
            conclusion="Hội đồng thống nhất đề nghị Chủ tịch UBND xã cho thực hiện thí điểm đề xuất tại thôn Kao "
                       "Kuil và thôn Gung Ré trong 12 tháng, từ tháng 02/2027; sau thí điểm đánh giá kết quả để "
                       "xem xét mở rộng ra 4 thôn còn lại.",
        ),),
        conclusion="Thư ký Hội đồng hoàn thiện biên bản, gửi kèm Bảng tổng hợp điểm đánh giá trình Chủ tịch UBND xã "
                   "xem xét, quyết định.",
        read_back=True,
    )


def sample_adjourned_minutes(*, number: int | None = 1) -> Minutes:
    """The council's first meeting on 06/01/2027: 5 of 9 present, below the 2/3 quorum, adjourned without a vote."""
    start = datetime(2027, 1, 6, 14, 0)
    present = _COUNCIL[:4] + _COUNCIL[8:]
    absent = tuple(Absentee(a.name, a.position, reason) for a, reason in zip(_COUNCIL[4:8], (
        "dự tập huấn tại Công an tỉnh Lâm Đồng", "làm nhiệm vụ huấn luyện dân quân tại thôn Gung Ré",
        "ốm, có giấy xác nhận của Trạm Y tế xã", "đi công tác tại Sở Nội vụ tỉnh Lâm Đồng"), strict=True))
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="council",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(minutes=20),
        place="Hội trường Ủy ban nhân dân xã Di Linh",
        quorum=Quorum(members=9, present=5, required=6),
        attendees=present,
        guests=(Guest(COUNCIL_PROPOSER.name, COUNCIL_PROPOSER.position, PROPOSER_WORDS),),
        absentees=absent,
        chair=CHAIRMAN,
        secretary=SECRETARY,
        agenda=(AgendaItem(proposal=COFFEE_PROPOSAL),),
        adjourned=True,
        adjourn_reason="Chủ tịch Hội đồng tuyên bố hoãn phiên họp; đề xuất được đưa ra phiên họp tiếp theo vào "
                       "14 giờ 00 ngày 07/01/2027 tại Hội trường Ủy ban nhân dân xã.",
    )
