"""``orgeditor merge`` and ``orgeditor git-setup``, on files and in a real git repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.cli.git_setup import BEGIN
from orgeditor.io import load_chart

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BASE = """orgchart: 1
title: Pillar
units:
  sg:
    name: Secretary-General
    kind: office
  dppa:
    name: Department of Political and Peacebuilding Affairs
    short: DPPA
    kind: department
    reports_to: sg
"""
DPO = """  dpo:
    name: Department of Peace Operations
    short: DPO
    kind: department
    reports_to: sg
"""
EOSG = """  eosg:
    name: Executive Office of the Secretary-General
    short: EOSG
    kind: office
    reports_to: sg
"""


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


def setup_cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgeditor", "git-setup", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "drafter@example.org")
    git(repo, "config", "user.name", "Drafter")
    (repo / "chart.yaml").write_text(BASE, encoding="utf-8")
    (repo / "settings.yaml").write_text("colour: blue\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    return repo


def test_merge_writes_ours_and_exits_0(tmp_path: Path) -> None:
    for name, text in (("base", BASE), ("ours", BASE + DPO), ("theirs", BASE + EOSG)):
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"{n}.yaml") for n in ("base", "ours", "theirs")]
    assert main(["merge", *files]) == 0
    assert list(load_chart(files[1]).units) == ["sg", "dppa", "dpo", "eosg"]
    assert not list(tmp_path.glob("*~"))
    assert main(["merge", *files, "-o", str(tmp_path / "out.yaml")]) == 0
    assert (tmp_path / "out.yaml").read_text(encoding="utf-8") == Path(files[1]).read_text(encoding="utf-8")


def test_merge_with_conflicts_exits_1_and_keeps_them_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = BASE.replace("short: DPPA", "short: DPPA-O")
    theirs = BASE.replace("short: DPPA", "short: DPPA-T")
    for name, text in (("base", BASE), ("ours", ours), ("theirs", theirs)):
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"{n}.yaml") for n in ("base", "ours", "theirs")]
    assert main(["merge", *files]) == 1
    assert "units.dppa.short" in capsys.readouterr().err
    merged = load_chart(files[1])
    assert merged.unit("dppa").short == "DPPA-O"
    assert [(c.at, c.base, c.theirs) for c in merged.conflicts] == [("units.dppa.short", "DPPA", "DPPA-T")]
    assert main(["check", files[1]]) == 1
    assert "chart.unresolved-conflicts" in capsys.readouterr().out


def test_merge_of_a_file_that_does_not_load_exits_2_with_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "base.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "ours.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "theirs.yaml").write_text(BASE.replace("kind: office", "kind: offce"), encoding="utf-8")
    files = [str(tmp_path / f"{n}.yaml") for n in ("base", "ours", "theirs")]
    assert main(["merge", *files]) == 2
    assert f"{files[2]}:6:11: error:" in capsys.readouterr().err
    assert Path(files[1]).read_text(encoding="utf-8") == BASE


def test_git_setup_outside_a_repository_exits_2(tmp_path: Path) -> None:
    done = setup_cli(tmp_path)
    assert done.returncode == 2 and "not inside a git repository" in done.stderr


def test_git_setup_is_idempotent_and_uninstalls_exactly_what_it_added(repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.png binary\n", encoding="utf-8")
    assert setup_cli(repo).returncode == 0
    first = (repo / ".gitattributes").read_text(encoding="utf-8")
    assert setup_cli(repo).returncode == 0
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == first
    assert first.startswith("*.png binary\n" + BEGIN)
    assert "/chart.yaml merge=orgeditor diff=orgeditor" in first
    assert "settings.yaml" not in first  # not a chart: git merges it line by line as before
    config = git(repo, "config", "--local", "--get-regexp", "orgeditor").stdout
    assert "merge.orgeditor.driver" in config and "diff.orgeditor.textconv" in config
    assert setup_cli(repo, "--uninstall").returncode == 0
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == "*.png binary\n"
    assert git(repo, "config", "--local", "--get-regexp", "orgeditor", check=False).stdout == ""


def test_two_branches_appending_a_unit_at_one_place_merge_through_the_driver(repo: Path) -> None:
    assert setup_cli(repo).returncode == 0
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-qm", "orgeditor git-setup")
    git(repo, "checkout", "-qb", "dpo")
    (repo / "chart.yaml").write_text(BASE + DPO, encoding="utf-8")
    git(repo, "commit", "-qam", "add DPO")
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-qb", "eosg")
    (repo / "chart.yaml").write_text(BASE + EOSG, encoding="utf-8")
    git(repo, "commit", "-qam", "add EOSG")
    # without the driver a line merge conflicts: both append at the same place
    for name, text in (("o", BASE + EOSG), ("b", BASE), ("t", BASE + DPO)):
        (repo.parent / name).write_text(text, encoding="utf-8")
    plain = git(repo.parent, "merge-file", "-p", "o", "b", "t", check=False)
    assert plain.returncode == 1 and "<<<<<<<" in plain.stdout
    merged = git(repo, "merge", "--no-edit", "dpo", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    chart = load_chart(repo / "chart.yaml")
    assert list(chart.units) == ["sg", "dppa", "eosg", "dpo"]
    assert git(repo, "status", "--porcelain").stdout == ""
    diff = git(repo, "diff", "HEAD~1", "--", "chart.yaml").stdout
    assert "+unit dpo: Department of Peace Operations [department]" in diff
    assert "+unit dpo reports to: sg (all)" in diff
    assert "name:" not in diff  # units, not YAML


def test_a_conflict_through_the_driver_stops_the_merge_with_the_conflict_in_the_file(repo: Path) -> None:
    assert setup_cli(repo).returncode == 0
    git(repo, "checkout", "-qb", "left")
    (repo / "chart.yaml").write_text(BASE.replace("short: DPPA", "short: LEFT"), encoding="utf-8")
    git(repo, "commit", "-qam", "left")
    git(repo, "checkout", "-q", "main")
    (repo / "chart.yaml").write_text(BASE.replace("short: DPPA", "short: MAIN"), encoding="utf-8")
    git(repo, "commit", "-qam", "main")
    merged = git(repo, "merge", "--no-edit", "left", check=False)
    assert merged.returncode == 1
    chart = load_chart(repo / "chart.yaml")
    assert chart.unit("dppa").short == "MAIN"
    assert [(c.at, c.theirs) for c in chart.conflicts] == [("units.dppa.short", "LEFT")]


def test_a_yaml_file_that_is_not_a_chart_falls_back_to_a_line_merge(repo: Path) -> None:
    (repo / ".gitattributes").write_text("*.yaml merge=orgeditor\n", encoding="utf-8")
    assert setup_cli(repo).returncode == 0
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-qm", "attributes")
    git(repo, "checkout", "-qb", "left")
    (repo / "settings.yaml").write_text("colour: red\n", encoding="utf-8")
    git(repo, "commit", "-qam", "left")
    git(repo, "checkout", "-q", "main")
    (repo / "settings.yaml").write_text("colour: green\n", encoding="utf-8")
    git(repo, "commit", "-qam", "main")
    merged = git(repo, "merge", "--no-edit", "left", check=False)
    assert merged.returncode == 1
    text = (repo / "settings.yaml").read_text(encoding="utf-8")
    assert "<<<<<<< ours" in text and "colour: red" in text and "colour: green" in text
