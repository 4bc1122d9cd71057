"""Vietnamese text rules: NFC at every boundary, a checker for what may enter, and a search fold (đ→d)."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

# SQLite's remove_diacritics leaves đ alone, and NFD does not decompose it either (domain brief §7).
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(value: str) -> str:
    """Return ``value`` in Unicode NFC; decomposed input (macOS, some keyboards) prints broken accents."""
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str:
    """NFC, trimmed, inner runs of white space collapsed: the form every stored text takes."""
    if value is None:
        return ""
    return " ".join(nfc(value).split())


# ------------------------------------------------------------------------------------------ input hygiene

# Length limits, in characters after cleaning, declared once for every text field that people type.
LIMITS: dict[str, int] = {
    "title": 300,  # a proposal's title
    "section": 20_000,  # one section of a proposal
    "indicator": 300,  # name, unit, baseline or target of an indicator
    "justification": 5_000,  # why a criterion is met, conflict-of-interest details
    "reason": 2_000,  # return, withdraw, override …
    "name": 200,  # people, accounts, party organisations, participants, calendar days
    "position": 200,
    "phone": 30,
    "email": 254,  # RFC 5321
    "query": 500,  # a search box
    "filename": 255,  # an attached file's name (most file systems stop there)
}

# Bidirectional marks, embeddings, overrides and isolates: they make a text read differently from what is
# stored (a name shown reversed on a printed minute), so no field accepts them.
_BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Invisible characters that make two names look alike or break a one-line field: the zero-width space and
# word joiner, the byte-order mark, the line and paragraph separators, and the tag characters.
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u2028\u2029")
_MULTILINE_ALLOWED = frozenset("\t\n\r")


def _forbidden(allowed: frozenset[str]) -> re.Pattern[str]:
    """One character class of everything ``forbidden_char`` refuses, less ``allowed``: a search in C, not a loop over
    every character of every section typed or imported."""
    controls = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in allowed)
    listed = "".join(sorted(_BIDI | _INVISIBLE))
    return re.compile(f"[{re.escape(controls + listed)}\ud800-\udfff\U000e0000-\U000e007f]")


_FORBIDDEN = _forbidden(frozenset())
_FORBIDDEN_MULTILINE = _forbidden(_MULTILINE_ALLOWED)


def forbidden_char(value: str, *, multiline: bool = False) -> tuple[int, str] | None:
    """The first character no field accepts, as (1-based position, "U+XXXX"), or None when all is well.

    Refused: C0 and C1 control characters (tab and line breaks are allowed in multi-line fields), the
    bidirectional marks and overrides, invisible characters (zero-width space, word joiner, byte-order mark,
    line and paragraph separators, tags) and lone surrogates (undecodable bytes from a command line).
    """
    found = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN).search(value)
    return (found.start() + 1, f"U+{ord(found.group()):04X}") if found else None


def check_text(
    value: str | None, *, field: str, limit: str, multiline: bool = False, required: bool = False
) -> str:
    """The text as it is stored (NFC; one line: spaces collapsed; multi-line: paragraphs kept).

    Raises ``ValidationError("text_control_chars", field=…, char=…, position=…)`` for a forbidden
    character and ``ValidationError("text_too_long", field=…, length=…, max_length=…)`` beyond
    ``LIMITS[limit]``. ``field`` is a field code that the messages table names in Vietnamese.
    ``required``: a text that is empty once cleaned (nothing, or only white space) raises
    ``ValidationError("text_required", field=…)`` — never replaced by a stand-in such as a user name.
    """
    if value is None:
        if required:
            raise ValidationError("text_required", field=field)
        return ""
    if not isinstance(value, str):
        value = str(value)
    found = forbidden_char(value, multiline=multiline)
    if found:
        raise ValidationError("text_control_chars", field=field, position=found[0], char=found[1])
    text = clean_block(value) if multiline else clean(value)
    maximum = LIMITS[limit]
    if len(text) > maximum:
        raise ValidationError("text_too_long", field=field, length=len(text), max_length=maximum)
    if required and not text:
        raise ValidationError("text_required", field=field)
    if text and not has_visible(text):
        raise ValidationError("text_invisible", field=field, chars=" ".join(f"U+{ord(c):04X}" for c in
                                                                         dict.fromkeys(text) if not c.isspace())[:60])
    return text


# What no eye sees on its own: separators and spaces (Z*), controls, formats such as the zero-width joiner U+200D,
# unassigned and private code points (C*), and combining marks with nothing to sit on (Mn, Me).
_UNSEEN = ("Z", "C", "Mn", "Me")


def has_visible(text: str) -> bool:
    """Whether ``text`` holds at least one character that shows (a letter, a digit, a sign): a title made of zero-width
    joiners alone is blank to every reader."""
    return any(not unicodedata.category(ch).startswith(_UNSEEN) for ch in text)


def clean_block(text: str | None) -> str:
    """NFC; trailing spaces and runs of blank lines removed, paragraphs kept (multi-line fields)."""
    if not text:
        return ""
    unified = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in unified.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _Folding(dict[int, int | str | None]):
    """The ``str.translate`` table of ``fold`` after NFD: đ→d, the non-spacing marks (category Mn) dropped, every other
    character kept; filled in as characters are met, so a character's category is looked up once, not each time it is
    folded (NFD never makes or breaks a đ, so it may come first)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        self[code] = kept
        return kept


_FOLDING = _Folding(_D_MAP)


def fold(value: str) -> str:
    """Search key: no diacritics, đ→d, lower case, single spaces ("Đất  Đai" → "dat dai")."""
    return " ".join(unicodedata.normalize("NFD", value).translate(_FOLDING).casefold().split())


def matches(query: str, *fields: str) -> bool:
    """True when every folded word of ``query`` appears in one of the folded ``fields``."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


def fold_words(value: str) -> list[str]:
    """The folded words of ``value``, split at spaces and punctuation ("B'Lao - Bảo Lộc" → b'lao, blao, bao, loc).

    A word with an apostrophe (K'Ho names: B'Lao, K'Brơi) is also given without it, so "blao" finds it.
    """
    words: list[str] = []
    for word in re.findall(r"[^\W_]+(?:'[^\W_]+)*", fold(value).replace("\u2019", "'")):
        words.append(word)
        if "'" in word:
            words.append(word.replace("'", ""))
    return words


def matches_word_starts(query: str, *fields: str) -> bool:
    """True when every folded word of ``query`` starts a word of one of ``fields``.

    "huong" finds "Xuân Hương" but not every "Phường"; "da lat" finds the wards of Đà Lạt.
    """
    haystack = [w for f in fields if f for w in fold_words(f)]
    needles = fold_words(query)
    return bool(needles) and all(any(w.startswith(n) for w in haystack) for n in needles)


def _fold_char(ch: str) -> str:
    return fold(ch) if not ch.isspace() else " "


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the folded words of ``query`` occur in ``text``: (start, end) offsets into ``text`` itself.

    For highlighting search hits: "dat dai" marks "đất đai" in "Giải quyết đất đai tồn đọng".
    """
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in fold(query)).split() if w]
    if not words or not text:
        return []
    # Fold character by character, remembering which original character each folded one came from.
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(nfc(text)):
        for out in _fold_char(ch):
            folded.append(out)
            origin.append(index)
    haystack = "".join(folded)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = haystack.find(word)
        while start != -1:
            spans.append((origin[start], origin[start + len(word) - 1] + 1))
            start = haystack.find(word, start + len(word))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


SHOWN_MAX = 200  # characters of a value quoted back in a message


def shown(value: str) -> str:
    """A value as a message may quote it: every character no field accepts written as [U+XXXX], at most
    ``SHOWN_MAX`` characters (a terminal must never receive the escape sequences a person typed)."""
    out = []
    for ch in value:
        out.append(f"[U+{ord(ch):04X}]" if forbidden_char(ch) else ch)
    text = "".join(out)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"
