"""Help ▸ The Note: the Secretary-General's note of 11 September 2017 (the paragraphs the rules
cite) in a small non-modal viewer, opened at a paragraph when asked from a finding."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from orgeditor.rules.note import load_note, note_html

__all__ = ["NoteViewer", "open_note", "show_viewer"]

#: The viewer's title (in English; shown translated).
TITLE: str = QT_TRANSLATE_NOOP("NoteViewer", "The note — Secretary-General, 11 September 2017")  # type: ignore[assignment]


class NoteViewer(QDialog):
    """The whole note, each paragraph with its anchor (``p9``, ``p8b``); :meth:`show_anchor`
    scrolls to one and selects its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteViewer")
        self.setWindowTitle(self.tr(TITLE))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("noteBrowser")
        self.browser.setOpenExternalLinks(False)
        try:
            self.browser.setHtml(note_html())
        except OSError as exc:
            self.browser.setPlainText(
                self.tr("The note cannot be read: {reason}").format(reason=exc.strerror or exc)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.anchor = ""

    def show_anchor(self, anchor: str) -> None:
        """Scroll to the passage *anchor* (``p9``) and select its text (nothing for an unknown one)."""
        self.anchor = anchor
        if not anchor:
            return
        self.browser.scrollToAnchor(anchor)
        passage = next((p for p in load_note().passages if p.anchor == anchor), None)
        if passage is None:
            return
        found = self.browser.document().find(passage.text[:60].replace("**", ""))
        if not found.isNull():
            found.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            found.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            self.browser.setTextCursor(found)
            self.browser.scrollToAnchor(anchor)  # the selection may have scrolled it to the bottom


Viewer = TypeVar("Viewer", bound=QDialog)


def show_viewer(parent: QWidget | None, kind: type[Viewer], name: str) -> Viewer:
    """Show the non-modal viewer *kind* of *parent* (one per parent: the one named *name*,
    raised when already open, else a new one)."""
    viewer = parent.findChild(kind, name) if parent is not None else None
    if viewer is None:
        viewer = kind(parent)
        viewer.setWindowModality(Qt.WindowModality.NonModal)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def open_note(parent: QWidget | None, anchor: str = "") -> NoteViewer:
    """Show the note (one viewer per *parent*, raised when already open), at *anchor* if given."""
    viewer = show_viewer(parent, NoteViewer, "noteViewer")
    viewer.show_anchor(anchor)
    # a browser shown for the first time lays its text out later: scroll again once it has
    QTimer.singleShot(0, lambda: viewer.show_anchor(viewer.anchor))
    return viewer
