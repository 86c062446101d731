"""No command lets what a file or an argument holds act on the terminal: control and bidi
characters come out escaped, on stdout and stderr alike, JSON output stays valid."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orgeditor.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{dir}/esc\x1b[2J.yaml"],
        ["check", "{dir}/key.yaml"],
        ["check", "{dir}/value.yaml", "--format", "json"],
        ["trace", str(EXAMPLES / "proposal-2017.yaml"), "\x1b[2Jdpo\r"],
        ["export", str(EXAMPLES / "proposal-2017.yaml"), "-o", "x.svg", "--format", "\x1b]0;title\x07"],
        ["export", str(EXAMPLES / "proposal-2017.yaml"), "-o", "{dir}/no\x1b[31m/x.csv"],
        ["diff", "{dir}/key.yaml", "{dir}/missing\u202e.yaml"],
        ["import", "{dir}/bad\x9b.csv", "-o", "{dir}/out.yaml"],
    ],
)
def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    _write(tmp_path, "esc\x1b[2J.yaml", "orgchart: 1\ntitle: t\nunits: {}\n")
    _write(tmp_path, "key.yaml", 'orgchart: 1\ntitle: t\nunits:\n  "a\\e[31m\\r": {name: A, kind: office}\n')
    _write(tmp_path, "value.yaml", 'orgchart: 1\ntitle: t\nunits:\n  a: {name: "A\\u202eB", kind: office}\n')
    _write(tmp_path, "bad\x9b.csv", "id,name\x1b[2J\n")
    args = [a.replace("{dir}", str(tmp_path)) for a in argv]
    try:
        status = main(args)
    except SystemExit as exit_:  # argparse refuses a bad choice
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert status in (0, 1, 2)
    assert RAW.search(out + err) is None, repr(out + err)
    assert "Traceback" not in out + err
    if "--format" in args and "json" in args:
        assert json.loads(out)["file"]
