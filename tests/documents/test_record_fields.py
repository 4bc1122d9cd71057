"""What the forms gained to print a real record: the register's own numbers, an item's due date and lateness, a
decision's solution and first duty, a notice's vote sentence, an invitation's default preparations."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from lamdong_desktop.documents import decision, invitation, minutes, minutes_samples, notice
from lamdong_desktop.documents.issued import number_line
from lamdong_desktop.documents.model import Paragraph
from lamdong_desktop.domain.register import DocType, format_number


def _texts(blocks) -> list[str]:
    return [f"{b.lead} {b.text}".strip() if isinstance(b, Paragraph) else "" for b in blocks]


@pytest.mark.parametrize("doc_type", list(DocType))
@pytest.mark.parametrize("number", [1, 7, 10, 100])
def test_a_printed_number_is_the_registers(doc_type, number):
    for issuer in ("UBND", "HĐĐG"):
        assert number_line(number, doc_type.abbreviation, issuer) == f"Số: {format_number(number, doc_type, issuer)}"


def test_an_unknown_type_or_issuer_is_a_bug_not_a_number():
    for args in ((1, "XX"), (1, "QĐ", "U B"), (0, "QĐ"), (-3, "TB")):
        with pytest.raises(ValueError):
            number_line(*args)


def test_an_item_states_its_limit_and_whether_the_meeting_was_late():
    sample = minutes_samples.sample_minutes()
    item = dataclasses.replace(sample.agenda[0], due_on=date(2027, 1, 4), late=True)
    late = " ".join(_texts(minutes.minutes_body(dataclasses.replace(sample, agenda=(item,)))))
    assert ("Thời hạn đưa đề xuất ra họp (07 ngày làm việc kể từ ngày tiếp nhận, khoản 1 Điều 8 Nghị định số "
            "73/2023/NĐ-CP): ngày 04 tháng 01 năm 2027; cuộc họp được tổ chức sau thời hạn này.") in late
    on_time = " ".join(_texts(minutes.minutes_body(dataclasses.replace(
        sample, agenda=(dataclasses.replace(item, late=False),)))))
    assert "ngày 04 tháng 01 năm 2027." in on_time and "sau thời hạn" not in on_time
    assert "Thời hạn đưa đề xuất" not in " ".join(_texts(minutes.minutes_body(sample)))  # unknown: not printed


def test_a_decision_states_the_solution_and_who_leads_it():
    d = dataclasses.replace(decision.sample_decision(), solution="Thành lập Tổ công tác.\nXác minh một lần.",
                            responsibilities=())
    d = dataclasses.replace(d, responsibilities=(decision.lead_duty(d),))
    body = _texts(decision.decision_body(d))
    assert "3. Nội dung, nhiệm vụ, giải pháp: Thành lập Tổ công tác. Xác minh một lần." in body
    assert ("1. Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND xã, chủ trì tổ chức thực hiện theo Kế hoạch đề xuất đã được "
            "phê duyệt; định kỳ hằng quý báo cáo tiến độ cho Chủ tịch UBND xã.") in body
    pilot = decision.sample_decision(outcome="pilot")
    assert "đã được cho thực hiện thí điểm" in decision.lead_duty(pilot)


def test_a_notice_states_the_vote_in_words():
    assert notice.vote_result(voting=4, in_favour=1, against=3, abstaining=0, result="failed") == (
        "Kết quả biểu quyết: 1/4 thành viên tham gia biểu quyết tán thành, 3/4 không tán thành, 0/4 không biểu "
        "quyết; đề xuất không được thông qua")
    assert notice.vote_result(voting=0, in_favour=0, against=0, abstaining=0, result="no_quorum") == (
        "Cuộc họp không đủ số lượng thành viên để biểu quyết")


def test_an_invitation_asks_the_proposer_and_the_secretary_to_prepare():
    for kind, secretary in (("leadership", "Thư ký cuộc họp"), ("council", "Thư ký Hội đồng")):
        who = [p.who for p in invitation.default_preparations(kind)]
        assert who == ["Người đề xuất", secretary]
