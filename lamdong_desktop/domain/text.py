"""Vietnamese text rules: NFC at every boundary, and a search fold that also maps đ to d."""

from __future__ import annotations

import unicodedata

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


def fold(value: str) -> str:
    """Search key: no diacritics, đ→d, lower case, single spaces ("Đất  Đai" → "dat dai")."""
    decomposed = unicodedata.normalize("NFD", value.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.casefold().split())


def matches(query: str, *fields: str) -> bool:
    """True when every folded word of ``query`` appears in one of the folded ``fields``."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


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
