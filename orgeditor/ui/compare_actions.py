"""File ▸ Compare with… and File ▸ Compare with Baseline: open the compare view from the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from orgeditor.ui.compare import BaselineError, open_baseline_compare, open_compare_window

if TYPE_CHECKING:
    from orgeditor.ui.main_window import MainWindow

__all__ = ["compare_with_baseline", "compare_with_file"]


def compare_with_file(window: MainWindow) -> None:
    """Ask for another chart and compare the open one (as it is now) with it."""
    docs = window.documents
    path = docs.ask_open_path()
    if path is None:
        return
    other = docs.load(path)
    if other is None:
        return
    open_compare_window(window, window.chart.copy(), other, docs.display_name(), path.name)


def compare_with_baseline(window: MainWindow) -> None:
    """Compare the open chart with the variant its ``baseline`` names."""
    chart = window.chart
    if not chart.baseline:
        QMessageBox.information(
            window,
            "No baseline",
            "This chart names no baseline. Set one in the chart's properties "
            "(the variant it is compared with), or use File ▸ Compare with….",
        )
        return
    try:
        open_baseline_compare(window, chart.copy())
    except BaselineError as exc:
        QMessageBox.warning(window, "Cannot open the baseline", str(exc))
