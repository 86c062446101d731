"""Safe start (issue 19): shipped charts open as untitled copies and are never written; File ▸
New from Template; File ▸ Close with the save prompt."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.model import Unit
from orgeditor.resources import builtin_chart, example_path, examples_dir
from orgeditor.ui.app import open_window
from orgeditor.ui.documents import is_shipped
from orgeditor.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(builtin_chart() is None, reason="examples not present")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def started(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The editor as started with no file."""
    window = open_window(None, journal_folder=tmp_path / "journal")
    window.show()
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=20000)
    yield window
    qtbot.waitUntil(lambda: not window.auto_layout.runner.busy, timeout=20000)
    qtbot.wait(300)  # a layout after an edit lands after its debounce
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()


def edit(window: MainWindow) -> None:
    window.editor.rename("dppa", "Department of Political Affairs (draft)")
    assert window.document.modified


def test_no_file_opens_an_untitled_copy_of_the_proposal(started: MainWindow) -> None:
    title = started.windowTitle().replace("[*]", "")
    assert title.startswith("Untitled — from the 2017 proposal")
    assert "proposal-2017.yaml" not in title
    assert started.documents.is_untitled
    assert started.chart.unit("dppa") is not None
    assert not started.document.modified
    # the copy resolves what it names next to the shipped file (its baseline: same findings)
    wanted = {f.rule for f in load_and_check(builtin_chart())}
    assert {f.rule for f in started.document.findings} == wanted


def load_and_check(path: Path | None) -> list[object]:
    from orgeditor.rules.engine import check_chart  # noqa: PLC0415

    assert path is not None
    return list(check_chart(load_chart(path)))


def test_ctrl_s_asks_for_a_name_and_the_shipped_file_stays(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shipped = builtin_chart()
    assert shipped is not None
    before = digest(shipped)
    edit(started)
    asked: list[str] = []

    def cancel(*args: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    started.findChild(QAction, "save").trigger()  # Ctrl+S
    assert len(asked) == 1 and not asked[0].startswith(str(examples_dir()))  # not in the shipped folder
    assert started.document.modified
    assert digest(shipped) == before

    target = tmp_path / "mine.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    started.findChild(QAction, "save").trigger()
    assert not started.document.modified and started.document.path == target
    assert started.windowTitle().startswith("mine.yaml")
    assert load_chart(target).unit("dppa").name.endswith("(draft)")
    baseline = load_chart(target).baseline  # rebased: still the shipped baseline
    assert baseline is not None
    assert (tmp_path / baseline).resolve() == example_path("baseline-2017").resolve()
    assert digest(shipped) == before


def test_saving_over_a_shipped_file_is_refused(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shipped = example_path("baseline-2017")
    before = digest(shipped)
    edit(started)
    answers = iter([str(shipped), ""])  # the user picks the shipped file, then cancels
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (next(answers), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(str(a[2])))
    assert not started.documents.save_as()
    assert told and "never overwritten" in told[0]
    assert digest(shipped) == before
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(str(a[2])))
    assert not started.documents._write(shipped)  # the last guard, whoever calls it
    assert warned and digest(shipped) == before


def test_file_open_of_a_shipped_chart_gives_a_copy(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = example_path("implemented-2019")
    assert started.documents.open(shipped)
    assert started.windowTitle().startswith("Untitled — from the 2019 implementation")
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (asked.append(True), ("", ""))[1])
    edit(started)
    assert not started.documents.save()
    assert asked == [True]
    assert is_shipped(shipped) and not is_shipped(Path.home() / "chart.yaml")


def test_new_from_template_offers_the_three_charts(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []

    def pick(*args: object) -> tuple[str, bool]:
        labels = list(args[3])  # type: ignore[call-overload]
        offered.append(labels)
        return next(label for label in labels if "baseline-2017" in label), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    started.findChild(QAction, "new_template").trigger()
    labels = " ".join(offered[0])
    for name in ("baseline-2017", "proposal-2017", "implemented-2019"):
        assert name in labels
    assert started.windowTitle().startswith("Untitled — from the 2017 baseline")
    assert started.chart.title == load_chart(example_path("baseline-2017")).title
    assert started.documents.new_from_template("implemented-2019")
    assert started.windowTitle().startswith("Untitled — from the 2019 implementation")


def test_new_from_template_asks_to_save_first(started: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(started)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Cancel)
    assert not started.documents.new_from_template("baseline-2017")
    assert started.chart.unit("dppa").name.endswith("(draft)")


def test_close_asks_then_leaves_an_empty_chart(started: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    close = started.findChild(QAction, "close")
    assert close.shortcut().toString()  # Ctrl+W (the platform's Close keys)
    edit(started)
    prompts: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(*args: object) -> QMessageBox.StandardButton:
            prompts.append(str(args[2]))
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    close.trigger()
    assert len(prompts) == 1 and "Untitled — from the 2017 proposal" in prompts[0]
    assert "dppa" in started.chart.units  # cancelled: nothing closed

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Discard))
    close.trigger()
    assert len(started.chart) == 0 and not started.document.modified
    assert started.documents.is_blank
    assert started.windowTitle().startswith("Untitled")
    assert started.isVisible()
    close.trigger()  # Close on the empty chart closes the window
    assert not started.isVisible()


def test_close_saves_when_asked(started: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    started.documents.close()
    started.editor.add_subordinate(None)
    started.view.cancel_rename()
    assert started.document.modified
    target = tmp_path / "new.yaml"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert started.documents.close()
    assert len(load_chart(target)) == 1
    assert len(started.chart) == 0


def test_untitled_copy_of_a_unit_added(started: MainWindow) -> None:
    """The copy is edited like any chart; its file is not (no journal beside the example)."""
    started.editor.add_subordinate("dppa")
    started.view.cancel_rename()
    assert any(isinstance(u, Unit) and u.id.startswith("unit-") for u in started.chart)
    assert not any(p.suffix == ".journal" for p in examples_dir().iterdir())
