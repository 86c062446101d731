"""Undoable user actions: one small ``QUndoCommand`` per action, each calling the model only.

Commands never touch the scene or widgets; the scene follows the chart's notifications.
"""

from orgeditor.commands.conflicts import ResolveConflict
from orgeditor.commands.departures import RecordDeparture, RemoveDeparture
from orgeditor.commands.layout import ApplyPositions, MoveUnits, SetCollapsed, SetDirection, SetPinned
from orgeditor.commands.links import (
    AddGroup,
    AddLink,
    RemoveGroup,
    RemoveLink,
    ReplaceLink,
    UpdateGroup,
)
from orgeditor.commands.quickfix import ApplyQuickFix
from orgeditor.commands.units import (
    AddUnit,
    RemoveUnit,
    SetChartTitle,
    UpdateUnit,
    reattached_lines,
)

__all__ = [
    "AddGroup",
    "AddLink",
    "AddUnit",
    "ApplyPositions",
    "ApplyQuickFix",
    "MoveUnits",
    "RecordDeparture",
    "RemoveDeparture",
    "RemoveGroup",
    "RemoveLink",
    "RemoveUnit",
    "ReplaceLink",
    "ResolveConflict",
    "SetChartTitle",
    "SetCollapsed",
    "SetDirection",
    "SetPinned",
    "UpdateGroup",
    "UpdateUnit",
    "reattached_lines",
]
