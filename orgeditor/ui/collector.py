"""Cycle collection on the GUI thread only.

Python collects reference cycles in whichever thread is allocating when a threshold is crossed.
When that is the background layout thread and the garbage holds Qt objects (a closed dialog, a
window of a closed document), Qt destroys them off the GUI thread and the program aborts. The
editor therefore turns automatic collection off and collects from a timer on the GUI thread,
one generation at a time as the usual thresholds say (the approach of pyqtgraph's
``GarbageCollector``). Code that turns collection off for a while (loading a chart) and back on
only if it was on keeps working unchanged.

The pace keeps each pause short. While collections keep coming due (a layout thread allocating
hard), the timer looks every :data:`BUSY_INTERVAL_MS` instead of every :data:`INTERVAL_MS`, so
each collection has a fifth as much to look at: at 20,000 units a youngest-generation
collection every 250 ms took 20–60 ms, a stall the user feels. A full collection walks every
object of the chart (tens of milliseconds at 5,000 units); Python itself runs one only when the
long-lived objects have grown by a quarter, which it does not tell. Here one runs at most once
per :data:`FULL_SHARE` times its last length, and never twice within :data:`MIN_FULL_GAP_S`
seconds; until then the middle generation is collected instead.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["collect_due", "collect_on_gui_thread"]

#: How often the GUI thread looks whether a collection is due, in milliseconds, when the last
#: look found none due…
INTERVAL_MS = 250
#: …and when it collected: allocation is under way, collected in smaller pieces.
BUSY_INTERVAL_MS = 50
#: A full collection runs at most once per this many times its last length…
FULL_SHARE = 50
#: …and never twice within this many seconds.
MIN_FULL_GAP_S = 10.0


def collect_due(*, full: bool = True) -> int:
    """Collect the oldest generation whose allocation count passed its threshold (as automatic
    collection would have); returns the generation collected, or -1 when none was due. Without
    *full*, a full collection that is due collects the middle generation instead."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    generation = -1
    for number in range(3):
        if thresholds[number] and counts[number] > thresholds[number]:
            generation = number
        else:
            break
    if generation == 2 and not full:
        generation = 1
    if generation >= 0:
        gc.collect(generation)
    return generation


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_full = time.monotonic()  # (loading the chart was the first)
        self.full_length = 0.0  # seconds the last full collection took
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect what is due (a full collection only if its turn came); returns the
        generation collected, or -1."""
        now = time.monotonic()
        full = now - self.last_full >= max(MIN_FULL_GAP_S, FULL_SHARE * self.full_length)
        start = time.perf_counter()
        generation = collect_due(full=full)
        if generation == 2:
            self.last_full, self.full_length = now, time.perf_counter() - start
        self.timer.setInterval(BUSY_INTERVAL_MS if generation >= 0 else INTERVAL_MS)
        return generation


def collect_on_gui_thread() -> None:
    """Turn automatic cycle collection off and collect from the GUI thread instead (once per
    application; call it on the GUI thread after the QApplication exists)."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(_Collector) is not None:
        return
    gc.disable()
    _Collector(app)
