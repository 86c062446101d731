"""The model's edit round trip (issue 18): a command pushed through the editor, the model
changed, the live checks refreshed — no window, no scene.

For each size, one organization-shaped chart (``generate.py``) is loaded in a fresh process; a
:class:`~orgeditor.ui.editing.Editor` works on it through a bare host (the chart, a
``QUndoStack``, no dialogs) with a :class:`~orgeditor.rules.LiveChecker` following the chart.
Timed, from the call to fresh findings: ``editor.report_to(leaf, manager)`` (a leaf moved to
another manager) and ``editor.rename(leaf, name)``; each edit is undone between samples,
untimed. ``--peer DIR`` runs the same measure on another checkout (for instance the code before
issue 18: ``git worktree add /tmp/before <commit>``) beside ours, alternating runs.

Run: ``.venv/bin/python benchmarks/bench_edits.py [--sizes 5000 20000] [--repeat 50]
[--peer /tmp/before]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: Runs in a fresh process with the checkout to measure as its working folder (first on the path).
PROBE = """
import json, sys, time
from PySide6.QtGui import QUndoStack
from orgeditor.io import load_chart
from orgeditor.rules import LiveChecker
from orgeditor.ui.editing import Editor

class Host:
    def __init__(self, chart):
        self.chart, self.undo_stack = chart, QUndoStack()
    def report_error(self, message):
        raise AssertionError(message)
    def choose_option(self, title, label, options):
        return 0

chart = load_chart(sys.argv[1])
repeat = int(sys.argv[2])
host = Host(chart)
editor = Editor(host)
live = LiveChecker(chart)
leaves = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)]
managers = [u.id for u in chart if chart.direct_reports(u.id) and len(u.reports_to) <= 1][1:]
out = {"move": [], "rename": []}
for i in range(repeat):
    leaf = leaves[i * 37 % len(leaves)]
    line = chart.unit(leaf).reports_to[0]
    target = next(m for m in managers[i * 11 % len(managers):] + managers
                  if m != line.to and leaf not in chart.chain(m))
    for key, edit in (("move", lambda: editor.report_to(leaf, target)),
                      ("rename", lambda: editor.rename(leaf, f"Renamed {i}"))):
        start = time.perf_counter()
        edit()
        _ = live.findings
        out[key].append(time.perf_counter() - start)
        host.undo_stack.undo()
print(json.dumps(out))
"""


def measure(tree: Path, chart: Path, repeat: int) -> dict[str, list[float]]:
    """Samples (seconds) of each edit, in a fresh process running the code of *tree*."""
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(chart), str(repeat)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    result: dict[str, list[float]] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def round_trips(
    sizes: list[int], repeat: int, runs: int, peer: Path | None
) -> list[tuple[int, str, float, float | None]]:
    """(size, edit, our median, the peer's median) for every size and edit."""
    sys.path[:0] = [str(ROOT), str(HERE)]
    from generate import write_chart  # noqa: PLC0415 - the benchmarks folder is on the path now

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            chart = write_chart(Path(tmp), size)
            ours: dict[str, list[float]] = {"move": [], "rename": []}
            theirs: dict[str, list[float]] = {"move": [], "rename": []}
            for _ in range(runs):  # alternate, so that both see the same machine
                for key, values in measure(ROOT, chart, repeat).items():
                    ours[key].extend(values)
                if peer is not None:
                    for key, values in measure(peer, chart, repeat).items():
                        theirs[key].extend(values)
            for key in ("move", "rename"):
                peer_median = statistics.median(theirs[key]) if theirs[key] else None
                rows.append((size, key, statistics.median(ours[key]), peer_median))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=30, help="edits of each kind per process")
    parser.add_argument("--runs", type=int, default=3, help="processes per checkout")
    parser.add_argument("--peer", type=Path, help="another checkout to measure beside ours")
    args = parser.parse_args(argv)
    print("| units | edit | ours (median) | peer (median) |")
    print("| ---: | --- | ---: | ---: |")
    for size, key, ours, peer in round_trips(args.sizes, args.repeat, args.runs, args.peer):
        peer_text = f"{peer * 1000:.1f} ms" if peer is not None else "—"
        print(f"| {size:,} | {key} | {ours * 1000:.1f} ms | {peer_text} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
