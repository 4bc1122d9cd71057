"""Pairing, child processes and the one table every benchmark prints into.

A floor and the program are run alternately — floor, program, floor, program … — so that a busy moment of
this shared machine slows both sides of a pair alike; the ratio reported is the median of the per-pair
ratios, never a ratio of two medians taken at different moments.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Pairs:
    """Samples of a floor and of the program, taken in pairs."""

    floors: list[float] = field(default_factory=list)
    values: list[float] = field(default_factory=list)

    def add(self, floor: float, value: float) -> None:
        self.floors.append(floor)
        self.values.append(value)

    @property
    def floor(self) -> float:
        return statistics.median(self.floors)

    @property
    def value(self) -> float:
        return statistics.median(self.values)

    @property
    def worst(self) -> float:
        return max(self.values)

    @property
    def ratio(self) -> float:
        """Median of value/floor over the pairs."""
        return statistics.median(v / f for v, f in zip(self.values, self.floors, strict=True))


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def paired(floor: Callable[[], float], program: Callable[[], float], repeat: int, *, warm: bool = True) -> Pairs:
    """Run ``floor`` and ``program`` alternately ``repeat`` times each; both return one sample.

    One unrecorded run of each first: the first run after an install or a build is not the question.
    """
    if warm:
        floor()
        program()
    pairs = Pairs()
    for _ in range(repeat):
        f = floor()
        pairs.add(f, program())
    return pairs


@dataclass(frozen=True)
class Child:
    """One child process: wall time (to the line awaited, if any) and its own peak resident memory."""

    seconds: float
    peak_rss_mib: float


def run_child(cmd: list[str], *, env: dict[str, str] | None = None, until: str | None = None,
              stdin: str = "") -> Child:
    """Run ``cmd`` through ``child.py``; with ``until``, time it to the first output line starting so.

    The peak RSS is ``ru_maxrss`` from ``wait4`` on that very process (see child.py for why not here).
    """
    launcher = [sys.executable, str(HERE / "child.py"), *(["--until", until] if until else []), "--", *cmd]
    done = subprocess.run(launcher, input=stdin, capture_output=True, text=True, env=env, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["exit"] != 0 or result["seconds"] is None:
        raise RuntimeError(f"{' '.join(cmd)} failed (exit {result['exit']}, "
                           f"{'never printed ' + repr(until) if until else ''}):\n{result['output']}{result['errors']}")
    return Child(seconds=result["seconds"], peak_rss_mib=result["peak_rss_kib"] / 1024)


def paired_children(floor: list[str], program: list[str], repeat: int, **kwargs) -> tuple[Pairs, Pairs]:
    """Floor and program processes alternately: (time pairs, peak-memory pairs)."""
    run_child(floor, **kwargs)
    run_child(program, **kwargs)
    times, memory = Pairs(), Pairs()
    for _ in range(repeat):
        f = run_child(floor, **kwargs)
        p = run_child(program, **kwargs)
        times.add(f.seconds, p.seconds)
        memory.add(f.peak_rss_mib, p.peak_rss_mib)
    return times, memory


HEADER = f"{'measure':<64} {'value':>10} {'floor':>10} {'ratio':>7}  {'goal':<24} met"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def row(name: str, value: str, floor: str = "", ratio: float | None = None, goal: str = "",
        met: bool | None = None) -> None:
    """One line of the table; ``met`` None when the line has no goal of its own."""
    ratio_text = f"{ratio:.2f}×" if ratio is not None else ""
    verdict = {True: "yes", False: "NO", None: ""}[met]
    print(f"{name:<64} {value:>10} {floor:>10} {ratio_text:>7}  {goal:<24} {verdict}", flush=True)


def note(text: str) -> None:
    """A line under the table's rows that is not a measure (what was built, how long it took)."""
    print(f"  # {text}", flush=True)
