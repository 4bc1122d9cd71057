"""Building blocks of the meeting tests: the demo commune's people, proposals received with the party committee's
opinion, a council or a leadership meeting convened, attendance and ballots recorded by the secretary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from lamdong_desktop.domain import clock
from lamdong_desktop.services import accounts, meeting_records, meeting_votes, meetings, proposals, review, staff
from lamdong_desktop.services.meetings import MemberSpec

from .test_proposals import full

# Monday 5 January 2026: proposals are submitted and received that day; their meeting is due by Wednesday 14.
MONDAY = date(2026, 1, 5)
DUE = date(2026, 1, 14)


def at(day: date, hour: int = 9, minute: int = 0):
    return clock.pinned(datetime.combine(day, time(hour, minute), clock.VN_TZ))


@dataclass
class Office:
    ctx: object
    head: object  # chutich, Nguyễn Văn Hùng (linked to his person)
    leader: object  # phochutich, Ka Thị Hương: a deputy, proposer of her own proposals
    secretary: object  # thuky, Trần Thị Mai
    official: object  # canbo, K'Brơi Ngọc Sơn
    admin: object
    people: dict  # full name → person
    org_id: str

    def person(self, name: str) -> str:
        return self.people[name].id


def office(ctx, head) -> Office:
    sign = lambda name: accounts.sign_in(ctx, username=name, password="demo")  # noqa: E731
    people = {p.full_name: p for p in staff.list_people(ctx, actor=head)}
    return Office(ctx, head, sign("phochutich"), sign("thuky"), sign("canbo"), sign("admin"), people,
                  staff.list_party_orgs(ctx, actor=head)[0].id)


def received(o: Office, *, by=None, title="Giải quyết dứt điểm vi phạm đất đai", broad=False, opinion=True,
             day: date = MONDAY):
    """A proposal by ``by`` (default the official) submitted and received on ``day``, with the party's opinion."""
    author = by or o.official
    with at(day, 8):
        draft = proposals.create_draft(o.ctx, actor=author, content=replace(full(o.org_id, title), broad=broad)).value
        proposals.submit(o.ctx, actor=author, proposal_id=draft.id)
    with at(day, 10):
        review.receive(o.ctx, actor=o.head, proposal_id=draft.id)
        if opinion:
            review.record_party_opinion(o.ctx, actor=o.head, proposal_id=draft.id, opinion_on=day,
                                        body="Đảng ủy xã Di Linh", text="Thống nhất chủ trương.")
    return proposals.get(o.ctx, draft.id, actor=o.head)


# A council of five (seed V.3): the head chairs it, the deputy Hương is its vice-chair, the office's chief is the
# member acting as its secretary.
COUNCIL = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "vice_chair", False),
           ("Đinh Công Thành", "member", False), ("Trần Thị Mai", "secretary", False),
           ("Hoàng Đức Long", "member", False))
# The leadership collective: the head and his two deputies; the office's chief records the minutes (no vote).
LEADERSHIP = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "member", False),
              ("Đinh Công Thành", "member", False), ("Trần Thị Mai", "secretary", False))


def convene(o: Office, proposal_ids, *, kind="council", seats=COUNCIL, day: date = date(2026, 1, 12), **kw):
    """The head convenes, on ``on`` (default: that day, at 07:00), a meeting on ``day`` at 08:00 — by default within
    the limit of proposals received on MONDAY."""
    with at(kw.pop("on", day), 7):
        return meetings.convene(
            o.ctx, actor=o.head, kind=kind, title=kw.pop("title", "Họp xem xét đề xuất đổi mới, sáng tạo"),
            starts_at=datetime.combine(day, time(8), clock.VN_TZ), place="Hội trường UBND xã Di Linh",
            members=[MemberSpec(o.person(name), seat, is_head) for name, seat, is_head in seats],
            proposal_ids=list(proposal_ids), **kw).value


def member_ids(meeting) -> dict[str, str]:
    """Full name → the member's id on this meeting."""
    return {m.full_name: m.id for m in meeting.members}


def attend(o: Office, meeting, present, absent=(), day: date | None = None):
    ids = member_ids(meeting)
    marks = [(ids[n], "present", "") for n in present] + [(ids[n], "absent", "Đi công tác") for n in absent]
    with at(day or meeting.held_on, 8, 5):
        return meeting_records.attend_many(o.ctx, actor=o.secretary, meeting_id=meeting.id, marks=marks).value


def vote(o: Office, meeting, proposal, choices: dict, day: date | None = None):
    ids = member_ids(meeting)
    with at(day or meeting.held_on, 9):
        return meeting_votes.record_ballots(o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref,
                                            ballots={ids[n]: c for n, c in choices.items()}).value


def close(o: Office, meeting, day: date | None = None, hour: int = 11, minute: int = 30):
    """The secretary records the end (by default at 11:30 on the meeting's day): the minutes take their number, and
    the head may then issue the decisions, which cite them."""
    with at(day or meeting.held_on, hour, minute):
        return meetings.close(o.ctx, actor=o.secretary, meeting_id=meeting.id).value


EVERYONE = tuple(name for name, _, _ in COUNCIL)
