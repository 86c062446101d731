"""Dock widgets of the main window: outline, properties (with its posts table), checks,
merge conflicts."""

from orgeditor.ui.docks.checks import ChecksDock
from orgeditor.ui.docks.conflicts import ConflictsDock
from orgeditor.ui.docks.outline import OutlineDock
from orgeditor.ui.docks.post_table import PostTable
from orgeditor.ui.docks.properties import PropertiesDock

__all__ = ["ChecksDock", "ConflictsDock", "OutlineDock", "PostTable", "PropertiesDock"]
