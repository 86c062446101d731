"""The legend sits in a dock beside the chart and says everything the chart draws; the View
menu shows one scope of reporting lines at a time; lines stay readable zoomed out."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDockWidget, QGraphicsScene, QWidget
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES, build_pillar

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.render.theme import get_theme
from orgeditor.ui.items import LineItem, MemberLineItem, show_scope
from orgeditor.ui.main_window import MainWindow


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_legend_names_groups_member_lines_and_split_bands(window: MainWindow) -> None:
    rows = window.view.legend.rows()
    kinds = {(what, key) for what, key, _ in rows}
    assert ("group", "Standing Principals' Group") in kinds
    assert ("member", "") in kinds
    assert ("split", "dppa+dpo") in kinds  # the ASG reports to both departments
    assert {("scope", "all"), ("scope", "mission"), ("scope", "non-mission")} <= kinds
    assert ("link", "informs") in kinds
    assert {("department", "dppa"), ("department", "dpo")} <= kinds


def test_the_legend_follows_the_chart(window: MainWindow) -> None:
    window.editor.delete_group("spg")
    assert not [r for r in window.view.legend.rows() if r[0] in ("group", "member")]
    window.undo_stack.undo()
    assert ("group", "Standing Principals' Group") in {(r[0], r[1]) for r in window.view.legend.rows()}


def test_the_legend_is_a_dock_outside_the_chart_and_stays_put(qtbot: QtBot, window: MainWindow) -> None:
    view, legend = window.view, window.view.legend
    dock = view.legend_dock()
    assert isinstance(dock, QDockWidget) and dock.windowTitle() == "Legend"
    assert window.dockWidgetArea(dock) in (
        Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.BottomDockWidgetArea,
    )
    qtbot.waitUntil(legend.isVisible)
    seen: list[tuple[float, tuple[int, ...]]] = []

    def laid_out() -> bool:  # the window has laid its docks out: unchanged for 300 ms
        box = _global_rect(legend)
        now = (box.x(), box.y(), box.width(), box.height())
        if not seen or seen[-1][1] != now:
            seen.append((time.monotonic(), now))
        return time.monotonic() - seen[-1][0] > 0.3

    qtbot.waitUntil(laid_out, timeout=5000)
    assert not view.isAncestorOf(legend)
    assert not _global_rect(legend).intersects(_global_rect(view.viewport()))
    before = (_global_rect(legend), legend.size())
    view.set_zoom(view.zoom() * 2.5)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(200)  # (the old legend moved on a timer after zooming or scrolling)
    assert (_global_rect(legend), legend.size()) == before
    view.set_zoom(0.2)
    qtbot.wait(200)
    assert (_global_rect(legend), legend.size()) == before
    assert not _global_rect(legend).intersects(_global_rect(view.viewport()))


def test_view_legend_toggles_the_dock(qtbot: QtBot, window: MainWindow) -> None:
    action = window.actions_by_name["legend"]
    dock = window.view.legend_dock()
    assert action.isChecked() and dock.isVisible()
    action.trigger()
    assert not dock.isVisible() and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(dock.isVisible)


def _faded(window: MainWindow) -> dict[str, set[bool]]:
    by_scope: dict[str, set[bool]] = {}
    for item in window.scene.items():
        if isinstance(item, LineItem):
            by_scope.setdefault(item.scope, set()).add(item.faded)
    return by_scope


def test_view_scope_entries_fade_the_other_scopes(window: MainWindow) -> None:
    actions = window.actions_by_name
    assert actions["scope_all"].isChecked()
    assert _faded(window) == {"all": {False}, "mission": {False}, "non-mission": {False}}
    actions["scope_mission"].trigger()
    assert actions["scope_mission"].isChecked() and not actions["scope_all"].isChecked()
    assert _faded(window) == {"all": {False}, "mission": {False}, "non-mission": {True}}
    actions["scope_non_mission"].trigger()
    assert _faded(window) == {"all": {False}, "mission": {True}, "non-mission": {False}}
    assert all(card.opacity() == 1.0 for card in window.scene.cards.values())  # cards untouched
    legend_faded = window.view.legend._faded
    assert legend_faded == ["mission"]
    actions["scope_all"].trigger()
    assert _faded(window) == {"all": {False}, "mission": {False}, "non-mission": {False}}


def test_lines_made_later_follow_the_scope_shown(make_window: Callable[[Chart], MainWindow]) -> None:
    window = make_window(build_pillar())
    window.actions_by_name["scope_mission"].trigger()
    window.document.set_chart(load_chart(EXAMPLES / "proposal-2017.yaml"))
    faded = _faded(window)
    assert faded["non-mission"] == {True} and faded["mission"] == {False}


def _render(item: LineItem | MemberLineItem, zoom: float) -> QImage:
    """*item* alone, drawn as a view at *zoom* would draw it."""
    scene = QGraphicsScene()
    scene.addItem(item)
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    source = QRectF(0, 0, 200 / zoom, 100 / zoom)
    scene.render(painter, QRectF(0, 0, 200, 100), source)
    painter.end()
    scene.removeItem(item)
    return image


def _ink(image: QImage) -> float:
    """How much darker than white the picture is, summed over its pixels."""
    return sum(
        255 - image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())
    )


def test_a_faded_line_is_drawn_faint(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    line = LineItem("asg", "dppa", "non-mission", theme)
    line.set_points([(10.0, 50.0), (190.0, 50.0)])
    full = _ink(_render(line, 1.0))
    show_scope([line], "mission")
    assert line.faded
    faint = _ink(_render(line, 1.0))
    assert 0 < faint < full * 0.4
    line.set_highlighted(True)  # a traced chain is never faded
    assert _ink(_render(line, 1.0)) > full * 0.6


def test_line_items_keep_a_least_width_on_screen_when_zoomed_out(qtbot: QtBot) -> None:
    theme = get_theme("screen")
    zoom = 0.34
    for scope in ("all", "mission", "non-mission"):
        line = LineItem("u", "m", scope, theme)
        y = 50 / zoom
        line.set_points([(0.0, y), (200 / zoom, y)])
        image = _render(line, zoom)
        thick = max(
            sum(image.pixelColor(x, row).lightness() < 200 for row in range(40, 60)) for x in range(20, 180)
        )
        assert thick >= 2, scope
    member = MemberLineItem("spg", "u", theme)
    member.set_points([(0.0, 50 / zoom), (190 / zoom, 50 / zoom)])
    image = _render(member, zoom)
    thick = max(
        sum(image.pixelColor(x, row).lightness() < 200 for row in range(40, 60)) for x in range(20, 150)
    )
    assert thick >= 1
    dot = sum(image.pixelColor(x, row).lightness() < 200 for x in range(183, 197) for row in range(44, 56))
    assert dot >= 9  # the member's end is marked, even zoomed out
