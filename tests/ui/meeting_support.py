"""Helpers of the meeting screen tests: the demo office at the clock of the meeting, windows opened as a person."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from lamdong_desktop.services import meetings
from lamdong_desktop.ui.meetings.window import MeetingWindow
from lamdong_desktop.ui.meetings.windows import open_meeting_window

from ..services.meeting_support import at, member_ids

DAY = date(2026, 1, 12)  # the meetings of tests.services.meeting_support are held that day at 08:00


def meeting_clock():
    """09:00 on the day of the meeting: what the window's defaults (closing time, decision date) start from."""
    return at(DAY, 9)


def window_as(qtbot, o, actor, meeting) -> MeetingWindow:
    """The meeting's window as ``actor`` sees it, through the one registry every opener uses."""
    window = open_meeting_window(o.ctx, actor, meeting.id)
    assert window is not None
    qtbot.addWidget(window)
    return window


def second_window(qtbot, o, actor, meeting) -> MeetingWindow:
    """Another person's window on the same meeting, side by side (two sessions of the office)."""
    window = MeetingWindow(o.ctx, actor, meetings.get(o.ctx, meeting.id, actor=actor))
    qtbot.addWidget(window)
    window.show()
    return window


def mark_button(window: MeetingWindow, meeting, name: str, which: str) -> QPushButton | None:
    """The attendance button "present" or "absent" of ``name`` (None when it is not offered)."""
    return window.findChild(QPushButton, f"{which}-{member_ids(meeting)[name]}")


def current(o, meeting):
    return meetings.get(o.ctx, meeting.id, actor=o.head)
