"""Posts by grade and by funding source in the chart file (SPEC §6.1): load, errors, write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from chart_strategies import breakdowns, charts
from hypothesis import HealthCheck, given, settings

from orgeditor.io import ChartLoadError, dump_chart, loads_chart
from orgeditor.model import Chart, PostBreakdown, ReportingLine, Unit, build_chart

SCHEMA: dict[str, Any] = json.loads(
    (Path(__file__).parents[2] / "resources/schema/orgchart.schema.json").read_text(encoding="utf-8")
)

# As the writer writes it: grades highest first, sources in the chart's order.
CHART = """\
orgchart: 1
title: Posts
units:
  dppa:
    name: DPPA
    kind: department
    posts: 120
  asg-africa:
    name: ASG Africa
    kind: office
    reports_to: dppa
    posts: {ASG: 1, D-1: 1, P-5: 2, P-4: 3, GS: 3}
  africa-i-division:
    name: Africa I Division
    kind: division
    reports_to: asg-africa
    posts:
      regular-budget: {D-2: 1, P-5: 2, P-4: 4, GS: 3}
      support-account: {P-4: 2, P-3: 2, GS: 1}
  dpo:
    name: DPO
    kind: department
"""

WITH_FUNDING = """\
orgchart: 1
title: Posts
funding: [trust-fund, regular-budget]
units:
  a:
    name: A
    kind: office
    posts:
      trust-fund: {'NO': 2, FS: 1}
      regular-budget: {USG: 1, GS: 0}
"""


def test_both_shapes_load_with_their_totals() -> None:
    chart = loads_chart(CHART, "posts.yaml")
    assert chart.unit("dppa").posts == 120
    assert chart.unit("dppa").post_breakdown is None
    asg = chart.unit("asg-africa")
    assert asg.posts == 10
    assert asg.post_breakdown == PostBreakdown.from_grades({"ASG": 1, "D-1": 1, "P-5": 2, "P-4": 3, "GS": 3})
    division = chart.unit("africa-i-division")
    assert division.posts == 15
    assert division.post_breakdown is not None
    assert division.post_breakdown.by_source() == {"regular-budget": 10, "support-account": 5}
    assert chart.unit("dpo").posts is None
    assert chart.funding == ()


def test_roll_ups_of_a_loaded_chart() -> None:
    chart = loads_chart(CHART, "posts.yaml")
    assert chart.subtree_posts("dppa") == 145
    assert chart.subtree_posts("asg-africa") == 25
    assert chart.posts_by_source() == {"regular-budget": 10, "support-account": 5, None: 130}
    assert chart.posts_by_grade(["asg-africa", "africa-i-division"]) == {
        "ASG": 1,
        "D-2": 1,
        "D-1": 1,
        "P-5": 4,
        "P-4": 9,
        "P-3": 2,
        "GS": 7,
    }
    assert chart.posts_by_grade()[None] == 120


def test_declared_funding_loads() -> None:
    chart = loads_chart(WITH_FUNDING, "funding.yaml")
    assert chart.funding == ("trust-fund", "regular-budget")
    assert chart.posts_by_source() == {"trust-fund": 3, "regular-budget": 1}
    assert chart.unit("a").posts == 4


@pytest.mark.parametrize("text", [CHART, WITH_FUNDING], ids=["default-funding", "declared-funding"])
def test_files_as_the_writer_writes_them_round_trip_byte_for_byte(text: str) -> None:
    chart = loads_chart(text, "posts.yaml")
    assert dump_chart(chart) == text
    assert loads_chart(dump_chart(chart)) == chart


def test_the_writer_orders_grades_and_sources_then_is_stable() -> None:
    shuffled = CHART.replace(
        "      regular-budget: {D-2: 1, P-5: 2, P-4: 4, GS: 3}\n"
        "      support-account: {P-4: 2, P-3: 2, GS: 1}\n",
        "      support-account: {GS: 1, P-3: 2, P-4: 2}\n"
        "      regular-budget: {GS: 3, D-2: 1, P-4: 4, P-5: 2}\n",
    ).replace("{ASG: 1, D-1: 1, P-5: 2, P-4: 3, GS: 3}", "{GS: 3, P-4: 3, ASG: 1, P-5: 2, D-1: 1}")
    assert shuffled != CHART
    once = dump_chart(loads_chart(shuffled, "shuffled.yaml"))
    assert once == CHART
    assert dump_chart(loads_chart(once)) == once


def test_block_style_breakdowns_load_too() -> None:
    text = CHART.replace(
        "    posts: {ASG: 1, D-1: 1, P-5: 2, P-4: 3, GS: 3}\n", "    posts:\n      ASG: 1\n      GS: 9\n"
    )
    chart = loads_chart(text, "block.yaml")
    assert chart.unit("asg-africa").posts == 10
    assert "    posts: {ASG: 1, GS: 9}\n" in dump_chart(chart)


def test_funding_is_written_only_when_declared() -> None:
    chart = build_chart(
        title="T",
        units=[
            Unit("a", "A", "office", post_breakdown=PostBreakdown.from_sources({"extrabudgetary": {"GS": 1}}))
        ],
    )
    text = dump_chart(chart)
    assert "funding" not in text
    assert "    posts:\n      extrabudgetary: {GS: 1}\n" in text
    chart.set_meta(funding=["extrabudgetary", "regular-budget"])
    assert "\nfunding: [extrabudgetary, regular-budget]\nunits:\n" in dump_chart(chart)


def test_the_grade_no_reads_back_either_way() -> None:
    # Written quoted, as YAML 1.1 tools (PyYAML) would read a plain NO as false; keys are
    # never resolved by the loader, so a person may write it plain.
    chart = build_chart(
        title="T", units=[Unit("a", "A", "office", post_breakdown=PostBreakdown.from_grades({"NO": 2}))]
    )
    text = dump_chart(chart)
    assert "    posts: {'NO': 2}\n" in text
    assert loads_chart(text) == chart
    assert loads_chart(text.replace("'NO'", "NO")) == chart
    assert yaml.safe_load(text)["units"]["a"]["posts"] == {"NO": 2}


def test_an_edited_total_drops_the_breakdown_in_the_file() -> None:
    chart = loads_chart(CHART, "posts.yaml")
    chart.update_unit(chart.unit("asg-africa").with_changes(posts=11))
    assert "    posts: 11\n" in dump_chart(chart)


# --------------------------------------------------------------- located errors


def _errors(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(ChartLoadError) as caught:
        loads_chart(text, "bad.yaml")
    assert str(caught.value).startswith("bad.yaml:")
    return [(e.line, e.column, e.message) for e in caught.value.errors]


def _unit(posts: str, top: str = "") -> str:
    return f"orgchart: 1\ntitle: T\n{top}units:\n  a:\n    name: A\n    kind: office\n    posts: {posts}\n"


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        (_unit("{P-6: 1}"), 7, 13, "unknown grade 'P-6' in the posts of unit 'a' (did you mean 'P-5'?)"),
        (_unit("{p-4: 1}"), 7, 13, "unknown grade 'p-4'"),
        (_unit("{regular-budget: {P-6: 1}}"), 7, 30, "unknown grade 'P-6' in the posts from regular-budget"),
        (
            _unit("{trust-fund: {GS: 1}}"),
            7,
            13,
            "unknown funding source 'trust-fund' in the posts of unit 'a'",
        ),
        (
            _unit("{trust-fund: {GS: 1}}", "funding: [regular-budget]\n"),
            8,
            13,
            "expected one of: regular-budget",
        ),
        (
            _unit("{extrabudgetary: {GS: 1}}", "funding: [regular-budget]\n"),
            8,
            13,
            "unknown funding source 'extrabudgetary'",
        ),
        (_unit("{GS: -1}"), 7, 17, "the GS posts of unit 'a' must be 0 or more, not -1"),
        (_unit("{GS: 1.5}"), 7, 17, "the GS posts of unit 'a' must be a whole number"),
        (_unit("{GS: many}"), 7, 17, "not text 'many'"),
        (_unit("{GS: true}"), 7, 17, "must be a whole number"),
        (_unit("{GS: 10000001}"), 7, 17, "must be at most 10,000,000"),
        (
            _unit("{support-account: {GS: -2}}"),
            7,
            35,
            "the GS posts from support-account of unit 'a' must be 0",
        ),
        (
            _unit("{support-account: {GS: [1]}}"),
            7,
            35,
            "must be a whole number >= 0 in decimal digits, not a list",
        ),
        (_unit("{GS: {P-4: 1}}"), 7, 17, "the GS posts of unit 'a' must be a whole number"),
        (
            _unit("{regular-budget: 3}"),
            7,
            29,
            "the posts from regular-budget of unit 'a' (by grade) must be a mapping",
        ),
        (_unit("{GS: 1, regular-budget: {GS: 1}}"), 7, 20, "mix grades and funding sources at one level"),
        (
            _unit("{regular-budget: {GS: 1}, GS: 1}"),
            7,
            38,
            "'GS' is a grade, 'regular-budget' a funding source",
        ),
        (_unit("{}"), 7, 12, "must name at least one grade or funding source"),
        (
            _unit("{regular-budget: {}}"),
            7,
            29,
            "the posts from regular-budget of unit 'a' must name at least one",
        ),
        (_unit("{GS: 6000000, P-4: 6000000}"), 7, 12, "add up to 12,000,000; the limit is 10,000,000"),
        (
            _unit("[1, 2]"),
            7,
            12,
            "posts of unit 'a' must be a whole number >= 0 in decimal digits, not a list",
        ),
        (
            _unit("3", "funding: [Regular Budget]\n"),
            3,
            11,
            "funding source 'Regular Budget' must be a kebab-case",
        ),
        (_unit("3", "funding: [a-, b]\n"), 3, 11, "funding source 'a-' must be a kebab-case slug"),
        (_unit("3", "funding: [rb, rb]\n"), 3, 15, "'rb' appears twice in funding"),
        (_unit("3", "funding: []\n"), 3, 10, "funding must list at least one source"),
        (_unit("3", "funding: regular-budget\n"), 3, 10, "funding must be a list"),
        (_unit("3", "funding: [7]\n"), 3, 11, "an entry of funding must be text"),
        (
            _unit("3", "fundings: [rb]\n"),
            3,
            1,
            "unknown key 'fundings' in the chart (did you mean 'funding'?)",
        ),
    ],
)
def test_bad_posts_and_funding_are_located(text: str, line: int, column: int, fragment: str) -> None:
    errors = _errors(text)
    assert any(fragment in message for _, _, message in errors), errors
    first = next((ln, col) for ln, col, message in errors if fragment in message)
    assert first == (line, column)


def test_every_bad_count_is_reported_and_nothing_is_half_loaded() -> None:
    text = _unit("\n      regular-budget: {P-6: 1, GS: -1}\n      extra: {GS: x}\n")
    errors = _errors(text)
    assert [(ln, col) for ln, col, _ in errors] == [(8, 24), (8, 36), (9, 7)]


# ------------------------------------------------------------------ properties


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(with_breakdowns=True))
def test_random_charts_with_breakdowns_round_trip_exactly(chart: Chart) -> None:
    text = dump_chart(chart)
    again = loads_chart(text, "random.yaml")
    assert again == chart
    assert dump_chart(again) == text
    jsonschema.validate(yaml.safe_load(text), SCHEMA)


@settings(max_examples=200, deadline=None)
@given(breakdowns(("regular-budget", "support-account", "trust-fund")))
def test_random_breakdowns_round_trip_through_a_unit(breakdown: PostBreakdown) -> None:
    chart = build_chart(
        title="T",
        funding=("regular-budget", "support-account", "trust-fund"),
        units=[
            Unit("sg", "SG", "office"),
            Unit("a", "A", "office", reports_to=(ReportingLine("sg"),), post_breakdown=breakdown),
        ],
    )
    text = dump_chart(chart)
    again = loads_chart(text, "random.yaml")
    assert again.unit("a").post_breakdown == breakdown
    assert again.unit("a").posts == breakdown.total()
    assert again.subtree_posts("sg") == breakdown.total()
    assert sum(again.posts_by_grade().values()) == sum(again.posts_by_source().values()) == breakdown.total()
    assert dump_chart(again) == text


def test_schema_takes_both_shapes_and_refuses_bad_ones() -> None:
    for text in (CHART, WITH_FUNDING):
        jsonschema.validate(yaml.safe_load(text), SCHEMA)
    for posts in ("{P-6: 1}", "{GS: -1}", "{}", "{regular-budget: {}}", "{GS: 1, regular-budget: {GS: 1}}"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(yaml.safe_load(_unit(posts)), SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(_unit("3", "funding: [rb, rb]\n")), SCHEMA)
