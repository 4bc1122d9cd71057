"""The minutes of the village meetings where demo authors heard the people: a PDF attached to each demo proposal.

The evidence of a democratic process (criterion 3 of ND 73/2023 Đ5) that real proposals carry as a scan.
"""

from __future__ import annotations

import io

from lamdong_desktop.documents.base import DocumentTemplate
from lamdong_desktop.documents.formatting import number_line
from lamdong_desktop.documents.model import Document, Heading, Paragraph, Signature
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor

from . import attachments, proposals
from .context import AppContext
from .demo_scratch import Scratch

# Village heads and secretaries who sign the demo minutes (fictional names).
_VILLAGE_SIGNERS = (("Ka Điệp", "Nguyễn Thị Hoa"), ("Lê Văn Thắng", "K'Nhoan"), ("Bon Đơng Ha Sang", "Trần Văn Bình"))


def prepare_printing() -> None:
    """Register the document fonts (once per process) ahead of the first minutes."""
    DocumentTemplate()


def _village_minutes(ctx: AppContext, template: DocumentTemplate, proposal: proposals.Proposal,
                     words: dict[str, str], index: int) -> bytes:
    """The minutes of the village meeting where the author heard the people (a PDF, ND 30 layout): the
    evidence of a democratic process (criterion 3) that proposals carry as an attachment."""
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
        summary=("Họp lấy ý kiến Nhân dân", f"về đề xuất “{proposal.content.title}”"),
        body=(
            Paragraph(f"Hồi {when:%H} giờ {when:%M} ngày {when:%d/%m/%Y}, tại nhà văn hóa {village}, "
                      f"{words['unit']}."),
            Heading("I. Thành phần tham dự", 1),
            Paragraph(f"Chủ trì: {head_name}, Trưởng {village}. Thư ký: {secretary_name}."),
            Paragraph(f"Người trình bày: {summary.author_name}, {proposal.author_position}. Có mặt 46 hộ gia đình "
                      "trên tổng số 58 hộ của thôn."),
            Heading("II. Nội dung", 1),
            Paragraph(f"{summary.author_name} trình bày đề xuất {summary.ref} “{proposal.content.title}”: sự "
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
    template.render(document, buffer)
    return buffer.getvalue()


def attach_minutes(ctx: AppContext, template: DocumentTemplate, actor: Actor, proposal_id: str,
                   words: dict[str, str], index: int, scratch: Scratch) -> None:
    proposal = proposals.get(ctx, proposal_id, actor=actor)
    scratch.attach(f"Biên bản họp lấy ý kiến Nhân dân - {proposal.ref}.pdf",
                   _village_minutes(ctx, template, proposal, words, index),
                   lambda path: attachments.attach_file(ctx, actor=actor, proposal_id=proposal_id, path=path))
