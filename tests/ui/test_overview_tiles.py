"""Far out, an edit gathers again only the tiles of the overview it touched, and the chart then
looks exactly as if everything had been gathered afresh."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_navigation import synthetic
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart, ReportingLine
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.overview import OVERVIEW_ZOOM

WindowFactory = Callable[[Chart], MainWindow]


def shot(window: MainWindow) -> QImage:
    window.view.viewport().repaint()
    return window.view.viewport().grab().toImage()


def afresh(window: MainWindow) -> QImage:
    window.scene.overview.invalidate()  # everything gathered again
    return shot(window)


def test_edits_far_out_look_as_if_gathered_afresh(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    window.view.set_zoom(OVERVIEW_ZOOM / 2)  # far out
    window.view.centerOn(window.scene.cards["dppa"])
    shot(window)
    rng = random.Random(18)
    chart = window.chart
    for step in range(12):
        units = [u for u in chart.units if u != "sg"]
        unit = chart.unit(rng.choice(units))
        action = rng.choice(["move", "move", "rename", "collapse", "delete", "add"])
        if action == "move":
            below = set(chart.subtree(unit.id))
            target = rng.choice([u for u in chart.units if u not in below])
            window.editor.update_unit(unit.with_changes(reports_to=(ReportingLine(target),)), "Move")
        elif action == "rename":
            window.editor.rename(unit.id, unit.name + " (renamed)")
        elif action == "collapse":
            window.editor.toggle([unit.id], "collapsed")
        elif action == "delete" and not chart.direct_reports(unit.id):
            window.editor.delete_units([unit.id])
        elif action == "add":
            window.editor.add_subordinate(unit.id)
        qtbot.waitUntil(lambda: window.auto_layout.idle, timeout=10000)
        kept = shot(window)
        assert kept == afresh(window), (step, action, unit.id)
        if rng.random() < 0.3:
            window.undo_stack.undo()
            qtbot.waitUntil(lambda: window.auto_layout.idle, timeout=10000)
            assert shot(window) == afresh(window), (step, "undo")


def test_a_move_far_out_gathers_only_the_tiles_it_touched(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(synthetic(1000).copy())
    window.view.fit_all()
    assert window.view.zoom() < OVERVIEW_ZOOM  # the whole chart, far out
    shot(window)
    item = window.scene.overview.item
    tiles = dict(item._tiles)
    assert len(tiles) > 4
    gathered: list[object] = []
    real = item._record_tile

    def counted(tile: object, *args: object) -> object:
        gathered.append(tile)
        return real(tile, *args)  # type: ignore[arg-type]

    item._record_tile = counted  # type: ignore[method-assign]
    chart = window.chart
    leaf = next(u for u in chart if len(u.reports_to) == 1 and not chart.direct_reports(u.id))
    manager = next(m for m in reversed(chart.units) if chart.direct_reports(m) and m != leaf.reports_to[0].to)
    window.editor.report_to(leaf.id, manager)
    shot(window)
    assert 0 < len(gathered) <= 3  # the tiles the card was and is in, not the other ones


def test_far_out_the_window_shows_what_its_view_draws(qtbot: QtBot, make_window: WindowFactory) -> None:
    """Painted into the window (the viewport sits inside it, away from its corner), the
    overview puts its pictures where painting the viewport alone does."""
    window = make_window(synthetic(1000).copy())
    window.view.fit_all()
    assert window.view.zoom() < OVERVIEW_ZOOM
    viewport = window.view.viewport()
    alone = shot(window)
    corner = viewport.mapTo(window, QPoint(0, 0))
    assert corner != QPoint(0, 0)  # docks and the toolbar stand before it
    whole = window.grab().toImage()
    ratio = whole.devicePixelRatio()
    inside = whole.copy(QRect(corner * ratio, alone.size()))
    inside.setDevicePixelRatio(alone.devicePixelRatio())
    assert inside.convertToFormat(alone.format()) == alone
