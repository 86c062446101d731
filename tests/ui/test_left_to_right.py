"""View ▸ Left to Right turns the chart's layout in one undoable step, and shows its state."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow


def card_x(window: MainWindow, unit_id: str) -> float:
    return window.scene.cards[unit_id].pos().x()


def card_y(window: MainWindow, unit_id: str) -> float:
    return window.scene.cards[unit_id].pos().y()


def test_left_to_right_turns_the_chart_and_undo_turns_it_back(qtbot: QtBot, window: MainWindow) -> None:
    action = window.actions_by_name["left_to_right"]
    assert not action.isChecked()
    assert card_y(window, "dppa") > card_y(window, "sg")  # top to bottom
    action.trigger()
    assert window.chart.layout.direction == "LR" and action.isChecked()
    assert window.undo_stack.undoText() == "Lay Out Left to Right"
    qtbot.waitUntil(lambda: card_x(window, "dppa") > card_x(window, "sg"), timeout=5000)
    assert card_x(window, "div") > card_x(window, "asg-africa") > card_x(window, "dppa")
    window.undo_stack.undo()
    assert window.chart.layout.direction == "TB" and not action.isChecked()
    qtbot.waitUntil(lambda: card_y(window, "dppa") > card_y(window, "sg"), timeout=5000)
    window.undo_stack.redo()
    assert action.isChecked()


def test_cards_placed_by_hand_keep_their_place_in_the_turned_picture(window: MainWindow) -> None:
    window.chart.set_positions({"orolsi": (500.0, 300.0)})
    window.actions_by_name["left_to_right"].trigger()
    assert window.chart.layout.positions["orolsi"] == (300.0, 500.0)
    window.undo_stack.undo()
    assert window.chart.layout.positions["orolsi"] == (500.0, 300.0)
