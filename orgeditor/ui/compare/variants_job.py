"""Loading and comparing several variants away from the GUI thread, with progress.

Loading and checking a few example charts takes some 50 ms, but three variants of 5,000 units
take seconds (mostly the diff's lineage), so the work runs on a worker thread and reports each
step; the window stays responsive and can cancel. A file that does not load stops the job with
the loader's located message (``FILE:LINE:COL: error: …``), never a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from orgeditor.compare import Comparison, compare_charts
from orgeditor.model import Chart

__all__ = ["CancelledError", "VariantSource", "VariantsError", "VariantsJob", "load_and_compare"]

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class VariantSource:
    """A variant to compare: a file to load, or a chart already in memory (the open document).

    *key* names the variant in the comparison (its path as given); *label* is what the panel
    shows (the file name, ``(open document)`` added for the editor's chart).
    """

    key: str
    label: str
    path: Path | None = None
    chart: Chart | None = None

    @classmethod
    def of_file(cls, path: str | Path) -> VariantSource:
        return cls(str(path), Path(path).name, Path(path))


class VariantsError(Exception):
    """A variant does not load, or a rulebook it names is not valid; the message says where."""


class CancelledError(Exception):
    """The job was cancelled between two steps."""


def load_and_compare(
    sources: Sequence[VariantSource],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Comparison:
    """Load every source that is a file, then compare them all under one rule set.

    *progress* (step, steps, what) is called before each step; there is one step a file and
    one for the comparison. Raises :class:`VariantsError` with the located message of the
    first file that does not load (or the rulebook error), :class:`CancelledError` when
    *cancelled* says so between steps.
    """
    from orgeditor.io import ChartLoadError, load_chart  # noqa: PLC0415 - loaded on first use
    from orgeditor.rules import RulebookError  # noqa: PLC0415

    steps = len(sources) + 1
    charts: list[tuple[str, Chart]] = []
    for step, source in enumerate(sources):
        if cancelled():
            raise CancelledError
        if progress is not None:
            text = QCoreApplication.translate("VariantsJob", "Loading {label} ({number} of {count})…")
            progress(step, steps, text.format(label=source.label, number=step + 1, count=len(sources)))
        if source.chart is not None:
            charts.append((source.key, source.chart))
            continue
        assert source.path is not None
        try:
            charts.append((source.key, load_chart(source.path)))
        except ChartLoadError as exc:
            raise VariantsError(str(exc)) from exc
        except OSError as exc:
            text = QCoreApplication.translate("VariantsJob", "{path}: error: {reason}")
            raise VariantsError(text.format(path=source.path, reason=exc.strerror or exc)) from exc
    if cancelled():
        raise CancelledError
    if progress is not None:
        text = QCoreApplication.translate("VariantsJob", "Checking and comparing {count} variants…")
        progress(len(sources), steps, text.format(count=len(sources)))
    try:
        return compare_charts(charts)
    except RulebookError as exc:
        text = QCoreApplication.translate("VariantsJob", "A rulebook does not load: {reason}")
        raise VariantsError(text.format(reason=exc)) from exc


class VariantsJob(QObject):
    """:func:`load_and_compare` on a worker thread. Signals arrive on the GUI thread:
    ``progress(step, steps, what)``, then ``finished(comparison)`` or ``failed(message)``
    (or nothing after :meth:`cancel`)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, sources: Sequence[VariantSource], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = tuple(sources)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Run the job on a thread of its own (once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="orgeditor-variants", daemon=True)
        self._thread.start()

    def run_here(self) -> None:
        """Run the job on the calling thread (its signals are emitted before this returns)."""
        self._run()

    def cancel(self) -> None:
        """Stop at the next step; no more signals."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True when it has (or never started)."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            comparison = load_and_compare(self.sources, self._report, self._cancel.is_set)
        except CancelledError:
            return
        except VariantsError as exc:
            if not self._cancel.is_set():
                self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must not end the thread unheard
            if not self._cancel.is_set():
                text = QCoreApplication.translate("VariantsJob", "The comparison failed: {reason}")
                self.failed.emit(text.format(reason=f"{type(exc).__name__}: {exc}"))
            return
        if not self._cancel.is_set():
            self.finished.emit(comparison)

    def _report(self, step: int, steps: int, what: str) -> None:
        if not self._cancel.is_set():
            self.progress.emit(step, steps, what)
