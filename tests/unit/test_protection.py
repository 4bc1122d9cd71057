"""The protection ruling: every combination of result × conditions × abuse × measures against the table of
domain.md §4 (seed III.2, footnote 2, IV.6; ND 73/2023 Đ11), and its words for a non-lawyer."""

from __future__ import annotations

import itertools

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.protection import (
    EARLY_RAISE_MONTHS,
    Abuse,
    Condition,
    Evaluation,
    GapKind,
    Liability,
    Measure,
    ResultClass,
    Ruling,
    RulingGap,
    RulingKind,
    missing_for_ruling,
    result_class,
    rule,
)
from lamdong_desktop.domain.results import Achievement
from lamdong_desktop.messages import (
    ABUSE_WORDS,
    CONDITION_WORDS,
    GAP_WORDS,
    LIABILITY_WORDS,
    MEASURE_MEANING,
    MEASURE_WORDS,
    RESULT_CLASS_WORDS,
    RULING_KIND_WORDS,
    describe,
    describe_gap,
    ruling_sentence,
)

ALL_MET = {c: True for c in Condition}
ABSENT = "absent"  # a liability whose measure is not chosen


def _evaluation(result, conditions=None, abuse=(), measures=None):
    return Evaluation.create(result=result, conditions=ALL_MET if conditions is None else conditions, abuse=abuse,
                             measures=measures or {})


# The table, written out as the evaluators read it: the row of each result class when every condition holds and
# nothing was abused. None for the damage row's measures: they are the evaluators' choice.
TABLE = {
    ResultClass.COMPLETED: (RulingKind.NO_LIABILITY, ()),
    ResultClass.NOT_MET: (RulingKind.EXCLUDED, tuple((li, Measure.EXCLUDED) for li in Liability)),
    ResultClass.DAMAGED: (RulingKind.MEASURES, None),
}

RESULTS = [None, *ResultClass]
CONDITION_VALUES = [None, True, False]
ABUSES = [None, frozenset(), frozenset({Abuse.CORRUPTION}), frozenset({Abuse.GROUP_INTEREST}), frozenset(Abuse)]
MEASURE_CHOICES = [ABSENT, *Measure]


def test_every_combination_follows_the_table():
    checked = {"gaps": 0, "refused": 0, **{k: 0 for k in RulingKind}}
    for result, condition_values, abuse, choices in itertools.product(
        RESULTS, itertools.product(CONDITION_VALUES, repeat=4), ABUSES,
        itertools.product(MEASURE_CHOICES, repeat=3),
    ):
        conditions = dict(zip(Condition, condition_values, strict=True))
        measures = {li: m for li, m in zip(Liability, choices, strict=True) if m != ABSENT}
        evaluation = Evaluation.create(result=result, conditions=conditions, abuse=abuse, measures=measures)
        unmet = tuple(c for c in Condition if conditions[c] is False)
        disqualified = bool(unmet) or bool(abuse)

        expected_gaps = ([RulingGap(GapKind.RESULT)] if result is None else []) + [
            RulingGap(GapKind.CONDITION, c.value) for c in Condition if conditions[c] is None
        ] + ([RulingGap(GapKind.ABUSE)] if abuse is None else [])
        if result is ResultClass.DAMAGED and not disqualified:
            expected_gaps += [RulingGap(GapKind.MEASURE, li.value) for li in Liability if li not in measures]
        assert missing_for_ruling(evaluation) == expected_gaps, (result, conditions, abuse, measures)
        if expected_gaps:
            with pytest.raises(ValidationError) as err:
                rule(evaluation)
            assert err.value.code == "protection_incomplete" and err.value.params["gaps"] == expected_gaps
            checked["gaps"] += 1
            continue

        # A measure is the evaluators' choice only in the damage row with the conditions met and no abuse.
        takes_measures = result is ResultClass.DAMAGED and not disqualified
        if measures and not takes_measures:
            with pytest.raises(ValidationError) as err:
                rule(evaluation)
            assert err.value.code == "protection_measure_not_applicable"
            assert err.value.params["liability"] == next(li for li in Liability if li in measures).value
            assert err.value.params["reason"] == ("no_protection" if disqualified else result.value)
            checked["refused"] += 1
            continue

        ruling = rule(evaluation)
        checked[ruling.kind] += 1
        assert ruling.result is result
        if disqualified:  # the table's last row (seed IV.6): no protection, flagged for Ủy ban kiểm tra
            assert ruling.kind is RulingKind.NO_PROTECTION
            assert ruling.flagged and not ruling.protected and not ruling.commendation
            assert ruling.measures == () and ruling.early_raise_months == 0
            assert ruling.unmet == unmet
            assert set(ruling.abuse) == set(abuse)
            continue
        kind, fixed = TABLE[result]
        assert ruling.kind is kind and ruling.protected and not ruling.flagged
        assert ruling.unmet == () and ruling.abuse == ()
        assert ruling.measures == (fixed if fixed is not None else tuple((li, measures[li]) for li in Liability))
        assert ruling.commendation is (result is ResultClass.COMPLETED)
        assert ruling.early_raise_months == (12 if result is ResultClass.COMPLETED else 0)
    # Every branch was reached: the one combination of each fixed row, the 27 choices of the damage row.
    assert checked[RulingKind.NO_LIABILITY] == checked[RulingKind.EXCLUDED] == 1, checked
    assert checked[RulingKind.MEASURES] == 3**3 and min(checked.values()) > 0, checked


@pytest.mark.parametrize("result", list(ResultClass))
def test_abuse_takes_every_protection_away_even_from_a_completed_result(result):
    ruling = rule(_evaluation(result, abuse=["corruption"]))
    assert ruling.kind is RulingKind.NO_PROTECTION and ruling.flagged and ruling.abuse == (Abuse.CORRUPTION,)


def test_the_table_row_by_row():
    completed = rule(_evaluation("completed"))
    assert (completed.kind, completed.commendation, completed.early_raise_months) == (RulingKind.NO_LIABILITY, True,
                                                                                     EARLY_RAISE_MONTHS)
    excluded = rule(_evaluation("not_met"))
    assert excluded.kind is RulingKind.EXCLUDED and excluded.uniform_measure is Measure.EXCLUDED
    assert {excluded.measure(li) for li in Liability} == {Measure.EXCLUDED}
    # The acceptance case: partly completed with damage, correct conditions, every liability reduced.
    reduced = rule(_evaluation(result_class(Achievement.PARTLY, damage=True),
                               measures=dict.fromkeys(Liability, "reduced")))
    assert reduced.kind is RulingKind.MEASURES and reduced.uniform_measure is Measure.REDUCED
    mixed = rule(_evaluation("damaged", measures={"party": "excluded", "administrative": "exempted",
                                                  "compensation": "reduced"}))
    assert mixed.uniform_measure is None and mixed.measure(Liability.ADMINISTRATIVE) is Measure.EXEMPTED
    no = rule(_evaluation("not_met", conditions={**ALL_MET, Condition.PURE_MOTIVE: False}))
    assert no.kind is RulingKind.NO_PROTECTION and no.unmet == (Condition.PURE_MOTIVE,) and no.abuse == ()


@pytest.mark.parametrize(("achievement", "damage", "expected"), [
    (Achievement.COMPLETED, False, ResultClass.COMPLETED),
    (Achievement.PARTLY, False, ResultClass.NOT_MET),
    (Achievement.NOT_COMPLETED, False, ResultClass.NOT_MET),
    # seed footnote 2: "… hoặc gặp rủi ro gây ra thiệt hại": damage makes the damage row whatever the completion
    (Achievement.COMPLETED, True, ResultClass.DAMAGED),
    (Achievement.PARTLY, True, ResultClass.DAMAGED),
    (Achievement.NOT_COMPLETED, True, ResultClass.DAMAGED),
])
def test_result_class_from_completion_and_damage(achievement, damage, expected):
    assert result_class(achievement, damage=damage) is expected


def test_a_known_disqualifier_decides_without_the_measures_but_never_without_every_answer():
    # Abuse found in the damage row: no measure is needed (none applies) …
    assert rule(_evaluation("damaged", abuse=["group_interest"])).kind is RulingKind.NO_PROTECTION
    # … but a condition left unanswered still stops the ruling: the Kết luận prints each condition.
    partial = {Condition.CORRECT_POLICY: False}
    assert missing_for_ruling(_evaluation("damaged", conditions=partial)) == [
        RulingGap(GapKind.CONDITION, c.value) for c in Condition if c is not Condition.CORRECT_POLICY]


@pytest.mark.parametrize(("liability", "value"), list(itertools.product(
    ["party", "administrative", "compensation"], ["none", "giam_nhe", "loại trừ", "0", "reduce", "excluded "])))
def test_an_invalid_measure_is_refused_by_its_code(liability, value):
    if value.strip() == "excluded":  # surrounding spaces are forgiven, as in every parser of codes here
        assert Evaluation.create(measures={liability: value}).measures == {Liability(liability): Measure.EXCLUDED}
        return
    with pytest.raises(ValidationError) as err:
        Evaluation.create(measures={liability: value})
    assert err.value.code == "protection_measure_invalid"
    assert err.value.params["liability"] == liability and err.value.params["value"] == value
    text = describe(err.value)
    assert LIABILITY_WORDS[Liability(liability)] in text and "giảm nhẹ" in text


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"result": "hoan_thanh"}, "protection_result_invalid"),
    ({"conditions": {"honest": True}}, "protection_condition_invalid"),
    ({"conditions": {"pure_motive": "yes"}}, "protection_condition_value_invalid"),
    ({"abuse": ["bribery"]}, "protection_abuse_invalid"),
    ({"abuse": "corrupt"}, "protection_abuse_invalid"),
    ({"measures": {"criminal": "reduced"}}, "protection_liability_invalid"),
])
def test_unknown_codes_are_refused_with_a_vietnamese_message(kwargs, code):
    with pytest.raises(ValidationError) as err:
        Evaluation.create(**kwargs)
    assert err.value.code == code
    text = describe(err.value)
    assert "mã lỗi" not in text and "…" not in text, text


def test_unanswered_values_are_left_open_not_refused():
    evaluation = Evaluation.create(result="", conditions={"pure_motive": None}, measures={"party": None})
    assert evaluation == Evaluation()
    assert Evaluation.create(abuse="corruption").abuse == frozenset({Abuse.CORRUPTION})
    assert Evaluation.create(abuse=[]).abuse == frozenset()


def test_evaluation_and_ruling_survive_json():
    evaluation = _evaluation("damaged", measures={"party": "excluded", "administrative": "exempted",
                                                  "compensation": "reduced"})
    assert Evaluation.from_json(evaluation.to_json()) == evaluation
    for ruling in (rule(evaluation), rule(_evaluation("completed")), rule(_evaluation("not_met")),
                   rule(_evaluation("not_met", abuse=["profiteering", "negative"]))):
        data = ruling.to_json()
        assert Ruling.from_json(data) == ruling
        assert data["flagged"] is ruling.flagged and data["early_raise_months"] == ruling.early_raise_months


# ------------------------------------------------------------------------------------------------ words


def test_every_code_of_the_ruling_has_its_words():
    assert set(RESULT_CLASS_WORDS) == set(ResultClass) and set(CONDITION_WORDS) == set(Condition)
    assert set(ABUSE_WORDS) == set(Abuse) and set(LIABILITY_WORDS) == set(Liability)
    assert set(MEASURE_WORDS) == set(Measure) == set(MEASURE_MEANING)
    assert set(RULING_KIND_WORDS) == set(RulingKind) and set(GAP_WORDS) == set(GapKind)


def test_each_ruling_reads_as_one_plain_sentence():
    assert ruling_sentence(rule(_evaluation("completed"))) == (
        "Không bị xem xét trách nhiệm; được xem xét khen thưởng, nâng lương trước thời hạn 12 tháng.")
    assert ruling_sentence(rule(_evaluation("not_met"))) == (
        "Được loại trừ trách nhiệm: không phải chịu trách nhiệm kỷ luật Đảng, trách nhiệm hành chính và trách nhiệm "
        "bồi thường vật chất.")
    assert ruling_sentence(rule(_evaluation("damaged", measures=dict.fromkeys(Liability, "reduced")))) == (
        "Trách nhiệm kỷ luật Đảng, trách nhiệm hành chính và trách nhiệm bồi thường vật chất đều được giảm nhẹ (bị "
        "xử lý ở mức nhẹ hơn).")
    assert ruling_sentence(rule(_evaluation("damaged", measures={
        "party": "reduced", "administrative": "excluded", "compensation": "excluded"}))) == (
        "Trách nhiệm hành chính và trách nhiệm bồi thường vật chất đều được loại trừ (không phải chịu trách nhiệm); "
        "trách nhiệm kỷ luật Đảng được giảm nhẹ (bị xử lý ở mức nhẹ hơn).")
    assert ruling_sentence(rule(_evaluation(
        "damaged", conditions={**ALL_MET, Condition.COMMON_INTEREST: False}, abuse=["corruption", "group_interest"]))
    ) == ("Không được bảo vệ vì không bảo đảm điều kiện “vì lợi ích chung”, đồng thời có dấu hiệu lợi dụng chủ trương "
          "bảo vệ cán bộ (tham nhũng, “lợi ích nhóm”); đề nghị Ủy ban kiểm tra xem xét.")


def test_every_ruling_of_the_table_has_a_sentence_without_placeholders():
    for result, choices in itertools.product(ResultClass, itertools.product(Measure, repeat=3)):
        measures = dict(zip(Liability, choices, strict=True)) if result is ResultClass.DAMAGED else {}
        sentence = ruling_sentence(rule(_evaluation(result, measures=measures)))
        assert sentence.endswith(".") and "{" not in sentence and sentence[0].isupper()
        for chosen in set(measures.values()):
            assert MEASURE_MEANING[chosen] in sentence


def test_the_missing_answers_read_in_vietnamese():
    with pytest.raises(ValidationError) as err:
        rule(_evaluation("damaged", conditions={c: True for c in Condition if c is not Condition.NO_SELF_INTEREST},
                         measures={"party": "reduced"}))
    assert describe(err.value) == (
        "Chưa đủ căn cứ để kết luận về việc bảo vệ cán bộ. Còn thiếu: đánh giá điều kiện “Không vụ lợi, không có tư "
        "lợi cá nhân”; biện pháp đối với trách nhiệm hành chính (loại trừ, miễn hoặc giảm nhẹ); biện pháp đối với "
        "trách nhiệm bồi thường vật chất (loại trừ, miễn hoặc giảm nhẹ).")
    assert describe_gap("abuse") == describe_gap(RulingGap(GapKind.ABUSE))
    assert describe_gap("measure:party") == "biện pháp đối với trách nhiệm kỷ luật Đảng (loại trừ, miễn hoặc giảm nhẹ)"
    with pytest.raises(ValidationError) as err:
        rule(_evaluation("not_met", measures={"compensation": "reduced"}))
    assert describe(err.value) == ("Không chọn biện pháp đối với trách nhiệm bồi thường vật chất: không gây thiệt hại "
                                   "thì mọi trách nhiệm đều được loại trừ. Chưa có gì thay đổi.")
