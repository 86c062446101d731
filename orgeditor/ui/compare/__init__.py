"""Comparing charts in the GUI: a side-by-side compare window on a shared layout, the
"changes" overlay against a chart's baseline, the variants panel, and their entry points.

``run_compare(path_a, path_b)`` runs a compare window as a program; ``open_compare_window``
opens one from the editor (File ▸ Compare with…); ``open_baseline_compare`` for File ▸
Compare with baseline; ``baseline_changes(chart)`` gives per-unit statuses (and lineage) to
tint cards; ``open_variants_panel`` weighs several variants (File ▸ Compare Variants…).
"""

# QtGui must be loaded before anything that may load pygraphviz (DESIGN.md §3).
from PySide6 import QtGui  # noqa: F401  # isort: skip

from orgeditor.ui.compare.app import open_compare_window, run_compare
from orgeditor.ui.compare.baseline import (
    BaselineChanges,
    BaselineError,
    baseline_changes,
    baseline_path,
    load_baseline_chart,
    open_baseline_compare,
)
from orgeditor.ui.compare.items import STATUS_COLOURS, STATUS_TAGS, status_theme
from orgeditor.ui.compare.lineage import LineageNote, lineage_notes
from orgeditor.ui.compare.variants import VariantsPanel, open_variants_panel
from orgeditor.ui.compare.variants_job import VariantsError, VariantSource
from orgeditor.ui.compare.window import CompareWindow

__all__ = [
    "STATUS_COLOURS",
    "STATUS_TAGS",
    "BaselineChanges",
    "BaselineError",
    "CompareWindow",
    "LineageNote",
    "VariantSource",
    "VariantsError",
    "VariantsPanel",
    "baseline_changes",
    "baseline_path",
    "lineage_notes",
    "load_baseline_chart",
    "open_baseline_compare",
    "open_compare_window",
    "open_variants_panel",
    "run_compare",
    "status_theme",
]
