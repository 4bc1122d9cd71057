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
            found[-1] = (unicodedata.normalize("NFC", base + ch), tone)
        elif unicodedata.combining(ch):
            continue
        else:
            found.append((ch, "0"))
    return found


def sort_key(text: str | None) -> str:
    """The key of ``text`` (empty text: the smallest key)."""
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    chars = _letters((text or "").strip())
    i = 0
    while i < len(chars):
        ch, tone = chars[i]
        if ch.isdigit() and ch.isascii():
            j = i
            while j < len(chars) and chars[j][0].isdigit() and chars[j][0].isascii():
                j += 1
            digits = "".join(c for c, _ in chars[i:j]).lstrip("0") or "0"
            primary.append(_DIGITS_MARK + chr(0x30 + min(len(digits), 0x4F)) + digits)
            i = j
            continue
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
        i += 1
    return "".join(primary) + _SEPARATOR + "".join(secondary) + _SEPARATOR + "".join(tertiary)
