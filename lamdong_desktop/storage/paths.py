"""Where a data folder lives and what it holds."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from lamdong_desktop.domain.errors import DomainError

APP_DIR_NAME = "lamdong-desktop"
ENV_HOME = "LAMDONG_HOME"
PRIVATE_DIR_MODE = 0o700  # personnel records: the data folder is its owner's alone
PRIVATE_FILE_MODE = 0o600


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

    @property
    def trust(self) -> Path:
        """Root certificates (CA) trusted for digital signatures, put there by the user (.cer, .crt, .pem, .der:
        the government CA's root, say). Never created by the program: without it no chain of trust is checked."""
        return self.root / "trust"

    def database_files(self) -> list[Path]:
        """``lamdong.db`` and its siblings (``-wal``, ``-shm``, ``-journal``…) present in the folder."""
        return sorted(self.root.glob(self.database.name + "*"))

    def ensure(self) -> None:
        """Create the folder and its subfolders, readable by their owner only (0700).

        A folder that cannot be used is named: a file where the attachments folder should be, or a
        folder this account may not write, raises ``attachments_unwritable`` / ``data_dir_unwritable``
        before anything is written.
        """
        try:
            if not self.root.is_dir():
                self.root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
                self.root.chmod(PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
            if not os.access(self.root, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self.root))
        except OSError as exc:
            raise DomainError("data_dir_unwritable", path=str(self.root), detail=exc) from exc
        for folder in (self.attachments, self.backups, self.logs):
            try:
                if not folder.is_dir():
                    folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
                if not os.access(folder, os.W_OK | os.X_OK):
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
            except OSError as exc:
                code = "attachments_unwritable" if folder == self.attachments else "data_dir_unwritable"
                raise DomainError(code, path=str(folder), detail=exc) from exc
