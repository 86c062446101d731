"""The document without a window: open, edit, undo, save, revert, its signals, its findings,
its journal and its file watch, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from orgeditor.commands import AddUnit, UpdateUnit
from orgeditor.io import ChartLoadError, dump_chart, load_chart, save_chart
from orgeditor.model import Chart, ReportingLine, Unit
from orgeditor.rules import check_chart
from orgeditor.ui.document import Document, SaveError


def _chart() -> Chart:
    chart = Chart(title="Pillar")
    chart.add_unit(Unit("sg", "Secretary-General", "office"))
    chart.add_unit(Unit("dppa", "DPPA", "department", reports_to=(ReportingLine("sg"),)))
    return chart


@pytest.fixture
def chart_file(tmp_path: Path) -> Path:
    path = tmp_path / "pillar.yaml"
    save_chart(_chart(), path)
    return path


@pytest.fixture
def document(qtbot: QtBot, tmp_path: Path, chart_file: Path) -> Document:
    doc = Document(journal_folder=tmp_path / "journals")
    doc.open(chart_file)
    return doc


def _rename(document: Document, name: str) -> bool:
    unit = document.chart.unit("dppa")
    return document.push(UpdateUnit(document.chart, unit.with_changes(name=name), "Rename"))


def _journals(document: Document) -> list[Path]:
    folder = document.journal.folder
    return sorted(folder.glob("*.journal")) if folder.is_dir() else []


def test_open_edit_undo_save_revert(document: Document, chart_file: Path, tmp_path: Path) -> None:
    assert document.path == chart_file and not document.modified
    assert document.display_name() == "pillar.yaml"
    assert _rename(document, "Political Affairs")
    assert document.modified and document.chart.unit("dppa").name == "Political Affairs"
    document.undo_stack.undo()
    assert not document.modified and document.chart.unit("dppa").name == "DPPA"
    document.undo_stack.redo()
    copy = tmp_path / "copy.yaml"
    document.save_as(copy)
    assert document.path == copy and not document.modified
    assert load_chart(copy).unit("dppa").name == "Political Affairs"
    assert load_chart(chart_file).unit("dppa").name == "DPPA"  # the first file untouched
    assert _rename(document, "Changed again")
    assert document.revert()
    assert document.chart.unit("dppa").name == "Political Affairs" and not document.modified
    assert document.undo_stack.count() == 0


def test_signals_of_an_edit_a_save_and_a_new_chart(qtbot: QtBot, document: Document, tmp_path: Path) -> None:
    changes: list[object] = []
    modified: list[bool] = []
    paths: list[object] = []
    replaced: list[Chart] = []
    document.changed.connect(changes.append)
    document.modified_changed.connect(modified.append)
    document.path_changed.connect(paths.append)
    document.replaced.connect(replaced.append)
    assert _rename(document, "One")
    assert len(changes) == 1 and modified == [True]
    with qtbot.waitSignal(document.saved):
        document.save_as(tmp_path / "elsewhere.yaml")
    assert modified == [True, False] and paths == [tmp_path / "elsewhere.yaml"]
    fresh = Chart(title="Fresh")
    document.set_chart(fresh)
    assert replaced == [fresh] and document.chart is fresh and document.path is None


def test_a_refused_edit_changes_nothing_and_says_why(document: Document) -> None:
    errors: list[str] = []
    document.error.connect(errors.append)
    before = dump_chart(document.chart)
    clash = Unit("dppa", "Twice", "department", reports_to=(ReportingLine("sg"),))
    assert not document.push(AddUnit(document.chart, clash))
    assert errors and errors == [document.last_error]
    assert dump_chart(document.chart) == before
    assert not document.modified and document.undo_stack.count() == 0


def test_findings_follow_edits(qtbot: QtBot, document: Document) -> None:
    assert document.findings == []
    with qtbot.waitSignal(document.findings_changed):
        document.push(AddUnit(document.chart, Unit("stray", "Stray Office", "office")))
    assert "chart.single-root" in {f.rule for f in document.findings}
    with qtbot.waitSignal(document.findings_changed):
        document.undo_stack.undo()
    assert document.findings == []


def test_journal_written_at_the_first_edit_and_removed_on_save(document: Document) -> None:
    assert document.journal.path is None and _journals(document) == []
    assert _rename(document, "One")
    assert document.journal.path is not None and _journals(document) == [document.journal.path]
    assert _rename(document, "Two")
    document.save()
    assert document.journal.path is None and _journals(document) == []


def test_journal_lines_are_synced_soon_after_edits_not_in_them(
    qtbot: QtBot, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr("orgeditor.io.journal.os.fsync", synced.append)
    assert _rename(document, "One")
    assert _rename(document, "Two")
    assert synced == []  # an edit does not wait for the disk
    qtbot.waitUntil(lambda: len(synced) == 1, timeout=2000)  # both edits, in one fsync
    assert _rename(document, "Three")
    qtbot.waitUntil(lambda: len(synced) == 2, timeout=2000)
    document.save()  # the journal goes, and its timer with it


def test_unsaved_import_is_modified_and_journalled(document: Document) -> None:
    chart = _chart()
    document.adopt_unsaved(chart)
    assert document.chart is chart and document.modified and document.undo_stack.count() == 0
    assert _journals(document) == [document.journal.path]
    document.close()
    assert _journals(document) == []  # a clean close deletes it


def test_file_watch_sees_another_editor_and_revert_reloads(
    qtbot: QtBot, document: Document, chart_file: Path
) -> None:
    document.file_watch._timer.setInterval(10)
    other = load_chart(chart_file)
    other.update_unit(other.unit("dppa").with_changes(name="From elsewhere"))
    with qtbot.waitSignal(document.file_watch.changed, timeout=3000):
        chart_file.write_text(dump_chart(other), encoding="utf-8")
    assert document.file_watch.changed_on_disk()
    assert document.revert()
    assert document.chart.unit("dppa").name == "From elsewhere"
    assert not document.file_watch.changed_on_disk()


def test_our_own_save_is_not_a_change_on_disk(qtbot: QtBot, document: Document) -> None:
    document.file_watch._timer.setInterval(10)
    seen: list[bool] = []
    document.file_watch.changed.connect(lambda: seen.append(True))
    assert _rename(document, "Ours")
    document.save()
    qtbot.wait(150)
    assert seen == [] and not document.file_watch.changed_on_disk()


def test_keep_mine_counts_as_modified(qtbot: QtBot, document: Document, chart_file: Path) -> None:
    document.file_watch._timer.setInterval(10)
    with qtbot.waitSignal(document.file_watch.changed, timeout=3000):
        chart_file.write_text(chart_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    document.keep_mine()
    assert document.modified and not document.file_watch.changed_on_disk()


def test_save_refusals_leave_the_document_as_it_was(document: Document, tmp_path: Path) -> None:
    document.set_chart(Chart(title="Empty"))
    with pytest.raises(SaveError) as no_file:
        document.save()
    assert not no_file.value.severe
    with pytest.raises(SaveError, match="at least one unit") as empty:
        document.save_as(tmp_path / "empty.yaml")
    assert not empty.value.severe and not (tmp_path / "empty.yaml").exists()


def test_open_failure_keeps_the_document(document: Document, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: [\n", encoding="utf-8")
    chart = document.chart
    with pytest.raises(ChartLoadError):
        document.open(bad)
    assert document.chart is chart


def test_save_as_elsewhere_checks_again_from_the_new_folder(qtbot: QtBot, tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    first = tmp_path / "a"
    first.mkdir()
    for name in ("proposal-2017.yaml", "baseline-2017.yaml"):
        (first / name).write_bytes((examples / name).read_bytes())
    doc = Document(journal_folder=tmp_path / "journals")
    doc.open(first / "proposal-2017.yaml")
    assert not [f for f in doc.findings if "baseline" in f.message.lower() and f.severity == "error"]
    elsewhere = tmp_path / "b" / "deeper"
    elsewhere.mkdir(parents=True)
    with qtbot.waitSignal(doc.findings_changed):
        doc.save_as(elsewhere / "variant.yaml")
    fresh = check_chart(load_chart(elsewhere / "variant.yaml"))
    assert [(f.rule, f.message) for f in doc.findings] == [(f.rule, f.message) for f in fresh]
    doc.close()
