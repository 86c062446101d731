"""The main window's toolbar: the commands used most, the trace scope and the unit finder."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QToolBar

from orgeditor.ui.i18n import translate
from orgeditor.ui.shortcuts import describe_toolbar, keys_text

__all__ = ["build_toolbar"]


def build_toolbar(
    frame: QMainWindow,
    actions: Mapping[str, QAction],
    undo_stack: QUndoStack,
    scope_combo: QComboBox,
    finder_box: QLineEdit,
) -> QToolBar:
    """Add the toolbar to *frame*, from its *actions* (by name) and widgets."""
    tools = QToolBar(translate("Menus", "Main"), frame)
    tools.setObjectName("mainToolbar")
    for name in ("new", "open", "save"):
        tools.addAction(actions[name])
    tools.addSeparator()
    faces = {_steady_face(actions["undo"], undo_stack.canUndoChanged, "undoButton"): actions["undo"]}
    faces[_steady_face(actions["redo"], undo_stack.canRedoChanged, "redoButton")] = actions["redo"]
    tools.addActions(list(faces))
    tools.addSeparator()
    for name in ("add", "delete", "draw_mode", "relayout", "fit"):
        tools.addAction(actions[name])
    tools.addSeparator()
    tools.addAction(actions["trace"])
    tools.addWidget(scope_combo)
    tools.addSeparator()
    tools.addWidget(finder_box)
    trace_keys, find_keys = keys_text(actions["trace"]), keys_text(actions["find"])
    scope_combo.setToolTip(
        translate("Menus", "The settings whose chains Trace Chain ({keys}) highlights").format(
            keys=trace_keys
        )
    )
    finder_box.setToolTip(
        translate("Menus", "Find a unit by name, short name or id ({keys})").format(keys=find_keys)
    )
    describe_toolbar(tools, faces)
    frame.addToolBar(tools)
    return tools


def _steady_face(action: QAction, can_act: SignalInstance, name: str) -> QAction:
    """The toolbar's button for the undo stack's *action*. The stack renames its actions on
    every edit ("Undo Move …"), and a tool button whose action changes has the whole toolbar
    laid out and painted again after every edit; this twin keeps its label and follows only
    whether it can act. The shortcuts stay with *action*."""
    face = QAction(action.icon(), action.iconText(), action.parent())
    face.setObjectName(name)
    face.setEnabled(action.isEnabled())
    can_act.connect(face.setEnabled)
    face.triggered.connect(action.trigger)
    return face
