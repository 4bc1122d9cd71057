"""The official's record (hồ sơ cán bộ): what a person proposed or carried out, with the decision, the result class,
the ruling in words and the commendations given — read by himself, the head and the secretary only."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import Outcome
from lamdong_desktop.domain.official_record import RecordRole
from lamdong_desktop.domain.protection import ResultClass, RulingKind
from lamdong_desktop.messages import ruling_sentence
from lamdong_desktop.services import commendations, integrity, official_records
from lamdong_desktop.services.changes import PERSON

from .meeting_support import at, office
from .record_support import CONCLUDED_ON, IMPLEMENTER, LAND, carried_out, submitted


@pytest.fixture
def o(demo):
    return office(*demo)


def _record(o, name, actor=None):
    return official_records.get(o.ctx, o.person(name), actor=actor or o.head)


def test_the_official_who_proposed_and_carried_out_reads_both_in_his_own_record(o):
    land, records = carried_out(o)
    record = _record(o, "K'Brơi Ngọc Sơn", actor=o.official)  # his own, through his linked account
    assert [(e.ref, e.roles) for e in record.entries] == [
        (land.ref, (RecordRole.AUTHOR, RecordRole.IMPLEMENTER)), (records.ref, (RecordRole.AUTHOR,))]
    done = record.entries[0]
    assert done.title == LAND and done.state is State.EVALUATED and done.outcome is Outcome.APPROVE
    assert done.decision.reference == "01/QĐ-UBND" and done.decision.issued_on == date(2026, 1, 13)
    assert (done.started_on, done.ended_on, done.reached, done.indicators) == (
        date(2026, 1, 15), date(2026, 1, 30), 2, 2)
    assert done.result is ResultClass.COMPLETED and done.ruling.kind is RulingKind.NO_LIABILITY and done.eligible
    assert done.evaluation.reference == "01/TB-UBND" and done.evaluation.issued_on == CONCLUDED_ON
    assert ruling_sentence(done.ruling).startswith("Không bị xem xét trách nhiệm; được xem xét khen thưởng")
    other = record.entries[1]
    assert other.result is ResultClass.NOT_MET and other.ruling.kind is RulingKind.EXCLUDED and not other.eligible
    assert (record.proposed, record.count(RecordRole.IMPLEMENTER), record.evaluated, record.completed) == (2, 1, 2, 1)
    assert not record.may_commend  # only the head records commendations


def test_an_implementer_who_proposed_nothing_and_a_co_proposer_who_carried_out_nothing(o):
    _, records = carried_out(o)
    implementer = _record(o, IMPLEMENTER)
    assert [(e.ref, e.roles, e.author_name) for e in implementer.entries] == [
        (records.ref, (RecordRole.IMPLEMENTER,), "K'Brơi Ngọc Sơn")]
    assert implementer.proposed == 0 and implementer.entries[0].ruling.kind is RulingKind.EXCLUDED
    co = official_records.get(o.ctx, o.person("Vũ Thị Thanh Hà"), actor=o.secretary)  # she has no account
    assert [(e.ref, e.roles) for e in co.entries] == [(records.ref, (RecordRole.CO_PROPOSER,))]
    assert _record(o, "Hoàng Đức Long").entries == ()  # named nowhere


def test_a_draft_is_no_part_of_a_record_until_it_is_submitted(o):
    draft = submitted(o, "Đề xuất còn là dự thảo", co_proposers=("Đinh Công Thành",), receive=False)
    assert [e.state for e in _record(o, "Đinh Công Thành").entries] == [State.SUBMITTED]
    from lamdong_desktop.services import proposals

    with at(date(2026, 1, 6)):
        proposals.withdraw(o.ctx, actor=o.official, proposal_id=draft.id, reason="Trùng nội dung")
    assert [e.state for e in _record(o, "Đinh Công Thành").entries] == [State.WITHDRAWN]  # it was submitted once
    fresh = submitted(o, "Đề xuất chưa trình", by=o.leader, receive=False)
    assert fresh.state is State.SUBMITTED
    assert [e.ref for e in _record(o, "Ka Thị Hương").entries] == [fresh.ref]


def test_another_official_a_deputy_and_the_administrator_may_not_read_a_record(o):
    carried_out(o)
    for reader in (o.leader, o.admin):
        with pytest.raises(PermissionDenied):
            _record(o, "K'Brơi Ngọc Sơn", actor=reader)
    with pytest.raises(PermissionDenied):
        _record(o, "Ka Thị Hương", actor=o.official)  # a colleague's
    with pytest.raises(NotFound):
        official_records.get(o.ctx, "no-such-person", actor=o.head)


def test_a_person_is_found_by_name_without_accents_or_by_his_account(o):
    assert official_records.find_person(o.ctx, "k'broi ngoc son", actor=o.head) == o.person("K'Brơi Ngọc Sơn")
    assert official_records.find_person(o.ctx, "canbo", actor=o.head) == o.person("K'Brơi Ngọc Sơn")
    assert official_records.find_person(o.ctx, "", actor=o.official) == o.person("K'Brơi Ngọc Sơn")
    with pytest.raises(NotFound):
        official_records.find_person(o.ctx, "Không Có Ai", actor=o.head)


def test_the_head_records_a_commendation_given_for_a_completed_proposal(o):
    land, records = carried_out(o)
    with at(date(2026, 2, 20)):
        made = commendations.record(o.ctx, actor=o.head, proposal_id=land.ref, person_id=o.person("K'Brơi Ngọc Sơn"),
                                    form="Giấy khen của Chủ tịch Ủy ban nhân dân xã", reference="25/qd-ubnd",
                                    decided_on=date(2026, 2, 18))
    assert made.value.reference == "25/QĐ-UBND" and made.changes.touches(PERSON, record_id=land.id)
    entry = _record(o, "K'Brơi Ngọc Sơn", actor=o.official).entries[0]
    assert [(c.form, c.reference, c.decided_on) for c in entry.commendations] == [
        ("Giấy khen của Chủ tịch Ủy ban nhân dân xã", "25/QĐ-UBND", date(2026, 2, 18))]
    assert _record(o, "K'Brơi Ngọc Sơn").commended == 1 and _record(o, "K'Brơi Ngọc Sơn").may_commend


@pytest.mark.parametrize("case, code", [
    ("not completed", "commendation_not_eligible"), ("not involved", "commendation_not_involved"),
    ("future", "commendation_date_future"), ("before the conclusion", "commendation_before_evaluation"),
    ("bad number", "register_reference_invalid"), ("no form", "text_required"),
])
def test_a_commendation_the_record_cannot_hold_is_refused_and_nothing_is_written(o, case, code):
    land, records = carried_out(o)
    args = {"proposal_id": land.id, "person_id": o.person("K'Brơi Ngọc Sơn"), "form": "Giấy khen",
            "reference": "25/QĐ-UBND", "decided_on": date(2026, 2, 18)}
    args |= {"not completed": {"proposal_id": records.id, "person_id": o.person(IMPLEMENTER)},
             "not involved": {"person_id": o.person("Hoàng Đức Long")},
             "future": {"decided_on": date(2026, 2, 21)}, "before the conclusion": {"decided_on": date(2026, 2, 10)},
             "bad number": {"reference": "hai mươi lăm"}, "no form": {"form": "  "}}[case]
    with at(date(2026, 2, 20)), pytest.raises(ValidationError) as refused:
        commendations.record(o.ctx, actor=o.head, **args)
    assert refused.value.code == code
    assert all(not e.commendations for e in _record(o, "K'Brơi Ngọc Sơn").entries)


def test_only_the_head_records_or_removes_one_and_a_duplicate_is_refused(o):
    land, _ = carried_out(o)
    args = {"proposal_id": land.id, "person_id": o.person("K'Brơi Ngọc Sơn"), "form": "Giấy khen",
            "reference": "25/QĐ-UBND", "decided_on": date(2026, 2, 18)}
    with at(date(2026, 2, 20)):
        for actor in (o.secretary, o.official):
            with pytest.raises(PermissionDenied):
                commendations.record(o.ctx, actor=actor, **args)
        made = commendations.record(o.ctx, actor=o.head, **args).value
        with pytest.raises(ValidationError) as twice:
            commendations.record(o.ctx, actor=o.head, **args)
        assert twice.value.code == "commendation_exists"
        raise_ = commendations.record(o.ctx, actor=o.head, **(args | {"kind": "early_raise",
                                                                       "form": "Nâng bậc lương trước thời hạn"}))
        assert raise_.value.kind.value == "early_raise"
        with pytest.raises(PermissionDenied):
            commendations.remove(o.ctx, actor=o.secretary, commendation_id=made.id, reason="Nhập nhầm")
        with pytest.raises(ValidationError):
            commendations.remove(o.ctx, actor=o.head, commendation_id=made.id, reason=" ")
        commendations.remove(o.ctx, actor=o.head, commendation_id=made.id, reason="Nhập nhầm số quyết định")
    assert [c.kind.value for c in _record(o, "K'Brơi Ngọc Sơn").entries[0].commendations] == ["early_raise"]
    # Every write went through the record store: audited, and the chain still verifies (the removal included).
    events = [r["summary"] for r in o.ctx.db.query(
        "SELECT summary FROM audit_events WHERE target_table = 'commendations' ORDER BY seq")]
    assert len(events) == 3 and events[-1].endswith(": Nhập nhầm số quyết định")
    assert integrity.verify_all(o.ctx).ok
