"""One side of a merge in the base's terms: units keyed by their id in the base.

Where a side renamed a unit (its id changed while its name, kind and reporting lines did
not: the rename detection of :mod:`orgeditor.diff`), the unit is keyed by its base id and
every reference to it (reporting lines, links, group members, layout, departures) is read
through the rename, so that the two sides' changes to it meet. Units a side added keep their
own id as key.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from orgeditor.diff import diff_charts
from orgeditor.model import Chart, Departure, Group, Layout, Link, ReportingLine, Unit

__all__ = ["Side", "side_of"]


@dataclass
class Side:
    """A chart with every unit id replaced by its key (the base id where it has one)."""

    chart: Chart
    units: dict[str, Unit]
    #: key -> the id the unit has in this version
    real_id: dict[str, str]
    links: list[Link]
    groups: dict[str, Group]
    layout: Layout
    departures: tuple[Departure, ...]
    order: list[str] = field(default_factory=list)

    def real(self, key: str) -> str:
        return self.real_id.get(key, key)


def _renames(base: Chart, chart: Chart) -> dict[str, str]:
    """This version's id -> base id, for the units it renamed."""
    if chart is base:
        return {}
    renamed = diff_charts(base, chart, check=False).units_renamed
    return {rename.new_id: rename.old_id for rename in renamed if rename.new_id not in base.groups}


def side_of(base: Chart, chart: Chart) -> Side:
    """*chart* keyed in *base*'s terms."""
    to_key = _renames(base, chart)
    taken = set(chart.units)
    if any(old in taken for old in to_key.values()):  # a base id reused: no renames then
        to_key = {}

    def key(unit_id: str) -> str:
        return to_key.get(unit_id, unit_id)

    units: dict[str, Unit] = {}
    real_id: dict[str, str] = {}
    for unit in chart.units.values():
        k = key(unit.id)
        lines = tuple(ReportingLine(key(line.to), line.scope) for line in unit.reports_to)
        units[k] = (
            replace(unit, id=k, reports_to=lines) if (k != unit.id or lines != unit.reports_to) else unit
        )
        real_id[k] = unit.id
    layout = chart.layout
    return Side(
        chart=chart,
        units=units,
        real_id=real_id,
        links=[Link(key(k.source), key(k.target), k.kind) for k in chart.links],
        groups={gid: Group(gid, g.name, tuple(key(m) for m in g.members)) for gid, g in chart.groups.items()},
        layout=Layout(
            layout.direction,
            {key(u): p for u, p in layout.positions.items()},
            [key(u) for u in layout.collapsed],
            [key(u) for u in layout.pinned],
        ),
        departures=tuple(
            replace(d, units=tuple(key(u) for u in d.units)) if any(u in to_key for u in d.units) else d
            for d in chart.departures
        ),
        order=list(units),
    )
