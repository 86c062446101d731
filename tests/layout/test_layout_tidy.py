"""The tidy layout on random forests, huge charts and deep chains."""

from __future__ import annotations

import itertools
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.layout import LayoutResult, card_rect, compute_layout
from orgeditor.layout.geometry import SpatialIndex
from orgeditor.layout.structure import analyse
from orgeditor.layout.tidy import tidy_layout
from orgeditor.model import Chart, ReportingLine, Unit

Spec = list[tuple[int, int, float, float]]  # (manager index or -1, second manager or -1, w, h)


def build(spec: Spec) -> tuple[Chart, dict[str, tuple[float, float]]]:
    chart = Chart()
    sizes: dict[str, tuple[float, float]] = {}
    with chart.batch():
        for i, (manager, second, w, h) in enumerate(spec):
            lines: tuple[ReportingLine, ...] = ()
            if 0 <= manager < i:
                lines = (ReportingLine(f"u{manager}"),)
                if 0 <= second < i and second != manager:
                    lines = (
                        ReportingLine(f"u{manager}", "non-mission"),
                        ReportingLine(f"u{second}", "mission"),
                    )
            chart.add_unit(Unit(f"u{i}", f"Unit {i}", "unit", reports_to=lines))
            sizes[f"u{i}"] = (w, h)
    return chart, sizes


def no_overlap(positions: dict[str, tuple[float, float]], sizes: dict[str, tuple[float, float]]) -> bool:
    index = SpatialIndex()
    for uid, pos in positions.items():
        rect = card_rect(pos, sizes[uid])
        if index.hits(rect, -0.01):
            return False
        index.add(rect)
    return True


@st.composite
def forests(draw: st.DrawFn, max_size: int = 60) -> Spec:
    n = draw(st.integers(1, max_size))
    spec: Spec = []
    for i in range(n):
        manager = draw(st.integers(-1, i - 1)) if i else -1
        second = draw(st.one_of(st.just(-1), st.integers(-1, i - 1))) if i else -1
        w = draw(st.sampled_from([80.0, 160.0, 220.0, 300.0]))
        h = draw(st.sampled_from([40.0, 84.0, 120.0]))
        spec.append((manager, second, w, h))
    return spec


def routes_are_sound(result: LayoutResult, sizes: dict[str, tuple[float, float]]) -> bool:
    """Every route is made of horizontal and vertical runs from card edge to card edge."""
    for (uid, manager, _), points in result.routes.items():
        if not all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(points)):
            return False
        for point, unit in ((points[0], manager), (points[-1], uid)):
            x, y, w, h = card_rect(result.positions[unit], sizes[unit])
            px, py = point
            inside = x - 1 <= px <= x + w + 1 and y - 1 <= py <= y + h + 1
            if not inside or min(abs(px - x), abs(px - x - w), abs(py - y), abs(py - y - h)) > 1:
                return False
    return True


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forests())
def test_random_forests_tidy(spec: Spec) -> None:
    chart, sizes = build(spec)
    result = compute_layout(chart, sizes, method="tidy")
    assert set(result.positions) == set(chart.units)
    assert no_overlap(result.positions, sizes)
    assert routes_are_sound(result, sizes)
    assert result == compute_layout(chart, sizes, method="tidy")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forests(40))
def test_random_forests_dot(spec: Spec) -> None:
    chart, sizes = build(spec)
    result = compute_layout(chart, sizes, method="dot")
    assert set(result.positions) == set(chart.units)
    assert no_overlap(result.positions, sizes)
    assert routes_are_sound(result, sizes)


@settings(max_examples=40, deadline=None)
@given(forests(30), st.data())
def test_random_pins_are_kept(spec: Spec, data: st.DataObject) -> None:
    chart, sizes = build(spec)
    ids = list(chart.units)
    pinned = data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
    keep = {uid: (i * 1000.0, -500.0) for i, uid in enumerate(pinned)}
    result = compute_layout(chart, sizes, method="tidy", keep=keep)
    assert all(result.positions[uid] == pos for uid, pos in keep.items())
    assert no_overlap(result.positions, sizes)


def chain_chart(n: int) -> Chart:
    chart = Chart()
    with chart.batch():
        chart.add_unit(Unit("u0", "Unit 0", "unit"))
        for i in range(1, n):
            chart.add_unit(Unit(f"u{i}", f"Unit {i}", "unit", reports_to=(ReportingLine(f"u{i - 1}"),)))
    return chart


def test_deep_chain_without_recursion() -> None:
    chart = chain_chart(5000)
    result = compute_layout(chart, method="tidy")
    ys = [result.positions[f"u{i}"][1] for i in range(5000)]
    assert ys == sorted(ys) and len(set(ys)) == 5000
    assert len({x for x, _ in result.positions.values()}) == 1


def test_twenty_thousand_units() -> None:
    chart = Chart()
    with chart.batch():
        chart.add_unit(Unit("u0", "Unit 0", "unit"))
        for i in range(1, 20000):
            # depth grows to about 30: each unit reports to one of the few units before it
            manager = i - 1 - (i * 7919) % min(i, 600)
            chart.add_unit(Unit(f"u{i}", "U", "unit", reports_to=(ReportingLine(f"u{manager}"),)))
    depth = max(len(chart.chain(f"u{i}")) for i in range(0, 20000, 97))
    assert depth >= 30
    start = time.perf_counter()
    result = compute_layout(chart, method="tidy")
    assert time.perf_counter() - start < 10
    assert len(result.positions) == 20000
    assert no_overlap(result.positions, {u: (220.0, 84.0) for u in chart.units})


def test_many_leaves_are_stacked_compactly() -> None:
    spec: Spec = [(-1, -1, 220.0, 84.0)] + [(0, -1, 220.0, 84.0)] * 40
    chart, sizes = build(spec)
    result = compute_layout(chart, sizes, method="tidy")
    width = result.bounds[2]
    assert width < 40 * 220 / 4
    for i in range(1, 41):
        route = result.routes[(f"u{i}", "u0", "all")]
        assert route[0] == (result.positions["u0"][0], 84.0)
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in itertools.pairwise(route))


def test_dual_unit_hangs_between_its_managers() -> None:
    spec: Spec = [(-1, -1, 220.0, 84.0), (0, -1, 220.0, 84.0), (0, -1, 220.0, 84.0)]
    spec += [(1, -1, 220.0, 84.0)] * 3 + [(2, -1, 220.0, 84.0)] * 3 + [(1, 2, 220.0, 84.0)]
    chart, sizes = build(spec)
    tidy = tidy_layout(analyse(chart, sizes, ()))
    pos = tidy.positions
    assert pos["u1"][0] < pos["u9"][0] < pos["u2"][0]
    assert pos["u9"][1] == pos["u3"][1]


def test_many_dual_units_between_the_same_two_managers() -> None:
    spec: Spec = [(-1, -1, 220.0, 84.0), (0, -1, 220.0, 84.0), (0, -1, 220.0, 84.0)]
    spec += [(1, 2, 220.0, 84.0)] * 12
    chart, sizes = build(spec)
    for method in ("tidy", "dot"):
        result = compute_layout(chart, sizes, method=method)
        assert no_overlap(result.positions, sizes)
        assert routes_are_sound(result, sizes)
        assert len(result.routes) == 2 + 24
