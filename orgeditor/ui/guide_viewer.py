"""Help ▸ User Guide: ``docs/guide.md`` (shipped with the package) in a non-modal viewer.

The guide is Markdown with its screenshots beside it; Qt's text browser reads both, and a link
to another page of the documentation (``diff.md``) opens in the same viewer, Alt+Left going
back. Links to the web open in the system's browser.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from orgeditor.resources import guide_path
from orgeditor.ui.note_viewer import show_viewer

__all__ = ["GuideViewer", "open_guide"]


#: The widest a picture of the guide is shown, in pixels (screenshots are wider: scaled down).
PICTURE_WIDTH = 820


class _GuideBrowser(QTextBrowser):
    """A text browser that shows the guide's screenshots scaled to fit the page."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        found = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = found if isinstance(found, QImage) else QImage()
            if isinstance(found, QByteArray):
                image.loadFromData(found)
            elif isinstance(found, (bytes, bytearray)):
                image.loadFromData(bytes(found))
            elif isinstance(found, QPixmap):
                image = found.toImage()
            if not image.isNull() and image.width() > PICTURE_WIDTH:
                return image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            return image if not image.isNull() else found
        return found


class GuideViewer(QDialog):
    """The user guide, with its pictures; other pages of the documentation open in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideViewer")
        self.setWindowTitle(self.tr("orgeditor User Guide"))
        self.browser = _GuideBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)  # http(s): the system's browser
        self.browser.setOpenLinks(True)  # other .md pages: here
        guide = guide_path()
        if guide.is_file():
            self.browser.setSource(
                QUrl.fromLocalFile(str(guide)), QTextDocument.ResourceType.MarkdownResource
            )
        else:
            self.browser.setPlainText(self.tr("The user guide is not installed ({path}).").format(path=guide))
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.activated.connect(self.browser.backward)
        forward = QShortcut(QKeySequence(QKeySequence.StandardKey.Forward), self)
        forward.activated.connect(self.browser.forward)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 720)


def open_guide(parent: QWidget | None) -> GuideViewer:
    """Show the guide (one viewer per *parent*, raised when already open)."""
    return show_viewer(parent, GuideViewer, "guideViewer")
