"""Font resolution: system Times New Roman when complete, else the bundled Liberation Serif (with its licence)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from lamdong_desktop.documents import fonts


def test_bundled_faces_and_licence_ship_together() -> None:
    folder = resources.files("lamdong_desktop.resources") / "fonts"
    for name in fonts.BUNDLED_FILES:
        assert (folder / name).read_bytes()[:4] == b"\x00\x01\x00\x00", name  # a TrueType font
    licence = (folder / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Red Hat" in licence and "Google" in licence


def test_bundled_registration_is_idempotent_and_has_four_faces() -> None:
    first = fonts.register_fonts("bundled")
    again = fonts.register_fonts("bundled")
    assert first is again
    assert first.source == "bundled"
    assert (first.regular, first.bold, first.italic, first.bold_italic) == (
        "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic")
    for face in (first.regular, first.bold, first.italic, first.bold_italic):
        assert pdfmetrics.getFont(face).face.name.decode() == face
    # Vietnamese letters the body needs are in the font.
    face = pdfmetrics.getFont(first.regular).face
    assert all(ord(ch) in face.charToGlyph for ch in "ĐđƯưƠơẠạẶặỆệỘộỮữỹỳ≤≥")


def test_environment_forces_the_bundled_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fonts.FONT_SOURCE_ENV, "bundled")
    assert fonts.register_fonts("auto").source == "bundled"


def _touch(folder: Path, names: tuple[str, ...]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"")
    return [folder / n for n in names]


def test_find_system_times_needs_all_four_faces(tmp_path: Path) -> None:
    names = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
    partial = _touch(tmp_path / "partial", names[:3]) + [tmp_path / "partial" / names[3]]
    complete = _touch(tmp_path / "complete", names)
    assert fonts.find_system_times([partial]) is None
    assert fonts.find_system_times([partial, complete]) == tuple(complete)


def test_system_source_without_times_new_roman_is_an_error() -> None:
    if fonts.find_system_times() is not None:
        pytest.skip("this machine has Times New Roman")
    with pytest.raises(fonts.FontNotFoundError):
        fonts.register_fonts("system")


def test_unusable_system_font_falls_back_to_the_bundled_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
    broken = tuple(_touch(tmp_path, names))  # empty files: not TrueType
    monkeypatch.delenv(fonts.FONT_SOURCE_ENV, raising=False)
    monkeypatch.setattr(fonts, "find_system_times", lambda candidates=None: broken)
    monkeypatch.setattr(fonts, "_registered", {})
    assert fonts.register_fonts("auto").source == "bundled"
    with pytest.raises(fonts.FontNotFoundError):
        fonts.register_fonts("system")
