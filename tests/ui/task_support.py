"""Tasks for the board and task window tests, the clock pinned to a Friday of November 2026."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.services import accounts, tasks

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
