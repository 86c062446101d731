"""The render hook that marks cards with a colour of their own (orgeditor.render.highlight)."""

from __future__ import annotations

from pathlib import Path

from compare_helpers import small_chart

from orgeditor.io import load_chart
from orgeditor.render.highlight import CHANGE_HIGHLIGHTS, Highlight, highlighted_svg


def test_marked_cards_carry_their_colour_and_tag(tmp_path: Path) -> None:
    chart = load_chart(small_chart(tmp_path, "c.yaml"))
    plain = highlighted_svg(chart, {})
    marked = highlighted_svg(chart, {"office": CHANGE_HIGHLIGHTS["added"]})
    assert plain.lstrip().startswith("<?xml") and "</svg>" in marked
    assert "#188038" not in plain.lower()
    assert "#188038" in marked.lower()
    assert ">added<" in marked


def test_unknown_ids_are_skipped(tmp_path: Path) -> None:
    chart = load_chart(small_chart(tmp_path, "c.yaml"))
    assert "#123456" not in highlighted_svg(chart, {"nowhere": Highlight("#123456", "x")}).lower()


def test_a_moved_line_is_dashed() -> None:
    assert CHANGE_HIGHLIGHTS["moved"].dashed and not CHANGE_HIGHLIGHTS["changed"].dashed
