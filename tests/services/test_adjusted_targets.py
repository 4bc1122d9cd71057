"""An adjustment decision that changes an indicator's target (ND 73/2023 Đ9): the result is measured against the
adjusted target from then on, the report and the conclusion print it beside the plan's, and a bad target is refused
with nothing numbered or written."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.results import IndicatorStatus
from lamdong_desktop.messages import describe
from lamdong_desktop.services import adjustments, implementation, result_reports
from lamdong_desktop.services import printing_results as pr
from lamdong_desktop.services.integrity import verify_all
from tests.documents.pdftext import document_text

from .implementation_support import ENDED_ON, evaluate, evaluation_meeting, started
from .meeting_support import at, office


@pytest.fixture
def o(demo):
    return office(*demo)


def _adjust(o, proposal, targets, *, day=date(2026, 1, 20), **kw):
    with at(day):
        return adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id,
                                  content="Điều chỉnh mục tiêu thời gian cấp giấy chứng nhận.",
                                  reasons="Khối lượng hồ sơ tồn đọng lớn hơn dự kiến.", targets=targets,
                                  signer_person_id=o.person("Nguyễn Văn Hùng"), **kw).value


def _counts(o) -> tuple[int, int]:
    one = lambda sql: o.ctx.db.execute(sql).fetchone()[0]  # noqa: E731
    return one("SELECT count(*) FROM implementation_events"), one("SELECT count(*) FROM register_entries")


def test_the_adjusted_target_is_what_the_result_is_measured_against(o, tmp_path):
    proposal = started(o)
    with at(date(2026, 1, 19)):  # 20 days: not the plan's 12
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=2, value="20",
                                       measured_on=date(2026, 1, 19))
    assert implementation.view(o.ctx, proposal.id, actor=o.head).results.indicators[1].status is \
        IndicatorStatus.NOT_REACHED
    made = _adjust(o, proposal, {"Thời gian cấp giấy chứng nhận": "≤ 20"},
                   new_scope="Toàn bộ hồ sơ tồn đọng của các thôn, kể cả thôn Kao Kuil.")
    (line,) = made.targets
    assert (line.number, line.name, line.unit, line.before, line.target) == (
        2, "Thời gian cấp giấy chứng nhận", "ngày", "12", "≤ 20")
    assert made.new_scope.startswith("Toàn bộ hồ sơ tồn đọng") and made.reference == "02/QĐ-UBND"
    work = implementation.view(o.ctx, proposal.id, actor=o.head)
    second = work.results.indicators[1]
    assert second.indicator.target == "≤ 20" and second.status is IndicatorStatus.REACHED
    change = work.adjustment_of(second.key)
    assert change is not None and (change.before, change.target, change.reference) == ("12", "≤ 20", "02/QĐ-UBND")
    assert work.adjustment_of(work.results.indicators[0].key) is None
    # A second decision changes it again: the plan's target is still the one printed beside it.
    again = _adjust(o, proposal, {2: "≤ 18"}, day=date(2026, 1, 22))
    assert again.targets[0].before == "≤ 20" and again.reference == "03/QĐ-UBND"
    with at(date(2026, 1, 26)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="45",
                                       measured_on=date(2026, 1, 26))
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=2, value="17",
                                       measured_on=date(2026, 1, 26))
    with at(ENDED_ON, 16):
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=ENDED_ON)
    with at(date(2026, 2, 3), 10):
        report = result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, reported_on=date(2026, 2, 3),
                                       explanation="Đã thực hiện theo kế hoạch đã điều chỉnh.").value
    first, adjusted = report.indicators
    assert not first.adjusted and first.planned_target == ""
    assert (adjusted.target, adjusted.planned_target, adjusted.adjusted_by, adjusted.adjusted_on) == (
        "≤ 18", "12", "03/QĐ-UBND", date(2026, 1, 22))
    assert adjusted.reached and report.reached == 2 and report.suggested.value == "completed"
    text = document_text(pr.print_report(o.ctx, actor=o.official, proposal_id=proposal.id,
                                         target=tmp_path / "bc.pdf"))
    assert "≤ 18 (*)" in text
    assert ("(*) Chỉ tiêu “Thời gian cấp giấy chứng nhận”: mục tiêu theo kế hoạch 12 ngày, điều chỉnh thành ≤ 18 ngày "
            "theo Quyết định số 03/QĐ-UBND ngày 22 tháng 01 năm 2026") in text
    decision = document_text(pr.print_adjustment(o.ctx, actor=o.head, adjustment=made.id, target=tmp_path / "dc.pdf"))
    assert "Điều chỉnh mục tiêu của các chỉ tiêu định lượng như sau:" in decision
    assert "Mục tiêu trước điều chỉnh" in decision and "≤ 20" in decision
    assert "Phạm vi, đối tượng thực hiện được điều chỉnh: Toàn bộ hồ sơ tồn đọng" in decision
    assert verify_all(o.ctx).ok


def test_the_conclusion_prints_the_adjusted_target_beside_the_plans(o, tmp_path):
    proposal = started(o)
    _adjust(o, proposal, {2: "≤ 20"})
    with at(date(2026, 1, 28)):
        for number, value in ((1, "45"), (2, "19")):
            implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=number,
                                           value=value, measured_on=date(2026, 1, 28))
    with at(ENDED_ON, 16):
        implementation.finish(o.ctx, actor=o.official, proposal_id=proposal.id, ended_on=ENDED_ON)
    with at(date(2026, 2, 3), 10):
        result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, reported_on=date(2026, 2, 3),
                              explanation="Đã thực hiện theo kế hoạch đã điều chỉnh.")
    evaluation_meeting(o, proposal)
    made = evaluate(o, proposal)
    doc = pr.evaluation_of(o.ctx, made.id, actor=o.head)
    assert [i.target for i in doc.indicators] == ["45 hồ sơ", "≤ 20 ngày (*)"]
    text = document_text(pr.print_evaluation(o.ctx, actor=o.head, evaluation=made.id, target=tmp_path / "kl.pdf"))
    assert "mục tiêu theo kế hoạch 12 ngày, điều chỉnh thành ≤ 20 ngày theo Quyết định số 02/QĐ-UBND" in text


@pytest.mark.parametrize("targets, code", [
    ({9: "10"}, "progress_indicator_unknown"),
    ({2: "nhanh hơn"}, "indicator_value_invalid"),
    ({2: "12"}, "adjustment_target_unchanged"),
    ({2: "10", "Thời gian cấp giấy chứng nhận": "9"}, "adjustment_target_twice"),
])
def test_a_bad_target_is_refused_with_nothing_numbered(o, targets, code):
    proposal = started(o)
    before = _counts(o)
    with pytest.raises(DomainError) as err:
        _adjust(o, proposal, targets)
    assert err.value.code == code and "{" not in describe(err.value)
    assert _counts(o) == before
