"""Helpers shared by the proposal window tests."""

from __future__ import annotations

from lamdong_desktop.services.accounts import sign_in
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.proposals.editor import ProposalWindow
from lamdong_desktop.ui.proposals.list_view import ProposalsView

# Python references keep the windows a test opens alive until it ends (cleared by conftest).
KEPT: list[object] = []


def view_as(qtbot, ctx: AppContext, username: str) -> ProposalsView:
    """The proposal list as ``username`` (password "demo") sees it, shown."""
    view = ProposalsView(ctx, sign_in(ctx, username=username, password="demo"))
    qtbot.addWidget(view)
    view.show()
    KEPT.append(view)
    return view


def track(window: ProposalWindow | None) -> ProposalWindow:
    """A window the view opened: it belongs to the view (closed with it), deletes itself when closed."""
    assert window is not None
    KEPT.append(window)
    return window


def settle(qtbot) -> None:
    """Wait until every background operation (attaching, comparing versions) has delivered its result."""
    from lamdong_desktop.ui.shared import operations

    qtbot.waitUntil(lambda: not operations.running(), timeout=20_000)
