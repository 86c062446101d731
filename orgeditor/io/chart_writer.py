"""Write a chart as YAML, deterministically: the same chart always gives the same bytes.

Keys come in a fixed order, units and groups in display order; small values (heads,
reporting lines, lists of slugs, positions) are written in flow style on one line, so a
change to a unit shows as a change to a few lines in ``git diff``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from orgeditor.io.atomic import atomic_write_bytes
from orgeditor.io.chart_reader import FORMAT_VERSION
from orgeditor.io.yamltree import MAX_BYTES, plain_value
from orgeditor.model import Chart, Head, PostBreakdown, ReportingLine, Unit

__all__ = ["chart_to_data", "dump_chart", "save_chart"]


class _Flow(list[Any]):
    """A list written in flow style: ``[a, b]``."""


class _FlowMap(dict[str, Any]):
    """A mapping written in flow style: ``{to: dpo, scope: mission}``."""


_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[misc, valid-type]
    pass


def _reads_as_text(value: str) -> bool:
    """True when *value* written plain reads back as this text (see ``plain_value``)."""
    try:
        return plain_value(value) is value
    except ValueError:
        return False


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")):
        style = "|"
    elif value and not _reads_as_text(value):
        style = "'"  # ``1e3`` or ``.5`` would read back as a number
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


def _represent_flow_map(dumper: yaml.SafeDumper, value: _FlowMap) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=True)
    return node


def _represent_dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=False)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(_FlowMap, _represent_flow_map)
_Dumper.add_representer(dict, _represent_dict)


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _head(head: Head) -> _FlowMap:
    fields = (
        ("title", head.title),
        ("rank", head.rank),
        ("gender", head.gender),
        ("name", head.name),
    )
    return _FlowMap((k, v) for k, v in fields if v is not None)


def _line(line: ReportingLine) -> _FlowMap:
    return _FlowMap(to=line.to, scope=line.scope)


def _reports_to(lines: tuple[ReportingLine, ...]) -> Any:
    if len(lines) == 1:
        line = lines[0]
        return line.to if line.scope == "all" else _line(line)
    return [_line(line) for line in lines]


def _posts(breakdown: PostBreakdown, funding: tuple[str, ...]) -> Any:
    """The breakdown in the shape it came: ``{grade: n}`` on one line, or one line per source."""
    if not breakdown.has_sources:
        return _FlowMap(breakdown.grades_of(None))
    return {source: _FlowMap(breakdown.grades_of(source)) for source in breakdown.to_mapping(funding)}


def _unit(unit: Unit, funding: tuple[str, ...]) -> dict[str, Any]:
    data: dict[str, Any] = {"name": unit.name}
    if unit.short is not None:
        data["short"] = unit.short
    data["kind"] = unit.kind
    if unit.presence is not None:
        data["presence"] = unit.presence
    if unit.head is not None and not unit.head.is_empty():
        data["head"] = _head(unit.head)
    if unit.regions:
        data["regions"] = _Flow(unit.regions)
    if unit.reports_to:
        data["reports_to"] = _reports_to(unit.reports_to)
    if unit.functions:
        data["functions"] = _Flow(unit.functions)
    if unit.post_breakdown is not None:
        data["posts"] = _posts(unit.post_breakdown, funding)
    elif unit.posts is not None:
        data["posts"] = unit.posts
    if unit.note is not None:
        data["note"] = unit.note
    if unit.formerly:
        data["formerly"] = _Flow(unit.formerly)
    return data


def chart_to_data(chart: Chart) -> dict[str, Any]:
    """The chart as plain data in the file's key order (flow-style markers are list/dict subclasses)."""
    data: dict[str, Any] = {"orgchart": FORMAT_VERSION, "title": chart.title}
    if chart.description is not None:
        data["description"] = chart.description
    if chart.baseline is not None:
        data["baseline"] = chart.baseline
    if chart.rulebooks:
        data["rulebooks"] = _Flow(chart.rulebooks)
    if chart.regions:
        data["regions"] = _Flow(chart.regions)
    if chart.funding:
        data["funding"] = _Flow(chart.funding)
    funding = chart.funding_sources
    data["units"] = {unit.id: _unit(unit, funding) for unit in chart.units.values()}
    if chart.links:
        data["links"] = [
            _FlowMap({"from": link.source, "to": link.target, "kind": link.kind}) for link in chart.links
        ]
    if chart.groups:
        data["groups"] = {
            group.id: {"name": group.name, "members": _Flow(group.members)} for group in chart.groups.values()
        }
    if chart.departures:
        data["departures"] = [
            {"rule": d.rule, "units": _Flow(d.units), "reason": d.reason, "cite": d.cite}
            for d in chart.departures
        ]
    layout = chart.layout
    if not layout.is_empty():
        section: dict[str, Any] = {"direction": layout.direction}
        if layout.positions:
            section["positions"] = {
                unit_id: _Flow([_number(x), _number(y)]) for unit_id, (x, y) in layout.positions.items()
            }
        if layout.collapsed:
            section["collapsed"] = _Flow(layout.collapsed)
        if layout.pinned:
            section["pinned"] = _Flow(layout.pinned)
        data["layout"] = section
    if chart.conflicts:
        data["conflicts"] = [
            {"at": c.at, "base": _plain(c.base), "theirs": _plain(c.theirs)} for c in chart.conflicts
        ]
    return data


def _plain(value: Any) -> Any:
    """A conflict's side: collections on one line (flow style), nested ones inside them."""
    if isinstance(value, list | tuple):
        return _Flow(_plain(item) for item in value)
    if isinstance(value, dict):
        return _FlowMap((key, _plain(item)) for key, item in value.items())
    return value


def dump_chart(chart: Chart) -> str:
    """The chart's file text. Loading it gives back an equal chart.

    >>> from orgeditor.model import Chart, Unit
    >>> chart = Chart(title="Demo")
    >>> chart.add_unit(Unit("sg", "Secretary-General", "office"))
    >>> print(dump_chart(chart), end="")
    orgchart: 1
    title: Demo
    units:
      sg:
        name: Secretary-General
        kind: office
    """
    text: str = yaml.dump(
        chart_to_data(chart),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
        line_break="\n",
    )
    return text


def save_chart(chart: Chart, path: str | Path, *, keep_backup: bool = True) -> None:
    """Write *chart* to *path* atomically; the previous version is kept as ``NAME~``.

    Raises OSError (disk full, file size limit, read-only, permission denied) with the old
    file untouched; :func:`orgeditor.io.atomic.describe_os_error` words it for a person. A
    *path* that is a symbolic link (even to a chart), folder, FIFO or device is refused with
    :class:`orgeditor.io.atomic.NotRegularFileError` before anything is written: replacing
    it would cut the link and leave the file it points to as it was. Save to the real file.
    A chart whose file would be larger than a chart file may be (20 MB) raises OSError before
    anything is written, as it would not open again. Without *keep_backup* no ``NAME~`` is kept
    (exports).
    """
    data = dump_chart(chart).encode("utf-8")
    if len(data) > MAX_BYTES:  # it would not open again
        raise OSError(
            f"the chart would be {len(data) / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB a chart "
            "file may hold; remove saved positions or split the chart"
        )
    atomic_write_bytes(path, data, keep_backup=keep_backup)
