"""A proposal carried through every step the dossier records, with a signed scan or an evidence at each that takes
one: the official's proposal received with the committee's opinion, approved at a leadership meeting (signed minutes
and decision attached), started, a difficulty, an adjustment (signed), progress with a PDF and a JPEG as evidence,
finished, reported, the committee's opinion on the result, an evaluation meeting, the conclusion (signed)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from lamdong_desktop.services import (
    adjustments,
    decisions,
    evaluations,
    implementation,
    meetings,
    result_reports,
    review,
)
from tests.files_support import write_pdf

from .implementation_support import EVALUATED_ON, STARTED_ON, VOTERS, evaluate, started
from .meeting_support import LEADERSHIP, Office, at, attend, close, convene, vote

# The parts of that proposal's dossier, in their order.
EXPECTED_KINDS = ("plan", "opinion", "invitation", "minutes", "signed_scan", "decision", "signed_scan", "adjustment",
                  "signed_scan", "progress", "evidence", "evidence", "report", "opinion", "invitation", "minutes",
                  "evaluation", "signed_scan")


def jpeg_bytes(width: int = 620, height: int = 877, text: str = "") -> bytes:
    """A small JPEG photo of a page (grey lines), as a phone takes one for evidence."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for y in range(40, height - 40, 24):
        draw.line((40, y, width - 40, y), fill=(90, 90, 90), width=2)
    if text:
        draw.text((40, 10), text, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


@dataclass
class Evaluated:
    proposal: object
    approval_meeting: object
    evaluation_meeting: object
    decision: object
    adjustment: object
    evaluation: object
    files: dict  # name → path of each file attached


def through_evaluation(o: Office, folder: Path) -> Evaluated:
    """The official's proposal from its receipt to the evaluation's signed conclusion (see the module's docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "minutes": write_pdf(folder / "Biên bản đã ký.pdf", "Bien ban da ky"),
        "decision": write_pdf(folder / "Quyết định đã ký.pdf", "Quyet dinh da ky"),
        "adjustment": write_pdf(folder / "Điều chỉnh đã ký.pdf", "Dieu chinh da ky"),
        "evidence_pdf": write_pdf(folder / "Biên bản nghiệm thu.pdf", "Nghiem thu"),
        "evidence_jpeg": folder / "Ảnh hiện trường.jpg",
        "evaluation": write_pdf(folder / "Kết luận đã ký.pdf", "Ket luan da ky"),
    }
    files["evidence_jpeg"].write_bytes(jpeg_bytes())
    proposal = started(o)
    approval_meeting = meetings.meetings_of(o.ctx, proposal.id, actor=o.head)[0]
    decision = decisions.list_decisions(o.ctx, actor=o.head, proposal_id=proposal.id)[0]
    with at(STARTED_ON, 14):
        meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=approval_meeting.id,
                                       path=files["minutes"])
        decisions.attach_signed(o.ctx, actor=o.secretary, decision_id=decision.id, path=files["decision"])
    with at(date(2026, 1, 19)):
        implementation.report_difficulty(o.ctx, actor=o.official, proposal_id=proposal.id,
                                         text="Một số hộ chưa đồng thuận phương án", noted_on=date(2026, 1, 19))
    with at(date(2026, 1, 20)):
        adjustment = adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id,
                                        content="Bổ sung thôn 3 vào phạm vi thực hiện", reasons="Theo đề nghị của thôn",
                                        signer_person_id=o.person("Nguyễn Văn Hùng")).value
        adjustments.attach_signed(o.ctx, actor=o.secretary, adjustment_id=adjustment.id, path=files["adjustment"])
    with at(date(2026, 1, 28)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="45",
                                       measured_on=date(2026, 1, 28), evidence=files["evidence_pdf"])
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=2, value="12",
                                       measured_on=date(2026, 1, 28), note="Đo tại bộ phận một cửa",
                                       evidence=files["evidence_jpeg"])
    with at(date(2026, 1, 30), 16):
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=date(2026, 1, 30))
    with at(date(2026, 2, 3), 10):
        result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, reported_on=date(2026, 2, 3),
                              damage=False, explanation="Đã thực hiện theo kế hoạch được phê duyệt.")
    with at(date(2026, 2, 5)):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    evaluation_meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=EVALUATED_ON,
                                 on=date(2026, 2, 6), title="Họp đánh giá kết quả thực hiện đề xuất")
    attend(o, evaluation_meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, evaluation_meeting, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, evaluation_meeting)
    made = evaluate(o, proposal)
    with at(date(2026, 2, 11), 15):
        evaluations.attach_signed(o.ctx, actor=o.secretary, evaluation_id=made.id, path=files["evaluation"])
    return Evaluated(proposal, approval_meeting, evaluation_meeting, decision, adjustment, made, files)
