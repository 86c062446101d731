"""Dock widgets of the main window: outline, properties, checks."""

from orgeditor.ui.docks.checks import ChecksDock
from orgeditor.ui.docks.outline import OutlineDock
from orgeditor.ui.docks.properties import PropertiesDock

__all__ = ["ChecksDock", "OutlineDock", "PropertiesDock"]
