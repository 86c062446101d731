"""Fixtures of the compare-view tests: a compare window on the pair of compare_pairs.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

pytest.importorskip("PySide6.QtWidgets")

from compare_pairs import chart_after, chart_before
from pytestqt.qtbot import QtBot

from orgeditor.model import Chart
from orgeditor.ui.compare import CompareWindow

WindowFactory = Callable[..., CompareWindow]


@pytest.fixture
def make_compare(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build, register and show a compare window (closed after the test)."""

    def make(a: Chart | None = None, b: Chart | None = None, **kwargs: object) -> CompareWindow:
        window = CompareWindow(a or chart_before(), b or chart_after(), "before.yaml", "after.yaml", **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


@pytest.fixture
def window(make_compare: WindowFactory) -> CompareWindow:
    return make_compare()
