"""Cycle collection on the GUI thread only.

Python collects reference cycles in whichever thread is allocating when a threshold is crossed.
When that is the background layout thread and the garbage holds Qt objects (a closed dialog, a
window of a closed document), Qt destroys them off the GUI thread and the program aborts. The
editor therefore turns automatic collection off and collects from a timer on the GUI thread,
one generation at a time as the usual thresholds say (the approach of pyqtgraph's
``GarbageCollector``). Code that turns collection off for a while (loading a chart) and back on
only if it was on keeps working unchanged.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["collect_due", "collect_on_gui_thread"]

#: How often the GUI thread looks whether a collection is due, in milliseconds.
INTERVAL_MS = 250


def collect_due() -> int:
    """Collect the oldest generation whose allocation count passed its threshold (as automatic
    collection would have); returns the generation collected, or -1 when none was due."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    generation = -1
    for number in range(3):
        if thresholds[number] and counts[number] > thresholds[number]:
            generation = number
        else:
            break
    if generation >= 0:
        gc.collect(generation)
    return generation


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        collect_due()


def collect_on_gui_thread() -> None:
    """Turn automatic cycle collection off and collect from the GUI thread instead (once per
    application; call it on the GUI thread after the QApplication exists)."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(_Collector) is not None:
        return
    gc.disable()
    _Collector(app)
