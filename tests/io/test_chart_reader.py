"""The loader rejects every kind of bad file SPEC §2 lists, with a located error, quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from orgeditor.io import ChartLoadError, load_chart, loads_chart
from orgeditor.model import Head, ReportingLine

FIXTURES = Path(__file__).parent / "fixtures"

GOOD = """\
orgchart: 1
title: Demo
regions: [Africa, Americas]
units:
  sg:
    name: Secretary-General
    kind: office
    head: {title: Secretary-General, rank: SG}
  dppa:
    name: Department of Political and Peacebuilding Affairs
    short: DPPA
    kind: department
    head: {title: USG, rank: USG, gender: female}
    reports_to: sg
  dpo: {name: Department of Peace Operations, short: DPO, kind: department, reports_to: sg}
  asg-africa:
    name: ASG for Africa
    kind: office
    regions: [Africa]
    reports_to:
      - {to: dppa, scope: non-mission}
      - {to: dpo, scope: mission}
  minusma:
    name: MINUSMA
    kind: mission
    presence: peacekeeping
    reports_to: {to: asg-africa, scope: mission}
    posts: 12
links:
  - {from: minusma, to: dppa, kind: informs}
groups:
  spg: {name: Standing Principals' Group, members: [dppa, dpo]}
layout:
  positions: {sg: [0, 0], dppa: [-240.5, 140]}
  pinned: [dppa]
"""


def error_of(text: str | bytes) -> str:
    with pytest.raises(ChartLoadError) as info:
        loads_chart(text, "bad.yaml")
    return str(info.value.first)


def test_good_chart_loads_with_every_field() -> None:
    chart = loads_chart(GOOD, "good.yaml")
    assert list(chart.units) == ["sg", "dppa", "dpo", "asg-africa", "minusma"]
    assert chart.unit("dppa").head == Head("USG", "USG", "female")
    assert chart.unit("asg-africa").reports_to == (
        ReportingLine("dppa", "non-mission"),
        ReportingLine("dpo", "mission"),
    )
    assert chart.unit("minusma").posts == 12
    assert chart.groups["spg"].members == ("dppa", "dpo")
    assert chart.layout.positions["dppa"] == (-240.5, 140.0)
    assert chart.layout.pinned == ["dppa"]


def test_spec_example_loads(tmp_path: Path) -> None:
    chart = load_chart(FIXTURES / "spec-example.yaml")
    assert chart.chain("minusma", "mission") == ["minusma", "africa-ii", "asg-africa", "dpo", "sg"]
    assert chart.path == (FIXTURES / "spec-example.yaml").resolve()


def test_bom_and_crlf_are_accepted() -> None:
    data = ("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8")
    assert loads_chart(data, "crlf.yaml") == loads_chart(GOOD)


def mutate(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


BAD_CASES = [
    # (id, text, expected line, fragment of the message)
    ("unknown key", mutate("    reports_to: sg\n", "    report_to: sg\n"), 14, "did you mean 'reports_to'?"),
    ("unknown top key", mutate("title: Demo", "titel: Demo"), 2, "did you mean 'title'?"),
    (
        "duplicate key",
        mutate("    short: DPPA\n", "    short: DPPA\n    short: X\n"),
        12,
        "duplicate key 'short'",
    ),
    ("duplicate unit id", mutate("  dpo: {", "  dppa: {"), 15, "duplicate key 'dppa'"),
    ("tab", mutate("    kind: office\n    head", "    kind: office\n\thead"), 8, "tab"),
    ("yaml syntax", mutate("members: [dppa, dpo]}", "members: [dppa, dpo}"), 32, "YAML syntax error"),
    ("wrong type posts", mutate("posts: 12", "posts: twelve"), 28, "whole number"),
    ("negative posts", mutate("posts: 12", "posts: -3"), 28, "0 or more"),
    ("bool posts", mutate("posts: 12", "posts: yes"), 28, "whole number"),
    ("name not text", mutate("name: Secretary-General", "name: [a, b]"), 6, "must be text"),
    ("units a list", "orgchart: 1\ntitle: T\nunits: [a, b]\n", 3, "must be a mapping"),
    ("empty units", "orgchart: 1\ntitle: T\nunits: {}\n", 3, "at least one unit"),
    ("missing title", "orgchart: 1\nunits: {a: {name: A, kind: office}}\n", 1, "'title'"),
    ("missing name", mutate("    name: MINUSMA\n", ""), 24, "'name'"),
    ("bad kind", mutate("kind: mission", "kind: misison"), 25, "did you mean 'mission'?"),
    ("bad rank", mutate("rank: SG}", "rank: XX}"), 8, "rank"),
    ("bad gender", mutate("gender: female", "gender: f"), 13, "gender"),
    (
        "bad scope",
        mutate("scope: mission}\n    posts", "scope: missions}\n    posts"),
        27,
        "did you mean 'mission'?",
    ),
    ("bad presence", mutate("presence: peacekeeping", "presence: pko"), 26, "presence"),
    (
        "presence on non-mission",
        mutate("kind: office\n    regions", "kind: office\n    presence: peacekeeping\n    regions"),
        19,
        "only units of kind mission",
    ),
    ("bad link kind", mutate("kind: informs", "kind: informz"), 30, "did you mean 'informs'?"),
    (
        "dangling reporting line",
        mutate("    reports_to: sg\n", "    reports_to: sgg\n"),
        14,
        "did you mean 'sg'?",
    ),
    ("dangling link", mutate("to: dppa, kind: informs", "to: dpa, kind: informs"), 30, "not a unit"),
    ("dangling member", mutate("members: [dppa, dpo]", "members: [dppa, dpko]"), 32, "'dpko'"),
    ("dangling layout", mutate("pinned: [dppa]", "pinned: [nobody]"), 35, "'nobody'"),
    ("group id clash", mutate("  spg: {", "  sg: {"), 32, "already the id of a unit"),
    ("bad id", mutate("  dpo: {", "  DPO: {"), 15, "not a valid id"),
    (
        "region not listed",
        mutate("    regions: [Africa]\n", "    regions: [Afrika]\n"),
        19,
        "did you mean 'Africa'?",
    ),
    ("bad version", mutate("orgchart: 1", "orgchart: 2"), 1, "unsupported chart format version 2"),
    ("version text", mutate("orgchart: 1", "orgchart: one"), 1, "version number"),
    ("no version", GOOD.replace("orgchart: 1\n", ""), 1, "orgchart: 1"),
    ("python tag", mutate("name: MINUSMA", "name: !!python/object/apply:os.system [ls]"), 24, "tag"),
    ("custom tag", mutate("name: MINUSMA", "name: !mine MINUSMA"), 24, "tag"),
    ("str tag", mutate("name: MINUSMA", "name: !!str MINUSMA"), 24, "tag"),
    ("anchor", mutate("name: MINUSMA", "name: &n MINUSMA"), 24, "anchor"),
    ("position shape", mutate("sg: [0, 0]", "sg: [0]"), 34, "[x, y]"),
    ("position nan", mutate("sg: [0, 0]", "sg: [.nan, 0]"), 34, "[x, y]"),
    ("two documents", GOOD + "---\norgchart: 1\n", 36, "one YAML document"),
    ("not a mapping", "- a\n- b\n", 1, "must be a mapping"),
    ("scalar file", "hello\n", 1, "must be a mapping"),
    ("empty file", "", 1, "empty"),
    ("only comments", "# nothing\n\n", 1, "empty"),
    ("nul byte", mutate("title: Demo", "title: De\x00mo"), 2, "NUL"),
    ("complex key", "orgchart: 1\n? [a]\n: b\n", 2, "plain text"),
    (
        "duplicate link",
        GOOD.replace("links:\n", "links:\n  - {from: minusma, to: dppa, kind: informs}\n"),
        31,
        "twice",
    ),
    ("duplicate member", mutate("members: [dppa, dpo]", "members: [dppa, dppa]"), 32, "twice"),
    (
        "function slug",
        mutate("    posts: 12", "    functions: [Good Offices]\n    posts: 12"),
        28,
        "kebab-case",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "fragment"), [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES]
)
def test_bad_file_gives_located_error(text: str, line: int, fragment: str) -> None:
    message = error_of(text)
    assert message.startswith(f"bad.yaml:{line}:"), message
    assert ": error: " in message
    assert fragment in message, message


def test_non_utf8_is_located() -> None:
    data = GOOD.replace("title: Demo", "title: D\xe9mo").encode("latin-1")
    assert error_of(data).startswith("bad.yaml:2:9: error: invalid UTF-8")


def test_all_errors_are_reported_in_order() -> None:
    text = mutate("kind: mission", "kind: misison").replace("posts: 12", "posts: x")
    with pytest.raises(ChartLoadError) as info:
        loads_chart(text, "bad.yaml")
    assert [e.line for e in info.value.errors] == [25, 28]


@pytest.mark.parametrize(
    "text",
    [
        'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        "a: " + "[" * 200_000 + "]" * 200_000 + "\n",
        "a:\n" + "".join(" " * i + "- \n" for i in range(0, 2000, 2)),
        "orgchart: 1\ntitle: T\nunits:\n"
        + "".join(f"  u{i}: {{name: U, kind: nope}}\n" for i in range(30_000)),
    ],
    ids=["billion laughs", "deep flow nesting", "deep block nesting", "many errors"],
)
def test_hostile_input_fails_fast(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ChartLoadError) as info:
        loads_chart(text, "bomb.yaml")
    assert time.perf_counter() - start < 5
    assert str(info.value).startswith("bomb.yaml:")


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"orgchart: 1\n" + b"# padding\n" * 2_200_000)
    start = time.perf_counter()
    with pytest.raises(ChartLoadError) as info:
        load_chart(path)
    assert time.perf_counter() - start < 2
    assert "limit is 20 MB" in str(info.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ChartLoadError, match="no such file"):
        load_chart(tmp_path / "nope.yaml")
    with pytest.raises(ChartLoadError, match="folder"):
        load_chart(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("name: MINUSMA", 'name: "MINU\\x00SMA"', "control character U+0000"),
        ("name: MINUSMA", "<<: {name: MINUSMA}", "unknown key '<<'"),
        ("posts: 12", "posts: 99999999999999999999", "at most 10,000,000"),
        ("posts: 12", "posts: 2019-01-01", "whole number"),
    ],
    ids=["escaped NUL", "merge key", "absurd posts", "timestamp posts"],
)
def test_values_that_parse_but_are_not_allowed(old: str, new: str, fragment: str) -> None:
    assert fragment in error_of(mutate(old, new))
