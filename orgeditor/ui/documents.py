"""Documents: New, Open, Open Recent, Save, Save As, Revert, and the prompt before losing work.

Load errors are shown in a dialog with their location; the open document is left untouched.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from orgeditor.io import ChartLoadError, load_chart, save_chart
from orgeditor.io.atomic import describe_os_error
from orgeditor.model import Chart
from orgeditor.ui.placement import busy_cursor

__all__ = ["MAX_RECENT", "DocumentHost", "Documents"]

MAX_RECENT = 10
#: A recent-files entry longer than this is not a path (hand-edited or damaged settings).
MAX_PATH = 4096
FILE_FILTER = "Org charts (*.yaml *.yml);;All files (*)"


class DocumentHost(Protocol):
    """What the document controller needs from the window."""

    chart: Chart
    undo_stack: QUndoStack
    settings: QSettings

    def set_document(self, chart: Chart) -> None: ...
    def document_saved(self, path: Path) -> None: ...
    def widget(self) -> QWidget: ...
    def show_busy(self, message: str) -> None: ...


class Documents(QObject):
    """File handling for one window."""

    def __init__(self, host: DocumentHost) -> None:
        super().__init__()
        self.host = host
        self.last_save_error = ""

    # ----------------------------------------------------------------- prompts

    def ask_open_path(self) -> Path | None:
        start = str(self.host.chart.path.parent) if self.host.chart.path else ""
        name, _ = QFileDialog.getOpenFileName(self.host.widget(), "Open chart", start, FILE_FILTER)
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        chart = self.host.chart
        start = str(chart.path) if chart.path else "untitled.yaml"
        name, _ = QFileDialog.getSaveFileName(self.host.widget(), "Save chart as", start, FILE_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix in (".yaml", ".yml") else path.with_suffix(".yaml")

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or clean)."""
        if self.host.undo_stack.isClean():
            return True
        name = self.display_name()
        answer = QMessageBox.warning(
            self.host.widget(),
            "Unsaved changes",
            f"“{name}” has changes that are not saved. Save them?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        path = self.host.chart.path
        return path.name if path else "Untitled"

    # ----------------------------------------------------------------- actions

    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.host.set_document(Chart(title="Untitled chart"))
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open *path* (asking for one when None) over the current document."""
        if not self.maybe_save():
            return False
        if path is None:
            path = self.ask_open_path()
            if path is None:
                return False
        self.host.show_busy(f"Opening {path.name}…")
        chart = self.load(path)
        if chart is None:
            self.host.show_busy("")
            return False
        with busy_cursor():  # a chart of thousands of units takes seconds to lay out and draw
            self.host.set_document(chart)
        self.add_recent(path)
        return True

    def load(self, path: Path) -> Chart | None:
        """Load *path*; on failure show the located error and return None."""
        try:
            with busy_cursor():
                return load_chart(path)
        except ChartLoadError as exc:
            self.show_load_error(path, str(exc))
        except OSError as exc:
            self.show_load_error(path, f"{path}: error: {exc.strerror or exc}")
        return None

    def show_load_error(self, path: Path, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Cannot open chart",
            f"{path.name} is not a valid chart; nothing was changed.",
            QMessageBox.StandardButton.Ok,
            self.host.widget(),
        )
        box.setDetailedText(message)
        box.setInformativeText(message.splitlines()[0] if message else "")
        box.exec()

    def save(self) -> bool:
        path = self.host.chart.path
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
        """Save atomically; on failure say why and keep the document open, modified, unchanged."""
        chart = self.host.chart
        if len(chart) == 0:  # the file format needs a unit: such a file would not open again
            self.last_save_error = (
                "A chart needs at least one unit before it can be saved. Add a unit, then save."
            )
            QMessageBox.warning(self.host.widget(), "Cannot save chart", self.last_save_error)
            return False
        baseline = chart.baseline
        self._rebase_baseline(chart, path)
        try:
            save_chart(chart, path)
        except OSError as exc:
            if chart.baseline != baseline:
                chart.set_meta(baseline=baseline)
            self.last_save_error = describe_os_error(path, exc)
            QMessageBox.critical(self.host.widget(), "Cannot save chart", self.last_save_error)
            return False
        chart.path = path
        self.host.undo_stack.setClean()
        self.host.document_saved(path)
        self.add_recent(path)
        return True

    @staticmethod
    def _rebase_baseline(chart: Chart, path: Path) -> None:
        """Keep a relative ``baseline`` pointing at the same file when saving elsewhere."""
        if chart.baseline is None or chart.path is None or Path(chart.baseline).is_absolute():
            return
        if chart.path.parent.resolve() == path.parent.resolve():
            return
        target = (chart.path.parent / chart.baseline).resolve()
        if target.is_file():
            chart.set_meta(baseline=os.path.relpath(target, path.parent.resolve()))

    def revert(self) -> bool:
        """Reload the file from disk, dropping unsaved changes (after asking)."""
        path = self.host.chart.path
        if path is None:
            return False
        if not self.host.undo_stack.isClean():
            answer = QMessageBox.question(
                self.host.widget(),
                "Revert",
                f"Drop every unsaved change and reload “{path.name}”?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        chart = self.load(path)
        if chart is None:
            return False
        self.host.set_document(chart)
        return True

    # ------------------------------------------------------------------ recent

    def recent(self) -> list[Path]:
        """The recent files setting, with anything that is not a plausible path left out."""
        value = self.host.settings.value("recentFiles", [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [
            Path(v)
            for v in values[: MAX_RECENT * 4]
            if isinstance(v, str) and 0 < len(v) <= MAX_PATH and "\x00" not in v
        ][:MAX_RECENT]

    def add_recent(self, path: Path) -> None:
        resolved = path.resolve()
        files = [resolved, *(p for p in self.recent() if p != resolved)][:MAX_RECENT]
        self.host.settings.setValue("recentFiles", [str(p) for p in files])

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
            clear.triggered.connect(lambda: self.host.settings.setValue("recentFiles", []))
