"""CSV export and import: one row a unit, every bad cell reported with row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgeditor.io.csv_format import (
    COLUMNS,
    MAX_CSV_BYTES,
    CsvImportError,
    dumps_csv,
    load_csv,
    loads_csv,
)
from orgeditor.model import Chart, Group, Head, Link, ReportingLine, Unit


def small_chart() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office", head=Head("Secretary-General", "SG")))
    chart.add_unit(
        Unit(
            "dppa",
            "Department of Political and Peacebuilding Affairs",
            "department",
            short="DPPA",
            head=Head("USG DPPA", "USG", "female", "Rosemary, A; B"),
            reports_to=(ReportingLine("sg"),),
            functions=("good-offices", "mediation-support"),
            posts=120,
        )
    )
    chart.add_unit(
        Unit(
            "dpo",
            "Department of Peace Operations",
            "department",
            short="DPO",
            reports_to=(ReportingLine("sg"),),
        )
    )
    chart.add_unit(
        Unit(
            "asg-africa",
            'Office of the ASG for Africa, "the" office',
            "office",
            head=Head(rank="ASG"),
            regions=("Africa",),
            reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
        )
    )
    chart.add_unit(
        Unit(
            "minusma",
            "MINUSMA\nMali",
            "mission",
            presence="peacekeeping",
            reports_to=(ReportingLine("asg-africa", "mission"),),
            note="illustrative",
        )
    )
    chart.add_link(Link("dppa", "sg", "informs"))
    chart.add_group(Group("spg", "spg", ("dppa", "dpo")))
    return chart


def test_header_block_then_header_and_one_row_a_unit() -> None:
    text = dumps_csv(small_chart())
    lines = text.splitlines()
    assert lines[:4] == ["# title: Pillar", "# group spg: spg", "", ",".join(COLUMNS)]
    assert lines[4].startswith("sg,Secretary-General,")
    assert "dppa@non-mission;dpo@mission" in text
    assert dumps_csv(small_chart()) == text


def test_round_trip_gives_back_the_same_chart() -> None:
    chart = small_chart()
    again = loads_csv(dumps_csv(chart), title="Pillar")
    assert list(again.units) == list(chart.units)
    assert again == chart


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "pillar.csv"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_csv(small_chart()).encode())
    chart = load_csv(path)
    assert chart.title == "Pillar"
    assert list(chart.units) == ["sg", "dppa", "dpo", "asg-africa", "minusma"]
    assert load_csv(path, title="Given").title == "Given"  # a title given wins


def test_a_file_without_the_block_takes_its_title_from_its_name(tmp_path: Path) -> None:
    path = tmp_path / "pillar.csv"
    text = dumps_csv(small_chart())
    path.write_text(text[text.index("id,name") :], encoding="utf-8")
    chart = load_csv(path)
    assert chart.title == "pillar"
    assert chart.groups["spg"].name == "spg"
    assert chart.description is None and chart.rulebooks == () and chart.regions == ()


def test_semicolon_delimited_spreadsheet_and_loose_header() -> None:
    text = "ID;Name;Reports To;Kind\nsg;Secretary-General;;office\nx;X;sg;division\n"
    chart = loads_csv(text)
    assert chart.unit("x").reports_to == (ReportingLine("sg"),)


def test_rows_may_name_managers_further_down() -> None:
    chart = loads_csv("id,name,reports_to\nb,B,a\na,A,\n")
    assert chart.chain("b") == ["b", "a"]


def errors_of(text: str) -> list[str]:
    with pytest.raises(CsvImportError) as info:
        loads_csv(text, filename="in.csv")
    return [str(e) for e in info.value.errors]


def test_every_bad_cell_is_reported_with_row_and_column() -> None:
    text = (
        "id,name,kind,reports_to,posts,head_rank\n"
        "sg,SG,office,,,SG\n"
        "Bad Id,X,office,sg,,\n"
        "a,A,divisoin,sg,-3,\n"
        "b,B,office,nowhere@mission,many,Boss\n"
        "sg,Again,office,,,\n"
    )
    assert errors_of(text) == [
        "in.csv:3:1: error: 'Bad Id' is not a valid id (lower-case letters, digits, '.', '_', '-')",
        "in.csv:4:3: error: kind 'divisoin' is not one of: office, department, division, service,"
        " section, unit, team, mission, board, body, fund (did you mean 'division'?)",
        "in.csv:4:5: error: posts must not be negative",
        "in.csv:5:4: error: reports to 'nowhere', which is not an id in this file",
        "in.csv:5:5: error: posts 'many' is not a whole number (0 to 10,000,000, digits only)",
        "in.csv:5:6: error: head_rank 'Boss' is not one of: SG, DSG, USG, ASG, D-2, D-1, P-5, P-4,"
        " P-3, P-2, P-1",
        "in.csv:6:1: error: id 'sg' is already used in row 2",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "in.csv:1:1: error: empty file: expected a header row"),
        ("id,nmae\n", "in.csv:1:2: error: unknown column 'nmae' (did you mean 'name'?)"),
        ("id,kind\na,office\n", "in.csv:1:1: error: missing column 'name'"),
        ("id,name\n", "in.csv:2:1: error: no units: expected one row a unit after the header"),
        ("id,name\na,A,extra\n", "in.csv:2:3: error: this row has 3 cells but the header has 2 columns"),
        ("id,name,kind\na,A\n", "in.csv:2:3: error: this row has 2 cells but the header has 3 columns"),
        ("id,name,reports_to\na,A,a@sideways\n", "in.csv:2:3: error: scope 'sideways'"),
        ("id,name,links\na,A,a\n", "in.csv:2:3: error: link 'a' needs a kind"),
        ("id,name,kind,presence\na,A,office,peacekeeping\n", "in.csv:2:4: error: unit 'a' has a"),
        ("id,name,functions\na,A,Good Offices\n", "in.csv:2:3: error: function 'Good Offices'"),
        ("id,name,groups\na,A,a\n", "in.csv:2:3: error: group 'a' has the id of a unit"),
        ("id,name,reports_to\na,A,b;b\nb,B,\n", "in.csv:2:3: error: reporting line 'b' is listed twice"),
        ("id,name,regions\na,A,X;X\n", "in.csv:2:3: error: region 'X' is listed twice"),
        ("id,name,groups\na,A,g;g\n", "in.csv:2:3: error: group 'g' is listed twice"),
        ("id,name,links\na,A,a@informs;a@informs\n", "in.csv:2:3: error: link 'a@informs' is listed twice"),
    ],
)
def test_bad_input(text: str, expected: str) -> None:
    assert errors_of(text)[0].startswith(expected)


def test_non_utf8_bytes_are_located() -> None:
    with pytest.raises(CsvImportError) as info:
        loads_csv(b"id,name\na,caf\xe9\n", filename="in.csv")
    assert str(info.value).startswith("in.csv:2:6: error: the file is not UTF-8")


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_CSV_BYTES + 1)
    with pytest.raises(CsvImportError, match=r"big\.csv:1:1: error: file is larger than 20 MB"):
        load_csv(path)


def test_missing_file() -> None:
    with pytest.raises(CsvImportError, match=r"x\.csv:1:1: error: no such file"):
        load_csv("/nonexistent/x.csv")


def test_formula_like_cells_are_guarded_and_restored() -> None:
    chart = Chart(title="Guard")
    chart.add_unit(Unit("a", '=HYPERLINK("http://x")', "office", short="+1", note="@home"))
    chart.add_unit(Unit("b", "-2", "office", short="'quoted", note="\tindented\rline", regions=("=A",)))
    text = dumps_csv(chart)
    assert "'=HYPERLINK" in text and ",'+1," in text and "'@home" in text
    assert ",'-2," in text and ",''quoted," in text and ',"\'\tindented\rline"\n' in text
    again = loads_csv(text, title="Guard")
    assert again.unit("a") == chart.unit("a")
    assert again.unit("b") == chart.unit("b")
    assert dumps_csv(again) == text
