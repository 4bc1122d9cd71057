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
