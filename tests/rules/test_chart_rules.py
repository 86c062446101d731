"""The generic rules (chart.*): a passing and a failing chart for each."""

from __future__ import annotations

from collections.abc import Callable

from orgeditor.model import Chart
from orgeditor.rules import check_chart

Build = Callable[..., Chart]
Ids = Callable[[Chart], set[str]]

TREE = """
sg: {name: Secretary-General, kind: office, head: {rank: SG}}
dept: {name: Department, short: DEP, kind: department, head: {rank: USG}, reports_to: sg}
div: {name: Division, short: DIV, kind: division, head: {rank: D-2}, reports_to: dept}
"""


def test_a_plain_tree_passes(chart_of: Build, ids: Ids) -> None:
    assert ids(chart_of(TREE)) == set()


def test_single_root(chart_of: Build) -> None:
    chart = chart_of(TREE + "lost: {name: Lost office, kind: office}\n")
    (finding,) = check_chart(chart)
    assert (finding.rule, finding.severity, finding.units) == ("chart.single-root", "error", ("sg", "lost"))
    assert "Secretary-General and Lost office" in finding.message


def test_no_root_at_all_is_also_a_single_root_finding(chart_of: Build, ids: Ids) -> None:
    chart = chart_of("a: {name: A, kind: office, reports_to: b}\nb: {name: B, kind: office, reports_to: a}")
    assert ids(chart) == {"chart.single-root", "chart.no-cycles"}


def test_cycle_for_every_scope(chart_of: Build) -> None:
    chart = chart_of(
        TREE
        + "x: {name: X, kind: unit, reports_to: y}\n"
        + "y: {name: Y, kind: unit, reports_to: z}\n"
        + "z: {name: Z, kind: unit, reports_to: x}\n"
    )
    (finding,) = [f for f in check_chart(chart) if f.rule == "chart.no-cycles"]
    assert finding.message.startswith("Reporting lines form a cycle for all settings: X → Y → Z → X")
    assert finding.units == ("x", "y", "z")


def test_cycle_in_one_scope_only(chart_of: Build) -> None:
    chart = chart_of(
        TREE
        + "p: {name: P, kind: unit, reports_to: [{to: div, scope: non-mission}, {to: q, scope: mission}]}\n"
        + "q: {name: Q, kind: unit, reports_to: [{to: div, scope: non-mission}, {to: p, scope: mission}]}\n"
    )
    (finding,) = check_chart(chart)
    assert finding.rule == "chart.no-cycles"
    assert "for mission settings: P → Q → P" in finding.message


def test_scopes_unambiguous(chart_of: Build, ids: Ids) -> None:
    good = (
        "u: {name: U, kind: unit, reports_to: [{to: div, scope: mission}, {to: dept, scope: non-mission}]}\n"
    )
    assert ids(chart_of(TREE + good)) == set()
    with_all = "u: {name: U, kind: unit, reports_to: [{to: div, scope: mission}, {to: dept}]}\n"
    assert ids(chart_of(TREE + with_all)) == {"chart.scopes-unambiguous"}
    same = "u: {name: U, kind: unit, reports_to: [{to: div, scope: mission}, {to: dept, scope: mission}]}\n"
    (finding,) = check_chart(chart_of(TREE + same))
    assert finding.rule == "chart.scopes-unambiguous"
    assert "2 lines for mission settings" in finding.message


def test_rank_order(chart_of: Build) -> None:
    chart = chart_of(TREE + "boss: {name: Big office, kind: office, head: {rank: USG}, reports_to: div}\n")
    (finding,) = check_chart(chart)
    assert (finding.rule, finding.severity, finding.units) == ("chart.rank-order", "warning", ("boss", "div"))


def test_rank_order_skips_unheaded_units(chart_of: Build, ids: Ids) -> None:
    chart = chart_of(
        TREE
        + "plain: {name: Plain section, kind: section, reports_to: div}\n"
        + "p5: {name: P-5 unit, kind: unit, head: {rank: P-5}, reports_to: plain}\n"
        + "asg: {name: ASG office, kind: office, head: {rank: ASG}, reports_to: plain}\n"
    )
    assert {f.units for f in check_chart(chart)} == {("asg", "div")}
    assert ids(chart) == {"chart.rank-order"}


def test_span_of_control(chart_of: Build, ids: Ids) -> None:
    twelve = "".join(f"s{i}: {{name: S{i}, kind: section, reports_to: div}}\n" for i in range(12))
    assert ids(chart_of(TREE + twelve)) == set()
    (finding,) = check_chart(chart_of(TREE + twelve + "s12: {name: S12, kind: section, reports_to: div}\n"))
    assert finding.rule == "chart.span-of-control"
    assert "13 direct reports; the limit is 12" in finding.message


def test_unique_short_names(chart_of: Build) -> None:
    chart = chart_of(TREE + "other: {name: Other division, short: DIV, kind: division, reports_to: dept}\n")
    (finding,) = check_chart(chart)
    assert (finding.rule, finding.units) == ("chart.unique-short-names", ("div", "other"))


def test_group_size(chart_of: Build, ids: Ids) -> None:
    assert ids(chart_of(TREE, "groups: {g: {name: Pair, members: [dept, div]}}\n")) == set()
    (finding,) = check_chart(chart_of(TREE, "groups: {g: {name: Solo, members: [dept]}}\n"))
    assert (finding.rule, finding.severity) == ("chart.group-size", "warning")
    assert "Solo has 1 member" in finding.message
