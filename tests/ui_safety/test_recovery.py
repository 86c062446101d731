"""After a crash, the next start offers back every unsaved document: recover, discard or later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import load_chart
from orgeditor.io.journal import find_journals
from orgeditor.ui.app import recover_work
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.recovery import EXPLANATION, RecoveryDialog, offer_recovery


def _crash(window: MainWindow) -> None:
    """Leave the journal behind as a kill would (file kept, lock released)."""
    assert window.document.journal.journal is not None
    window.document.journal.journal.detach()
    window.document.journal.journal = None


def _edited(make_window: object, path: Path | None, names: list[str]) -> MainWindow:
    assert callable(make_window)
    win: MainWindow = make_window(path)
    for name in names:
        win.editor.rename("div", name) if "div" in win.chart else win.editor.add_subordinate(None)
    return win


def test_dialog_lists_documents_and_says_undo_is_lost(
    make_window: object, chart_file: Path, journals: Path, qtbot: QtBot
) -> None:
    _crash(_edited(make_window, chart_file, ["A", "B", "C"]))
    _crash(_edited(make_window, None, ["x"]))
    infos = find_journals(journals)
    dialog = RecoveryDialog(infos)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(4)]  # type: ignore[union-attr]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    assert sorted((r[0], r[1], r[2]) for r in rows) == [
        ("Pillar", str(chart_file), "3"),
        ("Untitled chart", "(never saved)", "1"),
    ]
    assert "undo history" in EXPLANATION
    assert all(len(r[3]) == len("2026-01-01 12:00") for r in rows)


def test_recover_opens_modified_document_that_saves_to_the_original(
    make_window: object, chart_file: Path, journals: Path
) -> None:
    crashed = _edited(make_window, chart_file, ["A", "B"])
    expected = crashed.chart.copy()
    _crash(crashed)
    fresh = _edited(make_window, None, [])
    shown = recover_work(fresh, journals, ask=lambda dialog: dialog.decide("recover"))
    assert shown == [fresh]
    assert fresh.chart == expected and fresh.chart.path == chart_file
    assert fresh.isWindowModified() and fresh.undo_stack.count() == 0
    # the old journal is gone, the recovered document has one of its own
    assert [p for p in journals.glob("*.journal")] == [fresh.document.journal.path]
    assert fresh.documents.save()
    assert load_chart(chart_file) == expected
    assert list(journals.glob("*.journal")) == []


def test_recover_several_opens_windows(make_window: object, chart_file: Path, journals: Path) -> None:
    _crash(_edited(make_window, chart_file, ["A"]))
    _crash(_edited(make_window, None, ["x", "y"]))
    fresh = _edited(make_window, None, [])
    shown = recover_work(fresh, journals, ask=lambda dialog: dialog.decide("recover"))
    try:
        assert len(shown) == 2 and shown[0] is fresh
        assert {w.chart.path for w in shown} == {chart_file, None}
        assert all(w.isWindowModified() for w in shown)
    finally:
        for win in shown[1:]:
            win.undo_stack.setClean()
            win.close()


def test_discard_deletes_after_asking(
    make_window: object, chart_file: Path, journals: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash(_edited(make_window, chart_file, ["A"]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert offer_recovery(journals, ask=lambda d: d.discard_button.click()) == []
    assert len(find_journals(journals)) == 1  # cancelled: kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert offer_recovery(journals, ask=lambda d: d.discard_button.click()) == []
    assert find_journals(journals) == []


def test_later_keeps_everything(make_window: object, chart_file: Path, journals: Path) -> None:
    _crash(_edited(make_window, chart_file, ["A"]))
    assert offer_recovery(journals, ask=lambda d: d.later_button.click()) == []
    assert len(find_journals(journals)) == 1


def test_live_editor_journal_is_not_offered(make_window: object, chart_file: Path, journals: Path) -> None:
    live = _edited(make_window, chart_file, ["A"])
    assert live.document.journal.path is not None
    assert find_journals(journals) == []


def test_damaged_journal_is_reported_and_kept(journals: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journals.mkdir()
    bad = journals / "bad.journal"
    header = '{"journal":2,"document":null,"title":"T","snapshot":[{"op":"meta","title":"T"}]}\n'
    bad.write_text(header + '{"ops":[{"op":"unit","id":"x","data":{"name":1}}]}\n')
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    assert offer_recovery(journals, ask=lambda d: d.decide("recover")) == []
    assert warned and "could not be rebuilt" in warned[0]
    assert bad.exists()


def test_recovered_bar_saves_or_discards(
    make_window: object, chart_file: Path, journals: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = chart_file.read_bytes()
    _crash(_edited(make_window, chart_file, ["A", "B"]))
    fresh = _edited(make_window, None, [])
    recover_work(fresh, journals, ask=lambda dialog: dialog.decide("recover"))
    bar = fresh.documents.recovered_bar
    assert bar is not None and bar.isVisible()
    assert "Recovered 2 unsaved edits of “pillar.yaml”" in bar.label.text()
    assert "Undo history was not recovered" in bar.label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    bar.buttons["discardRecovered"].click()
    assert not bar.isVisible() and not fresh.isWindowModified()
    assert fresh.chart == load_chart(chart_file) and chart_file.read_bytes() == before
    assert list(journals.glob("*.journal")) == []


def test_recovered_bar_save(make_window: object, chart_file: Path, journals: Path) -> None:
    _crash(_edited(make_window, chart_file, ["A"]))
    fresh = _edited(make_window, None, [])
    recover_work(fresh, journals, ask=lambda dialog: dialog.decide("recover"))
    assert fresh.documents.recovered_bar is not None
    fresh.documents.recovered_bar.buttons["saveRecovered"].click()
    assert not fresh.documents.recovered_bar.isVisible() and not fresh.isWindowModified()
    assert load_chart(chart_file).unit("div").name == "A"
