"""Commands on links and groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgeditor.model import Chart, Group, Link

__all__ = ["AddGroup", "AddLink", "RemoveGroup", "RemoveLink", "ReplaceLink", "UpdateGroup"]


class AddLink(QUndoCommand):
    """Draw a link between two units."""

    def __init__(self, chart: Chart, link: Link) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add {kind} link").format(kind=link.kind))
        self.chart, self.link = chart, link

    def redo(self) -> None:
        self.chart.add_link(self.link)

    def undo(self) -> None:
        self.chart.remove_link(self.link)


class RemoveLink(QUndoCommand):
    """Delete a link (undo puts it back at its place)."""

    def __init__(self, chart: Chart, link: Link) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete {kind} link").format(kind=link.kind))
        self.chart, self.link, self.index = chart, link, 0

    def redo(self) -> None:
        self.index = self.chart.remove_link(self.link)

    def undo(self) -> None:
        self.chart.add_link(self.link, self.index)


class ReplaceLink(QUndoCommand):
    """Change a link (its kind or ends)."""

    def __init__(self, chart: Chart, old: Link, new: Link) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change {kind} link").format(kind=old.kind))
        self.chart, self.old, self.new = chart, old, new

    def redo(self) -> None:
        with self.chart.batch():
            index = self.chart.remove_link(self.old)
            self.chart.add_link(self.new, index)

    def undo(self) -> None:
        with self.chart.batch():
            index = self.chart.remove_link(self.new)
            self.chart.add_link(self.old, index)


class AddGroup(QUndoCommand):
    """Create a group."""

    def __init__(self, chart: Chart, group: Group) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add group {group}").format(group=group.name))
        self.chart, self.group = chart, group

    def redo(self) -> None:
        self.chart.add_group(self.group)

    def undo(self) -> None:
        self.chart.remove_group(self.group.id)


class UpdateGroup(QUndoCommand):
    """Change a group's name or members."""

    def __init__(self, chart: Chart, group: Group, text: str = "") -> None:
        super().__init__(
            text or QCoreApplication.translate("Commands", "Change group {group}").format(group=group.name)
        )
        self.chart, self.new = chart, group
        self.old = chart.groups[group.id]

    def redo(self) -> None:
        self.chart.update_group(self.new)

    def undo(self) -> None:
        self.chart.update_group(self.old)


class RemoveGroup(QUndoCommand):
    """Delete a group (its members stay)."""

    def __init__(self, chart: Chart, group_id: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete group {group}").format(
                group=chart.groups[group_id].name
            )
        )
        self.chart, self.group_id = chart, group_id
        self.index, self.group = 0, chart.groups[group_id]

    def redo(self) -> None:
        self.index, self.group = self.chart.remove_group(self.group_id)

    def undo(self) -> None:
        self.chart.add_group(self.group, self.index)
