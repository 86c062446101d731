"""LiveChecker keeps its index alive across edits: after any sequence of random edits its findings
are exactly those of a check from scratch (same rules, messages, unit lists and order)."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import load_chart
from orgeditor.model import (
    GENDERS,
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Chart,
    ChartError,
    Group,
    Head,
    Link,
    RemovedUnit,
    ReportingLine,
    Unit,
)
from orgeditor.rules import LiveChecker, check_chart

FIXTURE = Path(__file__).parent / "fixtures" / "pillar.yaml"
FUNCTIONS = (
    "peacebuilding-support",
    "peacebuilding-financing",
    "rule-of-law",
    "mediation-advice",
    "good-offices",
    "policy-advice",
)
SHORTS = (None, "", "DPPA", "DPO", "EOSG", "X", "Y")


def _lines(data: st.DataObject, ids: list[str]) -> tuple[ReportingLine, ...]:
    count = data.draw(st.sampled_from((0, 1, 1, 1, 2, 2, 3)))
    lines: list[ReportingLine] = []
    for _ in range(count):
        line = ReportingLine(data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(SCOPES)))
        if line not in lines:
            lines.append(line)
    return tuple(lines)


def _head(data: st.DataObject) -> Head | None:
    if data.draw(st.integers(0, 5)) == 0:
        return None
    rank = data.draw(st.sampled_from((None, *RANKS)))
    gender = data.draw(st.sampled_from((None, *GENDERS)))
    return Head(title="Head", rank=rank, gender=gender)


def _unit(data: st.DataObject, chart: Chart, uid: str, self_ok: bool = True) -> Unit:
    kind = data.draw(st.sampled_from(KINDS))
    targets = [*chart.units, uid] if self_ok else list(chart.units)
    return Unit(
        uid,
        data.draw(st.sampled_from(("Alpha", "Beta", "Gamma", "Delta"))) + f" {uid}",
        kind,
        short=data.draw(st.sampled_from(SHORTS)),
        head=_head(data),
        reports_to=_lines(data, targets) if targets else (),
        regions=tuple(data.draw(st.lists(st.sampled_from(chart.regions), max_size=2, unique=True))),
        presence=data.draw(st.sampled_from((None, *PRESENCES))) if kind == "mission" else None,
        functions=tuple(data.draw(st.lists(st.sampled_from(FUNCTIONS), max_size=3))),
        posts=data.draw(st.sampled_from((None, 0, 3, 40))),
    )


def _edit(data: st.DataObject, chart: Chart, removed: list[RemovedUnit], serial: list[int]) -> None:
    ids = list(chart.units)
    if not ids:
        return
    action = data.draw(
        st.sampled_from(
            (
                *("lines", "lines", "lines", "head", "kind", "functions", "details", "add"),
                *("remove", "restore", "reorder", "link", "group", "baseline"),
            )
        )
    )
    uid = data.draw(st.sampled_from(ids))
    unit = chart.unit(uid)
    if action == "lines":
        chart.update_unit(unit.with_changes(reports_to=_lines(data, ids)))
    elif action == "head":
        chart.update_unit(unit.with_changes(head=_head(data)))
    elif action == "kind":
        kind = data.draw(st.sampled_from(KINDS))
        presence = unit.presence if kind == "mission" else None
        chart.update_unit(unit.with_changes(kind=kind, presence=presence))
    elif action == "functions":
        functions = tuple(data.draw(st.lists(st.sampled_from(FUNCTIONS), max_size=3)))
        chart.update_unit(unit.with_changes(functions=functions))
    elif action == "details":
        changes = {
            "name": data.draw(st.sampled_from((unit.name, "Renamed", "Alpha"))),
            "short": data.draw(st.sampled_from(SHORTS)),
            "posts": data.draw(st.sampled_from((unit.posts, 0, 41))),
            "note": data.draw(st.sampled_from((None, "a note"))),
        }
        chart.update_unit(unit.with_changes(**changes))
    elif action == "add":
        serial[0] += 1
        new = _unit(data, chart, f"new-{serial[0]}")
        at_end = data.draw(st.booleans())
        chart.add_unit(new, None if at_end else data.draw(st.integers(0, len(ids))))
    elif action == "remove":
        if not [r for r in chart.direct_reports(uid) if r != uid]:
            removed.append(chart.remove_unit(uid))
    elif action == "restore":
        if removed:
            record = removed.pop()
            with suppress(ChartError):  # a line target is gone, or the id came back
                chart.restore_unit(record)
    elif action == "reorder":
        chart.move_unit(uid, data.draw(st.integers(0, len(ids) - 1)))
    elif action == "link":
        link = Link(uid, data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(LINK_KINDS)))
        if link in chart.links:
            chart.remove_link(link)
        elif link.source != link.target:
            chart.add_link(link)
    elif action == "group":
        members = tuple(data.draw(st.lists(st.sampled_from(ids), max_size=4, unique=True)))
        for group in list(chart.groups.values())[:1]:
            chart.update_group(Group(group.id, group.name, members))
    else:
        chart.set_meta(baseline=data.draw(st.sampled_from((None, "pillar-baseline.yaml", "missing.yaml"))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_live_findings_equal_a_fresh_check_after_random_edits(data: st.DataObject) -> None:
    chart = load_chart(FIXTURE)
    live = LiveChecker(chart)
    removed: list[RemovedUnit] = []
    serial = [0]
    for _ in range(data.draw(st.integers(1, 25))):
        batched = data.draw(st.integers(0, 4)) == 0
        try:
            if batched:
                with chart.batch():
                    for _ in range(data.draw(st.integers(1, 4))):
                        _edit(data, chart, removed, serial)
            else:
                _edit(data, chart, removed, serial)
        except ChartError:
            pass  # an invalid edit changes nothing (or, in a batch, what came before it)
        assert live.findings == check_chart(chart)
    live.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_live_findings_follow_a_chart_built_from_nothing(data: st.DataObject) -> None:
    """Random charts grown unit by unit: cycles, self-lines, scoped lines and rank inversions."""
    chart = Chart(title="Random", regions=("Africa", "Europe"), rulebooks=("peace-security-2017",))
    live = LiveChecker(chart)
    removed: list[RemovedUnit] = []
    serial = [0]
    chart.add_unit(_unit(data, chart, "sg"))
    for _ in range(data.draw(st.integers(1, 30))):
        try:
            if data.draw(st.integers(0, 2)) == 0:
                serial[0] += 1
                chart.add_unit(_unit(data, chart, f"u{serial[0]}"))
            else:
                _edit(data, chart, removed, serial)
        except ChartError:
            pass
        assert live.findings == check_chart(chart)
    live.close()


def test_span_findings_keep_the_order_a_fresh_check_gives() -> None:
    """Managers over the span limit come in the order a pass over the units first meets them."""
    chart = Chart(title="Hubs")
    chart.add_unit(Unit("sg", "SG", "office"))
    for hub in ("a", "b"):
        chart.add_unit(Unit(hub, hub.upper(), "office", reports_to=(ReportingLine("sg"),)))
    live = LiveChecker(chart)
    for i in range(13):
        for hub in ("b", "a"):
            chart.add_unit(Unit(f"{hub}{i}", f"{hub}{i}", "team", reports_to=(ReportingLine(hub),)))
    assert [f.units for f in live.findings if f.rule == "chart.span-of-control"] == [("b",), ("a",)]
    chart.move_unit("a5", 1)
    assert live.findings == check_chart(chart)
    both = (ReportingLine("b", "mission"), ReportingLine("a", "non-mission"))
    chart.add_unit(Unit("both", "Both", "team", reports_to=both), 0)
    assert [f.units for f in live.findings if f.rule == "chart.span-of-control"] == [("b",), ("a",)]
    assert live.findings == check_chart(chart)
    chart.remove_unit("both")
    assert live.findings == check_chart(chart)


def test_a_large_batch_rebuilds_the_index_and_findings_stay_exact() -> None:
    chart = load_chart(FIXTURE)
    live = LiveChecker(chart)
    with chart.batch():
        for i in range(120):
            line = ReportingLine("dppa" if i % 3 else f"bulk-{i - 1}" if i else "sg")
            chart.add_unit(Unit(f"bulk-{i}", f"Bulk {i}", "team", short="B", reports_to=(line,)), i)
    assert live.findings == check_chart(chart)
    assert {"chart.unique-short-names", "chart.span-of-control"} <= {f.rule for f in live.findings}
    with chart.batch():
        for i in reversed(range(120)):
            chart.remove_unit(f"bulk-{i}")
    assert live.findings == check_chart(chart) == []


def test_findings_kept_between_runs_follow_what_their_messages_say() -> None:
    """The rules keep the findings they made (span, rank order, scopes) between runs: renaming
    a unit a message names, changing a count, or moving the report a manager is first met by
    makes them again, exactly as a fresh check would."""
    chart = Chart(title="Hubs")
    chart.add_unit(Unit("sg", "SG", "office", head=Head("Head", rank="ASG")))
    for hub in ("a", "b"):
        chart.add_unit(Unit(hub, hub.upper(), "office", reports_to=(ReportingLine("sg"),)))
    for i in range(13):
        chart.add_unit(Unit(f"a{i}", f"a{i}", "team", reports_to=(ReportingLine("a"),)))
    boss = Head("Head", rank="USG")
    chart.add_unit(Unit("usg", "Boss", "team", head=boss, reports_to=(ReportingLine("a"),)))
    twin = (ReportingLine("a", "mission"), ReportingLine("b", "mission"))
    chart.add_unit(Unit("twin", "Twin", "team", reports_to=twin))
    live = LiveChecker(chart)
    rules = {f.rule for f in live.findings}
    assert {"chart.span-of-control", "chart.rank-order", "chart.scopes-unambiguous"} <= rules
    edits = [
        lambda: chart.update_unit(chart.unit("a").with_changes(name="Alpha")),  # span, scopes
        lambda: chart.update_unit(chart.unit("sg").with_changes(name="Chief")),  # rank order
        lambda: chart.update_unit(chart.unit("b").with_changes(short="Bee")),  # scopes' target
        lambda: chart.update_unit(chart.unit("a0").with_changes(reports_to=(ReportingLine("b"),))),
        lambda: chart.move_unit("a5", 0),  # another report is met first (same words)
        lambda: chart.update_unit(chart.unit("usg").with_changes(head=Head("Head", rank="D-2"))),
        lambda: chart.update_unit(chart.unit("twin").with_changes(reports_to=(ReportingLine("a"),))),
    ]
    for number, edit in enumerate(edits):
        before = [f.message for f in live.findings]
        edit()
        assert live.findings == check_chart(chart)
        assert ([f.message for f in live.findings] == before) == (number == 4)
