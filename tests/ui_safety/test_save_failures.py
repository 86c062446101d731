"""Save that cannot write: a clear message, the document open and modified, nothing overwritten."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from orgeditor.io import atomic as atomic_module
from orgeditor.io import load_chart
from orgeditor.ui.main_window import MainWindow


def _rename(window: MainWindow, name: str = "Changed") -> None:
    window.editor.rename("div", name)
    assert window.isWindowModified()


def _capture(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


def _fail_write(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def write_all(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic_module, "_write_all", write_all)


def _fail_temp(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def mkstemp(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


def _assert_kept(window: MainWindow, path: Path, before: bytes, shown: list[str], reason: str) -> None:
    assert len(shown) == 1
    assert reason in shown[0] and str(path) in shown[0] and "Nothing was overwritten" in shown[0]
    assert window.isWindowModified() and not window.undo_stack.isClean()
    assert window.chart.unit("div").name == "Changed"
    assert window.chart.path == path
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file, no backup
    journal = window.document.journal.path
    assert journal is not None and journal.exists()  # still journalled


@pytest.mark.parametrize(
    ("fail", "code", "reason"),
    [
        (_fail_write, errno.ENOSPC, "the disk is full"),
        (_fail_write, errno.EDQUOT, "quota"),
        (_fail_temp, errno.EROFS, "read-only disk"),
        (_fail_temp, errno.EACCES, "permission denied"),
    ],
)
def test_save_failure_keeps_document_and_file(  # noqa: PLR0917 - fixtures and parameters
    window: MainWindow,
    chart_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail: object,
    code: int,
    reason: str,
) -> None:
    before = chart_file.read_bytes()
    _rename(window)
    shown = _capture(monkeypatch)
    assert callable(fail)
    fail(monkeypatch, code)
    assert not window.documents.save()
    _assert_kept(window, chart_file, before, shown, reason)
    assert window.documents.last_save_error == shown[0]


def test_failed_rename_keeps_old_file(
    window: MainWindow, chart_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = chart_file.read_bytes()
    _rename(window)
    shown = _capture(monkeypatch)

    def replace(*_args: object) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", replace)
    assert not window.documents.save()
    assert "permission denied" in shown[0]
    assert chart_file.read_bytes() == before
    assert window.isWindowModified()
    assert not [p for p in chart_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_save_as_into_missing_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rename(window)
    shown = _capture(monkeypatch)
    target = tmp_path / "nowhere" / "copy.yaml"
    assert not window.documents.save_as(target)
    assert "does not exist" in shown[0]
    assert window.isWindowModified()
    assert window.chart.path != target


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_real_read_only_folder(window: MainWindow, chart_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = chart_file.read_bytes()
    _rename(window)
    shown = _capture(monkeypatch)
    chart_file.parent.chmod(0o555)
    try:
        assert not window.documents.save()
    finally:
        chart_file.parent.chmod(0o755)
    assert "permission denied" in shown[0]
    assert chart_file.read_bytes() == before and window.isWindowModified()


def test_failed_save_as_elsewhere_keeps_baseline(
    window: MainWindow, chart_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (chart_file.parent / "base.yaml").write_bytes(chart_file.read_bytes())
    window.chart.set_meta(baseline="base.yaml")
    _capture(monkeypatch)
    _fail_write(monkeypatch, errno.ENOSPC)
    other = tmp_path / "other"
    other.mkdir()
    assert not window.documents.save_as(other / "copy.yaml")
    assert window.chart.baseline == "base.yaml"


def test_save_works_after_the_disk_has_room_again(
    window: MainWindow, chart_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rename(window)
    _capture(monkeypatch)
    with monkeypatch.context() as patch:
        _fail_write(patch, errno.ENOSPC)
        assert not window.documents.save()
    assert window.documents.save()
    assert not window.isWindowModified()
    assert load_chart(chart_file).unit("div").name == "Changed"
    assert Path(str(chart_file) + "~").exists()  # the previous version kept as NAME~


def test_empty_chart_is_not_saved(
    make_window: Callable[[Path | None], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = make_window(None)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    assert not win.documents.save_as(tmp_path / "empty.yaml")
    assert "at least one unit" in told[0]
    assert not (tmp_path / "empty.yaml").exists()
