"""Realistic demo proposals for the demo unit: every state, every priority field, several party organisations.

The proposals are written once as plain text below, with placeholders ({unit}, {thon}, {cu} …) filled from the
unit, so that the demo of any commune, ward or the special zone reads naturally. The ten sections, the criteria
and the timeline are composed from each proposal's own text and a few texts per priority field. Everything goes
through the proposal services, as the authors would have done it. Deterministic: no randomness.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.proposals import (
    Assessment,
    Criterion,
    Indicator,
    Participant,
    ParticipantRole,
    ProposalContent,
    Section,
    missing_items,
)
from lamdong_desktop.domain.text import fold
from lamdong_desktop.domain.units import KIND_LABELS, Unit, UnitKind

from . import accounts, proposals, staff
from .context import AppContext

_Ind = tuple[str, ...]  # name, unit, baseline, target, dd/mm/yyyy


@dataclass(frozen=True)
class _Spec:
    author: str  # demo account: canbo, phochutich, thuky or chutich (the head: goes to the province)
    field: str
    org: str  # db, ub, mt, qs, ca, t1, kk (see _ORG_KEYS)
    # draft (complete, not submitted) | partial (unfinished draft) | submit | return | revise (returned, revised,
    # resubmitted) | withdraw (after submitting) | withdraw_returned | withdraw_draft
    plan: str
    title: str
    need: str = ""
    block: str = ""
    law: str = ""
    sol: str = ""
    scope: str = ""
    res: str = ""
    ind: tuple[_Ind, ...] = ()
    people: tuple[tuple[str, str], ...] = ()  # (staff name, "p" proposer | "t" implementer)
    reason: str = ""  # the head's reason for returning it
    fix: str = ""  # what the author added after the return …
    fix_at: Section = Section.SOLUTION  # … to which section ("fix@impact: …")
    fix_ind: _Ind | None = None  # … and an indicator added with it
    why: str = ""  # the author's reason for withdrawing it
    bt: bool = False  # breakthrough
    broad: bool = False
    conflict: str = ""  # a declared conflict of interest and how it is handled
    risk: str = ""


def _blocks(text: str) -> list[tuple[list[str], list[tuple[str, str]]]]:
    """``=== words`` opens a block; ``key: text`` lines follow; indented lines continue the previous text."""
    blocks: list[tuple[list[str], list[tuple[str, str]]]] = []
    for line in text.strip().splitlines():
        if line.startswith("=== "):
            blocks.append((line[4:].split(), []))
        elif line.startswith("  "):
            key, value = blocks[-1][1][-1]
            blocks[-1][1][-1] = (key, f"{value} {line.strip()}")
        else:
            key, _, value = line.partition(": ")
            blocks[-1][1].append((key, value.strip()))
    return blocks


def _spec(head: list[str], items: list[tuple[str, str]]) -> _Spec:
    author, field, org, plan, *flags = head
    values: dict = {}
    indicators = []
    for key, value in items:
        if key == "ind":
            indicators.append(tuple(p.strip() for p in value.split("|")))
        elif key == "fix_ind":
            values["fix_ind"] = tuple(p.strip() for p in value.split("|"))
        elif key == "people":
            values["people"] = tuple((p[2:], p[0]) for p in value.split("; "))
        elif key.startswith("fix@"):
            values |= {"fix": value, "fix_at": Section(key[4:])}
        else:
            values[key] = value
    return _Spec(author, field, org, plan, ind=tuple(indicators), bt="bt" in flags, broad="broad" in flags,
                 **values)


# Per priority field: the context of the need, feasibility, positive and negative impact, how the result is
# measured, and why such a proposal is urgent.
_FIELD_TEXT: dict[str, dict[str, str]] = {head[0]: dict(items) for head, items in _blocks("""
=== dat_dai
ctx: Nghị quyết của Tỉnh ủy xác định giải quyết dứt điểm các vi phạm pháp luật về đất đai xảy ra trước ngày 01/8/2024
  là lĩnh vực cấp bách, là điều kiện để khơi thông nguồn lực đất đai cho phát triển.
feas: Luật Đất đai năm 2024 và các nghị định hướng dẫn đã có hiệu lực, tạo căn cứ pháp lý rõ ràng; công chức địa chính
  đã được tập huấn; người dân có nhu cầu cao về hợp thức hóa quyền sử dụng đất.
pos: người sử dụng đất được bảo đảm quyền lợi hợp pháp, có thể thế chấp vay vốn sản xuất; giảm khiếu nại, tranh chấp;
  tăng thu từ tiền sử dụng đất, lệ phí trước bạ; cơ sở dữ liệu đất đai được cập nhật.
neg: khối lượng hồ sơ lớn có thể gây quá tải cục bộ; một số trường hợp không đủ điều kiện có thể phản ứng.
eff: Kết quả được đối chiếu với số hồ sơ đã cập nhật vào cơ sở dữ liệu đất đai của tỉnh.
urg: Các vướng mắc về đất đai tồn đọng, nhất là vi phạm xảy ra trước ngày 01/8/2024, chưa có hướng dẫn phù hợp thực
  tiễn địa phương, kéo dài gây bức xúc trong Nhân dân; đây là lĩnh vực Nghị quyết của Tỉnh ủy ưu tiên tháo gỡ.
=== dau_tu_cong
ctx: Giải ngân vốn đầu tư công là chỉ tiêu trọng tâm của Nghị quyết Đại hội Đảng bộ tỉnh; quý I/2026 tỷ lệ giải ngân
  toàn tỉnh chỉ đạt khoảng 3%, đòi hỏi từng địa phương có giải pháp đột phá.
feas: Nguồn vốn đã có trong kế hoạch đầu tư công; các giải pháp không trái quy định hiện hành và đã được áp dụng thành
  công ở nhiều địa phương; Nhân dân đồng thuận khi được bàn bạc, giám sát công khai.
pos: đẩy nhanh tiến độ giải ngân vốn đầu tư công, công trình sớm đưa vào sử dụng; rút ngắn thời gian thực hiện; tăng
  tính công khai, minh bạch và sự giám sát của cộng đồng.
neg: nếu giám sát không chặt chẽ có thể phát sinh sai sót về kỹ thuật, hồ sơ; áp lực tiến độ dồn lên chủ đầu tư và Ban
  quản lý dự án.
eff: Tỷ lệ giải ngân được đối chiếu với số liệu thanh toán của Kho bạc Nhà nước hằng tháng.
urg: Trình tự chuẩn bị đầu tư, giải phóng mặt bằng và thanh toán hiện hành chưa phù hợp với thực tiễn ở cấp {kind}, làm
  chậm giải ngân vốn đầu tư công, chỉ tiêu mà Nghị quyết của Tỉnh ủy yêu cầu tập trung tháo gỡ.
=== giam_ngheo
ctx: Giảm nghèo bền vững, nhất là trong vùng đồng bào dân tộc thiểu số, là mục tiêu xuyên suốt nhiệm kỳ 2025 - 2030; tỷ
  lệ hộ nghèo đa chiều của {unit} còn cao hơn bình quân của tỉnh.
feas: Nguồn lực các chương trình mục tiêu quốc gia đã được phân bổ; hệ thống chính trị ở {thon} và người có uy tín tham
  gia tích cực; hộ nghèo có nhu cầu và được bàn bạc từ đầu.
pos: hộ nghèo, hộ cận nghèo có sinh kế ổn định, tăng thu nhập; giảm tỷ lệ tái nghèo; củng cố niềm tin của Nhân dân,
  nhất là đồng bào dân tộc thiểu số.
neg: một bộ phận hộ còn tâm lý trông chờ, ỷ lại; thiên tai, dịch bệnh và giá nông sản biến động có thể ảnh hưởng đến
  kết quả.
eff: Kết quả giảm nghèo được xác định qua rà soát hộ nghèo, hộ cận nghèo hằng năm theo chuẩn nghèo đa chiều.
urg: Cách hỗ trợ hiện hành phân tán, thủ tục phức tạp, không phù hợp với điều kiện của hộ nghèo ở địa phương; cần cơ
  chế mới để hoàn thành chỉ tiêu giảm nghèo.
=== tang_truong
ctx: Nghị quyết của Tỉnh ủy đặt mục tiêu tăng trưởng hai con số (10% trở lên) và yêu cầu mỗi tổ chức cơ sở đảng có ít
  nhất một giải pháp đột phá góp phần hoàn thành mục tiêu này.
feas: {Unit} có lợi thế về khí hậu, nông sản chủ lực và lao động trẻ; chủ trương của Trung ương về phát triển kinh tế
  tư nhân, khoa học công nghệ tạo điều kiện thuận lợi.
pos: tạo động lực tăng trưởng mới, chuyển dịch cơ cấu kinh tế sang chế biến, dịch vụ; tạo việc làm tại chỗ cho lao động
  địa phương.
neg: kết quả phụ thuộc vào thị trường và quyết định của nhà đầu tư; nếu quản lý không tốt có thể ảnh hưởng đến cảnh
  quan, môi trường.
eff: Tăng trưởng được đo theo số liệu giá trị sản xuất do cơ quan thống kê công bố.
urg: Tốc độ tăng trưởng hiện nay thấp hơn mục tiêu 10%; quy định hiện hành chưa tạo thuận lợi cho khu vực tư nhân đầu
  tư ở cấp xã.
=== thu_ngan_sach
ctx: Thu ngân sách là một trong các chỉ tiêu trọng tâm của Nghị quyết; sau sắp xếp đơn vị hành chính, {unit} phải tự
  cân đối phần lớn nhiệm vụ chi thường xuyên.
feas: Cơ sở pháp lý đầy đủ; nguồn thu đã được rà soát; có sự phối hợp của Thuế cơ sở và Kho bạc Nhà nước khu vực.
pos: tăng thu ngân sách bền vững, chống thất thu; minh bạch nghĩa vụ tài chính; tạo nguồn cho đầu tư phát triển và an
  sinh xã hội.
neg: người nộp thuế có thể e ngại trong giai đoạn đầu; chi phí tuân thủ tăng đối với hộ nhỏ.
eff: Số thu được đối chiếu với báo cáo thu ngân sách của Kho bạc Nhà nước.
urg: Nguồn thu tại chỗ chưa được khai thác đầy đủ do cơ chế chưa phù hợp thực tiễn sau sắp xếp; dự toán thu ngân sách
  năm 2026 có nguy cơ không đạt.
=== thu_nhap
ctx: Nâng thu nhập bình quân đầu người là chỉ tiêu Nghị quyết của Tỉnh ủy yêu cầu tập trung thực hiện; thu nhập của
  Nhân dân {unit} chủ yếu từ nông nghiệp, chịu nhiều rủi ro về giá và thời tiết.
feas: Người dân có kinh nghiệm sản xuất và nhu cầu thay đổi; tổ chức tín dụng, hợp tác xã sẵn sàng tham gia; mô hình
  tương tự đã thành công ở một số địa phương trong tỉnh.
pos: tăng thu nhập bình quân đầu người, giảm phụ thuộc vào một loại nông sản; nâng cao kỹ năng người lao động; giữ chân
  lao động trẻ.
neg: thời gian đầu thu nhập của một số hộ có thể giảm do chuyển đổi; rủi ro thị trường.
eff: Thu nhập bình quân được xác định qua điều tra mẫu hộ gia đình hằng năm.
urg: Quy định hỗ trợ hiện hành không còn phù hợp với yêu cầu chuyển đổi sản xuất và việc làm của địa phương; thu nhập
  bình quân còn thấp so với mục tiêu.
=== khac
ctx: Nghị quyết của Tỉnh ủy yêu cầu cắt bỏ khâu trung gian, phấn đấu 80% vụ việc được giải quyết sớm hơn thời hạn từ
  10% đến 15%; chính quyền địa phương hai cấp phải phục vụ người dân gần hơn, nhanh hơn.
feas: Hạ tầng số và nền tảng dùng chung của tỉnh đã sẵn sàng; công chức trẻ, được đào tạo về chuyển đổi số; chi phí
  thực hiện thấp.
pos: giảm thời gian, chi phí đi lại của người dân; nâng cao mức độ hài lòng; công việc của cơ quan được theo dõi minh
  bạch, đúng hạn.
neg: người cao tuổi và người chưa quen công nghệ cần thời gian thích ứng; khối lượng công việc của công chức tăng trong
  giai đoạn đầu.
eff: Kết quả được đo trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.
urg: Quy trình hiện hành chưa phù hợp với địa bàn rộng sau sắp xếp đơn vị hành chính; người dân phải đi lại nhiều lần.
""")}

_REQUIREMENTS = (
    "Yêu cầu: thực hiện đúng quy định, công khai, minh bạch, có sự tham gia và giám sát của Nhân dân; kết quả "
    "đo lường được bằng chỉ tiêu cụ thể.",
    "Mục đích là tháo gỡ điểm nghẽn nêu tại mục 2 để tạo chuyển biến rõ rệt; yêu cầu rõ người, rõ việc, rõ "
    "thời hạn, rõ kết quả.",
    "Yêu cầu: không phát sinh thủ tục mới cho người dân, không trông chờ nguồn lực cấp trên; mọi bước đều có hồ "
    "sơ lưu để phục vụ đánh giá theo Nghị định số 73/2023/NĐ-CP.",
)
_TIMELINES = (
    "Từ khi được phê duyệt đến ngày {end}. Giai đoạn 1 (tháng đầu tiên): ban hành kế hoạch chi tiết, phân công "
    "nhiệm vụ, công khai tại trụ sở {ubnd} và nhà văn hóa các {thon}. Giai đoạn 2: tổ chức thực hiện, giao ban "
    "tiến độ hằng tháng. Giai đoạn 3: sơ kết trước ngày {mid}, tổng kết và báo cáo kết quả bằng văn bản trong "
    "05 ngày làm việc sau khi hoàn thành.",
    "Tháng thứ nhất khảo sát, hoàn thiện phương án; các tháng tiếp theo triển khai đồng loạt, mỗi quý đánh giá "
    "một lần. Ngày {mid} sơ kết để điều chỉnh nếu cần; hoàn thành ngày {end}; báo cáo kết quả theo Nghị định số "
    "73/2023/NĐ-CP trong 05 ngày làm việc kể từ khi hoàn thành.",
    "Triển khai ngay sau khi tập thể lãnh đạo thông qua; mốc kiểm tra giữa kỳ: {mid}; mốc hoàn thành: {end}. "
    "Người chủ trì báo cáo tiến độ tại giao ban tuần của {ubnd}; kết quả cuối cùng được báo cáo bằng văn bản để "
    "tập thể lãnh đạo đánh giá.",
)
_FEASIBILITY = (
    "Người chủ trì và người thực hiện đã được phân công cụ thể; vướng mắc vượt thẩm quyền được báo cáo kịp thời "
    "để xin ý kiến cấp trên.",
    "Đề xuất không đòi hỏi thay đổi tổ chức bộ máy, thực hiện được trong phạm vi thẩm quyền của {ubnd}, trừ các "
    "nội dung kiến nghị tỉnh đã nêu.",
    "Các bước đã được trao đổi với cơ quan chuyên môn liên quan và có thể thí điểm trước ở một số {thon}.",
)
_MITIGATION = (
    "công khai kế hoạch, tiếp nhận phản ánh qua trưởng {thon}, báo cáo ngay khi phát sinh rủi ro để điều chỉnh.",
    "thí điểm trước, đánh giá sau từng giai đoạn; đề nghị Ủy ban Mặt trận Tổ quốc {unit} giám sát.",
    "lập sổ theo dõi rủi ro, phân công người chịu trách nhiệm xử lý và báo cáo tập thể lãnh đạo hằng quý.",
)

_BOTTLENECK_CLOSING = (
    "Vướng mắc này đã được nêu qua nhiều kỳ giao ban nhưng chưa được tháo gỡ ở cấp {kind}.",
    "Nếu không có cơ chế phù hợp, tình trạng trên sẽ tiếp tục kéo dài và ảnh hưởng đến chỉ tiêu của Nghị quyết.",
    "Cán bộ, công chức e ngại làm khác quy trình quen thuộc vì lo bị quy trách nhiệm.",
)
_SOLUTION_CLOSING = (
    "Người chủ trì chịu trách nhiệm tổ chức thực hiện, báo cáo tiến độ định kỳ với tập thể lãnh đạo.",
    "Kết quả từng bước được công khai để Nhân dân theo dõi, giám sát.",
    "Nội dung vượt thẩm quyền được kiến nghị cấp có thẩm quyền trước khi triển khai.",
)
_SCOPE_NARROW = "Đề xuất thực hiện trong phạm vi {unit}, thuộc thẩm quyền quyết định của tập thể lãnh đạo UBND."
_SCOPE_HEAD = "Đề xuất thực hiện trong phạm vi {unit}; người đề xuất là Chủ tịch UBND nên UBND tỉnh quyết định."
_SCOPE_BROAD = ("Đề xuất có phạm vi rộng, tác động đến nhiều đối tượng nên đề nghị Hội đồng đánh giá đề xuất đổi mới, "
                "sáng tạo xem xét.")

_LD73 = " Đề xuất được xây dựng theo Điều 5, Điều 7 Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ."

# One block per proposal: "=== author field party-organisation plan [bt] [broad]", then its texts.
_SPECS: tuple[_Spec, ...] = tuple(_spec(head, items) for head, items in _blocks("""
=== phochutich dat_dai db submit bt broad
title: Phân loại và xử lý dứt điểm các trường hợp vi phạm pháp luật về đất đai xảy ra trước ngày 01/8/2024 trên địa bàn
  {unit}
need: Qua rà soát, {unit} còn 412 trường hợp sử dụng đất có vi phạm pháp luật về đất đai xảy ra trước ngày 01/8/2024
  (lấn, chiếm đất; tự chuyển đất nông nghiệp sang đất ở; chuyển nhượng bằng giấy viết tay), tập trung tại {cu} và
  {cu2}. Các hồ sơ tồn đọng nhiều năm, người dân không được cấp Giấy chứng nhận, không thể thế chấp vay vốn, phát sinh
  khiếu nại kéo dài.
block: Hồ sơ do nhiều cơ quan quản lý trước khi sắp xếp đơn vị hành chính, thiếu biên bản xác định thời điểm vi phạm;
  công chức e ngại xác nhận nguồn gốc, thời điểm sử dụng đất vì lo bị quy trách nhiệm, hồ sơ bị chuyển qua lại giữa
  {kind} và Văn phòng đăng ký đất đai. Chưa có tiêu chí thống nhất để phân loại trường hợp được cấp Giấy chứng nhận,
  trường hợp phải xử phạt, buộc khôi phục.
law: Điều 138, Điều 139, Điều 140 Luật Đất đai năm 2024 (Luật số 31/2024/QH15); Nghị định số 101/2024/NĐ-CP về đăng ký,
  cấp Giấy chứng nhận; Nghị định số 123/2024/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực đất đai; Kết luận số
  182-KL/TW ngày 29/7/2025 của Bộ Chính trị và Nghị quyết số 29/2026/QH16 của Quốc hội về xử lý vi phạm đất đai trước
  ngày 01/8/2024. Quy định về xác định 'sử dụng đất ổn định' chưa có hướng dẫn cụ thể cho hồ sơ thiếu giấy tờ.
sol: Thành lập Tổ công tác liên ngành (địa chính, tư pháp, công an, trưởng {thon}) do Phó Chủ tịch UBND phụ trách; lập
  cơ sở dữ liệu 412 trường hợp, phân thành 4 nhóm: (1) đủ điều kiện cấp Giấy chứng nhận; (2) cấp sau khi thực hiện
  nghĩa vụ tài chính; (3) phải xử phạt, buộc khôi phục; (4) vướng quy hoạch, báo cáo tỉnh. Xác định thời điểm sử dụng
  đất bằng biên bản họp khu dân cư có xác nhận của Mặt trận, đối chiếu ảnh vệ tinh các năm 2014, 2019, 2024; áp dụng
  quy trình 'một lần kiểm tra, một biên bản'.
scope: 412 hộ gia đình, cá nhân và 3 tổ chức sử dụng đất có vi phạm trước ngày 01/8/2024 tại {cu} và {cu2}; công chức
  địa chính, tư pháp; Chi nhánh Văn phòng đăng ký đất đai khu vực.
res: Kinh phí 480 triệu đồng từ nguồn sự nghiệp kinh tế ngân sách {kind} năm 2026 (đo đạc bổ sung, ảnh vệ tinh, in ấn).
ind: Số trường hợp vi phạm trước 01/8/2024 được xử lý dứt điểm | trường hợp | 0 | 330 | 30/06/2027
ind: Tỷ lệ hồ sơ nhóm 1 được cấp Giấy chứng nhận | % | 0 | 90 | 31/03/2027
people: p Ka Thị Hương; p Hoàng Đức Long; t K'Brơi Ngọc Sơn
risk: một số hộ thuộc nhóm 3 phải khôi phục hiện trạng có thể phản ứng; hồ sơ dồn về Văn phòng đăng ký đất đai trong
  cùng thời gian.
=== canbo dat_dai ub revise
title: Cấp Giấy chứng nhận quyền sử dụng đất lần đầu theo hình thức lưu động tại {thon}
need: Toàn {unit} còn khoảng 1.850 thửa đất của hộ gia đình, cá nhân chưa được cấp Giấy chứng nhận lần đầu, phần lớn là
  hộ {dtts} ở xa trung tâm; người dân phải đi lại nhiều lần để bổ sung hồ sơ, nhiều hộ bỏ dở.
block: Hồ sơ cấp Giấy chứng nhận lần đầu phải nộp tại Bộ phận một cửa; xác nhận nguồn gốc, thời điểm sử dụng đất và
  niêm yết công khai làm tuần tự nên một hồ sơ mất từ 3 đến 6 tháng; bản đồ địa chính chưa được chỉnh lý sau khi sắp
  xếp đơn vị hành chính.
law: Điều 137, Điều 138 Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP (trình tự đăng ký, cấp Giấy chứng nhận lần
  đầu); Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành Luật Đất đai; Nghị định số 118/2025/NĐ-CP về thực hiện
  thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.
sol: Tổ chức 'ngày cấp Giấy chứng nhận tại {thon}': tổ lưu động gồm công chức địa chính, viên chức Văn phòng đăng ký
  đất đai và trưởng {thon} tiếp nhận hồ sơ, đo đạc, xác nhận nguồn gốc đất và niêm yết công khai ngay tại nhà văn hóa;
  hướng dẫn bằng tiếng dân tộc qua người có uy tín; hồ sơ được số hóa tại chỗ.
scope: Hộ gia đình, cá nhân chưa được cấp Giấy chứng nhận tại 14 {thon}, ưu tiên {thon} Kao Kuil và các {thon} vùng
  đồng bào dân tộc thiểu số.
res: Kinh phí 265 triệu đồng (ngân sách {kind} 145 triệu đồng; nguồn thu từ đất được điều tiết 120 triệu đồng); máy
  tính xách tay, máy quét hiện có của Trung tâm Phục vụ hành chính công.
ind: Số thửa đất được cấp Giấy chứng nhận lần đầu | thửa | 0 | 1.200 | 31/12/2026
ind: Thời gian giải quyết bình quân một hồ sơ | ngày | 95 | 30 | 30/06/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn
reason: Đề nghị làm rõ phân công giữa công chức địa chính {kind} và Chi nhánh Văn phòng đăng ký đất đai khi tiếp nhận
  hồ sơ tại {thon}; bổ sung cách bảo quản hồ sơ gốc và chỉ tiêu về tỷ lệ hồ sơ phải bổ sung.
fix: Bổ sung theo ý kiến của Chủ tịch UBND: công chức địa chính {kind} tiếp nhận, kiểm tra và xác nhận nguồn gốc đất;
  viên chức Chi nhánh Văn phòng đăng ký đất đai đo đạc, thẩm định; hồ sơ gốc được lập biên bản giao nhận, niêm phong và
  chuyển về Bộ phận một cửa trong ngày.
fix_ind: Tỷ lệ hồ sơ phải bổ sung sau khi tiếp nhận | % | 42 | 10 | 30/06/2027
=== canbo dat_dai ca submit bt
title: Ngăn chặn lấn chiếm đất rừng bằng giao khoán bảo vệ rừng cho cộng đồng {thon} và giám sát bằng thiết bị bay
  không người lái
need: Giai đoạn 2022 - 2025, {unit} phát hiện 57 vụ lấn chiếm, phá rừng với 18,6 ha, chủ yếu để trồng {crop}; đất rừng
  bị lấn chiếm sau đó được chuyển nhượng bằng giấy viết tay, gây khó khăn cho quản lý đất đai và phát sinh tranh chấp.
block: Lực lượng kiểm lâm mỏng (một kiểm lâm địa bàn phụ trách hơn 4.000 ha); mức khoán bảo vệ rừng thấp nên cộng đồng
  thiếu động lực tuần tra; xử lý lấn chiếm phải chờ xác định ranh giới ba loại rừng, kéo dài nhiều tháng khiến hiện
  trạng bị thay đổi.
law: Luật Lâm nghiệp năm 2017; Nghị định số 156/2018/NĐ-CP (sửa đổi bởi Nghị định số 91/2024/NĐ-CP) về khoán bảo vệ
  rừng; Nghị định số 35/2019/NĐ-CP (sửa đổi bởi Nghị định số 07/2022/NĐ-CP) về xử phạt vi phạm hành chính trong lĩnh
  vực lâm nghiệp; Điều 11 Luật Đất đai năm 2024 về hành vi bị nghiêm cấm.
sol: Giao khoán bảo vệ 1.250 ha rừng cho 4 cộng đồng {thon}, mỗi nơi có tổ tuần tra gồm người có uy tín, dân quân, đoàn
  viên; Công an {kind} phối hợp kiểm lâm dùng thiết bị bay chụp ảnh 2 lần/tháng, so với bản đồ hiện trạng rừng để phát
  hiện sớm; vụ lấn chiếm mới được lập biên bản, buộc khôi phục trong 7 ngày.
scope: 1.250 ha rừng giáp khu dân cư tại {cu}; 4 cộng đồng {thon} với khoảng 210 hộ {dtts}; Công an {kind}, Ban Chỉ huy
  Quân sự {kind}, kiểm lâm địa bàn.
res: Tiền dịch vụ môi trường rừng khoảng 620 triệu đồng/năm; thuê thiết bị bay 60 triệu đồng/năm từ ngân sách {kind};
  lực lượng tuần tra hiện có.
ind: Số vụ lấn chiếm, phá rừng mới phát sinh | vụ/năm | 14 | 3 | 31/12/2027
ind: Diện tích đất rừng bị lấn chiếm được thu hồi, trồng lại | ha | 0 | 6,5 | 30/09/2027
people: p Trương Văn Bình; p Hoàng Đức Long; t K'Brơi Ngọc Sơn; t Ma Krông
risk: buộc khôi phục hiện trạng có thể gây mâu thuẫn với hộ đã trồng {crop} trên đất lấn chiếm; cần vận động, tránh
  cưỡng chế đồng loạt.
=== thuky dat_dai kk return
title: Công nhận quyền sử dụng đất cho hộ canh tác {crop} ổn định trên đất có nguồn gốc nông, lâm trường
need: Khoảng 320 ha đất nông, lâm trường đã bàn giao về địa phương đang được 286 hộ, phần lớn là {dtts}, canh tác
  {crop} ổn định từ trước năm 2014 nhưng chưa được công nhận quyền sử dụng đất; các hộ không thể vay vốn tái canh, đầu
  tư hệ thống tưới.
block: Phương án sử dụng đất bàn giao chưa được phê duyệt; ranh giới khi bàn giao không khớp hiện trạng canh tác; việc
  giao đất có thu tiền đối với phần vượt hạn mức chưa được hướng dẫn cho loại đất này.
law: Điều 181 Luật Đất đai năm 2024 về đất có nguồn gốc từ nông, lâm trường; Nghị định số 102/2024/NĐ-CP; Nghị định số
  103/2024/NĐ-CP về tiền sử dụng đất, tiền thuê đất; Nghị định số 101/2024/NĐ-CP.
sol: Lập phương án sử dụng đất theo từng {thon}, đo đạc chỉnh lý ranh giới theo hiện trạng; hộ sử dụng ổn định trong
  hạn mức được đề nghị công nhận, phần vượt hạn mức chuyển sang thuê đất trả tiền hằng năm; ưu tiên hộ đồng bào dân tộc
  thiểu số thiếu đất sản xuất.
scope: 286 hộ với khoảng 320 ha đất tại {thon} Kao Kuil và các {thon} lân cận.
res: Kinh phí đo đạc 540 triệu đồng đề nghị tỉnh hỗ trợ; ngân sách {kind} đối ứng 60 triệu đồng.
ind: Diện tích đất nông, lâm trường được lập phương án sử dụng | ha | 0 | 320 | 31/03/2027
ind: Số hộ được cấp Giấy chứng nhận | hộ | 0 | 200 | 31/12/2027
people: p Trần Thị Mai; p Hoàng Đức Long; t Ma Krông
conflict: Người đề xuất có em ruột đang canh tác 0,4 ha trong khu vực; cam kết không tham gia kiểm đếm, xét duyệt hồ sơ
  của hộ này và đề nghị phân công công chức khác thẩm tra.
reason: Thẩm quyền lập, phê duyệt phương án sử dụng đất có nguồn gốc nông, lâm trường thuộc cấp tỉnh; đề nghị sửa theo
  hướng {kind} chủ trì rà soát, đo đạc hiện trạng và kiến nghị tỉnh, kèm ý kiến của Chi nhánh Văn phòng đăng ký đất
  đai.
=== canbo dat_dai ub partial
title: Chỉnh lý, số hóa bản đồ địa chính sau sắp xếp đơn vị hành chính
need: Bản đồ địa chính của {cu} và {cu2} được lập ở các thời kỳ khác nhau, hệ tọa độ chưa thống nhất; sau khi hợp nhất,
  việc tra cứu thửa đất để cấp Giấy chứng nhận và xử lý vi phạm đất đai gặp nhiều khó khăn.
block: Chưa có kinh phí đo đạc lại; dữ liệu địa chính chưa kết nối với cơ sở dữ liệu đất đai của tỉnh.
sol: (Đang hoàn thiện) Phối hợp Văn phòng đăng ký đất đai chuẩn hóa dữ liệu theo từng {thon}, ưu tiên khu vực có nhiều
  hồ sơ tồn đọng.
=== thuky dat_dai ub withdraw
title: Rà soát, thu hồi quỹ đất công ích và đất công do {ubnd} quản lý bị lấn chiếm
need: Quỹ đất công ích và đất công do {ubnd} quản lý khoảng 46 ha, trong đó 11,3 ha bị lấn chiếm hoặc sử dụng không có
  hợp đồng; nguồn thu từ cho thuê đất công ích hầu như không có.
block: Hồ sơ giao, cho thuê đất công trước đây không đầy đủ; sau sắp xếp chưa bàn giao đủ hồ sơ từ các {kind} cũ; lo
  ngại phát sinh khiếu kiện khi thu hồi.
law: Điều 179 Luật Đất đai năm 2024 về quỹ đất nông nghiệp sử dụng vào mục đích công ích; Điều 81 về thu hồi đất do vi
  phạm pháp luật về đất đai; Nghị định số 123/2024/NĐ-CP.
sol: Kiểm kê toàn bộ quỹ đất công; ký hợp đồng thuê với hộ đang canh tác ổn định; thu hồi diện tích lấn chiếm mới; công
  khai danh sách trên trang thông tin điện tử của {unit}.
scope: 46 ha đất công ích và đất công; khoảng 95 hộ đang sử dụng.
res: Ngân sách {kind} 90 triệu đồng; lực lượng địa chính, công an {kind}.
ind: Diện tích đất công được ký hợp đồng thuê hoặc thu hồi | ha | 0 | 9 | 31/12/2026
ind: Thu từ cho thuê đất công ích | triệu đồng/năm | 35 | 280 | 31/12/2027
people: p Trần Thị Mai; t Hoàng Đức Long
why: Rút để gộp vào đề xuất xử lý vi phạm pháp luật về đất đai trước ngày 01/8/2024 do Phó Chủ tịch UBND chủ trì, tránh
  trùng đối tượng và nguồn lực.
=== phochutich dau_tu_cong t1 submit bt
title: Nhà nước và Nhân dân cùng làm đường giao thông nông thôn theo cơ chế đặc thù tại {thon} 1 và các {thon} lân cận
need: Kế hoạch đầu tư công trung hạn của {unit} có 12,4 km đường giao thông nông thôn cần bê tông hóa; năm 2025 tỷ lệ
  giải ngân của {kind} chỉ đạt 41%, nhiều công trình nhỏ chậm vì thủ tục kéo dài hơn thời gian thi công.
block: Công trình quy mô nhỏ, kỹ thuật đơn giản vẫn phải lập đầy đủ báo cáo kinh tế - kỹ thuật, lựa chọn nhà thầu như
  công trình thông thường. Người dân sẵn sàng hiến đất, góp công nhưng chưa có cơ chế ghi nhận phần đóng góp.
law: Luật Đầu tư công năm 2024 (Luật số 58/2024/QH15); Nghị định số 27/2022/NĐ-CP (sửa đổi bởi Nghị định số
  38/2023/NĐ-CP) về cơ chế đặc thù đối với dự án quy mô nhỏ, kỹ thuật không phức tạp; Luật Xây dựng và Nghị định số
  175/2024/NĐ-CP về quản lý hoạt động xây dựng.
sol: Áp dụng thiết kế mẫu đường bê tông rộng 3,5 m; giao Ban phát triển {thon} và tổ thợ địa phương thi công theo cơ
  chế đặc thù; vốn đầu tư công hỗ trợ xi măng, cát, đá, Nhân dân hiến đất, góp ngày công; công khai dự toán, khối lượng
  tại nhà văn hóa; Ban giám sát đầu tư của cộng đồng nghiệm thu từng đoạn.
scope: 12,4 km đường tại {thon} 1 và 5 {thon} lân cận; khoảng 1.100 hộ hưởng lợi; 36 hộ dự kiến hiến đất.
res: Ngân sách tỉnh 6,2 tỷ đồng, ngân sách {kind} 0,8 tỷ đồng; Nhân dân đóng góp ngày công và đất ước tính 1,5 tỷ đồng.
ind: Chiều dài đường giao thông nông thôn được bê tông hóa | km | 0 | 12,4 | 30/09/2027
ind: Tỷ lệ giải ngân vốn đầu tư công được giao của {kind} | % | 41 | 95 | 31/12/2026
people: p Ka Thị Hương; t Nguyễn Thị Hồng Nhung; t Hoàng Đức Long
risk: chất lượng thi công của tổ thợ địa phương không đồng đều; một số hộ chưa đồng thuận hiến đất có thể làm gián đoạn
  tuyến.
=== chutich dau_tu_cong db submit bt broad
title: Đột phá giải phóng mặt bằng các công trình trọng điểm: kiểm đếm một lần, chi trả trong 10 ngày
need: Ba công trình trọng điểm của {unit} (đường liên {kind}, trường trung học cơ sở, hồ chứa nước) chậm tiến độ vì
  vướng giải phóng mặt bằng 8,7 ha của 143 hộ; vốn đầu tư công đã bố trí 38 tỷ đồng nhưng mới giải ngân 22%.
block: Thông báo thu hồi đất, kiểm đếm, lập, thẩm định, phê duyệt phương án bồi thường làm tuần tự qua nhiều cơ quan;
  giá đất cụ thể chậm được phê duyệt; người dân chờ đợi nên không đồng thuận bàn giao trước.
law: Điều 87, Điều 91 Luật Đất đai năm 2024 về trình tự thu hồi đất và bồi thường; Nghị định số 88/2024/NĐ-CP về bồi
  thường, hỗ trợ, tái định cư; Nghị định số 71/2024/NĐ-CP về giá đất; Luật Đầu tư công năm 2024 về trách nhiệm giải
  ngân của chủ đầu tư.
sol: Ban chỉ đạo giải phóng mặt bằng do Chủ tịch UBND làm Trưởng ban; kiểm đếm một lần với sự chứng kiến của Mặt trận
  và trưởng {thon}; thẩm định song song phương án bồi thường và giá đất cụ thể; chi trả trong 10 ngày kể từ khi phương
  án được phê duyệt; bố trí tái định cư trước khi thu hồi. Kiến nghị UBND tỉnh cho phép {ubnd} phê duyệt giá đất cụ thể
  đối với công trình dưới 5 ha.
scope: 143 hộ có đất bị thu hồi; 3 chủ đầu tư; các phòng chuyên môn {ubnd}; Trung tâm phát triển quỹ đất khu vực.
res: Vốn bồi thường trong kế hoạch đầu tư công năm 2026: 12,5 tỷ đồng; kinh phí tổ chức thực hiện 2% theo quy định.
ind: Diện tích mặt bằng được bàn giao | ha | 1,9 | 8,7 | 31/03/2027
ind: Tỷ lệ giải ngân vốn đầu tư công của 3 công trình | % | 22 | 90 | 31/12/2027
ind: Thời gian từ phê duyệt phương án đến chi trả | ngày | 45 | 10 | 31/12/2026
people: p Nguyễn Văn Hùng; p Đinh Công Thành; t Hoàng Đức Long
risk: phân cấp phê duyệt giá đất cụ thể cần tỉnh cho phép thí điểm; nếu giá bồi thường thấp hơn kỳ vọng, một số hộ có
  thể khiếu nại.
=== canbo dau_tu_cong kk draft
title: Kiên cố hóa kênh mương nội đồng: Nhà nước hỗ trợ vật liệu, cộng đồng tự thi công
need: Hệ thống kênh mương đất dài 9,8 km tưới cho khoảng 420 ha {crop} và lúa nước bị sạt lở hằng năm, thất thoát trên
  40% lượng nước; mùa khô năm 2025 có 85 ha thiếu nước tưới.
block: Kế hoạch đầu tư công của {kind} chỉ bố trí được 30% nhu cầu; công trình thủy lợi nhỏ vẫn phải thuê tư vấn thiết
  kế và lựa chọn nhà thầu nên đơn giá cao, chậm giải ngân.
law: Luật Thủy lợi năm 2017; Nghị định số 27/2022/NĐ-CP (sửa đổi bởi Nghị định số 38/2023/NĐ-CP) về cơ chế đặc thù;
  Luật Đầu tư công năm 2024; Nghị định số 99/2021/NĐ-CP về quản lý, thanh toán, quyết toán dự án sử dụng vốn đầu tư
  công.
sol: Dùng thiết kế mẫu kênh bê tông tiết diện 40x50 cm; vốn đầu tư công hỗ trợ vật liệu, tổ dùng nước tự thi công và
  quản lý vận hành; thanh toán theo khối lượng hoàn thành từng đoạn 500 m để giải ngân nhanh.
scope: 9,8 km kênh mương tại {thon} Kao Kuil và 3 {thon} lân cận; khoảng 510 hộ dùng nước.
res: 4,1 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách {kind}; Nhân dân góp công lao
  động ước 0,6 tỷ đồng.
ind: Chiều dài kênh mương được kiên cố hóa | km | 0 | 9,8 | 30/06/2027
ind: Diện tích được tưới chủ động | ha | 335 | 420 | 31/12/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn; t Ma Krông
=== phochutich dau_tu_cong mt return
title: Xây dựng bổ sung phòng học trường tiểu học tại {cu} bằng kết cấu lắp ghép
need: Trường tiểu học tại {cu} thiếu 6 phòng học, 4 lớp phải học nhờ nhà văn hóa {thon}; dự án xây dựng theo cách
  truyền thống dự kiến mất 18 tháng.
block: Dự án nhóm C vẫn phải qua đủ các bước chuẩn bị đầu tư; chưa có thiết kế điển hình phòng học lắp ghép; vốn đầu tư
  công năm 2026 giao muộn.
law: Luật Đầu tư công năm 2024; Nghị định số 85/2025/NĐ-CP quy định chi tiết Luật Đầu tư công; Luật Xây dựng và Nghị
  định số 175/2024/NĐ-CP; Thông tư số 13/2020/TT-BGDĐT về tiêu chuẩn cơ sở vật chất trường tiểu học.
sol: Đầu tư 6 phòng học kết cấu thép lắp ghép đạt tiêu chuẩn, thi công trong 4 tháng hè; vận động doanh nghiệp, Hội
  Khuyến học hỗ trợ bàn ghế, thiết bị.
scope: Khoảng 180 học sinh tiểu học tại {cu}, 60% là con em đồng bào dân tộc thiểu số.
res: Vốn đầu tư công ngân sách {kind} 3,6 tỷ đồng; xã hội hóa 0,4 tỷ đồng.
ind: Số phòng học được xây dựng bổ sung | phòng | 0 | 6 | 31/08/2027
ind: Số lớp phải học nhờ | lớp | 4 | 0 | 30/09/2027
people: p Ka Thị Hương; t Vũ Thị Thanh Hà
reason: Chưa có chủ trương đầu tư và khái toán được thẩm định; đề nghị bổ sung so sánh độ bền, chi phí vòng đời của kết
  cấu lắp ghép với nhà kiên cố và ý kiến của Phòng Văn hóa - Xã hội về quy mô trường lớp.
=== thuky dau_tu_cong ub revise
title: Theo dõi giải ngân vốn đầu tư công theo tuần, công khai bảng tiến độ từng công trình
need: Năm 2025 {unit} được giao 27,5 tỷ đồng vốn đầu tư công cho 14 công trình nhưng đến 30/9 mới giải ngân 38%; hồ sơ
  thanh toán chậm, nhà thầu dồn khối lượng về cuối năm.
block: Giải ngân chỉ được theo dõi qua báo cáo tháng; không có cảnh báo sớm công trình chậm; điều chuyển vốn giữa các
  công trình phải chờ đợt điều chỉnh kế hoạch giữa năm.
law: Luật Đầu tư công năm 2024 về điều chỉnh kế hoạch đầu tư công hằng năm; Nghị định số 99/2021/NĐ-CP về thanh toán
  vốn đầu tư công; chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh giải ngân năm 2026.
sol: Bảng theo dõi giải ngân từng công trình cập nhật mỗi thứ Sáu; công trình giải ngân dưới 70% kế hoạch tháng vào
  danh sách cảnh báo, chủ đầu tư báo cáo tại giao ban; đề xuất điều chuyển vốn sau 2 tháng liên tiếp không đạt; công
  khai bảng tiến độ tại trụ sở và trên trang thông tin điện tử.
scope: 14 công trình do {ubnd} làm chủ đầu tư; Ban quản lý dự án khu vực; các nhà thầu.
res: Không phát sinh kinh phí; dùng bảng tính và trang thông tin điện tử hiện có.
ind: Tỷ lệ giải ngân vốn đầu tư công đến 31/12 | % | 78 | 97 | 31/12/2026
people: p Trần Thị Mai; t Hoàng Đức Long; t Lê Quang Vinh
reason: Đề nghị bổ sung chỉ tiêu về thời gian xử lý hồ sơ thanh toán và quy định rõ trách nhiệm của người đứng đầu chủ
  đầu tư khi công trình bị cảnh báo hai lần liên tiếp.
fix: Bổ sung: hồ sơ thanh toán được xử lý trong 3 ngày làm việc kể từ khi nhận đủ; công trình bị cảnh báo hai lần liên
  tiếp, người đứng đầu chủ đầu tư giải trình trước tập thể lãnh đạo.
fix_ind: Thời gian xử lý hồ sơ thanh toán tại {kind} | ngày làm việc | 7 | 3 | 30/06/2027
=== canbo giam_ngheo kk submit bt
title: Ngân hàng bò giống luân chuyển giúp hộ nghèo {thon} Kao Kuil thoát nghèo bền vững
need: Tại {thon} Kao Kuil có 96 hộ nghèo và 41 hộ cận nghèo, chiếm 38% số hộ, chủ yếu là {dtts}; hộ thiếu vốn, thiếu
  đất sản xuất; hỗ trợ trước đây cấp giống một lần, phân tán nên tỷ lệ tái nghèo cao.
block: Hỗ trợ phát triển sản xuất phải làm theo dự án liên kết hoặc dự án cộng đồng với thủ tục lựa chọn phức tạp; quy
  định luân chuyển vật nuôi trong cộng đồng chưa rõ nên địa phương ngại triển khai.
law: Nghị định số 27/2022/NĐ-CP (sửa đổi bởi Nghị định số 38/2023/NĐ-CP) về hỗ trợ phát triển sản xuất theo dự án cộng
  đồng và luân chuyển trong cộng đồng; Quyết định số 90/QĐ-TTg ngày 18/01/2022 phê duyệt Chương trình mục tiêu quốc gia
  giảm nghèo bền vững; Nghị định số 07/2021/NĐ-CP về chuẩn nghèo đa chiều.
sol: Hỗ trợ 60 con bò cái giống cho 60 hộ nghèo đợt đầu; mỗi hộ giao lại 1 con bê cái sau 24 tháng cho hộ tiếp theo; tổ
  hợp tác chăn nuôi do chi bộ {thon} theo dõi, có thú y và người có uy tín giám sát; trồng 12 ha cỏ trên đất công ích
  làm thức ăn.
scope: 96 hộ nghèo, 41 hộ cận nghèo tại {thon} Kao Kuil, ưu tiên hộ có phụ nữ làm chủ hộ, hộ có người khuyết tật.
res: Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững 1,2 tỷ đồng; Ngân hàng Chính sách xã hội cho vay làm chuồng
  trại; Hội Nông dân, Hội Phụ nữ tập huấn kỹ thuật.
ind: Số hộ nghèo tại {thon} Kao Kuil | hộ | 96 | 55 | 31/12/2027
ind: Số hộ được nhận bò giống (kể cả luân chuyển) | hộ | 0 | 100 | 31/12/2027
people: p Hoàng Đức Long; p Vũ Thị Thanh Hà; t K'Brơi Ngọc Sơn; t Ma Krông
risk: dịch bệnh trên đàn bò (viêm da nổi cục, lở mồm long móng) có thể làm gián đoạn việc luân chuyển; phải tiêm phòng
  đầy đủ và mua bảo hiểm vật nuôi.
=== thuky giam_ngheo mt submit bt
title: Đào tạo nghề ngắn hạn ngay tại vườn theo đặt hàng của hợp tác xã cho lao động hộ nghèo, cận nghèo
need: {Unit} có khoảng 1.300 lao động thuộc hộ nghèo, cận nghèo, 78% chưa qua đào tạo; các lớp dạy nghề tập trung trước
  đây có nhiều học viên bỏ học vì trùng mùa vụ, học xong không có việc làm.
block: Đào tạo nghề cho lao động nông thôn phải tổ chức theo lớp tại cơ sở giáo dục nghề nghiệp với danh mục nghề cứng,
  chưa gắn với nhu cầu tuyển dụng của hợp tác xã, doanh nghiệp trên địa bàn.
law: Quyết định số 46/2015/QĐ-TTg về hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng; Luật Giáo dục nghề nghiệp
  năm 2014; Nghị định số 27/2022/NĐ-CP về tiểu dự án giáo dục nghề nghiệp, việc làm bền vững thuộc Chương trình mục
  tiêu quốc gia giảm nghèo bền vững.
sol: Hợp tác xã, doanh nghiệp đặt hàng số lượng và kỹ năng; lớp học tại vườn mẫu ({crops}) theo lịch mùa vụ, mỗi lớp 30
  học viên, 70% thời lượng thực hành; Đoàn Thanh niên, Hội Phụ nữ vận động; học viên đạt yêu cầu được ký hợp đồng lao
  động.
scope: Khoảng 400 lao động từ 18 đến 45 tuổi thuộc hộ nghèo, cận nghèo, hộ mới thoát nghèo; 3 hợp tác xã và 2 doanh
  nghiệp trên địa bàn.
res: 720 triệu đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững; hợp tác xã góp vườn mẫu, vật tư.
ind: Số lao động thuộc hộ nghèo, cận nghèo được đào tạo nghề | người | 0 | 400 | 31/12/2026
ind: Tỷ lệ học viên có việc làm sau đào tạo | % | 35 | 80 | 30/06/2027
people: p Trần Thị Mai; p Vũ Thị Thanh Hà; t Bùi Thị Lan
=== canbo giam_ngheo kk return
title: Liên kết chuỗi giá trị chè, {crop} cho hộ nghèo, hộ cận nghèo qua hợp tác xã
need: Hộ nghèo, cận nghèo bán {crop}, búp chè tươi qua thương lái với giá thấp hơn 10 - 15% giá thị trường; không có
  hợp đồng bao tiêu, không tiếp cận được vật tư trả chậm.
block: Hộ nghèo không đủ điều kiện góp vốn vào hợp tác xã; hồ sơ dự án liên kết phức tạp so với năng lực của hợp tác
  {kind} nhỏ.
law: Nghị định số 98/2018/NĐ-CP về khuyến khích hợp tác, liên kết trong sản xuất và tiêu thụ nông sản; Luật Hợp tác xã
  năm 2023; Nghị định số 27/2022/NĐ-CP về hỗ trợ phát triển sản xuất theo chuỗi giá trị.
sol: Chọn 2 hợp tác xã làm đầu mối; hộ nghèo được hỗ trợ góp vốn tối thiểu, nhận vật tư trả chậm, bán sản phẩm theo giá
  sàn; áp dụng quy trình canh tác bền vững cho {crop} và chè.
scope: 150 hộ nghèo, cận nghèo; 2 hợp tác xã; khoảng 210 ha {crop}, chè.
res: Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững 900 triệu đồng; hợp tác xã đối ứng 450 triệu đồng.
ind: Số hộ nghèo, cận nghèo tham gia liên kết | hộ | 12 | 150 | 31/12/2027
ind: Giá bán bình quân so với giá thương lái | % | 100 | 112 | 31/12/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn
reason: Chưa có văn bản cam kết của hợp tác xã về giá sàn và phương án khi giá thị trường giảm; đề nghị bổ sung đánh
  giá năng lực tài chính của hai hợp tác xã trước khi trình.
=== phochutich giam_ngheo mt submit broad
title: Xóa nhà tạm, nhà dột nát cho hộ nghèo và tạo quỹ đất phát triển nhà ở xã hội cho người lao động
need: Rà soát năm 2025, {unit} còn 74 hộ nghèo, cận nghèo ở nhà tạm, nhà dột nát, trong đó 52 hộ {dtts}; khoảng 600
  công nhân tại các cơ sở chế biến nông sản phải thuê nhà trọ không bảo đảm.
block: Mức hỗ trợ làm nhà chưa đủ so với giá vật liệu; nhiều hộ chưa có Giấy chứng nhận quyền sử dụng đất ở nên không
  đủ điều kiện hỗ trợ; chưa có quỹ đất sạch để kêu gọi đầu tư nhà ở xã hội quy mô nhỏ.
law: Luật Nhà ở năm 2023; Nghị định số 100/2024/NĐ-CP về phát triển và quản lý nhà ở xã hội; Quyết định số 90/QĐ-TTg
  ngày 18/01/2022 (dự án hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo); Điều 138 Luật Đất đai năm 2024.
sol: Ủy ban Mặt trận Tổ quốc chủ trì huy động Quỹ Vì người nghèo, doanh nghiệp, đoàn viên góp ngày công để nâng mức hỗ
  trợ lên 80 triệu đồng/nhà; xác nhận sử dụng đất ổn định để hộ chưa có Giấy chứng nhận vẫn được làm nhà; dành 1,2 ha
  đất công gần cụm chế biến kêu gọi đầu tư 120 căn nhà ở xã hội.
scope: 74 hộ nghèo, cận nghèo ở nhà tạm; khoảng 600 người lao động thu nhập thấp; Mặt trận, đoàn thể, doanh nghiệp.
res: Ngân sách Trung ương, tỉnh 3,1 tỷ đồng; Quỹ Vì người nghèo và xã hội hóa 2,4 tỷ đồng; vốn nhà đầu tư nhà ở xã hội
  khoảng 60 tỷ đồng.
ind: Số nhà tạm, nhà dột nát được xóa | căn | 0 | 74 | 31/12/2026
ind: Số căn nhà ở xã hội được khởi công | căn | 0 | 120 | 30/09/2027
people: p Ka Thị Hương; t Vũ Thị Thanh Hà; t Bùi Thị Lan
=== phochutich giam_ngheo t1 draft
title: Tổ tiết kiệm và vay vốn tự quản giúp hộ mới thoát nghèo không tái nghèo
need: Năm 2025 có 138 hộ mới thoát nghèo nhưng thu nhập chỉ nhỉnh hơn chuẩn nghèo; khi gặp thiên tai, dịch bệnh cây
  trồng, các hộ dễ tái nghèo vì phải vay nóng lãi suất cao.
block: Hộ mới thoát nghèo chỉ được vay ưu đãi trong thời hạn nhất định; tổ tiết kiệm và vay vốn ở {thon} hoạt động hình
  thức, chưa phân loại hộ có nguy cơ tái nghèo để ưu tiên.
law: Nghị định số 78/2002/NĐ-CP về tín dụng đối với người nghèo và các đối tượng chính sách khác; Quyết định số
  28/2015/QĐ-TTg về tín dụng đối với hộ mới thoát nghèo; Nghị định số 07/2021/NĐ-CP.
sol: Củng cố 14 tổ tiết kiệm và vay vốn; lập danh sách hộ có nguy cơ tái nghèo theo các chỉ số thiếu hụt; ưu tiên vốn
  ủy thác qua Ngân hàng Chính sách xã hội cho nhóm này; cán bộ đoàn thể kèm cặp từng hộ.
scope: 138 hộ mới thoát nghèo và 95 hộ cận nghèo; 14 tổ tiết kiệm và vay vốn.
res: Vốn ủy thác từ ngân sách {kind} qua Ngân hàng Chính sách xã hội 500 triệu đồng.
ind: Số hộ tái nghèo trong năm | hộ | 17 | 5 | 31/12/2027
people: p Ka Thị Hương; t Nguyễn Thị Hồng Nhung
=== thuky giam_ngheo ub withdraw
title: Phần mềm theo dõi hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo của {unit}
need: Danh sách hộ nghèo, cận nghèo đang quản lý bằng bảng tính rời rạc ở từng {thon}; số liệu giữa các đoàn thể chênh
  lệch, khó theo dõi hộ có nguy cơ tái nghèo.
block: Chưa có công cụ thống nhất ở cấp xã; việc cập nhật phụ thuộc vào đợt rà soát cuối năm.
law: Nghị định số 07/2021/NĐ-CP về chuẩn nghèo đa chiều; Quyết định số 24/2021/QĐ-TTg về quy trình rà soát hộ nghèo, hộ
  cận nghèo; Luật Giao dịch điện tử năm 2023.
sol: Xây dựng phần mềm đơn giản để công chức văn hóa - xã hội cập nhật hằng quý tình trạng từng hộ theo các chiều thiếu
  hụt.
scope: Khoảng 550 hộ nghèo, cận nghèo và mới thoát nghèo.
res: 150 triệu đồng từ ngân sách {kind}.
ind: Tỷ lệ hộ được cập nhật thông tin hằng quý | % | 0 | 100 | 31/12/2026
people: p Trần Thị Mai; t Bùi Thị Lan
why: Tỉnh đã triển khai phần mềm quản lý hộ nghèo dùng chung; rút đề xuất để tránh đầu tư trùng lặp, chuyển sang khai
  thác phần mềm của tỉnh.
=== phochutich tang_truong mt submit bt
title: Phát triển du lịch cộng đồng, nông nghiệp trải nghiệm gắn với văn hóa cồng chiêng
need: Khu vực dịch vụ chỉ chiếm khoảng 18% giá trị sản xuất của {unit}; địa phương có cảnh quan đồi {crop}, thác nước
  và không gian văn hóa cồng chiêng của {dtts} nhưng chưa có sản phẩm du lịch.
block: Hộ dân muốn đón khách lưu trú trên đất nông nghiệp vướng quy định về mục đích sử dụng đất; chưa có quy hoạch
  điểm du lịch cộng đồng; người dân thiếu kỹ năng đón khách.
law: Luật Du lịch năm 2017 về du lịch cộng đồng; Điều 218 Luật Đất đai năm 2024 và Nghị định số 102/2024/NĐ-CP về sử
  dụng đất kết hợp đa mục đích; Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị.
sol: Lập phương án sử dụng đất nông nghiệp kết hợp dịch vụ du lịch cho 20 hộ; thành lập tổ hợp tác du lịch cộng đồng;
  Đoàn Thanh niên xây dựng tour trải nghiệm thu hoạch {crop}, học đánh chiêng; quảng bá trên nền tảng số.
scope: 20 hộ làm dịch vụ lưu trú, ăn uống; 2 đội cồng chiêng; {thon} 1 và {thon} Kao Kuil.
res: 800 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và
  miền núi; vốn của hộ dân khoảng 3 tỷ đồng.
ind: Lượt khách du lịch cộng đồng | lượt/năm | 1.500 | 12.000 | 31/12/2027
ind: Tỷ trọng dịch vụ trong giá trị sản xuất | % | 18 | 23 | 31/12/2027
people: p Ka Thị Hương; t Vũ Thị Thanh Hà
=== chutich tang_truong db submit bt
title: Thu hút đầu tư chế biến sâu nông sản bằng quỹ đất sạch và hỗ trợ thủ tục trọn gói
need: Tốc độ tăng trưởng của {unit} năm 2025 ước đạt 7,2%, thấp hơn mục tiêu 10%; trên 80% sản lượng {crops} bán thô,
  giá trị gia tăng thấp.
block: Chưa có quỹ đất sạch để bố trí nhà đầu tư; thủ tục chấp thuận chủ trương đầu tư, giao đất, cấp phép xây dựng kéo
  dài 12 - 18 tháng; nhà đầu tư nhỏ thiếu thông tin.
law: Luật Đầu tư năm 2020 (sửa đổi, bổ sung năm 2025); Điều 126 Luật Đất đai năm 2024 về đấu thầu lựa chọn nhà đầu tư
  thực hiện dự án có sử dụng đất; Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân.
sol: Tạo quỹ đất sạch 15 ha từ đất công; công bố danh mục dự án kêu gọi đầu tư; tổ hỗ trợ nhà đầu tư 'một đầu mối' đồng
  hành từ khảo sát đến vận hành, rút ngắn 30% thời gian thủ tục thuộc thẩm quyền {kind}; kiến nghị tỉnh ưu tiên giao
  đất cho dự án chế biến sâu.
scope: Nhà đầu tư chế biến {crops}; 3 hợp tác xã; khoảng 2.000 hộ cung cấp nguyên liệu.
res: Ngân sách {kind} ứng 5 tỷ đồng bồi thường tạo quỹ đất (hoàn trả khi giao đất); vốn nhà đầu tư dự kiến 250 tỷ đồng.
ind: Tốc độ tăng trưởng giá trị sản xuất | % | 7,2 | 10,5 | 31/12/2027
ind: Số dự án chế biến sâu được khởi công | dự án | 0 | 2 | 30/06/2027
people: p Nguyễn Văn Hùng; p Đinh Công Thành; t Hoàng Đức Long
=== canbo tang_truong t1 withdraw_returned
title: Hỗ trợ hộ kinh doanh nông sản chuyển lên doanh nghiệp
need: {Unit} có khoảng 1.450 hộ kinh doanh nhưng chỉ 62 doanh nghiệp; nhiều hộ doanh thu trên 3 tỷ đồng/năm chưa muốn
  chuyển lên doanh nghiệp vì lo chi phí tuân thủ.
block: Thủ tục thành lập doanh nghiệp, kế toán, hóa đơn phức tạp đối với hộ; chưa có tư vấn miễn phí tại địa phương.
law: Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017; Nghị định số 80/2021/NĐ-CP; Nghị quyết số 68-NQ/TW.
sol: Tổ tư vấn gồm công chức kinh tế và đại lý thuế hướng dẫn miễn phí; hỗ trợ chi phí kế toán năm đầu.
scope: Khoảng 40 hộ kinh doanh quy mô lớn.
res: Ngân sách {kind} 120 triệu đồng.
ind: Số hộ kinh doanh chuyển lên doanh nghiệp | doanh nghiệp | 3 | 25 | 31/12/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn
reason: Khoản hỗ trợ chi phí kế toán chưa có căn cứ chi ngân sách {kind}; đề nghị làm rõ nguồn kinh phí theo Nghị định
  số 80/2021/NĐ-CP và phối hợp với Thuế cơ sở.
why: Tỉnh đã ban hành chương trình hỗ trợ hộ kinh doanh chuyển đổi thành doanh nghiệp; {kind} tham gia theo chương
  trình chung nên rút đề xuất riêng.
=== canbo thu_ngan_sach ub submit
title: Hỗ trợ hộ kinh doanh chuyển từ thuế khoán sang kê khai, dùng hóa đơn điện tử khởi tạo từ máy tính tiền
need: Từ năm 2026 hộ kinh doanh chuyển từ thuế khoán sang tự kê khai; {unit} có khoảng 1.450 hộ kinh doanh, phần lớn
  buôn bán nông sản, vật tư nông nghiệp, chưa quen hóa đơn điện tử, nguy cơ thất thu.
block: Hộ kinh doanh thiếu thiết bị và kỹ năng; công chức thuế cơ sở mỏng; chưa có cơ chế phối hợp giữa {kind} và Thuế
  cơ sở để rà soát hộ kinh doanh mới phát sinh.
law: Luật Quản lý thuế năm 2019 (Luật số 38/2019/QH14); Nghị định số 70/2025/NĐ-CP sửa đổi Nghị định số 123/2020/NĐ-CP
  về hóa đơn, chứng từ; Nghị quyết số 68-NQ/TW về bỏ thuế khoán đối với hộ kinh doanh.
sol: Phối hợp Thuế cơ sở lập danh sách hộ kinh doanh theo {thon}; tổ chức 'tuần lễ hỗ trợ kê khai' tại Trung tâm Phục
  vụ hành chính công; Đoàn Thanh niên hỗ trợ cài đặt hóa đơn điện tử; công khai danh sách hộ đã kê khai.
scope: Khoảng 1.450 hộ kinh doanh; Thuế cơ sở khu vực; Trung tâm Phục vụ hành chính công.
res: Kinh phí tuyên truyền 40 triệu đồng; nhà cung cấp hóa đơn điện tử hỗ trợ miễn phí năm đầu.
ind: Tỷ lệ hộ kinh doanh sử dụng hóa đơn điện tử | % | 12 | 85 | 31/12/2026
ind: Thu ngân sách từ hộ kinh doanh | tỷ đồng/năm | 4,6 | 6,2 | 31/12/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn; t Phan Văn Đức
=== chutich thu_ngan_sach db submit bt
title: Đấu giá quyền sử dụng các thửa đất công nhỏ lẻ, xen kẹt để tăng thu ngân sách
need: {Unit} có 37 thửa đất công nhỏ lẻ, xen kẹt với tổng diện tích 2,8 ha, phần lớn là trụ sở cũ của các {kind} trước
  sắp xếp và điểm trường đã giải thể; đất bỏ trống, dễ bị lấn chiếm, trong khi dự toán thu tiền sử dụng đất năm 2026
  còn thiếu 9 tỷ đồng.
block: Thửa xen kẹt không đủ điều kiện lập dự án độc lập; xác định giá khởi điểm, lập phương án đấu giá kéo dài; tài
  sản trên đất phải xử lý theo pháp luật về tài sản công trước khi đấu giá đất.
law: Điều 125 Luật Đất đai năm 2024 về giao đất, cho thuê đất thông qua đấu giá quyền sử dụng đất; Nghị định số
  102/2024/NĐ-CP về thửa đất nhỏ hẹp, xen kẹt; Luật Quản lý, sử dụng tài sản công năm 2017 và Nghị định số
  151/2017/NĐ-CP; Luật Đấu giá tài sản năm 2016 (sửa đổi năm 2024).
sol: Phân loại 37 thửa: thửa đủ điều kiện đấu giá riêng; thửa nhỏ hẹp giao cho người sử dụng đất liền kề theo giá đất
  cụ thể; thửa giữ lại làm công trình công cộng. Gộp nhiều thửa vào một phương án, thuê thẩm định giá một lần; kiến
  nghị tỉnh phân cấp cho {ubnd} phê duyệt phương án đấu giá thửa dưới 500 m²; công khai kết quả, nộp toàn bộ tiền thu
  vào ngân sách.
scope: 37 thửa đất công, 2,8 ha; người dân, tổ chức có nhu cầu; hộ sử dụng đất liền kề.
res: Chi phí đo đạc, thẩm định giá, tổ chức đấu giá khoảng 350 triệu đồng, khấu trừ từ tiền thu theo quy định.
ind: Số thửa đất công được đấu giá hoặc giao cho người sử dụng liền kề | thửa | 0 | 30 | 30/06/2027
ind: Thu ngân sách từ tiền sử dụng đất | tỷ đồng | 0 | 18 | 31/12/2027
people: p Nguyễn Văn Hùng; p Đinh Công Thành; t Hoàng Đức Long
risk: giá trúng đấu giá có thể thấp nếu ít người tham gia; phải phòng ngừa thông đồng, dìm giá.
=== thuky thu_ngan_sach ub withdraw_draft
title: Thu phí, lệ phí không dùng tiền mặt tại Trung tâm Phục vụ hành chính công
need: Phần lớn phí, lệ phí tại Bộ phận một cửa của {unit} vẫn thu bằng tiền mặt, lập biên lai giấy, nộp vào Kho bạc
  chậm 3 - 5 ngày; người dân phải mang tiền mặt khi làm thủ tục.
block: Chưa kết nối máy POS, mã QR với tài khoản thu ngân sách; biên lai điện tử chưa được dùng thống nhất.
law: Luật Phí và lệ phí năm 2015; Nghị định số 11/2020/NĐ-CP về thủ tục hành chính thuộc lĩnh vực Kho bạc Nhà nước;
  Nghị định số 70/2025/NĐ-CP về hóa đơn, chứng từ (biên lai điện tử).
sol: Mở tài khoản chuyên thu gắn mã QR tại từng quầy; dùng biên lai điện tử; đối chiếu số thu với Kho bạc hằng ngày.
scope: Người dân, tổ chức nộp phí, lệ phí tại Trung tâm Phục vụ hành chính công; khoảng 9.800 hồ sơ/năm.
res: Không phát sinh kinh phí; ngân hàng thương mại hỗ trợ thiết bị.
ind: Tỷ lệ phí, lệ phí thu không dùng tiền mặt | % | 8 | 80 | 31/12/2026
people: p Trần Thị Mai; t Đặng Thị Ngọc Ánh
why: Tỉnh đã triển khai đồng bộ thanh toán phí, lệ phí qua Cổng Dịch vụ công quốc gia tại mọi Trung tâm Phục vụ hành
  chính công; không cần đề xuất riêng.
=== canbo thu_nhap kk revise
title: Tái canh vườn {crop} già cỗi, trồng xen sầu riêng có kiểm soát và tưới tiết kiệm để nâng thu nhập
need: Khoảng 1.100 ha {crop} của {unit} đã trên 20 năm tuổi, năng suất bình quân 2,4 tấn/ha; thu nhập bình quân đầu
  người năm 2025 ước 52 triệu đồng, thấp hơn bình quân của tỉnh.
block: Nông hộ thiếu vốn trung hạn cho 3 năm kiến thiết cơ bản; giống chưa được kiểm soát; thiếu nước tưới mùa khô;
  chính sách hỗ trợ tái canh trước đây đã hết hiệu lực.
law: Nghị định số 55/2015/NĐ-CP (sửa đổi bởi Nghị định số 116/2018/NĐ-CP) về tín dụng phục vụ phát triển nông nghiệp,
  nông thôn; Luật Trồng trọt năm 2018 về giống cây trồng và mã số vùng trồng; Nghị định số 98/2018/NĐ-CP về liên kết
  sản xuất.
sol: Xây dựng 5 vườn mẫu tái canh kết hợp trồng xen sầu riêng, tưới nhỏ giọt; ngân hàng thương mại cho vay tái canh
  theo chuỗi có hợp tác xã bảo lãnh đầu ra; Hội Nông dân tổ chức hội thảo đầu bờ.
scope: Khoảng 600 hộ với 1.100 ha {crop} già cỗi; 2 hợp tác xã; các tổ chức tín dụng.
res: Vốn vay thương mại khoảng 120 tỷ đồng; ngân sách tỉnh hỗ trợ giống 1,5 tỷ đồng; ngân sách {kind} 200 triệu đồng
  cho vườn mẫu, tập huấn.
ind: Diện tích {crop} được tái canh, ghép cải tạo | ha | 80 | 600 | 31/12/2027
ind: Thu nhập bình quân đầu người | triệu đồng/năm | 52 | 65 | 31/12/2027
people: p Hoàng Đức Long; t K'Brơi Ngọc Sơn; t Ma Krông
reason: Sầu riêng đang phát triển nóng, rủi ro về giá và nguồn nước; đề nghị bổ sung giới hạn diện tích trồng xen, yêu
  cầu mã số vùng trồng và đánh giá nguồn nước trước khi mở rộng.
fix@impact: Bổ sung theo ý kiến của Chủ tịch UBND: diện tích trồng xen sầu riêng không quá 30% diện tích tái canh, chỉ
  làm ở vườn có nguồn nước đã được khảo sát; mọi vườn tham gia phải đăng ký mã số vùng trồng.
fix_ind: Tỷ lệ vườn tham gia có mã số vùng trồng | % | 15 | 100 | 30/06/2027
=== thuky thu_nhap mt return
title: Đưa lao động trẻ đi làm việc ở nước ngoài theo hợp đồng, gắn với vay vốn và học ngoại ngữ tại {kind}
need: {Unit} có khoảng 2.300 thanh niên từ 18 đến 35 tuổi, nhiều người làm nông nghiệp thời vụ, thu nhập bấp bênh; năm
  2025 chỉ có 9 lao động đi làm việc ở nước ngoài.
block: Người lao động thiếu thông tin tin cậy, e ngại bị lừa đảo; chi phí học ngoại ngữ, đặt cọc cao; chưa có đầu mối
  tư vấn tại {kind}.
law: Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020 (Luật số 69/2020/QH14); Nghị định số
  112/2021/NĐ-CP; Nghị định số 61/2015/NĐ-CP (sửa đổi bởi Nghị định số 74/2019/NĐ-CP) về chính sách hỗ trợ tạo việc
  làm.
sol: Đoàn Thanh niên và công chức văn hóa - xã hội làm đầu mối thông tin; chỉ giới thiệu doanh nghiệp được cấp phép;
  phối hợp Ngân hàng Chính sách xã hội cho vay; mở lớp tiếng Hàn, tiếng Nhật tại {kind}.
scope: Khoảng 150 thanh niên có nhu cầu và gia đình người lao động.
res: Vốn vay Ngân hàng Chính sách xã hội khoảng 15 tỷ đồng; ngân sách {kind} hỗ trợ học phí 200 triệu đồng.
ind: Số lao động đi làm việc ở nước ngoài theo hợp đồng | người | 9 | 80 | 31/12/2027
ind: Thu nhập gửi về bình quân | triệu đồng/người/năm | 0 | 180 | 31/12/2027
people: p Trần Thị Mai; t Vũ Thị Thanh Hà; t Bùi Thị Lan
reason: Chưa đánh giá rủi ro lao động bỏ hợp đồng, cư trú bất hợp pháp và trách nhiệm của {kind} khi giới thiệu doanh
  nghiệp; đề nghị bổ sung cơ chế phối hợp với Công an {kind} và cam kết của gia đình người lao động.
=== canbo thu_nhap t1 partial
title: Phát triển sản phẩm OCOP từ {crop}, chè và nông sản đặc trưng của {unit}
need: {Unit} mới có 2 sản phẩm OCOP 3 sao; giá trị gia tăng của nông sản thấp, thương hiệu địa phương chưa được biết
  đến.
block: Chủ thể OCOP thiếu vốn làm bao bì, truy xuất nguồn gốc; hồ sơ đánh giá, phân hạng phức tạp.
sol: Hỗ trợ 6 chủ thể hoàn thiện hồ sơ; liên kết sàn thương mại điện tử.
scope: 6 chủ thể OCOP, 3 hợp tác xã.
ind: Số sản phẩm OCOP đạt 3 sao trở lên | sản phẩm | 2 | 8 | 31/12/2027
=== thuky khac ub submit bt
title: Tiếp nhận hồ sơ tại {thon}, trả kết quả tại nhà: Bộ phận một cửa lưu động sau sắp xếp đơn vị hành chính
need: Sau hợp nhất, trụ sở {ubnd} cách {thon} xa nhất trên 25 km; người cao tuổi, {dtts} phải đi lại nhiều lần để làm
  thủ tục hộ tịch, chứng thực, đất đai. Năm 2025 Trung tâm Phục vụ hành chính công tiếp nhận 9.800 hồ sơ, 14% quá hạn.
block: Quy định về Bộ phận một cửa chưa hướng dẫn cụ thể việc tiếp nhận lưu động; thiếu thiết bị và nhân lực; dịch vụ
  trả kết quả qua bưu chính công ích chưa được người dân biết đến.
law: Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; Quyết định số
  468/QĐ-TTg năm 2021 về đổi mới cơ chế một cửa; Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi
  trường điện tử.
sol: Lịch tiếp nhận lưu động cố định 2 ngày/tháng tại mỗi cụm {thon}; viên chức Trung tâm mang máy tính, máy quét,
  thiết bị ký số; hồ sơ được số hóa tại chỗ; kết quả trả qua bưu chính công ích, miễn phí cho hộ nghèo, người cao tuổi;
  Đoàn Thanh niên hướng dẫn nộp hồ sơ trực tuyến.
scope: Người dân 14 {thon}, ưu tiên {cu} và {cu2}; Trung tâm Phục vụ hành chính công; bưu điện.
res: Ngân sách {kind} 180 triệu đồng (thiết bị, cước bưu chính cho đối tượng chính sách); nhân lực hiện có.
ind: Tỷ lệ hồ sơ giải quyết quá hạn | % | 14 | 2 | 31/12/2026
ind: Tỷ lệ hồ sơ nộp trực tuyến | % | 31 | 70 | 31/12/2027
ind: Số hồ sơ tiếp nhận lưu động tại {thon} | hồ sơ/năm | 0 | 2.400 | 31/12/2027
people: p Trần Thị Mai; p Phan Văn Đức; t Đặng Thị Ngọc Ánh
=== phochutich khac ca submit
title: Tổ công nghệ số cộng đồng ở từng {thon} hỗ trợ người dân dùng VNeID, dịch vụ công trực tuyến và thanh toán không
  dùng tiền mặt
need: Tỷ lệ người dân {unit} có tài khoản định danh điện tử mức 2 mới đạt 58%; nhiều người chưa biết nộp hồ sơ trực
  tuyến; thanh toán không dùng tiền mặt ở chợ, cửa hàng vật tư nông nghiệp còn thấp.
block: Tổ công nghệ số cộng đồng đã thành lập nhưng không có kinh phí, thành viên kiêm nhiệm; thiếu thiết bị và sóng di
  động ở một số {thon}.
law: Quyết định số 06/QĐ-TTg ngày 06/01/2022 phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác
  thực điện tử (Đề án 06); Nghị định số 69/2024/NĐ-CP về định danh và xác thực điện tử; Luật Giao dịch điện tử năm
  2023; Nghị quyết số 57-NQ/TW.
sol: Công an {kind} chủ trì; mỗi {thon} có tổ 3 - 5 thành viên (công an viên, đoàn viên, giáo viên); 'ngày chủ nhật số'
  hằng tháng; ưu tiên hỗ trợ người cao tuổi, đồng bào dân tộc thiểu số; phối hợp doanh nghiệp viễn thông phủ sóng các
  điểm lõm.
scope: Người dân từ 14 tuổi trở lên; 14 tổ công nghệ số cộng đồng; tiểu thương tại chợ.
res: Ngân sách {kind} 150 triệu đồng/năm hỗ trợ thành viên tổ; doanh nghiệp viễn thông hỗ trợ thiết bị.
ind: Tỷ lệ người dân có tài khoản định danh điện tử mức 2 | % | 58 | 90 | 31/12/2026
ind: Tỷ lệ tiểu thương chấp nhận thanh toán không dùng tiền mặt | % | 25 | 70 | 30/06/2027
people: p Ka Thị Hương; p Trương Văn Bình; t Lê Quang Vinh
=== thuky khac qs submit
title: Số hóa hồ sơ quản lý dân quân và công dân trong độ tuổi thực hiện nghĩa vụ quân sự
need: Hồ sơ dân quân, công dân trong độ tuổi nghĩa vụ quân sự của {cu} và {cu2} lưu trữ giấy, không thống nhất; công
  tác tuyển quân hằng năm mất nhiều thời gian đối chiếu.
block: Chưa có phần mềm dùng chung ở cấp xã; dữ liệu chưa được đối chiếu với cơ sở dữ liệu quốc gia về dân cư.
law: Luật Nghĩa vụ quân sự năm 2015; Luật Dân quân tự vệ năm 2019 và Nghị định số 72/2020/NĐ-CP; Luật Lưu trữ năm 2024
  về số hóa tài liệu lưu trữ.
sol: Ban Chỉ huy Quân sự phối hợp Công an {kind} số hóa toàn bộ hồ sơ, đối chiếu với cơ sở dữ liệu dân cư; cập nhật
  biến động hằng quý; bảo mật theo quy định.
scope: Khoảng 3.200 công dân trong độ tuổi; 180 dân quân.
res: Ngân sách quốc phòng địa phương 60 triệu đồng; thiết bị hiện có.
ind: Tỷ lệ hồ sơ được số hóa | % | 0 | 100 | 31/12/2026
ind: Thời gian lập danh sách gọi khám tuyển | ngày | 20 | 5 | 31/12/2026
people: p Ngô Minh Khôi; t Lê Quang Vinh
=== phochutich khac ub revise
title: Rút ngắn 30% thời gian giải quyết thủ tục hành chính thuộc thẩm quyền của {ubnd}
need: Sau sắp xếp, {ubnd} giải quyết 312 thủ tục hành chính; thời hạn của nhiều thủ tục còn dài so với yêu cầu thực tế,
  người dân, doanh nghiệp phải chờ đợi, phát sinh chi phí.
block: Thời hạn giải quyết được tính theo mức tối đa; trình ký, chuyển hồ sơ giấy giữa các phòng còn tuần tự; chưa ủy
  quyền ký cho trưởng phòng đối với thủ tục đơn giản.
law: Nghị định số 63/2010/NĐ-CP (sửa đổi bởi Nghị định số 92/2017/NĐ-CP) về kiểm soát thủ tục hành chính; Nghị định số
  118/2025/NĐ-CP; Nghị quyết số 66/NQ-CP năm 2025 về cắt giảm, đơn giản hóa thủ tục hành chính.
sol: Rà soát 312 thủ tục, công bố thời hạn giải quyết nội bộ rút ngắn 30%; ký số và luân chuyển hồ sơ điện tử hoàn
  toàn; ủy quyền ký cho trưởng phòng đối với 45 thủ tục đơn giản; công khai thời gian giải quyết từng hồ sơ trên màn
  hình tại Trung tâm Phục vụ hành chính công.
scope: 312 thủ tục hành chính cấp xã; các phòng chuyên môn; người dân, doanh nghiệp.
res: Nâng cấp phần mềm một cửa 50 triệu đồng từ ngân sách {kind}.
ind: Số thủ tục được rút ngắn thời gian giải quyết nội bộ | thủ tục | 0 | 200 | 30/06/2027
ind: Tỷ lệ hồ sơ giải quyết trước hạn | % | 46 | 80 | 31/12/2027
people: p Ka Thị Hương; t Phan Văn Đức; t Trần Thị Mai
reason: Việc ủy quyền ký phải đối chiếu Luật Tổ chức chính quyền địa phương năm 2025 và Quy chế làm việc của UBND; đề
  nghị bổ sung danh mục 45 thủ tục và cách kiểm soát chất lượng khi rút ngắn thời hạn.
fix@feasibility: Đã bổ sung phụ lục danh mục 45 thủ tục; việc ủy quyền thực hiện theo Luật Tổ chức chính quyền địa
  phương năm 2025 và được ghi vào Quy chế làm việc của UBND; Văn phòng HĐND và UBND kiểm tra ngẫu nhiên 10% hồ sơ mỗi
  tháng.
"""))


# Party organisations of the demo unit, recognised by words of their (folded) names.
_ORG_KEYS = {"db": "dang bo", "ub": "uy ban", "mt": "mat tran", "qs": "quan su", "ca": "cong an",
             "t1": " 1", "kk": "kao kuil"}
_ETHNIC = {"Lâm Đồng": "K'Ho, Mạ, Chu Ru", "Đắk Nông": "M'Nông, Ê Đê", "Bình Thuận": "Chăm, Raglai"}


def _words(unit: Unit) -> dict[str, str]:
    kind = KIND_LABELS[unit.kind].lower()
    village = "thôn" if unit.kind is UnitKind.XA else "tổ dân phố"
    former = [re.sub(r"\s*\(.*?\)", "", f).strip() for f in unit.formed_from.split(";") if f.strip()]
    former = [f for f in former if fold(unit.short_name) not in fold(f)] or former
    former = [f"{f[0].lower()}{f[1:]} cũ" for f in former]
    cu = former[-1] if former else f"khu vực phía bắc {kind} {unit.short_name}"
    cu2 = former[0] if len(former) > 1 else f"khu vực trung tâm {kind} {unit.short_name}"
    ethnic = _ETHNIC.get(unit.former_province)
    farming = unit.kind is UnitKind.XA
    return {
        "kind": kind, "unit": f"{kind} {unit.short_name}", "Unit": unit.name, "ubnd": f"UBND {kind} {unit.short_name}",
        "thon": village, "cu": cu, "cu2": cu2,
        "dtts": f"đồng bào dân tộc thiểu số ({ethnic})" if ethnic else "đồng bào dân tộc thiểu số",
        "crop": "cà phê", "crops": "cà phê, chè, sầu riêng" if farming else "cà phê, chè, rau, hoa",
    }


def _day(text: str) -> date:
    d, m, y = (int(p) for p in text.split("/"))
    return date(y, m, d)


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _amount(value: str, unit: str) -> str:
    return f"{value}%" if unit == "%" else f"{value} {unit}"


def _indicator(raw: _Ind, words: dict[str, str]) -> Indicator:
    name, unit, baseline, target, when = raw
    return Indicator(name.format(**words), unit, baseline, target, _day(when))


def _effectiveness(indicators: tuple[Indicator, ...], closing: str) -> str:
    lines = []
    for i in indicators:
        change = "lên" if _number(i.target) > _number(i.baseline) else "xuống còn"
        when = i.target_date.strftime("%d/%m/%Y") if i.target_date else ""
        lines.append(f"- {i.name}: từ {_amount(i.baseline, i.unit)} {change} {_amount(i.target, i.unit)} "
                     f"vào ngày {when}.")
    return "\n".join([*lines, closing])


def _timeline(index: int, indicators: tuple[Indicator, ...], words: dict[str, str]) -> str:
    days = sorted(i.target_date for i in indicators if i.target_date)
    end = days[-1]
    mid = days[0] if days[0] < end else date(end.year - (end.month <= 6), (end.month - 7) % 12 + 1, 1)
    return _TIMELINES[index % 3].format(end=end.strftime("%d/%m/%Y"), mid=mid.strftime("%d/%m/%Y"), **words)


def _content(index: int, spec: _Spec, words: dict[str, str], org: tuple[str, str] | None,
             people: dict[str, tuple[str, str]]) -> ProposalContent:
    """The proposal as its author saved it: complete unless it is an unfinished draft."""
    w = words
    text = _FIELD_TEXT[spec.field]
    indicators = tuple(_indicator(raw, w) for raw in spec.ind)
    participants = tuple(
        Participant(name, people.get(name, ("", ""))[1],
                    ParticipantRole.PROPOSER if role == "p" else ParticipantRole.IMPLEMENTER,
                    people.get(name, (None, ""))[0])
        for name, role in spec.people
    )
    base = {
        Section.NECESSITY: spec.need, Section.BOTTLENECK: spec.block, Section.LEGAL_PROVISIONS: spec.law,
        Section.SOLUTION: spec.sol, Section.SCOPE: spec.scope, Section.RESOURCES: spec.res,
    }
    common = ProposalContent(title=spec.title.format(**w), indicators=indicators, field=spec.field,
                             party_org_id=org[0] if org else None, breakthrough=spec.bt, broad=spec.broad,
                             participants=participants)
    if spec.plan == "partial":
        return replace(common, sections={s: t.format(**w) for s, t in base.items() if t})
    head = spec.author == "chutich"
    leads = [f"{p.name} ({p.position})" for p in participants if p.role is ParticipantRole.PROPOSER]
    others = [f"{p.name} ({p.position})" for p in participants if p.role is ParticipantRole.IMPLEMENTER]
    staffing = f" Nhân lực: {', '.join(leads)} chủ trì" + (f"; {', '.join(others)} thực hiện." if others else ".")
    sections = {
        Section.NECESSITY: f"{spec.need} {text['ctx']}\n{_REQUIREMENTS[index % 3]}",
        Section.BOTTLENECK: f"{spec.block} {_BOTTLENECK_CLOSING[index % 3]}",
        Section.LEGAL_PROVISIONS: spec.law + _LD73,
        Section.SOLUTION: f"{spec.sol} {_SOLUTION_CLOSING[(index + 1) % 3]}",
        Section.SCOPE: f"{spec.scope} {_SCOPE_BROAD if spec.broad else _SCOPE_HEAD if head else _SCOPE_NARROW}",
        Section.TIMELINE: _timeline(index, indicators, w),
        Section.RESOURCES: spec.res + staffing + " Không đề nghị bổ sung biên chế.",
        Section.FEASIBILITY: f"{text['feas']} {_FEASIBILITY[index % 3]}",
        Section.IMPACT: f"Tích cực: {text['pos']}\nTiêu cực, rủi ro: {spec.risk or text['neg']}\n"
        f"Biện pháp giảm thiểu: {_MITIGATION[index % 3]}",
        Section.EFFECTIVENESS: _effectiveness(indicators, text["eff"]),
    }
    org_name = org[1] if org else "chi bộ"
    democratic = (
        f"Ý tưởng đã được thảo luận tại hội nghị Ban Thường vụ Đảng ủy {w['unit']} và tập thể lãnh đạo UBND; do "
        "người đề xuất là Chủ tịch UBND nên đề xuất được trình UBND tỉnh xem xét theo Nghị định số 73/2023/NĐ-CP."
        if head else
        f"Ý tưởng đã được báo cáo Chủ tịch UBND {w['unit']} và thảo luận tại sinh hoạt {org_name}; sau khi nộp sẽ "
        "được lấy ý kiến cấp ủy và trình tập thể lãnh đạo theo quy trình của Nghị định số 73/2023/NĐ-CP."
    )
    clean_hands = ("Người đề xuất đã kê khai xung đột lợi ích và cam kết không tham gia phần việc liên quan."
                   if spec.conflict else
                   "Người đề xuất và người thực hiện không có lợi ích riêng liên quan đến nội dung đề xuất.")
    criteria = {
        Criterion.URGENCY: Assessment(True, f"{text['urg']} Cụ thể: {spec.block.split('; ')[0].rstrip('.')}."),
        Criterion.PURE_PURPOSE: Assessment(True, "Mang lại giá trị lượng hóa được cho Nhà nước, tập thể và Nhân "
                                           "dân (các chỉ tiêu tại mục 5); không vì lợi ích cục bộ, lợi ích nhóm "
                                           f"hay vụ lợi cá nhân. {clean_hands}"),
        Criterion.DEMOCRATIC_PROCESS: Assessment(True, democratic),
    }
    return replace(
        common, sections={s: t.format(**w) for s, t in sections.items()},
        criteria={c: Assessment(a.met, a.justification.format(**w)) for c, a in criteria.items()},
        conflict_declared=bool(spec.conflict), conflict_details=spec.conflict,
    )


def _revised(content: ProposalContent, spec: _Spec, words: dict[str, str]) -> ProposalContent:
    """The author's answer to the head's return: a paragraph added and, sometimes, an indicator."""
    sections = dict(content.sections)
    sections[spec.fix_at] = f"{sections[spec.fix_at]}\n{spec.fix.format(**words)}"
    indicators = content.indicators + ((_indicator(spec.fix_ind, words),) if spec.fix_ind else ())
    if spec.fix_ind:
        sections[Section.EFFECTIVENESS] = _effectiveness(indicators, _FIELD_TEXT[spec.field]["eff"])
    return replace(content, sections=sections, indicators=indicators)


def _orgs(ctx: AppContext) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    orgs = staff.list_party_orgs(ctx)
    for key, words in _ORG_KEYS.items():
        match = [o for o in orgs if (fold(o.name).endswith(words) if key == "t1" else words in fold(o.name))]
        if match:
            found[key] = (match[0].id, match[0].name)
    return found


DEMO_DAYS = len(_SPECS)  # a proposal drafted every other day
# Village heads and secretaries who sign the demo minutes (fictional names).
_VILLAGE_SIGNERS = (("Ka Điệp", "Nguyễn Thị Hoa"), ("Lê Văn Thắng", "K'Nhoan"), ("Bon Đơng Ha Sang", "Trần Văn Bình"))


def _village_minutes(ctx: AppContext, proposal: proposals.Proposal, words: dict[str, str], index: int) -> bytes:
    """The minutes of the village meeting where the author heard the people (a PDF, ND 30 layout): the
    evidence of a democratic process (criterion 3) that proposals carry as an attachment."""
    import io

    from lamdong_desktop.documents.base import render
    from lamdong_desktop.documents.formatting import number_line
    from lamdong_desktop.documents.model import Document, Heading, Paragraph, Signature

    village = f"{words['thon']} {index % 5 + 1}"
    head_name, secretary_name = _VILLAGE_SIGNERS[index % len(_VILLAGE_SIGNERS)]
    summary = proposal.summary
    when = clock.now()
    document = Document(
        issuer=(f"UBND {ctx.unit.name}".upper(), village.upper()),
        number_line=number_line(None, "BB"),
        place=ctx.unit.short_name,
        date=when.date(),
        kind="BIÊN BẢN",
        summary=("Họp lấy ý kiến Nhân dân", f"về đề xuất «{proposal.content.title}»"),
        body=(
            Paragraph(f"Hồi {when:%H} giờ {when:%M} ngày {when:%d/%m/%Y}, tại nhà văn hóa {village}, "
                      f"{words['unit']}."),
            Heading("I. Thành phần tham dự", 1),
            Paragraph(f"Chủ trì: {head_name}, Trưởng {village}. Thư ký: {secretary_name}."),
            Paragraph(f"Người trình bày: {summary.author_name}, {proposal.author_position}. Có mặt 46 hộ gia đình "
                      "trên tổng số 58 hộ của thôn."),
            Heading("II. Nội dung", 1),
            Paragraph(f"{summary.author_name} trình bày đề xuất {summary.ref} «{proposal.content.title}»: sự "
                      "cần thiết, nội dung, giải pháp, phạm vi tác động và các chỉ tiêu dự kiến."),
            Paragraph("Ý kiến của Nhân dân: các hộ dự họp thống nhất với đề xuất; đề nghị công khai tiến độ "
                      "thực hiện tại nhà văn hóa thôn và trên nhóm thông tin của thôn; không phát sinh khoản "
                      "đóng góp bắt buộc nào của người dân."),
            Heading("III. Kết luận", 1),
            Paragraph(f"Cuộc họp thống nhất 44/46 hộ dự họp đồng ý (95,7%). Thư ký tổng hợp ý kiến gửi "
                      f"{summary.author_name} để hoàn thiện đề xuất. Cuộc họp kết thúc hồi {when.hour + 1} giờ "
                      "cùng ngày; biên bản được đọc lại cho mọi người dự họp cùng nghe."),
        ),
        signature=Signature(title="Chủ trì", name=head_name, authority=""),
        left_signature=Signature(title="Thư ký", name=secretary_name),
    )
    buffer = io.BytesIO()
    render(document, buffer)
    return buffer.getvalue()


def _attach_minutes(ctx: AppContext, actor: Actor, proposal_id: str, words: dict[str, str], index: int) -> None:
    import tempfile
    from pathlib import Path

    proposal = proposals.get(ctx, proposal_id)
    with tempfile.TemporaryDirectory(prefix="lamdong-demo-") as folder:
        path = Path(folder) / f"Biên bản họp lấy ý kiến Nhân dân - {proposal.ref}.pdf"
        path.write_bytes(_village_minutes(ctx, proposal, words, index))
        proposals.attach_file(ctx, actor=actor, proposal_id=proposal_id, path=path)


def demo_start() -> datetime:
    """When the replayed demo work begins: early enough for every demo proposal to be drafted by now."""
    return clock.now().replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(days=2 * DEMO_DAYS + 14)


def add_demo_proposals(ctx: AppContext, *, password: str) -> int:
    """Create the demo proposals as their authors would have, through the proposal services; returns how many.

    Every account signs in once. Unfinished drafts stay drafts; anything that cannot be submitted (for
    instance when the unit has no party organisations) stays a draft rather than failing the demo.
    """
    words = _words(ctx.unit)
    orgs = _orgs(ctx)
    people = {p.full_name: (p.id, p.position) for p in staff.list_people(ctx)}
    actors: dict[str, Actor] = {
        name: accounts.sign_in(ctx, username=name, password=password)
        for name in ("canbo", "phochutich", "thuky", "chutich")
    }
    head = actors["chutich"]
    # The work of the last weeks, replayed in time order so that stamps and the audit log read as they
    # would have happened: each proposal is drafted on its own day, then submitted, returned, revised.
    steps: list[tuple[datetime, int, Callable[[], object]]] = []
    ids: dict[int, str] = {}
    start = demo_start()

    def at(index: int, day: int, fn: Callable[[], object]) -> None:
        moment = start + timedelta(days=2 * index + day, hours=index % 7, minutes=(index * 13) % 60)
        steps.append((moment, len(steps), fn))

    def on(index: int, fn: Callable[..., object], **kwargs: object) -> Callable[[], object]:
        """A later step on proposal ``index``, whose id is known once the step that drafts it has run."""
        def step() -> object:
            return fn(ctx, proposal_id=ids[index], **kwargs)
        return step

    for index, spec in enumerate(_SPECS):
        author = actors[spec.author]
        content = _content(index, spec, words, orgs.get(spec.org), people)

        def create(index=index, author=author, content=content) -> None:
            ids[index] = proposals.create_draft(ctx, actor=author, content=content).value.id

        at(index, 0, create)
        why = spec.why.format(**words) if spec.why else ""
        if spec.plan == "withdraw_draft":
            at(index, 3, on(index, proposals.withdraw, actor=author, reason=why))
            continue
        if spec.plan in ("draft", "partial") or missing_items(content):
            continue
        def attach(index=index, author=author) -> None:
            _attach_minutes(ctx, author, ids[index], words, index)

        at(index, 1, attach)
        at(index, 1, on(index, proposals.submit, actor=author))
        if spec.plan == "withdraw":
            at(index, 4, on(index, proposals.withdraw, actor=author, reason=why))
        if spec.plan not in ("return", "revise", "withdraw_returned"):
            continue
        reason = spec.reason.format(**words)
        at(index, 4, on(index, proposals.return_for_revision, actor=head, reason=reason))
        if spec.plan == "revise":
            def revise(index=index, author=author, spec=spec) -> None:
                revised = _revised(proposals.get(ctx, ids[index]).content, spec, words)
                proposals.update_content(ctx, actor=author, proposal_id=ids[index], content=revised)

            at(index, 6, revise)
            at(index, 7, on(index, proposals.submit, actor=author))
        elif spec.plan == "withdraw_returned":
            at(index, 6, on(index, proposals.withdraw, actor=author, reason=why))
    with ctx.db.atomic():
        for moment, _, step in sorted(steps, key=lambda s: (s[0], s[1])):
            with clock.pinned(moment):
                step()
    return len(ids)
