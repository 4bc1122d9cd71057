"""The read rules (domain/access.py) and the many-party lifecycle table (domain/lifecycle.py), without a DB."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.access import (
    READ_RULES,
    ProposalScope,
    RecordKind,
    Standing,
    can_read,
    proposal_scope,
    reads_others,
    require_read,
)
from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import (
    GUARD_ERRORS,
    TRANSITIONS,
    Action,
    Facts,
    Guard,
    Party,
    Recipient,
    State,
    Transition,
    available_actions,
    check_transition,
    parties_of,
    recipient_for,
    transition_for,
)
from lamdong_desktop.domain.roles import Permission, Role

NEVER_SUBMITTED = Standing()
SUBMITTED = Standing(submitted=True)
TO_PROVINCE = Standing(submitted=True, sent_to_province=True)
OWN_DRAFT = Standing(is_author=True)


@pytest.mark.parametrize(("role", "draft", "submitted", "to_province"), [
    (Role.ADMIN, False, False, False),  # accounts and settings, not proposal contents
    (Role.HEAD, False, True, True),
    (Role.LEADER, False, True, True),
    (Role.SECRETARY, False, True, True),
    (Role.OFFICIAL, False, False, False),  # only their own
    (Role.PROVINCE, False, False, True),  # what is sent to it
])
def test_who_reads_someone_elses_proposal_by_role_and_standing(role, draft, submitted, to_province):
    for kind in (RecordKind.PROPOSAL, RecordKind.ATTACHMENT, RecordKind.REVISION, RecordKind.PRINTED_PLAN):
        assert can_read({role}, kind, NEVER_SUBMITTED) is draft
        assert can_read({role}, kind, SUBMITTED) is submitted
        assert can_read({role}, kind, TO_PROVINCE) is to_province


def test_an_implementer_reads_the_proposal_he_carries_out_whatever_his_roles():
    for role in Role:
        assert can_read({role}, RecordKind.PROPOSAL, Standing(is_implementer=True, submitted=True))
        assert can_read({role}, RecordKind.ATTACHMENT, Standing(is_implementer=True, submitted=True))
    assert not can_read({Role.OFFICIAL}, RecordKind.PROPOSAL, SUBMITTED)


def test_an_author_always_reads_their_own_proposal_whatever_their_roles():
    for role in Role:
        assert can_read({role}, RecordKind.PROPOSAL, OWN_DRAFT)
        assert can_read({role}, RecordKind.AUDIT, Standing(is_author=True, submitted=True))
    # … but being an author of a proposal gives no right to the unit's other records.
    assert not can_read({Role.PROVINCE}, RecordKind.PERSON, OWN_DRAFT)


def test_staff_accounts_and_the_integrity_report_have_their_own_readers():
    assert all(can_read({r}, RecordKind.PERSON) for r in (Role.ADMIN, Role.HEAD, Role.LEADER, Role.SECRETARY,
                                                          Role.OFFICIAL))
    assert not can_read({Role.PROVINCE}, RecordKind.PERSON)
    assert can_read({Role.PROVINCE}, RecordKind.PARTY_ORG)
    assert [r for r in Role if can_read({r}, RecordKind.ACCOUNT)] == [Role.ADMIN]
    assert {r for r in Role if can_read({r}, RecordKind.INTEGRITY)} == {Role.ADMIN, Role.HEAD}
    with pytest.raises(PermissionDenied) as err:
        require_read({Role.HEAD}, RecordKind.ACCOUNT)
    assert err.value.code == "permission_denied"


def test_every_kind_has_a_reader_and_view_unit_is_gone():
    assert {k for rule in READ_RULES for k in rule.kinds} == set(RecordKind)
    assert "view_unit" not in {p.value for p in Permission}


def test_the_list_scope_follows_the_same_rules():
    # Every reader also sees the proposals he implements (ND 73/2023 Đ9: he records their progress).
    assert proposal_scope({Role.OFFICIAL}, "u1") == ProposalScope("u1", submitted=False, sent_to_province=False,
                                                                  implementer_id="u1")
    assert proposal_scope({Role.HEAD}, "u2") == ProposalScope("u2", submitted=True, sent_to_province=False,
                                                              implementer_id="u2")
    assert proposal_scope({Role.PROVINCE}, "u3") == ProposalScope("u3", submitted=False, sent_to_province=True,
                                                                  implementer_id="u3")
    assert proposal_scope({Role.ADMIN}, "u4") == ProposalScope("u4", submitted=False, sent_to_province=False,
                                                               implementer_id="u4")
    assert reads_others({Role.SECRETARY}, RecordKind.PROPOSAL) and not reads_others({Role.ADMIN}, RecordKind.PROPOSAL)


def test_the_recipient_rule_is_written_once():
    # ND 73/2023 Đ7.1: to the head of the unit; the head's own proposal to the level above.
    assert recipient_for({Role.OFFICIAL}) is Recipient.HEAD
    assert recipient_for({Role.LEADER, Role.SECRETARY}) is Recipient.HEAD
    assert recipient_for({Role.HEAD}) is Recipient.PROVINCE
    assert parties_of({Role.HEAD}, is_author=False, submitted_to=Recipient.HEAD) >= {Party.RECIPIENT}
    assert Party.RECIPIENT not in parties_of({Role.HEAD}, is_author=True, submitted_to=Recipient.PROVINCE)
    assert Party.RECIPIENT in parties_of({Role.PROVINCE}, is_author=False, submitted_to=Recipient.PROVINCE)
    assert Party.RECIPIENT not in parties_of({Role.PROVINCE}, is_author=False, submitted_to=Recipient.HEAD)
    assert parties_of({Role.LEADER, Role.SECRETARY}, is_author=False, submitted_to=Recipient.HEAD) == {
        Party.LEADERSHIP_MEMBER, Party.SECRETARY}


def test_each_transition_names_its_parties_and_guards():
    early_return = transition_for(Action.RETURN, State.SUBMITTED)
    assert early_return.parties == {Party.RECIPIENT}
    assert early_return.guards == {Guard.REASON} and early_return.needs_reason
    assert transition_for(Action.RETURN, State.RECEIVED) is early_return
    # After a meeting, returning is a conclusion: the vote done, the meeting's conclusion followed and a written
    # notice issued (ND 73 Đ8).
    assert transition_for(Action.RETURN, State.SCHEDULED).guards == {
        Guard.REASON, Guard.VOTE_COMPLETED, Guard.CONCLUSION_FOLLOWED, Guard.DECISION_ISSUED}
    assert transition_for(Action.WITHDRAW, State.DRAFT).guards == {Guard.REASON}
    assert not transition_for(Action.SUBMIT, State.DRAFT).guards
    assert set(GUARD_ERRORS) == set(Guard)
    # At most one transition per (action, state): the table never has to choose.
    pairs = [(t.action, s) for t in TRANSITIONS for s in t.sources]
    assert len(pairs) == len(set(pairs))


def test_the_meeting_path_is_in_the_one_table():
    head = frozenset({Party.RECIPIENT})
    assert check_transition(Action.RECEIVE, State.SUBMITTED, head).target is State.RECEIVED
    assert check_transition(Action.SCHEDULE, State.RECEIVED, head).target is State.SCHEDULED
    with pytest.raises(PermissionDenied):
        check_transition(Action.RECEIVE, State.SUBMITTED, frozenset({Party.AUTHOR, Party.SECRETARY}))
    decided = Facts(party_opinion=True, vote_completed=True, vote_passed=True, decision_issued=True)
    for action, target in ((Action.APPROVE, State.APPROVED), (Action.APPROVE_PILOT, State.PILOT)):
        assert check_transition(action, State.SCHEDULED, head, facts=decided).target is target
        # The guards in a fixed order: the party committee first, then the vote, then the written decision.
        for facts, code in ((Facts(), "party_opinion_required"),
                            (Facts(party_opinion=True), "vote_not_completed"),
                            (Facts(party_opinion=True, vote_completed=True), "vote_not_passed"),
                            (Facts(party_opinion=True, vote_completed=True, vote_passed=True), "decision_required")):
            with pytest.raises(ValidationError) as err:
                check_transition(action, State.SCHEDULED, head, facts=facts)
            assert err.value.code == code
    rejected = Facts(reason="Không khả thi", vote_completed=True, decision_issued=True)
    assert check_transition(Action.REJECT, State.SCHEDULED, head, facts=rejected).target is State.REJECTED
    with pytest.raises(ValidationError):  # no decision without the meeting: approving from RECEIVED
        check_transition(Action.APPROVE, State.RECEIVED, head, facts=decided)
    assert available_actions(State.RECEIVED, head) == [Action.RETURN, Action.SCHEDULE]


def test_a_guard_declared_for_later_steps_is_checked_from_facts(monkeypatch):
    # The next issue's meeting step, e.g. "approve" after a vote: the table keeps its shape.
    vote = Transition(Action.RETURN, frozenset({State.SUBMITTED}), State.RETURNED,
                      frozenset({Party.LEADERSHIP_MEMBER, Party.COUNCIL_CHAIR}),
                      frozenset({Guard.QUORUM, Guard.VOTE_COMPLETED, Guard.DOCUMENT_ATTACHED}))
    monkeypatch.setattr("lamdong_desktop.domain.lifecycle.TRANSITIONS", (vote,))
    parties = frozenset({Party.COUNCIL_CHAIR})
    with pytest.raises(PermissionDenied):
        check_transition(Action.RETURN, State.SUBMITTED, frozenset({Party.AUTHOR}), facts=Facts(quorum_met=True))
    for facts, code in ((Facts(), "quorum_not_met"), (Facts(quorum_met=True), "vote_not_completed"),
                        (Facts(quorum_met=True, vote_completed=True), "document_required")):
        with pytest.raises(ValidationError) as err:
            check_transition(Action.RETURN, State.SUBMITTED, parties, facts=facts)
        assert err.value.code == code
    done = Facts(quorum_met=True, vote_completed=True, document_attached=True)
    assert check_transition(Action.RETURN, State.SUBMITTED, parties, facts=done) is vote


def test_a_reason_given_beside_the_facts_still_counts():
    assert check_transition(Action.WITHDRAW, State.DRAFT, frozenset({Party.AUTHOR}), "Trùng", facts=Facts()).target \
        is State.WITHDRAWN


def test_every_permission_is_checked_by_some_service():
    """A permission nothing checks is a promise nobody keeps (VIEW_UNIT was one): each must be required."""
    from pathlib import Path

    services = Path(__file__).resolve().parents[2] / "lamdong_desktop" / "services"
    source = "\n".join(p.read_text("utf-8") for p in services.glob("*.py"))
    assert "require(" in source
    unchecked = [p for p in Permission if f"Permission.{p.name}" not in source]
    assert unchecked == []


def test_only_transitions_guarded_by_a_reason_at_most_are_buttons():
    from lamdong_desktop.domain.lifecycle import taken_by_hand

    assert taken_by_hand(Action.RETURN, State.SUBMITTED) and taken_by_hand(Action.RETURN, State.RECEIVED)
    assert taken_by_hand(Action.RECEIVE, State.SUBMITTED) and taken_by_hand(Action.WITHDRAW, State.DRAFT)
    # After a meeting, returning is a written conclusion: the decision's service takes it, not a button.
    assert not taken_by_hand(Action.RETURN, State.SCHEDULED)
    for action in (Action.SCHEDULE, Action.UNSCHEDULE, Action.APPROVE, Action.APPROVE_PILOT, Action.REJECT):
        assert not taken_by_hand(action, next(iter(transition_for(action, State.SCHEDULED if action is not
                                                                   Action.SCHEDULE else State.RECEIVED).sources)))


def test_approving_needs_a_completed_vote_as_well_as_a_passed_one():
    head = frozenset({Party.RECIPIENT})
    with pytest.raises(ValidationError) as err:
        check_transition(Action.APPROVE, State.SCHEDULED, head,
                         facts=Facts(party_opinion=True, vote_passed=True, decision_issued=True))
    assert err.value.code == "vote_not_completed"
