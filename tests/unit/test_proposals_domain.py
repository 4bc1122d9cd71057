"""Proposal content rules: validation reports every missing item, the lifecycle table, differences."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from lamdong_desktop.domain.errors import PermissionDenied, ValidationError
from lamdong_desktop.domain.lifecycle import (
    TRANSITIONS,
    Action,
    Party,
    State,
    available_actions,
    check_transition,
)
from lamdong_desktop.domain.proposals import (
    Assessment,
    Criterion,
    Indicator,
    ProposalContent,
    Section,
    check_submittable,
    diff_contents,
    format_reference,
    missing_items,
)


def complete() -> ProposalContent:
    return ProposalContent(
        title="Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất",
        sections={s: f"Nội dung mục {s.value}." for s in Section},
        indicators=(Indicator("Thời gian giải quyết", "ngày", "30", "15", date(2026, 12, 31)),),
        criteria={c: Assessment(True, "Có căn cứ.") for c in Criterion},
        conflict_declared=False,
        field="dat_dai",
        party_org_id="org-1",
    )


def test_a_complete_proposal_has_nothing_missing():
    assert missing_items(complete()) == []
    check_submittable(complete())


def test_every_missing_item_is_reported_at_once():
    content = replace(complete(), sections={**complete().sections, Section.IMPACT: "  ", Section.SCOPE: ""},
                      indicators=(), criteria={Criterion.URGENCY: Assessment(True, "")},
                      conflict_declared=None, field="")
    problems = [item.code for item in missing_items(content)]
    assert problems == [
        "section:scope", "section:impact", "indicators", "criterion:urgency", "criterion:pure_purpose",
        "criterion:democratic_process", "conflict", "field",
    ]
    with pytest.raises(ValidationError) as err:
        check_submittable(content)
    assert err.value.code == "proposal_incomplete" and [i.code for i in err.value.params["problems"]] == problems


def test_an_incomplete_indicator_and_an_undetailed_conflict_are_missing_items():
    content = replace(complete(), indicators=(Indicator("Hộ nghèo", "", "120", "80"),), conflict_declared=True)
    assert [item.code for item in missing_items(content)] == ["indicator:1", "conflict"]


def test_normalisation_is_nfc_and_keeps_paragraphs():
    text = unicodedata.normalize("NFD", "Đoạn một.  \n\n\n\nĐoạn   hai.")
    content = replace(complete(), sections={Section.NECESSITY: text}).normalized()
    assert content.sections[Section.NECESSITY] == "Đoạn một.\n\nĐoạn hai."
    assert unicodedata.is_normalized("NFC", content.sections[Section.NECESSITY])


def test_content_round_trips_through_json():
    content = complete().normalized()
    assert ProposalContent.from_json(content.to_json()) == content


def test_reference_format():
    assert format_reference(2026, 7) == "DX-2026-007"
    assert format_reference(2027, 123) == "DX-2027-123"


def test_lifecycle_table_each_transition_names_who_may_take_it():
    assert {t.action for t in TRANSITIONS} == set(Action)
    assert available_actions(State.DRAFT, frozenset({Party.AUTHOR})) == [Action.SUBMIT, Action.WITHDRAW]
    assert available_actions(State.SUBMITTED, frozenset({Party.RECIPIENT})) == [Action.RETURN, Action.RECEIVE]
    assert available_actions(State.RETURNED, frozenset({Party.AUTHOR})) == [Action.RESUBMIT, Action.WITHDRAW]
    assert available_actions(State.WITHDRAWN, frozenset({Party.AUTHOR, Party.RECIPIENT})) == []


def test_check_transition_refuses_the_wrong_party_state_or_missing_reason():
    with pytest.raises(PermissionDenied):
        check_transition(Action.RETURN, State.SUBMITTED, frozenset({Party.AUTHOR}), "lý do")
    with pytest.raises(ValidationError) as err:
        check_transition(Action.RETURN, State.DRAFT, frozenset({Party.RECIPIENT}), "lý do")
    assert err.value.code == "transition_not_allowed"
    with pytest.raises(ValidationError) as err:
        check_transition(Action.RETURN, State.SUBMITTED, frozenset({Party.RECIPIENT}), "  ")
    assert err.value.code == "reason_required"
    assert check_transition(Action.RETURN, State.SUBMITTED, frozenset({Party.RECIPIENT}), "Bổ sung").target \
        is State.RETURNED


def test_diff_lists_only_changed_sections_line_by_line():
    before = complete()
    after = replace(before, sections={**before.sections, Section.IMPACT: "Nội dung mục impact.\nThêm dòng mới."},
                    indicators=(*before.indicators, Indicator("Hồ sơ tồn", "hồ sơ", "120", "0")))
    diffs = diff_contents(before, after)
    assert [d.label for d in diffs] == ["Dự báo tác động", "Chỉ tiêu định lượng"]
    assert "+ Thêm dòng mới." in diffs[0].lines and "  Nội dung mục impact." in diffs[0].lines
    assert any(line.startswith("+ Hồ sơ tồn") for line in diffs[1].lines)
    assert diff_contents(before, before) == []
