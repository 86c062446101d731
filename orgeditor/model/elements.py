"""Immutable values that make up a chart: units, heads, reporting lines, links, groups."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from orgeditor.model.breakdown import PostBreakdown

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
    """An organizational unit. Replace it (``with_changes``) rather than mutating it.

    ``posts`` is always the unit's total; ``post_breakdown``, when given, is the detail by grade
    (and funding source) and ``posts`` is its total (filled in when left out).

    >>> unit = Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"P-4": 2, "GS": 1}))
    >>> unit.posts, unit.with_changes(posts=5).post_breakdown
    (3, None)
    """

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
    post_breakdown: PostBreakdown | None = None
    #: Ids of the units this one continues in the chart it is compared with (SPEC §6.2).
    formerly: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.post_breakdown is not None and self.posts is None:
            object.__setattr__(self, "posts", self.post_breakdown.total())

    @property
    def label(self) -> str:
        """The short name when there is one, else the name."""
        return self.short or self.name

    @property
    def rank(self) -> str | None:
        return self.head.rank if self.head is not None else None

    def with_changes(self, **changes: Any) -> Unit:
        """A copy of this unit with *changes* applied.

        The total follows the breakdown: a new ``post_breakdown`` sets ``posts`` to its total
        (``post_breakdown=None`` keeps the total as a plain number), and a new ``posts`` that is
        not the breakdown's total drops the breakdown.
        """
        if "post_breakdown" in changes and "posts" not in changes:
            breakdown = changes["post_breakdown"]
            changes["posts"] = self.posts if breakdown is None else breakdown.total()
        elif (
            "posts" in changes
            and "post_breakdown" not in changes
            and self.post_breakdown is not None
            and changes["posts"] != self.post_breakdown.total()
        ):
            changes["post_breakdown"] = None
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
