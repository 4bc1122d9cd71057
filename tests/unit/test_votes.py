"""The vote rule (domain/votes.py) against an oracle written from the legal text, over every combination.

ND 73/2023/NĐ-CP Điều 8 khoản 1, as the domain brief §4 states it: "passes with more than 50% tán thành
of those voting; on a tie the side the head voted with wins; a deputy who is the proposer does not vote";
seed V.3 (and the issue): "quorum at least 2/3 present", below quorum no vote is taken.

The oracle below works on member indices and plain integers (no Fraction, no Member objects), in the
words of those sentences. Two enumerations feed it:

* every *literal* assignment for 1–4 members: each member in each of six states, the head and the
  proposer at every position (or none) — this also shows that a member's place in the list and the
  order of the ballots do not matter;
* for 1–9 members, every *count* combination: members are interchangeable except the head and the
  proposer, so the outcome depends only on how many ordinary members are in each state, plus the
  head's and the proposer's own states and whether they are the same person. Every such combination
  is generated (the symmetric duplicates of the literal enumeration are pruned).
"""

from __future__ import annotations

import itertools
from collections import Counter
from fractions import Fraction
from math import comb

import pytest

from lamdong_desktop.domain.council import (
    DEFAULT_QUORUM,
    CouncilSize,
    Member,
    MemberRole,
    QuorumRule,
    check_council,
    check_members,
    entitled_voters,
    quorum_met,
)
from lamdong_desktop.domain.errors import CODES, PermissionDenied, ValidationError
from lamdong_desktop.domain.votes import (
    BALLOT_ABSENT,
    BALLOT_NOT_MEMBER,
    BALLOT_PROPOSER,
    CHOICE_INVALID,
    VOTE_BELOW_QUORUM,
    Choice,
    Exclusion,
    Override,
    TieBreak,
    VoteOutcome,
    VoteStatus,
    check_ballot,
    check_override,
    decide,
)
from lamdong_desktop.messages import (
    CHOICE_WORDS,
    EXCLUSION_WORDS,
    MEMBER_ROLE_WORDS,
    MESSAGES,
    TIE_BREAK_WORDS,
    VOTE_STATUS_WORDS,
    describe,
)

# ------------------------------------------------------------------------------------------------- oracle

# A member's state in a case. "absent+for": absent, yet a ballot "for" arrives for him (it must be refused).
ABSENT, ABSENT_TRYING, SILENT, FOR, AGAINST, ABSTAIN = "absent", "absent+for", "silent", "for", "against", "abstain"
STATES = (ABSENT, ABSENT_TRYING, SILENT, FOR, AGAINST, ABSTAIN)
OUTSIDER = "outsider"  # not a member; always tries to vote "for"


def oracle(states, head, proposer, quorum=(2, 3)):
    """What the legal text says for members ``0..n-1`` in ``states``; head / proposer are indices or None."""
    n = len(states)
    present = [i for i in range(n) if states[i] not in (ABSENT, ABSENT_TRYING)]
    tried = {i: ("for" if states[i] == ABSENT_TRYING else states[i]) for i in range(n) if states[i] not in
             (ABSENT, SILENT)}
    excluded = {i: "absent" for i in range(n) if i not in present}
    if proposer is not None and proposer in present:
        excluded[proposer] = "proposer"
    numerator, denominator = quorum
    # "at least 2/3 of the members present": present / n >= 2/3, in integers.
    if len(present) * denominator < numerator * n:
        refused = {i: "vote_below_quorum" for i in tried}
        refused[OUTSIDER] = "ballot_not_member"
        return {"status": "no_quorum", "for": 0, "against": 0, "abstain": 0, "pending": 0, "tie": False,
                "tie_break": "not_needed", "excluded": excluded, "refused": refused, "complete": False}
    refused = {OUTSIDER: "ballot_not_member"}
    cast = {}
    for i, choice in tried.items():
        if i not in present:
            refused[i] = "ballot_absent"
        elif i == proposer:  # "a deputy who is the proposer does not vote"
            refused[i] = "ballot_proposer"
        else:
            cast[i] = choice
    yes = sum(1 for c in cast.values() if c == "for")
    total = len(cast)  # "those voting": every ballot cast, "không biểu quyết" included
    entitled = [i for i in present if i != proposer]
    # "more than 50% tán thành": a strict majority of the ballots, i.e. at least total // 2 + 1.
    majority = total > 0 and yes >= total // 2 + 1
    tie = total > 0 and yes * 2 == total
    if not tie:
        tie_break = "not_needed"
    elif head is None:
        tie_break = "no_head"
    elif head == proposer:
        tie_break = "head_is_proposer"
    elif head not in present:
        tie_break = "head_absent"
    elif head not in cast:
        tie_break = "head_not_voted"
    else:
        tie_break = {"for": "head_for", "against": "head_against", "abstain": "head_abstained"}[cast[head]]
    # "on a tie the side the head voted with wins": only the head's "tán thành" makes the tie a pass.
    passed = majority or tie_break == "head_for"
    pending = len(entitled) - total
    return {"status": "passed" if passed else "failed", "for": yes,
            "against": sum(1 for c in cast.values() if c == "against"),
            "abstain": sum(1 for c in cast.values() if c == "abstain"), "pending": pending, "tie": tie,
            "tie_break": tie_break, "excluded": excluded, "refused": refused, "complete": pending == 0}


def build(states, head, proposer):
    """The same case as domain values: members m0…, attendance and ballots (an outsider's ballot included)."""
    members = [Member(f"m{i}", is_head=(i == head), is_proposer=(i == proposer)) for i in range(len(states))]
    present = {f"m{i}" for i, s in enumerate(states) if s not in (ABSENT, ABSENT_TRYING)}
    ballots = {f"m{i}": ("for" if s == ABSENT_TRYING else Choice(s)) for i, s in enumerate(states)
               if s not in (ABSENT, SILENT)}
    ballots[OUTSIDER] = Choice.FOR
    return members, present, ballots


def observed(outcome: VoteOutcome):
    def index(member_id):
        return member_id if member_id == OUTSIDER else int(member_id[1:])

    return {"status": outcome.status.value, "for": outcome.in_favour, "against": outcome.against,
            "abstain": outcome.abstained, "pending": outcome.not_voting, "tie": outcome.tie,
            "tie_break": outcome.tie_break.value,
            "excluded": {index(e.member_id): e.reason.value for e in outcome.excluded},
            "refused": {index(r.member_id): r.code for r in outcome.refused}, "complete": outcome.complete}


def check_case(states, head, proposer, rule=DEFAULT_QUORUM, quorum=(2, 3)):
    members, present, ballots = build(states, head, proposer)
    outcome = decide(members, present, ballots, rule)
    expected = oracle(states, head, proposer, quorum)
    assert observed(outcome) == expected, (states, head, proposer)
    assert outcome.members == len(states) and outcome.present == len(present)
    assert outcome.voting == expected["for"] + expected["against"] + expected["abstain"]
    assert outcome.passed is (expected["status"] == "passed")
    assert outcome.head_id == (None if head is None else f"m{head}")
    return members, present, ballots, outcome


# ----------------------------------------------------------------------------------------- enumerations


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_every_literal_case_up_to_four_members_follows_the_text(n):
    positions = [None, *range(n)]
    cases = 0
    for states in itertools.product(STATES, repeat=n):
        for head, proposer in itertools.product(positions, positions):
            members, present, ballots, outcome = check_case(states, head, proposer)
            cases += 1
            # The ballot-by-ballot check gives each ballot the same verdict as decide().
            refused = {r.member_id: r.code for r in outcome.refused}
            for member_id, choice in ballots.items():
                try:
                    assert check_ballot(members, present, member_id, choice) == Choice(choice)
                    assert member_id not in refused
                except ValidationError as err:
                    assert refused[member_id] == err.code
            # Reversing the member list and the ballots changes nothing (the order carries no meaning).
            again = decide(list(reversed(members)), present, dict(reversed(list(ballots.items()))))
            assert (again.status, again.in_favour, again.against, again.abstained, again.not_voting,
                    again.tie_break) == (outcome.status, outcome.in_favour, outcome.against, outcome.abstained,
                                         outcome.not_voting, outcome.tie_break)
            # The head's override is possible exactly after a complete, failed vote, never on his own proposal.
            if head is not None:
                head_id = f"m{head}"
                allowed = outcome.status is VoteStatus.FAILED and outcome.complete and head != proposer
                try:
                    check_override(outcome, Override("Cần thiết và khả thi.", by=head_id), head_id=head_id)
                    assert allowed, (states, head, proposer)
                except (ValidationError, PermissionDenied):
                    assert not allowed, (states, head, proposer)
    assert cases == 6**n * (n + 1) ** 2


# Ordinary members (neither head nor proposer) take five states; an absent one always tries to vote "for".
ORDINARY = (ABSENT_TRYING, SILENT, FOR, AGAINST, ABSTAIN)
OWN = (ABSENT_TRYING, SILENT, FOR, AGAINST, ABSTAIN)  # the head's and the proposer's own states


def count_combinations(k):
    """Every way to put ``k`` interchangeable members into the ORDINARY states (as sorted tuples)."""
    return itertools.combinations_with_replacement(ORDINARY, k)


def symmetric_cases(n):
    """(states, head, proposer) covering every count combination for ``n`` members."""
    # no head, no proposer
    for rest in count_combinations(n):
        yield rest, None, None
    if n >= 1:
        for own, rest in itertools.product(OWN, list(count_combinations(n - 1))):
            yield (own, *rest), 0, None  # the head only
            yield (own, *rest), None, 0  # the proposer only
            yield (own, *rest), 0, 0  # the head is the proposer
    if n >= 2:
        for head_state, proposer_state, rest in itertools.product(OWN, OWN, list(count_combinations(n - 2))):
            yield (head_state, proposer_state, *rest), 0, 1


@pytest.mark.parametrize("n", range(1, 10))
def test_every_count_combination_up_to_nine_members_follows_the_text(n):
    seen = Counter()
    for states, head, proposer in symmetric_cases(n):
        check_case(states, head, proposer)
        seen[(head, proposer)] += 1
    # Nothing was left out: the number of multisets of each role layout.
    def multisets(k):
        return comb(k + len(ORDINARY) - 1, k)

    assert seen[(None, None)] == multisets(n)
    assert seen[(0, None)] == seen[(None, 0)] == seen[(0, 0)] == len(OWN) * multisets(n - 1)
    assert seen[(0, 1)] == (len(OWN) ** 2 * multisets(n - 2) if n >= 2 else 0)


@pytest.mark.parametrize(("rule", "quorum"), [(QuorumRule(Fraction(1, 2)), (1, 2)),
                                              (QuorumRule(Fraction(3, 4)), (3, 4)),
                                              (QuorumRule(Fraction(1)), (1, 1))])
def test_a_configured_quorum_flows_through_the_vote(rule, quorum):
    for n in range(1, 8):
        for states, head, proposer in symmetric_cases(n):
            check_case(states, head, proposer, rule, quorum)


def test_quorum_for_every_size_and_attendance_and_many_fractions():
    fractions = [Fraction(p, q) for q in range(1, 10) for p in range(1, q + 1)]
    for fraction in set(fractions):
        rule = QuorumRule(fraction)
        for n in range(1, 10):
            members = [Member(f"m{i}") for i in range(n)]
            for present in range(n + 1):
                expected = present * fraction.denominator >= fraction.numerator * n  # "at least"
                assert rule.met(n, present) is expected
                assert quorum_met(members, [f"m{i}" for i in range(present)], rule) is expected
                assert (present >= rule.needed(n)) is expected
    # the default: 2/3 of 5 is 3.33…, so 4 are needed; of 6 exactly 4; of 9 exactly 6; of 7, 5.
    assert [DEFAULT_QUORUM.needed(n) for n in (3, 5, 6, 7, 9)] == [2, 4, 4, 5, 6]


# ------------------------------------------------------------------------------ the named examples


def council(*, proposer_deputy=False):
    """A council of five: the head chairs, a deputy vice-chairs, two members, one member as secretary."""
    return [
        Member("chu_tich", MemberRole.CHAIR, is_head=True),
        Member("pho_chu_tich", MemberRole.VICE_CHAIR, is_proposer=proposer_deputy),
        Member("uy_vien_1"),
        Member("uy_vien_2"),
        Member("thu_ky", MemberRole.SECRETARY_MEMBER),
    ]


ALL = {"chu_tich", "pho_chu_tich", "uy_vien_1", "uy_vien_2", "thu_ky"}


def test_below_quorum_voting_is_refused_with_a_clear_message():
    members = council()
    check_council(members)
    present = {"chu_tich", "uy_vien_1", "thu_ky"}  # 3 of 5: 2/3 needs 4
    assert not quorum_met(members, present)
    with pytest.raises(ValidationError) as err:
        check_ballot(members, present, "chu_tich", Choice.FOR)
    assert err.value.code == "vote_below_quorum"
    assert describe(err.value) == ("Chưa đủ số thành viên có mặt (3/5, cần ít nhất 4): không tiến hành biểu "
                                   "quyết.")
    outcome = decide(members, present, {"chu_tich": Choice.FOR, "uy_vien_1": Choice.FOR})
    assert outcome.status is VoteStatus.NO_QUORUM and not outcome.passed and not outcome.complete
    assert outcome.voting == 0 and {r.code for r in outcome.refused} == {"vote_below_quorum"}
    assert outcome.quorum_needed == 4
    with pytest.raises(ValidationError) as err:
        check_override(outcome, Override("Cần thiết.", by="chu_tich"), head_id="chu_tich")
    assert err.value.code == "override_without_vote"


def test_with_quorum_three_to_two_passes():
    outcome = decide(council(), ALL, {"chu_tich": Choice.AGAINST, "pho_chu_tich": Choice.FOR,
                                      "uy_vien_1": Choice.FOR, "uy_vien_2": Choice.FOR, "thu_ky": Choice.AGAINST})
    assert outcome.status is VoteStatus.PASSED and outcome.complete
    assert (outcome.in_favour, outcome.against, outcome.abstained, outcome.voting) == (3, 2, 0, 5)
    assert outcome.share_in_favour == Fraction(3, 5) and not outcome.tie


def test_two_to_two_with_the_head_in_favour_passes():
    members = council(proposer_deputy=True)  # the proposer-deputy does not vote: four ballots
    outcome = decide(members, ALL, {"chu_tich": Choice.FOR, "uy_vien_1": Choice.FOR, "uy_vien_2": Choice.AGAINST,
                                    "thu_ky": Choice.AGAINST})
    assert outcome.status is VoteStatus.PASSED and outcome.complete
    assert outcome.tie and outcome.tie_break is TieBreak.HEAD_FOR
    assert (outcome.in_favour, outcome.against) == (2, 2)


def test_two_to_two_with_the_head_against_fails_and_the_head_may_then_approve_in_writing():
    members = council(proposer_deputy=True)
    outcome = decide(members, ALL, {"chu_tich": Choice.AGAINST, "uy_vien_1": Choice.FOR, "uy_vien_2": Choice.FOR,
                                    "thu_ky": Choice.AGAINST})
    assert outcome.status is VoteStatus.FAILED and outcome.complete
    assert outcome.tie and outcome.tie_break is TieBreak.HEAD_AGAINST
    # the reason is stored as every text is: NFC (decomposed input from some keyboards), trimmed
    done = check_override(outcome, Override("  Ca\u0302\u0300n thie\u0302\u0301t, kha\u0309 thi  ", by="chu_tich"),
                          head_id="chu_tich")
    assert done == Override("Cần thiết, khả thi", by="chu_tich")
    for reason in ("", "   ", "\n\t"):
        with pytest.raises(ValidationError) as err:
            check_override(outcome, Override(reason, by="chu_tich"), head_id="chu_tich")
        assert err.value.code == "reason_required"
    with pytest.raises(PermissionDenied) as denied:
        check_override(outcome, Override("Cần thiết.", by="uy_vien_1"), head_id="chu_tich")
    assert denied.value.code == "override_not_head"
    with pytest.raises(ValidationError) as err:
        check_override(outcome, Override("A\u202eB", by="chu_tich"), head_id="chu_tich")
    assert err.value.code == "text_control_chars"


def test_the_proposer_deputy_cannot_vote():
    members = council(proposer_deputy=True)
    with pytest.raises(ValidationError) as err:
        check_ballot(members, ALL, "pho_chu_tich", Choice.FOR)
    assert err.value.code == "ballot_proposer"
    assert "Người đề xuất không tham gia biểu quyết" in describe(err.value)
    outcome = decide(members, ALL, {"pho_chu_tich": Choice.FOR, "chu_tich": Choice.FOR, "uy_vien_1": Choice.AGAINST,
                                    "uy_vien_2": Choice.AGAINST, "thu_ky": Choice.AGAINST})
    assert outcome.status is VoteStatus.FAILED  # 1 of 4: his "for" was not counted
    assert [(e.member_id, e.reason) for e in outcome.excluded] == [("pho_chu_tich", Exclusion.PROPOSER)]
    assert [(r.member_id, r.code) for r in outcome.refused] == [("pho_chu_tich", "ballot_proposer")]
    assert outcome.present == 5 and outcome.voting == 4
    assert entitled_voters(members, ALL) == ("chu_tich", "uy_vien_1", "uy_vien_2", "thu_ky")


# ------------------------------------------------------------------------------------- the reading chosen


def test_a_ballot_not_to_vote_counts_among_those_voting():
    # 2 for, 1 against, 1 "không biểu quyết": 2 of 4 is 50%, not more — a tie the head's side decides.
    members = [Member("h", is_head=True), Member("a"), Member("b"), Member("c")]
    everyone = {"h", "a", "b", "c"}
    ballots = {"h": Choice.ABSTAIN, "a": Choice.FOR, "b": Choice.FOR, "c": Choice.AGAINST}
    outcome = decide(members, everyone, ballots)
    assert outcome.voting == 4 and outcome.tie and outcome.tie_break is TieBreak.HEAD_ABSTAINED
    assert outcome.status is VoteStatus.FAILED
    outcome = decide(members, everyone, ballots | {"h": Choice.FOR, "a": Choice.ABSTAIN})
    assert outcome.tie_break is TieBreak.HEAD_FOR and outcome.passed
    # a present member with no ballot is outside the count, and the vote is not complete
    outcome = decide(members, everyone, {"a": Choice.FOR, "b": Choice.FOR, "c": Choice.AGAINST})
    assert outcome.passed and outcome.not_voting == 1 and not outcome.complete
    with pytest.raises(ValidationError) as err:
        check_override(decide(members, everyone, {"a": Choice.AGAINST}), Override("x", by="h"), head_id="h")
    assert err.value.code == "override_vote_open"


def test_a_head_who_is_the_proposer_breaks_no_tie_and_cannot_approve_his_own_proposal():
    members = [Member("h", is_head=True, is_proposer=True), Member("a"), Member("b")]
    outcome = decide(members, {"h", "a", "b"}, {"h": Choice.FOR, "a": Choice.FOR, "b": Choice.AGAINST})
    assert outcome.tie and outcome.tie_break is TieBreak.HEAD_IS_PROPOSER and outcome.status is VoteStatus.FAILED
    assert [r.code for r in outcome.refused] == ["ballot_proposer"]
    with pytest.raises(PermissionDenied) as err:
        check_override(outcome, Override("Cần thiết.", by="h"), head_id="h")
    assert err.value.code == "override_own_proposal"


def test_nobody_to_vote_is_no_pass_and_no_tie():
    members = [Member("h", is_head=True), Member("p", is_proposer=True)]
    outcome = decide(members, {"p", "h"}, {})
    assert outcome.status is VoteStatus.FAILED and not outcome.tie and outcome.not_voting == 1
    outcome = decide([Member("p", is_proposer=True)], {"p"}, {"p": Choice.FOR})
    assert outcome.status is VoteStatus.FAILED and outcome.complete and outcome.voting == 0


def test_an_override_after_a_pass_is_refused():
    members = [Member("h", is_head=True), Member("a")]
    outcome = decide(members, {"h", "a"}, {"h": Choice.FOR, "a": Choice.FOR})
    with pytest.raises(ValidationError) as err:
        check_override(outcome, Override("Cần thiết.", by="h"), head_id="h")
    assert err.value.code == "override_after_pass"
    with pytest.raises(PermissionDenied):
        check_override(decide(members, {"h", "a"}, {"h": "against", "a": "against"}), Override("x", by=""),
                       head_id="")


def test_ballots_from_outside_absent_and_unknown_choices_are_refused_with_codes():
    members = [Member("h", is_head=True), Member("a"), Member("b"), Member("c")]
    present = {"h", "a", "b"}
    outcome = decide(members, present, {"x": Choice.FOR, "c": Choice.FOR, "a": "maybe", "b": Choice.FOR,
                                        "h": Choice.FOR})
    assert {r.member_id: r.code for r in outcome.refused} == {"x": BALLOT_NOT_MEMBER, "c": BALLOT_ABSENT,
                                                              "a": CHOICE_INVALID}
    assert outcome.passed and outcome.not_voting == 1
    for member_id, choice, code in (("x", "for", BALLOT_NOT_MEMBER), ("c", "for", BALLOT_ABSENT),
                                    ("a", "maybe", CHOICE_INVALID)):
        with pytest.raises(ValidationError) as err:
            check_ballot(members, present, member_id, choice)
        assert err.value.code == code
    assert check_ballot(members, present, "a", "against") is Choice.AGAINST
    for code in (BALLOT_NOT_MEMBER, BALLOT_ABSENT, BALLOT_PROPOSER, CHOICE_INVALID, VOTE_BELOW_QUORUM):
        assert code in CODES and code in MESSAGES


# ---------------------------------------------------------------------------------- members and councils


def test_member_lists_are_checked():
    with pytest.raises(ValidationError) as err:
        check_members([])
    assert err.value.code == "members_empty"
    with pytest.raises(ValidationError) as err:
        check_members([Member("a"), Member("a")])
    assert err.value.code == "member_duplicate"
    with pytest.raises(ValidationError) as err:
        check_members([Member(" ")])
    assert err.value.code == "member_id_invalid"
    with pytest.raises(ValidationError) as err:
        check_members([Member("a", is_head=True), Member("b", is_head=True)])
    assert (err.value.code, err.value.params["count"]) == ("head_duplicate", 2)
    with pytest.raises(ValidationError) as err:
        decide([Member("a")], {"a", "z"}, {})
    assert (err.value.code, err.value.params["member"]) == ("attendee_not_member", "z")
    assert check_members([Member("a"), Member("b")]).keys() == {"a", "b"}


@pytest.mark.parametrize("size", range(1, 13))
def test_council_size_five_to_nine_by_default(size):
    members = [Member("c", MemberRole.CHAIR, is_head=True), Member("s", MemberRole.SECRETARY_MEMBER)]
    members += [Member(f"u{i}") for i in range(max(0, size - 2))]
    members = members[:size]
    if 5 <= size <= 9:
        check_council(members)
    else:
        with pytest.raises(ValidationError) as err:
            check_council(members)
        assert err.value.code == "council_size_invalid"
        assert err.value.params == {"size": size, "minimum": 5, "maximum": 9}
    if 3 <= size <= 11:
        check_council(members, CouncilSize(3, 11))


def test_a_council_has_one_chair_and_one_secretary_member():
    base = [Member(f"u{i}") for i in range(4)]
    with pytest.raises(ValidationError) as err:
        check_council([*base, Member("s", MemberRole.SECRETARY_MEMBER)])
    assert (err.value.code, err.value.params["count"]) == ("council_chair_count", 0)
    with pytest.raises(ValidationError) as err:
        check_council([*base, Member("c", MemberRole.CHAIR), Member("d", MemberRole.CHAIR)])
    assert (err.value.code, err.value.params["count"]) == ("council_chair_count", 2)
    with pytest.raises(ValidationError) as err:
        check_council([*base, Member("c", MemberRole.CHAIR)])
    assert (err.value.code, err.value.params["count"]) == ("council_secretary_count", 0)
    check_council([*base[:2], Member("c", MemberRole.CHAIR), Member("v", MemberRole.VICE_CHAIR),
                   Member("s", MemberRole.SECRETARY_MEMBER)])
    assert "từ 5 đến 9" in describe(ValidationError("council_size_invalid", size=4, minimum=5, maximum=9))


@pytest.mark.parametrize(("minimum", "maximum"), [(0, 9), (6, 5), (-1, 3), (True, 9), (5.0, 9)])
def test_a_council_size_rule_must_make_sense(minimum, maximum):
    with pytest.raises(ValidationError) as err:
        CouncilSize(minimum, maximum)
    assert err.value.code == "council_size_rule_invalid"


@pytest.mark.parametrize("value", [Fraction(0), Fraction(-1, 3), Fraction(4, 3), 0.66, 2, True])
def test_a_quorum_rule_is_an_exact_fraction_above_zero_and_at_most_one(value):
    with pytest.raises(ValidationError) as err:
        QuorumRule(value)
    assert err.value.code == "quorum_rule_invalid"


def test_a_quorum_rule_reads_from_configuration_text():
    assert QuorumRule.parse("2/3") == QuorumRule() == QuorumRule(Fraction(2, 3))
    assert QuorumRule.parse(" 3/4 ").fraction == Fraction(3, 4)
    assert QuorumRule.parse("0.5").fraction == Fraction(1, 2)
    assert QuorumRule(1).fraction == Fraction(1) and isinstance(QuorumRule(1).fraction, Fraction)
    for text in ("", "abc", "2/0", "3/2", "0"):
        with pytest.raises(ValidationError) as err:
            QuorumRule.parse(text)
        assert err.value.code == "quorum_rule_invalid"
    assert "2/0" in describe(ValidationError("quorum_rule_invalid", value="2/0"))


# ------------------------------------------------------------------------------------------------ words


def test_every_choice_role_status_exclusion_and_tie_break_has_its_words():
    from lamdong_desktop.messages import choice_words

    assert set(CHOICE_WORDS) == set(Choice) and set(MEMBER_ROLE_WORDS) == set(MemberRole)
    assert set(VOTE_STATUS_WORDS) == set(VoteStatus) and set(EXCLUSION_WORDS) == set(Exclusion)
    assert set(TIE_BREAK_WORDS) == set(TieBreak)
    assert [choice_words(c) for c in ("for", "against", "abstain")] == ["Tán thành", "Không tán thành",
                                                                          "Không biểu quyết"]
    assert all(TIE_BREAK_WORDS[t] for t in TieBreak if t is not TieBreak.NOT_NEEDED)
    codes = ["members_empty", "member_id_invalid", "member_duplicate", "head_duplicate", "council_size_rule_invalid",
             "council_size_invalid", "council_chair_count", "council_secretary_count", "attendee_not_member",
             "quorum_rule_invalid", "vote_below_quorum", "ballot_not_member", "ballot_absent", "ballot_proposer",
             "choice_invalid", "override_without_vote", "override_after_pass", "override_vote_open",
             "override_not_head", "override_own_proposal"]
    for code in codes:
        assert code in CODES
        text = describe(ValidationError(code))
        assert text and "mã lỗi" not in text
