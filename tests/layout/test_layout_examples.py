"""The shipped example charts laid out as a new user first sees them: compact, readable, clean."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.layout import DEFAULT_CARD_SIZE, LayoutResult, card_rect, compute_layout
from orgeditor.layout.geometry import Rect, rects_overlap
from orgeditor.layout.labels import label_size
from orgeditor.model import Chart

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GROUP = (240.0, 56.0)
PILLAR = ["proposal-2017", "implemented-2019", "variant-four-asgs", "variant-orolsi-in-dppa"]
ALL = [*PILLAR, "baseline-2017"]


def example(name: str) -> Chart:
    return load_chart(EXAMPLES / f"{name}.yaml")


def rects(result: LayoutResult) -> dict[str, Rect]:
    found = {uid: card_rect(pos, DEFAULT_CARD_SIZE) for uid, pos in result.positions.items()}
    found.update({f"group:{gid}": card_rect(pos, GROUP) for gid, pos in result.group_positions.items()})
    return found


def through_cards(points: list[tuple[float, float]], boxes: dict[str, Rect], ends: set[str]) -> list[str]:
    """Cards (other than *ends*) that a segment of *points* runs through."""
    hit: list[str] = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        for uid, (x, y, w, h) in boxes.items():
            if uid not in ends and rects_overlap(seg, (x + 1, y + 1, w - 2, h - 2)):
                hit.append(uid)
    return hit


@pytest.mark.parametrize("name", ALL)
def test_compact_with_a_screen_like_shape(name: str) -> None:
    _, _, width, height = compute_layout(example(name)).bounds
    assert width <= 5000, width
    assert 1.5 <= width / height <= 3.5, (width, height)
    # fit to a 1,150 x 800 chart view: the overview's type stays readable
    assert min(1150 / width, 800 / height) >= 0.23


@pytest.mark.parametrize("name", ALL)
def test_nothing_overlaps_and_no_line_runs_through_a_card(name: str) -> None:
    chart = example(name)
    result = compute_layout(chart)
    boxes = rects(result)
    assert [p for p in itertools.combinations(boxes, 2) if rects_overlap(boxes[p[0]], boxes[p[1]])] == []
    for (uid, manager, scope), points in result.routes.items():
        assert through_cards(points, boxes, {uid, manager}) == [], (uid, manager, scope)
    for (source, target, kind), points in result.link_routes.items():
        assert through_cards(points, boxes, {source, target}) == [], (source, target, kind)
    members = {(gid, m) for gid, group in chart.groups.items() for m in group.members}
    assert set(result.member_routes) == members
    for (gid, member), points in result.member_routes.items():
        assert through_cards(points, boxes, {member, f"group:{gid}"}) == [], (gid, member)


@pytest.mark.parametrize("name", PILLAR)
def test_pillar_reads_at_a_glance(name: str) -> None:
    chart = example(name)
    result = compute_layout(chart)
    pos = result.positions
    dppa, dpo = pos["dppa"], pos["dpo"]
    assert dppa[1] == dpo[1] and dppa[0] < dpo[0]
    asgs = [u for u in chart.units if {line.to for line in chart.unit(u).reports_to} == {"dppa", "dpo"}]
    assert len(asgs) >= 3
    for asg in asgs:
        assert dppa[0] < pos[asg][0] < dpo[0], asg
        assert pos[asg][1] > dppa[1]
        for manager in ("dppa", "dpo"):
            route = next(r for (u, m, _), r in result.routes.items() if u == asg and m == manager)
            assert route[-1][1] == pytest.approx(pos[asg][1] - DEFAULT_CARD_SIZE[1] / 2)  # from above
    group = next(g for g, grp in chart.groups.items() if "dppa" in grp.members)
    gy = result.group_positions[group][1]
    assert all(gy < pos[m][1] for m in chart.groups[group].members)


def test_leaves_hang_in_a_column_under_their_manager() -> None:
    pos = compute_layout(example("proposal-2017")).positions
    missions = ["monusco", "minusca", "minusma", "unmil"]
    xs = {pos[m][0] for m in missions}
    assert len(xs) == 1  # one column under the Africa II division
    assert [pos[m][1] for m in missions] == sorted(pos[m][1] for m in missions)
    assert pos["africa-ii-division"][1] < pos["monusco"][1]


def test_the_secretary_generals_offices_are_assistants() -> None:
    pos = compute_layout(example("proposal-2017")).positions
    sg, eosg, hlab, dppa = pos["sg"], pos["eosg"], pos["hlab-mediation"], pos["dppa"]
    assert sg[1] < eosg[1] < dppa[1] and sg[1] < hlab[1] < dppa[1]
    assert eosg[0] < sg[0] < hlab[0]


def test_the_old_wide_layouts_are_still_there() -> None:
    chart = example("proposal-2017")
    assert compute_layout(chart, method="dot").bounds[2] > 1.5 * compute_layout(chart).bounds[2]


@pytest.mark.parametrize("name", ALL)
def test_link_labels_sit_in_gaps(name: str) -> None:
    result = compute_layout(example(name))
    assert set(result.label_points) == set(result.link_routes)
    boxes = rects(result)
    others = [*result.routes.values(), *result.member_routes.values()]
    for key, (x, y) in result.label_points.items():
        w, h = label_size(key[2])
        box = (x - w / 2, y - h / 2, w, h)
        assert [u for u, r in boxes.items() if rects_overlap(box, r)] == [], key
        crossing = [
            (a, b)
            # a link's label may sit where it shares its run with a link of its source and kind
            for points in [
                *others,
                *(r for k, r in result.link_routes.items() if (k[0], k[2]) != (key[0], key[2])),
            ]
            for a, b in itertools.pairwise(points)
            if rects_overlap(box, (min(a[0], b[0]), min(a[1], b[1]), abs(a[0] - b[0]), abs(a[1] - b[1])))
        ]
        assert crossing == [], key


def runs_on_each_other(
    first: list[list[tuple[float, float]]], second: list[list[tuple[float, float]]]
) -> int:
    """How many runs of *first* lie on a run of *second* (same line, overlapping > 3 px)."""
    count = 0
    for points in first:
        for a, b in itertools.pairwise(points):
            for other in second:
                for c, d in itertools.pairwise(other):
                    if a[0] == b[0] == c[0] == d[0] or (
                        abs(a[0] - b[0]) < 1e-6 and abs(c[0] - d[0]) < 1e-6 and abs(a[0] - c[0]) < 1
                    ):
                        lo, hi = min(a[1], b[1]), max(a[1], b[1])
                        s, e = min(c[1], d[1]), max(c[1], d[1])
                    elif abs(a[1] - b[1]) < 1e-6 and abs(c[1] - d[1]) < 1e-6 and abs(a[1] - c[1]) < 1:
                        lo, hi = min(a[0], b[0]), max(a[0], b[0])
                        s, e = min(c[0], d[0]), max(c[0], d[0])
                    else:
                        continue
                    if min(hi, e) - max(lo, s) > 3:
                        count += 1
    return count


@pytest.mark.parametrize("name", ALL)
def test_links_and_group_lines_never_run_on_reporting_lines(name: str) -> None:
    result = compute_layout(example(name))
    lines = list(result.routes.values())
    assert runs_on_each_other(list(result.link_routes.values()), lines) == 0
    assert runs_on_each_other(list(result.member_routes.values()), lines) == 0
