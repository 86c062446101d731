"""Quick fixes in the checks dock: a finding's menu lists them first (the first in bold); one
applies as one undoable step and the finding goes; a departure asks its reason and citation;
Ctrl+. opens the selected finding's menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine
from orgeditor.rules.findings import sort_findings
from orgeditor.ui.departure_dialog import DepartureDialog
from orgeditor.ui.docks.checks import FindingLike
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]

PILLAR = Path(__file__).parents[1] / "rules" / "fixtures" / "pillar.yaml"
BACKSTOPPING = "pillar.field-backstopping"


def _broken() -> Chart:
    """The pillar with UNAMI backstopped by a division for non-mission settings only."""
    chart = load_chart(PILLAR)
    unit = chart.unit("unami")
    chart.update_unit(unit.with_changes(reports_to=(ReportingLine("meap-division", "non-mission"),)))
    return chart


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window(_broken())


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.checks.findings == sort_findings(window.document.findings), timeout=5000)
    qtbot.wait(10)


def _backstopping(window: MainWindow) -> FindingLike | None:
    return next((f for f in window.checks.findings if f.rule == BACKSTOPPING and "UNAMI" in f.message), None)


def _fix_actions(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if a.objectName() == "quickFix"]


def test_the_menu_lists_fixes_first_then_departure_note_and_copy(window: MainWindow) -> None:
    finding = _backstopping(window)
    assert finding is not None and finding.severity == "error"
    menu = window.checks.menu_for(finding)
    fixes = _fix_actions(menu)
    labels = [a.text() for a in fixes]
    assert labels[0] == "Report UNAMI to Middle East Division for mission settings"
    assert "Add a mission line from UNAMI to DPO" in labels
    assert not any("departure" in label for label in labels)  # the menu's own item does that
    assert fixes[0].font().bold() and not fixes[1].font().bold()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[: len(fixes)] == ["quickFix"] * len(fixes)
    assert names[len(fixes) :] == ["recordDeparture", "openNote", "copyMessage"]


def test_a_quick_fix_resolves_the_finding_and_undo_brings_it_back(window: MainWindow, qtbot: QtBot) -> None:
    finding = _backstopping(window)
    assert finding is not None
    count = window.undo_stack.count()
    fixes = _fix_actions(window.checks.menu_for(finding))
    next(a for a in fixes if a.text() == "Add a mission line from UNAMI to DPO").trigger()
    _settle(window, qtbot)
    assert window.undo_stack.count() == count + 1
    assert window.undo_stack.undoText() == "Add a mission line from UNAMI to DPO"
    assert _backstopping(window) is None
    assert ReportingLine("dpo", "mission") in window.chart.unit("unami").reports_to
    window.undo_stack.undo()
    _settle(window, qtbot)
    assert _backstopping(window) is not None
    assert window.chart.unit("unami").reports_to == (ReportingLine("meap-division", "non-mission"),)


def test_cancelling_the_departure_applies_nothing(window: MainWindow, qtbot: QtBot) -> None:
    finding = _backstopping(window)
    assert finding is not None
    record = window.checks.menu_for(finding).findChild(QAction, "recordDeparture")
    assert record is not None
    count = window.undo_stack.count()
    record.trigger()
    dialog = window.findChild(DepartureDialog, "departureDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert window.undo_stack.count() == count and window.chart.departures == ()


def test_ctrl_period_opens_the_selected_finding_s_fixes(window: MainWindow, qtbot: QtBot) -> None:
    checks = window.checks
    finding = _backstopping(window)
    assert finding is not None
    row = checks.findings.index(finding)
    checks.view.setCurrentIndex(checks.model.index(row, 0))
    checks.view.setFocus()
    assert checks.current_finding() is finding
    keys = [k.toString() for k in checks.fixes_action.shortcuts()]
    assert "Ctrl+." in keys and "Alt+Return" in keys
    menu = checks.open_current_menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    first = menu.activeAction()
    assert first is not None and first.objectName() == "quickFix"
    menu.close()
    checks.fixes_action.trigger()  # what Ctrl+. runs
    popup = QApplication.activePopupWidget()
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=2000)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and _fix_actions(popup)
    popup.close()


def test_a_finding_without_fixes_keeps_the_plain_menu(make_window: WindowFactory) -> None:
    chart = load_chart(PILLAR)
    window = make_window(chart)
    for finding in window.checks.findings:
        menu = window.checks.menu_for(finding)
        assert [a.objectName() for a in menu.actions() if not a.isSeparator()][-1] == "copyMessage"
