"""Benchmark of the automatic layout (issue 7), with Graphviz dot on the same graph beside it.

For each size a synthetic chart (``benchmarks/synthetic_chart.py``) is laid out:

- ``tidy``: ``compute_layout(chart, method="tidy")`` — positions, routes, groups, bounds;
- ``dot (ours)``: ``compute_layout(chart, method="dot")`` — Graphviz ranks, kept as an option
  (``auto`` uses the tidy layout at every size: on the pillar, dot is 2.5 times wider; below
  ``ROUTE_AROUND_LIMIT`` units the tidy layout routes lines around cards with a search), only
  up to ``--dot-max`` units;
- ``peer: dot layout`` / ``peer: dot + svg``: the same graph (a node per unit with its card
  size, an edge per reporting line, as ``dot -Tsvg`` would get it) laid out by the Graphviz
  bundled with pygraphviz, ``AGraph.layout(prog="dot")`` and then ``AGraph.draw(format="svg")``,
  in a fresh process with a time limit (``--peer-timeout``).

A second table edits the chart of ``--edit-size`` units the way a drafter does (a mission added
under a division, a unit renamed, a unit re-linked to another manager with its branch, a leaf
deleted) and lays it out again from the layout shown before (``previous=``, as the editor
does): the time, and how many of the other cards moved.

Run: ``.venv/bin/python benchmarks/bench_layout.py [--sizes 1000 5000 20000] [--repeat 7]``.
Figures are medians in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic_chart import synthetic_chart  # noqa: E402

from orgeditor.layout import DEFAULT_CARD_SIZE, compute_layout  # noqa: E402
from orgeditor.model import Chart, ReportingLine, Unit  # noqa: E402

_PEER = """
import json, sys, time
import pygraphviz
graph = pygraphviz.AGraph(sys.argv[1])
t0 = time.perf_counter()
graph.layout(prog="dot")
t1 = time.perf_counter()
graph.draw(sys.argv[2], format="svg")
t2 = time.perf_counter()
print(json.dumps({"layout": t1 - t0, "svg": t2 - t0}))
"""


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def write_dot(chart: Chart, path: Path) -> None:
    """The chart as a plain dot graph: card-sized boxes, one edge per reporting line."""
    w, h = (v / 96 for v in DEFAULT_CARD_SIZE)
    lines = [
        "digraph chart {",
        f'  node [shape=box, fixedsize=true, width={w:.4f}, height={h:.4f}, label=""];',
    ]
    lines += [f'  "{u.id}";' for u in chart]
    lines += [f'  "{line.to}" -> "{u.id}";' for u in chart for line in u.reports_to]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def peer(chart: Chart, repeat: int, timeout: float) -> tuple[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        dot = Path(tmp) / "chart.dot"
        write_dot(chart, dot)
        layouts: list[float] = []
        svgs: list[float] = []
        for _ in range(repeat):
            try:
                done = subprocess.run(
                    [sys.executable, "-c", _PEER, str(dot), str(Path(tmp) / "chart.svg")],
                    capture_output=True,
                    text=True,
                    timeout=timeout,
                    check=True,
                )
            except subprocess.TimeoutExpired:
                over = f"> {timeout * 1000:.0f}"
                return over, over
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            layouts.append(figures["layout"] * 1000)
            svgs.append(figures["svg"] * 1000)
    return f"{statistics.median(layouts):.0f}", f"{statistics.median(svgs):.0f}"


def _edits(chart: Chart) -> dict[str, tuple[Chart, set[str]]]:
    """Edited copies of *chart*, each with the units the edit itself moves (or adds)."""
    units = list(chart.units)
    leaves = [u for u in units if not chart.direct_reports(u) and chart.unit(u).reports_to]
    managers = [u for u in units if chart.direct_reports(u) and chart.unit(u).reports_to]
    division = managers[len(managers) // 2]
    added = chart.copy()
    line = ReportingLine(division, "mission")
    added.add_unit(Unit("bench-new", "A new mission", "mission", reports_to=(line,)))
    renamed = chart.copy()
    target = units[len(units) // 3]
    renamed.update_unit(renamed.unit(target).with_changes(name="A new and much longer name for a unit"))
    relinked = chart.copy()
    moved = managers[len(managers) // 4]
    branch = set(chart.subtree(moved))
    other = next(m for m in reversed(managers) if m not in branch)
    relinked.update_unit(relinked.unit(moved).with_changes(reports_to=(ReportingLine(other),)))
    deleted = chart.copy()
    deleted.remove_unit(leaves[len(leaves) // 2])
    return {
        "add a mission": (added, {"bench-new"}),
        "rename a unit": (renamed, set()),
        f"re-link a branch of {len(branch)}": (relinked, branch),
        "delete a leaf": (deleted, set()),
    }


def edit_table(size: int, repeat: int) -> None:
    out = sys.stdout
    chart = synthetic_chart(size)
    shown = compute_layout(chart)
    out.write(f"\n| edit ({size:,} units) | re-layout ms | other cards moved | share |\n")
    out.write("| --- | ---: | ---: | ---: |\n")
    for name, (edited, own) in _edits(chart).items():
        ms = median_ms(partial(compute_layout, edited, previous=shown), repeat)
        after = compute_layout(edited, previous=shown)
        moved = [
            u
            for u, p in after.positions.items()
            if u not in own and u in shown.positions and shown.positions[u] != p
        ]
        out.write(f"| {name} | {ms:.1f} | {len(moved)} | {100 * len(moved) / len(after.positions):.2f} % |\n")
        out.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--dot-max", type=int, default=1000)
    parser.add_argument("--peer-repeat", type=int, default=3)
    parser.add_argument("--peer-timeout", type=float, default=300.0)
    parser.add_argument("--edit-size", type=int, default=5000, help="units of the chart edited (0: none)")
    args = parser.parse_args(argv)

    out = sys.stdout
    out.write(
        f"# layout benchmark — {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}\n\n"
    )
    out.write("| units | tidy | dot (ours) | peer: dot layout | peer: dot + svg |\n")
    out.write("| ---: | ---: | ---: | ---: | ---: |\n")
    for size in args.sizes:
        chart = synthetic_chart(size)
        tidy = median_ms(partial(compute_layout, chart, method="tidy"), args.repeat)
        ours = "—"
        if size <= args.dot_max:
            ours = f"{median_ms(partial(compute_layout, chart, method='dot'), 3):.0f}"
        repeat = args.peer_repeat if size <= 5000 else 1
        peer_layout, peer_svg = peer(chart, repeat, args.peer_timeout)
        out.write(f"| {size:,} | {tidy:.1f} | {ours} | {peer_layout} | {peer_svg} |\n")
        out.flush()
    out.write("\nMilliseconds, medians. Peer: Graphviz dot bundled with pygraphviz, fresh process.\n")
    if args.edit_size:
        edit_table(args.edit_size, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
