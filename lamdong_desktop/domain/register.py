"""The document register (sổ đăng ký văn bản đi): document types, numbers, issuers and signer blocks.

Legal sources (Nghị định 30/2020/NĐ-CP về công tác văn thư):
- Đ15.1: numbers follow the order and the dates of issue within a year, starting again from 01 on 1 January;
  a unit's number and symbol are unique within the year.
- Phụ lục I, phần I, mục II (số, ký hiệu của văn bản): the number in Arabic digits, with a leading zero under
  10 ("Số: 07/QĐ-UBND"); the symbol is the type's abbreviation and the issuer's, joined by a hyphen; a council,
  board or team that issues under the unit's seal (tổ chức tư vấn) keeps **its own number sequence**.
- Phụ lục III: the abbreviations of the document types.
- Đ13 and Phụ lục I, phần I, mục II (chức vụ, họ tên và chữ ký của người có thẩm quyền): "TM." before the
  collective or the body signed for, "KT." (ký thay), "Q." (quyền), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền)
  before the head's title.

Pure: codes and rules only; the Vietnamese names of types, authorities and states are in ``messages.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .roles import Permission, Role, permissions_of
from .text import check_text, clean, fold
from .units import PEOPLES_COMMITTEE


class DocType(StrEnum):
    """A type of document that takes its number from the register; the value is an ASCII code."""

    DECISION = "QD"  # quyết định
    MINUTES = "BB"  # biên bản
    NOTICE = "TB"  # thông báo
    INVITATION = "GM"  # giấy mời
    REPORT = "BC"  # báo cáo
    PLAN = "KH"  # kế hoạch
    SUBMISSION = "TTR"  # tờ trình

    @property
    def abbreviation(self) -> str:
        """The abbreviation printed in the symbol (ND 30/2020 Phụ lục III): "QĐ", "TTr" …"""
        return ABBREVIATIONS[self]


# ND 30/2020 Phụ lục III, bảng chữ viết tắt tên loại văn bản.
ABBREVIATIONS: dict[DocType, str] = {
    DocType.DECISION: "QĐ",
    DocType.MINUTES: "BB",
    DocType.NOTICE: "TB",
    DocType.INVITATION: "GM",
    DocType.REPORT: "BC",
    DocType.PLAN: "KH",
    DocType.SUBMISSION: "TTr",
}


def parse_doc_type(value: str | DocType) -> DocType:
    """A type from its abbreviation or code, typed with or without the đ and in any case ("QĐ", "qd", "TTr")."""
    if isinstance(value, DocType):
        return value
    key = fold(value or "").replace(" ", "")
    for doc_type in DocType:
        if key in (fold(doc_type.value), fold(doc_type.abbreviation)):
            return doc_type
    raise ValidationError("doc_type_unknown", value=value,
                          known=", ".join(t.abbreviation for t in DocType))


# The commune's (and the province's) people's committee: the issuer abbreviation of the unit's own documents,
# the collective its head signs for ("TM. ỦY BAN NHÂN DÂN") and the head's title ("KT. CHỦ TỊCH").
UNIT_ISSUER = "UBND"
UNIT_BODY = PEOPLES_COMMITTEE
UNIT_HEAD_TITLE = "Chủ tịch"
MAX_ISSUER_LENGTH = 20
# Initials in capitals (Vietnamese letters included: "HĐĐG"), digits, parts joined by single hyphens ("UBND-VP").
_ISSUER = re.compile(r"^[^\W_]+(?:-[^\W_]+)*$")


def check_issuer(value: str) -> str:
    """The issuer's abbreviation as printed (NFC, capitals): "UBND", "HĐĐG"; else ``issuer_invalid``."""
    text = clean(value).upper()
    if not text or len(text) > MAX_ISSUER_LENGTH or not _ISSUER.match(text):
        raise ValidationError("issuer_invalid", value=value, maximum=MAX_ISSUER_LENGTH)
    return text


# Which numbering a document belongs to. The unit has one sequence per type and year; each council has its own
# (ND 30/2020 Phụ lục I: a tổ chức tư vấn "phải lấy hệ thống số riêng").
UNIT_SEQUENCE = "unit"
COUNCIL_PREFIX = "council:"


def council_sequence(council_id: str) -> str:
    """The sequence key of one council's own numbers."""
    council_id = clean(council_id)
    if not council_id or ":" in council_id:
        raise ValidationError("sequence_invalid", value=council_id)
    return f"{COUNCIL_PREFIX}{council_id}"


def check_sequence_key(value: str) -> str:
    key = clean(value)
    if key == UNIT_SEQUENCE:
        return key
    if key.startswith(COUNCIL_PREFIX):
        return council_sequence(key[len(COUNCIL_PREFIX):])
    raise ValidationError("sequence_invalid", value=value)


def is_council_sequence(key: str) -> bool:
    return key.startswith(COUNCIL_PREFIX)


def symbol(doc_type: DocType, issuer: str) -> str:
    """The document's symbol (ký hiệu): "QĐ-UBND", "BB-HĐĐG"."""
    return f"{doc_type.abbreviation}-{check_issuer(issuer)}"


def format_number(number: int, doc_type: DocType, issuer: str) -> str:
    """ "07/QĐ-UBND": the number with a leading zero under 10 (ND 30/2020 Phụ lục I), then the symbol."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError(f"a register number is a positive integer, not {number!r}")
    return f"{number:02d}/{symbol(doc_type, issuer)}"


def number_line(number: int, doc_type: DocType, issuer: str) -> str:
    """ "Số: 07/QĐ-UBND", as the header of the document prints it."""
    return f"Số: {format_number(number, doc_type, issuer)}"


_REFERENCE = re.compile(r"^\s*(?:số\s*:?\s*)?0*(\d{1,6})\s*/\s*([^\W\d_]+)\s*-\s*(\S+?)\s*$", re.IGNORECASE)


def parse_reference(value: str) -> tuple[int, DocType, str]:
    """(number, type, issuer) of a typed reference: "07/QĐ-UBND", "7/qd-ubnd", "Số: 07/QĐ-UBND"."""
    found = _REFERENCE.match(clean(value))
    if not found or int(found.group(1)) < 1:
        raise ValidationError("register_reference_invalid", value=value)
    return int(found.group(1)), parse_doc_type(found.group(2)), check_issuer(found.group(3))


# ------------------------------------------------------------------------------------------------ signing


class Authority(StrEnum):
    """How the signer signs (ND 30/2020 Đ13, Phụ lục I): the prefixes printed above the signer's title.

    "TM." stands before the collective (or body) signed for, the others before the head's title; a deputy or
    an acting head may sign for the collective too ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
    """

    NONE = "none"  # the holder of the title signs in their own name: "CHỦ TỊCH"
    ON_BEHALF = "TM"  # thay mặt: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
    DEPUTY = "KT"  # ký thay: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
    ON_BEHALF_DEPUTY = "TM_KT"  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
    ACTING = "Q"  # quyền: "Q. CHỦ TỊCH"
    ON_BEHALF_ACTING = "TM_Q"  # "TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH"
    BY_ORDER = "TL"  # thừa lệnh: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG"
    BY_DELEGATION = "TUQ"  # thừa ủy quyền: "TUQ. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG"

    @property
    def on_behalf(self) -> bool:
        """Whether "TM. <body>" heads the block."""
        return self in (Authority.ON_BEHALF, Authority.ON_BEHALF_DEPUTY, Authority.ON_BEHALF_ACTING)

    @property
    def head_prefix(self) -> str:
        """The prefix before the head's title ("KT.", "Q.", "TL.", "TUQ."), or "" when there is none."""
        return _HEAD_PREFIXES.get(self, "")


_HEAD_PREFIXES = {
    Authority.DEPUTY: "KT.", Authority.ON_BEHALF_DEPUTY: "KT.",
    Authority.ACTING: "Q.", Authority.ON_BEHALF_ACTING: "Q.",
    Authority.BY_ORDER: "TL.", Authority.BY_DELEGATION: "TUQ.",
}


def parse_authority(value: str | Authority) -> Authority:
    """An authority from its code or its printed prefixes: "KT", "kt.", "TM.KT", "tm_kt", "" (none)."""
    if isinstance(value, Authority):
        return value
    key = re.sub(r"[\s._-]+", "_", fold(value or "")).strip("_")
    for authority in Authority:
        if key == authority.value.lower() or (authority is Authority.NONE and key in ("", "none")):
            return authority
    raise ValidationError("authority_unknown", value=value, known=", ".join(a.value for a in Authority))


# Where a position names its body ("Chủ tịch UBND xã Di Linh"): the signature block states the body in its
# authority line (TM. ỦY BAN NHÂN DÂN), so the title under it is the office alone (ND 30/2020 Phụ lục I).
_BODY_IN_POSITION = re.compile(r"\s+(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\b.*$", re.IGNORECASE)


def signing_title(position: str) -> str:
    """The title a signer signs with, from his position: "Chủ tịch UBND xã Di Linh" → "Chủ tịch"."""
    title = _BODY_IN_POSITION.sub("", position.strip())
    return title or position.strip()


# The head of the commune's office (Văn phòng HĐND và UBND): the decision's last article names this position as the
# first of those who execute it (ND 30/2020 Phụ lục I, Mẫu 1.2).
OFFICE_HEAD_TITLE = "Chánh Văn phòng"


def holds_title(position: str, title: str) -> bool:
    """Whether ``position`` is ``title`` itself, with or without its body ("Chánh Văn phòng HĐND và UBND xã" holds
    "Chánh Văn phòng"; "Phó Chánh Văn phòng …" and "Chánh Văn phòng Đảng ủy xã" do not)."""
    return bool(title.strip()) and fold(signing_title(position)) == fold(title)


def signer_lines(authority: Authority, *, body: str = "", head_title: str = "", signer_title: str = "") -> tuple[
    str, ...
]:
    """The capital lines above the signature: e.g. ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") or ("KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH"). ``body`` is the collective signed for ("Ủy ban nhân dân"), ``head_title`` the head's title
    ("Chủ tịch"), ``signer_title`` the signer's own ("Phó Chủ tịch"); each line the block needs is required.

    An acting head (Q.) prints only "Q. <head's title>": that is their title while they act.
    """
    body, head_title, signer_title = clean(body), clean(head_title), clean(signer_title)
    lines: list[str] = []
    if authority.on_behalf:
        if not body:
            raise ValidationError("signer_incomplete", missing="body", authority=authority.value)
        lines.append(f"TM. {body}")
    prefix = authority.head_prefix
    if prefix:
        if not head_title:
            raise ValidationError("signer_incomplete", missing="head_title", authority=authority.value)
        lines.append(f"{prefix} {head_title}")
    if prefix != "Q.":
        if not signer_title:
            raise ValidationError("signer_incomplete", missing="signer_title", authority=authority.value)
        lines.append(signer_title)
    return tuple(line.upper() for line in lines)


# ------------------------------------------------------------------------------------------------ entries


class EntryState(StrEnum):
    ISSUED = "issued"  # the number is taken by a document
    CANCELLED = "cancelled"  # the number stays in the register with its reason and is never issued again


@dataclass(frozen=True)
class EntryDraft:
    """What a caller asks the register for; the number and the year come from the register itself.

    ``subject_table``/``subject_id`` name the record the document belongs to (a meeting, a decision), if any.
    """

    doc_type: DocType
    title: str  # trích yếu: what the document is about
    issued_on: date
    signer_name: str
    signer_title: str
    authority: Authority = Authority.NONE
    issuer: str = UNIT_ISSUER
    sequence_key: str = UNIT_SEQUENCE
    signer_body: str = ""  # for TM.: the collective signed for
    head_title: str = ""  # for KT., Q., TL., TUQ.: the head's title
    signer_person_id: str | None = None
    subject_table: str | None = None
    subject_id: str | None = None


def check_draft(draft: EntryDraft) -> EntryDraft:
    """The draft as stored (NFC, trimmed, issuer in capitals); every field checked, else a ValidationError."""
    doc_type = parse_doc_type(draft.doc_type)
    authority = parse_authority(draft.authority)
    title = check_text(draft.title, field="register_title", limit="title")
    if not title:
        raise ValidationError("register_title_required")
    signer_name = check_text(draft.signer_name, field="signer_name", limit="name")
    if not signer_name:
        raise ValidationError("signer_incomplete", missing="signer_name", authority=authority.value)
    signer_title = check_text(draft.signer_title, field="signer_title", limit="position")
    signer_body = check_text(draft.signer_body, field="signer_body", limit="name")
    head_title = check_text(draft.head_title, field="head_title", limit="position")
    signer_lines(authority, body=signer_body, head_title=head_title, signer_title=signer_title)
    if (draft.subject_table is None) != (draft.subject_id is None):
        raise ValidationError("register_subject_not_found", table=draft.subject_table or "",
                              id=draft.subject_id or "")
    return EntryDraft(
        doc_type=doc_type, title=title, issued_on=draft.issued_on, signer_name=signer_name,
        signer_title=signer_title, authority=authority, issuer=check_issuer(draft.issuer),
        sequence_key=check_sequence_key(draft.sequence_key), signer_body=signer_body, head_title=head_title,
        signer_person_id=draft.signer_person_id or None, subject_table=draft.subject_table,
        subject_id=draft.subject_id,
    )


def check_issue_date(issued_on: date, *, today: date, latest: date | None) -> date:
    """A number is taken on its date of issue, in date order (ND 30/2020 Đ15.1): never in the future, never before
    the latest document already numbered in the same sequence (a later number with an earlier date would break
    the register's order)."""
    if issued_on > today:
        raise ValidationError("register_date_future", value=issued_on.strftime("%d/%m/%Y"),
                              today=today.strftime("%d/%m/%Y"))
    if latest is not None and issued_on < latest:
        raise ValidationError("register_date_before_last", value=issued_on.strftime("%d/%m/%Y"),
                              latest=latest.strftime("%d/%m/%Y"))
    return issued_on


@dataclass(frozen=True)
class Entry:
    """One line of the register: a number taken by a document, or cancelled with its reason."""

    id: str
    unit_code: str
    sequence_key: str
    year: int
    doc_type: DocType
    number: int
    issuer: str
    reference: str  # "07/QĐ-UBND", as printed when it was issued
    issued_on: date
    title: str
    signer_name: str
    signer_title: str
    authority: Authority
    signer_body: str
    head_title: str
    signer_person_id: str | None
    subject_table: str | None
    subject_id: str | None
    state: EntryState
    cancel_reason: str
    cancelled_by: str | None
    cancelled_at: str | None
    created_by: str
    created_at: str
    version: int

    @property
    def number_line(self) -> str:
        return f"Số: {self.reference}"

    @property
    def signer_lines(self) -> tuple[str, ...]:
        return signer_lines(self.authority, body=self.signer_body, head_title=self.head_title,
                            signer_title=self.signer_title)

    @property
    def cancelled(self) -> bool:
        return self.state is EntryState.CANCELLED

    @property
    def council(self) -> bool:
        return is_council_sequence(self.sequence_key)


# ---------------------------------------------------------------------------------------------- who may


def may_cancel(roles: Iterable[Role], *, took_it: bool) -> bool:
    """The head cancels any number; whoever may take numbers cancels one they took themselves (taken by mistake).

    A cancelled number stays in the register with its reason and is never issued again.
    """
    granted = permissions_of(roles)
    return Permission.CANCEL_DOCUMENT in granted or (took_it and Permission.ISSUE_DOCUMENT in granted)
