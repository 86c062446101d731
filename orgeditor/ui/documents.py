"""The File menu's side of a document: New, Open, Open Recent, Save, Save As, Revert, the
prompt before losing work, and the bars above the chart (changed on disk, recovered work).

:class:`Documents` asks the user and shows errors; the :class:`~orgeditor.ui.document.Document`
does the work. Load errors are shown in a dialog with their location; the open document is
left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from orgeditor.io import ChartLoadError, load_chart
from orgeditor.model import Chart
from orgeditor.ui.document import UNTITLED, Document, SaveError
from orgeditor.ui.file_watch import ChangedOnDiskBar
from orgeditor.ui.placement import busy_cursor
from orgeditor.ui.recovery import RecoveredBar

__all__ = ["FILE_FILTER", "MAX_RECENT", "Documents"]

MAX_RECENT = 10
#: A recent-files entry longer than this is not a path (hand-edited or damaged settings).
MAX_PATH = 4096
FILE_FILTER = "Org charts (*.yaml *.yml);;All files (*)"


class Documents(QObject):
    """File handling for one window's document; :attr:`message` is for the status bar."""

    message = Signal(str, int)

    def __init__(self, document: Document, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.parent_widget = parent
        self.last_save_error = ""
        self.disk_bar = ChangedOnDiskBar()
        self.disk_bar.reload_button.clicked.connect(self._reload_clicked)
        self.disk_bar.keep_button.clicked.connect(self._keep_clicked)
        self.recovered_bar = RecoveredBar()
        self.recovered_bar.buttons["saveRecovered"].clicked.connect(self.save)
        self.recovered_bar.buttons["saveRecoveredAs"].clicked.connect(lambda _checked=False: self.save_as())
        self.recovered_bar.buttons["discardRecovered"].clicked.connect(self.discard_recovered)
        document.file_watch.changed.connect(self._changed_on_disk)
        document.replaced.connect(self._hide_bars)
        document.saved.connect(self._hide_bars)

    # ----------------------------------------------------------------- prompts

    def ask_open_path(self) -> Path | None:
        path = self.document.path
        start = str(path.parent) if path else ""
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, "Open chart", start, FILE_FILTER)
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        path = self.document.path
        start = str(path) if path else "untitled.yaml"
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, "Save chart as", start, FILE_FILTER)
        if not name:
            return None
        chosen = Path(name)
        return chosen if chosen.suffix in (".yaml", ".yml") else chosen.with_suffix(".yaml")

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or clean)."""
        if not self.document.modified:
            return True
        answer = QMessageBox.warning(
            self.parent_widget,
            "Unsaved changes",
            f"“{self.display_name()}” has changes that are not saved. Save them?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        return self.document.display_name()

    def show_busy(self, message: str) -> None:
        """Say what long work is under way, painted before it starts."""
        self.message.emit(message, 0)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # ----------------------------------------------------------------- actions

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.set_chart(Chart(title=UNTITLED))
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open *path* (asking for one when None) over the current document."""
        if not self.maybe_save():
            return False
        if path is None:
            path = self.ask_open_path()
            if path is None:
                return False
        self.show_busy(f"Opening {path.name}…")
        # a chart of thousands of units takes seconds to load, lay out and draw
        if not self._attempt(path, lambda: self.document.open(path)):
            self.show_busy("")
            return False
        self.add_recent(path)
        return True

    def load(self, path: Path) -> Chart | None:
        """Load *path*; on failure show the located error and return None."""
        loaded: list[Chart] = []
        return loaded[0] if self._attempt(path, lambda: loaded.append(load_chart(path))) else None

    def _attempt(self, path: Path, work: Callable[[], object]) -> bool:
        """Run *work*, which reads *path*; on failure show the located error and return False."""
        try:
            with busy_cursor():
                work()
        except ChartLoadError as exc:
            self.show_load_error(path, str(exc))
        except OSError as exc:
            self.show_load_error(path, f"{path}: error: {exc.strerror or exc}")
        else:
            return True
        return False

    def show_load_error(self, path: Path, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Cannot open chart",
            f"{path.name} is not a valid chart; nothing was changed.",
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setDetailedText(message)
        box.setInformativeText(message.splitlines()[0] if message else "")
        box.exec()

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            path = self.ask_save_path()
            if path is None:
                return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        """Save; on failure say why (the document stays open, modified, unchanged)."""
        try:
            self.document.save_as(path)
        except SaveError as exc:
            self.last_save_error = exc.message
            show = QMessageBox.critical if exc.severe else QMessageBox.warning
            show(self.parent_widget, "Cannot save chart", exc.message)
            return False
        self.add_recent(path)
        return True

    def revert(self) -> bool:
        """Reload the file from disk, dropping unsaved changes (after asking)."""
        path = self.document.path
        if path is None:
            return False
        if self.document.modified:
            answer = QMessageBox.question(
                self.parent_widget,
                "Revert",
                f"Drop every unsaved change and reload “{path.name}”?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.reload()

    def reload(self) -> bool:
        """Load the document's file again, dropping unsaved changes (no question asked)."""
        path = self.document.path
        if path is None or not self._attempt(path, self.document.revert):
            return False
        self.message.emit(f"Reloaded {path}", 4000)
        return True

    # --------------------------------------------------------------- bars

    def _changed_on_disk(self) -> None:
        path = self.document.file_watch.path
        if path is not None:
            self.disk_bar.show_change(path, modified=self.document.modified)

    def _reload_clicked(self) -> None:
        self.disk_bar.hide()
        if not self.reload():
            self.disk_bar.show()

    def _keep_clicked(self) -> None:
        self.disk_bar.hide()
        self.document.keep_mine()

    def _hide_bars(self) -> None:
        self.disk_bar.hide()
        self.recovered_bar.hide()

    def adopt_recovered(self, chart: Chart, edits: int) -> None:
        """Show a chart rebuilt from a journal: modified, journalled again, with no undo history."""
        self.document.adopt_unsaved(chart, edits=edits)
        self.recovered_bar.show_for(edits, chart.path)

    def discard_recovered(self) -> bool:
        """Drop a recovered document (after asking): back to its file, or to a new chart."""
        answer = QMessageBox.question(
            self.parent_widget,
            "Discard recovered edits",
            "Throw away the recovered edits? This cannot be undone.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        path = self.document.path
        if path is not None and path.exists() and self.reload():
            return True
        self.document.set_chart(Chart(title=UNTITLED))
        return True

    # ------------------------------------------------------------------ recent

    def recent(self) -> list[Path]:
        """The recent files setting, with anything that is not a plausible path left out."""
        value = self.settings.value("recentFiles", [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [
            Path(v)
            for v in values[: MAX_RECENT * 4]
            if isinstance(v, str) and 0 < len(v) <= MAX_PATH and "\x00" not in v
        ][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        resolved = path.resolve()
        files = [resolved, *(p for p in self.recent() if p != resolved)][:MAX_RECENT]
        self.settings.setValue("recentFiles", [str(p) for p in files])

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.recent()
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        if not files:
            menu.addAction("(none)").setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction("Clear list")
            clear.triggered.connect(lambda: self.settings.setValue("recentFiles", []))
