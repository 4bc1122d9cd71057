"""Fixtures shared by every level: each test gets its own data folder."""

from __future__ import annotations

import pytest

from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.storage.paths import DataPaths

from .softhsm_support import on_token, softhsm_token  # noqa: F401 - one SoftHSM2 token for every module


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """In-process tests hash with a cheap argon2id; production parameters stay in code (test_passwords checks
    them), and subprocess tests (e2e) use them as shipped."""
    from argon2 import PasswordHasher

    from lamdong_desktop.domain import passwords

    patch = pytest.MonkeyPatch()
    patch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield
    patch.undo()


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def commune(data_paths):
    """A freshly initialised Xã Di Linh with one administrator (password ``matkhau1``)."""
    ctx, admin = initialize(
        data_paths, mode="commune", unit="Xã Di Linh", admin_username="admin", admin_password="matkhau1"
    )
    yield ctx, admin
    ctx.close()


@pytest.fixture
def demo(data_paths) -> tuple[AppContext, object]:
    """The demo commune (staff, party organisations, an account per role) without its demo proposals."""
    ctx, head = create_demo(data_paths, proposals=False)
    yield ctx, head
    ctx.close()
