"""The demo's implementations (ND 73/2023 Đ9–Đ11), replayed through the services after the proposals' decisions.

The data is ``[[implementations]]`` and ``[evaluation_meeting]`` of ``resources/data/demo_proposals.toml``: every
state an approved proposal can reach and every protection ruling. One is still being carried out (progress, a
difficulty, the head's adjustment), one suspended and a pilot stopped, each with the head's reason; one finished and
reported, awaiting its evaluation; five finished, reported and evaluated at one leadership meeting — completed (no
liability, commendation), partly completed without damage (liability excluded), with damage from an objective cause
(excluded and exempted per liability), with damage and a report two working days late (every liability reduced), and
one whose implementers leased public land to their relatives (conditions unmet, group interest: no protection, for
the inspection committee). Every step runs at its moment under the pinned clock, as the head, the implementer or the
secretary would have done it, inside the demo's one transaction (``demo_meetings``).

Dates are counted in working days on the unit's calendar, backward from the evaluation meeting or today (the reports,
their end) and forward from each decision (the start, the progress), each clamped so that nothing is later than the
end of the implementation or the last working day before today: the demo builds on any day of the year.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.calendar import WorkingCalendar
from lamdong_desktop.domain.protection import Condition

from . import adjustments, calendar, evaluations, implementation, meeting_records, meeting_votes, meetings, review
from . import result_reports as reports
from .context import AppContext
from .demo_meetings import PARTY_BODY, decision_day
from .demo_scratch import Scratch
from .meetings import MemberSpec

Step = Callable[[], object]
START_AFTER = 2  # working days after the decision: the head starts the implementation


@dataclass
class _Plan:
    ctx: AppContext
    actors: dict[str, Actor]
    people: dict[str, tuple[str, str]]
    ids: dict[int, str]
    words: dict[str, str]
    working: WorkingCalendar
    add: Callable[[datetime, Step], None]
    end: datetime
    scratch: Scratch

    def text(self, value: str) -> str:
        return value.format(**self.words)

    def after(self, day: date, n: int) -> date:
        return self.working.due_date(day, n) if n > 0 else day

    def before(self, day: date, n: int) -> date:
        for _ in range(n):
            day -= timedelta(days=1)
            while not self.working.is_working_day(day):
                day -= timedelta(days=1)
        return day

    def at(self, day: date, hour: int, minute: int, step: Step) -> None:
        self.add(datetime.combine(day, time(hour, minute), clock.VN_TZ), step)


def decided_on(working: WorkingCalendar, meetings_data: list[dict[str, Any]], plan: str, end: date) -> date:
    """The day of a plan's decision after the last meeting that took it (``demo_meetings.decision_day``)."""
    held = [int(m["held"]) for m in meetings_data if plan in m.get("agenda", ()) and not m.get("adjourn")]
    day = end - timedelta(days=min(held))
    while not working.is_working_day(day):
        day -= timedelta(days=1)
    return decision_day(working, day, end)


def schedule(ctx: AppContext, data: dict[str, Any], *, plans: dict[str, list[int]], ids: dict[int, str],
             actors: dict[str, Actor], people: dict[str, tuple[str, str]], words: dict[str, str], end: datetime,
             add: Callable[[datetime, Step], None], scratch: Scratch) -> None:
    """Add every implementation's steps (and the evaluation meeting's) to the demo's replay."""
    plan = _Plan(ctx, actors, people, ids, words, calendar.working_calendar(ctx), add, end, scratch)
    meeting = data["evaluation_meeting"]
    last = plan.before(end.date(), 1)  # the last working day before today: nothing is dated later
    # Held early enough for its conclusions, the working day after, to come before today.
    held = min(plan.before(end.date() - timedelta(days=int(meeting["held"]) - 1), 1), plan.before(last, 1))
    evaluated: list[tuple[int, dict[str, Any]]] = []
    coming: list[int] = []
    for record in data["implementations"]:
        (index,) = plans[record["plan"]]
        decided = decided_on(plan.working, data["meetings"], record["plan"], end.date())
        # Days off ahead of today may leave no working day after the decision: started the same afternoon then.
        started = min(plan.after(decided, START_AFTER), last)
        if "finished" in record:  # ended in the last days: its report is still due
            ended = plan.before(end.date(), int(record["finished"]))
            _implement(plan, index, record, decided, started, ended)
            _finish(plan, index, record, ended)
            continue
        if "report" not in record:
            _implement(plan, index, record, decided, started, last)
            _halt(plan, index, record, started, last)
            continue
        # Reported before the evaluation meeting and evaluated there, or in the last days and not yet evaluated.
        reported = plan.before(held if "result" in record else end.date(), int(record["report"]))
        late = int(record.get("late", 0))
        ended = plan.before(plan.before(reported, late), 5) if late else plan.before(reported, 2)
        _implement(plan, index, record, decided, started, ended)
        _finish(plan, index, record, ended)
        _report(plan, index, record, reported)
        if "result" in record:
            evaluated.append((index, record))
        elif record.get("coming"):
            coming.append(index)
    _evaluation_meeting(plan, meeting, held, evaluated)
    if coming:
        _convene_coming(plan, data["coming_evaluation"], coming, last)


def _implement(plan: _Plan, index: int, record: dict[str, Any], decided: date, started: date, last: date) -> None:
    """The head starts it (after the decision); the implementer records the progress and the difficulties; the head
    adjusts it."""
    head, implementer = plan.actors["chutich"], plan.actors[record.get("recorder", "phochutich")]
    ctx = plan.ctx

    def day(n: int) -> date:  # n working days after the start, never after ``last``
        return min(plan.after(started, n), last)

    def start() -> None:
        implementation.start(ctx, actor=head, proposal_id=plan.ids[index], started_on=started,
                             implementers=[plan.people[name][0] for name in record["implementers"]])

    plan.at(started, 8 if started > decided else 15, 30 if started > decided else 0, start)
    lines = [line.partition("=") for line in record.get("progress", ())]
    for n, (indicator, _, rest) in enumerate(lines):
        value, _, when = rest.partition("@")
        on = day(int(when))
        evidence = record.get("evidence") if n == len(lines) - 1 else None

        def progress(indicator: str = indicator.strip(), value: str = value.strip(), on: date = on,
                     evidence: str | None = evidence) -> None:
            def record(path: Any = None) -> None:
                implementation.record_progress(ctx, actor=implementer, proposal_id=plan.ids[index],
                                               indicator=indicator, value=value, measured_on=on, evidence=path)

            if evidence is None:
                record()
            else:
                plan.scratch.scan(evidence, record)

        plan.at(on, 15, 10 + n, progress)
    for when, _, text in (line.partition("=") for line in record.get("difficulty", ())):
        def difficulty(text: str = text) -> None:
            implementation.report_difficulty(ctx, actor=implementer, proposal_id=plan.ids[index],
                                             text=plan.text(text.strip()))

        plan.at(day(int(when)), 16, 0, difficulty)
    if "adjustment" in record:
        change = record["adjustment"]
        plan.at(day(int(change["at"])), 16, 30, lambda: adjustments.adjust(
            ctx, actor=head, proposal_id=plan.ids[index], content=plan.text(change["content"]),
            reasons=plan.text(change["reasons"]), signer_person_id=plan.people["Nguyễn Văn Hùng"][0]))


def _halt(plan: _Plan, index: int, record: dict[str, Any], started: date, last: date) -> None:
    """The head suspends it, or stops it (a pilot that should not go on), with the reason, at the day's end."""
    for key, halt in (("suspend", implementation.suspend), ("stop", implementation.stop)):
        if key not in record:
            continue
        at = int(record[key]["at"])  # working days after the start; negative: before today
        on = min(plan.after(started, at) if at >= 0 else max(started, plan.before(plan.end.date(), -at)), last)
        reason = plan.text(record[key]["reason"])

        def step(halt: Callable[..., object] = halt, on: date = on, reason: str = reason) -> None:
            halt(plan.ctx, actor=plan.actors["chutich"], proposal_id=plan.ids[index], reason=reason, on=on)

        plan.at(on, 17, 0, step)


def _finish(plan: _Plan, index: int, record: dict[str, Any], ended: date) -> None:
    """The implementer says it is finished: the written result report is due within 05 working days."""
    implementer = plan.actors[record.get("recorder", "phochutich")]
    plan.at(ended, 16, 45, lambda: implementation.finish(plan.ctx, actor=implementer, proposal_id=plan.ids[index],
                                                         ended_on=ended))


def _report(plan: _Plan, index: int, record: dict[str, Any], reported: date) -> None:
    """The implementer reports the result in writing: whether damage occurred, its estimate and cause, the
    explanation."""
    implementer, ctx = plan.actors[record.get("recorder", "phochutich")], plan.ctx
    plan.at(reported, 9, 30, lambda: reports.submit(
        ctx, actor=implementer, proposal_id=plan.ids[index], explanation=plan.text(record["explanation"]),
        damage=bool(record.get("damage")), damage_estimate=plan.text(record.get("damage_estimate", "")),
        damage_cause=plan.text(record.get("damage_cause", "")), reported_on=reported))


def _seats(plan: _Plan, data: dict[str, Any]) -> list[MemberSpec]:
    seats = []
    for line in data["members"]:
        seat, _, name = line.partition(" ")
        seats.append(MemberSpec(plan.people[name][0], seat.rstrip("!"), is_head=seat.endswith("!")))
    return seats


def _convene_coming(plan: _Plan, data: dict[str, Any], items: list[int], last: date) -> None:
    """The head convenes, on the last working day, the meeting that evaluates results reported in the last days."""
    starts = datetime.combine(plan.after(plan.end.date(), int(data["in"])), time(8, 0), clock.VN_TZ)
    plan.at(last, 14, 30, lambda: meetings.convene(
        plan.ctx, actor=plan.actors["chutich"], kind=data["kind"], title=plan.text(data["title"]), starts_at=starts,
        place=plan.text(data["place"]), members=_seats(plan, data), proposal_ids=[plan.ids[i] for i in items]))


def _evaluation_meeting(plan: _Plan, data: dict[str, Any], held: date,
                        evaluated: list[tuple[int, dict[str, Any]]]) -> None:
    """The party committee's opinion on each result, the meeting, its votes, minutes, and the head's conclusions."""
    head, secretary, ctx = plan.actors["chutich"], plan.actors["thuky"], plan.ctx
    opened: dict[str, Any] = {}
    for n, (index, record) in enumerate(evaluated):
        def opinion(index: int = index, text: str = record.get("opinion", data["opinion"])) -> None:
            review.record_party_opinion(ctx, actor=secretary, proposal_id=plan.ids[index], opinion_on=None,
                                        body=plan.text(PARTY_BODY), text=plan.text(text))

        plan.at(plan.before(held, 1), 10, n, opinion)
    seats = _seats(plan, data)
    starts = datetime.combine(held, time(8, 0), clock.VN_TZ)

    def convene() -> None:
        opened["m"] = meetings.convene(ctx, actor=head, kind=data["kind"], title=plan.text(data["title"]),
                                       starts_at=starts, place=plan.text(data["place"]), members=seats,
                                       proposal_ids=[plan.ids[i] for i, _ in evaluated]).value

    plan.at(plan.before(held, 3), 14, 0, convene)

    def attend() -> None:
        marks = [(m.id, "present", "") for m in opened["m"].members]
        opened["m"] = meeting_records.attend_many(ctx, actor=secretary, meeting_id=opened["m"].id, marks=marks).value

    plan.at(held, 8, 5, attend)

    def votes() -> None:
        meeting = opened["m"]
        for item in meeting.items:
            voters = [m.id for m in meeting.voting_members if m.id not in item.proposer_ids]
            meeting_votes.record_ballots(ctx, actor=secretary, meeting_id=meeting.id, proposal=item.proposal_id,
                                         ballots=dict.fromkeys(voters, "for"))

    plan.at(held, 9, 30, votes)
    plan.at(held, 11, 20, lambda: meeting_records.record_content(
        ctx, actor=secretary, meeting_id=opened["m"].id, content=plan.text(data["content"]),
        conclusion=plan.text(data["conclusion"])))
    plan.at(held, 11, 30, lambda: meetings.close(ctx, actor=secretary, meeting_id=opened["m"].id))
    concluded = plan.after(held, 1)
    for n, (index, record) in enumerate(evaluated):
        _conclude(plan, opened, index, record, concluded, n)
    if data.get("signed"):
        plan.at(concluded, 16, 0, lambda: plan.scratch.scan(
            "Biên bản họp đánh giá kết quả đã ký",
            lambda path: meetings.attach_signed_minutes(ctx, actor=secretary, meeting_id=opened["m"].id, path=path)))


def _conclude(plan: _Plan, opened: dict[str, Any], index: int, record: dict[str, Any], day: date, n: int) -> None:
    head, secretary, ctx = plan.actors["chutich"], plan.actors["thuky"], plan.ctx
    made: dict[str, evaluations.EvaluationView] = {}

    # The four conditions (seed III.2), each met unless the record says otherwise; the abuses found (seed IV.6); the
    # measure for each liability where damage occurred (footnote 2).
    conditions: dict[object, bool | None] = {c: True for c in Condition}
    conditions |= {Condition(k): bool(v) for k, v in record.get("conditions", {}).items()}

    def conclude() -> None:
        made["e"] = evaluations.evaluate(
            ctx, actor=head, proposal_id=plan.ids[index], result=record["result"], conditions=conditions,
            abuse=record.get("abuse", []), measures=record.get("measures"), notes=plan.text(record.get("notes", "")),
            meeting_id=opened["m"].id, signer_person_id=plan.people["Nguyễn Văn Hùng"][0]).value

    plan.at(day, 9, 10 * n, conclude)
    if record.get("signed"):
        plan.at(day, 15, 10 * n, lambda: plan.scratch.scan(
            f"Thông báo {made['e'].reference.replace('/', '-')} đã ký",
            lambda path: evaluations.attach_signed(ctx, actor=secretary, evaluation_id=made["e"].id, path=path)))
