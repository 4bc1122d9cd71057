"""Performance targets of lamdong-desktop, printed as ratios against floors measured in the same run.

    python benchmarks/run.py [--repeat N] [--proposals N]

Nothing here asserts: the numbers are read by people, next to the floor of the same machine and moment.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def _timed(cmd: list[str], *, env: dict[str, str] | None = None, until: str | None = None) -> float:
    """Wall time of ``cmd``; with ``until``, the time until it prints a line starting with that word."""
    start = time.perf_counter()
    if until is None:
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        return time.perf_counter() - start
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(until):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    proc.wait()
    raise RuntimeError(f"{cmd[0]} never printed {until!r} (exit {proc.returncode})")


def _median(cmd: list[str], repeat: int, **kwargs) -> float:
    _timed(cmd, **kwargs)  # warm the file cache once: the first run after install is not the question
    return statistics.median(_timed(cmd, **kwargs) for _ in range(repeat))


def _report(name: str, value: float, floor: float, goal: str) -> None:
    print(f"{name:<46} {value * 1000:8.0f} ms   floor {floor * 1000:6.0f} ms   ratio {value / floor:5.2f}×   "
          f"goal {goal}")


def bench_cli(repeat: int) -> None:
    floor = _median([sys.executable, "-c", "pass"], repeat)
    value = _median([str(BIN / "lamdong"), "--version"], repeat)
    _report("lamdong --version", value, floor, "≤ 300 ms")


def bench_gui(repeat: int) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LAMDONG_EXIT_AFTER_FIRST_PAINT"] = "1"
    data = Path(tempfile.mkdtemp(prefix="lamdong-bench-"))
    try:
        subprocess.run([str(BIN / "lamdong"), "--data-dir", str(data / "demo"), "demo"], check=True,
                       capture_output=True)
        floor = _median([sys.executable, str(HERE / "bare_window.py")], repeat, env=env, until="first-paint")
        app = [sys.executable, "-m", "lamdong_desktop", "--demo", "--data-dir", str(data / "demo")]
        value = _median(app, repeat, env=env, until="first-paint")
        _report("lamdong-desktop --demo to first painted window", value, floor, "≤ 1500 ms and ≤ 3×")
    finally:
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--proposals", type=int, default=20_000, help="proposals to generate (0 skips them)")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeat} runs")
    bench_cli(args.repeat)
    bench_gui(args.repeat)
    sys.path.insert(0, str(HERE))
    from documents_bench import bench_documents
    from proposals_bench import bench_proposals

    bench_documents(max(args.repeat, 15))
    if args.proposals:
        bench_proposals(args.proposals, max(args.repeat, 25))
    return 0


if __name__ == "__main__":
    sys.exit(main())
