"""File ▸ Compare Variants…: the variants panel on three example variants, driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.ui import compare_actions
from orgeditor.ui.compare import CompareWindow, VariantSource, VariantsPanel
from orgeditor.ui.compare.variants_tables import STATUS_FILLS
from orgeditor.ui.compare.window import READING_ZOOM
from orgeditor.ui.main_window import MainWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PROPOSAL = EXAMPLES / "proposal-2017.yaml"
FOUR_ASGS = EXAMPLES / "variant-four-asgs.yaml"
IMPLEMENTED = EXAMPLES / "implemented-2019.yaml"


@pytest.fixture
def editor(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The editor on the proposal (a chart with a file), closed after the test."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(load_chart(PROPOSAL), settings=settings, journal_folder=tmp_path / "journals")
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=10000)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, VariantsPanel | CompareWindow):
            widget.close()
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()


def _panels() -> list[VariantsPanel]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, VariantsPanel) and w.isVisible()]


def _ready(qtbot: QtBot, panel: VariantsPanel) -> VariantsPanel:
    qtbot.waitUntil(lambda: panel.comparison is not None or panel.error is not None, timeout=20000)
    return panel


def _open_from_menu(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, *paths: Path
) -> VariantsPanel:
    monkeypatch.setattr(compare_actions, "ask_variant_paths", lambda _window: list(paths))
    before = set(_panels())
    editor.actions_by_name["compare_variants"].trigger()
    opened = [p for p in _panels() if p not in before]
    assert len(opened) == 1
    return _ready(qtbot, opened[0])


def test_the_file_menu_offers_compare_variants(editor: MainWindow) -> None:
    action = editor.actions_by_name["compare_variants"]
    file_menu = editor.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.text() == "Compare Varian&ts…"


def test_the_action_opens_the_panel_on_three_variants_with_the_open_chart_first(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _open_from_menu(editor, qtbot, monkeypatch, FOUR_ASGS, IMPLEMENTED)
    assert panel.error is None
    assert panel.labels == ["proposal-2017.yaml", "variant-four-asgs.yaml", "implemented-2019.yaml"]
    assert panel.sources[0].chart is not None  # the open document, as it is now
    assert "the open document" in panel.variants_label.text()
    grid = panel.grid
    assert grid is not None and grid.isVisible()
    rows = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]  # type: ignore[union-attr]
    assert rows[:1] == ["¶5"] and "¶8(d)" in rows and "¶9" in rows and rows[-1] == "General"
    for cite in ("¶8(d)", "¶9"):
        assert [grid.status(cite, c) for c in range(3)] == ["pass", "fail", "pass"]
    cell = grid.item(rows.index("¶8(d)"), 1)
    assert cell is not None
    assert cell.text() == "✗ fail"
    assert cell.background().color().name() == STATUS_FILLS["fail"][0]
    assert not cell.icon().isNull()
    assert "pillar.three-regional-asgs" in cell.toolTip()
    assert "First finding" in cell.toolTip()
    passing = grid.item(rows.index("¶8(d)"), 0)
    assert passing is not None and passing.text() == "✓ pass"
    assert passing.background().color().name() == STATUS_FILLS["pass"][0]
    totals = panel.totals
    assert totals is not None and totals.isVisible()
    assert totals.rows["Units"] == ["72", "73", "77"]
    assert totals.rows["Posts"] == ["1181", "1181", "1181"]
    assert totals.rows["Senior posts (USG, ASG, D-2)"] == ["30", "31", "30"]
    assert totals.rows["ASG"] == ["6", "7", "6"]
    assert "regular budget: posts" in totals.rows
    story = panel.story.toPlainText()
    assert "A → B" in story and "B → C" in story
    assert story.count("Africa I and Africa II divisions → ") == 1  # the split, told once


def test_the_file_dialog_takes_several_files_typed_in_order(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "DontUseNativeDialog", QFileDialog.Option.DontUseNativeDialog)
    seen: list[str] = []

    def fill() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
        )
        seen.append(dialog.windowTitle())
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(f'"{IMPLEMENTED.name}" "{FOUR_ASGS.name}"')
        dialog.accept()

    QTimer.singleShot(50, fill)
    paths = compare_actions.ask_variant_paths(editor.documents)
    assert seen == ["Compare variants"]
    assert [p.name for p in paths] == ["implemented-2019.yaml", "variant-four-asgs.yaml"]
    sources = compare_actions.variant_sources(editor.document, [*paths, PROPOSAL])  # its own file: once
    assert [s.label for s in sources] == [
        "proposal-2017.yaml",
        "implemented-2019.yaml",
        "variant-four-asgs.yaml",
    ]


def test_choosing_two_variants_opens_them_side_by_side_readable(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _open_from_menu(editor, qtbot, monkeypatch, FOUR_ASGS, IMPLEMENTED)
    assert not panel.compare_button.isEnabled()
    panel.select_variants(0, 2)
    assert panel.selected_variants() == [0, 2]
    assert panel.compare_button.isEnabled() and panel.compare_button.text() == "Compare A and C"
    QTest.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert len(panel.pair_windows) == 1
    window = panel.pair_windows[0]
    qtbot.waitExposed(window)
    assert window.labels == ("proposal-2017.yaml (variant A)", "implemented-2019.yaml (variant C)")
    # readable: the smallest card text (9 px in the scene) is at least 9 px on screen
    for view in (window.view_a, window.view_b):
        assert view.zoom() >= READING_ZOOM >= 1.0
    # the panes share the layout: a unit of both charts stands at the same place in both
    for uid, card in window.scene_b.cards.items():
        if uid in window.scene_a.cards:
            assert window.scene_a.cards[uid].pos() == card.pos()
            assert window.view_a.mapFromScene(card.pos()) == window.view_b.mapFromScene(card.pos())
    # centred on the first change of the story: Africa I and II split into four divisions
    current = window.tree.currentIndex()
    assert current.parent().data().startswith("Merges, splits and successions")
    focus = window.scene_b.cards["western-africa-division"].rect().center()
    for view in (window.view_a, window.view_b):
        assert view.mapToScene(view.viewport().rect()).boundingRect().contains(focus)
    # zooming and scrolling stay in sync
    window.view_b.zoom_by(0.8)
    assert abs(window.view_a.zoom() - window.view_b.zoom()) < 1e-9
    window.view_a.horizontalScrollBar().setValue(window.view_a.horizontalScrollBar().value() + 120)
    centre_a = window.view_a.mapToScene(window.view_a.viewport().rect().center())
    centre_b = window.view_b.mapToScene(window.view_b.viewport().rect().center())
    assert abs(centre_a.x() - centre_b.x()) < 2 and abs(centre_a.y() - centre_b.y()) < 2


def test_selecting_columns_in_the_totals_selects_them_in_the_grid(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _open_from_menu(editor, qtbot, monkeypatch, FOUR_ASGS)
    assert panel.totals is not None and panel.grid is not None
    panel.totals.selectColumn(1)
    assert panel.grid.selected_variants() == [1]
    assert not panel.compare_button.isEnabled()


def test_a_pair_opens_from_the_story(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _open_from_menu(editor, qtbot, monkeypatch, FOUR_ASGS, IMPLEMENTED)
    panel.story.anchorClicked.emit(QUrl("pair:1"))
    assert [w.labels for w in panel.pair_windows] == [
        ("variant-four-asgs.yaml (variant B)", "implemented-2019.yaml (variant C)")
    ]


def test_a_bad_file_is_named_with_its_line_and_column(
    editor: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("orgchart: 1\ntitle: X\nunits:\n  - id: a\n    name: [oops\n", encoding="utf-8")
    panel = _open_from_menu(editor, qtbot, monkeypatch, FOUR_ASGS, bad)
    assert panel.comparison is None
    assert panel.error is not None and panel.error.startswith(f"{bad}:6:1: error:")
    assert panel.error_label.isVisible() and "broken.yaml:6:1" in panel.error_label.text()
    assert not panel.progress_box.isVisible()
    assert editor.isVisible()  # and nothing crashed


def test_a_missing_file_and_a_lone_variant_are_explained(
    qtbot: QtBot, tmp_path: Path, editor: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = VariantsPanel([VariantSource.of_file(PROPOSAL), VariantSource.of_file(tmp_path / "gone.yaml")])
    qtbot.addWidget(panel)
    _ready(qtbot, panel)
    assert panel.error is not None and "gone.yaml:1:1: error: no such file" in panel.error
    editor.document.set_chart(load_chart(PROPOSAL).copy())  # a chart without a file
    editor.chart.path = None
    said: list[str] = []
    monkeypatch.setattr(compare_actions, "ask_variant_paths", lambda _window: [FOUR_ASGS])
    monkeypatch.setattr(compare_actions.QMessageBox, "information", lambda *args: said.append(args[2]))
    assert compare_actions.compare_variants(editor.documents) is None
    assert said and "at least two variants" in said[0]
