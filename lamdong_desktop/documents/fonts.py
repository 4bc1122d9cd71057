"""Times New Roman when the system has it, else the bundled Liberation Serif; registered once with reportlab.

ND 30/2020 Phụ lục I asks for Times New Roman. Windows always has it; elsewhere the program prints with
Liberation Serif, which has the same metrics (lines and pages break identically) and covers Vietnamese.
Registration is idempotent and thread-safe: a background print job may be the first to ask.
"""

from __future__ import annotations

import io
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FontSource = Literal["auto", "system", "bundled"]
"""``auto``: system Times New Roman if all four faces exist, else bundled; ``bundled``: always the bundled font
(tests, reproducible output); ``system``: Times New Roman or an error."""

FONT_SOURCE_ENV = "LAMDONG_FONT_SOURCE"
"""Environment variable that overrides the ``auto`` choice (``bundled`` or ``system``), e.g. for CI."""

BUNDLED_FAMILY = "LiberationSerif"
SYSTEM_FAMILY = "TimesNewRoman"

# File names of the bundled faces, in the order regular, bold, italic, bold italic.
BUNDLED_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)


class FontNotFoundError(RuntimeError):
    """Raised when ``font_source="system"`` is asked for and Times New Roman is not installed."""


@dataclass(frozen=True)
class FontFamily:
    """Names under which the four faces of one family are registered with reportlab."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: Literal["system", "bundled"]


def _family(name: str, source: Literal["system", "bundled"]) -> FontFamily:
    return FontFamily(
        family=name,
        regular=name,
        bold=f"{name}-Bold",
        italic=f"{name}-Italic",
        bold_italic=f"{name}-BoldItalic",
        source=source,
    )


_Faces = tuple[Path, Path, Path, Path]


def _in(folder: Path, names: tuple[str, str, str, str]) -> _Faces:
    return (folder / names[0], folder / names[1], folder / names[2], folder / names[3])


def _system_candidates() -> list[_Faces]:
    """Places where the four Times New Roman faces live on Windows, Linux and macOS, most likely first."""
    candidates: list[_Faces] = []
    win_names = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        local = os.environ.get("LOCALAPPDATA")
        dirs = [windir] + ([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else [])
        for folder in dirs:
            candidates.append(_in(folder, win_names))
        return candidates
    long_names = ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
                  "Times New Roman Bold Italic.ttf")
    if sys.platform == "darwin":
        for folder in (Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                       Path.home() / "Library" / "Fonts"):
            candidates.append(_in(folder, long_names))
        return candidates
    underscored = ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
                   "Times_New_Roman_Bold_Italic.ttf")
    for folder in (Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/usr/share/fonts/msttcore"),
                   Path("/usr/share/fonts/truetype/msttcorefonts/truetype"),
                   Path.home() / ".fonts", Path.home() / ".local" / "share" / "fonts"):
        candidates.append(_in(folder, underscored))
        candidates.append(_in(folder, win_names))
    return candidates


def find_system_times(candidates: Iterable[Sequence[Path]] | None = None) -> _Faces | None:
    """The four Times New Roman files (regular, bold, italic, bold italic) if one folder has all four."""
    for faces in _system_candidates() if candidates is None else candidates:
        if len(faces) == 4 and all(Path(p).is_file() for p in faces):
            return (Path(faces[0]), Path(faces[1]), Path(faces[2]), Path(faces[3]))
    return None


def bundled_font_bytes() -> tuple[bytes, bytes, bytes, bytes]:
    """The four bundled Liberation Serif faces, read through importlib.resources (works in every install mode)."""
    folder = resources.files("lamdong_desktop.resources") / "fonts"
    data = tuple((folder / name).read_bytes() for name in BUNDLED_FILES)
    return data[0], data[1], data[2], data[3]


_lock = threading.Lock()
_registered: dict[str, FontFamily] = {}


def _register(family: FontFamily, files: Sequence[Path | bytes]) -> None:
    faces = (family.regular, family.bold, family.italic, family.bold_italic)
    for face, source in zip(faces, files, strict=True):
        handle: str | io.BytesIO = str(source) if isinstance(source, Path) else io.BytesIO(source)
        pdfmetrics.registerFont(TTFont(face, handle))
    # The family name is the regular face's name, so <b> and <i> inside any paragraph find the right face.
    pdfmetrics.registerFontFamily(family.family, normal=family.regular, bold=family.bold,
                                  italic=family.italic, boldItalic=family.bold_italic)


def register_fonts(font_source: FontSource = "auto") -> FontFamily:
    """Register the document font family with reportlab (once per source) and return its face names.

    ``auto`` honours the ``LAMDONG_FONT_SOURCE`` environment variable, then prefers the system's Times New
    Roman. Raises ``FontNotFoundError`` for ``system`` when Times New Roman is missing.
    """
    if font_source == "auto":
        env = os.environ.get(FONT_SOURCE_ENV, "").strip().lower()
        if env in ("bundled", "system"):
            font_source = env  # type: ignore[assignment]
    with _lock:
        if font_source in ("auto", "system"):
            if "system" in _registered:
                return _registered["system"]
            system_files = find_system_times()
            if system_files is not None:
                family = _family(SYSTEM_FAMILY, "system")
                try:
                    _register(family, system_files)
                except (TTFError, OSError) as exc:
                    # A damaged file, or one whose licence bits forbid embedding: print with the bundled font.
                    if font_source == "system":
                        raise FontNotFoundError(f"Times New Roman cannot be embedded: {exc}") from exc
                else:
                    _registered["system"] = family
                    return family
            elif font_source == "system":
                raise FontNotFoundError("Times New Roman (regular, bold, italic, bold italic) is not installed")
        if "bundled" not in _registered:
            family = _family(BUNDLED_FAMILY, "bundled")
            _register(family, bundled_font_bytes())
            _registered["bundled"] = family
        return _registered["bundled"]
