"""The open file changed on disk: a bar offers Reload / Keep mine; our own saves never raise it."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from orgeditor.io import dump_chart, load_chart
from orgeditor.ui.main_window import MainWindow


def _external_edit(path: Path, name: str, *, by_rename: bool = False) -> None:
    chart = load_chart(path)
    chart.update_unit(chart.unit("div").with_changes(name=name))
    data = dump_chart(chart).encode()
    if by_rename:
        temp = path.with_name(".other-editor.tmp")
        temp.write_bytes(data)
        os.replace(temp, path)
    else:
        path.write_bytes(data)


def test_own_save_raises_no_bar(window: MainWindow, qtbot: QtBot) -> None:
    window.document.file_watch._timer.setInterval(10)
    for name in ("One", "Two"):
        window.editor.rename("div", name)
        assert window.documents.save()
        qtbot.wait(150)
        assert not window.documents.disk_bar.isVisible()
    assert str(window.chart.path) in window.document.file_watch.watcher.files()


def test_touch_raises_no_bar(window: MainWindow, chart_file: Path, qtbot: QtBot) -> None:
    window.document.file_watch._timer.setInterval(10)
    os.utime(chart_file, (1, 1))
    qtbot.wait(150)
    assert not window.documents.disk_bar.isVisible()


def test_external_change_offers_reload(window: MainWindow, chart_file: Path, qtbot: QtBot) -> None:
    window.document.file_watch._timer.setInterval(10)
    _external_edit(chart_file, "From elsewhere")
    qtbot.waitUntil(window.documents.disk_bar.isVisible, timeout=3000)
    assert "changed on disk" in window.documents.disk_bar.label.text()
    window.documents.disk_bar.reload_button.click()
    assert window.chart.unit("div").name == "From elsewhere"
    assert not window.isWindowModified() and not window.documents.disk_bar.isVisible()


def test_replace_by_rename_is_seen_again(window: MainWindow, chart_file: Path, qtbot: QtBot) -> None:
    window.document.file_watch._timer.setInterval(10)
    for name in ("First", "Second"):
        _external_edit(chart_file, name, by_rename=True)
        qtbot.waitUntil(window.documents.disk_bar.isVisible, timeout=3000)
        window.documents.disk_bar.reload_button.click()
        assert window.chart.unit("div").name == name
        qtbot.waitUntil(lambda: str(chart_file) in window.document.file_watch.watcher.files(), timeout=3000)


def test_keep_mine_marks_modified_and_save_overwrites(
    window: MainWindow, chart_file: Path, qtbot: QtBot
) -> None:
    window.document.file_watch._timer.setInterval(10)
    window.editor.rename("div", "Mine")
    _external_edit(chart_file, "Theirs")
    qtbot.waitUntil(window.documents.disk_bar.isVisible, timeout=3000)
    assert "unsaved changes will be lost" in window.documents.disk_bar.label.text()
    window.documents.disk_bar.keep_button.click()
    assert window.chart.unit("div").name == "Mine" and window.isWindowModified()
    qtbot.wait(100)
    assert not window.documents.disk_bar.isVisible()
    assert window.documents.save()
    assert load_chart(chart_file).unit("div").name == "Mine"


def test_deleted_file_offers_keep_only(window: MainWindow, chart_file: Path, qtbot: QtBot) -> None:
    window.document.file_watch._timer.setInterval(10)
    chart_file.unlink()
    qtbot.waitUntil(window.documents.disk_bar.isVisible, timeout=3000)
    assert "deleted or moved" in window.documents.disk_bar.label.text()
    assert not window.documents.disk_bar.reload_button.isEnabled()
    window.documents.disk_bar.keep_button.click()
    assert window.isWindowModified()
    assert window.documents.save() and chart_file.exists()
