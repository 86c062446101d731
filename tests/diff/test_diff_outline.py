"""The textconv outline, and ``git diff`` using it in a real repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from diff_pillar import pillar

from orgeditor.diff.outline import main, outline
from orgeditor.model import Chart

FIXTURES = Path(__file__).parent / "fixtures"


def test_outline_is_one_fact_a_line_sorted_by_id() -> None:
    text = outline(pillar())
    lines = text.splitlines()
    assert lines[:4] == ["title: Pillar", "regions: Africa, Asia", "total units: 9", "total posts: 340"]
    assert "unit asg-africa reports to: dpo (mission)" in lines
    assert "unit dppa head: Under-Secretary-General (USG)" in lines
    assert "unit dppa head gender: female" in lines
    assert "link pbf functional eosg" in lines
    assert "group spg member: dppa" in lines
    assert "layout dppa at: -200, 150" in lines
    unit_ids = [line.split()[1].rstrip(":") for line in lines if line.startswith("unit ")]
    assert unit_ids == sorted(unit_ids)


def test_outline_ignores_display_order() -> None:
    a = pillar()
    b = pillar()
    b.move_unit("pbf", 1)
    assert outline(a) == outline(b)


def test_outline_of_a_minimal_chart() -> None:
    assert outline(Chart(title="Empty")) == "title: Empty\ntotal units: 0\ntotal posts: 0\n"


def test_main_prints_outline_or_raw_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FIXTURES / "base.yaml")]) == 0
    assert capsys.readouterr().out == outline(_load("base.yaml"))
    assert main([str(FIXTURES / "bad.yaml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# not a loadable chart: ")
    # line, column and message, not the path: git hands textconv a temporary copy
    assert out.splitlines()[0].startswith("# not a loadable chart: 62:5: error: unknown key 'report_to'")
    assert "bad.yaml" not in out.splitlines()[0]
    assert "report_to: dppa" in out
    assert main([]) == 2
    capsys.readouterr()


def _load(name: str) -> Chart:
    from orgeditor.io import load_chart  # noqa: PLC0415

    return load_chart(FIXTURES / name)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_diff_with_textconv_and_difftool(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    git("init", "-q", ".")
    git("config", "user.email", "test@example.org")
    git("config", "user.name", "Test")
    git("config", "diff.orgchart.textconv", f"{sys.executable} -m orgeditor.diff")
    (tmp_path / ".gitattributes").write_text("*.yaml diff=orgchart\n")
    shutil.copy(FIXTURES / "base.yaml", tmp_path / "chart.yaml")
    git("add", ".")
    git("commit", "-q", "-m", "base")
    shutil.copy(FIXTURES / "judged.yaml", tmp_path / "chart.yaml")
    diff = git("diff")
    assert "+unit africa-i: Africa I Division [division]" in diff
    assert "-unit minusma: MINUSMA [mission]" in diff
    assert "-unit unama reports to: dppa (all)" in diff
    assert "+unit unama reports to: dpo (mission)" in diff
    assert "+group spg member: eosg" in diff
    assert "-link dpo coordinates dppa" in diff
    report = git("difftool", "-y", "-x", f"{sys.executable} -m orgeditor diff --format json")
    assert '"added": [\n      "africa-i"\n    ]' in report


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("sh") is None, reason="git, sh")
def test_git_external_diff_driver_from_the_docs(tmp_path: Path) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    tool = f"{sys.executable} -m orgeditor"
    driver = (
        f'sh -c \'if [ "$2" != /dev/null ] && [ "$5" != /dev/null ]; '
        f'then {tool} diff "$2" "$5"; s=$?; else s=2; fi; '
        f'[ $s -le 1 ] || diff -u "$2" "$5"; true\' orgchart-diff'
    )

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", *args], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    git("init", "-q", ".")
    git("config", "user.email", "test@example.org")
    git("config", "user.name", "Test")
    git("config", "diff.orgchart.command", driver)
    (tmp_path / ".gitattributes").write_text("*.yaml diff=orgchart\n")
    shutil.copy(FIXTURES / "base.yaml", tmp_path / "chart.yaml")
    git("add", ".")
    git("commit", "-q", "-m", "base")
    shutil.copy(FIXTURES / "judged.yaml", tmp_path / "chart.yaml")
    shutil.copy(FIXTURES / "moved.yaml", tmp_path / "new.yaml")
    git("add", "new.yaml")
    out = git("diff", "HEAD")
    assert "units added:\n  + africa-i  Africa I Division" in out
    assert "+++ new.yaml" in out  # an added file falls back to diff -u


def test_the_outline_shows_posts_by_grade_lineage_departures() -> None:
    from orgeditor.io import load_chart  # noqa: PLC0415

    examples = Path(__file__).resolve().parents[2] / "examples"
    text = outline(load_chart(examples / "implemented-2019.yaml"))
    assert "unit dppa formerly: dpa" in text
    assert "unit dppa posts USG from regular-budget: 1" in text
    assert "departure pillar.field-backstopping [unama, unami]: " in text
