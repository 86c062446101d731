"""Wording: one vocabulary for scopes (legend, findings, trace), counts in the right number."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from orgeditor.model import Chart, ReportingLine
from orgeditor.render.diagram import legend_rows
from orgeditor.render.theme import get_theme
from orgeditor.rules.findings import Finding
from orgeditor.rules.index import SCOPE_PHRASES
from orgeditor.ui.docks.checks import ChecksDock
from orgeditor.ui.main_window import MainWindow

WindowFactory = Callable[[Chart], MainWindow]


def test_the_legend_names_scopes_as_the_findings_do() -> None:
    rows = legend_rows(get_theme("screen"))
    scopes = {key: text for what, key, text in rows if what == "scope"}
    assert scopes == dict(SCOPE_PHRASES)
    assert scopes["all"] == "all settings"


def test_the_trace_box_and_its_chains_use_the_same_words(window: MainWindow) -> None:
    combo = window.scope_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Trace: all settings", "Trace: mission settings", "Trace: non-mission settings"]
    assert window.actions_by_name["scope_all"].text().replace("&", "") == "All Lines"


def test_a_finding_names_a_unit_s_lines_by_their_settings(window: MainWindow) -> None:
    chart = window.chart
    unit = next(u for u in chart if u.reports_to)
    chart.update_unit(unit.with_changes(reports_to=(ReportingLine(unit.reports_to[0].to, "all"),)))
    messages = " ".join(f.message for f in window.document.findings)
    assert "(all)" not in messages and "(mission)" not in messages


def test_check_counts_are_in_the_right_number(qtbot: QtBot) -> None:
    dock = ChecksDock()
    qtbot.addWidget(dock)
    one = Finding("chart.x", "error", "One", "", ())
    dock.set_findings([one, Finding("chart.y", "warning", "Two", "", ())])
    assert dock.windowTitle() == "Checks — 1 error, 1 warning"
    dock.set_findings([one, Finding("chart.z", "error", "Three", "", ())])
    assert dock.windowTitle() == "Checks — 2 errors, 0 warnings"
