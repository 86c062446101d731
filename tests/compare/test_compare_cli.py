"""``orgeditor compare``: formats, outputs, exit codes, located errors, no Qt for text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from compare_helpers import EXAMPLES, THREE, small_chart

from orgeditor.cli import main

FILES = [str(EXAMPLES / name) for name in THREE]


def test_text_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *FILES]) == 0
    out = capsys.readouterr().out
    assert "Provisions of the note" in out and "¶8(d)" in out


def test_json_keys_are_the_paths_as_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *FILES, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["file"] for v in data["variants"]] == FILES
    assert list(data["provisions"][0]["status"]) == FILES


@pytest.mark.parametrize(
    ("suffix", "marker"), [(".md", "# Comparison of 3 variants"), (".json", '"variants"')]
)
def test_format_from_the_suffix(tmp_path: Path, suffix: str, marker: str) -> None:
    out = tmp_path / f"brief{suffix}"
    assert main(["compare", *FILES, "-o", str(out)]) == 0
    assert marker in out.read_text(encoding="utf-8")


def test_bad_input_is_located(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "orgchart: 1\ntitle: Bad\nunits:\n  sg:\n    name: SG\n    kind: palace\n", encoding="utf-8"
    )
    assert main(["compare", FILES[0], str(bad)]) == 2
    err = capsys.readouterr().err
    assert re.search(rf"{re.escape(str(bad))}:6:\d+: error: .*palace", err), err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["only-one.yaml"], "at least two"),
        (["a.yaml", "a.yaml"], "named twice"),
        (["a.yaml", "b.yaml", "-o", "brief.docx"], "cannot tell the format"),
        (["a.yaml", "b.yaml", "--format", "pdf"], "needs -o"),
    ],
)
def test_bad_arguments(args: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *args]) == 2
    assert says in capsys.readouterr().err


def test_unknown_rulebook_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = small_chart(tmp_path, "odd.yaml", extra="rulebooks: [no-such-book]\n")
    assert main(["compare", FILES[0], str(odd)]) == 2
    assert "unknown rulebook" in capsys.readouterr().err


def test_text_json_and_markdown_never_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom orgeditor.cli import main\n"
        f"status = main(['compare', *{FILES!r}, '-o', {str(tmp_path / 'b.md')!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'jinja2'))\n"
        "print(status, heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "0 []"
