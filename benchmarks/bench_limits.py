"""Benchmark of hostile but valid input at the limits (issue 13): time and peak memory of whole
commands, with a bare C-loader YAML parse of the same file beside each chart figure.

Each case is a file made at (or just over) one of the limits in the README — the most units, a
20 MB file refused at the unit limit, the most values, the longest names, the most links, the
deepest chain, the largest exports and a 1,000,000-row CSV — and each command runs as a whole
process (``python -m orgeditor …``), several times; medians of wall time and of peak resident
memory are reported (``VmHWM`` of the child: Linux keeps ``ru_maxrss`` across ``exec``). The
targets: a 20 MB chart checks in under 5 s and 1 GB; exports refuse or finish under 30 s and
2 GB; a CSV over the limit is refused before it is parsed.

Run: ``.venv/bin/python benchmarks/bench_limits.py [--repeat 3] [--only NAME]``.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

HEAD = "orgchart: 1\ntitle: Limits\nunits:\n"
LONG = ("Office of the Special Envoy of the Secretary-General for the Great Lakes Region " * 7)[:480]


def _tree(count: int, body: Callable[[int], str] = lambda i: "name: Unit, kind: unit") -> str:
    lines = [f"  u0: {{{body(0)}}}"]
    lines += [f"  u{i}: {{{body(i)}, reports_to: u{(i - 1) // 8}}}" for i in range(1, count)]
    return HEAD + "\n".join(lines) + "\n"


def _links(units: int, links: int) -> str:
    text = _tree(units)
    pairs = ((i % units, (i % units + (i // units + 1) * 7919) % units) for i in range(links))
    chosen = [f"  - {{from: u{a}, to: u{b}, kind: informs}}" for a, b in pairs]
    return text + "links:\n" + "\n".join(chosen) + "\n"


def _chain(levels: int) -> str:
    lines = ["  u0: {name: U, kind: office}"]
    lines += [f"  u{i}: {{name: U, kind: unit, reports_to: u{i - 1}}}" for i in range(1, levels)]
    return HEAD + "\n".join(lines) + "\n"


def _fat(count: int, per_unit: int) -> str:
    functions = ", ".join(f"f{k}" for k in range(per_unit))
    return _tree(count, lambda i: f"name: U, kind: unit, functions: [{functions}]")


def _csv(rows: int) -> str:
    return "id,name,kind,reports_to\n" + "".join(
        f"u{i},Unit {i},unit,{f'u{(i - 1) // 8}' if i else ''}\n" for i in range(rows)
    )


#: name -> (file name, content maker, command after ``orgeditor``, what the file is)
CASES: dict[str, tuple[str, Callable[[], str], list[str], str]] = {
    "check 50,000 units": ("units50k.yaml", lambda: _tree(50_000), ["check"], "at the unit limit"),
    "check 19.8 MB, 370,000 units": (
        "units370k.yaml",
        lambda: _tree(370_000, lambda i: "name: U, kind: unit"),
        ["check"],
        "refused at unit 50,001",
    ),
    "check 20 MB of 480-char names": (
        "names.yaml",
        lambda: _tree(36_000, lambda i: f"name: '{LONG} {i}', kind: division"),
        ["check"],
        "36,000 units",
    ),
    "check 1.2 M values": ("values.yaml", lambda: _fat(27_500, 35), ["check"], "1.18 million values"),
    "check 100,000 links": ("links.yaml", lambda: _links(50_000, 100_000), ["check"], "at the link limit"),
    "check 1,000-level chain": ("chain.yaml", lambda: _chain(1_000), ["check"], "at the level limit"),
    "export SVG 20,000 long names": (
        "names20k.yaml",
        lambda: _tree(20_000, lambda i: f"name: '{LONG} {i}', kind: division"),
        ["export", "-o", "{out}.svg"],
        "at the SVG limit",
    ),
    "export PDF 5,000 units": (
        "units5k.yaml",
        lambda: _tree(5_000),
        ["export", "-o", "{out}.pdf"],
        "at the PDF limit",
    ),
    "export PPTX 5,000 units": (
        "units5k.yaml",
        lambda: _tree(5_000),
        ["export", "-o", "{out}.pptx"],
        "deck limit",
    ),
    "export SVG 10,000 links": (
        "links10k.yaml",
        lambda: _links(1_000, 10_000),
        ["export", "-o", "{out}.svg"],
        "at the SVG link limit",
    ),
    "export SVG 50,000 units": (
        "units50k.yaml",
        lambda: _tree(50_000),
        ["export", "-o", "{out}.svg"],
        "refused",
    ),
    "import CSV 50,000 rows": (
        "rows50k.csv",
        lambda: _csv(50_000),
        ["import", "-o", "{out}.yaml"],
        "at the row limit",
    ),
    "import CSV 1,000,000 rows": (
        "rows1m.csv",
        lambda: _csv(1_000_000),
        ["import", "-o", "{out}.yaml"],
        "refused",
    ),
}

_RUNNER = """
import sys, time, runpy
start = time.perf_counter()
sys.argv = ["orgeditor", *sys.argv[1:]]
try:
    runpy.run_module("orgeditor", run_name="__main__")
except SystemExit as exit_:
    status = exit_.code
else:
    status = 0
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(f"@@ {time.perf_counter() - start:.3f} {hwm} {status}", file=sys.stderr)
"""

_PEER = """
import sys, time, yaml
start = time.perf_counter()
yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)
hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
print(f"@@ {time.perf_counter() - start:.3f} {hwm} 0")
"""


def _measure(argv: list[str], repeat: int) -> tuple[float, float, str]:
    """Median wall seconds and peak MB of a whole process, and its exit status (last run)."""
    seconds, megabytes, status = [], [], "?"
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=ROOT)
        wall = time.perf_counter() - start
        line = next((x for x in (done.stderr + done.stdout).splitlines() if x.startswith("@@ ")), None)
        if line is None:
            raise RuntimeError(f"{argv}: no measurement\n{done.stderr[-2000:]}")
        _, _, rss, status = line.split()
        seconds.append(wall)
        megabytes.append(int(rss) / 1024)
    return statistics.median(seconds), statistics.median(megabytes), status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="run the cases whose name holds this text")
    args = parser.parse_args()
    print(f"# limits, {platform.python_implementation()} {platform.python_version()},")
    print(f"# {platform.machine()} {platform.system()}, {time.strftime('%Y-%m-%d %H:%M')}, medians")
    print("| case | file | MB on disk | exit | seconds | peak MB | peer: yaml C parse s / MB |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, (file_name, make, command, what) in CASES.items():
            if args.only and args.only not in name:
                continue
            path = folder / file_name
            if not path.exists():
                path.write_text(make(), encoding="utf-8")
            out = str(folder / "out")
            argv = [sys.executable, "-c", _RUNNER, command[0], str(path)]
            argv += [part.replace("{out}", out) for part in command[1:]]
            seconds, peak, status = _measure(argv, args.repeat)
            peer = "—"
            if file_name.endswith(".yaml") and command[0] == "check":
                peer_s, peer_mb, _ = _measure([sys.executable, "-c", _PEER, str(path)], args.repeat)
                peer = f"{peer_s:.2f} / {peer_mb:.0f}"
            size = path.stat().st_size / 1_048_576
            print(
                f"| {name} | {what} | {size:.1f} | {status} | {seconds:.2f} | {peak:.0f} | {peer} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
