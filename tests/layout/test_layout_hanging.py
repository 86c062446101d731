"""Hanging branches, assistants and routes around cards, on small hand-made trees."""

from __future__ import annotations

import itertools

from orgeditor.layout import card_rect, compute_layout
from orgeditor.layout.geometry import rects_overlap
from orgeditor.layout.hanging import COLUMN, GRID, SINGLE, HangOptions, build_shapes
from orgeditor.layout.router import route_around
from orgeditor.model import Chart, ReportingLine, Unit

CARD = (220.0, 84.0)


def tree(edges: dict[str, str], kinds: dict[str, str] | None = None) -> Chart:
    chart = Chart()
    with chart.batch():
        chart.add_unit(Unit("root", "Root", "office"))
        for uid, manager in edges.items():
            kind = (kinds or {}).get(uid, "unit")
            chart.add_unit(Unit(uid, uid.upper(), kind, reports_to=(ReportingLine(manager),)))
    return chart


def test_shapes_column_grid_and_single() -> None:
    # 0 -> 1 (-> 4, 5), 2 (-> 6), 3; 1 has two leaves, 2 a single one, 0 has three narrow reports
    children = [[1, 2, 3], [4, 5], [6], [], [], [], []]
    post = [4, 5, 1, 6, 2, 3, 0]
    depth = [0, 1, 1, 1, 2, 2, 2]
    opt = HangOptions()
    widths, heights = [220.0] * 7, [84.0] * 7
    s = build_shapes(children, post, depth, units=7, widths=widths, heights=heights, opt=opt)
    assert s.mode[1] == COLUMN and s.mode[2] == SINGLE and s.narrow[1] and s.narrow[2]
    assert not s.narrow[0]  # a root keeps its reports in a row
    assert s.offset[4] == (opt.spine_in + opt.indent, 84.0 + opt.first_gap)
    assert s.offset[5][1] == s.offset[4][1] + 84.0 + opt.stack_gap
    assert s.width[1] == opt.spine_in + opt.indent + 220.0
    assert s.offset[6][0] == 0.0  # straight below
    deeper = build_shapes(
        children, post, [1, 2, 2, 2, 3, 3, 3], units=7, widths=widths, heights=heights, opt=opt
    )
    assert deeper.narrow[0] and deeper.mode[0] == COLUMN  # three reports: one column
    capped = build_shapes(
        children, post, depth, units=7, widths=widths, heights=heights, opt=opt, max_height=200.0
    )
    assert not capped.narrow[1] and capped.narrow[2] is False


def test_many_reports_with_reports_hang_in_a_pair_of_columns() -> None:
    edges = {"dept": "root", "other": "root"}
    for i in range(6):
        edges[f"div{i}"] = "dept"
        edges[f"team{i}"] = f"div{i}"
        edges[f"other{i}"] = "other"
        edges[f"sub{i}"] = f"other{i}"
    chart = tree(edges, {"dept": "department", "other": "department"})
    result = compute_layout(chart)
    pos = result.positions
    columns = {pos[f"div{i}"][0] for i in range(6)}
    assert len(columns) == 2  # two columns either side of the department's spine
    left, right = sorted(columns)
    assert left < pos["dept"][0] < right
    rects = [card_rect(p, CARD) for p in pos.values()]
    assert not any(rects_overlap(a, b) for a, b in itertools.combinations(rects, 2))
    route = result.routes[("div0", "dept", "all")]
    assert route[0] == (pos["dept"][0], pos["dept"][1] + 42.0)  # down the spine from the card
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(route))


def test_leaf_reports_of_a_unit_in_a_row_become_assistants() -> None:
    edges = {"a": "root", "b": "root", "staff": "root", "a1": "a", "a2": "a", "b1": "b", "b2": "b"}
    edges.update({"a1x": "a1", "b1x": "b1"})
    pos = compute_layout(tree(edges)).positions
    assert pos["root"][1] < pos["staff"][1] < pos["a"][1]
    assert pos["staff"][0] < pos["root"][0]  # first assistant on the left of the trunk
    assert pos["a"][1] == pos["b"][1]


def test_route_around_goes_round_a_card_in_the_way() -> None:
    start, end = (0.0, 0.0, 100.0, 50.0), (0.0, 300.0, 100.0, 50.0)
    wall = (-50.0, 120.0, 200.0, 60.0)
    path = route_around(start, end, [wall])
    assert path is not None
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(path))
    for (x0, y0), (x1, y1) in itertools.pairwise(path):
        seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        assert not rects_overlap(seg, wall)
    assert path[0][1] in (0.0, 50.0) or path[0][0] in (0.0, 100.0)
    assert path[-1][1] in (300.0, 350.0) or path[-1][0] in (0.0, 100.0)


def test_a_grid_uses_its_shortest_column() -> None:
    children = [[1, 2, 3, 4], [5, 6, 7], [], [], [], [], [], []]
    post = [5, 6, 7, 1, 2, 3, 4, 0]
    depth = [1, 2, 2, 2, 2, 3, 3, 3]
    s = build_shapes(
        children, post, depth, units=8, widths=[220.0] * 8, heights=[84.0] * 8, opt=HangOptions()
    )
    assert s.mode[0] == GRID
    left, right = s.offset[1][0], s.offset[2][0]
    assert left < right
    # 1 is tall: 3 and 4 go under 2 in the right-hand column
    assert s.offset[3][0] == right and s.offset[4][0] == right
