"""The list of differences and its model."""

from __future__ import annotations

from compare_pairs import chart_after, chart_before
from pytestqt.qtbot import QtBot

from orgeditor.diff import diff_charts
from orgeditor.ui.compare.differences import UNITS_ROLE, DifferencesModel, diff_entries


def test_entries_cover_every_category_with_their_units() -> None:
    diff = diff_charts(chart_before(), chart_after())
    got = {(e.category, e.text, e.units) for e in diff_entries(diff)}
    assert ("Units added", "New Division — division under DPPA", ("div-new",)) in got
    assert ("Units added", "Stray Office — office with no reporting line", ("stray",)) in got
    assert ("Units removed", "Old Unit — unit under DPO", ("old-unit",)) in got
    assert ("Units changed", "DPPA — posts 30 → 25", ("dppa",)) in got
    assert (
        "Reporting lines moved",
        "Mission M: Division X (mission) → DPO (mission)",
        ("mission-m", "div-x", "dpo"),
    ) in got
    assert ("Links", "removed: DPPA informs DPO", ("dppa", "dpo")) in got
    assert ("Groups", "Principals: joined by Secretary-General", ("sg",)) in got
    assert ("Chart", "Title: Before → After", ()) in got
    findings = [e for e in diff_entries(diff) if e.category == "Findings new"]
    assert [(e.text, e.units) for e in findings] == [
        ("Secretary-General, Stray Office — error chart.single-root", ("sg", "stray"))
    ]
    assert "expected exactly 1" in findings[0].detail


def test_model_groups_rows_under_counted_categories(qtbot: QtBot) -> None:
    model = DifferencesModel(diff_charts(chart_before(), chart_after()))
    categories = [model.item(r).text() for r in range(model.rowCount())]
    assert categories[:5] == [
        "Chart (1)",
        "Findings new (1)",
        "Units added (2)",
        "Units removed (1)",
        "Units changed (1)",
    ]
    rows = model.rows_naming("mission-m")
    assert [row.text() for row in rows] == ["Mission M: Division X (mission) → DPO (mission)"]
    assert rows[0].data(UNITS_ROLE) == ("mission-m", "div-x", "dpo")
    assert rows[0].toolTip().startswith("Mission M")
