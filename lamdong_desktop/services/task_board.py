"""The task board's pages: the tasks a reader sees, in any of the board's orders, a page at a time.

The orders are kept in SQL (``storage/task_order``: Vietnamese sort keys stored per task), so a page costs the same
at the top of 100,000 tasks as at the bottom, and sorting never reads the whole list. Visibility as in
``task_views.list_tasks``: an official sees the tasks he is on, the head and the leaders the unit's.
"""

from __future__ import annotations

from dataclasses import dataclass

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.storage import task_order
from lamdong_desktop.storage.task_order import ORDERS as ORDERS
from lamdong_desktop.storage.task_order import Cursor as Cursor

from .context import AppContext
from .task_views import Filters, TaskSummary, count_tasks, summary_of, visibility

# Below this many rows SQLite finds them by the filters and sorts them; above, it walks the order's index.
WALK_FROM = 5_000


@dataclass(frozen=True)
class Page:
    tasks: list[TaskSummary]
    end: Cursor | None  # pass as ``after`` for the next page; None: nothing more


def prepare(ctx: AppContext) -> int:
    """Give keys to tasks written behind the services' back (a bulk load); cheap when there are none."""
    return task_order.fill(ctx.db, ctx.unit_code)


def board_page(ctx: AppContext, filters: Filters | None = None, *, actor: Actor, order: str = "due",
               descending: bool = False, after: Cursor | None = None, limit: int = 200,
               total: int | None = None) -> Page:
    """One page of the board in ``order`` (a key of ``ORDERS``), after the page that ended at ``after``.
    ``total``: how many rows the filters keep, if known (it chooses how SQLite reads)."""
    if order not in ORDERS:
        raise ValueError(order)
    chosen = filters or Filters()
    if total is None:
        total = count_tasks(ctx, chosen, actor=actor)
    rows, end = task_order.page(ctx.db, ctx.unit_code, chosen, visibility=visibility(ctx, actor), order=order,
                                descending=descending, after=after, limit=limit, walk_order=total >= WALK_FROM)
    return Page([summary_of(r) for r in rows], end if len(rows) == limit else None)


__all__ = ["ORDERS", "Cursor", "Page", "board_page", "prepare"]
