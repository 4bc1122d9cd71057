"""``lamdong demo`` killed at any moment leaves nothing or the whole demo, and can then run again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from lamdong_desktop.services.context import is_initialized, open_app
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def _demo(root) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "lamdong_desktop.cli", "--data-dir", str(root), "demo"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _complete(paths: DataPaths) -> dict:
    ctx = open_app(paths)
    try:
        report = verify_all(ctx)
        return {"ok": report.ok, "proposals": ctx.db["proposals"].count,
                "accounts": ctx.db["accounts"].count, "attachments": ctx.db["attachments"].count}
    finally:
        ctx.close()


def test_a_demo_killed_at_any_moment_leaves_nothing_or_everything(tmp_path):
    reference = DataPaths(tmp_path / "reference")
    started = time.monotonic()
    proc = _demo(reference.root)
    _out, err = proc.communicate(timeout=600)
    duration = time.monotonic() - started
    assert proc.returncode == 0, err
    whole = _complete(reference)
    assert whole["ok"] and whole["proposals"] == 30 and whole["accounts"] == 6 and whole["attachments"] > 0

    outcomes = []
    # Moments spread over a whole run, measured just now (start-up, init, accounts, proposals, the move).
    for n, fraction in enumerate((0.05, 0.25, 0.45, 0.65, 0.85, 0.97)):
        paths = DataPaths(tmp_path / f"kill-{n}")
        if n % 2:
            paths.root.mkdir()  # an empty folder, as the program's demo folder may be
        proc = _demo(paths.root)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        if is_initialized(paths):
            outcomes.append("complete")
            assert _complete(paths) == whole
        else:
            outcomes.append("nothing")
            assert not paths.database.exists()
            assert not paths.attachments.exists() or not any(paths.attachments.iterdir())
            again = _demo(paths.root)
            _out, err = again.communicate(timeout=600)
            assert again.returncode == 0, err
            assert _complete(paths) == whole
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
        assert leftovers == [], leftovers  # the next run removed what the killed one left
    assert "nothing" in outcomes, outcomes  # the kills really interrupted runs
