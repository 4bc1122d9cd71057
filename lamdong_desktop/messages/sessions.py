"""The words of meetings and decisions as recorded (domain/meetings.py, services/meetings…, decisions): kinds,
states, seats, attendance, outcomes, the titles of their documents, and their errors."""

from __future__ import annotations

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import (
    Attendance,
    MeetingKind,
    MeetingLevel,
    MeetingState,
    Outcome,
    Part,
    Seat,
    Step,
)

# Why the written decision waits (domain/meetings.py ``refusal``): said by the services and beside the button.
NOT_CLOSED_WORDS = ("Cuộc họp chưa kết thúc (chưa lập biên bản): kết thúc cuộc họp và lập biên bản trước khi ban "
                    "hành quyết định.")
ADJOURNED_WORDS = ("Cuộc họp đã hoãn, không biểu quyết: không ban hành quyết định theo cuộc họp này; đề xuất chờ "
                   "cuộc họp khác.")

SESSION_MESSAGES: dict[str, str] = {
    "meeting_not_found": "Không tìm thấy cuộc họp “{id}”.",
    "member_not_found": "Không tìm thấy thành viên “{member}” trong cuộc họp này.",
    "member_ambiguous": "“{member}” khớp với nhiều thành viên của cuộc họp: hãy ghi mã thành viên (cột id của "
    "“lamdong meeting show … --json”).",
    "item_not_on_agenda": "Đề xuất {ref} không có trong chương trình cuộc họp này.",
    "item_not_scheduled": "Đề xuất {ref} không chờ quyết định ở cuộc họp nào (chưa đưa ra họp, hoặc đã có văn bản).",
    "decision_not_found": "Không tìm thấy văn bản quyết định hoặc thông báo kết luận “{id}”.",
    "meeting_kind_invalid": "Loại cuộc họp “{value}” không hợp lệ: chọn leadership (họp tập thể lãnh đạo) hoặc "
    "council (Hội đồng đánh giá đề xuất đổi mới, sáng tạo).",
    "meeting_level_invalid": "Cấp tổ chức “{value}” không hợp lệ: chọn unit (cấp đơn vị) hoặc province (cấp tỉnh).",
    "seat_invalid": "Vai trò “{value}” trong cuộc họp không hợp lệ: chọn chair (chủ trì, Chủ tịch Hội đồng), "
    "vice_chair (Phó Chủ tịch Hội đồng), member (thành viên, ủy viên) hoặc secretary (thư ký).",
    "attendance_invalid": "Điểm danh “{value}” không hợp lệ: chọn present (có mặt) hoặc absent (vắng mặt).",
    "outcome_invalid": "Kết quả “{value}” không hợp lệ: chọn approve (phê duyệt), pilot (cho thực hiện thí điểm), "
    "return (trả lại để hoàn thiện) hoặc reject (không phê duyệt).",
    "datetime_invalid": "Thời gian “{value}” không hợp lệ: viết dạng 2026-01-12 08:00 hoặc 12/01/2026 08:00.",
    "meeting_chair_count": "Cuộc họp phải có đúng một người chủ trì (đang có {count}).",
    "meeting_secretary_count": "Cuộc họp phải có đúng một thư ký ghi biên bản (đang có {count}).",
    "meeting_locked": "Biên bản cuộc họp đã ký và đã đính kèm bản chụp: không sửa được nữa. Mọi thay đổi cần một "
    "văn bản mới có số. Chưa có gì thay đổi.",
    "meeting_not_open": "Cuộc họp đang ở trạng thái “{meeting_state}”: không ghi thêm được. Chưa có gì thay đổi.",
    "meeting_not_ended": "Cuộc họp chưa kết thúc: chỉ đính kèm biên bản đã ký sau khi ghi giờ kết thúc cuộc họp "
    "(hoặc hoãn cuộc họp).",
    "meeting_end_before_start": "Giờ kết thúc {value} không sau giờ bắt đầu cuộc họp ({start}).",
    "meeting_end_future": "Giờ kết thúc {value} chưa đến (bây giờ là {now}): chỉ ghi giờ kết thúc khi cuộc họp đã "
    "kết thúc. Chưa có gì thay đổi.",
    "meeting_end_too_late": "Giờ kết thúc {value} cách giờ bắt đầu cuộc họp ({start}) hơn một ngày: kiểm tra lại "
    "ngày kết thúc. Chưa có gì thay đổi.",
    "meeting_not_started": "Cuộc họp chưa bắt đầu ({start}): chưa ghi điểm danh, biểu quyết, điểm hay kết thúc được. "
    "Chưa có gì thay đổi.",
    "meeting_before_receipt": "Đề xuất {ref} được tiếp nhận ngày {received}: cuộc họp ngày {start} không thể xem xét "
    "đề xuất trước ngày tiếp nhận. Chưa có gì thay đổi.",
    "attendance_twice": "{member} được điểm danh hai lần trong cùng một lần ghi: mỗi thành viên chỉ ghi có mặt hoặc "
    "vắng mặt một lần. Chưa có gì thay đổi.",
    "meeting_not_held": "Cuộc họp chưa điểm danh thành viên: ghi điểm danh trước khi ghi giờ kết thúc.",
    "meeting_agenda_empty": "Chương trình cuộc họp chưa có đề xuất nào.",
    "meeting_has_decisions": "Đã có văn bản về đề xuất {ref} sau cuộc họp này: không hoãn cuộc họp hay rút đề xuất "
    "khỏi chương trình được nữa.",
    "broad_needs_council": "Đề xuất {ref} có phạm vi rộng hoặc phức tạp: phải đưa ra Hội đồng đánh giá đề xuất đổi "
    "mới, sáng tạo, không đưa ra họp tập thể lãnh đạo.",
    "item_decided": "Đã có văn bản về đề xuất {ref}: không sửa được điểm danh, biểu quyết, điểm hay ý kiến về đề xuất "
    "này nữa.",
    "score_not_own": "Thành viên chỉ tự nhập điểm của mình; điểm của thành viên khác do thư ký ghi.",
    "score_proposer": "Người đề xuất không chấm điểm đề xuất của mình (Nghị định 73/2023/NĐ-CP, Điều 8).",
    "decision_exists": "Đề xuất {ref} đã có văn bản số {reference} sau cuộc họp này: mọi thay đổi cần một văn bản mới.",
    "decision_locked": "Văn bản số {reference} đã ký và đã đính kèm bản chụp: không sửa được nữa.",
    "decision_before_meeting": "Ngày ban hành {value} trước ngày họp ({held_on}): văn bản ban hành sau cuộc họp.",
    "meeting_not_closed": NOT_CLOSED_WORDS + " Chưa cấp số, chưa có gì thay đổi.",
    "decision_meeting_adjourned": ADJOURNED_WORDS + " Chưa cấp số, chưa có gì thay đổi.",
    "register_entry_in_use": ("Số {reference} đã in trên văn bản được ban hành từ cuộc họp (biên bản, giấy mời, quyết "
                              "định hoặc thông báo) nên không hủy được; văn bản cần sửa thì ban hành văn bản mới."),
    "override_exists": "Người đứng đầu đã phê duyệt bằng văn bản đề xuất {ref} sau biểu quyết.",
    "opinion_speaker_required": "Cần ghi người phát biểu: một thành viên của cuộc họp, hoặc họ tên khách mời.",
    "opinion_speaker_both": "Ý kiến của thành viên {member} lấy họ tên, chức vụ theo danh sách thành viên: không ghi "
    "thêm họ tên hay chức vụ khách mời ({speaker}). Chỉ chọn một: thành viên, hoặc khách mời. Chưa có gì thay đổi.",
    "member_absent": "{member} được ghi vắng mặt{why}: không ghi {part} của thành viên vắng mặt. Chưa có gì thay đổi.",
    "member_not_marked": "{member} chưa được điểm danh có mặt: điểm danh trước khi ghi {part} của thành viên này. "
    "Chưa có gì thay đổi.",
    "close_vote_open": "Chưa kết thúc họp được: biểu quyết về đề xuất {ref} chưa hoàn tất ({voted}/{present} thành "
    "viên có mặt đã biểu quyết, còn {missing} thành viên chưa biểu quyết). Ghi đủ biểu quyết, hoặc rút đề xuất khỏi "
    "chương trình họp, rồi kết thúc họp. Chưa có gì thay đổi.",
    "close_without_quorum": "Chưa kết thúc họp được: cuộc họp không đủ số thành viên để biểu quyết về đề xuất {ref}. "
    "Hãy hoãn cuộc họp (đề xuất trở lại chờ họp), hoặc rút đề xuất khỏi chương trình họp. Chưa có gì thay đổi.",
    "meeting_start_passed": "Cuộc họp lúc {start} là ngày đã qua (hôm nay là {today}): giấy mời được cấp số và ghi "
    "ngày triệu tập nên chỉ mời họp từ hôm nay trở đi. Chưa có gì thay đổi.",
    # The province's level (ND 73/2023 Đ7.1: a head's own proposal goes to the level above).
    "own_proposal_at_province": "Đề xuất {ref} là đề xuất của chính người đứng đầu đơn vị nên được gửi lên cấp tỉnh "
    "(khoản 1 Điều 7 Nghị định 73/2023/NĐ-CP): cấp tỉnh tiếp nhận, đưa ra họp và quyết định; người đứng đầu chỉ theo "
    "dõi với tư cách người đề xuất. Chưa có gì thay đổi.",
    "province_level_only": "Cuộc họp cấp tỉnh do cấp tỉnh triệu tập, điều hành và quyết định; tài khoản của bạn không "
    "thực hiện được thao tác này. Chưa có gì thay đổi.",
    "agenda_needs_province": "Đề xuất {ref} được gửi lên cấp tỉnh: chỉ đưa ra cuộc họp cấp tỉnh. Chưa có gì thay đổi.",
    "agenda_needs_unit": "Đề xuất {ref} được trình người đứng đầu đơn vị: chỉ đưa ra cuộc họp cấp đơn vị. Chưa có gì "
    "thay đổi.",
}

# What a member does that needs him present (``domain.meetings.Part``), as the messages above name it.
PART_WORDS: dict[str, str] = {
    Part.OPINION: "ý kiến phát biểu",
    Part.BALLOT: "biểu quyết",
    Part.SCORE: "điểm chấm",
}

MEETING_KIND_WORDS: dict[str, str] = {
    MeetingKind.LEADERSHIP: "Họp tập thể lãnh đạo",
    MeetingKind.COUNCIL: "Hội đồng đánh giá đề xuất đổi mới, sáng tạo",
}
MEETING_LEVEL_WORDS: dict[str, str] = {
    MeetingLevel.UNIT: "Cấp đơn vị",
    MeetingLevel.PROVINCE: "Cấp tỉnh",
}
MEETING_STATE_WORDS: dict[str, str] = {
    MeetingState.CONVENED: "Đã triệu tập",
    MeetingState.HELD: "Đang họp",
    MeetingState.ADJOURNED: "Đã hoãn",
    MeetingState.CLOSED: "Đã kết thúc",
}
# A seat's words by the kind of meeting: a council's secretary is a member ("Ủy viên kiêm Thư ký"), a leadership
# meeting's is not (its "Thư ký" records the minutes).
SEAT_WORDS: dict[str, dict[str, str]] = {
    MeetingKind.LEADERSHIP: {Seat.CHAIR: "Chủ trì", Seat.VICE_CHAIR: "Phó chủ trì", Seat.MEMBER: "Thành viên",
                             Seat.SECRETARY: "Thư ký"},
    MeetingKind.COUNCIL: {Seat.CHAIR: "Chủ tịch Hội đồng", Seat.VICE_CHAIR: "Phó Chủ tịch Hội đồng",
                          Seat.MEMBER: "Ủy viên", Seat.SECRETARY: "Ủy viên kiêm Thư ký"},
}
ATTENDANCE_WORDS: dict[str, str] = {Attendance.PRESENT: "Có mặt", Attendance.ABSENT: "Vắng mặt"}
NOT_RECORDED = "Chưa điểm danh"
OUTCOME_WORDS: dict[str, str] = {
    Outcome.APPROVE: "Phê duyệt",
    Outcome.PILOT: "Cho thực hiện thí điểm",
    Outcome.RETURN: "Trả lại để hoàn thiện",
    Outcome.REJECT: "Không phê duyệt",
}
SIGNED_WORDS = "Đã ký"  # the signed scan is attached: the record is locked
UNSIGNED_WORDS = "Chưa ký"
LATE_WORDS = "Họp sau thời hạn 07 ngày làm việc kể từ ngày tiếp nhận (Nghị định 73/2023/NĐ-CP, Điều 8)"
HEAD_WORDS = "Người đứng đầu"  # who approves in writing after a failed vote (ND 73/2023 Đ8.1)
COUNCIL_CHAIR_TITLE = "Chủ tịch Hội đồng"
LEADERSHIP_CHAIR_TITLE = "Chủ trì cuộc họp"
COUNCIL_ISSUER = "HĐĐG"  # a council numbers its minutes in its own sequence: "01/BB-HĐĐG"

# The summaries (trích yếu) of the documents a meeting and its decisions take numbers for.
INVITATION_TITLE = "Mời dự {title}"
MINUTES_TITLE = "Biên bản {title}"
DECISION_TITLES: dict[str, str] = {
    Outcome.APPROVE: "Về việc phê duyệt đề xuất đổi mới, sáng tạo “{title}”",
    Outcome.PILOT: "Về việc cho thực hiện thí điểm đề xuất đổi mới, sáng tạo “{title}”",
    Outcome.RETURN: "Kết luận về đề xuất đổi mới, sáng tạo “{title}” (trả lại để hoàn thiện)",
    Outcome.REJECT: "Kết luận về đề xuất đổi mới, sáng tạo “{title}” (không phê duyệt)",
}


def decision_title(outcome: Outcome | str, proposal_title: str, limit: int = 300) -> str:
    """The decision's summary line, the proposal's title shortened with "…" when the whole would be too long."""
    template = DECISION_TITLES[str(outcome)]
    room = limit - len(template.format(title=""))
    title = proposal_title if len(proposal_title) <= room else proposal_title[: max(room - 1, 0)].rstrip() + "…"
    return template.format(title=title)


def seat_words(kind: MeetingKind | str, seat: Seat | str) -> str:
    return SEAT_WORDS.get(str(kind), {}).get(str(seat), str(seat))


def meeting_state_words(state: MeetingState | str) -> str:
    return MEETING_STATE_WORDS.get(str(state), str(state))


# A step of a meeting (domain/meetings.py ``Step``) in the sentence saying why it cannot be done now.
STEP_WORDS: dict[str, str] = {
    Step.AGENDA: "sửa chương trình họp",
    Step.ATTEND: "điểm danh",
    Step.OPINION: "ghi ý kiến",
    Step.MINUTES: "ghi biên bản",
    Step.VOTE: "ghi biểu quyết",
    Step.SCORE: "chấm điểm",
    Step.CLOSE: "kết thúc cuộc họp",
    Step.ADJOURN: "hoãn cuộc họp",
    Step.OVERRIDE: "phê duyệt bằng văn bản",
    Step.DECIDE: "ban hành văn bản",
}
# The same refusals as the meeting window shows them beside a disabled control (nothing was tried, so nothing is
# said about changes); another code reads as the services' message.
REFUSAL_WORDS: dict[str, str] = {
    "meeting_not_started": "Cuộc họp bắt đầu lúc {start}; chưa thể {step}.",
    "meeting_not_closed": NOT_CLOSED_WORDS,
    "decision_meeting_adjourned": ADJOURNED_WORDS,
    "meeting_locked": "Biên bản cuộc họp đã ký: không {step} được nữa.",
    "meeting_not_open": "Cuộc họp đang ở trạng thái “{meeting_state}”: không {step} được nữa.",
}


def refusal_words(step: Step | str, error: DomainError) -> str:
    """Why ``step`` cannot be done now (``domain.meetings.refusal``), as a line beside its disabled control:
    "Cuộc họp bắt đầu lúc 08:00 ngày 05/11/2026; chưa thể điểm danh."."""
    template = REFUSAL_WORDS.get(error.code)
    if template is None:
        from .core import describe

        return describe(error)
    params = {**error.params, "step": STEP_WORDS.get(str(step), str(step))}
    if isinstance(params.get("meeting_state"), str):
        params["meeting_state"] = meeting_state_words(params["meeting_state"])
    return template.format(**params)
