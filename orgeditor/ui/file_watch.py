"""Noticing when the open file changes on disk, and offering to reload it or keep ours.

A ``QFileSystemWatcher`` follows the document's file (:class:`FileWatch`, held by the
document); :class:`ChangedOnDiskBar` above the chart says so and offers Reload / Keep mine.
Our own saves are recognised by the file's content (hash), so they never raise the bar; a
``touch`` or an identical rewrite does not either. Editors that save by writing a new file and
renaming it over the old one make the watcher drop the path: it is added again whenever the
file exists.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["ChangedOnDiskBar", "FileWatch", "NoticeBar"]

#: Files larger than this are compared by size and time only (never read twice).
MAX_HASHED = 256 * 1024 * 1024

Signature = tuple[int, int, int]


def _signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _digest(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_HASHED:
            return None
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


class NoticeBar(QFrame):
    """A non-blocking bar above the chart: a message and a few buttons."""

    def __init__(self, name: str, buttons: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """*buttons*: (object name, text) pairs, in order; they are in :attr:`buttons`."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ background: #fff4ce; border: 1px solid #e0c36c; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for object_name, text in buttons:
            button = QPushButton(text)
            button.setObjectName(object_name)
            row.addWidget(button)
            self.buttons[object_name] = button
        self.hide()


class ChangedOnDiskBar(NoticeBar):
    """The file changed on disk — Reload / Keep mine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "changedOnDiskBar",
            [("reloadFromDisk", self.tr("Reload")), ("keepMine", self.tr("Keep mine"))],
            parent,
        )
        self.reload_button = self.buttons["reloadFromDisk"]
        self.keep_button = self.buttons["keepMine"]

    def show_change(self, path: Path, *, modified: bool) -> None:
        """Say that *path* changed (or went away) on disk; *modified*: ours has unsaved edits."""
        name = path.name
        if not path.exists():
            text = self.tr("“{file}” was deleted or moved on disk. Keep yours (Save writes it again).")
            self.reload_button.setEnabled(False)
        elif modified:
            text = self.tr(
                "“{file}” changed on disk. Reload it (your unsaved changes will be lost), "
                "or keep yours (Save will overwrite the file)."
            )
            self.reload_button.setEnabled(True)
        else:
            text = self.tr(
                "“{file}” changed on disk. Reload it, or keep yours (Save will overwrite the file)."
            )
            self.reload_button.setEnabled(True)
        self.label.setText(text.format(file=name))
        self.show()


class FileWatch(QObject):
    """Watches one file; :attr:`changed` when its content differs from what was remembered
    (our own saves, a ``touch`` or an identical rewrite are not changes)."""

    changed = Signal()

    def __init__(self, *, delay_ms: int = 250, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self._signature: Signature | None = None
        self._digest: str | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)  # editors write in several steps: wait for the last
        self._timer.timeout.connect(self.check)

    def watch(self, path: Path | None) -> None:
        """Follow *path* (the document just opened or saved there); None stops watching."""
        self._timer.stop()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.path = path
        if path is None:
            self._signature = self._digest = None
            return
        self.remember()
        # the folder too: a file replaced by rename, or deleted and written again, is seen
        if path.parent.is_dir():
            self.watcher.addPath(str(path.parent))
        self._add_file()

    def remember(self) -> None:
        """The file as it is now is ours (just loaded, saved, or kept): do not report it."""
        if self.path is None:
            return
        self._signature = _signature(self.path)
        self._digest = _digest(self.path)
        self._add_file()

    def _add_file(self) -> None:
        if self.path is not None and self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))

    def _file_changed(self, _changed: str) -> None:
        self._timer.start()

    def changed_on_disk(self) -> bool:
        """True when the file differs from what we last loaded or saved (by content)."""
        if self.path is None:
            return False
        signature = _signature(self.path)
        if signature == self._signature:
            return False
        digest = _digest(self.path) if signature is not None else None
        if signature is not None and digest is not None and digest == self._digest:
            self._signature = signature  # touched or rewritten identically: nothing to say
            return False
        return True

    def check(self) -> None:
        """Re-arm the watcher and emit :attr:`changed` when the file really changed."""
        self._add_file()
        if self.path is not None and self.changed_on_disk():
            self.changed.emit()
