"""The command that applies a quick fix (:mod:`orgeditor.rules.quickfix`) as one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart
from orgeditor.rules.quickfix import QuickFix, apply_edits

__all__ = ["ApplyQuickFix"]


class ApplyQuickFix(QUndoCommand):
    """Apply *fix*'s edits, its label as the command's text ("Add a mission line from UNAMI to
    DPO"); undo puts back exactly what was there. A fix that still needs the user's input (a
    departure's reason and cite) must be :meth:`~QuickFix.completed` first."""

    def __init__(self, chart: Chart, fix: QuickFix) -> None:
        if fix.needs:
            raise ValueError(f"the quick fix needs {' and '.join(fix.needs)} first")
        super().__init__(fix.label.rstrip("…").rstrip("."))
        self.chart, self.fix = chart, fix
        self._undo: Callable[[], None] | None = None

    def redo(self) -> None:
        self._undo = apply_edits(self.chart, self.fix.edits)

    def undo(self) -> None:
        if self._undo is not None:
            self._undo()
            self._undo = None
