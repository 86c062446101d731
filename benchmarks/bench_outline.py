"""The Outline dock's filter at scale (issue 19): time per keystroke, medians, peers beside.

For each size an organization-shaped chart (``generate.py``) is shown in an
:class:`~orgeditor.ui.docks.outline.OutlineDock` (offscreen, 320 x 900, the tree built once).
Queries are typed one character at a time and each keystroke is timed from ``setText`` on the
filter box to the tree repainted (the filter, the expansion of what matched, the paint), then
erased the same way. Beside it, in the same run:

- *peer: scan* — the least any filter costs: a Python substring test over every unit's text;
- *peer: rebuild* — a naive outline that builds a fresh model of the matching units (and the
  units above them) at each keystroke, no proxy;
- *source resets* — how many times the dock's own model was reset or rebuilt while typing
  (it must stay 0: the proxy filters, the model is never rebuilt).

Run: ``.venv/bin/python benchmarks/bench_outline.py [--sizes 5000 20000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
for _path in (str(HERE.parent), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from generate import build_chart  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QTreeView  # noqa: E402

from orgeditor.model import Chart  # noqa: E402
from orgeditor.ui.docks.outline import OutlineDock, tree_parents  # noqa: E402

#: What a drafter types: names, short names, ids, a kind word (each typed then erased).
QUERIES = ("Section u12", "Mission", "Team u4", "Division", "u1999", "Office of")
TARGET_MS = 50.0


def keystrokes(query: str) -> list[str]:
    """The filter texts while *query* is typed, then erased."""
    typed = [query[:i] for i in range(1, len(query) + 1)]
    return typed + typed[-2::-1] + [""]


def time_typing(app: QApplication, set_text: Callable[[str], None], repeat: int) -> list[float]:
    """Milliseconds per keystroke over every query, *repeat* times."""
    samples: list[float] = []
    for _ in range(repeat):
        for query in QUERIES:
            for text in keystrokes(query):
                start = time.perf_counter()
                set_text(text)
                app.processEvents()
                samples.append((time.perf_counter() - start) * 1000)
    return samples


def naive_outline(chart: Chart, tree: QTreeView) -> Callable[[str], None]:
    """The peer: a fresh model of the matches and the units above them at each keystroke."""
    parents = tree_parents(chart)
    texts = {u.id: f"{u.short} — {u.name}" if u.short else u.name for u in chart}

    def set_text(text: str) -> None:
        needle = text.casefold()
        shown: set[str] = set()
        for unit_id, label in texts.items():
            if needle in label.casefold() or needle in unit_id:
                current: str | None = unit_id
                while current is not None and current not in shown:
                    shown.add(current)
                    current = parents.get(current)
        model = QStandardItemModel()
        items = {u: QStandardItem(texts[u]) for u in texts if u in shown}
        for unit_id, item in items.items():
            parent = parents.get(unit_id)
            (items[parent] if parent in items else model.invisibleRootItem()).appendRow(item)
        old = tree.model()
        tree.setModel(model)
        if old is not None:
            old.deleteLater()
        if text:
            tree.expandAll()

    return set_text


def scan(chart: Chart) -> Callable[[str], None]:
    texts = [(u.id, (f"{u.short} — {u.name}" if u.short else u.name).casefold()) for u in chart]

    def set_text(text: str) -> None:
        needle = text.casefold()
        [u for u, label in texts if needle in label or needle in u]

    return set_text


def summary(samples: list[float]) -> str:
    return f"{statistics.median(samples):.1f} ms (worst {max(samples):.0f} ms)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print(f"# outline filter per keystroke, {len(QUERIES)} queries typed and erased x {args.repeat}")
    print(
        "| units | build the tree (once) | ours: per keystroke, median "
        "| peer: scan | peer: rebuild | source resets |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        chart = build_chart(size)
        dock = OutlineDock()
        dock.resize(320, 900)
        dock.show()
        start = time.perf_counter()
        dock.rebuild(chart)
        app.processEvents()
        built = (time.perf_counter() - start) * 1000
        resets: list[None] = []
        dock.model.modelReset.connect(lambda found=resets: found.append(None))
        ours = time_typing(app, dock.filter.setText, args.repeat)
        floor = time_typing(app, scan(chart), args.repeat)
        peer_tree = QTreeView()
        peer_tree.resize(320, 900)
        peer_tree.show()
        naive = time_typing(app, naive_outline(chart, peer_tree), 1)
        peer_tree.close()
        dock.close()
        verdict = "met" if statistics.median(ours) < TARGET_MS else "NOT met"
        print(
            f"| {size:,} | {built:.0f} ms | {summary(ours)} ({verdict}: < {TARGET_MS:.0f} ms) "
            f"| {summary(floor)} | {summary(naive)} | {len(resets)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
