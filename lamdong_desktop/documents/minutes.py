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

from datetime import datetime
from decimal import Decimal

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
    references,
    roman,
    sentence,
    unit_issuer,
)
from lamdong_desktop.documents.minutes_model import (
    AgendaItem,
    Attendee,
    Minutes,
    Opinion,
    Quorum,
    Score,
    ScoreTable,
    Vote,
)
from lamdong_desktop.documents.model import Align, Block, BulletList, Document, Heading, Paragraph, Signature, Table

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
LABEL_START = "Thời gian bắt đầu:"
LABEL_PLACE = "Địa điểm:"
LABEL_ATTENDANCE = "Thành phần tham dự:"
LABEL_PRESENT = "Có mặt:"
LABEL_ABSENT = "Vắng mặt:"
LABEL_OTHERS = "Cùng tham dự:"
LABEL_GUESTS = "Khách mời:"
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
# A tie: exactly half of those voting are for (abstentions count among those voting, so "for" and "against" need
# not be equal in number).
RESULT_PASSED_TIE = ("Số thành viên tán thành bằng đúng một nửa số thành viên tham gia biểu quyết, người đứng đầu tán "
                     f"thành; đề xuất được thông qua theo ý kiến của người đứng đầu ({DECREE_ARTICLE}).")
RESULT_FAILED_TIE = ("Số thành viên tán thành bằng đúng một nửa số thành viên tham gia biểu quyết, người đứng đầu "
                     "không tán thành; đề xuất không được thông qua theo ý kiến của người đứng đầu "
                     f"({DECREE_ARTICLE}).")
NO_QUORUM = "không đủ số lượng thành viên theo quy định, cuộc họp không biểu quyết"
RESULT_NO_QUORUM = f"Số thành viên có mặt {NO_QUORUM}."
# ND 73/2023 Đ8.1: the proposal goes to the meeting within 07 working days of its receipt.
DUE_LINE = ("Thời hạn đưa đề xuất ra họp (07 ngày làm việc kể từ ngày tiếp nhận, {article}): {due}")
LATE_LINE = "cuộc họp được tổ chức sau thời hạn này"
# ND 73/2023 Đ11: an item evaluating the reported result of an approved proposal, within 07 working days of the report.
EVALUATION_ITEM = "Đánh giá kết quả thực hiện {proposal}"
EVALUATION_DUE_LINE = ("Thời hạn họp đánh giá kết quả thực hiện (07 ngày làm việc kể từ ngày báo cáo kết quả, Điều 11 "
                       "Nghị định số 73/2023/NĐ-CP): {due}")
# The vote on an evaluation item adopts the evaluation (the same rule): its result reads so, not "đề xuất".
EVALUATION_RESULT = {"Đề xuất được thông qua": "Kết quả đánh giá được thông qua",
                     "Đề xuất không được thông qua": "Kết quả đánh giá không được thông qua",
                     "đề xuất được": "kết quả đánh giá được", "đề xuất không được": "kết quả đánh giá không được"}
OVERRIDE = ("Sau khi biểu quyết không thông qua, {who} quyết định bằng văn bản phê duyệt đề xuất theo "
            f"{DECREE_ARTICLE}" "{when}; lý do: {reason}")

QUORUM_MET = ("Số thành viên có mặt: {present}/{members}, đủ số lượng theo quy định (ít nhất {fraction} tổng số "
              "thành viên, tức {required} thành viên).")
QUORUM_NOT_MET = ("Số thành viên có mặt: {present}/{members}, {no_quorum} (ít nhất {fraction} tổng số thành viên, "
                  "tức {required} thành viên).")
ADJOURNED = "Số thành viên có mặt là {present}/{members}, {no_quorum}."
CLOSING = "Cuộc họp kết thúc vào {end}./."
READ_BACK = "Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất thông qua."


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
    if m.guests:
        blocks.append(Paragraph("", lead=LABEL_GUESTS, keep_with_next=True))
        blocks += _numbered_lines([" – ".join(p for p in (Person(g.name, g.position).text(), g.note.strip()) if p)
                                   for g in m.guests])
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


def _evaluation_words(result: str) -> str:
    for words, instead in EVALUATION_RESULT.items():
        result = result.replace(words, instead)
    return result


def _vote(vote: Vote | None, *, evaluation: bool = False) -> list[Block]:
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
    if evaluation:
        result = _evaluation_words(result)
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
        Paragraph(sentence(EVALUATION_ITEM.format(proposal=_proposal_of(p)) if item.evaluation
                           else capitalised(_proposal_of(p)))),
    ]
    if item.due_on is not None:
        due = (EVALUATION_DUE_LINE.format(due=long_date(item.due_on)) if item.evaluation
               else DUE_LINE.format(article=DECREE_ARTICLE, due=long_date(item.due_on)))
        blocks.append(Paragraph(sentence(f"{due}; {LATE_LINE}" if item.late else due)))
    subsections: list[tuple[str, list[Block]]] = [
        (SUB_PRESENTATION, _paragraphs(item.presentation)),
        (SUB_OPINIONS, _opinions(item.opinions)),
        (SUB_SCORES, _scores(item.scores) if item.scores else []),
        (SUB_VOTE, _vote(item.vote, evaluation=item.evaluation)),
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
        reference=references(i.proposal.reference for i in m.agenda),
    )


def render_minutes(m: Minutes, target: Target, *, font_source: FontSource = "auto",
                   created: datetime | None = None) -> int:
    """Print ``m`` as a PDF to ``target`` (a path, written atomically, or a binary file object); the page count."""
    return DocumentTemplate(font_source=font_source).render(minutes_document(m), target, created=created,
                                                            audit_head=m.audit_head or None)
