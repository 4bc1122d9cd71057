"""The decision read back from its PDF: authority, legal bases in order, articles, override, signer, draft."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from lamdong_desktop.documents import decision
from lamdong_desktop.documents.decision import (
    MinutesRef,
    decision_document,
    legal_bases,
    render_decision,
    sample_decision,
)
from lamdong_desktop.documents.issued import Person, Signer
from tests.documents import layout_checks as checks
from tests.documents.conftest import Printed
from tests.documents.pdftext import document_text, flat


def _render(tmp_path: Path, d: decision.Decision) -> tuple[Path, str]:
    path = tmp_path / "decision.pdf"
    render_decision(d, path, font_source="bundled")
    return path, document_text(path)


def test_approval_holds_bases_articles_and_signer_in_order(printed: dict[str, Printed]) -> None:
    text = document_text(printed["decision"].path)
    d = sample_decision()
    order = [
        "Số: 03/QĐ-UBND", "Di Linh, ngày 06 tháng 01 năm 2027", "QUYẾT ĐỊNH",
        f"Về việc phê duyệt đề xuất đổi mới, sáng tạo “{d.proposal.title}”", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ DI LINH",
        f"{decision.LAW_LOCAL_GOVERNMENT};", f"{decision.DECREE_73};", f"Căn cứ {decision.SAMPLE_RESOLUTION};",
        "Căn cứ Biên bản họp tập thể lãnh đạo Ủy ban nhân dân xã Di Linh số 01/BB-UBND ngày 05 tháng 01 năm 2027;",
        "Căn cứ ý kiến của Đảng ủy xã Di Linh tại Văn bản số 112-CV/ĐU ngày 30 tháng 12 năm 2026;",
        "Xét Kế hoạch đề xuất đổi mới, sáng tạo của Nguyễn Thị Hồng Nhung, Phó Chủ tịch UBND xã.",
        "QUYẾT ĐỊNH:",
        f"Điều 1. Phê duyệt đề xuất đổi mới, sáng tạo “{d.proposal.title}” (mã đề xuất DX-2026-041) do Nguyễn Thị "
        "Hồng Nhung, Phó Chủ tịch UBND xã đề xuất, với các nội dung chủ yếu sau:",
        f"1. Phạm vi, đối tượng áp dụng: {d.scope}.", f"2. Thời gian thực hiện: {d.period}.",
        "Điều 2. Tổ chức thực hiện:", flat(decision.REPORT_DUTY),
        f"Điều 3. {decision.EFFECT}", "chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận: - Như Điều 3;", "- Lưu: VT, hồ sơ đề xuất DX-2026-041.", "CHỦ TỊCH Nguyễn Văn Hùng",
    ]
    positions = [text.index(flat(part)) for part in order]
    assert positions == sorted(positions)
    for duty in d.responsibilities:
        assert flat(duty) in text
    assert "thí điểm" not in text and decision.OVERRIDE.split("{")[0] not in text


def test_faces_of_a_decision(printed: dict[str, Printed]) -> None:
    pages = checks.page_runs(printed["decision"].path)
    first = checks.by_text(pages[0])
    authority = first["CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ DI LINH"]
    assert authority.face == checks.BOLD and authority.x + authority.width / 2 == pytest.approx(checks.CENTRE, abs=1)
    bases = [r for page in pages for r in page if r.text.startswith("Căn cứ")]
    assert len(bases) == 5 and {r.face for r in bases} == {checks.ITALIC}  # ND 30: the bases in italics
    decides = [r for page in pages for r in page if flat(r.text) == decision.DECIDES]
    assert decides[0].face == checks.BOLD
    assert decides[0].x + decides[0].width / 2 == pytest.approx(checks.CENTRE, abs=1)
    articles = [r for page in pages for r in page if r.text.startswith("Điều ")]
    assert [flat(r.text) for r in articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert {r.face for r in articles} == {checks.BOLD}


def test_a_pilot_names_its_scope_period_and_the_council(printed: dict[str, Printed]) -> None:
    text = document_text(printed["decision_pilot"].path)
    d = sample_decision(outcome="pilot", number=4)
    for expected in (
        "Số: 04/QĐ-UBND", f"Về việc cho thực hiện thí điểm đề xuất đổi mới, sáng tạo “{d.proposal.title}”",
        "Căn cứ Biên bản họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo số 02/BB-HĐĐG ngày 07 tháng 01 năm 2027;",
        f"Điều 1. Cho thực hiện thí điểm đề xuất đổi mới, sáng tạo “{d.proposal.title}”",
        f"1. Phạm vi thí điểm: {d.scope}.", f"2. Thời gian thí điểm: {d.period}.", flat(decision.PILOT_END),
    ):
        assert flat(expected) in text, expected


def test_a_heads_override_is_cited_with_its_reason_and_the_draft_is_marked(printed: dict[str, Printed]) -> None:
    text = document_text(printed["decision_draft"].path)
    reason = sample_decision(override=True).override.reason  # type: ignore[union-attr]
    assert ("Đề xuất được phê duyệt do người đứng đầu quyết định theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP sau "
            f"khi cuộc họp tập thể lãnh đạo biểu quyết không thông qua, lý do: {reason}.") in text
    assert "Số: /QĐ-UBND" in text and "Di Linh, ngày tháng năm 2027" in text
    assert text.index("lý do:") < text.index("Điều 2.")  # stated in Điều 1


def test_legal_bases_end_with_semicolons_then_a_full_stop() -> None:
    d = dataclasses.replace(sample_decision(), resolution="", party_opinion=None,
                            minutes=MinutesRef("council", date(2027, 1, 7)),
                            extra_bases=("Quyết định số 02/QĐ-UBND ngày 04/01/2027 về việc thành lập Hội đồng",))
    bases = legal_bases(d)
    assert bases[:2] == (f"{decision.LAW_LOCAL_GOVERNMENT};", f"{decision.DECREE_73};")
    assert bases[2] == "Căn cứ Biên bản họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo ngày 07 tháng 01 năm 2027;"
    assert bases[3] == "Căn cứ Quyết định số 02/QĐ-UBND ngày 04/01/2027 về việc thành lập Hội đồng;"
    assert all(b.endswith(";") for b in bases[:-1]) and bases[-1].endswith(".") and len(bases) == 5


def test_a_deputy_signs_under_three_authority_lines(tmp_path: Path) -> None:
    signer = Signer.from_lines("Ka Thị Hương", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
    d = dataclasses.replace(sample_decision(), signer=signer, executors=("Văn phòng HĐND và UBND xã",))
    path, text = _render(tmp_path, d)
    assert text.endswith("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ka Thị Hương")
    assert "Văn phòng HĐND và UBND xã chịu trách nhiệm thi hành Quyết định này./." in text
    checks.check_closing(checks.page_runs(path), decision_document(d))


def test_document_model_defaults() -> None:
    doc = decision_document(dataclasses.replace(sample_decision(), unit_name="Phường Xuân Hương - Đà Lạt",
                                                unit_short_name="Xuân Hương - Đà Lạt"))
    assert doc.issuer == ("ỦY BAN NHÂN DÂN", "PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT")
    assert doc.recipients[1] == "- Đảng ủy phường (để báo cáo);"
    assert doc.signature.title == "CHỦ TỊCH" and doc.signature.authority_lines == ()
    assert not doc.draft and doc.date == date(2027, 1, 6)
    draft = decision_document(sample_decision(number=None))
    assert draft.draft and draft.date is None and draft.draft_year == 2027


OFFICE = "Chánh Văn phòng HĐND và UBND xã"
OTHERS = "và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."


@pytest.mark.parametrize(("name", "position", "executors"), [
    # The proposer heads the office (the demo's secretary): the position stands once, the person is not named again.
    ("Trần Thị Mai", "Chánh Văn phòng HĐND và UBND", OFFICE),
    ("Trần Thị Mai", "Chánh Văn phòng HĐND và UBND xã", OFFICE),
    ("Trần Thị Mai", "Chánh Văn phòng", OFFICE),
    # An ordinary official: named, the position in brackets (a comma would read as another executor).
    ("Trần Thị Mai", "Chuyên viên Văn phòng HĐND và UBND xã",
     f"{OFFICE}, Trần Thị Mai (Chuyên viên Văn phòng HĐND và UBND xã)"),
    ("Trần Thị Mai", "Phó Chánh Văn phòng HĐND và UBND xã",
     f"{OFFICE}, Trần Thị Mai (Phó Chánh Văn phòng HĐND và UBND xã)"),
    ("Trần Thị Mai", "Chánh Văn phòng Đảng ủy xã", f"{OFFICE}, Trần Thị Mai (Chánh Văn phòng Đảng ủy xã)"),
    # No position recorded: the name alone.
    ("Trần Thị Mai", "", f"{OFFICE}, Trần Thị Mai"),
    # The head or a deputy: a bare title is completed with its body.
    ("Nguyễn Văn Hùng", "Chủ tịch UBND xã", f"{OFFICE}, Nguyễn Văn Hùng (Chủ tịch UBND xã)"),
    ("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch", f"{OFFICE}, Nguyễn Thị Hồng Nhung (Phó Chủ tịch UBND xã)"),
])
def test_the_last_article_names_each_executor_once(tmp_path: Path, name: str, position: str, executors: str) -> None:
    d = sample_decision()
    d = dataclasses.replace(d, proposal=dataclasses.replace(d.proposal, proposer=Person(name, position)),
                            responsibilities=())
    d = dataclasses.replace(d, responsibilities=(decision.lead_duty(d),))
    _path, text = _render(tmp_path, d)
    article = text[text.index(f"Điều 3. {decision.EFFECT}"):text.index("Nơi nhận:")].strip()
    assert article == f"Điều 3. {decision.EFFECT} {executors} {OTHERS}"
    assert article.count(name) == (0 if executors == OFFICE else 1)
    # Điều 2 closes the position before the verb: the person leads, not the office named in the position.
    lead = f"{name}, {position}, chủ trì" if position else f"{name} chủ trì"
    assert f"1. {lead} tổ chức thực hiện" in text
