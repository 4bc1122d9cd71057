"""Building blocks of the province-level tests: a head's own proposal sent to the province (ND 73/2023 Đ7.1), received
by the province with its party committee's opinion, and a leadership meeting of the province seated from its roster
(the demo's: Đoàn Minh Quang chairs, two deputies vote, the province's account Phạm Minh Tuấn is its secretary)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from lamdong_desktop.domain import clock
from lamdong_desktop.services import (
    accounts,
    decisions,
    meeting_records,
    meeting_votes,
    meetings,
    proposals,
    review,
    staff,
)
from lamdong_desktop.services.meetings import MemberSpec

from .meeting_support import DUE, MONDAY, Office, at, office
from .test_proposals import full

MEETING_DAY = date(2026, 1, 12)  # within the 07 working days of a receipt on MONDAY (due DUE)
PROVINCE_SEATS = (("Đoàn Minh Quang", "chair", True), ("Lương Thị Bích Ngọc", "member", False),
                  ("Tạ Quốc Khánh", "member", False), ("Phạm Minh Tuấn", "secretary", False))
VOTERS = ("Đoàn Minh Quang", "Lương Thị Bích Ngọc", "Tạ Quốc Khánh")
PARTY_BODY = "Ban Thường vụ Tỉnh ủy Lâm Đồng"

__all__ = ["DUE", "MEETING_DAY", "MONDAY", "PARTY_BODY", "PROVINCE_SEATS", "VOTERS", "Province", "at", "province"]


@dataclass
class Province:
    o: Office  # the unit: its head (the proposer here), deputies, secretary, official
    actor: object  # tinh, Phạm Minh Tuấn: receives, convenes, records as the seated secretary, decides
    roster: dict  # full name → person of the province's roster

    @property
    def ctx(self):
        return self.o.ctx

    def person(self, name: str) -> str:
        return self.roster[name].id

    def own_proposal(self, title: str = "Đấu giá các thửa đất công nhỏ lẻ, xen kẹt", *, receive: bool = True,
                     opinion: bool = True):
        """The head's own proposal, submitted on MONDAY (to the province), received by the province that day."""
        o = self.o
        with at(MONDAY, 8):
            draft = proposals.create_draft(o.ctx, actor=o.head, content=full(o.org_id, title)).value
            proposals.submit(o.ctx, actor=o.head, proposal_id=draft.id)
        with at(MONDAY, 10):
            if receive:
                review.receive(o.ctx, actor=self.actor, proposal_id=draft.id)
            if receive and opinion:
                review.record_party_opinion(o.ctx, actor=self.actor, proposal_id=draft.id, opinion_on=MONDAY,
                                            body=PARTY_BODY, text="Thống nhất chủ trương.")
        return proposals.get(o.ctx, draft.id, actor=o.head)

    def seats(self, seats=PROVINCE_SEATS, person=None):
        return [MemberSpec((person or self.person)(name), seat, is_head) for name, seat, is_head in seats]

    def convene(self, proposal_ids, *, actor=None, members=None, level="province"):
        """Convened on Friday 9 January for Monday 12 January, 08:00 (within the limit of a receipt on MONDAY)."""
        with at(date(2026, 1, 9), 7):
            return meetings.convene(
                self.ctx, actor=actor or self.actor, kind="leadership", level=level,
                title="Họp tập thể lãnh đạo UBND tỉnh xem xét đề xuất đổi mới, sáng tạo",
                starts_at=datetime.combine(MEETING_DAY, time(8), clock.VN_TZ),
                place="Phòng họp số 2, trụ sở UBND tỉnh Lâm Đồng", members=members or self.seats(),
                proposal_ids=list(proposal_ids)).value

    def hold(self, meeting, proposal, choices=None):
        """The seated secretary (the province's account) takes attendance, the ballots, and closes the meeting."""
        ids = {m.full_name: m.id for m in meeting.members}
        with at(MEETING_DAY, 8, 5):
            meeting_records.attend_many(self.ctx, actor=self.actor, meeting_id=meeting.id,
                                        marks=[(ids[n], "present", "") for n, _, _ in PROVINCE_SEATS])
        with at(MEETING_DAY, 9):
            ballots = {ids[n]: c for n, c in (choices or dict.fromkeys(VOTERS, "for")).items()}
            meeting_votes.record_ballots(self.ctx, actor=self.actor, meeting_id=meeting.id, proposal=proposal.ref,
                                         ballots=ballots)
        with at(MEETING_DAY, 11, 30):
            return meetings.close(self.ctx, actor=self.actor, meeting_id=meeting.id).value

    def decide(self, proposal, outcome="approve", **kw):
        kw.setdefault("signer_person_id", self.person("Đoàn Minh Quang"))
        with at(date(2026, 1, 13), 9):
            return decisions.decide(self.ctx, actor=kw.pop("actor", self.actor), proposal_id=proposal.id,
                                    outcome=outcome, **kw).value


def province(ctx, head) -> Province:
    actor = accounts.sign_in(ctx, username="tinh", password="demo")
    return Province(office(ctx, head), actor, {p.full_name: p for p in staff.list_people(ctx, actor=actor)})
