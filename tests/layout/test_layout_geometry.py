"""Elbow routes, polyline clean-up and the overlap-free placement helper."""

from __future__ import annotations

import itertools

from orgeditor.layout import orthogonal_route, simplify_polyline
from orgeditor.layout.geometry import SpatialIndex, place_without_overlap, rects_overlap
from orgeditor.layout.router import member_route, route_members


def is_orthogonal(points: list[tuple[float, float]]) -> bool:
    return all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(points))


def test_route_to_a_unit_below() -> None:
    route = orthogonal_route((0, 0, 100, 50), (300, 200, 100, 50))
    assert route == [(50.0, 50.0), (50.0, 125.0), (350.0, 125.0), (350.0, 200.0)]


def test_route_to_a_unit_straight_below_is_one_segment() -> None:
    assert orthogonal_route((0, 0, 100, 50), (0, 200, 100, 50)) == [(50.0, 50.0), (50.0, 200.0)]


def test_route_to_a_unit_above_and_beside() -> None:
    above = orthogonal_route((300, 200, 100, 50), (0, 0, 100, 50))
    assert above[0] == (350.0, 200.0) and above[-1] == (50.0, 50.0) and is_orthogonal(above)
    right = orthogonal_route((0, 0, 100, 50), (300, 20, 100, 50))
    assert right[0] == (100.0, 25.0) and right[-1] == (300.0, 45.0) and is_orthogonal(right)
    left = orthogonal_route((300, 20, 100, 50), (0, 0, 100, 50))
    assert left[0] == (300.0, 45.0) and left[-1] == (100.0, 25.0)


def test_route_mid_and_end_offsets_are_clamped() -> None:
    route = orthogonal_route((0, 0, 100, 50), (300, 200, 100, 50), mid=180, start_dx=80, end_dx=-10)
    assert route == [(100.0, 50.0), (100.0, 180.0), (340.0, 180.0), (340.0, 200.0)]


def test_overlapping_cards_join_centres() -> None:
    assert orthogonal_route((0, 0, 100, 50), (10, 10, 100, 50)) == [(50.0, 25.0), (60.0, 35.0)]


def test_simplify_drops_duplicates_and_collinear_points() -> None:
    points = [(0.0, 0.0), (0.0, 0.0), (0.0, 3.0), (0.0, 7.0), (5.0, 7.0), (9.0, 7.0)]
    assert simplify_polyline(points) == [(0.0, 0.0), (0.0, 7.0), (9.0, 7.0)]
    # a reversal is kept
    assert simplify_polyline([(0, 0), (0, 10), (0, 5)]) == [(0, 0), (0, 10), (0, 5)]


def test_free_spot_moves_to_the_nearest_gap() -> None:
    index = SpatialIndex()
    index.add((0, 0, 100, 50))
    index.add((120, 0, 100, 50))
    spot = index.free_spot((50, 0, 100, 50), margin=10)
    assert spot == (-110, 0, 100, 50)
    assert index.free_spot((500, 0, 10, 10), margin=10) == (500, 0, 10, 10)


def test_place_without_overlap_keeps_fixed_and_separates_the_rest() -> None:
    fixed = {"a": (0.0, 0.0, 100.0, 50.0)}
    moving = [("b", (10.0, 10.0, 100.0, 50.0)), ("c", (20.0, 0.0, 100.0, 50.0))]
    placed = place_without_overlap(moving, fixed, 8)
    rects = [fixed["a"], placed["b"], placed["c"]]
    assert not any(rects_overlap(rects[i], rects[j]) for i in range(3) for j in range(i + 1, 3))


def test_member_route_is_an_elbow_when_free_and_goes_around_a_card_in_the_way() -> None:
    group, card = (0.0, 0.0, 200.0, 50.0), (0.0, 400.0, 200.0, 80.0)
    free = member_route(group, card, [group, card, (600.0, 200.0, 200.0, 80.0)])
    assert free[0][1] == 50.0 and free[-1][1] == 400.0
    blocker = (-20.0, 200.0, 240.0, 80.0)
    around = member_route(group, card, [group, card, blocker])
    for (x0, y0), (x1, y1) in itertools.pairwise(around):
        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        inside_x = lo_x < blocker[0] + blocker[2] - 1 and hi_x > blocker[0] + 1
        inside_y = lo_y < blocker[1] + blocker[3] - 1 and hi_y > blocker[1] + 1
        assert not (inside_x and inside_y)


def test_group_lines_share_a_search_budget_and_keep_the_elbow_past_it() -> None:
    group = (0.0, 0.0, 200.0, 50.0)
    cards = {f"m{i}": (i * 300.0, 400.0, 200.0, 80.0) for i in range(3)}
    walls = [(i * 300.0 - 20, 200.0, 240.0, 80.0) for i in range(3)]
    ends = {("g", m): (group, card) for m, card in cards.items()}
    obstacles = [group, *cards.values(), *walls]
    routed = route_members(ends, obstacles)
    elbows = route_members(ends, obstacles, budget=0)
    for key, (body, card) in ends.items():
        assert elbows[key] == orthogonal_route(body, card)
        assert routed[key] != elbows[key]
        (x, y), (left, top, width, height) = routed[key][0], body
        assert y in (top, top + height) or x in (left, left + width)  # starts on the body's edge
        for (x0, y0), (x1, y1) in itertools.pairwise(routed[key]):
            seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
            assert not any(rects_overlap(seg, (w[0] + 1, w[1] + 1, w[2] - 2, w[3] - 2)) for w in walls)
    # a budget that lasts for the first line only (26 steps here): the others stay elbows
    few = route_members(ends, obstacles, budget=30)
    assert [k[1] for k in ends if few[k] != elbows[k]] == ["m0"]
