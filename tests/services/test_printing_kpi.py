"""The KPI report's service: its values are those of ``kpi.unit_kpis``; a print is recorded so that ``verify --code``
finds it current on a later day and superseded once a figure changes; only the readers of the unit's KPIs print it;
its charts are green where the target is met and red where not, with the target marked."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.graphics.shapes import Line, Rect, String

from lamdong_desktop.documents import charts
from lamdong_desktop.documents.check import canonical_lines
from lamdong_desktop.documents.fonts import register_fonts
from lamdong_desktop.documents.kpi_report import kpi_document
from lamdong_desktop.documents.model import Bar, Chart
from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import printed, printing_kpi, task_steps
from lamdong_desktop.services.printed_verify import Verdict, check_code
from lamdong_desktop.storage import printed_repo
from tests.documents.pdftext import check_lines

from .meeting_support import at, office
from .task_support import HUONG, SON, TODAY, build_quarter


@pytest.fixture
def o(demo):
    made = office(*demo)
    build_quarter(made)
    return made


def _code(path) -> str:
    return check_lines(path)[0].rsplit(" ", 1)[-1]


def test_the_values_are_the_kpis_and_their_lists(o):
    with at(TODAY):
        doc = printing_kpi.kpi_report_of(o.ctx, printing_kpi.kpi_subject("2026-Q1", TODAY), actor=o.head)
    assert (doc.period, doc.as_of, doc.number) == ("quý I năm 2026", TODAY, None)
    assert [(f.result, f.met) for f in doc.figures] == [
        ("37,5% (3/8)", False), ("33,3% (2/6)", False), ("1 (trên 2 hồ sơ quá hạn; 1 có lý do chính đáng)", False),
        ("2 (trên 10 nhiệm vụ được giao)", None), ("1", None), ("50,0% (1/2)", False)]
    assert [t.ref for t in doc.open_overdue.rows] == ["NV-2026-009", "NV-2026-008"] and doc.open_overdue.total == 2
    assert [t.ref for t in doc.flash.rows] == ["NV-2026-002", "NV-2026-009"]
    assert [(h.name, h.without_good_reason) for h in doc.heads] == [(HUONG, 1), ("Nguyễn Văn Hùng", 0)]
    assert [(g.name, g.proposals) for g in doc.organisations] == [("Chi bộ Trường Tiểu học Di Linh", ()),
                                                                  ("Đảng bộ xã Di Linh", ("DX-2026-001",))]
    lines = canonical_lines(kpi_document(doc))
    assert f"{SON} | 50,0%" in lines and "Cá nhân không có việc quá hạn | 33,3%" in lines  # the charts are checked


def test_a_print_is_current_later_and_superseded_once_a_figure_changes(o, tmp_path):
    with at(TODAY, 10):
        path = printing_kpi.print_kpi(o.ctx, actor=o.head, period="2026-q1", target=tmp_path / "bc.pdf")
    [copy] = [printed.copy_view(r) for r in printed_repo.of_subject(o.ctx.db, printed.KPI, "tasks",
                                                                  "2026-Q1@2026-03-20")]
    assert copy.draft and copy.reference == "Chỉ tiêu 2026-Q1" and copy.doc_type == "BC"
    with at(date(2026, 3, 25)):  # counted as printed: up to 20/03, not to the day it is checked
        assert check_code(o.ctx, actor=o.leader, text=_code(path)).verdict is Verdict.CURRENT
    [(late,)] = o.ctx.db.execute("SELECT id FROM tasks WHERE ref = 'NV-2026-009'").fetchall()
    with at(date(2026, 3, 25)):
        task_steps.judge(o.ctx, actor=o.head, task_id=late, good_reason=True, reason="Mưa lũ chia cắt các thôn.",
                         on=TODAY)
        found = check_code(o.ctx, actor=o.head, text=_code(path))
    assert found.verdict is Verdict.SUPERSEDED
    assert any("0 (trên 2 hồ sơ quá hạn; 2 có lý do chính đáng)" in line for line in found.differences)


def test_only_the_readers_of_the_units_kpis_print_it(o, tmp_path):
    target = tmp_path / "bc.pdf"
    with at(TODAY), pytest.raises(PermissionDenied):
        printing_kpi.print_kpi(o.ctx, actor=o.official, period="2026-Q1", target=target)
    assert not target.exists()
    assert not printed_repo.of_subject(o.ctx.db, printed.KPI, "tasks", "2026-Q1@2026-03-20")
    with at(TODAY), pytest.raises(PermissionDenied):
        printing_kpi.kpi_report_of(o.ctx, "2026-Q1@2026-03-20", actor=o.official)


def test_a_chart_is_green_where_the_target_is_met_and_red_where_not():
    chart = Chart("Biểu đồ", (Bar("Đạt", 90, "90,0%", 80, True), Bar("Chưa đạt", 30, "30,0%", 80, False),
                              Bar("Không có chỉ tiêu", 2, "2")), 100.0, "Vạch đứt: chỉ tiêu")
    fonts = register_fonts("bundled")
    drawing = charts.chart_drawing(chart, fonts, 400)
    bars = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor != charts.TRACK]
    assert [b.fillColor for b in bars] == [charts.MET, charts.NOT_MET, charts.NO_VERDICT]
    assert bars[0].width == pytest.approx(bars[1].width * 3)  # the bars to scale
    marks = [s for s in drawing.contents if isinstance(s, Line) and s.strokeDashArray]
    assert len(marks) == 2 and marks[0].x1 == pytest.approx(bars[0].x + bars[0].width * 80 / 90)
    assert {"Đạt", "90,0%", "Biểu đồ", "Vạch đứt: chỉ tiêu"} <= {s.text for s in drawing.contents
                                                                  if isinstance(s, String)}
    long = charts.chart_drawing(Chart("", (Bar("Chi bộ " * 20, 1, "1"),), 1.0), fonts, 400)
    label = next(s for s in long.contents if isinstance(s, String) and s.text.startswith("Chi bộ"))
    assert label.text.endswith("…") and label.fontSize == charts.MIN_LABEL_SIZE


def test_a_long_list_prints_its_first_rows_and_says_how_many_it_holds(o, monkeypatch, tmp_path):
    from lamdong_desktop.documents import kpi_report
    from tests.documents.pdftext import document_text

    monkeypatch.setattr(kpi_report, "MAX_LISTED", 1)
    with at(TODAY):
        doc = printing_kpi.kpi_report_of(o.ctx, printing_kpi.kpi_subject("2026-Q1", TODAY), actor=o.head)
        assert ([t.ref for t in doc.flash.rows], doc.flash.total) == (["NV-2026-002"], 2)
        text = document_text(printing_kpi.render_kpi(doc, tmp_path / "bc.pdf"))
    assert ("Danh sách trên nêu 1 nhiệm vụ đầu trong tổng số 2 nhiệm vụ; danh sách đầy đủ xem tại bảng tính xuất ra "
            "(lamdong export kpi).") in text
    assert kpi_report.count(12345) == "12.345"


def test_a_numbered_report_prints_its_number_and_checks(o, tmp_path):
    from lamdong_desktop.services import register
    from tests.documents.pdftext import document_text

    with at(date(2026, 3, 23)):
        number = register.issue(o.ctx, actor=o.secretary, doc_type="BC", title="Báo cáo chỉ tiêu quý I năm 2026",
                                signer_person_id=o.person("Nguyễn Văn Hùng"), authority="TM").value
        path = printing_kpi.print_kpi(o.ctx, actor=o.head, period="2026-Q1", entry_id=number.id,
                                      target=tmp_path / "bc.pdf")
        text = document_text(path)
        assert f"Số: {number.reference}" in text and "Di Linh, ngày 23 tháng 3 năm 2026" in text
        assert "(số liệu tính đến ngày 23/03/2026)" in text
        assert check_lines(path)[0].startswith(f"Báo cáo số {number.reference} · Chỉ tiêu 2026-Q1 · mã kiểm tra ")
        assert check_code(o.ctx, actor=o.head, text=_code(path)).verdict is Verdict.CURRENT
        notice = register.issue(o.ctx, actor=o.secretary, doc_type="TB", title="Thông báo khác",
                                signer_person_id=o.person("Nguyễn Văn Hùng")).value
        with pytest.raises(ValidationError) as refused:
            printing_kpi.print_kpi(o.ctx, actor=o.head, period="2026-Q1", entry_id=notice.id,
                                   target=tmp_path / "x.pdf")
        with pytest.raises(ValidationError) as other:
            printing_kpi.print_kpi(o.ctx, actor=o.head, period="2024", entry_id=number.id, target=tmp_path / "x.pdf")
    assert describe(refused.value) == (
        f"Số {notice.reference} không dùng được cho báo cáo kết quả thực hiện chỉ tiêu: đó không phải số của một báo "
        "cáo (BC). Chưa in báo cáo; hãy chọn một số báo cáo (BC) còn trống của đơn vị.")
    assert other.value.code == "kpi_number_invalid" and describe(other.value) == (
        f"Số {number.reference} không dùng được cho báo cáo kết quả thực hiện chỉ tiêu: số này cấp trong một năm khác "
        "với năm cuối của kỳ báo cáo hoặc năm sau đó. Chưa in báo cáo; hãy chọn một số báo cáo (BC) còn trống của "
        "đơn vị.")
    assert not (tmp_path / "x.pdf").exists()


def test_a_period_not_started_prints_nothing_and_is_said_so(o, tmp_path):
    """A period ahead of today was counted "up to" the day before it starts (a report "tính đến ngày 31/12/2026" of
    2027): its report is refused, and the figures on screen say the period has not started."""
    from lamdong_desktop.domain.kpi import parse_period
    from lamdong_desktop.messages import counted_words

    target = tmp_path / "bc.pdf"
    with at(TODAY), pytest.raises(ValidationError) as refused:
        printing_kpi.print_kpi(o.ctx, actor=o.head, period="2026-Q2", target=target)
    assert describe(refused.value) == ("Báo cáo chỉ tiêu quý II năm 2026 chưa in được: kỳ bắt đầu ngày 01/04/2026, "
                                       "chưa có số liệu. Chưa in gì.")
    assert not target.exists() and not printed_repo.of_subject(o.ctx.db, printed.KPI, "tasks", "2026-Q2@2026-03-20")
    ahead = parse_period("2026-Q2", today=TODAY)
    assert counted_words(ahead, ahead.as_of(TODAY)) == "kỳ bắt đầu ngày 01/04/2026, chưa có số liệu"
    running = parse_period("2026", today=TODAY)
    assert counted_words(running, running.as_of(TODAY)) == "tính đến ngày 20/03/2026"


def test_the_report_and_the_dashboard_say_what_stands_beside_the_figures(o):
    """An overdue task cancelled by the head stays overdue (kpi says so): the report and the dashboard say it too."""
    from lamdong_desktop.services import kpi, tasks
    from lamdong_desktop.ui.kpi.figures import completed_text

    [(late,)] = o.ctx.db.execute("SELECT id FROM tasks WHERE ref = 'NV-2026-009'").fetchall()
    with at(TODAY):
        tasks.cancel(o.ctx, actor=o.head, task_id=late, reason="Không còn cần thiết.")
        doc = printing_kpi.kpi_report_of(o.ctx, printing_kpi.kpi_subject("2026-Q1", TODAY), actor=o.head)
        k = kpi.unit_kpis(o.ctx, actor=o.head, period=printing_kpi.parse_period("2026-Q1", today=TODAY), today=TODAY)
    assert doc.completed.endswith(" 1 nhiệm vụ bị hủy khi đã quá hạn (vẫn tính quá hạn).")
    assert completed_text(k).endswith(" Hủy khi đã quá hạn (vẫn tính quá hạn): 1.")
    assert "chờ người giao xác nhận" not in doc.completed.lower()
