"""Laying the chart out as it is edited (:class:`AutoLayout`), and Re-layout as one undoable
step: the chart laid out afresh around its pinned cards (:class:`Relayout`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from orgeditor.layout import LayoutResult
from orgeditor.layout.fallback import fallback_layout
from orgeditor.layout.freeze import collapsed_branches
from orgeditor.model import ChangeKind, Chart, ChartChange
from orgeditor.ui.document import Document
from orgeditor.ui.i18n import translate
from orgeditor.ui.placement import LayoutRunner, busy_cursor
from orgeditor.ui.scene import ChartScene

__all__ = ["AutoLayout", "Relayout"]

Point = tuple[float, float]


class Relayout(QUndoCommand):
    """Show *fresh* instead of *shown*; cards moved by hand but not pinned follow the fresh
    layout (their saved centres are forgotten, and put back on undo)."""

    def __init__(self, scene: ChartScene, chart: Chart, *, shown: LayoutResult, fresh: LayoutResult) -> None:
        super().__init__(translate("Relayout", "Re-layout"))
        self.scene, self.chart = scene, chart
        self.shown, self.fresh = shown, fresh
        pinned = set(chart.layout.pinned)
        self.forgotten: Mapping[str, Point] = {
            uid: at for uid, at in chart.layout.positions.items() if uid not in pinned
        }

    def redo(self) -> None:
        self.chart.set_positions(dict.fromkeys(self.forgotten))
        self.scene.apply_placement(self.fresh, self.shown)

    def undo(self) -> None:
        self.chart.set_positions(dict(self.forgotten))
        self.scene.apply_placement(self.shown, self.fresh)


class AutoLayout(QObject):
    """Keeps the document's chart laid out in the background: after an edit that reshapes the
    tree (cards without a saved place follow it), after a branch folds or unfolds (the chart
    reflows around it), and on View ▸ Re-layout (one undoable step, pinned cards kept).

    :attr:`started` and :attr:`stopped` (with a line for the status bar, or "") frame each run.
    """

    started = Signal()
    stopped = Signal(str)

    def __init__(self, document: Document, scene: ChartScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self.scene = document, scene
        self.runner = LayoutRunner(self)
        self.runner.started.connect(self.started)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.request)
        self._relayout_pending = False
        self._direction = document.chart.layout.direction
        document.changed.connect(self._changed)
        document.replaced.connect(self._replaced)

    @property
    def idle(self) -> bool:
        """True when no layout is running or waiting to start."""
        return not self.runner.busy and not self.timer.isActive()

    def lay_out_now(self, chart: Chart) -> LayoutResult:
        """Lay out a chart being opened, once, before any card is placed (placing a stand-in
        first, then the layout, would place everything twice): on a worker thread while the
        window still shows the previous chart, repainting but holding back input."""
        self.timer.stop()
        hidden = collapsed_branches(chart)[0]
        try:
            with busy_cursor():
                placement = self.runner.lay_out_now(chart, keep=chart.layout.positions, hidden=hidden)
            message = _done(placement)
        except RuntimeError as exc:
            placement = fallback_layout(chart, hidden)
            message = translate("Relayout", "Layout failed: {reason}").format(reason=exc)
        self.stopped.emit(message)
        return placement

    def request(self, *, relayout: bool = False, afresh: bool = False) -> None:
        """Auto layout in the background: cards stay where they are unless the edit needs
        them moved. *afresh*: lay the chart out anew around the cards placed by hand.
        *relayout*: anew around the pinned cards only, as an undoable edit."""
        chart = self.document.chart
        layout = chart.layout
        previous = None
        if relayout:  # everything afresh but the pinned cards
            keep = {u: p for u, p in layout.positions.items() if u in layout.pinned}
        else:
            keep = dict(layout.positions)
            if not afresh:  # after an edit: every card stays unless the edit needs it moved
                previous = self.scene.placement
        self._relayout_pending = relayout
        self.runner.request(
            chart, keep=keep, hidden=self.scene.hidden, previous=previous, memory=self.scene.former_places
        )

    def _changed(self, changes: Sequence[ChartChange]) -> None:
        if any(c.kind.is_unit and (c.reshapes or c.kind is ChangeKind.UNITS_REORDERED) for c in changes):
            self.timer.start()  # cards without a saved place follow the tree
        if any(c.kind is ChangeKind.LAYOUT_CHANGED for c in changes):
            chart = self.document.chart
            if chart.layout.direction != self._direction:  # turned: nothing shown can stay
                self._direction = chart.layout.direction
                QTimer.singleShot(0, self._turned)  # after the edit, not inside it
                return
            hidden_before = set(self.scene.hidden)
            QTimer.singleShot(0, lambda: self._maybe_relayout(hidden_before))

    def _turned(self) -> None:
        self.scene.apply_placement(self.lay_out_now(self.document.chart))

    def _replaced(self, *_: object) -> None:
        self._direction = self.document.chart.layout.direction

    def _maybe_relayout(self, hidden_before: set[str]) -> None:
        if self.scene.hidden != hidden_before:  # folding a branch reflows the chart around it
            self.request(afresh=True)

    def _finished(self, placement: LayoutResult) -> None:
        self.stopped.emit(_done(placement))
        if self._relayout_pending:
            self._relayout_pending = False
            chart = self.document.chart
            self.document.push(Relayout(self.scene, chart, shown=self.scene.placement, fresh=placement))
            return
        self.scene.apply_placement(placement)

    def _failed(self, message: str) -> None:
        self.stopped.emit("")
        self.document.report_error(translate("Relayout", "Layout failed: {reason}").format(reason=message))


def _done(placement: LayoutResult) -> str:
    return translate("Relayout", "Layout ({method}) in {ms} ms").format(
        method=placement.method, ms=f"{placement.seconds * 1000:.0f}"
    )
