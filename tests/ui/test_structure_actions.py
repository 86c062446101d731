"""The Structure menu of the window: where it is, its shortcuts, its actions following the
selection, and a whole gesture (shortcut, dialog, OK) making one History entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.commands.structure import Move, MoveUnit
from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.shortcuts import shortcut_rows
from orgeditor.ui.structure_actions import STRUCTURE_KEYS
from orgeditor.ui.structure_dialogs import MergeDialog, MoveDialog, NewAsgDialog

WindowFactory = Callable[[Chart], MainWindow]


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_structure_actions_are_a_section_of_the_edit_menu(window: MainWindow) -> None:
    assert _menu_titles(window)[:2] == ["File", "Edit"]
    edit = window.menuBar().actions()[1].menu()
    assert isinstance(edit, QMenu)
    names = [a.objectName() for a in edit.actions()]
    at = names.index("add_group")
    assert names[at + 2 : at + 6] == ["new_asg", "move_to", "merge_units", "split_unit"]
    assert edit.actions()[at + 1].isSeparator() and edit.actions()[at + 6].isSeparator()


def test_structure_shortcuts_are_free_and_listed(window: MainWindow) -> None:
    rows = shortcut_rows(window)
    keys = [k for _, _, k in rows]
    for name, key in STRUCTURE_KEYS.items():
        assert window.actions_by_name[name].shortcut().toString() == key
        assert keys.count(key) == 1, key
    assert ("New Regional ASG", "Edit", "Ctrl+Shift+A") in rows


def test_actions_follow_the_selection(window: MainWindow) -> None:
    actions = window.actions_by_name
    window.scene.select_units(["div"])
    assert actions["move_to"].isEnabled() and actions["split_unit"].isEnabled()
    window.scene.select_units(["div", "team"])
    assert not actions["move_to"].isEnabled() and not actions["split_unit"].isEnabled()
    assert actions["merge_units"].isEnabled() and actions["new_asg"].isEnabled()


def _dialog(window: MainWindow, kind: type) -> object:
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def test_new_asg_from_the_menu_is_one_history_entry(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    window.actions_by_name["new_asg"].trigger()
    dialog = _dialog(window, NewAsgDialog)
    assert isinstance(dialog, NewAsgDialog)
    qtbot.keyClicks(dialog.regions_edit, "Antarctica")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Add ASG for Antarctica with lines to DPPA and DPO"
    (selected,) = window.selected_units()
    assert window.chart.unit(selected).regions == ("Antarctica",)
    window.undo_stack.undo()
    assert selected not in window.chart


def test_move_and_merge_start_from_the_selection(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    window.scene.select_units(["minusma"])
    window.actions_by_name["move_to"].trigger()
    move = _dialog(window, MoveDialog)
    assert isinstance(move, MoveDialog) and move.unit_picker.unit_id() == "minusma"
    move.scope_combo.setCurrentIndex(move.scope_combo.findData("mission"))
    qtbot.keyClicks(move.manager_picker.edit, "Africa I Division")
    qtbot.keyClick(move.manager_picker.edit, Qt.Key.Key_Return)  # names one unit: OK
    assert not move.isVisible()
    qtbot.mouseClick(move.ok_button, Qt.MouseButton.LeftButton)  # a second OK does nothing
    assert window.undo_stack.undoText() == "Move MINUSMA under Africa I Division for mission settings"
    assert window.chart.unit("minusma").reports_to == (ReportingLine("africa-i-division", "mission"),)
    window.scene.select_units(["africa-i-division", "africa-ii-division"])
    window.actions_by_name["merge_units"].trigger()
    merge = _dialog(window, MergeDialog)
    assert isinstance(merge, MergeDialog)
    assert set(merge.merged()) == {"africa-i-division", "africa-ii-division"}
    qtbot.keyClicks(merge.name_edit, "Africa Division")
    qtbot.mouseClick(merge.ok_button, Qt.MouseButton.LeftButton)
    assert (
        window.undo_stack.undoText() == "Merge Africa I Division and Africa II Division into Africa Division"
    )
    stack = window.undo_stack
    assert stack.count() == 2, [stack.text(i) for i in range(stack.count())]
    (survivor,) = window.selected_units()
    assert window.chart.unit(survivor).formerly[:2] == ("dpa-africa-i", "dpko-africa-i")


def test_right_click_on_a_card_selects_it_and_offers_the_commands(window: MainWindow, qtbot: QtBot) -> None:
    window.scene.select_units(["dppa"])
    card = window.scene.cards["div"]
    pos = window.view.mapFromScene(card.sceneBoundingRect().center())
    window.view.customContextMenuRequested.emit(pos)
    assert window.selected_units() == ["div"]
    (menu,) = [m for m in window.view.findChildren(QMenu) if m.isVisible()]
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["move_to", "merge_units", "split_unit", "new_asg"]
    assert all(a.isEnabled() for a in menu.actions())
    menu.close()


def test_a_refused_command_says_why_and_changes_nothing(window: MainWindow) -> None:
    before = window.chart.copy()
    assert not window.document.push(MoveUnit(window.chart, Move("dppa", "team")))
    assert window.chart == before and window.undo_stack.count() == 0
    assert "a unit cannot report to its own branch" in window.statusBar().currentMessage()
