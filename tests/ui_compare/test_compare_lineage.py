"""Lineage in the compare view and in the changes-since-baseline overlay."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.ui.compare import CompareWindow, baseline_changes, open_baseline_compare
from orgeditor.ui.compare.differences import LINEAGE

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_overlay_says_where_a_merged_unit_came_from() -> None:
    changes = baseline_changes(load_chart(EXAMPLES / "proposal-2017.yaml"))
    assert changes.origin("dppa") == "merged from DPA and PBSO (declared)"
    assert "from DPA and PBSO" in changes.tooltip("dppa")
    assert changes.lineage["dppa"].tag == "from DPA + PBSO"
    assert changes.origin("dpo") == "succeeds DPKO (declared)"
    assert changes.lineage["dos"].tag == "from DFS + 5 more"
    assert changes.fates["dpa"].tip == "merged into DPPA (declared)"
    assert changes.origin("eosg") is None


def test_compare_with_baseline_tags_merged_cards_with_their_origins(qtbot: QtBot) -> None:
    window = open_baseline_compare(None, load_chart(EXAMPLES / "proposal-2017.yaml"))
    qtbot.addWidget(window)
    assert isinstance(window, CompareWindow)
    card = window.scene_b.cards["dppa"]
    assert card.tag_text() == "from DPA + PBSO"
    assert "Merged from DPA and PBSO" in card.toolTip()
    assert window.scene_a.cards["dpa"].tag_text() == "into DPPA"
    assert "DPPA" in window.scene_b.cards["dpa"].toolTip()  # the ghost of DPA on B's side
    # one rule set: the baseline names no rulebook, yet the findings the proposal resolves show
    assert window.diff.findings_checked and len(window.diff.findings_resolved) > 10
    first = window.model.first_change()
    assert first is not None and first.parent().data().startswith(LINEAGE)
    assert first.data().startswith("DPA + PBSO → DPPA")


def test_a_split_shows_its_parts(qtbot: QtBot) -> None:
    window = CompareWindow(
        load_chart(EXAMPLES / "proposal-2017.yaml"), load_chart(EXAMPLES / "implemented-2019.yaml"), "a", "b"
    )
    qtbot.addWidget(window)
    source = window.scene_a.cards["africa-i-division"]
    assert "Split into Western Africa Division, Northern Africa Division" in source.toolTip()
    part = window.scene_b.cards["western-africa-division"]
    assert "Split from Africa I Division and Africa II Division" in part.toolTip()
    assert part.tag_text() == "from Africa I Division + 1 more"
