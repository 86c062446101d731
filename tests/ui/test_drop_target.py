"""Dragging a card over another outlines the card it would report to, and only that one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.model import ReportingLine
from orgeditor.ui.main_window import MainWindow


def _drag(window: MainWindow, unit_id: str, to: QPointF) -> None:
    """Start dragging *unit_id*'s card and move it (and the pointer) to scene point *to*."""
    scene = window.scene
    card = scene.cards[unit_id]
    scene.select_units([unit_id])
    scene.card_pressed(card)
    card.setPos(to)
    scene.cards_dragged(to)


def test_the_card_under_a_dragged_card_is_outlined(window: MainWindow) -> None:
    scene = window.scene
    dppa, eosg = scene.cards["dppa"], scene.cards["eosg"]
    _drag(window, "orolsi", dppa.pos())
    assert scene.drop_target() == "dppa"
    assert dppa.drop_target
    _drag_on = scene.cards["orolsi"]
    _drag_on.setPos(eosg.pos())
    scene.cards_dragged(eosg.pos())  # on to another card: the outline follows
    assert scene.drop_target() == "eosg"
    assert eosg.drop_target and not dppa.drop_target
    far = QPointF(dppa.pos().x(), dppa.pos().y() - 2000)
    _drag_on.setPos(far)
    scene.cards_dragged(far)  # over no card: no outline
    assert scene.drop_target() is None
    assert not eosg.drop_target
    _drag_on.setPos(eosg.pos())
    scene.cards_dragged(eosg.pos())
    scene.card_released(_drag_on, eosg.pos())  # the drop ends the outline, and is made
    assert scene.drop_target() is None
    assert not eosg.drop_target
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("eosg"),)


def test_no_outline_where_the_drop_would_be_refused(window: MainWindow) -> None:
    scene = window.scene
    _drag(window, "asg-africa", scene.cards["team"].pos())  # its own branch
    assert scene.drop_target() is None
    assert not scene.cards["team"].drop_target
    scene.card_released(scene.cards["asg-africa"], scene.cards["team"].pos())
    _drag(window, "orolsi", scene.cards["dpo"].pos())  # where it reports already: no change
    assert scene.drop_target() is None
    scene.card_released(scene.cards["orolsi"], scene.cards["dpo"].pos())


def test_several_cards_dragged_outline_nothing(window: MainWindow) -> None:
    scene = window.scene
    scene.select_units(["orolsi", "eosg"])
    card = scene.cards["orolsi"]
    scene.card_pressed(card)
    to = scene.cards["dppa"].pos()
    card.setPos(to)
    scene.cards_dragged(to)
    assert scene.drop_target() is None


def _move(widget: QWidget, pos: QPoint) -> None:
    """The pointer moves to *pos* with the left button held (qtbot's moves hold no button)."""
    held = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_a_real_mouse_drag_lights_the_target_then_drops(window: MainWindow, qtbot: QtBot) -> None:
    scene, view = window.scene, window.view
    view.set_zoom(0.7)
    a, b = scene.cards["orolsi"].pos(), scene.cards["eosg"].pos()
    view.centerOn((a + b) / 2)
    viewport = view.viewport()
    start = view.mapFromScene(scene.cards["orolsi"].pos())
    end = view.mapFromScene(scene.cards["eosg"].pos())
    assert viewport.rect().contains(start) and viewport.rect().contains(end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        _move(viewport, start + (end - start) * (step / 10))
    assert scene.drop_target() == "eosg"
    assert scene.cards["eosg"].drop_target
    assert scene.cards["orolsi"].opacity() < 1.0  # the dragged card lets the target show
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert scene.drop_target() is None
    assert not scene.cards["eosg"].drop_target
    assert scene.cards["orolsi"].opacity() == 1.0
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("eosg"),)
    window.undo_stack.undo()
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("dpo"),)


def test_the_outline_is_drawn(window: MainWindow) -> None:
    card = window.scene.cards["dppa"]
    before = card.boundingRect()
    card.set_state(drop_target=True)
    assert card.boundingRect() == before  # drawn inside the card's bounds: nothing left behind
    theme = window.scene.theme
    assert theme.drop_target not in (theme.card_selected, theme.card_highlight)
