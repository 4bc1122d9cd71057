"""A printed plan carries the audit head on each page and in its metadata; verify checks it as an anchor."""

from __future__ import annotations

from pypdf import PdfReader

from lamdong_desktop.services import integrity, printing, proposals

from .test_proposals import full, unit  # noqa: F401 (fixture)


def test_the_printed_plan_anchors_the_chain(unit, tmp_path):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    seq, short = integrity.current_head(ctx)
    path = printing.print_proposal_plan(ctx, actor=users["canbo"], proposal_id=draft.id,
                                        target=tmp_path / "ke-hoach.pdf")
    line = f"Nhật ký #{seq} · {short}"
    reader = PdfReader(path)
    assert reader.metadata["/Keywords"] == line
    assert len(reader.pages) >= 1
    assert all(line in page.extract_text() for page in reader.pages)
    # Printing writes no event: the head on paper is the head of the chain that holds this plan's text.
    assert integrity.current_head(ctx) == (seq, short)
    assert integrity.check_anchor(ctx, *integrity.parse_anchor(line)) is None
    # Later work moves the head on; the paper's anchor still holds.
    proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    assert integrity.current_head(ctx)[0] > seq
    assert integrity.verify_all(ctx, anchors=((seq, short),)).ok
