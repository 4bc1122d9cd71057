"""Which level acts on a proposal (domain/levels.py) and who reads a level's own records (domain/access.py), without
a database: ND 73/2023 Đ7.1 sends a head's own proposal to the province, which convenes, decides and numbers it."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.access import RecordKind, Standing, at_level, can_read, reads_others
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.levels import (
    acting_level,
    body_code,
    body_unit,
    check_agenda_level,
    convenes,
    level_of,
    own_at_province,
)
from lamdong_desktop.domain.lifecycle import Party, Recipient, parties_of, recipient_for
from lamdong_desktop.domain.meetings import MeetingLevel
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.domain.units import PROVINCE, PROVINCE_CODE, Unit, UnitKind

DI_LINH = Unit(code="LD021", name="Xã Di Linh", kind=UnitKind.XA)


def test_the_head_s_own_proposal_goes_to_the_province_which_convenes_and_decides_it():
    assert recipient_for({Role.HEAD}) is Recipient.PROVINCE and recipient_for({Role.LEADER}) is Recipient.HEAD
    assert level_of(Recipient.PROVINCE) is MeetingLevel.PROVINCE and level_of(Recipient.HEAD) is MeetingLevel.UNIT
    assert [r for r in Role if convenes({r}, MeetingLevel.UNIT)] == [Role.HEAD]
    assert [r for r in Role if convenes({r}, MeetingLevel.PROVINCE)] == [Role.PROVINCE]
    assert acting_level({Role.PROVINCE}) is MeetingLevel.PROVINCE
    assert {acting_level({r}) for r in Role if r is not Role.PROVINCE} == {MeetingLevel.UNIT}
    # The recipient of the head's own proposal is the province, never the head himself.
    assert Party.RECIPIENT not in parties_of({Role.HEAD}, is_author=True, submitted_to=Recipient.PROVINCE)
    assert Party.RECIPIENT in parties_of({Role.PROVINCE}, is_author=False, submitted_to=Recipient.PROVINCE)
    assert own_at_province(is_author=True, submitted_to=Recipient.PROVINCE)
    assert not own_at_province(is_author=False, submitted_to=Recipient.PROVINCE)
    assert not own_at_province(is_author=True, submitted_to=Recipient.HEAD)
    assert not own_at_province(is_author=True, submitted_to=None)


def test_each_level_issues_under_its_own_body_and_register():
    assert body_code(MeetingLevel.UNIT, "LD021") == "LD021"
    assert body_code(MeetingLevel.PROVINCE, "LD021") == PROVINCE_CODE != "LD021"
    assert body_unit(MeetingLevel.UNIT, DI_LINH) is DI_LINH
    assert body_unit(MeetingLevel.PROVINCE, DI_LINH) is PROVINCE and PROVINCE.short_name == "Lâm Đồng"


@pytest.mark.parametrize(("meeting", "submitted_to", "code"), [
    (MeetingLevel.UNIT, Recipient.HEAD, None),
    (MeetingLevel.PROVINCE, Recipient.PROVINCE, None),
    (MeetingLevel.UNIT, Recipient.PROVINCE, "agenda_needs_province"),
    (MeetingLevel.PROVINCE, Recipient.HEAD, "agenda_needs_unit"),
    (MeetingLevel.PROVINCE, None, "agenda_needs_unit"),
])
def test_a_proposal_goes_only_before_a_meeting_of_the_level_it_was_sent_to(meeting, submitted_to, code):
    if code is None:
        check_agenda_level(meeting, submitted_to, "DX-2026-001")
        return
    with pytest.raises(ValidationError) as err:
        check_agenda_level(meeting, submitted_to, "DX-2026-001")
    assert err.value.code == code and err.value.params["ref"] == "DX-2026-001"


@pytest.mark.parametrize("kind", [RecordKind.MEETING, RecordKind.REGISTER_ENTRY, RecordKind.PERSON])
def test_a_levels_own_records_are_read_at_that_level(kind):
    unit, province = at_level(False), at_level(True)
    for role in (Role.HEAD, Role.SECRETARY):
        assert can_read({role}, kind, unit) and not can_read({role}, kind, province)
    assert can_read({Role.PROVINCE}, kind, province) and not can_read({Role.PROVINCE}, kind, unit)
    assert not can_read({Role.OFFICIAL}, kind, province)
    assert reads_others({Role.PROVINCE}, kind)


def test_the_units_leadership_reads_a_province_meeting_only_through_a_proposal_it_reads():
    # The head's own proposal, submitted: the unit's leadership and secretary read its dossier, as before …
    dossier = Standing(submitted=True, sent_to_province=True, province_level=True)
    for role in (Role.HEAD, Role.LEADER, Role.SECRETARY, Role.PROVINCE):
        assert can_read({role}, RecordKind.MEETING, dossier)
    # … an official never did, and does not now; the meeting as a whole is the province's.
    assert not can_read({Role.OFFICIAL}, RecordKind.MEETING, dossier)
    assert not can_read({Role.LEADER}, RecordKind.MEETING, at_level(True))
