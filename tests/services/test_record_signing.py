"""Signing a record's own document in one step: the decision printed now, signed with a PKCS#12 key and attached
("Đã ký", its signer recorded); the minutes signed by the secretary into a file and by the chair from that file;
the evaluation's conclusion; a wrong password or an expired certificate attach nothing and record no print."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.services import decisions, evaluations, meetings, record_signing, signed_scans
from lamdong_desktop.services.changes import DECISION, MEETING, PRINTED
from lamdong_desktop.services.signature_checks import validate_pdf
from lamdong_desktop.services.signatures import P12Signer, field_slots, pdf_reader, read_pdf
from lamdong_desktop.storage import proposals_repo

from . import implementation_support as impl
from .meeting_support import LEADERSHIP, at, attend, close, convene, office, received, vote
from .signing_support import CA, P12_PASSWORD

DAY = date(2026, 1, 12)


@pytest.fixture
def o(demo):
    return office(*demo)


@pytest.fixture(scope="module")
def ca() -> CA:
    return CA.make()


def _valid_since(day: date) -> int:
    """Days back from today to a month before ``day``: the certificate was valid on the (pinned) day as well."""
    return (date.today() - day).days + 30


def _key(ca: CA, tmp_path, name: str, *, since: date = DAY, **kw) -> P12Signer:
    days = _valid_since(since)
    issued = ca.issue(name, since_days=days, days=days + 365, **kw)
    return P12Signer(issued.p12(tmp_path / f"{len(list(tmp_path.iterdir()))}.p12"), P12_PASSWORD)


def _decided(o):
    proposal = received(o)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(impl.VOTERS, "for"))
    close(o, meeting)
    with at(DAY, 14):
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                                   signer_person_id=o.person("Nguyễn Văn Hùng")).value
    return meeting, decided


def _prints(o) -> int:
    return o.ctx.db["printed_documents"].count


def test_a_decision_is_printed_signed_and_attached_in_one_step(o, ca, tmp_path):
    _meeting, decided = _decided(o)
    chairman = _key(ca, tmp_path, "Nguyễn Văn Hùng")
    slots = record_signing.signable(o.ctx, actor=o.head, kind="decision", record_id=decided.id).slots
    assert [(s.field, s.name) for s in slots] == [("chu-tich", "Nguyễn Văn Hùng")]
    holder = record_signing.certificate_of(chairman)
    assert holder.name == "Nguyễn Văn Hùng"
    before = _prints(o)
    with at(DAY, 15):
        done = record_signing.sign_record(o.ctx, actor=o.head, kind="decision", record_id=decided.id,
                                          signer=chairman, field="chu-tich")
    assert done.value.attached and done.value.field == "chu-tich" and done.value.holder.name == "Nguyễn Văn Hùng"
    assert done.changes.touches(DECISION, record_id=decided.id) and done.changes.touches(PRINTED)
    view = decisions.get(o.ctx, decided.id, actor=o.head)
    assert view.locked
    assert [(s.field, s.signer) for s in view.digital_signatures] == [("chu-tich", "Nguyễn Văn Hùng")]
    assert _prints(o) == before + 1  # the signed copy's print is recorded: its paper checks


def test_the_minutes_take_two_signatures_through_a_saved_copy(o, ca, tmp_path):
    meeting, _decided_ = _decided(o)
    slots = record_signing.signable(o.ctx, actor=o.secretary, kind="minutes", record_id=meeting.id).slots
    assert [s.name for s in slots] == ["Trần Thị Mai", "Nguyễn Văn Hùng"]  # the secretary left, the chair right
    secretary, chair = (s.field for s in slots)
    saved = tmp_path / "bien-ban-thu-ky-da-ky.pdf"
    with at(DAY, 15):
        first = record_signing.sign_record(o.ctx, actor=o.secretary, kind="minutes", record_id=meeting.id,
                                           signer=_key(ca, tmp_path, "Trần Thị Mai"), field=secretary,
                                           save_to=saved).value
    assert not first.attached and first.saved_to == saved
    assert not meetings.get(o.ctx, meeting.id, actor=o.head).locked
    # The names of the printed fields are those the slots gave (the engine names them so).
    assert {s.name: s.signed for s in field_slots(pdf_reader(read_pdf(saved), saved))} == {secretary: True,
                                                                                           chair: False}
    with at(DAY, 16):
        second = record_signing.sign_record(o.ctx, actor=o.head, kind="minutes", record_id=meeting.id,
                                            signer=_key(ca, tmp_path, "Nguyễn Văn Hùng"), field=chair,
                                            source=saved)
    assert second.value.attached and second.changes.touches(MEETING, record_id=meeting.id)
    locked = meetings.get(o.ctx, meeting.id, actor=o.head)
    assert locked.locked
    signers = signed_scans.minutes_signatures(o.ctx, actor=o.head, meeting_id=meeting.id)
    assert [s.signer for s in signers] == ["Trần Thị Mai", "Nguyễn Văn Hùng"]
    assert all(s.unchanged for s in validate_pdf(saved).signatures)  # the file given on was not touched


def test_an_evaluation_conclusion_is_signed_and_attached(o, ca, tmp_path):
    proposal, _meeting = impl.put_to_evaluation(o)
    conclusion = impl.evaluate(o, proposal)
    with at(date(2026, 2, 12)):
        done = record_signing.sign_record(o.ctx, actor=o.head, kind="evaluation", record_id=conclusion.id,
                                          signer=_key(ca, tmp_path, "Nguyễn Văn Hùng", since=date(2026, 2, 12)))
    assert done.value.attached and done.value.field == "chu-tich"
    view = evaluations.get(o.ctx, conclusion.id, actor=o.head)
    assert view.locked and view.scan_id


@pytest.mark.parametrize(("make", "code"), [
    (lambda ca, tmp: P12Signer(_key(ca, tmp, "Nguyễn Văn Hùng").path, "sai mật khẩu"), "signature_wrong_password"),
    (lambda ca, tmp: P12Signer(ca.issue("Nguyễn Văn Hùng", expired=True).p12(tmp / "het-han.p12"), P12_PASSWORD),
     "signature_certificate_expired"),
])
def test_a_key_that_cannot_sign_attaches_nothing(o, ca, tmp_path, make, code):
    _meeting, decided = _decided(o)
    signer = make(ca, tmp_path)
    with pytest.raises(ValidationError) as read:
        record_signing.certificate_of(signer)
    assert read.value.code == code
    before = _prints(o)
    with pytest.raises(ValidationError) as caught:
        record_signing.sign_record(o.ctx, actor=o.head, kind="decision", record_id=decided.id, signer=signer,
                                   field="chu-tich")
    assert caught.value.code == code
    view = decisions.get(o.ctx, decided.id, actor=o.head)
    assert not view.locked and view.scan_id is None
    assert proposals_repo.attachments_of(o.ctx.db, "decisions", decided.id) == []
    assert _prints(o) == before
