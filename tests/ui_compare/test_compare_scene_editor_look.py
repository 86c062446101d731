"""Each side of the comparison draws as the editor does: cards at their tier in that side's
chart, links labelled where the layout found room, unlabelled reporting lines, member dots."""

from __future__ import annotations

from typing import Any

import pytest
from compare_pairs import chart_after, chart_before
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from orgeditor.diff import diff_charts
from orgeditor.render.theme import get_theme
from orgeditor.render.tiers import card_tiers
from orgeditor.ui.compare import items
from orgeditor.ui.compare.items import DiffPathItem
from orgeditor.ui.compare.scene import CompareScene
from orgeditor.ui.compare.shared import SharedLayout, shared_layout, side_content


@pytest.fixture
def sides(qtbot: QtBot) -> tuple[SharedLayout, CompareScene, CompareScene]:
    diff = diff_charts(chart_before(), chart_after())
    layout = shared_layout(diff)
    theme = get_theme("screen")
    return (
        layout,
        CompareScene(layout, side_content(diff, "a"), theme),
        CompareScene(layout, side_content(diff, "b"), theme),
    )


def paint(scene: CompareScene) -> None:
    """Draw the whole scene once at full detail (items paint only when drawn)."""
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()


def record(monkeypatch: pytest.MonkeyPatch, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    original = getattr(items, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    monkeypatch.setattr(items, name, recording)
    return calls


def test_cards_take_their_tier_on_their_own_side(
    sides: tuple[SharedLayout, CompareScene, CompareScene],
) -> None:
    _, scene_a, scene_b = sides
    assert scene_a.cards["mission-m"].tier == card_tiers(chart_before())["mission-m"] == 3
    assert scene_b.cards["mission-m"].tier == card_tiers(chart_after())["mission-m"] == 2  # moved up
    assert scene_b.cards["sg"].tier == 0 and scene_b.cards["dppa"].tier == 1


def test_cards_are_drawn_at_their_tier(
    sides: tuple[SharedLayout, CompareScene, CompareScene], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = record(monkeypatch, "draw_card")
    _, scene_a, _ = sides
    paint(scene_a)
    drawn = {args[2].id: kwargs["tier"] for args, kwargs in calls}
    assert drawn["sg"] == 0 and drawn["dppa"] == 1 and drawn["mission-m"] == 3


def test_links_carry_the_layouts_label_spot(sides: tuple[SharedLayout, CompareScene, CompareScene]) -> None:
    layout, scene_a, _ = sides
    links = [item for item in scene_a.items() if isinstance(item, DiffPathItem) and item.kind == "link"]
    assert len(links) == 1  # dppa informs dpo, only in A
    assert links[0].label_point is not None
    assert links[0].label_point == layout.result.label_points[("dppa", "dpo", "informs")]


def test_lines_are_unlabelled_and_member_lines_dot_the_member(
    sides: tuple[SharedLayout, CompareScene, CompareScene], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = record(monkeypatch, "draw_reporting_line")
    members = record(monkeypatch, "draw_member_line")
    links = record(monkeypatch, "draw_link")
    layout, _, scene_b = sides
    paint(scene_b)
    assert lines and all("label_at" not in kw and "label_point" not in kw for _, kw in lines)
    assert len(members) == 3 and all(kw["member_end"] == "last" for _, kw in members)
    member_rects = [layout.rect(uid) for uid in ("dppa", "dpo", "sg")]
    for args, _ in members:
        end = args[1][-1]
        assert any(
            x - 0.5 <= end.x() <= x + w + 0.5 and y - 0.5 <= end.y() <= y + h + 0.5
            for x, y, w, h in member_rects
        )
    assert not links  # B has no link
