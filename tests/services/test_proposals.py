"""Proposals through the services: roles, lifecycle, revisions, search, attachments, audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import Action, Recipient, State
from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
from lamdong_desktop.services import accounts, attachments, proposal_history, proposals, staff
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import meta_repo
from tests.files_support import write_pdf


@pytest.fixture
def unit(demo):
    ctx, head = demo
    users = {name: accounts.sign_in(ctx, username=name, password="demo")
             for name in ("canbo", "phochutich", "thuky", "admin", "tinh")}
    users["chutich"] = head
    org = next(o for o in staff.list_party_orgs(ctx, actor=head) if o.name == "Chi bộ thôn 1")
    return ctx, users, org


def full(org_id: str, title: str = "Giải quyết dứt điểm vi phạm đất đai trước 01/8/2024") -> ProposalContent:
    return ProposalContent(
        title=title,
        sections={s: f"Về đất đai: nội dung mục {s.value} của đề xuất." for s in Section},
        indicators=(Indicator("Hồ sơ vi phạm được xử lý", "hồ sơ", "45", "45", date(2026, 12, 31)),
                    Indicator("Thời gian cấp giấy chứng nhận", "ngày", "30", "12", date(2027, 6, 30))),
        criteria={c: Assessment(True, "Đáp ứng theo Nghị định 73/2023/NĐ-CP.") for c in Criterion},
        conflict_declared=False, field="dat_dai", party_org_id=org_id,
    )


def test_draft_gets_a_yearly_reference_that_is_never_reused(unit):
    ctx, users, org = unit
    first = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    second = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id, "Đề xuất khác")).value
    proposals.withdraw(ctx, actor=users["canbo"], proposal_id=second.id, reason="Trùng nội dung")
    third = proposals.create_draft(ctx, actor=users["thuky"], content=full(org.id, "Đề xuất thứ ba")).value
    numbers = [int(p.ref.split("-")[-1]) for p in (first, second, third)]
    assert numbers == sorted(numbers) and len(set(numbers)) == 3
    assert first.ref.startswith("DX-") and first.state is State.DRAFT
    assert first.summary.author_name == "K'Brơi Ngọc Sơn"
    assert proposals.get(ctx, first.ref, actor=users["canbo"]).id == first.id


def test_submitting_an_incomplete_proposal_names_every_missing_item_and_saves_nothing(unit):
    ctx, users, org = unit
    content = replace(full(org.id), sections={**full(org.id).sections, Section.IMPACT: ""}, indicators=())
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=content).value
    with pytest.raises(ValidationError) as err:
        proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    assert [i.code for i in err.value.params["problems"]] == ["section:impact", "indicators"]
    again = proposals.get(ctx, draft.id, actor=users["canbo"])
    assert again.state is State.DRAFT and again.summary.version == draft.summary.version
    assert proposal_history.revisions(ctx, draft.id, actor=users["canbo"]) == []


def test_full_cycle_submit_return_revise_resubmit_keeps_both_versions(unit):
    ctx, users, org = unit
    official, head = users["canbo"], users["chutich"]
    draft = proposals.create_draft(ctx, actor=official, content=full(org.id)).value
    submitted = proposals.submit(ctx, actor=official, proposal_id=draft.id).value
    assert submitted.state is State.SUBMITTED and submitted.submitted_to is Recipient.HEAD
    assert proposals.actions_for(submitted, head) == [Action.RETURN, Action.RECEIVE]
    returned = proposals.return_for_revision(ctx, actor=head, proposal_id=draft.id,
                                             reason="Bổ sung số liệu hộ dân").value
    assert returned.state is State.RETURNED and returned.last_reason == "Bổ sung số liệu hộ dân"
    revised = replace(full(org.id), sections={**full(org.id).sections, Section.SCOPE: "120 hộ dân thôn 1."})
    proposals.update_content(ctx, actor=official, proposal_id=draft.id, content=revised)
    final = proposals.submit(ctx, actor=official, proposal_id=draft.id).value
    assert final.state is State.SUBMITTED
    assert [r.number for r in proposal_history.revisions(ctx, draft.id, actor=head)] == [1, 2]
    diffs = proposal_history.diff(ctx, draft.id, 1, 2, actor=official)
    assert [d.label for d in diffs] == ["Phạm vi, đối tượng tác động"]
    assert "+ 120 hộ dân thôn 1." in diffs[0].lines
    moves = [(t.action, t.reason) for t in proposal_history.transitions(ctx, draft.id, actor=head)]
    assert moves == [(Action.SUBMIT, ""), (Action.RETURN, "Bổ sung số liệu hộ dân"), (Action.RESUBMIT, "")]
    trail = [e.action for e in proposal_history.audit_trail(ctx, draft.id, actor=official)]
    assert trail.count("proposal_transitions.create") == 3 and trail.count("proposal_revisions.create") == 2
    # The audit speaks Vietnamese: it is printed in the dossier that protects the official.
    summaries = [e.summary for e in proposal_history.audit_trail(ctx, draft.id, actor=head)]
    assert f"Trả lại {draft.ref}: Bổ sung số liệu hộ dân" in summaries
    assert f"{draft.ref}: Đã trình → Trả lại để sửa" in summaries
    assert f"{draft.ref}: Trả lại để sửa → Đã trình" in summaries
    assert verify_all(ctx).ok


def test_role_rules(unit):
    ctx, users, org = unit
    official, head, deputy = users["canbo"], users["chutich"], users["phochutich"]
    draft = proposals.create_draft(ctx, actor=official, content=full(org.id)).value
    # Nobody else sees a draft never submitted, so nobody else submits or edits it: to them it does not exist.
    with pytest.raises(NotFound):
        proposals.submit(ctx, actor=deputy, proposal_id=draft.id)
    with pytest.raises(NotFound):
        proposals.update_content(ctx, actor=head, proposal_id=draft.id, content=full(org.id, "Sửa của chủ tịch"))
    proposals.submit(ctx, actor=official, proposal_id=draft.id)
    # Once submitted the head reads it, but still cannot edit the official's text …
    with pytest.raises(PermissionDenied):
        proposals.update_content(ctx, actor=head, proposal_id=draft.id, content=full(org.id, "Sửa của chủ tịch"))
    # … an official cannot return, and nobody edits a submitted proposal.
    with pytest.raises(PermissionDenied):
        proposals.return_for_revision(ctx, actor=official, proposal_id=draft.id, reason="x")
    with pytest.raises(PermissionDenied):
        proposals.return_for_revision(ctx, actor=deputy, proposal_id=draft.id, reason="x")
    with pytest.raises(ValidationError) as err:
        proposals.update_content(ctx, actor=official, proposal_id=draft.id, content=full(org.id, "Sửa lén"))
    assert err.value.code == "proposal_not_editable"
    # Administrators and the province do not draft commune proposals.
    for name in ("admin", "tinh"):
        with pytest.raises(PermissionDenied):
            proposals.create_draft(ctx, actor=users[name], content=full(org.id))
    assert proposals.get(ctx, draft.id, actor=official).content.title == full(org.id).title


def test_the_heads_own_proposal_goes_to_the_province(unit):
    ctx, users, org = unit
    head = users["chutich"]
    draft = proposals.create_draft(ctx, actor=head, content=full(org.id)).value
    submitted = proposals.submit(ctx, actor=head, proposal_id=draft.id).value
    assert submitted.submitted_to is Recipient.PROVINCE
    with pytest.raises(PermissionDenied):
        proposals.return_for_revision(ctx, actor=head, proposal_id=draft.id, reason="Tự trả")
    returned = proposals.return_for_revision(ctx, actor=users["tinh"], proposal_id=draft.id,
                                             reason="Làm rõ nguồn lực").value
    assert returned.state is State.RETURNED


def test_returning_needs_a_reason(unit):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    with pytest.raises(ValidationError) as err:
        proposals.return_for_revision(ctx, actor=users["chutich"], proposal_id=draft.id, reason="  ")
    assert err.value.code == "reason_required"
    assert proposals.get(ctx, draft.id, actor=users["chutich"]).state is State.SUBMITTED


def test_search_ignores_diacritics_and_d_with_stroke(unit):
    ctx, users, org = unit
    land = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    other = ProposalContent(title="Nâng cao thu nhập hộ nghèo người K'Ho", field="giam_ngheo",
                            sections={Section.NECESSITY: "Hỗ trợ sinh kế cà phê."})
    poor = proposals.create_draft(ctx, actor=users["canbo"], content=other).value
    for query in ("dat dai", "DAT DAI", "đất đai", "Đất Đai"):
        refs = [h.summary.ref for h in proposals.search(ctx, query, actor=users["canbo"])]
        assert land.ref in refs and poor.ref not in refs, query
    assert [h.summary.ref for h in proposals.search(ctx, "ho ngheo k'ho", actor=users["canbo"])] == [poor.ref]
    assert [h.summary.ref for h in proposals.search(ctx, "ca phe", actor=users["canbo"])] == [poor.ref]
    assert proposals.search(ctx, "khongcotu", actor=users["canbo"]) == []


def test_search_ranks_title_matches_first_and_filters(unit):
    ctx, users, org = unit
    in_body = proposals.create_draft(ctx, actor=users["canbo"], content=ProposalContent(
        title="Chuyển đổi số một cửa", field="khac",
        sections={Section.NECESSITY: "Liên quan giảm nghèo bền vững."})).value
    in_title = proposals.create_draft(ctx, actor=users["canbo"], content=ProposalContent(
        title="Giảm nghèo bền vững cho đồng bào", field="giam_ngheo", breakthrough=True)).value
    hits = [h.summary.ref for h in proposals.search(ctx, "giam ngheo", actor=users["canbo"])]
    assert hits[:2] == [in_title.ref, in_body.ref]
    from lamdong_desktop.storage.proposals_repo import Filters

    me = users["canbo"]
    assert [h.summary.ref for h in proposals.search(ctx, "giam ngheo", Filters(field="khac"), actor=me)] == [
        in_body.ref]
    assert [h.summary.ref for h in proposals.search(ctx, "giam ngheo", Filters(breakthrough=True), actor=me)] == [
        in_title.ref]
    mine = Filters(author_id=users["canbo"].user_id)
    assert [p.ref for p in proposals.list_proposals(ctx, mine, actor=users["canbo"])] == [in_title.ref, in_body.ref]
    assert proposals.list_proposals(ctx, mine, actor=users["thuky"]) == []  # drafts of someone else


def test_search_follows_edits(unit):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id, "Tiêu đề cũ")).value
    proposals.update_content(ctx, actor=users["canbo"], proposal_id=draft.id,
                             content=replace(full(org.id, "Đường giao thông nông thôn"), sections={}))
    assert [h.summary.ref for h in proposals.search(ctx, "giao thong", actor=users["canbo"])] == [draft.ref]
    assert proposals.search(ctx, "tieu de cu", actor=users["canbo"]) == []


def test_attachments_are_content_addressed_and_deduplicated(unit, tmp_path):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    pdf = tmp_path / "bao-cao.pdf"
    write_pdf(pdf, "bao cao hien trang dat dai")
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(pdf.read_bytes())
    first = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=pdf).value
    second = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=copy).value
    assert first.sha256 == second.sha256 and first.media_type == "application/pdf"
    stored = [p for p in ctx.paths.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name == first.sha256
    files = attachments.list_attachments(ctx, draft.id, actor=users["canbo"])
    assert [a.filename for a in files] == ["bao-cao.pdf", "ban-sao.pdf"]
    out = attachments.export_attachment(ctx, actor=users["canbo"], attachment_id=first.id, folder=tmp_path / "out")
    assert out.name == "bao-cao.pdf" and out.read_bytes() == pdf.read_bytes()


def test_attachments_too_large_or_unreadable_are_refused_with_nothing_stored(unit, tmp_path):
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    meta_repo.set_many(ctx.db, {"attachment_max_mb": "0.001"})
    big = tmp_path / "lon.bin"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(DomainError) as err:
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=big)
    assert err.value.code == "attachment_too_large"
    with pytest.raises(DomainError) as err:
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=tmp_path / "khong-co.pdf")
    assert err.value.code == "attachment_unreadable"
    with pytest.raises(DomainError):
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=tmp_path)
    assert attachments.list_attachments(ctx, draft.id, actor=users["canbo"]) == []
    assert [p for p in ctx.paths.attachments.rglob("*") if p.is_file()] == []


def test_default_attachment_limit_is_50_mb(unit):
    ctx, _, _ = unit
    assert attachments.attachment_limit_bytes(ctx) == 50_000_000
