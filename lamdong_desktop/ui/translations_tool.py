"""Refresh the translation files: ``python -m lamdong_desktop.ui.translations_tool``.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of ``lamdong_desktop/ui`` into
   ``resources/i18n/lamdong_vi.ts`` (no line numbers, so the file changes only when strings change);
2. a new string gets itself as its translation (sources are Vietnamese already; a translator may
   still polish them in Qt Linguist);
3. ``pyside6-lrelease`` compiles ``lamdong_vi.ts`` and the hand-made ``qtbase_vi.ts`` (Qt's own
   buttons and dialogs) into the shipped ``.qm`` files.

A developer tool: it needs the source tree and PySide6's tools, never Qt itself at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO = PACKAGE_DIR.parent
I18N = REPO / "resources" / "i18n"
APP_TS = I18N / "lamdong_vi.ts"
TS_FILES = (I18N / "qtbase_vi.ts", APP_TS)


def tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python, on PATH, or the binary inside the PySide6 package."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # only for its folder

    return str(Path(PySide6.__file__).parent / name)


def ui_sources() -> list[Path]:
    return sorted((PACKAGE_DIR / "ui").rglob("*.py"))


def run_lupdate(sources: list[Path], ts_file: Path) -> None:
    subprocess.run(
        [tool("lupdate"), "-locations", "none", "-no-obsolete", "-target-language", "vi_VN",
         *map(str, sources), "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def fill_identity(ts_file: Path) -> int:
    """Give every unfinished message its own source as translation; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        # An empty one is new; one lupdate guessed from the same text elsewhere (a string that moved to
        # another class) is the source itself.
        if (translation is not None and translation.get("type") == "unfinished"
                and (translation.text or "") in ("", source)):
            translation.text = source
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def main() -> int:
    run_lupdate(ui_sources(), APP_TS)
    filled = fill_identity(APP_TS)
    run_lupdate(ui_sources(), APP_TS)  # rewrite in lupdate's own layout after the XML edit
    for ts_file in TS_FILES:
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))
    print(f"{APP_TS.name}: {filled} new string(s); compiled {', '.join(t.with_suffix('.qm').name for t in TS_FILES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
