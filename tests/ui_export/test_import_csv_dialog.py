"""File ▸ Import CSV…: bad files list every bad cell and change nothing; good ones open unsaved."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from export_charts import pump_until, small_pillar
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io.csv_format import dumps_csv
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.ui.import_csv import CsvErrorsDialog, import_csv
from orgeditor.ui.main_window import MainWindow

BAD = """id,name,kind,reports_to
sg,Secretary-General,office,
dppa,Political Affairs,departmnt,sg
dpo,Peace Operations,department,nobody
Bad Id,Something,office,sg
"""


def other_chart() -> Chart:
    chart = Chart(title="Spreadsheet")
    chart.add_unit(Unit("hq", "Headquarters", "office"))
    chart.add_unit(Unit("field", "Field Support", "department", reports_to=(ReportingLine("hq"),)))
    chart.add_unit(Unit("desk", "Regional Desk", "section", reports_to=(ReportingLine("field"),)))
    return chart


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_errors_are_listed_and_nothing_changes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    choose(monkeypatch, bad)
    before, units = window.chart, list(window.chart.units)
    window.actions_by_name["import_csv"].trigger()
    dialog = window.findChild(CsvErrorsDialog)
    assert isinstance(dialog, CsvErrorsDialog)
    pump_until(dialog.isVisible)
    listing = dialog.listing.toPlainText().splitlines()
    assert len(listing) == len(dialog.errors) >= 3
    assert [line.split(":")[1] for line in listing] == sorted(line.split(":")[1] for line in listing)
    assert any(line.startswith("bad.csv:3:3:") and "departmnt" in line for line in listing)
    assert any(line.startswith("bad.csv:4:4:") and "nobody" in line for line in listing)
    assert any(line.startswith("bad.csv:5:1:") for line in listing)
    assert window.chart is before and list(window.chart.units) == units
    assert window.undo_stack.isClean() and not window.isWindowModified()
    dialog.reject()


def test_good_csv_opens_as_untitled_modified_document(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "spreadsheet.csv"
    good.write_text(dumps_csv(other_chart()), encoding="utf-8")
    choose(monkeypatch, good)
    window.actions_by_name["import_csv"].trigger()
    assert list(window.chart.units) == ["hq", "field", "desk"]
    assert window.chart.path is None
    assert not window.undo_stack.isClean() and window.isWindowModified()
    assert window.windowTitle().startswith("Untitled")
    pump_until(lambda: not window.auto_layout.runner.busy)
    assert "Imported 3 units" in window.statusBar().currentMessage()  # not hidden by the layout's
    assert not window.findChildren(CsvErrorsDialog)
    assert window.finder.search("desk") == ["desk"]


def test_unsaved_changes_are_asked_about_first(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.rename("pbso", "Peacebuilding Office")
    assert not window.undo_stack.isClean()
    good = tmp_path / "spreadsheet.csv"
    good.write_text(dumps_csv(other_chart()), encoding="utf-8")
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    assert not import_csv(window.documents, good)
    assert asked and "Untitled" in asked[0]
    assert window.chart.unit("pbso").name == "Peacebuilding Office"


def test_cancelled_file_choice_does_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    before = window.chart
    window.actions_by_name["import_csv"].trigger()
    assert window.chart is before


def test_round_trip_of_an_export(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "pillar.csv"
    out.write_text(dumps_csv(small_pillar()), encoding="utf-8")
    assert import_csv(window.documents, out)
    assert list(window.chart.units) == list(small_pillar().units)
