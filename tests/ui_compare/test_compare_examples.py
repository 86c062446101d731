"""The shipped examples: the note of 2017 against the implementation of 2019 in the compare view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.ui.compare import CompareWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AFRICA = (
    "western-africa-division",
    "northern-africa-division",
    "eastern-africa-division",
    "central-southern-africa-division",
)


@pytest.fixture
def story(make_compare: Callable[..., CompareWindow]) -> CompareWindow:
    return make_compare(
        load_chart(EXAMPLES / "proposal-2017.yaml"), load_chart(EXAMPLES / "implemented-2019.yaml")
    )


def test_four_africa_divisions_replace_africa_i_and_ii(story: CompareWindow) -> None:
    for uid in AFRICA:
        assert story.scene_b.cards[uid].status == "added"
        assert story.scene_a.cards[uid].ghost
    for uid in ("africa-i-division", "africa-ii-division"):
        assert story.scene_a.cards[uid].status == "removed"
        assert story.scene_b.cards[uid].ghost


def test_unama_and_unami_move_to_dppa_lines(story: CompareWindow) -> None:
    for uid in ("unama", "unami"):
        assert story.scene_a.cards[uid].status == "moved"
        assert story.scene_b.cards[uid].pos() == story.scene_a.cards[uid].pos()
        added = [k for k, change in story.scene_b.content.lines.items() if k[0] == uid and change == "added"]
        assert added and all(k[2] == "non-mission" for k in added)
    rows = [row.text() for row in story.model.rows_naming("unama")]
    assert any(text.startswith("UNAMA: ") for text in rows)


def test_header_tells_the_totals_and_the_backstopping_findings(story: CompareWindow) -> None:
    assert story.totals_label.text().startswith("Units 72 → 77 (+5) · Posts 1181 → 1181 (±0)")
    header = story.findings_label.text()
    assert "New: error pillar.field-backstopping (¶8(b)" in header  # one finding for the six missions
    assert "UNAMA" in header and "UNAMI" in header
    assert "Resolved: info pillar.gender-parity (¶12)" in header


def test_no_two_cards_overlap(story: CompareWindow) -> None:
    cards = list(story.scene_b.cards.values())
    rects = [card.rect() for card in cards]
    for i, rect in enumerate(rects):
        for j in range(i + 1, len(rects)):
            assert not rect.intersects(rects[j]), (cards[i].unit_id, cards[j].unit_id)
