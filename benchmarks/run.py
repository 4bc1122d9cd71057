"""Performance targets of lamdong-desktop, in one table, each against a floor measured in the same run.

    python benchmarks/run.py [--quick] [--repeat N] [--proposals N]

Every line pairs the program with its floor run alternately (floor, program, floor, program …) and its ratio
is the median of the per-pair ratios. The proposal corpora (a quarter of --proposals and --proposals, built
through the lifecycle) are cached under benchmarks/.cache/; the first run builds them (about 9 minutes for
20,000 on the 2-core development machine), later runs reuse them until the code that builds them changes.
Nothing here asserts: the "met" column is read by people. --quick: 2,000 proposals, 3 repeats.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BIN = Path(sys.executable).parent

from corpus import seed_words  # noqa: E402
from measure import HEADER, Pairs, ms, note, paired_children, row, run_child  # noqa: E402

STARTUP_GOAL, STARTUP_RATIO = 1.5, 3.0
DEMO_GOAL = 2.0


def bench_cli(repeat: int) -> None:
    times, _ = paired_children([sys.executable, "-c", "pass"], [str(BIN / "lamdong"), "--version"], repeat)
    row("lamdong --version", ms(times.value), ms(times.floor), times.ratio, "≤ 300 ms", times.value <= 0.3)


def bench_gui(repeat: int) -> None:
    """Cold start to the first painted window, and the peak memory at that moment, against a bare window."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LAMDONG_EXIT_AFTER_FIRST_PAINT"] = "1"
    with tempfile.TemporaryDirectory(prefix="lamdong-bench-") as tmp:
        data = Path(tmp) / "demo"
        run_child([str(BIN / "lamdong"), "--data-dir", str(data), "demo"])
        times, memory = paired_children(
            [sys.executable, str(HERE / "bare_window.py")],
            [sys.executable, "-m", "lamdong_desktop", "--demo", "--data-dir", str(data)],
            repeat, env=env, until="first-paint")
    row("lamdong-desktop --demo to first painted window", ms(times.value), ms(times.floor), times.ratio,
        f"≤ {STARTUP_GOAL * 1000:.0f} ms and ≤ {STARTUP_RATIO:.0f}×",
        times.value <= STARTUP_GOAL and times.ratio <= STARTUP_RATIO)
    row("GUI peak memory at first paint (demo)", f"{memory.value:.0f} MiB", f"{memory.floor:.0f} MiB",
        memory.ratio, "")


def bench_demo(repeat: int) -> None:
    """``lamdong demo`` into a fresh folder each time, against ``lamdong --version`` (the CLI's start)."""
    pairs = Pairs()
    with tempfile.TemporaryDirectory(prefix="lamdong-bench-") as tmp:
        for i in range(repeat + 1):
            floor = run_child([str(BIN / "lamdong"), "--version"])
            value = run_child([str(BIN / "lamdong"), "--data-dir", str(Path(tmp) / str(i)), "demo"])
            shutil.rmtree(Path(tmp) / str(i))
            if i:  # the first pair warms the file cache
                pairs.add(floor.seconds, value.seconds)
    row("lamdong demo (30 proposals, 25 printed minutes, 8 meetings, 11 implementations)", ms(pairs.value),
        ms(pairs.floor), pairs.ratio, f"≤ {DEMO_GOAL:.0f} s", pairs.value <= DEMO_GOAL)


def compile_bytecode() -> None:
    """Byte-compile the program as an installation does (pip compiles what it installs; PyInstaller ships .pyc).

    In a source checkout with PYTHONDONTWRITEBYTECODE set (as on the development machine) every start would
    otherwise compile each of the program's modules again, 30-40 ms before the first window that no user pays,
    while the floors' libraries come compiled from site-packages. Stale files are recompiled, so the
    measures always run the code as it is.
    """
    import compileall

    import lamdong_desktop

    compileall.compile_dir(Path(lamdong_desktop.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2,000 proposals and 3 repeats")
    parser.add_argument("--repeat", type=int, default=None, help="pairs per measure (default 7, --quick 3)")
    parser.add_argument("--proposals", type=int, default=None,
                        help="largest corpus (default 20,000, --quick 2,000; 0 skips the proposal lines)")
    args = parser.parse_args()
    repeat = args.repeat or (3 if args.quick else 7)
    count = args.proposals if args.proposals is not None else (2_000 if args.quick else 20_000)
    seed_words()  # stop now, not after minutes of measuring, if the corpus cannot be built
    compile_bytecode()
    start = time.perf_counter()
    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores; "
          f"{repeat} pairs per line unless noted; ratio = median of per-pair ratios; "
          "program byte-compiled as installed")
    print(HEADER)
    from calendar_bench import bench_calendar
    from diff_bench import bench_diff
    from documents_bench import bench_documents
    from dossier_bench import bench_dossier
    from export_bench import bench_export
    from kpi_bench import bench_kpi
    from proposals_bench import bench_proposals
    from queue_bench import bench_queue

    bench_cli(repeat)
    bench_gui(repeat)
    bench_demo(max(2, repeat // 2))
    bench_documents(max(repeat, 15))
    bench_dossier(repeat)
    bench_diff(max(repeat, 15))
    bench_queue(2_000 if not args.quick else 500, repeat)
    bench_kpi(100_000 if not args.quick else 10_000, max(repeat, 9))
    bench_calendar(100_000 if not args.quick else 10_000, max(repeat, 9))
    bench_export(100_000 if not args.quick else 10_000, 3)  # about 35 s a pair at 100,000
    if count:
        bench_proposals(count, max(repeat, 25) if not args.quick else 5)
    note(f"whole run {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
