"""Benchmark of the rule checks (issue 3), with a bare C-loader YAML parse beside each figure.

Synthetic charts grow the 2017 proposal (so that every pillar rule has work to do) to 1,000,
5,000 and 20,000 units: sections, units and teams under the divisions and offices, with heads,
short names, functions and posts, plus field missions on mission and non-mission lines. They are
written in the chart format and measured:

- ``yaml C parse``: ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the file, in process;
- ``full check``: :func:`orgeditor.rules.check_chart` on the loaded chart (rulebooks cached);
- ``re-check``: :class:`orgeditor.rules.LiveChecker` after one structural edit (a leaf moved to
  another manager, a unit added, that unit removed), the time from the model call to fresh
  findings (the model call included: a removal costs the model a pass over the chart);
- ``process: yaml``: a new Python process that only imports yaml and parses the file;
- ``process: check``: ``python -m orgeditor check FILE`` as a whole process.

Run: ``.venv/bin/python benchmarks/bench_checks.py [--sizes 1000 5000 20000] [--repeat 7]
[--no-process]``, or on chart files (e.g. from ``benchmarks/generate.py --shape pillar``):
``... bench_checks.py --files /tmp/bench/synthetic-pillar-5000.yaml``.
Medians are reported, in milliseconds.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from orgeditor.io import dump_chart, load_chart  # noqa: E402
from orgeditor.model import Chart, Head, ReportingLine, Unit  # noqa: E402
from orgeditor.rules import LiveChecker, check_chart  # noqa: E402

_KINDS = ("section", "unit", "team")
_RANKS = ("D-1", "P-5", "P-4")
_FUNCTIONS = ("policy-advice", "reporting", "liaison", "analysis", "logistics")


def synthetic_chart(size: int) -> Chart:
    """The 2017 proposal grown to *size* units, breadth first under its headquarters units."""
    chart = load_chart(ROOT / "examples" / "proposal-2017.yaml")
    chart.set_meta(baseline=None)
    divisions = [u.id for u in chart if u.kind == "division"]
    parents = [u.id for u in chart if u.kind in ("division", "office", "service")]
    depth = {uid: 0 for uid in parents}
    queue = list(parents)
    counter = itertools.count()
    with chart.batch():
        while len(chart) < size:
            parent = queue.pop(0)
            level = depth[parent]
            for _ in range(6):
                if len(chart) >= size:
                    break
                n = next(counter)
                uid = f"u{n}"
                if n % 25 == 0 and divisions:
                    division = divisions[n % len(divisions)]
                    mission = n % 2 == 0
                    chart.add_unit(
                        Unit(
                            uid,
                            f"Field presence {n}",
                            "mission",
                            short=f"FP{n}",
                            presence="peacekeeping" if mission else "envoy-office",
                            reports_to=(ReportingLine(division, "mission" if mission else "non-mission"),),
                        )
                    )
                    continue
                chart.add_unit(
                    Unit(
                        uid,
                        f"Synthetic {_KINDS[min(level, 2)]} {n}",
                        _KINDS[min(level, 2)],
                        short=f"S{n}",
                        head=Head(title=f"Chief {n}", rank=_RANKS[min(level, 2)]),
                        reports_to=(ReportingLine(parent),),
                        functions=(_FUNCTIONS[n % len(_FUNCTIONS)],),
                        posts=3 + n % 7,
                    )
                )
                depth[uid] = level + 1
                queue.append(uid)
    return chart


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def recheck_ms(chart: Chart, repeat: int) -> dict[str, float]:
    """Medians of the time from a model call to fresh findings, for three structural edits:
    a unit moved to another manager, a unit added, that unit removed again."""
    live = LiveChecker(chart)
    movable = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)]
    targets = [u.id for u in chart if u.kind == "section"]
    targets = targets or [u.id for u in chart if chart.direct_reports(u.id)]
    times: dict[str, list[float]] = {"move": [], "add": [], "remove": []}

    def timed(kind: str, edit: Callable[[], object]) -> None:
        start = time.perf_counter()
        edit()
        _ = live.findings
        times[kind].append((time.perf_counter() - start) * 1000)

    for i in range(repeat):
        unit = chart.unit(movable[i * 37 % len(movable)])
        target = targets[i * 11 % len(targets)]
        moved = unit.with_changes(reports_to=(ReportingLine(target, unit.reports_to[0].scope),))
        timed("move", lambda: chart.update_unit(moved))  # noqa: B023
        chart.update_unit(unit)
        new = Unit(f"bench-{i}", f"Bench unit {i}", "team", reports_to=(ReportingLine(target),))
        timed("add", lambda: chart.add_unit(new))  # noqa: B023
        timed("remove", lambda: chart.remove_unit(new.id))  # noqa: B023
    live.close()
    return {kind: statistics.median(found) for kind, found in times.items()}


def process_ms(argv: list[str], repeat: int) -> float:
    def run() -> None:
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return median_ms(run, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--files", type=Path, nargs="+", help="chart files to measure instead")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process timings")
    args = parser.parse_args()
    print(f"# rule checks, {platform.python_implementation()} {platform.python_version()},")
    print(f"# {platform.machine()} {platform.system()}, {time.strftime('%Y-%m-%d')}, medians in ms")
    header: tuple[str, ...] = ("units", "yaml C parse", "full check", "re-check: move", "add", "remove")
    if not args.no_process:
        header += ("process: yaml", "process: check", "ratio")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        paths: list[Path] = list(args.files or [])
        if not paths:
            for size in args.sizes:
                path = Path(tmp) / f"synthetic-{size}.yaml"
                path.write_text(dump_chart(synthetic_chart(size)), encoding="utf-8")
                paths.append(path)
        for path in paths:
            text = path.read_text(encoding="utf-8")
            loaded = load_chart(path)
            check_chart(loaded)  # warm the rulebook cache
            parse = median_ms(lambda: yaml.load(text, Loader=yaml.CSafeLoader), args.repeat)  # noqa: B023
            full = median_ms(lambda: check_chart(loaded), args.repeat)  # noqa: B023
            again = recheck_ms(loaded, max(args.repeat, 9))
            cells = [f"{len(loaded):,}", f"{parse:.1f}", f"{full:.1f}"]
            cells += [f"{again[kind]:.1f}" for kind in ("move", "add", "remove")]
            if not args.no_process:
                bare = [
                    sys.executable,
                    "-c",
                    f"import yaml; yaml.load(open({str(path)!r}, 'rb'), Loader=yaml.CSafeLoader)",
                ]
                whole = [sys.executable, "-m", "orgeditor", "check", str(path)]
                p_yaml = process_ms(bare, args.repeat)
                p_check = process_ms(whole, args.repeat)
                cells += [f"{p_yaml:.0f}", f"{p_check:.0f}", f"{p_check / p_yaml:.2f}×"]
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
