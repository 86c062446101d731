"""File ▸ Export…: the real dialog, its preview, every format, cancel, branch and errors."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from pytestqt.qtbot import QtBot

from orgeditor.ui.export_dialog import ExportDialog
from orgeditor.ui.main_window import MainWindow


def open_dialog(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    window.actions_by_name["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.preview_ready, timeout=10000)
    return dialog


def test_menu_opens_dialog_with_preview(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.isVisible()
    assert dialog.result_ is not None and dialog.result_.image is not None
    assert "8 units" in dialog.caption.text()
    dialog.reject()
