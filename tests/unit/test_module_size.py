"""No module over 400 lines except data (issue 7, point 19): a module that grows that long is split along a
seam (a use case, a widget, a step of a document), not allowed to keep growing."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lamdong_desktop"
MAX_LINES = 400

# Modules that are data rather than logic (tables, sample texts), by path under lamdong_desktop/, with the
# reason they may be longer. None is needed today: the messages package keeps one module per area.
DATA_MODULES: dict[str, str] = {}


def line_count(path: Path) -> int:
    """Lines as ``wc -l`` counts them, plus a last line without its newline."""
    return len(path.read_bytes().splitlines())


def test_no_module_is_over_the_limit_unless_it_is_data():
    counts = {path.relative_to(PACKAGE).as_posix(): line_count(path) for path in sorted(PACKAGE.rglob("*.py"))}
    too_long = {name: lines for name, lines in counts.items() if lines > MAX_LINES and name not in DATA_MODULES}
    assert too_long == {}, f"split these modules along a seam (at most {MAX_LINES} lines each)"
    # An exception names a module still over the limit, and why it is data: none outlives its need.
    stale = {name for name, reason in DATA_MODULES.items() if counts.get(name, 0) <= MAX_LINES or not reason.strip()}
    assert stale == set(), "take these off DATA_MODULES (gone, short enough, or no reason given)"
