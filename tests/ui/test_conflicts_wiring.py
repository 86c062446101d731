"""The window shows a merged chart's conflicts in the Conflicts dock (tabified with Checks),
resolves them as undoable steps, hides the dock when none is left, and saves no ``conflicts:``;
File ▸ Compare with Revision… lists the versions of the chart's file in git."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.commands.conflicts import KEEP_OURS, TAKE_THEIRS
from orgeditor.io import load_chart, loads_chart
from orgeditor.merge import merge_charts
from orgeditor.model import Chart
from orgeditor.ui.docks import ConflictsDock
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.revision_dialog import RevisionDialog

WindowFactory = Callable[[Chart], MainWindow]

BASE = """\
orgchart: 1
title: Pillar
units:
  sg: {name: Secretary-General, kind: office}
  dppa: {name: Department of Political Affairs, short: DPPA, kind: department, reports_to: sg}
  dpo: {name: Department of Peace Operations, short: DPO, kind: department, reports_to: sg}
  africa: {name: Office of the ASG for Africa, kind: office, reports_to: dppa}
"""
OURS = BASE.replace("title: Pillar", "title: Our pillar").replace("reports_to: dppa}", "reports_to: dpo}")
THEIRS = BASE.replace("title: Pillar", "title: Their pillar").replace(
    "for Africa, kind: office", "for Africa and the Sahel, kind: office"
)
TWO_WAYS = BASE.replace("title: Pillar", "title: Two-way pillar")


def conflicted() -> Chart:
    """OURS and THEIRS changed the title each their way: one conflict (the names merge)."""
    result = merge_charts(loads_chart(BASE), loads_chart(OURS), loads_chart(THEIRS))
    assert len(result.chart.conflicts) == 1
    return result.chart


def test_dock_appears_for_a_conflicted_chart_and_hides_when_resolved(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(conflicted())
    dock = window.conflicts
    assert isinstance(dock, ConflictsDock)
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert window.tabifiedDockWidgets(dock) == [window.checks]
    assert dock.chart is window.document.chart
    assert "unresolved-conflicts" in " ".join(f.rule for f in window.document.findings)

    assert dock.resolve(KEEP_OURS)
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)
    assert not window.document.chart.conflicts
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()  # one undoable step: the conflict and the dock come back
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    assert len(window.document.chart.conflicts) == 1
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)

    out = tmp_path / "merged.yaml"
    window.document.save_as(out)
    text = out.read_text(encoding="utf-8")
    assert "conflicts:" not in text
    assert "title: Our pillar" in text


def test_taking_theirs_changes_the_chart(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(conflicted())
    assert window.conflicts.resolve(TAKE_THEIRS)
    assert window.document.chart.title == "Their pillar"
    assert window.document.modified


def test_dock_follows_the_document_when_its_chart_is_replaced(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(loads_chart(TWO_WAYS))
    dock = window.conflicts
    assert not dock.isVisible() and dock.conflicts() == ()
    chart = conflicted()
    window.document.set_chart(chart)
    assert dock.chart is chart
    qtbot.waitUntil(dock.isVisible, timeout=2000)
    window.document.set_chart(loads_chart(TWO_WAYS))
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=2000)


def test_activating_a_unit_selects_and_centres_it(make_window: WindowFactory) -> None:
    window = make_window(conflicted())
    window.conflicts.unit_activated.emit("africa")
    assert window.selected_units() == ["africa"]


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Ana", "-c", "user.email=a@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_compare_with_revision_lists_the_file_s_revisions(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "pillar.yaml"
    _git(tmp_path, "init", "-q", "-b", "main")
    for title in ("First", "Second"):
        path.write_text(BASE.replace("title: Pillar", f"title: {title}"), encoding="utf-8")
        _git(tmp_path, "add", "pillar.yaml")
        _git(tmp_path, "commit", "-q", "-m", f"{title} draft")
    window = make_window(load_chart(path))
    action = window.actions_by_name["compare_revision"]
    assert action.isEnabled() and "git" in action.statusTip()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    names = [a.objectName() for a in file_menu.actions() if a.objectName()]
    assert names.index("compare_revision") == names.index("compare") + 1
    seen: list[list[str]] = []

    def look() -> None:
        dialog = window.findChild(RevisionDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        tree = dialog.tree
        seen.append([tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())])  # type: ignore[union-attr]
        seen.append([dialog.windowTitle()])
        dialog.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen, "the revision dialog did not open"
    subjects, (title,) = seen
    assert subjects.count("Second draft") >= 2 and "First draft" in subjects  # HEAD, main, the commits
    assert title == "Compare with revision"


def test_compare_with_revision_of_an_unsaved_chart_says_why_not(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: said.append(text))
    window = make_window(conflicted())
    window.actions_by_name["compare_revision"].trigger()
    assert said and "git repository" in said[0]


def test_the_conflicts_tab_is_raised_over_a_restored_layout(make_window: WindowFactory, qtbot: QtBot) -> None:
    first = make_window(loads_chart(TWO_WAYS))
    first.checks.raise_()
    first.close()  # saves the window state: Checks the raised tab
    window = make_window(conflicted())
    shown = window.conflicts.visibleRegion
    qtbot.waitUntil(lambda: not shown().isEmpty() and window.checks.visibleRegion().isEmpty(), timeout=2000)
    assert window.tabifiedDockWidgets(window.conflicts) == [window.checks]
