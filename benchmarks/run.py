"""The scale benchmarks of issues 3 and 7: medians of repeated runs, each beside a peer.

Charts come from ``benchmarks/generate.py`` (written in the chart format to a temporary folder).
For every size (default 1,000 / 5,000 / 20,000 units) it measures, in milliseconds:

- in this process: ``load_chart`` beside ``yaml.load(text, Loader=yaml.CSafeLoader)``; a full
  ``check_chart``; a re-check after one edit (``LiveChecker``, a leaf moved to another manager,
  and a rename); ``compute_layout(method="tidy")`` (and ``method="dot"`` for small charts)
  beside Graphviz dot laying out the same graph;
- whole processes, each run in a fresh subprocess: ``python -m orgeditor check FILE`` beside a
  process that only parses the file with the C loader; ``python -m orgeditor export FILE -o
  out.svg`` (no saved layout: load, layout, draw, write) beside ``dot -Tsvg`` on the same graph
  (the Graphviz bundled with pygraphviz, or a ``dot`` binary on PATH); the editor opened offscreen
  (``QT_QPA_PLATFORM=offscreen``) until its first paint and until the auto layout is painted, then
  edit round trips (a command pushed → scene, checks and status updated and painted);
- peak RSS of each process (``os.wait4``).

Run: ``.venv/bin/python benchmarks/run.py [--sizes 1000 5000 20000] [--repeat 5] [--quick]
[--no-readme]``. The table is printed and written into ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from bench_layout import write_dot  # noqa: E402
from generate import write_chart  # noqa: E402

from orgeditor.io import load_chart  # noqa: E402
from orgeditor.layout import compute_layout  # noqa: E402
from orgeditor.model import Chart, ReportingLine  # noqa: E402
from orgeditor.rules import LiveChecker, check_chart  # noqa: E402

README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
PROPOSAL = ROOT / "examples" / "proposal-2017.yaml"
TARGET_SIZE = 5000

_BARE_PARSE = "import sys, yaml\nyaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)\n"

_DOT_PEER = """
import json, shutil, subprocess, sys, time
t0 = time.perf_counter()
if shutil.which("dot"):
    subprocess.run(["dot", "-Tsvg", sys.argv[1], "-o", sys.argv[2]], check=True)
    print(json.dumps({"layout": None, "svg": time.perf_counter() - t0}))
else:
    import pygraphviz
    graph = pygraphviz.AGraph(sys.argv[1])
    t1 = time.perf_counter()
    graph.layout(prog="dot")
    t2 = time.perf_counter()
    graph.draw(sys.argv[2], format="svg")
    print(json.dumps({"layout": t2 - t1, "svg": time.perf_counter() - t0}))
"""

_EDITOR_PROBE = """
import json, sys, time
from pathlib import Path
from PySide6 import QtGui  # before pygraphviz (DESIGN.md §3)
from PySide6.QtCore import QEvent, QObject
from orgeditor.ui.app import application, open_window

class Watch(QObject):
    painted = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False

def settle(app, window):
    while window._refresh_timer.isActive():
        app.processEvents()
    app.processEvents()

app = application()
window = open_window(Path(sys.argv[1]))
watch = Watch()
window.view.viewport().installEventFilter(watch)
window.resize(1400, 900)
window.show()
while not watch.painted:
    app.processEvents()
first_paint = time.time()
deadline = time.time() + 600
while window.layout_runner.busy and time.time() < deadline:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
seen = watch.painted
window.view.viewport().update()
while watch.painted == seen:
    app.processEvents()
laid_out = time.time()
chart = window.chart
leaves = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)
          and u.kind != "mission"]
managers = [u.id for u in chart if chart.direct_reports(u.id)][1:]
moves, renames = [], []
for i in range(int(sys.argv[2])):
    leaf = leaves[i * 37 % len(leaves)]
    target = next(m for k, m in enumerate(managers[i * 11 % len(managers):] + managers)
                  if m != chart.unit(leaf).reports_to[0].to)
    start = time.perf_counter()
    window.editor.report_to(leaf, target)
    settle(app, window)
    moves.append(time.perf_counter() - start)
    window.undo_stack.undo()
    settle(app, window)
    start = time.perf_counter()
    window.editor.rename(leaf, chart.unit(leaf).name + " (renamed)")
    settle(app, window)
    renames.append(time.perf_counter() - start)
    window.undo_stack.undo()
    settle(app, window)
print(json.dumps({"first_paint": first_paint, "laid_out": laid_out, "moves": moves,
                  "renames": renames, "method": window.scene.placement.method}))
sys.stdout.flush()
"""


# ---------------------------------------------------------------- measuring


@dataclass
class Run:
    """One finished subprocess: wall seconds, peak RSS in MiB, exit status and output."""

    seconds: float
    rss_mib: float
    status: int
    stdout: str


def spawn(argv: Sequence[str], *, timeout: float, env: dict[str, str] | None = None) -> Run | None:
    """Run *argv* to completion (None when it took longer than *timeout* seconds)."""
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        process = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            process.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        if killed.is_set():
            return None
        out.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, process.returncode, out.read())


def repeat_spawn(
    argv: Sequence[str], repeat: int, *, timeout: float, env: dict[str, str] | None = None
) -> list[Run] | None:
    runs: list[Run] = []
    for _ in range(repeat):
        run = spawn(argv, timeout=timeout, env=env)
        if run is None:
            return None
        runs.append(run)
    return runs


def samples(action: Callable[[], object], repeat: int) -> list[float]:
    """Seconds taken by *action*, *repeat* times."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def recheck_samples(chart: Chart, repeat: int, *, rename: bool) -> list[float]:
    """Time from a model edit (leaf moved, or renamed) to fresh findings of a LiveChecker."""
    live = LiveChecker(chart)
    leaves = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)]
    managers = [
        u.id for u in chart if chart.direct_reports(u.id) and u.kind in ("section", "unit", "division")
    ] or [u.id for u in chart if chart.direct_reports(u.id)]
    times = []
    for i in range(repeat):
        unit = chart.unit(leaves[i * 37 % len(leaves)])
        if rename:
            edited = unit.with_changes(name=unit.name + " (renamed)")
        else:
            target = next(
                m for m in managers[i * 11 % len(managers) :] + managers if m != unit.reports_to[0].to
            )
            edited = unit.with_changes(reports_to=(ReportingLine(target, unit.reports_to[0].scope),))
        start = time.perf_counter()
        chart.update_unit(edited)
        _ = live.findings
        times.append(time.perf_counter() - start)
        chart.update_unit(unit)
    live.close()
    return times


# ------------------------------------------------------------------- the table


@dataclass
class Row:
    measure: str
    size: str
    ours: str
    peer: str
    target: str = ""
    met: str = ""


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def verdict(ours: float | None, limit: float | None) -> str:
    if ours is None or limit is None:
        return "n/a"
    if ours < limit:
        return "met"
    return f"missed ({ours / limit:.1f}×)"


class Bench:
    """Runs the measures size by size and collects :class:`Row` s."""

    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.rows: list[Row] = []
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"))
        self.py = sys.executable

    def add(self, row: Row) -> None:
        self.rows.append(row)
        sys.stderr.write(f"  {row.measure} [{row.size}]: {row.ours} | peer {row.peer} | {row.met}\n")

    def whole(self, argv: Sequence[str], repeat: int | None = None, timeout: float = 600) -> list[Run] | None:
        return repeat_spawn(argv, repeat or self.args.repeat, timeout=timeout, env=self.env)

    def bare_parse(self, path: Path) -> list[Run] | None:
        return self.whole([self.py, "-c", _BARE_PARSE, str(path)])

    def proposal(self) -> None:
        """Whole-process check of the shipped 2017 proposal (< 0.5 s)."""
        ours = self.whole([self.py, "-m", "orgeditor", "check", str(PROPOSAL)])
        peer = self.bare_parse(PROPOSAL)
        o = median([r.seconds for r in ours]) if ours else None
        p = median([r.seconds for r in peer]) if peer else None
        self.add(
            Row("whole-process `orgeditor check`", "proposal", fmt_s(o), fmt_s(p), "< 0.5 s", verdict(o, 0.5))
        )

    def checks(self, size: int, shape: str) -> None:
        """Load, full check, re-checks and whole-process check on one chart."""
        repeat, label = self.args.repeat, f"{size:,} ({shape})"
        path = write_chart(self.tmp, size, shape)
        text = path.read_bytes()
        parse = median(samples(lambda: yaml.load(text, Loader=yaml.CSafeLoader), repeat))
        load = median(samples(lambda: load_chart(path), repeat))
        self.add(Row("load (in process) vs C-loader parse", label, fmt_s(load), fmt_s(parse)))
        chart = load_chart(path)
        check_chart(chart)  # rulebooks cached, as in the editor
        full = median(samples(lambda: check_chart(chart), repeat))
        at = size == TARGET_SIZE
        self.add(
            Row(
                "full check",
                label,
                fmt_s(full),
                fmt_s(parse),
                "< 50 ms" if at else "",
                verdict(full, 0.05) if at else "",
            )
        )
        moved = median(recheck_samples(chart, max(repeat, 7), rename=False))
        self.add(
            Row(
                "re-check after a move",
                label,
                fmt_s(moved),
                "",
                "< 16 ms" if at else "",
                verdict(moved, 0.016) if at else "",
            )
        )
        renamed = median(recheck_samples(chart, max(repeat, 7), rename=True))
        self.add(
            Row(
                "re-check after a rename",
                label,
                fmt_s(renamed),
                "",
                "< 16 ms" if at else "",
                verdict(renamed, 0.016) if at else "",
            )
        )
        ours = self.whole([self.py, "-m", "orgeditor", "check", str(path)])
        bare = self.bare_parse(path)
        o = median([r.seconds for r in ours]) if ours else None
        p = median([r.seconds for r in bare]) if bare else None
        target, met = "", ""
        if at and o is not None and p is not None:
            target, met = "≤ 3× peer", "met" if o <= 3 * p else f"missed ({o / p:.1f}× peer)"
        elif size >= 20000:
            target, met = "< 10 s", verdict(o, 10.0)
        self.add(Row("whole-process `orgeditor check`", label, fmt_s(o), fmt_s(p), target, met))
        rss = median([r.rss_mib for r in ours]) if ours else None
        self.add(
            Row(
                "peak RSS, `orgeditor check`",
                label,
                f"{rss:.0f} MiB" if rss else "n/a",
                f"{median([r.rss_mib for r in bare]):.0f} MiB" if bare else "n/a",
            )
        )

    def layout_and_export(self, size: int) -> None:
        """Auto layout, dot peer, SVG export, editor open and edit round trips."""
        args, at = self.args, size == TARGET_SIZE
        label = f"{size:,}"
        path = write_chart(self.tmp, size, "organization")
        chart = load_chart(path)
        dot_file = self.tmp / f"chart-{size}.dot"
        write_dot(chart, dot_file)
        peer_repeat = args.repeat if size <= TARGET_SIZE else 1
        peer = None
        if size <= args.peer_max:
            peer = self.whole(
                [self.py, "-c", _DOT_PEER, str(dot_file), str(self.tmp / "peer.svg")],
                peer_repeat,
                args.peer_timeout,
            )
        dot_layout = dot_svg = None
        if peer:
            figures = [json.loads(r.stdout.strip().splitlines()[-1]) for r in peer]
            if figures[0]["layout"] is not None:
                dot_layout = median([f["layout"] for f in figures])
            dot_svg = median([r.seconds for r in peer])
        peer_note = (
            fmt_s(dot_layout)
            if size <= args.peer_max and peer
            else "not run"
            if size > args.peer_max
            else f"> {args.peer_timeout:.0f} s"
        )
        tidy = median(samples(lambda: compute_layout(chart, method="tidy"), args.repeat))
        self.add(
            Row(
                "auto layout (tidy)",
                label,
                fmt_s(tidy),
                peer_note,
                "< 0.2 s" if at else "",
                verdict(tidy, 0.2) if at else "",
            )
        )
        if size <= args.dot_max:
            ours_dot = median(samples(lambda: compute_layout(chart, method="dot"), min(args.repeat, 3)))
            self.add(Row("layout (our dot)", label, fmt_s(ours_dot), peer_note))
        out = self.tmp / "out.svg"
        export = self.whole([self.py, "-m", "orgeditor", "export", str(path), "-o", str(out)])
        e = median([r.seconds for r in export]) if export else None
        svg_peer = fmt_s(dot_svg) if dot_svg is not None else peer_note
        met = ""
        if at:
            met = (
                "n/a"
                if e is None or dot_svg is None
                else ("met" if e < dot_svg else f"missed ({e / dot_svg:.1f}× peer)")
            )
        self.add(Row("SVG export, whole process", label, fmt_s(e), svg_peer, "< peer" if at else "", met))
        if export:
            self.add(
                Row(
                    "peak RSS, `orgeditor export`",
                    label,
                    f"{median([r.rss_mib for r in export]):.0f} MiB",
                    f"{median([r.rss_mib for r in peer]):.0f} MiB" if peer else "n/a",
                )
            )
        self.editor(path, size, svg_peer)

    def editor(self, path: Path, size: int, svg_peer: str) -> None:
        args, at, label = self.args, size == TARGET_SIZE, f"{size:,}"
        try:  # not imported here: Qt must come before pygraphviz in a process (DESIGN.md §3)
            found = importlib.util.find_spec("orgeditor.ui.app") is not None
        except ImportError:
            found = False
        if not found:
            self.add(Row("open to first paint (offscreen)", label, "n/a (no orgeditor.ui.app)", ""))
            return
        repeat = args.repeat if size <= TARGET_SIZE else 1
        firsts, laid, moves, renames, rss = [], [], [], [], []
        for _ in range(repeat):
            begin = time.time()
            run = spawn(
                [self.py, "-c", _EDITOR_PROBE, str(path), str(args.edits)],
                timeout=args.editor_timeout,
                env=self.env,
            )
            if run is None or run.status != 0 or not run.stdout.strip():
                self.add(Row("open to first paint (offscreen)", label, "n/a (probe failed or timed out)", ""))
                return
            result = json.loads(run.stdout.strip().splitlines()[-1])
            firsts.append(result["first_paint"] - begin)
            laid.append(result["laid_out"] - begin)
            moves.extend(result["moves"])
            renames.extend(result["renames"])
            rss.append(run.rss_mib)
        f, lo = median(firsts), median(laid)
        self.add(
            Row(
                "open to first paint (offscreen)",
                label,
                fmt_s(f),
                svg_peer,
                "< 1.5 s" if at else "",
                verdict(f, 1.5) if at else "",
            )
        )
        self.add(
            Row(
                "open to laid-out paint",
                label,
                fmt_s(lo),
                svg_peer,
                "< 1.5 s" if at else "",
                verdict(lo, 1.5) if at else "",
            )
        )
        m, r = median(moves), median(renames)
        self.add(
            Row(
                "edit round trip (move a unit)",
                label,
                fmt_s(m),
                "",
                "< 50 ms" if at else "",
                verdict(m, 0.05) if at else "",
            )
        )
        self.add(
            Row(
                "edit round trip (rename)",
                label,
                fmt_s(r),
                "",
                "< 50 ms" if at else "",
                verdict(r, 0.05) if at else "",
            )
        )
        peak = median(rss)
        self.add(
            Row(
                "peak RSS, editor open + edits",
                label,
                f"{peak:.0f} MiB",
                "",
                "< 400 MB" if at else "",
                verdict(peak * 1.048576, 400) if at else "",
            )
        )


# ----------------------------------------------------------------- the report


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(
            line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
        )
        memory = f"{int(mem.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        memory = "unknown"
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in ("PySide6-Essentials", "PyYAML", "pygraphviz", "networkx"):
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    dot = shutil.which("dot")
    return [
        f"- Date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
        f"- Machine: {cpus} CPUs ({cpu}), {memory} RAM, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {', '.join(versions)}; "
        f"libyaml {'yes' if yaml.__with_libyaml__ else 'no'}",
        f"- Peer dot: {dot if dot else 'Graphviz bundled with pygraphviz (no dot binary on PATH)'}",
    ]


def table(rows: Sequence[Row]) -> list[str]:
    lines = [
        "| measure | size | ours (median) | peer (median) | target | met? |",
        "|---|---:|---:|---:|---|---|",
    ]
    lines += [f"| {r.measure} | {r.size} | {r.ours} | {r.peer} | {r.target} | {r.met} |" for r in rows]
    return lines


def write_readme(report: list[str]) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    README.write_text(head + START + "\n" + "\n".join(report) + "\n" + END + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (median reported)")
    parser.add_argument("--quick", action="store_true", help="sizes 1,000 and 5,000, 3 runs, no 20k peers")
    parser.add_argument("--edits", type=int, default=10, help="edit round trips per editor process")
    parser.add_argument("--dot-max", type=int, default=1000, help="largest size for our dot layout")
    parser.add_argument("--peer-max", type=int, default=20000, help="largest size for the Graphviz peer")
    parser.add_argument(
        "--peer-timeout", type=float, default=300.0, help="seconds before a peer run is dropped"
    )
    parser.add_argument("--editor-timeout", type=float, default=600.0)
    parser.add_argument("--no-readme", dest="readme", action="store_false", help="print only")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat, args.peer_max, args.edits = [1000, 5000], 3, 5000, 5
    with tempfile.TemporaryDirectory(prefix="orgeditor-bench-") as name:
        bench = Bench(args, Path(name))
        bench.proposal()
        for size in args.sizes:
            sys.stderr.write(f"== {size:,} units\n")
            for shape in ("organization", "pillar"):
                bench.checks(size, shape)
            bench.layout_and_export(size)
    report = [*machine(), "", *table(bench.rows)]
    sys.stdout.write("\n".join(report) + "\n")
    if args.readme:
        write_readme(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
