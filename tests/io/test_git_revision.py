"""orgeditor.io.git_revision on a real repository in a temporary folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from orgeditor.io import ChartLoadError
from orgeditor.io.git_revision import GitRevisionError, Revision, list_revisions, load_revision, repository_of

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CHART = "orgchart: 1\ntitle: {title}\nunits:\n  sg: {{name: Secretary-General, kind: office}}\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Ana Tester", "-c", "user.email=ana@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits of charts/pillar.yaml on main, a branch with a third, a file not committed."""
    root = tmp_path / "repo"
    (root / "charts").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    chart = root / "charts" / "pillar.yaml"
    chart.write_text(CHART.format(title="First draft"), encoding="utf-8")
    git(root, "add", "charts/pillar.yaml")
    git(root, "commit", "-q", "-m", "First draft")
    chart.write_text(CHART.format(title="Second draft"), encoding="utf-8")
    (root / "notes.txt").write_text("x", encoding="utf-8")
    git(root, "add", "charts/pillar.yaml", "notes.txt")
    git(root, "commit", "-q", "-m", "Second draft")
    git(root, "branch", "regional")
    git(root, "checkout", "-q", "regional")
    chart.write_text(CHART.format(title="Regional draft"), encoding="utf-8")
    git(root, "commit", "-q", "-am", "Regional divisions")
    git(root, "checkout", "-q", "main")
    chart.write_text(CHART.format(title="Unsaved edit"), encoding="utf-8")
    (root / "charts" / "new.yaml").write_text(CHART.format(title="New"), encoding="utf-8")
    return root


def test_the_repository_and_the_path_in_it(repo: Path) -> None:
    root, relative = repository_of(repo / "charts" / "pillar.yaml")
    assert root == repo.resolve()
    assert relative == "charts/pillar.yaml"


def test_lists_head_then_branches_then_the_commits_touching_the_file(repo: Path) -> None:
    revisions = list_revisions(repo / "charts" / "pillar.yaml")
    kinds = [r.kind for r in revisions]
    assert kinds == ["head", "branch", "branch", "commit", "commit"]
    head = revisions[0]
    assert (head.rev, head.subject, head.author) == ("HEAD", "Second draft", "Ana Tester")
    assert head.label == f"HEAD ({head.short})"
    assert [r.rev for r in revisions[1:3]] == ["main", "regional"]
    assert revisions[2].label.startswith("branch regional (")
    assert [r.subject for r in revisions[3:]] == ["Second draft", "First draft"]
    assert len(revisions[3].rev) == 40 and len(revisions[3].date) == 10


def test_loads_the_chart_as_each_revision_holds_it(repo: Path) -> None:
    path = repo / "charts" / "pillar.yaml"
    revisions = list_revisions(path)
    assert load_revision(path, "HEAD").title == "Second draft"
    assert load_revision(path, revisions[2]).title == "Regional draft"
    assert load_revision(path, revisions[-1]).title == "First draft"
    assert load_revision(path, revisions[-1]).path == path.resolve()


def test_a_file_not_in_the_revision(repo: Path) -> None:
    with pytest.raises(GitRevisionError, match=r"charts/new.yaml is not in HEAD"):
        load_revision(repo / "charts" / "new.yaml", "HEAD")
    first = list_revisions(repo / "charts" / "pillar.yaml")[-1]
    with pytest.raises(GitRevisionError, match="is not in"):
        load_revision(repo / "notes.txt", first)


def test_a_revision_that_does_not_exist_or_is_not_one(repo: Path) -> None:
    path = repo / "charts" / "pillar.yaml"
    with pytest.raises(GitRevisionError, match="git could not"):
        load_revision(path, "no-such-branch")
    for bad in ("--output=/tmp/x", "HEAD:other", "", "a\nb"):
        with pytest.raises(GitRevisionError, match="is not a revision"):
            load_revision(path, bad)


def test_a_committed_file_that_is_not_a_chart_names_the_revision(repo: Path) -> None:
    with pytest.raises(ChartLoadError, match=r"notes.txt@HEAD:1:1"):
        load_revision(repo / "notes.txt", "HEAD")


def test_outside_a_repository(tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "chart.yaml").write_text(CHART.format(title="Alone"), encoding="utf-8")
    with pytest.raises(GitRevisionError, match=r"chart\.yaml is not in a git repository"):
        list_revisions(alone / "chart.yaml")


def test_a_repository_without_commits_lists_nothing(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "chart.yaml").write_text(CHART.format(title="New"), encoding="utf-8")
    assert list_revisions(tmp_path / "chart.yaml") == []


def test_git_missing(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo))
    with pytest.raises(GitRevisionError, match="git is not installed"):
        list_revisions(repo / "charts" / "pillar.yaml")


def test_a_revision_label_for_a_commit() -> None:
    assert Revision("f" * 40, "fffffff", "commit", "A", "2024-01-01", "S").label == "fffffff"
