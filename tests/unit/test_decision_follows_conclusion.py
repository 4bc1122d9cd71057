"""The decision follows the meeting's conclusion and the party committee's opinion (ND 73/2023 Đ8.1–8.2).

Every combination of the vote (passed by the rule, failed, failed and approved in writing by the head), the party
committee's opinion (none, agreeing, disagreeing) and the outcome chosen, against the lifecycle table."""

from __future__ import annotations

import itertools

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import Action, Facts, Party, State, check_transition
from lamdong_desktop.domain.opinions import Stance, disagrees, parse_stance, stance_of

HEAD = frozenset({Party.RECIPIENT})
OUTCOMES = (Action.APPROVE, Action.APPROVE_PILOT, Action.RETURN, Action.REJECT)
VOTES = ("passed", "failed", "overridden")
OPINIONS = (None, Stance.AGREE, Stance.DISAGREE)


def expected(action: Action, vote: str, opinion: Stance | None) -> str | None:
    """The rule written out as a person would say it: the first reason to refuse, or None."""
    approves = action in (Action.APPROVE, Action.APPROVE_PILOT)
    concluded_for = vote in ("passed", "overridden")
    if approves:
        if opinion is None:
            return "party_opinion_required"  # the committee's opinion comes first
        if opinion is Stance.DISAGREE:
            return "party_opinion_against"  # never against the committee
        return None if concluded_for else "vote_not_passed"
    # A return or a rejection: against a passed vote only on the committee's disagreement.
    return "decision_against_conclusion" if concluded_for and opinion is not Stance.DISAGREE else None


@pytest.mark.parametrize(("action", "vote", "opinion"), list(itertools.product(OUTCOMES, VOTES, OPINIONS)))
def test_every_outcome_vote_and_opinion(action, vote, opinion):
    facts = Facts(reason="Lý do của quyết định.", party_opinion=opinion is not None,
                  party_disagrees=opinion is Stance.DISAGREE, quorum_met=True, vote_completed=True,
                  vote_passed=vote in ("passed", "overridden"), decision_issued=True)
    want = expected(action, vote, opinion)
    if want is None:
        assert check_transition(action, State.SCHEDULED, HEAD, facts=facts).action is action
    else:
        with pytest.raises(ValidationError) as refused:
            check_transition(action, State.SCHEDULED, HEAD, facts=facts)
        assert refused.value.code == want


def test_a_return_before_any_meeting_needs_no_vote_nor_opinion():
    for state in (State.SUBMITTED, State.RECEIVED):
        assert check_transition(Action.RETURN, state, HEAD, facts=Facts(reason="Thiếu kế hoạch.")).target \
            is State.RETURNED


@pytest.mark.parametrize(("typed", "stance"), [
    ("agree", Stance.AGREE), ("Đồng ý", Stance.AGREE), ("dong-y", Stance.AGREE), (" DONG  Y ", Stance.AGREE),
    ("disagree", Stance.DISAGREE), ("Không đồng ý", Stance.DISAGREE), ("khong_dong_y", Stance.DISAGREE),
    ("khong dong y", Stance.DISAGREE)])
def test_a_stance_is_read_as_people_type_it(typed, stance):
    assert parse_stance(typed) is stance


@pytest.mark.parametrize("typed", ["có", "khong", "yes", "đồng ý một phần", "1"])
def test_anything_else_is_refused(typed):
    with pytest.raises(ValidationError) as refused:
        parse_stance(typed)
    assert refused.value.code == "stance_invalid"


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_no_stance_is_asked_for(typed):
    with pytest.raises(ValidationError) as refused:
        parse_stance(typed)
    assert refused.value.code == "stance_required"


def test_the_latest_opinion_counts_and_an_old_one_reads_as_agreeing():
    assert stance_of(None) is Stance.AGREE and stance_of("disagree") is Stance.DISAGREE
    assert disagrees([Stance.AGREE, Stance.DISAGREE])
    assert not disagrees([Stance.DISAGREE, Stance.AGREE])
    assert not disagrees([])
