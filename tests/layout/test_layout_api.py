"""compute_layout on the proposal: everything placed, nothing overlaps, the pillar reads right."""

from __future__ import annotations

import itertools

import pytest

from orgeditor.layout import DEFAULT_CARD_SIZE, LayoutResult, card_rect, compute_layout
from orgeditor.layout.geometry import Rect, rects_overlap
from orgeditor.model import Chart, ReportingLine, Unit

METHODS = ["tidy", "dot"]
ASGS = ("asg-africa", "asg-meap", "asg-eca")
GROUP = (240.0, 56.0)


def all_rects(result: LayoutResult) -> list[tuple[str, Rect]]:
    rects = [(uid, card_rect(pos, DEFAULT_CARD_SIZE)) for uid, pos in result.positions.items()]
    rects += [(gid, card_rect(pos, GROUP)) for gid, pos in result.group_positions.items()]
    return rects


def overlaps(result: LayoutResult) -> list[tuple[str, str]]:
    rects = all_rects(result)
    return [(a, b) for (a, ra), (b, rb) in itertools.combinations(rects, 2) if rects_overlap(ra, rb)]


def on_edge(point: tuple[float, float], rect: Rect, tol: float = 2.0) -> bool:
    x, y = point
    rx, ry, rw, rh = rect
    inside = rx - tol <= x <= rx + rw + tol and ry - tol <= y <= ry + rh + tol
    near = min(abs(x - rx), abs(x - rx - rw), abs(y - ry), abs(y - ry - rh)) <= tol
    return inside and near


@pytest.mark.parametrize("method", METHODS)
def test_every_unit_placed_and_nothing_overlaps(proposal: Chart, method: str) -> None:
    result = compute_layout(proposal, method=method)
    assert result.method == method
    assert set(result.positions) == set(proposal.units)
    assert set(result.group_positions) == {"spg"}
    assert overlaps(result) == []


@pytest.mark.parametrize("method", METHODS)
def test_routes_join_card_edges(proposal: Chart, method: str) -> None:
    result = compute_layout(proposal, method=method)
    expected = {(u.id, line.to, line.scope) for u in proposal.units.values() for line in u.reports_to}
    assert set(result.routes) == expected
    for (uid, manager, _), points in result.routes.items():
        assert len(points) >= 2
        assert on_edge(points[0], card_rect(result.positions[manager], DEFAULT_CARD_SIZE))
        assert on_edge(points[-1], card_rect(result.positions[uid], DEFAULT_CARD_SIZE))
    assert set(result.link_routes) == {("pbf", "eosg", "functional"), ("hlab", "sg", "advises")}


@pytest.mark.parametrize("method", METHODS)
def test_regional_asgs_sit_between_the_departments(proposal: Chart, method: str) -> None:
    pos = compute_layout(proposal, method=method).positions
    assert pos["dppa"][0] < pos["dpo"][0]
    for asg in ASGS:
        assert pos["dppa"][0] < pos[asg][0] < pos["dpo"][0], asg
        assert pos[asg][1] > pos["dppa"][1]


@pytest.mark.parametrize("method", METHODS)
def test_group_above_its_members(proposal: Chart, method: str) -> None:
    result = compute_layout(proposal, method=method)
    gy = result.group_positions["spg"][1]
    assert all(gy < result.positions[m][1] for m in ("dppa", "dpo", "eosg"))


@pytest.mark.parametrize("method", METHODS)
def test_deterministic(proposal: Chart, method: str) -> None:
    first = compute_layout(proposal, method=method)
    second = compute_layout(proposal.copy(), method=method)
    assert first == second


@pytest.mark.parametrize("method", METHODS)
def test_hidden_units_and_their_lines_are_left_out(proposal: Chart, method: str) -> None:
    hidden = [u for u in proposal.subtree("orolsi") if u != "orolsi"]
    result = compute_layout(proposal, method=method, hidden=hidden)
    assert not set(hidden) & set(result.positions)
    assert all(not {k[0], k[1]} & set(hidden) for k in result.routes)
    assert "orolsi" in result.positions
    assert overlaps(result) == []


@pytest.mark.parametrize("method", METHODS)
def test_pinned_cards_stay_exactly(proposal: Chart, method: str) -> None:
    keep = {"dppa": (-1000.0, 500.0), "minusma": (0.0, 0.0), "sg": (13.5, -300.25)}
    result = compute_layout(proposal, method=method, keep=keep)
    for uid, pos in keep.items():
        assert result.positions[uid] == pos
    assert set(result.positions) == set(proposal.units)
    assert overlaps(result) == []
    for (uid, manager, _), points in result.routes.items():
        assert on_edge(points[0], card_rect(result.positions[manager], DEFAULT_CARD_SIZE))
        assert on_edge(points[-1], card_rect(result.positions[uid], DEFAULT_CARD_SIZE))


@pytest.mark.parametrize("method", METHODS)
def test_sizes_are_respected(proposal: Chart, method: str) -> None:
    sizes = {uid: (300.0, 120.0) if uid.startswith("un") else (160.0, 60.0) for uid in proposal.units}
    result = compute_layout(proposal, sizes, method=method)
    rects = [card_rect(result.positions[u], sizes[u]) for u in proposal.units]
    assert not any(rects_overlap(a, b) for a, b in itertools.combinations(rects, 2))


def test_bounds_enclose_everything(proposal: Chart) -> None:
    result = compute_layout(proposal, method="tidy")
    bx, by, bw, bh = result.bounds
    for _, (x, y, w, h) in all_rects(result):
        assert bx <= x and x + w <= bx + bw + 1e-6
        assert by <= y and y + h <= by + bh + 1e-6


def test_auto_uses_the_compact_tidy_layout(proposal: Chart) -> None:
    assert compute_layout(proposal).method == "tidy"


def test_empty_chart_and_bad_method() -> None:
    result = compute_layout(Chart(), method="tidy")
    assert result.positions == {} and result.bounds == (0.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="layout method"):
        compute_layout(Chart(), method="neato")


def test_cycles_still_place_every_unit() -> None:
    chart = Chart()
    chart.add_unit(Unit("a", "A", "office"))
    chart.add_unit(Unit("b", "B", "office", reports_to=(ReportingLine("a"),)))
    chart.update_unit(chart.unit("a").with_changes(reports_to=(ReportingLine("b"),)))
    for method in METHODS:
        result = compute_layout(chart, method=method)
        assert set(result.positions) == {"a", "b"}
        assert overlaps(result) == []
