"""Biên bản họp: the minutes of a leadership meeting or of a review council (ND 30/2020/NĐ-CP Phụ lục I, Mẫu 1.9).

``Minutes`` holds plain values (the service fills it from the database; every count, score, total and average
is the domain's, printed as given); ``minutes_document`` turns it into a ``model.Document`` and
``render_minutes`` prints it. The fixed words are the constants below, so other code and tests can find them.

Mẫu 1.9 in order: time of start, place, who took part (and who was absent, why), chair, secretary, the content
as it happened — here the agenda, the proceedings, then for each proposal its opinions, the member × criterion
scores, the vote and its conclusion — and the closing time; the secretary signs on the left, the chair on the
right. Minutes carry the date in their time lines, so the header has no place-and-date line. Without a register
number they are a draft ("DỰ THẢO" on every page). A meeting below its quorum takes no vote and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from lamdong_desktop.documents.base import DocumentTemplate, Target
from lamdong_desktop.documents.fonts import FontSource
from lamdong_desktop.documents.formatting import BLANK, long_date, moment_text, nfc_all, split_paragraphs
from lamdong_desktop.documents.issued import (
    UNIT_ISSUER,
    MeetingKind,
    Person,
    ProposalRef,
    capitalised,
    listed,
    number_line,
    proposal_words,
    roman,
    sentence,
    unit_issuer,
)
from lamdong_desktop.documents.model import Align, Block, BulletList, Document, Heading, Paragraph, Signature, Table

Role = Literal["chair", "vice_chair", "member", "secretary", "guest"]
VoteResult = Literal["passed", "failed", "no_quorum"]
Score = str | int | Decimal
"""A score, total or average exactly as the domain computed it; a Decimal prints with a decimal comma."""

DOC_TYPE = "BB"  # ND 30/2020 Phụ lục III
KIND = "BIÊN BẢN"
SUMMARY = {
    "leadership": "Họp tập thể lãnh đạo xem xét đề xuất đổi mới, sáng tạo",
    "council": "Họp Hội đồng đánh giá đề xuất đổi mới, sáng tạo",
}
COUNCIL_ISSUER = ("HỘI ĐỒNG ĐÁNH GIÁ", "ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO")
COUNCIL_ISSUER_CODE = "HĐĐG"  # a council numbers its minutes in its own sequence: "Số: 01/BB-HĐĐG"
SECRETARY_TITLE = "THƯ KÝ"
CHAIR_TITLE = {"leadership": "CHỦ TRÌ", "council": "CHỦ TỊCH HỘI ĐỒNG"}
ROLE_WORDS: dict[str, dict[str, str]] = {
    "leadership": {"chair": "Chủ trì", "vice_chair": "", "member": "", "secretary": "Thư ký", "guest": ""},
    "council": {"chair": "Chủ tịch Hội đồng", "vice_chair": "Phó Chủ tịch Hội đồng", "member": "Ủy viên",
                "secretary": "Ủy viên, Thư ký Hội đồng", "guest": ""},
}
NON_MEMBER_SECRETARY = "Thư ký"
PROPOSER_WORDS = "người đề xuất"
PROPOSER_NOT_VOTING = "là người đề xuất"  # ND 73/2023 Đ8.1: a deputy who is the proposer does not vote

LABEL_START = "Thời gian bắt đầu:"
LABEL_PLACE = "Địa điểm:"
LABEL_ATTENDANCE = "Thành phần tham dự:"
LABEL_PRESENT = "Có mặt:"
LABEL_ABSENT = "Vắng mặt:"
LABEL_OTHERS = "Cùng tham dự:"
LABEL_CHAIR = "Chủ trì:"
LABEL_SECRETARY = "Thư ký:"
LABEL_CONTENT = "Nội dung:"
LABEL_RESULT = "Kết quả:"
NO_ABSENTEES = "không."

SECTION_AGENDA = "CHƯƠNG TRÌNH CUỘC HỌP"
SECTION_PROCEEDINGS = "DIỄN BIẾN CUỘC HỌP"
SECTION_ITEM = "XEM XÉT ĐỀ XUẤT {reference}"
SECTION_CONCLUSION = {"leadership": "KẾT LUẬN CỦA CHỦ TRÌ", "council": "KẾT LUẬN CỦA CHỦ TỊCH HỘI ĐỒNG"}
SUB_PRESENTATION = "Nội dung đề xuất"
SUB_OPINIONS = "Ý kiến thảo luận"
SUB_SCORES = "Kết quả chấm điểm"
SUB_VOTE = "Kết quả biểu quyết"
SUB_CONCLUSION = "Kết luận"

SCORE_CAPTION = "Bảng tổng hợp điểm đánh giá của các thành viên"
SCORE_NUMBER = "STT"
SCORE_MEMBER = "Thành viên"
SCORE_TOTAL = "Tổng điểm"
SCORE_AVERAGE = "Điểm trung bình"
SCORE_MISSING = "–"  # a member present who gave no score for a criterion
WEIGHT = "hệ số {weight}"
SCALE = "Thang điểm mỗi tiêu chí từ 0 đến {maximum} điểm."
TOTAL_RULE = "Tổng điểm của mỗi thành viên là tổng điểm các tiêu chí nhân với hệ số của tiêu chí đó."

VOTE_IN_FAVOUR = "Tán thành"
VOTE_AGAINST = "Không tán thành"
VOTE_ABSTAIN = "Không biểu quyết"
VOTE_COUNTS = "Số thành viên có mặt: {present}; số thành viên tham gia biểu quyết: {voting}"
VOTE_LINE = "{label}: {count}/{voting} thành viên"
NON_VOTER = "{name} không tham gia biểu quyết: {reason}"
NOT_VOTED = "(Chưa ghi kết quả biểu quyết.)"
# ND 73/2023 Đ8.1: passes with more than 50% "tán thành" of those voting; on a tie the head's side wins.
DECREE_ARTICLE = "khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP"
RESULT_PASSED = ("Đề xuất được thông qua: số thành viên tán thành chiếm trên 50% số thành viên tham gia biểu "
                 f"quyết ({DECREE_ARTICLE}).")
RESULT_FAILED = ("Đề xuất không được thông qua: số thành viên tán thành không quá 50% số thành viên tham gia "
                 f"biểu quyết ({DECREE_ARTICLE}).")
RESULT_PASSED_TIE = ("Số thành viên tán thành và không tán thành bằng nhau, người đứng đầu tán thành; đề xuất được "
                     f"thông qua theo ý kiến của người đứng đầu ({DECREE_ARTICLE}).")
RESULT_FAILED_TIE = ("Số thành viên tán thành và không tán thành bằng nhau, người đứng đầu không tán thành; đề xuất "
                     f"không được thông qua theo ý kiến của người đứng đầu ({DECREE_ARTICLE}).")
NO_QUORUM = "không đủ số lượng thành viên theo quy định, cuộc họp không biểu quyết"
RESULT_NO_QUORUM = f"Số thành viên có mặt {NO_QUORUM}."
OVERRIDE = ("Sau khi biểu quyết không thông qua, {who} quyết định bằng văn bản phê duyệt đề xuất theo "
            f"{DECREE_ARTICLE}" "{when}; lý do: {reason}")

QUORUM_MET = ("Số thành viên có mặt: {present}/{members}, đủ số lượng theo quy định (ít nhất {fraction} tổng số "
              "thành viên, tức {required} thành viên).")
QUORUM_NOT_MET = ("Số thành viên có mặt: {present}/{members}, {no_quorum} (ít nhất {fraction} tổng số thành viên, "
                  "tức {required} thành viên).")
ADJOURNED = "Số thành viên có mặt là {present}/{members}, {no_quorum}."
CLOSING = "Cuộc họp kết thúc vào {end}./."
READ_BACK = "Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất thông qua."


@dataclass(frozen=True)
class Attendee:
    """Someone present. ``member`` False: not counted for the quorum (a guest, a secretary who is not a member).

    ``note`` is printed after the role, e.g. "người đề xuất" for a guest who presents a proposal.
    """

    name: str
    position: str
    role: Role = "member"
    member: bool = True
    note: str = ""


@dataclass(frozen=True)
class Absentee:
    """A member who was absent, with the reason given."""

    name: str
    position: str
    reason: str = ""


@dataclass(frozen=True)
class Quorum:
    """Members on the list, members present and the least number the rule required (the domain's numbers).

    ``fraction`` is the rule as printed ("2/3").
    """

    members: int
    present: int
    required: int
    fraction: str = "2/3"

    @property
    def met(self) -> bool:
        return self.present >= self.required


@dataclass(frozen=True)
class Opinion:
    """What someone said in the meeting."""

    name: str
    text: str
    position: str = ""


@dataclass(frozen=True)
class Criterion:
    """One criterion of the rubric as printed: its title, its weight and its highest score."""

    title: str
    weight: Score = 1
    maximum: Score = 10


@dataclass(frozen=True)
class ScoreRow:
    """One member's scores, one per criterion in the rubric's order (None: not scored), and the member's total."""

    member: str
    scores: tuple[Score | None, ...]
    total: Score | None


@dataclass(frozen=True)
class ScoreTable:
    """The member × criterion scores of one proposal, with the averages per criterion and of the totals."""

    criteria: tuple[Criterion, ...]
    rows: tuple[ScoreRow, ...]
    averages: tuple[Score | None, ...]
    average_total: Score | None
    total_rule: str = TOTAL_RULE

    def __post_init__(self) -> None:
        width = len(self.criteria)
        if len(self.averages) != width or any(len(row.scores) != width for row in self.rows):
            raise ValueError("every score row and the averages need one value per criterion")


@dataclass(frozen=True)
class NonVoter:
    """A member present who did not vote, and why (a deputy who is the proposer, ND 73/2023 Đ8.1)."""

    name: str
    reason: str = PROPOSER_NOT_VOTING


@dataclass(frozen=True)
class Override:
    """The head's written approval after a failed vote (ND 73/2023 Đ8.1), with its reason."""

    name: str
    title: str
    reason: str
    on: date | None = None


@dataclass(frozen=True)
class Vote:
    """The vote on one proposal, as counted by the domain.

    ``voting``: the members who took part in the vote (present, less those who may not vote); each count is
    printed out of it. ``tie_broken``: tán thành and không tán thành were equal and the head's side decided.
    """

    present: int
    voting: int
    in_favour: int
    against: int
    abstaining: int
    result: VoteResult
    tie_broken: bool = False
    non_voters: tuple[NonVoter, ...] = ()
    override: Override | None = None


@dataclass(frozen=True)
class AgendaItem:
    """One proposal on the agenda and what the meeting did with it."""

    proposal: ProposalRef
    presentation: str = ""  # how the proposer presented it, the secretary's summary
    opinions: tuple[Opinion, ...] = ()
    scores: ScoreTable | None = None
    vote: Vote | None = None
    conclusion: str = ""


@dataclass(frozen=True, kw_only=True)
class Minutes:
    """Everything the printed minutes show. Long text fields may hold several paragraphs, one per line.

    ``number`` None: a draft (blank number, "DỰ THẢO"). ``issuer`` and ``issuer_parent`` left empty take the
    defaults of the kind: the unit's People's Committee for a leadership meeting; for a council its own name under
    "UBND <unit>", numbered in its own sequence (``issuer_code`` "HĐĐG"). ``ends_at`` None leaves the closing
    time blank. ``adjourned``: the meeting stopped without voting (below its quorum, or for ``adjourn_reason``).
    """

    unit_name: str  # "Xã Di Linh"
    kind: MeetingKind
    starts_at: datetime
    place: str
    quorum: Quorum
    attendees: tuple[Attendee, ...]
    chair: Person
    secretary: Person
    agenda: tuple[AgendaItem, ...]
    absentees: tuple[Absentee, ...] = ()
    ends_at: datetime | None = None
    number: int | None = None
    issuer_code: str = ""  # default: "UBND", a council's "HĐĐG"
    issuer: tuple[str, ...] = ()
    issuer_parent: tuple[str, ...] = ()
    content: str = ""  # diễn biến: what happened, beyond each proposal's part
    opinions: tuple[Opinion, ...] = ()  # opinions not about one proposal
    conclusion: str = ""
    adjourned: bool = False
    adjourn_reason: str = ""
    read_back: bool = False  # the minutes were read out and agreed before closing
    recipients: tuple[str, ...] = ()
    audit_head: str = ""  # "Nhật ký #1234 · 9f3a1c2b": the audit chain's head when printed (page foot, metadata)


def score_text(value: Score | None) -> str:
    """A score as printed: as given, a decimal with a comma ("8,50"); None a dash."""
    if value is None:
        return SCORE_MISSING
    if isinstance(value, bool):
        raise TypeError("a score is a number, not a truth value")
    text = format(value, "f") if isinstance(value, Decimal) else str(value).strip()
    return text.replace(".", ",")  # domain §7: "," for decimals in Vietnamese


def _member_line(kind: MeetingKind, attendee: Attendee) -> str:
    role = ROLE_WORDS[kind].get(attendee.role, "")
    if not attendee.member and attendee.role == "secretary":
        role = NON_MEMBER_SECRETARY
    who = Person(attendee.name, attendee.position).text()
    said = ", ".join(part for part in (role, attendee.note.strip()) if part)
    return f"{who} – {said}" if said else who


def _numbered_lines(lines: list[str]) -> list[Block]:
    return [Paragraph(f"{i}. {sentence(line, '.' if i == len(lines) else ';')}")
            for i, line in enumerate(lines, start=1)]


def _quorum_line(quorum: Quorum) -> str:
    template = QUORUM_MET if quorum.met else QUORUM_NOT_MET
    return template.format(present=quorum.present, members=quorum.members, fraction=quorum.fraction,
                           required=quorum.required, no_quorum=NO_QUORUM)


def _attendance(m: Minutes) -> list[Block]:
    members = [a for a in m.attendees if a.member]
    others = [a for a in m.attendees if not a.member]
    q = m.quorum
    blocks: list[Block] = [
        Paragraph("", lead=LABEL_ATTENDANCE, keep_with_next=True),
        Paragraph(f"{q.present}/{q.members} thành viên, gồm:", lead=LABEL_PRESENT, keep_with_next=True),
        *_numbered_lines([_member_line(m.kind, a) for a in members]),
    ]
    if m.absentees:
        blocks.append(Paragraph(f"{len(m.absentees)}/{q.members} thành viên, gồm:", lead=LABEL_ABSENT,
                                keep_with_next=True))
        blocks += _numbered_lines([
            Person(a.name, a.position).text() + (f" – lý do: {a.reason.strip()}" if a.reason.strip() else "")
            for a in m.absentees
        ])
    else:
        blocks.append(Paragraph(NO_ABSENTEES, lead=LABEL_ABSENT))
    if others:
        blocks.append(Paragraph("", lead=LABEL_OTHERS, keep_with_next=True))
        blocks += _numbered_lines([_member_line(m.kind, a) for a in others])
    blocks.append(Paragraph(_quorum_line(q)))
    return blocks


def _paragraphs(text: str) -> list[Block]:
    return [Paragraph(p) for p in split_paragraphs(text)]


def _opinions(opinions: tuple[Opinion, ...]) -> list[Block]:
    return [Paragraph(sentence(o.text), lead=f"{Person(o.name, o.position).text()}:") for o in opinions
            if o.text.strip()]


def score_table(scores: ScoreTable) -> Table:
    """The member × criterion table: one row per member with the total, then the averages in bold."""
    header = (SCORE_NUMBER, SCORE_MEMBER,
              *(f"{c.title} ({WEIGHT.format(weight=score_text(c.weight))})" for c in scores.criteria), SCORE_TOTAL)
    rows = tuple(
        (str(i), row.member, *(score_text(s) for s in row.scores), score_text(row.total))
        for i, row in enumerate(scores.rows, start=1)
    )
    footer = (("", SCORE_AVERAGE, *(score_text(a) for a in scores.averages), score_text(scores.average_total)),)
    count = len(scores.criteria)
    # The criteria share what the number, the name and the total leave; a name wraps before a score does.
    criteria_share = 0.58
    widths = (0.06, 0.24, *(criteria_share / count,) * count, 0.12)
    centre: Align = "center"
    return Table(header=header, rows=rows, widths=widths, footer=footer, caption=SCORE_CAPTION,
                 align=(centre, "left", *(centre,) * count, centre), font_size=12)


def _scores(scores: ScoreTable) -> list[Block]:
    maxima = {score_text(c.maximum) for c in scores.criteria}
    notes = [SCALE.format(maximum=maxima.pop())] if len(maxima) == 1 else [
        "Điểm tối đa: " + "; ".join(f"{c.title}: {score_text(c.maximum)}" for c in scores.criteria) + "."
    ]
    if scores.total_rule.strip():
        notes.append(sentence(scores.total_rule))
    return [score_table(scores), Paragraph(" ".join(notes), italic=True)]


def _vote(vote: Vote | None) -> list[Block]:
    if vote is None:
        return [Paragraph(NOT_VOTED, italic=True)]
    if vote.result == "no_quorum":
        return [Paragraph(RESULT_NO_QUORUM, lead=LABEL_RESULT)]
    counts = VOTE_COUNTS.format(present=vote.present, voting=vote.voting)
    if vote.non_voters:
        counts += " (" + "; ".join(NON_VOTER.format(name=n.name, reason=n.reason) for n in vote.non_voters) + ")"
    lines = [VOTE_LINE.format(label=label, count=count, voting=vote.voting) for label, count in (
        (VOTE_IN_FAVOUR, vote.in_favour), (VOTE_AGAINST, vote.against), (VOTE_ABSTAIN, vote.abstaining))]
    passed = vote.result == "passed"
    if vote.tie_broken:
        result = RESULT_PASSED_TIE if passed else RESULT_FAILED_TIE
    else:
        result = RESULT_PASSED if passed else RESULT_FAILED
    blocks: list[Block] = [Paragraph(counts + ".", keep_with_next=True), BulletList(listed(lines)),
                           Paragraph(result, lead=LABEL_RESULT)]
    if vote.override is not None and not passed:
        o = vote.override
        when = f" ({long_date(o.on)})" if o.on else ""
        blocks.append(Paragraph(sentence(OVERRIDE.format(who=Person(o.name, o.title).text(), when=when,
                                                         reason=o.reason.strip()))))
    return blocks


def _proposal_of(p: ProposalRef) -> str:
    return proposal_words(p) + (f" của {p.proposer.text()}" if p.proposer.name.strip() else "")


def _item(number: int, item: AgendaItem) -> list[Block]:
    p = item.proposal
    blocks: list[Block] = [
        Heading(f"{roman(number)}. {SECTION_ITEM.format(reference=p.reference)}"),
        Paragraph(sentence(capitalised(_proposal_of(p)))),
    ]
    subsections: list[tuple[str, list[Block]]] = [
        (SUB_PRESENTATION, _paragraphs(item.presentation)),
        (SUB_OPINIONS, _opinions(item.opinions)),
        (SUB_SCORES, _scores(item.scores) if item.scores else []),
        (SUB_VOTE, _vote(item.vote)),
        (SUB_CONCLUSION, _paragraphs(item.conclusion)),
    ]
    sub = 0
    for title, content in subsections:
        if content:
            sub += 1
            blocks += [Heading(f"{sub}. {title}", level=2), *content]
    return blocks


def _end_text(ends_at: datetime | None) -> str:
    if ends_at is None:
        return f"{BLANK} giờ {BLANK}, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    return moment_text(ends_at)


def minutes_body(m: Minutes) -> tuple[Block, ...]:
    """The body blocks in the order of Mẫu 1.9."""
    blocks: list[Block] = [
        Paragraph(sentence(moment_text(m.starts_at)), lead=LABEL_START),
        Paragraph(sentence(m.place), lead=LABEL_PLACE),
        *_attendance(m),
        Paragraph(sentence(m.chair.text()), lead=LABEL_CHAIR),
        Paragraph(sentence(m.secretary.text()), lead=LABEL_SECRETARY),
        Paragraph("", lead=LABEL_CONTENT, keep_with_next=True),
    ]
    section = 1
    blocks += [Heading(f"{roman(section)}. {SECTION_AGENDA}"),
               *_numbered_lines([f"Xem xét {_proposal_of(i.proposal)}" for i in m.agenda])]
    adjourned = m.adjourned or not m.quorum.met
    proceedings: list[Block] = []
    if adjourned:
        if not m.quorum.met:
            proceedings.append(Paragraph(ADJOURNED.format(present=m.quorum.present, members=m.quorum.members,
                                                          no_quorum=NO_QUORUM)))
        proceedings += _paragraphs(m.adjourn_reason)
    proceedings += [*_paragraphs(m.content), *_opinions(m.opinions)]
    if proceedings:
        section += 1
        blocks += [Heading(f"{roman(section)}. {SECTION_PROCEEDINGS}"), *proceedings]
    if not adjourned:
        for item in m.agenda:
            section += 1
            blocks += _item(section, item)
    if m.conclusion.strip():
        section += 1
        blocks += [Heading(f"{roman(section)}. {SECTION_CONCLUSION[m.kind]}"), *_paragraphs(m.conclusion)]
    if m.read_back:
        blocks.append(Paragraph(READ_BACK))
    blocks.append(Paragraph(CLOSING.format(end=_end_text(m.ends_at))))
    return tuple(blocks)


def default_recipients(m: Minutes) -> tuple[str, ...]:
    """The members, the proposers, the meeting's file."""
    refs = ", ".join(i.proposal.reference for i in m.agenda)
    body = "thành viên Hội đồng" if m.kind == "council" else "thành viên dự họp"
    return (f"- Các {body};", "- Người đề xuất;", f"- Lưu: VT, hồ sơ đề xuất {refs}." if refs else "- Lưu: VT.")


def minutes_document(m: Minutes) -> Document:
    """The generic document model of the minutes (NFC throughout)."""
    m = nfc_all(m)
    if m.kind == "council":
        issuer = m.issuer or COUNCIL_ISSUER
        parent = m.issuer_parent or (f"UBND {m.unit_name.strip().upper()}",)
        code = m.issuer_code or COUNCIL_ISSUER_CODE
    else:
        issuer, parent, code = m.issuer or unit_issuer(m.unit_name), m.issuer_parent, m.issuer_code or UNIT_ISSUER
    return Document(
        issuer=issuer,
        issuer_parent=parent,
        number_line=number_line(m.number, DOC_TYPE, code),
        place="",
        date=None,
        dated=False,  # Mẫu 1.9: the date is in "Thời gian bắt đầu"
        kind=KIND,
        summary=(SUMMARY[m.kind],),
        body=minutes_body(m),
        signature=Signature(title=CHAIR_TITLE[m.kind], name=m.chair.name),
        left_signature=Signature(title=SECRETARY_TITLE, name=m.secretary.name),
        recipients=m.recipients or default_recipients(m),
        draft=m.number is None,
    )


def render_minutes(m: Minutes, target: Target, *, font_source: FontSource = "auto",
                   created: datetime | None = None) -> int:
    """Print ``m`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(minutes_document(m), target, created=created,
                                                            audit_head=m.audit_head or None)


# ----- samples: a commune of Lâm Đồng, for previews, demos, tests and the benchmark -----------------------------

SAMPLE_UNIT = "Xã Di Linh"
SAMPLE_PLACE = "Phòng họp số 1, trụ sở Ủy ban nhân dân xã Di Linh"
# The default rubric of issue 8: (title, weight), each scored from 0 to 10.
SAMPLE_RUBRIC = (
    Criterion("Tính cấp bách", 2), Criterion("Mục đích trong sáng", 2), Criterion("Quy trình dân chủ", 1),
    Criterion("Tính khả thi", 2), Criterion("Hiệu quả dự kiến", 3),
)

CHAIRMAN = Person("Nguyễn Văn Hùng", "Chủ tịch UBND xã")
VICE_CHAIR = Person("Ka Thị Hương", "Phó Chủ tịch UBND xã")
PROPOSER_DEPUTY = Person("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch UBND xã")
SECRETARY = Person("Trần Thị Mai", "Chuyên viên Văn phòng HĐND và UBND xã")
COUNCIL_PROPOSER = Person("K'Brơi Ngọc Sơn", "Công chức Phòng Kinh tế")

LAND_PROPOSAL = ProposalRef(
    "DX-2026-041",
    "Rút ngắn thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu bằng xác minh liên ngành một lần tại thực địa",
    PROPOSER_DEPUTY,
)
COFFEE_PROPOSAL = ProposalRef(
    "DX-2026-044",
    "Liên kết tái canh cà phê và cấp mã số vùng trồng cho các hộ đồng bào dân tộc thiểu số tại 6 thôn của xã",
    COUNCIL_PROPOSER,
)

_LEADERS = (
    Attendee(CHAIRMAN.name, CHAIRMAN.position, "chair"),
    Attendee(VICE_CHAIR.name, VICE_CHAIR.position),
    Attendee(PROPOSER_DEPUTY.name, PROPOSER_DEPUTY.position),
    Attendee("Phạm Quốc Bảo", "Trưởng phòng Kinh tế"),
    Attendee("K'Tiếp", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
    Attendee("Đoàn Thị Thu Hà", "Chánh Văn phòng HĐND và UBND xã"),
)
_COUNCIL = (
    Attendee(CHAIRMAN.name, CHAIRMAN.position, "chair"),
    Attendee(VICE_CHAIR.name, VICE_CHAIR.position, "vice_chair"),
    Attendee("Phạm Quốc Bảo", "Trưởng phòng Kinh tế"),
    Attendee("Đoàn Thị Thu Hà", "Chánh Văn phòng HĐND và UBND xã"),
    Attendee("Lê Minh Tâm", "Trưởng Công an xã"),
    Attendee("K'Tiếp", "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
    Attendee("Bùi Văn Lợi", "Trưởng phòng Văn hóa - Xã hội"),
    Attendee("Ka Sô Liễng", "Giám đốc Trung tâm Phục vụ hành chính công xã"),
    Attendee(SECRETARY.name, SECRETARY.position, "secretary"),
)

_LAND_PRESENTATION = """\
Đồng chí Nguyễn Thị Hồng Nhung trình bày tóm tắt Kế hoạch đề xuất: trên địa bàn xã còn khoảng 1.250 trường hợp \
sử dụng đất có vi phạm xảy ra trước ngày 01/8/2024 chưa được cấp Giấy chứng nhận; thời gian giải quyết bình quân \
68 ngày một hồ sơ do phải xác minh riêng rẽ qua nhiều khâu. Giải pháp đề xuất là thành lập Tổ công tác liên ngành, \
xác minh một lần tại thực địa, lập một biên bản chung dùng cho mọi khâu tiếp theo; mục tiêu rút ngắn thời gian \
giải quyết xuống dưới 30 ngày và cấp Giấy chứng nhận cho ít nhất 600 trường hợp trong năm 2027."""

_COFFEE_PRESENTATION = """\
Đồng chí K'Brơi Ngọc Sơn trình bày Kế hoạch đề xuất: diện tích cà phê già cỗi, năng suất thấp tại các thôn \
Kao Kuil, Đồng Lạc, Hàng Làng, Gia Bắc, Liên Đầm và Gung Ré chiếm khoảng 38% diện tích cà phê của xã; phần lớn các \
hộ đồng bào dân tộc thiểu số bán cà phê tươi qua thương lái, không có mã số vùng trồng nên không vào được chuỗi \
xuất khẩu. Đề xuất liên kết giữa Ủy ban nhân dân xã, Hợp tác xã Nông nghiệp Di Linh và một doanh nghiệp thu mua: \
hỗ trợ cây giống, kỹ thuật tái canh, cấp mã số vùng trồng và bao tiêu sản phẩm theo giá thị trường.

Đề xuất có phạm vi rộng, tác động đến khoảng 1.200 hộ, nên được đưa ra Hội đồng đánh giá đề xuất đổi mới, sáng \
tạo theo Nghị quyết của Tỉnh ủy."""

_COUNCIL_OPINIONS = (
    Opinion(VICE_CHAIR.name, "Thống nhất sự cần thiết; đề nghị làm rõ cơ chế bảo đảm giá bao tiêu tối thiểu cho "
            "người dân khi giá cà phê thị trường giảm sâu, tránh để người dân chịu rủi ro một mình.",
            VICE_CHAIR.position),
    Opinion("Phạm Quốc Bảo", "Nguồn kinh phí hỗ trợ cây giống cần tách bạch giữa ngân sách xã và phần đối ứng "
            "của doanh nghiệp; đề nghị bổ sung dự toán chi tiết theo từng năm và theo từng thôn.",
            "Trưởng phòng Kinh tế"),
    Opinion("Bùi Văn Lợi", "Đề nghị tổ chức họp dân tại từng thôn, có phiên dịch tiếng K'Ho, để người dân hiểu rõ "
            "quyền lợi và nghĩa vụ khi tham gia liên kết trước khi ký hợp đồng.",
            "Trưởng phòng Văn hóa - Xã hội"),
    Opinion("Ka Sô Liễng", "Thủ tục cấp mã số vùng trồng nên được tiếp nhận tại Trung tâm Phục vụ hành chính công "
            "xã và trả kết quả tại thôn, không để người dân phải đi lại nhiều lần.",
            "Giám đốc Trung tâm Phục vụ hành chính công xã"),
    Opinion("Lê Minh Tâm", "Không tán thành triển khai đồng loạt ngay tại cả 6 thôn; đề nghị làm thí điểm tại 2 "
            "thôn trước, đánh giá sau một vụ rồi mới mở rộng.", "Trưởng Công an xã"),
)

# Scores of each council member, criterion by criterion (SAMPLE_RUBRIC order), 0–10.
_COUNCIL_SCORES = (
    (9, 9, 8, 8, 9), (8, 9, 7, 7, 8), (8, 8, 8, 7, 8), (9, 9, 8, 8, 9), (7, 8, 6, 6, 7),
    (8, 9, 8, 8, 8), (9, 9, 9, 8, 9), (8, 8, 8, 9, 9), (9, 9, 8, 8, 8),
)


def _exact(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def sample_score_table(members: tuple[Attendee, ...] = _COUNCIL,
                       scores: tuple[tuple[int, ...], ...] = _COUNCIL_SCORES) -> ScoreTable:
    """The council's 9 × 5 score table, totals and averages computed as the domain would (weights, 2 decimals)."""
    weights = (2, 2, 1, 2, 3)  # SAMPLE_RUBRIC's
    totals = [sum(w * s for w, s in zip(weights, marks, strict=True)) for marks in scores]
    count = Decimal(len(scores))
    return ScoreTable(
        criteria=SAMPLE_RUBRIC,
        rows=tuple(ScoreRow(m.name, marks, total) for m, marks, total in zip(members, scores, totals, strict=True)),
        averages=tuple(_exact(Decimal(sum(column)) / count) for column in zip(*scores, strict=True)),
        average_total=_exact(Decimal(sum(totals)) / count),
    )


def sample_minutes(*, number: int | None = 1, extra_paragraphs: int = 0) -> Minutes:
    """The leadership meeting of Xã Di Linh on 05/01/2027: one proposal, a deputy who proposed it and does not
    vote, one member absent; passed 4 of 5."""
    start = datetime(2027, 1, 5, 8, 0)
    content = ("Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND xã, chủ trì cuộc họp, nêu mục đích, yêu cầu và chương "
               "trình; báo cáo việc tiếp nhận đề xuất ngày 28/12/2026 và ý kiến của Đảng ủy xã tại Văn bản số "
               "112-CV/ĐU ngày 30/12/2026.")
    for i in range(extra_paragraphs):
        content += (f"\nÝ kiến bổ sung {i + 1}: các thành viên trao đổi về việc bố trí nhân lực cho Tổ công tác "
                    "liên ngành trong các tháng cao điểm, việc phối hợp với Chi nhánh Văn phòng đăng ký đất đai "
                    "khu vực và việc công khai danh sách các trường hợp đủ điều kiện tại nhà văn hóa thôn.")
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="leadership",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(hours=2, minutes=15),
        place=SAMPLE_PLACE,
        quorum=Quorum(members=7, present=6, required=5),
        attendees=(*_LEADERS, Attendee(SECRETARY.name, SECRETARY.position, "secretary", member=False)),
        absentees=(Absentee("Lê Minh Tâm", "Trưởng Công an xã", "dự tập huấn tại Công an tỉnh Lâm Đồng"),),
        chair=CHAIRMAN,
        secretary=SECRETARY,
        content=content,
        agenda=(AgendaItem(
            proposal=LAND_PROPOSAL,
            presentation=_LAND_PRESENTATION,
            opinions=(
                Opinion(VICE_CHAIR.name, "Thống nhất với đề xuất; đề nghị bổ sung quy trình đối chiếu ảnh viễn "
                        "thám năm 2024 để không hợp thức hóa vi phạm phát sinh sau ngày 01/8/2024.",
                        VICE_CHAIR.position),
                Opinion("Phạm Quốc Bảo", "Đề nghị làm rõ nguồn kinh phí đo đạc bổ sung (khoảng 180 triệu đồng) "
                        "trong dự toán ngân sách xã năm 2027.", "Trưởng phòng Kinh tế"),
                Opinion("K'Tiếp", "Không tán thành vì lo ngại khối lượng công việc của công chức địa chính "
                        "trong mùa thu hoạch cà phê; đề nghị lùi thời gian bắt đầu sang tháng 3/2027.",
                        "Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
            ),
            vote=Vote(present=6, voting=5, in_favour=4, against=1, abstaining=0, result="passed",
                      non_voters=(NonVoter(PROPOSER_DEPUTY.name),)),
            conclusion="Thống nhất trình Chủ tịch UBND xã ban hành Quyết định phê duyệt đề xuất; người đề xuất "
                       "tiếp thu ý kiến về đối chiếu ảnh viễn thám và dự toán kinh phí khi tổ chức thực hiện.",
        ),),
        conclusion="Giao Văn phòng HĐND và UBND xã hoàn thiện dự thảo Quyết định phê duyệt, trình ký trong ngày "
                   "06/01/2027.",
        read_back=True,
    )


def sample_council_minutes(*, number: int | None = 2, extra_paragraphs: int = 0) -> Minutes:
    """The review council of Xã Di Linh on 07/01/2027: 9 members present, the full 9 × 5 score table, passed
    7 of 9 as a pilot (four pages; ``extra_paragraphs`` lengthens the proceedings)."""
    start = datetime(2027, 1, 7, 14, 0)
    content = ("Đồng chí Nguyễn Văn Hùng, Chủ tịch Hội đồng, tuyên bố lý do, giới thiệu thành phần và chương "
               "trình phiên họp; Thư ký Hội đồng báo cáo hồ sơ đề xuất đã gửi các thành viên ngày 04/01/2027 kèm "
               "ý kiến của Đảng ủy xã tại Văn bản số 115-CV/ĐU ngày 05/01/2027.")
    for i in range(extra_paragraphs):
        content += (f"\nTrao đổi thêm {i + 1}: Hội đồng xem xét kết quả khảo sát 214 hộ tại 6 thôn, trong đó 176 "
                    "hộ đăng ký tham gia liên kết; đại diện Hợp tác xã Nông nghiệp Di Linh cam kết bố trí cán bộ "
                    "kỹ thuật thường trực tại thôn trong suốt thời gian tái canh và thu mua theo giá thị trường.")
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="council",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(hours=3, minutes=10),
        place="Hội trường Ủy ban nhân dân xã Di Linh",
        quorum=Quorum(members=9, present=9, required=6),
        attendees=(*_COUNCIL, Attendee(COUNCIL_PROPOSER.name, COUNCIL_PROPOSER.position, "guest", member=False,
                             note=PROPOSER_WORDS)),
        chair=CHAIRMAN,
        secretary=SECRETARY,
        content=content,
        agenda=(AgendaItem(
            proposal=COFFEE_PROPOSAL,
            presentation=_COFFEE_PRESENTATION,
            opinions=_COUNCIL_OPINIONS,
            scores=sample_score_table(),
            vote=Vote(present=9, voting=9, in_favour=7, against=1, abstaining=1, result="passed"),
            conclusion="Hội đồng thống nhất đề nghị Chủ tịch UBND xã cho thực hiện thí điểm đề xuất tại thôn Kao "
                       "Kuil và thôn Gung Ré trong 12 tháng, từ tháng 02/2027; sau thí điểm đánh giá kết quả để "
                       "xem xét mở rộng ra 4 thôn còn lại.",
        ),),
        conclusion="Thư ký Hội đồng hoàn thiện biên bản, gửi kèm Bảng tổng hợp điểm đánh giá trình Chủ tịch UBND xã "
                   "xem xét, quyết định.",
        read_back=True,
    )


def sample_adjourned_minutes(*, number: int | None = 1) -> Minutes:
    """The council's first meeting on 06/01/2027: 5 of 9 present, below the 2/3 quorum, adjourned without a vote."""
    start = datetime(2027, 1, 6, 14, 0)
    present = _COUNCIL[:4] + _COUNCIL[8:]
    absent = tuple(Absentee(a.name, a.position, reason) for a, reason in zip(_COUNCIL[4:8], (
        "dự tập huấn tại Công an tỉnh Lâm Đồng", "làm nhiệm vụ huấn luyện dân quân tại thôn Gung Ré",
        "ốm, có giấy xác nhận của Trạm Y tế xã", "đi công tác tại Sở Nội vụ tỉnh Lâm Đồng"), strict=True))
    return Minutes(
        unit_name=SAMPLE_UNIT,
        kind="council",
        number=number,
        starts_at=start,
        ends_at=start + timedelta(minutes=20),
        place="Hội trường Ủy ban nhân dân xã Di Linh",
        quorum=Quorum(members=9, present=5, required=6),
        attendees=(*present, Attendee(COUNCIL_PROPOSER.name, COUNCIL_PROPOSER.position, "guest", member=False,
                             note=PROPOSER_WORDS)),
        absentees=absent,
        chair=CHAIRMAN,
        secretary=SECRETARY,
        agenda=(AgendaItem(proposal=COFFEE_PROPOSAL),),
        adjourned=True,
        adjourn_reason="Chủ tịch Hội đồng tuyên bố hoãn phiên họp; đề xuất được đưa ra phiên họp tiếp theo vào "
                       "14 giờ 00 ngày 07/01/2027 tại Hội trường Ủy ban nhân dân xã.",
    )

