"""Revision differences of a 200-line section, against the bare line matcher of difflib.

    python benchmarks/diff_bench.py [--repeat N]

Three edits of the same section: 20 scattered lines, 100 consecutive lines, and every line touched (the
worst case of a character-level differ). Goal ≤ 100 ms for the worst.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys

from corpus import seed_words
from measure import HEADER, ms, paired, row, timed

from lamdong_desktop.domain.proposals import ProposalContent, Section, diff_contents

GOAL = 0.100
LINES = 200


def _edits() -> tuple[list[str], dict[str, list[str]]]:
    words = seed_words()
    rng = random.Random(7)

    def line() -> str:
        return " ".join(rng.choice(words) for _ in range(14))

    def touched(text: str) -> str:
        parts = text.split()
        parts[rng.randrange(len(parts))] = rng.choice(words)
        return " ".join(parts)

    old = [line() for _ in range(LINES)]
    scattered = list(old)
    for k in rng.sample(range(LINES), 20):
        scattered[k] = touched(scattered[k])
    block = old[:50] + [touched(x) for x in old[50:150]] + old[150:]
    every = [touched(x) for x in old]
    return old, {"20 scattered lines": scattered, "100 consecutive lines": block, "every line": every}


def bench_diff(repeat: int) -> None:
    old, cases = _edits()
    before = ProposalContent(title="Đề xuất", sections={Section.SOLUTION: "\n".join(old)}).normalized()
    results = {}
    for name, new in cases.items():
        after = ProposalContent(title="Đề xuất", sections={Section.SOLUTION: "\n".join(new)}).normalized()
        results[name] = paired(
            lambda n=new: timed(lambda: difflib.SequenceMatcher(None, old, n, autojunk=False).get_opcodes()),
            lambda a=after: timed(lambda: diff_contents(before, a)), repeat)
    name, worst = max(results.items(), key=lambda item: item[1].value)
    row(f"revision diff, {LINES}-line section, worst of 3 edits ({name})", ms(worst.value), ms(worst.floor),
        worst.ratio, f"≤ {GOAL * 1000:.0f} ms", worst.value <= GOAL)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(HEADER)
    bench_diff(args.repeat)
    sys.exit(0)
