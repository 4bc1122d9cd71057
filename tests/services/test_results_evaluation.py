"""The result report (ND 73/2023 Đ10) and the evaluation with its protection ruling (Đ11): who may, what is computed,
what is late, what is refused with nothing written, and that a conclusion is numbered, final and locked once signed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.meetings import Purpose
from lamdong_desktop.domain.protection import Liability, Measure, RulingKind
from lamdong_desktop.domain.results import Achievement, IndicatorStatus
from lamdong_desktop.messages import describe, ruling_sentence
from lamdong_desktop.services import evaluations, meeting_votes, proposals, register, result_reports, review
from lamdong_desktop.services.integrity import verify_all
from tests.files_support import write_pdf

from .implementation_support import (
    EVALUATED_ON,
    MET,
    REPORT_DUE,
    evaluate,
    finished,
    put_to_evaluation,
    reported,
)
from .meeting_support import at, office


@pytest.fixture
def o(demo):
    return office(*demo)


def _counts(o) -> tuple[int, ...]:
    one = lambda sql: o.ctx.db.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM result_reports"), one("SELECT count(*) FROM evaluations"),
            one("SELECT count(*) FROM register_entries"), one("SELECT count(*) FROM proposal_transitions"))


def test_the_report_states_every_indicator_against_its_target_from_the_recorded_values(o):
    proposal = reported(o, values=("30", "21"))
    report = result_reports.get(o.ctx, proposal.id, actor=o.head)
    first, second = report.indicators
    assert (first.latest, first.status, first.share) == (Decimal("30"), IndicatorStatus.NOT_REACHED, None)  # hold 45
    assert (second.latest, second.status, second.share) == (Decimal("21"), IndicatorStatus.NOT_REACHED,
                                                            Fraction(1, 2))  # 30 → 12 days: half way
    assert report.suggested is Achievement.NOT_COMPLETED and report.reached == 0
    assert report.due_on == REPORT_DUE and not report.late and report.evaluation_due_on == date(2026, 2, 12)
    assert report.reporter_name == "K'Brơi Ngọc Sơn" and not report.damage
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.REPORTED
    assert verify_all(o.ctx).ok


def test_a_report_after_the_five_working_days_is_marked_late_by_the_days_it_came_after(o):
    proposal = reported(o, on=date(2026, 2, 10))  # due Friday 6; Tuesday 10 is 2 working days after
    report = result_reports.get(o.ctx, proposal.id, actor=o.official)
    assert report.late and report.late_days == 2 and report.due_on == REPORT_DUE


@pytest.mark.parametrize("case, code", [
    ("not an implementer", "permission_denied"),
    ("no explanation", "text_required"),
    ("damage without cause", "damage_details_required"),
    ("no damage but an estimate", "damage_details_without_damage"),
    ("damage unclear", "damage_invalid"),
    ("before the end", "report_before_end"),
])
def test_a_refused_report_writes_nothing(o, case, code):
    proposal = finished(o)
    kw = {"actor": o.official, "explanation": "Đã thực hiện.", "damage": False, "reported_on": date(2026, 2, 3)}
    if case == "not an implementer":
        kw["actor"] = o.head
    elif case == "no explanation":
        kw["explanation"] = "  "
    elif case == "damage without cause":
        kw.update(damage=True, damage_estimate="20 triệu đồng")
    elif case == "no damage but an estimate":
        kw["damage_estimate"] = "20 triệu đồng"
    elif case == "damage unclear":
        kw["damage"] = "có lẽ"
    else:
        kw["reported_on"] = date(2026, 1, 29)
    before = _counts(o)
    with at(date(2026, 2, 3)), pytest.raises(DomainError) as err:
        result_reports.submit(o.ctx, proposal_id=proposal.id, **kw)
    assert err.value.code == code and "{" not in describe(err.value)
    assert _counts(o) == before and proposals.get(o.ctx, proposal.id, actor=o.head).state is State.FINISHED


def test_a_report_is_final_once_submitted(o):
    proposal = reported(o)
    with at(date(2026, 2, 4)), pytest.raises(ValidationError) as err:
        result_reports.submit(o.ctx, actor=o.official, proposal_id=proposal.id, explanation="Sửa lại")
    assert err.value.code == "report_exists" and "không sửa được" in describe(err.value)


def test_the_evaluation_item_knows_its_purpose_and_its_seven_working_days(o):
    proposal, meeting = put_to_evaluation(o)
    (item,) = meeting.items
    assert item.purpose is Purpose.EVALUATION and item.due_on == date(2026, 2, 12) and not item.late
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.EVALUATING
    (opinion,) = review.party_opinions(o.ctx, proposal.id, actor=o.head, stage=review.EVALUATION_STAGE)
    assert opinion.stage == "evaluation" and opinion.text == "Thống nhất với kết quả báo cáo."
    with pytest.raises(ValidationError) as err:  # the head approves a plan in writing, never a result
        with at(EVALUATED_ON, 11):
            meeting_votes.override(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=proposal.id,
                                   reason="Cần thiết")
    assert err.value.code == "override_not_for_evaluation"


def test_a_completed_result_is_ruled_no_liability_with_commendation_and_numbered_from_the_register(o):
    proposal, meeting = put_to_evaluation(o)
    made = evaluate(o, proposal)
    assert made.ruling.kind is RulingKind.NO_LIABILITY and made.ruling.commendation
    assert made.reference == "01/TB-UBND" and made.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert made.title.startswith("Kết luận đánh giá kết quả thực hiện đề xuất")
    assert "khen thưởng" in ruling_sentence(made.ruling)
    assert proposals.get(o.ctx, proposal.id, actor=o.head).state is State.EVALUATED
    entry = register.find_entry(o.ctx, "01/TB-UBND", actor=o.head, year=2026).entry
    assert entry.subject_table == "evaluations" and entry.subject_id == made.id
    assert evaluations.get(o.ctx, proposal.ref, actor=o.official).id == made.id  # the proposer reads it
    with pytest.raises(DomainError) as again:
        evaluate(o, proposal)
    assert again.value.code == "evaluation_not_scheduled"
    assert verify_all(o.ctx).ok


def test_partly_completed_without_damage_is_liability_excluded(o):
    proposal, _ = put_to_evaluation(o, values=("45", "20"))
    made = evaluate(o, proposal, result="not_met")
    assert made.ruling.kind is RulingKind.EXCLUDED
    assert dict(made.ruling.measures) == dict.fromkeys(Liability, Measure.EXCLUDED)


def test_with_damage_each_liability_takes_its_measure(o):
    proposal, _ = put_to_evaluation(o, damage=True)
    made = evaluate(o, proposal, result="damaged", measures={"party": "reduced", "administrative": "reduced",
                                                            "compensation": "exempted"})
    assert made.ruling.kind is RulingKind.MEASURES
    assert made.ruling.measure(Liability.COMPENSATION) is Measure.EXEMPTED
    assert "giảm nhẹ" in ruling_sentence(made.ruling)


@pytest.mark.parametrize("case, code", [
    ("not the head", "permission_denied"),
    ("a condition unanswered", "protection_incomplete"),
    ("abuse unanswered", "protection_incomplete"),
    ("a measure where none applies", "protection_measure_not_applicable"),
    ("no party opinion", "party_opinion_required"),
    ("vote failed", "evaluation_not_adopted"),  # another meeting evaluates it: test_evaluation_again
    ("before the meeting", "decision_before_meeting"),
    ("meeting still open", "meeting_not_closed"),  # it cites the minutes, numbered when the meeting closes
])
def test_a_refused_conclusion_takes_no_number_and_moves_nothing(o, case, code):
    proposal, _ = put_to_evaluation(o, opinion=case != "no party opinion",
                                    choice="against" if case == "vote failed" else "for",
                                    closed=case != "meeting still open")
    kw: dict = {}
    if case == "not the head":
        kw["actor"] = o.leader
    elif case == "a condition unanswered":
        kw["conditions"] = {k: v for k, v in MET.items() if k != "pure_motive"}
    elif case == "abuse unanswered":
        kw["abuse"] = None
    elif case == "a measure where none applies":
        kw["measures"] = {"party": "reduced"}
    elif case == "before the meeting":
        kw["day"] = date(2026, 2, 9)
    before = _counts(o)
    with pytest.raises(DomainError) as err:
        evaluate(o, proposal, **kw)
    assert err.value.code == code
    text = describe(err.value)
    assert text and "{" not in text
    assert _counts(o) == before and proposals.get(o.ctx, proposal.id, actor=o.head).state is State.EVALUATING


def test_an_unmet_condition_gives_no_protection_and_flags_the_case(o):
    proposal, _ = put_to_evaluation(o)
    made = evaluate(o, proposal, conditions={**MET, "no_self_interest": False}, abuse=["group_interest"])
    assert made.ruling.kind is RulingKind.NO_PROTECTION and made.ruling.flagged
    assert "Ủy ban kiểm tra" in ruling_sentence(made.ruling)


def test_a_signed_conclusion_is_locked(o, tmp_path):
    proposal, _ = put_to_evaluation(o)
    made = evaluate(o, proposal)
    scan = tmp_path / "ket-luan-da-ky.pdf"
    write_pdf(scan, "da ky")
    with at(date(2026, 2, 12)):
        with pytest.raises(PermissionDenied):
            evaluations.attach_signed(o.ctx, actor=o.official, evaluation_id=made.id, path=scan)
        assert evaluations.attach_signed(o.ctx, actor=o.secretary, evaluation_id=made.id, path=scan).value.locked
        with pytest.raises(ValidationError) as again:
            evaluations.attach_signed(o.ctx, actor=o.head, evaluation_id=made.id, path=scan)
    assert again.value.code == "decision_locked"
