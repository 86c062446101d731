"""The structure actions: New Regional ASG…, Move To…, Merge Units…, Split Unit… (in the Edit
menu and the chart's context menu). Each opens its dialog on the chart as it is, prefilled from
the selection; OK pushes one undoable command and selects what it made."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMainWindow, QMenu, QWidget

from orgeditor.commands.structure import AddRegionalAsg, MergeUnits, MoveUnit, SplitUnit
from orgeditor.ui.document import Document
from orgeditor.ui.i18n import translate
from orgeditor.ui.items import CardItem
from orgeditor.ui.relayout import AutoLayout
from orgeditor.ui.structure_dialogs import (
    MergeDialog,
    MoveDialog,
    NewAsgDialog,
    SplitDialog,
    StructureDialog,
)

__all__ = ["STRUCTURE_KEYS", "StructureShell", "add_structure_actions", "open_structure_dialog"]

#: The shortcuts of the structure actions (none is taken by another action of the window).
STRUCTURE_KEYS = {
    "new_asg": "Ctrl+Shift+A",
    "move_to": "Ctrl+M",
    "merge_units": "Ctrl+Shift+M",
    "split_unit": "Ctrl+Shift+X",
}


class StructureShell(Protocol):
    """The parts of the main window the structure actions use."""

    document: Document
    auto_layout: AutoLayout

    @property
    def scene(self) -> QGraphicsScene: ...
    @property
    def view(self) -> QGraphicsView: ...
    def selected_units(self) -> list[str]: ...
    def select_and_centre(self, unit_ids: Iterable[str]) -> None: ...


def _made(command: object) -> list[str]:
    """The units a structure command made or moved (to select after it)."""
    if isinstance(command, AddRegionalAsg):
        return [command.asg_id]
    if isinstance(command, MoveUnit):
        return [command.move.unit]
    if isinstance(command, MergeUnits):
        return [command.survivor_id]
    if isinstance(command, SplitUnit):
        return list(command.part_ids)
    return []


def open_structure_dialog(frame: QWidget, window: StructureShell, name: str) -> StructureDialog:
    """Open the dialog of structure action *name* (window-modal) over *frame*; OK pushes its
    command as one undo step (when the chart is still the one the dialog was opened on)."""
    document = window.document
    chart, selected = document.chart, window.selected_units()
    one = selected[0] if len(selected) == 1 else None
    dialog: StructureDialog
    if name == "new_asg":
        dialog = NewAsgDialog(chart, frame)
    elif name == "move_to":
        dialog = MoveDialog(chart, one, frame)
    elif name == "merge_units":
        dialog = MergeDialog(chart, selected, frame)
    else:
        dialog = SplitDialog(chart, one, frame)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        if document.chart is not chart:
            return
        command = dialog.command()
        if not document.push(command):
            return
        made = _made(command)
        window.select_and_centre(made)

        def centre(_message: str = "") -> None:  # again once the layout placed the new cards
            window.auto_layout.stopped.disconnect(centre)
            QTimer.singleShot(0, lambda: _centre_again(window, made))

        window.auto_layout.stopped.connect(centre)

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog


def _centre_again(window: StructureShell, made: list[str]) -> None:
    if made and set(made) <= set(window.selected_units()):
        window.select_and_centre(made)


def _texts() -> dict[str, tuple[str, str]]:
    """Action name: (text, status tip), in the user's language."""
    return {
        "new_asg": (
            translate("Structure", "New Regional &ASG…"),
            translate(
                "Structure", "Add an ASG for some regions, reporting to DPPA and DPO, with a first division"
            ),
        ),
        "move_to": (
            translate("Structure", "&Move To…"),
            translate("Structure", "Move the selected unit, or its whole branch, under another unit"),
        ),
        "merge_units": (
            translate("Structure", "Mer&ge Units…"),
            translate("Structure", "Merge the selected units into one that continues them"),
        ),
        "split_unit": (
            translate("Structure", "S&plit Unit…"),
            translate("Structure", "Split the selected unit into new units that continue it"),
        ),
    }


def add_structure_actions(
    frame: QMainWindow, window: StructureShell, after: QAction | None = None
) -> dict[str, QAction]:
    """Create the structure actions: a section of the menu holding *after* (just after it; with
    no such menu, a Structure menu of its own) and the chart's context menu; returns them by
    name."""
    actions: dict[str, QAction] = {}
    for name, (text, tip) in _texts().items():
        action = QAction(text, frame)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(STRUCTURE_KEYS[name]))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False, n=name: open_structure_dialog(frame, window, n))
        actions[name] = action
    order = [actions[n] for n in ("new_asg", "move_to", "merge_units", "split_unit")]
    bar = frame.menuBar()
    menus = [a.menu() for a in bar.actions()]
    home = next(
        (m for m in menus if isinstance(m, QMenu) and after is not None and after in m.actions()), None
    )
    if home is not None and after is not None:
        items = home.actions()
        at = items.index(after) + 1
        if at < len(items):
            home.insertSeparator(items[at])
            home.insertActions(items[at], order)
        else:
            home.addSeparator()
            home.addActions(order)
    else:
        menu = QMenu(QCoreApplication.translate("Structure", "&Structure"), frame)
        menu.setObjectName("structureMenu")
        menu.addActions(order)
        bar.addMenu(menu)

    def follow_selection() -> None:
        if not shiboken6.isValid(window.scene):  # the window is closing
            return
        count = len(window.selected_units())
        actions["move_to"].setEnabled(count <= 1)
        actions["split_unit"].setEnabled(count <= 1)

    window.scene.selectionChanged.connect(follow_selection)
    follow_selection()
    _add_context_menu(window, actions)
    return actions


def _add_context_menu(window: StructureShell, actions: dict[str, QAction]) -> None:
    """Right-click on the chart: the structure actions, for the card under the pointer (selected
    first when it was not) or the selection."""
    view = window.view
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
        return  # someone else's menu is there
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        card = _card_at(view, pos)
        if card is not None and card.unit_id not in window.selected_units():
            window.scene.clearSelection()
            card.setSelected(True)
        menu = QMenu(view)
        menu.addActions([actions["move_to"], actions["merge_units"], actions["split_unit"]])
        menu.addSeparator()
        menu.addAction(actions["new_asg"])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)


def _card_at(view: QGraphicsView, pos: QPoint) -> CardItem | None:
    item = view.itemAt(pos)
    while item is not None and not isinstance(item, CardItem):
        item = item.parentItem()
    return item
