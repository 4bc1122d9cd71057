"""The "Đề xuất" area: first for everyone, search as you type with highlights, filters, sorting, paging."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
from lamdong_desktop.domain.text import fold
from lamdong_desktop.services import proposals, staff
from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.ui.main_window import AREA_PROPOSALS, AREA_QUEUE, MainWindow
from lamdong_desktop.ui.proposals.list_view import TITLE_COLUMN, ProposalsView
from lamdong_desktop.ui.shared.i18n import vietnamese_collator

from .proposal_support import KEPT, view_as

LAND = "Giải quyết dứt điểm vi phạm đất đai trước 01/8/2024"
LAND_TOO = "Cấp giấy chứng nhận quyền sử dụng đất đai cho đồng bào K'Ho"
INVESTMENT = "Đẩy nhanh giải ngân vốn đầu tư công"
DIGITAL = "Ứng dụng chuyển đổi số ở bộ phận một cửa"
TOURISM = "Bảo tồn văn hóa cồng chiêng gắn với du lịch cộng đồng"


def content(title: str, topic: str, field: str, org_id: str, *, breakthrough: bool = False) -> ProposalContent:
    return ProposalContent(
        title=title,
        sections={s: f"{topic}: nội dung mục {s.value}." for s in Section},
        indicators=(Indicator("Kết quả", "việc", "0", "10", date(2026, 12, 31)),),
        criteria={c: Assessment(True, "Đáp ứng.") for c in Criterion},
        conflict_declared=False, field=field, party_org_id=org_id, breakthrough=breakthrough,
    )


@pytest.fixture
def unit(demo_ctx):
    """Five more proposals (the demo holds others) of three authors, all of which the head reads.

    The head's own draft (never submitted: only they see it), the official's submitted one and the
    secretary's three submitted ones.
    """
    head = sign_in(demo_ctx, username="chutich", password="demo")
    official = sign_in(demo_ctx, username="canbo", password="demo")
    secretary = sign_in(demo_ctx, username="thuky", password="demo")
    orgs = {o.name: o.id for o in staff.list_party_orgs(demo_ctx, actor=official)}
    village, office = orgs["Chi bộ thôn 1"], orgs["Chi bộ Cơ quan Ủy ban nhân dân"]
    made = {}
    for actor, title, topic, field, org, flag in (
        (head, LAND, "Hồ sơ tồn đọng", "dat_dai", village, True),
        (official, INVESTMENT, "Công trình giao thông", "dau_tu_cong", office, False),
        (secretary, DIGITAL, "Thủ tục hành chính", "khac", office, False),
        (secretary, LAND_TOO, "Đồng bào dân tộc", "dat_dai", village, False),
        (secretary, TOURISM, "Du lịch", "tang_truong", village, False),
    ):
        made[title] = proposals.create_draft(demo_ctx, actor=actor, content=content(title, topic, field, org,
                                                                                    breakthrough=flag)).value
    proposals.submit(demo_ctx, actor=official, proposal_id=made[INVESTMENT].id)
    for title in (DIGITAL, LAND_TOO, TOURISM):
        proposals.submit(demo_ctx, actor=secretary, proposal_id=made[title].id)
    return demo_ctx, made


def shown(view: ProposalsView) -> list:
    """The summaries the table shows, top to bottom."""
    return [view.proxy.record_at(view.proxy.index(row, 0)) for row in range(view.proxy.rowCount())]


def mine(view: ProposalsView, made: dict) -> list[str]:
    """The titles of this module's proposals, in the order shown."""
    ids = {p.id for p in made.values()}
    return [p.title for p in shown(view) if p.id in ids]


def test_area_is_first_and_default_for_every_role_that_reads_proposals(qtbot, demo_ctx):
    admin = MainWindow(demo_ctx, sign_in(demo_ctx, username="admin", password="demo"))
    qtbot.addWidget(admin)
    KEPT.append(admin)
    assert AREA_PROPOSALS not in admin.area_keys()  # accounts and settings, not proposal contents
    for username in ("chutich", "canbo", "tinh"):
        window = MainWindow(demo_ctx, sign_in(demo_ctx, username=username, password="demo"))
        qtbot.addWidget(window)
        KEPT.append(window)
        assert window.area_keys()[:2] == [AREA_QUEUE, AREA_PROPOSALS]
        assert window.area_titles()[:2] == ["Việc cần xử lý", "Đề xuất"]
        view = window.area_widget(AREA_PROPOSALS)
        window.show_area(AREA_PROPOSALS)
        assert window.stack.currentWidget() is view
        assert view.new_button.isVisibleTo(view) == (username in ("chutich", "canbo"))
        header = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
        assert header == ["Mã đề xuất", "Tên đề xuất", "Trạng thái", "Lĩnh vực", "Người đề xuất", "Cập nhật"]


def test_list_shows_newest_first_with_vietnamese_cells(qtbot, unit):
    ctx, made = unit
    view = view_as(qtbot, ctx, "chutich")
    assert view.titles()[:5] == [TOURISM, LAND_TOO, DIGITAL, INVESTMENT, LAND]  # made last, numbered last
    row = view.titles().index(INVESTMENT)
    cells = [view.proxy.index(row, c).data() for c in range(6)]
    assert cells[0] == made[INVESTMENT].ref
    assert cells[2:5] == ["Đã trình", "Giải ngân vốn đầu tư công", "K'Brơi Ngọc Sơn"]
    assert cells[5] == clock.today().strftime("%d/%m/%Y")
    total = proposals.count_proposals(ctx, actor=view.actor)
    assert view.count_label.text() == f"{total} đề xuất."


def test_search_as_you_type_filters_and_highlights(qtbot, unit):
    ctx, made = unit
    view = view_as(qtbot, ctx, "chutich")
    everything = len(view.titles())
    view.search.setText("dat dai")
    assert len(view.titles()) == everything  # not yet: the search waits a moment for more typing
    qtbot.waitUntil(lambda: len(view.titles()) < everything, timeout=3000)
    assert set(mine(view, made)) == {LAND, LAND_TOO}
    # Every hit holds both words, accents or not; those holding them as a phrase come first.
    texts = [fold(proposals.get(ctx, p.id, actor=view.actor).content.searchable_text()) for p in shown(view)]
    assert all("dat" in t and "dai" in t for t in texts)
    phrase = ["dat dai" in t for t in texts]
    assert phrase == sorted(phrase, reverse=True) and phrase[0]
    assert view.count_label.text() == f"Tìm thấy {len(shown(view))} đề xuất."
    for row, title in enumerate(view.titles()):
        if "đất đai" not in title:
            continue
        spans = view.highlighter.spans_at(view.proxy.index(row, TITLE_COLUMN))
        covered = {i for start, end in spans for i in range(start, end)}
        start = title.index("đất đai")
        assert {i for i in range(start, start + len("đất đai")) if title[i] != " "} <= covered
    row = view.titles().index(LAND)
    spans = view.highlighter.spans_at(view.proxy.index(row, TITLE_COLUMN))
    assert [LAND[s:e] for s, e in spans] == ["đất", "đai"]
    assert not view.table.viewport().grab().isNull()  # the delegate paints the marked titles
    assert view.highlighter.spans_at(view.proxy.index(0, 0)) == []  # only the title column is marked

    view.search.setText("DAT DAI K'HO")
    view.search.returnPressed.emit()  # Enter searches at once
    assert LAND_TOO in view.titles() and LAND not in view.titles()
    view.search.clear()
    qtbot.waitUntil(lambda: len(view.titles()) == everything, timeout=3000)
    assert view.highlighter.query() == ""
    assert view.table.horizontalHeader().sortIndicatorSection() == 0


def test_filters(qtbot, unit):
    ctx, made = unit
    view = view_as(qtbot, ctx, "chutich")
    village = next(o.id for o in staff.list_party_orgs(ctx, actor=view.actor) if o.name == "Chi bộ thôn 1")

    def choose(combo, data) -> None:
        combo.setCurrentIndex(combo.findData(data))

    choose(view.state_filter, State.SUBMITTED.value)
    assert all(p.state is State.SUBMITTED for p in shown(view))
    assert set(mine(view, made)) == {INVESTMENT, DIGITAL, LAND_TOO, TOURISM}
    view.clear_filters()
    choose(view.field_filter, "dat_dai")
    assert all(p.field == "dat_dai" for p in shown(view)) and set(mine(view, made)) == {LAND, LAND_TOO}
    choose(view.author_filter, view.actor.user_id)
    assert view.author_filter.currentText() == "Của tôi"
    assert all(p.author_id == view.actor.user_id for p in shown(view)) and mine(view, made) == [LAND]
    secretary = made[TOURISM].summary.author_id
    view.clear_filters()
    choose(view.author_filter, secretary)
    assert view.author_filter.currentText() == made[TOURISM].summary.author_name
    assert all(p.author_id == secretary for p in shown(view)) and TOURISM in mine(view, made)
    view.clear_filters()
    choose(view.org_filter, village)
    assert all(p.party_org_id == village for p in shown(view))
    assert set(mine(view, made)) == {LAND, LAND_TOO, TOURISM}
    choose(view.breakthrough_filter, True)
    assert all(p.breakthrough for p in shown(view)) and mine(view, made) == [LAND]
    choose(view.breakthrough_filter, False)
    assert set(mine(view, made)) == {LAND_TOO, TOURISM}
    view.clear_filters()
    choose(view.year_filter, clock.today().year)
    assert len(mine(view, made)) == 5 and all(p.year == clock.today().year for p in shown(view))
    choose(view.year_filter, 2021)
    assert view.titles() == [] and view.count_label.text() == "0 đề xuất."
    view.clear_filters()
    view.search.setText("cong chieng")
    view.search.returnPressed.emit()
    choose(view.field_filter, "tang_truong")
    assert TOURISM in view.titles()  # search and filters together
    choose(view.field_filter, "khac")
    assert TOURISM not in view.titles()


def test_sorting_uses_the_vietnamese_collator(qtbot, unit):
    ctx, made = unit
    view = view_as(qtbot, ctx, "chutich")
    view.table.sortByColumn(TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
    titles = view.titles()
    assert titles == sorted(titles, key=vietnamese_collator().sortKey)
    assert mine(view, made) == [TOURISM, LAND_TOO, INVESTMENT, LAND, DIGITAL]  # B, C, Đ, G, Ư
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    authors = [p.author_name for p in shown(view)]
    assert authors == sorted(authors, key=vietnamese_collator().sortKey, reverse=True)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.titles()[:5] == [TOURISM, LAND_TOO, DIGITAL, INVESTMENT, LAND]


def test_the_list_loads_a_page_at_a_time(qtbot, unit):
    ctx, _made = unit
    author = sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=author)[0].id
    for number in range(20):
        proposals.create_draft(ctx, actor=author, content=content(f"Đề xuất thứ {number}", "Nội dung", "khac", org))
    view = view_as(qtbot, ctx, "canbo")
    view.model.page_size = 10
    view.reload()
    total = proposals.count_proposals(ctx, actor=author)
    assert view.model.rowCount() == 10 and view.model.total() == total >= 25
    assert view.proxy.canFetchMore(QModelIndex())
    view.proxy.fetchMore(QModelIndex())
    assert view.model.rowCount() == 20
    view.table.sortByColumn(TITLE_COLUMN, Qt.SortOrder.AscendingOrder)  # any other order needs every row
    assert view.model.rowCount() == total and not view.proxy.canFetchMore(QModelIndex())
    titles = view.titles()
    assert titles == sorted(titles, key=vietnamese_collator().sortKey)
    assert titles.index("Đề xuất thứ 2") < titles.index("Đề xuất thứ 10")  # numbers by value

    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    refs = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert refs == sorted(refs, key=lambda r: int(r.rsplit("-", 1)[1]), reverse=True)


def test_selection_survives_reload_and_double_click_opens(qtbot, unit):
    ctx, made = unit
    view = view_as(qtbot, ctx, "chutich")
    assert not view.open_button.isEnabled()
    assert view.select(made[LAND].id)
    assert view.open_button.isEnabled()
    view.reload()
    assert view.selected().id == made[LAND].id
    row = view.titles().index(LAND)
    view.table.doubleClicked.emit(view.proxy.index(row, 1))
    window = view.windows[made[LAND].id]
    KEPT.append(window)
    assert window.isVisible() and window.proposal.id == made[LAND].id
    assert view.open_proposal(made[LAND].id) is window  # one window per proposal

    window.title_edit.setText("Giải quyết dứt điểm vi phạm đất đai tồn đọng")
    assert window.save()
    assert "Giải quyết dứt điểm vi phạm đất đai tồn đọng" in view.titles()  # the list follows
    assert view.selected().id == made[LAND].id


def test_none_and_bools_survive_pyside_calls(qtbot, demo_ctx):
    """PySide6 6.12 drops a reference to None on every void call (see ui/pyside_workarounds.py)."""
    import sys

    from PySide6.QtCore import QObject

    view_as(qtbot, demo_ctx, "canbo")  # the area protects the process
    before = sys.getrefcount(None)
    probe = QObject()
    for _ in range(1000):
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 1_000_000 or sys.getrefcount(None) >= before  # immortal, or PySide fixed


def test_a_match_beyond_the_visible_part_is_brought_into_view(qtbot):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    from lamdong_desktop.domain.text import match_spans
    from lamdong_desktop.ui.shared.highlight_delegate import fit_text

    metrics = QFontMetrics(QLabel().font())
    title = "Phân loại và xử lý dứt điểm các trường hợp vi phạm pháp luật về đất đai trước ngày 01/8/2024"
    spans = match_spans(title, "dat dai")
    width = metrics.horizontalAdvance(title[:40])
    shown, shown_spans = fit_text(title, spans, metrics, width)
    assert shown.startswith("…") and shown_spans
    assert shown[shown_spans[0][0]:shown_spans[0][1]] == "đất"  # the first match is in sight, marked
    short, short_spans = fit_text("Đất đai", match_spans("Đất đai", "dat dai"), metrics, 500)
    assert short == "Đất đai" and [short[s:e] for s, e in short_spans] == ["Đất", "đai"]


def test_an_official_sees_their_own_drafts_and_submissions_and_nobody_elses(qtbot, unit, errors_shown):
    ctx, made = unit
    official = sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=official)[0].id
    own = proposals.create_draft(ctx, actor=official,
                                 content=content("Dự thảo riêng của cán bộ", "Riêng", "khac", org)).value
    own_title = own.summary.title
    view = view_as(qtbot, ctx, "canbo")
    assert all(p.author_id == official.user_id for p in shown(view))
    assert own_title in view.titles() and mine(view, made) == [INVESTMENT]  # not the head's or secretary's
    assert view.count_label.text() == f"{proposals.count_proposals(ctx, actor=official)} đề xuất."
    assert proposals.count_proposals(ctx, actor=official) == len(shown(view))
    # The author filter offers only the authors whose proposals this person may read.
    assert {view.author_filter.itemData(i) for i in range(1, view.author_filter.count())} == {official.user_id}
    view.search.setText("dat dai")
    view.search.returnPressed.emit()
    assert LAND not in view.titles() and LAND_TOO not in view.titles()
    head_view = view_as(qtbot, ctx, "chutich")
    assert own_title not in head_view.titles()  # never submitted: the official's alone
    assert head_view.open_proposal(own.id) is None
    assert errors_shown == [f"Không tìm thấy đề xuất “{own.id}”."]
