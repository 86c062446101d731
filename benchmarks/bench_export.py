"""Whole-process export times of the proposal chart, each format and page size side by side.

    .venv/bin/python benchmarks/bench_export.py [--repeat 5] [CHART]

Runs ``orgeditor export`` as a user would (a fresh process each time: start-up, Qt, layout,
writing) and prints the median wall time of each. Issue 15's budget: SVG 0.45 s, PDF 0.6 s,
PowerPoint 1.2 s for the proposal (1.5 times the times before the paginated exports).
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args()
    command = [sys.executable, "-m", "orgeditor", "export", args.chart]
    with tempfile.TemporaryDirectory() as folder:
        for fmt, extra in CASES:
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                subprocess.run([*command, "-o", f"{folder}/out.{fmt}", *extra], check=True)
                times.append(time.perf_counter() - start)
            label = " ".join([fmt, *extra])
            print(f"{label:<32} median {statistics.median(times):.2f} s  (min {min(times):.2f} s)")


if __name__ == "__main__":
    main()
