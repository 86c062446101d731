"""Far out, one overview item draws the chart; clicks, tool tips and edits still work there."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QToolTip
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.overview import OVERVIEW_ZOOM, pick_slack

WindowFactory = Callable[[Chart], MainWindow]


def far_window(make_window: WindowFactory, unit_id: str = "dppa") -> MainWindow:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    window.view.set_zoom(OVERVIEW_ZOOM * 0.6)
    window.view.centerOn(window.scene.cards[unit_id])
    window.view.viewport().repaint()
    return window


def shot(window: MainWindow) -> QImage:
    window.view.viewport().repaint()
    return window.view.viewport().grab().toImage()


def at(window: MainWindow, unit_id: str) -> QPoint:
    return window.view.mapFromScene(window.scene.cards[unit_id].pos())


def test_far_out_the_overview_draws_every_card_in_its_colour(make_window: WindowFactory) -> None:
    window = far_window(make_window)
    scene = window.scene
    assert scene.overview.on and scene.overview.item.isVisible()
    # the view shows the overview's scene: Qt never walks the chart's items to paint a frame
    assert window.view.scene() is scene.overview.far_scene
    assert window.view.items() == [scene.overview.item]
    items = [*scene.cards.values(), *scene.lines.values(), *scene.groups.values(), *scene.members.values()]
    assert all(item.opacity() == 0.0 for item in items)  # Qt drops their updates at once
    image = shot(window)
    for unit_id in ("dppa", "dpo", "sg"):
        card = scene.cards[unit_id]
        assert image.pixelColor(at(window, unit_id)) == QColor(
            card.speck_colour(selected=False, highlighted=False)
        ), unit_id
    window.view.set_zoom(1.0)
    window.view.viewport().repaint()
    assert not scene.overview.on and not scene.overview.item.isVisible()
    assert window.view.scene() is scene
    assert all(item.opacity() == 1.0 for item in items)


def test_a_click_far_out_selects_the_card_and_shows_it_selected(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = far_window(make_window)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, "dpo"))
    assert window.selected_units() == ["dpo"]
    assert window.properties.isVisible()
    assert shot(window).pixelColor(at(window, "dpo")) == QColor(window.scene.theme.card_selected)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert window.selected_units() == []
    # a card far out is a few pixels: a click just beside one (above the top card) picks it
    card = window.scene.cards["sg"].rect()
    beside = window.view.mapFromScene(card.center().x(), card.top()) - QPoint(0, 3)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    assert window.selected_units() == ["sg"]


def test_a_double_click_far_out_zooms_in_there(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = far_window(make_window)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, "dpo"))
    assert window.view.zoom() == 1.0
    window.view.viewport().repaint()
    assert not window.scene.overview.on
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    assert window.scene.cards["dpo"].rect().adjusted(-20, -20, 20, 20).contains(centre)


def test_edits_far_out_show_at_once(make_window: WindowFactory) -> None:
    window = far_window(make_window, "dpo")
    below = [u for u in window.chart.subtree("dpo")[1:] if window.scene.cards[u].isVisible()]
    assert below
    before = shot(window)
    spot = at(window, below[0])
    assert before.pixelColor(spot) != QColor(window.scene.theme.background)
    window.scene.select_units(["dpo"])
    window.actions_by_name["collapse"].trigger()  # the branch folds: its cards go
    after = shot(window)
    assert after.pixelColor(spot) == QColor(window.scene.theme.background)
    window.undo_stack.undo()
    assert shot(window).pixelColor(spot) == before.pixelColor(spot)


def test_tool_tips_far_out_name_the_unit(make_window: WindowFactory) -> None:
    window = far_window(make_window)
    card = window.scene.overview.card_at(window.scene.cards["dpo"].pos())
    assert card is window.scene.cards["dpo"]
    assert window.view.card_under(window.view.mapFromScene(card.pos()).toPointF()) is card


def test_a_rubber_band_far_out_selects_the_cards_it_touches(make_window: WindowFactory) -> None:
    window = far_window(make_window, "dpo")
    view, scene = window.view, window.scene
    viewport = view.viewport()
    cards = [scene.cards[u] for u in ("orolsi", "oma")]
    band = cards[0].rect().united(cards[1].rect()).adjusted(-8, -8, 8, 8)
    start = view.mapFromScene(band.topLeft()) - QPoint(4, 4)  # between cards: the band starts
    end = view.mapFromScene(band.bottomRight())

    assert scene.overview.card_at(view.mapToScene(start), pick_slack(viewport)) is None
    drag(window, start, end)
    chosen = set(window.selected_units())
    assert {"orolsi", "oma"} <= chosen
    area = QRectF(view.mapToScene(start), view.mapToScene(end)).normalized()
    touched = {c.unit_id for c in scene.cards.values() if c.isVisible() and c.rect().intersects(area)}
    assert chosen == touched


def drag(window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.view.viewport()

    def send(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, QPointF(at), QPointF(viewport.mapToGlobal(at)), Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * step / 5, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_a_band_that_starts_beside_a_card_and_only_touches_another_selects_the_one_touched(
    make_window: WindowFactory,
) -> None:
    window = far_window(make_window, "dpo")
    view, scene = window.view, window.scene
    card = scene.cards["orolsi"].rect()
    start = view.mapFromScene(card.right() + 40, card.bottom() + 25)  # a few pixels off cards
    end = view.mapFromScene(card.center())  # the band covers a quarter of this card
    drag(window, start, end)
    area = QRectF(view.mapToScene(start), view.mapToScene(end)).normalized()
    assert "orolsi" in window.selected_units()
    assert set(window.selected_units()) == {
        u for u, c in scene.cards.items() if c.isVisible() and c.rect().intersects(area)
    }


def test_ctrl_click_far_out_toggles_a_card(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = far_window(make_window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for unit_id in ("dppa", "dpo"):
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, ctrl, at(window, unit_id))
    assert set(window.selected_units()) == {"dppa", "dpo"}
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, ctrl, at(window, "dpo"))
    assert window.selected_units() == ["dppa"]


def test_zooming_out_goes_as_far_as_it_takes_to_see_a_large_chart_whole(make_window: WindowFactory) -> None:
    window = far_window(make_window)
    view = window.view
    window.scene.setSceneRect(QRectF(-200000, 0, 400000, 150000))  # as wide as a Secretariat
    area = view.sceneRect()
    whole = min(view.viewport().width() / area.width(), view.viewport().height() / area.height())
    for _ in range(40):
        view.zoom_by(1 / 1.15)
    assert whole < view.MIN_ZOOM
    assert whole * 0.7 < view.zoom() <= whole  # the whole of it in view, and no further


def test_ctrl_click_beside_a_card_far_out_toggles_it_too(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = far_window(make_window)
    card = window.scene.cards["sg"].rect()
    beside = window.view.mapFromScene(card.center().x(), card.top()) - QPoint(0, 3)  # above the top card
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, ctrl, beside)
    assert window.selected_units() == ["sg"]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, ctrl, beside)
    assert window.selected_units() == []


def test_having_been_far_out_does_not_change_what_fit_to_window_shows(make_window: WindowFactory) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    view, scene = window.view, window.scene
    extent = scene.itemsBoundingRect()
    view.fit_all()
    zoom = view.zoom()
    view.set_zoom(OVERVIEW_ZOOM / 2)
    view.viewport().repaint()
    assert scene.overview.on
    view.set_zoom(1.0)
    view.viewport().repaint()
    assert scene.itemsBoundingRect() == extent  # the hidden overview covers nothing
    view.fit_all()
    assert view.zoom() == pytest.approx(zoom)


def test_drawing_a_line_far_out_asks_for_it_and_shows_the_line(make_window: WindowFactory) -> None:
    """Shift-dragging from one block to another far out draws the dashed line in the scene the
    view shows and, let go on the other card, asks for the reporting line."""
    window = far_window(make_window, "dpo")
    view, scene = window.view, window.scene
    asked: list[tuple[str, str]] = []
    scene.connect_requested.disconnect()  # the window would ask for the line's scope
    scene.connect_requested.connect(lambda source, target: asked.append((source, target)))
    viewport = view.viewport()
    start, end = at(window, "oma"), at(window, "dpo")
    shift = Qt.KeyboardModifier.ShiftModifier

    def send(kind: QEvent.Type, where: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, QPointF(where), QPointF(viewport.mapToGlobal(where)), Qt.MouseButton.LeftButton,
            buttons, shift,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton)
    assert scene.drawing_line
    assert any(isinstance(i, QGraphicsLineItem) for i in view.items())  # seen far out
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert not scene.drawing_line
    assert not any(isinstance(i, QGraphicsLineItem) for i in view.items())
    assert asked == [("oma", "dpo")]


def test_a_tool_tip_far_out_is_the_cards(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = far_window(make_window)
    viewport = window.view.viewport()
    spot = at(window, "dpo")
    event = QHelpEvent(QEvent.Type.ToolTip, spot, viewport.mapToGlobal(spot))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert window.chart.unit("dpo").name in QToolTip.text()
    QToolTip.hideText()


def test_changing_scenes_keeps_the_centre_of_the_view(make_window: WindowFactory) -> None:
    """Far out the view shows another scene; Qt then takes the scene's centre for the view's
    (the next zoom would jump there): the view stays where it was."""
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    view, scene = window.view, window.scene
    scene.setSceneRect(QRectF(-200000, 0, 400000, 150000))  # as large as a Secretariat
    view.set_zoom(OVERVIEW_ZOOM * 1.05)
    view.scale(0.9, 0.9)  # far now
    view.centerOn(scene.cards["oma"])
    before = view.mapToScene(view.viewport().rect().center())
    view.sync_far()  # as the next frame does
    assert view.scene() is scene.overview.far_scene
    view.scale(1.01, 1.01)  # a zoom about the view's centre
    after = view.mapToScene(view.viewport().rect().center())
    assert abs(after.x() - before.x()) <= 2 / view.zoom()
    assert abs(after.y() - before.y()) <= 2 / view.zoom()
