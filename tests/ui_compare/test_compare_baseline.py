"""The changes overlay against a chart's baseline, and File ▸ Compare with baseline."""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_pairs import chart_after, chart_before
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart, save_chart
from orgeditor.model import Chart
from orgeditor.ui.compare import (
    BaselineError,
    CompareWindow,
    baseline_changes,
    baseline_path,
    load_baseline_chart,
    open_baseline_compare,
)


def _saved_pair(folder: Path, baseline: str = "base/before.yaml") -> Chart:
    (folder / "base").mkdir()
    save_chart(chart_before(), folder / "base" / "before.yaml")
    after = chart_after()
    after.set_meta(baseline=baseline)
    save_chart(after, folder / "after.yaml")
    return load_chart(folder / "after.yaml")


def test_baseline_is_found_relative_to_the_chart(tmp_path: Path) -> None:
    chart = _saved_pair(tmp_path)
    assert baseline_path(chart) == (tmp_path / "base" / "before.yaml").resolve()
    assert load_baseline_chart(chart).title == "Before"


def test_statuses_for_tinting_the_editor_cards(tmp_path: Path) -> None:
    changes = baseline_changes(_saved_pair(tmp_path))
    assert changes.statuses == {
        "sg": "same",
        "dppa": "changed",
        "dpo": "same",
        "div-x": "same",
        "div-new": "added",
        "mission-m": "changed",
        "stray": "added",
    }
    assert changes.display["mission-m"] == "moved"
    assert changes.removed == ("old-unit",)
    assert changes.changed_units() == ["dppa", "div-new", "mission-m", "stray"]
    assert not changes.diff.findings_checked  # rules only when asked (check=True)


def test_missing_or_broken_baselines_raise_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="names no baseline"):
        baseline_changes(chart_after())
    chart = _saved_pair(tmp_path, baseline="nowhere.yaml")
    with pytest.raises(BaselineError, match=r"nowhere\.yaml"):
        load_baseline_chart(chart)
    (tmp_path / "broken.yaml").write_text("orgchart: 1\ntitle: [\n", encoding="utf-8")
    chart.set_meta(baseline="broken.yaml")
    with pytest.raises(BaselineError, match=r"broken\.yaml:"):
        load_baseline_chart(chart)


def test_compare_with_baseline_opens_a_window(tmp_path: Path, qtbot: QtBot) -> None:
    window = open_baseline_compare(None, _saved_pair(tmp_path))
    qtbot.addWidget(window)
    assert isinstance(window, CompareWindow)
    assert window.isVisible()
    assert window.labels == ("base/before.yaml (baseline)", "after.yaml")
    assert window.scene_b.cards["div-new"].status == "added"
