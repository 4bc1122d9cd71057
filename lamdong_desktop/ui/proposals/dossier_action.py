"""«In hồ sơ đề xuất…» of the proposal window: the whole dossier of the proposal (every document in order, the scans,
the list of documents with their SHA-256) built on a worker and saved where the user chooses.

The user picks the file first (a target inside the data folder is refused at once, as every print's is); then
``services.dossier_print.print_dossier`` runs in the background with a context of its own (``Operation``), telling
its progress document by document, with «Hủy»; the window stays usable. What it recorded (the dossier's print, a
copy of each document) is broadcast as any other change.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.services import dossier_print, proposals
from lamdong_desktop.services.changes import Changed
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.printing import check_print_target
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.operations import Operation


class DossierAction(QObject):
    """The button and what it runs; ``flash`` tells the window's quiet line what was saved."""

    flash = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, window: QWidget) -> None:
        super().__init__(window)  # its window is its parent: no reference of its own (it would outlive the window)
        self.ctx, self.actor = ctx, actor
        self.view: proposals.ProposalView | None = None
        self.operation: Operation[dossier_print.PrintedDossier] | None = None
        self.button = QPushButton(self.tr("In hồ sơ đề xuất…"))
        self.button.setToolTip(self.tr("Mọi văn bản của đề xuất theo thứ tự, kèm các bản chụp và danh mục mã SHA-256, "
                                       "trong một tệp PDF"))
        self.button.clicked.connect(self.start)
        self.button.setVisible(False)

    @property
    def window(self) -> QWidget:
        return cast(QWidget, self.parent())

    def load(self, view: proposals.ProposalView | None) -> None:
        """Offered for a saved proposal, to whoever reads it (the services decide what each reader's dossier holds)."""
        self.view = view
        self.button.setVisible(view is not None)

    def suggested_name(self) -> str:
        assert self.view is not None
        return self.tr("{ref} - Hồ sơ đề xuất.pdf").format(ref=self.view.proposal.ref)

    def choose_target(self) -> Path | None:
        """Where to save: asked with the system's dialog; a refused place (the data folder) is said and not taken."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Lưu hồ sơ đề xuất thành tệp PDF"),
                                                      str(Path(folder) / self.suggested_name()),
                                                      self.tr("Tệp PDF (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            return check_print_target(self.ctx.paths.root, target)
        except DomainError as error:
            messages.show_error(self.window, error, title=self.tr("Không lưu được hồ sơ"))
            return None

    def start(self) -> Operation[dossier_print.PrintedDossier] | None:
        """Ask where, then build and save the dossier on a worker (the result comes back on the GUI thread)."""
        if self.view is None or (self.operation is not None and not self.operation.done):
            return None
        target = self.choose_target()
        if target is None:
            return None
        actor, proposal_id = self.actor, self.view.proposal.id

        def build(ctx: AppContext) -> Changed[dossier_print.PrintedDossier]:
            return dossier_print.print_dossier(ctx, actor=actor, proposal_id=proposal_id, target=target,
                                               progress=operation.report, cancel=operation.token)

        operation: Operation[dossier_print.PrintedDossier] = Operation(self.window, build, ctx=self.ctx)
        operation.success(self._saved).failure(self._failed).finished(lambda: self.button.setEnabled(True))
        self.operation = operation
        self.button.setEnabled(False)
        return operation.run_in_background(
            label=self.tr("Đang in hồ sơ đề xuất {ref}…").format(ref=self.view.proposal.ref), cancellable=True)

    def _saved(self, made: dossier_print.PrintedDossier) -> None:
        self.flash.emit(self.tr("Đã lưu hồ sơ {ref} ({documents} tài liệu, {pages} trang) vào {path}.").format(
            ref=made.ref, documents=made.documents, pages=made.pages, path=made.path))

    def _failed(self, error: DomainError) -> None:
        messages.show_error(self.window, error, title=self.tr("Không in được hồ sơ"))
