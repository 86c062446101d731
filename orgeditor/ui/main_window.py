"""The main window: chart in the centre, docks around it, menus, toolbar and status bar."""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QUndoView,
    QWidget,
)

from orgeditor.layout import LayoutResult
from orgeditor.layout.fallback import fallback_layout
from orgeditor.layout.freeze import collapsed_branches
from orgeditor.model import SCOPES, ChangeKind, Chart, ChartChange
from orgeditor.model.scopes import trace_scopes
from orgeditor.render.painting import worst_severity
from orgeditor.render.theme import badge_of
from orgeditor.ui.departure_dialog import connect_departures
from orgeditor.ui.docks import ChecksDock, OutlineDock, PropertiesDock
from orgeditor.ui.docks.checks import FindingLike
from orgeditor.ui.documents import Documents
from orgeditor.ui.editing import Editor
from orgeditor.ui.file_watch import FileWatch
from orgeditor.ui.items import CardItem, GroupItem, LinkItem
from orgeditor.ui.journaling import JournalKeeper
from orgeditor.ui.menus import build_actions
from orgeditor.ui.placement import LayoutRunner, busy_cursor
from orgeditor.ui.post_text import counts_text
from orgeditor.ui.recovery import RecoveredBar
from orgeditor.ui.relayout import Relayout
from orgeditor.ui.scene import ChartScene
from orgeditor.ui.view import ChartView

__all__ = ["APP_NAME", "ORG_NAME", "MainWindow"]

ORG_NAME = "orgeditor"
#: Canonical departments (SPEC §4) the first view of a large chart keeps side by side.
PILLAR_FOCUS = ("dppa", "dpo")
#: The least zoom a chart opens at: a wider chart opens on its top, across the pillar (above,
#: the cards' type is too small to read on a laptop screen).
OPENING_ZOOM = 0.3
APP_NAME = "Org Chart Editor"


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
        self.settings = settings or QSettings(ORG_NAME, APP_NAME)
        self.chart = chart or Chart(title="Untitled chart")
        self.undo_stack = QUndoStack(self)
        self.findings: list[FindingLike] = []
        self.checker: object | None = None
        self.check_message = ""
        self.last_error = ""
        self.last_check_ms = 0.0
        self._subscribed: Chart | None = None
        self.editor = Editor(self)
        self.documents = Documents(self)
        self.scene = ChartScene(parent=self)
        self.view = ChartView(self.scene)
        self.journal = JournalKeeper(self, journal_folder, parent=self)
        self.file_watch = FileWatch(self, self.view, parent=self)
        self.setCentralWidget(self.file_watch.container)
        self.recovered_bar: RecoveredBar | None = None
        self.layout_runner = LayoutRunner(self)
        self.layout_runner.started.connect(self._layout_started)
        self.layout_runner.finished.connect(self._layout_finished)
        self.layout_runner.failed.connect(self._layout_failed)
        self._relayout_pending = False
        self._drawn = True
        self.view.painted.connect(self._view_painted)
        self._pending_units = False
        self._changed_units: set[str] = set()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_after_change)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(200)
        self._layout_timer.timeout.connect(self.request_layout)
        self._build_docks()
        self._build_status()
        self.actions_by_name = build_actions(self)
        self._connect()
        self.set_document(self.chart)
        self._restore_state()

    # ----------------------------------------------------------------- set up

    def _build_docks(self) -> None:
        self.outline = OutlineDock(self)
        self.properties = PropertiesDock(self)
        self.checks = ChecksDock(self)
        self.history = QDockWidget("History", self)
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
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Find unit (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(220)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("traceScope")
        for scope in SCOPES:
            self.scope_combo.addItem(f"Trace: {scope}", scope)

    def _connect(self) -> None:
        scene = self.scene
        scene.selectionChanged.connect(self._scene_selection)
        scene.move_finished.connect(self.editor.move)
        scene.reparent_requested.connect(self.editor.report_to)
        scene.connect_requested.connect(self.editor.connect)
        self.view.rename_committed.connect(self.editor.rename)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z:.0%}"))
        self.outline.units_selected.connect(self._outline_selection)
        self.checks.finding_activated.connect(self.select_and_centre)
        connect_departures(self)
        self.properties.unit_edited.connect(self.editor.update_unit)
        self.properties.group_edited.connect(self.editor.update_group)
        self.properties.link_edited.connect(self.editor.change_link)
        self.properties.link_deleted.connect(self.editor.delete_link)
        self.properties.title_edited.connect(self.editor.set_title)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.search_box.textChanged.connect(self.search)
        self.search_box.returnPressed.connect(self.next_match)
        self.scope_combo.currentIndexChanged.connect(self._update_trace)

    def widget(self) -> QWidget:
        return self

    # --------------------------------------------------------------- document

    def set_document(self, chart: Chart) -> None:
        """Show *chart* as the window's document (clean, with an empty history)."""
        gc.unfreeze()  # the previous document's objects may be collected again
        self._layout_timer.stop()
        hidden = collapsed_branches(chart)[0]
        # Laid out once, before any card is placed (placing a stand-in first, then the layout,
        # would place everything twice), on a worker thread while this window still shows the
        # previous document, repainting but holding back input; the progress bar shows.
        try:
            with busy_cursor():
                placement = self.layout_runner.lay_out_now(chart, keep=chart.layout.positions, hidden=hidden)
            message = f"Layout ({placement.method}) in {placement.seconds * 1000:.0f} ms"
        except RuntimeError as exc:
            placement, message = fallback_layout(chart, hidden), f"Layout failed: {exc}"
        self.progress.hide()
        self.statusBar().showMessage(message, 4000)
        if self._subscribed is not None:
            self._subscribed.unsubscribe(self._chart_changed)
        close = getattr(self.checker, "close", None)
        if callable(close):
            close()
        self.chart = chart
        self.undo_stack.clear()
        chart.subscribe(self._chart_changed)
        self._subscribed = chart
        self._start_checker()
        self.scene.set_chart(chart, placement)
        self.properties.show_chart(chart)
        self.outline.rebuild(chart)
        self.search_box.clear()
        self.view.fit_until_touched(min_zoom=OPENING_ZOOM, focus=PILLAR_FOCUS)
        self.refresh_after_change()
        self.undo_stack.setClean()
        self._update_title()
        self.journal.attach(chart)
        self.file_watch.watch(chart.path)
        if self.recovered_bar is not None:
            self.recovered_bar.hide()
        # The document's objects live as long as it is open: left out of cycle collection, a
        # large chart no longer makes every full collection (a pause mid-edit) walk them all.
        gc.freeze()
        self._drawn = False  # work for later waits until the chart has been drawn once

    def _view_painted(self) -> None:
        if not self._drawn:
            self._drawn = True
            self.journal.prepare_soon()
            self.scene.overview.gather_soon()

    def document_saved(self, path: Path) -> None:
        """The document is safely in *path*: drop its journal, watch the file written."""
        self.journal.close()
        self.file_watch.watch(path)
        if self.recovered_bar is not None:
            self.recovered_bar.hide()
        self._update_title()

    def reload_from_disk(self) -> bool:
        """Load the document's file again, dropping unsaved changes (no question asked)."""
        path = self.chart.path
        chart = self.documents.load(path) if path is not None else None
        if chart is None:
            return False
        self.set_document(chart)
        self.statusBar().showMessage(f"Reloaded {path}", 4000)
        return True

    def adopt_recovered(self, chart: Chart, edits: int) -> None:
        """Show a chart rebuilt from a journal: modified, journalled again, with no undo history."""
        self.set_document(chart)
        self.undo_stack.resetClean()
        self._update_title()
        self.journal.start(edits=edits)
        if self.recovered_bar is None:
            bar = self.recovered_bar = RecoveredBar()
            bar.buttons["saveRecovered"].clicked.connect(self.documents.save)
            bar.buttons["saveRecoveredAs"].clicked.connect(lambda _checked=False: self.documents.save_as())
            bar.buttons["discardRecovered"].clicked.connect(self.discard_recovered)
            self.file_watch.add_bar(bar)
        self.recovered_bar.show_for(edits, chart.path)

    def discard_recovered(self) -> bool:
        """Drop a recovered document (after asking): back to its file, or to a new chart."""
        answer = QMessageBox.question(
            self,
            "Discard recovered edits",
            "Throw away the recovered edits? This cannot be undone.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
        path = self.chart.path
        if path is not None and path.exists() and self.reload_from_disk():
            return True
        self.set_document(Chart(title="Untitled chart"))
        return True

    def _start_checker(self) -> None:
        self.checker = None
        self.check_message = ""
        try:
            from orgeditor.rules.engine import LiveChecker  # noqa: PLC0415 - optional layer
        except ImportError:
            self.findings = []
            return
        start = time.perf_counter()
        checker = LiveChecker(self.chart)
        self.last_check_ms = (time.perf_counter() - start) * 1000
        self.checker = checker
        error = getattr(checker, "error", None)
        self.check_message = f"Rulebook problem: {error}" if error else ""

    def current_findings(self) -> list[FindingLike]:
        findings = getattr(self.checker, "findings", None)
        return list(findings) if findings is not None else []

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.documents.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())

    # ---------------------------------------------------------------- changes

    def _chart_changed(self, changes: Sequence[ChartChange]) -> None:
        for change in changes:
            if change.kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED, ChangeKind.UNIT_CHANGED):
                self._changed_units.update(change.ids)
            if change.kind.is_unit and (change.reshapes or change.kind is ChangeKind.UNITS_REORDERED):
                self._layout_timer.start()  # cards without a saved place follow the tree
        if any(c.kind is ChangeKind.LAYOUT_CHANGED for c in changes):
            hidden_before = set(self.scene.hidden)
            QTimer.singleShot(0, lambda: self._maybe_relayout(hidden_before))
        self._refresh_timer.start()

    def _maybe_relayout(self, hidden_before: set[str]) -> None:
        if self.scene.hidden != hidden_before:  # folding a branch reflows the chart around it
            self.request_layout(afresh=True)

    def refresh_after_change(self) -> None:
        """After a command (batched): outline, properties, findings, badges, status."""
        if self._pending_units:
            self.outline.rebuild(self.chart)
        elif self._changed_units:
            self.outline.update_units(self.chart, self._changed_units)
        self._pending_units = False
        self._changed_units = set()
        self.properties.refresh()
        self.findings = self.current_findings()
        by_unit: dict[str, list[str]] = {}
        for finding in self.findings:
            for unit_id in finding.units:
                by_unit.setdefault(unit_id, []).append(badge_of(finding))
        badges = {u: s for u, sev in by_unit.items() if (s := worst_severity(sev)) is not None}
        self.scene.set_findings(badges)
        self.checks.set_findings(self.findings, self.check_message, self.chart.departures)
        self._update_trace()
        self._update_counts()

    def _update_counts(self) -> None:
        self.counts_label.setText(counts_text(self.chart, self.checks.counts(), self.selected_units()))

    # ----------------------------------------------------------------- layout

    def request_layout(self, *, relayout: bool = False, afresh: bool = False) -> None:
        """Auto layout in the background: cards stay where they are unless the edit needs
        them moved. *afresh*: lay the chart out anew around the cards placed by hand.
        *relayout*: anew around the pinned cards only, as an undoable edit."""
        layout = self.chart.layout
        if afresh:
            keep = dict(layout.positions)
            previous = None
        elif relayout:  # everything afresh but the pinned cards
            keep = {u: p for u, p in layout.positions.items() if u in layout.pinned}
            previous = None
        else:  # after an edit: every card stays unless the edit needs it moved
            keep = dict(layout.positions)
            previous = self.scene.placement
        self._relayout_pending = relayout
        self.layout_runner.request(
            self.chart,
            keep=keep,
            hidden=self.scene.hidden,
            previous=previous,
            memory=self.scene.former_places,
        )

    def _layout_started(self) -> None:
        self.progress.show()
        self.statusBar().showMessage("Laying out…")

    def _layout_finished(self, placement: LayoutResult) -> None:
        self.progress.hide()
        self.statusBar().showMessage(
            f"Layout ({placement.method}) in {placement.seconds * 1000:.0f} ms", 4000
        )
        if self._relayout_pending:
            self._relayout_pending = False
            self.editor.push(Relayout(self.scene, self.chart, shown=self.scene.placement, fresh=placement))
            return
        self.scene.apply_placement(placement)

    def _layout_failed(self, message: str) -> None:
        self.progress.hide()
        self.report_error(f"Layout failed: {message}")

    # -------------------------------------------------------------- selection

    def _scene_selection(self) -> None:
        items = self.scene.selectedItems()
        units = [i.unit_id for i in items if isinstance(i, CardItem)]
        self.outline.select(units)
        if len(units) == 1:
            self.properties.show_unit(self.chart, units[0])
        elif units:
            self.properties.show_chart(self.chart)
        elif items and isinstance(items[0], LinkItem):
            self.properties.show_link(self.chart, items[0].link)
        elif items and isinstance(items[0], GroupItem):
            self.properties.show_group(self.chart, items[0].group_id)
        else:
            self.properties.show_chart(self.chart)
        self._update_trace()
        self._update_counts()

    def _outline_selection(self, unit_ids: list[str]) -> None:
        self.scene.select_units(unit_ids)
        self.view.centre_on_units(unit_ids)

    def select_and_centre(self, unit_ids: list[str]) -> None:
        """Select the cards of *unit_ids* and bring them into view."""
        self.scene.select_units(unit_ids)
        self.view.centre_on_units(unit_ids)

    def selected_units(self) -> list[str]:
        return self.scene.selected_unit_ids()

    # ---------------------------------------------------------- trace, search

    def _update_trace(self) -> None:
        action = self.actions_by_name.get("trace") if hasattr(self, "actions_by_name") else None
        units = self.selected_units()
        if action is None or not action.isChecked() or len(units) != 1:
            self.scene.set_trace(None)
            return
        scope = str(self.scope_combo.currentData())
        # "all" traces every scope the unit's lines have: a regional ASG's mission and non-mission chains
        scopes = trace_scopes(self.chart, units[0]) if scope == "all" else [scope]
        self.scene.set_trace(units[0], *scopes)
        chains = self.scene.trace_chains().items()
        unit = self.chart.unit
        shown = [f"Chain ({s}): " + " → ".join(unit(u).label for u in chain) for s, chain in chains]
        self.statusBar().showMessage(" · ".join(shown))

    def search(self, text: str) -> list[str]:
        """Highlight units whose name, short name or id contains *text*; returns them."""
        needle = text.strip().casefold()
        matches = [
            u.id
            for u in self.chart
            if needle
            and (needle in u.name.casefold() or needle in (u.short or "").casefold() or needle in u.id)
        ]
        self.scene.set_search(matches)
        self._matches, self._match_index = matches, -1
        if matches:
            self.next_match()
        elif needle:
            self.statusBar().showMessage(f"No unit matches “{text}”", 3000)
        return matches

    def next_match(self) -> None:
        matches = getattr(self, "_matches", [])
        if not matches:
            return
        self._match_index = (getattr(self, "_match_index", -1) + 1) % len(matches)
        unit_id = matches[self._match_index]
        self.select_and_centre([unit_id])
        self.statusBar().showMessage(
            f"Match {self._match_index + 1} of {len(matches)}: {self.chart.unit(unit_id).label}", 3000
        )

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --------------------------------------------------------------- dialogs

    def show_busy(self, message: str) -> None:
        """Say in the status bar what long work is under way, painted before it starts."""
        self.statusBar().showMessage(message)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def report_error(self, message: str) -> None:
        """Tell the user an edit was refused (status bar; not modal)."""
        self.statusBar().showMessage(f"Not done: {message}", 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Not done", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = message

    def report_problem(self, message: str) -> None:
        """Warn the user about something that is not an edit (status bar and a non-modal box)."""
        self.statusBar().showMessage(message, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Warning", message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def choose_option(self, title: str, label: str, options: Sequence[str]) -> int | None:
        """Let the user pick one of *options*; returns its index or None when cancelled."""
        choice, ok = QInputDialog.getItem(self, title, label, list(options), 0, False)
        if not ok:
            return None
        return list(options).index(choice)

    def choose_unit(self, title: str, label: str) -> str | None:
        labels = [f"{u.label} ({u.id})" for u in self.chart]
        choice, ok = QInputDialog.getItem(self, title, label, labels, 0, True)
        if not ok or choice not in labels:
            return None
        return list(self.chart.units)[labels.index(choice)]

    # --------------------------------------------------------------- settings

    def _restore_state(self) -> None:
        geometry = self.settings.value("geometry")
        state = self.settings.value("windowState")
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
        self.journal.detach()
        self.file_watch.watch(None)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.scene.detach()
        self.scene.blockSignals(True)
        event.accept()

    def about(self) -> None:
        import pygraphviz  # noqa: PLC0415 - only the about box needs the versions
        import PySide6  # noqa: PLC0415
        from PySide6.QtCore import qVersion  # noqa: PLC0415

        from orgeditor import __version__  # noqa: PLC0415

        gv = pygraphviz.graphviz
        graphviz = f"{gv.GRAPHVIZ_MAJOR_VERSION}.{gv.GRAPHVIZ_MINOR_VERSION}.{gv.GRAPHVIZ_PATCH_VERSION}"
        QMessageBox.about(
            self,
            APP_NAME,
            f"<b>{APP_NAME}</b> {__version__}"
            "<p>Design structure variants of the UN peace and security pillar "
            "and see at once which provisions of the Secretary-General's note of "
            "11 September 2017 a draft breaks.</p><p>Shortcuts: arrows move between cards, "
            "F2 renames, Shift+drag draws a line, drag a card onto another to re-attach it, "
            "Ctrl+wheel zooms, middle button pans.</p>"
            f"<p>Qt {qVersion()}, PySide6 {PySide6.__version__}, Graphviz {graphviz}</p>",
        )
