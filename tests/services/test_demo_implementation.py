"""The demo carries approved proposals through every state of their implementation and every protection ruling.

Being carried out (progress, a difficulty, an adjustment), suspended and a pilot stopped (each with the head's
reason), a pilot not yet started, finished with its report still due, reported and waiting, on the agenda of an
evaluation still to come; five evaluated — completed (no liability, commendation), partly completed without damage
(excluded), with damage from an objective cause (excluded and exempted per liability), with damage and a report two
working days late (every liability reduced: the acceptance case of issue 9), and conditions unmet with group interest
(no protection, for the inspection committee) — every document numbered and printable."""

from __future__ import annotations

import json

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.implementation import Ending, EventKind
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import MeetingState, Outcome, Purpose
from lamdong_desktop.domain.protection import Abuse, Condition, Liability, Measure, ResultClass, RulingKind
from lamdong_desktop.domain.results import Achievement
from lamdong_desktop.services import (
    adjustments,
    decisions,
    evaluations,
    implementation,
    integrity,
    meetings,
    proposals,
    queue,
    result_reports,
)
from lamdong_desktop.services import printing_results as pr
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.storage.paths import DataPaths
from tests.documents.pdftext import document_text, flat
from tests.e2e.test_cli_proposals import run_as


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-implementation") / "d"
    ctx, head = create_demo(DataPaths(folder))
    yield ctx, head, str(folder)
    ctx.close()


def _in(ctx, head, state):
    return [p for p in proposals.list_proposals(ctx, actor=head) if p.state is state]


@pytest.fixture(scope="module")
def rulings(demo):
    """The five evaluated proposals by the kind of their ruling (the two with measures by the measure they share)."""
    ctx, head, _ = demo
    found = {}
    for p in _in(ctx, head, State.EVALUATED):
        ruling = evaluations.find(ctx, p.id, actor=head).ruling
        found[ruling.uniform_measure or ruling.measure(Liability.ADMINISTRATIVE) or ruling.kind] = p
    return found


def _events(ctx, head, proposal):
    return implementation.view(ctx, proposal.id, actor=head).events


def test_one_approved_proposal_is_being_implemented_with_progress_a_difficulty_and_an_adjustment(demo):
    ctx, head, _ = demo
    (running,) = _in(ctx, head, State.IMPLEMENTING)
    view = implementation.view(ctx, running.id, actor=head)
    assert [i.full_name for i in view.implementers][0] == "Ka Thị Hương" and len(view.progress) == 2
    assert {e.kind for e in view.events} == {EventKind.DIFFICULTY, EventKind.ADJUSTMENT}
    (adjusted,) = adjustments.list_adjustments(ctx, running.id, actor=head)
    assert adjusted.reference.endswith("/QĐ-UBND")  # numbered among the decisions, from the unit's register
    items = [i for i in queue.queue(ctx, actor=head) if i.ref == running.ref]
    assert [i.kind for i in items] == [ItemKind.IMPLEMENTING]


def test_the_head_suspended_one_and_stopped_a_pilot_each_with_the_reason(demo):
    ctx, head, _ = demo
    (suspended,) = _in(ctx, head, State.SUSPENDED)
    (pause,) = [e for e in _events(ctx, head, suspended) if e.kind is EventKind.SUSPEND]
    assert "chờ hướng dẫn của UBND tỉnh" in pause.text and pause.noted_on < clock.today()
    (stopped,) = _in(ctx, head, State.STOPPED)
    (decided,) = [d for d in decisions.list_decisions(ctx, actor=head) if d.proposal_id == stopped.id]
    assert decided.outcome is Outcome.PILOT  # a pilot (thí điểm) that should not go on
    (stop,) = [e for e in _events(ctx, head, stopped) if e.kind is EventKind.STOP]
    assert "dừng thí điểm" in stop.text
    view = implementation.view(ctx, stopped.id, actor=head)
    assert view.ending is Ending.STOPPED and view.end_reason == stop.text
    assert view.report_due_on >= clock.today() and not view.report_overdue  # what was done is still to be reported
    assert _in(ctx, head, State.PILOT)  # another pilot, approved the other day, is not started yet


def test_one_finished_and_one_reported_wait_and_one_is_on_the_agenda_of_an_evaluation_still_to_come(demo):
    ctx, head, _ = demo
    (finished,) = _in(ctx, head, State.FINISHED)
    assert result_reports.find(ctx, finished.id, actor=head) is None
    view = implementation.view(ctx, finished.id, actor=head)
    assert view.ending is Ending.FINISHED and view.report_due_on >= clock.today() and not view.report_overdue
    assert view.results.suggested is Achievement.COMPLETED
    (reported,) = _in(ctx, head, State.REPORTED)
    waiting = result_reports.get(ctx, reported.id, actor=head)
    assert not waiting.late and not waiting.damage and waiting.suggested is Achievement.COMPLETED
    assert waiting.evaluation_due_on >= clock.today() and evaluations.find(ctx, reported.id, actor=head) is None
    (scheduled,) = _in(ctx, head, State.EVALUATING)
    coming = [m for m in meetings.list_meetings(ctx, actor=head) if m.state is MeetingState.CONVENED
              and any(i.proposal_id == scheduled.id and i.purpose is Purpose.EVALUATION for i in m.items)]
    assert len(coming) == 1 and coming[0].starts_at > clock.now()


def test_five_results_are_evaluated_with_every_ruling(demo, rulings):
    ctx, head, _ = demo
    assert set(rulings) == {RulingKind.NO_LIABILITY, RulingKind.EXCLUDED, Measure.EXEMPTED, Measure.REDUCED,
                            RulingKind.NO_PROTECTION}
    conclusions = {key: evaluations.find(ctx, p.id, actor=head) for key, p in rulings.items()}
    assert sorted(c.reference for c in conclusions.values()) == [f"0{n}/TB-UBND" for n in range(3, 8)]
    completed = conclusions[RulingKind.NO_LIABILITY]
    assert completed.ruling.commendation and completed.ruling.early_raise_months == 12 and completed.locked
    excluded = conclusions[RulingKind.EXCLUDED]
    assert excluded.findings.result is ResultClass.NOT_MET
    assert not result_reports.get(ctx, rulings[RulingKind.EXCLUDED].id, actor=head).damage
    # With damage the evaluators choose per liability (seed footnote 2): an objective cause, no fault found.
    exempted = conclusions[Measure.EXEMPTED]
    assert dict(exempted.ruling.measures) == {Liability.PARTY: Measure.EXCLUDED,
                                              Liability.ADMINISTRATIVE: Measure.EXEMPTED,
                                              Liability.COMPENSATION: Measure.EXEMPTED}
    assert exempted.findings.result is ResultClass.DAMAGED and exempted.ruling.protected and exempted.locked
    # Conditions unmet and the mechanism abused: no protection, flagged for the inspection committee (seed IV.6).
    flagged = conclusions[RulingKind.NO_PROTECTION]
    assert flagged.ruling.flagged and not flagged.ruling.protected and flagged.ruling.measures == ()
    assert set(flagged.ruling.unmet) == {Condition.COMMON_INTEREST, Condition.NO_SELF_INTEREST}
    assert flagged.ruling.abuse == (Abuse.GROUP_INTEREST,)
    for key in (Measure.EXEMPTED, Measure.REDUCED, RulingKind.NO_PROTECTION):
        report = result_reports.get(ctx, rulings[key].id, actor=head)
        assert report.damage and report.damage_estimate and report.damage_cause
        assert report.suggested is Achievement.PARTLY


def test_the_acceptance_case_reported_two_working_days_late_partly_completed_with_damage_liability_reduced(
        demo, rulings, tmp_path):
    """Issue 9's acceptance: implemented, reported late by two working days (marked), evaluated as partly completed
    with damage and correct conditions, and ruled "liability reduced"; the ruling shows in ``proposal show --json``."""
    ctx, head, data = demo
    case = rulings[Measure.REDUCED]
    report = result_reports.get(ctx, case.id, actor=head)
    assert report.late and report.late_days == 2 and report.reported_on > report.due_on
    assert report.suggested is Achievement.PARTLY and report.damage
    assert "triệu đồng" in report.damage_estimate and "viêm da nổi cục" in report.damage_cause
    conclusion = evaluations.find(ctx, case.id, actor=head)
    assert conclusion.findings.result is ResultClass.DAMAGED
    assert conclusion.findings.conditions == dict.fromkeys(Condition, True) and conclusion.findings.abuse == frozenset()
    assert conclusion.ruling.kind is RulingKind.MEASURES and conclusion.ruling.uniform_measure is Measure.REDUCED
    assert [liability for liability, _ in conclusion.ruling.measures] == list(Liability)
    text = flat(document_text(pr.print_report(ctx, actor=head, proposal_id=case.id, target=tmp_path / "bc.pdf")))
    assert "Muộn 2 ngày làm việc" in text and "hoàn thành một phần" in text and "243 triệu đồng" in text
    text = flat(document_text(pr.print_evaluation(ctx, actor=head, evaluation=case.ref, target=tmp_path / "kl.pdf")))
    assert conclusion.reference in text and "giảm nhẹ" in text
    code, out, err = run_as("chutich", data, "proposal", "show", case.ref, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["state"] == State.EVALUATED.value and shown["ruling"]["kind"] == RulingKind.MEASURES.value
    assert set(shown["ruling"]["measures"].values()) == {Measure.REDUCED.value}
    assert shown["ruling"]["reference"] == conclusion.reference


def test_the_no_protection_conclusion_prints_the_inspection_committee_and_the_data_verifies(demo, rulings, tmp_path):
    ctx, head, _ = demo
    text = flat(document_text(pr.print_evaluation(ctx, actor=head, evaluation=rulings[RulingKind.NO_PROTECTION].ref,
                                                  target=tmp_path / "kl.pdf")))
    assert "Ủy ban kiểm tra" in text and "lợi ích nhóm" in text
    text = flat(document_text(pr.print_evaluation(ctx, actor=head, evaluation=rulings[RulingKind.NO_LIABILITY].ref,
                                                  target=tmp_path / "kl.pdf")))
    assert "khen thưởng, nâng lương trước thời hạn 12 tháng" in text
    assert integrity.verify_all(ctx).ok
