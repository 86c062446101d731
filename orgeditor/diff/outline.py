"""A chart as a normalised outline, one fact a line, for ``git diff`` textconv.

``python -m orgeditor.diff FILE`` prints it. Every line names what it is about (``unit dppa
posts: 120``) and units come sorted by id, so a line-based diff of two outlines is a semantic
diff: reordering or reformatting the YAML changes nothing, and each changed fact is one line.
A file that does not load is printed as it is, after a line giving the load error, so that
``git diff`` never fails on it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from orgeditor.diff.engine import total_posts
from orgeditor.model import Chart, Unit

__all__ = ["main", "outline"]


def _join(values: Sequence[str]) -> str:
    return ", ".join(values)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _unit_lines(unit: Unit) -> list[str]:
    tag = f"unit {unit.id}"
    lines = [f"{tag}: {unit.name} [{unit.kind}]"]
    if unit.short:
        lines.append(f"{tag} short: {unit.short}")
    if unit.head is not None and not unit.head.is_empty():
        head = unit.head
        rank = f" ({head.rank})" if head.rank else ""
        lines.append(f"{tag} head: {head.title or '-'}{rank}")
        if head.gender:
            lines.append(f"{tag} head gender: {head.gender}")
        if head.name:
            lines.append(f"{tag} head name: {head.name}")
    for line in sorted(unit.reports_to, key=lambda ln: (ln.scope, ln.to)):
        lines.append(f"{tag} reports to: {line.to} ({line.scope})")
    if unit.presence:
        lines.append(f"{tag} presence: {unit.presence}")
    if unit.regions:
        lines.append(f"{tag} regions: {_join(sorted(unit.regions))}")
    lines.extend(f"{tag} function: {function}" for function in sorted(unit.functions))
    if unit.posts is not None:
        lines.append(f"{tag} posts: {unit.posts}")
    if unit.post_breakdown is not None:
        lines.extend(
            f"{tag} posts {grade}{'' if source is None else ' from ' + source}: {count}"
            for source, grade, count in unit.post_breakdown.counts
        )
    lines.extend(f"{tag} formerly: {former}" for former in sorted(unit.formerly))
    if unit.note:
        lines.append(f"{tag} note: {' '.join(unit.note.split())}")
    return lines


def outline(chart: Chart) -> str:
    """The normalised outline of *chart* (deterministic, one fact a line)."""
    out = [f"title: {chart.title}"]
    if chart.description:
        out.append(f"description: {' '.join(chart.description.split())}")
    if chart.baseline:
        out.append(f"baseline: {chart.baseline}")
    if chart.rulebooks:
        out.append(f"rulebooks: {_join(chart.rulebooks)}")
    if chart.regions:
        out.append(f"regions: {_join(chart.regions)}")
    if chart.funding:
        out.append(f"funding: {_join(chart.funding)}")
    for departure in sorted(chart.departures, key=lambda d: (d.rule, d.units, d.reason, d.cite)):
        units = _join(departure.units)
        out.append(f"departure {departure.rule} [{units}]: {departure.reason} ({departure.cite})")
    out.append(f"total units: {len(chart.units)}")
    out.append(f"total posts: {total_posts(chart)}")
    for unit_id in sorted(chart.units):
        out.extend(_unit_lines(chart.units[unit_id]))
    links = sorted((k.source, k.kind, k.target) for k in chart.links)
    out.extend(f"link {source} {kind} {target}" for source, kind, target in links)
    for group_id in sorted(chart.groups):
        group = chart.groups[group_id]
        out.append(f"group {group.id}: {group.name}")
        out.extend(f"group {group.id} member: {member}" for member in sorted(group.members))
    layout = chart.layout
    if layout.direction != "TB":
        out.append(f"layout direction: {layout.direction}")
    for unit_id in sorted(layout.positions):
        x, y = layout.positions[unit_id]
        out.append(f"layout {unit_id} at: {_number(x)}, {_number(y)}")
    out.extend(f"layout {unit_id} folded" for unit_id in sorted(layout.collapsed))
    out.extend(f"layout {unit_id} pinned" for unit_id in sorted(layout.pinned))
    out.extend(f"conflict at {conflict.at}" for conflict in sorted(chart.conflicts, key=lambda c: c.at))
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the outline of each file named in *argv* (textconv for ``git diff``)."""
    from orgeditor.io import ChartLoadError, load_chart  # noqa: PLC0415

    paths = list(sys.argv[1:] if argv is None else argv)
    if not paths or any(p in ("-h", "--help") for p in paths):
        sys.stdout.write("usage: python -m orgeditor.diff FILE...\n" + (__doc__ or ""))
        return 0 if paths else 2
    for path in paths:
        try:
            text = outline(load_chart(path))
        except ChartLoadError as error:
            raw = Path(path).read_bytes().decode("utf-8", errors="replace")
            # the message without the file's path: git hands textconv temporary copies
            first = str(error).splitlines()[0].removeprefix(f"{path}:")
            text = f"# not a loadable chart: {first}\n{raw}"
        sys.stdout.write(text)
    return 0
