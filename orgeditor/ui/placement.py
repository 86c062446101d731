"""Where cards go: the auto layout run off the UI thread, and simple geometry for lines.

``LayoutRunner`` runs :func:`orgeditor.layout.compute_layout` on a copy of the chart in the
global thread pool and hands the result back on the UI thread (stale results are dropped).
The layout itself, and its results, live in :mod:`orgeditor.layout` only.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QEventLoop, QObject, QRectF, QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGraphicsScene

from orgeditor.layout import LayoutResult, compute_layout
from orgeditor.layout.router import member_route as layout_member_route
from orgeditor.layout.sketch import Former
from orgeditor.model import Chart, ReportingLine
from orgeditor.render.painting import CARD_SIZE
from orgeditor.ui.items import CardItem

__all__ = [
    "H_GAP",
    "V_GAP",
    "LayoutRunner",
    "arrow_target",
    "busy_cursor",
    "chain_lines",
    "compute_placement",
    "edge_point",
    "elbow_route",
    "line_end_offset",
    "spot_near_manager",
]

Point = tuple[float, float]
LineKey = tuple[str, str, str]
H_GAP = 30.0
#: Distance above a card at which a re-routed line runs across.
CHANNEL = 24.0
V_GAP = 70.0


def arrow_target(
    chart: Chart, hidden: Collection[str], x_of: Callable[[str], float], unit_id: str, direction: str
) -> str | None:
    """The unit an arrow key leads to from *unit_id*: up to its manager, down to the report
    nearest below, left or right to the next sibling; *x_of* gives a shown card's centre x.
    The tree is the hierarchy's: up is the :meth:`~Hierarchy.primary_manager`, whose direct
    reports (or the roots, at the top) are the siblings."""
    hierarchy = chart.hierarchy
    manager = hierarchy.primary_manager(unit_id)
    if direction == "up":
        return manager
    if direction == "down":
        reports = [r for r in hierarchy.direct_reports(unit_id) if r not in hidden and r != unit_id]
        x = x_of(unit_id)
        return min(reports, key=lambda r: abs(x_of(r) - x), default=None)
    siblings = hierarchy.direct_reports(manager) if manager else hierarchy.roots()
    ordered = sorted((s for s in siblings if s not in hidden), key=x_of)
    index = ordered.index(unit_id) if unit_id in ordered else -1
    step = -1 if direction == "left" else 1
    if index < 0 or not 0 <= index + step < len(ordered):
        return None
    return ordered[index + step]


def spot_near_manager(
    scene: QGraphicsScene, chart: Chart, cards: Mapping[str, CardItem], unit_id: str
) -> Point:
    """A free place for a new card without a laid-out one: below its manager's card, moved
    right past any card there (or right of everything when it has no manager)."""
    width, height = CARD_SIZE
    above = chart.hierarchy.primary_manager(unit_id)
    manager = cards.get(above) if above is not None else None
    if manager is None:
        rect = scene.itemsBoundingRect()
        x, y = (rect.right() + width, rect.top() + height) if cards else (0.0, 0.0)
    else:
        x, y = manager.pos().x(), manager.pos().y() + height + V_GAP + 40
    own = cards.get(unit_id)

    def occupied(x: float, y: float) -> bool:
        area = QRectF(x - width / 2 - 10, y - height / 2 - 10, width + 20, height + 20)
        near = scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        return any(isinstance(item, CardItem) and item is not own and item.isVisible() for item in near)

    while occupied(x, y):
        x += width + H_GAP
    return x, y


def compute_placement(
    chart: Chart,
    *,
    keep: Mapping[str, Point] | None = None,
    hidden: Collection[str] = (),
    method: str = "auto",
    previous: LayoutResult | None = None,
    memory: Mapping[str, Sequence[Former]] | None = None,
) -> LayoutResult:
    """Lay out *chart* (pure computation; safe to call from a worker thread on a copy)."""
    return compute_layout(chart, method=method, keep=keep, hidden=hidden, previous=previous, memory=memory)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _LayoutJob(QRunnable):
    def __init__(
        self,
        signals: _Signals,
        generation: int,
        chart: Chart,
        *,
        keep: dict[str, Point],
        hidden: frozenset[str],
        previous: LayoutResult | None,
        memory: dict[str, list[Former]],
    ) -> None:
        super().__init__()
        self.signals, self.generation = signals, generation
        self.chart, self.keep, self.hidden, self.previous = chart, keep, hidden, previous
        self.memory = memory

    def run(self) -> None:
        try:
            placement = compute_placement(
                self.chart, keep=self.keep, hidden=self.hidden, previous=self.previous, memory=self.memory
            )
        except Exception as exc:
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.done, placement)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while the job ran
            signal.emit(self.generation, value)


class LayoutRunner(QObject):
    """Runs layouts in the background; ``finished`` carries the latest :class:`Placement`."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.busy = False
        #: (generation awaited, its loop, its outcome) for each :meth:`lay_out_now` waiting
        self._waiting: list[tuple[int, QEventLoop, list[object]]] = []

    def lay_out_now(
        self, chart: Chart, *, keep: Mapping[str, Point] | None = None, hidden: Collection[str] = ()
    ) -> LayoutResult:
        """Lay *chart* out on a worker thread and wait for it: the window keeps repainting (and
        shows ``started``'s progress) but the user's input waits. For a document being opened,
        before the window switches to it. Raises RuntimeError if the layout fails."""
        loop = QEventLoop()
        outcome: list[object] = []
        self.request(chart, keep=keep, hidden=hidden)
        entry = (self._generation, loop, outcome)
        self._waiting.append(entry)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self._waiting.remove(entry)
        result = outcome[0] if outcome else self.tr("the layout did not finish")
        if isinstance(result, LayoutResult):
            return result
        raise RuntimeError(str(result))

    def _awaited(self, generation: int, result: object) -> bool:
        for awaited, loop, outcome in self._waiting:
            if awaited == generation:
                self.busy = generation != self._generation
                outcome.append(result)
                loop.quit()
                return True
        return False

    def request(
        self,
        chart: Chart,
        *,
        keep: Mapping[str, Point] | None = None,
        hidden: Collection[str] = (),
        previous: LayoutResult | None = None,
        memory: Mapping[str, Sequence[Former]] | None = None,
    ) -> None:
        """Start a layout of a snapshot of *chart*; an earlier one still running is dropped.

        With *previous* (the layout shown) the cards stay where they are unless the edit needs
        them moved (:mod:`orgeditor.layout.sketch`)."""
        self._generation += 1
        shown = None
        if previous is not None:  # a snapshot: the scene goes on changing its own copy
            shown = LayoutResult(positions=dict(previous.positions), slots=dict(previous.slots))
        job = _LayoutJob(
            self._signals,
            self._generation,
            chart.copy(),
            keep=dict(keep or {}),
            hidden=frozenset(hidden),
            previous=shown,
            memory={unit_id: list(places) for unit_id, places in (memory or {}).items()},
        )
        self.busy = True
        self.started.emit()
        QThreadPool.globalInstance().start(job)

    def _done(self, generation: int, placement: object) -> None:
        if self._awaited(generation, placement):
            return
        if generation == self._generation:
            self.busy = False
            self.finished.emit(placement)

    def _failed(self, generation: int, message: str) -> None:
        if self._awaited(generation, message):
            return
        if generation == self._generation:
            self.busy = False
            self.failed.emit(message)


# ----------------------------------------------------------------------- geometry


def elbow_route(manager: QRectF, unit: QRectF, *, end_dx: float = 0.0, mid_shift: float = 0.0) -> list[Point]:
    """An orthogonal route from the manager card's edge to the unit card's edge.

    Used for cards the user moved (auto-layout routes are used otherwise).
    """
    mcx, ucx = manager.center().x(), unit.center().x() + end_dx
    if unit.top() >= manager.bottom():
        y0, y1 = manager.bottom(), unit.top()
        # run across just above the unit: the gap above a row is free, the middle may not be
        mid = min(max(y1 - CHANNEL + mid_shift, y0 + 4), y1 - 4)
        points = [(mcx, y0), (mcx, mid), (ucx, mid), (ucx, y1)]
    elif unit.bottom() <= manager.top():
        y0, y1 = manager.top(), unit.bottom()
        mid = (y0 + y1) / 2 + mid_shift
        points = [(mcx, y0), (mcx, mid), (ucx, mid), (ucx, y1)]
    else:
        left_to_right = unit.center().x() > manager.center().x()
        x0 = manager.right() if left_to_right else manager.left()
        x1 = unit.left() if left_to_right else unit.right()
        xm = (x0 + x1) / 2
        my, uy = manager.center().y(), unit.center().y()
        points = [(x0, my), (xm, my), (xm, uy), (x1, uy)]
    return [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]


def line_end_offset(
    lines: Sequence[ReportingLine], xs: Sequence[float], manager_id: str, scope: str
) -> float:
    """How far from the middle of a unit's top edge its line to *manager_id* (in *scope*) ends,
    so that a unit's several lines arrive side by side, ordered like their managers (*xs*: the
    managers' x, one per line)."""
    if len(lines) < 2:
        return 0.0
    order = sorted(range(len(lines)), key=lambda i: xs[i])
    index = next(i for i, line in enumerate(lines) if (line.to, line.scope) == (manager_id, scope))
    return (order.index(index) - (len(lines) - 1) / 2) * min(60.0, 160.0 / len(lines))


def chain_lines(chart: Chart, chain: Sequence[str], scope: str) -> set[LineKey]:
    """The keys (unit, manager, scope) of the lines drawn for *chain* (from :meth:`Chart.chain`):
    each step's line is the one the hierarchy's chain follows (:meth:`Hierarchy.reporting_line`)."""
    keys: set[LineKey] = set()
    for lower, upper in itertools.pairwise(chain):
        line = chart.hierarchy.reporting_line(lower, scope)
        if line is not None and line.to == upper:
            keys.add((lower, upper, line.scope))
    return keys


def edge_point(rect: QRectF, toward: tuple[float, float]) -> Point:
    """Where the line from *rect*'s centre toward *toward* leaves the rectangle."""
    cx, cy = rect.center().x(), rect.center().y()
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    sx = (rect.width() / 2) / abs(dx) if dx else float("inf")
    sy = (rect.height() / 2) / abs(dy) if dy else float("inf")
    s = min(sx, sy)
    return cx + dx * s, cy + dy * s


def member_route(group: QRectF, card: QRectF, others: list[QRectF]) -> list[Point]:
    """The line from a group's body to a member's card: an elbow, or around any card in its way."""

    def box(rect: QRectF) -> tuple[float, float, float, float]:
        return rect.x(), rect.y(), rect.width(), rect.height()

    return layout_member_route(box(group), box(card), [box(rect) for rect in others])


class _Boxed(Protocol):
    def rect(self) -> QRectF: ...


def member_route_in(scene: QGraphicsScene, group: _Boxed, card: _Boxed) -> list[Point]:
    """:func:`member_route` from *group*'s body to *card* around the cards and groups near them.

    Far-apart ends keep the elbow: querying and routing across a large area would be slow.
    Neighbours are found by bounding rectangle (building every line's stroked shape is slow).
    """
    ends = group.rect(), card.rect()
    span = ends[0].united(ends[1]).adjusted(-240, -120, 240, 120)
    if span.width() * span.height() > 9e6:
        return elbow_route(*ends)
    near = scene.items(span, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
    kinds = (type(card), type(group))
    others = [o.rect() for o in near if isinstance(o, kinds) and o is not card and o is not group]
    return member_route(*ends, others)


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while the UI thread does a long piece of work."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


@contextlib.contextmanager
def unindexed(scene: QGraphicsScene) -> Iterator[None]:
    """Suspend *scene*'s BSP index while many items move at once; rebuild it once afterwards."""
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
    try:
        yield
    finally:
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
