"""The scale benchmarks of issues 3 and 7: medians of repeated runs, each beside a peer.

Charts come from ``benchmarks/generate.py`` (written in the chart format to a temporary folder).
For every size (default 1,000 / 5,000 / 20,000 units), every measure runs in a fresh
subprocess, so that no figure pays for another's heap:

- in one worker process per chart (``run.py --worker FILE``): ``load_chart`` beside
  ``yaml.load(bytes, Loader=yaml.CSafeLoader)``; a full ``check_chart``; a re-check after one edit
  (a ``LiveChecker``; a leaf moved to another manager, and a rename); ``compute_layout`` tidy
  (and dot for small charts);
- whole processes: ``python -m orgeditor check FILE`` beside a process that only parses the file
  with the C loader; ``python -m orgeditor export FILE -o out.svg`` (no saved layout: load, layout,
  draw, write) beside dot on the same graph to SVG (a ``dot`` binary on PATH, else the Graphviz
  bundled with pygraphviz), whose layout call alone is the peer of our layout; the editor opened
  offscreen (``QT_QPA_PLATFORM=offscreen``) until its first paint and until the auto layout is
  painted, then edit round trips (a command pushed → scene, checks and status updated, painted);
- the peak RSS of each whole process (``/usr/bin/time -f %M`` when present).

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
import signal
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
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from bench_edits import measure as measure_model_edits  # noqa: E402
from bench_layout import write_dot  # noqa: E402
from generate import write_chart  # noqa: E402

from orgeditor.io import load_chart  # noqa: E402
from orgeditor.model import Chart, ReportingLine  # noqa: E402

README = HERE / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
PROPOSAL = ROOT / "examples" / "proposal-2017.yaml"
TARGET_SIZE = 5000
#: Issue 18: an edit round trip (move or rename) under 8 ms at 5,000 units, 16 ms at 20,000.
EDIT_TARGETS = {5000: 0.008, 20000: 0.016}
TIME = "/usr/bin/time"

_BARE_PARSE = "import sys, yaml\nyaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)\n"

_DOT_PEER = """
import json, shutil, subprocess, sys, time
t0 = time.perf_counter()
if shutil.which("dot"):
    subprocess.run(["dot", "-Tsvg", sys.argv[1], "-o", sys.argv[2]], check=True)
    print(json.dumps({"layout": None}))
else:
    import pygraphviz
    graph = pygraphviz.AGraph(sys.argv[1])
    t1 = time.perf_counter()
    graph.layout(prog="dot")
    t2 = time.perf_counter()
    graph.draw(sys.argv[2], format="svg")
    print(json.dumps({"layout": t2 - t1}))
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

def runner(window):  # the background layout: the window's own, or its AutoLayout's
    auto = getattr(window, "auto_layout", None)
    return auto.runner if auto is not None else window.layout_runner

def layout_timer(window):
    auto = getattr(window, "auto_layout", None)
    return auto.timer if auto is not None else getattr(window, "_layout_timer", None)

def settle_layout(app, window):
    timer = layout_timer(window)
    while (timer is not None and timer.isActive()) or runner(window).busy:
        app.processEvents()
        time.sleep(0.001)
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
while runner(window).busy and time.time() < deadline:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
seen = watch.painted
window.view.viewport().update()
while watch.painted == seen:
    app.processEvents()
laid_out = time.time()
view = window.view
frames = []
for zoom in (None, 1.0, 0.3, 0.1):  # None: the whole chart (fit all)
    if zoom is None:
        view.fit_all()
    else:
        view.set_zoom(zoom)
    for step in range(4):
        bar = view.horizontalScrollBar() if step % 2 else view.verticalScrollBar()
        bar.setValue(bar.value() + 250)
        start = time.perf_counter()
        view.viewport().repaint()
        frames.append(time.perf_counter() - start)
view.fit_all()
app.processEvents()
chart = window.chart
leaves = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)
          and u.kind != "mission"]
managers = [u.id for u in chart if chart.direct_reports(u.id)][1:]
root = next(iter(chart.units))
start = time.perf_counter()
window.editor.rename(root, chart.unit(root).name + " (edited)")  # kept: the document stays modified
settle(app, window)
first_edit = time.perf_counter() - start
settle_layout(app, window)
moves, relayouts, renames = [], [], []
for i in range(int(sys.argv[2])):
    leaf = leaves[i * 37 % len(leaves)]
    target = next(m for m in managers[i * 11 % len(managers):] + managers
                  if m != chart.unit(leaf).reports_to[0].to)
    start = time.perf_counter()
    window.editor.report_to(leaf, target)
    settle(app, window)
    moves.append(time.perf_counter() - start)
    settle_layout(app, window)
    relayouts.append(time.perf_counter() - start)
    window.undo_stack.undo()
    settle(app, window)
    settle_layout(app, window)
    start = time.perf_counter()
    window.editor.rename(leaf, chart.unit(leaf).name + " (renamed)")
    settle(app, window)
    renames.append(time.perf_counter() - start)
    settle_layout(app, window)
    window.undo_stack.undo()
    settle(app, window)
    settle_layout(app, window)
# as a drafter edits: a unit shown in the Properties dock while other units move and are renamed
window.scene.select_units([managers[len(managers) // 2]])
settle(app, window)
selected = []
for i in range(int(sys.argv[2])):
    leaf = leaves[(i * 53 + 7) % len(leaves)]
    target = next(m for m in managers[i * 13 % len(managers):] + managers
                  if m != chart.unit(leaf).reports_to[0].to)
    for edit in (lambda: window.editor.report_to(leaf, target),
                 lambda: window.editor.rename(leaf, chart.unit(leaf).name + " (renamed)")):
        start = time.perf_counter()
        edit()
        settle(app, window)
        selected.append(time.perf_counter() - start)
        settle_layout(app, window)
        window.undo_stack.undo()
        settle(app, window)
        settle_layout(app, window)
print(json.dumps({"first_paint": first_paint, "laid_out": laid_out, "first_edit": first_edit,
                  "moves": moves, "relayouts": relayouts, "renames": renames, "frames": frames,
                  "selected": selected,
                  "method": window.scene.placement.method}))
sys.stdout.flush()
"""


# ------------------------------------------------------------- worker process


def samples(action: Callable[[], object], repeat: int) -> list[float]:
    """Seconds taken by *action*, *repeat* times."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def recheck_samples(chart: Chart, repeat: int, *, rename: bool) -> list[float]:
    """Time from a model edit (a leaf moved, or renamed) to fresh findings of a LiveChecker."""
    from orgeditor.rules import LiveChecker  # noqa: PLC0415

    live = LiveChecker(chart)
    leaves = [u.id for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id)]
    managers = [u.id for u in chart if chart.direct_reports(u.id)][1:]
    times = []
    for i in range(repeat):
        unit = chart.unit(leaves[i * 37 % len(leaves)])
        if rename:
            edited = unit.with_changes(name=unit.name + " (renamed)")
        else:
            line = unit.reports_to[0]
            target = next(m for m in managers[i * 11 % len(managers) :] + managers if m != line.to)
            edited = unit.with_changes(reports_to=(ReportingLine(target, line.scope),))
        start = time.perf_counter()
        chart.update_unit(edited)
        _ = live.findings
        times.append(time.perf_counter() - start)
        chart.update_unit(unit)
    live.close()
    return times


def worker(path: Path, repeat: int, layout: bool, dot: bool) -> dict[str, float]:
    """In-process medians (seconds) on one chart file, as a fresh process sees them."""
    from orgeditor.rules import check_chart  # noqa: PLC0415

    text = path.read_bytes()
    figures = {
        "parse": statistics.median(samples(lambda: yaml.load(text, Loader=yaml.CSafeLoader), repeat)),
        "load": statistics.median(samples(lambda: load_chart(path), repeat)),
    }
    chart = load_chart(path)
    check_chart(chart)  # rulebooks cached, as in the editor
    figures["check"] = statistics.median(samples(lambda: check_chart(chart), repeat))
    figures["move"] = statistics.median(recheck_samples(chart, max(repeat, 9), rename=False))
    figures["rename"] = statistics.median(recheck_samples(chart, max(repeat, 9), rename=True))
    if layout:
        from orgeditor.layout import compute_layout  # noqa: PLC0415

        figures["tidy"] = statistics.median(samples(lambda: compute_layout(chart, method="tidy"), repeat))
        if dot:
            dot_runs = samples(lambda: compute_layout(chart, method="dot"), min(repeat, 3))
            figures["dot"] = statistics.median(dot_runs)
    return figures


# ---------------------------------------------------------- whole processes


@dataclass
class Run:
    """One finished subprocess: wall seconds, peak RSS in MiB (None if unknown), output."""

    seconds: float
    rss_mib: float | None
    status: int
    stdout: str


def spawn(argv: Sequence[str], *, timeout: float, env: dict[str, str] | None = None) -> Run | None:
    """Run *argv* to completion (None when it took longer than *timeout* seconds).

    The peak RSS comes from ``/usr/bin/time``: a child's own ``ru_maxrss`` would include the
    size of this (forking) process, which Linux carries across ``exec``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        out_file, err_file = Path(tmp) / "out", Path(tmp) / "err"
        timed = [TIME, "-f", "%M", "-o", str(rss_file), *argv] if os.access(TIME, os.X_OK) else list(argv)
        with out_file.open("w") as out, err_file.open("w") as err:
            start = time.perf_counter()
            process = subprocess.Popen(
                timed, stdout=out, stderr=err, env=env, cwd=ROOT, start_new_session=True
            )
            timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
            timer.start()
            status = process.wait()
            seconds = time.perf_counter() - start
            timer.cancel()
        if status == -signal.SIGKILL:
            return None
        rss = None
        if rss_file.exists():
            lines = [x for x in rss_file.read_text().split() if x.isdigit()]
            rss = int(lines[-1]) / 1024 if lines else None
        if status not in {0, 1}:
            tail = err_file.read_text(errors="replace").strip().splitlines()[-6:]
            sys.stderr.write(
                f"  exit {status}: {' '.join(argv[:4])[:120]}\n    " + "\n    ".join(tail) + "\n"
            )
        return Run(seconds, rss, status, out_file.read_text())


# -------------------------------------------------------------------- the table


@dataclass
class Row:
    measure: str
    size: str
    ours: str
    peer: str = ""
    target: str = ""
    met: str = ""


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def fmt_mib(mib: float | None) -> str:
    return "n/a" if mib is None else f"{mib:.0f} MiB"


def verdict(ours: float | None, limit: float | None) -> str:
    if ours is None or limit is None:
        return "n/a"
    return "met" if ours < limit else f"missed ({ours / limit:.2f}× the target)"


def med(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


class Bench:
    """Runs the measures size by size and collects :class:`Row` s."""

    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.rows: list[Row] = []
        self.env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_DATA_HOME=str(tmp / "data"),
        )
        self.py = sys.executable

    def add(self, *cells: str) -> None:
        """A row: measure, size, ours, then optionally peer, target and verdict."""
        row = Row(*cells)
        self.rows.append(row)
        sys.stderr.write(f"  {row.measure} [{row.size}]: {row.ours} | peer {row.peer} | {row.met}\n")

    def timed(
        self,
        measure: str,
        size: int | str,
        ours: float | None,
        peer: float | None = None,
        limit: float | None = None,
    ) -> None:
        """A row of seconds; *limit* (seconds) applies at the target size only."""
        label = f"{size:,}" if isinstance(size, int) else size
        applies = limit is not None and (size == TARGET_SIZE or isinstance(size, str))
        target = f"< {fmt_s(limit)}" if applies else ""
        self.add(
            measure,
            label,
            fmt_s(ours),
            fmt_s(peer) if peer is not None else "",
            target,
            verdict(ours, limit) if applies else "",
        )

    def runs(self, argv: Sequence[str], repeat: int | None = None, timeout: float = 900) -> list[Run] | None:
        found: list[Run] = []
        for _ in range(repeat or self.args.repeat):
            run = spawn(argv, timeout=timeout, env=self.env)
            if run is None:
                return None
            found.append(run)
        return found

    def whole(
        self, argv: Sequence[str], repeat: int | None = None, timeout: float = 900
    ) -> tuple[float | None, float | None]:
        """Median seconds and peak RSS of a command run in fresh processes."""
        found = self.runs(argv, repeat, timeout)
        if not found:
            return None, None
        return med([r.seconds for r in found]), med([r.rss_mib for r in found])

    def proposal(self) -> None:
        """Whole-process check of the shipped 2017 proposal (< 0.5 s)."""
        ours, _ = self.whole([self.py, "-m", "orgeditor", "check", str(PROPOSAL)])
        peer, _ = self.whole([self.py, "-c", _BARE_PARSE, str(PROPOSAL)])
        self.timed("whole-process `orgeditor check`", "proposal-2017.yaml", ours, peer, 0.5)

    def in_process(self, path: Path, *, layout: bool, dot: bool) -> dict[str, float]:
        argv = [
            self.py,
            str(Path(__file__).resolve()),
            "--worker",
            str(path),
            "--repeat",
            str(self.args.repeat),
        ]
        argv += ["--layout"] * layout + ["--dot"] * dot
        run = spawn(argv, timeout=1800, env=self.env)
        if run is None or run.status != 0:
            sys.stderr.write(f"  worker failed on {path}\n")
            return {}
        figures: dict[str, float] = json.loads(run.stdout.strip().splitlines()[-1])
        return figures

    def checks(self, size: int, shape: str) -> dict[str, float]:
        """Load, full check, re-checks and whole-process check on one chart of *shape*."""
        path = write_chart(self.tmp, size, shape)
        layout = shape == "organization"
        f = self.in_process(path, layout=layout, dot=layout and size <= self.args.dot_max)
        label = f"{size:,} ({shape})"
        self.add("load (in process)", label, fmt_s(f.get("load")), fmt_s(f.get("parse")))
        at = size == TARGET_SIZE
        self.add(
            "full check",
            label,
            fmt_s(f.get("check")),
            fmt_s(f.get("parse")),
            "< 50 ms" if at else "",
            verdict(f.get("check"), 0.05) if at else "",
        )
        for key, what in (("move", "a move"), ("rename", "a rename")):
            self.add(
                f"re-check after {what}",
                label,
                fmt_s(f.get(key)),
                "",
                "< 16 ms" if at else "",
                verdict(f.get(key), 0.016) if at else "",
            )
        ours, rss = self.whole([self.py, "-m", "orgeditor", "check", str(path)])
        peer, peer_rss = self.whole([self.py, "-c", _BARE_PARSE, str(path)])
        target = met = ""
        if at and ours is not None and peer is not None:
            target, met = "≤ 3× peer", "met" if ours <= 3 * peer else f"missed ({ours / peer:.1f}× peer)"
        elif size >= 20000:
            target, met = "< 10 s", verdict(ours, 10.0)
        self.add("whole-process `orgeditor check`", label, fmt_s(ours), fmt_s(peer), target, met)
        self.add("peak RSS, `orgeditor check`", label, fmt_mib(rss), fmt_mib(peer_rss))
        return f

    def model_edits(self, size: int) -> None:
        """The model's edit round trip (``bench_edits.py``): command, model, live checks."""
        path = write_chart(self.tmp, size, "organization")
        samples: dict[str, list[float]] = {"move": [], "rename": []}
        for _ in range(max(1, self.args.repeat // 2)):
            try:
                found = measure_model_edits(ROOT, path, 20)
            except subprocess.CalledProcessError:
                self.add("edit round trip, model (move a unit)", f"{size:,}", "n/a (the probe failed)")
                return
            for key, values in found.items():
                samples[key].extend(values)
        limit = EDIT_TARGETS.get(size)
        for key, what in (("move", "move a unit"), ("rename", "rename")):
            value = med(samples[key])
            self.add(
                f"edit round trip, model ({what})",
                f"{size:,}",
                fmt_s(value),
                "",
                f"< {limit * 1000:.0f} ms" if limit else "",
                verdict(value, limit) if limit else "",
            )

    def layout_and_export(self, size: int, figures: dict[str, float]) -> None:
        """Auto layout and SVG export beside dot; then the editor."""
        args, at, label = self.args, size == TARGET_SIZE, f"{size:,}"
        path = write_chart(self.tmp, size, "organization")
        dot_file = self.tmp / f"chart-{size}.dot"
        write_dot(load_chart(path), dot_file)
        dot_layout = dot_svg = dot_rss = None
        peer_note = "not run"
        if size <= args.peer_max:
            argv = [self.py, "-c", _DOT_PEER, str(dot_file), str(self.tmp / "peer.svg")]
            found = self.runs(argv, args.repeat if size <= TARGET_SIZE else 1, args.peer_timeout)
            if found:
                dot_layout = med([json.loads(r.stdout.strip().splitlines()[-1])["layout"] for r in found])
                dot_svg, dot_rss = med([r.seconds for r in found]), med([r.rss_mib for r in found])
            else:
                peer_note = f"> {args.peer_timeout:.0f} s"
        layout_peer = fmt_s(dot_layout) if dot_layout is not None else peer_note
        svg_peer = fmt_s(dot_svg) if dot_svg is not None else peer_note
        tidy = figures.get("tidy")
        self.add(
            "auto layout (tidy)",
            label,
            fmt_s(tidy),
            layout_peer,
            "< 0.2 s" if at else "",
            verdict(tidy, 0.2) if at else "",
        )
        if "dot" in figures:
            self.add("layout (our dot)", label, fmt_s(figures["dot"]), layout_peer)
        export, rss = self.whole(
            [self.py, "-m", "orgeditor", "export", str(path), "-o", str(self.tmp / "out.svg")]
        )
        met = ""
        if at:
            met = (
                "n/a"
                if export is None or dot_svg is None
                else ("met" if export < dot_svg else f"missed ({export / dot_svg:.1f}× peer)")
            )
        self.add("SVG export, whole process", label, fmt_s(export), svg_peer, "< peer" if at else "", met)
        self.add("peak RSS, `orgeditor export`", label, fmt_mib(rss), fmt_mib(dot_rss))
        self.editor(path, size, svg_peer)

    def editor(self, path: Path, size: int, svg_peer: str) -> None:
        """Open the editor offscreen: first paint, laid-out paint, edit round trips, peak RSS."""
        args, at, label = self.args, size == TARGET_SIZE, f"{size:,}"
        try:  # not imported here: Qt must come before pygraphviz in a process (DESIGN.md §3)
            found = importlib.util.find_spec("orgeditor.ui.app") is not None
        except ImportError:
            found = False
        if not found:
            self.add("open to first paint (offscreen)", label, "n/a (no orgeditor.ui.app)")
            return
        firsts, laid, first_edits, moves, relayouts, renames, rss = [], [], [], [], [], [], []
        selected: list[float] = []
        frames: list[float] = []
        for _ in range(args.repeat if size <= TARGET_SIZE else 1):
            begin = time.time()
            argv = [self.py, "-c", _EDITOR_PROBE, str(path), str(args.edits)]
            run = spawn(argv, timeout=args.editor_timeout, env=self.env)
            if run is None or run.status != 0 or not run.stdout.strip():
                self.add("open to first paint (offscreen)", label, "n/a (the probe failed or timed out)")
                return
            result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
            firsts.append(result["first_paint"] - begin)
            laid.append(result["laid_out"] - begin)
            first_edits.append(result["first_edit"])
            moves.extend(result["moves"])
            relayouts.extend(result["relayouts"])
            frames.extend(result["frames"])
            renames.extend(result["renames"])
            selected.extend(result.get("selected", []))
            rss.append(run.rss_mib)
        for measure, values in (
            ("open to first paint (offscreen)", firsts),
            ("open to laid-out paint", laid),
        ):
            value = med(values)
            self.add(
                measure,
                label,
                fmt_s(value),
                svg_peer,
                "< 1.5 s" if at else "",
                verdict(value, 1.5) if at else "",
            )
        value = med(first_edits)
        self.add(
            "first edit after open (starts the crash journal)",
            label,
            fmt_s(value),
            "",
            "< 50 ms" if at else "",
            verdict(value, 0.05) if at else "",
        )
        limit = EDIT_TARGETS.get(size)
        for measure, values in (
            ("edit round trip (move a unit)", moves),
            ("edit round trip (rename)", renames),
            ("edit round trip, a unit shown in Properties (move or rename)", selected),
        ):
            value = med(values)
            self.add(
                measure,
                label,
                fmt_s(value),
                "",
                f"< {limit * 1000:.0f} ms" if limit else "",
                verdict(value, limit) if limit else "",
            )
        value = med(relayouts)
        self.add("move → auto layout applied (200 ms debounce)", label, fmt_s(value))
        worst = max(frames) if frames else None
        self.add(
            "pan/zoom frame, median (worst)",
            label,
            f"{fmt_s(med(frames))} ({fmt_s(worst)})",
            "",
            "worst < 100 ms" if size >= 20000 else "",
            verdict(worst, 0.1) if size >= 20000 else "",
        )
        peak = med(rss)
        self.add(
            "peak RSS, editor open + edits",
            label,
            fmt_mib(peak),
            "",
            "< 400 MB" if at else "",
            verdict(None if peak is None else peak * 1.048576, 400) if at else "",
        )


# ----------------------------------------------------------------- the report


def load_average() -> str:
    """The 1-minute load average (other work on the machine skews every figure)."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def revision() -> str:
    """The commit measured, and whether orgeditor/ had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "orgeditor"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} (with uncommitted changes in orgeditor/)" if dirty else head


def machine(load_before: str, measured: str) -> list[str]:
    cpu, memory = "unknown CPU", "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for name in ("PySide6-Essentials", "PyYAML", "pygraphviz", "networkx"):
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    dot = shutil.which("dot")
    libyaml = "with libyaml" if yaml.__with_libyaml__ else "without libyaml"
    return [
        f"- Date: {time.strftime('%Y-%m-%d %H:%M %Z')}; code: commit {measured}",
        f"- Machine: {cpus} CPUs ({cpu}), {memory} RAM, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {', '.join(versions)} ({libyaml})",
        f"- Peer dot: {dot if dot else 'Graphviz bundled with pygraphviz (no dot binary on PATH)'}",
        f"- Load average (1 min) at the start: {load_before}, at the end: {load_average()}"
        f" (on {cpus} CPUs; a load above the CPU count means other work competed with the runs)",
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
    parser.add_argument("--peer-timeout", type=float, default=300.0, help="seconds before dot is dropped")
    parser.add_argument("--editor-timeout", type=float, default=900.0)
    parser.add_argument("--no-readme", dest="readme", action="store_false", help="print only")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--layout", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dot", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        sys.stdout.write(json.dumps(worker(args.worker, args.repeat, args.layout, args.dot)) + "\n")
        return 0
    if args.quick:
        args.sizes, args.repeat, args.peer_max, args.edits = [1000, 5000], 3, 5000, 5
    # Measure starts as users get them: with the package byte-compiled (as scripts/setup.sh
    # leaves it), even where PYTHONDONTWRITEBYTECODE would make every process compile it anew.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "orgeditor")], check=False)
    load_before, measured = load_average(), revision()
    with tempfile.TemporaryDirectory(prefix="orgeditor-bench-") as name:
        bench = Bench(args, Path(name))
        bench.proposal()
        for size in args.sizes:
            sys.stderr.write(f"== {size:,} units\n")
            figures = bench.checks(size, "organization")
            bench.model_edits(size)
            bench.checks(size, "pillar")
            bench.layout_and_export(size, figures)
    report = [*machine(load_before, measured), "", *table(bench.rows)]
    sys.stdout.write("\n".join(report) + "\n")
    if args.readme:
        write_readme(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
