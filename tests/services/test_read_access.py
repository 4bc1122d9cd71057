"""Who reads what, through the services: each role against one set of proposals in every standing.

Proposals are personnel records: a draft never submitted is its author's alone; once submitted the head,
the leadership and the secretary read it; the province reads what is sent to it; the administrator reads
no proposal contents. A hidden proposal is "not found", never "forbidden" (that would reveal it exists).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lamdong_desktop.domain.errors import NotFound, PermissionDenied
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
from lamdong_desktop.services import accounts, attachments, printing, proposal_history, proposals, staff
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.proposals_repo import Filters
from tests.files_support import write_pdf

ROLES = ("admin", "chutich", "phochutich", "thuky", "canbo", "tinh")


def _content(org_id: str, title: str) -> ProposalContent:
    return ProposalContent(
        title=title, sections={s: f"Nội dung {s.value} về chuyển đổi số." for s in Section},
        indicators=(Indicator("Hồ sơ trực tuyến", "%", "20", "80", date(2026, 12, 31)),),
        criteria={c: Assessment(True, "Đáp ứng.") for c in Criterion},
        conflict_declared=False, field="khac", party_org_id=org_id)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The demo commune with five proposals of every standing, and each role signed in."""
    ctx, head = create_demo(DataPaths(tmp_path_factory.mktemp("reads") / "data"), proposals=False)
    users = {name: accounts.sign_in(ctx, username=name, password="demo") for name in ROLES}
    org = staff.list_party_orgs(ctx, actor=head)[0]
    official, deputy = users["canbo"], users["phochutich"]
    made = {
        "official_draft": proposals.create_draft(ctx, actor=official,
                                                 content=_content(org.id, "Chuyển đổi số A")).value,
        "official_submitted": proposals.create_draft(ctx, actor=official,
                                                     content=_content(org.id, "Chuyển đổi số B")).value,
        "official_withdrawn_draft": proposals.create_draft(ctx, actor=official,
                                                           content=_content(org.id, "Chuyển đổi số C")).value,
        "deputy_draft": proposals.create_draft(ctx, actor=deputy, content=_content(org.id, "Chuyển đổi số D")).value,
        "head_submitted": proposals.create_draft(ctx, actor=head, content=_content(org.id, "Chuyển đổi số E")).value,
    }
    proposals.submit(ctx, actor=official, proposal_id=made["official_submitted"].id)
    proposals.withdraw(ctx, actor=official, proposal_id=made["official_withdrawn_draft"].id, reason="Trùng")
    proposals.submit(ctx, actor=head, proposal_id=made["head_submitted"].id)  # ND 73 Đ7.1: to the province
    yield ctx, users, {key: p.ref for key, p in made.items()}
    ctx.close()


VISIBLE = {
    "admin": set(),
    "chutich": {"official_submitted", "head_submitted"},
    "phochutich": {"official_submitted", "head_submitted", "deputy_draft"},
    "thuky": {"official_submitted", "head_submitted"},
    "canbo": {"official_draft", "official_submitted", "official_withdrawn_draft"},
    "tinh": {"head_submitted"},
}


@pytest.mark.parametrize("name", ROLES)
def test_list_count_search_and_authors_show_each_role_only_what_it_may_read(office, name):
    ctx, users, refs = office
    actor = users[name]
    expected = {refs[key] for key in VISIBLE[name]}
    assert {p.ref for p in proposals.list_proposals(ctx, actor=actor)} == expected
    assert proposals.count_proposals(ctx, actor=actor) == len(expected)
    assert {h.summary.ref for h in proposals.search(ctx, "chuyen doi so", actor=actor)} == expected
    # Paging is filtered in SQL: pages of one add up to the count, never a hidden row in between.
    paged = [p.ref for offset in range(len(expected) + 1)
             for p in proposals.list_proposals(ctx, actor=actor, limit=1, offset=offset)]
    assert sorted(paged) == sorted(expected)
    authors = {author_id for author_id, _ in proposals.authors(ctx, actor=actor)}
    assert authors == {proposals.get(ctx, ref, actor=actor).summary.author_id for ref in expected}


@pytest.mark.parametrize("name", ROLES)
def test_every_read_of_a_hidden_proposal_is_not_found(office, name, tmp_path):
    ctx, users, refs = office
    actor = users[name]
    for key, ref in refs.items():
        if key in VISIBLE[name]:
            view = proposals.open_proposal(ctx, ref, actor=actor)
            assert view.proposal.ref == ref and view.may_print
            assert printing.proposal_plan(ctx, ref, actor=actor).reference == ref
            continue
        for read in (lambda r: proposals.get(ctx, r, actor=actor),
                     lambda r: proposals.open_proposal(ctx, r, actor=actor),
                     lambda r: proposal_history.revisions(ctx, r, actor=actor),
                     lambda r: proposal_history.diff(ctx, r, 0, 0, actor=actor),
                     lambda r: proposal_history.transitions(ctx, r, actor=actor),
                     lambda r: proposal_history.audit_trail(ctx, r, actor=actor),
                     lambda r: attachments.list_attachments(ctx, r, actor=actor),
                     lambda r: printing.proposal_plan(ctx, r, actor=actor),
                     lambda r: printing.print_proposal_plan(ctx, actor=actor, proposal_id=r,
                                                            target=tmp_path / "x.pdf")):
            with pytest.raises(NotFound) as err:
                read(ref)
            assert err.value.code == "proposal_not_found" and err.value.params == {"ref": ref}
    assert not (tmp_path / "x.pdf").exists()


def test_an_attachment_is_exported_only_to_a_reader_of_its_proposal(office, tmp_path):
    ctx, users, refs = office
    source = tmp_path / "bien-ban.pdf"
    write_pdf(source, "bien ban hop thon")
    attached = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=refs["official_draft"], path=source).value
    out = attachments.export_attachment(ctx, actor=users["canbo"], attachment_id=attached.id, folder=tmp_path / "a")
    assert out.read_bytes() == source.read_bytes()
    for name in ("chutich", "admin", "tinh"):
        with pytest.raises(NotFound) as err:
            attachments.export_attachment(ctx, actor=users[name], attachment_id=attached.id, folder=tmp_path / name)
        assert err.value.code == "attachment_not_found"
        assert not (tmp_path / name).exists()


def test_one_call_one_view_of_what_each_person_may_do(office):
    ctx, users, refs = office
    ref = refs["official_submitted"]
    head = proposals.open_proposal(ctx, ref, actor=users["chutich"])
    assert (head.may_edit, head.actions, head.may_attach) == (False, (Action.RETURN, Action.RECEIVE), True)
    author = proposals.open_proposal(ctx, ref, actor=users["canbo"])
    assert (author.may_edit, author.actions, author.may_attach) == (False, (Action.WITHDRAW,), True)
    for name in ("phochutich", "thuky"):  # they read it; the lifecycle gives them no step yet
        view = proposals.open_proposal(ctx, ref, actor=users[name])
        assert (view.may_edit, view.actions, view.may_attach, view.may_print) == (False, (), False, True)
    draft = proposals.open_proposal(ctx, refs["official_draft"], actor=users["canbo"])
    assert (draft.may_edit, draft.actions) == (True, (Action.SUBMIT, Action.WITHDRAW))
    own = proposals.open_proposal(ctx, refs["head_submitted"], actor=users["chutich"])
    assert own.actions == (Action.WITHDRAW,)  # the head does not receive their own proposal …
    province = proposals.open_proposal(ctx, refs["head_submitted"], actor=users["tinh"])
    assert province.actions == (Action.RETURN, Action.RECEIVE) and province.may_attach  # … the province does


def test_filters_combine_with_visibility(office):
    ctx, users, refs = office
    head = users["chutich"]
    official_id = proposals.get(ctx, refs["official_submitted"], actor=head).summary.author_id
    # The head filtering by the official sees only the official's submitted proposal, not their drafts.
    assert [p.ref for p in proposals.list_proposals(ctx, Filters(author_id=official_id), actor=head)] == [
        refs["official_submitted"]]
    assert proposals.count_proposals(ctx, Filters(state="nhap"), actor=head) == 0


@pytest.mark.parametrize("name", ROLES)
def test_staff_party_organisations_and_accounts_have_their_readers(office, name):
    ctx, users, _ = office
    actor = users[name]
    assert staff.list_party_orgs(ctx, actor=actor)  # names only: every role, the province included
    unit_people = {p.id for p in staff.list_people(ctx, actor=users["chutich"])}
    if name == "tinh":  # the province reads its own roster (who sits on its meetings), never the unit's staff
        roster = staff.list_people(ctx, actor=actor)
        assert roster and not {p.id for p in roster} & unit_people
        assert "Phạm Minh Tuấn" in {p.full_name for p in roster}
    else:
        assert {p.id for p in staff.list_people(ctx, actor=actor)} == unit_people
    if name == "admin":
        assert {a.username for a in accounts.list_accounts(ctx, actor=actor)} >= set(ROLES)
    else:
        with pytest.raises(PermissionDenied):
            accounts.list_accounts(ctx, actor=actor)


def test_a_reader_with_two_roles_gets_the_union(office):
    ctx, users, refs = office
    both = replace(users["canbo"], roles=users["canbo"].roles | users["thuky"].roles)
    seen = {p.ref for p in proposals.list_proposals(ctx, actor=both)}
    assert seen == {refs[k] for k in VISIBLE["canbo"] | VISIBLE["thuky"]}


def test_the_audit_trail_names_each_account_without_listing_accounts(office):
    ctx, users, refs = office
    trail = proposal_history.audit_trail(ctx, refs["official_submitted"], actor=users["thuky"])
    assert {(e.actor_name, e.actor_full_name) for e in trail} == {("canbo", "K'Brơi Ngọc Sơn")}
