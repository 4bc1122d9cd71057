"""search_rows on a real database: the order of its passes, the rank cap, prefixes, filters over batches."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.access import ProposalScope
from lamdong_desktop.domain.proposals import ProposalContent, Section
from lamdong_desktop.services import accounts, proposals
from lamdong_desktop.storage import proposals_repo
from lamdong_desktop.storage.proposals_repo import Filters, fts_query, search_rows


@pytest.fixture
def ctx_author(demo):
    ctx, _head = demo
    return ctx, accounts.sign_in(ctx, username="canbo", password="demo")


def _add(ctx, author, title: str, body: str = "", field: str = "khac") -> str:
    content = ProposalContent(title=title, field=field, sections={Section.NECESSITY: body})
    return proposals.create_draft(ctx, actor=author, content=content).value.ref


# The storage functions take the reader's visibility; these tests look at everything the unit holds.
EVERYTHING = ProposalScope(author_id=None, submitted=True, sent_to_province=True, everything=True)


def _refs(ctx, text: str, filters: Filters | None = None, limit: int = 200) -> list[str]:
    return [row["ref"] for row in search_rows(ctx.db, ctx.unit_code, text, filters or Filters(), scope=EVERYTHING,
                                              limit=limit)]


def test_short_last_word_is_matched_whole_and_longer_ones_as_prefix():
    assert fts_query("dat th") == '"dat" "th"'
    assert fts_query("dat thu") == '"dat" "thu"*'
    assert fts_query("dat thu", prefix=False) == '"dat" "thu"'
    assert fts_query("  ") is None


def test_phrase_first_then_words_apart_newest_first(ctx_author):
    ctx, author = ctx_author
    apart_old = _add(ctx, author, "Giao đất cho hộ gia đình", "Hỗ trợ thủy lợi")
    phrase = _add(ctx, author, "Thủy lợi đất đai")
    apart_new = _add(ctx, author, "Đất sản xuất", "Công trình thủy lợi nhỏ")
    _add(ctx, author, "Chuyển đổi số")
    assert _refs(ctx, "thuy loi dat") == [phrase, apart_new, apart_old]
    # the last word is too short to be a prefix ("lo" is not "loi"), nor "da" "dat"
    assert _refs(ctx, "thuy lo") == []
    assert _refs(ctx, "thuy loi da") == []


def test_prefix_completions_come_after_whole_word_matches(ctx_author):
    ctx, author = ctx_author
    whole = _add(ctx, author, "Hồ chứa nước Đạ Tẻh")
    longer = _add(ctx, author, "Hồ sơ chứa đựng thông tin")  # "chua" vs "chuan": prefix "chu"
    _add(ctx, author, "Đường giao thông")
    assert _refs(ctx, "ho chua") == [whole, longer]
    prefixed = _add(ctx, author, "Hồ sơ chuẩn hóa")
    assert _refs(ctx, "ho chu") == [prefixed, longer, whole]  # all completions, newest first, no phrase "ho chu"


def test_words_held_by_more_than_the_rank_limit_come_newest_first(ctx_author, monkeypatch):
    ctx, author = ctx_author
    in_body = _add(ctx, author, "Chuyển đổi số", "Giảm nghèo bền vững")
    in_title = _add(ctx, author, "Giảm nghèo cho đồng bào")
    newest = _add(ctx, author, "Sinh kế", "Giảm nghèo nhanh")
    assert _refs(ctx, "giam ngheo")[0] == in_title  # ranked: the title weighs more
    monkeypatch.setattr(proposals_repo, "RANK_LIMIT", 2)
    assert _refs(ctx, "giam ngheo") == [newest, in_title, in_body]
    assert all(row["rank"] == 0.0 for row in search_rows(ctx.db, ctx.unit_code, "giam ngheo", Filters(),
                                                                scope=EVERYTHING))
    # only the newest RANK_LIMIT holders of every word are checked for the phrase; older phrases follow
    apart = _add(ctx, author, "Nghèo đa chiều", "Cần giảm")
    assert _refs(ctx, "giam ngheo") == [newest, apart, in_title, in_body]


def test_filters_that_drop_most_matches_still_fill_the_page_across_batches(ctx_author):
    ctx, author = ctx_author
    kept = [_add(ctx, author, f"Tưới tiêu vùng {i}", field="dat_dai") for i in range(3)]
    for i in range(40):  # newer matches the filter drops: the first batches hold none of the kept ones
        _add(ctx, author, f"Tưới tiêu khu {i}")
    assert _refs(ctx, "tieu tuoi", Filters(field="dat_dai"), limit=2) == kept[::-1][:2]
    assert _refs(ctx, "tieu tuoi", Filters(field="dat_dai"), limit=5) == kept[::-1]
    assert len(_refs(ctx, "tieu tuoi", limit=10)) == 10
