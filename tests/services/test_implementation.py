"""Carrying out an approved proposal: who starts, records, adjusts, suspends, stops and finishes it; bad input is
refused in Vietnamese with nothing written; every date follows the steps in order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.domain.implementation import Ending, EventKind
from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.results import Achievement, IndicatorStatus
from lamdong_desktop.messages import describe
from lamdong_desktop.services import (
    adjustments,
    attachments,
    decisions,
    implementation,
    proposal_history,
    proposals,
    register,
    result_reports,
)
from lamdong_desktop.services.integrity import verify_all
from tests.files_support import write_pdf

from .implementation_support import (
    APPROVED_ON,
    ENDED_ON,
    LEADERSHIP,
    REPORT_DUE,
    STARTED_ON,
    VOTERS,
    approved,
    started,
)
from .meeting_support import at, attend, close, convene, office, received, vote


@pytest.fixture
def o(demo):
    return office(*demo)


TABLES = ("implementations", "implementers", "progress_updates", "implementation_events", "attachments",
          "register_entries", "proposal_transitions")


def _counts(o) -> dict[str, int]:
    return {t: o.ctx.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _state(o, proposal) -> State:
    return proposals.get(o.ctx, proposal.id, actor=o.head).state


def test_the_head_starts_an_approved_proposal_with_its_implementers(o):
    proposal = started(o)
    view = implementation.view(o.ctx, proposal.id, actor=o.official)
    assert view.state is State.IMPLEMENTING and view.started_on == STARTED_ON
    assert [i.full_name for i in view.implementers] == ["K'Brơi Ngọc Sơn"] and view.is_implementer
    assert view.planned_end_on == date(2027, 6, 30)  # the plan's last target date
    assert not implementation.view(o.ctx, proposal.id, actor=o.head).is_implementer
    assert implementation.view(o.ctx, proposal.id, actor=o.head).is_head
    actions = [t.action for t in proposal_history.transitions(o.ctx, proposal.id, actor=o.head)]
    assert actions[-2:] == [Action.APPROVE, Action.START]
    assert verify_all(o.ctx).ok


@pytest.mark.parametrize("case, code", [
    ("not the head", "permission_denied"),
    ("before the approval", "start_before_approval"),
    ("in the future", "date_in_future"),
    ("nobody", "implementers_required"),
    ("twice", "implementer_twice"),
    ("unknown person", "person_not_found"),
])
def test_a_refused_start_writes_nothing(o, case, code):
    proposal = approved(o)
    kw = {"actor": o.head, "started_on": STARTED_ON, "implementers": [o.person("K'Brơi Ngọc Sơn")]}
    if case == "not the head":
        kw["actor"] = o.official
    elif case == "before the approval":
        kw["started_on"] = date(2026, 1, 12)
    elif case == "in the future":
        kw["started_on"] = date(2026, 1, 16)
    elif case == "nobody":
        kw["implementers"] = []
    elif case == "twice":
        kw["implementers"] = [o.person("K'Brơi Ngọc Sơn")] * 2
    else:
        kw["implementers"] = ["no-such-person"]
    before = _counts(o)
    with at(STARTED_ON), pytest.raises(DomainError) as err:
        implementation.start(o.ctx, proposal_id=proposal.id, **kw)
    assert err.value.code == code and "{" not in describe(err.value)
    assert _counts(o) == before and _state(o, proposal) is State.APPROVED


def test_a_proposal_not_approved_cannot_start(o):

    proposal = received(o)
    with at(STARTED_ON), pytest.raises(ValidationError) as err:
        implementation.start(o.ctx, actor=o.head, proposal_id=proposal.id, started_on=STARTED_ON,
                             implementers=[o.person("K'Brơi Ngọc Sơn")])
    assert err.value.code == "transition_not_allowed"
    assert o.ctx.db.execute("SELECT count(*) FROM implementations").fetchone()[0] == 0


def test_only_an_implementer_records_progress_exactly_with_its_evidence(o, tmp_path):
    proposal = started(o)
    evidence = tmp_path / "bien-ban-nghiem-thu.pdf"
    write_pdf(evidence, "nghiem thu")
    with at(date(2026, 1, 20)):
        first = implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=2,
                                               value="20,5", measured_on=date(2026, 1, 20), evidence=evidence,
                                               note="Theo sổ theo dõi").value
        for actor in (o.head, o.secretary, o.leader):
            with pytest.raises(PermissionDenied):
                implementation.record_progress(o.ctx, actor=actor, proposal_id=proposal.id, indicator=1, value="10")
    assert first.value == Decimal("20.5") and first.indicator_number == 2 and first.unit == "ngày"
    assert first.evidence_name == "bien-ban-nghiem-thu.pdf" and first.note == "Theo sổ theo dõi"
    files = [a.filename for a in attachments.list_attachments(o.ctx, proposal.id, actor=o.head)]
    assert "bien-ban-nghiem-thu.pdf" in files  # the evidence is part of the proposal's dossier
    with at(date(2026, 1, 22)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id,
                                       indicator="Thoi gian cap giay chung nhan", value="15")
    view = implementation.view(o.ctx, proposal.id, actor=o.head)
    second = view.results.indicators[1]
    assert second.latest == Decimal("15") and second.status is IndicatorStatus.NOT_REACHED
    assert view.results.indicators[0].status is IndicatorStatus.NO_VALUE
    assert view.results.suggested is Achievement.NOT_COMPLETED
    assert verify_all(o.ctx).ok


@pytest.mark.parametrize("case, code", [
    ("not a number", "indicator_value_invalid"),
    ("an exponent", "indicator_value_invalid"),
    ("no such indicator", "progress_indicator_unknown"),
    ("before the start", "date_before_start"),
    ("in the future", "date_in_future"),
    ("control characters", "text_control_chars"),
    ("missing file", "attachment_unreadable"),
])
def test_bad_progress_is_refused_in_vietnamese_and_nothing_is_written(o, tmp_path, case, code):
    proposal = started(o)
    kw = {"indicator": 1, "value": "40", "measured_on": date(2026, 1, 20)}
    if case == "not a number":
        kw["value"] = "bốn mươi"
    elif case == "an exponent":
        kw["value"] = "1e-99999"
    elif case == "no such indicator":
        kw["indicator"] = 3
    elif case == "before the start":
        kw["measured_on"] = date(2026, 1, 14)
    elif case == "in the future":
        kw["measured_on"] = date(2026, 1, 21)
    elif case == "control characters":
        kw["note"] = "ghi\x07chú"
    else:
        kw["evidence"] = tmp_path / "khong-co.pdf"
    before = _counts(o)
    stored = sorted(p.name for p in o.ctx.paths.attachments.rglob("*") if p.is_file())
    with at(date(2026, 1, 20)), pytest.raises(DomainError) as err:
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, **kw)
    assert err.value.code == code
    text = describe(err.value)
    assert text and "{" not in text and "Traceback" not in text
    assert _counts(o) == before
    assert sorted(p.name for p in o.ctx.paths.attachments.rglob("*") if p.is_file()) == stored


def test_finishing_starts_the_five_working_days_of_the_report(o):
    proposal = started(o)
    with at(date(2026, 1, 28)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="45",
                                       measured_on=date(2026, 1, 28))
    with at(ENDED_ON), pytest.raises(ValidationError) as early:
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=date(2026, 1, 27))
    assert early.value.code == "end_before_progress"  # a value of the 28th cannot come after the end
    with at(ENDED_ON, 16):
        done = implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=ENDED_ON).value
    assert done.state is State.FINISHED and done.ending is Ending.FINISHED
    assert done.report_due_on == REPORT_DUE and not done.report_overdue
    with at(date(2026, 2, 9)):  # Monday after the due Friday, not reported yet
        assert implementation.view(o.ctx, proposal.id, actor=o.head).report_overdue
    with at(date(2026, 1, 31)), pytest.raises(ValidationError) as after:
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=2, value="12",
                                       measured_on=date(2026, 1, 31))
    assert after.value.code == "date_after_end"


def test_a_difficulty_is_reported_by_an_implementer(o):
    proposal = started(o)
    with at(date(2026, 1, 19)):
        implementation.report_difficulty(o.ctx, actor=o.official, proposal_id=proposal.id,
                                         text="Thiếu máy đo đạc ở thôn xa.", noted_on=date(2026, 1, 19))
        with pytest.raises(ValidationError) as blank:
            implementation.report_difficulty(o.ctx, actor=o.official, proposal_id=proposal.id, text="   ")
        with pytest.raises(PermissionDenied):
            implementation.report_difficulty(o.ctx, actor=o.head, proposal_id=proposal.id, text="Khó khăn")
    assert blank.value.code == "text_required"
    (event,) = implementation.view(o.ctx, proposal.id, actor=o.head).events
    assert event.kind is EventKind.DIFFICULTY and event.text == "Thiếu máy đo đạc ở thôn xa."


def test_only_the_head_suspends_resumes_and_stops_with_a_reason(o):
    proposal = started(o)
    with at(date(2026, 1, 20)):
        for actor in (o.official, o.secretary, o.leader):
            with pytest.raises(PermissionDenied):
                implementation.suspend(o.ctx, actor=actor, proposal_id=proposal.id, reason="Chờ kinh phí")
        with pytest.raises(ValidationError) as no_reason:
            implementation.suspend(o.ctx, actor=o.head, proposal_id=proposal.id, reason=" ")
        assert no_reason.value.code == "reason_required" and _state(o, proposal) is State.IMPLEMENTING
        implementation.suspend(o.ctx, actor=o.head, proposal_id=proposal.id, reason="Chờ bố trí kinh phí")
        assert _state(o, proposal) is State.SUSPENDED
        with pytest.raises(ValidationError):  # suspended: nothing to finish
            implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id)
    with at(date(2026, 1, 26)):
        implementation.resume(o.ctx, actor=o.head, proposal_id=proposal.id, reason="Đã có kinh phí")
    with at(date(2026, 1, 29)):
        view = implementation.stop(o.ctx, actor=o.head, proposal_id=proposal.id, reason="Không còn phù hợp").value
    assert view.state is State.STOPPED and view.ending is Ending.STOPPED and view.end_reason == "Không còn phù hợp"
    assert view.report_due_on == date(2026, 2, 5)  # what was done is still reported, within 05 working days
    assert [e.kind for e in view.events] == [EventKind.SUSPEND, EventKind.RESUME, EventKind.STOP]


def test_an_adjustment_is_the_heads_numbered_decision_locked_once_signed(o, tmp_path):
    proposal = started(o)
    with at(date(2026, 1, 20)):
        with pytest.raises(PermissionDenied):
            adjustments.adjust(o.ctx, actor=o.official, proposal_id=proposal.id, content="Kéo dài", reasons="Mưa")
        before = _counts(o)
        with pytest.raises(ValidationError) as no_reason:
            adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id, content="Kéo dài thời gian", reasons="")
        assert no_reason.value.code == "reason_required" and _counts(o) == before
        made = adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id,
                                  content="Điều chỉnh thời gian hoàn thành chỉ tiêu 2 đến ngày 31/7/2027.",
                                  reasons="Mưa lũ kéo dài làm chậm việc đo đạc.", new_end_on=date(2027, 7, 31),
                                  signer_person_id=o.person("Nguyễn Văn Hùng")).value
    assert made.reference == "02/QĐ-UBND"  # the approval took 01/QĐ-UBND
    assert made.title.startswith("Về việc điều chỉnh việc thực hiện đề xuất")
    assert made.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and not made.locked
    entry = register.find_entry(o.ctx, "02/QĐ-UBND", actor=o.head, year=2026).entry
    assert entry.subject_table == "implementation_events" and entry.subject_id == made.id
    assert implementation.view(o.ctx, proposal.id, actor=o.head).planned_end_on == date(2027, 7, 31)
    scan = tmp_path / "qd-dieu-chinh-da-ky.pdf"
    write_pdf(scan, "da ky")
    with at(date(2026, 1, 21)):
        with pytest.raises(PermissionDenied):
            adjustments.attach_signed(o.ctx, actor=o.official, adjustment_id=made.id, path=scan)
        signed = adjustments.attach_signed(o.ctx, actor=o.secretary, adjustment_id=made.id, path=scan).value
        assert signed.locked
        with pytest.raises(ValidationError) as again:
            adjustments.attach_signed(o.ctx, actor=o.head, adjustment_id=made.id, path=scan)
    assert again.value.code == "decision_locked" and "02/QĐ-UBND" in describe(again.value)
    with pytest.raises(ValidationError) as cancel:  # its number is printed on a decision: it stays
        register.cancel(o.ctx, actor=o.head, entry_id=entry.id, reason="Nhầm")
    assert cancel.value.code == "register_entry_in_use"
    assert [a.reference for a in adjustments.list_adjustments(o.ctx, proposal.id, actor=o.official)] == [
        "02/QĐ-UBND"]
    assert verify_all(o.ctx).ok


def test_no_implementation_is_shown_before_the_start_and_readers_follow_the_proposal(o):
    proposal = approved(o)
    assert implementation.find(o.ctx, proposal.id, actor=o.head) is None
    with pytest.raises(NotFound) as err:
        implementation.view(o.ctx, proposal.id, actor=o.head)
    assert err.value.code == "implementation_not_started"
    with at(STARTED_ON):
        implementation.start(o.ctx, actor=o.head, proposal_id=proposal.id, implementers=[o.person("Ka Thị Hương")])
    with pytest.raises(NotFound):  # the administrator reads no proposal content
        implementation.view(o.ctx, proposal.id, actor=o.admin)


def test_an_official_named_implementer_reads_records_and_reports_what_he_did_not_write(o):
    proposal = received(o, by=o.leader, title="Đề xuất của Phó Chủ tịch")  # written by the deputy
    meeting = convene(o, [proposal.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    vote(o, meeting, proposal, {n: "for" for n in VOTERS if n != "Ka Thị Hương"})
    close(o, meeting)
    with at(APPROVED_ON):
        decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                         signer_person_id=o.person("Nguyễn Văn Hùng"))
    with pytest.raises(NotFound):  # before he is named, the official does not read it
        proposals.get(o.ctx, proposal.id, actor=o.official)
    with at(STARTED_ON):
        implementation.start(o.ctx, actor=o.head, proposal_id=proposal.id,
                             implementers=[o.person("Ka Thị Hương"), o.person("K'Brơi Ngọc Sơn")])
    assert proposals.get(o.ctx, proposal.id, actor=o.official).ref == proposal.ref
    assert proposal.ref in {p.ref for p in proposals.list_proposals(o.ctx, actor=o.official)}
    with at(date(2026, 1, 20)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="45")
    with at(ENDED_ON):
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=ENDED_ON)
        result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, explanation="Đã thực hiện.")
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.REPORTED
    with pytest.raises(NotFound):  # the administrator, named nowhere, still reads nothing of it
        proposals.get(o.ctx, proposal.id, actor=o.admin)
