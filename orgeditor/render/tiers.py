"""Organisational tiers of a chart's units, the level that sets the size of a card's text.

Pure Python (no Qt), so that every exporter can use it.

A unit's tier is its depth along its first (primary) reporting line: 0 for a root, 1 for a unit
reporting to a root, and so on, capped at :data:`MAX_TIER`. A unit whose first line leads to a
unit not in the chart counts as a root; a unit whose first lines go round in a cycle without
reaching a root is as deep as can be (:data:`MAX_TIER`).

>>> from orgeditor.model import Chart, ReportingLine, Unit
>>> chart = Chart()
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)))
>>> card_tiers(chart)
{'sg': 0, 'dpo': 1}
"""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.model import Chart, Hierarchy

__all__ = ["DEFAULT_TIER", "MAX_TIER", "card_tiers", "clamp_tier"]

#: The deepest tier: units further down are drawn like it.
MAX_TIER = 4
#: The tier a card is drawn at when its tier is not known (a middle level).
DEFAULT_TIER = 2


def clamp_tier(tier: int) -> int:
    """*tier* within ``0 … MAX_TIER``.

    >>> clamp_tier(9), clamp_tier(-1)
    (4, 0)
    """
    return min(max(tier, 0), MAX_TIER)


def card_tiers(chart: Chart, unit_ids: Iterable[str] | None = None) -> dict[str, int]:
    """The tier of each of *unit_ids* (default: every unit; ids not in the chart are skipped).

    Each unit walks at most :data:`MAX_TIER` steps up its first lines, and stops early at a
    unit whose tier is already known, so the whole chart takes one linear pass and a cycle
    cannot make it run on.
    """
    units = chart.units
    # the chart's answer to "whose first line": Hierarchy.primary_manager (no index needed, so
    # one over *units* answers as chart.hierarchy does, and also for a branch cut out of a
    # chart whose top lines lead out of it)
    primary_manager = Hierarchy(lambda: units).primary_manager
    tiers: dict[str, int] = {}
    for unit_id in units if unit_ids is None else unit_ids:
        if unit_id not in units:
            continue
        tier = 0
        current = unit_id
        while tier < MAX_TIER:
            above = primary_manager(current)
            if above is None:  # a root
                break
            known = tiers.get(above)
            if known is not None:
                tier = min(MAX_TIER, tier + 1 + known)
                break
            if above not in units:  # a line to a unit not in the chart: the walk ends here
                break
            current = above
            tier += 1
        tiers[unit_id] = tier
    return tiers
