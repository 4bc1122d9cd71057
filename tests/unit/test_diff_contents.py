"""diff_contents on long sections: whole-line differences that rebuild both versions exactly."""

from __future__ import annotations

from lamdong_desktop.domain.proposals import ProposalContent, Section, diff_contents


def _content(lines: list[str]) -> ProposalContent:
    return ProposalContent(title="Đề xuất", sections={Section.SOLUTION: "\n".join(lines)}).normalized()


def _sides(lines: tuple[str, ...]) -> tuple[list[str], list[str]]:
    before = [line[2:] for line in lines if line[:2] in ("  ", "- ")]
    after = [line[2:] for line in lines if line[:2] in ("  ", "+ ")]
    return before, after


def test_every_line_of_a_long_section_edited_lists_old_run_then_new_run():
    old = [f"Dòng {i}: giải pháp đất đai số {i}." for i in range(200)]
    new = [f"Dòng {i}: giải pháp đất đai số {i} (sửa)." for i in range(200)]
    [diff] = diff_contents(_content(old), _content(new))
    assert diff.key == "section:solution"
    assert list(diff.lines) == [f"- {line}" for line in old] + [f"+ {line}" for line in new]


def test_mixed_edits_keep_unchanged_lines_and_rebuild_both_versions():
    old = [f"Đoạn {i}." if i % 7 else "" for i in range(1, 201)]
    new = list(old)
    new[9] = "Đoạn 10 viết lại."
    del new[50:53]
    new[120:120] = ["Thêm một.", "", "Thêm hai."]
    [diff] = diff_contents(_content(old), _content(new))
    assert _sides(diff.lines) == (old, new)
    assert "  Đoạn 11." in diff.lines and "- Đoạn 10." in diff.lines and "+ Đoạn 10 viết lại." in diff.lines
    # blank lines between paragraphs still match as unchanged lines, even when many
    assert sum(1 for line in diff.lines if line == "  ") >= 25
