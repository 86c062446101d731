"""The open document: its chart and file, undo history, live findings, edit journal and file watch.

A :class:`Document` is what the window shows and what every dock, dialog and menu works on; it
holds no widget. Edits go through :meth:`Document.push` (or the :attr:`Document.editor`'s
gestures); what they changed comes back as :attr:`Document.changed`. Opening, saving and
reverting raise on failure and leave the document as it was; the window's
:class:`~orgeditor.ui.documents.Documents` asks the user and shows those errors.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from orgeditor.io import load_chart, save_chart
from orgeditor.io.atomic import describe_os_error
from orgeditor.model import Chart, ChartChange
from orgeditor.rules.engine import LiveChecker
from orgeditor.rules.findings import Finding
from orgeditor.ui.editing import Editor
from orgeditor.ui.file_watch import FileWatch
from orgeditor.ui.journaling import JournalKeeper

__all__ = ["UNTITLED", "Document", "SaveError"]

UNTITLED = "Untitled chart"


class SaveError(Exception):
    """The chart was not written; *severe* is False when nothing was tried (nothing to save)."""

    def __init__(self, message: str, *, severe: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.severe = severe


class Document(QObject):
    """One chart being edited, and everything that follows it.

    Signals: :attr:`changed` (the chart's changes of one notification, after the model applied
    them), :attr:`replaced` (another chart is now the document: new, open, revert, import,
    recovery), :attr:`findings_changed`, :attr:`path_changed`, :attr:`modified_changed`,
    :attr:`saved`, :attr:`error` (an edit was refused) and :attr:`problem` (a warning that is not
    about an edit, such as a journal that cannot be written).
    """

    changed = Signal(object)
    replaced = Signal(object)
    findings_changed = Signal()
    path_changed = Signal(object)
    modified_changed = Signal(bool)
    saved = Signal(object)
    error = Signal(str)
    problem = Signal(str)

    def __init__(
        self, chart: Chart | None = None, *, journal_folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        """*journal_folder*: where edit journals go (default: the user's data folder)."""
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        # a method, not a lambda: Qt drops the connection when the document goes, so the stack
        # (deleted with it) cannot emit into a deleted signal source on the way out
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.journal = JournalKeeper(self, journal_folder, parent=self)
        self.file_watch = FileWatch(parent=self)
        self.editor = Editor(self)
        #: the window the document's questions (:meth:`choose_option`) are asked over
        self.dialog_parent: QWidget | None = None
        self.last_error = ""
        self.check_message = ""
        #: counts the changes of :attr:`findings`: unchanged, they are as when last read
        self.findings_version = 0
        self.chart = chart or Chart(title=UNTITLED)
        self._checker: LiveChecker | None = None
        self._follow(self.chart)

    # ------------------------------------------------------------------ state

    @property
    def path(self) -> Path | None:
        """The file the document was opened from or last saved to."""
        return self.chart.path

    @property
    def modified(self) -> bool:
        """True when the document has edits that are not in its file."""
        return not self.undo_stack.isClean()

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def set_modified(self) -> None:
        """Count the document as modified until it is saved (e.g. a file kept over the one on disk)."""
        self.undo_stack.resetClean()

    @property
    def findings(self) -> list[Finding]:
        """The rule findings for the chart as it is now (kept current edit by edit)."""
        return list(self._checker.findings) if self._checker is not None else []

    def display_name(self) -> str:
        path = self.chart.path
        return path.name if path else self.tr("Untitled")

    # ---------------------------------------------------------------- editing

    def push(self, command: QUndoCommand) -> bool:
        """Run *command* as one undoable edit; False (and :attr:`error`) when the model refused it."""
        return self.editor.push(command)

    def report_error(self, message: str) -> None:
        """An edit was refused: say why through :attr:`error`."""
        self.last_error = message
        self.error.emit(message)

    def report_problem(self, message: str) -> None:
        """Something that is not an edit went wrong (journal, watch): warn through :attr:`problem`."""
        self.problem.emit(message)

    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None:
        """Let the user pick one of *options*; returns its index or None when cancelled."""
        choice, ok = QInputDialog.getItem(self.dialog_parent, title, label, list(options), 0, False)
        if not ok:
            return None
        return list(options).index(choice)

    # ------------------------------------------------------------------ files

    def set_chart(self, chart: Chart) -> None:
        """Make *chart* the document: clean, with an empty history (new, open, revert)."""
        self._unfollow()
        self.chart = chart
        self.undo_stack.clear()
        self._follow(chart)
        self.undo_stack.setClean()
        self.replaced.emit(chart)
        self._findings_changed()
        self.path_changed.emit(chart.path)
        self.modified_changed.emit(False)

    def adopt_unsaved(self, chart: Chart, *, edits: int = 0) -> None:
        """Make *chart* the document, modified and journalled at once: an import, or a chart
        rebuilt from a journal (*edits*: the unsaved edits it holds). No undo history."""
        self.set_chart(chart)
        self.set_modified()
        self.journal.start(edits=edits)

    def open(self, path: Path) -> None:
        """Open *path* as the document; raises ChartLoadError or OSError (then nothing changed)."""
        self.set_chart(load_chart(path))

    def revert(self) -> bool:
        """Load the document's file again, dropping unsaved edits; False when it has no file.
        Raises ChartLoadError or OSError (then nothing changed)."""
        if self.chart.path is None:
            return False
        self.open(self.chart.path)
        return True

    def keep_mine(self) -> None:
        """The file changed on disk but ours is kept: it counts as modified until saved."""
        self.file_watch.remember()
        self.set_modified()

    def save(self) -> None:
        """Write the chart to its own file; raises :class:`SaveError` (also when it has none)."""
        if self.chart.path is None:
            raise SaveError(self.tr("The chart has no file yet: save it as a new file."), severe=False)
        self.save_as(self.chart.path)

    def save_as(self, path: Path) -> None:
        """Write the chart to *path* atomically and make that its file. On failure raise
        :class:`SaveError`: the document stays open, modified and unchanged."""
        chart = self.chart
        if len(chart) == 0:  # the file format needs a unit: such a file would not open again
            raise SaveError(
                self.tr("A chart needs at least one unit before it can be saved. Add a unit, then save."),
                severe=False,
            )
        baseline = chart.baseline
        _rebase_baseline(chart, path)
        try:
            save_chart(chart, path)
        except OSError as exc:
            if chart.baseline != baseline:
                chart.set_meta(baseline=baseline)
            raise SaveError(describe_os_error(path, exc)) from exc
        moved = chart.path != path
        chart.path = path
        self.undo_stack.setClean()
        self.journal.close()  # the edits are safe in the file
        self.file_watch.watch(path)
        if moved:
            self._recheck()  # the baseline and rulebooks are found from the file's folder
            self.path_changed.emit(path)
        self.saved.emit(path)

    def close(self) -> None:
        """Stop following the chart: journal deleted (the window closes cleanly), no watch."""
        self.journal.detach()
        self.file_watch.watch(None)
        self._unfollow()

    # --------------------------------------------------------------- internals

    def _follow(self, chart: Chart) -> None:
        checker = LiveChecker(chart, on_change=lambda _findings: self._findings_changed())
        self._checker = checker
        self._say_rulebook_problem()
        chart.subscribe(self._chart_changed)
        self.journal.attach(chart)
        self.file_watch.watch(chart.path)

    def _say_rulebook_problem(self) -> None:
        error = self._checker.error if self._checker is not None else None
        problem = self.tr("Rulebook problem: {error}")
        self.check_message = problem.format(error=error) if error else ""

    def _recheck(self) -> None:
        """Check the whole chart again (its file moved: relative paths now lead elsewhere)."""
        if self._checker is not None:
            self._checker.recheck()
            self._say_rulebook_problem()
            self._findings_changed()

    def _findings_changed(self) -> None:
        self.findings_version += 1
        self.findings_changed.emit()

    def _unfollow(self) -> None:
        if self._checker is not None:  # following a chart
            self._checker.close()
            self._checker = None
            self.chart.unsubscribe(self._chart_changed)

    def _chart_changed(self, changes: Sequence[ChartChange]) -> None:
        self.changed.emit(changes)


def _rebase_baseline(chart: Chart, path: Path) -> None:
    """Keep a relative ``baseline`` pointing at the same file when saving elsewhere."""
    if chart.baseline is None or chart.path is None or Path(chart.baseline).is_absolute():
        return
    if chart.path.parent.resolve() == path.parent.resolve():
        return
    target = (chart.path.parent / chart.baseline).resolve()
    if target.is_file():
        chart.set_meta(baseline=os.path.relpath(target, path.parent.resolve()))
