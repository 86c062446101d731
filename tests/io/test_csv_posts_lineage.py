"""CSV carries posts by grade and funding source, former units, the funding vocabulary and
departures (SPEC §6.1–6.3): every chart round-trips exactly, older files import unchanged, and
every bad cell or block line is a located error."""

from __future__ import annotations

import csv
import doctest
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from chart_strategies import charts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import csv_departures, csv_posts, dump_chart, load_chart, loads_chart
from orgeditor.io.csv_format import COLUMNS, CsvImportError, dumps_csv, loads_csv
from orgeditor.model import Chart, Departure, PostBreakdown, ReportingLine, Unit, build_chart
from orgeditor.model.limits import MAX_POSTS
from orgeditor.model.vocabulary import CONTROL_CHARACTER

LOCATED = re.compile(r"^in\.csv:\d+:\d+: error: .+$")
HEADER = "id,name,posts,posts_by_grade,formerly\n"
EXAMPLES = Path(__file__).parents[2] / "examples"


def chart_with_everything() -> Chart:
    return build_chart(
        title="Implemented",
        funding=("regular-budget", "support-account", "trust-fund"),
        departures=[
            Departure(
                "pillar.field-backstopping", ("unama", "unami"), "Led by DPPA, since 2019", "GA 72/262 C"
            ),
            Departure("pillar.regional-dual-reporting", (), '=a "formula", really', " spaced cite "),
        ],
        units=[
            Unit("sg", "Secretary-General", "office", posts=3),
            Unit(
                "dppa",
                "DPPA",
                "department",
                reports_to=(ReportingLine("sg"),),
                post_breakdown=PostBreakdown.from_sources(
                    {"support-account": {"P-3": 2}, "regular-budget": {"USG": 1, "P-4": 3, "GS": 0}}
                ),
                formerly=("dpa", "pbso"),
            ),
            Unit(
                "unama",
                "UNAMA",
                "mission",
                reports_to=(ReportingLine("dppa"),),
                post_breakdown=PostBreakdown.from_grades({"D-2": 1, "FS": 4, "NO": 2}),
                formerly=("017",),
            ),
            Unit("unami", "UNAMI", "mission", reports_to=(ReportingLine("dppa"),)),
        ],
    )


def errors_of(text: str) -> list[str]:
    with pytest.raises(CsvImportError) as info:
        loads_csv(text, filename="in.csv")
    return [str(error) for error in info.value.errors]


def lineage(chart: Chart) -> tuple[object, ...]:
    units = [(u.id, u.posts, u.post_breakdown, u.formerly) for u in chart]
    return chart.funding, chart.departures, units


# ---------------------------------------------------------------------- export and round trip


def test_the_export_shows_breakdowns_lineage_funding_and_departures() -> None:
    text = dumps_csv(chart_with_everything())
    lines = text.splitlines()
    assert lines[:5] == [
        "# title: Implemented",
        '"# funding: regular-budget;support-account;trust-fund"',
        '# departure: pillar.field-backstopping,"unama;unami","Led by DPPA, since 2019",GA 72/262 C',
        '# departure: pillar.regional-dual-reporting,,"\'=a ""formula"", really"," spaced cite "',
        "",
    ]
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO("\n".join(lines[5:])))}
    assert rows["dppa"]["posts"] == "6"
    assert rows["dppa"]["posts_by_grade"] == "regular-budget:USG=1;P-4=3;GS=0|support-account:P-3=2"
    assert rows["dppa"]["formerly"] == "dpa;pbso"
    assert rows["unama"]["posts_by_grade"] == "D-2=1;NO=2;FS=4"  # grades highest first
    assert (rows["sg"]["posts"], rows["sg"]["posts_by_grade"]) == ("3", "")


def test_a_spreadsheet_reads_a_departure_as_four_cells() -> None:
    text = dumps_csv(chart_with_everything())
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert rows[2] == [
        "# departure: pillar.field-backstopping",
        "unama;unami",
        "Led by DPPA, since 2019",
        "GA 72/262 C",
    ]
    assert rows[3][2] == '\'=a "formula", really'  # guarded: shown as text, not run


def test_everything_round_trips_exactly() -> None:
    chart = chart_with_everything()
    text = dumps_csv(chart)
    again = loads_csv(text, title="Implemented")
    assert lineage(again) == lineage(chart)
    assert list(again.units.items()) == list(chart.units.items())
    assert dumps_csv(again) == text
    assert dump_chart(again) == dump_chart(chart)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts(with_breakdowns=True, with_lineage=True))
def test_any_chart_with_breakdowns_and_lineage_round_trips(chart: Chart) -> None:
    text = dumps_csv(chart)
    again = loads_csv(text)
    assert lineage(again) == lineage(chart)
    assert list(again.units) == list(chart.units)
    exported = dumps_csv(again)  # (free texts come back trimmed: the table trims its cells)
    assert dumps_csv(loads_csv(exported)) == exported


@pytest.mark.parametrize("name", ["implemented-2019", "proposal-2017", "baseline-2017"])
def test_the_examples_round_trip_with_their_breakdowns_and_departures(name: str) -> None:
    chart = load_chart(EXAMPLES / f"{name}.yaml")
    again = loads_csv(dumps_csv(chart))
    assert lineage(again) == lineage(chart)
    assert list(again.units.items()) == list(chart.units.items())
    assert set(again.links) == set(chart.links)  # (links come in the order of their rows)


def test_an_example_with_departures_added_round_trips_through_the_command(tmp_path: Path) -> None:
    """``orgeditor export`` then ``orgeditor import``: ``orgeditor diff`` finds nothing."""
    chart = load_chart(EXAMPLES / "proposal-2017.yaml")
    ids = list(chart.units)
    extra = Departure(
        "pillar.cost-neutral", (ids[1], ids[2]), "Posts moved, by decision; see annex", "A/72/525"
    )
    chart.set_meta(
        departures=(*chart.departures, extra),
        funding=("regular-budget", "support-account", "extrabudgetary", "trust-fund"),
    )
    source = tmp_path / "proposal-2017.yaml"
    source.write_text(dump_chart(chart), encoding="utf-8")
    shutil.copy(EXAMPLES / "baseline-2017.yaml", tmp_path)

    def orgeditor(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "orgeditor", *args]
        return subprocess.run(command, check=False, capture_output=True, text=True)

    out_csv, out_yaml = tmp_path / "p.csv", tmp_path / "p-again.yaml"
    assert orgeditor("export", str(source), "-o", str(out_csv)).returncode == 0
    assert orgeditor("import", str(out_csv), "-o", str(out_yaml)).returncode == 0
    diff = orgeditor("diff", str(source), str(out_yaml))
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert lineage(load_chart(out_yaml)) == lineage(chart)


# ---------------------------------------------------------------------- older and hand-made files


def test_older_files_and_plain_posts_import_as_before() -> None:
    chart = loads_csv("id,name,posts\nsg,SG,12\ndppa,DPPA,\n")
    assert [(u.posts, u.post_breakdown, u.formerly) for u in chart] == [(12, None, ()), (None, None, ())]
    assert (chart.funding, chart.departures) == ((), ())


def test_hand_typed_cells_with_spaces_and_empty_parts() -> None:
    text = HEADER + "a,A,, regular-budget: P-4 = 3 ;GS=1; | extrabudgetary:D-1=1 |,dpa ; pbso\nb,B,5,GS=5,\n"
    chart = loads_csv(text)
    assert chart.unit("a").post_breakdown == PostBreakdown.from_sources(
        {"regular-budget": {"P-4": 3, "GS": 1}, "extrabudgetary": {"D-1": 1}}
    )
    assert (chart.unit("a").posts, chart.unit("a").formerly) == (5, ("dpa", "pbso"))
    assert chart.unit("b").posts == 5 and chart.unit("b").post_breakdown == PostBreakdown.from_grades(
        {"GS": 5}
    )


def test_a_semicolon_spreadsheet_with_departures_and_padding() -> None:
    text = (
        "# title: T;;;;\r\n"
        "# funding: core ; projects;;;\r\n"
        '# departure: pillar.x;"a;b";Reason; with ""quote"";Cite;;;\r\n'
        '"# departure: chart.y";;Only a reason;cite\r\n'
        ";;;;\r\n"
        "id;name;posts_by_grade\r\na;A;core:P-4=1|projects:GS=2\r\nb;B;\r\n"
    )
    errors = errors_of(text)  # the reason holds the separator: a spreadsheet would have quoted it
    assert len(errors) == 1 and errors[0].startswith("in.csv:3:42: error: a quote inside a cell"), errors
    good = text.replace('Reason; with ""quote""', '"Reason; with ""quote"""')
    chart = loads_csv(good)
    assert chart.funding == ("core", "projects")
    assert chart.departures == (
        Departure("pillar.x", ("a", "b"), 'Reason; with "quote"', "Cite"),
        Departure("chart.y", (), "Only a reason", "cite"),
    )
    assert chart.unit("a").post_breakdown == PostBreakdown.from_sources(
        {"core": {"P-4": 1}, "projects": {"GS": 2}}
    )


# ---------------------------------------------------------------------- bad cells


@pytest.mark.parametrize(
    ("posts", "cell", "fragment"),
    [
        ("", "p-4=3", "unknown grade 'p-4' in posts_by_grade (did you mean 'P-4'?); expected one of: USG,"),
        ("", "regular-budgt:P-4=3", "unknown funding source 'regular-budgt' in posts_by_grade (did you mean"),
        ("", "P-4:3", "'P-4:3' in posts_by_grade: write a grade's posts as P-4=3"),
        ("", "P-4 3", "'P-4 3' in posts_by_grade is not GRADE=NUMBER, e.g. P-4=3"),
        ("", "P-4=3;P-4=1", "the P-4 posts are given twice in posts_by_grade"),
        ("", "regular-budget:GS=1|regular-budget:P-4=1", "funding source 'regular-budget' is given twice"),
        (
            "",
            "GS=1|regular-budget:P-4=1",
            "posts_by_grade gives some posts with a funding source and some without",
        ),
        ("", "regular-budget:", "the posts from regular-budget in posts_by_grade name no grade"),
        ("", "P-4=-1", "the P-4 posts in posts_by_grade must be a whole number from 0 to 10,000,000"),
        ("", "P-4=1.5", "the P-4 posts in posts_by_grade must be a whole number"),
        ("", "P-4=" + "9" * 5000, "the P-4 posts in posts_by_grade must be a whole number"),
        ("", f"P-4={MAX_POSTS};GS=1", "the posts in posts_by_grade add up to 10,000,001; the limit is"),
        (
            "7",
            "P-4=3;GS=1",
            "posts is 7 but posts_by_grade adds up to 4; make them agree, or leave posts empty",
        ),
    ],
)
def test_a_bad_breakdown_is_located_at_its_cell(posts: str, cell: str, fragment: str) -> None:
    errors = errors_of(f'{HEADER}a,A,{posts},"{cell}",\n')
    assert len(errors) == 1 and errors[0].startswith(f"in.csv:2:4: error: {fragment}"), errors
    assert len(errors[0]) < 400


def test_sources_come_from_the_declared_funding() -> None:
    text = "# funding: core\n\n" + HEADER + "a,A,,regular-budget:P-4=1,\nb,B,,core:P-4=1,\n"
    assert errors_of(text) == [
        "in.csv:4:4: error: unknown funding source 'regular-budget' in posts_by_grade; expected one of: core"
    ]


@pytest.mark.parametrize(
    ("block", "where", "fragment"),
    [
        ("# funding: core; Core Budget\n", "1:18", "funding source 'Core Budget' must be a kebab-case slug"),
        ("# funding: core;core\n", "1:17", "funding source 'core' is listed twice"),
        (
            "# funding: ;\n",
            "1:11",
            "funding must list at least one source; leave the line out for the default",
        ),
        ("# departure: pillar.x,a\n", "1:23", "a departure line has four cells"),
        ("# departure: pillar.x,a,r,c,extra\n", "1:29", "a departure line has four cells"),
        (
            "# departure: Pillar X,a,r,c\n",
            "1:14",
            "the rule of departure 1 is 'Pillar X', which is not a rule id",
        ),
        ("# departure: ,a,r,c\n", "1:14", "departure 1 names no rule"),
        ("# departure: p.x,a;Bad Id,r,c\n", "1:20", "'Bad Id' in the units of departure 1 is not a valid id"),
        ("# departure: p.x,a;a,r,c\n", "1:20", "unit 'a' is listed twice in the units of departure 1"),
        ("# departure: p.x,a,  ,c\n", "1:20", "departure 1 needs a reason"),
        ("# departure: p.x,a,r,\x1b\n", "1:22", "the cite of departure 1 holds the control character U+001B"),
        (
            "# departure: p.x,a,r," + "c" * 501 + "\n",
            "1:22",
            "the cite of departure 1 is 501 characters long",
        ),
        ("# departure: p.x,a,r,c\n# departure: p.x,a,r,c\n", "2:1", "departure 2 repeats departure 1"),
        ('# departure: p.x,"a" b,r,c\n', "1:21", "text after the closing quote of a cell"),
        ('# departure: p.x,a,r "x",c\n', "1:22", "a quote inside a cell that does not start with one"),
        ('# departure: p.x,a,"r\n', "1:1", "a quoted cell of this departure line is never closed"),
        ("# departure x: p.x,a,r,c\n", "1:3", "write a departure as '# departure: RULE'"),
        (
            "# departures: p.x\n",
            "1:3",
            "unknown field 'departures' in the header block (did you mean 'departure'?)",
        ),
    ],
)
def test_bad_funding_and_departure_lines_are_located(block: str, where: str, fragment: str) -> None:
    errors = errors_of(block + "\n" + HEADER + "a,A,,,\n")
    assert errors[0].startswith(f"in.csv:{where}: error: {fragment}"), errors


def test_a_multi_line_quoted_reason_keeps_the_line_numbers_below_it() -> None:
    text = '# departure: p.x,a,"one\ntwo",c\n\nid,name,kind\na,A,divisoin\n'
    assert errors_of(text)[0].startswith("in.csv:5:3: error: kind 'divisoin'")
    chart = loads_csv(text.replace("divisoin", "division"))
    assert chart.departures == (Departure("p.x", ("a",), "one\ntwo", "c"),)


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("Bad Id", "former unit 'Bad Id' is not a valid id"),
        ("dpa;dpa", "former unit 'dpa' is listed twice"),
        ("x" * 501, "former unit 'xxxxx"),
    ],
)
def test_a_bad_former_unit_is_located(cell: str, fragment: str) -> None:
    errors = errors_of(f"{HEADER}a,A,,,{cell}\n")
    assert errors[0].startswith(f"in.csv:2:5: error: {fragment}"), errors


# ---------------------------------------------------------------------- never a crash

grades = st.sampled_from(["P-4", "GS", "USG", "p-4", "X", "", " D-1 "])
numbers = st.sampled_from(["0", "3", "007", "-1", "1.5", "", "x", str(MAX_POSTS), "9" * 20])
parts = st.lists(st.tuples(grades, st.sampled_from(["=", ":", " ", "=="]), numbers).map("".join), max_size=4)
sources = st.sampled_from(["", "regular-budget:", "support-account :", "core:", "P-4:", ":"])
breakdown_cells = st.lists(st.tuples(sources, parts.map(";".join)).map("".join), max_size=3).map("|".join)
departure_cells = st.lists(
    st.text(alphabet=st.sampled_from(list('ab.;, "\r\n\t=x\x1b')), max_size=10), max_size=6
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(breakdown_cells, st.sampled_from(["", "4", "x"]), departure_cells, st.sampled_from([",", ";", "\t"]))
def test_any_breakdown_or_departure_gives_a_chart_or_located_errors(
    cell: str, posts: str, departure: list[str], separator: str
) -> None:
    line = separator.join(["# departure: p.x", *departure])
    quoted = '"' + cell.replace('"', '""') + '"'
    header = separator.join(["id", "name", "posts", "posts_by_grade"])
    row = separator.join(["a", "A", posts, quoted])
    text = f"{line}\n\n{header}\n{row}\n"
    try:
        chart = loads_csv(text, filename="in.csv")
    except CsvImportError as exc:
        for error in exc.errors:
            assert LOCATED.match(str(error)), str(error)
            assert error.row >= 1 and error.column >= 1
            assert not CONTROL_CHARACTER.search(str(error))
        return
    loads_chart(dump_chart(chart))  # what was accepted is a valid chart
    again = loads_csv(dumps_csv(chart))
    assert lineage(again) == lineage(chart)


def test_the_columns() -> None:
    assert COLUMNS[COLUMNS.index("posts") + 1] == "posts_by_grade"
    assert "formerly" in COLUMNS


@pytest.mark.parametrize("module", [csv_posts, csv_departures])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


def test_the_documented_example_imports() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "csv-format.md").read_text(encoding="utf-8")
    example = re.search(r"## Example\n\n```csv\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    chart = loads_csv(example[1])
    assert chart.departures[0].units == ("unama", "unami")
    assert chart.unit("dppa").posts == 33 and chart.unit("dppa").formerly == ("dpa", "pbso")
    assert chart.unit("dppa").post_breakdown.by_source() == {"extrabudgetary": 2, "regular-budget": 31}  # type: ignore[union-attr]
