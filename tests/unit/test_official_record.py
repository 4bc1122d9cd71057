"""The official's record and the yearly review, as pure rules: who reads a record, how a person stands in a
proposal, what is suggested for replication and commendation, and which commendation a record can hold."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.access import RecordKind, Standing, can_read, reads_others
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.official_record import (
    CommendationKind,
    RecordRole,
    check_commendation,
    parse_commendation_kind,
    record_roles,
    suggested,
)
from lamdong_desktop.domain.protection import Abuse, Condition, Evaluation, Liability, Measure, rule
from lamdong_desktop.domain.roles import Role

MET = dict.fromkeys(Condition, True)


def _ruling(result: str, *, abuse=(), conditions=None, measures=None):
    return rule(Evaluation.create(result=result, conditions=conditions or MET, abuse=abuse, measures=measures))


@pytest.mark.parametrize("role", list(Role))
def test_a_record_is_read_by_its_person_and_at_the_unit_by_the_head_and_the_secretary_only(role):
    others = can_read({role}, RecordKind.OFFICIAL_RECORD)
    assert others is (role in (Role.HEAD, Role.SECRETARY))
    assert can_read({role}, RecordKind.OFFICIAL_RECORD, Standing(is_subject=True))  # his own, whatever his roles
    assert not can_read({role}, RecordKind.OFFICIAL_RECORD, Standing(province_level=True))
    assert reads_others({role}, RecordKind.OFFICIAL_RECORD) is others


@pytest.mark.parametrize("role", list(Role))
def test_the_yearly_review_is_read_by_the_units_leadership_and_secretary(role):
    readers = (Role.HEAD, Role.LEADER, Role.SECRETARY)
    assert can_read({role}, RecordKind.PERIODIC_REVIEW) is (role in readers)
    # Being named in it gives nobody else the unit's review; the province reads its own level only.
    assert can_read({role}, RecordKind.PERIODIC_REVIEW, Standing(is_subject=True, is_author=True)) is (role in readers)
    assert not can_read({role}, RecordKind.PERIODIC_REVIEW, Standing(province_level=True))


@pytest.mark.parametrize("authored, named, implementer, roles", [
    (True, True, True, (RecordRole.AUTHOR, RecordRole.IMPLEMENTER)),  # the author named in his own plan
    (True, False, False, (RecordRole.AUTHOR,)),
    (False, True, False, (RecordRole.CO_PROPOSER,)),
    (False, True, True, (RecordRole.CO_PROPOSER, RecordRole.IMPLEMENTER)),
    (False, False, True, (RecordRole.IMPLEMENTER,)),
    (False, False, False, ()),
])
def test_how_a_person_stands_in_a_proposal(authored, named, implementer, roles):
    assert record_roles(authored=authored, named_proposer=named, implementer=implementer) == roles


def test_only_a_completed_ruling_with_full_protection_is_suggested():
    assert suggested(_ruling("completed"))
    assert not suggested(None)
    assert not suggested(_ruling("not_met"))
    assert not suggested(_ruling("damaged", measures=dict.fromkeys(Liability, Measure.REDUCED)))
    # Completed, but the mechanism abused or a condition unmet: flagged for the inspection committee, not suggested.
    assert not suggested(_ruling("completed", abuse=(Abuse.GROUP_INTEREST,)))
    assert not suggested(_ruling("completed", conditions={**MET, Condition.NO_SELF_INTEREST: False}))


EVALUATED, TODAY = date(2026, 2, 11), date(2026, 2, 20)


@pytest.mark.parametrize("ruling, decided, roles, code", [
    (_ruling("not_met"), date(2026, 2, 18), (RecordRole.AUTHOR,), "commendation_not_eligible"),
    (None, date(2026, 2, 18), (RecordRole.AUTHOR,), "commendation_not_eligible"),
    (_ruling("completed"), date(2026, 2, 18), (), "commendation_not_involved"),
    (_ruling("completed"), date(2026, 2, 21), (RecordRole.IMPLEMENTER,), "commendation_date_future"),
    (_ruling("completed"), date(2026, 2, 10), (RecordRole.CO_PROPOSER,), "commendation_before_evaluation"),
])
def test_a_commendation_the_record_cannot_hold_is_refused(ruling, decided, roles, code):
    with pytest.raises(ValidationError) as refused:
        check_commendation(ruling, ref="DX-2026-001", decided_on=decided, evaluated_on=EVALUATED, today=TODAY,
                           roles=roles)
    assert refused.value.code == code


def test_a_commendation_on_the_day_of_the_conclusion_or_today_is_held():
    for day in (EVALUATED, TODAY):
        check_commendation(_ruling("completed"), ref="DX-2026-001", decided_on=day, evaluated_on=EVALUATED,
                           today=TODAY, roles=(RecordRole.IMPLEMENTER,))


def test_the_kind_of_commendation_is_read_from_its_code():
    assert parse_commendation_kind("early-raise") is CommendationKind.EARLY_RAISE
    assert parse_commendation_kind(CommendationKind.COMMENDATION) is CommendationKind.COMMENDATION
    with pytest.raises(ValidationError) as refused:
        parse_commendation_kind("huân chương")
    assert refused.value.code == "commendation_kind_invalid"
