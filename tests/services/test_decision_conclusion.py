"""The decision follows the meeting's conclusion (ND 73/2023 Đ8.1–8.2), and the printed notice says why.

A tester issued "Không phê duyệt" after a passed vote; the notice printed "đề xuất được thông qua" and then "Không
phê duyệt đề xuất". Now: after a passed vote, or the head's written approval after a failed one, the decision is an
approval (or a pilot) — unless the party committee of the same level disagrees, which the notice then states."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.opinions import Stance
from lamdong_desktop.messages import describe
from lamdong_desktop.services import decisions, meeting_votes, proposals, review
from lamdong_desktop.services import printing_meetings as pm
from tests.documents.pdftext import document_text, flat

from .meeting_support import LEADERSHIP, at, attend, close, convene, office, received, vote

DAY = date(2026, 1, 12)
VOTERS = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành")
REASONS = "Đảng ủy xã không đồng ý chủ trương thu phí; đề xuất trái mục tiêu giảm chi phí cho người dân."


@pytest.fixture
def o(demo):
    return office(*demo)


def _meeting(o, *choices: str, opinion=True):
    """One proposal per entry of ``choices`` ("for": passed 3–0, "against": failed 0–3), voted and closed."""
    props = [received(o, title=f"Đề xuất số {i + 1}", opinion=opinion) for i in range(len(choices))]
    meeting = convene(o, [p.id for p in props], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    for p, choice in zip(props, choices, strict=True):
        vote(o, meeting, p, dict.fromkeys(VOTERS, choice))
    return meeting, props


def _counts(o) -> tuple[int, int, int]:
    one = lambda sql: o.ctx.db.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM register_entries WHERE doc_type IN ('QD', 'TB')"),
            one("SELECT count(*) FROM decisions"), one("SELECT count(*) FROM proposal_transitions"))


def _decide(o, proposal, outcome, **kw):
    with at(DAY, 14):
        return decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome=outcome,
                                signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch", **kw).value


def _disagree(o, proposal):
    with at(DAY, 13):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=DAY,
                                    body="Đảng ủy xã Di Linh", text="Không đồng ý chủ trương thu phí.",
                                    stance=Stance.DISAGREE)


def _refused(o, proposal, outcome, code, **kw):
    before, state = _counts(o), proposals.get(o.ctx, proposal.id, actor=o.head).state
    with pytest.raises(ValidationError) as err:
        _decide(o, proposal, outcome, **kw)
    assert err.value.code == code
    assert "mã lỗi" not in describe(err.value)
    assert _counts(o) == before and proposals.get(o.ctx, proposal.id, actor=o.head).state is state
    return describe(err.value)


@pytest.mark.parametrize("outcome", ["return", "reject"])
def test_after_a_passed_vote_the_head_cannot_return_or_reject_on_his_own(o, outcome):
    meeting, (passed,) = _meeting(o, "for")
    close(o, meeting)
    message = _refused(o, passed, outcome, "decision_against_conclusion", reasons=REASONS)
    assert "thông qua" in message and "cấp ủy" in message
    assert _decide(o, passed, "approve").reference == "01/QĐ-UBND"  # the refusal took no number


@pytest.mark.parametrize("outcome", ["return", "reject"])
def test_after_the_heads_written_approval_a_refusal_is_refused_too(o, outcome):
    meeting, (failed,) = _meeting(o, "against")
    with at(DAY, 10):
        meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=failed.ref,
                               reason="Cần thiết và khả thi để tháo gỡ ngay vướng mắc của 40 hộ dân.")
    close(o, meeting)
    _refused(o, failed, outcome, "decision_against_conclusion", reasons=REASONS)
    assert _decide(o, failed, "pilot").outcome.value == "pilot"


def test_the_party_committees_disagreement_bars_the_approval_and_grounds_the_refusal(o, tmp_path):
    meeting, (passed,) = _meeting(o, "for")
    close(o, meeting)
    _disagree(o, passed)
    message = _refused(o, passed, "approve", "party_opinion_against")
    assert "không đồng ý" in message
    _refused(o, passed, "pilot", "party_opinion_against")
    notice = _decide(o, passed, "reject", reasons=REASONS)
    assert notice.reference == "01/TB-UBND"
    assert proposals.get(o.ctx, passed.id, actor=o.head).state is State.REJECTED
    text = flat(document_text(pm.print_decision(o.ctx, actor=o.head, decision=notice.id, target=tmp_path / "tb.pdf")))
    # The vote, then the committee's disagreement with its date, then the conclusion: one coherent story.
    voted = text.index("đề xuất được thông qua")
    against = text.index("Ngày 12 tháng 01 năm 2026, Đảng ủy xã Di Linh có ý kiến không đồng ý với đề xuất: "
                         "Không đồng ý chủ trương thu phí.")
    concluded = text.index("Không phê duyệt đề xuất.")
    assert voted < against < concluded


def test_a_later_agreeing_opinion_replaces_the_disagreement(o):
    meeting, (passed,) = _meeting(o, "for")
    close(o, meeting)
    _disagree(o, passed)
    with at(DAY, 13, 30):
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=passed.id, opinion_on=DAY,
                                    body="Ban Thường vụ Đảng ủy xã Di Linh", text="Thống nhất sau khi bổ sung.",
                                    stance="đồng ý")
    assert [op.stance for op in review.party_opinions(o.ctx, passed.id, actor=o.head)] == [
        Stance.AGREE, Stance.DISAGREE, Stance.AGREE]  # the first one given on receipt
    _refused(o, passed, "return", "decision_against_conclusion", reasons=REASONS)
    assert _decide(o, passed, "approve").reference == "01/QĐ-UBND"


def test_after_a_failed_vote_the_notice_says_so_and_the_approval_needs_the_written_override(o, tmp_path):
    meeting, (failed,) = _meeting(o, "against")
    close(o, meeting)
    _refused(o, failed, "approve", "vote_not_passed")
    notice = _decide(o, failed, "return", reasons=REASONS)
    text = flat(document_text(pm.print_decision(o.ctx, actor=o.head, decision=notice.id, target=tmp_path / "tb.pdf")))
    assert "đề xuất không được thông qua" in text and "đề xuất được thông qua" not in text
    assert "không đồng ý với đề xuất" not in text  # the committee agreed: nothing to state


def test_a_stance_typed_wrong_is_refused_and_records_nothing(o):
    proposal = received(o, opinion=False)
    before = o.ctx.db.execute("SELECT count(*) FROM party_opinions").fetchone()[0]
    with at(date(2026, 1, 6), 11), pytest.raises(ValidationError) as err:
        review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=None,
                                    body="Đảng ủy xã Di Linh", text="Ý kiến.", stance="có lẽ")
    assert err.value.code == "stance_invalid" and "đồng ý" in describe(err.value)
    assert o.ctx.db.execute("SELECT count(*) FROM party_opinions").fetchone()[0] == before


def test_the_notice_after_a_written_approval_and_the_committees_disagreement_says_both(o, tmp_path):
    meeting, (failed,) = _meeting(o, "against")
    with at(DAY, 10):
        meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=failed.ref,
                               reason="Cần thiết và khả thi cho 40 hộ dân.")
    close(o, meeting)
    _disagree(o, failed)
    notice = _decide(o, failed, "reject", reasons=REASONS)
    assert not notice.overridden  # the written approval stands behind an approval only
    text = flat(document_text(pm.print_decision(o.ctx, actor=o.head, decision=notice.id, target=tmp_path / "tb.pdf")))
    order = [text.index("đề xuất không được thông qua"),
             text.index("Sau biểu quyết, người đứng đầu đã có ý kiến phê duyệt bằng văn bản, lý do: Cần thiết và khả "
                        "thi cho 40 hộ dân."),
             text.index("có ý kiến không đồng ý với đề xuất"), text.index("Không phê duyệt đề xuất.")]
    assert order == sorted(order)
