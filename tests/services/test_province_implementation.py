"""A head's own proposal carried out after the province approved it (ND 73/2023 Đ7.1, Đ9–Đ11): the province, which
decided it, starts and adjusts it and evaluates its result — each adjustment and the conclusion numbered in the
province's register, signed for the province from its roster, printed under the province's name. The head carries
it out and reports, and is refused the province's part with the reason."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import NotFound, PermissionDenied
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.messages import describe
from lamdong_desktop.services import (
    adjustments,
    evaluations,
    implementation,
    meetings,
    proposals,
    register,
    result_reports,
    review,
)
from lamdong_desktop.services import printing_results as pr
from lamdong_desktop.services.integrity import verify_all
from tests.documents.pdftext import document_text

from .implementation_support import MET
from .province_support import PARTY_BODY, PROVINCE_SEATS, VOTERS, at, province

STARTED, ADJUSTED, ENDED, REPORTED, EVALUATED = (date(2026, 1, 15), date(2026, 1, 20), date(2026, 1, 30),
                                                 date(2026, 2, 3), date(2026, 2, 10))


@pytest.fixture
def p(demo):
    return province(*demo)


def _approved_and_started(p):
    own = p.own_proposal()
    p.hold(p.convene([own.id]), own)
    p.decide(own)
    with at(STARTED, 9):
        implementation.start(p.ctx, actor=p.actor, proposal_id=own.id, started_on=STARTED,
                             implementers=[p.o.person("Nguyễn Văn Hùng")])
    return own


def _unit_entries(p) -> list[str]:
    return [r[0] for r in p.ctx.db.execute("SELECT reference FROM register_entries WHERE unit_code = ?",
                                           [p.ctx.unit_code])]


def test_the_province_adjusts_the_heads_own_proposal_under_its_own_number_and_name(p, tmp_path):
    own = _approved_and_started(p)
    with at(ADJUSTED, 9):
        with pytest.raises(PermissionDenied) as err:  # the head is its implementer, not the one who adjusts it
            adjustments.adjust(p.ctx, actor=p.o.head, proposal_id=own.id, content="Bổ sung thôn Kao Kuil.",
                               reasons="Mở rộng phạm vi")
        assert err.value.code == "own_proposal_at_province" and "cấp tỉnh" in describe(err.value)
        made = adjustments.adjust(p.ctx, actor=p.actor, proposal_id=own.id, content="Bổ sung thôn Kao Kuil.",
                                  reasons="Sau sắp xếp đơn vị hành chính có thêm trường hợp cùng loại.",
                                  signer_person_id=p.person("Đoàn Minh Quang")).value
    assert made.reference == "02/QĐ-UBND"  # after the province's approval, 01/QĐ-UBND
    assert made.signer_name == "Đoàn Minh Quang" and made.signer_lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert _unit_entries(p) == []  # nothing of it in the commune's register
    entry = register.find_entry(p.ctx, "02/QĐ-UBND", actor=p.actor, year=2026).entry
    assert entry.subject_table == "implementation_events" and entry.subject_id == made.id
    with at(ADJUSTED, 10):  # the head, its proposer, reads it and finds it by its number
        assert adjustments.get(p.ctx, "02/QĐ-UBND", actor=p.o.head).id == made.id
    with pytest.raises(NotFound):  # the unit's official never read the head's proposal
        adjustments.get(p.ctx, made.id, actor=p.o.official)
    doc = pr.adjustment_of(p.ctx, made.id, actor=p.o.head)
    assert doc.unit_name == "Tỉnh Lâm Đồng" and doc.approval_reference == "01/QĐ-UBND"
    text = document_text(pr.print_adjustment(p.ctx, actor=p.actor, adjustment=made.id, target=tmp_path / "dc.pdf"))
    assert "TỈNH LÂM ĐỒNG" in text and "XÃ DI LINH" not in text and "Số: 02/QĐ-UBND" in text
    assert "Lâm Đồng, ngày 20 tháng 01 năm 2026" in text and "Đoàn Minh Quang" in text
    assert verify_all(p.ctx).ok


def test_the_province_evaluates_the_result_and_numbers_its_conclusion_in_its_register(p, tmp_path):
    own = _approved_and_started(p)
    o = p.o
    with at(date(2026, 1, 28), 9):
        for number, value in ((1, "45"), (2, "12")):
            implementation.record_progress(p.ctx, actor=o.head, proposal_id=own.id, indicator=number, value=value,
                                           measured_on=date(2026, 1, 28))
    with at(ENDED, 16):
        implementation.finish(p.ctx, actor=o.head, proposal_id=own.id, ended_on=ENDED)
    with at(REPORTED, 10):
        result_reports.submit(p.ctx, actor=o.head, proposal_id=own.id, reported_on=REPORTED,
                              explanation="Đã thực hiện theo kế hoạch được phê duyệt.")
    with at(date(2026, 2, 5), 9):
        review.record_party_opinion(p.ctx, actor=p.actor, proposal_id=own.id, opinion_on=date(2026, 2, 5),
                                    body=PARTY_BODY, text="Thống nhất với kết quả báo cáo.")
    with at(date(2026, 2, 6), 7):
        meeting = meetings.convene(
            p.ctx, actor=p.actor, kind="leadership", level="province",
            title="Họp tập thể lãnh đạo UBND tỉnh đánh giá kết quả thực hiện đề xuất",
            starts_at=datetime.combine(EVALUATED, time(8), clock.VN_TZ), place="Phòng họp số 2",
            members=p.seats(), proposal_ids=[own.id]).value
    ids = {m.full_name: m.id for m in meeting.members}
    with at(EVALUATED, 8, 5):
        from lamdong_desktop.services import meeting_records, meeting_votes

        meeting_records.attend_many(p.ctx, actor=p.actor, meeting_id=meeting.id,
                                    marks=[(ids[n], "present", "") for n, _, _ in PROVINCE_SEATS])
        meeting_votes.record_ballots(p.ctx, actor=p.actor, meeting_id=meeting.id, proposal=own.ref,
                                     ballots={ids[n]: "for" for n in VOTERS})
    with at(EVALUATED, 11, 30):
        meetings.close(p.ctx, actor=p.actor, meeting_id=meeting.id)
    with at(date(2026, 2, 11), 9):
        with pytest.raises(PermissionDenied):
            evaluations.evaluate(p.ctx, actor=o.head, proposal_id=own.id, result="completed", conditions=MET,
                                 abuse=())
        made = evaluations.evaluate(p.ctx, actor=p.actor, proposal_id=own.id, result="completed", conditions=MET,
                                    abuse=(), signer_person_id=p.person("Đoàn Minh Quang")).value
    assert made.reference == "01/TB-UBND" and made.signer_name == "Đoàn Minh Quang"
    assert proposals.get(p.ctx, own.id, actor=o.head).state is State.EVALUATED
    assert _unit_entries(p) == []
    doc = pr.evaluation_of(p.ctx, made.id, actor=o.head)
    assert doc.unit_name == "Tỉnh Lâm Đồng" and doc.meeting.minutes_reference == "02/BB-UBND"
    text = document_text(pr.print_evaluation(p.ctx, actor=p.actor, evaluation=made.id, target=tmp_path / "kl.pdf"))
    assert "TỈNH LÂM ĐỒNG" in text and "XÃ DI LINH" not in text and "Số: 01/TB-UBND" in text
    assert "02/BB-UBND" in text
    report = document_text(pr.print_report(p.ctx, actor=o.head, proposal_id=own.id, target=tmp_path / "bc.pdf"))
    assert "Chủ tịch UBND tỉnh (để đánh giá)" in report  # the level that evaluates it
    assert verify_all(p.ctx).ok


def test_the_province_names_the_implementers_among_the_communes_people(p):
    own = p.own_proposal()
    p.hold(p.convene([own.id]), own)
    p.decide(own)
    names = {person.full_name for person in implementation.implementer_choices(p.ctx, actor=p.actor,
                                                                              proposal_id=own.id)}
    assert "Nguyễn Văn Hùng" in names and "K'Brơi Ngọc Sơn" in names and "Đoàn Minh Quang" not in names
    assert implementation.find_implementer(p.ctx, "nguyen van hung", actor=p.actor, proposal_id=own.id) == \
        p.o.person("Nguyễn Văn Hùng")
    with pytest.raises(PermissionDenied):  # the head is its proposer: the province starts it
        implementation.implementer_choices(p.ctx, actor=p.o.head, proposal_id=own.id)
