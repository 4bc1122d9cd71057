"""A month of meetings to print, built once through the services: a council that approves a broad proposal with
its score table, a leadership meeting held late (2–2 with the head against then his written approval, a rejection,
a return) and a meeting adjourned below its quorum."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lamdong_desktop.services import decisions, meeting_records, meeting_votes, meetings
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths

from .meeting_support import at, attend, close, convene, member_ids, office, received, vote

COUNCIL_DAY, COUNCIL_DECIDED = date(2026, 1, 12), date(2026, 1, 13)
LATE_DAY, LATE_DECIDED = date(2026, 1, 19), date(2026, 1, 20)  # after the 07 working days (due 14/01)
# A leadership meeting of four voters (the head, his two deputies, the head of the economic office); the office's
# chief records the minutes and does not vote.
LEADERS = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "member", False),
           ("Đinh Công Thành", "member", False), ("Hoàng Đức Long", "member", False),
           ("Trần Thị Mai", "secretary", False))
COUNCIL_PRESENT = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành", "Trần Thị Mai")
COUNCIL_ABSENT = "Hoàng Đức Long"
# Each present member's marks on the default rubric, in its order (urgency … effectiveness); one half mark.
MARKS = {"Nguyễn Văn Hùng": (9, 8, 8, 7, 9), "Ka Thị Hương": (8, 9, "8,5", 8, 8),
         "Đinh Công Thành": (7, 8, 8, 7, 8), "Trần Thị Mai": (9, 9, 9, 8, 9)}
CRITERIA = ("urgency", "pure_purpose", "democratic_process", "feasibility", "effectiveness")
OVERRIDE_REASON = "Đề xuất cấp bách, đã có ý kiến thống nhất của Đảng ủy xã và bảo đảm kinh phí thực hiện"
REJECT_REASONS = "Trùng với nhiệm vụ đã giao tại Kế hoạch năm của UBND xã.\nChưa có nguồn kinh phí."
RETURN_REASONS = "Chưa nêu rõ điểm nghẽn về cơ chế.\nChưa có dự toán kinh phí."
ADJOURN_REASON = "Chỉ 2/4 thành viên có mặt, chưa đủ số lượng để biểu quyết; hoãn sang cuộc họp sau"


@dataclass
class Month:
    o: object  # meeting_support.Office
    council: object  # the council, closed, its proposal approved
    late: object  # the leadership meeting held after the limit
    adjourned: object
    broad: object  # proposals
    overridden: object
    rejected: object
    returned: object
    waiting: object  # the adjourned meeting's proposal, back in the head's queue
    approval: object  # decisions (DecisionView)
    override_approval: object
    rejection: object
    notice: object
    draft_minutes: object  # documents.minutes_model.Minutes of the council before it closed


def _decide(o, proposal, outcome, day, **kw):
    kw.setdefault("signer_person_id", o.person("Nguyễn Văn Hùng"))
    kw.setdefault("signer_title", "Chủ tịch")
    with at(day, 9):
        return decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome=outcome, **kw).value


def build_month(folder: Path) -> Month:
    from lamdong_desktop.services import printing_meetings

    ctx, head = create_demo(DataPaths(folder), proposals=False)
    o = office(ctx, head)
    broad = received(o, title="Chuyển đổi số thủ tục đất đai toàn xã", broad=True)
    overridden = received(o, title="Một cửa lưu động tại thôn")
    rejected = received(o, title="Thu phí dịch vụ hướng dẫn hồ sơ tại nhà")
    returned = received(o, by=o.leader, title="Số hóa hồ sơ hộ tịch lưu trữ")
    waiting = received(o, title="Tổ công nghệ số cộng đồng")

    council = convene(o, [broad.id], day=COUNCIL_DAY)
    attend(o, council, COUNCIL_PRESENT, (COUNCIL_ABSENT,))
    ids = member_ids(council)
    with at(COUNCIL_DAY, 8, 30):
        for name, marks in MARKS.items():
            meeting_votes.record_scores(ctx, actor=o.secretary, meeting_id=council.id, proposal=broad.ref,
                                        member_id=ids[name], marks=dict(zip(CRITERIA, marks, strict=True)))
        meeting_records.record_opinion(ctx, actor=o.secretary, meeting_id=council.id, proposal=broad.ref,
                                       member_id=ids["Đinh Công Thành"], text="Cần làm rõ nguồn kinh phí.")
        meeting_records.record_item(ctx, actor=o.secretary, meeting_id=council.id, proposal=broad.ref,
                                    summary="Người đề xuất trình bày tóm tắt Kế hoạch.",
                                    conclusion="Hội đồng thống nhất đề nghị phê duyệt đề xuất.")
        meeting_records.record_content(ctx, actor=o.secretary, meeting_id=council.id,
                                       content="Hội đồng nghe trình bày, thảo luận, chấm điểm và biểu quyết.",
                                       conclusion="Giao người đề xuất hoàn thiện Kế hoạch theo ý kiến Hội đồng.")
    vote(o, council, broad, {"Nguyễn Văn Hùng": "for", "Ka Thị Hương": "for", "Đinh Công Thành": "for",
                             "Trần Thị Mai": "against"})
    draft_minutes = printing_meetings.minutes_of(ctx, council.id, actor=o.secretary)
    council = close(o, council)
    approval = _decide(o, broad, "approve", COUNCIL_DECIDED)

    adjourned = convene(o, [waiting.id], kind="leadership", seats=LEADERS, day=COUNCIL_DAY,
                        title="Họp tập thể lãnh đạo tháng 01")
    attend(o, adjourned, ("Nguyễn Văn Hùng", "Ka Thị Hương", "Trần Thị Mai"),
           ("Đinh Công Thành", "Hoàng Đức Long"))
    with at(COUNCIL_DAY, 9, 30):
        adjourned = meetings.adjourn(ctx, actor=o.head, meeting_id=adjourned.id, reason=ADJOURN_REASON).value

    late = convene(o, [overridden.id, rejected.id, returned.id], kind="leadership", seats=LEADERS, day=LATE_DAY,
                   title="Họp tập thể lãnh đạo xem xét đề xuất", on=date(2026, 1, 15))
    attend(o, late, [name for name, _, _ in LEADERS])
    vote(o, late, overridden, {"Nguyễn Văn Hùng": "against", "Hoàng Đức Long": "against",
                               "Ka Thị Hương": "for", "Đinh Công Thành": "for"})
    vote(o, late, rejected, {"Nguyễn Văn Hùng": "against", "Hoàng Đức Long": "against",
                             "Ka Thị Hương": "against", "Đinh Công Thành": "for"})
    vote(o, late, returned, {"Nguyễn Văn Hùng": "for", "Hoàng Đức Long": "against", "Đinh Công Thành": "against"})
    with at(LATE_DAY, 10):
        meeting_votes.override(ctx, actor=o.head, meeting_id=late.id, proposal=overridden.ref, reason=OVERRIDE_REASON)
    late = close(o, late)
    override_approval = _decide(o, overridden, "approve", LATE_DECIDED, signer_person_id=o.person("Đinh Công Thành"),
                                signer_title="Phó Chủ tịch", authority="KT", head_title="Chủ tịch")
    rejection = _decide(o, rejected, "reject", LATE_DECIDED, reasons=REJECT_REASONS)
    notice = _decide(o, returned, "return", LATE_DECIDED, reasons=RETURN_REASONS)
    return Month(o, council, late, adjourned, broad, overridden, rejected, returned, waiting, approval,
                 override_approval, rejection, notice, draft_minutes)
