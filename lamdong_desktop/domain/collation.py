"""A Vietnamese sort key as plain text, for orders kept in SQL (pure: no Qt, no ICU).

``sort_key(a) < sort_key(b)`` (code-point, i.e. SQLite's BINARY, comparison) orders as the interface's collator
(``QCollator(vi_VN)`` in numeric mode, CLDR's Vietnamese rules) does for names and titles:

- letters by the Vietnamese alphabet, each of ă â đ ê ô ơ ư a letter of its own (a < ă < â < b … d < đ …);
- tones only when the letters are the same, in the order ngang, huyền, hỏi, ngã, sắc, nặng ("Anh" beside "Ánh");
- lower case before upper case when nothing else differs;
- a run of digits by its value ("Thôn 2" before "Thôn 10"); spaces and punctuation before digits before letters.

The key has three levels joined by a separator below every other character: the letters, then the tones, then
the case, so a difference of letters anywhere outweighs a tone anywhere.
"""

from __future__ import annotations

import unicodedata

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER = {ch: chr(0x41 + i) for i, ch in enumerate(_ALPHABET)}
# Combining tone marks, in Vietnamese order after the bare letter (ngang).
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
# Marks that make a letter of its own, composed back onto their base.
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
_SEPARATOR = "\x01"
_DIGITS_MARK = "0"  # digits sort after punctuation (below "0"), before letters ("A"…)


def _letters(text: str) -> list[tuple[str, str]]:
    """(base letter with its own marks, tone) for each character of ``text``."""
    found: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in _TONES and found:
            base, _ = found[-1]
            found[-1] = (base, _TONES[ch])
        elif ch in _LETTER_MARKS and found:
            base, tone = found[-1]
            composed = unicodedata.normalize("NFC", base + ch)
            if len(composed) == 1:  # ă â ê ô ơ ư (a mark no letter takes, as on x, is left out like other marks)
                found[-1] = (composed, tone)
        elif unicodedata.combining(ch):
            continue
        else:
            found.append((ch, "0"))
    return found


def _number(digits: str) -> str:
    """A run of ASCII digits by its value: its length first, then the digits (leading zeros dropped)."""
    digits = digits.lstrip("0") or "0"
    return _DIGITS_MARK + chr(0x30 + min(len(digits), 0x4F)) + digits


def _pieces(chars: list[tuple[str, str]]) -> tuple[str, str, str]:
    """The three levels' parts of ``chars`` (no ASCII digit among them)."""
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    for ch, tone in chars:
        lower = ch.lower()
        if lower in _LETTER:
            primary.append(_LETTER[lower])
            secondary.append(tone)
            tertiary.append("1" if ch != lower else "0")
        elif ch.isspace():
            primary.append(" ")
        elif ch.isalpha():  # a letter of another script: after the Vietnamese alphabet, by code point
            primary.append(chr(0x100 + ord(lower)))
            secondary.append(tone)
            tertiary.append("1" if ch != lower else "0")
        else:  # punctuation and symbols: after spaces, before digits
            primary.append("!" if ord(ch) < 0x80 else "/")
    return "".join(primary), "".join(secondary), "".join(tertiary)


# Each character's parts, worked out once (a list of 10,000 titles asks for a few dozen different characters);
# ``None``: a character whose decomposition starts with a combining mark, which belongs to the character before it.
_PARTS: dict[str, tuple[str, str, str] | None] = {}


def _parts(ch: str) -> tuple[str, str, str] | None:
    decomposed = unicodedata.normalize("NFD", ch)
    chars = _letters(ch)
    if unicodedata.combining(decomposed[0]) or any(c.isdigit() and c.isascii() for c, _ in chars):
        found = None
    else:
        found = _pieces(chars)
    _PARTS[ch] = found
    return found


def sort_key(text: str | None) -> str:
    """The key of ``text`` (empty text: the smallest key).

    Character by character through ``_PARTS``: a character's canonical decomposition is its own (base, then its
    marks), so the key is that of the whole text decomposed at once — unless a character starts with a combining
    mark (it marks the one before it): such a text takes ``_spelled_out``, which decomposes it whole."""
    text = (text or "").strip()
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    run = ""
    for ch in text:
        if "0" <= ch <= "9":
            run += ch
            continue
        if run:
            primary.append(_number(run))
            run = ""
        parts = _PARTS[ch] if ch in _PARTS else _parts(ch)
        if parts is None:
            return _spelled_out(text)
        primary.append(parts[0])
        secondary.append(parts[1])
        tertiary.append(parts[2])
    if run:
        primary.append(_number(run))
    return "".join(primary) + _SEPARATOR + "".join(secondary) + _SEPARATOR + "".join(tertiary)


def _spelled_out(text: str) -> str:
    """``sort_key`` of a text decomposed whole (combining marks of their own)."""
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    chars = _letters(text)
    i = 0
    while i < len(chars):
        if chars[i][0].isdigit() and chars[i][0].isascii():
            j = i
            while j < len(chars) and chars[j][0].isdigit() and chars[j][0].isascii():
                j += 1
            primary.append(_number("".join(c for c, _ in chars[i:j])))
            i = j
            continue
        j = i
        while j < len(chars) and not (chars[j][0].isdigit() and chars[j][0].isascii()):
            j += 1
        p, s, t = _pieces(chars[i:j])
        primary.append(p)
        secondary.append(s)
        tertiary.append(t)
        i = j
    return "".join(primary) + _SEPARATOR + "".join(secondary) + _SEPARATOR + "".join(tertiary)
