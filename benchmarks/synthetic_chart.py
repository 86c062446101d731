"""Synthetic charts for the layout benchmark, built in code (deterministic for a given seed).

The shape is an organization rather than a random tree: a head office, departments under it,
then offices, divisions, sections, units and teams, 5 to 8 levels deep, 3 to 15 reports a
manager (narrower near the top), a few units with two scoped lines to neighbouring managers,
field missions hanging in dozens under some divisions, groups and links.

    >>> chart = synthetic_chart(300)
    >>> len(chart)
    300
"""

from __future__ import annotations

import random
import sys
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from orgeditor.model import Chart, Group, Link, ReportingLine, Unit

__all__ = ["synthetic_chart"]

_KIND_AT_DEPTH = ("office", "department", "office", "division", "section", "unit", "team", "team", "team")


def synthetic_chart(size: int, *, seed: int = 2017, max_depth: int = 8) -> Chart:
    """A chart of exactly *size* units (at least 1)."""
    rng = random.Random(seed)
    chart = Chart(title=f"Synthetic organization of {size} units")
    units: list[Unit] = [Unit("u0", "Head office", "office")]
    depth = {"u0": 0}
    children: dict[str, list[str]] = {"u0": []}
    queue: deque[str] = deque(["u0"])
    while len(units) < size:
        if not queue:
            queue.extend(u.id for u in units if depth[u.id] < max_depth - 1)
        parent = queue.popleft()
        d = depth[parent] + 1
        if d > 2 and rng.random() < 0.25:
            continue  # a leaf
        width = rng.randint(3, 6) if d <= 2 else rng.randint(3, 15)
        missions = d == 4 and rng.random() < 0.15
        for _ in range(width):
            if len(units) >= size:
                break
            uid = f"u{len(units)}"
            if missions:
                units.append(
                    Unit(
                        uid,
                        f"Mission {uid}",
                        "mission",
                        presence="peacekeeping",
                        reports_to=(ReportingLine(parent, "mission"),),
                    )
                )
                depth[uid] = d
                continue
            kind = _KIND_AT_DEPTH[min(d, len(_KIND_AT_DEPTH) - 1)]
            units.append(Unit(uid, f"{kind.title()} {uid}", kind, reports_to=(ReportingLine(parent),)))
            depth[uid] = d
            children[uid] = []
            children[parent].append(uid)
            if d < max_depth:
                queue.append(uid)
    units = _add_dual_lines(units, depth, children, rng)
    with chart.batch():
        for unit in units:
            chart.add_unit(unit)
        ids = [u.id for u in units]
        for g in range(max(1, size // 500)):
            members = tuple(sorted(set(rng.sample(ids, min(4, len(ids))))))
            if len(members) >= 2:
                chart.add_group(Group(f"g{g}", f"Group {g}", members))
        for _ in range(size // 200):
            a, b = rng.sample(ids, 2) if len(ids) >= 2 else (ids[0], ids[0])
            if a != b:
                link = Link(a, b, "coordinates")
                if link not in chart.links:
                    chart.add_link(link)
    return chart


def _add_dual_lines(
    units: list[Unit], depth: dict[str, int], children: dict[str, list[str]], rng: random.Random
) -> list[Unit]:
    """About 1 in 60 managed units also reports, on a scoped line, to a sibling of its manager."""
    parent_of = {c: p for p, cs in children.items() for c in cs}
    result: list[Unit] = []
    for unit in units:
        parent = parent_of.get(unit.id)
        grand = parent_of.get(parent) if parent else None
        if parent is not None and grand is not None and depth[unit.id] >= 3 and rng.random() < 1 / 60:
            others = [s for s in children[grand] if s != parent]
            if others:
                other = rng.choice(others)
                lines = (ReportingLine(parent, "non-mission"), ReportingLine(other, "mission"))
                result.append(unit.with_changes(reports_to=lines))
                continue
        result.append(unit)
    return result


if __name__ == "__main__":
    for n in (1000, 5000, 20000):
        c = synthetic_chart(n)
        deepest = max(len(c.chain(u.id)) for u in c)
        sys.stdout.write(f"{n}: {len(c)} units, depth {deepest}, {len(c.groups)} groups\n")
