"""File ▸ Compare with revision…: pick HEAD, a branch or a commit of the chart's file in git,
and compare that version (A) with the chart being edited (B) in the compare window.

Read-only: git is only asked (:mod:`orgeditor.io.git_revision`), never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io import ChartLoadError
from orgeditor.io.git_revision import GitRevisionError, Revision, list_revisions, load_revision
from orgeditor.model import Chart
from orgeditor.ui.i18n import translate

__all__ = ["RevisionDialog", "choose_revision", "compare_with_revision"]


class RevisionDialog(QDialog):
    """The revisions of one file, HEAD and branches first; :meth:`chosen` after OK."""

    def __init__(self, revisions: Sequence[Revision], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with revision"))
        self.revisions = list(revisions)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Compare {file} as it is now with the version in:").format(file=file_name), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Revision"), self.tr("Date"), self.tr("Author"), self.tr("Subject")]
        )
        self.tree.setAlternatingRowColors(True)
        for revision in self.revisions:
            name = revision.short if revision.kind == "commit" else f"{revision.rev} ({revision.short})"
            item = QTreeWidgetItem([name, revision.date, revision.author, revision.subject])
            if revision.kind != "commit":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            item.setToolTip(3, revision.subject)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.tree.setMinimumSize(640, 320)
        layout.addWidget(self.tree)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.revisions:
            self.select(self.revisions[0].rev)
        self.tree.currentItemChanged.connect(self._update)
        self._update()

    def _update(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    def chosen(self) -> Revision | None:
        """The selected revision, or None."""
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.revisions[self.tree.indexOfTopLevelItem(item)]

    def select(self, rev: str) -> None:
        """Select the first revision whose ``rev`` is *rev*."""
        for index, revision in enumerate(self.revisions):
            item = self.tree.topLevelItem(index)
            if revision.rev == rev and item is not None:
                self.tree.setCurrentItem(item)
                return


def choose_revision(parent: QWidget | None, path: str | Path) -> Revision | None:
    """Ask which revision of the file at *path* to use; None when cancelled or when git has
    none (the reason is shown)."""
    title = translate("RevisionDialog", "Compare with revision")
    try:
        revisions = list_revisions(path)
    except GitRevisionError as exc:
        QMessageBox.warning(
            parent,
            title,
            translate("RevisionDialog", "Cannot list the revisions: {reason}.").format(reason=exc),
        )
        return None
    if not revisions:
        QMessageBox.information(
            parent, title, translate("RevisionDialog", "The repository has no commit yet.")
        )
        return None
    dialog = RevisionDialog(revisions, Path(path).name, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


def compare_with_revision(parent: QWidget | None, path: str | Path | None, chart: Chart) -> None:
    """Ask for a revision of the file at *path* and open the compare window: that revision
    (A) against *chart* as it is being edited (B). Problems are shown, never raised."""
    from orgeditor.ui.compare import open_compare_window  # noqa: PLC0415 - keep start-up light

    title = translate("RevisionDialog", "Compare with revision")
    if path is None:
        QMessageBox.information(
            parent, title, translate("RevisionDialog", "Save the chart in a git repository first.")
        )
        return
    revision = choose_revision(parent, path)
    if revision is None:
        return
    try:
        old = load_revision(path, revision)
    except GitRevisionError as exc:
        QMessageBox.warning(
            parent,
            title,
            translate("RevisionDialog", "Cannot read that version: {reason}.").format(reason=exc),
        )
        return
    except ChartLoadError as exc:
        QMessageBox.warning(
            parent, title, translate("RevisionDialog", "That version does not load:") + f"\n\n{exc}"
        )
        return
    name = Path(path).name
    open_compare_window(
        parent,
        old,
        chart,
        translate("RevisionDialog", "{file} at {revision}").format(file=name, revision=revision.label),
        translate("RevisionDialog", "{file} now").format(file=name),
    )
