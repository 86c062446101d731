"""Compare with revision: the dialog lists HEAD, branches and commits and returns the choice;
compare_with_revision opens the compare window on that version against the chart."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.io.git_revision import Revision
from orgeditor.ui.compare import CompareWindow
from orgeditor.ui.revision_dialog import RevisionDialog, compare_with_revision

CHART = "orgchart: 1\ntitle: {title}\nunits:\n  sg: {{name: Secretary-General, kind: office}}\n"
REVISIONS = [
    Revision("HEAD", "bbbbbbb", "head", "Ana", "2024-05-02", "Second draft"),
    Revision("main", "bbbbbbb", "branch", "Ana", "2024-05-02", "Second draft"),
    Revision("b" * 40, "bbbbbbb", "commit", "Ana", "2024-05-02", "Second draft"),
    Revision("a" * 40, "aaaaaaa", "commit", "Bo", "2024-05-01", "First draft"),
]


def test_lists_revisions_head_and_branches_first(qtbot: QtBot) -> None:
    dialog = RevisionDialog(REVISIONS, "pillar.yaml")
    qtbot.addWidget(dialog)
    rows = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(4)]  # type: ignore[union-attr]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    assert rows[0] == ["HEAD (bbbbbbb)", "2024-05-02", "Ana", "Second draft"]
    assert rows[1][0] == "main (bbbbbbb)"
    assert rows[3] == ["aaaaaaa", "2024-05-01", "Bo", "First draft"]
    assert dialog.chosen() == REVISIONS[0]
    dialog.select("a" * 40)
    assert dialog.chosen() == REVISIONS[3]


def test_returns_the_chosen_revision(qtbot: QtBot) -> None:
    dialog = RevisionDialog(REVISIONS, "pillar.yaml")
    qtbot.addWidget(dialog)
    dialog.select("main")
    QTimer.singleShot(0, dialog.accept)
    assert dialog.exec() == RevisionDialog.DialogCode.Accepted
    assert dialog.chosen() == REVISIONS[1]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_compare_with_revision_opens_the_compare_window(qtbot: QtBot, tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=Ana", "-c", "user.email=a@example.org", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
        )

    path = tmp_path / "pillar.yaml"
    git("init", "-q", "-b", "main")
    path.write_text(CHART.format(title="Committed"), encoding="utf-8")
    git("add", "pillar.yaml")
    git("commit", "-q", "-m", "First draft")
    path.write_text(CHART.format(title="Edited"), encoding="utf-8")
    chart = load_chart(path)
    parent = QWidget()
    qtbot.addWidget(parent)

    def pick() -> None:
        dialog = parent.findChild(RevisionDialog)
        if dialog is None:
            QTimer.singleShot(10, pick)
            return
        dialog.select("HEAD")
        dialog.accept()

    QTimer.singleShot(0, pick)
    compare_with_revision(parent, path, chart)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareWindow) and w.isVisible()]
    assert len(windows) == 1
    window = windows[0]
    assert window.windowTitle().startswith("Compare — pillar.yaml at HEAD (")
    assert window.windowTitle().endswith("→ pillar.yaml now")
    window.close()


def test_outside_a_repository_it_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    path = tmp_path / "alone" / "pillar.yaml"
    path.parent.mkdir()
    path.write_text(CHART.format(title="Alone"), encoding="utf-8")
    compare_with_revision(None, path, load_chart(path))
    assert shown and "not in a git repository" in shown[0]
