"""Benchmark of the rule checks (issue 3), with a bare C-loader YAML parse beside each figure.

Synthetic charts grow the 2017 proposal (so that every pillar rule has work to do) to 1,000,
5,000 and 20,000 units: sections, units and teams under the divisions and offices, with heads,
short names, functions and posts, plus field missions on mission and non-mission lines. They are
written in the chart format and measured:

- ``yaml C parse``: ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the file, in process;
- ``full check``: :func:`orgeditor.rules.check_chart` on the loaded chart (rulebooks cached);
- ``re-check``: :class:`orgeditor.rules.LiveChecker` after one edit (a unit moved to another
  manager), the time from the model call to fresh findings;
- ``process: yaml``: a new Python process that only imports yaml and parses the file;
- ``process: check``: ``python -m orgeditor check FILE`` as a whole process.

Run: ``.venv/bin/python benchmarks/bench_checks.py [--sizes 1000 5000 20000] [--repeat 7]``.
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


def recheck_ms(chart: Chart, repeat: int) -> float:
    live = LiveChecker(chart)
    movable = [u.id for u in chart if u.id.startswith("u") and u.kind in ("unit", "team")]
    targets = [u.id for u in chart if u.kind == "section"]
    times = []
    for i in range(repeat):
        unit = chart.unit(movable[i * 37 % len(movable)])
        moved = unit.with_changes(reports_to=(ReportingLine(targets[i * 11 % len(targets)]),))
        start = time.perf_counter()
        chart.update_unit(moved)
        _ = live.findings
        times.append((time.perf_counter() - start) * 1000)
        chart.update_unit(unit)
    live.close()
    return statistics.median(times)


def process_ms(argv: list[str], repeat: int) -> float:
    def run() -> None:
        subprocess.run(argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    return median_ms(run, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"# rule checks, {platform.python_implementation()} {platform.python_version()},")
    print(f"# {platform.machine()} {platform.system()}, {time.strftime('%Y-%m-%d')}, medians in ms")
    header = ("units", "yaml C parse", "full check", "re-check", "process: yaml", "process: check", "ratio")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            chart = synthetic_chart(size)
            path = Path(tmp) / f"synthetic-{size}.yaml"
            path.write_text(dump_chart(chart), encoding="utf-8")
            text = path.read_text(encoding="utf-8")
            loaded = load_chart(path)
            check_chart(loaded)  # warm the rulebook cache
            parse = median_ms(lambda: yaml.load(text, Loader=yaml.CSafeLoader), args.repeat)  # noqa: B023
            full = median_ms(lambda: check_chart(loaded), args.repeat)  # noqa: B023
            again = recheck_ms(loaded, args.repeat)
            bare = [
                sys.executable,
                "-c",
                f"import yaml; yaml.load(open({str(path)!r}, 'rb'), Loader=yaml.CSafeLoader)",
            ]
            whole = [sys.executable, "-m", "orgeditor", "check", str(path)]
            p_yaml = process_ms(bare, args.repeat)
            p_check = process_ms(whole, args.repeat)
            row = (size, parse, full, again, p_yaml, p_check, p_check / p_yaml)
            print(
                f"| {row[0]:,} | {row[1]:.1f} | {row[2]:.1f} | {row[3]:.1f} | {row[4]:.0f} |"
                f" {row[5]:.0f} | {row[6]:.2f}× |"
            )


if __name__ == "__main__":
    main()
