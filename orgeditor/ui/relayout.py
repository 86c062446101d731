"""Re-layout as one undoable step: the chart laid out afresh around its pinned cards."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QUndoCommand

from orgeditor.layout import LayoutResult
from orgeditor.model import Chart
from orgeditor.ui.scene import ChartScene

__all__ = ["Relayout"]

Point = tuple[float, float]


class Relayout(QUndoCommand):
    """Show *fresh* instead of *shown*; cards moved by hand but not pinned follow the fresh
    layout (their saved centres are forgotten, and put back on undo)."""

    def __init__(self, scene: ChartScene, chart: Chart, *, shown: LayoutResult, fresh: LayoutResult) -> None:
        super().__init__("Re-layout")
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
