"""Tasks for the board and task window tests, the clock pinned to a Friday of November 2026."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from lamdong_desktop.services import accounts, tasks
from lamdong_desktop.services.context import open_app
from lamdong_desktop.storage.paths import DataPaths

from ..services.meeting_support import at

TODAY = date(2026, 11, 20)


@pytest.fixture
def pinned_today():
    with at(TODAY, 10):
        yield TODAY


def sign(ctx, username):
    return accounts.sign_in(ctx, username=username, password="demo")


def give(ctx, by, title, lead, *, day=date(2026, 11, 2), **kw):
    if "due" not in kw:
        kw.setdefault("working_days", 10)
    return tasks.add_task(ctx, actor=by, title=title, lead=lead, assigned_on=day, **kw).value


def count(ctx, table, where="1"):
    return ctx.db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


@pytest.fixture(scope="module")
def office_template(tmp_path_factory):
    """The demo's people and accounts without its proposals and its year of tasks: the board holds only the tasks
    each test gives."""
    from lamdong_desktop.services.demo import create_demo

    root = tmp_path_factory.mktemp("board-office") / "data"
    ctx, _head = create_demo(DataPaths(root), proposals=False)
    ctx.close()
    return root


@pytest.fixture(name="demo_ctx")
def office_ctx(tmp_path, office_template):
    """In place of the whole demo (imported as a test module's ``demo_ctx``)."""
    copy = tmp_path / "office"
    shutil.copytree(office_template, copy)
    ctx = open_app(DataPaths(copy))
    yield ctx
    ctx.close()
