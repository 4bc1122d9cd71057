"""Run one command and print its wall time and peak memory as JSON (standard library only).

    python benchmarks/child.py [--until WORD] -- COMMAND …

Why a separate small process: Linux counts in a child's ``ru_maxrss`` the memory of the process it was
forked from until it calls exec, so a child of the benchmark process (which holds sqlite-utils, a corpus,
reportlab …) would report at least that much. Forked from this small interpreter instead, a child's peak is
its own. ``--until WORD`` times the command to the first line of its output starting with WORD.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--until")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    stdin = sys.stdin.read()
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    elapsed = None
    output = []
    for line in proc.stdout:
        output.append(line)
        if args.until and elapsed is None and line.startswith(args.until):
            elapsed = time.perf_counter() - start
    errors = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if elapsed is None and not args.until:
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps({"seconds": elapsed, "peak_rss_kib": usage.ru_maxrss, "exit": proc.returncode,
                      "output": "".join(output)[-2000:], "errors": errors[-2000:]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
