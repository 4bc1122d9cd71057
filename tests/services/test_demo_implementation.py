"""The demo carries approved proposals on: one still being implemented (progress, a difficulty, an adjustment), two
reported and evaluated — completed (no liability, commendation) and partly completed without damage (liability
excluded, its report two working days late) — every document numbered and printable."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.implementation import EventKind
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.protection import RulingKind
from lamdong_desktop.domain.results import Achievement
from lamdong_desktop.services import (
    adjustments,
    evaluations,
    implementation,
    integrity,
    proposals,
    queue,
    result_reports,
)
from lamdong_desktop.services import printing_results as pr
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.queue import ItemKind
from lamdong_desktop.storage.paths import DataPaths
from tests.documents.pdftext import document_text, flat


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx, head = create_demo(DataPaths(tmp_path_factory.mktemp("demo-implementation") / "d"))
    yield ctx, head
    ctx.close()


def _in(ctx, head, state):
    return [p for p in proposals.list_proposals(ctx, actor=head) if p.state is state]


def test_one_approved_proposal_is_being_implemented_with_progress_a_difficulty_and_an_adjustment(demo):
    ctx, head = demo
    (running,) = _in(ctx, head, State.IMPLEMENTING)
    view = implementation.view(ctx, running.id, actor=head)
    assert [i.full_name for i in view.implementers][0] == "Ka Thị Hương" and len(view.progress) == 2
    assert {e.kind for e in view.events} == {EventKind.DIFFICULTY, EventKind.ADJUSTMENT}
    (adjusted,) = adjustments.list_adjustments(ctx, running.id, actor=head)
    assert adjusted.reference == "06/QĐ-UBND"  # after the five approvals
    items = [i for i in queue.queue(ctx, actor=head) if i.ref == running.ref]
    assert [i.kind for i in items] == [ItemKind.IMPLEMENTING]


def test_two_results_are_reported_and_evaluated_with_their_rulings(demo, tmp_path):
    ctx, head = demo
    done = _in(ctx, head, State.EVALUATED)
    rulings = {evaluations.find(ctx, p.id, actor=head).ruling.kind: p for p in done}
    assert set(rulings) == {RulingKind.NO_LIABILITY, RulingKind.EXCLUDED}
    completed, partly = rulings[RulingKind.NO_LIABILITY], rulings[RulingKind.EXCLUDED]
    on_time, late = (result_reports.get(ctx, p.id, actor=head) for p in (completed, partly))
    assert on_time.suggested is Achievement.COMPLETED and not on_time.late
    assert late.suggested is Achievement.PARTLY and late.late_days == 2 and not late.damage
    conclusions = [evaluations.find(ctx, p.id, actor=head) for p in (completed, partly)]
    assert sorted(c.reference for c in conclusions) == ["03/TB-UBND", "04/TB-UBND"]
    assert conclusions[0].ruling.commendation and conclusions[0].locked and not conclusions[1].locked
    text = flat(document_text(pr.print_evaluation(ctx, actor=head, evaluation=completed.ref,
                                                  target=tmp_path / "kl.pdf")))
    assert "khen thưởng, nâng lương trước thời hạn 12 tháng" in text
    text = flat(document_text(pr.print_report(ctx, actor=head, proposal_id=partly.id, target=tmp_path / "bc.pdf")))
    assert "Muộn 2 ngày làm việc" in text and "hoàn thành một phần" in text
    assert integrity.verify_all(ctx).ok
