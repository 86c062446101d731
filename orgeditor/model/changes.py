"""What a chart tells its listeners: typed change events.

Each mutation of a :class:`~orgeditor.model.Chart` that changes something produces one
:class:`ChartChange`: its :class:`ChangeKind`, the ids it touched and, for a changed unit or
chart-level fields, the names of the fields that changed. Listeners read what changed from the
event, never by comparing their own state with the chart, so the order in which they subscribed
does not matter.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["SHAPE_FIELDS", "ChangeKind", "ChartChange", "ChartListener"]


class ChangeKind(enum.Enum):
    """The kinds of change a chart notifies."""

    UNIT_ADDED = "unit-added"
    UNIT_REMOVED = "unit-removed"
    UNIT_CHANGED = "unit-changed"
    UNITS_REORDERED = "units-reordered"
    LINK_ADDED = "link-added"
    LINK_REMOVED = "link-removed"
    GROUP_ADDED = "group-added"
    GROUP_REMOVED = "group-removed"
    GROUP_CHANGED = "group-changed"
    LAYOUT_CHANGED = "layout-changed"
    META_CHANGED = "meta-changed"

    @property
    def is_unit(self) -> bool:
        """A unit came, went, changed or moved in display order."""
        return self in _UNIT_KINDS

    @property
    def is_link(self) -> bool:
        return self in (ChangeKind.LINK_ADDED, ChangeKind.LINK_REMOVED)

    @property
    def is_group(self) -> bool:
        return self in (ChangeKind.GROUP_ADDED, ChangeKind.GROUP_REMOVED, ChangeKind.GROUP_CHANGED)


_UNIT_KINDS = frozenset(
    {ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED, ChangeKind.UNIT_CHANGED, ChangeKind.UNITS_REORDERED}
)

#: Unit fields whose change reshapes the tree: who reports to whom, and what a card is.
SHAPE_FIELDS = frozenset({"reports_to", "kind"})


@dataclass(frozen=True, slots=True)
class ChartChange:
    """One change: its *kind*, the *ids* it touched and, for :attr:`ChangeKind.UNIT_CHANGED` and
    :attr:`ChangeKind.META_CHANGED`, the names of the *fields* that changed.

    >>> ChartChange(ChangeKind.UNIT_CHANGED, ("a",), frozenset({"name"})).reshapes
    False
    >>> ChartChange(ChangeKind.UNIT_CHANGED, ("a",), frozenset({"reports_to"})).lines_changed
    True
    """

    kind: ChangeKind
    ids: tuple[str, ...] = ()
    fields: frozenset[str] = frozenset()

    @property
    def reshapes(self) -> bool:
        """True when units came or went, or a unit's reporting lines or kind changed."""
        if self.kind is ChangeKind.UNIT_CHANGED:
            return not SHAPE_FIELDS.isdisjoint(self.fields)
        return self.kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED)

    @property
    def lines_changed(self) -> bool:
        """True when who reports to whom may have changed."""
        if self.kind is ChangeKind.UNIT_CHANGED:
            return "reports_to" in self.fields
        return self.kind in (ChangeKind.UNIT_ADDED, ChangeKind.UNIT_REMOVED)


ChartListener = Callable[[Sequence[ChartChange]], None]
