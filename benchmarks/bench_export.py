"""Whole-process export times of the proposal chart, each format and page size side by side.

    .venv/bin/python benchmarks/bench_export.py [--repeat 5] [--peer DIR] [CHART]

Runs ``orgeditor export`` as a user would (a fresh process each time: start-up, Qt, layout,
writing) and prints the median wall time of each; with ``--peer DIR`` (another checkout, e.g.
``git worktree add /tmp/before COMMIT``) the same exports of that code alternate with these in
the same run, side by side (page options it does not know are skipped). Issue 15's budget:
SVG 0.45 s, PDF 0.6 s, PowerPoint 1.2 s for the proposal (1.5 times the times before).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = [
    ("svg", []),
    ("png", []),
    ("pdf", []),
    ("pdf", ["--page", "a4"]),
    ("pdf", ["--page", "letter", "--portrait"]),
    ("pptx", []),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chart", nargs="?", default=str(ROOT / "examples" / "proposal-2017.yaml"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--peer", metavar="DIR", help="another checkout to time side by side")
    args = parser.parse_args()
    command = [sys.executable, "-m", "orgeditor", "export", str(Path(args.chart).resolve())]
    sources = {"this": ROOT} | ({"peer": Path(args.peer).resolve()} if args.peer else {})
    with tempfile.TemporaryDirectory() as folder:
        for fmt, extra in CASES:
            times: dict[str, list[float]] = {name: [] for name in sources}
            for _ in range(args.repeat):
                for name, source in sources.items():
                    if name == "peer" and extra:
                        continue
                    env = {**os.environ, "PYTHONPATH": str(source)}
                    start = time.perf_counter()
                    run = [*command, "-o", f"{folder}/out.{fmt}", *extra]
                    subprocess.run(run, check=True, cwd=source, env=env)
                    times[name].append(time.perf_counter() - start)
            label = " ".join([fmt, *extra])
            cells = [f"{name} {statistics.median(found):.2f} s" for name, found in times.items() if found]
            print(f"{label:<32} median  " + "   ".join(cells))


if __name__ == "__main__":
    main()
