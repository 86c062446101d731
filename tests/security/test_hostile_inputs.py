"""Every input path refuses hostile input cleanly and fast: no object construction, no eval,
bounded time and memory. One test per path: charts, rulebooks, CSV, journals, settings."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orgeditor.io import ChartLoadError, load_chart, loads_chart
from orgeditor.io.csv_format import CsvImportError, loads_csv
from orgeditor.io.journal import find_journals, replay
from orgeditor.io.yamltree import MAX_BYTES
from orgeditor.rules.rulebook import loads_rulebook
from orgeditor.rules.source import RulebookError

PACKAGE = Path(__file__).resolve().parents[2] / "orgeditor"
BOMB = (
    'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
)
#: Hostile texts every YAML or CSV reader must refuse (name, content).
HOSTILE: list[tuple[str, str | bytes]] = [
    ("python tag", "!!python/object/apply:os.system ['echo owned']\n"),
    ("python name tag", "orgchart: 1\ntitle: !!python/name:os.system\n"),
    ("local tag", "orgchart: 1\ntitle: !evil x\n"),
    ("alias bomb", BOMB),
    ("merge key", "orgchart: 1\nbase: &b {x: 1}\ntitle: {<<: *b}\n"),
    ("deep flow nesting", "a: " + "[" * 100_000 + "]" * 100_000 + "\n"),
    ("deep block nesting", "".join("  " * i + f"k{i}:\n" for i in range(500))),
    ("NUL byte", "orgchart: 1\ntitle: a\x00b\n"),
    ("non-UTF-8", b"orgchart: 1\ntitle: \xff\xfe\xc0\n"),
    ("UTF-16", "orgchart: 1\ntitle: x\n".encode("utf-16")),
    ("over the size limit", "#" * (MAX_BYTES + 10)),
    ("one huge line", "title: " + "x" * (8 * 1024 * 1024) + "\n"),
    ("many keys", "".join(f"k{i}: 1\n" for i in range(50_000))),
    (
        "many bad units",
        "orgchart: 1\ntitle: x\nunits:\n" + "".join(f"  u{i}: {{kind: x}}\n" for i in range(30_000)),
    ),
    (
        "many unknown references",
        "orgchart: 1\ntitle: x\nunits:\n"
        + "".join(f"  u{i}: {{name: x, kind: office, reports_to: [z{i}]}}\n" for i in range(20_000)),
    ),
    ("empty", ""),
    ("only a BOM", "\ufeff"),
    ("binary noise", bytes(range(256)) * 64),
]


@contextmanager
def within(seconds: float) -> Iterator[None]:
    start = time.perf_counter()
    yield
    took = time.perf_counter() - start
    assert took < seconds, f"took {took:.1f} s (limit {seconds} s)"


def _refuses(load: Callable[[str | bytes], object], error: type[Exception], content: str | bytes) -> str:
    with within(10.0), pytest.raises(error) as caught:
        load(content)
    message = str(caught.value)
    assert "Traceback" not in message and message.strip()
    return message


@pytest.mark.parametrize(("name", "content"), HOSTILE, ids=[n for n, _ in HOSTILE])
def test_chart_reader_refuses_hostile_yaml(name: str, content: str | bytes) -> None:
    message = _refuses(loads_chart, ChartLoadError, content)
    assert re.match(r"<string>:\d+:\d+: error: ", message), message


def test_chart_file_over_the_limit_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB of NULs
    with within(5.0), pytest.raises(ChartLoadError, match="20 MB"):
        load_chart(path)


@pytest.mark.parametrize(("name", "content"), HOSTILE, ids=[n for n, _ in HOSTILE])
def test_rulebook_reader_refuses_hostile_yaml(name: str, content: str | bytes) -> None:
    _refuses(lambda text: loads_rulebook(text, "hostile.yaml"), RulebookError, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        *HOSTILE,
        ("formula cells", "id,name,kind,reports_to\n=cmd|' /C calc'!A0,@SUM(1),office,\n"),
        ("huge field", "id,name,kind\nx," + "y" * 200_000 + ",office\n"),
        ("many columns", ",".join(f"c{i}" for i in range(100_000)) + "\n"),
        ("unbalanced quote", 'id,name,kind\n"x,' + "a" * 100_000 + "\n"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else "",
)
def test_csv_import_refuses_hostile_files(name: str, content: str | bytes) -> None:
    if name == "formula cells":  # accepted as text: never evaluated, and ids must be slugs
        with pytest.raises(CsvImportError):
            loads_csv(content)
        return
    _refuses(loads_csv, CsvImportError, content)


def _journal(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / f"{name}.journal"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return path


HEADER = {
    "journal": 2,
    "document": None,
    "title": "T",
    "snapshot": [
        {"op": "meta", "title": "T", "rulebooks": [], "regions": []},
        {"op": "units", "units": [["a", {"name": "A", "kind": "office"}]]},
    ],
}


def test_journals_hostile_files_are_skipped_or_refused(tmp_path: Path) -> None:
    good = json.dumps(HEADER) + "\n"
    cases: dict[str, str | bytes] = {
        "not-json": "hello\n",
        "deep-json": "[" * 200_000 + "]" * 200_000 + "\n",
        "deep-op": good + '{"ops":' + "[" * 200_000 + "]" * 200_000 + "}\n",
        "non-utf8": b'{"journal":2,"title":"\xff"}\n',
        "nul": good.replace("T", "T\x00", 1),
        "wrong-version": json.dumps({**HEADER, "journal": 99}) + "\n",
        "base-with-tag": json.dumps({**HEADER, "snapshot": "!!python/object/apply:os.system [id]\n"}) + "\n",
        "base-bomb": json.dumps({**HEADER, "snapshot": [{"op": "units", "units": [["a", BOMB]]}]}) + "\n",
        "snapshot-deep": '{"journal":2,"snapshot":' + "[" * 200_000 + "]" * 200_000 + "}\n",
        "op-types": good + '{"ops":[{"op":"unit","id":"b","data":{"name":["x"],"kind":{}}}]}\n',
        "op-unknown": good + '{"ops":[{"op":"__import__","id":"os"}]}\n',
        "op-bad-layout": good + '{"ops":[{"op":"layout","positions":{"a":"xy"}}]}\n',
        "op-breaks-chart": good + '{"ops":[{"op":"unit","id":"b","data":{"name":"B","kind":"office",'
        '"reports_to":[["nobody","all"]]}}]}\n',
        "huge-number": good
        + '{"ops":[{"op":"unit","id":"b","data":{"name":"B","kind":"office","posts":'
        + "9" * 5000
        + "}}]}\n",
        "long-line": good + '{"ops":[' + " " * (5 * 1024 * 1024) + "\n",
        "empty": "",
    }
    paths = {name: _journal(tmp_path, name, content) for name, content in cases.items()}
    with within(10.0):
        offered = {info.path.stem for info in find_journals(tmp_path)}
    # only journals whose header is sound are offered; replaying the others fails cleanly
    assert offered <= {
        "nul",
        "base-with-tag",
        "base-bomb",
        "op-types",
        "op-unknown",
        "op-bad-layout",
        "op-breaks-chart",
        "huge-number",
        "long-line",
        "deep-op",
        "snapshot-deep",
    }
    for name, path in paths.items():
        with within(10.0):
            try:
                replay(path)
            except (ChartLoadError, UnicodeDecodeError) as exc:
                assert str(exc)
            else:
                assert name in {"nul", "long-line"}, f"{name} replayed"


def test_settings_garbage_is_ignored(tmp_path: Path, qtbot: object) -> None:
    from PySide6.QtCore import QSettings  # noqa: PLC0415 - Qt only for this path

    from orgeditor.ui.main_window import MainWindow  # noqa: PLC0415

    ini = tmp_path / "settings.ini"
    ini.write_bytes(
        b"[General]\n"
        b'recentFiles=1, 2, "' + b"a" * 100_000 + b'", /tmp/x\\0y, @Invalid()\n'
        b"geometry=@ByteArray(\\xff\\xff\\xff\\xff garbage)\n"
        b"windowState=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10QPainterPath\\xff\\xff\\xff\\xff)\n"
        b"junk=\xff\xfe\x00\n"
    )
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    with within(10.0):
        window = MainWindow(settings=settings, journal_folder=tmp_path / "journals")
    try:
        recent = window.documents.recent()
        assert all(len(str(p)) <= 4096 and "\x00" not in str(p) for p in recent)
        for value in (12, {"a": 1}, ["x"] * 100_000, "\x00", None):
            settings.setValue("recentFiles", value)
            assert len(window.documents.recent()) <= 10
    finally:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()


FORBIDDEN = re.compile(
    r"(?<![.\w])(eval|exec|compile)\s*\(|\bpickle\b|\bmarshal\b|\bshelve\b|yaml\.(load|unsafe_load|full_load)\s*\("
    r"|yaml\.(Unsafe|Full)?Loader\b|__import__\s*\(|subprocess|os\.system"
)


#: The git integration (SPEC §6.5) runs git, with argument lists: never a shell, never text of a file.
RUNS_GIT = {"cli/git_setup.py", "cli/merge.py", "io/git_revision.py"}
SHELL = re.compile(r"shell\s*=\s*True|os\.(system|popen)|\bPopen\s*\(\s*[\"'f]")


def test_no_code_from_data_anywhere_in_the_package() -> None:
    offending = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if name in RUNS_GIT:
                code = code.replace("subprocess", "")
            if FORBIDDEN.search(code) or (name in RUNS_GIT and SHELL.search(code)):
                offending.append(f"{name}:{number}: {line.strip()}")
    assert offending == []
