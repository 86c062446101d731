"""``orgeditor check``: text and JSON output and exit codes, on the examples and fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.io import load_chart
from orgeditor.rules import check_chart

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


def test_proposal_passes_every_error_rule() -> None:
    findings = check_chart(load_chart(EXAMPLES / "proposal-2017.yaml"))
    assert [f for f in findings if f.severity == "error"] == []


def test_implemented_2019_fails_exactly_what_its_description_says() -> None:
    chart = load_chart(EXAMPLES / "implemented-2019.yaml")
    errors = {f.rule for f in check_chart(chart) if f.severity == "error"}
    assert errors == {"pillar.field-backstopping"}
    assert chart.description is not None
    assert all(rule in chart.description for rule in errors)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_names_the_error_rules_it_fails(path: Path) -> None:
    chart = load_chart(path)
    errors = {f.rule for f in check_chart(chart) if f.severity == "error"}
    for rule in errors:
        assert rule in (chart.description or ""), f"{path.name} fails {rule} without saying so"


def test_json_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = (FIXTURES / "pillar.yaml").read_text(encoding="utf-8")
    (tmp_path / "pillar-baseline.yaml").write_text(
        (FIXTURES / "pillar-baseline.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    chart = tmp_path / "c.yaml"
    chart.write_text(text, encoding="utf-8")
    assert main(["check", str(chart), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(chart)
    assert data["counts"] == {"error": 0, "warning": 0, "info": 0}
    chart.write_text(text.replace("kind: department\n", "kind: division\n", 1), encoding="utf-8")
    assert main(["check", str(chart), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"error": 1, "warning": 0, "info": 0}
    (finding,) = data["findings"]
    assert finding == {
        "rule": "pillar.two-departments",
        "severity": "error",
        "message": finding["message"],
        "cite": "¶8(a), ¶8(b)",
        "units": ["dppa"],
    }
    assert finding["message"].startswith("DPPA has kind division, not department.")


def test_text_output_is_grouped_by_severity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES / "implemented-2019.yaml")]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{EXAMPLES / 'implemented-2019.yaml'}: ")
    assert "\nErrors\n  pillar.field-backstopping  [¶8(b) and its footnote]\n" in out


def test_unloadable_chart_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("orgchart: 1\ntitle: x\nunits: {a: {name: A, kind: blob}}\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 2
    assert f"{bad}:3:" in capsys.readouterr().err


def test_bad_rulebook_exits_2_with_its_location(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "book.yaml").write_text(
        "rulebook: 1\nname: b\nrules:\n  - id: x\n    severity: loud\n    check: {no-cycles: {}}\n"
    )
    chart = tmp_path / "c.yaml"
    chart.write_text("orgchart: 1\ntitle: x\nrulebooks: [book.yaml]\nunits: {a: {name: A, kind: office}}\n")
    assert main(["check", str(chart)]) == 2
    assert "book.yaml:5:15: error: severity 'loud'" in capsys.readouterr().err


def test_check_process_does_not_import_qt_or_networkx() -> None:
    code = (
        "import sys; from orgeditor.cli import main; main(['check', sys.argv[1]]);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'networkx')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "proposal-2017.yaml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    ).stdout
    assert out.strip().endswith("[]")
