"""Offering back the work of an editor that did not close cleanly (crash, kill, power cut).

At start-up :func:`offer_recovery` lists the journals no running editor holds; for each
unsaved document the user chooses Recover (open it, modified, to look at, save or discard),
Discard (delete the journal) or Later (ask again at the next start).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io import ChartLoadError
from orgeditor.io.journal import JournalInfo, find_journals, replay
from orgeditor.model import Chart
from orgeditor.ui.file_watch import NoticeBar
from orgeditor.ui.i18n import plural, translate

__all__ = ["RECOVER", "Recovered", "RecoveredBar", "RecoveryDialog", "offer_recovery"]

RECOVER, DISCARD = "recover", "discard"

#: What the recovery dialog says (in English; shown translated).
EXPLANATION: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "RecoveryDialog",
    "The editor did not close properly last time. These documents had edits that were not "
    "saved.\n\nRecover opens a document as it was after its last edit, so you can look at it "
    "and save it (or save it elsewhere). Discard throws those edits away. Later asks again "
    "at the next start.\n\nThe edits come back, but not their undo history.",
)


@dataclass(frozen=True, slots=True)
class Recovered:
    """A chart rebuilt from a journal, and where it came from."""

    chart: Chart
    info: JournalInfo


class RecoveredBar(NoticeBar):
    """Above a recovered document: what it is, and Save / Save As… / Discard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "recoveredBar",
            [
                ("saveRecovered", self.tr("Save")),
                ("saveRecoveredAs", self.tr("Save As…")),
                ("discardRecovered", self.tr("Discard…")),
            ],
            parent,
        )

    def show_for(self, edits: int, document: Path | None) -> None:
        if document is not None:
            text = self.tr(
                "Recovered %n unsaved edit(s) of “{file}” after the editor stopped unexpectedly. "
                "Look it over, then save it (Save overwrites the file; Save As keeps both) or discard "
                "the recovered edits. Undo history was not recovered.",
                "",
                edits,
            ).format(file=document.name)
        else:
            text = self.tr(
                "Recovered %n unsaved edit(s) of a document never saved after the editor stopped "
                "unexpectedly. Look it over, then save it (Save overwrites the file; Save As keeps "
                "both) or discard the recovered edits. Undo history was not recovered.",
                "",
                edits,
            )
        self.label.setText(plural(text, edits))
        self.buttons["saveRecovered"].setEnabled(document is not None)
        self.show()


def _when(stamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


class RecoveryDialog(QDialog):
    """The list of unsaved documents with Recover / Discard / Later."""

    def __init__(self, journals: Sequence[JournalInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.journals = list(journals)
        self.decisions: dict[Path, str] = {}
        text = QLabel(self.tr(EXPLANATION))
        text.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("recoveryList")
        self.tree.setHeaderLabels(
            [self.tr("Document"), self.tr("File"), self.tr("Edits"), self.tr("Last edit")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for info in self.journals:
            item = QTreeWidgetItem(
                [
                    info.title,
                    str(info.document) if info.document else self.tr("(never saved)"),
                    str(info.edits),
                    _when(info.modified),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(1, str(info.document or info.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            item.setSelected(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        buttons = QDialogButtonBox()
        self.recover_button = self._button(
            buttons, self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = self._button(
            buttons, self.tr("Discard…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = self._button(buttons, self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self.decide(RECOVER))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 380)

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = box.addButton(text, role)
        assert button is not None
        return button

    def selected(self) -> list[Path]:
        return [Path(str(item.data(0, Qt.ItemDataRole.UserRole))) for item in self.tree.selectedItems()]

    def decide(self, choice: str, paths: Sequence[Path] | None = None) -> None:
        """Record *choice* for *paths* (default: the selected rows); close when none is left."""
        chosen = set(self.selected() if paths is None else paths)
        for index in reversed(range(self.tree.topLevelItemCount())):
            item = self.tree.topLevelItem(index)
            path = Path(str(item.data(0, Qt.ItemDataRole.UserRole))) if item is not None else None
            if path in chosen:
                self.decisions[path] = choice
                self.tree.takeTopLevelItem(index)
        if self.tree.topLevelItemCount() == 0:
            self.accept()
        else:
            self.tree.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]

    def _discard(self) -> None:
        paths = self.selected()
        if not paths:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved work"),
            plural(
                self.tr(
                    "Throw away the unsaved edits of %n document(s)? This cannot be undone.", "", len(paths)
                ),
                len(paths),
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.decide(DISCARD, paths)


Ask = Callable[[RecoveryDialog], object]


def offer_recovery(folder: Path, parent: QWidget | None = None, ask: Ask | None = None) -> list[Recovered]:
    """Ask about every journal left in *folder*; returns the charts to reopen (newest first).

    Discarded journals are deleted; journals of recovered charts are left for the caller to
    delete once the chart is safe in a window (which starts a journal of its own). *ask* runs
    the dialog (default: modal ``exec``); tests pass their own.
    """
    journals = find_journals(folder)
    if not journals:
        return []
    dialog = RecoveryDialog(journals, parent)
    (ask or RecoveryDialog.exec)(dialog)
    recovered: list[Recovered] = []
    for info in journals:
        choice = dialog.decisions.get(info.path)
        if choice == DISCARD:
            info.path.unlink(missing_ok=True)
        elif choice == RECOVER:
            try:
                recovered.append(Recovered(replay(info.path), info))
            except (ChartLoadError, OSError, UnicodeDecodeError) as exc:
                QMessageBox.warning(
                    parent,
                    translate("Recovery", "Cannot recover"),
                    translate(
                        "Recovery",
                        "“{title}” could not be rebuilt from its journal; the journal is kept in {path}.",
                    ).format(title=info.title, path=info.path)
                    + f"\n\n{exc}",
                )
    dialog.deleteLater()
    return recovered
