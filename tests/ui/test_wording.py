"""Wording and finish: one vocabulary for scopes (legend, findings, trace), counts in the right
number, tool tips on the toolbar naming each shortcut, and Help ▸ Keyboard Shortcuts listing
every action that has one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidgetAction
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine
from orgeditor.render.diagram import legend_rows
from orgeditor.render.theme import get_theme
from orgeditor.rules import check_chart
from orgeditor.rules.findings import Finding
from orgeditor.rules.index import SCOPE_PHRASES
from orgeditor.ui.docks.checks import ChecksDock
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.shortcuts import ShortcutsDialog, keys_text, shortcut_rows

WindowFactory = Callable[[Chart], MainWindow]


def test_the_legend_names_scopes_as_the_findings_do() -> None:
    rows = legend_rows(get_theme("screen"))
    scopes = {key: text for what, key, text in rows if what == "scope"}
    assert scopes == dict(SCOPE_PHRASES)
    assert scopes["all"] == "all settings"


def test_the_trace_box_and_its_chains_use_the_same_words(window: MainWindow) -> None:
    combo = window.scope_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Trace: all settings", "Trace: mission settings", "Trace: non-mission settings"]
    assert window.actions_by_name["scope_all"].text().replace("&", "") == "All Lines"


def test_a_finding_names_a_unit_s_lines_by_their_settings() -> None:
    chart = load_chart(Path(__file__).parents[1] / "rules" / "fixtures" / "pillar.yaml")
    chart.update_unit(chart.unit("dppa").with_changes(reports_to=(ReportingLine("dpo", "mission"),)))
    (finding,) = [f for f in check_chart(chart) if f.rule == "pillar.two-departments"]
    assert "does not report to Secretary-General for all settings" in finding.message
    assert "(it reports to DPO for mission settings)" in finding.message


def test_check_counts_are_in_the_right_number(qtbot: QtBot) -> None:
    dock = ChecksDock()
    qtbot.addWidget(dock)
    one = Finding("chart.x", "error", "One", "", ())
    dock.set_findings([one, Finding("chart.y", "warning", "Two", "", ())])
    assert dock.windowTitle() == "Checks — 1 error, 1 warning"
    dock.set_findings([one, Finding("chart.z", "error", "Three", "", ())])
    assert dock.windowTitle() == "Checks — 2 errors, 0 warnings"


def test_every_toolbar_action_has_a_tooltip_with_its_shortcut(window: MainWindow) -> None:
    (tools,) = window.findChildren(QToolBar, "mainToolbar")
    actions = [a for a in tools.actions() if not a.isSeparator()]
    assert len(actions) > 8
    for action in actions:
        if isinstance(action, QWidgetAction):
            widget = action.defaultWidget()
            assert widget is not None and widget.toolTip(), widget
            continue
        tip = action.toolTip()
        assert tip and tip != action.text(), action.objectName()
        if action.shortcuts():
            assert f"({keys_text(action)})" in tip, tip
    assert window.actions_by_name["save"].toolTip().startswith("Save (Ctrl+S)")
    assert window.actions_by_name["undo"].toolTip().startswith("Undo (Ctrl+Z")


def test_the_shortcuts_dialog_lists_every_action_with_a_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    action = window.actions_by_name["shortcuts"]
    assert action.text().replace("&", "") == "Keyboard Shortcuts"
    action.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    rows = dialog.rows()
    assert rows == shortcut_rows(window)
    keys = {k for _, _, k in rows}
    for each in window.findChildren(QAction):
        if each.shortcuts():
            assert keys_text(each) in keys, each.text()
    assert ("Save", "File", keys_text(window.actions_by_name["save"])) in rows
    assert ("Quick Fixes", "Checks", keys_text(window.checks.fixes_action)) in rows
    assert ("The Note", "Help", "F1") in rows
    dialog.close()
