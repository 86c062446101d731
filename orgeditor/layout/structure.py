"""What the layout engines need to know about a chart: visible units, lines and their roles."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from orgeditor.layout.geometry import Size
from orgeditor.model import RANKS, Chart

__all__ = ["DEFAULT_CARD_SIZE", "Structure", "analyse"]

#: Width and height of a card when no size is given for it (scene px).
DEFAULT_CARD_SIZE: Size = (220.0, 84.0)

LineKey = tuple[str, str, str]
LinkKey = tuple[str, str, str]
RANK_ORDER = {rank: i for i, rank in enumerate(RANKS)}


@dataclass
class Structure:
    """The visible part of a chart, reduced to what placement needs."""

    order: list[str]
    sizes: dict[str, Size]
    lines: list[LineKey]
    """(unit, manager, scope) for every reporting line between visible units."""
    primary: dict[str, str]
    """Each visible unit's first line to a visible manager (the tree the tidy layout uses)."""
    links: list[LinkKey]
    groups: dict[str, list[str]]
    """Group id -> visible members, for groups with at least one visible member."""
    duals: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Units reporting to two different managers: unit -> (left manager, right manager)."""
    kinds: dict[str, str] = field(default_factory=dict)
    """Each visible unit's kind (departments are never set aside as assistants)."""
    ranks: dict[str, int] = field(default_factory=dict)
    """Each visible unit's head rank as a position in ``RANKS`` (0: SG, highest); unranked units
    are absent."""
    rowed: frozenset[str] = frozenset()
    """Units that stand in their manager's row like a branch even without visible reports (a
    page of a paginated export, whose reports are on another page)."""


def analyse(
    chart: Chart,
    sizes: Mapping[str, Size] | None,
    hidden: Collection[str],
    rowed: Collection[str] = (),
) -> Structure:
    """Collect visible units, their lines, links, groups and dual-reporting units (*rowed*:
    see :attr:`Structure.rowed`)."""
    hidden_set = set(hidden)
    units = chart.units
    order = [uid for uid in units if uid not in hidden_set]
    visible = set(order)
    size_map = sizes or {}
    card_sizes = {
        uid: (float(s[0]), float(s[1])) for uid in order for s in (size_map.get(uid, DEFAULT_CARD_SIZE),)
    }
    rank = {uid: i for i, uid in enumerate(order)}
    # Not chart.hierarchy.primary_manager: the tree laid out hangs each card under its first
    # line to a *visible* manager (a line to a hidden card or to itself is passed over), which
    # the hierarchy cannot answer since it does not know what is hidden; it is gathered in the
    # one pass that also collects the lines and the dual reports. Asking the snapshot's own
    # hierarchy here would be safe (chart.copy() gives the layout thread one of its own), but
    # would add a call a card without removing this loop.
    lines: list[LineKey] = []
    primary: dict[str, str] = {}
    duals: dict[str, tuple[str, str]] = {}
    for uid in order:
        managers: list[str] = []
        for line in units[uid].reports_to:
            if line.to not in visible or line.to == uid:
                continue
            lines.append((uid, line.to, line.scope))
            if line.to not in managers:
                managers.append(line.to)
        if managers:
            primary[uid] = managers[0]
        if len(managers) >= 2:
            a, b = sorted(managers[:2], key=rank.__getitem__)
            duals[uid] = (a, b)
    links = [
        (link.source, link.target, link.kind)
        for link in chart.links
        if link.source in visible and link.target in visible and link.source != link.target
    ]
    groups: dict[str, list[str]] = {}
    for gid, group in chart.groups.items():
        members = [m for m in group.members if m in visible]
        if members:
            groups[gid] = members
    kinds = {uid: units[uid].kind for uid in order}
    ranks = {
        uid: RANK_ORDER[head.rank]
        for uid in order
        if (head := units[uid].head) is not None and head.rank in RANK_ORDER
    }
    return Structure(
        order, card_sizes, lines, primary, links, groups, duals, kinds, ranks, frozenset(rowed) & visible
    )
