"""A stand-in layout for when the real one fails: units in rows by depth (pure, linear)."""

from __future__ import annotations

from collections.abc import Collection

from orgeditor.layout.api import LayoutResult
from orgeditor.layout.structure import DEFAULT_CARD_SIZE
from orgeditor.model import Chart

__all__ = ["fallback_layout"]

H_GAP = 30.0
V_GAP = 110.0


def fallback_layout(chart: Chart, hidden: Collection[str] = ()) -> LayoutResult:
    """Units by depth along their first reporting line, left to right in the chart's order;
    no routes (the editor draws elbows between the cards)."""
    units = chart.units
    depth: dict[str, int] = {}
    for start in units:
        path: list[str] = []
        on_path: set[str] = set()
        uid: str | None = start
        while uid is not None and uid not in depth and uid not in on_path:
            path.append(uid)
            on_path.add(uid)
            lines = units[uid].reports_to
            uid = lines[0].to if lines and lines[0].to in units else None
        base = depth[uid] if uid is not None and uid in depth else -1
        for node in reversed(path):
            base += 1
            depth[node] = base
    width, height = DEFAULT_CARD_SIZE
    columns: dict[int, int] = {}
    positions: dict[str, tuple[float, float]] = {}
    for uid in units:
        if uid in hidden:
            continue
        level = depth[uid]
        column = columns.get(level, 0)
        columns[level] = column + 1
        positions[uid] = (column * (width + H_GAP), level * (height + V_GAP))
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    bounds = (
        min(xs) - width / 2,
        min(ys) - height / 2,
        max(xs) - min(xs) + width,
        max(ys) - min(ys) + height,
    )
    return LayoutResult(positions, method="fallback", bounds=bounds)
