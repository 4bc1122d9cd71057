"""The KPI dashboard on the quarter whose answers were worked out by hand (``tests/services/task_support``): its texts
show the numbers of ``lamdong kpi --json``, each bar is red or green as its target says (in its state and on
screen), the per-person table lists everyone in Vietnamese order, a click lists what is behind a figure, the export
reads back the same numbers, and a task completed elsewhere turns the figures over."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from lamdong_desktop.messages import STATE_WORDS
from lamdong_desktop.services import kpi, tasks
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.kpi import figures
from lamdong_desktop.ui.kpi.charts import MET_COLOR, MISSED_COLOR, NEUTRAL_COLOR
from lamdong_desktop.ui.kpi.tables import texts
from lamdong_desktop.ui.kpi.view import DETAIL_TAB, PEOPLE_TAB, KpiView
from lamdong_desktop.ui.main_window import AREA_KPI, MainWindow

from ..services.meeting_support import at
from ..services.task_support import EXPECTED_Q1, HUNG, HUONG, TODAY, comparable
from . import kpi_support
from .kpi_support import dashboard, kpi_json_of, share_text
from .proposal_support import KEPT, settle

quarter_template, quarter = kpi_support.quarter_template, kpi_support.quarter  # the fixtures


def test_the_dashboard_shows_the_numbers_of_kpi_json(qtbot, quarter, tmp_path):
    ctx, actors = quarter
    expected = kpi_json_of(ctx, actors["head"])
    assert comparable(expected) == EXPECTED_Q1  # the hand-computed answers
    view = dashboard(qtbot, ctx, actors["head"])
    chart = view.targets
    assert view.status.text() == "Chỉ tiêu quý I năm 2026 (tính đến ngày 20/03/2026)"
    early = chart.bar(figures.EARLY)
    assert early.label == "Việc hoàn thành sớm hơn hạn từ 10% trở lên"
    assert early.text == share_text(expected["early_share"]) == "37,5% (3/8) — mục tiêu ≥ 80%"
    assert (early.fill, early.target, early.met, early.color) == (0.375, 0.8, False, MISSED_COLOR)
    people = chart.bar(figures.PEOPLE)
    assert people.text == share_text(expected["people_without_overdue_share"]) == "33,3% (2/6) — mục tiêu ≥ 80%"
    overdue = expected["overdue_open"]
    assert chart.bar(figures.OVERDUE).text == (
        f"{overdue['without_good_reason']} (trên {overdue['total']} hồ sơ quá hạn; {overdue['with_good_reason']} có "
        f"lý do chính đáng, {overdue['unjudged']} chưa đánh giá) — mục tiêu 0")
    assert chart.bar(figures.OVERDUE).met is False
    heads = [b for b in chart.bars() if b.key.startswith(figures.HEAD_PREFIX)]
    assert [(b.label.strip(), b.met, b.color) for b in heads] == [(HUONG, False, MISSED_COLOR),
                                                                  (HUNG, True, MET_COLOR)]
    assert heads[0].text == "1 không có lý do chính đáng, 0 có lý do — mục tiêu 0"
    orders = expected["urgent_orders"]
    assert chart.bar(figures.FLASH).text == (f"{orders['hoa_toc']} (trên {orders['assigned']} nhiệm vụ được giao) — "
                                             "càng ít càng tốt") == "2 (trên 10 nhiệm vụ được giao) — càng ít càng tốt"
    assert chart.bar(figures.FLASH).color == NEUTRAL_COLOR
    assert chart.bar(figures.SHORT).label == "Hạn xử lý dưới 2 ngày làm việc"
    assert chart.bar(figures.SHORT).text.startswith(f"{orders['short_deadline']} (trên 10 ")
    assert chart.bar(figures.EXTENDED).text == f"{expected['extensions']['tasks']} nhiệm vụ"
    coverage = chart.bar(figures.BREAKTHROUGH)
    assert coverage.text == share_text(expected["breakthrough_coverage"]) == "50,0% (1/2) — mục tiêu ≥ 100%"
    assert view.completed.text() == "Hoàn thành trong kỳ 8: trước hạn 3, đúng hạn 3, quá hạn 2."
    states = expected["proposals"]["by_state"]
    assert [(b.label, b.text) for b in view.proposals.bars()] == [
        (STATE_WORDS[code], f"{states[code]} đề xuất") for code in sorted(states)] == [
        ("Đã trình", "1 đề xuất"), ("Đã rút", "1 đề xuất"), ("Đã tiếp nhận", "1 đề xuất")]
    # each person's row, in the Vietnamese order of their names, with the figures of the JSON
    rows = texts(view.person_table.model())
    assert [r[0] for r in rows] == [p["name"] for p in expected["people"]]
    assert [[int(x) for x in (r[2], r[3], r[4], r[9], r[10])] for r in rows] == [
        [p["held"], p["completed"], p["early_enough"], p["late"], p["open_overdue"]] for p in expected["people"]]
    assert rows[1][5] == "50,0%" and rows[0][5] == "0,0%"
    # on screen: the early bar's fill red, Hùng's row (no unjustified overdue file) written in green
    image = view.targets.grab().toImage()
    image.save(str(tmp_path / "targets.png"))
    view.grab().save(str(tmp_path / "dashboard.png"))

    def colours(key: str) -> set[str]:
        row = next(n for n, b in enumerate(chart.bars()) if b.key == key)
        rect = chart.row_rect(row).toRect()
        ratio = image.devicePixelRatio()
        return {QColor(image.pixel(int(x * ratio), int(y * ratio))).name()
                for x in range(rect.left(), rect.right(), 2) for y in range(rect.top(), rect.bottom(), 2)}

    assert MISSED_COLOR in colours(figures.EARLY) and MET_COLOR not in colours(figures.EARLY)
    assert MET_COLOR in colours(heads[1].key) and MISSED_COLOR not in colours(heads[1].key)


def test_a_click_on_a_figure_lists_what_is_behind_it(qtbot, quarter, tmp_path):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    chart = view.targets
    assert view.below.currentIndex() == PEOPLE_TAB and view.person_table.isVisible()

    def click(key: str) -> list[list[str]]:
        row = next(n for n, b in enumerate(chart.bars()) if b.key == key)
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(row).center().toPoint() + QPoint(0, 0))
        assert chart.selected() == key
        assert view.below.currentIndex() == DETAIL_TAB and view.details.isVisible()  # its tab comes forward
        table = view.detail_table()
        assert table is not None
        return texts(table.model())

    assert [r[0] for r in click(figures.OVERDUE)] == ["NV-2026-009", "NV-2026-008"]  # the nearest due day first
    view.grab().save(str(tmp_path / "overdue.png"))
    assert view.detail_title.text() == "Hồ sơ quá hạn chưa xong (hạn gần nhất trước) — 2"
    flash = click(figures.FLASH)
    assert [(r[0], r[2]) for r in flash] == [("NV-2026-002", "Hỏa tốc"), ("NV-2026-009", "Hỏa tốc")]
    assert [(r[0], r[11]) for r in click(figures.SHORT)] == [("NV-2026-009", "1")]
    extended = click(figures.EXTENDED)
    assert [(r[0], r[6], r[7]) for r in extended] == [("NV-2026-003", "16/01/2026", "21/01/2026")]
    late = click(figures.PEOPLE)
    assert sorted(r[0] for r in late) == sorted(p["name"] for p in EXPECTED_Q1["people_with_overdue"])
    orgs = click(figures.BREAKTHROUGH)
    assert ["Chi bộ Trường Tiểu học Di Linh", "Có", "", "Không"] in orgs
    assert ["Đảng bộ xã Di Linh", "Có", "DX-2026-001", "Có"] in orgs


def test_the_exported_workbook_reads_back_the_same_numbers(qtbot, quarter, tmp_path):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    target = tmp_path / "chi-tieu.xlsx"
    view.export_to(target)
    qtbot.waitUntil(lambda: view.exported is not None, timeout=20_000)
    assert view.exported == target and view.status.text() == f"Đã lưu tệp {target}"
    book = load_workbook(target)
    summary = [[c.value for c in row] for row in book["Chỉ tiêu"].iter_rows()]
    for row, key in zip(summary[1:4], (figures.EARLY, figures.PEOPLE, figures.BREAKTHROUGH), strict=True):
        bar = view.targets.bar(key)
        assert f"({row[1]}/{row[2]})" in bar.text and figures.percent(row[3]) in bar.text
        assert row[5] == ("Đạt" if bar.met else "Chưa đạt")
    people = [[c.value for c in row] for row in book["Cá nhân"].iter_rows(min_row=2)]
    shown = texts(view.person_table.model())
    assert [(r[0], r[2], r[3], r[4], r[9]) for r in people] == [
        (s[0], int(s[2]), int(s[3]), int(s[4]), int(s[9])) for s in shown]
    flash = [row[0].value for row in book["Hỏa tốc"].iter_rows(min_row=2)]
    assert flash == ["NV-2026-002", "NV-2026-009"]


def test_a_task_completed_elsewhere_turns_the_figures_over(qtbot, quarter):
    from lamdong_desktop.ui.shared.operations import Operation

    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    assert view.targets.bar(figures.OVERDUE).met is False
    flash = next(t for t in kpi.lines(ctx, view.kpis.flash, actor=actors["head"]) if t.ref == "NV-2026-009")
    shown = view.kpis
    with at(TODAY, 15):  # the official hands in his late hỏa tốc report: only a justified overdue file is left
        assert Operation(None, lambda c: tasks.complete(c, actor=actors["official"], task_id=flash.id,
                                                        done_on=TODAY, note="Đã gửi."), ctx=ctx).run()
    qtbot.waitUntil(lambda: view.kpis is not shown and not view.loading, timeout=20_000)
    settle(qtbot)
    overdue = view.targets.bar(figures.OVERDUE)
    assert overdue.text.startswith("0 (trên 1 hồ sơ quá hạn; 1 có lý do chính đáng")
    assert (overdue.met, overdue.color) == (True, MET_COLOR)
    assert view.targets.bar(figures.EARLY).text == "33,3% (3/9) — mục tiêu ≥ 80%"


def test_the_area_is_for_those_who_read_the_units_tasks(qtbot, demo_ctx):
    head = MainWindow(demo_ctx, sign_in(demo_ctx, username="chutich", password="demo"))
    qtbot.addWidget(head)
    KEPT.append(head)
    assert AREA_KPI in head.area_keys() and "Chỉ tiêu" in head.area_titles()
    assert isinstance(head.area_widget(AREA_KPI), KpiView)
    assert head.import_tasks_action.isVisible()
    settle(qtbot)
    official = MainWindow(demo_ctx, sign_in(demo_ctx, username="canbo", password="demo"))
    qtbot.addWidget(official)
    KEPT.append(official)
    assert AREA_KPI not in official.area_keys()
    assert not official.import_tasks_action.isVisible()


def test_the_periods_of_the_cli_and_two_days_in_the_wrong_order(qtbot, quarter):
    ctx, actors = quarter
    view = dashboard(qtbot, ctx, actors["head"])
    for code, words in (("2026", "năm 2026"), ("2026-01", "tháng 1 năm 2026"),
                        ("2026-01-05:2026-02-10", "từ 05/01/2026 đến 10/02/2026")):
        view.set_period(code)
        assert view.picker.code() == code
        qtbot.waitUntil(lambda: not view.loading, timeout=20_000)
        expected = kpi_json_of(ctx, actors["head"], code)
        assert view.status.text().startswith(f"Chỉ tiêu {words} (tính đến ngày ")
        assert view.targets.bar(figures.EARLY).text == share_text(expected["early_share"]), code
        assert view.targets.bar(figures.PEOPLE).text == share_text(expected["people_without_overdue_share"]), code
        assert [r[0] for r in texts(view.person_table.model())] == [p["name"] for p in expected["people"]]
    shown = view.kpis
    view.picker.start.setDate(QDate(2026, 3, 1))  # after the end: refused in a sentence, the figures stay
    assert view.status.text() == "Kỳ báo cáo từ 01/03/2026 đến 10/02/2026: ngày cuối trước ngày đầu."
    settle(qtbot)
    assert view.kpis is shown and view.targets.bars()
