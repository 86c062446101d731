"""The File menu's side of a document: New, New from Template, Open, Open Recent, Save, Save
As, Revert, Close, the prompt before losing work, and the bars above the chart (changed on disk,
recovered work).

A chart shipped with orgeditor (an example, :func:`orgeditor.resources.examples_dir`) is never
written: opened (at start, from a template or with File ▸ Open) it is an untitled copy, "Untitled
— from the 2017 proposal", and Save asks for a name. The copy keeps the shipped file as its
``path`` while untitled, so that what it names relative to its folder (its baseline) still
resolves; :meth:`Documents.save` and :meth:`Documents.save_as` refuse that file.

:class:`Documents` asks the user and shows errors; the :class:`~orgeditor.ui.document.Document`
does the work. Load errors are shown in a dialog with their location; the open document is
left untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from orgeditor.io import ChartLoadError, load_chart
from orgeditor.model import Chart
from orgeditor.resources import example_names, example_path, examples_dir, rulebooks_dir
from orgeditor.ui.document import UNTITLED, Document, SaveError
from orgeditor.ui.file_watch import ChangedOnDiskBar
from orgeditor.ui.i18n import translate
from orgeditor.ui.placement import busy_cursor
from orgeditor.ui.recovery import RecoveredBar

__all__ = [
    "FILE_FILTER",
    "MAX_RECENT",
    "TEMPLATES",
    "Documents",
    "file_filter",
    "is_shipped",
    "shipped_label",
]

MAX_RECENT = 10
#: A recent-files entry longer than this is not a path (hand-edited or damaged settings).
MAX_PATH = 4096
FILE_FILTER = "Org charts (*.yaml *.yml);;All files (*)"
#: File ▸ New from Template: the shipped charts offered first, and what a copy of each is "from"
#: (translated when shown).
TEMPLATES = {
    "proposal-2017": QT_TRANSLATE_NOOP("Documents", "the 2017 proposal"),
    "baseline-2017": QT_TRANSLATE_NOOP("Documents", "the 2017 baseline"),
    "implemented-2019": QT_TRANSLATE_NOOP("Documents", "the 2019 implementation"),
}


def file_filter() -> str:
    """:data:`FILE_FILTER` in the user's language (the patterns stay as they are)."""
    return translate("Documents", "Org charts (*.yaml *.yml);;All files (*)")


def _shipped_folders() -> list[Path]:
    """The examples and the resources (rulebooks, schema, note…) that ship with orgeditor."""
    try:
        return [examples_dir().resolve(), rulebooks_dir().parent.resolve()]
    except FileNotFoundError:  # a broken installation ships nothing to protect
        return []


def is_shipped(path: Path | None) -> bool:
    """True when *path* is a file shipped with orgeditor (an example or a resource): never
    written by the editor."""
    if path is None:
        return False
    resolved = path.resolve()
    return any(resolved.is_relative_to(folder) for folder in _shipped_folders())


def shipped_label(path: Path) -> str:
    """What an untitled copy of the shipped chart *path* is "from" ("the 2017 proposal").

    >>> shipped_label(Path("proposal-2017.yaml"))
    'the 2017 proposal'
    >>> shipped_label(Path("variant-four-asgs.yaml"))
    'variant-four-asgs.yaml'
    """
    label = TEMPLATES.get(path.stem)
    return translate("Documents", str(label)) if label is not None else path.name


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
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open chart"), start, file_filter())
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        path = self.document.path
        start = str(path) if path and not is_shipped(path) else "untitled.yaml"
        if path is not None and is_shipped(path):  # in the user's home, named after the template
            start = str(Path.home() / f"{path.stem}-copy.yaml")
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save chart as"), start, file_filter()
        )
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
            self.tr("Unsaved changes"),
            self.tr("“{name}” has changes that are not saved. Save them?").format(name=self.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def display_name(self) -> str:
        """The name in the title bar: the file's, or "Untitled — from the 2017 proposal" for a
        copy of a shipped chart (its file is not the document's to save)."""
        path = self.document.path
        if path is not None and is_shipped(path):
            return self.tr("Untitled — from {template}").format(template=shipped_label(path))
        return self.document.display_name()

    @property
    def is_untitled(self) -> bool:
        """True when Save must ask for a name (a new chart, or a copy of a shipped one)."""
        return self.document.path is None or is_shipped(self.document.path)

    @property
    def is_blank(self) -> bool:
        """True for an empty, untitled, unmodified chart (what File ▸ Close leaves)."""
        return self.document.path is None and len(self.document.chart) == 0 and not self.document.modified

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

    def close(self) -> bool:
        """File ▸ Close: drop the document (after the save prompt), leaving an empty untitled
        chart; False when cancelled."""
        if not self.maybe_save():
            return False
        self.document.set_chart(Chart(title=UNTITLED))
        self.message.emit(self.tr("Closed; File ▸ New from Template or Open to go on"), 4000)
        return True

    def ask_template(self) -> str | None:
        """Ask which shipped chart to start from; its name (``proposal-2017``) or None."""
        present = set(example_names())
        names = [n for n in TEMPLATES if n in present] + sorted(present - TEMPLATES.keys())
        if not names:
            QMessageBox.warning(
                self.parent_widget, self.tr("No templates"), self.tr("No shipped chart was found.")
            )
            return None
        labels = [
            self.tr("From {template} ({file})").format(
                template=shipped_label(example_path(n)), file=f"{n}.yaml"
            )
            for n in names
        ]
        choice, ok = QInputDialog.getItem(
            self.parent_widget, self.tr("New chart from a template"), self.tr("Start from:"), labels, 0, False
        )
        return names[labels.index(choice)] if ok and choice in labels else None

    def new_from_template(self, name: str | None = None) -> bool:
        """File ▸ New from Template: a shipped chart (*name*, asked when None) as an untitled copy."""
        if not self.maybe_save():
            return False
        if name is None:
            name = self.ask_template()
            if name is None:
                return False
        path = example_path(name)
        chart = self.load(path)
        if chart is None:
            return False
        self.document.set_chart(chart)
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open *path* (asking for one when None) over the current document; a shipped chart
        opens as an untitled copy (said in the status bar)."""
        if not self.maybe_save():
            return False
        if path is None:
            path = self.ask_open_path()
            if path is None:
                return False
        self.show_busy(self.tr("Opening {file}…").format(file=path.name))
        # a chart of thousands of units takes seconds to load, lay out and draw
        if not self._attempt(path, lambda: self.document.open(path)):
            self.show_busy("")
            return False
        self.add_recent(path)
        if is_shipped(path):
            self.message.emit(
                self.tr("{file} ships with orgeditor: opened as an untitled copy").format(file=path.name),
                6000,
            )
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
            self.show_load_error(
                path, self.tr("{path}: error: {reason}").format(path=path, reason=exc.strerror or exc)
            )
        else:
            return True
        return False

    def show_load_error(self, path: Path, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open chart"),
            self.tr("{file} is not a valid chart; nothing was changed.").format(file=path.name),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setDetailedText(message)
        box.setInformativeText(message.splitlines()[0] if message else "")
        box.exec()

    def save(self) -> bool:
        """Save to the document's file; ask for one when it has none or it is a shipped chart."""
        path = self.document.path
        if path is None or is_shipped(path):
            return self.save_as()
        return self._write(path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save under a new name (*path*, asked when None; asked again for a shipped file)."""
        while path is None or is_shipped(path):
            if path is not None:
                QMessageBox.information(
                    self.parent_widget,
                    self.tr("Save under another name"),
                    self.tr(
                        "{file} ships with orgeditor and is never overwritten. "
                        "Choose another name for your chart."
                    ).format(file=path.name),
                )
            path = self.ask_save_path()
            if path is None:
                return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        """Save; on failure say why (the document stays open, modified, unchanged)."""
        if is_shipped(path):  # the last guard: a shipped file is never written
            self.last_save_error = self.tr("{file} ships with orgeditor and is never overwritten.").format(
                file=path.name
            )
            QMessageBox.warning(self.parent_widget, self.tr("Cannot save chart"), self.last_save_error)
            return False
        try:
            self.document.save_as(path)
        except SaveError as exc:
            self.last_save_error = exc.message
            show = QMessageBox.critical if exc.severe else QMessageBox.warning
            show(self.parent_widget, self.tr("Cannot save chart"), exc.message)
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
                self.tr("Revert"),
                self.tr("Drop every unsaved change and reload “{file}”?").format(file=path.name),
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
        self.message.emit(self.tr("Reloaded {path}").format(path=path), 4000)
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
            self.tr("Discard recovered edits"),
            self.tr("Throw away the recovered edits? This cannot be undone."),
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
            menu.addAction(self.tr("(none)")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear list"))
            clear.triggered.connect(lambda: self.settings.setValue("recentFiles", []))
