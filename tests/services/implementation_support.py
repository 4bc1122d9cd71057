"""Building blocks of the implementation tests: a proposal approved after a leadership meeting, started with its
proposer as implementer, finished, reported, and put to an evaluation meeting — each step at its own day."""

from __future__ import annotations

from datetime import date

from lamdong_desktop.services import decisions, evaluations, implementation, result_reports, review

from .meeting_support import LEADERSHIP, Office, at, attend, close, convene, received, vote

VOTERS = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành")
MET = {"correct_policy": True, "pure_motive": True, "common_interest": True, "no_self_interest": True}
# Monday 5 January 2026 received; the meeting on Monday 12, the decision on Tuesday 13; started on Thursday 15.
APPROVED_ON, STARTED_ON = date(2026, 1, 13), date(2026, 1, 15)
# Finished on Friday 30 January: the report is due on Friday 6 February (05 working days).
ENDED_ON, REPORT_DUE = date(2026, 1, 30), date(2026, 2, 6)


def approved(o: Office, *, title: str = "Giải quyết dứt điểm vi phạm đất đai"):
    """The official's proposal, approved by the head's decision of APPROVED_ON."""
    proposal = received(o, title=title)
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, meeting)
    with at(APPROVED_ON):
        decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                         signer_person_id=o.person("Nguyễn Văn Hùng"))
    return proposal


def started(o: Office, **kw):
    """Approved, then started on STARTED_ON by the head with the official (its proposer) as implementer."""
    proposal = approved(o, **kw)
    with at(STARTED_ON):
        implementation.start(o.ctx, actor=o.head, proposal_id=proposal.id, started_on=STARTED_ON,
                             implementers=[o.person("K'Brơi Ngọc Sơn")])
    return proposal


def progressed(o: Office, values=("45", "12"), **kw):
    """Started, with a value recorded on each indicator (default: both targets reached) on 28 January."""
    proposal = started(o, **kw)
    with at(date(2026, 1, 28)):
        for number, value in enumerate(values, start=1):
            implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=number,
                                           value=value, measured_on=date(2026, 1, 28))
    return proposal


def finished(o: Office, **kw):
    proposal = progressed(o, **kw)
    with at(ENDED_ON, 16):
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=ENDED_ON)
    return proposal


def reported(o: Office, *, on: date = date(2026, 2, 3), damage=False, **kw):
    proposal = finished(o, **kw)
    details = {"damage_estimate": "Khoảng 20 triệu đồng", "damage_cause": "Mưa lũ"} if damage else {}
    with at(on, 10):
        result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, reported_on=on, damage=damage,
                              explanation="Đã thực hiện theo kế hoạch được phê duyệt.", **details)
    return proposal


EVALUATED_ON = date(2026, 2, 10)  # Tuesday: the evaluation meeting (the report of 3 February is due by the 12th)


def put_to_evaluation(o: Office, *, opinion: bool = True, choice: str = "for", closed: bool = True, **kw):
    """Reported on 3 February; the party committee's opinion on the 5th; an evaluation meeting on the 10th, voted
    and (``closed``) closed: the written conclusion, as a decision, follows the close."""
    proposal = reported(o, **kw)
    return proposal, evaluation_meeting(o, proposal, opinion=opinion, choice=choice, closed=closed)


def evaluation_meeting(o: Office, proposal, *, opinion: bool = True, choice: str = "for", closed: bool = True):
    """For a result reported by 3 February: the party committee's opinion on the 5th (``opinion``), an evaluation
    meeting on the 10th, every voter's ``choice``, and (``closed``) its close."""
    if opinion:
        with at(date(2026, 2, 5)):
            review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                        body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP, day=EVALUATED_ON,
                      on=date(2026, 2, 6), title="Họp đánh giá kết quả thực hiện đề xuất")
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, dict.fromkeys(VOTERS, choice))
    if closed:
        close(o, meeting)
    return meeting


def evaluate(o: Office, proposal, *, result="completed", conditions=None, abuse=(), measures=None, actor=None,
             day: date = date(2026, 2, 11)):
    with at(day):
        return evaluations.evaluate(o.ctx, actor=actor or o.head, proposal_id=proposal.id, result=result,
                                    conditions=MET if conditions is None else conditions, abuse=abuse,
                                    measures=measures, signer_person_id=o.person("Nguyễn Văn Hùng")).value
