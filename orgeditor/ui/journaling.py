"""The document's edit journal: started at a document's first unsaved edit, closed when it is safe.

A journal exists exactly while the document has edits that are not in its file: the first
change after opening, saving or undoing back to the saved state starts one (in the user's data
folder, ``…/journals``); a clean save, undoing back to the saved state, New, Open, Revert or a
clean close delete it. After a crash the next start offers it back (:mod:`orgeditor.ui.recovery`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtGui import QUndoStack

from orgeditor.io.journal import EditJournal, SnapshotCache
from orgeditor.model import Chart, ChartChange
from orgeditor.model.display import printable

__all__ = ["JournalHost", "JournalKeeper", "default_journal_folder"]


def default_journal_folder() -> Path:
    """``journals`` in the user's application data folder (e.g. ``~/.local/share/orgeditor/…``)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".orgeditor") / "journals"


class JournalHost(Protocol):
    """What the journal keeper needs from the document: its history (a journal lives while it
    is not clean) and somewhere to warn."""

    undo_stack: QUndoStack

    def report_problem(self, message: str) -> None: ...


#: How soon after an edit its journal line is made durable (fsync), in milliseconds.
SYNC_DELAY_MS = 300


class JournalKeeper(QObject):
    """Keeps an :class:`EditJournal` for the host's document while it has unsaved edits."""

    def __init__(
        self,
        host: JournalHost,
        folder: Path | None = None,
        *,
        sync: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._folder = folder
        self.sync = sync
        self.journal: EditJournal | None = None
        self.failed = False
        self._chart: Chart | None = None
        #: the document's units already encoded, filled when idle: the first edit stays quick
        self._cache = SnapshotCache()
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.timeout.connect(self._fill)
        #: fsync shortly after edits, not in them: a disk that takes milliseconds (or, on some
        #: laptops, tens of them) to sync would otherwise slow every edit down
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(SYNC_DELAY_MS)
        self._sync_timer.timeout.connect(self.flush)
        host.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = default_journal_folder()
        return self._folder

    @property
    def path(self) -> Path | None:
        """The journal file being written, if any."""
        return self.journal.path if self.journal is not None else None

    def attach(self, chart: Chart) -> None:
        """Follow *chart* (a document just opened, clean): drop the previous document's journal."""
        self.close()
        if self._chart is not None:
            self._chart.unsubscribe(self._changed)
        self._chart = chart
        chart.subscribe(self._changed)
        self._cache = SnapshotCache()

    def prepare_soon(self) -> None:
        """Encode the document's units when the editor is next idle (call it once the chart is
        drawn): the journal then starts quickly at the first edit."""
        self._fill_timer.start(0)

    def _fill(self) -> None:
        if self._chart is not None and self.journal is None:
            self._cache.fill(self._chart)

    def detach(self) -> None:
        """Stop following the document, deleting its journal (the window closes cleanly)."""
        self.close()
        if self._chart is not None:
            self._chart.unsubscribe(self._changed)
            self._chart = None

    def start(self, *, edits: int = 0) -> None:
        """Start a journal now on the current state (*edits*: unsaved edits it already holds)."""
        if self.journal is not None or self._chart is None:
            return
        chart = self._chart
        try:
            self.journal = EditJournal(
                chart,
                self.folder,
                chart.path,
                sync=False,  # made durable by flush(), soon after each edit
                edits=edits,
                cache=self._cache,
                on_error=self._write_failed,
            )
        except OSError as exc:
            self._write_failed(exc)

    def _write_failed(self, exc: OSError) -> None:
        """Starting the journal or writing an edit to it failed (disk full …): say so once per
        document, never block editing."""
        if not self.failed:
            self.failed = True
            self.host.report_problem(
                self.tr(
                    "Edits are not being journalled for crash recovery ({folder}: {reason}). Save often."
                ).format(folder=printable(self.folder), reason=exc.strerror or exc)
            )

    def close(self) -> None:
        """Delete the journal: the document is saved, back at its saved state or dropped."""
        self._sync_timer.stop()
        if self.journal is not None:
            journal, self.journal = self.journal, None
            try:
                journal.close()
            except OSError:
                journal.detach()
            self._fill_timer.start(0)  # ready for the next first edit
        self.failed = False

    def flush(self) -> None:
        """Make the journal's latest lines durable now (the timer does it soon after edits)."""
        self._sync_timer.stop()
        if self.journal is not None and self.sync:
            self.journal.flush()

    def _changed(self, changes: Sequence[ChartChange]) -> None:
        if self.journal is None and not self.failed:
            # notified after the change: the journal's base already holds this first edit
            self.start(edits=1)
        if self.sync and not self._sync_timer.isActive():
            self._sync_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.close()
