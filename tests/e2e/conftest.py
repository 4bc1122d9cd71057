"""Every CLI test gets its own user data folders: ``lamdong demo`` never reaches the machine's real ones."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("LAMDONG_HOME", raising=False)
    monkeypatch.delenv("LAMDONG_PASSWORD", raising=False)
    return tmp_path / "xdg"
