"""The demo's meetings: every path of ND 73/2023 Đ8 from receipt to a signed decision, replayed through the services.

The meetings are data (``[[meetings]]`` of ``resources/data/demo_proposals.toml``): who sits, who is absent and why,
what each member said, scored and voted on the proposals of each plan, the head's written approval after a failed
vote, the outcome and its reasons. ``schedule`` turns them into steps of the demo's replay (``add_demo_proposals``):
each runs at its moment under the pinned clock, as the head, the secretary or the member would have done it, inside
the demo's one transaction. Signed scans are small generated PDFs standing in for the paper scanned after signing.
A meeting with ``level = "province"`` is the province's, on a head's own proposal (ND 73/2023 Đ7.1): the province's
account receives, records its party committee's opinion, convenes, records as the seated secretary and decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.register import UNIT_HEAD_TITLE
from lamdong_desktop.messages import doc_type_words

from . import calendar, decisions, meeting_records, meeting_votes, meetings, review
from .context import AppContext
from .demo_scratch import Scratch
from .demo_scratch import scan_pdf as scan_pdf  # the stand-in scan, where the tests and fixtures take it
from .meeting_base import Meeting
from .meetings import MemberSpec

Step = Callable[[], object]
CRITERIA = ("urgency", "pure_purpose", "democratic_process", "feasibility", "effectiveness")  # the default rubric
# When, around a meeting held on day H: receipt and the party committee's opinion, the invitation (calendar days
# before H, each moved back to a working day), the decisions and the signed scans (working days after H).
RECEIVED_BEFORE, OPINION_BEFORE, CONVENED_BEFORE = 8, 7, 5
DECIDED_AFTER, SCANNED_AFTER = 1, 2
PARTY_BODY = "Đảng ủy {unit}"  # the party committee of the same level (ND 73/2023 Đ8.1)
PROVINCE = "province"


def decision_day(working: WorkingCalendar, held: date, today: date) -> date:
    """When the decisions after a meeting held on ``held`` are issued: the next working day, or the meeting's own day
    (after it closed) when the next one is not before today (days off ahead of today: nothing is dated later)."""
    day = working.due_date(held, DECIDED_AFTER)
    return day if day < today else held


def plans_of(meetings_data: Iterable[dict[str, Any]]) -> frozenset[str]:
    """The plans whose proposals the meetings take (their receipt, meeting and decision are the meetings' work)."""
    return frozenset(plan for m in meetings_data for plan in m.get("agenda", ()))


def _pairs(lines: Iterable[str]) -> list[tuple[str, str]]:
    """ "NAME = text" lines as (name, text)."""
    return [(name.strip(), text.strip()) for name, _, text in (line.partition("=") for line in lines)]


@dataclass
class _Demo:
    ctx: AppContext
    actors: dict[str, Actor]
    people: dict[str, tuple[str, str]]  # full name → (person id, position)
    ids: dict[int, str]  # proposal index → id, filled in as the replay drafts them
    words: dict[str, str]
    opinion: str
    add: Callable[[datetime, Step], None]
    working: WorkingCalendar
    submitted: Callable[[int], datetime]
    scratch: Scratch
    today: date
    received: set[int] = field(default_factory=set)

    def text(self, value: str) -> str:
        return value.format(**self.words)

    def day(self, held: date, shift: int) -> date:
        """``shift`` working days after ``held`` (negative: calendar days before it, moved back to a working day)."""
        if shift > 0:
            return self.working.due_date(held, shift)
        day = held + timedelta(days=shift)
        while not self.working.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def after_meeting(self, held: date, shift: int, hour: int, same_day: int) -> tuple[date, int]:
        """A step ``shift`` working days after the meeting, at ``hour``; when that day is not before today, on the day
        of the decisions (``decision_day``), at ``same_day`` if that is the meeting's own day (after it closed)."""
        day = self.day(held, shift)
        if day < self.today:
            return day, hour
        decided = decision_day(self.working, held, self.today)
        return decided, same_day if decided == held else hour

    def at(self, day: date, hour: int, minute: int, step: Step) -> datetime:
        moment = datetime.combine(day, time(hour, minute), clock.VN_TZ)
        self.add(moment, step)
        return moment

    def scan(self, name: str, attach: Callable[..., object]) -> None:
        """Attach ``name``.pdf, a one-page stand-in for the scan of the signed paper (``scan_pdf``)."""
        self.scratch.scan(name, attach)


def schedule(ctx: AppContext, meetings_data: Iterable[dict[str, Any]], *, plans: dict[str, list[int]],
             ids: dict[int, str], actors: dict[str, Actor], people: dict[str, tuple[str, str]],
             words: dict[str, str], opinion: str, end: datetime, submitted: Callable[[int], datetime],
             add: Callable[[datetime, Step], None], scratch: Scratch) -> None:
    """Add the steps of every meeting to the replay: ``plans`` maps a plan to its proposals' indexes (``ids`` their
    ids once drafted, ``submitted`` when they are submitted); ``opinion`` is the party committee's, ``end`` when the
    replayed weeks end (today, 08:00)."""
    demo = _Demo(ctx, actors, people, ids, words, opinion, add, calendar.working_calendar(ctx), submitted, scratch,
                 end.date())
    for data in meetings_data:
        _meeting(demo, data, [(plan, i) for plan in data["agenda"] for i in plans.get(plan, [])], end)


def _acting(demo: _Demo, data: dict[str, Any]) -> tuple[Actor, Actor]:
    """Who convenes and decides, and who records: the unit's head and secretary, or at the province its account."""
    if data.get("level") == PROVINCE:
        return demo.actors["tinh"], demo.actors["tinh"]
    return demo.actors["chutich"], demo.actors["thuky"]


def _meeting(demo: _Demo, data: dict[str, Any], items: list[tuple[str, int]], end: datetime) -> None:
    head, secretary = _acting(demo, data)
    held = demo.day(end.date(), -int(data["held"]))
    opened: dict[str, Meeting] = {}
    ready = datetime.combine(demo.day(held, -CONVENED_BEFORE), time(14, 0), clock.VN_TZ)
    latest = datetime.min.replace(tzinfo=clock.VN_TZ)  # the last receipt or opinion this meeting waits for
    cap = min(end, clock.now()) - timedelta(minutes=30)  # nothing is stamped in the future
    for _, index in items:
        if index in demo.received:
            continue  # back from an adjourned meeting: already received, with its opinion
        demo.received.add(index)
        # Received a few days before the meeting, but never before it was submitted (a calendar that moves days).
        planned = datetime.combine(demo.day(held, -RECEIVED_BEFORE), time(8, 30 + index % 30), clock.VN_TZ)
        received = max(min(planned, cap - timedelta(hours=2)), demo.submitted(index) + timedelta(hours=1))
        opined = max(min(datetime.combine(demo.day(held, -OPINION_BEFORE), time(10, index % 60), clock.VN_TZ),
                         cap - timedelta(hours=1)), received + timedelta(hours=1))
        latest = max(latest, opined)

        def receive(i: int = index) -> None:
            review.receive(demo.ctx, actor=head, proposal_id=demo.ids[i])

        def opinion(i: int = index) -> None:
            review.record_party_opinion(demo.ctx, actor=secretary, proposal_id=demo.ids[i], opinion_on=None,
                                        body=demo.text(data.get("party_body", PARTY_BODY)),
                                        text=demo.text(data["opinion"]) if "opinion" in data else demo.opinion)

        demo.add(received, receive)
        demo.add(opined, opinion)
    seats = []
    for line in data["members"]:
        seat, _, name = line.partition(" ")
        seats.append(MemberSpec(demo.people[name][0], seat.rstrip("!"), is_head=seat.endswith("!")))

    def convene() -> None:
        opened["m"] = meetings.convene(
            demo.ctx, actor=head, kind=data["kind"], level=data.get("level", "unit"), title=demo.text(data["title"]),
            starts_at=starts, place=demo.text(data["place"]), members=seats,
            proposal_ids=[demo.ids[i] for _, i in items]).value

    starts = datetime.combine(held, time(8, 0), clock.VN_TZ)
    # After its proposals' receipts and opinions, never after the replay's end (nothing is stamped in the future).
    ready = min(max(ready, latest + timedelta(hours=1)), cap)
    if not latest < ready < starts:
        raise ValueError(f"demo data: the meeting of {held} is held before its proposals are received")
    demo.add(ready, convene)
    if held > end.date():
        return  # still to come: its proposals wait on its agenda

    def member(name: str) -> str:
        return next(m.id for m in opened["m"].members if m.full_name == name)

    absent = dict(_pairs(data.get("absent", ())))

    def attend() -> None:
        marks = [(m.id, "absent" if m.full_name in absent else "present", absent.get(m.full_name, ""))
                 for m in opened["m"].members]
        meeting_records.attend_many(demo.ctx, actor=secretary, meeting_id=opened["m"].id, marks=marks)

    demo.at(held, 8, 5, attend)
    if data.get("adjourn"):
        demo.at(held, 8, 40, lambda: meetings.adjourn(demo.ctx, actor=head, meeting_id=opened["m"].id,
                                                      reason=demo.text(data["adjourn"])))
    else:
        records = {r["plan"]: r for r in data.get("items", ())}
        for n, (plan, index) in enumerate(items):
            _item(demo, opened, member, index, records[plan], held, n, _acting(demo, data))
        demo.at(held, 11, 20, lambda: meeting_records.record_content(
            demo.ctx, actor=secretary, meeting_id=opened["m"].id, content=demo.text(data.get("content", "")),
            conclusion=demo.text(data.get("conclusion", ""))))
        demo.at(held, 11, 30, lambda: meetings.close(demo.ctx, actor=secretary, meeting_id=opened["m"].id))
    if data.get("signed"):
        day, hour = demo.after_meeting(held, DECIDED_AFTER, 16, 17)
        demo.at(day, hour, 0, lambda: _sign_minutes(demo, opened["m"].id, secretary))


def _item(demo: _Demo, opened: dict[str, Meeting], member: Callable[[str], str], index: int, record: dict[str, Any],
          held: date, n: int, acting: tuple[Actor, Actor]) -> None:
    """What the secretary records on one proposal during the meeting, and the decision after it."""
    head, secretary = acting
    ctx = demo.ctx

    def recorded() -> None:
        meeting_id, ref = opened["m"].id, demo.ids[index]
        for name, text in _pairs(record.get("opinions", ())):
            meeting_records.record_opinion(ctx, actor=secretary, meeting_id=meeting_id, proposal=ref,
                                           member_id=member(name), text=demo.text(text))
        for name, marks in _pairs(record.get("scores", ())):
            meeting_votes.record_scores(ctx, actor=secretary, meeting_id=meeting_id, proposal=ref,
                                        member_id=member(name), marks=dict(zip(CRITERIA, marks.split(), strict=True)))
        ballots = {member(name): choice for choice in ("for", "against", "abstain") for name in record.get(choice, ())}
        meeting_votes.record_ballots(ctx, actor=secretary, meeting_id=meeting_id, proposal=ref, ballots=ballots)
        if record.get("override"):
            meeting_votes.override(ctx, actor=head, meeting_id=meeting_id, proposal=ref,
                                   reason=demo.text(record["override"]))
        # The secretary writes up the presentation and the conclusion once the vote is known.
        meeting_records.record_item(ctx, actor=secretary, meeting_id=meeting_id, proposal=ref,
                                    summary=demo.text(record.get("summary", "")),
                                    conclusion=demo.text(record.get("conclusion", "")))

    demo.at(held, 8 + (15 + 25 * n) // 60, (15 + 25 * n) % 60, recorded)
    signer, authority = record["signer"], record.get("authority", "TM")
    decided: dict[str, decisions.DecisionView] = {}

    def decide() -> None:
        decided["d"] = decisions.decide(
            ctx, actor=head, proposal_id=demo.ids[index], outcome=record["outcome"], meeting_id=opened["m"].id,
            signer_person_id=demo.people[signer][0], authority=authority,
            signer_title=record.get("signer_title", UNIT_HEAD_TITLE),
            head_title=UNIT_HEAD_TITLE if authority == "KT" else "", reasons=demo.text(record.get("reasons", ""))).value

    day, hour = demo.after_meeting(held, DECIDED_AFTER, 9, 14)
    demo.at(day, hour + n // 6, 10 * (n % 6), decide)  # ten minutes apart
    if record.get("decision_signed"):
        def sign() -> None:
            d = decided["d"]
            demo.scan(f"{doc_type_words(d.doc_type)} {d.reference.replace('/', '-')} đã ký",
                      lambda path: decisions.attach_signed(ctx, actor=secretary, decision_id=d.id, path=path))

        day, hour = demo.after_meeting(held, SCANNED_AFTER, 10, 15)
        demo.at(day, hour + n // 6, 10 * (n % 6), sign)


def _sign_minutes(demo: _Demo, meeting_id: str, secretary: Actor) -> None:
    reference = meetings.get(demo.ctx, meeting_id, actor=secretary).minutes_ref
    demo.scan(f"Biên bản {reference.replace('/', '-')} đã ký",
              lambda path: meetings.attach_signed_minutes(demo.ctx, actor=secretary, meeting_id=meeting_id, path=path))
