"""The export plan carries what the editor draws with: tiers of the whole chart, link label spots."""

from __future__ import annotations

import itertools
import math

import pytest

from orgeditor.model import Chart
from orgeditor.render.export_plan import ExportPlan, plan_export
from orgeditor.render.tiers import card_tiers

Point = tuple[float, float]


def on_route(point: Point, route: list[Point]) -> bool:
    """Whether *point* lies on one of the (orthogonal) segments of *route*."""
    x, y = point
    for (ax, ay), (bx, by) in itertools.pairwise(route):
        inside_x = min(ax, bx) - 0.5 <= x <= max(ax, bx) + 0.5
        inside_y = min(ay, by) - 0.5 <= y <= max(ay, by) + 0.5
        if inside_x and inside_y:
            return True
    return False


def test_a_branch_keeps_the_tiers_of_the_whole_chart(pillar: Chart) -> None:
    plan = plan_export(pillar, unit="dpo")
    assert {u: plan.tiers[u] for u in ("dpo", "orolsi", "oma", "police")} == {
        "dpo": 1,  # not a root here
        "orolsi": 2,
        "oma": 2,
        "police": 2,
    }


def test_given_tiers_are_used_as_they_are(pillar: Chart) -> None:
    tiers = card_tiers(pillar)
    tiers["dpo"] = 3
    assert plan_export(pillar, unit="dpo", tiers=tiers).tiers["dpo"] == 3


def _laid_out(pillar: Chart, how: str) -> ExportPlan:
    if how == "saved":
        grid = {uid: (float(i % 4 * 300), float(i // 4 * 160)) for i, uid in enumerate(pillar.units)}
        pillar.set_positions(grid)
    return plan_export(pillar, stacked=how != "tidy")


@pytest.mark.parametrize("how", ["computed", "tidy", "saved"])
def test_every_link_has_a_label_spot_on_its_route(pillar: Chart, how: str) -> None:
    plan = _laid_out(pillar, how)
    assert plan.link_routes
    assert set(plan.label_points) == set(plan.link_routes)
    for key, point in plan.label_points.items():
        assert on_route(point, plan.link_routes[key]), key


def test_label_spots_stay_off_the_cards(pillar: Chart) -> None:
    plan = plan_export(pillar)
    for key, (x, y) in plan.label_points.items():
        for uid in plan.positions:
            cx, cy, cw, ch = plan.card_rect(uid)
            assert not (cx < x < cx + cw and cy < y < cy + ch), (key, uid)
        assert all(math.isfinite(v) for v in (x, y))


def test_group_names_are_those_drawn(pillar: Chart) -> None:
    assert plan_export(pillar).group_names == ["Standing Principals' Group"]
    assert plan_export(pillar, unit="dpo").group_names == []  # one member left: no group
