"""Where a data folder lives and what it holds."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "lamdong-desktop"
ENV_HOME = "LAMDONG_HOME"


def default_data_dir() -> Path:
    """The per-user data folder: ``--data-dir`` and ``LAMDONG_HOME`` override it."""
    return user_data_path(APP_DIR_NAME, appauthor=False)


def demo_data_dir() -> Path:
    """The folder ``lamdong-desktop --demo`` uses when no other is given: never the real data."""
    return user_data_path(APP_DIR_NAME, appauthor=False).with_name(APP_DIR_NAME + "-demo")


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "lamdong.db"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        for folder in (self.root, self.attachments, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
