"""Each edit made through the real widgets changes the model and the scene; undo/redo too."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsSceneHelpEvent, QToolBar, QToolButton, QToolTip
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.layout import LayoutResult
from orgeditor.model import Chart, ReportingLine
from orgeditor.render.painting import department_map
from orgeditor.ui import placement
from orgeditor.ui.items import CardItem
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.scene import ChartScene


def _trigger(window: MainWindow, name: str) -> None:
    window.actions_by_name[name].trigger()


def test_scene_shows_the_chart(window: MainWindow) -> None:
    scene = window.scene
    assert set(scene.cards) == set(window.chart.units)
    assert ("asg-africa", "dppa", "non-mission") in scene.lines
    assert ("asg-africa", "dpo", "mission") in scene.lines
    assert "spg" in scene.groups
    assert len(scene.links) == 1
    rects = [card.rect() for card in scene.cards.values()]
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1 :]), "cards overlap"


def test_add_subordinate_undo_redo(window: MainWindow, qtbot: QtBot) -> None:
    window.scene.select_units(["dppa"])
    _trigger(window, "add")
    new = [u for u in window.chart.units if u.startswith("unit-")]
    assert len(new) == 1
    unit_id = new[0]
    assert window.chart.unit(unit_id).reports_to == (ReportingLine("dppa"),)
    assert unit_id in window.scene.cards
    assert (unit_id, "dppa", "all") in window.scene.lines
    assert window.view.rename_editor is not None  # rename starts at once
    window.view.cancel_rename()
    qtbot.waitUntil(lambda: window.outline.index_of(unit_id).isValid())
    assert window.outline.index_of(unit_id).parent().data() == "DPPA — Department dppa"
    window.undo_stack.undo()
    assert unit_id not in window.chart.units
    assert unit_id not in window.scene.cards
    qtbot.waitUntil(lambda: unit_id not in window.outline._items)
    assert (unit_id, "dppa", "all") not in window.scene.lines
    window.undo_stack.redo()
    assert unit_id in window.scene.cards
    qtbot.waitUntil(lambda: window.auto_layout.idle)
    rects = [card.rect() for card in window.scene.cards.values()]
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1 :]), "cards overlap after adding"


def test_rename_in_place(window: MainWindow, qtbot: QtBot) -> None:
    card = window.scene.cards["div"]
    point = window.view.mapFromScene(card.pos())
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = window.view.rename_editor
    assert editor is not None
    editor.setText("Africa I Division")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.view.rename_editor is None  # Return does not start another rename
    assert window.chart.unit("div").name == "Africa I Division"
    assert card.unit.name == "Africa I Division"
    window.undo_stack.undo()
    assert window.chart.unit("div").name == "Africa Division"
    assert card.unit.name == "Africa Division"
    window.view.start_rename("div")
    editor = window.view.rename_editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.view.rename_editor is None
    assert window.undo_stack.index() == 0


def test_delete_reattaches_or_deletes_branch(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = window.chart.copy()
    monkeypatch.setattr(window.document, "choose_option", lambda *a: 0)
    window.scene.select_units(["div"])
    _trigger(window, "delete")
    assert "div" not in window.chart.units and "div" not in window.scene.cards
    assert window.chart.unit("team").reports_to == (ReportingLine("asg-africa"),)
    assert ("team", "asg-africa", "all") in window.scene.lines
    window.undo_stack.undo()
    assert window.chart == before
    assert ("team", "div", "all") in window.scene.lines
    assert len(window.scene.links) == 1
    monkeypatch.setattr(window.document, "choose_option", lambda *a: 1)
    window.scene.select_units(["div"])
    _trigger(window, "delete")
    assert "team" not in window.scene.cards and "div" not in window.scene.cards
    window.undo_stack.undo()
    assert window.chart == before
    assert set(window.scene.cards) == set(before.units)


def test_delete_cancelled(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.document, "choose_option", lambda *a: None)
    window.scene.select_units(["div"])
    _trigger(window, "delete")
    assert "div" in window.chart.units
    assert window.undo_stack.count() == 0


def test_drag_is_one_move(window: MainWindow, qtbot: QtBot) -> None:
    card = window.scene.cards["orolsi"]
    start = card.pos()
    viewport = window.view.viewport()
    begin = window.view.mapFromScene(card.pos())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    window.scene.card_pressed(card)  # in case the press did not reach the item
    for step in range(1, 6):
        card.setPos(start + QPointF(0, 60 * step))
    window.scene.card_released(card, card.pos())
    assert window.undo_stack.count() == 1
    assert window.undo_stack.text(0) == "Move"
    saved = window.chart.layout.positions["orolsi"]
    assert saved == (start.x(), start.y() + 300)
    window.undo_stack.undo()
    assert "orolsi" not in window.chart.layout.positions
    assert card.pos() == start
    window.undo_stack.redo()
    assert card.pos() == QPointF(*saved)


def test_drop_on_card_changes_reporting_line(window: MainWindow) -> None:
    scene = window.scene
    card, target = scene.cards["orolsi"], scene.cards["dppa"]
    start = card.pos()
    scene.select_units(["orolsi"])
    scene.card_pressed(card)
    card.setPos(target.pos())
    scene.card_released(card, target.pos())
    assert card.pos() == start
    assert window.chart.unit("orolsi").reports_to == (ReportingLine("dppa"),)
    assert ("orolsi", "dppa", "all") in scene.lines
    assert ("orolsi", "dpo", "all") not in scene.lines
    window.undo_stack.undo()
    assert ("orolsi", "dpo", "all") in scene.lines


def test_drop_with_several_lines_asks_which(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def choose(title: str, label: str, options: list[str]) -> int:
        asked.append(list(options))
        return 1  # the mission line

    monkeypatch.setattr(window.document, "choose_option", choose)
    window.editor.report_to("asg-africa", "eosg")
    assert asked and len(asked[0]) == 3
    assert window.chart.unit("asg-africa").reports_to == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("eosg", "mission"),
    )


def test_cannot_report_to_own_subordinate(window: MainWindow) -> None:
    window.editor.report_to("div", "team")
    assert window.undo_stack.count() == 0
    assert "subordinate" in window.document.last_error


def test_connect_draws_line_or_link(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window.document, "choose_option", lambda title, label, options: 2)
    window.scene.connect_requested.emit("orolsi", "dppa")
    assert window.chart.unit("orolsi").reports_to == (
        ReportingLine("dpo", "mission"),
        ReportingLine("dppa", "non-mission"),
    )
    assert ("orolsi", "dppa", "non-mission") in window.scene.lines
    monkeypatch.setattr(window.document, "choose_option", lambda title, label, options: 4)  # advises
    window.scene.connect_requested.emit("orolsi", "eosg")
    assert any(link.kind == "advises" for link in window.scene.links)
    window.undo_stack.undo()
    assert not any(link.kind == "advises" for link in window.scene.links)


def test_refused_edit_is_not_pushed(window: MainWindow) -> None:
    unit = window.chart.unit("div").with_changes(reports_to=(ReportingLine("nowhere"),))
    window.editor.update_unit(unit, "bad")
    assert window.undo_stack.count() == 0
    assert "nowhere" in window.document.last_error


def test_collapse_and_pin(window: MainWindow, qtbot: QtBot) -> None:
    window.scene.select_units(["asg-africa"])
    _trigger(window, "collapse")
    assert window.chart.layout.collapsed == ["asg-africa"]
    assert not window.scene.cards["div"].isVisible()
    assert window.scene.cards["asg-africa"].hidden_reports == 2
    window.undo_stack.undo()
    assert window.scene.cards["div"].isVisible()
    _trigger(window, "pin")
    assert window.scene.cards["asg-africa"].pinned
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy)


def test_relayout_is_undoable(window: MainWindow, qtbot: QtBot) -> None:
    window.editor.move({"dpo": (900.0, 700.0)}, {"dpo": None})
    _trigger(window, "relayout")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=10000)
    assert window.undo_stack.text(1) == "Re-layout"
    assert window.chart.layout.positions == {}  # the card moved by hand follows the layout again
    assert window.scene.cards["dpo"].pos().toTuple() != (900.0, 700.0)
    window.undo_stack.undo()
    assert window.chart.layout.positions == {"dpo": (900.0, 700.0)}
    assert window.scene.cards["dpo"].pos().toTuple() == (900.0, 700.0)


def test_keyboard_navigation_follows_the_tree(window: MainWindow, qtbot: QtBot) -> None:
    window.scene.select_units(["div"])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.scene.selected_unit_ids() == ["team"]
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert window.scene.selected_unit_ids() == ["dppa"]
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.scene.selected_unit_ids() != ["dppa"]


def test_search_and_trace(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.finder.box, "orolsi")
    assert window.scene.selected_unit_ids() == ["orolsi"]
    assert window.scene.cards["orolsi"].highlighted
    window.finder.box.clear()
    window.scene.select_units(["div"])
    window.actions_by_name["trace"].setChecked(True)
    window.scope_combo.setCurrentIndex(window.scope_combo.findData("mission"))
    assert window.scene.trace_chain() == ["div", "asg-africa", "dpo", "sg"]
    assert window.scene.lines[("asg-africa", "dpo", "mission")].highlighted
    assert not window.scene.lines[("asg-africa", "dppa", "non-mission")].highlighted
    assert window.scene.cards["dpo"].highlighted
    window.scope_combo.setCurrentIndex(window.scope_combo.findData("non-mission"))
    assert window.scene.lines[("asg-africa", "dppa", "non-mission")].highlighted
    assert not window.scene.lines[("asg-africa", "dpo", "mission")].highlighted
    # the trace follows edits; a traced line drawn again (removed, back by undo) is lit again
    window.editor.report_to("div", "dppa")
    assert window.scene.lines[("div", "dppa", "all")].highlighted
    assert window.scene.trace_chain() == ["div", "dppa", "sg"]
    window.undo_stack.undo()
    assert window.scene.lines[("div", "asg-africa", "all")].highlighted
    window.actions_by_name["trace"].trigger()  # Ctrl+T again: off
    assert not window.actions_by_name["trace"].isChecked()
    assert not any(line.highlighted for line in window.scene.lines.values())


def test_zoom_and_fit(window: MainWindow) -> None:
    window.view.set_zoom(1.0)
    window.actions_by_name["zoom_in"].trigger()
    assert window.view.zoom() == pytest.approx(2**0.5)  # the next notch up (ZOOM_LEVELS)
    window.actions_by_name["fit"].trigger()
    assert window.view.zoom() <= 1.0


def test_the_opening_fit_follows_the_window_until_the_user_zooms(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(700, 500)
    qtbot.waitUntil(lambda: window.view.viewport().width() < 600)
    small = window.view.zoom()
    window.resize(1500, 1000)  # the window reaching its size after the chart was fitted
    qtbot.waitUntil(lambda: window.view.zoom() > small)
    window.actions_by_name["zoom_in"].trigger()  # the user takes over
    zoomed = window.view.zoom()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.view.viewport().width() < 700)
    assert window.view.zoom() == zoomed


def test_outline_and_properties_follow(window: MainWindow, qtbot: QtBot) -> None:
    window.outline.select(["orolsi"])
    window.outline.units_selected.emit(["orolsi"])
    assert window.scene.selected_unit_ids() == ["orolsi"]
    assert window.properties.unit_id == "orolsi"
    window.properties.name_edit.setText("Office of Rule of Law")
    window.properties.name_edit.editingFinished.emit()
    assert window.chart.unit("orolsi").name == "Office of Rule of Law"
    assert window.scene.cards["orolsi"].unit.name == "Office of Rule of Law"
    window.properties.head_rank.setCurrentIndex(window.properties.head_rank.findData("ASG"))
    window.properties.head_rank.activated.emit(0)
    assert window.chart.unit("orolsi").rank == "ASG"
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.properties.name_edit.text() == "OROLSI")
    window.outline.filter.setText("africa")
    assert window.outline.proxy.rowCount() >= 1


def test_group_membership_from_properties(window: MainWindow) -> None:
    window.scene.select_units(["orolsi"])
    item = window.properties.groups_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert "orolsi" in window.chart.groups["spg"].members
    assert ("spg", "orolsi") in window.scene.members
    window.undo_stack.undo()
    assert ("spg", "orolsi") not in window.scene.members


def test_setpos_keeps_none_refcount(window: MainWindow) -> None:
    """DESIGN §3: PySide6 6.12.0 dropped a reference to None on every setPos."""
    card = next(iter(window.scene.cards.values()))
    assert isinstance(card, CardItem)
    before = sys.getrefcount(None)
    for i in range(1000):
        card.setPos(float(i), 0.0)
    assert abs(sys.getrefcount(None) - before) < 50


def test_a_real_mouse_drag_moves_the_card_and_its_lines_along(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    view, card = window.view, window.scene.cards["orolsi"]
    view.set_zoom(1.0)
    view.centerOn(card)
    viewport = view.viewport()
    start = card.pos()
    line = window.scene.lines[("orolsi", "dpo", "all")]

    def send(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    begin = view.mapFromScene(card.pos())
    send(QEvent.Type.MouseButtonPress, begin, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, begin + QPoint(0, 30 * step), Qt.MouseButton.LeftButton)
    assert card.pos().y() > start.y() + 100  # the drag moved the card...
    assert line.points[-1][1] == card.rect().top()  # ...and its line follows it, mid-drag
    send(QEvent.Type.MouseButtonRelease, begin + QPoint(0, 150), Qt.MouseButton.NoButton)
    assert window.undo_stack.text(window.undo_stack.count() - 1) == "Move"
    assert window.chart.layout.positions["orolsi"] == (card.pos().x(), card.pos().y())


def test_hovering_a_card_shows_the_units_full_name(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    card = window.scene.cards["orolsi"]
    event = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    event.setScenePos(card.pos())
    event.setScreenPos(window.view.viewport().mapToGlobal(window.view.mapFromScene(card.pos())))
    window.scene.helpEvent(event)
    assert QToolTip.text() == window.chart.unit("orolsi").name
    QToolTip.hideText()


def test_after_edits_the_relayout_leaves_every_card_and_line_where_a_fresh_scene_puts_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    for unit_id, manager in (("div", "dppa"), ("orolsi", "dppa"), ("div", "orolsi")):
        window.editor.report_to(unit_id, manager)
        window.auto_layout.request()
        qtbot.waitUntil(lambda: window.auto_layout.idle)
    scene = window.scene
    fresh = ChartScene()
    fresh.set_chart(window.chart.copy(), scene.placement)
    assert {u: (c.pos().x(), c.pos().y()) for u, c in scene.cards.items()} == {
        u: (c.pos().x(), c.pos().y()) for u, c in fresh.cards.items()
    }
    assert {k: line.points for k, line in scene.lines.items()} == {
        k: line.points for k, line in fresh.lines.items()
    }
    assert {k: line.points for k, line in scene.members.items()} == {
        k: line.points for k, line in fresh.members.items()
    }


def test_cards_show_the_departments_above_them_after_moves_and_undo(window: MainWindow) -> None:
    def shown() -> dict[str, tuple[str, ...]]:
        return {u: card.departments for u, card in window.scene.cards.items()}

    for unit_id, manager in (("orolsi", "dppa"), ("div", "dpo"), ("team", "orolsi")):
        window.editor.report_to(unit_id, manager)
        assert shown() == department_map(window.chart), (unit_id, manager)
    for _ in range(3):
        window.undo_stack.undo()
        assert shown() == department_map(window.chart)


def test_a_relayout_after_moves_and_pins_leaves_no_line_on_an_old_route(
    make_window: Callable[[Chart], MainWindow], qtbot: QtBot
) -> None:
    window = make_window(load_chart(EXAMPLES / "baseline-2017.yaml"))
    chart, scene = window.chart, window.scene
    pairs: list[tuple[str, str]] = []
    for unit in chart:
        taken = {x for pair in pairs for x in pair}
        if unit.reports_to and len(pairs) < 15 and not {unit.id, unit.reports_to[0].to} & taken:
            pairs.append((unit.id, unit.reports_to[0].to))
    window.editor.toggle([x for pair in pairs for x in pair], "pinned")
    moves = {
        u: (scene.where(u)[0] + 700 * (-1) ** i, scene.where(u)[1] + 150) for i, (u, _) in enumerate(pairs)
    }
    window.editor.move(moves, {u: chart.position(u) for u in moves})
    others = [u for u in chart.units if u not in moves][::3][:40]  # more cards put by hand
    scattered = {
        u: (scene.where(u)[0] + 37.0 * (i % 7 - 3) * 7, scene.where(u)[1] + 90) for i, u in enumerate(others)
    }
    window.editor.move(scattered, {u: chart.position(u) for u in scattered})
    window.auto_layout.request(relayout=True)
    qtbot.waitUntil(lambda: window.auto_layout.idle)
    for unit_id, card in scene.cards.items():
        assert (card.pos().x(), card.pos().y()) == scene.where(unit_id), unit_id
    for key, line in scene.lines.items():
        assert line.points == scene._route(key), key


def test_ctrl_y_redoes_and_the_toolbar_keeps_short_undo_labels(window: MainWindow, qtbot: QtBot) -> None:
    window.editor.rename("dpo", "Peace Operations")
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.text().endswith("Peace Operations") or "Rename" in undo.text()  # the menu says what
    assert (undo.iconText(), redo.iconText()) == ("Undo", "Redo")  # the toolbar does not grow
    window.undo_stack.undo()
    assert "Ctrl+Y" in [key.toString() for key in redo.shortcuts()]
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.chart.unit("dpo").name == "Peace Operations"


def test_the_opening_fit_stops_following_once_the_user_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    view = window.view
    window.resize(900, 700)
    view.fit_until_touched()
    zoom, width = view.zoom(), view.viewport().width()
    bar = view.horizontalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)  # as a click on the scroll bar does
    window.resize(1500, 1000)
    qtbot.waitUntil(lambda: view.viewport().width() > width)
    assert view.zoom() == pytest.approx(zoom)


def test_long_texts_in_the_properties_read_from_their_start(window: MainWindow) -> None:
    long_name = "Department of Political and Peacebuilding Affairs and of Many Other Things Besides"
    window.editor.rename("dppa", long_name)
    window.scene.select_units(["dppa"])
    window.properties.show_unit(window.chart, "dppa")
    assert window.properties.name_edit.cursorPosition() == 0


def test_the_legend_explains_the_badges_shown(make_window: Callable[[Chart], MainWindow]) -> None:
    window = make_window(load_chart(EXAMPLES / "variant-four-asgs.yaml"))  # has error findings
    shown = set(window.scene.severities().values())
    assert "error" in shown
    assert window.view.legend._args["severities"] == [s for s in ("error", "warning", "info") if s in shown]
    assert window.view.legend.height() > 0


def test_opening_lays_out_on_a_worker_thread_and_survives_a_failed_layout(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    real = placement.compute_placement

    def recording(*args: object, **kwargs: object) -> LayoutResult:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(placement, "compute_placement", recording)
    window.document.set_chart(load_chart(EXAMPLES / "proposal-2017.yaml"))
    assert threads and threads[0] != threading.main_thread().name
    assert not window.auto_layout.runner.busy
    assert set(window.scene.cards) == set(window.chart.units)

    def failing(*args: object, **kwargs: object) -> LayoutResult:
        raise ValueError("no room")

    monkeypatch.setattr(placement, "compute_placement", failing)
    window.document.set_chart(load_chart(EXAMPLES / "implemented-2019.yaml"))
    assert set(window.scene.cards) == set(window.chart.units)  # placed level by level instead
    assert "Layout failed: ValueError: no room" in window.statusBar().currentMessage()


def test_opening_a_file_says_so_while_it_loads_and_lays_out(window: MainWindow) -> None:
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    assert window.documents.open(EXAMPLES / "proposal-2017.yaml")
    assert "Opening proposal-2017.yaml…" in seen
    assert "Laying out…" in seen
    assert any(message.startswith("Layout (tidy) in") for message in seen)


def test_the_toolbar_undo_buttons_act_and_stay_put_while_edits_rename_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    tools = window.findChild(QToolBar, "mainToolbar")
    buttons = {
        b.defaultAction().objectName(): b for b in tools.findChildren(QToolButton) if b.defaultAction()
    }
    undo, redo = buttons["undoButton"], buttons["redoButton"]
    assert not undo.isEnabled() and not redo.isEnabled()  # nothing done yet
    assert undo.toolTip().startswith("Undo (Ctrl+Z")
    window.editor.rename("dpo", "Peace Operations")
    assert undo.isEnabled() and undo.text() == "Undo"  # the menu's action names the edit
    assert (
        "Peace Operations" in window.actions_by_name["undo"].text()
        or "Rename" in window.actions_by_name["undo"].text()
    )
    changed: list[int] = []  # a button whose action changes has the toolbar laid out again
    undo.defaultAction().changed.connect(lambda: changed.append(1))
    window.editor.rename("dppa", "Political Affairs")
    assert changed == []
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert window.chart.unit("dpo").name != "Peace Operations"
    assert redo.isEnabled() and not undo.isEnabled()
    qtbot.mouseClick(redo, Qt.MouseButton.LeftButton)
    assert window.chart.unit("dpo").name == "Peace Operations"
    assert window.chart.unit("dppa").name != "Political Affairs"
