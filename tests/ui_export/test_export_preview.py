"""The export dialog's preview: fitted to the content, zoomed, dragged and sharp when zoomed."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from export_charts import pump_until
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgeditor.ui.export_dialog import ExportDialog
from orgeditor.ui.export_preview_view import FIT_PADDING, ZOOM_STEP, PreviewView
from orgeditor.ui.main_window import MainWindow


def open_dialog(window: MainWindow) -> ExportDialog:
    window.actions_by_name["export"].trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.set_format("svg")
    pump_until(dialog.preview_ready)
    return dialog


def content_on_screen(view: PreviewView) -> tuple[float, float]:
    shown = view.mapFromScene(view.content).boundingRect()
    return shown.width(), shown.height()


def test_the_preview_opens_fitted_to_the_content(window: MainWindow) -> None:
    dialog = open_dialog(window)
    view = dialog.pane.view
    assert view.fitted and view.has_page()
    assert view.zoom() == pytest.approx(view.fit_scale())
    room = view.viewport().size()
    width, height = content_on_screen(view)
    assert width <= room.width() - FIT_PADDING and height <= room.height() - FIT_PADDING
    # one side fills the view: the chart, not a small picture in a grey field
    assert width >= room.width() - 2 * FIT_PADDING - 3 or height >= room.height() - 2 * FIT_PADDING - 3
    assert view.content.contains(view.mapToScene(view.viewport().rect().center()))
    assert dialog.pane.zoom_label.text() == f"{round(view.zoom() * 100)} %"
    dialog.reject()


def test_buttons_zoom_in_and_out_and_fit_restores(window: MainWindow) -> None:
    dialog = open_dialog(window)
    pane, view = dialog.pane, dialog.pane.view
    fitted = view.zoom()
    pane.zoom_in_button.click()
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP) and not view.fitted
    assert pane.zoom_label.text() == f"{round(fitted * ZOOM_STEP * 100)} %"
    pane.zoom_in_button.click()
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP**2)
    pane.zoom_out_button.click()
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP)
    pane.fit_button.click()
    assert view.fitted and view.zoom() == pytest.approx(fitted)
    for _ in range(10):
        pane.zoom_out_button.click()
    assert view.zoom() == pytest.approx(fitted / 2)  # no smaller than half the fit
    dialog.reject()


def test_keyboard_zooms_and_fits(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    view = dialog.pane.view
    fitted = view.zoom()
    focus = dialog.format_combo
    QTest.keyClick(focus, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP)
    QTest.keyClick(focus, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP**2)
    QTest.keyClick(focus, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP)
    QTest.keyClick(focus, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fitted and view.zoom() == pytest.approx(fitted)
    QTest.keyClick(focus, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not view.fitted
    QTest.keyClick(focus, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&it
    pump_until(lambda: view.fitted)  # a mnemonic clicks the button after a short animation
    assert view.zoom() == pytest.approx(fitted)
    dialog.reject()


def wheel(view: PreviewView, steps: int, modifiers: Qt.KeyboardModifier) -> None:
    at = QPointF(view.viewport().rect().center() + QPoint(40, 20))
    event = QWheelEvent(
        at,
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_under_the_mouse_and_plain_wheel_does_not(window: MainWindow) -> None:
    dialog = open_dialog(window)
    view = dialog.pane.view
    fitted = view.zoom()
    wheel(view, 1, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == pytest.approx(fitted) and view.fitted
    at = QPoint(view.viewport().rect().center() + QPoint(40, 20))
    before = view.mapToScene(at)
    wheel(view, 2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * ZOOM_STEP**2)
    after = view.mapToScene(at)
    assert abs(after.x() - before.x()) < 3 / view.zoom() and abs(after.y() - before.y()) < 3 / view.zoom()
    dialog.reject()


def test_zoomed_in_the_view_scrolls_drags_and_is_drawn_sharp(window: MainWindow) -> None:
    dialog = open_dialog(window)
    view = dialog.pane.view
    view.set_zoom(3.0)
    assert view.zoom() == pytest.approx(3.0)
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0 and view.verticalScrollBar().maximum() > 0
    assert view.needs_detail()  # 3 screen px per page px: more than the page image holds
    pump_until(lambda: not view.detail_item.pixmap().isNull())
    detail = view.detail_item.pixmap()
    ratio = view.devicePixelRatioF()
    assert detail.width() <= view.viewport().width() * ratio + 2
    assert detail.width() >= view.viewport().width() * ratio * 0.9
    start = bar.value()
    middle = view.viewport().rect().center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(view.viewport(), middle - QPoint(120, 0))
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle - QPoint(120, 0)
    )
    assert bar.value() == start + 120
    dialog.reject()


def test_a_zoomed_view_keeps_its_zoom_when_the_options_change(window: MainWindow) -> None:
    dialog = open_dialog(window)
    view = dialog.pane.view
    view.set_zoom(1.5)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("print"))
    pump_until(dialog.preview_ready)
    assert view.zoom() == pytest.approx(1.5) and not view.fitted
    view.fit()
    dialog.set_branch("dpo")
    pump_until(dialog.preview_ready)
    assert view.fitted and view.zoom() == pytest.approx(view.fit_scale())
    dialog.reject()


def test_a_text_preview_has_no_zoom(window: MainWindow) -> None:
    dialog = open_dialog(window)
    pane = dialog.pane
    assert pane.zoom_in_button.isVisible() and pane.fit_button.isVisible()
    dialog.set_format("csv")
    pump_until(dialog.preview_ready)
    assert pane.stack.currentWidget() is pane.text_view
    assert not pane.zoom_in_button.isVisible() and not pane.fit_button.isVisible()
    assert not any(shortcut.isEnabled() for shortcut in pane.shortcuts)
    dialog.reject()
