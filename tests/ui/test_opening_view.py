"""The chart as a new user first sees it on a 1600 x 1000 screen: checked on the image shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction, QColor, QImage
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.render.painting import overview_px
from orgeditor.render.theme import get_theme, scope_style
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def opened(qtbot: QtBot, make_window: WindowFactory, name: str) -> MainWindow:
    window = make_window(load_chart(EXAMPLES / f"{name}.yaml"))
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 900)
    window.view.fit_all(*window.view._fit_args)  # as on opening, once the window has its size
    qtbot.wait(50)
    return window


def shared_asgs(chart: Chart) -> list[str]:
    return [u for u in chart.units if {ln.to for ln in chart.unit(u).reports_to} == {"dppa", "dpo"}]


def card_box(window: MainWindow, unit_id: str) -> QRect:
    return window.view.mapFromScene(window.scene.cards[unit_id].rect()).boundingRect()


def near(colour: QColor, wanted: QColor, tolerance: int = 60) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
        < tolerance
    )


def colours_in(image: QImage, area: QRect) -> list[QColor]:
    area = area.intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    ]


@pytest.mark.parametrize("name", ["proposal-2017", "implemented-2019", "variant-four-asgs"])
def test_the_pillar_reads_at_a_glance(qtbot: QtBot, make_window: WindowFactory, name: str) -> None:
    window = opened(qtbot, make_window, name)
    view = window.view
    viewport = view.viewport().rect()
    chart = window.chart
    asgs = shared_asgs(chart)
    assert len(asgs) >= 3
    for unit_id in ["sg", "dppa", "dpo", *asgs]:  # all in view, whole
        assert viewport.contains(card_box(window, unit_id)), unit_id
    dppa, dpo = card_box(window, "dppa"), card_box(window, "dpo")
    assert dppa.center().y() == dpo.center().y() and dppa.right() < dpo.left()
    rows = {card_box(window, a).center().y() for a in asgs}
    assert len(rows) == 1 and rows.pop() > dppa.bottom()
    # the shared ASGs' type, a tier below the departments, is legible
    assert overview_px(2) * view.zoom() >= 6.5
    # both of each ASG's lines arrive, each in its scope's colour, in the gap above the card
    image = view.viewport().grab().toImage()
    theme = get_theme("screen")
    mission, other = (QColor(scope_style(theme, s).colour) for s in ("mission", "non-mission"))
    for asg in asgs:
        box = card_box(window, asg)
        above = QRect(box.left(), box.top() - 14, box.width(), 12)
        seen = colours_in(image, above)
        assert any(near(c, mission) for c in seen), asg
        assert any(near(c, other) for c in seen), asg
    # the legend is beside the chart, never over it
    dock = window.view.legend_dock()
    assert dock.isVisible()
    legend_box = QRect(dock.mapToGlobal(QPoint(0, 0)), dock.size())
    view_box = QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
    assert not legend_box.intersects(view_box)


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800), (1000, 700)])
def test_fitting_settles_when_a_scroll_bar_comes_and_goes(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    window = make_window(load_chart(EXAMPLES / "implemented-2019.yaml"))
    view = window.view
    fits: list[float] = []
    real = view.fit_all

    def counting(*args: object) -> None:
        fits.append(view.zoom())
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(view, "fit_all", counting)
    window.resize(*size)
    qtbot.wait(300)
    assert len(fits) < 10  # once or twice per resize, never back and forth for ever


def test_fit_to_window_shows_the_whole_chart_and_stays(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = opened(qtbot, make_window, "implemented-2019")
    opening = window.view.zoom()
    window.findChild(QAction, "fit").trigger()
    whole = window.view.zoom()
    assert whole < opening
    box = window.view.mapFromScene(window.scene.itemsBoundingRect()).boundingRect()
    assert window.view.viewport().rect().adjusted(-2, -2, 2, 2).contains(box)
    window.resize(1500, 950)  # a resize no longer brings back the opening view
    qtbot.wait(100)
    assert window.view.zoom() == pytest.approx(whole)


def test_the_legend_explains_the_grey_band_of_offices_in_no_department(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = opened(qtbot, make_window, "proposal-2017")
    assert ("unassigned", "", "in no department") in window.view.legend.rows()  # the SG, EOSG
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    branch = make_window(chart.copy())
    for unit_id in [u for u in branch.chart.units if not branch.scene.cards[u].departments]:
        branch.scene.hidden.add(unit_id)  # as inside a folded branch
    branch.view.legend.refresh()
    assert not [r for r in branch.view.legend.rows() if r[0] == "unassigned"]
