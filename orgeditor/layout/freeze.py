"""Freezing a layout: the computed card centres written into the chart (SPEC §6.5)."""

from __future__ import annotations

from orgeditor.layout.api import compute_layout
from orgeditor.model import Chart

__all__ = ["collapsed_branches", "folded_away", "freeze_layout"]

#: Decimal places kept of a frozen centre (hundredths of a px: exact enough, and stable when
#: the frozen file is laid out again).
PLACES = 2


def collapsed_branches(chart: Chart) -> tuple[set[str], dict[str, int]]:
    """The units hidden inside collapsed branches, and how many each collapsed unit hides."""
    hidden: set[str] = set()
    counts: dict[str, int] = {}
    for unit_id in chart.layout.collapsed:
        if unit_id in chart.units:
            below = chart.subtree(unit_id)[1:]
            counts[unit_id] = len(below)
            hidden.update(below)
    return hidden, counts


def folded_away(chart: Chart) -> set[str]:
    """The units hidden inside collapsed branches."""
    return collapsed_branches(chart)[0]


def freeze_layout(chart: Chart) -> int:
    """Save the centre of every shown card in *chart*'s layout: the saved ones stay, the others
    are laid out around them. Returns how many positions were added or changed."""
    saved = dict(chart.layout.positions)
    result = compute_layout(chart, keep=saved, hidden=folded_away(chart))
    shown = result.positions
    wanted = {
        uid: (round(shown[uid][0], PLACES), round(shown[uid][1], PLACES))
        for uid in chart.units
        if uid in shown and uid not in saved
    }
    chart.set_positions(wanted)
    return len(wanted)
