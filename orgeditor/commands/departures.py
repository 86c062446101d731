"""Commands on a chart's sanctioned departures (SPEC §6.3): record one, remove one.

Both change the chart's ``departures`` through :meth:`Chart.set_meta`, so the chart notifies
its listeners (the live checker re-runs and the finding turns ``info``, or back).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, ChartError, Departure

__all__ = ["RecordDeparture", "RemoveDeparture"]


class RecordDeparture(QUndoCommand):
    """Append *departure* to the chart's departures."""

    def __init__(self, chart: Chart, departure: Departure) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Record departure from {rule}").format(rule=departure.rule)
        )
        self.chart, self.departure, self.old = chart, departure, chart.departures

    def redo(self) -> None:
        self.chart.set_meta(departures=(*self.old, self.departure))

    def undo(self) -> None:
        self.chart.set_meta(departures=self.old)


class RemoveDeparture(QUndoCommand):
    """Remove *departure* (its first occurrence) from the chart's departures."""

    def __init__(self, chart: Chart, departure: Departure) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove departure from {rule}").format(rule=departure.rule)
        )
        self.chart, self.departure, self.old = chart, departure, chart.departures

    def redo(self) -> None:
        if self.departure not in self.old:
            raise ChartError(f"the chart has no departure from {self.departure.rule} to remove")
        kept = list(self.old)
        kept.remove(self.departure)
        self.chart.set_meta(departures=kept)

    def undo(self) -> None:
        self.chart.set_meta(departures=self.old)
