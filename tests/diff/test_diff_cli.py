"""``orgeditor diff A B``: exit codes, formats and errors, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
BASE = str(FIXTURES / "base.yaml")
JUDGED = str(FIXTURES / "judged.yaml")


def run_diff(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["diff", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_same_files_exit_0(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    status, out, err = run_diff(capsys, BASE, BASE, "--format", fmt)
    assert status == 0
    assert err == ""
    if fmt == "json":
        data = json.loads(out)
        assert data["same"] is True
        assert data["units"] == {"added": [], "removed": [], "renamed": [], "changed": []}
        assert data["reporting"] == {"added": [], "removed": []}
    else:
        assert "no differences" in out or "the same" in out


def test_different_files_exit_1_with_spec_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_diff(capsys, BASE, JUDGED, "--format", "json")
    assert status == 1
    data = json.loads(out)
    assert data["units"]["added"] == ["africa-i"]
    assert data["units"]["removed"] == ["minusma"]
    assert data["units"]["changed"] == [
        {"id": "dppa", "fields": {"posts": [120, 110]}},
        {
            "id": "unama",
            "fields": {"reports_to": [[{"to": "dppa", "scope": "all"}], [{"to": "dpo", "scope": "mission"}]]},
        },
    ]
    assert data["reporting"]["added"] == [
        {"from": "africa-i", "to": "asg-africa", "scope": "all"},
        {"from": "unama", "to": "dpo", "scope": "mission"},
    ]
    assert data["reporting"]["removed"] == [
        {"from": "minusma", "to": "africa-ii", "scope": "mission"},
        {"from": "unama", "to": "dppa", "scope": "all"},
    ]
    assert data["links"] == {
        "added": [],
        "removed": [{"from": "dpo", "to": "dppa", "kind": "coordinates"}],
    }
    assert data["groups"]["changed"] == [
        {"id": "spg", "members_added": ["eosg"], "members_removed": [], "fields": {}}
    ]
    assert data["totals"] == {"units": [9, 9], "posts": [340, 355]}
    assert data["functions"] == {"gained": [], "lost": ["police"]}
    assert data["meta"] == {"title": ["Pillar", "Pillar, judged variant"]}
    assert set(data["findings"]) >= {"new", "resolved"}
    assert data["a"] == {"file": BASE, "title": "Pillar"}


def test_text_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_diff(capsys, BASE, JUDGED)
    assert status == 1
    assert "  + africa-i  Africa I Division" in out
    assert "  - minusma  MINUSMA" in out


def test_markdown_report(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_diff(capsys, BASE, JUDGED, "--format", "markdown")
    assert status == 1
    assert out.startswith("# Comparison: Pillar → Pillar, judged variant")
    assert "| Posts | 340 | 355 | +15 |" in out
    assert "- **Africa I Division** (`africa-i`)" in out


def test_rename_file_pair(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_diff(capsys, BASE, str(FIXTURES / "renamed.yaml"), "--format", "json")
    assert status == 1
    data = json.loads(out)
    assert data["units"]["renamed"] == [
        {"from": "eosg", "to": "eosg-office", "name": "Executive Office of the Secretary-General"}
    ]
    assert data["units"]["added"] == [] and data["units"]["removed"] == []
    assert data["units"]["changed"] == [
        {"id": "eosg-office", "fields": {"id": ["eosg", "eosg-office"]}},
        {"id": "dppa", "fields": {"head.name": [None, "Rosemary DiCarlo"]}},
    ]
    assert data["links"] == {"added": [], "removed": []}


def test_layout_only_change_is_a_difference(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_diff(capsys, BASE, str(FIXTURES / "moved.yaml"), "--format", "json")
    assert status == 1
    data = json.loads(out)
    assert data["layout"]["moved"] == [{"id": "dppa", "from": [-200, 150], "to": [-320, 150]}]
    assert data["units"]["changed"] == []


def test_bad_file_exit_2_with_location(capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(FIXTURES / "bad.yaml")
    status, out, err = run_diff(capsys, BASE, bad)
    assert status == 2
    assert out == ""
    assert err.startswith(f"{bad}:62:5: error: unknown key 'report_to'")
    assert "Traceback" not in err


def test_both_files_missing_reports_both(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")
    status, _, err = run_diff(capsys, a, b)
    assert status == 2
    assert f"{a}:1:1: error:" in err and f"{b}:1:1: error:" in err


def test_unknown_format_is_trouble(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["diff", BASE, BASE, "--format", "html"])
    assert exit_info.value.code == 2
    capsys.readouterr()


def test_console_run_starts_without_qt_or_networkx() -> None:
    code = (
        "import sys\n"
        "import orgeditor.cli.diff, orgeditor.diff\n"
        "assert 'PySide6' not in sys.modules, 'Qt imported'\n"
        "assert 'networkx' not in sys.modules, 'networkx imported'\n"
        "from orgeditor.cli import main\n"
        f"status = main(['diff', {BASE!r}, {JUDGED!r}, '--format', 'json'])\n"
        "assert 'PySide6' not in sys.modules, 'Qt imported'\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["units"]["added"] == ["africa-i"]


def test_baseline_is_found_beside_the_other_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """As with ``git difftool``: A is a temporary copy away from the baseline it names."""
    text = (FIXTURES / "base.yaml").read_text(encoding="utf-8")
    variant = text.replace(
        "title: Pillar\n", "title: Pillar\nbaseline: base.yaml\nrulebooks: [peace-security-2017]\n"
    )
    work, temp = tmp_path / "work", tmp_path / "temp"
    work.mkdir()
    temp.mkdir()
    (work / "base.yaml").write_text(text, encoding="utf-8")
    (work / "chart.yaml").write_text(variant.replace("posts: 120", "posts: 125"), "utf-8")
    (temp / "chart.yaml").write_text(variant, encoding="utf-8")
    status, out, err = run_diff(
        capsys, str(temp / "chart.yaml"), str(work / "chart.yaml"), "--format", "json"
    )
    assert status == 1, err
    findings = json.loads(out)["findings"]
    assert [f["rule"] for f in findings["new"]] == ["pillar.cost-neutral"]
    assert "+5" in findings["new"][0]["message"]
    assert findings["resolved"] == []
