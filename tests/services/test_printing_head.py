"""A printed plan carries the audit head on each page and in its metadata; verify checks it as an anchor."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
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
    # The head on paper is the head of the chain that holds this plan's text; printing then writes one event, the
    # record of the print (with its check code), after it.
    assert integrity.current_head(ctx)[0] == seq + 1
    last = ctx.db.execute("SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert last == "printed_documents.create"
    assert integrity.check_anchor(ctx, *integrity.parse_anchor(line)) is None
    # Later work moves the head on; the paper's anchor still holds.
    proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    assert integrity.current_head(ctx)[0] > seq
    assert integrity.verify_all(ctx, anchors=((seq, short),)).ok


@pytest.mark.parametrize("where", ["lamdong.db", "lamdong.db-wal", "attachments/plan.pdf", "backups/x.pdf", "."])
def test_printing_never_writes_into_the_data_folder(unit, where):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    before = ctx.paths.database.read_bytes()
    with pytest.raises(DomainError) as err:
        printing.print_proposal_plan(ctx, actor=users["canbo"], proposal_id=draft.id, target=ctx.paths.root / where)
    assert err.value.code == "print_target_refused" and "thư mục dữ liệu" in describe(err.value)
    assert ctx.paths.database.read_bytes() == before


def test_printing_refuses_a_device_or_a_folder(unit, tmp_path):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    with pytest.raises(DomainError) as err:
        printing.print_proposal_plan(ctx, actor=users["canbo"], proposal_id=draft.id, target="/dev/null")
    assert err.value.code == "print_target_refused" and "không phải một tệp thường" in describe(err.value)
    assert Path("/dev/null").is_char_device()
    folder = tmp_path / "Ban in"
    folder.mkdir()
    with pytest.raises(DomainError) as err:
        printing.print_proposal_plan(ctx, actor=users["canbo"], proposal_id=draft.id, target=folder)
    assert err.value.code == "target_is_folder"
    assert describe(err.value).startswith(f"Không ghi được tệp “{folder}”: đó là một thư mục")
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_an_anchor_beyond_any_sequence_is_invalid_not_a_crash(unit):  # noqa: F811
    ctx, _users, _org = unit
    for seq in (2**63, 10**20):
        with pytest.raises(DomainError) as err:
            integrity.check_anchor(ctx, seq, "6a832f09")
        assert err.value.code == "anchor_invalid"
