"""Lines from a group's body to its members go around cards, not through them."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QRectF
from ui_charts import EXAMPLES

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.placement import member_route


def crosses(points: list[tuple[float, float]], rect: QRectF) -> bool:
    inner = rect.adjusted(2, 2, -2, -2)
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        segment = QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2)))
        if inner.intersects(segment.adjusted(-0.5, -0.5, 0.5, 0.5)):
            return True
    return False


def test_member_route_goes_around_a_card_in_the_way() -> None:
    group = QRectF(0, 0, 200, 50)
    member = QRectF(0, 400, 200, 80)
    in_the_way = QRectF(-20, 200, 240, 80)
    route = member_route(group, member, [in_the_way])
    assert not crosses(route, in_the_way)
    assert route[0] != route[-1]


@pytest.mark.parametrize("name", ["proposal-2017.yaml", "implemented-2019.yaml"])
def test_group_lines_of_the_examples_cross_no_card(
    make_window: Callable[[Chart], MainWindow], name: str
) -> None:
    window = make_window(load_chart(EXAMPLES / name))
    scene = window.scene
    assert scene.members
    for (_group, member), line in scene.members.items():
        for unit_id, card in scene.cards.items():
            if unit_id != member and card.isVisible():
                assert not crosses(list(line.points), card.rect()), (member, unit_id)


def test_group_lines_come_from_the_layout_until_an_end_moves(
    make_window: Callable[[Chart], MainWindow],
) -> None:
    window = make_window(load_chart(EXAMPLES / "proposal-2017.yaml"))
    scene = window.scene
    auto = scene.placement.member_routes
    assert auto and set(auto) == set(scene.members)
    for key, line in scene.members.items():
        assert line.points == auto[key]
    (group_id, member), line = next(iter(scene.members.items()))
    card = scene.cards[member]
    scene.card_pressed(card)
    card.setPos(card.pos() + QPointF(0, 400))
    scene.card_released(card, card.pos())  # a drag: the move is an edit
    moved = scene.members[(group_id, member)].points
    assert moved != auto[(group_id, member)]
    assert moved[-1][1] in (card.rect().top(), card.rect().bottom()) or moved[-1][0] in (
        card.rect().left(),
        card.rect().right(),
    )
