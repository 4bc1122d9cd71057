from __future__ import annotations

import errno
import os
import re

import pytest

from lamdong_desktop.domain.errors import CODES, DomainError
from lamdong_desktop.messages import MESSAGES, describe

ROOT_SOURCES = "lamdong_desktop"


def test_every_code_has_a_vietnamese_message():
    assert set(CODES) <= set(MESSAGES)


def test_every_code_raised_in_the_source_is_declared():
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / ROOT_SOURCES
    raised = set()
    pattern = re.compile(r'(?:DomainError|ValidationError|PermissionDenied|NotFound)\(\s*"([a-z][a-z0-9_]*)"')
    for path in package.rglob("*.py"):
        raised |= set(pattern.findall(path.read_text("utf-8")))
    raised |= {"user_not_found", "person_not_found", "party_org_not_found", "correction_not_found"}
    assert raised, "the pattern found nothing: the test would prove nothing"
    assert raised <= set(CODES), sorted(raised - set(CODES))


def test_describe_fills_parameters_and_survives_missing_ones():
    text = describe(DomainError("login_failed", remaining=3))
    assert "Còn 3 lần" in text
    assert "…" in describe(DomainError("unit_not_found"))
    assert "mã lỗi" in describe(DomainError("no_such_code"))


def test_every_state_and_action_has_vietnamese_words():
    from lamdong_desktop.domain.lifecycle import Action, State
    from lamdong_desktop.messages import ACTION_WORDS, STATE_WORDS

    assert {s.value for s in State} <= set(STATE_WORDS)
    assert {a.value for a in Action} <= set(ACTION_WORDS)


def test_decimal_numbers_read_the_vietnamese_way():
    error = DomainError("attachment_too_large", name="a.pdf", size_mb=52.4, max_mb=50)
    assert describe(error) == "Tệp “a.pdf” nặng 52,4 MB, vượt giới hạn 50 MB."


@pytest.mark.parametrize(
    ("errno_code", "words"),
    [
        (errno.EACCES, "không có quyền truy cập (“/media/usb/a.pdf”)"),
        (errno.ENOSPC, "ổ đĩa đã đầy (“/media/usb/a.pdf”)"),
        (errno.EROFS, "ổ đĩa chỉ cho phép đọc (không ghi được) (“/media/usb/a.pdf”)"),
        (errno.ENOENT, "không tìm thấy tệp hoặc thư mục (“/media/usb/a.pdf”)"),
        (errno.EISDIR, "đây là một thư mục, không phải tệp (“/media/usb/a.pdf”)"),
    ],
)
def test_system_errors_read_in_vietnamese_inside_a_vietnamese_message(errno_code, words):
    exc = OSError(errno_code, os.strerror(errno_code), "/media/usb/a.pdf")
    text = describe(DomainError("print_failed", detail=exc))
    assert text == f"Không in được tài liệu: {words}."
    assert os.strerror(errno_code) not in text  # "Permission denied", "No space left on device" …


def test_an_unknown_system_error_still_reads_in_vietnamese():
    from lamdong_desktop.messages import os_error_words

    assert os_error_words(OSError(errno.ECONNRESET, "Connection reset by peer")) == (
        f"lỗi hệ thống (mã {errno.ECONNRESET})"
    )


def test_a_real_system_error_from_printing_is_told_in_vietnamese(tmp_path):
    from lamdong_desktop.documents.samples import sample_proposal_plan
    from lamdong_desktop.services.printing import render_plan

    target = tmp_path / "no-such-folder" / "kehoach.pdf"
    with pytest.raises(DomainError) as err:
        render_plan(sample_proposal_plan(), target)
    text = describe(err.value)
    assert err.value.code == "target_folder_missing"
    assert text.startswith(f"Không ghi được tệp “{target}”: thư mục “{target.parent}” không tồn tại")
    assert "No such file" not in text and ".tmp" not in text


def test_every_state_action_party_guard_and_missing_item_has_its_words_once():
    from lamdong_desktop.domain.lifecycle import Guard, Party, Recipient
    from lamdong_desktop.domain.proposals import Criterion, ItemKind, MissingItem, Section
    from lamdong_desktop.messages import (
        GUARD_WORDS,
        ITEM_WORDS,
        PARTY_WORDS,
        RECIPIENT_WORDS,
        describe_item,
    )

    assert set(PARTY_WORDS) == set(Party) and set(GUARD_WORDS) == set(Guard)
    assert set(RECIPIENT_WORDS) == set(Recipient) and set(ITEM_WORDS) == set(ItemKind)
    items = [MissingItem(k) for k in ItemKind if k not in (ItemKind.SECTION, ItemKind.CRITERION, ItemKind.INDICATOR)]
    items += [MissingItem(ItemKind.SECTION, s.value) for s in Section]
    items += [MissingItem(ItemKind.CRITERION, c.value) for c in Criterion] + [MissingItem(ItemKind.INDICATOR, "2")]
    words = [describe_item(item) for item in items]
    assert all(w and "{" not in w and ":" not in w for w in words), words
    assert describe_item(MissingItem(ItemKind.SECTION, "impact")) == "mục “Dự báo tác động”"
    assert describe_item("criterion:urgency") == describe_item(MissingItem(ItemKind.CRITERION, "urgency"))
    import lamdong_desktop.domain.lifecycle as lifecycle

    assert not hasattr(lifecycle, "STATE_LABELS") and not hasattr(lifecycle, "ACTION_LABELS")


def test_an_incomplete_proposal_reads_its_missing_items_in_vietnamese():
    from lamdong_desktop.domain.errors import ValidationError
    from lamdong_desktop.domain.proposals import ItemKind, MissingItem

    error = ValidationError("proposal_incomplete", problems=[MissingItem(ItemKind.SECTION, "impact"),
                                                              MissingItem(ItemKind.INDICATORS)])
    assert "Còn thiếu: mục “Dự báo tác động”; ít nhất một chỉ tiêu định lượng." in describe(error)
    assert "“Trả lại”" in describe(DomainError("transition_not_allowed", action="return", state="nhap"))
    assert "“Dự thảo”" in describe(DomainError("transition_not_allowed", action="return", state="nhap"))


def test_values_quoted_back_never_carry_escape_sequences_nor_endless_input():
    text = describe(DomainError("proposal_not_found", ref="DX\x1b[2J\x1b[31mRED\u202e"))
    assert "\x1b" not in text and "\u202e" not in text
    assert "[U+001B][2J" in text and "[U+202E]" in text
    long = describe(DomainError("unit_not_found", query="x" * 100_000))
    assert len(long) < 400 and "…" in long


def test_invisible_characters_are_refused_in_names():
    from lamdong_desktop.domain.errors import ValidationError
    from lamdong_desktop.domain.text import check_text

    for ch in ("\u200b", "\ufeff", "\u2028", "\U000e0001"):
        with pytest.raises(ValidationError) as err:
            check_text(f"A{ch}B", field="full_name", limit="name")
        assert err.value.code == "text_control_chars"
    assert check_text("Nguyễn Thị Ánh", field="full_name", limit="name") == "Nguyễn Thị Ánh"


DERIVED = {"why"}  # worked out by describe from the other fields (the field's reason to be required, an absence's)


def test_every_error_raised_gives_each_placeholder_of_its_message():
    """A message's placeholders left empty print as "…" ("Năm 1800 nằm ngoài khoảng …–…"): each call that raises an
    error with its code written out names every field its Vietnamese message uses (unless it passes ``**fields``)."""
    import ast
    import string
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / ROOT_SOURCES
    kinds = {"DomainError", "ValidationError", "PermissionDenied", "NotFound"}
    missing, seen = [], 0
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in kinds
                    and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value in MESSAGES):
                continue
            if any(k.arg is None for k in node.keywords):
                continue
            seen += 1
            wanted = {name.split(".")[0].split("[")[0]
                      for _, name, _, _ in string.Formatter().parse(MESSAGES[node.args[0].value]) if name}
            given = {k.arg for k in node.keywords} | DERIVED
            if wanted - given:
                missing.append(f"{path.name}:{node.lineno} {node.args[0].value}: {sorted(wanted - given)}")
    assert seen > 100, "the walk found too few raises: the test would prove nothing"
    assert missing == []
