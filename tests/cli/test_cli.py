"""The command line: exit codes of SPEC §3, located errors, no traceback, and no Qt for fast commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
SPEC = ROOT / "tests/io/fixtures/spec-example.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgeditor", *args], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLES / "proposal-2017.yaml")],
        ["trace", str(EXAMPLES / "proposal-2017.yaml"), "dpo"],
        ["diff", str(EXAMPLES / "proposal-2017.yaml"), str(EXAMPLES / "implemented-2019.yaml")],
        ["export", str(EXAMPLES / "proposal-2017.yaml"), "-o", "OUT.yaml"],
    ],
    ids=["check", "trace", "diff", "export-yaml"],
)
def test_fast_commands_do_not_import_qt_or_networkx(args: list[str], tmp_path: Path) -> None:
    args = [str(tmp_path / a) if a == "OUT.yaml" else a for a in args]
    code = (
        "import sys\nfrom orgeditor.cli import main\n"
        f"status = main({args!r})\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'networkx', 'pygraphviz'))\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr


def test_trace_prints_the_chain_unit_by_unit(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", str(SPEC), "minusma", "--scope", "mission"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.strip("└─ ").split()[0] for line in lines] == [
        "minusma",
        "africa-ii",
        "asg-africa",
        "dpo",
        "sg",
    ]


def test_trace_for_a_scope_the_unit_has_no_line_in(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", str(SPEC), "minusma", "--scope", "all"]) == 0
    assert "no reporting line for scope all" in capsys.readouterr().out


def test_trace_unknown_unit_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", str(SPEC), "minusm"]) == 2
    assert "did you mean 'minusma'?" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["check", "trace", "export", "diff"])
def test_bad_file_gives_exit_2_and_a_located_error(command: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("orgchart: 1\ntitle: T\nunits:\n  a: {name: A, kind: ofice}\n", encoding="utf-8")
    args = {
        "check": ["check", str(bad)],
        "trace": ["trace", str(bad), "a"],
        "export": ["export", str(bad), "-o", str(tmp_path / "out.yaml")],
        "diff": ["diff", str(bad), str(SPEC)],
    }[command]
    result = run(*args)
    assert result.returncode == 2
    assert f"{bad}:4:" in result.stderr and ": error: " in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_check_exit_codes_and_json() -> None:
    result = run("check", str(EXAMPLES / "proposal-2017.yaml"), "--format", "json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["counts"]["error"] == 0
    failing = run("check", str(EXAMPLES / "variant-four-asgs.yaml"), "--format", "json")
    assert failing.returncode == 1
    rules = {f["rule"] for f in json.loads(failing.stdout)["findings"]}
    assert "pillar.three-regional-asgs" in rules


def test_yaml_export_is_byte_stable(tmp_path: Path) -> None:
    out = tmp_path / "again.yaml"
    for example in sorted(EXAMPLES.glob("*.yaml")):
        assert main(["export", str(example), "-o", str(out)]) == 0
        assert out.read_bytes() == example.read_bytes()


def test_python_dash_m_and_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("orgeditor ")
