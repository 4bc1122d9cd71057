"""Two proposals of the official carried to their rulings at one pair of meetings, for the official's record and the
yearly review (on the days of ``implementation_support``):

- ``land``: proposed and carried out by the official (K'Brơi Ngọc Sơn), evaluated as completed (no liability,
  eligible for commendation);
- ``records``: proposed by the official with Vũ Thị Thanh Hà named as co-proposer, carried out by Lò Văn Tâm alone
  (a new official with an account of his own, ``tam``), evaluated as not completed without damage (liability
  excluded).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lamdong_desktop.domain.proposals import Participant, ParticipantRole
from lamdong_desktop.services import decisions, evaluations, implementation, proposals, result_reports, review

from .implementation_support import APPROVED_ON, ENDED_ON, EVALUATED_ON, MET, STARTED_ON, VOTERS
from .meeting_support import LEADERSHIP, MONDAY, Office, at, attend, close, convene, vote
from .test_proposals import full

LAND = "Giải quyết dứt điểm vi phạm đất đai"
RECORDS = "Số hóa hồ sơ địa chính các thôn"
CONCLUDED_ON = date(2026, 2, 11)


def submitted(o: Office, title: str, *, by=None, co_proposers=(), receive: bool = True):
    """A proposal of ``by`` (default the official) naming ``co_proposers`` (names of the staff) as its proposers,
    submitted (and received, with the party committee's opinion) on MONDAY."""
    author = by or o.official
    me = o.people["K'Brơi Ngọc Sơn"] if author is o.official else None
    named = [Participant(me.full_name, me.position, ParticipantRole.PROPOSER, me.id)] if me else []
    named += [Participant(n, o.people[n].position, ParticipantRole.PROPOSER, o.person(n)) for n in co_proposers]
    with at(MONDAY, 8):
        draft = proposals.create_draft(o.ctx, actor=author, content=replace(
            full(o.org_id, title), participants=tuple(named))).value
        proposals.submit(o.ctx, actor=author, proposal_id=draft.id)
    if receive:
        with at(MONDAY, 10):
            review.receive(o.ctx, actor=o.head, proposal_id=draft.id)
            review.record_party_opinion(o.ctx, actor=o.head, proposal_id=draft.id, opinion_on=MONDAY,
                                        body="Đảng ủy xã Di Linh", text="Thống nhất chủ trương.")
    return proposals.get(o.ctx, draft.id, actor=o.head)


def _meeting(o: Office, items, **kw):
    meeting = convene(o, [p.id for p in items], kind="leadership", seats=LEADERSHIP, **kw)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    for proposal in items:
        vote(o, meeting, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, meeting)
    return meeting


IMPLEMENTER = "Lò Văn Tâm"


def new_official(o: Office, name: str = IMPLEMENTER, username: str = "tam"):
    """A new official with his own account, linked to his person as IT staff link them; his actor."""
    from lamdong_desktop.services import accounts, staff

    with at(MONDAY, 7):
        account = accounts.add_account(o.ctx, actor=o.admin, username=username, full_name=name,
                                       password="matkhau123", roles=["can_bo"]).value
        person = staff.add_person(o.ctx, actor=o.head, full_name=name, position="Chuyên viên Văn phòng",
                                  account_id=account.id).value
    o.people[name] = person
    return accounts.sign_in(o.ctx, username=username, password="matkhau123")


def carried_out(o: Office, *, evaluate: bool = True):
    """``land`` and ``records`` approved, carried out, reported and (``evaluate``) evaluated; returns both."""
    tam = new_official(o)
    land = submitted(o, LAND)
    records = submitted(o, RECORDS, co_proposers=("Vũ Thị Thanh Hà",))
    _meeting(o, (land, records))
    with at(APPROVED_ON):
        for proposal in (land, records):
            decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                             signer_person_id=o.person("Nguyễn Văn Hùng"))
    with at(STARTED_ON):
        implementation.start(o.ctx, actor=o.head, proposal_id=land.id, started_on=STARTED_ON,
                             implementers=[o.person("K'Brơi Ngọc Sơn")])
        implementation.start(o.ctx, actor=o.head, proposal_id=records.id, started_on=STARTED_ON,
                             implementers=[o.person(IMPLEMENTER)])
    with at(date(2026, 1, 28)):
        for number, value in ((1, "45"), (2, "12")):
            implementation.record_progress(o.ctx, actor=o.official, proposal_id=land.id, indicator=number,
                                           value=value, measured_on=date(2026, 1, 28))
    with at(ENDED_ON, 16):
        implementation.finish(o.ctx, actor=o.official, proposal_id=land.id, ended_on=ENDED_ON)
        implementation.finish(o.ctx, actor=tam, proposal_id=records.id, ended_on=ENDED_ON)
    with at(date(2026, 2, 3), 10):
        result_reports.submit(o.ctx, actor=o.official, proposal_id=land.id, reported_on=date(2026, 2, 3),
                              damage=False, explanation="Đã thực hiện theo kế hoạch được phê duyệt.")
        result_reports.submit(o.ctx, actor=tam, proposal_id=records.id, reported_on=date(2026, 2, 3),
                              damage=False, explanation="Chỉ tiêu chưa đạt do thiếu máy quét.")
    with at(date(2026, 2, 5)):
        for proposal in (land, records):
            review.record_party_opinion(o.ctx, actor=o.head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                        body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    _meeting(o, (land, records), day=EVALUATED_ON, on=date(2026, 2, 6),
             title="Họp đánh giá kết quả thực hiện đề xuất")
    if evaluate:
        with at(CONCLUDED_ON):
            for proposal, result in ((land, "completed"), (records, "not_met")):
                evaluations.evaluate(o.ctx, actor=o.head, proposal_id=proposal.id, result=result, conditions=MET,
                                     abuse=(), signer_person_id=o.person("Nguyễn Văn Hùng"))
    return land, records

