"""The note beside the finding: a finding's tool tip quotes the paragraph it cites, the panel
under the list shows the selected finding's passages in full, and Help ▸ The Note opens the
whole note (at the cited paragraph when opened from a finding)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.rules.findings import Finding
from orgeditor.rules.note import paragraph
from orgeditor.ui.docks.checks import TIP_CHARS, finding_tip, passages_html, trimmed
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.note_viewer import NoteViewer, open_note

WindowFactory = Callable[[Chart], MainWindow]


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(load_chart(EXAMPLES / "variant-four-asgs.yaml"))


def _cited_row(window: MainWindow, cite: str = "¶9") -> int:
    return next(i for i, f in enumerate(window.checks.findings) if f.cite.startswith(cite))


def test_trimmed_cuts_at_a_word_with_an_ellipsis() -> None:
    assert trimmed("short") == "short"
    text = "word " * 200
    cut = trimmed(text)
    assert len(cut) <= TIP_CHARS + 1 and cut.endswith("word…")


def test_tip_and_panel_of_a_finding_quote_its_paragraph() -> None:
    finding = Finding("pillar.x", "error", "MINUSMA is not under a regional ASG", "¶9", ("minusma",))
    (p9,) = paragraph("¶9")
    tip = finding_tip(finding)
    assert tip.startswith("error: MINUSMA is not under a regional ASG\n\n¶9: ")
    assert p9.text[:60] in tip and tip.endswith("…") and len(tip) < len(p9.text)
    panel = passages_html(finding)
    assert 'href="note:p9"' in panel and "¶9" in panel
    assert "cites no paragraph" in passages_html(Finding("chart.x", "error", "m", "", ()))


def test_hovering_a_finding_shows_its_paragraph(window: MainWindow, qtbot: QtBot) -> None:
    checks = window.checks
    row = _cited_row(window)
    (p9,) = paragraph(checks.findings[row].cite.split(",")[0])
    item = checks.model.item(row, 0)
    assert p9.text[:50] in item.toolTip()
    checks.view.scrollTo(item.index())
    at = checks.view.visualRect(item.index()).center()
    viewport = checks.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert f"{p9.cite}: {p9.text[:50]}" in QToolTip.text()
    QToolTip.hideText()


def test_selecting_a_finding_shows_its_passages_under_the_list(window: MainWindow) -> None:
    checks = window.checks
    assert checks.note_panel.toPlainText() == ""
    row = _cited_row(window, "¶8(d), ¶9")
    checks.view.setCurrentIndex(checks.model.index(row, 0))
    shown = checks.note_panel.toPlainText()
    cited = paragraph(checks.findings[row].cite)
    assert cited and all(p.cite in shown and p.text[:40].replace("**", "") in shown for p in cited)
    assert checks.splitter.indexOf(checks.note_panel) == 1


def test_help_the_note_opens_the_whole_note(window: MainWindow, qtbot: QtBot) -> None:
    action = window.actions_by_name["note"]
    assert action.shortcut().toString() == "F1"
    action.trigger()
    viewer = window.findChild(NoteViewer, "noteViewer")
    assert viewer is not None
    qtbot.waitUntil(viewer.isVisible, timeout=2000)
    text = viewer.browser.toPlainText()
    assert "Secretary-General" in text and paragraph("¶15")[0].text[:40] in text
    action.trigger()  # a second time: the same viewer, raised
    assert window.findChildren(NoteViewer) == [viewer]
    viewer.close()


def test_open_the_cited_paragraph_from_a_finding(window: MainWindow, qtbot: QtBot) -> None:
    checks = window.checks
    finding = checks.findings[_cited_row(window)]
    menu = checks.menu_for(finding)
    note = next(a for a in menu.actions() if a.objectName() == "openNote")
    assert note.text() == "Open ¶9 in the note"
    note.trigger()
    viewer = window.findChild(NoteViewer, "noteViewer")
    assert viewer is not None
    qtbot.waitUntil(viewer.isVisible, timeout=2000)
    qtbot.wait(20)
    assert viewer.anchor == "p9"
    (p9,) = paragraph("¶9")
    assert p9.text[:40] in viewer.browser.textCursor().selectedText()
    assert viewer.browser.verticalScrollBar().value() > 0
    viewer.close()


def test_a_link_in_the_panel_opens_the_note_there(window: MainWindow, qtbot: QtBot) -> None:
    asked: list[str] = []
    window.checks.note_requested.connect(asked.append)
    window.checks.note_panel.anchorClicked.emit(QUrl("note:p8b"))
    assert asked == ["p8b"]
    viewer = window.findChild(NoteViewer, "noteViewer")
    assert viewer is not None and viewer.anchor == "p8b"
    viewer.close()


def test_open_note_without_a_parent_and_an_unknown_anchor(qtbot: QtBot) -> None:
    viewer = open_note(None, "p99")
    qtbot.addWidget(viewer)
    assert viewer.isVisible() and viewer.anchor == "p99"
    assert viewer.browser.verticalScrollBar().value() == 0
    viewer.close()


def test_the_opening_is_at_the_top(qtbot: QtBot) -> None:
    viewer = NoteViewer()
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.windowTitle().startswith("The note")
    assert viewer.browser.verticalScrollBar().value() == 0
