"""The chart's limits hold for every way a chart is made: the model's edits (as the editor makes
them), the CSV import and the writer, not only the loader, so nothing makes a file that will not
open again."""

from __future__ import annotations

import pytest

from orgeditor.io import dump_chart, loads_chart
from orgeditor.io.csv_format import CsvImportError, loads_csv
from orgeditor.model import Chart, ChartError, Group, Head, ReportingLine, Unit, build_chart
from orgeditor.model.limits import MAX_LEVELS, MAX_LONG_TEXT, MAX_POSTS, MAX_TEXT


def _chart() -> Chart:
    return build_chart(title="T", units=[Unit("sg", "Secretary-General", "office")])


@pytest.mark.parametrize(
    "unit",
    [
        Unit("a", "N" * (MAX_TEXT + 1), "office"),
        Unit("a" * (MAX_TEXT + 1), "A", "office"),
        Unit("a", "A", "office", short="S" * (MAX_TEXT + 1)),
        Unit("a", "A", "office", head=Head(title="T" * (MAX_TEXT + 1))),
        Unit("a", "A", "office", functions=("f" * (MAX_TEXT + 1),)),
        Unit("a", "A", "office", note="n" * (MAX_LONG_TEXT + 1)),
        Unit("a", "A", "office", posts=MAX_POSTS + 1),
    ],
)
def test_an_edit_over_a_limit_is_refused(unit: Unit) -> None:
    chart = _chart()
    with pytest.raises(ChartError):
        chart.add_unit(unit)
    assert "a" not in chart.units


def test_an_edit_at_the_limits_saves_and_loads_again() -> None:
    chart = _chart()
    chart.add_unit(
        Unit(
            "a" * MAX_TEXT,
            "N" * MAX_TEXT,
            "office",
            note="n" * MAX_LONG_TEXT,
            posts=MAX_POSTS,
            reports_to=(ReportingLine("sg"),),
        )
    )
    chart.set_meta(title="T" * MAX_TEXT, baseline="../variants/base.yaml", rulebooks=["peace-security-2017"])
    assert loads_chart(dump_chart(chart)) == chart


@pytest.mark.parametrize(
    "meta",
    [
        {"baseline": "/etc/passwd"},
        {"baseline": "notes.txt"},
        {"rulebooks": ["../../etc/passwd"]},
        {"rulebooks": ["Bad Name"]},
        {"title": "T" * (MAX_TEXT + 1)},
        {"description": "d" * (MAX_LONG_TEXT + 1)},
    ],
)
def test_chart_fields_a_file_could_not_hold_are_refused(meta: dict[str, object]) -> None:
    chart = _chart()
    with pytest.raises(ChartError):
        chart.set_meta(**meta)  # type: ignore[arg-type]


def test_a_group_name_over_the_limit_is_refused() -> None:
    chart = _chart()
    with pytest.raises(ChartError):
        chart.add_group(Group("g", "G" * (MAX_TEXT + 1), ("sg",)))


def test_build_chart_refuses_a_chain_over_the_level_limit() -> None:
    units = [Unit("u0", "U", "office")]
    units += [
        Unit(f"u{i}", "U", "unit", reports_to=(ReportingLine(f"u{i - 1}"),)) for i in range(1, MAX_LEVELS + 1)
    ]
    with pytest.raises(ChartError, match="levels"):
        build_chart(title="Deep", units=units)
    assert len(build_chart(title="Deep", units=units[:MAX_LEVELS])) == MAX_LEVELS


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("id,name,kind\nsg," + "N" * (MAX_TEXT + 1) + ",office\n", 2),
        (
            "id,name,kind,reports_to\nu0,U,office,\n"
            + "".join(f"u{i},U,unit,u{i - 1}\n" for i in range(1, MAX_LEVELS + 1)),
            MAX_LEVELS + 2,
        ),
    ],
)
def test_a_csv_import_over_a_limit_is_a_located_error(content: str, line: int) -> None:
    with pytest.raises(CsvImportError) as caught:
        loads_csv(content, "in.csv")
    assert str(caught.value).startswith(f"in.csv:{line}:")
