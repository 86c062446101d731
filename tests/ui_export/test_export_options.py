"""The export options panel: the PDF paper size and orientation, enabled, passed and kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from export_charts import pump_until
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from orgeditor.render.export import ORIENTATIONS, PAGE_SIZES
from orgeditor.ui import export_dialog, export_preview
from orgeditor.ui.export_dialog import ExportDialog
from orgeditor.ui.main_window import MainWindow

FORMATS = ("svg", "pdf", "png", "pptx", "graphml", "dot", "csv", "yaml")


def open_dialog(window: MainWindow) -> ExportDialog:
    window.actions_by_name["export"].trigger()
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    pump_until(dialogs[0].preview_ready)
    return dialogs[0]


def export_pdf(dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.setText(str(path))
    dialog.export_button.click()
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    assert not dialog.isVisible()


def label_of(dialog: ExportDialog, field: Any) -> QLabel:
    label = dialog.form.form.labelForField(field)
    assert isinstance(label, QLabel)
    return label


def test_paper_and_orientation_are_offered_by_name(window: MainWindow) -> None:
    form = open_dialog(window).form
    combo = form.page_combo
    pages = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert pages == [
        ("fit", "Fit the chart (one page)"),
        ("a4", "A4"),
        ("a3", "A3"),
        ("letter", "US Letter"),
        ("legal", "US Legal"),
    ]
    assert tuple(key for key, _ in pages) == PAGE_SIZES
    turns = [form.orientation_combo.itemText(i) for i in range(form.orientation_combo.count())]
    assert turns == ["Automatic", "Landscape", "Portrait"]
    assert tuple(form.orientation_combo.itemData(i) for i in range(3)) == ORIENTATIONS
    options = form.options()
    assert (options.page, options.orientation) == ("fit", "auto")  # the defaults


def test_page_controls_apply_to_pdf_only(window: MainWindow) -> None:
    dialog = open_dialog(window)
    form = dialog.form
    for fmt in FORMATS:
        dialog.set_format(fmt)
        pdf = fmt == "pdf"
        for combo in (form.page_combo, form.orientation_combo):
            assert combo.isEnabled() == pdf, fmt
            assert label_of(dialog, combo).isEnabled() == pdf, fmt
            assert ("Only a PDF has pages" in combo.toolTip()) != pdf, fmt
    dialog.reject()


def test_page_controls_have_mnemonics(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window)
    dialog.set_format("pdf")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    form = dialog.form
    assert label_of(dialog, form.page_combo).text() == "Pa&ge (PDF):"
    assert label_of(dialog, form.orientation_combo).text() == "Orie&ntation:"
    QTest.keyClick(dialog.format_combo, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.page_combo
    QTest.keyClick(form.page_combo, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.orientation_combo
    dialog.reject()


def test_paper_and_orientation_reach_the_export(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    real = export_dialog.export_chart

    def spy(*args: Any, **kwargs: Any) -> bool:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_chart", spy)
    dialog = open_dialog(window)
    dialog.set_format("pdf")
    form = dialog.form
    form.page_combo.setCurrentIndex(form.page_combo.findData("a4"))
    form.orientation_combo.setCurrentIndex(form.orientation_combo.findData("landscape"))
    pump_until(dialog.preview_ready)
    assert "PDF on A4 landscape" in dialog.caption.text()
    export_pdf(dialog, tmp_path / "a4.pdf")  # however many pages it has
    assert (calls[-1]["page"], calls[-1]["orientation"]) == ("a4", "landscape")

    dialog = open_dialog(window)
    form = dialog.form
    form.page_combo.setCurrentIndex(form.page_combo.findData("fit"))
    form.orientation_combo.setCurrentIndex(form.orientation_combo.findData("auto"))
    assert "one page the size of the chart" in dialog.caption.text()
    export_pdf(dialog, tmp_path / "fit.pdf")
    assert (calls[-1]["page"], calls[-1]["orientation"]) == ("fit", "auto")


def test_paper_and_orientation_are_remembered(window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    dialog.set_format("pdf")
    form = dialog.form
    form.page_combo.setCurrentIndex(form.page_combo.findData("letter"))
    form.orientation_combo.setCurrentIndex(form.orientation_combo.findData("portrait"))
    export_pdf(dialog, tmp_path / "letter.pdf")
    again = open_dialog(window)
    assert again.form.page_combo.currentText() == "US Letter"
    assert again.form.orientation_combo.currentText() == "Portrait"
    options = again.options()
    assert (options.fmt, options.page, options.orientation) == ("pdf", "letter", "portrait")
    again.reject()


def test_unknown_remembered_values_fall_back_to_the_defaults(window: MainWindow) -> None:
    window.settings.setValue("export/page", "a9")
    window.settings.setValue("export/orientation", "sideways")
    dialog = open_dialog(window)
    options = dialog.options()
    assert (options.page, options.orientation) == ("fit", "auto")
    dialog.reject()


def test_a_paper_preview_shows_the_first_page_and_counts_them(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.set_format("pdf")
    form = dialog.form
    form.page_combo.setCurrentIndex(form.page_combo.findData("a4"))
    pump_until(dialog.preview_ready)
    result = dialog.result_
    assert result is not None and result.image is not None and result.page is not None
    assert result.pages == 1  # the test chart fits one A4 page
    assert abs(result.page.width() / result.page.height() - 297 / 210) < 0.01  # A4 landscape
    assert dialog.caption.text().endswith("PDF on A4 landscape, one page")
    many = export_preview.page_caption(form.options(), result.page, 72, pages=16)
    assert many == "72 units · PDF on A4 landscape: 16 pages, the first shown"
    form.orientation_combo.setCurrentIndex(form.orientation_combo.findData("portrait"))
    pump_until(dialog.preview_ready)
    upright = dialog.result_
    assert upright is not None and upright.page is not None
    assert upright.page.width() < upright.page.height()
    dialog.reject()
