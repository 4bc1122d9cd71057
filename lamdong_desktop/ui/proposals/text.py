"""Small display helpers shared by the proposal views: times, sizes, labels of states and fields."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from lamdong_desktop.domain.lifecycle import Action, State
from lamdong_desktop.domain.proposals import PRIORITY_FIELDS
from lamdong_desktop.messages import action_words, state_words

# The red every proposal view marks a missing item with (the same as the other dialogs' error text).
MISSING_COLOR = "#b3261e"


def format_stamp(stamp: str | None) -> str:
    """dd/mm/yyyy HH:MM of a stored ISO time (kept in Vietnam's +07:00, as the record says)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


def format_stamp_day(stamp: str | None) -> str:
    """dd/mm/yyyy of a stored ISO time."""
    return format_stamp(stamp)[:10]


def state_label(state: State) -> str:
    return state_words(state)


def action_label(action: Action) -> str:
    return action_words(action)


def field_label(code: str) -> str:
    return PRIORITY_FIELDS.get(code, code)


def format_count(value: int) -> str:
    """20.000: Vietnamese thousands separator."""
    return QLocale().toString(value)


def format_size(size: int) -> str:
    """A file size in Vietnamese: "850 KB", "1,5 MB"."""
    locale = QLocale()
    if size < 1_000:
        return QCoreApplication.translate("proposal_text", "{n} byte").format(n=size)
    if size < 1_000_000:
        return QCoreApplication.translate("proposal_text", "{n} KB").format(n=locale.toString(round(size / 1_000)))
    return QCoreApplication.translate("proposal_text", "{n} MB").format(
        n=locale.toString(size / 1_000_000, "f", 1))


def media_label(media_type: str) -> str:
    """What kind of file it is, in words an office worker uses: "Tài liệu PDF", "Văn bản Word", "Ảnh"."""
    translate = QCoreApplication.translate
    kinds = {
        "application/pdf": translate("proposal_text", "Tài liệu PDF"),
        "application/msword": translate("proposal_text", "Văn bản Word"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            translate("proposal_text", "Văn bản Word"),
        "application/vnd.ms-excel": translate("proposal_text", "Bảng tính Excel"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            translate("proposal_text", "Bảng tính Excel"),
        "application/vnd.oasis.opendocument.text": translate("proposal_text", "Văn bản ODT"),
        "application/zip": translate("proposal_text", "Tệp nén"),
        "text/plain": translate("proposal_text", "Văn bản thuần"),
    }
    if media_type in kinds:
        return kinds[media_type]
    family = media_type.partition("/")[0]
    if family == "image":
        return translate("proposal_text", "Ảnh")
    if family in ("audio", "video"):
        return translate("proposal_text", "Âm thanh, video")
    return translate("proposal_text", "Tệp khác")


def _audit_actions() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "proposals.create": translate("proposal_text", "Tạo đề xuất"),
        "proposals.update": translate("proposal_text", "Cập nhật đề xuất"),
        "proposals.delete": translate("proposal_text", "Xóa đề xuất"),
        "proposal_revisions.create": translate("proposal_text", "Lưu phiên bản"),
        "proposal_transitions.create": translate("proposal_text", "Chuyển trạng thái"),
        "attachments.create": translate("proposal_text", "Đính kèm tệp"),
    }


def audit_action_label(action: str) -> str:
    """``proposals.update`` → "Cập nhật đề xuất"; an unknown code is shown as it is."""
    return _audit_actions().get(action, action)


_ACTION_SUMMARY = re.compile(r"^(submit|return|resubmit|withdraw) (\S+)(?:: (.*))?$", re.DOTALL)
_STATE_SUMMARY = re.compile(r"^(\S+): (\w+) → (\w+)$")


def audit_summary_text(summary: str) -> str:
    """An audit summary as people read it.

    The services write a few summaries with codes ("submit DX-2026-001", "DX-2026-001: nhap → da_nop");
    the log is evidence and stays as written, so the codes are named here, at display time.
    """
    if match := _ACTION_SUMMARY.match(summary):
        code, ref, reason = match.groups()
        text = f"{action_label(Action(code))} {ref}"
        return f"{text}: {reason}" if reason else text
    if (match := _STATE_SUMMARY.match(summary)) and {match[2], match[3]} <= {s.value for s in State}:
        return f"{match[1]}: {state_label(State(match[2]))} → {state_label(State(match[3]))}"
    return summary
