"""Printed forms of the official's record (Bản tổng hợp, for the personnel file) and of the yearly review (Báo cáo).

As ``printing_results``: ``record_of`` and ``review_of`` build the documents' plain values from the database for a
reader only, every word from ``messages``; ``render_*`` print them with no database access (safe on a worker);
``print_*`` do both for the command line, refuse a target in the data folder and record the print with its check
code (``printed``), so that ``lamdong verify --code`` knows a paper copy of either.

What a print is made of is named by its subject, so that the same paper is built again later to check it: a record
is ``<person id>@<day made>`` (its date is printed: a copy made on another day is another document, and a copy
still matches while the record says the same), a review ``<year>`` for a draft or ``<year>@<register entry id>``
once numbered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lamdong_desktop.documents import official_record as record_form
from lamdong_desktop.documents import periodic_review as review_form
from lamdong_desktop.documents.issued import Person, Signer
from lamdong_desktop.documents.official_record import OfficialRecordForm, RecordLine, record_document
from lamdong_desktop.documents.periodic_review import ReviewReport, SuggestedLine, review_document
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.domain.implementation import Ending
from lamdong_desktop.domain.official_record import RecordRole
from lamdong_desktop.domain.protection import RulingKind
from lamdong_desktop.domain.register import UNIT_BODY, UNIT_HEAD_TITLE, Authority, DocType, Entry, signer_lines
from lamdong_desktop.domain.roles import Role
from lamdong_desktop.messages import (
    OUTCOME_WORDS,
    RESULT_CLASS_WORDS,
    RULING_KIND_WORDS,
    STATE_WORDS,
    commendation_words,
    doc_type_words,
    roles_words,
    ruling_sentence,
)
from lamdong_desktop.storage import accounts_repo, register_repo, staff_repo

from . import official_records, periodic_review, printed
from .context import AppContext
from .official_records import DocumentRef, RecordEntry
from .printing import audit_head_line, check_print_target, rendered
from .register import MAX_YEAR, MIN_YEAR

SUGGEST_WORDS = "Đề nghị xem xét khen thưởng"
PILOT_WORDS = "thực hiện thí điểm"


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _document(kind: str, ref: DocumentRef) -> str:
    return f"{kind} số {ref.reference} ngày {_day(ref.issued_on)}"


def head_signer(ctx: AppContext) -> Signer:
    """The unit's chairman signing for the People's Committee ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"): the person
    linked to the unit's head account (the first, if the unit has several); no name when none is linked."""
    lines = signer_lines(Authority.ON_BEHALF, body=UNIT_BODY, signer_title=UNIT_HEAD_TITLE)
    for account in accounts_repo.list_accounts(ctx.db):
        if Role.HEAD.value in (account["roles"] or "").split(",") and not account["disabled"]:
            person = staff_repo.person_for_account(ctx.db, account["id"])
            if person and person["unit_code"] == ctx.unit_code:
                return Signer.from_lines(person["full_name"], lines)
    return Signer.from_lines("", lines)


# ------------------------------------------------------------------------------------------- the record


def record_subject(person_id: str, day: date) -> str:
    return f"{person_id}@{day.isoformat()}"


def _split(subject: str) -> tuple[str, str]:
    key, _, rest = (subject or "").strip().partition("@")
    return key, rest


def _period(e: RecordEntry) -> str:
    if e.started_on is None:
        return ""
    if e.ended_on is None:
        return f"từ {_day(e.started_on)} (đang thực hiện)"
    if e.ending is Ending.STOPPED:
        return f"từ {_day(e.started_on)}; dừng thực hiện ngày {_day(e.ended_on)}"
    return f"từ {_day(e.started_on)} đến {_day(e.ended_on)}"


def _result(e: RecordEntry) -> str:
    if e.result is None or e.evaluation is None:
        return ""
    tally = f", đạt {e.reached}/{e.indicators} chỉ tiêu định lượng" if e.reached is not None and e.indicators else ""
    return f"{RESULT_CLASS_WORDS[e.result]}{tally} ({_document('Thông báo', e.evaluation)})"


def record_line(e: RecordEntry) -> RecordLine:
    """One proposal of a record in words (the record's window shows the same)."""
    decision = ""
    if e.outcome is not None and e.decision is not None:
        decision = f"{OUTCOME_WORDS[e.outcome]} ({_document(doc_type_words(e.outcome.doc_type), e.decision)})"
    return RecordLine(
        ref=e.ref, title=e.title, roles=roles_words(e.roles), state=STATE_WORDS[e.state], decision=decision,
        period=_period(e), result=_result(e), ruling=ruling_sentence(e.ruling) if e.ruling else "",
        commendations=tuple(commendation_words(c.form, c.reference, c.decided_on) for c in e.commendations))


def record_of(ctx: AppContext, subject: str, *, actor: Actor) -> OfficialRecordForm:
    """The printed record of ``subject`` (``<person id>@<day>``, or a person's id: made today), for its reader."""
    person_id, day_text = _split(subject)
    try:
        day = date.fromisoformat(day_text) if day_text else clock.today()
    except ValueError:
        raise NotFound("person_not_found", id=subject) from None
    record = official_records.get(ctx, person_id, actor=actor)
    p = record.person
    counts = (("Đề xuất đã đề xuất (chủ trì hoặc đồng đề xuất)", record.proposed),
              ("Đề xuất tham gia thực hiện", record.count(RecordRole.IMPLEMENTER)),
              ("Đề xuất đã được kết luận đánh giá kết quả", record.evaluated),
              ("Trong đó: đánh giá hoàn thành", record.completed),
              ("Trong đó: không được bảo vệ, đề nghị Ủy ban kiểm tra xem xét", record.flagged),
              ("Khen thưởng, nâng lương trước thời hạn đã ghi nhận", record.commended))
    return OfficialRecordForm(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, person=Person(p.full_name, p.position),
        party_org=p.party_org_name, counts=counts, lines=tuple(record_line(e) for e in record.entries), date=day,
        signer=head_signer(ctx), audit_head=audit_head_line(ctx))


def render_record(doc: OfficialRecordForm, target: str | Path) -> Path:
    return rendered(lambda path: record_form.render_record(doc, path), target)


def print_record(ctx: AppContext, *, actor: Actor, person_id: str, target: str | Path) -> Path:
    """Print the record of ``person_id`` as made today, and record the print."""
    subject = record_subject(person_id, clock.today())
    doc = record_of(ctx, subject, actor=actor)
    path = render_record(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.RECORD, subject_id=subject,
                                 document=record_document(doc), path=path)


# ------------------------------------------------------------------------------------------- the review


def review_subject(year: int, entry_id: str | None = None) -> str:
    return f"{year}@{entry_id}" if entry_id else str(year)


def review_number(ctx: AppContext, entry_id: str, year: int) -> Entry:
    """The register's entry that numbers the review of ``year``: a report (BC) of the unit's own sequence, not
    cancelled, not given to another document, taken in that year or the next."""
    entry = register_repo.get_entry(ctx.db, ctx.unit_code, entry_id)
    reason = ("not_report" if entry.doc_type is not DocType.REPORT else "cancelled" if entry.cancelled
              else "council" if entry.council else "in_use" if entry.subject_table
              else "other_year" if entry.year not in (year, year + 1) else "")
    if reason:
        raise ValidationError("review_number_invalid", reference=entry.reference, reason=reason)
    return entry


def _suggested(line: periodic_review.ReviewLine) -> SuggestedLine:
    tally = f", đạt {line.reached}/{line.indicators} chỉ tiêu" if line.reached is not None and line.indicators else ""
    given = "; ".join(commendation_words(c.form, c.reference, c.decided_on) + f" cho {c.full_name}"
                      for c in line.commendations)
    return SuggestedLine(
        proposal=f"{line.ref} “{line.title}”" + (f" ({PILOT_WORDS})" if line.pilot else ""),
        proposers="; ".join(p.text() for p in line.proposers),
        implementers="; ".join(p.text() for p in line.implementers),
        result=f"{RESULT_CLASS_WORDS[line.ruling.result]}{tally} ({_document('Thông báo', line.evaluation)})",
        commendation=given or SUGGEST_WORDS)


def review_of(ctx: AppContext, subject: str, *, actor: Actor) -> ReviewReport:
    """The printed yearly review of ``subject`` (``<year>``, or ``<year>@<register entry id>``), for its reader."""
    year_text, entry_id = _split(subject)
    if not year_text.isdigit():
        raise ValidationError("year_invalid", value=year_text, first=MIN_YEAR, last=MAX_YEAR)
    found = periodic_review.review(ctx, int(year_text), actor=actor)
    entry = review_number(ctx, entry_id, found.year) if entry_id else None
    return ReviewReport(
        unit_name=ctx.unit.name, unit_short_name=ctx.unit.short_name, year=found.year,
        states=tuple((STATE_WORDS[s], n) for s, n in found.states),
        rulings=tuple((RULING_KIND_WORDS[k], found.count(k)) for k in RulingKind),
        results=tuple((RESULT_CLASS_WORDS[r], n) for r, n in found.results),
        flagged=found.count(RulingKind.NO_PROTECTION),
        suggested=tuple(_suggested(line) for line in found.suggested),
        signer=Signer.from_lines(entry.signer_name, entry.signer_lines) if entry else head_signer(ctx),
        number=entry.number if entry else None, date=entry.issued_on if entry else clock.today(),
        issuer_code=entry.issuer if entry else review_form.UNIT_ISSUER, audit_head=audit_head_line(ctx))


def render_review(doc: ReviewReport, target: str | Path) -> Path:
    return rendered(lambda path: review_form.render_review(doc, path), target)


def print_review(ctx: AppContext, *, actor: Actor, year: int, target: str | Path,
                 entry_id: str | None = None) -> Path:
    """Print the review of ``year`` (numbered by the register's ``entry_id``, else a draft), and record the print."""
    subject = review_subject(year, entry_id)
    doc = review_of(ctx, subject, actor=actor)
    path = render_review(doc, check_print_target(ctx.paths.root, target))
    return printed.keep_recorded(ctx, actor=actor, source=printed.REVIEW, subject_id=subject,
                                 document=review_document(doc), path=path)


__all__ = ["head_signer", "print_record", "print_review", "record_line", "record_of", "record_subject",
           "render_record", "render_review", "review_number", "review_of", "review_subject"]
