"""Every write returns Changed(value, changes): the kinds and ids it touched, noted by the record store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import Cancelled, DomainError
from lamdong_desktop.domain.proposals import ProposalContent
from lamdong_desktop.services import accounts, attachments, calendar, proposals, staff
from lamdong_desktop.services.changes import Changed, Changes
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import proposals_repo
from tests.services.meeting_support import at

from .test_proposals import full


@pytest.fixture
def unit(demo):
    ctx, head = demo
    canbo = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    org = next(o for o in staff.list_party_orgs(ctx, actor=admin) if o.name == "Chi bộ thôn 1")
    return ctx, head, canbo, admin, org


def test_proposal_writes_name_the_proposal_and_its_owned_rows(unit):
    ctx, head, canbo, _admin, org = unit
    created = proposals.create_draft(ctx, actor=canbo, content=full(org.id))
    assert isinstance(created, Changed)
    draft = created.value
    assert created.changes.kinds == {"proposal"} and draft.id in created.changes.ids

    submitted = proposals.submit(ctx, actor=canbo, proposal_id=draft.id)
    # The revision and the transition rows count as the proposal's: their owner's id is among the ids.
    assert submitted.changes.kinds == {"proposal"}
    assert draft.id in submitted.changes.ids and len(submitted.changes.ids) == 3
    assert submitted.changes.touches("proposal", record_id=draft.id)
    assert not submitted.changes.touches("person")

    returned = proposals.return_for_revision(ctx, actor=head, proposal_id=draft.id, reason="Bổ sung")
    assert returned.value.state.value == "tra_lai" and returned.changes.touches("proposal", record_id=draft.id)


def test_saving_the_same_text_changes_nothing(unit):
    ctx, _head, canbo, _admin, org = unit
    draft = proposals.create_draft(ctx, actor=canbo, content=full(org.id)).value
    same = proposals.update_content(ctx, actor=canbo, proposal_id=draft.id, content=draft.content)
    assert same.changes == Changes() and not same.changes


def test_attachments_staff_calendar_and_accounts_report_their_kind(unit, tmp_path: Path):
    ctx, head, canbo, admin, org = unit
    draft = proposals.create_draft(ctx, actor=canbo, content=ProposalContent(title="Một cửa")).value
    source = tmp_path / "bien-ban.txt"
    source.write_text("Biên bản họp thôn", encoding="utf-8")
    attached = attachments.attach_file(ctx, actor=canbo, proposal_id=draft.id, path=source)
    assert attached.changes.kinds == {"attachment"}
    assert {draft.id, attached.value.id} <= attached.changes.ids

    person = staff.add_person(ctx, actor=head, full_name="Ka Thị Lan", party_org=org.id)
    assert person.changes == Changes.of({"person"}, {person.value.id})
    edited = staff.edit_person(ctx, actor=head, person_id=person.value.id, phone="0263 3870 123")
    assert edited.changes.kinds == {"person"} and edited.value.phone == "0263 3870 123"
    assert staff.remove_person(ctx, actor=head, person_id=person.value.id).changes.kinds == {"person"}
    assert staff.add_party_org(ctx, actor=head, name="Chi bộ thôn 9").changes.kinds == {"party_org"}

    with at(date(2026, 3, 1)):  # a day still to come (a past day is refused)
        day = calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 6), kind="off", name="Nghỉ thêm")
        assert day.changes.kinds == {"calendar"} and not day.value.replaced
        assert calendar.remove_correction(ctx, actor=admin, day=date(2026, 3, 6)).changes.kinds == {"calendar"}

    target = next(a for a in accounts.list_accounts(ctx, actor=admin) if a.username == "thuky")
    assert accounts.unlock(ctx, actor=admin, username="thuky").changes == Changes.of({"account"}, {target.id})
    assert accounts.set_disabled(ctx, actor=admin, username="thuky", disabled=True).changes.kinds == {"account"}


def test_a_refused_write_reports_nothing_and_leaves_no_collector(unit):
    from lamdong_desktop.storage import records

    ctx, _head, canbo, _admin, _org = unit
    with pytest.raises(DomainError):
        staff.add_person(ctx, actor=canbo, full_name="Ai đó")
    assert id(ctx.db) not in records._collectors


def test_cancelling_an_attach_leaves_no_file_and_no_row(unit, tmp_path: Path, monkeypatch):
    ctx, _head, canbo, _admin, _org = unit
    draft = proposals.create_draft(ctx, actor=canbo, content=ProposalContent(title="Hồ sơ lớn")).value
    monkeypatch.setattr(blobs, "_CHUNK", 64 * 1024)
    source = tmp_path / "ban-do.bin"
    source.write_bytes(bytes(range(256)) * 4096 * 4)  # 4 MiB: 64 chunks
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == 3:
            token.cancel()  # as the «Hủy» button does, from another thread, while the copy runs

    with pytest.raises(Cancelled):
        attachments.attach_file(ctx, actor=canbo, proposal_id=draft.id, path=source, cancel=token,
                                progress=progress)
    assert len(seen) == 3 and seen[-1] == (3 * 64 * 1024, source.stat().st_size)
    assert [p for p in ctx.paths.attachments.rglob("*") if p.is_file()] == []
    assert proposals_repo.attachments_of(ctx.db, "proposals", draft.id) == []
    assert attachments.list_attachments(ctx, draft.id, actor=canbo) == []

    again = attachments.attach_file(ctx, actor=canbo, proposal_id=draft.id, path=source, cancel=CancelToken())
    assert blobs.blob_matches(ctx.paths, again.value.sha256)
    assert [a.filename for a in attachments.list_attachments(ctx, draft.id, actor=canbo)] == ["ban-do.bin"]


def test_a_write_made_of_writes_reports_them_all_even_when_the_inner_ones_saw_the_same(unit):
    """Nested ``@writes``: each inner collector holds the same writes as the outer one at its end. The outer one must
    still see every write after it (a collector equal to another is not that other one)."""
    from lamdong_desktop.services.changes import writes
    from lamdong_desktop.storage import records

    ctx, _head, _canbo, admin, _org = unit

    @writes
    def one(ctx, name):
        return staff.add_person(ctx, actor=admin, full_name=name).value

    @writes
    def two(ctx):
        return one(ctx, "Người thứ nhất").value, one(ctx, "Người thứ hai").value

    changed = two(ctx)
    first, second = changed.value
    assert {first.id, second.id} <= changed.changes.ids
    assert id(ctx.db) not in records._collectors
