"""Words the meeting screens share: kinds, states, times, the quorum line and the vote line, scores.

The words of codes (kinds, seats, choices, results) come from ``lamdong_desktop.messages``; the sentences built
around them go through ``QCoreApplication.translate`` like every other text of the UI. Nothing here counts a vote:
the outcome is always ``domain.votes.decide``'s (live) or the services' (stored).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.meetings import MeetingKind
from lamdong_desktop.domain.votes import VOTE_BELOW_QUORUM, VoteOutcome, VoteStatus
from lamdong_desktop.messages import TIE_BREAK_WORDS, VOTE_STATUS_WORDS, describe, signed_state_words
from lamdong_desktop.messages.meetings import score_text
from lamdong_desktop.messages.sessions import MEETING_STATE_WORDS, SIGNED_WORDS
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.services.signed_scans import DigitalSignature

OK_COLOR = "#1e6b35"  # the green of the "Đã lưu" flash
ALERT_COLOR = "#b00020"  # the red of overdue items and missing marks
translate = QCoreApplication.translate


def signed_words(digital: Sequence[DigitalSignature]) -> str:
    """ "Đã ký", and "Đã ký — Đã ký số (Trần Thị Mai, Nguyễn Văn Hùng)" when the attached PDF is digitally signed."""
    return signed_state_words(True, [s.signer for s in digital])


# The short kind, as the list shows it; the full name (messages.MEETING_KIND_WORDS) in the window's heading.
def kind_short(kind: MeetingKind) -> str:
    if kind is MeetingKind.LEADERSHIP:
        return translate("meetings", "Họp tập thể lãnh đạo")
    return translate("meetings", "Hội đồng đánh giá")


def moment(value: datetime | None) -> str:
    """08:00 ngày 12/01/2026."""
    if value is None:
        return "—"
    return translate("meetings", "{time} ngày {day}").format(time=f"{value:%H:%M}", day=f"{value:%d/%m/%Y}")


def state_text(meeting: Meeting) -> str:
    words = MEETING_STATE_WORDS.get(meeting.state, str(meeting.state))
    if meeting.locked:
        return translate("meetings", "{state}, biên bản {signed}").format(state=words,
                                                                          signed=SIGNED_WORDS.lower())
    return words


def quorum_text(meeting: Meeting) -> tuple[str, bool]:
    """The live quorum line and whether the quorum is met, from the attendance as recorded."""
    members, present, needed = len(meeting.voting_members), meeting.present_count, meeting.quorum_needed
    fraction = meeting.quorum.fraction
    rule = translate("meetings", "đủ tất cả thành viên") if fraction == 1 else translate(
        "meetings", "ít nhất {fraction} thành viên").format(fraction=f"{fraction.numerator}/{fraction.denominator}")
    unmarked = sum(1 for m in meeting.voting_members if m.attendance is None)
    line = translate("meetings", "Có mặt {present}/{members} thành viên; cần {needed} ({rule}).").format(
        present=present, members=members, needed=needed, rule=rule)
    if unmarked:
        line += " " + translate("meetings", "Chưa điểm danh {n} người.").format(n=unmarked)
    if meeting.quorum_met:
        return line + " " + translate("meetings", "Đủ số thành viên để biểu quyết."), True
    return line + " " + translate("meetings", "CHƯA ĐỦ số thành viên: không tiến hành biểu quyết."), False


def below_quorum_text(outcome: VoteOutcome) -> str:
    """The services' own refusal of a ballot below the quorum, word for word."""
    return describe(ValidationError(VOTE_BELOW_QUORUM, members=outcome.members, present=outcome.present,
                                    needed=outcome.quorum_needed))


def counts_text(outcome: VoteOutcome) -> str:
    return translate("meetings", "{yes} tán thành, {no} không tán thành, {abstain} không biểu quyết").format(
        yes=outcome.in_favour, no=outcome.against, abstain=outcome.abstained)


def vote_text(outcome: VoteOutcome, *, live: bool) -> str:
    """“Theo các phiếu đang nhập: 3 tán thành, … — THÔNG QUA” (live) or the stored result, in one line."""
    if outcome.status is VoteStatus.NO_QUORUM:
        return below_quorum_text(outcome)
    lead = translate("meetings", "Theo các phiếu đang nhập") if live else translate("meetings", "Kết quả đã ghi")
    if outcome.voting == 0:
        return translate("meetings", "{lead}: chưa có phiếu nào.").format(lead=lead)
    result = VOTE_STATUS_WORDS[outcome.status].upper()
    percent = outcome.share_in_favour * 100
    share = translate("meetings", "{share}% tán thành").format(
        share=str(percent.numerator) if percent.denominator == 1 else score_text(percent, 1))
    counts = counts_text(outcome)
    text = translate("meetings", "{lead}: {counts} ({share}) — {result}").format(
        lead=lead, counts=counts, share=share, result=result)
    if not outcome.complete:
        text = translate("meetings", "{lead}: {counts} ({share}) — tạm tính {result}; còn {n} thành viên chưa biểu "
                                     "quyết").format(lead=lead, counts=counts, share=share, result=result,
                                                     n=outcome.not_voting)
    tie = TIE_BREAK_WORDS.get(outcome.tie_break, "")
    return f"{text}. {tie}." if tie else f"{text}."


def mark(value: Fraction | None) -> str:
    """A mark, total or average as shown: 8; 8,5; 8,33 (rounded half up to 2 places), empty when not given."""
    if value is None:
        return ""
    text = score_text(value)
    return text.rstrip("0").rstrip(",") if "," in text else text
