"""Help ▸ Keyboard Shortcuts and the toolbar's tool tips, both made from the window's actions
(so that neither goes stale when an action or its shortcut changes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.i18n import translate

__all__ = ["ShortcutsDialog", "describe_toolbar", "keys_text", "shortcut_rows", "show_shortcuts"]

#: What the keyboard and mouse do without an action of their own (see the chart view).
GESTURES: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "ShortcutsDialog",
    "Arrow keys move between cards; Shift+drag draws a line; dragging a card onto another "
    "re-attaches it; Ctrl+wheel zooms; the middle button pans.",
)


def _typed(keys: QKeySequence) -> bool:
    """False for a key of a special keyboard (a "Save" or "Zoom In" key Qt binds too)."""
    if keys.count() == 0:
        return False
    first: QKeyCombination = cast(Any, keys)[0]  # indexable at run time; the stubs lack it
    return first.key().value < Qt.Key.Key_Back.value


def keys_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ("Ctrl+Shift+Z, Ctrl+Y"), without
    the keys of special keyboards."""
    typed = [k for k in action.shortcuts() if _typed(k)]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed)


def _name(action: QAction) -> str:
    return action.iconText().replace("&&", "&").rstrip("…").strip()


def _walk(menu: QMenu, path: str, rows: list[tuple[str, str, str]], seen: set[QAction]) -> None:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _walk(sub, f"{path} ▸ {_name(action)}", rows, seen)
        elif not action.isSeparator():
            seen.add(action)
            if action.shortcuts():
                rows.append((_name(action), path, keys_text(action)))


def shortcut_rows(frame: QMainWindow) -> list[tuple[str, str, str]]:
    """(command, where, keys) for every action of *frame* with a shortcut: the menus' in menu
    order, then those of its docks and panes (the Checks list's Quick Fixes…)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[QAction] = set()
    for top in frame.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, _name(top), rows, seen)
    for action in frame.findChildren(QAction):
        if action in seen or not action.shortcuts():
            continue
        seen.add(action)
        owner = action.parent()
        where = (
            owner.windowTitle().split(" — ")[0]
            if isinstance(owner, QDockWidget)
            else translate("Shortcuts", "Window")
        )
        rows.append((_name(action), where, keys_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    """The table of :func:`shortcut_rows` with a line about mouse and arrow keys."""

    def __init__(self, frame: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or frame)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Where"), self.tr("Keys")])
        for row in shortcut_rows(frame):
            self.tree.addTopLevelItem(QTreeWidgetItem(list(row)))
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        gestures = QLabel(self.tr(GESTURES), self)
        gestures.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(gestures)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows as shown."""
        tree = self.tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]


def show_shortcuts(frame: QMainWindow) -> ShortcutsDialog:
    """Open (or raise) the shortcuts dialog of *frame*, rebuilt from its actions as they are now."""
    old = frame.findChild(ShortcutsDialog, "shortcutsDialog")
    if old is not None:
        old.close()
        old.deleteLater()
    dialog = ShortcutsDialog(frame)
    dialog.show()
    return dialog


def describe_toolbar(tools: QToolBar, stands_for: Mapping[QAction, QAction] | None = None) -> None:
    """Give each of *tools*' actions a tool tip naming it, its shortcut and what it does
    ("Save (Ctrl+S)"); a button's action that *stands_for* another (the undo stack's, whose
    shortcuts it leaves alone) is described as that one, and both get the tip."""
    for action in tools.actions():
        if action.isSeparator() or not action.text():
            continue
        source = stands_for.get(action, action) if stands_for else action
        name, keys = _name(source), keys_text(source)
        tip = f"{name} ({keys})" if keys else name
        status = source.statusTip()
        if status and status.rstrip(".") != name:
            tip += f"\n{status}"
        action.setToolTip(tip)
        source.setToolTip(tip)
