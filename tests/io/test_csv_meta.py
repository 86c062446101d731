"""The CSV header block: the chart's title, description, baseline, rulebooks, regions and
group names survive an export and an import; old files without it import as before; every
bad block line is a located error."""

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

from orgeditor.cli import main
from orgeditor.io import csv_format, csv_meta, dump_chart, load_chart
from orgeditor.io.csv_format import CsvImportError, dumps_csv, load_csv, loads_csv
from orgeditor.io.csv_meta import block_lines
from orgeditor.model import Chart, Group, ReportingLine, Unit, build_chart
from orgeditor.model.limits import MAX_GROUPS, MAX_LONG_TEXT

LOCATED = re.compile(r"^in\.csv:\d+:\d+: error: .+$")
HEADER = "id,name,reports_to,regions,groups\n"
ROWS = "sg,SG,,,spg\ndppa,DPPA,sg,Africa,spg\n"


def full_chart() -> Chart:
    return build_chart(
        title="Pillar, 2017 — “draft”",
        description='Line one, with a "quote";\nline two\r\n  indented\tline',
        baseline="../base line/baseline-2017.yaml",
        rulebooks=("peace-security-2017", "rules/mine.yaml"),
        regions=("Africa", "Middle East"),
        units=[
            Unit("sg", "Secretary-General", "office"),
            Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),), regions=("Africa",)),
            Unit("dpo", "DPO", "department", reports_to=(ReportingLine("sg"),)),
        ],
        groups=[
            Group("spg", "Standing Principals' Group", ("dppa", "dpo")),
            Group("empty", " Nobody, yet "),
            Group("ecps", "Executive Committee", ("sg",)),
        ],
    )


def meta(chart: Chart) -> tuple[object, ...]:
    groups = {gid: (group.name, sorted(group.members)) for gid, group in chart.groups.items()}
    return (
        chart.title,
        chart.description,
        chart.baseline,
        chart.rulebooks,
        chart.regions,
        list(groups.items()),
    )


def errors_of(text: str) -> list[str]:
    with pytest.raises(CsvImportError) as info:
        loads_csv(text, filename="in.csv")
    return [str(error) for error in info.value.errors]


# ---------------------------------------------------------------------- round trip


def test_every_chart_field_survives_a_round_trip() -> None:
    chart = full_chart()
    text = dumps_csv(chart)
    again = loads_csv(text)
    assert meta(again) == meta(chart)
    assert list(again.groups) == ["spg", "empty", "ecps"]  # the chart's order, empty groups too
    assert list(again.units.items()) == list(chart.units.items())
    assert dumps_csv(again) == text


def test_the_block_is_one_cell_a_line_and_spreadsheets_read_it_so() -> None:
    text = dumps_csv(full_chart())
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    blank = rows.index([])
    assert [row[0].split(":")[0] for row in rows[:blank]] == [
        "# title",
        "# description",
        "# baseline",
        "# rulebooks",
        "# regions",
        "# group spg",
        "# group empty",
        "# group ecps",
    ]
    assert all(len(row) == 1 for row in rows[:blank])
    assert rows[0] == ["# title: Pillar, 2017 — “draft”"]
    assert rows[blank + 1][:2] == ["id", "name"]


def test_quoting_only_where_needed() -> None:
    lines = block_lines(full_chart())
    assert lines[2] == "# baseline: ../base line/baseline-2017.yaml"
    assert lines[0].startswith('"# title: Pillar, 2017')
    assert lines[6] == '"# group empty:  Nobody, yet "'  # spaces kept by the quotes
    assert block_lines(Chart(title="Plain")) == ["# title: Plain"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charts())
def test_any_charts_fields_and_groups_round_trip(chart: Chart) -> None:
    again = loads_csv(dumps_csv(chart), title=None)
    assert meta(again) == meta(chart)
    assert list(again.groups) == list(chart.groups)
    assert list(again.units) == list(chart.units)
    assert set(again.links) == set(chart.links)


def test_a_title_given_wins_over_the_block() -> None:
    chart = loads_csv(dumps_csv(full_chart()), title="Given")
    assert chart.title == "Given" and chart.baseline == full_chart().baseline


# ---------------------------------------------------------------------- old files and hand-made blocks


def test_a_file_without_a_block_imports_as_before(tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text(HEADER + "sg,SG,,,g2\ndppa,DPPA,sg,Africa,g1;g2\n", encoding="utf-8")
    chart = load_csv(path)
    assert chart.title == "units"
    assert (chart.description, chart.baseline, chart.rulebooks, chart.regions) == (None, None, (), ())
    assert [(g.id, g.name, g.members) for g in chart.groups.values()] == [
        ("g2", "g2", ("sg", "dppa")),
        ("g1", "g1", ("dppa",)),
    ]


def test_a_hand_made_block_as_spreadsheets_save_it() -> None:
    text = (
        "\ufeff# Title:  Pillar, 2017 ;;;;\r\n"  # unquoted with a comma, padded by a spreadsheet
        '"# description: one; two ""three""\r\nfour";"";""\r\n'  # quoted, padded with empty cells
        "#rulebooks:peace-security-2017 ; mine.yaml\r\n"
        "## a comment: with a colon\r\n"
        "# exported from the shared drive on Monday\r\n"
        "# group spg :  Standing Principals' Group\r\n"
        ";;;;\r\n"
        "\r\n"
        "id;name;reports_to;regions;groups\r\nsg;SG;;;spg\r\ndppa;DPPA;sg;Africa;spg\r\n"
    )
    chart = loads_csv(text)
    assert chart.title == "Pillar, 2017"
    assert chart.description == 'one; two "three"\r\nfour'
    assert chart.rulebooks == ("peace-security-2017", "mine.yaml")
    assert chart.groups["spg"] == Group("spg", "Standing Principals' Group", ("sg", "dppa"))


def test_row_errors_below_a_block_name_their_own_lines() -> None:
    text = '# title: T\n"# description: a\nb\nc"\n\nid,name,kind\nsg,SG,office\nx,X,divisoin\n'
    assert errors_of(text) == [
        "in.csv:8:3: error: kind 'divisoin' is not one of: office, department, division, service,"
        " section, unit, team, mission, board, body, fund (did you mean 'division'?)"
    ]
    assert errors_of("# title: T\n\nid,nmae\n")[0].startswith("in.csv:3:2: error: unknown column 'nmae'")
    assert errors_of("# title: T\nid,name\n") == [
        "in.csv:3:1: error: no units: expected one row a unit after the header"
    ]


# ---------------------------------------------------------------------- bad blocks


@pytest.mark.parametrize(
    ("block", "where", "fragment"),
    [
        ("# titel: X\n", "1:3", "unknown field 'titel' in the header block (did you mean 'title'?)"),
        ("# title:   \n", "1:9", "the title must not be empty"),
        ("# title: A\n# title: B\n", "2:3", "'title' is given twice (first on line 1)"),
        ("# title x: A\n", "1:3", "'title' takes no id"),
        ("# title: a\x1bb\n", "1:11", "the title holds the control character U+001B"),
        ('"# description: one\ntwo \x07"\n', "2:5", "the description holds the control character U+0007"),
        ("# baseline: /etc/base.yaml\n", "1:13", "the baseline '/etc/base.yaml' must be a path relative"),
        ("# baseline: base.txt\n", "1:13", "the baseline 'base.txt' must name a .yaml or .yml file"),
        ("# rulebooks: ok; ../x.py\n", "1:18", "rulebook '../x.py' must name a .yaml or .yml file"),
        ("# rulebooks: Peace Book\n", "1:14", "rulebook 'Peace Book' is neither a built-in"),
        ("# regions: Africa;Europe; Africa\n", "1:27", "region 'Africa' is listed twice"),
        ("# regions: Asia\n", "5:4", "region 'Africa' is not among the chart's regions (line 1): Asia"),
        ("# group: Name\n", "1:3", "write the group's id after 'group'"),
        ("# group SPG: Name\n", "1:9", "group 'SPG' is not a valid id"),
        ("# group sg: Name\n", "1:9", "group 'sg' has the id of a unit (row 4)"),
        ("# group g:\n", "1:11", "group 'g' needs a name"),
        ("# group g: A\n# group g: B\n", "2:3", "'group g' is given twice (first on line 1)"),
        ('"# title: A" B\n', "1:13", "text after the closing quote of this header block line"),
        ('"# title: A\n', "1:1", 'the quote (") that opens this header block line is never closed'),
        ("# title: T\n\n", "3:1", "no header row after the header block"),
    ],
)
def test_bad_block_lines_are_located(block: str, where: str, fragment: str) -> None:
    text = block if "after the header block" in fragment else block + "\n" + HEADER + ROWS
    assert errors_of(text)[0].startswith(f"in.csv:{where}: error: {fragment}")


def test_every_problem_is_listed_at_once() -> None:
    text = "# titel: X\n# baseline: /x.yaml\n\nid,name\nBad,B\n"
    assert [error.split(": error")[0] for error in errors_of(text)] == [
        "in.csv:1:3",
        "in.csv:2:13",
        "in.csv:5:1",
    ]


def test_too_many_groups_are_refused_in_the_block() -> None:
    block = "".join(f"# group g{i}: G\n" for i in range(MAX_GROUPS + 1))
    errors = errors_of(block + HEADER + ROWS)
    assert errors[0].startswith(f"in.csv:{MAX_GROUPS + 1}:3: error: more than 10,000 groups")


# ---------------------------------------------------------------------- the command line


def test_export_then_import_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "charts"
    (folder / "rules").mkdir(parents=True)
    (tmp_path / "base line").mkdir()
    (tmp_path / "base line" / "baseline-2017.yaml").write_text(dump_chart(full_chart()), encoding="utf-8")
    (folder / "rules" / "mine.yaml").write_text("rulebook: 1\nname: mine\nrules: []\n", encoding="utf-8")
    source, again = folder / "chart.yaml", folder / "again.yaml"
    source.write_text(dump_chart(full_chart()), encoding="utf-8")
    assert main(["export", str(source), "-o", str(folder / "chart.csv")]) == 0
    assert main(["import", str(folder / "chart.csv"), "-o", str(again)]) == 0
    assert meta(load_chart(again)) == meta(full_chart())
    status = main(["diff", str(source), str(again)])
    assert status == 0, capsys.readouterr()
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text("# title: T\n# rulebooks: /etc/passwd\n\n" + HEADER + ROWS, encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "bad.yaml")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{bad}:2:14: error: rulebook '/etc/passwd'")
    assert not (tmp_path / "bad.yaml").exists()


EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.mark.parametrize("name", ["proposal-2017", "implemented-2019", "baseline-2017"])
def test_the_examples_round_trip_through_the_command(tmp_path: Path, name: str) -> None:
    """``orgeditor export X.yaml -o X.csv``, ``orgeditor import X.csv -o Y.yaml``: the same
    chart (``orgeditor diff`` finds nothing), its own fields and group names included."""
    example = EXAMPLES / f"{name}.yaml"
    shutil.copy(EXAMPLES / "baseline-2017.yaml", tmp_path)  # the baseline named, beside the import
    out_csv, out_yaml = tmp_path / f"{name}.csv", tmp_path / f"{name}-again.yaml"

    def orgeditor(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "orgeditor", *args]
        return subprocess.run(command, check=False, capture_output=True, text=True)

    assert orgeditor("export", str(example), "-o", str(out_csv)).returncode == 0
    assert orgeditor("import", str(out_csv), "-o", str(out_yaml)).returncode == 0
    diff = orgeditor("diff", str(example), str(out_yaml))
    assert diff.returncode == 0, diff.stdout + diff.stderr
    assert meta(load_chart(out_yaml)) == meta(load_chart(example))


def test_a_description_at_the_limit_survives() -> None:
    description = '"x", ' * (MAX_LONG_TEXT // 5)
    chart = build_chart(title="T", description=description, units=[Unit("a", "A", "office")])
    assert loads_csv(dumps_csv(chart)).description == description


block_texts = st.lists(
    st.tuples(
        st.sampled_from(["#", '"#', "# ", "##", ""]),
        st.sampled_from(
            [
                "title",
                "Title",
                "description",
                "baseline",
                "rulebooks",
                "regions",
                "funding",
                "group g",
                "departure",
                "departure x",
                "x",
            ]
        ),
        st.sampled_from([":", ": ", " : ", ""]),
        st.text(alphabet=st.sampled_from(list('ab ,;"\r\n\t#:x/.\x1b')), max_size=12),
    ).map("".join),
    max_size=5,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block_texts, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_any_block_gives_a_chart_or_located_errors(lines: list[str], end: str, blank: bool) -> None:
    text = end.join(lines) + end + (end if blank else "") + HEADER + ROWS
    try:
        chart = loads_csv(text, filename="in.csv")
    except CsvImportError as exc:
        for error in exc.errors:
            assert LOCATED.match(str(error)), str(error)
            assert error.row >= 1 and error.column >= 1
        return
    assert list(chart.units) == ["sg", "dppa"]
    again = loads_csv(dumps_csv(chart))  # what was accepted exports and imports the same
    assert meta(again) == meta(chart)


@pytest.mark.parametrize("module", [csv_meta, csv_format])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0
