"""What the proposal window's mixins (form, criteria, validation) take from ``ProposalWindow`` and from
one another, declared for the type checker.

The mixins are only ever mixed into ``ProposalWindow``, a ``QWidget``; each uses widgets that the window
or another mixin builds. The annotations here hold no values, so they create nothing at run time: there
the base is plain ``object`` and the window's own ``QWidget`` methods (``tr``, ``style``…) stay first in
line. Only the type checker sees the base as a ``QWidget`` with the methods the mixins call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import (
        QButtonGroup,
        QLabel,
        QPlainTextEdit,
        QRadioButton,
        QTableWidget,
        QTabWidget,
        QTreeWidget,
        QTreeWidgetItem,
        QWidget,
    )

    from lamdong_desktop.domain.accounts import Actor
    from lamdong_desktop.domain.proposals import Criterion, MissingItem, ProposalContent, Section
    from lamdong_desktop.services.context import AppContext
    from lamdong_desktop.ui.proposals.indicators import IndicatorsTab

    _WindowBase = QWidget
else:
    _WindowBase = object


class ProposalWindowParts(_WindowBase):
    """The attributes and methods of a ``ProposalWindow`` that its mixins rely on."""

    # Set by ProposalWindow.
    ctx: AppContext
    actor: Actor
    editable: bool
    missing: list[MissingItem]
    validation_timer: QTimer
    tabs: QTabWidget
    content_tab: QWidget
    indicators_tab: IndicatorsTab
    indicator_table: QTableWidget
    indicator_note: QLabel
    criteria_tab: QWidget
    missing_line: QLabel

    # Built by ProposalFormMixin (the content tab).
    pages_tree: QTreeWidget
    general_item: QTreeWidgetItem
    general_labels: dict[str, QLabel]
    section_items: dict[Section, QTreeWidgetItem]
    section_titles: dict[Section, QLabel]

    # Built by CriteriaTabMixin (the criteria tab).
    criterion_met: dict[Criterion, QRadioButton]
    criterion_not_met: dict[Criterion, QRadioButton]
    criterion_groups: dict[Criterion, QButtonGroup]
    criterion_text: dict[Criterion, QPlainTextEdit]
    criterion_notes: dict[Criterion, QLabel]
    no_conflict: QRadioButton
    has_conflict: QRadioButton
    conflict_group: QButtonGroup
    conflict_details: QPlainTextEdit
    conflict_note: QLabel

    if TYPE_CHECKING:
        # Defined by ProposalWindow.
        def _changed(self) -> None: ...

        # Defined by ProposalFormMixin.
        def _warning_icon(self) -> QIcon: ...
        def _missing_note(self) -> QLabel: ...
        def content(self) -> ProposalContent: ...
        def date_problems(self) -> list[str]: ...
