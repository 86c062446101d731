"""The rules a drafter relies on, over random charts: levels that follow the organisation, and
edits that leave every other card where it was."""

from __future__ import annotations

import itertools
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.layout import DEFAULT_CARD_SIZE, LayoutResult, card_rect, compute_layout
from orgeditor.layout.geometry import rects_overlap
from orgeditor.model import RANKS, Chart, Head, ReportingLine, Unit

KINDS = ("office", "department", "division", "section", "mission", "board")
RANK_OF = {rank: i for i, rank in enumerate(RANKS)}
#: (manager index or -1, second manager index or -1, rank or None, kind)
Spec = list[tuple[int, int, str | None, str]]


@st.composite
def charts(draw: st.DrawFn, max_size: int = 40) -> Spec:
    n = draw(st.integers(1, max_size))
    spec: Spec = []
    for i in range(n):
        manager = draw(st.integers(-1, i - 1)) if i else -1
        if i and manager < 0:
            manager = 0  # mostly one tree, as org charts are
        second = -1
        if manager >= 0 and draw(st.integers(0, 5)) == 0:
            siblings = [j for j, s in enumerate(spec) if s[0] == spec[manager][0] and j != manager]
            second = draw(st.sampled_from(siblings)) if siblings else -1
        rank = draw(st.one_of(st.none(), st.sampled_from(RANKS[1:])))
        kind = draw(st.sampled_from(KINDS))
        spec.append((manager, second, rank, kind))
    return spec


def build(spec: Spec) -> Chart:
    chart = Chart()
    with chart.batch():
        for i, (manager, second, rank, kind) in enumerate(spec):
            lines: tuple[ReportingLine, ...] = ()
            if manager >= 0:
                lines = (ReportingLine(f"u{manager}"),)
                if second >= 0:
                    lines = (
                        ReportingLine(f"u{manager}", "non-mission"),
                        ReportingLine(f"u{second}", "mission"),
                    )
            head = Head(rank=rank) if rank else None
            chart.add_unit(Unit(f"u{i}", f"Unit {i}", kind, head=head, reports_to=lines))
    return chart


def managers_of(chart: Chart, uid: str) -> frozenset[str]:
    return frozenset(line.to for line in chart.unit(uid).reports_to)


def peer_groups(chart: Chart) -> dict[frozenset[str], list[str]]:
    """Units grouped by the set of managers they report to."""
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for uid in chart.units:
        managers = managers_of(chart, uid)
        if managers:
            groups[managers].append(uid)
    return groups


def is_branch(chart: Chart, uid: str) -> bool:
    return any(r != uid for r in chart.direct_reports(uid))


def level_problems(chart: Chart, result: LayoutResult) -> list[str]:
    """Breaches of the level rules (see the issue): peers that are branches of one rank and kind
    on different rows, a higher rank below a lower-ranked sibling, shared units off one row."""
    pos = result.positions
    problems: list[str] = []
    for managers, peers in peer_groups(chart).items():
        branches: dict[tuple[str | None, str], list[str]] = defaultdict(list)
        for uid in peers:
            unit = chart.unit(uid)
            if is_branch(chart, uid):
                branches[(unit.rank, unit.kind)].append(uid)
        for key, same in branches.items():
            if len({pos[u][1] for u in same}) > 1:
                problems.append(f"branches {key} under {sorted(managers)} on several rows: {same}")
        for a, b in itertools.permutations(peers, 2):
            ra, rb = chart.unit(a).rank, chart.unit(b).rank
            if ra and rb and RANK_OF[ra] < RANK_OF[rb] and pos[a][1] > pos[b][1] + 0.5:
                problems.append(f"{a} ({ra}) drawn below its lower-ranked sibling {b} ({rb})")
        if len(managers) == 2 and len({pos[u][1] for u in peers}) > 1:
            problems.append(f"units shared by {sorted(managers)} on several rows: {peers}")
    return problems


def below_any(chart: Chart, target: str) -> set[str]:
    """*target* and every unit with a chain of lines of any scope up to it (they move with it)."""
    reports: dict[str, list[str]] = defaultdict(list)
    for uid in chart.units:
        for line in chart.unit(uid).reports_to:
            reports[line.to].append(uid)
    found, stack = {target}, [target]
    while stack:
        for uid in reports[stack.pop()]:
            if uid not in found:
                found.add(uid)
                stack.append(uid)
    return found


def through_cards(result: LayoutResult) -> list[tuple[str, str, str, str]]:
    """(line, card) for every reporting line that runs through a card other than its ends."""
    rects = {u: card_rect(p, DEFAULT_CARD_SIZE) for u, p in result.positions.items()}
    hits = []
    for (uid, manager, scope), points in result.routes.items():
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            seg = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
            for other, (x, y, w, h) in rects.items():
                if other not in (uid, manager) and rects_overlap(seg, (x + 1, y + 1, w - 2, h - 2)):
                    hits.append((uid, manager, scope, other))
    return hits


def overlapping(result: LayoutResult) -> list[tuple[str, str]]:
    rects = {u: card_rect(p, DEFAULT_CARD_SIZE) for u, p in result.positions.items()}
    return [(a, b) for a, b in itertools.combinations(rects, 2) if rects_overlap(rects[a], rects[b])]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts())
def test_levels_follow_the_organisation(spec: Spec) -> None:
    chart = build(spec)
    result = compute_layout(chart)
    assert level_problems(chart, result) == []
    assert overlapping(result) == []
    assert through_cards(result) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(), st.data())
def test_an_edit_moves_only_what_it_must(spec: Spec, data: st.DataObject) -> None:
    chart = build(spec)
    before = compute_layout(chart)
    edited = chart.copy()
    ids = list(chart.units)
    kind = data.draw(st.sampled_from(["add", "rename", "delete", "relink"]))
    target = data.draw(st.sampled_from(ids))
    moving: set[str] = set()
    if kind == "add":
        rank = data.draw(st.one_of(st.none(), st.sampled_from(RANKS[4:])))
        edited.add_unit(
            Unit(
                "new",
                "New unit",
                "mission",
                head=Head(rank=rank) if rank else None,
                reports_to=(ReportingLine(target),),
            )
        )
    elif kind == "rename":
        edited.update_unit(
            edited.unit(target).with_changes(name="A much longer name than before, for a test")
        )
    elif kind == "delete":
        if edited.direct_reports(target):
            return
        edited.remove_unit(target)
    else:
        below = below_any(chart, target)
        others = [u for u in ids if u not in below]
        if not others:
            return
        manager = data.draw(st.sampled_from(others))
        edited.update_unit(edited.unit(target).with_changes(reports_to=(ReportingLine(manager),)))
        moving = below
    after = compute_layout(edited, previous=before)
    moved = [
        u
        for u in after.positions
        if u in before.positions and u not in moving and after.positions[u] != before.positions[u]
    ]
    # a unit shared by two managers that an edit moves makes room in its row: the cards right
    # of it move aside (they must); anything else moves no other card
    shared = [u for u in moving if u in edited.units and len({ln.to for ln in edited.unit(u).reports_to}) > 1]
    if not shared:
        assert moved == []
    assert overlapping(after) == []
    assert through_cards(after) == []
    assert set(after.positions) == set(edited.units)


def test_the_same_chart_gives_the_same_picture() -> None:
    spec: Spec = [(-1, -1, "SG", "office")] + [(i // 3, -1, "D-2", "division") for i in range(30)]
    assert compute_layout(build(spec)) == compute_layout(build(spec))


def four_asgs() -> Chart:
    """The pillar's shape: SG, DPPA and DPO, regional ASGs shared by both, divisions, missions."""
    chart = Chart()
    add = chart.add_unit
    add(Unit("sg", "SG", "office", head=Head(rank="SG")))
    for dept in ("dppa", "dpo"):
        add(Unit(dept, dept.upper(), "department", head=Head(rank="USG"), reports_to=(ReportingLine("sg"),)))
    add(Unit("pbso", "PBSO", "office", head=Head(rank="ASG"), reports_to=(ReportingLine("dppa"),)))
    add(Unit("pbf", "PBF", "fund", reports_to=(ReportingLine("pbso"),)))
    for d in ("scad", "ead"):
        add(Unit(d, d.upper(), "division", head=Head(rank="D-2"), reports_to=(ReportingLine("dppa"),)))
    for asg in ("africa", "meap", "eca"):
        shared = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
        add(Unit(asg, f"ASG {asg}", "office", head=Head(rank="ASG"), reports_to=shared))
        for k in range(2):
            add(
                Unit(
                    f"{asg}-{k}",
                    f"Division {asg} {k}",
                    "division",
                    head=Head(rank="D-2"),
                    reports_to=(ReportingLine(asg),),
                )
            )
            for m in range(3):
                add(
                    Unit(
                        f"{asg}-{k}-m{m}",
                        f"Mission {m}",
                        "mission",
                        reports_to=(ReportingLine(f"{asg}-{k}", "mission"),),
                    )
                )
    add(Unit("orolsi", "OROLSI", "office", head=Head(rank="ASG"), reports_to=(ReportingLine("dpo"),)))
    add(
        Unit(
            "police",
            "Police Division",
            "division",
            head=Head(rank="D-2"),
            reports_to=(ReportingLine("orolsi"),),
        )
    )
    add(Unit("dpet", "DPET", "division", head=Head(rank="D-2"), reports_to=(ReportingLine("dpo"),)))
    return chart


def test_a_fourth_regional_asg_joins_the_others_row() -> None:
    chart = four_asgs()
    before = compute_layout(chart)
    shared = (ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission"))
    chart.add_unit(Unit("asg4", "A fourth ASG", "office", head=Head(rank="ASG"), reports_to=shared))
    for result in (compute_layout(chart), compute_layout(chart, previous=before)):
        ys = {result.positions[a][1] for a in ("africa", "meap", "eca", "asg4")}
        assert len(ys) == 1
        assert result.positions["dppa"][0] < result.positions["asg4"][0] < result.positions["dpo"][0]
        assert level_problems(chart, result) == []


def test_an_asg_office_is_never_below_d2_divisions_of_its_department() -> None:
    result = compute_layout(four_asgs())
    pos = result.positions
    assert pos["orolsi"][1] <= pos["dpet"][1]
    assert pos["pbso"][1] <= min(pos["scad"][1], pos["ead"][1])


def test_a_mission_added_in_the_editor_moves_no_other_card() -> None:
    chart = four_asgs()
    before = compute_layout(chart)
    chart.add_unit(Unit("new", "New mission", "mission", reports_to=(ReportingLine("africa-0", "mission"),)))
    after = compute_layout(chart, previous=before)
    assert {u: p for u, p in after.positions.items() if u != "new"} == before.positions
    column = [after.positions[f"africa-0-m{m}"] for m in range(3)]
    assert after.positions["new"][0] == column[-1][0] and after.positions["new"][1] > column[-1][1]
    assert overlapping(after) == []


def assert_left_to_right(chart: Chart, across: LayoutResult) -> None:
    assert overlapping(across) == []
    assert across.turned().turned() == across
    for unit in chart:
        for line in unit.reports_to:
            if line.to != unit.id:
                assert across.positions[line.to][0] < across.positions[unit.id][0], (unit.id, line.to)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts())
def test_left_to_right_is_the_top_down_layout_of_turned_cards_turned(spec: Spec) -> None:
    """``layout.direction: LR``: managers left of their reports, no card on another, and the
    picture is the top-down layout of cards turned on their side, mirrored in the diagonal."""
    chart = build(spec)
    chart.set_direction("LR")
    across = compute_layout(chart)
    assert_left_to_right(chart, across)
    sideways = {uid: (DEFAULT_CARD_SIZE[1], DEFAULT_CARD_SIZE[0]) for uid in chart.units}
    chart.set_direction("TB")
    assert compute_layout(chart, sideways).positions == across.turned().positions


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(max_size=12))
def test_graphviz_lays_out_left_to_right_too(spec: Spec) -> None:
    chart = build(spec)
    chart.set_direction("LR")
    assert_left_to_right(chart, compute_layout(chart, method="dot"))


def test_a_left_to_right_edit_keeps_the_cards_in_place() -> None:
    chart = four_asgs()
    chart.set_direction("LR")
    before = compute_layout(chart)
    unit = next(u for u in chart if u.kind == "division")
    chart.add_unit(Unit("new-section", "New Section", "section", reports_to=(ReportingLine(unit.id),)))
    after = compute_layout(chart, previous=before)
    moved = [u for u, at in before.positions.items() if after.positions[u] != at]
    assert len(moved) <= 3, moved  # the new card takes a place near its manager
    (x, y), (mx, my) = after.positions["new-section"], after.positions[unit.id]
    assert x >= mx and abs(y - my) < 400  # right of it, or beside it when it stands in a stack
