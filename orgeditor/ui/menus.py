"""Actions, menus and the toolbar of the main window (standard shortcuts where they exist).

The actions work on the window's parts named by :class:`Shell` (the document, its file
handling, the chart view and the docks), never on the window class itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Protocol

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStatusBar,
)

from orgeditor import __version__
from orgeditor.commands import SetDirection
from orgeditor.ui.compare_actions import compare_variants, compare_with_baseline, compare_with_file
from orgeditor.ui.docks import ChecksDock, ConflictsDock, OutlineDock, PropertiesDock
from orgeditor.ui.document import Document
from orgeditor.ui.documents import Documents
from orgeditor.ui.export_dialog import open_export_dialog
from orgeditor.ui.guide_viewer import open_guide
from orgeditor.ui.i18n import LANGUAGE_KEY, LANGUAGES, chosen_language, translate
from orgeditor.ui.import_csv import import_csv
from orgeditor.ui.items import GroupItem, LinkItem
from orgeditor.ui.note_viewer import open_note
from orgeditor.ui.relayout import AutoLayout
from orgeditor.ui.revision_dialog import compare_with_revision
from orgeditor.ui.scene import ChartScene
from orgeditor.ui.shortcuts import show_shortcuts
from orgeditor.ui.structure_actions import add_structure_actions
from orgeditor.ui.toolbar import build_toolbar
from orgeditor.ui.view import ChartView, UnitFinder

__all__ = ["APP_NAME", "Shell", "add_legend_dock", "build_actions", "delete_selection"]

APP_NAME = "Org Chart Editor"

Key = QKeySequence.StandardKey

#: View ▸ scope entries: action name, text, scope, status tip (texts translated when shown).
SCOPE_ACTIONS = (
    (
        "scope_all",
        QT_TRANSLATE_NOOP("Menus", "All Line&s"),
        "all",
        QT_TRANSLATE_NOOP("Menus", "Draw every reporting line at full strength"),
    ),
    (
        "scope_mission",
        QT_TRANSLATE_NOOP("Menus", "&Mission Lines"),
        "mission",
        QT_TRANSLATE_NOOP("Menus", "Fade the reporting lines that do not count for missions"),
    ),
    (
        "scope_non_mission",
        QT_TRANSLATE_NOOP("Menus", "&Non-mission Lines"),
        "non-mission",
        QT_TRANSLATE_NOOP("Menus", "Fade the reporting lines that do not count outside missions"),
    ),
)


class Shell(Protocol):
    """The parts of the main window the actions work on."""

    document: Document
    documents: Documents
    scene: ChartScene
    view: ChartView
    auto_layout: AutoLayout
    settings: QSettings
    outline: OutlineDock
    properties: PropertiesDock
    checks: ChecksDock
    conflicts: ConflictsDock
    history: QDockWidget
    scope_combo: QComboBox
    finder: UnitFinder

    def selected_units(self) -> list[str]: ...
    def select_and_centre(self, unit_ids: Iterable[str]) -> None: ...
    def update_trace(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - the main window's


def delete_selection(window: Shell) -> None:
    """Delete what is selected: units (asking about their reports), a link or a group."""
    units, editor = window.selected_units(), window.document.editor
    if units:
        editor.delete_units(units)
        return
    for item in window.scene.selectedItems():
        if isinstance(item, LinkItem):
            editor.delete_link(item.link)
            return
        if isinstance(item, GroupItem):
            editor.delete_group(item.group_id)
            return


def _add_subordinate(window: Shell) -> None:
    units = window.selected_units()
    new = window.document.editor.add_subordinate(units[0] if units else None)
    if new is not None:
        window.select_and_centre([new])
        window.view.start_rename(new)


def _choose_unit(window: Shell, title: str, label: str) -> str | None:
    """Ask for a unit of the chart by name (typing filters the list); None when cancelled."""
    chart = window.document.chart
    labels = [f"{u.label} ({u.id})" for u in chart]
    choice, ok = QInputDialog.getItem(window.view, title, label, labels, 0, True)
    if not ok or choice not in labels:
        return None
    return list(chart.units)[labels.index(choice)]


def _line_from_selected(window: Shell, title: str, question: str) -> tuple[str, str] | None:
    """(selected unit, unit chosen) for Report To and Connect To; *question* names the unit
    as ``{unit}``."""
    units = window.selected_units()
    if len(units) != 1:
        window.statusBar().showMessage(translate("Menus", "Select one unit first"), 3000)
        return None
    question = question.format(unit=window.document.chart.unit(units[0]).label)
    target = _choose_unit(window, title, question)
    return (units[0], target) if target is not None else None


def _report_to(window: Shell) -> None:
    if pair := _line_from_selected(
        window, translate("Menus", "Report to"), translate("Menus", "{unit} reports to:")
    ):
        window.document.editor.report_to(*pair)


def _connect(window: Shell) -> None:
    if pair := _line_from_selected(
        window, translate("Menus", "Connect"), translate("Menus", "Draw a line from {unit} to:")
    ):
        window.document.editor.connect(*pair)


def _add_group(window: Shell) -> None:
    new = window.document.editor.add_group(window.selected_units(), translate("Menus", "New group"))
    if new is not None:
        window.properties.show_group(window.document.chart, new)


def _rename(window: Shell) -> None:
    units = window.selected_units()
    if len(units) == 1:
        window.view.start_rename(units[0])


def _actual_size(window: Shell) -> None:
    window.view.set_zoom(1.0)
    window.view.centre_on_units(window.selected_units())


def _about(frame: QMainWindow) -> None:
    import pygraphviz  # noqa: PLC0415 - loaded by the first layout, not at start-up (and after QtGui)

    gv = pygraphviz.graphviz
    graphviz = f"{gv.GRAPHVIZ_MAJOR_VERSION}.{gv.GRAPHVIZ_MINOR_VERSION}.{gv.GRAPHVIZ_PATCH_VERSION}"
    name = translate("Menus", "Org Chart Editor")
    QMessageBox.about(
        frame,
        name,
        f"<b>{name}</b> {__version__}"
        + translate(
            "Menus",
            "<p>Design structure variants of the UN peace and security pillar "
            "and see at once which provisions of the Secretary-General's note of "
            "11 September 2017 a draft breaks.</p><p>Shortcuts: arrows move between cards, "
            "F2 renames, Shift+drag draws a line, drag a card onto another to re-attach it, "
            "Ctrl+wheel zooms, middle button pans.</p>",
        )
        + f"<p>Qt {qVersion()}, PySide6 {PySide6.__version__}, Graphviz {graphviz}</p>",
    )


def add_legend_dock(frame: QMainWindow, window: Shell) -> QAction:
    """Dock the view's legend at the bottom, right of the checks (its rows flow into columns
    there); returns the action that shows and hides it (View ▸ Legend)."""
    dock = window.view.legend_dock(frame)
    frame.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    frame.splitDockWidget(window.checks, dock, Qt.Orientation.Horizontal)
    if window.settings.value("windowState") is None:  # else the state saved places it

        def shown(visible: bool) -> None:  # once, when the window first lays its docks out
            if visible:
                dock.visibilityChanged.disconnect(shown)
                QTimer.singleShot(0, lambda: _fit_legend_dock(frame, window, dock))

        dock.visibilityChanged.connect(shown)
    action = dock.toggleViewAction()
    action.setObjectName("legend")
    action.setText(translate("Menus", "&Legend"))
    action.setStatusTip(translate("Menus", "Show or hide the legend beside the chart"))
    return action


def _fit_legend_dock(frame: QMainWindow, window: Shell, dock: QDockWidget) -> None:
    """Make the legend's dock wide enough for the whole legend (once the window is shown: a
    dock is sized by its window's layout)."""
    wanted = window.view.legend.width() + 24
    total = window.checks.width() + dock.width()
    if total > wanted:
        frame.resizeDocks([window.checks, dock], [total - wanted, wanted], Qt.Orientation.Horizontal)


def _language_menu(frame: QMainWindow, settings: QSettings) -> QMenu:
    """View ▸ Language: follow the system or speak one of :data:`LANGUAGES` (names in their own
    language); the choice is saved and applies from the next start."""
    menu = QMenu(translate("Menus", "Lan&guage"), frame)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = chosen_language(settings)
    choices = [("", translate("Menus", "&System Language")), *LANGUAGES.items()]
    for code, label in choices:
        action = menu.addAction(label)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)

    def chosen(action: QAction) -> None:
        code = str(action.data())
        if code == chosen_language(settings):
            return
        settings.setValue(LANGUAGE_KEY, code)
        QMessageBox.information(
            frame,
            translate("Menus", "Language"),
            translate("Menus", "The new language applies the next time the editor starts."),
        )

    group.triggered.connect(chosen)
    return menu


def _direction_action(frame: QMainWindow, window: Shell) -> QAction:
    """View ▸ Left to Right: a checkable action that turns the layout (one undoable step) and
    shows the chart's direction as it changes (undo, another chart opened)."""
    action = QAction(translate("Menus", "Left to &Right"), frame)
    action.setObjectName("left_to_right")
    action.setCheckable(True)
    action.setStatusTip(translate("Menus", "Lay the chart out left to right instead of top to bottom"))
    document = window.document

    def shown() -> None:
        action.blockSignals(True)
        action.setChecked(document.chart.layout.direction == "LR")
        action.blockSignals(False)

    def toggled(on: bool) -> None:
        if (document.chart.layout.direction == "LR") != on:
            document.push(SetDirection(document.chart, "LR" if on else "TB"))

    action.toggled.connect(toggled)
    document.changed.connect(lambda *_: shown())
    document.replaced.connect(lambda *_: shown())
    shown()
    return action


def build_actions(frame: QMainWindow, window: Shell) -> dict[str, QAction]:
    """Create every action of *window* (whose frame is *frame*: the same main window), put them
    in menus and the toolbar; returns them by name."""
    actions: dict[str, QAction] = {}
    docs, editor, undo_stack = window.documents, window.document.editor, window.document.undo_stack

    def make(  # noqa: PLR0917
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: Key | str | None = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, frame)
        action.setObjectName(name)
        if isinstance(shortcut, Key):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _=False: slot())
        actions[name] = action
        return action

    bar = frame.menuBar()
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(make("new", translate("Menus", "&New"), docs.new, Key.New))
    file_menu.addAction(
        make(
            "new_template",
            translate("Menus", "New from &Template…"),
            docs.new_from_template,
            None,
            translate(
                "Menus",
                "Start from a copy of a shipped chart: the 2017 proposal or baseline, "
                "or the 2019 implementation",
            ),
        )
    )
    file_menu.addAction(make("open", translate("Menus", "&Open…"), docs.open, Key.Open))
    recent = QMenu(translate("Menus", "Open &Recent"), frame)
    recent.setObjectName("recentMenu")
    recent.aboutToShow.connect(lambda: docs.fill_recent_menu(recent))
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    file_menu.addAction(make("save", translate("Menus", "&Save"), docs.save, Key.Save))
    file_menu.addAction(make("save_as", translate("Menus", "Save &As…"), docs.save_as, Key.SaveAs))
    file_menu.addAction(
        make(
            "revert",
            translate("Menus", "Re&vert"),
            docs.revert,
            None,
            translate("Menus", "Reload the saved file"),
        )
    )
    file_menu.addAction(
        make(
            "close",
            translate("Menus", "&Close"),
            lambda: frame.close() if docs.is_blank else docs.close(),
            Key.Close,
            translate(
                "Menus", "Close the chart (asking to save changes); on an empty chart, close the window"
            ),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        make("compare", translate("Menus", "Compare &with…"), lambda: compare_with_file(docs))
    )
    file_menu.addAction(
        make(
            "compare_revision",
            translate("Menus", "Compare wit&h Revision…"),
            lambda: compare_with_revision(frame, window.document.path, window.document.chart.copy()),
            None,
            translate(
                "Menus", "Compare the chart with a version of its file in git: HEAD, a branch or a commit"
            ),
        )
    )
    file_menu.addAction(
        make(
            "compare_variants",
            translate("Menus", "Compare Varian&ts…"),
            lambda: compare_variants(docs),
            None,
            translate(
                "Menus", "Weigh several variants against the note: provisions, totals and what changes"
            ),
        )
    )
    file_menu.addAction(
        make(
            "compare_baseline",
            translate("Menus", "Compare with &Baseline"),
            lambda: compare_with_baseline(docs),
        )
    )
    file_menu.addAction(
        make(
            "export",
            translate("Menus", "&Export…"),
            lambda: open_export_dialog(frame, window.document, window.settings, window.selected_units()),
            "Ctrl+Shift+E",
        )
    )
    file_menu.addAction(make("import_csv", translate("Menus", "&Import CSV…"), lambda: import_csv(docs)))
    file_menu.addSeparator()
    file_menu.addAction(make("quit", translate("Menus", "&Quit"), frame.close, Key.Quit))

    undo = undo_stack.createUndoAction(frame, translate("Menus", "&Undo"))
    undo.setShortcuts(Key.Undo)
    redo = undo_stack.createRedoAction(frame, translate("Menus", "&Redo"))
    redo_keys = [*QKeySequence.keyBindings(Key.Redo), QKeySequence("Ctrl+Y")]  # Ctrl+Y everywhere
    redo.setShortcuts(list({key.toString(): key for key in redo_keys}.values()))
    # the menu says what would be undone; the toolbar keeps a short label (buttons stay put)
    undo.setIconText(translate("Menus", "Undo"))
    redo.setIconText(translate("Menus", "Redo"))
    actions["undo"], actions["redo"] = undo, redo
    edit = bar.addMenu(translate("Menus", "&Edit"))
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addAction(
        make(
            "add",
            translate("Menus", "&Add Subordinate"),
            lambda: _add_subordinate(window),
            "Insert",
            translate("Menus", "Add a unit reporting to the selected unit"),
        )
    )
    edit.addAction(
        make("delete", translate("Menus", "&Delete"), lambda: delete_selection(window), Key.Delete)
    )
    edit.addAction(make("rename", translate("Menus", "Re&name"), lambda: _rename(window), "F2"))
    edit.addSeparator()
    edit.addAction(
        make(
            "report_to",
            translate("Menus", "Re&port To…"),
            lambda: _report_to(window),
            "Ctrl+R",
            translate("Menus", "Change whom the selected unit reports to"),
        )
    )
    edit.addAction(
        make(
            "connect",
            translate("Menus", "&Connect To…"),
            lambda: _connect(window),
            "Ctrl+K",
            translate("Menus", "Draw a reporting line or link from the selected unit (or Shift+drag)"),
        )
    )
    draw = make(
        "draw_mode",
        translate("Menus", "Draw &Lines"),
        lambda: None,
        "Ctrl+D",
        translate("Menus", "Drag from card to card to draw a reporting line or link"),
        checkable=True,
    )
    draw.toggled.connect(lambda on: setattr(window.scene, "connect_mode", on))
    edit.addAction(draw)
    edit.addAction(
        make("add_group", translate("Menus", "New &Group from Selection"), lambda: _add_group(window))
    )
    edit.addSeparator()
    edit.addAction(
        make(
            "pin",
            translate("Menus", "P&in / Unpin"),
            lambda: editor.toggle(window.selected_units(), "pinned"),
            "Ctrl+P",
            translate("Menus", "A re-layout keeps pinned cards where they are"),
        )
    )
    edit.addAction(
        make(
            "collapse",
            translate("Menus", "C&ollapse / Expand Branch"),
            lambda: editor.toggle(window.selected_units(), "collapsed"),
            "Ctrl+E",
        )
    )
    edit.addSeparator()
    edit.addAction(make("find", translate("Menus", "&Find…"), window.finder.focus, Key.Find))
    edit.addAction(
        make("find_next", translate("Menus", "Find &Next"), window.finder.next_match, Key.FindNext)
    )
    edit.addAction(
        make(
            "select_all",
            translate("Menus", "Select &All"),
            lambda: window.scene.select_units(window.document.chart.units),
            Key.SelectAll,
        )
    )

    view = bar.addMenu(translate("Menus", "&View"))
    view.addAction(make("zoom_in", translate("Menus", "Zoom &In"), window.view.zoom_in, Key.ZoomIn))
    view.addAction(make("zoom_out", translate("Menus", "Zoom &Out"), window.view.zoom_out, Key.ZoomOut))
    actions["zoom_in"].setShortcuts([*actions["zoom_in"].shortcuts(), QKeySequence("Ctrl+=")])
    view.addAction(make("fit", translate("Menus", "&Fit to Window"), window.view.fit_to_window, "Ctrl+0"))
    view.addAction(make("actual", translate("Menus", "&Actual Size"), lambda: _actual_size(window), "Ctrl+1"))
    view.addSeparator()
    view.addAction(
        make(
            "relayout",
            translate("Menus", "&Re-layout"),
            lambda: window.auto_layout.request(relayout=True),
            "Ctrl+L",
            translate("Menus", "Lay the chart out again, keeping pinned cards"),
        )
    )
    view.addAction(actions.setdefault("left_to_right", _direction_action(frame, window)))
    view.addAction(
        make(
            "trace",
            translate("Menus", "&Trace Chain"),
            window.update_trace,
            "Ctrl+T",
            translate(
                "Menus",
                "Highlight the selected unit's chain for the settings chosen beside it "
                "(all settings: every chain its lines make)",
            ),
            checkable=True,
        )
    )
    legend = actions["legend"] = add_legend_dock(frame, window)
    view.addAction(legend)
    view.addSeparator()
    scopes = QActionGroup(frame)
    scopes.setObjectName("scopeShown")
    scopes.setExclusive(True)
    for name, text, scope, tip in SCOPE_ACTIONS:
        action = make(
            name,
            translate("Menus", str(text)),
            functools.partial(window.view.show_scope, scope),
            None,
            translate("Menus", str(tip)),
            checkable=True,
        )
        action.setData(scope)
        scopes.addAction(action)
        view.addAction(action)
    actions["scope_all"].setChecked(True)
    view.addSeparator()
    for dock in (window.outline, window.properties, window.checks, window.conflicts, window.history):
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    view.addMenu(_language_menu(frame, window.settings))

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(
        make(
            "guide",
            translate("Menus", "&User Guide"),
            lambda: open_guide(frame),
            None,
            translate("Menus", "How to draft, present and compare charts, task by task, with pictures"),
        )
    )
    help_menu.addAction(
        make(
            "note",
            translate("Menus", "The &Note"),
            lambda: open_note(frame),
            "F1",
            translate("Menus", "Read the Secretary-General's note the rules cite"),
        )
    )
    help_menu.addAction(
        make("shortcuts", translate("Menus", "&Keyboard Shortcuts"), lambda: show_shortcuts(frame))
    )
    help_menu.addSeparator()
    help_menu.addAction(make("about", translate("Menus", "&About"), lambda: _about(frame)))

    actions.update(add_structure_actions(frame, window, after=actions["add_group"]))

    build_toolbar(frame, actions, undo_stack, window.scope_combo, window.finder.box)
    return actions
