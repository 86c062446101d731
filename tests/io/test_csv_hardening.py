"""CSV import and export against hostile input (issue 13): every problem is a located error
``FILE:LINE:COL: error: …`` with control characters escaped, never a traceback; what the import
accepts always saves as a chart file that loads again; sizes are bounded before parsing."""

from __future__ import annotations

import csv
import io
import os
import re
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.cli import main
from orgeditor.io import dump_chart, load_chart, loads_chart
from orgeditor.io.csv_format import (
    COLUMNS,
    MAX_CSV_BYTES,
    MAX_CSV_FIELD,
    MAX_CSV_ROWS,
    CsvImportError,
    _yaml_size_bound,
    dumps_csv,
    load_csv,
    loads_csv,
)
from orgeditor.io.yamltree import MAX_BYTES
from orgeditor.model import (
    KINDS,
    LINK_KINDS,
    PRESENCES,
    RANKS,
    SCOPES,
    Chart,
    Group,
    Head,
    Link,
    ReportingLine,
    Unit,
    build_chart,
)
from orgeditor.model.limits import MAX_POSTS
from orgeditor.model.vocabulary import CONTROL_CHARACTER

LOCATED = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): error: (?P<message>.+)$")


def run_import(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str]]:
    """``orgeditor import PATH -o out.yaml``: its exit status and stderr lines (checked inert)."""
    out = path.parent / "out.yaml"
    status = main(["import", str(path), "-o", str(out), *extra])
    captured = capsys.readouterr()
    err = captured.err
    assert "Traceback" not in err
    assert "\x1b" not in err and "\x00" not in err and "\r" not in err
    if status != 0:
        assert not out.exists()
    return status, err.splitlines()


def refused(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[re.Match[str]]:
    """The located errors of an import that must fail with exit status 2."""
    status, lines = run_import(path, capsys, *extra)
    assert status == 2, lines
    assert lines[-1].endswith("nothing written")
    errors = [LOCATED.match(line) for line in lines[:-1]]
    assert errors and all(errors), lines
    return [error for error in errors if error is not None]


def assert_error(
    errors: list[re.Match[str]], path: Path, line: int, column: int, fragment: str
) -> re.Match[str]:
    for error in errors:
        if (
            error["file"] == str(path)
            and (int(error["line"]), int(error["column"])) == (line, column)
            and fragment in error["message"]
        ):
            return error
    raise AssertionError(f"no {line}:{column} error with {fragment!r} in {[e.group() for e in errors]}")


def table(text: str) -> list[list[str]]:
    """The rows of an exported CSV text below its header block (read by Python's csv module,
    strictly: RFC 4180 for other readers too), the header row first."""
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    blank = rows.index([])
    assert all(len(row) == 1 and row[0].startswith("# ") for row in rows[:blank])
    return rows[blank + 1 :]


def write(tmp_path: Path, content: str | bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# ---------------------------------------------------------------------- export


def test_a_lone_cr_in_a_cell_is_quoted_and_comes_back() -> None:
    chart = Chart(title="T")
    chart.add_unit(Unit("a", "Office\rof the SG", "office", note='one, "two"\r\nthree\n'))
    text = dumps_csv(chart)
    assert 'a,"Office\rof the SG",' in text
    rows = table(text)
    assert [len(row) for row in rows] == [len(COLUMNS)] * 2
    assert rows[1][1] == "Office\rof the SG"
    again = loads_csv(text, title="T")
    assert again.unit("a").name == "Office\rof the SG"
    assert again.unit("a").note == 'one, "two"\r\nthree'  # cells are trimmed
    assert dumps_csv(again) == dumps_csv(loads_csv(dumps_csv(again), title="T"))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "'"])
def test_formula_starts_are_neutralised_and_restored(start: str) -> None:
    chart = Chart(title="T")
    chart.add_unit(Unit("a", f"{start}cmd|' /C calc'!A0", "office", note=f"{start}1+1"))
    text = dumps_csv(chart)
    row = table(text)[1]
    assert row[1].startswith("'") and row[-1].startswith("'")  # a spreadsheet shows them as text
    again = loads_csv(text, title="T")
    assert again.unit("a") == chart.unit("a")
    assert dumps_csv(again) == text


def test_an_apostrophe_typed_in_a_spreadsheet_stays() -> None:
    chart = loads_csv("id,name,note\na,'Quoted,'plain text\n")
    assert chart.unit("a").name == "'Quoted" and chart.unit("a").note == "'plain text"
    assert loads_csv("id,name\na,'=1+1\n").unit("a").name == "=1+1"  # exported by us: guarded


#: Texts a chart may hold that CSV carries unchanged: trimmed (cells are trimmed on import),
#: or starting with a character the formula guard keeps.
plain_texts = (
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=25)
    .map(str.strip)
    .filter(lambda text: text != "" and CONTROL_CHARACTER.search(text) is None)
)
tricky_texts = st.sampled_from(
    [
        "=SUM(A1:A9)",
        "+1",
        "-1",
        "@home",
        "'quoted",
        "''twice",
        "'=x",
        "\tindented",
        "\rreturn",
        "a,b",
        'say "hi"',
        '"',
        "a\rb",
        "a\r\nb",
        "a\nb",
        "a;b",
        "a\u2028b",
        "\u202eevil",
    ]
)
texts = plain_texts | tricky_texts
#: Entries of a list cell (regions): each is trimmed, and ';' separates them.
list_items = texts.filter(lambda text: ";" not in text and text == text.strip())
ids = st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,8}\Z")


@st.composite
def csv_charts(draw: st.DrawFn) -> Chart:
    """Random charts whose every field a CSV row can carry."""
    unit_ids = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    units = []
    for unit_id in unit_ids:
        kind = draw(st.sampled_from(KINDS))
        head = Head(
            draw(st.none() | texts),
            draw(st.none() | st.sampled_from(RANKS)),
            draw(st.none() | st.sampled_from(("female", "male", "unspecified"))),
            draw(st.none() | texts),
        )
        units.append(
            Unit(
                unit_id,
                draw(texts),
                kind,
                short=draw(st.none() | texts),
                head=None if head.is_empty() else head,
                reports_to=tuple(
                    draw(
                        st.lists(
                            st.builds(ReportingLine, st.sampled_from(unit_ids), st.sampled_from(SCOPES)),
                            max_size=2,
                            unique=True,
                        )
                    )
                ),
                regions=tuple(draw(st.lists(list_items, max_size=2, unique=True))),
                presence=draw(st.none() | st.sampled_from(PRESENCES)) if kind == "mission" else None,
                functions=tuple(draw(st.lists(st.sampled_from(("good-offices", "ddr", "x-1")), unique=True))),
                posts=draw(st.none() | st.integers(0, MAX_POSTS)),
                note=draw(st.none() | texts),
            )
        )
    links = draw(
        st.lists(
            st.builds(
                Link, st.sampled_from(unit_ids), st.sampled_from(unit_ids), st.sampled_from(LINK_KINDS)
            ),
            max_size=3,
            unique=True,
        )
    )
    group_ids = [f"group-{i}" for i in range(draw(st.integers(0, 2)))]
    groups = [
        Group(gid, gid, tuple(draw(st.lists(st.sampled_from(unit_ids), min_size=1, unique=True))))
        for gid in group_ids
    ]
    return build_chart(title="T", units=units, links=links, groups=groups)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(csv_charts())
def test_ordinary_charts_round_trip(chart: Chart) -> None:
    text = dumps_csv(chart)
    assert text == dumps_csv(chart)  # deterministic
    rows = table(text)
    assert [len(row) for row in rows] == [len(COLUMNS)] * (len(chart) + 1)
    again = loads_csv(text, title="T")
    assert list(again.units.items()) == list(chart.units.items())
    assert dumps_csv(again) == text


# ---------------------------------------------------------------------- strict import


HEADER = "id,name,kind,reports_to,posts,note\n"


@pytest.mark.parametrize(
    ("content", "line", "column", "fragment"),
    [
        pytest.param(
            HEADER + 'sg,"Secretary-General,office,,,\ndppa,DPPA,department,sg,1,\n',
            2,
            2,
            "never closed",
            id="unclosed quote",
        ),
        pytest.param(
            HEADER + "sg,SG,office,,,\n" + 'a,"A,division,sg,1,\nb,B,division,sg,"2"x,\n',
            3,
            2,
            "text after the closing quote (on line 4)",
            id="stray quote closed by another",
        ),
        pytest.param(
            HEADER + 'sg,"SG" x,office,,,\n', 2, 2, "text after the closing quote", id="after quote"
        ),
        pytest.param(HEADER + 'sg,S"G,office,,,\n', 2, 2, "a quote inside a cell", id="bare quote"),
        pytest.param(HEADER + "sg,SG,office\n", 2, 4, "column 4 'reports_to'", id="short row"),
        pytest.param(HEADER + "sg,SG,office,,,,x\n", 2, 7, "has 7 cells but the header has 6", id="long row"),
        pytest.param(
            HEADER + 'sg,"S\nG",office,,,\nx,X,office,sg,,,\n',
            4,
            7,
            "has 7 cells",
            id="long row after a break",
        ),
        pytest.param("id,name,colour\nsg,SG,red\n", 1, 3, "unknown column 'colour'", id="unknown header"),
        pytest.param("id,name,Name\nsg,SG,x\n", 1, 3, "column 'Name' appears twice", id="duplicate header"),
        pytest.param("id,name,\nsg,SG,\n", 1, 3, "column 3 has no name", id="empty header"),
        pytest.param(
            "id,name,no\x1b[31mte\nsg,SG,x\n", 1, 3, "holds the control character U+001B", id="ESC in header"
        ),
        pytest.param(
            HEADER + "sg,S\x1b]0;owned\x07G,office,,,\n",
            2,
            2,
            "'name' holds the control character U+001B",
            id="ESC in cell",
        ),
        pytest.param(HEADER + "sg,SG,office,,,a\x00b\n", 2, 6, "U+0000", id="NUL in cell"),
        pytest.param(HEADER + "sg,SG,office,,,a\x7fb\n", 2, 6, "U+007F", id="DEL in cell"),
        pytest.param(
            "id,name\nsg," + "x" * (MAX_CSV_FIELD + 1) + "\n", 2, 2, "at most 100,000", id="long field"
        ),
        pytest.param(
            'id,name\nsg,"' + "x" * 131_073 + '"\n',
            2,
            2,
            "131,073 characters long",
            id="over csv's own limit",
        ),
        pytest.param(
            'id,name\nsg,"' + "x" * 300_000 + "\n", 2, 2, "longer than 100,000", id="long open quote"
        ),
        pytest.param(
            ",".join(f"c{i}" for i in range(100)) + "\n",
            1,
            4 * len(COLUMNS) + 1,
            "the header row has 100 cells",
            id="wide",
        ),
    ],
)
def test_malformed_csv_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *, content: str, line: int, column: int, fragment: str
) -> None:
    path = write(tmp_path, content)
    assert_error(refused(path, capsys), path, line, column, fragment)


@pytest.mark.parametrize(
    "posts",
    [
        "1" + "0" * 5000,
        "9" * 4301,
        "10000001",
        "-1",
        "-0",
        "1.5",
        "1e3",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "0x10",
        "1_000",
        "١٢",
        "+5",
        "5 000",
        "½",
    ],
)
def test_posts_out_of_range_or_not_whole_is_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], posts: str
) -> None:
    path = write(tmp_path, f"id,name,posts\nsg,SG,{posts}\n")
    error = assert_error(refused(path, capsys), path, 2, 3, "posts")
    assert len(error["message"]) < 200  # a 5,000-digit number is not echoed whole


def test_posts_at_the_limits_are_accepted() -> None:
    chart = loads_csv(f"id,name,posts\na,A,0\nb,B,{MAX_POSTS}\nc,C,007\n")
    assert [unit.posts for unit in chart] == [0, MAX_POSTS, 7]


def test_echoed_cells_are_short_and_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "id,name,kind\nsg,SG,off\u202eice" + "x" * 500 + "\n")
    error = assert_error(refused(path, capsys), path, 2, 3, "kind 'off\\u202eice")
    assert "\u202e" not in error.group() and "x" * 61 not in error.group() and "…" in error.group()


def test_the_file_name_is_echoed_inert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "id,name\nBad,X\n", name="evil\x1b[2J.csv")
    status, lines = run_import(path, capsys)
    assert status == 2
    assert lines[0].startswith(str(tmp_path / "evil\\x1b[2J.csv") + ":2:1: error: 'Bad' is not a valid id")


@pytest.mark.parametrize(
    ("content", "line", "column", "fragment"),
    [
        pytest.param(
            "id,name,reports_to\na,A,b\n", 2, 3, "reports to 'b', which is not an id", id="reference"
        ),
        pytest.param(
            "id,name,groups\na,A,Big Group\n", 2, 3, "group 'Big Group' is not a valid id", id="group"
        ),
        pytest.param(
            "id,name,kind,presence\na,A,office,peacekeeping\n", 2, 4, "not a mission", id="presence"
        ),
        pytest.param("id,name,head_rank\na,A,usg\n", 2, 3, "did you mean 'USG'", id="rank"),
        pytest.param("id,name\na,   \n", 2, 2, "needs a name", id="blank name"),
        pytest.param("id,name\nA-1,X\n", 2, 1, "not a valid id", id="id"),
        pytest.param(
            "id,name,regions\na,A,Africa;Africa\n", 2, 3, "region 'Africa' is listed twice", id="regions"
        ),
        pytest.param("id,name,functions\na,A,x;x\n", 2, 3, "function 'x' is listed twice", id="functions"),
        pytest.param("id,name,groups\na,A,g;g\n", 2, 3, "group 'g' is listed twice", id="group twice"),
        pytest.param("id,name,links\na,A,a@informs;a@informs\n", 2, 3, "listed twice", id="links"),
    ],
)
def test_the_chart_format_limits_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], *, content: str, line: int, column: int, fragment: str
) -> None:
    path = write(tmp_path, content)
    assert_error(refused(path, capsys), path, line, column, fragment)


@pytest.mark.parametrize(("title", "fragment"), [("", "must not be empty"), ("A\x1bB", "U+001B")])
def test_a_bad_title_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, fragment: str
) -> None:
    path = write(tmp_path, "id,name\na,A\n")
    assert_error(refused(path, capsys, "--title", title), path, 1, 1, fragment)


def test_a_file_name_with_control_characters_makes_a_clean_title(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name\na,A\n", name="org\x1bchart.csv")
    chart = load_csv(path)
    assert chart.title == "orgchart"
    assert loads_chart(dump_chart(chart)).title == "orgchart"


def test_long_ids_repeated_in_groups_cannot_blow_up_the_chart_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    groups = ";".join(f"g{i}" for i in range(400))
    content = "id,name,groups\n" + "".join(f"{'u' * 450}{i},U,{groups}\n" for i in range(400))
    assert len(content) < 1_200_000
    path = write(tmp_path, content)
    start = time.perf_counter()
    assert_error(refused(path, capsys), path, 1, 1, "20 MB a chart file may hold")
    assert time.perf_counter() - start < 2


def test_a_good_file_imports_with_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path,
        "\ufeffid;Name;Reports To;Kind;Posts;Note\r\n"
        'sg;"Secretary-General; office";;office;1;"line one\r\nline two"\r\n'
        "dppa;DPPA;sg;department;10000000;'=formula\r\n"
        "\r\n",
    )
    status, lines = run_import(path, capsys)
    assert (status, lines) == (0, [])
    chart = load_chart(tmp_path / "out.yaml")
    assert chart.unit("sg").name == "Secretary-General; office"
    assert chart.unit("sg").note == "line one\r\nline two"
    assert chart.unit("dppa").note == "=formula" and chart.unit("dppa").posts == MAX_POSTS


# ---------------------------------------------------------------------- sizes and file kinds


def test_a_file_over_the_byte_limit_is_refused_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_CSV_BYTES * 10)  # sparse: 200 MB of NULs
    start = time.perf_counter()
    assert_error(refused(path, capsys), path, 1, 1, "larger than 20 MB")
    assert time.perf_counter() - start < 1
    assert MAX_CSV_BYTES == MAX_BYTES


def test_a_million_rows_are_refused_quickly_at_the_first_row_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "id,name\n" + "".join(f"u{i},Unit {i}\n" for i in range(1_000_000)))
    start = time.perf_counter()
    assert_error(refused(path, capsys), path, MAX_CSV_ROWS + 2, 1, "more than 50,000 rows")
    assert time.perf_counter() - start < 2


def test_blank_lines_count_as_rows(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match=r":50002:1: error: more than 50,000 rows"):
        loads_csv("id,name\na,A\n" + "\n" * 2_000_000)


def test_rows_up_to_the_limit_import() -> None:
    text = "id,name,reports_to\n" + "r,Root,\n" + "".join(f"u{i},U,r\n" for i in range(MAX_CSV_ROWS - 1))
    start = time.perf_counter()
    chart = loads_csv(text)
    assert len(chart) == MAX_CSV_ROWS
    assert time.perf_counter() - start < 10


def _refused_at_once(path: Path, capsys: pytest.CaptureFixture[str]) -> list[re.Match[str]]:
    """Import *path* in a thread: a reader blocked on a FIFO must not hang the test run."""
    result: list[list[re.Match[str]]] = []
    worker = threading.Thread(target=lambda: result.append(refused(path, capsys)), daemon=True)
    worker.start()
    worker.join(5)
    assert not worker.is_alive(), "the import blocked"
    assert result
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    assert_error(_refused_at_once(path, capsys), path, 1, 1, "FIFO")


def test_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "folder.csv"
    path.mkdir()
    assert_error(_refused_at_once(path, capsys), path, 1, 1, "folder")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    errors = _refused_at_once(Path("/dev/zero"), capsys)
    assert_error(errors, Path("/dev/zero"), 1, 1, "device")


def test_a_missing_or_unreadable_file_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "missing.csv"
    assert_error(refused(path, capsys), path, 1, 1, "no such file")


def test_non_utf8_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, b"id,name\na,ok\nb,caf\xe9\n")
    assert_error(refused(path, capsys), path, 3, 6, "not UTF-8")


def test_an_unwritable_output_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "id,name\na,A\n")
    status = main(["import", str(path), "-o", str(tmp_path / "no" / "such" / "folder.yaml")])
    err = capsys.readouterr().err
    assert status == 2 and "error: cannot write" in err and "Traceback" not in err


# ---------------------------------------------------------------------- properties

#: Cells that break a row, or nearly do.
hostile_cells = st.one_of(
    st.sampled_from(
        [
            "",
            "Bad Id",
            "A",
            "mision",
            "usg",
            "nobody",
            "a@sideways",
            "a@",
            "@informs",
            "a;a",
            "1e3",
            "nan",
            "-1",
            "10000001",
            "=1+1",
            "'=x",
            "'",
            " x ",
            "\t",
            "\u2028",
            "\x85",
            "\x1b[2J",
            "a\x00b",
            '"',
        ]
    ),
    st.text(max_size=8),
    st.text(alphabet=st.sampled_from(list("ab,;@\"\r\n\t ='\x1b\x85")), max_size=8),
)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    """Spreadsheet-like CSV text: a header of real columns (now and then not), rows of cells
    that are mostly valid, quoted or not, with any separator and line end; now and then a cell
    is hostile, a row short or long, or the text cut or spliced."""
    columns = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=8, unique=True))
    if draw(st.integers(0, 9)):
        columns = ["id", "name", *[c for c in columns if c not in ("id", "name")]]
    if draw(st.integers(0, 19)) == 0:
        columns.append(draw(st.text(max_size=5)))
    pool = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    id_list = st.lists(st.sampled_from(pool), max_size=2, unique=True)
    values: dict[str, st.SearchStrategy[str]] = {
        "name": texts,
        "kind": st.sampled_from(("", *KINDS)),
        "reports_to": id_list.map(lambda to: ";".join(f"{t}@{s}" for t, s in zip(to, SCOPES, strict=False))),
        "head_rank": st.sampled_from(("", *RANKS)),
        "head_gender": st.sampled_from(("", "female", "male", "unspecified")),
        "presence": st.sampled_from(("", "", "", *PRESENCES)),
        "regions": st.lists(list_items, max_size=2, unique=True).map(";".join),
        "functions": st.lists(st.sampled_from(("ddr", "good-offices")), unique=True).map(";".join),
        "posts": st.just("") | st.integers(0, MAX_POSTS).map(str),
        "links": id_list.map(lambda to: ";".join(f"{t}@{k}" for t, k in zip(to, LINK_KINDS, strict=False))),
        "groups": st.lists(st.sampled_from(("g1", "g2")), unique=True).map(";".join),
        "posts_by_grade": st.sampled_from(
            ("", "P-4=3;GS=1", "regular-budget:D-2=1|support-account:P-3=2;GS=0", "GS=2", "p-4=1", "X=1")
        ),
        "formerly": st.lists(ids, max_size=3, unique=True).map(";".join),
    }
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))

    def cell(value: str) -> str:
        if draw(st.integers(0, 4)) == 0 or any(c in value for c in f'{delimiter}"\r\n'):
            if draw(st.integers(0, 29)) == 0:
                return value  # left unquoted: mostly invalid
            return '"' + value.replace('"', '""') + '"'
        return value

    def value(column: str) -> str:
        if draw(st.integers(0, 39)) == 0:
            return draw(hostile_cells)
        return draw(values.get(column, st.just("") | texts))

    rows = [delimiter.join(cell(c) for c in columns)]
    for unit_id in pool:
        row = [
            unit_id if column == "id" and draw(st.integers(0, 39)) else value(column) for column in columns
        ]
        if draw(st.integers(0, 29)) == 0:
            row = row[:-1] if draw(st.booleans()) else [*row, "x"]
        rows.append(delimiter.join(cell(c) for c in row))
    text = end.join(rows) + (end if draw(st.booleans()) else "")
    if draw(st.integers(0, 29)) == 0:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=4)) + text[cut:]
    return text


@settings(max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(csv_texts())
def test_an_accepted_csv_always_saves_as_a_loadable_chart(text: str) -> None:
    try:
        chart = loads_csv(text, title="Imported")
    except CsvImportError as exc:
        assert exc.errors and all(LOCATED.match(str(error)) for error in exc.errors)
        assert all(not CONTROL_CHARACTER.search(str(error)) for error in exc.errors)
        return
    data = dump_chart(chart)
    again = loads_chart(data)  # never refused: what was imported is a valid chart
    assert list(again.units.items()) == list(chart.units.items())
    groups = {group.id: list(group.members) for group in chart.groups.values()}
    assert len(data.encode()) <= _yaml_size_bound(chart.title, list(chart), chart.links, groups)
    exported = dumps_csv(chart)  # and it exports to a CSV that imports to the same units
    assert list(loads_csv(exported, title="Imported").units.items()) == list(chart.units.items())


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300) | st.binary(max_size=300) | csv_texts())
def test_the_importer_raises_nothing_but_csv_import_error(data: str | bytes) -> None:
    try:
        loads_csv(data, filename="fuzz.csv")
    except CsvImportError as exc:
        for error in exc.errors:
            assert LOCATED.match(str(error)), str(error)
            assert error.row >= 1 and error.column >= 1
            assert not CONTROL_CHARACTER.search(str(error))
