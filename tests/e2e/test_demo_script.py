"""``scripts/demo.sh`` checks for a display before installing anything (a copy with a stand-in install.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "demo.sh"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("bash"),
                                reason="the display check is for Linux")


@pytest.fixture
def checkout(tmp_path) -> Path:
    """scripts/demo.sh beside an install.sh that only leaves a mark: nothing is really installed."""
    scripts = tmp_path / "repo" / "scripts"
    scripts.mkdir(parents=True)
    shutil.copy(SCRIPT, scripts / "demo.sh")
    (scripts / "install.sh").write_text('touch "$(dirname "$0")/../installed"\nexit 3\n', "utf-8")
    return tmp_path / "repo"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


def test_without_a_display_it_says_so_and_installs_nothing(checkout):
    result = subprocess.run(["bash", str(checkout / "scripts" / "demo.sh")], capture_output=True, text=True,
                            timeout=60, env=_env())
    assert result.returncode == 1
    assert "không tìm thấy màn hình" in result.stderr and "xvfb-run bash scripts/demo.sh" in result.stderr
    assert not (checkout / "installed").exists()


@pytest.mark.parametrize("extra", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                   {"QT_QPA_PLATFORM": "offscreen"}])
def test_with_a_display_or_offscreen_it_goes_on_to_install(checkout, extra):
    result = subprocess.run(["bash", str(checkout / "scripts" / "demo.sh")], capture_output=True, text=True,
                            timeout=60, env=_env(**extra))
    assert (checkout / "installed").exists()  # the check let it through to the (stand-in) installer
    assert result.returncode == 3 and "không tìm thấy màn hình" not in result.stderr
