"""The main window: a shell around one :class:`~orgeditor.ui.document.Document` — the chart
in the centre, docks around it, menus, toolbar and status bar, and the signals between them.

The document holds the chart, its file, history, findings, journal and file watch; the docks
and dialogs work on it. A new dock is built in :meth:`MainWindow._build_docks` and fed from
:meth:`MainWindow.refresh_after_change`; a new action goes in :mod:`orgeditor.ui.menus`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import SCOPES, ChangeKind, Chart, ChartChange
from orgeditor.model.scopes import trace_scopes
from orgeditor.render.export_plan import worst_severities
from orgeditor.ui.collector import collect_on_gui_thread
from orgeditor.ui.departure_dialog import connect_departures
from orgeditor.ui.docks import ChecksDock, ConflictsDock, OutlineDock, PropertiesDock
from orgeditor.ui.docks.unit_picker import scope_label
from orgeditor.ui.document import Document
from orgeditor.ui.documents import Documents
from orgeditor.ui.editing import Editor
from orgeditor.ui.finding_actions import connect_finding_actions
from orgeditor.ui.items import CardItem, GroupItem, LinkItem
from orgeditor.ui.menus import APP_NAME, build_actions
from orgeditor.ui.post_text import counts_text
from orgeditor.ui.relayout import AutoLayout
from orgeditor.ui.scene import ChartScene
from orgeditor.ui.view import ChartView, UnitFinder, zoom_text

__all__ = ["APP_NAME", "ORG_NAME", "MainWindow"]

ORG_NAME = "orgeditor"
#: Canonical departments (SPEC §4) the first view of a large chart keeps side by side.
PILLAR_FOCUS = ("dppa", "dpo")
#: The least zoom a chart opens at: a wider chart opens on its top, across the pillar (above,
#: the cards' type is too small to read on a laptop screen).
OPENING_ZOOM = 0.3
#: The changes that touch a unit's row in the outline.
_UNIT_ROWS = (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED, ChangeKind.UNIT_CHANGED)


class MainWindow(QMainWindow):
    """One document window."""

    def __init__(
        self,
        chart: Chart | None = None,
        settings: QSettings | None = None,
        *,
        journal_folder: Path | None = None,
    ) -> None:
        """*journal_folder*: where edit journals go (default: the user's data folder)."""
        super().__init__()
        collect_on_gui_thread()  # never in the layout thread: Qt objects die on their own
        self.settings = settings or QSettings(ORG_NAME, APP_NAME)
        self.document = Document(chart, journal_folder=journal_folder, parent=self)
        self.document.dialog_parent = self
        self.documents = Documents(self.document, self.settings, self)
        self.scene = ChartScene(parent=self)
        self.view = ChartView(self.scene)
        self.auto_layout = AutoLayout(self.document, self.scene, self)
        self._drawn = True
        self._changed_units: set[str] = set()
        self._findings_shown: tuple[int, object] | None = None  # (their version, departures)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_after_change)
        self._build_centre()
        self._build_docks()
        self._build_status()
        self.actions_by_name = build_actions(self, self)
        self.tabifyDockWidget(self.checks, self.conflicts)  # after the legend split off Checks
        self._connect()
        self._show_chart(self.document.chart)
        self._restore_state()

    # --------------------------------------------------- the document, in short

    @property
    def chart(self) -> Chart:
        return self.document.chart

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.undo_stack

    @property
    def editor(self) -> Editor:
        return self.document.editor

    # ----------------------------------------------------------------- set up

    def _build_centre(self) -> None:
        """The chart, under the bars that say the file changed on disk or was recovered."""
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.documents.disk_bar)
        column.addWidget(self.documents.recovered_bar)
        column.addWidget(self.view, 1)
        self.setCentralWidget(centre)

    def _build_docks(self) -> None:
        self.outline = OutlineDock(self)
        self.properties = PropertiesDock(self)
        self.checks = ChecksDock(self)
        self.conflicts = ConflictsDock(self.document.push, self)  # shown while the chart has conflicts
        self.history = QDockWidget(self.tr("History"), self)
        self.history.setObjectName("historyDock")
        self.history.setWidget(QUndoView(self.undo_stack))
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history)
        self.tabifyDockWidget(self.outline, self.history)
        self.outline.raise_()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks)
        self.resizeDocks([self.outline, self.properties], [240, 290], Qt.Orientation.Horizontal)
        self.resizeDocks([self.checks], [170], Qt.Orientation.Vertical)

    def _build_status(self) -> None:
        self.counts_label = QLabel()
        self.zoom_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.finder = UnitFinder(self.view, self)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("traceScope")
        for scope in SCOPES:
            self.scope_combo.addItem(self.tr("Trace: {scope}").format(scope=scope_label(scope)), scope)

    def _connect(self) -> None:
        document, editor, scene = self.document, self.editor, self.scene
        document.changed.connect(self._chart_changed)
        document.findings_changed.connect(self._refresh_timer.start)
        document.replaced.connect(self._show_chart)
        document.modified_changed.connect(lambda _modified: self._update_title())
        document.path_changed.connect(lambda _path: self._update_title())
        document.error.connect(self.report_error)
        document.problem.connect(self.report_problem)
        self.documents.message.connect(self.statusBar().showMessage)
        self.auto_layout.started.connect(self._layout_started)
        self.auto_layout.stopped.connect(self._layout_stopped)
        scene.selectionChanged.connect(self._scene_selection)
        scene.move_finished.connect(editor.move)
        scene.reparent_requested.connect(editor.report_to)
        scene.connect_requested.connect(editor.connect)
        self.view.rename_committed.connect(editor.rename)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(zoom_text(z)))
        self.view.painted.connect(self._view_painted)
        self.outline.units_selected.connect(self.select_and_centre)
        self.checks.finding_activated.connect(self.select_and_centre)
        self.conflicts.unit_activated.connect(lambda unit_id: self.select_and_centre([unit_id]))
        connect_departures(self.checks, document, self)
        connect_finding_actions(self.checks, document, self)
        self.properties.unit_edited.connect(editor.update_unit)
        self.properties.group_edited.connect(editor.update_group)
        self.properties.link_edited.connect(editor.change_link)
        self.properties.link_deleted.connect(editor.delete_link)
        self.properties.title_edited.connect(editor.set_title)
        self.finder.message.connect(self.statusBar().showMessage)
        self.scope_combo.currentIndexChanged.connect(self.update_trace)

    # ----------------------------------------------------------------- chart

    def _show_chart(self, chart: Chart) -> None:
        """Show the document's chart, just opened (clean, with an empty history)."""
        gc.unfreeze()  # the previous document's objects may be collected again
        self._refresh_timer.stop()  # what was pending concerned the previous chart
        self._changed_units.clear()
        # laid out while the scene still shows the previous chart (repainting, input held back)
        placement = self.auto_layout.lay_out_now(chart)
        self.scene.set_chart(chart, placement)
        self._findings_shown = None  # the scene shows no badge yet
        self.properties.show_chart(chart)
        self.outline.rebuild(chart)
        self.conflicts.set_chart(chart)
        QTimer.singleShot(0, self._raise_conflicts)  # after a restored window state hid or covered it
        self.finder.box.clear()
        self.view.fit_until_touched(min_zoom=OPENING_ZOOM, focus=PILLAR_FOCUS)
        self.refresh_after_change()
        self._update_title()
        # The document's objects live as long as it is open: left out of cycle collection, a
        # large chart no longer makes every full collection (a pause mid-edit) walk them all.
        gc.freeze()
        self._drawn = False  # work for later waits until the chart has been drawn once

    def _raise_conflicts(self) -> None:
        if self.chart.conflicts:
            self.conflicts.show()
            self.conflicts.raise_()

    def _view_painted(self) -> None:
        if not self._drawn:
            self._drawn = True
            self.document.journal.prepare_soon()
            self.scene.overview.gather_soon()

    def _update_title(self) -> None:
        title = self.tr("{document}[*] — Org Chart Editor")
        self.setWindowTitle(title.format(document=self.documents.display_name()))
        self.setWindowModified(self.document.modified)

    def _chart_changed(self, changes: Sequence[ChartChange]) -> None:
        self.properties.note_changes(changes)
        for change in changes:
            if change.kind in _UNIT_ROWS:
                self._changed_units.update(change.ids)
        self._refresh_timer.start()

    def refresh_after_change(self) -> None:
        """After a command (batched): outline, properties, findings, badges, status."""
        chart = self.chart
        if self._changed_units:
            self.outline.update_units(chart, self._changed_units)
            self._changed_units = set()
        self.properties.refresh()
        shown = (self.document.findings_version, chart.departures)
        if shown != self._findings_shown:  # most edits change none: not read, unit by unit
            self._findings_shown, findings = shown, self.document.findings
            self.scene.set_findings(worst_severities(findings))
            self.checks.set_findings(findings, self.document.check_message, chart.departures)
        self.update_trace()
        self._update_counts()

    def _update_counts(self) -> None:
        self.counts_label.setText(counts_text(self.chart, self.checks.counts(), self.selected_units()))

    def _layout_started(self) -> None:
        self.progress.show()
        self.statusBar().showMessage(self.tr("Laying out…"))

    def _layout_stopped(self, message: str) -> None:
        self.progress.hide()
        if message:
            self.statusBar().showMessage(message, 4000)

    # -------------------------------------------------------------- selection

    def _scene_selection(self) -> None:
        chart, items = self.chart, self.scene.selectedItems()
        units = [i.unit_id for i in items if isinstance(i, CardItem)]
        self.outline.select(units)
        if len(units) == 1:
            self.properties.show_unit(chart, units[0])
        elif not units and items and isinstance(items[0], LinkItem):
            self.properties.show_link(chart, items[0].link)
        elif not units and items and isinstance(items[0], GroupItem):
            self.properties.show_group(chart, items[0].group_id)
        else:
            self.properties.show_chart(chart)
        self.update_trace()
        self._update_counts()

    def select_and_centre(self, unit_ids: Iterable[str]) -> None:
        """Select the cards of *unit_ids* and bring them into view."""
        unit_ids = list(unit_ids)
        self.scene.select_units(unit_ids)
        self.view.centre_on_units(unit_ids)

    def selected_units(self) -> list[str]:
        return self.scene.selected_unit_ids()

    # ------------------------------------------------------------------ trace

    def update_trace(self) -> None:
        """Highlight the selected unit's chains when View ▸ Trace Chain is on."""
        units = self.selected_units()
        if not self.actions_by_name["trace"].isChecked() or len(units) != 1:
            self.scene.set_trace(None)
            return
        scope = str(self.scope_combo.currentData())
        # "all" traces every scope the unit's lines have: a regional ASG's mission and non-mission chains
        scopes = trace_scopes(self.chart, units[0]) if scope == "all" else [scope]
        self.scene.set_trace(units[0], *scopes)
        chains = self.scene.trace_chains().items()
        chain, label = self.tr("Chain ({scope}): {units}"), self.chart.unit
        shown = (
            chain.format(scope=scope_label(s), units=" → ".join(label(u).label for u in c)) for s, c in chains
        )
        self.statusBar().showMessage(" · ".join(shown))

    # --------------------------------------------------------------- messages

    def report_error(self, message: str) -> None:
        """Tell the user an edit was refused (status bar and a non-modal box)."""
        self.statusBar().showMessage(self.tr("Not done: {reason}").format(reason=message), 8000)
        self._warn(self.tr("Not done"), message)

    def report_problem(self, message: str) -> None:
        """Warn the user about something that is not an edit (status bar and a non-modal box)."""
        self.statusBar().showMessage(message, 8000)
        self._warn(self.tr("Warning"), message)

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --------------------------------------------------------------- settings

    def _restore_state(self) -> None:
        geometry, state = self.settings.value("geometry"), self.settings.value("windowState")
        #: True when no window geometry was saved yet: the first start opens maximised
        self.first_start = not isinstance(geometry, QByteArray)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:  # fill the screen: without a window manager, maximising does nothing
                self.setGeometry(screen.availableGeometry())
            else:
                self.resize(1400, 900)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.documents.maybe_save():
            event.ignore()
            return
        self.document.close()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.scene.detach()
        self.scene.blockSignals(True)
        event.accept()
