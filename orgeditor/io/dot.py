"""Graphviz DOT export: a readable graph with labelled cards, scopes as edge styles and a
cluster for each department.

Reporting lines point from the manager down to the unit so that ``dot`` ranks the chart top
down. Scope ``all`` is solid, ``mission`` dashed, ``non-mission`` dotted; links are grey,
labelled with their kind and do not constrain the ranking.

A card's label shows the posts' total; where they are broken down (SPEC §6.1) the node's
``tooltip`` (shown on hover in SVG output) gives the breakdown a line a funding source
(``regular-budget: P-4 3, GS 1``). A unit's former units (SPEC §6.2) are its ``formerly``
attribute (``dpa;pbso``), which Graphviz keeps and tools reading DOT see. The chart's declared
funding sources and its departures (SPEC §6.3) are comments at the end, as groups are.

>>> from orgeditor.model import Chart, Unit, ReportingLine
>>> chart = Chart(title="Demo")
>>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
>>> chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
>>> '"sg" -> "dppa"' in dumps_dot(chart)
True
"""

from __future__ import annotations

from pathlib import Path

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.model import Chart, PostBreakdown, Unit

__all__ = ["LINK_STYLES", "SCOPE_STYLES", "dumps_dot", "quote", "save_dot"]

#: DOT ``style`` of a reporting line by scope.
SCOPE_STYLES: dict[str, str] = {"all": "solid", "mission": "dashed", "non-mission": "dotted"}
#: DOT ``arrowhead`` of a link by kind.
LINK_STYLES: dict[str, str] = {
    "informs": "open",
    "advises": "empty",
    "supports": "diamond",
    "manages": "normal",
    "functional": "dot",
    "coordinates": "none",
}
_KIND_FILL: dict[str, str] = {
    "office": "#e8eef7",
    "department": "#dbe7f5",
    "mission": "#e6f2e6",
    "board": "#f5efe0",
    "body": "#f5efe0",
    "fund": "#f5efe0",
}


def quote(text: str) -> str:
    r"""A DOT double-quoted string; newlines become centred line breaks.

    >>> quote('a "b"\nc')
    '"a \\"b\\"\\nc"'
    """
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return '"' + escaped.replace("\n", "\\n") + '"'


def _label(unit: Unit) -> str:
    lines = [unit.short] if unit.short else []
    lines.append(unit.name)
    if unit.head is not None and (unit.head.title or unit.head.rank):
        head = unit.head.title or ""
        if unit.head.rank:
            head = f"{head} ({unit.head.rank})" if head else unit.head.rank
        lines.append(head)
    if unit.posts is not None:
        lines.append(_posts(unit.posts))
    return "\n".join(lines)


def _posts(total: int) -> str:
    return f"{total:,} post{'' if total == 1 else 's'}"


def _tooltip(unit: Unit, breakdown: PostBreakdown, funding: tuple[str, ...]) -> str:
    """The posts' total, then the breakdown: a line a funding source (or one by grade)."""

    def grades(counts: dict[str, int]) -> str:
        return ", ".join(f"{grade} {count:,}" for grade, count in counts.items())

    total = unit.posts if unit.posts is not None else breakdown.total()
    lines = [_posts(total)]
    if not breakdown.has_sources:
        lines.append(grades(breakdown.grades_of(None)))
    else:
        named = breakdown.sources()
        order = [source for source in funding if source in named]
        order += [source for source in named if source not in order]
        lines += [f"{source}: {grades(breakdown.grades_of(source))}" for source in order]
    return "\n".join(lines)


def _comment(text: str) -> str:
    """*text* on one line, for a ``//`` comment."""
    return " ".join(text.split())


def _department_of(chart: Chart) -> dict[str, str]:
    """Each unit's nearest department on its chain for scope ``all`` (itself if one)."""
    owner: dict[str, str] = {}
    for unit in chart:
        for step in chart.chain(unit.id):
            if chart.unit(step).kind == "department":
                owner[unit.id] = step
                break
    return owner


def dumps_dot(chart: Chart, *, direction: str | None = None) -> str:
    """The chart as DOT text (deterministic: same chart, same text)."""
    rankdir = direction or chart.layout.direction
    out = [
        f"digraph {quote(chart.title)} {{",
        f"  graph [rankdir={rankdir}, label={quote(chart.title)}, labelloc=t, fontsize=18,"
        ' fontname="DejaVu Sans", nodesep=0.3, ranksep=0.6, compound=true];',
        '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="#4a5a70",'
        ' fontname="DejaVu Sans", fontsize=10];',
        '  edge [color="#4a5a70", arrowhead=none];',
    ]
    owner = _department_of(chart)
    members: dict[str, list[str]] = {}
    for unit_id, department in owner.items():
        members.setdefault(department, []).append(unit_id)
    parent: dict[str, str | None] = {}
    for department in members:
        manager = chart.manager(department)
        parent[department] = owner.get(manager) if manager is not None else None

    funding = chart.funding_sources

    def node(unit: Unit, indent: str) -> str:
        fill = _KIND_FILL.get(unit.kind, "#ffffff")
        attrs = f"label={quote(_label(unit))}, fillcolor={quote(fill)}"
        if unit.post_breakdown is not None:
            attrs += f", tooltip={quote(_tooltip(unit, unit.post_breakdown, funding))}"
        if unit.formerly:
            attrs += f", formerly={quote(';'.join(unit.formerly))}"
        return f"{indent}{quote(unit.id)} [{attrs}];"

    emitted: set[str] = set()

    def cluster(department: str, indent: str) -> None:
        emitted.add(department)
        head = chart.unit(department)
        out.append(f"{indent}subgraph {quote('cluster_' + department)} {{")
        out.append(
            f'{indent}  label={quote(head.label)}; style="rounded,dashed"; color="#8899aa"; fontsize=12;'
        )
        for unit_id in members[department]:
            out.append(node(chart.unit(unit_id), indent + "  "))
        for child in members:
            if child not in emitted and parent.get(child) == department:
                cluster(child, indent + "  ")
        out.append(f"{indent}}}")

    for unit in chart:
        if unit.id not in owner:
            out.append(node(unit, "  "))
    for department in members:
        if parent.get(department) is None:
            cluster(department, "  ")
    for department in members:  # departments above one another in a cycle (a broken chart)
        if department not in emitted:
            cluster(department, "  ")
    for unit in chart:
        for line in unit.reports_to:
            attrs = f"style={SCOPE_STYLES[line.scope]}"
            if line.scope != "all":
                attrs += f", label={quote(line.scope)}, fontsize=8"
            out.append(f"  {quote(line.to)} -> {quote(unit.id)} [{attrs}];")
    for link in chart.links:
        out.append(
            f"  {quote(link.source)} -> {quote(link.target)} [label={quote(link.kind)},"
            f' style=dashed, color="#8a8a8a", fontcolor="#6a6a6a", fontsize=8,'
            f" arrowhead={LINK_STYLES.get(link.kind, 'normal')}, constraint=false];"
        )
    for group in chart.groups.values():
        members_text = ", ".join(chart.unit(m).label for m in group.members if m in chart.units)
        out.append(f"  // group {group.id}: {group.name} ({members_text})".replace("\n", " "))
    if chart.funding:
        out.append(f"  // funding: {', '.join(chart.funding)}")
    for departure in chart.departures:
        units = ", ".join(chart.unit(u).label if u in chart.units else u for u in departure.units)
        text = f"departure from {departure.rule} ({units}): {departure.reason} — {departure.cite}"
        out.append("  // " + _comment(text))
    out.append("}")
    return "\n".join(out) + "\n"


def save_dot(chart: Chart, path: str | Path) -> None:
    """Write the chart as a UTF-8 DOT file."""
    atomic_write_bytes(path, dumps_dot(chart).encode("utf-8"), keep_backup=False)
