"""File ▸ Export…: the real dialog, its preview, every format, cancel, branch and errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from export_charts import pump_until
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from orgeditor.ui.export_dialog import SUFFIXES, ExportDialog
from orgeditor.ui.main_window import MainWindow

FORMATS = ("svg", "pdf", "png", "pptx", "graphml", "dot", "csv", "yaml")


def open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    window.actions_by_name["export"].trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    wait_preview(dialogs[0], qtbot)
    return dialogs[0]


def wait_preview(dialog: ExportDialog, qtbot: QtBot) -> None:
    pump_until(dialog.preview_ready)


def preview_image(dialog: ExportDialog) -> QImage:
    assert dialog.result_ is not None and dialog.result_.image is not None, dialog.caption.text()
    return dialog.result_.image


def export_to(dialog: ExportDialog, qtbot: QtBot, path: Path) -> bool:
    dialog.path_edit.setText(str(path))
    dialog.export_button.click()
    return path.exists()


def test_menu_opens_dialog_with_preview(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.options().unit is None and dialog.branch_combo.currentText() == "Whole chart"
    assert not preview_image(dialog).isNull()
    assert "8 units" in dialog.caption.text()
    assert not dialog.scale_spin.isEnabled() or dialog.options().fmt == "png"
    dialog.reject()
    pump_until(lambda: not window.findChildren(ExportDialog))


def test_options_change_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.set_format("svg")
    wait_preview(dialog, qtbot)
    screen = preview_image(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("print"))
    assert not dialog.preview_ready()  # debounced: drawn a moment later
    wait_preview(dialog, qtbot)
    printed = preview_image(dialog)
    assert printed != screen
    dialog.set_branch("dpo")
    wait_preview(dialog, qtbot)
    assert "4 units" in dialog.caption.text()
    branch = preview_image(dialog)
    assert branch.size() != printed.size()
    dialog.set_format("csv")
    wait_preview(dialog, qtbot)
    assert dialog.stack.currentWidget() is dialog.text_view
    text = dialog.text_view.toPlainText()
    assert "\nid,name," in text and "orolsi" in text and "pbso" not in text  # after the header block
    assert dialog.caption.text().startswith("4 units")
    assert not dialog.theme_combo.isEnabled()
    dialog.set_format("png")
    wait_preview(dialog, qtbot)
    assert dialog.scale_spin.isEnabled()
    dialog.scale_spin.setValue(3)
    assert "at 3 ×" in dialog.caption.text()
    dialog.reject()


def test_quick_changes_draw_once(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    before = dialog.generation
    for _ in range(3):
        dialog.badges_check.toggle()
        dialog.posts_check.toggle()
    wait_preview(dialog, qtbot)
    assert dialog.generation == before + 1
    dialog.reject()


def test_suffix_follows_format(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.path_edit.setText(str(tmp_path / "briefing.svg"))
    for fmt in FORMATS:
        dialog.set_format(fmt)
        assert dialog.output_path() == tmp_path / f"briefing{SUFFIXES[fmt]}"
    dialog.path_edit.setText(str(tmp_path / "briefing.v2"))
    dialog.set_format("pdf")
    assert dialog.output_path() == tmp_path / "briefing.v2.pdf"
    dialog.reject()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_each_format(window: MainWindow, qtbot: QtBot, tmp_path: Path, fmt: str) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.set_format(fmt)
    out = tmp_path / f"pillar{SUFFIXES[fmt]}"
    assert export_to(dialog, qtbot, out)
    assert out.stat().st_size > 100
    assert not dialog.isVisible()
    assert str(out) in window.statusBar().currentMessage()
    if fmt in ("svg", "dot", "graphml", "csv", "yaml"):
        text = out.read_text(encoding="utf-8")
        assert "Peacebuilding Support Office" in text and "Mine Action Service" in text


def test_png_scale(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    sizes = []
    for scale in (1.0, 2.0):
        dialog = open_dialog(window, qtbot)
        dialog.set_format("png")
        dialog.scale_spin.setValue(scale)
        out = tmp_path / f"x{scale:g}.png"
        assert export_to(dialog, qtbot, out)
        sizes.append(QImage(str(out)).size())
    assert abs(sizes[1].width() - 2 * sizes[0].width()) <= 2
    assert abs(sizes[1].height() - 2 * sizes[0].height()) <= 2


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png", "pptx", "csv"])
def test_cancel_writes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path, fmt: str) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.set_format(fmt)

    def cancel() -> None:
        progress = dialog.findChild(QProgressDialog, "exportProgress")
        assert isinstance(progress, QProgressDialog)
        progress.cancel()

    QTimer.singleShot(0, cancel)
    out = tmp_path / f"cancelled{SUFFIXES[fmt]}"
    assert not export_to(dialog, qtbot, out)
    assert list(tmp_path.glob("cancelled*")) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert "cancelled" in dialog.caption.text()
    assert "cancelled" in window.statusBar().currentMessage()
    dialog.reject()


def test_branch_of_the_selected_unit(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.scene.select_units(["dpo"])
    dialog = open_dialog(window, qtbot)
    assert dialog.options().unit is None  # the whole chart, unless the branch is chosen
    dialog.set_branch("dpo")
    path = dialog.output_path()
    assert path is not None and path.name.endswith("-dpo" + SUFFIXES[dialog.options().fmt])
    dialog.set_format("csv")
    out = tmp_path / "dpo.csv"
    assert export_to(dialog, qtbot, out)
    table = out.read_text(encoding="utf-8").split("\n\n", 1)[1]  # below the chart's header block
    ids = [row["id"] for row in csv.DictReader(io.StringIO(table))]
    assert sorted(ids) == ["dpo", "oma", "orolsi", "unmas"]

    dialog = open_dialog(window, qtbot)
    dialog.set_branch("dpo")
    dialog.set_format("svg")
    svg = tmp_path / "dpo.svg"
    assert export_to(dialog, qtbot, svg)
    text = svg.read_text(encoding="utf-8")
    assert "Mine Action Service" in text and "Electoral Assistance Division" not in text


def test_write_error_is_shown_and_dialog_stays(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    dialog = open_dialog(window, qtbot)
    dialog.set_format("pdf")
    out = tmp_path / "no such folder" / "x.pdf"
    assert not export_to(dialog, qtbot, out)
    assert shown and "folder does not exist" in shown[0]
    assert dialog.isVisible() and "Export failed" in window.statusBar().currentMessage()
    dialog.reject()


def test_replacing_a_file_asks(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "old.csv"
    out.write_text("keep", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog = open_dialog(window, qtbot)
    dialog.set_format("csv")
    export_to(dialog, qtbot, out)
    assert out.read_text(encoding="utf-8") == "keep" and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.export_button.click()
    assert "\nid,name," in out.read_text(encoding="utf-8")


def test_choices_are_remembered(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.set_format("pdf")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("print"))
    folder = tmp_path / "exports"
    folder.mkdir()
    assert export_to(dialog, qtbot, folder / "a.pdf")
    again = open_dialog(window, qtbot)
    options = again.options()
    assert (options.fmt, options.theme) == ("pdf", "print")
    path = again.output_path()
    assert path is not None and path.parent == folder
    again.reject()


def test_return_in_the_path_field_exports(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.set_format("csv")
    out = tmp_path / "typed.csv"
    dialog.path_edit.setFocus()
    dialog.path_edit.setText(str(out))
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert out.exists() and not dialog.isVisible()


def test_file_menu_entries_and_unambiguous_shortcut(window: MainWindow) -> None:
    actions = window.actions_by_name
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    names = [a.objectName() for a in file_menu.actions() if a.objectName()]
    assert names.index("export") == names.index("compare_baseline") + 1
    assert names.index("import_csv") == names.index("export") + 1
    assert actions["export"].shortcut().toString() == "Ctrl+Shift+E"
    taken = [a.shortcut().toString() for a in actions.values() if not a.shortcut().isEmpty()]
    assert len(taken) == len(set(taken)), "two actions share a shortcut: Qt would run neither"


def test_a_chart_over_the_export_limit_is_said_in_the_caption(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgeditor.render import export as export_module  # noqa: PLC0415

    monkeypatch.setitem(export_module.MAX_EXPORT_UNITS, "svg", 2)
    shown: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a: shown.append(text))
    dialog = open_dialog(window, qtbot)
    assert dialog.result_ is not None and dialog.result_.image is None
    assert "at most 2 units" in dialog.caption.text()
    assert not export_to(dialog, qtbot, tmp_path / "big.svg")
    assert shown and "at most 2 units" in shown[0]
    dialog.reject()


def test_the_branch_defaults_to_the_whole_chart_with_the_selection_offered(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.scene.select_units(["dpo"])
    dialog = ExportDialog(window, window.document, window.settings, window.selected_units())
    qtbot.addWidget(dialog)
    assert dialog.branch_combo.currentData() is None  # the whole chart
    assert dialog.branch_combo.itemData(1) == "dpo"
    assert dialog.branch_combo.itemText(1).startswith("Selected branch: ")
