"""What the documents a unit issues share: the issuing body, the register number, the signer, the proposals named.

Minutes, decisions, notices and invitations take their number from the unit's register (a council from its own
sequence) and are signed with an authority prefix (ND 30/2020/NĐ-CP Đ13 and Phụ lục I); the proposer's own plan
does neither (``proposal_plan``). Plain values and pure helpers only: the modules of the forms build the
``model.Document``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from lamdong_desktop.documents import formatting
from lamdong_desktop.documents.model import Block, Document, Signature
from lamdong_desktop.domain.errors import ValidationError
from lamdong_desktop.domain.register import format_number, parse_doc_type

MeetingKind = Literal["leadership", "council"]
"""A leadership meeting (họp tập thể lãnh đạo) or a review council (Hội đồng đánh giá đề xuất đổi mới, sáng tạo)."""

UNIT_ISSUER = "UBND"  # the issuer's abbreviation in the symbol of the unit's own documents: "07/QĐ-UBND"
PEOPLES_COMMITTEE = "Ủy ban nhân dân"
PEOPLES_COMMITTEE_SHORT = "UBND"


@dataclass(frozen=True)
class Person:
    """Someone a document names: the name and the position held ("Phó Chủ tịch UBND xã")."""

    name: str
    position: str = ""

    def text(self) -> str:
        """ "Nguyễn Văn Hùng, Chủ tịch UBND xã" (the name alone when there is no position)."""
        return ", ".join(part for part in (self.name.strip(), self.position.strip()) if part)


@dataclass(frozen=True)
class Signer:
    """Who signs: the capital lines above the signature and the name (ND 30/2020 Đ13, Phụ lục I).

    ``title`` is the last line ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Q. CHỦ TỊCH"); ``authority`` the lines above it
    ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). ``from_lines`` takes the whole block as the register builds it.
    """

    name: str
    title: str
    authority: tuple[str, ...] = ()

    @classmethod
    def from_lines(cls, name: str, lines: Sequence[str]) -> Signer:
        """A signer from the lines of the signature block, last one the title: ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")."""
        if not lines:
            raise ValueError("a signature block needs at least the signer's title")
        return cls(name=name, title=lines[-1], authority=tuple(lines[:-1]))

    def signature(self) -> Signature:
        return Signature(title=self.title, name=self.name, authority=self.authority)


@dataclass(frozen=True)
class ProposalRef:
    """A proposal as a document names it: its code, its title and who proposed it."""

    reference: str  # "DX-2026-041"
    title: str
    proposer: Person = Person("")


def number_line(number: int | None, doc_type: str, issuer: str = UNIT_ISSUER) -> str:
    """ "Số: 07/QĐ-UBND"; the blank "Số:      /QĐ-UBND" of a draft when ``number`` is None.

    ``doc_type`` is the abbreviation of ND 30/2020 Phụ lục III ("QĐ", "BB", "TB", "GM"); ``issuer`` the
    issuer's ("UBND", a council's "HĐĐG"). The number itself is the register's (``domain.register.format_number``),
    so a printed number reads exactly as the register lists it.
    """
    if number is None:
        return formatting.number_line(None, f"{doc_type}-{issuer}")
    try:
        return formatting.nfc(f"Số: {format_number(number, parse_doc_type(doc_type), issuer)}")
    except ValidationError as exc:  # an unknown type or issuer is a bug of the caller, as a bad number is
        raise ValueError(f"not a register symbol: {doc_type}-{issuer} ({exc.code})") from None


def level_word(unit_name: str) -> str:
    """ "xã", "phường" or "đặc khu" from the unit's name ("Xã Di Linh" → "xã"); the full name otherwise."""
    lowered = unit_name.strip().lower()
    for word in ("đặc khu", "phường", "xã", "tỉnh"):
        if lowered.startswith(word + " "):
            return word
    return unit_name.strip()


def unit_in_sentence(unit_name: str) -> str:
    """The unit's name inside a sentence, its level in lower case: "Xã Di Linh" → "xã Di Linh"."""
    name = unit_name.strip()
    word = level_word(name)
    if word != name:
        return word + name[len(word):]
    return name


def unit_issuer(unit_name: str) -> tuple[str, ...]:
    """The issuer lines of the unit's People's Committee: ("ỦY BAN NHÂN DÂN", "XÃ DI LINH")."""
    return (PEOPLES_COMMITTEE.upper(), unit_name.strip().upper())


def committee_of(unit_name: str) -> str:
    """ "Ủy ban nhân dân xã Di Linh", as a sentence names the issuing body."""
    return f"{PEOPLES_COMMITTEE} {unit_in_sentence(unit_name)}"


def party_committee(unit_name: str) -> str:
    """The party committee of the unit's level, as the recipients name it: "Đảng ủy xã", at the province "Tỉnh ủy"."""
    level = level_word(unit_name)
    return "Tỉnh ủy" if level == "tỉnh" else f"Đảng ủy {level}"


def office_of(unit_name: str) -> str:
    """The committee's office: "Văn phòng HĐND và UBND xã"; at the province "Văn phòng UBND tỉnh"."""
    level = level_word(unit_name)
    return f"Văn phòng {'UBND' if level == 'tỉnh' else 'HĐND và UBND'} {level}"


def capitalised(value: str) -> str:
    """``value`` with its first letter in capitals, as a sentence starts."""
    return value[:1].upper() + value[1:]


def quoted(title: str) -> str:
    """A title in Vietnamese quotation marks: “…”."""
    return f"“{title.strip()}”"


def proposal_words(proposal: ProposalRef) -> str:
    """ "đề xuất đổi mới, sáng tạo “…” (mã đề xuất DX-2026-041)" — how the documents name a proposal."""
    return f"đề xuất đổi mới, sáng tạo {quoted(proposal.title)} (mã đề xuất {proposal.reference})"


def sentence(value: str, end: str = ".") -> str:
    """``value`` ending with ``end`` (its own "." or ";" replaced); one ending with ":", "!", "?" or "…" as it is."""
    value = value.strip()
    if not value or value[-1] in ":!?…":
        return value
    if value[-1] in ".;,":
        value = value[:-1]  # the list decides: ";" inside it, "." at its end
    return value + end


def listed(items: Sequence[str]) -> tuple[str, ...]:
    """Items of an official list, each ended as the list needs: "a;", "b;", "c." (the marker is the list's)."""
    return tuple(sentence(item, "." if i == len(items) - 1 else ";") for i, item in enumerate(items))


def references(refs: Iterable[str]) -> str:
    """The record a document of several proposals names in its check line: the first, and how many more
    ("DX-2026-013+2"); "" for none."""
    found = [ref for ref in refs if ref]
    if len(found) > 1:
        return f"{found[0]}+{len(found) - 1}"
    return found[0] if found else ""


def numbered(items: Sequence[str]) -> tuple[str, ...]:
    """Items numbered "1. a;", "2. b." as the body of a decision or minutes lists them."""
    return tuple(
        f"{number}. {sentence(item, '.' if number == len(items) else ';')}"
        for number, item in enumerate(items, start=1)
    )


_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """Roman numerals for the sections of a document: 1 → "I", 14 → "XIV"."""
    if number < 1:
        raise ValueError("sections are numbered from 1")
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def draft_state(number: int | None, when: date | None) -> tuple[bool, date | None, int | None]:
    """(draft, date, draft year) for ``model.Document``: without a register number a document is a draft, marked
    "DỰ THẢO" on every page, its day and month left blank (the year printed when known)."""
    if number is None:
        return True, None, when.year if when else None
    return False, when, None


def unit_document(*, unit_name: str, unit_short_name: str, doc_type: str, issuer_code: str, number: int | None,
                  when: date | None, kind: str, summary: tuple[str, ...], body: tuple[Block, ...],
                  signature: Signature, recipients: tuple[str, ...], reference: str) -> Document:
    """A document the unit's People's Committee issues under a register number: its header (the issuer, the number
    line, the place and day; a draft without a number, ``draft_state``) around the given kind, summary and body."""
    draft, day, year = draft_state(number, when)
    return Document(
        issuer=unit_issuer(unit_name), number_line=number_line(number, doc_type, issuer_code), place=unit_short_name,
        date=day, draft_year=year, kind=kind, summary=summary, body=body, signature=signature, recipients=recipients,
        draft=draft, reference=reference)
