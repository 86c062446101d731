"""The review's kinds of hostile chart, one case each (and a few of our own), through the real
command line: every bad chart gives a located ``FILE:LINE:COL`` error and exit 2, nothing
prints a traceback or a raw control character, nothing takes long."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.io import ChartLoadError, load_chart
from orgeditor.io.yamltree import MAX_DIGITS

HEAD = "orgchart: 1\ntitle: T\n"
ONE = "units:\n  a: {name: A, kind: office}\n"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

#: (case, file content, line and column of the error)
BAD_CHARTS: list[tuple[str, str, tuple[int, int]]] = [
    (
        "posts of 5,000 digits",
        HEAD + "units:\n  a: {name: A, kind: office, posts: " + "9" * 5000 + "}\n",
        (4, 37),
    ),
    (
        "posts of 31 digits",
        HEAD + "units:\n  a: {name: A, kind: office, posts: 1" + "0" * 30 + "}\n",
        (4, 37),
    ),
    ("posts 10**30 as float", HEAD + "units:\n  a: {name: A, kind: office, posts: 1e30}\n", (4, 37)),
    ("posts .nan", HEAD + "units:\n  a: {name: A, kind: office, posts: .nan}\n", (4, 37)),
    ("posts negative", HEAD + "units:\n  a: {name: A, kind: office, posts: -1}\n", (4, 37)),
    ("posts hexadecimal", HEAD + "units:\n  a: {name: A, kind: office, posts: 0x1f}\n", (4, 37)),
    ("posts sexagesimal", HEAD + "units:\n  a: {name: A, kind: office, posts: 1:20}\n", (4, 37)),
    ("posts octal", HEAD + "units:\n  a: {name: A, kind: office, posts: 0o17}\n", (4, 37)),
    ("posts with underscores", HEAD + "units:\n  a: {name: A, kind: office, posts: 1_000}\n", (4, 37)),
    ("version of 5,000 digits", "orgchart: " + "1" * 5000 + "\ntitle: T\n" + ONE, (1, 11)),
    ("version 1.0", "orgchart: 1.0\ntitle: T\n" + ONE, (1, 11)),
    ("position of 400 digits", HEAD + ONE + "layout:\n  positions: {a: [" + "9" * 400 + ", 0]}\n", (6, 19)),
    ("position 1e400", HEAD + ONE + "layout:\n  positions: {a: [1e400, 0]}\n", (6, 18)),
    ("position .inf", HEAD + ONE + "layout:\n  positions: {a: [0, .inf]}\n", (6, 18)),
    ("position .nan", HEAD + ONE + "layout:\n  positions: {a: [.nan, 0]}\n", (6, 18)),
    ("position 1e300", HEAD + ONE + "layout:\n  positions: {a: [1e300, 0]}\n", (6, 18)),
    ("ESC in a unit id", HEAD + 'units:\n  "a\\e[2J": {name: A, kind: office}\n', (4, 3)),
    ("CR in a unit id", HEAD + 'units:\n  "a\\rb": {name: A, kind: office}\n', (4, 3)),
    ("ESC in a key", HEAD + ONE + '"\\e]0;pwned\\a": 1\n', (5, 1)),
    ("bidi override in a key", HEAD + ONE + '"ti\\u202etle": 1\n', (5, 1)),
    ("ESC in a reference", HEAD + 'units:\n  a: {name: A, kind: office, reports_to: "\\e[31mb"}\n', (4, 42)),
    ("ESC in a value", HEAD + 'units:\n  a: {name: "A\\e[2J", kind: office}\n', (4, 13)),
    ("C1 CSI in a value", HEAD + 'units:\n  a: {name: "A\\x9b2J", kind: office}\n', (4, 13)),
    ("raw ESC byte", HEAD + "units:\n  a: {name: A\x1b[2J, kind: office}\n", (4, 14)),
    ("sexagesimal id", HEAD + "units:\n  1:20: {name: A, kind: office}\n", (4, 3)),
    ("null id", HEAD + "units:\n  ~: {name: A, kind: office}\n", (4, 3)),
    ("rulebook outside as an absolute path", HEAD + "rulebooks: [/etc/passwd]\n" + ONE, (3, 13)),
    ("rulebook up and out, not YAML", HEAD + "rulebooks: [../../../../etc/passwd]\n" + ONE, (3, 13)),
    ("baseline /dev/zero", HEAD + "baseline: /dev/zero\n" + ONE, (3, 11)),
    (
        "name of 10,000 characters",
        HEAD + "units:\n  a: {name: " + "x" * 10_000 + ", kind: office}\n",
        (4, 13),
    ),
    (
        "too many units",
        HEAD + "units:\n" + "".join(f"  u{i}: {{name: U, kind: unit}}\n" for i in range(50_001)),
        (50_004, 3),
    ),
    (
        "too many entries in one list",
        HEAD + ONE.rstrip("}\n") + ", functions: [" + "f, " * 100_001 + "]}\n",
        (4, 300042),
    ),
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out + err


@pytest.mark.parametrize(("case", "content", "where"), BAD_CHARTS, ids=[c for c, _, _ in BAD_CHARTS])
def test_a_bad_chart_is_a_located_error_everywhere(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    content: str,
    where: tuple[int, int],
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    start = time.monotonic()
    for argv in (
        ["check", str(path)],
        ["check", str(path), "--format", "json"],
        ["trace", str(path), "a"],
        ["export", str(path), "-o", str(tmp_path / "out.csv")],
        ["diff", str(path), str(path)],
    ):
        status, output = _run(argv, capsys)
        assert status == 2, (argv, output)
        first = output.splitlines()[0]
        assert re.match(rf"^{re.escape(str(path))}:\d+:\d+: error: ", first), first
        assert RAW.search(output) is None, repr(output)
        assert "Traceback" not in output and "/etc/passwd:" not in output
    assert time.monotonic() - start < 20
    error = re.match(rf"^{re.escape(str(path))}:(\d+):(\d+):", _run(["check", str(path)], capsys)[1])
    assert error is not None and (int(error[1]), int(error[2])) == where
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(
    ("written", "loaded"),
    [("on", "on"), ("0x1f", "0x1f"), ("017", "017"), ("yes", "yes"), ("1e3", "1e3"), ("null", "null")],
)
def test_a_unit_id_is_the_text_written_never_a_yaml_11_value(
    written: str, loaded: str, tmp_path: Path
) -> None:
    path = tmp_path / "ids.yaml"
    path.write_text(
        HEAD
        + "units:\n  top: {name: Top, kind: office}\n"
        + f"  {written}: {{name: X, kind: unit, reports_to: top}}\n"
        + f"  below: {{name: B, kind: unit, reports_to: {written}}}\n"
        + f"groups:\n  g: {{name: G, members: [{written}, below]}}\n"
        + f"layout:\n  positions: {{{written}: [1, 2]}}\n  pinned: [{written}]\n"
    )
    chart = load_chart(path)
    assert loaded in chart.units
    assert chart.unit("below").reports_to[0].to == loaded
    assert chart.groups["g"].members[0] == loaded
    assert chart.layout.positions[loaded] == (1.0, 2.0)


def test_numbers_keep_their_decimal_meaning(tmp_path: Path) -> None:
    path = tmp_path / "n.yaml"
    path.write_text(HEAD + "units:\n  a: {name: 12, kind: office}\n")
    with pytest.raises(ChartLoadError, match="must be text"):  # a name that is a number: quote it
        load_chart(path)
    path.write_text(
        HEAD + f"units:\n  a: {{name: 1:20, short: 0x1f, kind: office, posts: {'9' * 7}}}\n"
        "layout:\n  positions: {a: [-1.5e3, +017]}\n"
    )
    chart = load_chart(path)
    unit = chart.unit("a")
    assert (unit.name, unit.short, unit.posts) == ("1:20", "0x1f", 9_999_999)
    assert chart.layout.positions["a"] == (-1500.0, 17.0)
    assert MAX_DIGITS >= 20


def test_a_chain_deeper_than_the_limit_is_refused_and_trace_output_stays_linear(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgeditor.model.limits import MAX_LEVELS  # noqa: PLC0415

    def chain(levels: int) -> Path:
        lines = [HEAD + "units:", "  u0: {name: U, kind: office}"]
        lines += [f"  u{i}: {{name: U, kind: unit, reports_to: u{i - 1}}}" for i in range(1, levels)]
        path = tmp_path / f"chain{levels}.yaml"
        path.write_text("\n".join(lines) + "\n")
        return path

    deep = chain(MAX_LEVELS + 1)
    status, output = _run(["check", str(deep)], capsys)
    assert status == 2
    assert f"{deep}:{MAX_LEVELS + 4}:3: error: unit 'u{MAX_LEVELS}' is more than" in output
    status, output = _run(["trace", str(chain(MAX_LEVELS)), f"u{MAX_LEVELS - 1}"], capsys)
    assert status == 0
    assert len(output) < 200 * MAX_LEVELS  # indentation stops growing (it was 1.5 MB here)


def test_a_cycle_longer_than_the_limit_is_refused_too(tmp_path: Path) -> None:
    from orgeditor.model.limits import MAX_LEVELS  # noqa: PLC0415

    size = MAX_LEVELS + 5
    lines = [HEAD + "units:"] + [
        f"  u{i}: {{name: U, kind: unit, reports_to: u{(i + 1) % size}}}" for i in range(size)
    ]
    path = tmp_path / "cycle.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(ChartLoadError, match="levels"):
        load_chart(path)
