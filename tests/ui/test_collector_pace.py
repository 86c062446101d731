"""The GUI thread's cycle collector (``orgeditor.ui.collector``) keeps its pauses short: it
looks more often while collections keep coming due, and runs a full collection (which walks
every object of the chart) at most once per fifty times its last length and ten seconds."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication

from orgeditor.ui import collector
from orgeditor.ui.collector import (
    BUSY_INTERVAL_MS,
    FULL_SHARE,
    INTERVAL_MS,
    MIN_FULL_GAP_S,
    _Collector,
    collect_due,
)


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def perf_counter(self) -> float:
        return self.now


class _Gc:
    """Stands in for the ``gc`` module: counts as given, collections recorded; a full one
    takes :attr:`full_cost` seconds of :attr:`clock`."""

    def __init__(self, counts: tuple[int, int, int]) -> None:
        self.counts = counts
        self.collected: list[int] = []
        self.clock = _Clock()
        self.full_cost = 0.0

    def get_threshold(self) -> tuple[int, int, int]:
        return (700, 10, 10)

    def get_count(self) -> tuple[int, int, int]:
        return self.counts

    def collect(self, generation: int) -> int:
        self.collected.append(generation)
        if generation == 2:
            self.clock.now += self.full_cost
        return 0


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None
    return app


@pytest.fixture
def fake_gc(monkeypatch: pytest.MonkeyPatch) -> _Gc:
    fake = _Gc((701, 11, 11))  # every generation due
    monkeypatch.setattr(collector, "gc", fake)
    return fake


def test_a_full_collection_that_is_not_allowed_collects_the_middle_generation(fake_gc: _Gc) -> None:
    assert collect_due(full=False) == 1
    assert collect_due() == 2
    fake_gc.counts = (701, 11, 3)
    assert collect_due(full=False) == 1
    fake_gc.counts = (12, 11, 11)  # the youngest generation not due: nothing is
    assert collect_due() == -1
    assert fake_gc.collected == [1, 2, 1]


def test_full_collections_are_spaced_by_their_length(fake_gc: _Gc, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = fake_gc.clock
    monkeypatch.setattr(collector, "time", clock)
    keeper = _Collector(_app())
    try:
        keeper.timer.stop()  # driven by hand here
        assert keeper.collect() == 1  # just started: the load was the last full collection
        clock.now += MIN_FULL_GAP_S
        fake_gc.full_cost = 0.5  # seconds
        assert keeper.collect() == 2
        wait = FULL_SHARE * 0.5  # 25 s: more than the minimum gap
        clock.now += wait - 1
        assert keeper.collect() == 1
        clock.now += 1
        assert keeper.collect() == 2
    finally:
        keeper.deleteLater()


def test_the_collector_looks_more_often_while_collections_come_due(fake_gc: _Gc) -> None:
    keeper = _Collector(_app())
    try:
        keeper.timer.stop()
        assert keeper.timer.interval() == INTERVAL_MS
        keeper.collect()
        assert keeper.timer.interval() == BUSY_INTERVAL_MS < INTERVAL_MS
        fake_gc.counts = (3, 0, 0)
        assert keeper.collect() == -1
        assert keeper.timer.interval() == INTERVAL_MS
    finally:
        keeper.deleteLater()


def test_the_real_collector_still_frees_cycles() -> None:
    """Without stand-ins: garbage cycles made here are gone once what is due is collected."""
    threshold = gc.get_threshold()[0]
    for _ in range(2 * threshold):
        cycle: list[object] = []
        cycle.append(cycle)
    del cycle
    while collect_due() >= 0:
        pass
    assert gc.get_count()[0] <= threshold
