"""The demo proposals: every state and field, complete plans, reasons, revisions, the head's own proposals."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from lamdong_desktop.domain.lifecycle import Action, Recipient, State
from lamdong_desktop.domain.proposals import PRIORITY_FIELDS, Section, missing_items
from lamdong_desktop.domain.text import fold
from lamdong_desktop.services import accounts, attachments, integrity, proposal_history, proposals, staff
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.demo_proposals import add_demo_proposals
from lamdong_desktop.storage.paths import DataPaths


def _demo_with_proposals(path, unit=None):
    ctx, head = create_demo(DataPaths(path), unit=unit)
    if ctx.db["proposals"].count == 0:  # until create_demo adds them itself
        assert add_demo_proposals(ctx) == ctx.db["proposals"].count
    return ctx, head


class _CountingHasher:
    """The tests' cheap hasher, counting the key derivations (hashes and verifications) asked of it."""

    def __init__(self, inner):
        self.inner = inner
        self.calls = Counter()

    def hash(self, password):
        self.calls["hash"] += 1
        return self.inner.hash(password)

    def verify(self, stored, password):
        self.calls["verify"] += 1
        return self.inner.verify(stored, password)

    def check_needs_rehash(self, stored):
        return self.inner.check_needs_rehash(stored)


_BUILT_WITH: Counter = Counter()  # the key derivations the module's demo cost


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lamdong_desktop.domain import passwords

    counting = _CountingHasher(passwords._hasher)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher", counting)
        ctx, head = _demo_with_proposals(tmp_path_factory.mktemp("demo") / "d")
    _BUILT_WITH.update(counting.calls)
    yield ctx, head
    ctx.close()


def test_the_demo_costs_one_key_derivation_and_nobody_signs_in(demo):
    """The six accounts share one hash; the authors' work is done as their looked-up accounts (the program
    builds the demo, nobody types a password), so no password is verified while it is built."""
    ctx, _ = demo
    assert _BUILT_WITH == Counter({"hash": 1})
    assert ctx.db["login_failures"].count == 0
    authors = {row["actor_name"] for row in ctx.db.query(
        "SELECT DISTINCT actor_name FROM audit_events WHERE target_table = 'proposals'")}
    assert authors == {"canbo", "phochutich", "thuky", "chutich", "tinh"}  # the province: the head's own


def _readable(ctx):
    """Every proposal of the demo, each with one account that may read it (drafts: only their authors)."""
    found = {}
    for name in ("chutich", "canbo", "phochutich", "thuky"):
        actor = accounts.sign_in(ctx, username=name, password="demo")
        for summary in proposals.list_proposals(ctx, actor=actor):
            found.setdefault(summary.id, (proposals.get(ctx, summary.id, actor=actor), actor))
    return found


@pytest.fixture(scope="module")
def readable(demo):
    ctx, _ = demo
    return _readable(ctx)


@pytest.fixture(scope="module")
def loaded(readable):
    return [p for p, _ in readable.values()]


@pytest.fixture(scope="module")
def reader(readable):
    return lambda p: readable[p.id][1]


def test_about_thirty_proposals_in_every_state_and_field(loaded):
    assert len(loaded) >= 28
    states = Counter(p.state for p in loaded)
    # The meetings take some all the way to their decision, the approved ones on through their implementation (one
    # running, suspended, stopped, finished, reported, on an evaluation's agenda) to the five evaluations.
    assert set(states) == set(State)
    assert states[State.DRAFT] >= 3 and states[State.SUBMITTED] >= 4
    assert states[State.RETURNED] >= 3 and states[State.WITHDRAWN] >= 3 and states[State.RECEIVED] >= 1
    assert states[State.APPROVED] >= 1 and states[State.SCHEDULED] >= 1 and states[State.PILOT] >= 1
    assert states[State.IMPLEMENTING] == 1 and states[State.EVALUATED] == 5
    fields = Counter(p.content.field for p in loaded)
    assert set(fields) == set(PRIORITY_FIELDS)
    assert min(fields["dat_dai"], fields["dau_tu_cong"], fields["giam_ngheo"]) >= 3


def test_several_authors_and_party_organisations(demo, loaded):
    ctx, head = demo
    authors = {p.summary.author_name for p in loaded}
    assert {"K'Brơi Ngọc Sơn", "Ka Thị Hương", "Trần Thị Mai", "Nguyễn Văn Hùng"} <= authors
    orgs = staff.list_party_orgs(ctx, actor=head)
    assert len({p.content.party_org_id for p in loaded if p.content.party_org_id}) == len(orgs)
    assert any(p.content.broad for p in loaded if p.state is State.SUBMITTED)
    people = {person.id for person in staff.list_people(ctx, actor=head)}
    linked = [pt for p in loaded for pt in p.content.participants]
    assert linked and all(pt.person_id in people and pt.position for pt in linked)


def test_search_finds_land_public_investment_and_poverty(demo, loaded):
    ctx, head = demo  # the head reads every submitted proposal
    for query in ("dat dai", "dau tu cong", "ho ngheo", "giam ngheo"):
        assert len(proposals.search(ctx, query, actor=head)) >= 3, query
    # The phrases themselves occur in several proposals, and not always in the same section.
    for phrase in ("dat dai", "von dau tu cong", "ho ngheo"):
        holders = [p for p in loaded if phrase in fold(p.content.searchable_text())]
        assert len(holders) >= 3, phrase
        sections = {s for p in holders for s in Section if phrase in fold(p.content.sections.get(s, ""))}
        assert len(sections) >= 3, phrase
    assert len(proposals.search(ctx, "ho ngheo", actor=head)) < len(loaded)  # not every proposal is about poverty


def test_every_proposal_past_the_draft_is_complete(loaded):
    for p in loaded:
        if p.state is State.DRAFT:
            continue
        assert missing_items(p.content) == [], p.ref
        for section in Section:  # substantive: at least two sentences or lines in every section
            text = p.content.sections[section]
            assert len(text) >= 100 and text.count(". ") + text.count("\n") >= 1, (p.ref, section)
        assert 1 <= len(p.content.indicators) <= 3
        assert all(i.target_date and 2026 <= i.target_date.year <= 2027 for i in p.content.indicators)
        assert "Nghị định số 73/2023/NĐ-CP" in p.content.sections[Section.LEGAL_PROVISIONS]
    drafts = [p for p in loaded if p.state is State.DRAFT]
    assert any(missing_items(p.content) for p in drafts) and any(not missing_items(p.content) for p in drafts)


def test_returns_and_withdrawals_carry_their_reasons(demo, loaded, reader):
    ctx, head = demo
    for p in loaded:
        history = proposal_history.transitions(ctx, p.id, actor=reader(p))
        if p.state is State.RETURNED:
            assert history[-1].action is Action.RETURN and history[-1].actor_name == head.full_name
            assert len(history[-1].reason) > 40 and p.last_reason == history[-1].reason
        if p.state is State.WITHDRAWN:
            assert history[-1].action is Action.WITHDRAW and len(history[-1].reason) > 40
    withdrawn_from = {proposal_history.transitions(ctx, p.id, actor=reader(p))[-1].from_state
                      for p in loaded if p.state is State.WITHDRAWN}
    assert withdrawn_from == {State.DRAFT, State.SUBMITTED, State.RETURNED}


def test_some_were_revised_after_a_return_and_resubmitted(demo, loaded, reader):
    ctx, _ = demo
    revised = [p for p in loaded if p.summary.revision == 2]
    assert len(revised) >= 3
    for p in revised:
        actions = [t.action for t in proposal_history.transitions(ctx, p.id, actor=reader(p))]
        assert actions[:3] == [Action.SUBMIT, Action.RETURN, Action.RESUBMIT]
        assert proposal_history.diff(ctx, p.id, 1, 2, actor=reader(p))  # the revision answers the head's remarks
        if len(actions) == 3:  # waiting since
            assert p.state is State.SUBMITTED
        else:  # or received, met and approved after it (ND 73/2023 Đ8), then carried out
            assert actions[3:6] == [Action.RECEIVE, Action.SCHEDULE, Action.APPROVE], p.ref
    assert {p.state for p in revised} > {State.SUBMITTED}


def test_the_heads_own_proposals_go_to_the_province(demo, loaded):
    ctx, head = demo
    own = [p for p in loaded if p.summary.author_id == head.user_id]
    assert len(own) >= 2
    assert all(p.submitted_to is Recipient.PROVINCE for p in own if p.state is not State.DRAFT)
    others = [p for p in loaded if p.summary.author_id != head.user_id and p.summary.submitted_at]
    assert others and all(p.submitted_to is Recipient.HEAD for p in others)


def test_breakthrough_coverage_leaves_at_most_one_party_organisation_out(demo, loaded):
    ctx, head = demo
    orgs = {o.id for o in staff.list_party_orgs(ctx, actor=head)}
    # Breakthrough solutions put forward: submitted at least once, not withdrawn (received ones count).
    covered = {p.content.party_org_id for p in loaded if p.content.breakthrough and p.submitted_to is not None
               and p.state is not State.WITHDRAWN}
    assert len(orgs - covered) <= 1 and covered <= orgs


def test_texts_are_nfc_filled_in_and_the_data_verifies(demo, loaded):
    ctx, _ = demo
    for p in loaded:
        text = p.content.searchable_text()
        assert unicodedata.normalize("NFC", text) == text
        assert "{" not in text and "}" not in text
    assert integrity.verify_all(ctx).ok


def test_a_ward_gets_its_own_words(tmp_path):
    ctx, _ = _demo_with_proposals(tmp_path / "w", unit="LD099")
    try:
        loaded = [p for p, _ in _readable(ctx).values()]
        assert len(loaded) >= 28 and {p.state for p in loaded} == set(State)
        texts = " ".join(fold(p.content.searchable_text()) for p in loaded)
        assert "di linh" not in texts and "xuan huong" in texts and "to dan pho" in texts
        assert all(missing_items(p.content) == [] for p in loaded if p.state is not State.DRAFT)
        assert integrity.verify_all(ctx).ok
    finally:
        ctx.close()


def test_every_submitted_proposal_carries_the_minutes_of_its_village_meeting(demo, loaded, reader, tmp_path):
    """Evidence of the democratic process (criterion 3), attached before submission, as a real PDF."""
    from pypdf import PdfReader

    ctx, _head = demo
    submitted = [p for p in loaded if p.summary.submitted_at]
    assert len(submitted) >= 15
    evidence = {r["evidence_id"] for r in ctx.db["progress_updates"].rows if r["evidence_id"]}
    assert evidence  # an implementation's progress carries its scanned evidence
    for proposal in submitted:
        files = attachments.list_attachments(ctx, proposal.id, actor=reader(proposal))
        assert files[0].filename == f"Biên bản họp lấy ý kiến Nhân dân - {proposal.ref}.pdf"
        assert files[0].media_type == "application/pdf"
        assert {f.id for f in files[1:]} <= evidence
    sample = submitted[0]
    first = attachments.list_attachments(ctx, sample.id, actor=reader(sample))[0]
    path = attachments.export_attachment(ctx, actor=reader(sample), attachment_id=first.id, folder=tmp_path)
    text = unicodedata.normalize("NFC", "".join(page.extract_text() for page in PdfReader(path).pages))
    for line in ("BIÊN BẢN", "Họp lấy ý kiến Nhân dân", sample.ref, sample.summary.author_name, "CHỦ TRÌ", "THƯ KÝ"):
        assert line in text
    trail = [e.summary for e in proposal_history.audit_trail(ctx, sample.id, actor=reader(sample))]
    attached = next(i for i, s in enumerate(trail) if s.startswith("Đính kèm “Biên bản"))
    assert attached < trail.index(f"Trình {sample.ref}")  # heard the people first, then submitted


def test_printed_plans_follow_the_state_and_the_proposer(demo, loaded, reader, tmp_path):
    """A draft, a returned plan or one never submitted prints as a draft; the head's own plan goes to the province."""
    from lamdong_desktop.domain.proposals import ProposalContent
    from lamdong_desktop.services import printing

    ctx, head = demo
    for p in loaded:
        plan = printing.proposal_plan(ctx, p.id, actor=reader(p))
        # A plan withdrawn before it was ever submitted is a draft too.
        assert plan.draft is (p.state in (State.DRAFT, State.RETURNED) or not p.summary.submitted_at), p.ref
        assert (plan.date is None) is plan.draft, p.ref
        assert plan.to_province is (p.summary.author_id == head.user_id), p.ref
        if p.content.conflict_declared is None:
            assert plan.has_conflict_of_interest is None
    # A head's draft not yet submitted goes where submitting would send it: to the province.
    fresh, fresh_head = create_demo(DataPaths(tmp_path / "fresh"), proposals=False)
    try:
        draft = proposals.create_draft(fresh, actor=fresh_head, content=ProposalContent(title="Thử in dự thảo")).value
        plan = printing.proposal_plan(fresh, draft.id, actor=fresh_head)
        assert plan.draft and plan.to_province and plan.urgency.met is None
        assert plan.has_conflict_of_interest is None and plan.author_name == fresh_head.full_name
        path = printing.print_proposal_plan(fresh, actor=fresh_head, proposal_id=draft.id,
                                            target=tmp_path / "draft.pdf")
        from tests.documents.pdftext import document_text

        text = document_text(path)
        assert "Chưa kê khai" in text and text.count("Chưa tự đánh giá") == 3
        assert "Chủ tịch UBND tỉnh Lâm Đồng (để xem xét)" in text
    finally:
        fresh.close()


def test_demo_texts_are_data_read_through_importlib_resources():
    """The texts live in resources/data as readable UTF-8 TOML, in NFC; the module keeps only the composing code."""
    import inspect
    import tomllib
    from importlib import resources

    from lamdong_desktop.services import demo_proposals

    raw = resources.files("lamdong_desktop.resources").joinpath(demo_proposals.DATA_FILE).read_bytes()
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    data = tomllib.loads(text)
    assert len(data["proposals"]) == len(demo_proposals._SPECS) >= 28
    assert set(data["fields"]) == set(PRIORITY_FIELDS)
    assert {p["field"] for p in data["proposals"]} == set(PRIORITY_FIELDS)
    for table in data["proposals"]:
        assert table["title"] and table["author"] in {"canbo", "phochutich", "thuky", "chutich"}
        assert all(p[:2] in ("p ", "t ") for p in table.get("people", ()))
    assert max(len(line) for line in text.splitlines()) <= 120  # readable: no endless lines
    source = inspect.getsource(demo_proposals)
    assert len(source.splitlines()) <= 400 and "Nghị định số 101/2024" not in source
