"""domain/meetings.py: seats onto the vote, who is a proposer, lateness, times, exact scores, outcomes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from lamdong_desktop.domain.clock import VN_TZ
from lamdong_desktop.domain.council import CouncilSize, MemberRole
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import Action
from lamdong_desktop.domain.meetings import (
    Attendance,
    MeetingKind,
    MeetingState,
    Outcome,
    Part,
    Seat,
    Seated,
    Step,
    check_present,
    check_seats,
    is_late,
    members_for,
    parse_kind,
    parse_moment,
    parse_outcome,
    parse_score,
    proposer_seats,
    refusal,
    rubric_from_json,
    rubric_to_json,
    stored_score,
)
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.domain.scoring import DEFAULT_RUBRIC, Rubric, RubricCriterion
from lamdong_desktop.domain.votes import decide


def _seats(*roles: str, head: int = 0) -> list[Seated]:
    return [Seated(f"m{i}", Seat(r), is_head=i == head, person_id=f"p{i}", account_id=f"a{i}")
            for i, r in enumerate(roles)]


def test_a_leadership_meetings_secretary_is_not_a_member_a_councils_is():
    seats = _seats("chair", "member", "member", "secretary")
    leadership = members_for(MeetingKind.LEADERSHIP, seats)
    council = members_for(MeetingKind.COUNCIL, seats)
    assert [m.id for m in leadership] == ["m0", "m1", "m2"]
    assert [m.role for m in council] == [MemberRole.CHAIR, MemberRole.MEMBER, MemberRole.MEMBER,
                                         MemberRole.SECRETARY_MEMBER]
    # So the quorum counts three members at the leadership meeting (2 present of 3 meet 2/3), four at the council.
    outcome = decide(leadership, ["m0", "m1"], {"m0": "for", "m1": "for"})
    assert outcome.quorum and outcome.members == 3 and outcome.passed
    assert not decide(council, ["m0", "m1"], {}).quorum


@pytest.mark.parametrize("roles, code", [
    (("member", "member", "secretary"), "meeting_chair_count"),
    (("chair", "chair", "secretary"), "meeting_chair_count"),
    (("chair", "member"), "meeting_secretary_count"),
    (("chair", "secretary", "secretary"), "meeting_secretary_count"),
    (("secretary",), "members_empty"),
])
def test_a_leadership_meeting_needs_one_chair_one_secretary_and_members(roles, code):
    with pytest.raises(ValidationError) as err:
        check_seats(MeetingKind.LEADERSHIP, _seats(*roles))
    assert err.value.code == code


def test_a_council_is_checked_by_its_size_and_one_person_sits_once():
    five = ("chair", "vice_chair", "member", "secretary", "member")
    check_seats(MeetingKind.COUNCIL, _seats(*five))
    with pytest.raises(ValidationError) as err:
        check_seats(MeetingKind.COUNCIL, _seats(*five[:4]))
    assert err.value.code == "council_size_invalid"
    check_seats(MeetingKind.COUNCIL, _seats(*five[:4]), CouncilSize(3, 9))  # configurable
    twice = _seats(*five)
    twice[4] = Seated("m4", Seat.MEMBER, person_id="p0")
    with pytest.raises(ValidationError) as err:
        check_seats(MeetingKind.COUNCIL, twice)
    assert err.value.code == "member_duplicate"


def test_the_proposer_is_the_authors_account_or_a_person_the_plan_names_as_proposer():
    seats = _seats("chair", "member", "member", "secretary")
    assert proposer_seats(seats, author_account_id="a1", proposer_person_ids=[]) == {"m1"}
    assert proposer_seats(seats, author_account_id="x", proposer_person_ids=["p2", ""]) == {"m2"}
    assert proposer_seats([Seated("m9", Seat.MEMBER, person_id="p9")], author_account_id="",
                          proposer_person_ids=[]) == set()  # no account, no name: nobody


def test_late_is_strictly_after_the_limit():
    assert not is_late(date(2026, 1, 14), date(2026, 1, 14))
    assert is_late(date(2026, 1, 15), date(2026, 1, 14))
    assert not is_late(date(2026, 3, 1), None)


START = datetime(2026, 11, 5, 8, 0, tzinfo=VN_TZ)
BEFORE, AFTER = datetime(2026, 11, 5, 7, 59, tzinfo=VN_TZ), datetime(2026, 11, 5, 8, 0, tzinfo=VN_TZ)
RECORDS = (Step.ATTEND, Step.OPINION, Step.MINUTES, Step.VOTE, Step.SCORE, Step.CLOSE, Step.ADJOURN)


def _why(step: Step, state: MeetingState, *, locked: bool = False, now: datetime = AFTER) -> str | None:
    error = refusal(step, state, locked=locked, starts_at=START, now=now)
    return None if error is None else error.code


@pytest.mark.parametrize("step", list(Step))
@pytest.mark.parametrize("state", list(MeetingState))
@pytest.mark.parametrize("locked", [False, True])
@pytest.mark.parametrize("now", [BEFORE, AFTER])
def test_what_may_be_done_now_in_every_state_and_time(step, state, locked, now):
    """The one rule of what may be done now, every step × state × lock × before or after the start."""
    why = _why(step, state, locked=locked, now=now)
    if step is Step.DECIDE:  # the decision cites the minutes, numbered at the close: only a closed meeting decides
        expected = {MeetingState.CLOSED: None, MeetingState.ADJOURNED: "decision_meeting_adjourned"}.get(
            state, "meeting_not_closed")
    elif locked:
        expected = "meeting_locked"
    elif step is not Step.OVERRIDE and state not in (MeetingState.CONVENED, MeetingState.HELD):
        expected = "meeting_not_open"
    elif step is not Step.AGENDA and now < START:
        expected = "meeting_not_started"
    else:
        expected = None
    assert why == expected


def test_the_refusals_name_what_their_message_needs():
    early = refusal(Step.ATTEND, MeetingState.CONVENED, locked=False, starts_at=START, now=BEFORE)
    assert early is not None and early.params == {"start": "08:00 ngày 05/11/2026"}
    ended = refusal(Step.VOTE, MeetingState.CLOSED, locked=False, starts_at=START, now=AFTER)
    assert ended is not None and ended.params == {"meeting_state": "closed"}
    # Before the start only the agenda changes; from the start every record may be made, and the decision waits.
    assert [s for s in Step if _why(s, MeetingState.CONVENED, now=BEFORE) is None] == [Step.AGENDA]
    assert {s for s in Step if _why(s, MeetingState.HELD) is None} == set(Step) - {Step.DECIDE}
    assert [s for s in Step if _why(s, MeetingState.CLOSED) is None] == [Step.OVERRIDE, Step.DECIDE]
    assert all(_why(s, MeetingState.HELD, now=BEFORE) == "meeting_not_started" for s in RECORDS)


@pytest.mark.parametrize("text, expected", [
    ("2026-01-12 08:00", datetime(2026, 1, 12, 8, 0, tzinfo=VN_TZ)),
    ("2026-01-12T14:30", datetime(2026, 1, 12, 14, 30, tzinfo=VN_TZ)),
    ("12/01/2026 8h30", datetime(2026, 1, 12, 8, 30, tzinfo=VN_TZ)),
    ("12/01/2026", datetime(2026, 1, 12, 0, 0, tzinfo=VN_TZ)),
])
def test_times_are_read_as_offices_type_them(text, expected):
    assert parse_moment(text) == expected


def test_a_bare_time_needs_the_day_and_nonsense_is_refused():
    assert parse_moment("16:30", on=date(2026, 1, 12)) == datetime(2026, 1, 12, 16, 30, tzinfo=VN_TZ)
    for bad in ("16:30", "31/02/2026 08:00", "2026-01-12 25:00", "ngày mai", "", "2999-01-01 08:00"):
        with pytest.raises(ValidationError) as err:
            parse_moment(bad)
        assert err.value.code == "datetime_invalid"


@pytest.mark.parametrize("value, exact, stored", [
    (8, Fraction(8), "8"), ("8", Fraction(8), "8"), ("8.5", Fraction(17, 2), "8.5"), ("8,25", Fraction(33, 4), "8.25"),
    (Decimal("7.50"), Fraction(15, 2), "7.5"), (Fraction(25, 3), Fraction(25, 3), "25/3"),
    ("17/2", Fraction(17, 2), "8.5"),
])
def test_scores_are_exact_and_stored_as_exact_text(value, exact, stored):
    assert parse_score(value) == exact
    assert stored_score(exact) == stored
    assert parse_score(stored) == exact  # what is stored reads back the same


@pytest.mark.parametrize("value", [8.5, True, "tám", "NaN", Decimal("Infinity"), "1/0"])
def test_a_float_or_a_word_is_no_score(value):
    with pytest.raises(ValidationError) as err:
        parse_score(value)
    assert err.value.code == "score_invalid"


def test_a_rubric_round_trips_through_its_stored_form_with_exact_weights():
    rubric = Rubric((RubricCriterion("urgency", Fraction(3, 2), 10), RubricCriterion("x", 2, 5, "Tiêu chí riêng")))
    again = rubric_from_json(rubric_to_json(rubric))
    assert again == rubric and again.max_total == 25
    assert rubric_from_json(None) == DEFAULT_RUBRIC


def test_outcomes_name_their_document_and_their_transition():
    assert [(o.doc_type, o.action, o.needs_reasons) for o in Outcome] == [
        (DocType.DECISION, Action.APPROVE, False), (DocType.DECISION, Action.APPROVE_PILOT, False),
        (DocType.NOTICE, Action.RETURN, True), (DocType.NOTICE, Action.REJECT, True)]
    assert parse_outcome(" Pilot ") is Outcome.PILOT and parse_kind("council") is MeetingKind.COUNCIL
    with pytest.raises(ValidationError) as err:
        parse_outcome("duyệt")
    assert err.value.code == "outcome_invalid"


@pytest.mark.parametrize("typed", ["1e-99999", "1e999999", "1_0", "1e1", "+5", "-0", "٣", "７", "9.999",
                                   "10.0000000000000000001", "", "1/0", "12345/1", "8,5,1"])
def test_a_mark_is_written_as_on_a_paper_form_or_refused_at_once(typed):
    """An exponent made exact arithmetic run for minutes while the write lock was held (it is now refused by its
    form, before any arithmetic); other forms are not numbers on a score sheet (a plus sign, digits of other
    scripts, more than two decimals)."""
    with pytest.raises(ValidationError) as err:
        parse_score(typed)
    assert err.value.code == "score_invalid"


@pytest.mark.parametrize("typed, exact", [("8", Fraction(8)), ("8,5", Fraction(17, 2)), ("7.25", Fraction(29, 4)),
                                          (" 10 ", Fraction(10)), ("17/3", Fraction(17, 3)),
                                          (Decimal("8.5"), Fraction(17, 2))])
def test_a_mark_is_read_exactly(typed, exact):
    assert parse_score(typed) == exact


def test_an_out_of_range_mark_is_named_as_people_write_it():
    from lamdong_desktop.domain.scoring import DEFAULT_RUBRIC, check_score
    from lamdong_desktop.messages import describe

    with pytest.raises(ValidationError) as err:
        check_score(DEFAULT_RUBRIC, DEFAULT_RUBRIC.criteria[0].code, parse_score("10.5"))
    assert "Điểm 10,5 " in describe(err.value) and "21/2" not in describe(err.value)


@pytest.mark.parametrize("part", list(Part))
def test_only_a_member_marked_present_speaks_votes_or_scores(part):
    check_present(Attendance.PRESENT, member="Ka Thị Hương", part=part)
    with pytest.raises(ValidationError) as err:
        check_present(Attendance.ABSENT, member="Ka Thị Hương", part=part, reason="Ốm")
    assert (err.value.code, err.value.params) == ("member_absent", {"member": "Ka Thị Hương", "part": part.value,
                                                                    "reason": "Ốm"})
    with pytest.raises(ValidationError) as err:
        check_present(None, member="Ka Thị Hương", part=part)
    assert err.value.code == "member_not_marked"
