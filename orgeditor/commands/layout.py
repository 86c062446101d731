"""Commands on the saved layout: moving cards, re-layout, pinning, collapsing."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart

__all__ = ["ApplyPositions", "MoveUnits", "SetCollapsed", "SetDirection", "SetPinned"]

Positions = Mapping[str, tuple[float, float] | None]


class ApplyPositions(QUndoCommand):
    """Set saved card centres; *old* is what to put back (None forgets a position)."""

    def __init__(self, chart: Chart, new: Positions, old: Positions, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Re-layout"))
        self.chart, self.new, self.old = chart, dict(new), dict(old)

    def redo(self) -> None:
        self.chart.set_positions(self.new)

    def undo(self) -> None:
        self.chart.set_positions(self.old)


class MoveUnits(ApplyPositions):
    """One drag of one or more cards: pushed once, on mouse release."""

    def __init__(self, chart: Chart, new: Positions, old: Positions) -> None:
        super().__init__(chart, new, old, QCoreApplication.translate("Commands", "Move"))


class SetPinned(QUndoCommand):
    """Pin or unpin a card (a re-layout keeps pinned cards where they are)."""

    def __init__(self, chart: Chart, unit_id: str, pinned: bool) -> None:
        label = chart.unit(unit_id).label
        super().__init__(
            QCoreApplication.translate("Commands", "Pin {unit}").format(unit=label)
            if pinned
            else QCoreApplication.translate("Commands", "Unpin {unit}").format(unit=label)
        )
        self.chart, self.unit_id, self.pinned = chart, unit_id, pinned
        self.was = unit_id in chart.layout.pinned

    def redo(self) -> None:
        self.chart.set_pinned(self.unit_id, self.pinned)

    def undo(self) -> None:
        self.chart.set_pinned(self.unit_id, self.was)


class SetCollapsed(QUndoCommand):
    """Fold or unfold the branch under a unit."""

    def __init__(self, chart: Chart, unit_id: str, collapsed: bool) -> None:
        label = chart.unit(unit_id).label
        super().__init__(
            QCoreApplication.translate("Commands", "Collapse {unit}").format(unit=label)
            if collapsed
            else QCoreApplication.translate("Commands", "Expand {unit}").format(unit=label)
        )
        self.chart, self.unit_id, self.collapsed = chart, unit_id, collapsed
        self.was = unit_id in chart.layout.collapsed

    def redo(self) -> None:
        self.chart.set_collapsed(self.unit_id, self.collapsed)

    def undo(self) -> None:
        self.chart.set_collapsed(self.unit_id, self.was)


class SetDirection(QUndoCommand):
    """Lay the chart out left to right (``LR``) or top to bottom (``TB``). Cards placed by
    hand keep their place in the picture: their centres are mirrored in the diagonal, as the
    layout is."""

    def __init__(self, chart: Chart, direction: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Lay Out Left to Right")
            if direction == "LR"
            else QCoreApplication.translate("Commands", "Lay Out Top to Bottom")
        )
        self.chart = chart
        self.before = chart.layout
        self.after = chart.layout
        if direction != self.before.direction:
            self.after.direction = direction
            self.after.positions = {uid: (y, x) for uid, (x, y) in self.before.positions.items()}

    def redo(self) -> None:
        self.chart.set_layout(self.after)

    def undo(self) -> None:
        self.chart.set_layout(self.before)
