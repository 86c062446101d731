"""Immutable values that make up a chart: units, heads, reporting lines, links, groups."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["Group", "Head", "Layout", "Link", "ReportingLine", "Unit"]


@dataclass(frozen=True, slots=True)
class Head:
    """The post heading a unit; every field is optional."""

    title: str | None = None
    rank: str | None = None
    gender: str | None = None
    name: str | None = None

    def is_empty(self) -> bool:
        return self.title is None and self.rank is None and self.gender is None and self.name is None


@dataclass(frozen=True, slots=True)
class ReportingLine:
    """One line from a unit to the unit it reports to, valid in *scope*.

    >>> ReportingLine("dppa", "non-mission").applies_to("mission")
    False
    """

    to: str
    scope: str = "all"

    def applies_to(self, scope: str) -> bool:
        """True when the line is followed in a chain for *scope*."""
        return self.scope in ("all", scope)


@dataclass(frozen=True, slots=True)
class Unit:
    """An organizational unit. Replace it (``with_changes``) rather than mutating it."""

    id: str
    name: str
    kind: str
    short: str | None = None
    head: Head | None = None
    reports_to: tuple[ReportingLine, ...] = ()
    regions: tuple[str, ...] = ()
    presence: str | None = None
    functions: tuple[str, ...] = ()
    posts: int | None = None
    note: str | None = None

    @property
    def label(self) -> str:
        """The short name when there is one, else the name."""
        return self.short or self.name

    @property
    def rank(self) -> str | None:
        return self.head.rank if self.head is not None else None

    def with_changes(self, **changes: Any) -> Unit:
        """A copy of this unit with *changes* applied."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Link:
    """A line between two units that is not a reporting line."""

    source: str
    target: str
    kind: str


@dataclass(frozen=True, slots=True)
class Group:
    """A named set of units, such as the Standing Principals' Group."""

    id: str
    name: str
    members: tuple[str, ...] = ()


@dataclass(slots=True)
class Layout:
    """The saved layout of a chart: direction, card centres, folded and pinned units."""

    direction: str = "TB"
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    collapsed: list[str] = field(default_factory=list)
    pinned: list[str] = field(default_factory=list)

    def copy(self) -> Layout:
        return Layout(self.direction, dict(self.positions), list(self.collapsed), list(self.pinned))

    def is_empty(self) -> bool:
        return self.direction == "TB" and not self.positions and not self.collapsed and not self.pinned
