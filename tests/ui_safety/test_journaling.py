"""The window keeps an edit journal exactly while its document has unsaved edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from orgeditor.io.journal import find_journals, replay
from orgeditor.ui.main_window import MainWindow


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.journal")) if folder.is_dir() else []


def test_no_journal_until_the_first_edit(window: MainWindow, journals: Path) -> None:
    assert window.document.journal.path is None
    assert _files(journals) == []
    window.editor.rename("div", "One")
    assert window.document.journal.path is not None
    assert _files(journals) == [window.document.journal.path]


def test_every_edit_is_in_the_journal(window: MainWindow, journals: Path) -> None:
    window.editor.rename("div", "One")
    window.editor.add_subordinate("dpo")
    window.editor.rename("div", "Two")
    window.undo_stack.undo()
    assert window.document.journal.path is not None
    assert replay(window.document.journal.path) == window.chart
    window.document.journal.journal.detach()  # type: ignore[union-attr]  # as a kill would leave it
    (info,) = find_journals(journals)
    assert info.edits == 4  # three edits and an undo
    assert info.document == window.chart.path
    assert info.title == "Pillar"


def test_save_closes_and_next_edit_starts_again(window: MainWindow, journals: Path) -> None:
    window.editor.rename("div", "One")
    first = window.document.journal.path
    assert window.documents.save()
    assert window.document.journal.path is None and _files(journals) == []
    assert first is not None and not first.exists()
    window.editor.rename("div", "Two")
    assert window.document.journal.path is not None and window.document.journal.path != first
    assert replay(window.document.journal.path) == window.chart


def test_undo_back_to_saved_state_closes(window: MainWindow, journals: Path) -> None:
    window.editor.rename("div", "One")
    window.undo_stack.undo()
    assert window.undo_stack.isClean()
    assert _files(journals) == []
    window.undo_stack.redo()  # unsaved again: journalled again
    assert window.document.journal.path is not None
    assert replay(window.document.journal.path).unit("div").name == "One"


@pytest.mark.parametrize("how", ["new", "open", "revert", "close"])
def test_dropping_the_document_closes(
    window: MainWindow, journals: Path, chart_file: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    window.editor.rename("div", "One")
    assert _files(journals)
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: discard)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    if how == "new":
        assert window.documents.new()
    elif how == "open":
        assert window.documents.open(chart_file)
    elif how == "revert":
        assert window.documents.revert()
    else:
        assert window.close()
    assert _files(journals) == []


def test_cancelled_close_keeps_the_journal(
    window: MainWindow, journals: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.rename("div", "One")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert len(_files(journals)) == 1


def test_untitled_document_is_journalled(make_window: object, journals: Path) -> None:
    assert callable(make_window)
    win: MainWindow = make_window(None)
    win.editor.add_subordinate(None)
    assert win.document.journal.path is not None
    win.document.journal.journal.detach()  # type: ignore[union-attr]
    (info,) = find_journals(journals)
    assert info.document is None and info.edits == 1


def test_unwritable_journal_folder_warns_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    window.document.journal.close()
    window.document.journal._folder = blocker / "journals"
    warnings: list[str] = []
    monkeypatch.setattr(window.document, "report_problem", warnings.append)
    window.editor.rename("div", "One")
    window.editor.rename("div", "Two")
    assert window.chart.unit("div").name == "Two"
    assert len(warnings) == 1 and "not being journalled" in warnings[0]


def test_a_journal_write_that_fails_warns_once_and_editing_goes_on(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno  # noqa: PLC0415

    from orgeditor.io.journal import EditJournal  # noqa: PLC0415

    warnings: list[str] = []
    monkeypatch.setattr(window.document, "report_problem", warnings.append)
    window.editor.rename("div", "One")  # the journal starts
    assert window.document.journal.journal is not None

    def disk_full(self: EditJournal, line: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(EditJournal, "_write_line", disk_full)
    window.editor.rename("div", "Two")
    window.editor.rename("div", "Three")
    assert window.chart.unit("div").name == "Three"
    assert len(warnings) == 1 and "No space left" in warnings[0]
