"""The compare window driven as a user would: colours, the list, zoom and scroll, the header."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgeditor.ui.compare import STATUS_COLOURS, CompareWindow
from orgeditor.ui.compare.items import LINE_COLOURS, CompareCardItem, DiffPathItem
from orgeditor.ui.compare.scene import CompareScene, CompareView

NO_KEYS = Qt.KeyboardModifier.NoModifier


def _pixel(scene: CompareScene, point: QPointF) -> QColor:
    """The colour the scene paints at *point* (rendered 1:1)."""
    image = QImage(9, 9, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 9, 9), QRectF(point.x() - 4, point.y() - 4, 9, 9))
    painter.end()
    return image.pixelColor(4, 4)


def _close(colour: QColor, expected: str, tolerance: int = 4) -> bool:
    want = QColor(expected)
    got = (colour.red(), colour.green(), colour.blue())
    wanted = (want.red(), want.green(), want.blue())
    return all(abs(x - y) <= tolerance for x, y in zip(got, wanted, strict=True))


def _fill_point(card: CompareCardItem) -> QPointF:
    rect = card.rect()
    return QPointF(rect.left() + 5, rect.bottom() - 5)  # inside the card, clear of text


def test_statuses_are_coloured_right_on_both_sides(window: CompareWindow) -> None:
    a, b = window.scene_a, window.scene_b
    expected = {
        "dppa": ("changed", "changed"),
        "div-new": ("ghost", "added"),
        "stray": ("ghost", "added"),
        "old-unit": ("removed", "ghost"),
        "mission-m": ("moved", "moved"),
        "sg": ("same", "same"),
    }
    for uid, (on_a, on_b) in expected.items():
        for scene, want in ((a, on_a), (b, on_b)):
            card = scene.cards[uid]
            assert card.ghost == (want == "ghost"), (uid, want)
            if want == "ghost":
                assert _close(_pixel(scene, _fill_point(card)), window.theme.background)
            elif want == "same":
                assert card.status == "same"
                assert _close(_pixel(scene, _fill_point(card)), window.theme.card_fill)
            else:
                assert card.status == want
                assert _close(_pixel(scene, _fill_point(card)), STATUS_COLOURS[want][1]), (uid, want)
    # the outline carries the status colour too
    edge = b.cards["div-new"].rect()
    assert _close(_pixel(b, QPointF(edge.left() + 0.5, edge.center().y())), STATUS_COLOURS["added"][0], 40)
    edge = a.cards["old-unit"].rect()
    assert _close(_pixel(a, QPointF(edge.left() + 0.5, edge.center().y())), STATUS_COLOURS["removed"][0], 40)


def test_unchanged_units_stand_in_the_same_place(window: CompareWindow) -> None:
    for uid, card in window.scene_a.cards.items():
        assert window.scene_b.cards[uid].pos() == card.pos()
    assert window.scene_a.sceneRect() == window.scene_b.sceneRect()


def test_moved_lines_are_traced_on_both_sides(window: CompareWindow) -> None:
    def traced(scene: CompareScene) -> set[str]:
        return {i.change for i in scene.items() if isinstance(i, DiffPathItem) and i.change != "same"}

    assert traced(window.scene_a) == {"removed"}
    assert traced(window.scene_b) == {"added"}
    assert set(LINE_COLOURS) == {"added", "removed"}


def _index_of(window: CompareWindow, text: str):  # type: ignore[no-untyped-def]
    rows = [
        row for uid in ("mission-m", "div-new", "old-unit", "dppa") for row in window.model.rows_naming(uid)
    ]
    return next(row.index() for row in rows if row.text() == text)


def test_clicking_a_difference_selects_and_centres_it_on_both_charts(
    window: CompareWindow, qtbot: QtBot
) -> None:
    window.view_a.set_zoom(0.2)
    index = _index_of(window, "New Division — division under DPPA")
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    QTest.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, rect.center())
    assert window.scene_a.selected_units() == ["div-new"]
    assert window.scene_b.selected_units() == ["div-new"]
    assert window.view_a.zoom() > 0.2  # zoomed in to read
    centre = window.scene_b.cards["div-new"].pos()
    for view in (window.view_a, window.view_b):
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.contains(centre)


def test_clicking_a_card_selects_it_on_the_other_side_and_in_the_list(window: CompareWindow) -> None:
    view = window.view_a
    view.set_zoom(1.0)
    view.centerOn(window.scene_a.cards["mission-m"])
    point = view.mapFromScene(window.scene_a.cards["mission-m"].pos())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, point)
    assert window.scene_a.selected_units() == ["mission-m"]
    assert window.scene_b.selected_units() == ["mission-m"]
    assert window.tree.currentIndex().data() == "Mission M: Division X (mission) → DPO (mission)"


def test_zoom_and_scroll_follow_from_either_view(window: CompareWindow, qtbot: QtBot) -> None:
    window.view_a.set_zoom(0.5)
    assert abs(window.view_b.zoom() - 0.5) < 1e-9
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(window.view_b.viewport().mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window.view_b.viewport(), wheel)
    assert abs(window.view_b.zoom() - 0.575) < 1e-6
    assert abs(window.view_a.zoom() - window.view_b.zoom()) < 1e-9
    window.view_a.set_zoom(2.0)
    window.view_b.centerOn(window.scene_b.cards["old-unit"])

    def centre(view: CompareView) -> QPointF:
        return view.mapToScene(view.viewport().rect().center())

    assert (centre(window.view_a) - centre(window.view_b)).manhattanLength() < 2
    window.view_a.horizontalScrollBar().setValue(window.view_a.horizontalScrollBar().value() - 30)
    assert (centre(window.view_a) - centre(window.view_b)).manhattanLength() < 2


def test_header_shows_totals_and_the_findings_delta(window: CompareWindow) -> None:
    assert window.totals_label.text() == "Units 6 → 7 (+1) · Posts 87 → 87 (±0) · errors 0 → 1"
    assert "New: error chart.single-root — Secretary-General, Stray Office" in window.findings_label.text()
    assert window.windowTitle() == "Compare — before.yaml → after.yaml"


def test_orientation_toggles_and_fit_shows_everything(window: CompareWindow) -> None:
    before = window.charts.orientation()
    window.toggle_orientation()
    assert window.charts.orientation() != before
    window.fit_all()
    for view in (window.view_a, window.view_b):
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.adjusted(-2, -2, 2, 2).contains(view.sceneRect())


def test_report_shows_and_saves_the_markdown(window: CompareWindow, qtbot: QtBot, tmp_path: Path) -> None:
    QTest.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "Units added" in dialog.browser.toPlainText()
    target = tmp_path / "report.md"
    dialog.save(target)
    assert target.read_text(encoding="utf-8") == window.report_markdown()
    assert window.report_markdown().startswith("# Comparison: Before → After")
    dialog.copy()
    assert QApplication.clipboard().text() == window.report_markdown()


def test_nothing_can_be_moved_or_edited(make_compare: Callable[..., CompareWindow]) -> None:
    window = make_compare()
    card = window.scene_a.cards["dppa"]
    start = card.pos()
    view = window.view_a
    view.set_zoom(1.0)
    view.centerOn(card)
    point = view.mapFromScene(card.pos())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, point)
    QTest.mouseMove(view.viewport(), point + QPoint(60, 40))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, point + QPoint(60, 40))
    assert card.pos() == start
    assert window.diff.a.units["dppa"].posts == 30


def test_keyboard_zooms_both_views(window: CompareWindow) -> None:
    window.view_a.set_zoom(0.5)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    fitted = window.view_b.zoom()
    assert fitted != 0.5 and abs(window.view_a.zoom() - fitted) < 1e-9
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(window.view_b.zoom() - fitted * 0.8) < 1e-6


def test_a_moved_line_selects_the_unit_and_both_managers_and_shows_the_unit(window: CompareWindow) -> None:
    window.view_a.set_zoom(2.5)
    window.view_a.centerOn(window.scene_a.cards["stray"])
    window.show_entry(_index_of(window, "Mission M: Division X (mission) → DPO (mission)"))
    for scene in (window.scene_a, window.scene_b):
        assert scene.selected_units() == ["dpo", "div-x", "mission-m"]
    centre = window.scene_a.cards["mission-m"].pos()
    for view in (window.view_a, window.view_b):
        assert view.mapToScene(view.viewport().rect()).boundingRect().contains(centre)
