"""Rulebooks: the built-in ones compile, charts name their own, bad ones give located errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from orgeditor.io import load_chart
from orgeditor.model import Chart
from orgeditor.rules import (
    BUILTIN_DIR,
    RulebookError,
    builtin_rulebooks,
    check_chart,
    load_rulebook,
    loads_rulebook,
)

Build = Callable[..., Chart]

SPEC_RULES = {
    "chart": [
        "chart.single-root",
        "chart.no-cycles",
        "chart.scopes-unambiguous",
        "chart.rank-order",
        "chart.span-of-control",
        "chart.unique-short-names",
        "chart.group-size",
        "chart.lineage-unknown",
        "chart.unused-departure",
        "chart.unresolved-conflicts",
    ],
    "peace-security-2017": [
        "pillar.two-departments",
        "pillar.dppa-functions",
        "pillar.peacebuilding-asg",
        "pillar.pbf-linkage",
        "pillar.dpo-functions",
        "pillar.orolsi-asg",
        "pillar.principals-group",
        "pillar.three-regional-asgs",
        "pillar.regional-dual-reporting",
        "pillar.regions-partitioned",
        "pillar.regional-divisions",
        "pillar.field-backstopping",
        "pillar.mediation-board",
        "pillar.eosg-capacities",
        "pillar.gender-parity",
        "pillar.cost-neutral",
        "pillar.mandates-preserved",
        "pillar.regions-consistent",
        "pillar.senior-posts",
    ],
}
WARNINGS = {
    "chart.rank-order",
    "chart.span-of-control",
    "chart.unique-short-names",
    "chart.group-size",
    "chart.lineage-unknown",
    "chart.unused-departure",
    "pillar.pbf-linkage",
    "pillar.regional-divisions",
    "pillar.mediation-board",
    "pillar.eosg-capacities",
    "pillar.gender-parity",
    "pillar.regions-consistent",
    "pillar.senior-posts",
}


@pytest.mark.parametrize("name", sorted(SPEC_RULES))
def test_builtin_rulebooks_declare_the_spec_rules(name: str) -> None:
    book = load_rulebook(BUILTIN_DIR / f"{name}.yaml")
    assert book.name == name
    assert [r.id for r in book.rules] == SPEC_RULES[name]
    for rule in book.rules:
        assert rule.severity == ("warning" if rule.id in WARNINGS else "error")
        assert rule.fix
        assert rule.cite or name == "chart"


def test_builtin_names() -> None:
    assert builtin_rulebooks() == ["chart", "peace-security-2017"]


CUSTOM = """\
rulebook: 1
name: planning
title: A planner's own rules
parameters: {most: 1}
selectors:
  big: {kind: department}
rules:
  - id: plan.one-department
    severity: warning
    cite: memo of 1 May
    fix: Merge the departments.
    check: {count: {select: {is: big}, max: $most, noun: [department, departments]}}
  - id: plan.departments-have-posts
    severity: info
    check: {each: {select: {is: big}, require: {has: posts}}}
"""


def test_a_chart_names_its_own_rulebook(tmp_path: Path) -> None:
    (tmp_path / "planning.yaml").write_text(CUSTOM, encoding="utf-8")
    (tmp_path / "chart.yaml").write_text(
        "orgchart: 1\ntitle: T\nrulebooks: [planning.yaml]\nunits:\n"
        "  sg: {name: SG, kind: office}\n"
        "  a: {name: Dept A, kind: department, reports_to: sg, posts: 3}\n"
        "  b: {name: Dept B, kind: department, reports_to: sg}\n",
        encoding="utf-8",
    )
    findings = check_chart(load_chart(tmp_path / "chart.yaml"))
    assert [(f.rule, f.severity, f.units) for f in findings] == [
        ("plan.one-department", "warning", ("a", "b")),
        ("plan.departments-have-posts", "info", ("b",)),
    ]
    assert findings[0].message == (
        "There are 2 departments (Dept A and Dept B); expected at most 1. Merge the departments."
    )
    assert findings[0].cite == "memo of 1 May"


def test_unknown_builtin_rulebook_is_an_error(chart_of: Build) -> None:
    chart = chart_of("sg: {name: SG, kind: office}", "rulebooks: [no-such-book]\n")
    with pytest.raises(RulebookError, match="unknown rulebook 'no-such-book'"):
        check_chart(chart)


BAD = [
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: fatal\n    check: {no-cycles: {}}\n",
        "5:15",
        "severity 'fatal' is not one of",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n    check: {no-loops: {}}\n",
        "6:13",
        "unknown check 'no-loops'",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n    chek: {no-cycles: {}}\n",
        "6:5",
        "unknown key 'chek'",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n"
        "    check: {count: {select: {rank: Boss}, equals: 1, noun: n}}\n",
        "6:36",
        "rank 'Boss' is not one of",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n"
        "    check: {count: {select: {colour: red}, equals: 1, noun: n}}\n",
        "6:30",
        "unknown key 'colour'",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n"
        "    check: {max-direct-reports: {max: twelve}}\n",
        "6:39",
        "expected an integer",
    ),
    (
        "rulebook: 1\nname: x\nrules:\n  - id: a.b\n    severity: error\n"
        "    check: {count: {select: {is: nobody}, equals: 1, noun: n}}\n",
        "6:34",
        "no named selector 'nobody'",
    ),
    ("rulebook: 1\nname: x\nname: y\nrules: []\n", "3:1", "duplicate key 'name'"),
    ("rulebook: 2\nname: x\nrules: []\n", "1:11", "unsupported rulebook version"),
    ("rulebook: 1\nname: x\nrules: [\n", "4:1", "YAML syntax"),
    ("rulebook: 1\nname: !!python/object:os.system x\nrules: []\n", "2:7", "tag"),
    ("a: &x [1]\nb: *x\n", "2:4", "aliases are not allowed"),
    ("rulebook: 1\nname: x\nrules:\n\t- id: a\n", "4:1", "tab"),
    ("", "1:1", "empty"),
    ("rulebook: 1\nname: x\nselectors:\n  a: {is: a}\nrules: []\n", "4:11", "refers to itself"),
]


@pytest.mark.parametrize(("text", "where", "message"), BAD)
def test_bad_rulebooks_give_located_errors(text: str, where: str, message: str) -> None:
    with pytest.raises(RulebookError) as caught:
        loads_rulebook(text, "book.yaml")
    assert str(caught.value).startswith(f"book.yaml:{where}: error: ")
    assert message in str(caught.value)


def test_non_utf8_rulebook() -> None:
    with pytest.raises(RulebookError, match="not UTF-8"):
        loads_rulebook(b"rulebook: 1\nname: \xff\n", "book.yaml")


def test_rulebook_bomb_is_rejected_quickly() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(20)
    )
    with pytest.raises(RulebookError, match="aliases"):
        loads_rulebook(bomb, "bomb.yaml")
