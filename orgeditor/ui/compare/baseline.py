"""The "changes" overlay: a chart against the baseline it names, for tinting the editor's cards.

Besides each unit's status it carries the lineage the diff finds (SPEC §6.5): a unit that
continues baseline units says where it came from (``merged from DPA and PBSO``), and a baseline
unit that was split or merged names what it became (``split into …``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from orgeditor.diff import ChartDiff, UnitStatus, diff_charts
from orgeditor.io.reading import FileRefusedError, chart_relative_path
from orgeditor.model import Chart
from orgeditor.ui.compare.lineage import LineageNote, lineage_notes
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
    baseline units the chart no longer has. *lineage* gives the units of the chart that
    continue baseline units their note (``tag`` "from DPA + PBSO", ``tip`` "merged from DPA
    and PBSO (declared)"); *fates* the baseline units that continue in others (``split into
    …``), by baseline id.
    """

    baseline: Chart
    diff: ChartDiff
    statuses: dict[str, UnitStatus]
    display: dict[str, DisplayStatus]
    removed: tuple[str, ...]
    lineage: dict[str, LineageNote] = field(default_factory=dict)
    fates: dict[str, LineageNote] = field(default_factory=dict)

    def changed_units(self) -> list[str]:
        """Units of the chart that are not the same as in the baseline, in chart order."""
        return [uid for uid, status in self.statuses.items() if status != "same"]

    def origin(self, unit_id: str) -> str | None:
        """Where a unit of the chart came from (``merged from DPA and PBSO (declared)``), or
        None when it continues no baseline unit under another id."""
        note = self.lineage.get(unit_id)
        return note.tip if note is not None else None

    def tooltip(self, unit_id: str) -> str:
        """A card's change in words: its status, and its origin when it has one."""
        status = self.display.get(unit_id, "same")
        words = {
            "moved": QCoreApplication.translate("Baseline", "line moved since the baseline"),
            "note": QCoreApplication.translate("Baseline", "note revised since the baseline"),
            "added": QCoreApplication.translate("Baseline", "added since the baseline"),
            "removed": QCoreApplication.translate("Baseline", "removed since the baseline"),
            "changed": QCoreApplication.translate("Baseline", "changed since the baseline"),
            "same": QCoreApplication.translate("Baseline", "same since the baseline"),
        }
        text = words.get(status, f"{status} since the baseline")
        origin = self.origin(unit_id)
        return f"{text}; {origin}" if origin else text


def baseline_changes(chart: Chart, baseline: Chart | None = None, *, check: bool = False) -> BaselineChanges:
    """Compare *chart* with its baseline (loaded when not given). With *check*, the rule
    findings are compared too (slower)."""
    base = baseline if baseline is not None else load_baseline_chart(chart)
    diff = diff_charts(base, chart, check=check)
    display = display_statuses(diff)
    notes = lineage_notes(diff)
    return BaselineChanges(
        baseline=base,
        diff=diff,
        statuses={uid: diff.status_of(uid) for uid in chart.units},
        display={uid: display[uid] for uid in chart.units},
        removed=diff.units_removed,
        lineage={uid: note for uid, note in notes["b"].items() if uid in chart.units},
        fates={diff.original_id(uid): note for uid, note in notes["a"].items()},
    )


def open_baseline_compare(parent: QWidget | None, chart: Chart) -> QWidget:
    """A compare window of *chart*'s baseline (A) against *chart* (B), shown.

    Raises :class:`BaselineError` when there is no baseline or it does not load.
    """
    from orgeditor.ui.compare.window import CompareWindow  # noqa: PLC0415 - circular

    base = load_baseline_chart(chart)
    label_a = chart.baseline or QCoreApplication.translate("Baseline", "baseline")
    label_b = chart.path.name if chart.path is not None else chart.title
    label_a = QCoreApplication.translate("Baseline", "{name} (baseline)").format(name=label_a)
    window = CompareWindow(base, chart, label_a, label_b, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
