"""Quick fixes declared as data in the rulebooks: each one offered where its rule fails, applied to
a copy, and the finding gone; bad quick-fix data is a located rulebook error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.model import Chart, Departure, Group, Head, Link, PostBreakdown, ReportingLine
from orgeditor.resources import rulebook_path
from orgeditor.rules import (
    Finding,
    RulebookError,
    check_chart,
    load_rulebook,
    loads_rulebook,
    rulebooks_for,
    rules_of,
)
from orgeditor.rules.quickfix import DepartureAdd, LinkAdd, QuickFix, UnitEdit, apply_edits, fixes_for

FIXTURES = Path(__file__).parent / "fixtures"
Mutation = Callable[[Chart], None]


def _set(uid: str, **changes: object) -> Mutation:
    def mutate(chart: Chart) -> None:
        chart.update_unit(chart.unit(uid).with_changes(**changes))

    return mutate


def _drop_link(source: str, target: str, kind: str) -> Mutation:
    return lambda chart: _ignore(chart.remove_link(Link(source, target, kind)))


def _ignore(_value: object) -> None:
    return None


def _lines(*lines: tuple[str, str]) -> tuple[ReportingLine, ...]:
    return tuple(ReportingLine(to, scope) for to, scope in lines)


def _spg_without_dpo(chart: Chart) -> None:
    chart.update_group(Group("spg", "Standing Principals' Group", ("dppa", "eosg")))


def _unused_departure(chart: Chart) -> None:
    chart.set_meta(departures=[Departure("pillar.field-backstopping", ("minusma",), "Test", "Test cite")])


def _all_men(chart: Chart) -> None:
    for unit in list(chart):
        if unit.head is not None and unit.head.gender == "female":
            chart.update_unit(unit.with_changes(head=replace(unit.head, gender="male")))


#: For every rule with quick fixes, an edit of the passing pillar fixture that makes it fail.
BREAKS: dict[str, Mutation] = {
    "pillar.two-departments": _set("dpo", kind="office"),
    "pillar.dppa-functions": _set(
        "dppa", functions=("good-offices", "mediation-support", "security-council-support")
    ),
    "pillar.peacebuilding-asg": _set("pbso", head=Head(title="Director", rank="D-2", gender="male")),
    "pillar.pbf-linkage": _drop_link("pbf", "eosg", "functional"),
    "pillar.dpo-functions": _set("oma", functions=()),
    "pillar.orolsi-asg": _set("orolsi", reports_to=_lines(("dppa", "all"))),
    "pillar.principals-group": _spg_without_dpo,
    "pillar.three-regional-asgs": _set("asg-eam", regions=()),
    "pillar.regional-dual-reporting": _set("asg-africa", reports_to=_lines(("dpo", "all"))),
    "pillar.regions-partitioned": _set("asg-meap", regions=("Middle East", "Asia and the Pacific", "Africa")),
    "pillar.regional-divisions": _set("meap-division", kind="section"),
    "pillar.field-backstopping": _set("minusma", reports_to=_lines(("africa-division", "non-mission"))),
    "pillar.mediation-board": _drop_link("board", "sg", "advises"),
    "pillar.eosg-capacities": _set("eosg", functions=("planning-and-evaluation",)),
    "pillar.gender-parity": _all_men,
    "pillar.cost-neutral": _set("dppa", posts=30),
    "pillar.mandates-preserved": _set("eosg", functions=("planning-and-evaluation",)),
    "pillar.regions-consistent": _set("minusma", reports_to=_lines(("meap-division", "mission"))),
    "pillar.senior-posts": _set("dppa", post_breakdown=PostBreakdown.from_grades({"D-2": 2, "P-4": 18})),
    "chart.unused-departure": _unused_departure,
}

#: Where one rule's fixes need their own breaks: (rule, action, label start) -> mutation.
SPECIAL: dict[tuple[str, str, str], Mutation] = {
    ("pillar.two-departments", "set-field", "Make the head"): _set(
        "dpo", head=Head(rank="ASG", gender="male")
    ),
    ("pillar.two-departments", "set-lines", "Report"): _set("dpo", reports_to=_lines(("eosg", "all"))),
    ("pillar.field-backstopping", "move-under", "Report {unit} to {to} for non-mission"): _set(
        "unowas", reports_to=_lines(("africa-division", "mission"))
    ),
    ("pillar.field-backstopping", "add-line", "Add a non-mission"): _set(
        "unowas", reports_to=_lines(("africa-division", "mission"))
    ),
}


def _declared() -> list[tuple[str, int, str, str]]:
    """(rule id, index, action, label) of every quick fix of the shipped rulebooks."""
    found = []
    for name in ("chart", "peace-security-2017"):
        for rule in load_rulebook(rulebook_path(name)).rules:
            for index, spec in enumerate(rule.quick_fixes):
                found.append((rule.id, index, spec.action, spec.label))
    return found


def _pillar() -> Chart:
    return load_chart(FIXTURES / "pillar.yaml")


def _finding(chart: Chart, rule_id: str) -> Finding:
    findings = [f for f in check_chart(chart) if f.rule == rule_id and f.severity != "info"]
    assert findings, f"{rule_id} does not fail"
    return findings[0]


def _break_for(rule_id: str, action: str, label: str) -> Mutation:
    for (rule, act, start), mutation in SPECIAL.items():
        if rule == rule_id and act == action and label.startswith(start):
            return mutation
    return BREAKS[rule_id]


def test_the_fixture_passes_and_every_rule_with_fixes_has_a_break() -> None:
    assert [f for f in check_chart(_pillar()) if f.severity != "info"] == []
    assert {rule for rule, *_ in _declared()} <= set(BREAKS)


@pytest.mark.parametrize(("rule_id", "index", "action", "label"), _declared())
def test_each_declared_fix_resolves_its_finding(rule_id: str, index: int, action: str, label: str) -> None:
    chart = _pillar()
    _break_for(rule_id, action, label)(chart)
    finding = _finding(chart, rule_id)
    rules = rules_of(rulebooks_for(chart))
    spec = next(r for r in rules if r.id == rule_id).quick_fixes[index]
    offered = [f for f in fixes_for(finding, chart, rules) if f.action == action]
    assert offered, f"no {action} fix offered for: {finding.message}"
    fix = offered[0]
    assert "{" not in fix.label and fix.label.strip()
    for uid in chart.units:  # names, never ids
        assert f" {uid} " not in f" {fix.label} " or uid in {u.label for u in chart}
    if fix.needs:
        assert fix.needs == ("reason", "cite")
        fix = fix.completed(reason="Decided later", cite="GA res 72/262 C")
    copy = chart.copy()
    apply_edits(copy, fix.edits)
    after = [f for f in check_chart(copy) if f.rule == rule_id and f.departure is None]
    assert not [f for f in after if set(f.units) & set(fix.units or finding.units) or not f.units], (
        spec.label,
        [f.message for f in after],
    )
    assert check_chart(chart) != check_chart(copy)


def test_fixes_read_as_the_issue_asks() -> None:
    chart = _pillar()
    _set("minusma", reports_to=_lines(("meap-division", "mission")))(chart)
    rules = rules_of(rulebooks_for(chart))
    labels = [f.label for f in fixes_for(_finding(chart, "pillar.regions-consistent"), chart, rules)]
    assert labels[0] == "Move MINUSMA under Africa Division of the ASG for Africa"
    assert labels[-1] == "Record MINUSMA as a departure from ¶9…"

    chart = _pillar()
    _set("unami", reports_to=_lines(("meap-division", "non-mission")))(chart)
    fixes = fixes_for(_finding(chart, "pillar.field-backstopping"), chart, rules)
    assert [f.label for f in fixes][:2] == [
        "Report UNAMI to Middle East Division for mission settings",
        "Add a mission line from UNAMI to DPO",
    ]
    (edit,) = fixes[0].edits
    assert isinstance(edit, UnitEdit)
    assert edit.unit.reports_to == (ReportingLine("meap-division"),)  # both scopes: one line
    (edit,) = fixes[1].edits
    assert isinstance(edit, UnitEdit)
    assert edit.unit.reports_to == _lines(("meap-division", "non-mission"), ("dpo", "mission"))


def test_a_fix_for_several_units_names_each() -> None:
    chart = _pillar()
    _set("minusma", reports_to=_lines(("africa-division", "non-mission")))(chart)
    _set("unami", reports_to=_lines(("meap-division", "non-mission")))(chart)
    rules = rules_of(rulebooks_for(chart))
    finding = _finding(chart, "pillar.field-backstopping")
    assert set(finding.units) == {"minusma", "unami"}
    labels = [f.label for f in fixes_for(finding, chart, rules)]
    assert "Add a mission line from each of MINUSMA and UNAMI to DPO" in labels
    assert "Report MINUSMA to Africa Division for mission settings" in labels
    assert "Record each of MINUSMA and UNAMI as a departure from ¶8(b) and its footnote…" in labels


def test_a_fix_that_would_not_resolve_or_would_break_is_not_offered() -> None:
    chart = _pillar()
    _set("orolsi", reports_to=_lines(("dppa", "all")))(chart)
    chart.update_unit(chart.unit("dpo").with_changes(reports_to=_lines(("orolsi", "all"))))  # a cycle
    rules = rules_of(rulebooks_for(chart))
    finding = _finding(chart, "pillar.orolsi-asg")
    actions = [f.action for f in fixes_for(finding, chart, rules)]
    assert "set-lines" not in actions  # OROLSI under DPO under OROLSI: a cycle is no fix
    assert actions == ["record-departure"]


def test_departed_findings_are_not_departed_again_and_rules_without_fixes_offer_none() -> None:
    chart = _pillar()
    _set("minusma", reports_to=_lines(("africa-division", "non-mission")))(chart)
    chart.set_meta(departures=[Departure("pillar.field-backstopping", ("minusma",), "Why", "Where")])
    rules = rules_of(rulebooks_for(chart))
    (finding,) = [f for f in check_chart(chart) if f.rule == "pillar.field-backstopping"]
    assert finding.severity == "info"
    assert "record-departure" not in [f.action for f in fixes_for(finding, chart, rules)]
    chart = _pillar()
    _set("board", reports_to=())(chart)
    single = _finding(chart, "chart.single-root")
    assert fixes_for(single, chart, rules_of(rulebooks_for(chart))) == []
    assert fixes_for(single, chart, []) == []


def test_apply_edits_undoes_exactly_and_is_all_or_nothing() -> None:
    chart = _pillar()
    before = chart.copy()
    edits = (
        LinkAdd(Link("dppa", "eosg", "informs")),
        UnitEdit("minusma", chart.unit("minusma").with_changes(name="Renamed")),
    )
    undo = apply_edits(chart, edits)
    assert chart.unit("minusma").name == "Renamed"
    undo()
    assert chart == before
    bad = (*edits, LinkAdd(Link("dppa", "nowhere", "informs")))
    with pytest.raises(ValueError, match="nowhere"):
        apply_edits(chart, bad)
    assert chart == before
    fix = QuickFix(
        "Record", (DepartureAdd(Departure("pillar.x", (), "", "")),), "pillar.x", needs=("reason", "cite")
    )
    done = fix.completed(reason=" Why ", cite=" Where ")
    assert done.needs == ()
    assert done.edits == (DepartureAdd(Departure("pillar.x", (), "Why", "Where")),)


#: A quick fix's first line, up to its action.
X = "      - label: X\n        "
BOOK = """rulebook: 1
name: t
rules:
  - id: t.one
    severity: error
    check: {count: {select: {kind: board}, min: 1, noun: board}}
    quick-fixes:
{fixes}
"""


@pytest.mark.parametrize(
    ("fixes", "line", "column", "message"),
    [
        ("      - label: Do it", 8, 9, "exactly one action"),
        (
            "      - label: Do it\n        add-link: {kind: functional, to: x}\n        record-departure: {}",
            8,
            9,
            "exactly one action",
        ),
        ("      - add-line: {to: dpo}", 8, 9, "missing key 'label'"),
        ("      - label: Move {units}\n        add-line: {to: dpo}", 8, 16, "placeholder '{units}'"),
        ("      - label: Move {unit!r}\n        add-line: {to: dpo}", 8, 16, "placeholder '{unit}'"),
        ("      - label: Move {unit\n        add-line: {to: dpo}", 8, 16, "bad label template"),
        (X + "add-line: {to: dpo, scope: field}", 9, 36, "scope must be one of"),
        (X + "add-line: {to: Not An Id}", 9, 24, "not a valid id"),
        (X + "add-link: {kind: reports, to: eosg}", 9, 26, "link kind 'reports'"),
        (X + "set-field: {field: name, value: Y}", 9, 28, "set-field sets one of"),
        (
            X + "set-field: {field: rank, value: Boss}",
            9,
            41,
            "rank 'Boss' is not one of",
        ),
        (X + "move-under: {select: {colour: red}}", 9, 31, "unknown key 'colour'"),
        (
            X + "move-under: {select: {kind: division}, regions: all}",
            9,
            57,
            "regions takes",
        ),
        (X + "move-under: {scope: mission}", 9, 21, "needs 'select'"),
        (X + "set-lines: [{to: a}, {to: b}]", 9, 20, "different scopes"),
        (X + "record-departure: {reason: x}", 9, 28, "unknown key 'reason'"),
        (
            X + "when: {is: nothing}\n        record-departure: {}",
            9,
            20,
            "no named selector",
        ),
        (X + "colour: red", 9, 9, "unknown key 'colour'"),
        ("      label: X", 8, 7, "expected a list"),
    ],
)
def test_bad_quick_fix_data_is_a_located_error(fixes: str, line: int, column: int, message: str) -> None:
    with pytest.raises(RulebookError) as caught:
        loads_rulebook(BOOK.replace("{fixes}", fixes), "book.yaml")
    error = caught.value
    assert message in error.message
    assert (error.file, error.line, error.column) == ("book.yaml", line, column), str(error)
    assert str(error).startswith(f"book.yaml:{line}:{column}: error: ")
