"""Test configuration shared by every test package.

Qt runs offscreen. With ``ORGEDITOR_BLOCK_QT=1`` importing PySide6 fails, which proves the pure
layers (model, io, rules, layout, diff) work without Qt.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from collections.abc import Iterator, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == "PySide6" or fullname.startswith("PySide6."):
            raise ImportError(f"{fullname} is blocked: ORGEDITOR_BLOCK_QT=1")
        return None


if os.environ.get("ORGEDITOR_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())
    collect_ignore_glob = ["ui/*", "ui_compare/*", "render/*", "commands/*", "export/*"]

    def pytest_addoption(parser: pytest.Parser) -> None:
        # pytest-qt is disabled in this mode (-p no:pytest-qt); keep its ini option known
        parser.addini("qt_api", "Qt binding used by pytest-qt (unused while Qt is blocked)")

else:
    _APPLICATION: list[object] = []

    @pytest.fixture(autouse=True, scope="session")
    def _one_application() -> None:
        """A QApplication before any test runs: exporters make a QGuiApplication when none
        exists, and pytest-qt's widgets then could not have the QApplication they need,
        whichever test happens to run first."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt may be blocked

        from orgeditor.ui.collector import collect_on_gui_thread  # noqa: PLC0415

        if QApplication.instance() is None:
            _APPLICATION.append(QApplication([]))
        collect_on_gui_thread()  # as the editor does: never in a layout or export thread

    @pytest.fixture(autouse=True)
    def _isolated_settings(tmp_path: Path) -> Iterator[None]:
        """Settings (recent files, window state) go to the test's folder, never the user's."""
        from PySide6.QtCore import QSettings, QStandardPaths  # noqa: PLC0415 - Qt may be blocked

        QStandardPaths.setTestModeEnabled(True)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
        yield
        from orgeditor.ui.collector import collect_due  # noqa: PLC0415 - Qt may be blocked

        # The editor collects cycles on the GUI thread, from a timer that runs only while
        # the event loop does: between tests, the garbage a test left goes here, never in a
        # later test's layout thread.
        while collect_due() >= 0:
            pass
