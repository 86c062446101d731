"""The "changes" overlay: a chart against the baseline it names, for tinting the editor's cards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from orgeditor.diff import ChartDiff, UnitStatus, diff_charts
from orgeditor.io.reading import FileRefusedError, chart_relative_path
from orgeditor.model import Chart
from orgeditor.ui.compare.shared import DisplayStatus, display_statuses

__all__ = [
    "BaselineChanges",
    "BaselineError",
    "baseline_changes",
    "baseline_path",
    "load_baseline_chart",
    "open_baseline_compare",
]


class BaselineError(Exception):
    """The chart names no baseline, or its baseline cannot be loaded."""


def baseline_path(chart: Chart) -> Path:
    """Where *chart*'s baseline is: ``baseline`` relative to the chart's folder (else the
    current folder). Raises :class:`BaselineError` when the chart names none."""
    if not chart.baseline:
        raise BaselineError(f"{chart.title} names no baseline")
    try:
        return chart_relative_path(chart.path, chart.baseline)
    except FileRefusedError as exc:
        raise BaselineError(f"The baseline {exc.strerror}.") from None


def load_baseline_chart(chart: Chart) -> Chart:
    """Load *chart*'s baseline; :class:`BaselineError` (with the loader's message) on failure."""
    from orgeditor.io import ChartLoadError, load_chart  # noqa: PLC0415 - the loader is heavier

    path = baseline_path(chart)
    try:
        return load_chart(path)
    except ChartLoadError as exc:
        raise BaselineError(str(exc)) from exc
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class BaselineChanges:
    """A chart against its baseline.

    *statuses* gives every unit of the chart ``added``, ``changed`` or ``same`` (what
    :meth:`ChartDiff.status_of` says); *display* the finer drawing status (``moved`` when only
    the unit's reporting lines changed, ``note`` when only its note did); *removed* the ids of
    baseline units the chart no longer has.
    """

    baseline: Chart
    diff: ChartDiff
    statuses: dict[str, UnitStatus]
    display: dict[str, DisplayStatus]
    removed: tuple[str, ...]

    def changed_units(self) -> list[str]:
        """Units of the chart that are not the same as in the baseline, in chart order."""
        return [uid for uid, status in self.statuses.items() if status != "same"]


def baseline_changes(chart: Chart, baseline: Chart | None = None, *, check: bool = False) -> BaselineChanges:
    """Compare *chart* with its baseline (loaded when not given). With *check*, the rule
    findings are compared too (slower)."""
    base = baseline if baseline is not None else load_baseline_chart(chart)
    diff = diff_charts(base, chart, check=check)
    display = display_statuses(diff)
    return BaselineChanges(
        baseline=base,
        diff=diff,
        statuses={uid: diff.status_of(uid) for uid in chart.units},
        display={uid: display[uid] for uid in chart.units},
        removed=diff.units_removed,
    )


def open_baseline_compare(parent: QWidget | None, chart: Chart) -> QWidget:
    """A compare window of *chart*'s baseline (A) against *chart* (B), shown.

    Raises :class:`BaselineError` when there is no baseline or it does not load.
    """
    from orgeditor.ui.compare.window import CompareWindow  # noqa: PLC0415 - circular

    base = load_baseline_chart(chart)
    label_a = chart.baseline or "baseline"
    label_b = chart.path.name if chart.path is not None else chart.title
    window = CompareWindow(base, chart, f"{label_a} (baseline)", label_b, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
