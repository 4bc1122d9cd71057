"""The print preview of a record the unit keeps (an official's record, the yearly review): the one path both take."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.ui.shared import messages

F = TypeVar("F")


def show_printed(parent: QWidget, ctx: AppContext, actor: Actor, *, source: str, subject: str,
                 build: Callable[[], F], render: Callable[[F, Path], Any],
                 names: Callable[[F], tuple[str, str]]) -> QWidget | None:
    """Build the form here (``build`` reads the database), render it on a worker, show it to print or save.

    ``names`` gives the preview's title and the saved file's name from the form; each copy made is recorded as a
    printed copy of ``source``/``subject``. A refusal to build is told to the user, and None."""
    from lamdong_desktop.services import printing
    from lamdong_desktop.ui.shared.pdf_preview import PdfPreviewDialog, copy_recorder

    try:
        form = build()
    except DomainError as error:
        messages.show_error(parent, error)
        return None
    title, file_name = names(form)
    dialog = PdfPreviewDialog(functools.partial(render, form), title=title, file_name=file_name,
                              check_target=functools.partial(printing.check_print_target, ctx.paths.root),
                              record=copy_recorder(ctx, actor, source, subject, form), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog
