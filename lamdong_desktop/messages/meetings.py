"""The words of the register (domain/register.py), votes and scores (domain/votes.py, domain/scoring.py)."""

from __future__ import annotations

from fractions import Fraction

from lamdong_desktop.domain.council import MemberRole
from lamdong_desktop.domain.proposals import CRITERION_LABELS, SECTION_LABELS, Section
from lamdong_desktop.domain.register import Authority, DocType, EntryState
from lamdong_desktop.domain.scoring import RubricCriterion, rounded
from lamdong_desktop.domain.votes import Choice, Exclusion, TieBreak, VoteStatus

# The document register (domain/register.py): type names (ND 30/2020 Phụ lục III), authorities, states.
DOC_TYPE_WORDS: dict[str, str] = {
    DocType.DECISION: "Quyết định",
    DocType.MINUTES: "Biên bản",
    DocType.NOTICE: "Thông báo",
    DocType.INVITATION: "Giấy mời",
    DocType.REPORT: "Báo cáo",
    DocType.PLAN: "Kế hoạch",
    DocType.SUBMISSION: "Tờ trình",
}
AUTHORITY_WORDS: dict[str, str] = {
    Authority.NONE: "Người có thẩm quyền ký",
    Authority.ON_BEHALF: "Thay mặt tập thể (TM.)",
    Authority.DEPUTY: "Ký thay người đứng đầu (KT.)",
    Authority.ON_BEHALF_DEPUTY: "Thay mặt tập thể, cấp phó ký thay (TM. … KT. …)",
    Authority.ACTING: "Quyền người đứng đầu (Q.)",
    Authority.ON_BEHALF_ACTING: "Thay mặt tập thể, quyền người đứng đầu (TM. … Q. …)",
    Authority.BY_ORDER: "Thừa lệnh (TL.)",
    Authority.BY_DELEGATION: "Thừa ủy quyền (TUQ.)",
}
ENTRY_STATE_WORDS: dict[str, str] = {
    EntryState.ISSUED: "Đã cấp số",
    EntryState.CANCELLED: "Đã hủy số",
}
# What a signer block still lacks (signer_incomplete's {missing}).
SIGNER_PART_WORDS = {
    "body": "tên tập thể hoặc cơ quan ký thay mặt (sau “TM.”)",
    "head_title": "chức vụ người đứng đầu (sau “KT.”, “Q.”, “TL.”, “TUQ.”)",
    "signer_title": "chức vụ người ký",
    "signer_name": "họ tên người ký",
}


def doc_type_words(doc_type: DocType | str) -> str:
    return DOC_TYPE_WORDS.get(doc_type, str(doc_type))


# ------------------------------------------------------------------ votes and scores (domain/votes.py, scoring.py)

MEETING_MESSAGES: dict[str, str] = {
    "members_empty": "Cần có ít nhất một thành viên.",
    "member_id_invalid": "Một thành viên chưa được xác định (thiếu mã cán bộ).",
    "member_duplicate": "Một người được ghi hai lần trong danh sách thành viên.",
    "head_duplicate": "Chỉ một thành viên được ghi là người đứng đầu đơn vị (đang có {count}).",
    "council_size_rule_invalid": "Quy định số thành viên Hội đồng không hợp lệ (tối thiểu {minimum}, tối đa "
    "{maximum}): cần 1 ≤ tối thiểu ≤ tối đa.",
    "council_size_invalid": "Hội đồng có {size} thành viên; số thành viên phải từ {minimum} đến {maximum}.",
    "council_chair_count": "Hội đồng phải có đúng một Chủ tịch Hội đồng (đang có {count}).",
    "council_secretary_count": "Hội đồng phải có đúng một ủy viên kiêm Thư ký (đang có {count}).",
    "attendee_not_member": "Người được ghi là có mặt không thuộc danh sách thành viên.",
    "quorum_rule_invalid": "Tỷ lệ thành viên có mặt tối thiểu “{value}” không hợp lệ: cần một phân số lớn hơn 0 "
    "và không quá 1, ví dụ 2/3.",
    "vote_below_quorum": "Chưa đủ số thành viên có mặt ({present}/{members}, cần ít nhất {needed}): không tiến "
    "hành biểu quyết.",
    "ballot_not_member": "Chỉ thành viên mới được biểu quyết: người này không thuộc danh sách thành viên.",
    "ballot_absent": "Thành viên vắng mặt không biểu quyết được.",
    "ballot_proposer": "Người đề xuất không tham gia biểu quyết đề xuất của mình (Nghị định 73/2023/NĐ-CP, "
    "Điều 8).",
    "choice_invalid": "Lựa chọn “{value}” không hợp lệ: chọn tán thành, không tán thành hoặc không biểu quyết.",
    "override_without_vote": "Chưa biểu quyết (không đủ số thành viên có mặt) nên chưa thể phê duyệt bằng văn bản.",
    "override_after_pass": "Đề xuất đã được thông qua; không cần phê duyệt bằng văn bản.",
    "override_vote_open": "Biểu quyết chưa hoàn tất (còn {not_voting} thành viên chưa biểu quyết); chưa thể phê "
    "duyệt bằng văn bản.",
    "override_not_head": "Chỉ người đứng đầu đơn vị mới được phê duyệt bằng văn bản đề xuất không được thông qua.",
    "override_own_proposal": "Người đứng đầu không tự phê duyệt đề xuất của chính mình; đề xuất này do cấp trên "
    "xem xét.",
    "rubric_empty": "Bộ tiêu chí chấm điểm cần ít nhất một tiêu chí.",
    "rubric_code_invalid": "Một tiêu chí chấm điểm chưa có mã.",
    "rubric_code_duplicate": "Tiêu chí “{criterion}” bị lặp trong bộ tiêu chí chấm điểm (tên các tiêu chí phải khác "
    "nhau, không chỉ khác ở dấu, chữ hoa hay dấu câu).",
    "rubric_title_required": "Tiêu chí chấm điểm thứ {number} chưa có tên.",
    "rubric_weight_invalid": "Trọng số của tiêu chí “{criterion}” phải là một số dương (đã nhập: {value}).",
    "rubric_max_invalid": "Điểm tối đa của tiêu chí “{criterion}” phải là số nguyên từ 1 đến {limit} (đã nhập: "
    "{value}).",
    "score_invalid": "Điểm “{value}” của tiêu chí “{criterion}” không phải là một số.",
    "score_out_of_range": "Điểm {value} của tiêu chí “{criterion}” nằm ngoài thang điểm 0–{maximum}.",
    "score_duplicate": "Mỗi thành viên chỉ chấm mỗi tiêu chí một lần: tiêu chí “{criterion}” đã có điểm của "
    "thành viên này.",
    "score_criterion_unknown": "Tiêu chí “{criterion}” không có trong bộ tiêu chí chấm điểm.",
    "score_member_unknown": "Người chấm điểm không thuộc danh sách thành viên chấm điểm của cuộc họp.",
}

# A ballot's words (ND 73/2023 Đ8.1), keyed by member, which is also the stored code (StrEnum).
CHOICE_WORDS: dict[str, str] = {
    Choice.FOR: "Tán thành",
    Choice.AGAINST: "Không tán thành",
    Choice.ABSTAIN: "Không biểu quyết",
}
MEMBER_ROLE_WORDS: dict[str, str] = {
    MemberRole.CHAIR: "Chủ tịch Hội đồng",
    MemberRole.VICE_CHAIR: "Phó Chủ tịch Hội đồng",
    MemberRole.MEMBER: "Ủy viên",
    MemberRole.SECRETARY_MEMBER: "Ủy viên kiêm Thư ký",
}
VOTE_STATUS_WORDS: dict[str, str] = {
    VoteStatus.NO_QUORUM: "Không đủ số thành viên có mặt, không tiến hành biểu quyết",
    VoteStatus.PASSED: "Thông qua",
    VoteStatus.FAILED: "Không thông qua",
}
EXCLUSION_WORDS: dict[str, str] = {
    Exclusion.ABSENT: "vắng mặt",
    Exclusion.PROPOSER: "là người đề xuất, không tham gia biểu quyết",
}
_TIE = "Số phiếu tán thành bằng một nửa số thành viên biểu quyết; "
_NO_SIDE = "nên không đạt trên 50% tán thành"
TIE_BREAK_WORDS: dict[str, str] = {
    TieBreak.NOT_NEEDED: "",
    TieBreak.HEAD_FOR: _TIE + "quyết định theo ý kiến người đứng đầu đã biểu quyết (tán thành)",
    TieBreak.HEAD_AGAINST: _TIE + "quyết định theo ý kiến người đứng đầu đã biểu quyết (không tán thành)",
    TieBreak.HEAD_ABSTAINED: _TIE + "người đứng đầu không biểu quyết " + _NO_SIDE,
    TieBreak.HEAD_IS_PROPOSER: _TIE + "người đứng đầu là người đề xuất, không tham gia biểu quyết, " + _NO_SIDE,
    TieBreak.HEAD_ABSENT: _TIE + "người đứng đầu vắng mặt " + _NO_SIDE,
    TieBreak.HEAD_NOT_VOTED: _TIE + "người đứng đầu chưa biểu quyết",
    TieBreak.NO_HEAD: _TIE + "người đứng đầu không là thành viên " + _NO_SIDE,
}

# The default rubric's criteria: the three of ND 73 Đ5.1 keep the words of the proposal's own criteria,
# feasibility and effectiveness those of the plan's sections (one source for each fact).
RUBRIC_WORDS: dict[str, str] = {
    **{criterion.value: words for criterion, words in CRITERION_LABELS.items()},
    Section.FEASIBILITY.value: SECTION_LABELS[Section.FEASIBILITY],
    Section.EFFECTIVENESS.value: SECTION_LABELS[Section.EFFECTIVENESS],
}


def rubric_words(criterion: RubricCriterion | str) -> str:
    """A rubric criterion's title: its own (a bundle's criterion), else the table's, else its code."""
    if isinstance(criterion, RubricCriterion):
        return criterion.title or RUBRIC_WORDS.get(criterion.code, criterion.code)
    return RUBRIC_WORDS.get(criterion, str(criterion))


def choice_words(choice: Choice | str) -> str:
    return CHOICE_WORDS.get(choice, str(choice))


def score_text(value: Fraction, places: int = 2) -> str:
    """A score or an average as the minutes print it: rounded half up, decimal comma (25/3 → "8,33")."""
    return f"{rounded(value, places):f}".replace(".", ",")
