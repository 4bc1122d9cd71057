"""The council's score sheet (domain/scoring.py): the rubric, the checks, exact totals and averages."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest

from lamdong_desktop.domain.errors import CODES, ValidationError
from lamdong_desktop.domain.scoring import (
    DEFAULT_RUBRIC,
    MissingScore,
    Rubric,
    RubricCriterion,
    Score,
    check_score,
    criterion_code,
    custom_rubric,
    rounded,
    tally_scores,
)
from lamdong_desktop.messages import describe, rubric_words, score_text


def test_the_default_rubric_is_the_five_criteria_of_the_issue_equally_weighted_out_of_ten():
    assert DEFAULT_RUBRIC.codes == ("urgency", "pure_purpose", "democratic_process", "feasibility", "effectiveness")
    assert [rubric_words(c) for c in DEFAULT_RUBRIC.criteria] == [
        "Tính cấp bách", "Mục đích trong sáng", "Quy trình dân chủ", "Tính khả thi", "Hiệu quả dự kiến"]
    assert {c.exact_weight for c in DEFAULT_RUBRIC.criteria} == {Fraction(1)}
    assert {c.max_score for c in DEFAULT_RUBRIC.criteria} == {10}
    assert DEFAULT_RUBRIC.max_total == 50


def test_the_first_three_criteria_share_their_codes_and_words_with_the_proposals_own():
    from lamdong_desktop.domain.proposals import CRITERION_LABELS, Criterion

    for criterion in Criterion:
        assert criterion.value in DEFAULT_RUBRIC.codes
        assert rubric_words(criterion.value) == CRITERION_LABELS[criterion]


def test_a_criterion_from_a_bundle_brings_its_own_title():
    custom = RubricCriterion("tac_dong_xa_hoi", weight=2, max_score=5, title="Tác động xã hội")
    assert rubric_words(custom) == "Tác động xã hội"
    assert rubric_words(RubricCriterion("urgency")) == "Tính cấp bách"
    assert rubric_words("unknown_code") == "unknown_code"


@pytest.mark.parametrize("weight", [0, -1, Fraction(-1, 2), 0.5, True, Decimal("NaN"), Decimal("Infinity"), "1"])
def test_weights_are_positive_exact_numbers(weight):
    with pytest.raises(ValidationError) as err:
        RubricCriterion("urgency", weight=weight)
    assert err.value.code == "rubric_weight_invalid"


@pytest.mark.parametrize("maximum", [0, -3, 10.0, True, Fraction(10)])
def test_a_maximum_score_is_a_positive_integer(maximum):
    with pytest.raises(ValidationError) as err:
        RubricCriterion("urgency", max_score=maximum)
    assert err.value.code == "rubric_max_invalid"


def test_weights_may_be_fractions_or_decimals_and_stay_exact():
    assert RubricCriterion("a", weight=Decimal("0.1")).exact_weight == Fraction(1, 10)
    assert RubricCriterion("a", weight=Fraction(3, 2)).exact_weight == Fraction(3, 2)
    rubric = Rubric((RubricCriterion("a", weight=Decimal("0.1")), RubricCriterion("b", weight=Decimal("0.2"))))
    assert rubric.max_total == Fraction(3)  # 0.1 × 10 + 0.2 × 10, exactly (0.1 + 0.2 is 3/10, not 0.30000000000000004)


def test_a_rubric_needs_criteria_with_unique_codes():
    with pytest.raises(ValidationError) as err:
        Rubric(())
    assert err.value.code == "rubric_empty"
    with pytest.raises(ValidationError) as err:
        Rubric((RubricCriterion("a"), RubricCriterion("b"), RubricCriterion("a", weight=2)))
    assert (err.value.code, err.value.params["criterion"]) == ("rubric_code_duplicate", "a")
    with pytest.raises(ValidationError) as err:
        RubricCriterion("  ")
    assert err.value.code == "rubric_code_invalid"
    assert describe(ValidationError("rubric_code_duplicate", criterion="urgency")) == (
        "Tiêu chí “Tính cấp bách” bị lặp trong bộ tiêu chí chấm điểm (tên các tiêu chí phải khác nhau, không chỉ "
        "khác ở dấu, chữ hoa hay dấu câu).")


@pytest.mark.parametrize(("value", "exact"), [(0, Fraction(0)), (10, Fraction(10)), (Decimal("7.5"), Fraction(15, 2)),
                                              (Fraction(29, 3), Fraction(29, 3)), (Decimal("10.0"), Fraction(10))])
def test_scores_from_zero_to_the_maximum_are_accepted_exactly(value, exact):
    assert check_score(DEFAULT_RUBRIC, "urgency", value) == exact


@pytest.mark.parametrize("value", [-1, Decimal("-0.01"), Decimal("10.01"), 11, Fraction(31, 3)])
def test_scores_outside_the_scale_are_refused(value):
    with pytest.raises(ValidationError) as err:
        check_score(DEFAULT_RUBRIC, "feasibility", value)
    assert err.value.code == "score_out_of_range"
    assert "“Tính khả thi”" in describe(err.value) and "0–10" in describe(err.value)


@pytest.mark.parametrize("value", [7.5, "7", None, True, Decimal("NaN")])
def test_a_score_must_be_an_exact_number(value):
    with pytest.raises(ValidationError) as err:
        check_score(DEFAULT_RUBRIC, "urgency", value)
    assert err.value.code == "score_invalid"


def test_marks_are_refused_for_strangers_unknown_criteria_and_a_second_time():
    with pytest.raises(ValidationError) as err:
        tally_scores(DEFAULT_RUBRIC, ["a"], [Score("b", "urgency", 5)])
    assert err.value.code == "score_member_unknown"
    with pytest.raises(ValidationError) as err:
        tally_scores(DEFAULT_RUBRIC, ["a"], [Score("a", "beauty", 5)])
    assert (err.value.code, err.value.params["criterion"]) == ("score_criterion_unknown", "beauty")
    with pytest.raises(ValidationError) as err:
        tally_scores(DEFAULT_RUBRIC, ["a", "b"], [Score("a", "urgency", 5), Score("b", "urgency", 6),
                                                  Score("a", "urgency", 5)])
    assert err.value.code == "score_duplicate" and err.value.params == {"member": "a", "criterion": "urgency"}
    assert "“Tính cấp bách”" in describe(err.value)
    with pytest.raises(ValidationError) as err:
        tally_scores(DEFAULT_RUBRIC, ["a", "b", "a"], [])
    assert err.value.code == "member_duplicate"


def test_a_full_sheet_of_three_members_with_weights():
    rubric = Rubric((RubricCriterion("urgency", weight=2), RubricCriterion("feasibility"),
                     RubricCriterion("effectiveness", weight=Fraction(1, 2))))
    marks = {"a": (8, 7, 6), "b": (9, 9, 10), "c": (Decimal("7.5"), 6, 5)}
    scores = [Score(m, code, v) for m, values in marks.items() for code, v in zip(rubric.codes, values, strict=True)]
    sheet = tally_scores(rubric, ["a", "b", "c"], scores)
    assert sheet.complete and sheet.missing == () and sheet.incomplete_members == ()
    assert sheet.member_totals == {"a": Fraction(26), "b": Fraction(32), "c": Fraction(47, 2)}
    assert sheet.criterion_averages == {"urgency": Fraction(49, 6), "feasibility": Fraction(22, 3),
                                        "effectiveness": Fraction(7)}
    assert sheet.overall_average == Fraction(163, 6)  # (26 + 32 + 23.5) / 3
    assert rubric.max_total == 35
    assert sheet.mark("c", "urgency") == Fraction(15, 2) and sheet.mark("c", "nothing") is None
    assert score_text(sheet.overall_average) == "27,17" and score_text(sheet.criterion_averages["urgency"]) == "8,17"


def test_an_incomplete_sheet_names_each_missing_mark():
    scores = [Score("a", c, 8) for c in DEFAULT_RUBRIC.codes]
    scores += [Score("b", "urgency", 6), Score("b", "effectiveness", 7)]
    sheet = tally_scores(DEFAULT_RUBRIC, ["a", "b", "c"], scores)
    assert not sheet.complete
    assert sheet.missing[:3] == (MissingScore("b", "pure_purpose"), MissingScore("b", "democratic_process"),
                                 MissingScore("b", "feasibility"))
    assert sheet.missing[3:] == tuple(MissingScore("c", code) for code in DEFAULT_RUBRIC.codes)
    assert sheet.incomplete_members == ("b", "c")
    assert sheet.member_totals == {"a": Fraction(40)}  # no partial total for b
    assert sheet.criterion_averages["urgency"] == 7 and sheet.criterion_averages["pure_purpose"] == 8
    assert sheet.overall_average == 40
    empty = tally_scores(DEFAULT_RUBRIC, ["a"], [])
    assert empty.overall_average is None and set(empty.criterion_averages.values()) == {None}
    assert len(empty.missing) == 5


def test_every_small_sheet_against_integer_arithmetic():
    """Every way for up to three members to mark two criteria (weights 2 and 1, scale 0–3), missing marks too."""
    rubric = Rubric((RubricCriterion("x", weight=2, max_score=3), RubricCriterion("y", max_score=3)))
    values = (None, 0, 1, 2, 3)
    for size in (1, 2, 3):
        members = [f"m{i}" for i in range(size)]
        for marks in itertools.product(values, repeat=2 * size):
            grid = {(members[i // 2], ("x", "y")[i % 2]): v for i, v in enumerate(marks)}
            sheet = tally_scores(rubric, members, [Score(m, c, v) for (m, c), v in grid.items() if v is not None])
            missing = [(m, c) for (m, c), v in grid.items() if v is None]
            assert [(x.member_id, x.criterion) for x in sheet.missing] == missing
            totals = {m: 2 * grid[(m, "x")] + grid[(m, "y")] for m in members
                      if grid[(m, "x")] is not None and grid[(m, "y")] is not None}
            assert sheet.member_totals == totals
            for code in ("x", "y"):
                given = [grid[(m, code)] for m in members if grid[(m, code)] is not None]
                average = sheet.criterion_averages[code]
                assert (average is None) if not given else (average * len(given) == sum(given))
            if totals:
                assert sheet.overall_average * len(totals) == sum(totals.values())
            else:
                assert sheet.overall_average is None


@pytest.mark.parametrize(("value", "places", "shown"), [
    (Fraction(8125, 1000), 2, "8.13"),  # half up, where float rounding gives 8.12
    (Fraction(1, 3), 2, "0.33"),
    (Fraction(2, 3), 2, "0.67"),
    (Fraction(5, 1000), 2, "0.01"),
    (Fraction(4999, 1000), 2, "5.00"),
    (Fraction(49, 6), 1, "8.2"),
    (Fraction(15, 2), 0, "8"),
    (Fraction(0), 2, "0.00"),
    (Fraction(-1, 8), 2, "-0.13"),
    (Fraction(-1, 1000), 2, "0.00"),
])
def test_display_rounding_is_half_up_and_exact(value, places, shown):
    assert str(rounded(value, places)) == shown
    assert round(8.125, 2) == 8.12  # why the sheet never rounds through float


def test_display_of_a_score_uses_the_vietnamese_decimal_comma():
    assert score_text(Fraction(25, 3)) == "8,33"
    assert score_text(Fraction(8), 0) == "8"
    assert score_text(Fraction(17, 2), 1) == "8,5"


def test_every_scoring_code_is_declared_and_has_words():
    codes = ["rubric_empty", "rubric_code_invalid", "rubric_code_duplicate", "rubric_weight_invalid",
             "rubric_max_invalid", "score_invalid", "score_out_of_range", "score_duplicate",
             "score_criterion_unknown", "score_member_unknown"]
    for code in codes:
        assert code in CODES
        assert "mã lỗi" not in describe(ValidationError(code))


def test_a_typed_rubric_keeps_its_titles_order_weights_and_scales():
    rubric = custom_rubric([("Tính cấp bách", "2", ""), ("Tác động xã hội", "1,5", "5"), ("Đồng thuận", "3/2", "")])
    assert rubric.codes == ("tinh_cap_bach", "tac_dong_xa_hoi", "dong_thuan")
    assert [(c.title, c.exact_weight, c.max_score) for c in rubric.criteria] == [
        ("Tính cấp bách", Fraction(2), 10), ("Tác động xã hội", Fraction(3, 2), 5), ("Đồng thuận", Fraction(3, 2), 10)]
    assert rubric.max_total == 2 * 10 + Fraction(3, 2) * 5 + Fraction(3, 2) * 10
    assert [rubric_words(c) for c in rubric.criteria] == ["Tính cấp bách", "Tác động xã hội", "Đồng thuận"]
    assert criterion_code("  —  ", 3) == "tieu_chi_3"


@pytest.mark.parametrize(("entries", "code", "words"), [
    ([], "rubric_empty", "cần ít nhất một tiêu chí"),
    ([("Tính khả thi", "1", ""), ("   ", "1", "")], "rubric_title_required", "Tiêu chí chấm điểm thứ 2 chưa có tên"),
    ([("Tính khả thi", "0", "")], "rubric_weight_invalid", "Trọng số của tiêu chí “Tính khả thi” phải là một số dương"),
    ([("Tính khả thi", "-1", "")], "rubric_weight_invalid", "(đã nhập: -1)"),
    ([("Tính khả thi", "nhiều", "")], "rubric_weight_invalid", "(đã nhập: nhiều)"),
    ([("Tính khả thi", "1/0", "")], "rubric_weight_invalid", "phải là một số dương"),
    ([("Tính khả thi", "1", ""), ("tinh kha thi", "2", "")], "rubric_code_duplicate",
     "Tiêu chí “tinh kha thi” bị lặp"),
    ([("Hiệu quả", "1", "0")], "rubric_max_invalid", "số nguyên từ 1 đến 100 (đã nhập: 0)"),
    ([("Hiệu quả", "1", "101")], "rubric_max_invalid", "(đã nhập: 101)"),
    ([("Hiệu quả", "1", "7,5")], "rubric_max_invalid", "(đã nhập: 7,5)"),
    ([("Hiệu\x07quả", "1", "")], "text_control_chars", "Tên tiêu chí chấm điểm"),
])
def test_a_typed_rubric_is_refused_with_a_message_naming_the_criterion(entries, code, words):
    with pytest.raises(ValidationError) as err:
        custom_rubric(entries)
    assert err.value.code == code and words in describe(err.value), describe(err.value)
