"""The editor in French shows French everywhere it speaks (issue 21 point 5): counts with the
French plural ("0 erreur") and number groups ("1 181"), the chart's vocabulary, the cards, the
compare window's differences — while the chart file keeps its own English words."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.ui import i18n
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.post_text import PostText, number

WindowFactory = Callable[[Chart], MainWindow]
NNBSP = "\u202f"  # French groups digits with a narrow no-break space


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    if not i18n.qm_path("fr").is_file():
        pytest.fail(f"{i18n.qm_path('fr')} is missing: run bash scripts/setup.sh")
    previous = QLocale()
    assert i18n.install_translators("fr", qapp)
    yield
    i18n.install_translators("en", qapp)
    QLocale.setDefault(previous)


def test_counts_use_french_plurals_and_number_groups(french: None) -> None:
    counts = PostText()
    assert [counts.errors(n) for n in (0, 1, 2)] == ["0 erreur", "1 erreur", "2 erreurs"]
    assert counts.posts(1181) == f"1{NNBSP}181 postes"
    assert number(20000) == f"20{NNBSP}000"


def test_counts_in_english_keep_the_english_plural(qapp: QApplication) -> None:
    counts = PostText()
    assert [counts.errors(n) for n in (0, 1, 2)] == ["0 errors", "1 error", "2 errors"]
    assert counts.posts(1181) == "1,181 posts"


def test_status_bar_in_french(french: None, make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    expected = f"72 entités · 1{NNBSP}181 postes · 0 erreur · 0 avertissement · 1 information"
    qtbot.waitUntil(lambda: expected in window.counts_label.text(), timeout=10000)
    assert f"1{NNBSP}181 postes" in window.properties.chart_info.text()
