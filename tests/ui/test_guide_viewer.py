"""Help ▸ User Guide shows the shipped guide with its pictures; its links open other pages."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from orgeditor.resources import guide_path
from orgeditor.ui.guide_viewer import PICTURE_WIDTH, GuideViewer, open_guide
from orgeditor.ui.main_window import MainWindow


def test_the_guide_opens_with_its_pictures(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    viewer = open_guide(parent)
    text = viewer.browser.toPlainText()
    assert "orgeditor user guide" in text and "Drafters" in text
    assert "](images/" not in text  # read as Markdown, not shown as its source
    picture = viewer.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("images/editor.png")
    )
    assert isinstance(picture, QImage) and not picture.isNull()
    assert 400 < picture.width() <= PICTURE_WIDTH  # a screenshot scaled to fit the page
    assert open_guide(parent) is viewer  # one viewer, raised again


def test_a_link_to_another_page_opens_in_the_viewer_and_back_returns(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    viewer = open_guide(parent)
    target = QUrl.fromLocalFile(str(guide_path().with_name("csv-format.md")))
    viewer.browser.setSource(target)
    assert viewer.browser.source().fileName() == "csv-format.md"
    viewer.browser.backward()
    assert viewer.browser.source().fileName() == "guide.md"


def test_help_user_guide_opens_it_from_the_window(window: MainWindow) -> None:
    action = window.actions_by_name["guide"]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert action in help_menu.actions() and help_menu.actions()[0] is action  # first in Help
    action.trigger()
    viewer = window.findChild(GuideViewer, "guideViewer")
    assert viewer is not None and viewer.isVisible()
    assert "Drafters" in viewer.browser.toPlainText()
    viewer.close()
