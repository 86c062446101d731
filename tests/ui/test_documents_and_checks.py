"""Documents prompt before losing work, load errors leave the document alone, checks follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.model import Head, ReportingLine
from orgeditor.ui.app import default_example, open_window
from orgeditor.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


def _dirty(window: MainWindow) -> None:
    window.editor.rename("div", "Changed")
    assert not window.undo_stack.isClean()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def warning(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return button

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def test_title_shows_name_and_modified_mark(window: MainWindow, tmp_path: Path) -> None:
    assert window.windowTitle().startswith("Untitled[*]")
    assert not window.isWindowModified()
    _dirty(window)
    assert window.isWindowModified()
    assert window.documents.save_as(tmp_path / "variant.yaml")
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("variant.yaml")
    window.undo_stack.undo()
    assert window.isWindowModified()


def test_new_prompts_and_cancel_keeps_work(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _dirty(window)
    asked = _answer(monkeypatch, Button.Cancel)
    assert not window.documents.new()
    assert asked and "not saved" in asked[0]
    assert window.chart.unit("div").name == "Changed"
    _answer(monkeypatch, Button.Discard)
    assert window.documents.new()
    assert len(window.chart) == 0
    assert window.undo_stack.count() == 0


def test_close_prompts(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _dirty(window)
    asked = _answer(monkeypatch, Button.Cancel)
    assert not window.close()
    assert asked
    assert window.isVisible()


def test_save_prompt_saves(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _dirty(window)
    _answer(monkeypatch, Button.Save)
    target = tmp_path / "saved.yaml"
    monkeypatch.setattr(window.documents, "ask_save_path", lambda: target)
    assert window.documents.new()
    assert load_chart(target).unit("div").name == "Changed"


def test_load_error_leaves_document_untouched(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("orgchart: 1\ntitle: Bad\nunits:\n  sg: {name: SG, kind: offfice}\n")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    before = window.chart
    assert not window.documents.open(bad)
    assert shown and "bad.yaml:4:" in shown[0] and "error" in shown[0]
    assert window.chart is before
    assert len(window.scene.cards) == len(before)


def test_save_as_and_reopen_with_recent(window: MainWindow, tmp_path: Path) -> None:
    _dirty(window)
    window.chart.set_position("div", (1.0, 2.0))
    path = tmp_path / "mine.yaml"
    assert window.documents.save_as(path)
    assert window.chart.path == path
    assert window.documents.recent()[0] == path.resolve()
    assert window.documents.open(path)
    assert window.chart.unit("div").name == "Changed"
    assert window.chart.layout.positions["div"] == (1.0, 2.0)
    assert window.scene.cards["div"].pos().x() == 1.0
    path.write_text(path.read_text().replace("Changed", "On disk"))
    window.editor.rename("div", "Unsaved")
    assert window.isWindowModified()
    monkeypatch_answer = QMessageBox.question
    try:
        QMessageBox.question = lambda *a, **k: Button.Yes  # type: ignore[method-assign]
        assert window.documents.revert()
    finally:
        QMessageBox.question = monkeypatch_answer  # type: ignore[method-assign]
    assert window.chart.unit("div").name == "On disk"


def test_recent_menu_lists_files(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    assert window.documents.save_as(path)
    from PySide6.QtWidgets import QMenu  # noqa: PLC0415

    menu = QMenu()
    window.documents.fill_recent_menu(menu)
    assert menu.actions()[0].text() == "r.yaml"


needs_examples = pytest.mark.skipif(default_example() is None, reason="examples not present")


@needs_examples
def test_save_as_elsewhere_keeps_the_baseline(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(None)
    qtbot.addWidget(window)
    assert window.chart.baseline == "baseline-2017.yaml"
    target = tmp_path / "copy.yaml"
    assert window.documents.save_as(target)
    baseline = load_chart(target).baseline
    assert baseline is not None
    assert (tmp_path / baseline).resolve() == (default_example().parent / "baseline-2017.yaml").resolve()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=20000)
    window.close()


@needs_examples
def test_fourth_regional_asg_is_found_and_undone(qtbot: QtBot) -> None:
    window = open_window(None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=20000)
    assert window.chart.path is not None and window.chart.path.name == "proposal-2017.yaml"
    assert window.checks.counts()["error"] == 0
    window.scene.select_units(["dppa"])
    window.actions_by_name["add"].trigger()
    window.view.cancel_rename()
    new_id = next(u for u in window.chart.units if u.startswith("unit-"))
    unit = window.chart.unit(new_id).with_changes(
        name="Office of the ASG for the Pacific",
        kind="office",
        head=Head("Assistant Secretary-General", "ASG"),
        regions=("Asia and the Pacific",),
        reports_to=(ReportingLine("dppa", "non-mission"), ReportingLine("dpo", "mission")),
    )
    window.editor.update_unit(unit, "Make a fourth regional ASG")
    qtbot.waitUntil(lambda: window.checks.counts()["error"] > 0)
    rules = {f.rule: f for f in window.checks.findings}
    assert "pillar.three-regional-asgs" in rules
    assert "¶9" in rules["pillar.three-regional-asgs"].cite
    cites = [window.checks.model.item(row, 1).text() for row in range(window.checks.model.rowCount())]
    assert any("¶9" in cite for cite in cites)
    assert window.scene.cards[new_id].severity == "error"
    assert "error" in window.counts_label.text()
    row = next(
        r
        for r in range(window.checks.model.rowCount())
        if window.checks.model.item(r, 2).text() == "pillar.three-regional-asgs"
    )
    window.checks.view.clicked.emit(window.checks.model.index(row, 0))
    assert new_id in window.scene.selected_unit_ids()
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.checks.counts()["error"] == 0)
    assert new_id not in window.scene.cards
    window.undo_stack.setClean()
    window.close()


def test_findings_are_shown_again_only_when_they_changed(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most edits change no finding: the Checks dock and the badges are then left alone (at
    20,000 units, reading 750 findings again took 2 ms of each edit); an edit that changes
    findings, or the chart's departures, shows them."""
    shown: list[int] = []
    real = window.checks.set_findings

    def counted(*args: object, **kwargs: object) -> None:
        shown.append(len(window.document.findings))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window.checks, "set_findings", counted)
    before = list(window.checks.findings)
    window.editor.rename("div", "Division, renamed")  # changes no finding
    window.refresh_after_change()
    assert shown == [] and window.checks.findings == before
    unit = window.chart.unit("div")
    window.editor.update_unit(unit.with_changes(reports_to=()), "Cut loose")  # a second root
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "chart.single-root" in {f.rule for f in window.checks.findings}
    assert window.checks.findings == sorted(
        window.document.findings, key=lambda f: ("error", "warning", "info").index(f.severity)
    )
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert window.checks.findings == before
