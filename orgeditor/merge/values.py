"""Elements of a chart as plain data, the shape a conflict's sides take in the file.

A unit is written as in the chart file (``reports_to: dppa`` for one line of scope all),
with its ``id`` added, so that a conflict over a whole unit says which unit it was.

>>> from orgeditor.model import ReportingLine, Unit
>>> unit_value(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
{'id': 'dppa', 'name': 'DPPA', 'kind': 'department', 'reports_to': 'sg'}
>>> field_value(Unit("x", "X", "office", functions=("mediation-support",)), "functions")
['mediation-support']
"""

from __future__ import annotations

from typing import Any

from orgeditor.model import Group, Head, Link, ReportingLine, Unit

__all__ = ["field_value", "group_value", "head_value", "links_value", "reports_value", "unit_value"]


def head_value(head: Head | None) -> dict[str, str] | None:
    if head is None or head.is_empty():
        return None
    parts = (("title", head.title), ("rank", head.rank), ("gender", head.gender), ("name", head.name))
    return {key: value for key, value in parts if value is not None}


def reports_value(lines: tuple[ReportingLine, ...]) -> Any:
    if not lines:
        return None
    if len(lines) == 1 and lines[0].scope == "all":
        return lines[0].to
    return [{"to": line.to, "scope": line.scope} for line in lines]


def _posts_value(unit: Unit) -> Any:
    if unit.post_breakdown is not None:
        return unit.post_breakdown.to_mapping()
    return unit.posts


def field_value(unit: Unit | None, field: str) -> Any:
    """The value of one field of *unit* (None when the unit is absent or the field empty)."""
    if unit is None:
        return None
    if field == "head":
        return head_value(unit.head)
    if field == "reports_to":
        return reports_value(unit.reports_to)
    if field == "posts":
        return _posts_value(unit)
    if field in ("regions", "functions", "formerly"):
        values: tuple[str, ...] = getattr(unit, field)
        return list(values) if values else None
    value: Any = getattr(unit, field)
    return value


_ORDER = ("id", "name", "short", "kind", "presence", "head", "regions", "reports_to")
_REST = ("functions", "posts", "note", "formerly")


def unit_value(unit: Unit | None) -> dict[str, Any] | None:
    """The whole unit as plain data, keys in the file's order, empty fields left out."""
    if unit is None:
        return None
    data: dict[str, Any] = {}
    for field in (*_ORDER, *_REST):
        value = field_value(unit, field)
        if value is not None:
            data[field] = value
    return data


def group_value(group: Group | None) -> dict[str, Any] | None:
    if group is None:
        return None
    return {"name": group.name, "members": list(group.members)}


def links_value(links: list[Link]) -> list[str] | None:
    """The kinds of the links from one unit to another, or None when there is none."""
    return [link.kind for link in links] or None
