"""The register's pure rules: numbers and symbols, types, issuers, signer blocks, issue dates, who may cancel."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.register import (
    ABBREVIATIONS,
    UNIT_BODY,
    Authority,
    DocType,
    EntryDraft,
    check_draft,
    check_issue_date,
    check_issuer,
    check_sequence_key,
    council_sequence,
    format_number,
    may_cancel,
    number_line,
    parse_authority,
    parse_doc_type,
    parse_reference,
    signer_lines,
)
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.messages import AUTHORITY_WORDS, DOC_TYPE_WORDS, ENTRY_STATE_WORDS, describe


@pytest.mark.parametrize(("number", "doc_type", "issuer", "expected"), [
    (1, DocType.DECISION, "UBND", "01/QĐ-UBND"),
    (7, DocType.DECISION, "UBND", "07/QĐ-UBND"),
    (9, DocType.MINUTES, "UBND", "09/BB-UBND"),
    (10, DocType.NOTICE, "UBND", "10/TB-UBND"),
    (99, DocType.INVITATION, "UBND", "99/GM-UBND"),
    (100, DocType.REPORT, "UBND", "100/BC-UBND"),
    (1234, DocType.PLAN, "UBND", "1234/KH-UBND"),
    (5, DocType.SUBMISSION, "UBND", "05/TTr-UBND"),  # "TTr": the one mixed-case abbreviation (Phụ lục III)
    (3, DocType.MINUTES, "HĐĐG", "03/BB-HĐĐG"),  # a council's own code
    (3, DocType.DECISION, "hđđg", "03/QĐ-HĐĐG"),  # typed in lower case
    (2, DocType.DECISION, "UBND-VP", "02/QĐ-UBND-VP"),
])
def test_format_number(number, doc_type, issuer, expected):
    assert format_number(number, doc_type, issuer) == expected
    assert number_line(number, doc_type, issuer) == f"Số: {expected}"


def test_format_number_is_nfc_whatever_was_typed():
    decomposed = unicodedata.normalize("NFD", " hđxét ")  # macOS input: "é" as e + U+0301
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert format_number(1, DocType.MINUTES, decomposed) == "01/BB-HĐXÉT"
    assert unicodedata.is_normalized("NFC", check_issuer(decomposed))


@pytest.mark.parametrize("number", [0, -1, True, 1.0, "7"])
def test_a_register_number_is_a_positive_integer(number):
    with pytest.raises(ValueError):
        format_number(number, DocType.DECISION, "UBND")


@pytest.mark.parametrize("issuer", ["", "   ", "UB ND", "-UBND", "UBND-", "UB--ND", "UBND/VP", "A" * 21, "UB_ND"])
def test_bad_issuers_are_refused_with_a_code(issuer):
    with pytest.raises(ValidationError) as err:
        check_issuer(issuer)
    assert err.value.code == "issuer_invalid"
    assert "UBND, HĐĐG" in describe(err.value)


def test_every_type_has_its_abbreviation_and_vietnamese_name():
    assert set(ABBREVIATIONS) == set(DocType)
    assert {t.abbreviation for t in DocType} == {"QĐ", "BB", "TB", "GM", "BC", "KH", "TTr"}
    assert all(t.value.isascii() for t in DocType)  # stored codes are ASCII
    assert set(DOC_TYPE_WORDS) == set(DocType) and DOC_TYPE_WORDS[DocType.DECISION] == "Quyết định"
    assert set(AUTHORITY_WORDS) == set(Authority)
    assert {"issued", "cancelled"} == set(ENTRY_STATE_WORDS)


@pytest.mark.parametrize(("typed", "expected"), [
    ("QĐ", DocType.DECISION), ("qđ", DocType.DECISION), ("QD", DocType.DECISION), ("qd", DocType.DECISION),
    (unicodedata.normalize("NFD", "QĐ"), DocType.DECISION), ("TTr", DocType.SUBMISSION), ("ttr", DocType.SUBMISSION),
    ("TTR", DocType.SUBMISSION), (" bb ", DocType.MINUTES), ("GM", DocType.INVITATION), (DocType.PLAN, DocType.PLAN),
])
def test_parse_doc_type(typed, expected):
    assert parse_doc_type(typed) is expected


def test_an_unknown_type_names_the_known_ones():
    with pytest.raises(ValidationError) as err:
        parse_doc_type("CV")
    assert err.value.code == "doc_type_unknown"
    assert "QĐ, BB, TB, GM, BC, KH, TTr" in describe(err.value)


@pytest.mark.parametrize(("typed", "expected"), [
    ("07/QĐ-UBND", (7, DocType.DECISION, "UBND")), ("7/qd-ubnd", (7, DocType.DECISION, "UBND")),
    ("Số: 07/QĐ-UBND", (7, DocType.DECISION, "UBND")), ("123/TTr-UBND-VP", (123, DocType.SUBMISSION, "UBND-VP")),
    (" 01 / BB - HĐĐG ", (1, DocType.MINUTES, "HĐĐG")),
])
def test_parse_reference(typed, expected):
    assert parse_reference(typed) == expected


@pytest.mark.parametrize("typed", ["", "07", "QĐ-UBND", "0/QĐ-UBND", "07/XX-UBND", "abc/QĐ-UBND"])
def test_bad_references_are_refused(typed):
    with pytest.raises(ValidationError):
        parse_reference(typed)


def test_sequence_keys():
    assert check_sequence_key("unit") == "unit"
    assert council_sequence("c-1") == "council:c-1" == check_sequence_key("council:c-1")
    for bad in ("", "council:", "council:a:b", "other"):
        with pytest.raises(ValidationError) as err:
            check_sequence_key(bad)
        assert err.value.code == "sequence_invalid"


# ---------------------------------------------------------------------------------------------- signing

CT, PCT, BODY = "Chủ tịch", "Phó Chủ tịch", UNIT_BODY


@pytest.mark.parametrize(("authority", "expected"), [
    (Authority.NONE, ("CHỦ TỊCH",)),
    (Authority.ON_BEHALF, ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
    (Authority.DEPUTY, ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    (Authority.ON_BEHALF_DEPUTY, ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
    (Authority.ACTING, ("Q. CHỦ TỊCH",)),
    (Authority.ON_BEHALF_ACTING, ("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH")),
    (Authority.BY_ORDER, ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
    (Authority.BY_DELEGATION, ("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")),
])
def test_signer_lines_per_authority(authority, expected):
    own = {Authority.NONE: CT, Authority.ON_BEHALF: CT, Authority.BY_ORDER: "Chánh Văn phòng",
           Authority.BY_DELEGATION: "Chánh Văn phòng"}.get(authority, PCT)
    assert signer_lines(authority, body=BODY, head_title=CT, signer_title=own) == expected


def test_a_council_signs_with_its_own_body_and_titles():
    assert signer_lines(Authority.ON_BEHALF, body="Hội đồng đánh giá", signer_title="Chủ tịch Hội đồng") == (
        "TM. HỘI ĐỒNG ĐÁNH GIÁ", "CHỦ TỊCH HỘI ĐỒNG")
    assert signer_lines(Authority.DEPUTY, head_title="Chủ tịch Hội đồng", signer_title="Phó Chủ tịch Hội đồng") == (
        "KT. CHỦ TỊCH HỘI ĐỒNG", "PHÓ CHỦ TỊCH HỘI ĐỒNG")


@pytest.mark.parametrize(("authority", "given", "missing"), [
    (Authority.NONE, {}, "signer_title"),
    (Authority.ON_BEHALF, {"signer_title": CT}, "body"),
    (Authority.DEPUTY, {"signer_title": PCT}, "head_title"),
    (Authority.DEPUTY, {"head_title": CT}, "signer_title"),
    (Authority.ON_BEHALF_DEPUTY, {"head_title": CT, "signer_title": PCT}, "body"),
    (Authority.ACTING, {"signer_title": PCT}, "head_title"),
    (Authority.BY_ORDER, {"signer_title": "Chánh Văn phòng"}, "head_title"),
])
def test_an_incomplete_signer_block_says_what_is_missing(authority, given, missing):
    with pytest.raises(ValidationError) as err:
        signer_lines(authority, **given)
    assert err.value.code == "signer_incomplete" and err.value.params["missing"] == missing
    text = describe(err.value)
    assert AUTHORITY_WORDS[authority] in text and "Chưa cấp số" in text


@pytest.mark.parametrize(("typed", "expected"), [
    ("", Authority.NONE), ("none", Authority.NONE), ("TM", Authority.ON_BEHALF), ("tm.", Authority.ON_BEHALF),
    ("KT.", Authority.DEPUTY), ("TM.KT", Authority.ON_BEHALF_DEPUTY), ("tm_kt", Authority.ON_BEHALF_DEPUTY),
    ("TM. KT.", Authority.ON_BEHALF_DEPUTY), ("Q", Authority.ACTING), ("TUQ.", Authority.BY_DELEGATION),
])
def test_parse_authority(typed, expected):
    assert parse_authority(typed) is expected


def test_an_unknown_authority_is_refused():
    with pytest.raises(ValidationError) as err:
        parse_authority("thay")
    assert err.value.code == "authority_unknown" and "TM_KT" in describe(err.value)


# ---------------------------------------------------------------------------------------------- drafts


def _draft(**changes):
    fields = {"doc_type": DocType.DECISION, "title": "Về việc phê duyệt đề xuất", "issued_on": date(2026, 3, 2),
              "signer_name": "Nguyễn Văn Hùng", "signer_title": CT}
    return EntryDraft(**{**fields, **changes})


def test_check_draft_cleans_every_text():
    draft = check_draft(_draft(title=unicodedata.normalize("NFD", "  Về việc   phê duyệt  "), issuer="ubnd",
                               doc_type="qd", authority="tm", signer_body="Ủy ban nhân dân"))
    assert draft.title == "Về việc phê duyệt" and unicodedata.is_normalized("NFC", draft.title)
    assert draft.issuer == "UBND" and draft.doc_type is DocType.DECISION and draft.authority is Authority.ON_BEHALF


@pytest.mark.parametrize(("changes", "code"), [
    ({"title": " "}, "register_title_required"),
    ({"title": "x" * 301}, "text_too_long"),
    ({"title": "Về việc\u202e"}, "text_control_chars"),
    ({"signer_name": ""}, "signer_incomplete"),
    ({"authority": Authority.DEPUTY}, "signer_incomplete"),
    ({"issuer": "U B"}, "issuer_invalid"),
    ({"sequence_key": "hoi dong"}, "sequence_invalid"),
    ({"subject_table": "meetings"}, "register_subject_not_found"),
])
def test_check_draft_refuses_bad_input(changes, code):
    with pytest.raises(ValidationError) as err:
        check_draft(_draft(**changes))
    assert err.value.code == code


def test_numbers_follow_the_dates_of_issue():
    today = date(2026, 6, 15)
    assert check_issue_date(date(2026, 6, 15), today=today, latest=date(2026, 6, 15)) == date(2026, 6, 15)
    assert check_issue_date(date(2026, 6, 1), today=today, latest=None) == date(2026, 6, 1)
    with pytest.raises(ValidationError) as err:
        check_issue_date(date(2026, 6, 16), today=today, latest=None)
    assert err.value.code == "register_date_future" and "16/06/2026" in describe(err.value)
    with pytest.raises(ValidationError) as err:
        check_issue_date(date(2026, 6, 9), today=today, latest=date(2026, 6, 10))
    assert err.value.code == "register_date_before_last" and "10/06/2026" in describe(err.value)


@pytest.mark.parametrize(("roles", "own", "other"), [
    ({Role.HEAD}, True, True),
    ({Role.SECRETARY}, True, False),  # only a number they took themselves
    ({Role.LEADER}, False, False),
    ({Role.OFFICIAL}, False, False),
    ({Role.ADMIN}, False, False),
    ({Role.PROVINCE}, False, False),
])
def test_who_may_cancel(roles, own, other):
    assert may_cancel(roles, took_it=True) is own
    assert may_cancel(roles, took_it=False) is other


@pytest.mark.parametrize("position, title", [("Chủ tịch UBND xã Di Linh", "Chủ tịch"),
                                             ("Phó Chủ tịch UBND xã", "Phó Chủ tịch"),
                                             ("Chủ tịch Ủy ban nhân dân phường Xuân Hương", "Chủ tịch"),
                                             ("Chủ tịch", "Chủ tịch"),
                                             ("Công chức Phòng Kinh tế", "Công chức Phòng Kinh tế")])
def test_a_signer_signs_with_his_office_the_body_is_in_the_authority_line(position, title):
    """A decision signed without a title typed took the whole position: “TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH UBND XÃ DI
    LINH”; the body already stands in the authority line."""
    from lamdong_desktop.domain.register import signing_title

    assert signing_title(position) == title


@pytest.mark.parametrize("position, holds", [("Chánh Văn phòng HĐND và UBND xã", True),
                                             ("Chánh Văn phòng HĐND và UBND", True),
                                             ("chánh văn phòng  UBND xã Di Linh", True),
                                             ("Chánh Văn phòng", True),
                                             ("Phó Chánh Văn phòng HĐND và UBND xã", False),
                                             ("Chánh Văn phòng Đảng ủy xã", False),
                                             ("Chuyên viên Văn phòng HĐND và UBND xã", False),
                                             ("", False)])
def test_the_head_of_the_office_is_known_by_his_title_whatever_body_follows(position, holds):
    from lamdong_desktop.domain.register import OFFICE_HEAD_TITLE, holds_title

    assert holds_title(position, OFFICE_HEAD_TITLE) is holds
